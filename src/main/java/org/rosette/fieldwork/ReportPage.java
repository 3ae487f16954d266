package org.rosette.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.rosette.leopard.PublicLeopards;
import org.rosette.system.MapTiles;
import org.rosette.system.ParkArea;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What every report form shows besides its own fields: the park on a map, the leopards,
 * the limits.
 */
@Component
public class ReportPage {

	private final ParkArea park;

	private final MapTiles tiles;

	private final PublicLeopards catalogue;

	private final HandedInPhotos photos;

	private final MessageSource messages;

	private final Clock clock;

	ReportPage(ParkArea park, MapTiles tiles, PublicLeopards catalogue, HandedInPhotos photos, MessageSource messages,
			Clock clock) {
		this.park = park;
		this.tiles = tiles;
		this.catalogue = catalogue;
		this.photos = photos;
		this.messages = messages;
		this.clock = clock;
	}

	public ParkArea park() {
		return park;
	}

	public Instant now() {
		return clock.instant();
	}

	public void describe(Model model) {
		model.addAttribute("park", park);
		model.addAttribute("mapTiles", tiles);
		model.addAttribute("leopards", catalogue.all());
		model.addAttribute("maxPhotos", photos.maxPerSubmission());
		model.addAttribute("latestTime", FormValues.localTime(now(), park.zone()));
	}

	/**
	 * Shows {@code form} instead of the one that was bound, keeping the errors found so
	 * far: used when values were taken from the photos, so the ranger sees them.
	 */
	public BindingResult replace(String name, Object form, BindingResult errors, Model model) {
		BindingResult refilled = new BeanPropertyBindingResult(form, name);
		refilled.addAllErrors(errors);
		model.addAttribute(name, form);
		model.addAllAttributes(refilled.getModel());
		return refilled;
	}

	public List<String> say(List<MessageSourceResolvable> notes, Locale locale) {
		return notes.stream().map(note -> messages.getMessage(note, locale)).toList();
	}

}
