package org.rosette.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One gift to a campaign, in the campaign's currency, to the cent. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Audited
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

	@CreatedDate
	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Donation() {
	}

	public Donation(Campaign campaign, BigDecimal amount, LocalDate donatedOn, String donorName,
			DonationChannel channel, String note) {
		this.campaign = campaign;
		correct(amount, donatedOn, donorName, channel, note);
	}

	/** Fixes a gift recorded wrongly; the audit trail keeps what it said before. */
	public void correct(BigDecimal amount, LocalDate donatedOn, String donorName, DonationChannel channel,
			String note) {
		this.amount = new Money(amount).amount();
		this.donatedOn = donatedOn;
		this.donorName = donorName;
		this.channel = channel;
		this.note = note;
	}

	public void recordedBy(Long accountId) {
		this.recordedBy = accountId;
	}

	public Long getRecordedBy() {
		return recordedBy;
	}

	public long getVersion() {
		return version;
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
