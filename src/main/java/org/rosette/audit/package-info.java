/**
 * The audit trail: who changed what and when, read from the Envers revisions.
 */
@NullMarked
package org.rosette.audit;

import org.jspecify.annotations.NullMarked;
