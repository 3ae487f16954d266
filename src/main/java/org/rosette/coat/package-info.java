/**
 * Who is this? Coat-pattern identification: local features of catalogue flank photos and
 * sighting photos, extracted once in the background and stored, matched with local
 * geometric consistency so that a bending body still matches, and the suggestions shown
 * to reviewers and rangers.
 */
@NullMarked
package org.rosette.coat;

import org.jspecify.annotations.NullMarked;
