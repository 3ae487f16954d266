package org.rosette.fieldwork;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.rosette.photo.PhotoRejectedException;
import org.rosette.system.RejectedValuesException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a field report's form is handed in, whatever it reports: photos checked,
 * time and place taken from them where left empty (and said so), every rule checked, a
 * point outside the park saved only once confirmed, and nothing saved until all of it is
 * acceptable.
 */
@Component
public class FieldReportFlow {

	private final ReportPage page;

	private final ReportRules rules;

	private final HandedInPhotos photos;

	FieldReportFlow(ReportPage page, ReportRules rules, HandedInPhotos photos) {
		this.page = page;
		this.rules = rules;
		this.photos = photos;
	}

	/**
	 * Saves the report through {@code save} when it is acceptable.
	 * @return whether it was saved; if not, the model holds the form again with its
	 * errors
	 */
	public <F extends FieldReportForm<F, R>, R extends FieldReport> boolean submit(String formName, F form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale, Consumer<Ready<R>> save) {
		HandedInPhotos.Checked checked = photos.check(form.photos(), errors);
		TakenFromPhotos taken = TakenFromPhotos.fill(checked, form.timeMissing(), form.placeMissing(),
				page.park().zone());
		if (taken.anything()) {
			form = form.with(taken);
			errors = page.replace(formName, form, errors, model);
			model.addAttribute("takenFromPhotos", page.say(taken.notes(), locale));
		}
		R report = form.toReport(page.park().zone(), errors);
		rules.check(report, errors);
		boolean outside = !errors.hasErrors() && page.park().isOutside(report.coordinates());
		if (errors.hasErrors() || (outside && !form.confirmedOutsidePark())) {
			model.addAttribute("outsidePark", outside);
			return again(model, checked);
		}
		try {
			save.accept(new Ready<>(report, checked.uploads()));
		}
		catch (RejectedValuesException ex) {
			ex.rejectInto(errors);
			return again(model, checked);
		}
		catch (PhotoRejectedException ex) {
			HandedInPhotos.reject(errors, ex);
			return again(model, checked);
		}
		redirect.addFlashAttribute("takenFromPhotos", page.say(taken.notes(), locale));
		return true;
	}

	private static boolean again(Model model, HandedInPhotos.Checked checked) {
		// Browsers never refill a file input: say so, or the photos would be silently
		// lost.
		model.addAttribute("reattachPhotos", checked.uploads().size());
		return false;
	}

	/** An acceptable report with the photos handed in with it. */
	public record Ready<R>(R report, List<PhotoUpload> photos) {
	}

}
