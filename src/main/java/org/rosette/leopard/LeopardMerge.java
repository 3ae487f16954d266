package org.rosette.leopard;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record that a catalogue entry was the same animal as another: where its id leads
 * now, who merged it and why.
 */
@Entity
@Table(name = "leopard_merges")
public class LeopardMerge {

	@Id
	private Long mergedId;

	@Column(nullable = false)
	private Long survivorId;

	@Column(nullable = false, length = 20)
	private String mergedCode;

	@Column(nullable = false, length = 60)
	private String mergedName;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(nullable = false, length = 50)
	private String mergedBy;

	@Column(nullable = false)
	private Instant mergedAt;

	protected LeopardMerge() {
	}

	LeopardMerge(Leopard merged, Leopard survivor, String reason, String mergedBy, Instant mergedAt) {
		this.mergedId = merged.getId();
		this.survivorId = survivor.getId();
		this.mergedCode = merged.getCode();
		this.mergedName = merged.getName();
		this.reason = reason;
		this.mergedBy = mergedBy;
		this.mergedAt = mergedAt;
	}

	/** An earlier merge into the entry now merged leads on to the new survivor. */
	void leadTo(Leopard survivor) {
		this.survivorId = survivor.getId();
	}

	public Long getMergedId() {
		return mergedId;
	}

	public Long getSurvivorId() {
		return survivorId;
	}

	public String getMergedCode() {
		return mergedCode;
	}

	public String getMergedName() {
		return mergedName;
	}

	public String getReason() {
		return reason;
	}

	public String getMergedBy() {
		return mergedBy;
	}

	public Instant getMergedAt() {
		return mergedAt;
	}

}
