package org.rosette.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The site speaks English, Russian and Chinese. A visitor picks one with {@code ?lang=};
 * the choice is kept in a cookie. Without a choice the browser's language wins when it is
 * one of ours, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.CHINESE);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rosette-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLocaleChange());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// Browsers ask for /favicon.ico on their own; the icon is an SVG.
		registry.addRedirectViewController("/favicon.ico", "/favicon.svg");
	}

	static Locale supported(Locale wanted) {
		if (wanted == null) {
			return Locale.ENGLISH;
		}
		return SUPPORTED.stream()
			.filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

	/**
	 * Accepts {@code ?lang=} only for the languages the site is written in; anything else
	 * means English.
	 */
	static class SupportedLocaleChange extends LocaleChangeInterceptor {

		SupportedLocaleChange() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String localeValue) {
			Locale parsed = super.parseLocaleValue(localeValue);
			return parsed == null ? null : supported(parsed);
		}

	}

}
