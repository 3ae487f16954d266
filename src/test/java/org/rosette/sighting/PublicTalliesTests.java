package org.rosette.sighting;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link PublicTallyCases} on the embedded H2. */
@SpringBootTest
class PublicTalliesTests extends PublicTallyCases {

}
