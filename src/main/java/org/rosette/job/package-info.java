/**
 * Background work that runs once however many instances share the database: jobs are
 * claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED}, held by a lease the running
 * instance renews, resumed by another instance from the last committed checkpoint when
 * that lease runs out, and their progress is a row every instance reads. A kind of work
 * joins by offering a {@link org.rosette.job.JobHandler} bean.
 */
@NullMarked
package org.rosette.job;

import org.jspecify.annotations.NullMarked;
