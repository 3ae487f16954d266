package org.rosette.system;

/**
 * Someone saved the record after this admin opened it: the edit starts from an old
 * version and nothing of it was stored. The API answers 409; a form shows both versions
 * ({@link EditConflict}).
 */
public class ChangedMeanwhileException extends ConflictException {

	public ChangedMeanwhileException(String record) {
		super(record + " was changed by someone else in the meantime; nothing was stored");
	}

}
