/**
 * The admins' overview page and the pending-review badge in the navigation.
 */
@NullMarked
package org.rosette.overview.web;

import org.jspecify.annotations.NullMarked;
