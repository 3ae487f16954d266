package org.rosette.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.rosette.photo.StoredPhoto;

/** A photo kept with an incident report. The files belong to the photo store; this row only remembers which are whose. */
@Entity
@Table(name = "incident_photos")
public class IncidentPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id", nullable = false)
	private Incident incident;

	@Column(nullable = false, length = 255)
	private String originalName;

	@Column(nullable = false, length = 50)
	private String contentType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 100, unique = true)
	private String storageKey;

	@Column(nullable = false)
	private Instant createdAt;

	protected IncidentPhoto() {
	}

	IncidentPhoto(Incident incident, StoredPhoto photo) {
		this.incident = incident;
		this.originalName = photo.originalName();
		this.contentType = photo.contentType();
		this.sizeBytes = photo.sizeBytes();
		this.storageKey = photo.key();
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
