package org.rosette.leopard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * One individual, known by the rosettes of its coat. The code is the catalogue's stable
 * handle (for example {@code LEO-F12}); names are given by people and may repeat across
 * years.
 */
@Entity
@Audited
@Table(name = "leopards")
public class Leopard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 20)
	private String code;

	@Column(nullable = false, length = 60)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Sex sex;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private LeopardStatus status = LeopardStatus.ALIVE;

	private Integer birthYear;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "mother_id")
	private Leopard mother;

	@Column(length = 4000)
	private String description;

	private LocalDate lastSeenOn;

	private LocalDate diedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private DeathCause deathCause;

	private Long deathIncidentId;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Leopard() {
	}

	public Leopard(String code, String name, Sex sex, Integer birthYear, Leopard mother, String description) {
		this.code = code;
		this.name = name;
		this.sex = sex;
		this.birthYear = birthYear;
		this.description = description;
		setMother(mother);
	}

	public void setMother(Leopard mother) {
		if (mother != null && mother.getSex() != Sex.FEMALE) {
			throw new IllegalArgumentException("A mother must be a female: " + mother.getCode());
		}
		this.mother = mother;
	}

	/** Remembers the latest day the animal was confirmed, never moving backwards. */
	public void seenOn(LocalDate day) {
		if (this.lastSeenOn == null || day.isAfter(this.lastSeenOn)) {
			this.lastSeenOn = day;
		}
	}

	/**
	 * The month of the latest sighting the public may see (first day of that month in the
	 * park), or none; set from the sightings by the privacy rule, never from a single
	 * verification.
	 */
	public void publiclySeenIn(java.time.YearMonth month) {
		this.lastSeenOn = month == null ? null : month.atDay(1);
	}

	/**
	 * Corrects what the catalogue says about the animal; its status has its own steps.
	 */
	public void revise(String code, String name, Sex sex, Integer birthYear, String description) {
		this.code = code;
		this.name = name;
		this.sex = sex;
		this.birthYear = birthYear;
		this.description = description;
	}

	public void markMissing() {
		requireNotDeceased();
		this.status = LeopardStatus.MISSING;
	}

	public void markAlive() {
		requireNotDeceased();
		this.status = LeopardStatus.ALIVE;
	}

	public void markDeceased(LocalDate diedOn, DeathCause cause) {
		markDeceased(diedOn, cause, null);
	}

	/**
	 * @param incidentId the incident report that found the death, if there is one
	 */
	public void markDeceased(LocalDate diedOn, DeathCause cause, Long incidentId) {
		this.status = LeopardStatus.DECEASED;
		this.diedOn = diedOn;
		this.deathCause = cause;
		this.deathIncidentId = incidentId;
	}

	private void requireNotDeceased() {
		if (this.status == LeopardStatus.DECEASED) {
			throw new IllegalStateException(code + " is recorded as deceased");
		}
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public YearMonth getLastSeenMonth() {
		return lastSeenOn == null ? null : YearMonth.from(lastSeenOn);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Sex getSex() {
		return sex;
	}

	public LeopardStatus getStatus() {
		return status;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public Leopard getMother() {
		return mother;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getLastSeenOn() {
		return lastSeenOn;
	}

	public LocalDate getDiedOn() {
		return diedOn;
	}

	public DeathCause getDeathCause() {
		return deathCause;
	}

	public Long getDeathIncidentId() {
		return deathIncidentId;
	}

	public long getVersion() {
		return version;
	}

}
