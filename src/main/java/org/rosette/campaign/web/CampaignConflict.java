package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rosette.campaign.Campaign;

/**
 * What an admin sees when someone else saved the campaign first: each field with the
 * value they sent and the value now saved, so they can merge by hand. Nothing of theirs
 * was stored.
 */
record CampaignConflict(List<Row> rows) {

	static CampaignConflict between(CampaignForm mine, Campaign saved) {
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of("title", mine.title(), saved.getTitle()));
		rows.add(Row.of("slug", mine.slug(), saved.getSlug()));
		rows.add(Row.of("summary", mine.summary(), saved.getSummary()));
		rows.add(Row.of("body", mine.body(), saved.getBody()));
		rows.add(Row.of("goalAmount", plain(mine.goalAmount()), plain(saved.getGoalAmount())));
		rows.add(Row.of("currency", mine.currency(), saved.getCurrency()));
		rows.add(Row.of("startsOn", text(mine.startsOn()), text(saved.getStartsOn())));
		rows.add(Row.of("endsOn", text(mine.endsOn()), text(saved.getEndsOn())));
		rows.add(Row.of("donateUrl", mine.details().donateUrl(), saved.getDonateUrl()));
		rows.add(Row.of("featured", String.valueOf(Boolean.TRUE.equals(mine.featured())),
				String.valueOf(saved.isFeatured())));
		return new CampaignConflict(rows);
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	record Row(String field, String mine, String saved, boolean differs) {

		static Row of(String field, String mine, String saved) {
			String a = mine == null ? "" : mine.strip();
			String b = saved == null ? "" : saved.strip();
			return new Row(field, a, b, !Objects.equals(a, b));
		}

	}

}
