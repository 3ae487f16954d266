-- Files kept in the database instead of one machine's disk (photos with rosette.photos.store=database, uploaded
-- camera-trap files waiting for import), cut into parts so that none has to be read into memory whole.
CREATE TABLE blob_parts (
    blob_id VARCHAR(100) NOT NULL,
    part    INT          NOT NULL,
    bytes   BYTEA        NOT NULL,
    CONSTRAINT pk_blob_parts PRIMARY KEY (blob_id, part),
    CONSTRAINT ck_blob_parts_part CHECK (part >= 0)
);
