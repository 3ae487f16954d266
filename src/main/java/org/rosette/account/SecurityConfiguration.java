package org.rosette.account;

import jakarta.servlet.http.HttpServletRequest;

import org.rosette.system.MapTiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what. The public reads; rangers report from the field; admins review and
 * keep the records. Browsers sign in with a form and a session (CSRF-protected); scripts
 * and field devices use HTTP Basic on {@code /api/**}, statelessly.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final RequestMatcher API = pathPattern("/api/**");

	/**
	 * Where the browser may use the device's position: the ranger forms, on this site
	 * only.
	 */
	private static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";

	private static final long ONE_YEAR_SECONDS = 365L * 24 * 3600;

	/**
	 * CSRF rides on cookies a browser sends by itself. An API call with Basic
	 * credentials, or with no session at all, has no ambient authority to abuse, so it
	 * needs no token.
	 */
	private static final RequestMatcher NO_AMBIENT_CREDENTIALS = request -> carriesBasicCredentials(request)
			|| (API.matches(request) && request.getRequestedSessionId() == null);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AccountStamps> stamps,
			ObjectProvider<AuthenticationManager> signIn, ObjectProvider<MapTiles> tiles) throws Exception {
		ApiSecurityErrors apiErrors = new ApiSecurityErrors();
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/ranger/**")
			.hasRole("RANGER")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/population",
					"/api/v1/population/**")
			.hasRole("RANGER")
			.requestMatchers(HttpMethod.GET, "/api/v1/sightings/*/candidates")
			.hasRole("RANGER")
			.requestMatchers(HttpMethod.POST, "/api/v1/sightings/*/review")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/v1/sightings", "/api/v1/incidents")
			.hasRole("RANGER")
			.requestMatchers(HttpMethod.GET, "/api/**")
			.permitAll()
			.requestMatchers(API)
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").successHandler(new RoleLanding()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.httpBasic(basic -> basic.authenticationEntryPoint(apiErrors))
			.csrf(csrf -> csrf.ignoringRequestMatchers(NO_AMBIENT_CREDENTIALS))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiErrors, API)
				.defaultAccessDeniedHandlerFor(apiErrors, API))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						contentSecurityPolicy(tiles.getIfAvailable(() -> new MapTiles(MapTiles.OPEN_STREET_MAP, "")))))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions(frames -> frames.deny())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_SECONDS)));
		// Absent only in web slice tests, which sign in with mock users.
		signIn.ifAvailable(http::authenticationManager);
		stamps.ifAvailable(
				available -> http.addFilterAfter(new SessionStampFilter(available), BasicAuthenticationFilter.class));
		http.addFilterAfter(new SignedInCsrfToken(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Scripts and styles from the site only (inline style attributes are allowed, inline
	 * script never), images also from the map's tile server, no framing by anyone.
	 */
	static String contentSecurityPolicy(MapTiles tiles) {
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: "
				+ tiles.cspSource()
				+ "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Role.ADMIN.name()).implies(Role.RANGER.name()).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	private static boolean carriesBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
