-- Background work (camera-trap imports, later coat-feature extraction) claimed through the database, so it runs once
-- however many instances there are. An instance holds a job while its lease lasts and renews it; when an instance
-- dies, its lease runs out and another one takes the job over from the last checkpoint it committed.
CREATE TABLE background_jobs (
    id           VARCHAR(36)  NOT NULL,
    kind         VARCHAR(50)  NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    title        VARCHAR(255) NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    owner        VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE,
    attempts     INT          NOT NULL,
    checkpoint   BIGINT       NOT NULL,
    work_done    BIGINT       NOT NULL,
    work_total   BIGINT       NOT NULL,
    counters     VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_background_jobs PRIMARY KEY (id),
    CONSTRAINT ck_background_jobs_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_background_jobs_attempts CHECK (attempts >= 0)
);

CREATE INDEX ix_background_jobs_state ON background_jobs (state, created_at);

-- What a job could not do with one item (e.g. a line of a file), kept for the person who started it.
CREATE TABLE background_job_problems (
    job_id          VARCHAR(36)  NOT NULL,
    seq             INT          NOT NULL,
    item            BIGINT       NOT NULL,
    code            VARCHAR(100) NOT NULL,
    first_argument  VARCHAR(500),
    second_argument VARCHAR(500),
    CONSTRAINT pk_background_job_problems PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_background_job_problems_job FOREIGN KEY (job_id) REFERENCES background_jobs (id) ON DELETE CASCADE
);
