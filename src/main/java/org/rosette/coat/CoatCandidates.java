package org.rosette.coat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rosette.leopard.Leopard;
import org.rosette.leopard.Leopards;

import org.springframework.stereotype.Service;

/**
 * Suggests who a sighting shows, from the coat pattern on its photos: the catalogue's
 * leopards best first, each with the photo pair that speaks for it and the keypoints that
 * matched, and whether it is probably an individual the catalogue does not hold.
 */
@Service
public class CoatCandidates {

	/** At most this many suggestions. */
	public static final int LIMIT = 10;

	private static final int PAIRS_SHOWN = 40;

	private static final int CACHED = 256;

	private final CoatPrintStore prints;

	private final CoatGallery gallery;

	private final Leopards catalogue;

	private final CoatVerdict verdict = new CoatVerdict();

	private final Map<String, Suggestions> recent = Collections
		.synchronizedMap(new LinkedHashMap<>(CACHED, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Suggestions> eldest) {
				return size() > CACHED;
			}
		});

	CoatCandidates(CoatPrintStore prints, CoatGallery gallery, Leopards catalogue) {
		this.prints = prints;
		this.gallery = gallery;
		this.catalogue = catalogue;
	}

	public Suggestions forSighting(long sightingId) {
		List<CoatPrintStore.QueryPrint> photos = prints.sighting(sightingId);
		CoatGallery.Snapshot snapshot = gallery.index();
		StringBuilder key = new StringBuilder().append(sightingId).append('|').append(snapshot.signature());
		photos.forEach(p -> key.append('|').append(p.sightingPhotoId()).append(p.state()));
		Suggestions cached = recent.get(key.toString());
		if (cached != null) {
			return cached;
		}
		Suggestions suggestions = match(photos, snapshot.index());
		recent.put(key.toString(), suggestions);
		return suggestions;
	}

	private Suggestions match(List<CoatPrintStore.QueryPrint> photos, CoatIndex<CoatGallery.Photo> index) {
		List<CoatIndex.PhotoMatch<CoatGallery.Photo>> matches = new ArrayList<>();
		Map<CoatIndex.PhotoMatch<?>, CoatPrintStore.QueryPrint> queryOf = new java.util.IdentityHashMap<>();
		Map<CoatPrintStore.QueryPrint, CoatPrint> decoded = new java.util.IdentityHashMap<>();
		int waiting = 0;
		for (CoatPrintStore.QueryPrint photo : photos) {
			if (photo.features() == null) {
				waiting += "FAILED".equals(photo.state()) ? 0 : 1;
				continue;
			}
			CoatPrint print = CoatPrint.fromBytes(photo.features());
			decoded.put(photo, print);
			for (var match : index.match(print)) {
				matches.add(match);
				queryOf.put(match, photo);
			}
		}
		List<CoatVerdict.Candidate> ranked = verdict.rank(matches);
		List<Suggestion> items = new ArrayList<>();
		for (CoatVerdict.Candidate candidate : ranked.subList(0, Math.min(LIMIT, ranked.size()))) {
			Optional<Leopard> leopard = catalogue.find(candidate.leopardId());
			if (leopard.isEmpty()) {
				continue;
			}
			@SuppressWarnings("unchecked")
			var best = (CoatIndex.PhotoMatch<CoatGallery.Photo>) candidate.best();
			CoatPrintStore.QueryPrint query = queryOf.get(best);
			CoatPrint queryPrint = decoded.get(query);
			CoatPrint galleryPrint = best.entry().print();
			items.add(new Suggestion(candidate.leopardId(), leopard.get().getCode(), leopard.get().getName(),
					Math.round(candidate.score() * 100) / 100.0, best.entry().key().flank(),
					"/leopards/" + candidate.leopardId() + "/photos/" + best.entry().key().flank() + ".jpg",
					galleryPrint.width(), galleryPrint.height(),
					"/ranger/photos/" + query.storageKey() + "/display.jpg", queryPrint.width(), queryPrint.height(),
					best.pairs().subList(0, Math.min(PAIRS_SHOWN, best.pairs().size()))));
		}
		boolean extracted = !decoded.isEmpty();
		return new Suggestions(items, extracted && verdict.newIndividual(ranked), waiting, photos.size());
	}

	/**
	 * What the coat says about a sighting.
	 *
	 * @param items leopards best first, at most {@link #LIMIT}
	 * @param newIndividual probably a leopard the catalogue does not hold
	 * @param waiting photos whose features are not extracted yet
	 * @param photos photos of the sighting
	 */
	public record Suggestions(List<Suggestion> items, boolean newIndividual, int waiting, int photos) {

		public List<Suggestion> top(int n) {
			return items.subList(0, Math.min(n, items.size()));
		}

	}

	/**
	 * One suggested leopard and the two photos that match best, with the matched
	 * keypoints in each photo's display pixels.
	 */
	public record Suggestion(long leopardId, String code, String name, double score, String flank, String galleryUrl,
			int galleryWidth, int galleryHeight, String queryUrl, int queryWidth, int queryHeight,
			List<CoatIndex.Pair> pairs) {

		/** The part of the sighting photo the matches lie in, as an SVG view box. */
		public String queryViewBox() {
			return viewBox(pairs.stream().map(p -> new double[] { p.queryX(), p.queryY() }).toList(), queryWidth,
					queryHeight);
		}

		/** The part of the catalogue photo the matches lie in, as an SVG view box. */
		public String galleryViewBox() {
			return viewBox(pairs.stream().map(p -> new double[] { p.galleryX(), p.galleryY() }).toList(), galleryWidth,
					galleryHeight);
		}

		/** Radius of a keypoint mark in the sighting photo's pixels. */
		public double queryDot() {
			return Math.max(queryWidth, queryHeight) / 150.0;
		}

		/** Radius of a keypoint mark in the catalogue photo's pixels. */
		public double galleryDot() {
			return Math.max(galleryWidth, galleryHeight) / 150.0;
		}

		private static String viewBox(List<double[]> points, int width, int height) {
			if (points.size() < 2) {
				return "0 0 " + width + " " + height;
			}
			double minX = width;
			double minY = height;
			double maxX = 0;
			double maxY = 0;
			for (double[] p : points) {
				minX = Math.min(minX, p[0]);
				minY = Math.min(minY, p[1]);
				maxX = Math.max(maxX, p[0]);
				maxY = Math.max(maxY, p[1]);
			}
			double margin = Math.max(maxX - minX, maxY - minY) * 0.2 + 20;
			double x = Math.max(0, minX - margin);
			double y = Math.max(0, minY - margin);
			double w = Math.min(width, maxX + margin) - x;
			double h = Math.min(height, maxY + margin) - y;
			return String.format(java.util.Locale.ROOT, "%.0f %.0f %.0f %.0f", x, y, w, h);
		}

	}

}
