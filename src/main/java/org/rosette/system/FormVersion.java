package org.rosette.system;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The rule for every edit an admin makes from a form (campaigns, leopards, donations):
 * the form carries the version it was made from, and an edit made from any other version
 * is refused whole, so the last save never silently wins.
 */
public final class FormVersion {

	private FormVersion() {
	}

	/**
	 * @param startedFrom the version the form was made from; none counts as out of date
	 * @param saved the version now saved
	 * @throws ChangedMeanwhileException if they differ
	 */
	public static void require(@Nullable Long startedFrom, long saved, String record) {
		if (startedFrom == null || startedFrom != saved) {
			throw new ChangedMeanwhileException(record);
		}
	}

	/**
	 * Runs a save made from a form.
	 * @return false when someone else saved first: before it began (an old version) or
	 * while it ran (the database's version check at commit); nothing of it was stored
	 */
	public static boolean saved(Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (ChangedMeanwhileException | OptimisticLockingFailureException ex) {
			return false;
		}
	}

}
