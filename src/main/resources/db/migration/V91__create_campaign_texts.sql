-- A campaign's title, summary and body in languages other than English (the campaigns row holds English).
CREATE TABLE campaign_texts (
    campaign_id BIGINT        NOT NULL,
    lang        VARCHAR(5)    NOT NULL,
    title       VARCHAR(120),
    summary     VARCHAR(500),
    body        VARCHAR(20000),
    CONSTRAINT pk_campaign_texts PRIMARY KEY (campaign_id, lang),
    CONSTRAINT fk_campaign_texts_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
);
