-- Word search over the evidence sentences (FTS5, contentless: the text stays in mentions, the writer adds each row).
CREATE VIRTUAL TABLE mention_fts USING fts5 (sentence, content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO mention_fts (rowid, sentence) SELECT id, sentence FROM mentions;
