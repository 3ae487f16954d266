package org.rosette.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/**
 * Something the audit trail keeps that is not a change to a record: a refused sign-in, an
 * export of exact locations. Audited so that it appears in the one trail, signed with the
 * person signed in (or {@code system} when nobody is).
 */
@Entity
@Audited
@Table(name = "security_events")
class SecurityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private SecurityEventKind kind;

	@Column(length = 50)
	private String username;

	@Column(length = 64)
	private String clientAddress;

	@Column(length = 200)
	private String detail;

	@Column(nullable = false)
	private Instant occurredAt;

	protected SecurityEvent() {
	}

	SecurityEvent(SecurityEventKind kind, String username, String clientAddress, String detail, Instant occurredAt) {
		this.kind = kind;
		this.username = clip(username, 50);
		this.clientAddress = clip(clientAddress, 64);
		this.detail = clip(detail, 200);
		this.occurredAt = occurredAt;
	}

	private static String clip(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	Long getId() {
		return id;
	}

	SecurityEventKind getKind() {
		return kind;
	}

	String getUsername() {
		return username;
	}

}
