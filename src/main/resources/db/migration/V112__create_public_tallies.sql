-- Verified sightings counted per park month, public cell and leopard (0: not identified), whatever their age: the
-- public map and counts add up these few thousand rows (and read live only the month the privacy delay ends in)
-- instead of grouping the whole archive. Derived from sightings: kept in step after every change that commits
-- (PublicTallyRecounts), and recounted month by month at start-up where the counts disagree with sightings.
CREATE TABLE public_tallies (
    park_month       INTEGER          NOT NULL,
    public_latitude  DOUBLE PRECISION NOT NULL,
    public_longitude DOUBLE PRECISION NOT NULL,
    leopard_id       BIGINT           NOT NULL,
    sightings        BIGINT           NOT NULL,
    CONSTRAINT pk_public_tallies PRIMARY KEY (park_month, public_latitude, public_longitude, leopard_id)
);

CREATE INDEX ix_public_tallies_leopard ON public_tallies (leopard_id, park_month);
