package org.rosette.audit;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rosette.campaign.Campaign;
import org.rosette.campaign.CampaignDetails;
import org.rosette.campaign.Campaigns;
import org.rosette.campaign.DonationBook;
import org.rosette.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real PostgreSQL: Envers writes the revision tables Flyway made, and gifts add up
 * in NUMERIC to the cent.
 */
@SpringBootTest
@PostgresDatabase
class AuditTrailPostgresTests {

	@Autowired
	Campaigns records;

	@Autowired
	DonationBook book;

	@Autowired
	AuditTrail trail;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anEditIsSignedAndShownBeforeAndAfter() {
		signIn("pg-admin");
		Campaign campaign = records.create(details("Trail on PostgreSQL", "1000.00"), null);
		records.revise(campaign.getId(), campaign.getVersion(), details("Trail on PostgreSQL, revised", "1200.50"),
				null);

		List<AuditEntry> entries = trail
			.search(new AuditFilter("Campaign", "pg-admin", LocalDate.now().minusDays(1), null), 0, 10)
			.entries();
		assertThat(entries).hasSize(2);
		AuditEntry edit = entries.get(0);
		assertThat(edit.kind()).isEqualTo("MOD");
		assertThat(edit.fields()).filteredOn(AuditEntry.Field::changed)
			.extracting(f -> f.name() + ": " + f.before().text() + " → " + f.after().text())
			.contains("title: Trail on PostgreSQL → Trail on PostgreSQL, revised", "goalAmount: 1000.00 → 1200.50");
	}

	@Test
	void giftsImportedFromCsvAddUpExactly() {
		signIn("pg-admin");
		Campaign campaign = records.create(details("Cents on PostgreSQL", "0.50"), null);
		records.activate(campaign.getId(), 0);
		int count = book.importCsv(campaign.getId(), new StringReader("""
				amount,date,donor,channel,note
				0.10,2026-01-01,,ONLINE,
				0.20,2026-01-01,,ONLINE,
				0.41,2026-01-02,,CASH,
				"""), "pg-admin");

		assertThat(count).isEqualTo(3);
		var progress = records.withProgress(campaign.getId()).orElseThrow();
		assertThat(progress.raisedAmount()).isEqualTo(new BigDecimal("0.71"));
		assertThat(progress.progressPercent()).isEqualTo(142);
		assertThat(progress.barPercent()).isEqualTo(100);
	}

	private static CampaignDetails details(String title, String goal) {
		return new CampaignDetails(title, "", "Summary", "Body", new BigDecimal(goal), "EUR", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "https://donate.example.org/pg", false);
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
	}

}
