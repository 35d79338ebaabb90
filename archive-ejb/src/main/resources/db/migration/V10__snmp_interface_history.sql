-- The SNMP collector's interface history (docs/snmp.md, "Interface history"): one row per period during
-- which an interface of a target kept one description. The open period has ended_at NULL; a change of
-- ifName, ifDescr, ifAlias or speed (or of the ifIndex under an ifName) closes it and opens another.
-- Keyed by the target's name, not its id: the history outlives a removed target, as its archive records do.
-- Times are epoch seconds (UTC), as ps_point's.
CREATE TABLE snmp_interface (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    target_name   VARCHAR(64)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    if_index      BIGINT         NOT NULL,
    if_name       VARCHAR(255)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    if_descr      VARCHAR(255)   NOT NULL,
    if_alias      VARCHAR(255)   NOT NULL,
    speed_bps     BIGINT         NOT NULL,
    begin_s       BIGINT         NOT NULL,
    end_s         BIGINT,
    PRIMARY KEY (id)
);
-- the device API: a target's interfaces, an interface's periods (by name, then time)
CREATE INDEX ix_snmp_interface_name ON snmp_interface (target_name, if_name, begin_s);
