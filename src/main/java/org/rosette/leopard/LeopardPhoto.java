package org.rosette.leopard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.rosette.photo.PhotoRecord;
import org.rosette.photo.StoredPhoto;

/** A reference photo of one flank of an individual. */
@Entity
@Table(name = "leopard_photos")
public class LeopardPhoto extends PhotoRecord {

	@Column(name = "leopard_id", nullable = false)
	private Long leopardId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 5)
	private Flank flank;

	protected LeopardPhoto() {
	}

	LeopardPhoto(Long leopardId, Flank flank, StoredPhoto photo) {
		super(photo);
		this.leopardId = leopardId;
		this.flank = flank;
	}

	public Long getLeopardId() {
		return leopardId;
	}

	public Flank getFlank() {
		return flank;
	}

}
