/**
 * What every module shares: the park's area and clock, map tiles, paging and the one
 * exception for rejected values.
 */
@NullMarked
package org.rosette.system;

import org.jspecify.annotations.NullMarked;
