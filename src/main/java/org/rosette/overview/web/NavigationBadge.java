package org.rosette.overview.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.rosette.overview.PendingReviews;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the pending-review count beside the admin menu, for admins only. Web slice tests
 * run without the count behind it; their pages then simply show no badge.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationBadge {

	private final ObjectProvider<PendingReviews> pending;

	NavigationBadge(ObjectProvider<PendingReviews> pending) {
		this.pending = pending;
	}

	@ModelAttribute("pendingReviews")
	@Nullable Long pendingReviews(HttpServletRequest request) {
		if (!request.isUserInRole("ADMIN")) {
			return null;
		}
		PendingReviews reviews = pending.getIfAvailable();
		return reviews == null ? null : reviews.count();
	}

}
