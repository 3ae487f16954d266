package org.rosette.leopard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A leopard's name and profile text in one language other than English. */
@Embeddable
public record LeopardText(@Column(length = 60) @Nullable String name,
		@Column(length = 4000) @Nullable String description) {

	boolean isBlank() {
		return name == null && description == null;
	}

}
