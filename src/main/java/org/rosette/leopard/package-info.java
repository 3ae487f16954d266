/**
 * The individuals: the catalogue as the public reads it ({@code PublicLeopards}) and as
 * admins keep it ({@code Leopards}), families, status and reference photos of both
 * flanks.
 */
@NullMarked
package org.rosette.leopard;

import org.jspecify.annotations.NullMarked;
