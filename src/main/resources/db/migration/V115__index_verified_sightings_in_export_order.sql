-- The exports read verified sightings in keyset chunks ordered by (observed_at, id). With the id in the index the
-- database reads each chunk in index order and stops after it; without it H2 sorted every row after the chunk's start
-- for each chunk (a million-row export took hours). The new index serves everything the old one did.
CREATE INDEX ix_sightings_status_observed_id ON sightings (status, observed_at, id);
DROP INDEX ix_sightings_status_observed;
