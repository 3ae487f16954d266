package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One gift to a campaign, in the campaign's currency, to the cent. */
@Entity
@Table(name = "donations")
public class Donation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id", nullable = false)
	private Campaign campaign;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false)
	private LocalDate donatedOn;

	@Column(length = 120)
	private String donorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DonationChannel channel;

	@Column(length = 1000)
	private String note;

	@Column(name = "recorded_by")
	private Long recordedBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Donation() {
	}

	public Donation(Campaign campaign, BigDecimal amount, LocalDate donatedOn, String donorName,
			DonationChannel channel, String note) {
		if (amount.signum() <= 0 || amount.scale() > 2) {
			throw new IllegalArgumentException("A gift is a positive amount to the cent: " + amount);
		}
		this.campaign = campaign;
		this.amount = amount;
		this.donatedOn = donatedOn;
		this.donorName = donorName;
		this.channel = channel;
		this.note = note;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Campaign getCampaign() {
		return campaign;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getDonatedOn() {
		return donatedOn;
	}

	public String getDonorName() {
		return donorName;
	}

	public DonationChannel getChannel() {
		return channel;
	}

	public String getNote() {
		return note;
	}

}
