package org.rosette.opendata.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.rosette.opendata.CameraTrapImports;
import org.rosette.opendata.ImportJob;
import org.rosette.opendata.ImportProblem;
import org.rosette.opendata.ImportRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins upload a camera-trap CSV and watch it being imported; the page polls the job's
 * status as JSON.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	private final CameraTrapImports imports;

	private final MessageSource messages;

	ImportController(CameraTrapImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) UUID job, Model model) {
		model.addAttribute("job", job == null ? null : imports.status(job).orElse(null));
		return "opendata/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Authentication admin, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return refused("import.refused.noFile", new Object[0], model, response, locale);
		}
		Path upload = Files.createTempFile("rosette-import-", ".csv");
		try {
			file.transferTo(upload);
		}
		catch (IOException ex) {
			Files.deleteIfExists(upload);
			throw ex;
		}
		try {
			// From here the import owns the file: it deletes it when done, or at once
			// when it refuses it.
			UUID job = imports.start(upload, file.getOriginalFilename(), admin.getName());
			redirect.addAttribute("job", job);
			return "redirect:/admin/import";
		}
		catch (ImportRefusedException ex) {
			return refused(ex.getCode(), ex.getArguments(), model, response, locale);
		}
	}

	@GetMapping(path = "/jobs/{id}", produces = "application/json")
	@ResponseBody
	ResponseEntity<JobJson> status(@PathVariable UUID id, Locale locale) {
		ImportJob.Status status = imports.status(id).orElseThrow(() -> new NoSuchElementException("No import " + id));
		return ResponseEntity.ok(JobJson.of(status, problem -> messages.getMessage("import.problem.line",
				new Object[] { problem.line(), messages.getMessage(problem.code(), problem.arguments(), locale) },
				locale)));
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<Void> unknownJob() {
		return ResponseEntity.notFound().build();
	}

	private String refused(String code, Object[] arguments, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", messages.getMessage(code, arguments, locale));
		model.addAttribute("job", null);
		return "opendata/import";
	}

	/**
	 * A job's progress as the page's script reads it, with each problem already in the
	 * admin's language.
	 */
	record JobJson(UUID id, String fileName, ImportJob.State state, boolean over, int percent, long rows, long added,
			long alreadyImported, long skipped, long refused, List<String> problems, long problemsNotShown) {

		static JobJson of(ImportJob.Status s, Function<ImportProblem, String> text) {
			List<String> problems = s.problems().stream().map(text).toList();
			return new JobJson(s.id(), s.fileName(), s.state(), s.state().over(), s.percent(), s.rows(), s.added(),
					s.alreadyImported(), s.skipped(), s.refused(), problems,
					s.skipped() + s.refused() - problems.size());
		}

	}

}
