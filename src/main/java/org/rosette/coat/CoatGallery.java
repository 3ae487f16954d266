package org.rosette.coat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The catalogue's extracted flank photos as one in-memory index, rebuilt when the
 * extracted catalogue changes (a new or replaced photo, a merge). Every instance builds
 * its own from the database, so all instances suggest alike.
 */
@Component
class CoatGallery {

	/** Which catalogue photo a gallery entry is. */
	record Photo(long leopardPhotoId, String flank) {
	}

	private final CoatPrintStore prints;

	private volatile Snapshot current = new Snapshot("", new CoatIndex<>(List.of()));

	CoatGallery(CoatPrintStore prints) {
		this.prints = prints;
	}

	Snapshot index() {
		String signature = prints.gallerySignature();
		Snapshot snapshot = current;
		if (snapshot.signature().equals(signature)) {
			return snapshot;
		}
		synchronized (this) {
			if (!current.signature().equals(signature)) {
				List<CoatIndex.Entry<Photo>> entries = new ArrayList<>();
				for (CoatPrintStore.GalleryPrint print : prints.gallery()) {
					entries.add(new CoatIndex.Entry<>(new Photo(print.leopardPhotoId(), print.flank()),
							print.leopardId(), CoatPrint.fromBytes(print.features())));
				}
				current = new Snapshot(signature, new CoatIndex<>(entries));
			}
			return current;
		}
	}

	record Snapshot(String signature, CoatIndex<Photo> index) {
	}

}
