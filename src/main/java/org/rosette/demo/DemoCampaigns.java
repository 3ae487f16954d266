package org.rosette.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignRepository;
import org.rosette.campaign.Donation;
import org.rosette.campaign.DonationChannel;
import org.rosette.campaign.DonationRepository;
import org.springframework.stereotype.Component;

/** Four campaigns, one in each state a visitor or an admin meets. */
@Component
class DemoCampaigns {

	private final CampaignRepository campaigns;

	private final DonationRepository donations;

	private final Clock clock;

	DemoCampaigns(CampaignRepository campaigns, DonationRepository donations, Clock clock) {
		this.campaigns = campaigns;
		this.donations = donations;
		this.clock = clock;
	}

	void create() {
		LocalDate today = LocalDate.now(clock);

		Campaign patrol = new Campaign("anti-poaching-patrol", "Equip an anti-poaching patrol",
				"Radios, night optics, vehicles and training for a ranger team that walks the park's borders where "
						+ "snares are set and shots are heard.",
				"""
						## Why a patrol

						Most leopards that die before their time are killed by people. A well-equipped team on the \
						ground finds snares before they close, follows strangers' tracks before they reach a \
						leopard, and gives poachers a reason to stay out.

						## What the money buys

						- thermal imagers and handheld radios for night work
						- two off-road vehicles and their fuel for a year
						- training with the border police on seizures and evidence
						""", new BigDecimal("100000.00"), "USD", today.minusMonths(14), today.plusMonths(4),
				"https://donate.example.org/rosette/anti-poaching-patrol");
		patrol.activate();
		patrol.feature(true);
		DemoTexts.translate(patrol);
		campaigns.save(patrol);
		gifts(patrol, today, "84000.00", 112);

		Campaign adopt = new Campaign("adopt-a-leopard", "Adopt a leopard",
				"A symbolic adoption of one of the park's leopards. Every gift pays for camera traps and for the "
						+ "rangers who check them.",
				"""
						Choose an individual from the catalogue and follow it through the year. Adoptions keep the \
						camera-trap network running: batteries, memory cards and the long walks to change them.
						""", new BigDecimal("25000.00"), "USD", today.minusYears(3), null,
				"https://donate.example.org/rosette/adopt");
		adopt.activate();
		DemoTexts.translate(adopt);
		campaigns.save(adopt);
		gifts(adopt, today, "9310.50", 266);

		Campaign traps = new Campaign("camera-traps-2024", "Forty new camera traps",
				"Forty weatherproof camera traps for valleys the survey had never covered.",
				"The traps went up in the autumn and photographed three leopards the catalogue did not know.",
				new BigDecimal("30000.00"), "USD", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30),
				"https://donate.example.org/rosette/camera-traps");
		traps.activate();
		traps.close();
		DemoTexts.translate(traps);
		campaigns.save(traps);
		gifts(traps, LocalDate.of(2024, 9, 30), "31250.00", 95);

		Campaign draft = new Campaign("winter-prey-support", "Winter prey support",
				"Draft: hay and salt licks for sika deer in hard winters, so leopards keep their prey.",
				"Not written yet.", new BigDecimal("15000.00"), "USD", today.plusMonths(1), today.plusMonths(5), null);
		campaigns.save(draft);
	}

	/**
	 * Spreads a total over many gifts, to the cent, so the sum is exactly what the
	 * campaign shows.
	 */
	private void gifts(Campaign campaign, LocalDate until, String total, int count) {
		BigDecimal remaining = new BigDecimal(total);
		BigDecimal share = remaining.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.DOWN);
		String[] donors = { null, "Anna K.", "Friends of the Taiga school club", null, "Li Wei", "M. Petrova", null };
		DonationChannel[] channels = DonationChannel.values();
		List<Donation> list = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			BigDecimal amount = i == count - 1 ? remaining : share;
			remaining = remaining.subtract(amount);
			list.add(new Donation(campaign, amount, until.minusDays((long) (count - i) * 2 % 400),
					donors[i % donors.length], channels[i % channels.length], null));
		}
		donations.saveAll(list);
	}

}
