"""The team hub's schema in PostgreSQL (schema `marsad`), its version, and the roles that guard it.

One row per record id in `marsad.records`: its interchange (v1) JSON, or NULL
for a deletion (a tombstone: `marsad.tombstones` lists them), its version
vector (`clock`: {site UUID: changes}), the site and time of its last change,
and `seq`, the hub's change sequence when that version arrived. Every version
pushed takes the next number of one sequence, so "changes since N" is an
index range on (kind, seq), read kind by kind in the order records refer to
each other. `search_text` holds what Marsad's own analyser (core/indexing.py)
makes of the record, the stems the laptop's index matches, computed on the
laptop that pushes it; `search`, its `to_tsvector('simple', ...)` (which only
splits it at spaces) under a GIN index, so the hub matches exactly as the
laptop does.

`marsad.descends(a, b)`: version vector `a` descends from `b` (core/clocks.py
in SQL): a push takes a version only when it descends from the hub's.

Roles: `<prefix>_read` may pull and search, `<prefix>_write` (a member of
it) may push too. They are NOLOGIN group roles; the database's administrator
grants them to the analysts' login roles. Nobody is granted DELETE: a
deletion is a row too.
"""
from __future__ import annotations

import re

from psycopg import sql

SCHEMA_VERSION = 1
ROLE_PREFIX = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")

TABLES = """
CREATE SCHEMA marsad;
COMMENT ON SCHEMA marsad IS 'A Marsad team hub (marsad hub init)';

CREATE TABLE marsad.meta (
    key text PRIMARY KEY,           -- schema_version, hub_id, created_at, read_role, write_role
    value text NOT NULL
);

CREATE SEQUENCE marsad.change_seq AS bigint;

CREATE TABLE marsad.records (
    id text PRIMARY KEY,
    kind text NOT NULL,
    record jsonb,                   -- the record as interchange v1 JSON; NULL: deleted (a tombstone)
    version integer NOT NULL,       -- the sum of the clock
    clock jsonb NOT NULL,           -- {site UUID: how many changes that site made to it}
    site text,                      -- the site of its last change (NULL: from before change tracking)
    changed_at text,                -- when that site made it
    seq bigint NOT NULL DEFAULT nextval('marsad.change_seq'),   -- the hub's change sequence
    pushed_by text NOT NULL,        -- the site whose sync brought this version
    pushed_at timestamptz NOT NULL DEFAULT now(),
    search_text text NOT NULL DEFAULT '',   -- Marsad's analysed stems of the record, space-separated
    -- ...split at spaces, and kept: a search rechecks rows and orders the newest first without
    -- analysing anything again (an index on the expression alone makes the common words ~50x slower)
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
);
CREATE UNIQUE INDEX records_seq ON marsad.records (seq);
CREATE INDEX records_kind_seq ON marsad.records (kind, seq);
CREATE INDEX records_search ON marsad.records USING gin (search);

CREATE VIEW marsad.tombstones AS
    SELECT id, kind, version, clock, site, changed_at, seq FROM marsad.records WHERE record IS NULL;

-- The sites that pushed to the hub, and when.
CREATE TABLE marsad.sites (
    site text PRIMARY KEY,
    first_push timestamptz NOT NULL DEFAULT now(),
    last_push timestamptz NOT NULL DEFAULT now(),
    changes bigint NOT NULL DEFAULT 0
);

-- Version vector a descends from b: a counts at least as many changes as b for every site.
CREATE FUNCTION marsad.descends(a jsonb, b jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM jsonb_each_text(b) AS e(site, n)
                       WHERE coalesce((a ->> e.site)::bigint, 0) < e.n::bigint)
$$;
"""


def role_names(prefix: str) -> tuple[str, str]:
    return f"{prefix}_read", f"{prefix}_write"


def grants(read_role: str, write_role: str, database: str) -> list[sql.Composed]:
    """What each role may do; run again by every `hub init`, so they are always as written here."""
    r, w = sql.Identifier(read_role), sql.Identifier(write_role)
    return [sql.SQL(text).format(r=r, w=w, db=sql.Identifier(database)) for text in (
        "REVOKE ALL ON SCHEMA marsad FROM PUBLIC",
        "GRANT {r} TO {w}",
        "GRANT USAGE ON SCHEMA marsad TO {r}",
        "GRANT SELECT ON SEQUENCE marsad.change_seq TO {r}",
        "GRANT SELECT ON marsad.meta, marsad.records, marsad.tombstones, marsad.sites TO {r}",
        "GRANT INSERT, UPDATE ON marsad.records, marsad.sites TO {w}",
        "GRANT USAGE ON SEQUENCE marsad.change_seq TO {w}",
        # A push goes through a temporary table; PUBLIC has this right by default, unless taken away.
        "GRANT TEMPORARY ON DATABASE {db} TO {w}",
    )]


def create_role(name: str) -> sql.Composed:
    return sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name))


ROLE_EXISTS = "SELECT 1 FROM pg_roles WHERE rolname = %s"
LOCK_INIT = "SELECT pg_advisory_xact_lock(hashtext('marsad hub init'))"
FOUND = "SELECT to_regnamespace('marsad') IS NOT NULL, to_regclass('marsad.meta') IS NOT NULL"
META = "SELECT key, value FROM marsad.meta"
SET_META = "INSERT INTO marsad.meta(key, value) VALUES (%s, %s) ON CONFLICT (key) DO NOTHING"
DATABASE = "SELECT current_database()"
