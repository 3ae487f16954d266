-- Where and when the public places a sighting (cell centre, park month as YYYYMM), worked out by the application's one
-- privacy rule when a sighting is written, so that the public map and counts are GROUP BY queries. Rows that arrive
-- outside the application (a restore, a bulk SQL load) are left NULL and filled in at start-up.
ALTER TABLE sightings ADD COLUMN public_latitude DOUBLE PRECISION;
ALTER TABLE sightings ADD COLUMN public_longitude DOUBLE PRECISION;
ALTER TABLE sightings ADD COLUMN park_month INTEGER;

CREATE INDEX ix_sightings_park_month ON sightings (park_month, status);

-- The grid and time zone the stored public places were worked out with; when the settings change they are redone.
CREATE TABLE public_grid (
    id           INTEGER      NOT NULL PRIMARY KEY,
    cell_degrees DECIMAL(9, 6) NOT NULL,
    zone         VARCHAR(64)  NOT NULL,
    CONSTRAINT ck_public_grid_single CHECK (id = 1)
);
