-- Two catalogue entries found to be one animal: the merged entry is gone, its sightings, photos and cubs now belong to
-- the survivor, and this row remembers where the old id leads (pages and API answer 301) and who merged it and why.
CREATE TABLE leopard_merges (
    merged_id    BIGINT        NOT NULL PRIMARY KEY,
    survivor_id  BIGINT        NOT NULL,
    merged_code  VARCHAR(20)   NOT NULL,
    merged_name  VARCHAR(60)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    merged_by    VARCHAR(50)   NOT NULL,
    merged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_leopard_merges_survivor FOREIGN KEY (survivor_id) REFERENCES leopards (id)
);

CREATE INDEX ix_leopard_merges_survivor ON leopard_merges (survivor_id);
