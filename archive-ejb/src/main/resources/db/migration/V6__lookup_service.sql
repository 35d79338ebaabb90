-- The lookup service (sLS-compatible): lease-based records of hosts, services, interfaces, people...
-- One row per record; its data keys (every value a list of strings) are kept as a JSON object in
-- body, and every (key, value) pair is indexed in lookup_value so that a query by any key, such as
-- group-communities, is an index range scan rather than a table scan. Times are epoch milliseconds.
CREATE TABLE lookup_record (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    uuid           CHAR(36)     NOT NULL,
    record_type    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    client_uuid    VARCHAR(255),
    body           MEDIUMTEXT   NOT NULL,
    ttl            VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    state          VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    registered_at  BIGINT       NOT NULL,
    expires_at     BIGINT       NOT NULL,
    -- records the registry keeps in step with its service endpoints: the host name that owns them
    -- and a key stable across updates (so their uri does not change); NULL for self-registered ones
    managed_owner  VARCHAR(255),
    managed_key    VARCHAR(300),
    PRIMARY KEY (id),
    CONSTRAINT uq_lookup_record_uuid UNIQUE (uuid),
    CONSTRAINT uq_lookup_record_managed UNIQUE (managed_key)
);
CREATE INDEX ix_lookup_record_expires ON lookup_record (expires_at);
CREATE INDEX ix_lookup_record_owner ON lookup_record (managed_owner);

-- Values are compared exactly and case-sensitively, as sLS 2.x (MongoDB) does: binary collation.
-- A value longer than 512 characters is indexed by its first 512; queries re-check such values.
CREATE TABLE lookup_value (
    record_id  BIGINT       NOT NULL,
    rkey       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    rvalue     VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (rkey, rvalue, record_id),
    CONSTRAINT fk_lookup_value_record FOREIGN KEY (record_id) REFERENCES lookup_record (id) ON DELETE CASCADE
);
CREATE INDEX ix_lookup_value_record ON lookup_value (record_id);
