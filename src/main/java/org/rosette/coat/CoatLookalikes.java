package org.rosette.coat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.rosette.leopard.CoatResemblance;
import org.springframework.stereotype.Service;

/**
 * Whether another catalogue entry's flank photos show this entry's coat: each of its
 * reference photos is matched against the rest of the gallery as a sighting's photo would
 * be, and a leopard that stands out as a sighting's identification would is named.
 */
@Service
class CoatLookalikes implements CoatResemblance {

	private final CoatGallery gallery;

	private final CoatVerdict verdict = new CoatVerdict();

	CoatLookalikes(CoatGallery gallery) {
		this.gallery = gallery;
	}

	@Override
	public Set<Long> resembling(long leopardId) {
		CoatIndex<CoatGallery.Photo> index = gallery.index().index();
		List<CoatIndex.PhotoMatch<CoatGallery.Photo>> matches = new ArrayList<>();
		for (CoatIndex.Entry<CoatGallery.Photo> own : index.entries()) {
			if (own.leopardId() == leopardId) {
				index.match(own.print()).stream().filter(m -> m.entry().leopardId() != leopardId).forEach(matches::add);
			}
		}
		List<CoatVerdict.Candidate> ranked = verdict.rank(matches);
		return verdict.newIndividual(ranked) ? Set.of() : Set.of(ranked.get(0).leopardId());
	}

}
