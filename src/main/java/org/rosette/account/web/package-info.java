/**
 * Sign-in page and the admins' user management.
 */
@NullMarked
package org.rosette.account.web;

import org.jspecify.annotations.NullMarked;
