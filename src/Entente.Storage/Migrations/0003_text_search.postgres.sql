-- Word search over the evidence sentences: a GIN index on the sentence's words.
CREATE INDEX ix_mentions_words ON mentions USING GIN (to_tsvector('simple', sentence));
