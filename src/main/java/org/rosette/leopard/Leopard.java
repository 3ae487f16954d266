package org.rosette.leopard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.rosette.system.AuditedRecord;
import org.rosette.system.FreeText;
import org.rosette.system.Localized;
import org.rosette.system.Translations;

/**
 * One individual, known by the rosettes of its coat. The code is the catalogue's stable
 * handle (for example {@code LEO-F12}); names are given by people and may repeat across
 * years.
 */
@Entity
@Audited
@Table(name = "leopards")
public class Leopard extends AuditedRecord {

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

	/**
	 * Name and profile text in other languages, by language code; English is in the
	 * columns above. Not audited: the audit trail follows the record itself.
	 */
	@NotAudited
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "leopard_texts", joinColumns = @JoinColumn(name = "leopard_id"))
	@MapKeyColumn(name = "lang", length = 5)
	@BatchSize(size = 100)
	private Map<String, LeopardText> texts = new HashMap<>();

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
	void publiclySeenIn(@Nullable YearMonth month) {
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

	public YearMonth getLastSeenMonth() {
		return lastSeenOn == null ? null : YearMonth.from(lastSeenOn);
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

	/** The name in the reader's language, or the English one, marked as a fallback. */
	public Localized nameIn(Locale locale) {
		return Translations.in(texts, locale, name, LeopardText::name);
	}

	public Localized descriptionIn(Locale locale) {
		return Translations.in(texts, locale, description, LeopardText::description);
	}

	/** The texts written in a language other than English, if any. */
	public LeopardText textIn(String language) {
		return texts.getOrDefault(language, new LeopardText(null, null));
	}

	/**
	 * Writes (or, all blank, removes) the name and text in a language other than English.
	 */
	public void translate(String language, @Nullable String translatedName, @Nullable String translatedDescription) {
		LeopardText text = new LeopardText(FreeText.orNull(translatedName), FreeText.orNull(translatedDescription));
		Translations.write(texts, language, text, text.isBlank());
	}

}
