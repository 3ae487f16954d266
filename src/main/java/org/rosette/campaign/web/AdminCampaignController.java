package org.rosette.campaign.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import jakarta.validation.Valid;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.Campaigns;
import org.rosette.photo.PhotoRejectedException;
import org.rosette.system.FormVersion;
import org.rosette.system.ParkArea;
import org.rosette.system.RejectedValuesException;
import org.rosette.system.Upload;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PublicCampaigns as admins keep them: the list with drafts, the form, and the steps
 * DRAFT → ACTIVE → CLOSED.
 */
@Controller
@RequestMapping("/admin/campaigns")
class AdminCampaignController {

	private static final String FORM = "admin/campaign-form";

	static final int PAGE_SIZE = 20;

	private final Campaigns records;

	private final ParkArea park;

	private final Clock clock;

	AdminCampaignController(Campaigns records, ParkArea park, Clock clock) {
		this.records = records;
		this.park = park;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("campaigns", records.page(Math.max(0, page - 1), PAGE_SIZE));
		return "admin/campaigns";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", CampaignForm.empty(park.today(clock)));
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors,
			@RequestParam(name = "cover", required = false) MultipartFile cover, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			Campaign campaign = records.create(form.details(), upload(cover));
			redirect.addFlashAttribute("saved", campaign.getTitle());
			return "redirect:/admin/campaigns";
		}
		catch (RejectedValuesException ex) {
			ex.rejectInto(errors);
		}
		catch (PhotoRejectedException ex) {
			model.addAttribute("coverError", ex);
		}
		return FORM;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Campaign campaign = campaign(id);
		model.addAttribute("form", CampaignForm.of(campaign));
		model.addAttribute("campaign", campaign);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult errors,
			@RequestParam(name = "cover", required = false) MultipartFile cover, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("campaign", campaign(id));
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			if (FormVersion.saved(() -> records.revise(id, form.version(), form.details(), upload(cover)))) {
				redirect.addFlashAttribute("saved", form.title().strip());
				return "redirect:/admin/campaigns";
			}
			return conflict(form, campaign(id), model);
		}
		catch (RejectedValuesException ex) {
			ex.rejectInto(errors);
		}
		catch (PhotoRejectedException ex) {
			model.addAttribute("coverError", ex);
		}
		return FORM;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, () -> records.activate(id, version), "admin.campaign.activated", redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return step(id, () -> records.close(id, version), "admin.campaign.closed", redirect);
	}

	private String step(long id, Runnable step, String done, RedirectAttributes redirect) {
		try {
			if (FormVersion.saved(step)) {
				redirect.addFlashAttribute("notice", done);
			}
			else {
				redirect.addFlashAttribute("problem", "admin.campaign.changedMeanwhile");
			}
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "admin.campaign.wrongStep");
		}
		return "redirect:/admin/campaigns/" + id + "/edit";
	}

	/**
	 * Their edit stays in the form, now based on the saved version: saving again is a
	 * deliberate choice.
	 */
	private String conflict(CampaignForm form, Campaign saved, Model model) {
		model.addAttribute("conflict", form.conflictWith(saved));
		model.addAttribute("form", form.withVersion(saved.getVersion()));
		model.addAttribute("campaign", saved);
		return FORM;
	}

	private Campaign campaign(long id) {
		return records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
					file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
