package org.rosette.campaign.web;

import java.time.Duration;
import java.util.Optional;

import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignProgress;
import org.rosette.campaign.Campaigns;
import org.rosette.campaign.PublicCampaigns;
import org.rosette.photo.PhotoStore;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cover photos: the public gets a public campaign's display copy (no metadata); admins
 * see drafts' covers too.
 */
@RestController
class CampaignCoverController {

	private final PublicCampaigns campaigns;

	private final Campaigns records;

	private final PhotoStore photos;

	CampaignCoverController(PublicCampaigns campaigns, Campaigns records, PhotoStore photos) {
		this.campaigns = campaigns;
		this.records = records;
		this.photos = photos;
	}

	@GetMapping("/campaigns/{slug}/cover.jpg")
	ResponseEntity<Resource> publicCover(@PathVariable String slug) {
		return jpeg(campaigns.publicCampaign(slug).map(CampaignProgress::campaign),
				CacheControl.maxAge(Duration.ofHours(1)));
	}

	@GetMapping("/admin/campaigns/{id}/cover.jpg")
	ResponseEntity<Resource> adminCover(@PathVariable long id) {
		return jpeg(records.find(id), CacheControl.noStore());
	}

	private ResponseEntity<Resource> jpeg(Optional<Campaign> campaign, CacheControl cache) {
		return campaign.map(Campaign::getCoverKey)
			.flatMap(photos::display)
			.map(file -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(cache).body(file))
			.orElse(ResponseEntity.notFound().build());
	}

}
