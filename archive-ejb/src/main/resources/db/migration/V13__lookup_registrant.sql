-- Who registered a self-registered lookup record, kept privately (never in an answer): the client's
-- address (after trusted proxies) and, when it authenticated, its account. Deletion is authorized by
-- these, not by the record's client-uuid, which every anonymous read publishes (issue 18, part 3).
-- NULL for records registered before: their next renewal records the renewing client's address.
ALTER TABLE lookup_record ADD COLUMN registrant_address VARCHAR(45);
ALTER TABLE lookup_record ADD COLUMN registrant_account VARCHAR(255);
