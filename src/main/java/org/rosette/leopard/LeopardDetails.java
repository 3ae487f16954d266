package org.rosette.leopard;

/**
 * What an admin writes about an individual; the mother is given by id and may be unknown.
 */
public record LeopardDetails(String code, String name, Sex sex, Integer birthYear, Long motherId, String description) {
}
