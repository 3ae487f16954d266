package org.rosette.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Someone who signs in: a ranger in the field or an admin in the park office. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Audited
@Table(name = "users")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 50)
	private String username;

	@NotAudited
	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(nullable = false, length = 100)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	private Instant passwordChangedAt;

	@CreatedDate
	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String passwordHash, String displayName, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
	}

	/** A new password; the trail records when, never the hash. */
	public void changePassword(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = at;
	}

	/** Signing in stops; everything the person submitted stays, with their name on it. */
	public void disable() {
		this.enabled = false;
	}

	/** Another role; the account's sessions end, since they carry the old one. */
	public void changeRole(Role role) {
		this.role = role;
	}

	public void enable() {
		this.enabled = true;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
