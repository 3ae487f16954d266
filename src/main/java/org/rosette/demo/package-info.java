/**
 * Demo content and accounts, on only in demo mode.
 */
@NullMarked
package org.rosette.demo;

import org.jspecify.annotations.NullMarked;
