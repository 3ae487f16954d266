package org.rosette.campaign.web;

import org.rosette.system.FreeText;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rosette.campaign.Donation;
import org.rosette.campaign.DonationChannel;
import org.rosette.campaign.DonationDetails;
import org.rosette.system.EditConflict;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One gift; a blank donor name records it as anonymous. {@code version} is the version a
 * correction started from.
 */
record DonationForm(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate donatedOn, @Size(max = 120) String donorName,
		@NotNull DonationChannel channel, @Size(max = 1000) String note, Long version) {

	static DonationForm empty(LocalDate today) {
		return new DonationForm(null, today, "", DonationChannel.BANK_TRANSFER, "", null);
	}

	static DonationForm of(Donation d) {
		return new DonationForm(d.getAmount(), d.getDonatedOn(), d.getDonorName(), d.getChannel(), d.getNote(),
				d.getVersion());
	}

	DonationForm withVersion(long newVersion) {
		return new DonationForm(amount, donatedOn, donorName, channel, note, newVersion);
	}

	/** This correction beside the one someone else saved meanwhile. */
	EditConflict conflictWith(Donation saved) {
		return EditConflict.titled("admin.conflict.title.donation")
			.row("amount", "admin.donation.amountShort", amount, saved.getAmount())
			.row("donatedOn", "admin.donation.donatedOn", donatedOn, saved.getDonatedOn())
			.row("donorName", "admin.donation.donor", donorName, saved.getDonorName())
			.choice("channel", "admin.donation.channel", channel, saved.getChannel(), "admin.channel.")
			.row("note", "admin.donation.note", note, saved.getNote());
	}

	DonationDetails details() {
		return new DonationDetails(amount, donatedOn, FreeText.orNull(donorName), channel, FreeText.orNull(note));
	}

}
