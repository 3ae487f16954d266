package org.rosette.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A campaign's title, summary and body in one language other than English. */
@Embeddable
public record CampaignText(@Column(length = 120) @Nullable String title, @Column(length = 500) @Nullable String summary,
		@Column(length = 20000) @Nullable String body) {

	boolean isBlank() {
		return title == null && summary == null && body == null;
	}

}
