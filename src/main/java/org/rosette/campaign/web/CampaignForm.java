package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignDetails;
import org.rosette.campaign.Slugs;
import org.rosette.system.EditConflict;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The campaign form; {@code version} is the version the admin started from, so no one's
 * edit is lost.
 */
record CampaignForm(@NotBlank @Size(max = 120) String title,
		@Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = "^$|" + Slugs.PATTERN,
				message = "{admin.campaign.slugPattern}") String slug,
		@NotBlank @Size(max = 500) String summary, @Size(max = 20000) String body,
		@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal goalAmount,
		@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{admin.campaign.currencyPattern}") String currency,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @Size(max = 500) String donateUrl,
		Boolean featured, Long version) {

	static CampaignForm empty(LocalDate today) {
		return new CampaignForm("", "", "", "", null, "USD", today, null, "https://", false, null);
	}

	static CampaignForm of(Campaign c) {
		return new CampaignForm(c.getTitle(), c.getSlug(), c.getSummary(), c.getBody(), c.getGoalAmount(),
				c.getCurrency(), c.getStartsOn(), c.getEndsOn(), c.getDonateUrl(), c.isFeatured(), c.getVersion());
	}

	CampaignForm withVersion(long newVersion) {
		return new CampaignForm(title, slug, summary, body, goalAmount, currency, startsOn, endsOn, donateUrl, featured,
				newVersion);
	}

	/** This form beside the campaign someone else saved meanwhile. */
	EditConflict conflictWith(Campaign saved) {
		return EditConflict.titled("admin.conflict.title.campaign")
			.row("title", "admin.campaign.title", title, saved.getTitle())
			.row("slug", "admin.campaign.slug", slug, saved.getSlug())
			.row("summary", "admin.campaign.summary", summary, saved.getSummary())
			.row("body", "admin.campaign.body", body, saved.getBody())
			.row("goalAmount", "admin.campaign.goalAmount", goalAmount, saved.getGoalAmount())
			.row("currency", "admin.campaign.currency", currency, saved.getCurrency())
			.row("startsOn", "admin.campaign.startsOn", startsOn, saved.getStartsOn())
			.row("endsOn", "admin.campaign.endsOn", endsOn, saved.getEndsOn())
			.row("donateUrl", "admin.campaign.donateUrl", details().donateUrl(), saved.getDonateUrl())
			.flag("featured", "admin.campaign.featured", Boolean.TRUE.equals(featured), saved.isFeatured());
	}

	CampaignDetails details() {
		String url = donateUrl == null || donateUrl.isBlank() || donateUrl.strip().equals("https://") ? null
				: donateUrl.strip();
		return new CampaignDetails(title, slug, summary, body, goalAmount, currency == null ? null : currency.strip(),
				startsOn, endsOn, url, Boolean.TRUE.equals(featured));
	}

}
