package org.rosette.incident;

import java.time.Instant;

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

import org.rosette.account.Account;
import org.rosette.leopard.Leopard;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Something that threatens the leopards, as a ranger reported it: a snare, shots, tracks
 * of people, a skin.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "incidents")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private double latitude;

	@Column(nullable = false)
	private double longitude;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private IncidentType type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "leopard_id")
	private Leopard leopard;

	@Column(nullable = false, length = 10000)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reported_by", nullable = false)
	private Account reportedBy;

	@CreatedDate
	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Incident() {
	}

	public Incident(Instant occurredAt, double latitude, double longitude, IncidentType type, Leopard leopard,
			String description, Account reportedBy) {
		this.occurredAt = occurredAt;
		this.latitude = latitude;
		this.longitude = longitude;
		this.type = type;
		this.leopard = leopard;
		this.description = description;
		this.reportedBy = reportedBy;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public double getLatitude() {
		return latitude;
	}

	public double getLongitude() {
		return longitude;
	}

	public IncidentType getType() {
		return type;
	}

	public Leopard getLeopard() {
		return leopard;
	}

	public String getDescription() {
		return description;
	}

	public Account getReportedBy() {
		return reportedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
