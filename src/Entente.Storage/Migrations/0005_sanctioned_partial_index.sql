-- Events are looked up by "sanctioned" only to find the few with a confirmed sanctioned party: index those alone, by
-- date. A much smaller index, cheaper to keep up and to rebuild after a bulk load. A bulk load that died with the old
-- index dropped must not bring it back: its saved definition goes too.
DROP INDEX IF EXISTS ix_events_sanctioned;
CREATE INDEX IF NOT EXISTS ix_events_sanctioned ON events (date) WHERE sanctioned = 1;
DELETE FROM bulk_load_indexes WHERE name = 'ix_events_sanctioned';
