/**
 * Error pages, API problems (RFC 9457) and the web configuration.
 */
@NullMarked
package org.rosette.system.web;

import org.jspecify.annotations.NullMarked;
