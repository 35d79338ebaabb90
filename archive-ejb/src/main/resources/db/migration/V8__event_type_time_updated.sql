-- A series' time-updated is now kept on its event type's base series only (writes update one row per
-- event type, not every summary's too); summaries report their base's. Their old values are cleared so
-- that the time_updated index holds only what is read.
UPDATE ps_series SET time_updated = NULL WHERE summary_type <> 'base' AND time_updated IS NOT NULL;
