package org.rosette.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign edit leaves a revision signed by the admin, shown with the values before and
 * after; nobody edits it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRepository campaigns;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCampaignEditIsRecordedWithWhoWhenBeforeAndAfter() throws Exception {
		String slug = "audited-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Campaign campaign = campaigns.save(new Campaign(slug, "Old title", "Summary", "Body", new BigDecimal("500.00"),
				"USD", LocalDate.of(2026, 1, 1), null, null));

		mvc.perform(post("/admin/campaigns/{id}/edit", campaign.getId()).with(user("auditor").roles("ADMIN"))
			.with(csrf())
			.param("title", "New title")
			.param("slug", slug)
			.param("summary", "Summary")
			.param("body", "Body")
			.param("goalAmount", "750.00")
			.param("currency", "USD")
			.param("startsOn", "2026-01-01")
			.param("version", "0")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForList(
				"""
						SELECT a.title, a.goal_amount, a.revtype, r.username FROM campaigns_aud a JOIN revisions r ON r.id = a.rev
						WHERE a.id = ? ORDER BY a.rev""",
				campaign.getId()))
			.extracting(row -> row.get("TITLE") + "|" + row.get("USERNAME") + "|" + row.get("REVTYPE"))
			.containsExactly("Old title|system|0", "New title|auditor|1");

		mvc.perform(get("/admin/audit").with(user("admin").roles("ADMIN"))
			.param("type", "Campaign")
			.param("user", "auditor"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("by auditor on"), containsString("data-field=\"title\""),
					containsString("<td class=\"before-value\">Old title</td>"),
					containsString("<td class=\"after-value\">New title</td>"),
					containsString("<td class=\"before-value\">500.00</td>"),
					containsString("<td class=\"after-value\">750.00</td>"),
					not(containsString("data-field=\"summary\"")))));
	}

	@Test
	void recordsAreNamedAndLinkedAndAnEmptyBeforeIsADash() throws Exception {
		mvc.perform(post("/admin/leopards/new").with(user("namer").roles("ADMIN"))
			.with(csrf())
			.param("code", "LEO-F98")
			.param("name", "Dashka")
			.param("sex", "FEMALE")
			.param("birthYear", "2020")).andExpect(status().is3xxRedirection());

		String page = mvc
			.perform(get("/admin/audit").with(user("admin").roles("ADMIN"))
				.param("type", "Leopard")
				.param("user", "namer")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document audit = org.jsoup.Jsoup.parse(page);
		assertThat(audit.select(".audit-entry a.audit-record").first().text()).isEqualTo("Dashka");
		assertThat(audit.select(".audit-entry a.audit-record").first().attr("href"))
			.matches("/admin/leopards/\\d+/edit");
		assertThat(audit.select("tr[data-field=name] .before-value").text()).isEqualTo("—");
		assertThat(audit.select("tr[data-field=name] .after-value").text()).isEqualTo("Dashka");
	}

	@Test
	void theTrailIsReadOnlyAndForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/audit").with(user("ranger").roles("RANGER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/audit").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(delete("/admin/audit").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void passwordHashesNeverReachTheTrail() {
		assertThat(jdbc.queryForList(
				"SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'users_aud'",
				String.class))
			.map(String::toLowerCase)
			.contains("username", "enabled", "password_changed_at")
			.doesNotContain("password_hash");
	}

}
