-- How long each series keeps its points. '*' and -1 match any event type, summary type or window; the
-- most specific policy wins. Seeded with esmond's defaults: a year; five years for daily summaries;
-- 180 days for the base data of latency measurements.
CREATE TABLE retention_policy (
    event_type      VARCHAR(64) NOT NULL,
    summary_type    VARCHAR(16) NOT NULL,
    summary_window  BIGINT      NOT NULL,
    keep_days       INT         NOT NULL,
    PRIMARY KEY (event_type, summary_type, summary_window)
);

INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('*', '*', -1, 365);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('*', 'aggregation', 86400, 1825);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('*', 'average', 86400, 1825);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('*', 'statistics', 86400, 1825);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('histogram-owdelay', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('histogram-ttl', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('packet-count-lost', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('packet-count-sent', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('packet-duplicates', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('packet-loss-rate', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('packet-reorders', 'base', 0, 180);
INSERT INTO retention_policy (event_type, summary_type, summary_window, keep_days) VALUES ('time-error-estimates', 'base', 0, 180);
