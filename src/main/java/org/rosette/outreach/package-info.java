/**
 * What the public site tells visitors: home, profiles, the public map and the statistics.
 */
@NullMarked
package org.rosette.outreach;

import org.jspecify.annotations.NullMarked;
