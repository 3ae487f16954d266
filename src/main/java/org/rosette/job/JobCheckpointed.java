package org.rosette.job;

import java.util.UUID;

/**
 * Published on the running instance after a job committed a checkpoint.
 */
public record JobCheckpointed(UUID id, String kind, long checkpoint) {
}
