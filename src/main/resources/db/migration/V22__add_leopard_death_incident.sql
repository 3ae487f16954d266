-- A death may be tied to the incident report that found it (a snare, a carcass, a seized skin).
ALTER TABLE leopards ADD COLUMN death_incident_id BIGINT;
ALTER TABLE leopards ADD CONSTRAINT fk_leopards_death_incident FOREIGN KEY (death_incident_id) REFERENCES incidents (id);
ALTER TABLE leopards ADD CONSTRAINT ck_leopards_incident_only_when_deceased
    CHECK (status = 'DECEASED' OR death_incident_id IS NULL);
