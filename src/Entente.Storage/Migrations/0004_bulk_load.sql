-- A large ingest defers index work to its end. While this row exists, evidence sentences of mentions after
-- text_indexed_upto are not yet in the word index, and the indexes listed in bulk_load_indexes are dropped; the
-- ingest's end (or, after a crash, the next open of the store) rebuilds them and deletes the rows, in one transaction.
CREATE TABLE bulk_load (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    text_indexed_upto {ref} NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE bulk_load_indexes (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
