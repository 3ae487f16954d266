-- Public lists read verified sightings newest park month first, then by cell and evidence (never by the exact time).
-- This index holds them in exactly that order, with the exact time last so the delay within the newest public month
-- is checked in the index: a page is read from where the public months start, without sorting a month of rows.
CREATE INDEX ix_sightings_public_order
    ON sightings (status, park_month DESC, public_latitude, public_longitude, evidence, id, observed_at);
