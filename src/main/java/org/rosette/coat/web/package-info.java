/**
 * Coat-pattern candidates as pages and JSON for rangers and admins.
 */
@NullMarked
package org.rosette.coat.web;

import org.jspecify.annotations.NullMarked;
