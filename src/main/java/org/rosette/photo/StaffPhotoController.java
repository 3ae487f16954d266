package org.rosette.photo;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the metadata-free copies of evidence photos to rangers and admins (the security
 * configuration guards {@code /ranger/**}). Originals, which still carry the camera's
 * GPS, are never served over the web.
 */
@RestController
class StaffPhotoController {

	private final PhotoStore photos;

	StaffPhotoController(PhotoStore photos) {
		this.photos = photos;
	}

	@GetMapping("/ranger/photos/{key}/display.jpg")
	ResponseEntity<Resource> display(@PathVariable String key) {
		return jpeg(photos.display(key).orElse(null));
	}

	@GetMapping("/ranger/photos/{key}/thumbnail.jpg")
	ResponseEntity<Resource> thumbnail(@PathVariable String key) {
		return jpeg(photos.thumbnail(key).orElse(null));
	}

	private static ResponseEntity<Resource> jpeg(Resource copy) {
		if (copy == null) {
			return ResponseEntity.notFound().build();
		}
		// Private: the photo may show where a leopard was, so no shared cache may keep
		// it.
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(copy);
	}

}
