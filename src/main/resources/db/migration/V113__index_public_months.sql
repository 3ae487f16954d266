-- The public counts read one park month of sightings live (the month the privacy delay ends in) and recount a month's
-- tallies after a review: this index holds every column they read, so both are index-only range scans of one month
-- instead of a visit to each row's page (rows of a month lie scattered over the table). It starts with the columns of
-- ix_sightings_park_month, which it replaces.
CREATE INDEX ix_sightings_public_month ON sightings (park_month, status, observed_at, public_latitude, public_longitude,
    leopard_id);

DROP INDEX ix_sightings_park_month;
