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

	static String coat(Leopard leopard) {
		Random random = new Random(leopard.getCode().hashCode());
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200\" role=\"img\">");
		svg.append("<defs><radialGradient id=\"fur\" cx=\"50%\" cy=\"40%\" r=\"75%\">")
			.append("<stop offset=\"0\" stop-color=\"#f2cf8f\"/><stop offset=\"1\" stop-color=\"#c98a3c\"/>")
			.append("</radialGradient></defs>");
		svg.append("<rect width=\"320\" height=\"200\" fill=\"url(#fur)\"/>");
		for (int row = 0; row < 5; row++) {
			for (int col = 0; col < 8; col++) {
				double x = 20 + col * 40 + (row % 2) * 20 + random.nextGaussian() * 5;
				double y = 20 + row * 40 + random.nextGaussian() * 5;
				rosette(svg, x, y, 9 + random.nextDouble() * 7, random);
			}
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * A broken ring of dark spots around a darker centre: the mark the rangers read on
	 * camera-trap photos.
	 */
	private static void rosette(StringBuilder svg, double x, double y, double radius, Random random) {
		svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#b3702a\"/>",
				x, y, radius * 0.7));
		int spots = 4 + random.nextInt(3);
		double turn = random.nextDouble() * Math.PI;
		for (int i = 0; i < spots; i++) {
			double angle = turn + i * 2 * Math.PI / spots;
			svg.append(String.format(java.util.Locale.ROOT,
					"<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"#2b1d12\"/>",
					x + Math.cos(angle) * radius, y + Math.sin(angle) * radius, radius * 0.38, radius * 0.26));
		}
	}

}
