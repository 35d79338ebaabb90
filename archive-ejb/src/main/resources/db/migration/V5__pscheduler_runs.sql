-- Runs archived through pScheduler's http archiver, so a run it sends again (its retries resend the
-- whole run) is recognised and not stored twice. run_hash is the SHA-256 of the run's id.
CREATE TABLE ps_run (
    run_hash     CHAR(64)    NOT NULL,
    metadata_id  BIGINT      NOT NULL,
    archived_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (run_hash),
    CONSTRAINT fk_ps_run_metadata FOREIGN KEY (metadata_id) REFERENCES ps_metadata (id) ON DELETE CASCADE
);
