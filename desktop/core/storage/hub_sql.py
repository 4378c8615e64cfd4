"""A connection to a team hub (PostgreSQL through psycopg 3), and every statement Marsad sends it.

A sync is one PostgreSQL transaction at REPEATABLE READ: whatever it reads,
pulls or pushes, it sees the hub as one snapshot, and nothing it pushes is
seen by anyone until it commits. A sync that pushes first takes `LOCK TABLE
marsad.records IN SHARE ROW EXCLUSIVE MODE`, before its snapshot is taken
(LOCK is no query, so the snapshot begins after it): pushes are one at a
time, so the numbers of the change sequence are committed in order and a
laptop that pulled up to N never misses a change numbered N or less.
Readers (pulls, searches) never wait for it.

Every psycopg error leaves this module as a HubError with a code: a hub that
cannot be reached or refuses the login before anything is done, a dropped
connection or a hub that refused a statement during the sync.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop.core.errors import HubError
from desktop.core.storage import hub_schema as schema

CONNECT_TIMEOUT = 10            # seconds: an unreachable hub is a normal day, not a long wait
LOCK_TIMEOUT = "30s"            # another laptop's push this long: busy, try again
FETCH = 2_000                   # rows a pull reads at a time
WALK = 20_000                   # the newest records a search checks before it asks the GIN index (search)
SECRETS = ("password", "sslpassword")
# What libpq says when the login itself failed (a wrong database is no login problem: "unreachable").
_AUTH = re.compile(r"password authentication failed|no password supplied|authentication failed|pg_hba\.conf|"
                   r"role \S+ does not exist|password is required")
_EXAMPLES = {"server": "PostgreSQL", "examples": "postgresql://user@host/db, service=marsad"}
_COLUMNS = ("id", "kind", "record", "version", "clock", "site", "changed_at", "search_text", "pushed_by")


def address(url: str) -> tuple[str, str, bool]:
    """(what to connect with, the same without a password, to keep and show; whether it held one)."""
    if not isinstance(url, str) or not url.strip():
        raise HubError("hub.bad_url", reason=repr(url), **_EXAMPLES)
    try:
        params = conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise HubError("hub.bad_url", reason=str(exc).strip(), **_EXAMPLES) from None
    public = {k: v for k, v in params.items() if k not in SECRETS}
    return make_conninfo(**params), make_conninfo(**public), len(public) != len(params)


@dataclass(frozen=True)
class HubInfo:
    hub_id: str
    version: int
    can_read: bool
    can_write: bool
    read_role: str
    write_role: str


class Hub:
    """An open connection to a hub. Use `Hub.connect` (and as a context manager, which closes it)."""

    def __init__(self, pg: psycopg.Connection, shown: str):
        self._pg = pg
        self.shown = shown          # the address without a password: what messages name

    @classmethod
    def connect(cls, conninfo: str, shown: str) -> "Hub":
        params = conninfo_to_dict(conninfo)
        params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
        params.setdefault("application_name", "marsad")
        try:
            # No server-side prepared statements: a hub behind PgBouncer in transaction mode works too.
            pg = psycopg.connect(make_conninfo(**params), prepare_threshold=None)
        except psycopg.Error as exc:
            reason = _reason(exc)
            code = "hub.auth" if _AUTH.search(reason) else "hub.unreachable"
            extra = {"passfiles": "~/.pgpass, $PGPASSFILE"} if code == "hub.auth" else {}
            raise HubError(code, hub=shown, reason=reason, **extra) from None
        return cls(pg, shown)

    def close(self) -> None:
        self._pg.close()

    def __enter__(self) -> "Hub":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _failed(self, exc: psycopg.Error) -> HubError:
        if isinstance(exc, (psycopg.errors.LockNotAvailable, psycopg.errors.SerializationFailure,
                            psycopg.errors.DeadlockDetected)):
            return HubError("hub.busy", hub=self.shown)
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            read_role, write_role = schema.role_names("marsad")
            return HubError("hub.no_access", hub=self.shown, read_role=read_role, write_role=write_role)
        if isinstance(exc, psycopg.OperationalError) or self._pg.closed or self._pg.broken:
            return HubError("hub.dropped", hub=self.shown, reason=_reason(exc))
        return HubError("hub.failed", hub=self.shown, reason=_reason(exc))

    def _rows(self, statement, params=()) -> list[tuple]:
        try:
            return self._pg.execute(statement, params).fetchall()
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    def _run(self, statement, params=()) -> int:
        try:
            return self._pg.execute(statement, params).rowcount
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    # --- the schema ---------------------------------------------------------------------------

    def describe(self) -> HubInfo:
        """Which hub this is and what this login may do; HubError when it is no hub this Marsad can use."""
        try:
            has_schema, has_meta = self._rows(schema.FOUND)[0]
            if not has_schema:
                raise HubError("hub.not_initialised", hub=self.shown, command=f"marsad hub init '{self.shown}'")
            if not has_meta:
                raise HubError("hub.not_hub", hub=self.shown, schema="marsad")
            meta = dict(self._rows(schema.META))
            version = int(meta.get("schema_version", 0))
            if version > schema.SCHEMA_VERSION:
                raise HubError("hub.newer", hub=self.shown, version=version, supported=schema.SCHEMA_VERSION)
            (can_read, can_write), = self._rows(
                "SELECT has_table_privilege('marsad.records', 'SELECT'), "
                "has_table_privilege('marsad.records', 'INSERT') AND has_table_privilege('marsad.records', 'UPDATE') "
                "AND has_sequence_privilege('marsad.change_seq', 'USAGE')")
        finally:
            self.rollback()
        info = HubInfo(meta["hub_id"], version, can_read, can_write, meta.get("read_role", "marsad_read"),
                       meta.get("write_role", "marsad_write"))
        if not can_read:
            raise HubError("hub.no_access", hub=self.shown, read_role=info.read_role, write_role=info.write_role)
        return info

    def initialise(self, prefix: str, hub_id: str, at: str) -> bool:
        """Create the hub's schema and roles, or bring their grants up to date; True when it was created.
        One transaction, one `hub init` at a time."""
        read_role, write_role = schema.role_names(prefix)
        try:
            with self._pg.transaction():
                self._pg.execute(schema.LOCK_INIT)
                has_schema, has_meta = self._pg.execute(schema.FOUND).fetchone()
                if has_schema and not has_meta:
                    raise HubError("hub.not_hub", hub=self.shown, schema="marsad")
                if has_meta:
                    meta = dict(self._pg.execute(schema.META).fetchall())
                    version = int(meta.get("schema_version", 0))
                    if version > schema.SCHEMA_VERSION:
                        raise HubError("hub.newer", hub=self.shown, version=version, supported=schema.SCHEMA_VERSION)
                    read_role, write_role = meta.get("read_role", read_role), meta.get("write_role", write_role)
                else:
                    self._pg.execute(schema.TABLES)
                    for key, value in (("schema_version", str(schema.SCHEMA_VERSION)), ("hub_id", hub_id),
                                       ("created_at", at), ("read_role", read_role), ("write_role", write_role)):
                        self._pg.execute(schema.SET_META, (key, value))
                for role in (read_role, write_role):
                    if not self._pg.execute(schema.ROLE_EXISTS, (role,)).fetchone():
                        self._pg.execute(schema.create_role(role))
                (database,) = self._pg.execute(schema.DATABASE).fetchone()
                for statement in schema.grants(read_role, write_role, database):
                    self._pg.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError("hub.init_denied", hub=self.shown, reason=_reason(exc), read_role=read_role,
                           write_role=write_role, command="marsad hub init") from None
        except psycopg.Error as exc:
            raise self._failed(exc) from None
        return not has_meta

    # --- one sync: a transaction ----------------------------------------------------------------

    def begin(self, write: bool) -> None:
        """Start the sync's transaction (REPEATABLE READ); a sync that pushes waits its turn first."""
        self.rollback()
        self._pg.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        self._run(sql.SQL("SET LOCAL lock_timeout = {}").format(sql.Literal(LOCK_TIMEOUT)))
        if write:
            self._run("LOCK TABLE marsad.records IN SHARE ROW EXCLUSIVE MODE")

    def commit(self) -> None:
        try:
            self._pg.commit()
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    def rollback(self) -> None:
        if not self._pg.closed and not self._pg.broken:
            try:
                self._pg.rollback()
            except psycopg.Error:
                pass        # the connection is gone: so is its transaction

    def sequence_top(self) -> int:
        """The last change number the hub gave (0: none): lower than a laptop pulled up to, the hub went
        back in time (restored from a backup)."""
        last, called = self._rows("SELECT last_value, is_called FROM marsad.change_seq")[0]
        return last if called else 0

    def count_since(self, seq: int, kinds: list[str]) -> int:
        return self._rows("SELECT count(*) FROM marsad.records WHERE kind = ANY(%s) AND seq > %s", (kinds, seq))[0][0]

    def lines_since(self, seq: int, kind: str) -> Iterator[tuple[int, bytes]]:
        """(seq, the change as a bundle line carries it) of the changes of one kind after `seq`, in order."""
        statement = (
            "SELECT seq, (CASE WHEN record IS NULL THEN jsonb_build_object('kind', 'deleted', 'id', id) "
            "ELSE record END || jsonb_build_object('sync', jsonb_build_object('version', version, 'clock', clock, "
            "'site', site, 'at', changed_at)))::text FROM marsad.records WHERE kind = %s AND seq > %s ORDER BY seq")
        try:
            with self._pg.cursor(name="marsad_pull") as cur:
                cur.itersize = FETCH
                cur.execute(statement, (kind, seq))
                for number, line in cur:
                    yield number, line.encode("utf-8")
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    def push(self, rows: Iterable[tuple], site: str, named: list[str] = ()) -> tuple[int, int | None, list[tuple]]:
        """Take the versions that descend from the hub's (or that it lacks); (how many, the last change
        number given or None, and (id, kind, the hub's earlier record JSON) of the records of the `named`
        kinds it took new versions of). `rows`: (id, kind, record JSON or None, version, clock JSON, site,
        changed_at, search_text). Needs `begin(write=True)`: the sequence is ours alone meanwhile."""
        columns = sql.SQL(", ").join(map(sql.Identifier, _COLUMNS))
        try:
            cur = self._pg.cursor()
            (empty,) = cur.execute("SELECT NOT EXISTS (SELECT 1 FROM marsad.records)").fetchone()
            # An empty hub (a team's first push) takes the rows as they come: one COPY, no second table.
            target = sql.SQL("marsad.records") if empty else sql.SQL("marsad_incoming")
            if not empty:
                cur.execute("CREATE TEMPORARY TABLE marsad_incoming (id text, kind text, record jsonb, "
                            "version integer, clock jsonb, site text, changed_at text, search_text text, "
                            "pushed_by text) ON COMMIT DROP")
            sent = 0
            with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(target, columns)) as copy:
                for row in rows:
                    copy.write_row((*row, site))
                    sent += 1
            if not sent:
                return 0, None, []
            earlier: list[tuple] = []
            if empty:
                taken = sent
            else:
                (top,) = cur.execute("SELECT last_value FROM marsad.change_seq").fetchone()
                if named:
                    cur.execute("CREATE TEMPORARY TABLE marsad_earlier ON COMMIT DROP AS SELECT r.id, r.kind, "
                                "r.record::text AS record FROM marsad_incoming i JOIN marsad.records r ON r.id = i.id "
                                "WHERE i.kind = ANY(%s) AND i.record IS NOT NULL AND r.record IS NOT NULL", (list(named),))
                cur.execute(sql.SQL(
                    "INSERT INTO marsad.records AS r ({c}) SELECT {c} FROM marsad_incoming "
                    "ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, record = EXCLUDED.record, "
                    "version = EXCLUDED.version, clock = EXCLUDED.clock, site = EXCLUDED.site, "
                    "changed_at = EXCLUDED.changed_at, seq = EXCLUDED.seq, pushed_by = EXCLUDED.pushed_by, "
                    "pushed_at = now(), search_text = EXCLUDED.search_text "
                    "WHERE marsad.descends(EXCLUDED.clock, r.clock) AND NOT marsad.descends(r.clock, EXCLUDED.clock)"
                ).format(c=columns))
                taken = cur.rowcount
                if named:
                    earlier = cur.execute("SELECT e.id, e.kind, e.record FROM marsad_earlier e JOIN marsad.records r "
                                          "ON r.id = e.id WHERE r.seq > %s", (top,)).fetchall()
            (last,) = cur.execute("SELECT currval('marsad.change_seq')").fetchone()
            if taken:
                cur.execute("INSERT INTO marsad.sites AS s (site, changes) VALUES (%s, %s) ON CONFLICT (site) "
                            "DO UPDATE SET last_push = now(), changes = s.changes + EXCLUDED.changes", (site, taken))
            return taken, last, earlier
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    def refresh_search(self, rows: Iterable[tuple[str, str, str]]) -> int:
        """Give records the hub holds a new search text, without a new version: (id, clock JSON, search_text)
        rows, each taken only where the hub holds that very version (the text was made from it). A search
        text is made of the record and the names of those it refers to: a rename makes it stale."""
        try:
            cur = self._pg.cursor()
            cur.execute("CREATE TEMPORARY TABLE marsad_refresh (id text, clock jsonb, search_text text) "
                        "ON COMMIT DROP")
            with cur.copy("COPY marsad_refresh (id, clock, search_text) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute("UPDATE marsad.records r SET search_text = f.search_text FROM marsad_refresh f "
                        "WHERE r.id = f.id AND r.clock = f.clock AND r.search_text IS DISTINCT FROM f.search_text")
            refreshed = cur.rowcount
            cur.execute("DROP TABLE marsad_refresh")
            return refreshed
        except psycopg.Error as exc:
            raise self._failed(exc) from None

    # --- search ----------------------------------------------------------------------------------

    def search(self, tsquery: str, kinds: list[str], mains: dict[str, str], limit: int) -> list[tuple]:
        """(id, kind, main text, seq, site, changed_at) of the live records matching a tsquery (Marsad's
        analysed tokens, in to_tsquery's syntax), newest changes first.

        Two steps, and no estimate: PostgreSQL's guess of how many records a query matches is often far
        off, and the plan it picks on it can take seconds on a million records. First the newest WALK
        records are read backwards along the change sequence and checked (a few milliseconds); a word
        common among recent records is answered there. Only when they hold fewer than `limit` matches
        are all the matches found through the GIN index and the newest kept. JIT compiling, which
        PostgreSQL starts for plans it costs high, takes longer than either step."""
        main = sql.SQL("CASE r.kind {} END").format(sql.SQL(" ").join(
            sql.SQL("WHEN {} THEN r.record ->> {}").format(sql.Literal(k), sql.Literal(f)) for k, f in mains.items()))
        matches = sql.SQL("search @@ to_tsquery('simple', %(q)s) AND record IS NOT NULL AND kind = ANY(%(kinds)s)")
        params = {"q": tsquery, "kinds": kinds, "kind": kinds[0] if kinds else "", "limit": limit}
        # One kind walks its own (kind, seq) index; several walk the sequence and are picked after.
        one_kind = sql.SQL("WHERE kind = %(kind)s " if len(kinds) == 1 else "")
        walked = sql.SQL("SELECT id, seq FROM (SELECT id, seq, kind, search, record IS NULL AS gone "
                         "FROM marsad.records {} ORDER BY seq DESC LIMIT {}) w "
                         "WHERE search @@ to_tsquery('simple', %(q)s) AND NOT gone AND kind = ANY(%(kinds)s) "
                         "ORDER BY seq DESC LIMIT %(limit)s").format(one_kind, sql.Literal(WALK))
        every = sql.SQL("SELECT id, seq FROM (SELECT id, seq FROM marsad.records WHERE {} OFFSET 0) m "
                        "ORDER BY seq DESC LIMIT %(limit)s").format(matches)
        shown = sql.SQL("SELECT r.id, r.kind, {main}, r.seq, r.site, r.changed_at FROM ({chosen}) m "
                        "JOIN marsad.records r ON r.id = m.id ORDER BY r.seq DESC")
        try:
            self._run("SET LOCAL jit = off")
            found = self._rows(shown.format(main=main, chosen=walked), params)
            if len(found) < limit:
                found = self._rows(shown.format(main=main, chosen=every), params)
            return found
        finally:
            self.rollback()


def _reason(exc: BaseException) -> str:
    """libpq's words, on one line (they never hold a password)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def to_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- a parsed query in to_tsquery's syntax ---------------------------------------------------------

_TOKEN = re.compile(r"^\w+$")


def _term(term) -> str | None:
    """One term: its stems, a phrase when there are several (as FTS5 reads "a b"), the last a prefix if
    written so. Tokens hold only letters and digits (the analyser's), so quoting them is always safe."""
    stems = [s for s in term.stems if _TOKEN.match(s)]
    if not stems:
        return None
    parts = [f"'{s}'" for s in stems]
    if term.prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def tsquery(q) -> str | None:
    """A core.query.Query's words as to_tsquery('simple', ...) text: groups ANDed, alternatives ORed,
    excluded terms negated; None when it has no words. Filters are not the tsquery's business."""
    parts = []
    for group in q.groups:
        alts = [t for t in map(_term, group) if t]
        if alts:
            parts.append(alts[0] if len(alts) == 1 else "(" + " | ".join(alts) + ")")
    for term in q.excluded:
        found = _term(term)
        if found:
            parts.append(f"!{found}")
    return " & ".join(parts) or None
