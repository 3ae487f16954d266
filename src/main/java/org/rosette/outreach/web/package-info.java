/**
 * The public pages and the statistics API.
 */
@NullMarked
package org.rosette.outreach.web;

import org.jspecify.annotations.NullMarked;
