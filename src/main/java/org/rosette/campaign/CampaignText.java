package org.rosette.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A campaign's title, summary and body in one language other than English. */
@Embeddable
public class CampaignText {

	@Column(length = 120)
	private @Nullable String title;

	@Column(length = 500)
	private @Nullable String summary;

	@Column(length = 20000)
	private @Nullable String body;

	protected CampaignText() {
	}

	CampaignText(@Nullable String title, @Nullable String summary, @Nullable String body) {
		this.title = title;
		this.summary = summary;
		this.body = body;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public @Nullable String getBody() {
		return body;
	}

}
