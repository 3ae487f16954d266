package org.rosette.demo;

import org.rosette.leopard.LeopardRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a believable park: the families from the field reports,
 * the rest of the population, years of verified sightings and a few campaigns. Runs only
 * with {@code rosette.demo=true}, and only once: a database that already holds the
 * catalogue is left alone. The flag is read when the application runs, not as a bean
 * condition, because an ahead-of-time build fixes bean conditions when it is built.
 */
@Component
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	static final String MARKER_CODE = "LEO-F01";

	private final LeopardRepository leopards;

	private final DemoAccounts accounts;

	private final DemoLeopards demoLeopards;

	private final DemoSightings sightings;

	private final DemoCampaigns campaigns;

	private final DemoCoats coats;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoContent(LeopardRepository leopards, DemoAccounts accounts, DemoLeopards demoLeopards, DemoSightings sightings,
			DemoCampaigns campaigns, DemoCoats coats, TransactionTemplate transaction,
			@Value("${rosette.demo:false}") boolean enabled) {
		this.leopards = leopards;
		this.accounts = accounts;
		this.demoLeopards = demoLeopards;
		this.sightings = sightings;
		this.campaigns = campaigns;
		this.coats = coats;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			DemoAccounts.Team team = accounts.ensure();
			if (leopards.existsByCode(MARKER_CODE)) {
				log.info("Demo content already present; leaving it as it is");
				return;
			}
			DemoLeopards.Catalogue catalogue = demoLeopards.create();
			int count = sightings.create(catalogue, team);
			campaigns.create();
			coats.create(catalogue, team.ranger().getUsername());
			log.info("Demo content loaded: {} leopards, {} sightings", catalogue.all().size(), count);
		});
	}

}
