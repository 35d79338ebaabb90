-- Which node polls which SNMP target (docs/snmp.md, "Leases"; docs/adr/0007). One row per target that a
-- node has claimed: the node's id (PSARCHIVE_NODE_ID, or host name + a random suffix per start), when it
-- took the target, and until when the lease holds. A node renews its leases at every reload of the
-- targets; a lease past expires_at may be taken by any node; a node stopping cleanly deletes its rows.
-- A target removed takes its lease with it. Times are UTC, as everywhere.
CREATE TABLE snmp_target_lease (
    target_id   BIGINT        NOT NULL,
    node_id     VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    claimed_at  DATETIME(3)   NOT NULL,
    expires_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (target_id),
    CONSTRAINT fk_snmp_target_lease_target FOREIGN KEY (target_id) REFERENCES snmp_target (id) ON DELETE CASCADE
);

CREATE INDEX ix_snmp_target_lease_node ON snmp_target_lease (node_id);
