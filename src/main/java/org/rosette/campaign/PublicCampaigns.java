package org.rosette.campaign;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PublicCampaigns as the public sees them: never a DRAFT, always with the honest sum of
 * their gifts.
 */
@Service
@Transactional(readOnly = true)
public class PublicCampaigns {

	private static final EnumSet<CampaignStatus> PUBLIC = EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED);

	private final CampaignRepository campaigns;

	private final DonationRepository donations;

	PublicCampaigns(CampaignRepository campaigns, DonationRepository donations) {
		this.campaigns = campaigns;
		this.donations = donations;
	}

	/** Active campaigns first (featured leading), then closed ones. */
	public List<CampaignProgress> publicCampaigns() {
		List<Campaign> found = campaigns.findByStatusInOrderByFeaturedDescStartsOnDesc(PUBLIC);
		List<CampaignProgress> withProgress = withProgress(found);
		return withProgress.stream()
			.sorted((a, b) -> Integer.compare(a.campaign().getStatus().ordinal(), b.campaign().getStatus().ordinal()))
			.toList();
	}

	public Optional<CampaignProgress> publicCampaign(String slug) {
		return campaigns.findBySlug(slug).filter(Campaign::isPublic).map(c -> withProgress(List.of(c)).get(0));
	}

	/**
	 * The campaign the home page puts forward: a featured active one, else any active
	 * one.
	 */
	public Optional<CampaignProgress> featured() {
		return publicCampaigns().stream().filter(p -> p.campaign().getStatus() == CampaignStatus.ACTIVE).findFirst();
	}

	List<CampaignProgress> withProgress(List<Campaign> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, DonationTotal> totals = donations.totalsFor(list.stream().map(Campaign::getId).toList())
			.stream()
			.collect(Collectors.toMap(DonationTotal::campaignId, Function.identity()));
		return list.stream().map(c -> {
			DonationTotal total = totals.get(c.getId());
			return total == null ? new CampaignProgress(c, BigDecimal.ZERO.setScale(2), 0)
					: new CampaignProgress(c, total.raised(), total.gifts());
		}).toList();
	}

}
