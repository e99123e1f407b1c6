-- Entente store, schema version 1. Placeholders ({id}, {ref}, {real}) are filled by the engine's dialect.
CREATE TABLE articles (
    id {id},
    content_hash TEXT NOT NULL UNIQUE,
    external_id TEXT NOT NULL,
    source TEXT NOT NULL,
    outlet TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    format TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL,
    event_count INTEGER NOT NULL
);
CREATE INDEX ix_articles_published ON articles (published);

CREATE TABLE actors (
    id {id},
    actor_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    code TEXT
);
CREATE INDEX ix_actors_country ON actors (country);

CREATE TABLE actor_mentions (
    article_id {ref} NOT NULL REFERENCES articles (id),
    actor_id {ref} NOT NULL REFERENCES actors (id),
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
CREATE INDEX ix_actor_mentions_article ON actor_mentions (article_id);
CREATE INDEX ix_actor_mentions_actor ON actor_mentions (actor_id);

CREATE TABLE events (
    id {id},
    date TEXT,
    date_end TEXT,
    date_precision TEXT NOT NULL,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein {real} NOT NULL,
    plover TEXT,
    plover_mode TEXT,
    contexts TEXT NOT NULL,
    source_actor_id {ref} REFERENCES actors (id),
    source_code TEXT,
    source_country TEXT,
    source_name TEXT,
    target_actor_id {ref} REFERENCES actors (id),
    target_code TEXT,
    target_country TEXT,
    target_name TEXT,
    place_name TEXT,
    place_country TEXT,
    lat {real},
    lon {real},
    modality TEXT NOT NULL,
    negated INTEGER NOT NULL,
    confidence {real} NOT NULL,
    sanctioned INTEGER NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    first_article_id {ref} NOT NULL REFERENCES articles (id),
    dedup_key TEXT NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX ix_events_date ON events (date);
CREATE INDEX ix_events_dedup ON events (dedup_key, date);
CREATE INDEX ix_events_source ON events (source_country, date);
CREATE INDEX ix_events_target ON events (target_country, date);
CREATE INDEX ix_events_cameo ON events (cameo, date);
CREATE INDEX ix_events_quad ON events (quad_class, date);
CREATE INDEX ix_events_plover ON events (plover, date);
CREATE INDEX ix_events_source_actor ON events (source_actor_id);
CREATE INDEX ix_events_target_actor ON events (target_actor_id);
CREATE INDEX ix_events_sanctioned ON events (sanctioned, date);

CREATE TABLE mentions (
    id {id},
    event_id {ref} NOT NULL REFERENCES events (id),
    article_id {ref} NOT NULL REFERENCES articles (id),
    outlet TEXT NOT NULL,
    local_event_id TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    source_text TEXT,
    source_start INTEGER,
    target_text TEXT,
    target_start INTEGER,
    pattern TEXT NOT NULL,
    date_basis TEXT NOT NULL,
    confidence {real} NOT NULL
);
CREATE INDEX ix_mentions_event ON mentions (event_id);
CREATE INDEX ix_mentions_article ON mentions (article_id);

CREATE TABLE sanctions_hits (
    id {id},
    article_id {ref} NOT NULL REFERENCES articles (id),
    actor_id {ref} NOT NULL REFERENCES actors (id),
    entity_id TEXT NOT NULL,
    entity_name TEXT NOT NULL,
    list TEXT NOT NULL,
    list_version TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    entry_name TEXT NOT NULL,
    programs TEXT NOT NULL,
    score {real} NOT NULL,
    status TEXT NOT NULL,
    reasons TEXT NOT NULL
);
CREATE INDEX ix_hits_actor ON sanctions_hits (actor_id);
CREATE INDEX ix_hits_article ON sanctions_hits (article_id);

CREATE TABLE ingest_errors (
    id {id},
    item TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
