/**
 * Photos handed in with sightings and incidents: checked to be real JPEG or PNG images,
 * their capture time and GPS position read, kept privately as sent, and served only as
 * re-encoded copies that carry no metadata.
 */
@NullMarked
package org.rosette.photo;

import org.jspecify.annotations.NullMarked;
