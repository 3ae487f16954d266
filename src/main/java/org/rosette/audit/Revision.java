package org.rosette.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change to audited records, made by one person at one moment; Envers writes it,
 * nobody edits it.
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(nullable = false)
	private Instant revisedAt;

	@Column(nullable = false, length = 50)
	private String username;

	protected Revision() {
	}

	/**
	 * A revision for records written past Hibernate (a bulk import), which Envers does
	 * not see: the writer adds their audit rows under it.
	 */
	public static Revision madeAt(Instant revisedAt, String username) {
		Revision revision = new Revision();
		revision.revisedAt = revisedAt;
		revision.username = username;
		return revision;
	}

	void madeBy(String username) {
		this.username = username;
	}

	public Long getId() {
		return id;
	}

	public Instant getRevisedAt() {
		return revisedAt;
	}

	public String getUsername() {
		return username;
	}

}
