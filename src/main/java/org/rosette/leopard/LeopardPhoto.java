package org.rosette.leopard;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/**
 * A reference photo of one flank of an individual, kept by the photo store under
 * {@code storageKey}.
 */
@Entity
@Table(name = "leopard_photos")
public class LeopardPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "leopard_id", nullable = false)
	private Long leopardId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 5)
	private Flank flank;

	@Column(nullable = false, length = 255)
	private String originalName;

	@Column(nullable = false, length = 50)
	private String contentType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 100)
	private String storageKey;

	@Column(nullable = false)
	private Instant createdAt;

	protected LeopardPhoto() {
	}

	LeopardPhoto(Long leopardId, Flank flank, String originalName, String contentType, long sizeBytes,
			String storageKey) {
		this.leopardId = leopardId;
		this.flank = flank;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Long getLeopardId() {
		return leopardId;
	}

	public Flank getFlank() {
		return flank;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The photo now shows the individual this one turned out to be. */
	void moveTo(Long leopardId) {
		this.leopardId = leopardId;
	}

}
