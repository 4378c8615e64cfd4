"""Schema 6: change tracking for sync. A site id, record versions, tombstones, peers and conflicts.

The store gets a site id (a random UUID made here, in SQL, so the step stays
plain SQL) and a change counter. Every record gets its version: `clock` (a
version vector in the store's short site numbers, "1:3,2:1": site 1 changed it
three times, site 2 once), `version` (the sum of the clock: how many changes
its history holds), the site and time of its last change and `change_seq`, the
store's change counter when this store last changed it, which "changes since
N" reads through an index. `changed_at` is empty for a change made here (the
row's updated_at says when); a change from another site keeps that site's time. Records that exist when tracking begins keep
version 0 and an empty clock: two copies of one older store agree on them,
and a first exchange does not turn every record into a conflict.

A deleted record leaves a tombstone. `sync_sites` numbers the sites seen in
clocks and keeps, per peer, what was sent to it and applied from it;
`sync_conflicts` holds their version of each record changed on both sides.

Edits made with other SQLite tools are caught by triggers: every change to a
record's table or its aliases and links made outside Marsad's own
transactions (where `sync_state.writing` is 1, never committed as 1) is
logged in `sync_untracked`, which `marsad check` reports and Marsad adopts as
its own change before an exchange.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

# The frozen tables of this step (the registry may grow; this step must not follow it).
_RECORDS = ("sources", "actors", "places", "events", "quotes")
# A record's aliases and links belong to it: table, the owner's table, the owner column.
_PARTS = (("actor_aliases", "actors", "actor_id"), ("place_aliases", "places", "place_id"),
          ("event_actors", "events", "event_id"), ("event_sources", "events", "event_id"))
_OUTSIDE = "(SELECT writing FROM sync_state) = 0"


def _columns(table: str) -> str:
    return f"""
ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE {table} ADD COLUMN clock TEXT NOT NULL DEFAULT '';
ALTER TABLE {table} ADD COLUMN changed_site INTEGER;
ALTER TABLE {table} ADD COLUMN changed_at TEXT;
ALTER TABLE {table} ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX {table}_change_seq ON {table}(change_seq);
"""


def _record_triggers(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_untracked_ai AFTER INSERT ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, key, clock, op) VALUES ('{table}', new.id, new.key, new.clock, 'insert');
END;
CREATE TRIGGER {table}_untracked_au AFTER UPDATE ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, key, clock, op) VALUES ('{table}', old.id, old.key, old.clock, 'update');
END;
CREATE TRIGGER {table}_untracked_ad AFTER DELETE ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, key, clock, op) VALUES ('{table}', old.id, old.key, old.clock, 'delete');
END;
"""


def _part_triggers(table: str, owner: str, column: str) -> str:
    return f"""
CREATE TRIGGER {table}_untracked_ai AFTER INSERT ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, op) VALUES ('{owner}', new.{column}, 'part');
END;
CREATE TRIGGER {table}_untracked_au AFTER UPDATE ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, op) VALUES ('{owner}', old.{column}, 'part');
    INSERT INTO sync_untracked(tbl, row_id, op) VALUES ('{owner}', new.{column}, 'part');
END;
CREATE TRIGGER {table}_untracked_ad AFTER DELETE ON {table} WHEN {_OUTSIDE} BEGIN
    INSERT INTO sync_untracked(tbl, row_id, op) VALUES ('{owner}', old.{column}, 'part');
END;
"""


# A version-4 UUID from SQLite's own randomness: 8-4-4-4-12 hex digits, version 4, variant 10xx.
_UUID4 = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
          "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' "
          "|| hex(randomblob(6)))")

SQL = "".join(_columns(t) for t in _RECORDS) + f"""
-- Every site this store has met in a clock: itself, its peers, and the sites their changes came from.
-- A peer is a site this store exchanges bundles with: what it sent it and applied from it.
CREATE TABLE sync_sites (
    no INTEGER PRIMARY KEY,             -- the short number clocks use for the site in this store
    site TEXT NOT NULL UNIQUE,          -- its UUID
    name TEXT UNIQUE,                   -- a name the user gave the peer
    sent_seq INTEGER NOT NULL DEFAULT 0,     -- this store's change_seq up to which bundles for it were written
    sent_at TEXT,
    applied_seq INTEGER NOT NULL DEFAULT 0,  -- its change_seq up to which its bundles were applied here
    applied_at TEXT,
    acked_seq INTEGER NOT NULL DEFAULT 0     -- this store's change_seq its last bundle said it had applied
);
INSERT INTO sync_sites(no, site) VALUES (1, {_UUID4});

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site_no INTEGER NOT NULL,           -- this store's own site (sync_sites.no)
    seq INTEGER NOT NULL,               -- the last change_seq given
    writing INTEGER NOT NULL DEFAULT 0  -- 1 inside Marsad's transactions, 0 when committed
);
INSERT INTO sync_state(id, site_no, seq) VALUES (1, 1, 0);

-- A deleted record: its id and the version its deletion is.
CREATE TABLE sync_tombstones (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    clock TEXT NOT NULL,
    changed_site INTEGER,
    changed_at TEXT,
    change_seq INTEGER NOT NULL
);
CREATE INDEX sync_tombstones_change_seq ON sync_tombstones(change_seq);

-- Records changed here and at another site since they last agreed: their version, kept until a
-- person chooses (mine, theirs or merged). Ours is the record as stored (or its tombstone).
CREATE TABLE sync_conflicts (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,               -- edited, deleted_here, deleted_there, in_use, missing, diverged
    theirs TEXT,                        -- their record (interchange JSON); NULL: they deleted it
    their_version INTEGER NOT NULL,
    their_clock TEXT NOT NULL,
    their_site INTEGER,
    their_at TEXT,
    origin INTEGER NOT NULL,            -- the peer whose bundle brought it (sync_sites.no)
    found_at TEXT NOT NULL,
    detail TEXT                         -- what else the reason needs (the missing ids, the records in use)
);

-- Changes made outside Marsad (another SQLite tool), by the triggers below.
CREATE TABLE sync_untracked (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,                  -- the record's table
    row_id INTEGER NOT NULL,            -- the record's row
    key TEXT,
    clock TEXT,
    op TEXT NOT NULL
);
""" + "".join(_record_triggers(t) for t in _RECORDS) + "".join(_part_triggers(*p) for p in _PARTS)
