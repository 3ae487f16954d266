package org.rosette.system;

/**
 * A file a person handed in through a form, read into memory (photo limits keep it
 * small).
 */
public record Upload(String originalName, byte[] content) {

	public boolean isEmpty() {
		return content.length == 0;
	}

}
