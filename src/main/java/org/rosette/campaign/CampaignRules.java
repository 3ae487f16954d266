package org.rosette.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.rosette.system.RejectedValuesException.Rejection;

/**
 * The rules a campaign's details keep whatever form or script sends them; message codes
 * live in admin.properties.
 */
final class CampaignRules {

	private CampaignRules() {
	}

	static List<Rejection> check(CampaignDetails details) {
		List<Rejection> problems = new ArrayList<>();
		if (details.endsOn() != null && details.startsOn() != null && !details.endsOn().isAfter(details.startsOn())) {
			problems.add(new Rejection("endsOn", "admin.campaign.endsBeforeStart"));
		}
		if (details.currency() != null && !isIsoCurrency(details.currency())) {
			problems.add(new Rejection("currency", "admin.campaign.unknownCurrency"));
		}
		if (details.donateUrl() != null && !details.donateUrl().isBlank() && !isHttps(details.donateUrl())) {
			problems.add(new Rejection("donateUrl", "admin.campaign.httpsOnly"));
		}
		if (details.goalAmount() != null && !Money.isPositiveToTheCent(details.goalAmount())) {
			problems.add(new Rejection("goalAmount", "admin.money.positiveCents"));
		}
		return problems;
	}

	static boolean isIsoCurrency(String code) {
		return code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))
				&& Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
	}

	/**
	 * Gifts go through the donate link: it must be encrypted, and it must point at a real
	 * host.
	 */
	static boolean isHttps(String url) {
		try {
			URI uri = new URI(url.strip());
			return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
