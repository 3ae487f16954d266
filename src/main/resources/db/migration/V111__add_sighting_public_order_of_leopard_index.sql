-- The same public order for one leopard (its profile and the public list filtered by leopard): without it, a page of one
-- leopard's sightings walks the public order of every leopard and drops the others' rows.
CREATE INDEX ix_sightings_public_order_of_leopard
    ON sightings (leopard_id, status, park_month DESC, public_latitude, public_longitude, evidence, id, observed_at);
