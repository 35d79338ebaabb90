-- The SNMP collector's targets: the routers it polls and how (docs/snmp.md, "Targets").
-- Secrets (the v2c community, the v3 passwords) are never stored in clear: each column holds
-- 'v1:' + base64(nonce || AES-256-GCM ciphertext and tag), sealed with a key kept outside the database
-- ($PSARCHIVE_DATA/snmp.key or PSARCHIVE_SNMP_KEY) and bound to its target's name and field.
-- The interface globs are JSON arrays of strings: they are read and written only with their target,
-- in order, never searched, so a child table would cost a second statement for nothing.
CREATE TABLE snmp_target (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    name             VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    host             VARCHAR(253)  NOT NULL,
    port             INT           NOT NULL,
    snmp_version     VARCHAR(8)    NOT NULL,
    community        VARCHAR(1024),
    v3_user          VARCHAR(32),
    auth_protocol    VARCHAR(16),
    auth_password    VARCHAR(1024),
    priv_protocol    VARCHAR(16),
    priv_password    VARCHAR(1024),
    poll_interval_s  INT           NOT NULL,
    include_globs    TEXT          NOT NULL,
    exclude_globs    TEXT          NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_snmp_target_name UNIQUE (name)
);
