-- The word index only answers "which sentences hold every word of a search" (whole words: no phrases, no ranking),
-- so it keeps each word's rowids alone (detail = none, no per-row sizes): a fraction of what it kept, much cheaper to
-- fill at the end of a bulk load. Sentences a dead bulk load had not indexed yet are left to its finish, as before.
DROP TABLE mention_fts;
CREATE VIRTUAL TABLE mention_fts USING fts5 (sentence, content = '', detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
-- Words are gathered in 64 MB of memory before they go to disk (1 MB by default): a bulk load's finish writes one
-- segment in one pass instead of many small ones that each word search would have to look through.
INSERT INTO mention_fts (mention_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO mention_fts (rowid, sentence) SELECT id, sentence FROM mentions WHERE id <= COALESCE((SELECT text_indexed_upto FROM bulk_load), id) ORDER BY id;
-- SQLite never reads ix_events_cameo: the code filter is "cameo = x OR cameo LIKE 'x%'", and its case-insensitive LIKE
-- cannot use a binary index, so the date index serves it. Keeping it up (or rebuilding it after a bulk load) was pure
-- cost. A bulk load that died with it dropped must not bring it back.
DROP INDEX IF EXISTS ix_events_cameo;
DELETE FROM bulk_load_indexes WHERE name = 'ix_events_cameo';
