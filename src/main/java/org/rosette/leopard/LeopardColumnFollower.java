package org.rosette.leopard;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;

/**
 * A table of another module whose {@code leopard_id} follows a merge to the survivor, in
 * the merge's own transaction (the merged entry is deleted right after, which its rows
 * would block), and is counted for the admin beforehand.
 */
public abstract class LeopardColumnFollower implements MergeFollower {

	private final EntityManager entityManager;

	private final String table;

	private final String messageCode;

	/**
	 * @param table a table with a {@code leopard_id} column, named in code, never from
	 * input
	 */
	protected LeopardColumnFollower(EntityManager entityManager, String table, String messageCode) {
		this.entityManager = entityManager;
		this.table = table;
		this.messageCode = messageCode;
	}

	@EventListener
	public void on(LeopardsMerged merge) {
		entityManager.createNativeQuery("update " + table + " set leopard_id = :survivor where leopard_id = :merged")
			.setParameter("survivor", merge.survivorId())
			.setParameter("merged", merge.mergedId())
			.executeUpdate();
	}

	@Override
	public String messageCode() {
		return messageCode;
	}

	@Override
	public long countFor(long leopardId) {
		return ((Number) entityManager
			.createNativeQuery("select count(*) from " + table + " where leopard_id = :leopard")
			.setParameter("leopard", leopardId)
			.getSingleResult()).longValue();
	}

}
