/**
 * Accounts, roles, sign-in and the security configuration.
 */
@NullMarked
package org.rosette.account;

import org.jspecify.annotations.NullMarked;
