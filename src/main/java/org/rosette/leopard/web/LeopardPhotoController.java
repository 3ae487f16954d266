package org.rosette.leopard.web;

import java.time.Duration;

import org.rosette.leopard.Flank;
import org.rosette.leopard.PublicLeopards;
import org.rosette.photo.PhotoStore;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference photos for everyone: only the re-encoded display copy, which carries no EXIF
 * or GPS.
 */
@RestController
class LeopardPhotoController {

	private final PublicLeopards catalogue;

	private final PhotoStore photos;

	LeopardPhotoController(PublicLeopards catalogue, PhotoStore photos) {
		this.catalogue = catalogue;
		this.photos = photos;
	}

	@GetMapping("/leopards/{id}/photos/{flank}.jpg")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable Flank flank) {
		return catalogue.referencePhotos(id)
			.stream()
			.filter(p -> p.getFlank() == flank)
			.findFirst()
			.flatMap(p -> photos.display(p.getStorageKey()))
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.body(file))
			.orElse(ResponseEntity.notFound().build());
	}

}
