/**
 * The incident form and the incidents API, for rangers and admins only.
 */
@NullMarked
package org.rosette.incident.web;

import org.jspecify.annotations.NullMarked;
