-- The perfSONAR measurement archive (esmond-compatible). A metadata record describes one measurement
-- (subject, tool, free-form parameters); each (event type, summary type, window) of it is a series;
-- the points of every series live in one table clustered by (series, ts), so reading or writing a
-- range of one series touches only its own rows, however large the table grows.
CREATE TABLE ps_metadata (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    metadata_key       CHAR(32)     NOT NULL,
    checksum           CHAR(64)     NOT NULL,
    subject_type       VARCHAR(32)  NOT NULL,
    source             VARCHAR(45),
    destination        VARCHAR(45),
    measurement_agent  VARCHAR(45),
    tool_name          VARCHAR(128),
    input_source       VARCHAR(128),
    input_destination  VARCHAR(128),
    created_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ps_metadata_key UNIQUE (metadata_key),
    CONSTRAINT uk_ps_metadata_checksum UNIQUE (checksum)
);
CREATE INDEX ix_ps_metadata_source ON ps_metadata (source);
CREATE INDEX ix_ps_metadata_destination ON ps_metadata (destination);
CREATE INDEX ix_ps_metadata_agent ON ps_metadata (measurement_agent);
CREATE INDEX ix_ps_metadata_tool ON ps_metadata (tool_name);

-- Free-form parameters, stored and returned as strings (esmond's str()). value_prefix is indexed
-- for parameter filters; the full value (at most 4000 characters) is compared too.
CREATE TABLE ps_metadata_parameter (
    metadata_id  BIGINT        NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    value_prefix VARCHAR(191)  NOT NULL,
    param_value  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (metadata_id, name),
    CONSTRAINT fk_ps_parameter_metadata FOREIGN KEY (metadata_id) REFERENCES ps_metadata (id) ON DELETE CASCADE
);
CREATE INDEX ix_ps_parameter_value ON ps_metadata_parameter (name, value_prefix);

CREATE TABLE ps_series (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    metadata_id     BIGINT      NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    summary_type    VARCHAR(16) NOT NULL,
    summary_window  BIGINT      NOT NULL,
    time_updated    BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT uk_ps_series UNIQUE (metadata_id, event_type, summary_type, summary_window),
    CONSTRAINT fk_ps_series_metadata FOREIGN KEY (metadata_id) REFERENCES ps_metadata (id) ON DELETE CASCADE
);
CREATE INDEX ix_ps_series_type ON ps_series (event_type, summary_type, summary_window);
CREATE INDEX ix_ps_series_updated ON ps_series (time_updated);

-- num/den/cnt carry numbers (value; numerator and denominator; sum and count of an average),
-- doc carries JSON (histograms, statistics, subintervals, json event types).
CREATE TABLE ps_point (
    series_id  BIGINT     NOT NULL,
    ts         BIGINT     NOT NULL,
    num        DOUBLE,
    den        DOUBLE,
    cnt        BIGINT,
    doc        MEDIUMTEXT,
    PRIMARY KEY (series_id, ts),
    CONSTRAINT fk_ps_point_series FOREIGN KEY (series_id) REFERENCES ps_series (id) ON DELETE CASCADE
);
