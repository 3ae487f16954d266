package org.rosette.sighting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.rosette.photo.PhotoRecord;
import org.rosette.photo.StoredPhoto;

/** A photo kept with a sighting. */
@Entity
@Table(name = "sighting_photos")
public class SightingPhoto extends PhotoRecord {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sighting_id", nullable = false)
	private Sighting sighting;

	protected SightingPhoto() {
	}

	SightingPhoto(Sighting sighting, StoredPhoto photo) {
		super(photo);
		this.sighting = sighting;
	}

	Sighting getSighting() {
		return sighting;
	}

}
