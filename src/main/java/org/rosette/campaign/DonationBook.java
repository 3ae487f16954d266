package org.rosette.campaign;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.rosette.account.AccountRepository;
import org.rosette.system.ChangedMeanwhileException;
import org.rosette.system.FormVersion;
import org.rosette.system.ParkArea;
import org.rosette.system.RejectedValuesException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gifts as the park office records them: typed in one by one, corrected, or imported from
 * a bank's or a payment provider's CSV. Amounts are exact to the cent and always in the
 * campaign's own currency.
 */
@Service
@Transactional(readOnly = true)
public class DonationBook {

	private final DonationRepository donations;

	private final CampaignRepository campaigns;

	private final AccountRepository accounts;

	private final Clock clock;

	private final ParkArea park;

	DonationBook(DonationRepository donations, CampaignRepository campaigns, AccountRepository accounts, Clock clock,
			ParkArea park) {
		this.donations = donations;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.clock = clock;
		this.park = park;
	}

	/** One page of a campaign's gifts, newest first. */
	public Page<Donation> of(long campaignId, int page, int size) {
		return donations.findByCampaignIdOrderByDonatedOnDescIdDesc(campaignId, PageRequest.of(page, size));
	}

	public Donation find(long campaignId, long donationId) {
		return donations.findWithCampaignById(donationId)
			.filter(d -> d.getCampaign().getId() == campaignId)
			.orElseThrow(() -> new NoSuchElementException("No donation " + donationId + " in campaign " + campaignId));
	}

	/**
	 * Today in the park, where the office works: a gift dated tomorrow there has not
	 * happened yet.
	 */
	public LocalDate today() {
		return park.today(clock);
	}

	@Transactional
	public Donation record(long campaignId, DonationDetails details, String recordedBy) {
		check(details);
		Campaign campaign = campaign(campaignId);
		Donation donation = new Donation(campaign, details.amount(), details.donatedOn(), details.donorName(),
				details.channel(), details.note());
		accounts.findByUsername(recordedBy).ifPresent(account -> donation.recordedBy(account.getId()));
		return donations.save(donation);
	}

	/**
	 * @param startedFrom the version the admin's form was made from
	 * @throws ChangedMeanwhileException if someone else corrected the gift since; nothing
	 * is changed
	 */
	@Transactional
	public Donation correct(long campaignId, long donationId, @Nullable Long startedFrom, DonationDetails details) {
		Donation donation = find(campaignId, donationId);
		FormVersion.require(startedFrom, donation.getVersion(), "Donation " + donationId);
		check(details);
		donation.correct(details.amount(), details.donatedOn(), details.donorName(), details.channel(), details.note());
		return donation;
	}

	/**
	 * All gifts of the file, or none.
	 * @return how many gifts were recorded
	 * @throws DonationImportException with every problem found, line by line; nothing is
	 * stored
	 */
	@Transactional
	public int importCsv(long campaignId, Reader csv, String recordedBy) {
		Campaign campaign = campaign(campaignId);
		DonationCsv.Result result = DonationCsv.read(csv, today());
		if (!result.problems().isEmpty()) {
			throw new DonationImportException(result.problems());
		}
		Long recorder = accounts.findByUsername(recordedBy).map(a -> a.getId()).orElse(null);
		List<Donation> gifts = result.gifts()
			.stream()
			.map(d -> new Donation(campaign, d.amount(), d.donatedOn(), d.donorName(), d.channel(), d.note()))
			.toList();
		gifts.forEach(gift -> gift.recordedBy(recorder));
		donations.saveAll(gifts);
		return gifts.size();
	}

	private void check(DonationDetails details) {
		if (!Money.isPositiveToTheCent(details.amount())) {
			throw new RejectedValuesException("amount", "admin.money.positiveCents");
		}
		if (details.donatedOn().isAfter(today())) {
			throw new RejectedValuesException("donatedOn", "admin.donation.future");
		}
	}

	private Campaign campaign(long id) {
		return campaigns.findById(id).orElseThrow(() -> new NoSuchElementException("No campaign " + id));
	}

}
