package org.rosette.sighting.web;

import java.util.List;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;
import org.rosette.sighting.ReviewDecision;
import org.rosette.sighting.ReviewDecision.Verdict;
import org.rosette.sighting.SightingLockedException;
import org.rosette.sighting.Sighting;
import org.rosette.sighting.SightingReviews;
import org.rosette.sighting.Sightings;
import org.rosette.sighting.web.ReviewForms.FieldProblem;
import org.rosette.sighting.web.ReviewForms.MissingLeopard;
import org.rosette.sighting.web.ReviewForms.Notice;
import org.rosette.sighting.web.ReviewForms.RejectForm;
import org.rosette.sighting.web.ReviewForms.VerifyForm;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.RejectedValuesException.Rejection;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' review queue: each pending sighting, oldest first, with its exact place,
 * the ranger's notes and the candidate's coat pattern, to verify (and identify) or reject
 * with a reason.
 */
@Controller
@RequestMapping("/admin/review")
class ReviewController {

	private static final String QUEUE = "redirect:/admin/review";

	private final SightingReviews reviews;

	private final Leopards catalogue;

	private final ParkArea park;

	private final MapTiles tiles;

	private final Sightings sightings;

	ReviewController(SightingReviews reviews, Leopards catalogue, ParkArea park, MapTiles tiles, Sightings sightings) {
		this.reviews = reviews;
		this.sightings = sightings;
		this.catalogue = catalogue;
		this.park = park;
		this.tiles = tiles;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "0") int page, Model model) {
		org.springframework.data.domain.Page<Sighting> queue = reviews.queue(page);
		var photos = sightings.photosOf(queue.map(Sighting::getId).getContent());
		model.addAttribute("cards",
				queue.getContent()
					.stream()
					.map(s -> ReviewCard.of(s, park, photos.getOrDefault(s.getId(), List.of())))
					.toList());
		model.addAttribute("queue", queue);
		model.addAttribute("leopards", catalogue.all());
		model.addAttribute("tiles", tiles);
		model.addAttribute("park", park);
		return "sighting/review";
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, @Valid VerifyForm form, BindingResult errors, Authentication reviewer,
			RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			return again(model, new FieldProblem(id, "note", "review.error.noteTooLong"));
		}
		return decide(id, new ReviewDecision(Verdict.VERIFY, form.leopardId(), form.note()), reviewer, redirect, model);
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @Valid RejectForm form, BindingResult errors, Authentication reviewer,
			RedirectAttributes redirect, Model model) {
		if (errors.hasErrors()) {
			String key = form.reason() == null || form.reason().isBlank() ? "review.error.reasonRequired"
					: "review.error.reasonTooLong";
			return again(model, new FieldProblem(id, "reason", key));
		}
		return decide(id, new ReviewDecision(Verdict.REJECT, null, form.reason()), reviewer, redirect, model);
	}

	/** Offered after a missing leopard's sighting is verified: the animal is back. */
	@PostMapping("/leopards/{id}/alive")
	String markAlive(@PathVariable long id, RedirectAttributes redirect) {
		try {
			Leopard leopard = catalogue.markAlive(id);
			redirect.addFlashAttribute("notice", Notice.of("success", "review.done.markedAlive", leopard.getName()));
		}
		catch (NoSuchElementException ex) {
			redirect.addFlashAttribute("notice", Notice.of("warning", "review.error.noLeopard"));
		}
		return QUEUE;
	}

	private String decide(long id, ReviewDecision decision, Authentication reviewer, RedirectAttributes redirect,
			Model model) {
		try {
			SightingReviews.Outcome outcome = reviews.review(id, decision, reviewer.getName());
			redirect.addFlashAttribute("notice", done(id, outcome));
			Leopard leopard = outcome.sighting().getLeopard();
			if (outcome.missingLeopardSeen() && leopard != null) {
				redirect.addFlashAttribute("missingLeopard", new MissingLeopard(leopard.getId(), leopard.getName()));
			}
		}
		catch (RejectedValuesException ex) {
			return again(model, problem(id, decision, ex.rejections().get(0)));
		}
		catch (SightingLockedException | OptimisticLockingFailureException ex) {
			// Another admin got there first: not an error, just news.
			redirect.addFlashAttribute("notice", Notice.of("info", "review.error.alreadyReviewed", id));
		}
		catch (NoSuchElementException ex) {
			redirect.addFlashAttribute("notice", Notice.of("info", "review.error.gone", id));
		}
		return QUEUE;
	}

	private static Notice done(long id, SightingReviews.Outcome outcome) {
		if (outcome.sighting().getStatus() == org.rosette.sighting.ReviewStatus.REJECTED) {
			return Notice.of("success", "review.done.rejected", id);
		}
		Leopard leopard = outcome.sighting().getLeopard();
		return leopard == null ? Notice.of("success", "review.done.verified", id)
				: Notice.of("success", "review.done.identified", id, leopard.getName());
	}

	/**
	 * The queue says it in its own words beside its own fields: the reject form calls the
	 * decision's note its "reason".
	 */
	private static FieldProblem problem(long id, ReviewDecision decision, Rejection rejection) {
		return switch (rejection.field()) {
			case "leopardId" -> new FieldProblem(id, "leopardId", "review.error.unknownLeopard");
			case "note" -> new FieldProblem(id, decision.decision() == Verdict.REJECT ? "reason" : "note",
					rejection.messageCode());
			default -> new FieldProblem(id, rejection.field(), rejection.messageCode());
		};
	}

	private String again(Model model, FieldProblem problem) {
		model.addAttribute("problem", problem);
		return queue(0, model);
	}

}
