package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A fundraising drive for the leopards, with a goal in one currency. What it has raised is its donations' sum. */
@Entity
@Table(name = "campaigns")
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Campaign() {
	}

	public Campaign(String slug, String title, String summary, String body, BigDecimal goalAmount, String currency,
			LocalDate startsOn, LocalDate endsOn, String donateUrl) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.goalAmount = goalAmount;
		this.currency = currency;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.donateUrl = donateUrl;
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

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
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

	public long getVersion() {
		return version;
	}

}
