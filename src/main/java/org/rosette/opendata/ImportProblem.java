package org.rosette.opendata;

/**
 * Why one line of a camera-trap file was not imported: a message key and its arguments,
 * resolved when shown.
 */
public record ImportProblem(long line, String code, Object... arguments) {
}
