/**
 * Campaign pages, the campaigns API and the admins' campaign and donation forms.
 */
@NullMarked
package org.rosette.campaign.web;

import org.jspecify.annotations.NullMarked;
