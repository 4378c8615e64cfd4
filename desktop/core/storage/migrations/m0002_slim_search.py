"""Schema 2: a search index that stores no copy of the text, declared so other tools find it.

Every landed variant of schema 1 comes out the same: the old index (its
tables, triggers and indexes, which differ between the variants) is dropped,
the counters and the proposals' partial indexes are made where a variant
lacked them, and the index is rebuilt from the records (REBUILD).

The analysed text is no longer stored: search_docs keeps a record's kind,
dates, review state and a signature of its analysed text, and the FTS5 index
holds the analysed tokens alone. `content="search_docs"` names the content
table the way sqlite-utils and Datasette look for it; a search from another
tool must use normalised text (README, "The store file"). The index is kept
by the application, which derives the analysed text from the records.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

REBUILD = True

SQL = """
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_docs;

CREATE TABLE IF NOT EXISTS doc_counts (
    kind TEXT PRIMARY KEY,
    total INTEGER NOT NULL DEFAULT 0,
    unreviewed INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO doc_counts(kind) VALUES ('actor'), ('place'), ('source'), ('event'), ('quote');

CREATE INDEX IF NOT EXISTS actors_unreviewed ON actors(source_id) WHERE review = 'unreviewed';
CREATE INDEX IF NOT EXISTS places_unreviewed ON places(source_id) WHERE review = 'unreviewed';
CREATE INDEX IF NOT EXISTS events_unreviewed ON events(source_id) WHERE review = 'unreviewed';
CREATE INDEX IF NOT EXISTS quotes_unreviewed ON quotes(source_id) WHERE review = 'unreviewed';

-- One row per record: id is (kind number << 40) | record id (actor 1, place 2,
-- source 3, event 4, quote 5), so each kind is one rowid range of the index.
-- sig is a 64-bit hash of the analysed text the index holds for the record:
-- `marsad check` compares it with the records to find edits made outside Marsad.
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    date TEXT,                          -- first and last date covered, for from:/to: filters
    date_end TEXT,
    review TEXT NOT NULL,
    sig INTEGER NOT NULL
);
CREATE INDEX search_docs_date ON search_docs(date);

-- The analysed tokens (the analyser's words, space-joined, which the 'ascii'
-- tokenizer splits exactly as the analyser did): a record's names or title
-- normalised and stemmed, and the rest of its text with the names of what it
-- refers to, stemmed.
CREATE VIRTUAL TABLE search_fts USING fts5(
    name_norm, name_stem, body_stem,
    content="search_docs", content_rowid="id",
    tokenize="ascii"
);

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    UPDATE doc_counts SET total = total + 1, unreviewed = unreviewed + (new.review = 'unreviewed')
    WHERE kind = new.kind;
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    UPDATE doc_counts SET total = total - 1, unreviewed = unreviewed - (old.review = 'unreviewed')
    WHERE kind = old.kind;
END;
CREATE TRIGGER search_docs_au AFTER UPDATE OF review ON search_docs BEGIN
    UPDATE doc_counts SET unreviewed = unreviewed - (old.review = 'unreviewed') + (new.review = 'unreviewed')
    WHERE kind = new.kind;
END;

-- Facts about the store itself: the analyser its index was built with, and
-- whether the index is known to be out of step with the records.
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
