package org.rosette.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.rosette.photo.PhotoRecord;
import org.rosette.photo.StoredPhoto;

/** A photo kept with an incident report. */
@Entity
@Table(name = "incident_photos")
public class IncidentPhoto extends PhotoRecord {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id", nullable = false)
	private Incident incident;

	protected IncidentPhoto() {
	}

	IncidentPhoto(Incident incident, StoredPhoto photo) {
		super(photo);
		this.incident = incident;
	}

}
