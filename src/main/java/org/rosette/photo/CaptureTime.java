package org.rosette.photo;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * When a camera says a photo was taken (EXIF DateTimeOriginal, with SubSecTimeOriginal
 * when present).
 *
 * @param local the camera's wall-clock time, exactly as written
 * @param instant that moment on the time line: from the camera's own offset (EXIF
 * OffsetTimeOriginal) when it wrote one; otherwise the wall-clock time read in the zone
 * the caller named, since camera traps and rangers' cameras are set to park time
 * (Asia/Vladivostok, UTC+10 all year)
 * @param offsetRecorded whether {@code instant} comes from the camera's offset rather
 * than the assumed zone
 */
public record CaptureTime(LocalDateTime local, Instant instant, boolean offsetRecorded) {
}
