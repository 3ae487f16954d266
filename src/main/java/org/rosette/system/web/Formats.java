package org.rosette.system.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Money, dates and months written the way the reader's language writes them. Templates
 * call it as {@code @formats}; amounts stay {@link BigDecimal} all the way to the text.
 */
@Component("formats")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String money(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		// Whole sums read better without ".00"; cents are shown only when there are some.
		int digits = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(amount);
	}

	public String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/**
	 * A month such as "2025-03" or a {@link YearMonth}, written out: "March 2025", "март
	 * 2025", "2025年3月".
	 */
	public String month(Object month, Locale locale) {
		if (month == null) {
			return "";
		}
		YearMonth value = month instanceof YearMonth ym ? ym : YearMonth.parse(month.toString());
		String pattern = messages.getMessage("format.month", null, "MMMM yyyy", locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(value);
	}

}
