-- SQLite never reads ix_events_cameo: the code filter is "cameo = x OR cameo LIKE 'x%'", and its case-insensitive LIKE
-- cannot use a binary index, so the date index serves it. Keeping it up (or rebuilding it after a bulk load) was pure
-- cost. A bulk load that died with it dropped must not bring it back.
-- (The word index keeps its positions: a rowid-only index, detail = none, made word searches on a million events
-- two to three times slower, p95 63 ms against 22 ms, for 3 s less at the end of a 100,000-article load.)
DROP INDEX IF EXISTS ix_events_cameo;
DELETE FROM bulk_load_indexes WHERE name = 'ix_events_cameo';
