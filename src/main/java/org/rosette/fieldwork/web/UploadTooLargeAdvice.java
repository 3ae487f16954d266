package org.rosette.fieldwork.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload past the multipart limits fails before any controller sees it, so there is no form to show the error
 * on. A ranger's form is opened again with the error beside its photo field (the typed input cannot be recovered:
 * the body was never read); anywhere else the usual 413 stands.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	static final String FLASH = "uploadTooLarge";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.matches("/ranger/[a-z]+(/\\d+)?/(new|edit)")) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put(FLASH, Boolean.TRUE);
		return "redirect:" + path;
	}

}
