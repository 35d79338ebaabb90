-- The registry of perfSONAR hosts, as WLCG/OSG sites keep it in GOCDB: sites, service types (data,
-- seeded with perfSONAR's two), service endpoints (one per site, host and type) and their communities.
-- (V6 is the lookup service's.)
CREATE TABLE reg_site (
    id            BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    description   VARCHAR(255),
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reg_site_name UNIQUE (name)
);

-- lookup_service_type and locator_template are what the lookup service publishes for an endpoint of
-- this type: the sLS service-type, and the locator with {host} replaced by the endpoint's host name.
CREATE TABLE reg_service_type (
    id                   BIGINT       NOT NULL,
    service_type_name    VARCHAR(100) NOT NULL,
    description          VARCHAR(255) NOT NULL,
    lookup_service_type  VARCHAR(64)  NOT NULL,
    locator_template     VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reg_service_type_name UNIQUE (service_type_name)
);

-- Host names are stored in lower case; ipv6 in RFC 5952 form. Flags default to GOCDB's N/Y/Y.
-- Endpoints are deleted by the application (which tells the lookup service), so no cascades here.
CREATE TABLE reg_endpoint (
    id               BIGINT       NOT NULL,
    site_id          BIGINT       NOT NULL,
    service_type_id  BIGINT       NOT NULL,
    host_name        VARCHAR(255) NOT NULL,
    ipv4             VARCHAR(15),
    ipv6             VARCHAR(39),
    description      VARCHAR(255),
    beta             BOOLEAN      NOT NULL DEFAULT FALSE,
    production       BOOLEAN      NOT NULL DEFAULT TRUE,
    monitored        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reg_endpoint UNIQUE (site_id, host_name, service_type_id),
    CONSTRAINT fk_reg_endpoint_site FOREIGN KEY (site_id) REFERENCES reg_site (id),
    CONSTRAINT fk_reg_endpoint_service_type FOREIGN KEY (service_type_id) REFERENCES reg_service_type (id)
);
CREATE INDEX ix_reg_endpoint_host ON reg_endpoint (host_name);
CREATE INDEX ix_reg_endpoint_service_type ON reg_endpoint (service_type_id, host_name);

-- Communities are case-sensitive (WLCG is not wlcg): a binary collation on MariaDB; H2 compares
-- strings case-sensitively anyway and accepts the clause.
CREATE TABLE reg_endpoint_community (
    endpoint_id  BIGINT      NOT NULL,
    community    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (endpoint_id, community),
    CONSTRAINT fk_reg_endpoint_community_endpoint FOREIGN KEY (endpoint_id) REFERENCES reg_endpoint (id) ON DELETE CASCADE
);
CREATE INDEX ix_reg_endpoint_community ON reg_endpoint_community (community, endpoint_id);

INSERT INTO reg_service_type (id, service_type_name, description, lookup_service_type, locator_template)
    VALUES (1, 'net.perfSONAR.Bandwidth', 'perfSONAR node measuring throughput (pScheduler throughput tests)',
            'pscheduler', 'https://{host}/pscheduler');
INSERT INTO reg_service_type (id, service_type_name, description, lookup_service_type, locator_template)
    VALUES (2, 'net.perfSONAR.Latency', 'perfSONAR node measuring one-way latency and loss (OWAMP)',
            'owamp', 'tcp://{host}:861');

-- Ids from 101 on: the seeded service types hold 1 and 2.
INSERT INTO id_sequence (name, next_val) VALUES ('reg_site', 0);
INSERT INTO id_sequence (name, next_val) VALUES ('reg_service_type', 100);
INSERT INTO id_sequence (name, next_val) VALUES ('reg_endpoint', 0);
