package org.rosette.sighting;

import org.rosette.support.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link PublicTallyCases} on PostgreSQL: the same statements, another planner and
 * another way of locking.
 */
@SpringBootTest
@PostgresDatabase
class PublicTalliesPostgresTests extends PublicTallyCases {

}
