package org.rosette.leopard;

/**
 * Which side of the animal a reference photo shows: the rosettes differ left and right.
 */
public enum Flank {

	LEFT, RIGHT

}
