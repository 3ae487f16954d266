-- The observation a sighting was imported from (Camtrap DP observationID), so that importing a file twice adds nothing.
ALTER TABLE sightings ADD COLUMN source_observation_id VARCHAR(100);

CREATE UNIQUE INDEX ux_sightings_source_observation ON sightings (source_observation_id);
