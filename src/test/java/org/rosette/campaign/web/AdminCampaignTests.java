package org.rosette.campaign.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosette.account.Account;
import org.rosette.account.AccountRepository;
import org.rosette.account.Role;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignRepository;
import org.rosette.campaign.CampaignStatus;
import org.rosette.support.ShownPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaign form's rules, the public's view of drafts, and two admins editing at once,
 * through the web layer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminCampaignTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRepository campaigns;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void secondAdmin() {
		if (!accounts.existsByUsername("admin2")) {
			accounts.save(new Account("admin2", encoder.encode("second-admin-pw"), "Second Admin", Role.ADMIN));
		}
	}

	@Test
	void campaignsAreListedAPageAtATimeDraftsFirstWithTheirCount() throws Exception {
		for (int i = 0; i <= AdminCampaignController.PAGE_SIZE; i++) {
			Campaign closed = new Campaign("listed-" + unique(), "Listed " + i, "Summary", "Body",
					new BigDecimal("100.00"), "USD", LocalDate.of(2020, 1, 1), null, null);
			closed.activate();
			closed.close();
			campaigns.save(closed);
		}
		campaigns.save(new Campaign("listed-draft-" + unique(), "Listed draft", "Summary", "Body",
				new BigDecimal("100.00"), "USD", LocalDate.of(2019, 1, 1), null, null));
		long all = campaigns.count();

		Page<?> first = ShownPage.of(mvc.perform(asAdmin(get("/admin/campaigns")))
			.andExpect(content().string(containsString(all + " in all")))
			.andExpect(content().string(containsString("/admin/campaigns?page=2"))), "campaigns");

		assertThat(first.getContent()).hasSize(AdminCampaignController.PAGE_SIZE);
		assertThat(first.getTotalElements()).isEqualTo(all);
		assertThat(first.getContent().get(0)).extracting("campaign.status").isEqualTo(CampaignStatus.DRAFT);
	}

	@Test
	void anAdminCreatesADraftWithASlugProposedFromTheTitle() throws Exception {
		String title = "Снежный барс " + unique();
		mvc.perform(asAdmin(post("/admin/campaigns/new"))
			.params(form(title, "", "2026-01-01", "2026-06-01", "https://donate.example.org/x")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/campaigns"));

		Campaign saved = campaigns.findAll().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
		assertThat(saved.getSlug()).startsWith("snezhnyy-bars-");
		assertThat(saved.getStatus()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(saved.getGoalAmount()).isEqualByComparingTo("5000.50");
	}

	@Test
	void theEndMustComeAfterTheStartAndNothingIsStored() throws Exception {
		String title = "Dates " + unique();
		mvc.perform(asAdmin(post("/admin/campaigns/new")).params(form(title, "", "2026-06-01", "2026-06-01", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"endsOn-error\""),
					containsString("The end must come after the start."), containsString("value=\"" + title + "\""))));
		assertThat(campaigns.findAll()).noneMatch(c -> c.getTitle().equals(title));
	}

	@Test
	void theDonationLinkMustBeHttps() throws Exception {
		String title = "Link " + unique();
		mvc.perform(asAdmin(post("/admin/campaigns/new"))
			.params(form(title, "", "2026-01-01", "", "http://donate.example.org/x")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"donateUrl-error\""), containsString("must start with https://"))));
		mvc.perform(
				asAdmin(post("/admin/campaigns/new")).params(form(title, "", "2026-01-01", "", "javascript:alert(1)")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"donateUrl-error\"")));
		assertThat(campaigns.findAll()).noneMatch(c -> c.getTitle().equals(title));
	}

	@Test
	void theCurrencyIsAnIsoCode() throws Exception {
		String title = "Currency " + unique();
		mvc.perform(asAdmin(post("/admin/campaigns/new")).params(form(title, "", "2026-01-01", "", ""))
			.param("currency", "XYZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"currency-error\"")));
		assertThat(campaigns.findAll()).noneMatch(c -> c.getTitle().equals(title));
	}

	@Test
	void theSlugIsStableOnceTheCampaignIsActive() throws Exception {
		Campaign campaign = draft("stable-" + unique(), "Body");
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/activate", campaign.getId())).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Campaign active = campaigns.findById(campaign.getId()).orElseThrow();
		assertThat(active.getStatus()).isEqualTo(CampaignStatus.ACTIVE);

		mvc.perform(asAdmin(post("/admin/campaigns/{id}/edit", campaign.getId()))
			.params(form("Renamed", "another-address", "2026-01-01", "", ""))
			.param("version", String.valueOf(active.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"slug-error\""),
					containsString("its address stays " + campaign.getSlug()))));

		Campaign after = campaigns.findById(campaign.getId()).orElseThrow();
		assertThat(after.getSlug()).isEqualTo(campaign.getSlug());
		assertThat(after.getTitle()).isEqualTo(campaign.getTitle());
	}

	@Test
	void statusesOnlyMoveForwardFromDraftToActiveToClosed() throws Exception {
		Campaign campaign = draft("steps-" + unique(), "Body");
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/close", campaign.getId())).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(campaigns.findById(campaign.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.DRAFT);
	}

	@Test
	void aDraftIsInvisibleOnEveryPublicPageAndInTheApi() throws Exception {
		Campaign campaign = draft("secret-draft-" + unique(), "Not for the public");
		campaign.feature(true);
		campaigns.save(campaign);

		mvc.perform(get("/campaigns")).andExpect(content().string(not(containsString(campaign.getSlug()))));
		mvc.perform(get("/")).andExpect(content().string(not(containsString(campaign.getSlug()))));
		mvc.perform(get("/campaigns/{slug}", campaign.getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{slug}/cover.jpg", campaign.getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/campaigns"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(campaign.getSlug()))));
		mvc.perform(get("/api/v1/campaigns/{slug}", campaign.getSlug())).andExpect(status().isNotFound());
		// and a ranger, signed in, does not see it either: drafts are for admins
		mvc.perform(get("/campaigns/{slug}", campaign.getSlug()).with(user("ranger").roles("RANGER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aScriptInTheMarkdownNeverReachesThePublicPage() throws Exception {
		Campaign campaign = draft("script-" + unique(),
				"## Plan\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>");
		campaign.activate();
		campaigns.save(campaign);

		mvc.perform(get("/campaigns/{slug}", campaign.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2>Plan</h2>"), not(containsString("<script>alert")),
					not(containsString("<img src=x")), containsString("&lt;script&gt;"))));
	}

	@Test
	void twoAdminsEditingAtOnceLoseNothing() throws Exception {
		Campaign campaign = draft("conflict-" + unique(), "Original story");
		// both open the form: each sees version 0
		mvc.perform(asAdmin(get("/admin/campaigns/{id}/edit", campaign.getId())))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(as("admin2", get("/admin/campaigns/{id}/edit", campaign.getId())))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		// the first saves
		mvc.perform(asAdmin(post("/admin/campaigns/{id}/edit", campaign.getId()))
			.params(form("Title by the first admin", campaign.getSlug(), "2026-01-01", "", ""))
			.param("version", "0")).andExpect(status().is3xxRedirection());

		// the second saves from the same version: told, shown both, nothing overwritten
		mvc.perform(as("admin2", post("/admin/campaigns/{id}/edit", campaign.getId()))
			.params(form("Title by the second admin", campaign.getSlug(), "2026-01-01", "", ""))
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"conflict\""),
					containsString("Someone else saved this campaign while you were editing it"),
					containsString("<td class=\"mine\">Title by the second admin</td>"),
					containsString("<td class=\"saved\">Title by the first admin</td>"),
					containsString("name=\"version\" value=\"1\""))));
		assertThat(campaigns.findById(campaign.getId()).orElseThrow().getTitle()).isEqualTo("Title by the first admin");

		// having seen both, the second admin saves deliberately from the current version
		mvc.perform(as("admin2", post("/admin/campaigns/{id}/edit", campaign.getId()))
			.params(form("Title merged by the second admin", campaign.getSlug(), "2026-01-01", "", ""))
			.param("version", "1")).andExpect(status().is3xxRedirection());
		assertThat(campaigns.findById(campaign.getId()).orElseThrow().getTitle())
			.isEqualTo("Title merged by the second admin");
	}

	@Test
	void nobodyButAnAdminReachesTheCampaignAdmin() throws Exception {
		mvc.perform(get("/admin/campaigns").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/campaigns").with(user("ranger").roles("RANGER"))).andExpect(status().isForbidden());
		mvc.perform(asAdmin(get("/admin/campaigns"))).andExpect(status().isOk());
	}

	@Test
	void theAdminOverviewLinksEveryAdminPageAndTheMenuShowsOnlyToAdmins() throws Exception {
		mvc.perform(asAdmin(get("/admin")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/admin/review\""), containsString("href=\"/admin/import\""),
						containsString("href=\"/admin/audit\""), containsString("href=\"/admin/users\""),
						containsString("href=\"/admin/leopards\""), containsString("id=\"admin-menu\""))));
		mvc.perform(get("/")).andExpect(content().string(not(containsString("id=\"admin-menu\""))));
		mvc.perform(get("/").with(user("ranger").roles("RANGER")))
			.andExpect(content().string(not(containsString("id=\"admin-menu\""))));
	}

	private Campaign draft(String slug, String body) {
		return campaigns.save(new Campaign(slug, "Campaign " + slug, "Summary", body, new BigDecimal("1000.00"), "USD",
				LocalDate.of(2026, 1, 1), null, null));
	}

	static org.springframework.util.MultiValueMap<String, String> form(String title, String slug, String startsOn,
			String endsOn, String donateUrl) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("title", title);
		form.add("slug", slug);
		form.add("summary", "A summary");
		form.add("body", "A story");
		form.add("goalAmount", "5000.50");
		form.add("currency", "USD");
		form.add("startsOn", startsOn);
		form.add("endsOn", endsOn);
		form.add("donateUrl", donateUrl);
		return form;
	}

	static <B extends AbstractMockHttpServletRequestBuilder<B>> B asAdmin(B request) {
		return as("admin", request);
	}

	static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
		return request.with(user(username).roles("ADMIN")).with(csrf());
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
