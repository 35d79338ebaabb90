-- Accounts of measurement hosts and administrators: permissions, a hashed API key, IP ranges, and the
-- audit log of administrative actions.
CREATE TABLE account (
    id                BIGINT       NOT NULL,
    name              VARCHAR(150) NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    key_hash          CHAR(64),
    key_created_at    DATETIME(3),
    key_last_used_at  DATETIME(3),
    created_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_name UNIQUE (name),
    CONSTRAINT uk_account_key_hash UNIQUE (key_hash)
);

CREATE TABLE account_permission (
    account_id BIGINT      NOT NULL,
    permission VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, permission),
    CONSTRAINT fk_account_permission_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- A client address matches when family is equal and first_address <= address <= last_address; the
-- longest prefix wins. Addresses are 4 or 16 bytes, compared bytewise (unsigned) by both databases.
CREATE TABLE ip_range (
    id             BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    cidr           VARCHAR(64)   NOT NULL,
    family         SMALLINT      NOT NULL,
    prefix_length  SMALLINT      NOT NULL,
    first_address  VARBINARY(16) NOT NULL,
    last_address   VARBINARY(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ip_range_cidr UNIQUE (cidr),
    CONSTRAINT fk_ip_range_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_ip_range_lookup ON ip_range (family, first_address, last_address);

CREATE TABLE audit_event (
    id         BIGINT        NOT NULL,
    at         DATETIME(3)   NOT NULL,
    actor      VARCHAR(150)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    target     VARCHAR(255)  NOT NULL,
    detail     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_at ON audit_event (at);

INSERT INTO id_sequence (name, next_val) VALUES ('account', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('ip_range', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('audit_event', 0);
