-- Imports of an esmond archive over its REST API (docs/migration.md). A job is read from the source
-- page by page; its progress (the metadata page it is on, counters) and, per series, the newest
-- timestamp copied (the high-water mark) are committed with each batch of points, so a job
-- interrupted by anything (the CLI, a restart, the source) resumes where it stopped.
CREATE TABLE ps_import_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    source_url      VARCHAR(2000) NOT NULL,
    api_key         VARCHAR(200),
    since_ts        BIGINT,
    until_ts        BIGINT        NOT NULL,
    metadata_only   BOOLEAN       NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    next_offset     BIGINT        NOT NULL,
    records_total   BIGINT        NOT NULL,
    records_done    BIGINT        NOT NULL,
    records_skipped BIGINT        NOT NULL,
    series_done     BIGINT        NOT NULL,
    points_done     BIGINT        NOT NULL,
    requests        BIGINT        NOT NULL,
    message         VARCHAR(2000),
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_ps_import_job_state ON ps_import_job (state);

CREATE TABLE ps_import_mark (
    job_id          BIGINT       NOT NULL,
    metadata_key    CHAR(32)     NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    summary_type    VARCHAR(16)  NOT NULL,
    summary_window  BIGINT       NOT NULL,
    last_ts         BIGINT       NOT NULL,
    points          BIGINT       NOT NULL,
    complete        BOOLEAN      NOT NULL,
    PRIMARY KEY (job_id, metadata_key, event_type, summary_type, summary_window),
    CONSTRAINT fk_ps_import_mark_job FOREIGN KEY (job_id) REFERENCES ps_import_job (id) ON DELETE CASCADE
);
