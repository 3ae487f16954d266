package org.rosette.leopard.web;

import java.time.Duration;
import java.util.Random;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.PublicLeopards;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A drawn stand-in for a portrait until real reference photos are uploaded: a patch of
 * coat whose rosettes are laid out from the leopard's code, so each individual keeps its
 * own pattern, as real ones do.
 */
@RestController
class LeopardPortraitController {

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final PublicLeopards catalogue;

	LeopardPortraitController(PublicLeopards catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/leopards/{id}/portrait.svg")
	ResponseEntity<String> portrait(@PathVariable long id) {
		return catalogue.find(id)
			.map(leopard -> ResponseEntity.ok()
				.contentType(SVG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(coat(leopard)))
			.orElse(ResponseEntity.notFound().build());
	}

	/** Ground colours of real coats, from pale winter fur to rich summer ochre. */
	private static final String[][] GROUNDS = { { "#f6dca6", "#d39a4c" }, { "#efc98a", "#b8752e" },
			{ "#f3d9b5", "#c9955a" }, { "#e9bb74", "#a8662a" }, { "#f8e6c2", "#d8a865" } };

	static String coat(Leopard leopard) {
		// Codes differ in a character or two; mixing the hash spreads them over the whole
		// seed space, so neighbours in the catalogue do not look alike.
		long seed = leopard.getCode().hashCode() * 0x9E3779B97F4A7C15L;
		Random random = new Random(seed ^ (seed >>> 29));
		String[] ground = GROUNDS[random.nextInt(GROUNDS.length)];
		double size = 7 + random.nextDouble() * 12;
		double spacing = size * (2.1 + random.nextDouble() * 0.9);
		double tilt = -35 + random.nextDouble() * 70;
		StringBuilder svg = new StringBuilder(6144);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200\" role=\"img\">");
		svg.append(String.format(java.util.Locale.ROOT,
				"<defs><radialGradient id=\"fur\" cx=\"%.0f%%\" cy=\"%.0f%%\" r=\"80%%\">",
				25 + random.nextDouble() * 50, 20 + random.nextDouble() * 40))
			.append("<stop offset=\"0\" stop-color=\"")
			.append(ground[0])
			.append("\"/><stop offset=\"1\" stop-color=\"")
			.append(ground[1])
			.append("\"/></radialGradient></defs>");
		svg.append("<rect width=\"320\" height=\"200\" fill=\"url(#fur)\"/>");
		svg.append(String.format(java.util.Locale.ROOT, "<g transform=\"rotate(%.1f 160 100)\">", tilt));
		// Rosettes scattered with a minimum distance between them, so the pattern is
		// irregular like a coat, not a grid.
		java.util.List<double[]> placed = new java.util.ArrayList<>();
		for (int attempt = 0; attempt < 900 && placed.size() < 70; attempt++) {
			double x = -60 + random.nextDouble() * 440;
			double y = -60 + random.nextDouble() * 320;
			double radius = size * (0.6 + random.nextDouble() * 0.8);
			boolean free = placed.stream()
				.noneMatch(p -> Math.hypot(p[0] - x, p[1] - y) < (p[2] + radius) * spacing / (2 * size));
			if (free) {
				placed.add(new double[] { x, y, radius });
				if (random.nextDouble() < 0.18) {
					spot(svg, x, y, radius * 0.45, random);
				}
				else {
					rosette(svg, x, y, radius, random);
				}
			}
		}
		svg.append("</g></svg>");
		return svg.toString();
	}

	/** A single solid spot, as on the legs and head. */
	private static void spot(StringBuilder svg, double x, double y, double radius, Random random) {
		svg.append(String.format(java.util.Locale.ROOT,
				"<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"#2b1d12\"/>", x, y, radius,
				radius * (0.6 + random.nextDouble() * 0.4)));
	}

	/**
	 * A broken ring of dark spots around a darker centre: the mark the rangers read on
	 * camera-trap photos.
	 */
	private static void rosette(StringBuilder svg, double x, double y, double radius, Random random) {
		svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#b3702a\"/>",
				x, y, radius * 0.7));
		int spots = 3 + random.nextInt(4);
		double turn = random.nextDouble() * Math.PI;
		for (int i = 0; i < spots; i++) {
			double angle = turn + i * 2 * Math.PI / spots;
			svg.append(String.format(java.util.Locale.ROOT,
					"<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"#2b1d12\"/>",
					x + Math.cos(angle) * radius, y + Math.sin(angle) * radius, radius * 0.38, radius * 0.26));
		}
	}

}
