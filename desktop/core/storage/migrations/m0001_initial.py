"""Schema 1, as it landed. Frozen: never edit it; change the schema in a new numbered step.

Three variants of this step landed on main before steps were frozen (the
search index's ids and counters, then partial indexes for proposals, then the
'ascii' tokenizer). Step 2 brings every one of them to the same schema.
"""
from __future__ import annotations

_RECORD_COLUMNS = """
    notes TEXT,
    tags TEXT,                          -- JSON list
    review TEXT NOT NULL DEFAULT 'confirmed' CHECK (review IN ('confirmed', 'unreviewed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
"""

SQL = f"""
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT,
    body TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    author TEXT,
    body_hash TEXT,                     -- sha256 of the normalised body: one article, one source
    {_RECORD_COLUMNS}
);
CREATE INDEX sources_published ON sources(published);
CREATE INDEX sources_url ON sources(url);
CREATE INDEX sources_body_hash ON sources(body_hash);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    name_en TEXT,
    name_en_norm TEXT,
    type TEXT,
    title TEXT,
    affiliation_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    description TEXT,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source_span TEXT,
    {_RECORD_COLUMNS}
);
CREATE INDEX actors_name_norm ON actors(name_norm);
CREATE INDEX actors_name_en_norm ON actors(name_en_norm);
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_affiliation ON actors(affiliation_id);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_norm TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_norm ON actor_aliases(alias_norm);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    name_en TEXT,
    name_en_norm TEXT,
    type TEXT,
    parent_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
    lat REAL,
    lon REAL,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source_span TEXT,
    {_RECORD_COLUMNS}
);
CREATE INDEX places_name_norm ON places(name_norm);
CREATE INDEX places_name_en_norm ON places(name_en_norm);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_parent ON places(parent_id);

CREATE TABLE place_aliases (
    place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_norm TEXT NOT NULL,
    PRIMARY KEY (place_id, alias)
);
CREATE INDEX place_aliases_norm ON place_aliases(alias_norm);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT,
    date TEXT,
    date_end TEXT,
    date_precision TEXT,
    status TEXT,
    place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
    category TEXT,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source_span TEXT,
    {_RECORD_COLUMNS}
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_title ON events(title);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_status ON events(status);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);

CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, source_id)
);
CREATE INDEX event_sources_source ON event_sources(source_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES actors(id),
    date TEXT,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    context TEXT,
    partial INTEGER,
    source_span TEXT,
    {_RECORD_COLUMNS}
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_date ON quotes(date);
CREATE INDEX quotes_source ON quotes(source_id);
CREATE INDEX quotes_event ON quotes(event_id);

-- Proposals waiting for review, by the source they came from: partial
-- indexes hold only unreviewed rows, so they stay small however big the store.
CREATE INDEX actors_unreviewed ON actors(source_id) WHERE review = 'unreviewed';
CREATE INDEX places_unreviewed ON places(source_id) WHERE review = 'unreviewed';
CREATE INDEX events_unreviewed ON events(source_id) WHERE review = 'unreviewed';
CREATE INDEX quotes_unreviewed ON quotes(source_id) WHERE review = 'unreviewed';

CREATE TABLE briefings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    spec TEXT NOT NULL,                 -- JSON briefing spec
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The search index. search_docs holds the analysed text of every record
-- (filled by the application at write time); triggers keep the external-
-- content FTS5 table in step, so any SQLite tool can read and check it.
-- Its id is (kind number << 40) | record id (actor 1, place 2, source 3,
-- event 4, quote 5): each kind is one rowid range, so a search limited to a
-- kind is a rowid range FTS5 can apply itself, with no join.
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    date TEXT,                          -- first and last date covered, for from:/to: filters
    date_end TEXT,
    review TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    name_stem TEXT NOT NULL,
    body_norm TEXT NOT NULL,
    body_stem TEXT NOT NULL
);
CREATE INDEX search_docs_kind_date ON search_docs(kind, date);
CREATE INDEX search_docs_date ON search_docs(date);

-- Record counts per kind, kept by triggers, so start-up never counts a table.
CREATE TABLE doc_counts (
    kind TEXT PRIMARY KEY,
    total INTEGER NOT NULL DEFAULT 0,
    unreviewed INTEGER NOT NULL DEFAULT 0
);
INSERT INTO doc_counts(kind) VALUES ('actor'), ('place'), ('source'), ('event'), ('quote');

-- The columns hold the analyser's tokens (runs of letters and digits) joined
-- by single spaces, so the 'ascii' tokenizer (non-ASCII characters are token
-- characters) splits them exactly as the analyser did, about a third faster
-- than unicode61, which also knows no letter added to Unicode after 6.1.
-- Stores created before session 2 use 'unicode61 remove_diacritics 0': on
-- this text both give the same tokens, so they need no rebuild.
CREATE VIRTUAL TABLE search_fts USING fts5(
    name_norm, name_stem, body_norm, body_stem,
    content='search_docs', content_rowid='id',
    tokenize='ascii'
);

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, name_norm, name_stem, body_norm, body_stem)
    VALUES (new.id, new.name_norm, new.name_stem, new.body_norm, new.body_stem);
    UPDATE doc_counts SET total = total + 1, unreviewed = unreviewed + (new.review = 'unreviewed')
    WHERE kind = new.kind;
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, name_norm, name_stem, body_norm, body_stem)
    VALUES ('delete', old.id, old.name_norm, old.name_stem, old.body_norm, old.body_stem);
    UPDATE doc_counts SET total = total - 1, unreviewed = unreviewed - (old.review = 'unreviewed')
    WHERE kind = old.kind;
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, name_norm, name_stem, body_norm, body_stem)
    VALUES ('delete', old.id, old.name_norm, old.name_stem, old.body_norm, old.body_stem);
    INSERT INTO search_fts(rowid, name_norm, name_stem, body_norm, body_stem)
    VALUES (new.id, new.name_norm, new.name_stem, new.body_norm, new.body_stem);
    UPDATE doc_counts SET unreviewed = unreviewed - (old.review = 'unreviewed') + (new.review = 'unreviewed')
    WHERE kind = new.kind;
END;
"""
