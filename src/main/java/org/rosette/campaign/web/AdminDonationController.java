package org.rosette.campaign.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.validation.Valid;

import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.Campaigns;
import org.rosette.campaign.Donation;
import org.rosette.campaign.DonationBook;
import org.rosette.campaign.DonationChannel;
import org.rosette.campaign.DonationImportException;
import org.rosette.system.FormVersion;
import org.rosette.system.RejectedValuesException;
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
 * A campaign's gifts: the list, one more by hand, a correction, or a whole CSV file at
 * once.
 */
@Controller
@RequestMapping("/admin/campaigns/{campaignId}/donations")
class AdminDonationController {

	private static final String PAGE = "admin/donations";

	private static final String EDIT = "admin/donation-form";

	static final int PAGE_SIZE = 50;

	private final Campaigns campaigns;

	private final DonationBook book;

	AdminDonationController(Campaigns campaigns, DonationBook book) {
		this.campaigns = campaigns;
		this.book = book;
	}

	@ModelAttribute("channels")
	DonationChannel[] channels() {
		return DonationChannel.values();
	}

	@GetMapping
	String list(@PathVariable long campaignId, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("form", DonationForm.empty(book.today()));
		return page(campaignId, page, model);
	}

	@PostMapping
	String record(@PathVariable long campaignId, @Valid @ModelAttribute("form") DonationForm form, BindingResult errors,
			Principal admin, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				book.record(campaignId, form.details(), admin.getName());
				redirect.addFlashAttribute("notice", "admin.donation.recorded");
				return "redirect:/admin/campaigns/" + campaignId + "/donations";
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		return page(campaignId, 1, model);
	}

	@PostMapping("/import")
	String importCsv(@PathVariable long campaignId, @RequestParam("file") MultipartFile file, Principal admin,
			Model model, RedirectAttributes redirect) throws IOException {
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int count = book.importCsv(campaignId, reader, admin.getName());
			redirect.addFlashAttribute("imported", count);
			return "redirect:/admin/campaigns/" + campaignId + "/donations";
		}
		catch (DonationImportException ex) {
			model.addAttribute("importProblems", ex.problems());
			model.addAttribute("form", DonationForm.empty(book.today()));
			return page(campaignId, 1, model);
		}
	}

	@GetMapping("/{donationId}/edit")
	String edit(@PathVariable long campaignId, @PathVariable long donationId, Model model) {
		model.addAttribute("form", DonationForm.of(donation(campaignId, donationId)));
		return editPage(campaignId, donationId, model);
	}

	@PostMapping("/{donationId}/edit")
	String correct(@PathVariable long campaignId, @PathVariable long donationId,
			@Valid @ModelAttribute("form") DonationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				if (FormVersion.saved(() -> book.correct(campaignId, donationId, form.version(), form.details()))) {
					redirect.addFlashAttribute("notice", "admin.donation.corrected");
					return "redirect:/admin/campaigns/" + campaignId + "/donations";
				}
				Donation saved = donation(campaignId, donationId);
				model.addAttribute("conflict", form.conflictWith(saved));
				model.addAttribute("form", form.withVersion(saved.getVersion()));
			}
			catch (RejectedValuesException ex) {
				ex.rejectInto(errors);
			}
		}
		return editPage(campaignId, donationId, model);
	}

	private String page(long campaignId, int page, Model model) {
		CampaignProgress progress = campaigns.withProgress(campaignId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("progress", progress);
		model.addAttribute("donations", book.of(campaignId, Math.max(0, page - 1), PAGE_SIZE));
		model.addAttribute("pageLink", "/admin/campaigns/" + campaignId + "/donations");
		return PAGE;
	}

	private String editPage(long campaignId, long donationId, Model model) {
		Donation donation = donation(campaignId, donationId);
		model.addAttribute("donation", donation);
		model.addAttribute("campaign", donation.getCampaign());
		return EDIT;
	}

	private Donation donation(long campaignId, long donationId) {
		try {
			return book.find(campaignId, donationId);
		}
		catch (java.util.NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
