package org.rosette.photo;

import org.jspecify.annotations.Nullable;

/**
 * A photo that cannot be accepted. Forms show {@link #messageKey()} with
 * {@link #messageArguments()} beside the field, for example
 * {@code errors.rejectValue("photos", e.messageKey(), e.messageArguments(), e.getMessage())}.
 */
public class PhotoRejectedException extends RuntimeException {

	/**
	 * Why a photo was refused; the limit in {@link #messageArguments()} is in the unit
	 * named here.
	 */
	public enum Reason {

		/** The file has no content. */
		EMPTY,
		/** The file is larger than allowed; limit in megabytes. */
		TOO_LARGE,
		/** The image has more pixels than allowed; limit in megapixels. */
		TOO_MANY_PIXELS,
		/** The content is not a JPEG or PNG image, whatever its name says. */
		NOT_AN_IMAGE,
		/**
		 * The content starts like a JPEG or PNG but cannot be decoded: cut short, damaged
		 * or of an unsupported kind.
		 */
		UNREADABLE,
		/** More photos than one submission may carry; limit in photos. */
		TOO_MANY_PHOTOS

	}

	private final Reason reason;

	private final String fileName;

	private final @Nullable Object limit;

	PhotoRejectedException(Reason reason, String fileName, String detail, @Nullable Object limit) {
		this(reason, fileName, detail, limit, null);
	}

	PhotoRejectedException(Reason reason, String fileName, String detail, @Nullable Object limit,
			@Nullable Throwable cause) {
		super(fileName + ": " + detail, cause);
		this.reason = reason;
		this.fileName = fileName;
		this.limit = limit;
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * The file's name as sent, cleaned of folders and control characters; empty for
	 * {@code TOO_MANY_PHOTOS}.
	 */
	public String fileName() {
		return fileName;
	}

	/** {@code photo.rejected.} and the reason, e.g. {@code photo.rejected.TOO_LARGE}. */
	public String messageKey() {
		return "photo.rejected." + reason.name();
	}

	/**
	 * {0} the file name, {1} the limit that was exceeded (in the reason's unit) or an
	 * empty string.
	 */
	public Object[] messageArguments() {
		return new Object[] { fileName, limit == null ? "" : limit };
	}

}
