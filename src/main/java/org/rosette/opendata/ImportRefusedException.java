package org.rosette.opendata;

/**
 * A camera-trap file that cannot be imported at all (empty, not text, wrong separator, a
 * column missing). Carries a message key and its arguments, so the page can say why in
 * the admin's language.
 */
public class ImportRefusedException extends Exception {

	private final String code;

	private final transient Object[] arguments;

	ImportRefusedException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String getCode() {
		return code;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
