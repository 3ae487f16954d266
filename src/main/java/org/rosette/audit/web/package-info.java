/**
 * The admins' audit log page.
 */
@NullMarked
package org.rosette.audit.web;

import org.jspecify.annotations.NullMarked;
