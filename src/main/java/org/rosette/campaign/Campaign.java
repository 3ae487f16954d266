package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.rosette.system.AuditedRecord;
import org.rosette.system.FreeText;
import org.rosette.system.Localized;
import org.rosette.system.Translations;

/**
 * A fundraising drive for the leopards, with a goal in one currency. What it has raised
 * is its donations' sum.
 */
@Entity
@Audited
@Table(name = "campaigns")
public class Campaign extends AuditedRecord {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 120)
	private String title;

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(length = 20000)
	private String body;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal goalAmount;

	@Column(nullable = false, length = 3)
	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CampaignStatus status = CampaignStatus.DRAFT;

	@Column(nullable = false)
	private LocalDate startsOn;

	private LocalDate endsOn;

	@Column(length = 500)
	private String donateUrl;

	@Column(nullable = false)
	private boolean featured;

	@Column(length = 100)
	private String coverKey;

	/**
	 * Title, summary and body in other languages, by language code; English is in the
	 * columns above. Not audited: the audit trail follows the record itself.
	 */
	@NotAudited
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_texts", joinColumns = @JoinColumn(name = "campaign_id"))
	@MapKeyColumn(name = "lang", length = 5)
	@BatchSize(size = 50)
	private Map<String, CampaignText> texts = new HashMap<>();

	protected Campaign() {
	}

	public Campaign(String slug, String title, String summary, String body, BigDecimal goalAmount, String currency,
			LocalDate startsOn, LocalDate endsOn, String donateUrl) {
		this.slug = slug;
		revise(title, summary, body, goalAmount, currency, startsOn, endsOn, donateUrl);
	}

	/**
	 * New wording, goal or dates. The slug is changed separately: it is stable once the
	 * campaign is public.
	 */
	public void revise(String title, String summary, String body, BigDecimal goalAmount, String currency,
			LocalDate startsOn, LocalDate endsOn, String donateUrl) {
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.goalAmount = goalAmount;
		this.currency = currency;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.donateUrl = donateUrl;
	}

	/**
	 * Links, bookmarks and shared posts point at the slug, so it may change only while
	 * nobody outside can see it.
	 */
	public void changeSlug(String slug) {
		if (!slug.equals(this.slug) && status != CampaignStatus.DRAFT) {
			throw new IllegalStateException("The address of a public campaign cannot change: " + this.slug);
		}
		this.slug = slug;
	}

	public boolean slugIsStable() {
		return status != CampaignStatus.DRAFT;
	}

	public void coverWith(String coverKey) {
		this.coverKey = coverKey;
	}

	public void activate() {
		if (status != CampaignStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be opened for gifts");
		}
		this.status = CampaignStatus.ACTIVE;
	}

	public void close() {
		if (status != CampaignStatus.ACTIVE) {
			throw new IllegalStateException("Only an active campaign can be closed");
		}
		this.status = CampaignStatus.CLOSED;
	}

	public void feature(boolean featured) {
		this.featured = featured;
	}

	public boolean isPublic() {
		return status != CampaignStatus.DRAFT;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public BigDecimal getGoalAmount() {
		return goalAmount;
	}

	public String getCurrency() {
		return currency;
	}

	public CampaignStatus getStatus() {
		return status;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getDonateUrl() {
		return donateUrl;
	}

	public boolean isFeatured() {
		return featured;
	}

	public String getCoverKey() {
		return coverKey;
	}

	public Localized titleIn(Locale locale) {
		return Translations.in(texts, locale, title, CampaignText::title);
	}

	public Localized summaryIn(Locale locale) {
		return Translations.in(texts, locale, summary, CampaignText::summary);
	}

	public Localized bodyIn(Locale locale) {
		return Translations.in(texts, locale, body, CampaignText::body);
	}

	/** The texts written in a language other than English, if any. */
	public CampaignText textIn(String language) {
		return texts.getOrDefault(language, new CampaignText(null, null, null));
	}

	/**
	 * Writes (or, all blank, removes) the title, summary and body in another language.
	 */
	public void translate(String language, @Nullable String translatedTitle, @Nullable String translatedSummary,
			@Nullable String translatedBody) {
		CampaignText text = new CampaignText(FreeText.orNull(translatedTitle), FreeText.orNull(translatedSummary),
				FreeText.orNull(translatedBody));
		Translations.write(texts, language, text, text.isBlank());
	}

}
