-- A leopard's name and profile text in languages other than English (the leopards row holds English).
CREATE TABLE leopard_texts (
    leopard_id  BIGINT       NOT NULL,
    lang        VARCHAR(5)   NOT NULL,
    name        VARCHAR(60),
    description VARCHAR(4000),
    CONSTRAINT pk_leopard_texts PRIMARY KEY (leopard_id, lang),
    CONSTRAINT fk_leopard_texts_leopard FOREIGN KEY (leopard_id) REFERENCES leopards (id) ON DELETE CASCADE
);
