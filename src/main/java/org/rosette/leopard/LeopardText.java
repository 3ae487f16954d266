package org.rosette.leopard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A leopard's name and profile text in one language other than English. */
@Embeddable
public class LeopardText {

	@Column(length = 60)
	private @Nullable String name;

	@Column(length = 4000)
	private @Nullable String description;

	protected LeopardText() {
	}

	LeopardText(@Nullable String name, @Nullable String description) {
		this.name = name;
		this.description = description;
	}

	public @Nullable String getName() {
		return name;
	}

	public @Nullable String getDescription() {
		return description;
	}

}
