package org.rosette.sighting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.rosette.account.Account;
import org.rosette.leopard.Leopard;
import org.rosette.system.AuditedRecord;

/**
 * A sign of a leopard at a place and time, as a ranger reported it. The exact point and
 * the notes are for rangers and admins only; what the public may see is decided by
 * {@link LocationPrivacy}.
 */
@Entity
@Audited
@Table(name = "sightings")
@EntityListeners(PublicGridListener.class)
public class Sighting extends AuditedRecord {

	@Column(nullable = false)
	private Instant observedAt;

	@Column(nullable = false)
	private double latitude;

	@Column(nullable = false)
	private double longitude;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Evidence evidence;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "leopard_id")
	private Leopard leopard;

	private Integer adults;

	private Integer cubs;

	@Column(length = 10000)
	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ReviewStatus status = ReviewStatus.PENDING;

	@Column(length = 2000)
	private String reviewNote;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "submitted_by", nullable = false)
	private Account submittedBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reviewed_by")
	private Account reviewedBy;

	private Instant reviewedAt;

	/**
	 * The camera-trap observation this sighting was imported from; unique, so an import
	 * never repeats itself. Set once on import and never changed, so the audit trail has
	 * nothing to record about it.
	 */
	@NotAudited
	@Column(length = 100)
	private String sourceObservationId;

	/**
	 * The camera deployment an imported sighting was taken by (Camtrap DP
	 * {@code deploymentID}), set once on import like {@link #sourceObservationId}.
	 */
	@NotAudited
	@Column(length = 100)
	private String cameraDeployment;

	/**
	 * Where and when the public places this sighting (cell centre, park month as YYYYMM),
	 * kept so the public map and counts are answered by GROUP BY queries. Set by
	 * {@link PublicGridListener} from {@link LocationPrivacy}; the audit trail has the
	 * exact values they derive from.
	 */
	@NotAudited
	private Double publicLatitude;

	@NotAudited
	private Double publicLongitude;

	@NotAudited
	private Integer parkMonth;

	protected Sighting() {
	}

	public Sighting(Instant observedAt, double latitude, double longitude, Evidence evidence, Leopard leopard,
			Integer adults, Integer cubs, String notes, Account submittedBy) {
		describe(observedAt, latitude, longitude, evidence, leopard, adults, cubs, notes);
		this.submittedBy = submittedBy;
	}

	/** The author corrects the report while it still waits for review. */
	public void revise(Instant observedAt, double latitude, double longitude, Evidence evidence, Leopard leopard,
			Integer adults, Integer cubs, String notes) {
		requirePending();
		describe(observedAt, latitude, longitude, evidence, leopard, adults, cubs, notes);
	}

	private void describe(Instant observedAt, double latitude, double longitude, Evidence evidence, Leopard leopard,
			Integer adults, Integer cubs, String notes) {
		this.observedAt = observedAt;
		this.latitude = latitude;
		this.longitude = longitude;
		this.evidence = evidence;
		this.leopard = leopard;
		this.adults = adults;
		this.cubs = cubs;
		this.notes = notes;
	}

	public boolean isPending() {
		return status == ReviewStatus.PENDING;
	}

	public boolean isSubmittedBy(String username) {
		return submittedBy.getUsername().equals(username);
	}

	private void requirePending() {
		if (!isPending()) {
			throw new SightingLockedException(getId());
		}
	}

	/**
	 * Confirms the sighting, naming the individual when the reviewer recognised its coat;
	 * the catalogue learns the animal was seen once the sighting is saved.
	 */
	public void verify(Account reviewer, Leopard identified, String note, Instant at) {
		decide(ReviewStatus.VERIFIED, reviewer, note, at);
		if (identified != null) {
			this.leopard = identified;
		}
		// The leopard's public last-seen month follows the privacy rule (PublicLastSeen),
		// not the moment of verification.
	}

	public void reject(Account reviewer, String reason, Instant at) {
		decide(ReviewStatus.REJECTED, reviewer, reason, at);
	}

	private void decide(ReviewStatus decision, Account reviewer, String note, Instant at) {
		requirePending();
		this.status = decision;
		this.reviewedBy = reviewer;
		this.reviewNote = note;
		this.reviewedAt = at;
	}

	void placePublicly(PublicLocation cell, java.time.YearMonth month) {
		this.publicLatitude = cell.latitude();
		this.publicLongitude = cell.longitude();
		this.parkMonth = PublicGrid.monthKey(month);
	}

	public Instant getObservedAt() {
		return observedAt;
	}

	public double getLatitude() {
		return latitude;
	}

	public double getLongitude() {
		return longitude;
	}

	public Evidence getEvidence() {
		return evidence;
	}

	public Leopard getLeopard() {
		return leopard;
	}

	public Integer getAdults() {
		return adults;
	}

	public Integer getCubs() {
		return cubs;
	}

	public String getNotes() {
		return notes;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public String getReviewNote() {
		return reviewNote;
	}

	public Account getSubmittedBy() {
		return submittedBy;
	}

	public Account getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getSourceObservationId() {
		return sourceObservationId;
	}

	public String getCameraDeployment() {
		return cameraDeployment;
	}

	Integer getParkMonth() {
		return parkMonth;
	}

}
