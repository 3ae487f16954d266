package org.rosette.campaign;

import org.rosette.system.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rosette.photo.PhotoStore;
import org.rosette.system.ChangedMeanwhileException;
import org.rosette.system.FormVersion;
import org.rosette.system.ParkArea;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.RejectedValuesException.Rejection;
import org.rosette.system.TranslatedRecords;
import org.rosette.system.TranslationForm.Field;
import org.rosette.system.TranslationForm.Subject;
import org.rosette.system.Upload;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of campaigns: every campaign including drafts, written, opened and
 * closed. Each change happens whole or not at all: a cover photo stored for a change that
 * then fails is removed again with the rollback.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns implements TranslatedRecords {

	private final CampaignRepository campaigns;

	private final PublicCampaigns progress;

	private final PhotoStore photos;

	private final ParkArea park;

	Campaigns(CampaignRepository campaigns, PublicCampaigns progress, PhotoStore photos, ParkArea park) {
		this.campaigns = campaigns;
		this.progress = progress;
		this.photos = photos;
		this.park = park;
	}

	/**
	 * One page of campaigns with their progress: drafts first, then open and closed
	 * campaigns, newest first within each.
	 */
	public Page<CampaignProgress> page(int page, int size) {
		Page<Campaign> found = campaigns.findInWorkOrder(PageRequest.of(page, size));
		return new PageImpl<>(progress.withProgress(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	public Optional<Campaign> find(long id) {
		return campaigns.findById(id);
	}

	public Optional<CampaignProgress> withProgress(long id) {
		return campaigns.findById(id).map(c -> progress.withProgress(List.of(c)).get(0));
	}

	/**
	 * A free address made from the title: {@code camera-traps}, else
	 * {@code camera-traps-2}, and so on.
	 */
	public String proposeSlug(String title, @Nullable Long campaignId) {
		String base = Slugs.of(title);
		if (base.isEmpty()) {
			base = "campaign";
		}
		String slug = base;
		for (int n = 2; isTaken(slug, campaignId); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	@Transactional
	public Campaign create(CampaignDetails details, @Nullable Upload cover) {
		String slug = chosenSlug(details, null);
		check(details, slug, null);
		Campaign campaign = new Campaign(slug, details.title().strip(), details.summary().strip(),
				FreeText.orNull(details.body()), details.goalAmount(), details.currency(), details.startsOn(),
				details.endsOn(), FreeText.orNull(details.donateUrl()));
		campaign.feature(details.featured());
		keepCover(campaign, cover);
		return campaigns.save(campaign);
	}

	/**
	 * @param startedFrom the version the admin's form was made from
	 * @throws ChangedMeanwhileException if someone else saved the campaign since; nothing
	 * is changed
	 */
	@Transactional
	public Campaign revise(long id, @Nullable Long startedFrom, CampaignDetails details, @Nullable Upload cover) {
		Campaign campaign = current(id, startedFrom);
		String slug = chosenSlug(details, campaign);
		check(details, slug, campaign);
		campaign.changeSlug(slug);
		campaign.revise(details.title().strip(), details.summary().strip(), FreeText.orNull(details.body()),
				details.goalAmount(), details.currency(), details.startsOn(), details.endsOn(),
				FreeText.orNull(details.donateUrl()));
		campaign.feature(details.featured());
		keepCover(campaign, cover);
		return campaign;
	}

	/**
	 * Active campaigns whose last day falls between the two dates: the count, and the
	 * first few by end date.
	 */
	public EndingSoon endingBetween(LocalDate from, LocalDate to) {
		return new EndingSoon(campaigns.countByStatusAndEndsOnBetween(CampaignStatus.ACTIVE, from, to),
				campaigns.findTop5ByStatusAndEndsOnBetweenOrderByEndsOnAsc(CampaignStatus.ACTIVE, from, to));
	}

	public record EndingSoon(long count, List<Campaign> first) {
	}

	@Override
	public String kind() {
		return "campaigns";
	}

	@Override
	public Optional<Subject> texts(long id) {
		return find(id).map(campaign -> new Subject(campaign.getTitle(),
				List.of(new Field("title", "admin.campaign.title", 120, false, campaign.getTitle()),
						new Field("summary", "admin.campaign.summary", 500, true, campaign.getSummary()),
						new Field("body", "admin.campaign.body", 20000, true, campaign.getBody())),
				(language, key) -> switch (key) {
					case "title" -> campaign.textIn(language).title();
					case "summary" -> campaign.textIn(language).summary();
					default -> campaign.textIn(language).body();
				}));
	}

	/**
	 * Title, summary and body in each of the other languages; blank values fall back to
	 * English.
	 */
	@Override
	@Transactional
	public void translate(long id, Map<String, Map<String, String>> byLanguage) {
		Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NoSuchElementException("No campaign " + id));
		byLanguage.forEach((language, text) -> campaign.translate(language, text.get("title"), text.get("summary"),
				text.get("body")));
	}

	/** DRAFT → ACTIVE: from now on the public sees it, and its address is fixed. */
	@Transactional
	public Campaign activate(long id, long expectedVersion) {
		Campaign campaign = current(id, expectedVersion);
		campaign.activate();
		return campaign;
	}

	/** ACTIVE → CLOSED: no more gifts asked for; the page stays as a record. */
	@Transactional
	public Campaign close(long id, long expectedVersion) {
		Campaign campaign = current(id, expectedVersion);
		campaign.close();
		return campaign;
	}

	private Campaign current(long id, @Nullable Long startedFrom) {
		Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NoSuchElementException("No campaign " + id));
		FormVersion.require(startedFrom, campaign.getVersion(), "Campaign " + id);
		return campaign;
	}

	private String chosenSlug(CampaignDetails details, @Nullable Campaign campaign) {
		if (details.slug() != null && !details.slug().isBlank()) {
			return details.slug().strip();
		}
		if (campaign != null && campaign.slugIsStable()) {
			return campaign.getSlug();
		}
		return proposeSlug(details.title(), campaign == null ? null : campaign.getId());
	}

	private void check(CampaignDetails details, String slug, @Nullable Campaign campaign) {
		List<Rejection> problems = new ArrayList<>(CampaignRules.check(details));
		if (campaign != null && campaign.slugIsStable() && !slug.equals(campaign.getSlug())) {
			problems.add(new Rejection("slug", "admin.campaign.slugStable", campaign.getSlug()));
		}
		else if (isTaken(slug, campaign == null ? null : campaign.getId())) {
			problems.add(new Rejection("slug", "admin.campaign.slugTaken", slug));
		}
		if (!problems.isEmpty()) {
			throw new RejectedValuesException(problems);
		}
	}

	private boolean isTaken(String slug, @Nullable Long campaignId) {
		return campaigns.findBySlug(slug).filter(other -> !other.getId().equals(campaignId)).isPresent();
	}

	private void keepCover(Campaign campaign, @Nullable Upload cover) {
		if (cover == null || cover.isEmpty()) {
			return;
		}
		String previous = campaign.getCoverKey();
		campaign.coverWith(photos.store(cover.originalName(), cover.content(), park.zone()).key());
		if (previous != null) {
			photos.delete(previous);
		}
	}

}
