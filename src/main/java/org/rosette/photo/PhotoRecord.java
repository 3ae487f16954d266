package org.rosette.photo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The row that ties a stored photo to what it documents (a sighting, an incident). The
 * files belong to the photo store; the row only remembers which are whose. Each owner
 * maps its own table and adds its link.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class PhotoRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 255)
	private String originalName;

	@Column(nullable = false, length = 50)
	private String contentType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 100, unique = true)
	private String storageKey;

	@CreatedDate
	@Column(nullable = false)
	private Instant createdAt;

	protected PhotoRecord() {
	}

	protected PhotoRecord(StoredPhoto photo) {
		this.originalName = photo.originalName();
		this.contentType = photo.contentType();
		this.sizeBytes = photo.sizeBytes();
		this.storageKey = photo.key();
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
