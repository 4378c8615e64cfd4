"""Records into the store: validate, resolve references, then write all or nothing.

`prepare` checks a whole batch and collects every error with its label (the
importer passes `file:line`); `write` runs only on a clean batch, in one
transaction, with foreign keys deferred to the commit so records may refer
to each other in any order.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from desktop.core import indexing, reader
from desktop.core.articles import body_hash
from desktop.core.records import (ID_REFERENCES, KINDS, NAME_REFERENCES, RecordError,
                                  default_id, validate)
from desktop.core.store import TABLES, StoreError, now

WRITE_ORDER = ("source", "place", "actor", "event", "quote")


class BatchError(StoreError):
    """A batch failed validation; `errors` lists every problem as 'where: reason'."""

    def __init__(self, errors: list[str]):
        shown = errors[:20]
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__("\n".join(shown) + more)
        self.errors = errors


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # inputs left out on purpose, with why

    def to_json(self) -> dict:
        return {"created": dict(self.created), "updated": dict(self.updated),
                "proposed": dict(self.proposed), "errors": list(self.errors)}

    def merge(self, other: "ImportReport") -> None:
        for name in ("created", "updated", "unchanged", "proposed"):
            getattr(self, name).update(getattr(other, name))
        self.errors += other.errors
        self.ids += other.ids
        self.skipped += other.skipped


# --- preparing -----------------------------------------------------------------


class BatchIndex:
    """What a batch holds (ids, names, aliases), so references resolve before anything is written.

    Built in a first pass over the input; it keeps no record bodies, so a file
    of a million records is checked without holding it in memory.
    """

    def __init__(self):
        self.labels: dict[str, str] = {}                    # id -> where it was first seen
        self.kinds: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], set[str]] = {}
        self.names: dict[str, list[str]] = {}               # actor/place id -> names and aliases

    def add(self, rec: dict, label: str) -> None:
        """Index a validated record; RecordError if its id was seen before."""
        key = rec["id"]
        if key in self.labels:
            raise RecordError(f"duplicate id {key!r} (first at {self.labels[key]})", "id")
        self.labels[key] = label
        self.kinds[key] = rec["kind"]
        if rec["kind"] in ("actor", "place"):
            names = [n for n in (rec["name"], rec.get("name_en"), *rec.get("aliases", [])) if n]
            self.names[key] = names
            for name in names:
                self.by_name.setdefault((rec["kind"], reader.name_norm(name)), set()).add(key)


def check_record(raw: dict, label: str, index: BatchIndex) -> dict:
    """Validate one record, give it its id, and add it to the batch index."""
    rec = checked(raw)
    index.add(rec, label)
    return rec


def checked(raw: dict) -> dict:
    """One record validated, with its id (RecordError otherwise); needs no store."""
    rec = validate(raw)
    if rec["kind"] == "article":
        raise RecordError("articles are imported from files (marsad import), not stored directly", "kind")
    if "id" not in rec:
        rec["id"] = default_id(rec)
    return rec


class Unresolved(RecordError):
    """A reference matches nothing yet: a record later in the input may still define it."""


class Resolver:
    """Finds what references point at: the batch first, then the store."""

    def __init__(self, store, index: BatchIndex):
        self.store = store
        self.index = index
        # (field, kind, normalised name, key, reference) of each reference
        # resolved by name, for a caller that resolves before the whole input is indexed.
        self.by_name_hits: list[tuple[str, str, str, str, str]] = []
        self._exists: dict[str, bool] = {}
        self._names: dict[str, list[str]] = {}
        self.row_ids: dict[str, int] = {}   # id -> integer row id, filled as the batch is written
        self.analysed = indexing.Analysed(self.names_of)
        self._next_ids: dict[str, int] = {}

    def allocate(self, conn, kind: str) -> int:
        """A fresh row id for a new record of `kind` in this batch."""
        if kind not in self._next_ids:
            top = conn.execute(f"SELECT max(id) FROM {TABLES[kind]}").fetchone()[0]
            self._next_ids[kind] = (top or 0) + 1
        self._next_ids[kind] += 1
        return self._next_ids[kind] - 1

    def row_id(self, conn, key: str) -> int:
        """The row id of the record `key`: stored, reserved earlier, or reserved now.

        A record not stored yet is one later in the batch; its row id is
        reserved now, and foreign keys are checked at commit, when it exists.
        """
        if key not in self.row_ids:
            kind = reader.kind_of(key)
            found = conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE key = ?", (key,)).fetchone()
            self.row_ids[key] = found[0] if found else self.allocate(conn, kind)
        return self.row_ids[key]

    def exists(self, kind: str, key: str) -> bool:
        if key in self.index.kinds:
            return self.index.kinds[key] == kind
        if key not in self._exists:
            self._exists[key] = reader.exists(self.store, kind, key)
        return self._exists[key]

    def resolve(self, kind: str, ref: str, by_name: bool, field_name: str = "") -> str:
        if reader.kind_of(ref) == kind:
            if self.exists(kind, ref):
                return ref
            raise Unresolved(f"no {kind} with id {ref!r} in the file or the store")
        if not by_name:
            raise RecordError(f"{ref!r} is not a {kind} id (like {kind}:some-name)")
        norm = reader.name_norm(ref)
        found = set(self.index.by_name.get((kind, norm), set())) | set(reader.keys_by_name(self.store, kind, ref))
        if len(found) == 1:
            key = found.pop()
            self.by_name_hits.append((field_name, kind, norm, key, ref))
            return key
        if not found:
            raise Unresolved(f"{ref!r} matches no {kind} id, name or alias")
        raise RecordError(ambiguous(ref, found))

    def names_of(self, kind: str, key: str) -> list[str]:
        if key in self.index.names:
            return self.index.names[key]
        if key not in self._names:
            self._names[key] = reader.names_of(self.store, kind, key)
        return self._names[key]


def ambiguous(ref: str, keys) -> str:
    return f"{ref!r} is ambiguous: it names {', '.join(sorted(keys))}"


def resolve_record(rec: dict, resolver: Resolver) -> dict:
    """The record with its references resolved to ids, in canonical form."""
    _resolve_references(rec, resolver)
    return reader.canonical(rec)


def prepare(store, records: Iterable[dict], labels: Sequence[str] | None = None) -> tuple[list[dict], Resolver]:
    """Validate and resolve a batch held in memory; raises BatchError listing every problem."""
    errors: list[str] = []
    index = BatchIndex()
    clean: list[tuple[dict, str]] = []
    for i, raw in enumerate(records):
        label = labels[i] if labels else f"record {i + 1}"
        try:
            clean.append((check_record(raw, label, index), label))
        except RecordError as exc:
            errors.append(f"{label}: {exc}")
    resolver = Resolver(store, index)
    batch = []
    for rec, label in clean:
        try:
            batch.append(resolve_record(rec, resolver))
        except RecordError as exc:
            errors.append(f"{label}: {exc}")
    if errors:
        raise BatchError(errors)
    return batch, resolver


# Per kind: (field, target kind, may it be a name?) of each single reference.
_REFERENCES = {kind: [(name, target, by_name) for refs, by_name in ((NAME_REFERENCES, True), (ID_REFERENCES, False))
                      for (k, name), target in refs.items() if k == kind] for kind in KINDS}


def _resolve_references(rec: dict, resolver: Resolver) -> None:
    kind = rec["kind"]
    resolve = resolver.resolve
    where = ""
    try:
        for where, target, by_name in _REFERENCES[kind]:
            if where in rec:
                rec[where] = resolve(target, rec[where], by_name, where)
        if kind == "event":
            for i, link in enumerate(rec.get("actors", ())):
                where = f"actors[{i}]"
                link["actor"] = resolve("actor", link["actor"], True, where)
            if "sources" in rec:
                resolved = []
                for i, source in enumerate(rec["sources"]):
                    where = f"sources[{i}]"
                    resolved.append(resolve("source", source, False))
                rec["sources"] = resolved
    except RecordError as exc:
        raise type(exc)(exc.reason, where) from None
    if rec.get("affiliation") == rec["id"] or rec.get("parent") == rec["id"]:
        raise RecordError("a record cannot refer to itself", "affiliation" if kind == "actor" else "parent")


# --- writing ---------------------------------------------------------------------


def put(store, record: dict) -> str:
    report = put_many(store, [record])
    return report.ids[0]


def put_many(store, records: Iterable[dict], labels: Sequence[str] | None = None) -> ImportReport:
    """Validate the whole batch, then write it in one transaction, or raise and write nothing."""
    records = list(records)
    with store.transaction():
        batch, resolver = prepare(store, records, labels)
        return write(store, batch, resolver)


# One SQL statement of a write: (sql, rows) runs executemany, (sql, params) with
# a tuple runs execute. Plans are lists of them, run in order by `run_ops`.
Op = tuple[str, object]


def run_ops(conn, ops: Sequence[Op]) -> None:
    for sql, params in ops:
        if isinstance(params, list):
            if params:
                conn.executemany(sql, params)
        else:
            conn.execute(sql, params)


@dataclass
class WritePlan:
    """The statements that write a batch, and what they will do."""
    report: ImportReport
    ops: list[Op]
    new_docs: list[int] = field(default_factory=list)        # search_docs ids the batch inserts
    new_unreviewed: Counter = field(default_factory=Counter)  # of those, unreviewed, per kind
    renamed: dict[str, list[int]] = field(default_factory=lambda: {"actor": [], "place": []})


def write(store, batch: list[dict], resolver: Resolver) -> ImportReport:
    """Write a prepared batch. Callers hold the transaction."""
    plan = plan_write(store, batch, resolver)
    run_ops(store.conn, plan.ops)
    if plan.renamed["actor"] or plan.renamed["place"]:
        reindex_dependents(store, plan.renamed["actor"], plan.renamed["place"])
    return plan.report


def plan_write(store, batch: list[dict], resolver: Resolver,
               own: dict[str, indexing.Own] | None = None) -> WritePlan:
    """The statements that write a prepared batch, computed without writing.

    `own` holds, by id, the analysis of records analysed elsewhere.
    """
    report = ImportReport(ids=[r["id"] for r in batch])
    plan = WritePlan(report, [("PRAGMA defer_foreign_keys=ON", ())])
    conn = store.conn
    stamp = now()
    by_kind: dict[str, list[dict]] = {k: [] for k in KINDS}
    for rec in batch:
        by_kind[rec["kind"]].append(rec)

    # Row ids known so far in this import: later chunks refer to earlier ones.
    row_ids = resolver.row_ids
    changed: dict[str, tuple[list[dict], list[dict]]] = {}   # kind -> (new records, changed stored ones)
    for kind in WRITE_ORDER:
        recs = by_kind[kind]
        if not recs:
            continue
        existing = _existing_ids(conn, kind, [r["id"] for r in recs])
        before = reader.get_many(store, kind, list(existing)) if existing else {}
        fresh, stored = [], []
        for rec in recs:
            if rec["id"] in existing:
                row_ids[rec["id"]] = existing[rec["id"]]
                old = before.get(rec["id"])
                if old == rec:
                    report.unchanged[kind] += 1
                    continue
                report.updated[kind] += 1
                if kind in plan.renamed and old and _names(old) != _names(rec):
                    plan.renamed[kind].append(existing[rec["id"]])
                stored.append(rec)
            else:
                if rec["id"] not in row_ids:  # not reserved by an earlier reference
                    row_ids[rec["id"]] = resolver.allocate(conn, kind)
                report.created[kind] += 1
                plan.new_docs.append(indexing.doc_id(kind, row_ids[rec["id"]]))
                plan.new_unreviewed[kind] += rec.get("review") == "unreviewed"
                fresh.append(rec)
            if rec.get("review") == "unreviewed":
                report.proposed[kind] += 1
        changed[kind] = (fresh, stored)

    def ref(key: str | None) -> int | None:
        return None if key is None else resolver.row_id(conn, key)

    for kind in WRITE_ORDER:
        fresh, stored = changed.get(kind, ((), ()))
        for recs, new in ((fresh, True), (stored, False)):
            if recs:
                plan.ops += _kind_ops(kind, recs, row_ids, ref, stamp, new, own or {})
                plan.ops.append((indexing.UPSERT_DOC, [
                    indexing.doc_row(rec, row_ids[rec["id"]], resolver.analysed, own and own.get(rec["id"]))
                    for rec in recs]))
    return plan


def _names(rec: dict) -> tuple:
    return rec.get("name"), rec.get("name_en"), tuple(rec.get("aliases", []))


def _existing_ids(conn, kind: str, keys: list[str]) -> dict[str, int]:
    out = {}
    for i in range(0, len(keys), reader.CHUNK):
        chunk = keys[i:i + reader.CHUNK]
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT key, id FROM {TABLES[kind]} WHERE key IN ({marks})", chunk))
    return out


def _span(rec: dict) -> str | None:
    return json.dumps(rec["source_span"]) if "source_span" in rec else None


def _tags(rec: dict) -> str | None:
    return json.dumps(rec["tags"], ensure_ascii=False) if rec.get("tags") else None


def _norm_or_none(text: str | None) -> str | None:
    return reader.name_norm(text) if text else None


_COLUMNS = {
    "source": ("title", "summary", "body", "outlet", "url", "published", "language", "author", "body_hash"),
    "actor": ("name", "name_norm", "name_en", "name_en_norm", "type", "title", "affiliation_id",
              "description", "source_id", "source_span"),
    "place": ("name", "name_norm", "name_en", "name_en_norm", "type", "parent_id", "lat", "lon",
              "source_id", "source_span"),
    "event": ("title", "summary", "date", "date_end", "date_precision", "status", "place_id",
              "category", "source_id", "source_span"),
    "quote": ("text", "speaker_id", "date", "source_id", "event_id", "context", "partial", "source_span"),
}


def _values(kind: str, rec: dict, ref, own: dict[str, indexing.Own]) -> tuple:
    """The kind's own columns of a record; `own` holds analyses worked out ahead, by id
    (a source's may carry its body hash)."""
    g = rec.get
    if kind == "source":
        body = g("body")
        analysis = own.get(rec["id"])
        digest = (analysis and analysis[4] or body_hash(body)) if body else None
        return (g("title"), g("summary"), body, g("outlet"), g("url"), g("published"), g("language"), g("author"),
                digest)
    if kind == "actor":
        return (g("name"), reader.name_norm(g("name")), g("name_en"), _norm_or_none(g("name_en")),
                g("type"), g("title"), ref(g("affiliation")), g("description"), ref(g("source")), _span(rec))
    if kind == "place":
        return (g("name"), reader.name_norm(g("name")), g("name_en"), _norm_or_none(g("name_en")),
                g("type"), ref(g("parent")), g("lat"), g("lon"), ref(g("source")), _span(rec))
    if kind == "event":
        return (g("title"), g("summary"), g("date"), g("date_end"), g("date_precision"), g("status"),
                ref(g("place")), g("category"), ref(g("source")), _span(rec))
    partial = None if g("partial") is None else int(g("partial"))
    return (g("text"), ref(g("speaker")), g("date"), ref(g("source")), ref(g("event")),
            g("context"), partial, _span(rec))


def _insert_sql(kind: str, new: bool) -> str:
    """INSERT for new rows, an upsert for stored ones.

    A plain INSERT of a new row is twice as fast as the upsert when the
    table has foreign keys (measured: 40k events, 0.32 s against 0.68 s).
    """
    table = TABLES[kind]
    cols = ("id", "key") + _COLUMNS[kind] + ("notes", "tags", "review", "created_at", "updated_at")
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    if new:
        return sql
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "created_at"))
    return f"{sql} ON CONFLICT(id) DO UPDATE SET {updates}"


def _kind_ops(kind: str, recs: list[dict], row_ids: dict, ref, stamp: str, new: bool,
              own: dict[str, indexing.Own]) -> list[Op]:
    """The statements that write records of one kind: their rows, aliases and links.

    `new` records have no row yet, so they have no old aliases or links to drop.
    """
    ops: list[Op] = [(_insert_sql(kind, new), [
        (row_ids[r["id"]], r["id"]) + _values(kind, r, ref, own)
        + (r.get("notes"), _tags(r), r.get("review", "confirmed"), stamp, stamp) for r in recs])]
    ids = [] if new else [(row_ids[r["id"]],) for r in recs]
    if kind in ("actor", "place"):
        alias_table, fk = ("actor_aliases", "actor_id") if kind == "actor" else ("place_aliases", "place_id")
        ops.append((f"DELETE FROM {alias_table} WHERE {fk} = ?", ids))
        ops.append((f"INSERT OR IGNORE INTO {alias_table} ({fk}, alias, alias_norm) VALUES (?, ?, ?)",
                    [(row_ids[r["id"]], a, reader.name_norm(a)) for r in recs for a in r.get("aliases", [])]))
    if kind == "event":
        ops.append(("DELETE FROM event_actors WHERE event_id = ?", ids))
        ops.append(("DELETE FROM event_sources WHERE event_id = ?", ids))
        ops.append(("INSERT OR IGNORE INTO event_actors (event_id, actor_id, role, position) VALUES (?, ?, ?, ?)",
                    [(row_ids[r["id"]], ref(link["actor"]), link.get("role", ""), i)
                     for r in recs for i, link in enumerate(r.get("actors", []))]))
        ops.append(("INSERT OR IGNORE INTO event_sources (event_id, source_id, position) VALUES (?, ?, ?)",
                    [(row_ids[r["id"]], ref(s), i) for r in recs for i, s in enumerate(r.get("sources", []))]))
    return ops


# --- keeping the index in step with renamed actors and places ------------------------


def reindex(store, kind: str, row_ids: Iterable[int]) -> None:
    """Rebuild the search rows of the given records from the store."""
    resolver = Resolver(store, BatchIndex())
    rows = [indexing.doc_row(rec, rid, resolver.analysed)
            for rid, rec in _with_row_ids(store, kind, row_ids)]
    store.conn.executemany(indexing.UPSERT_DOC, rows)


def _with_row_ids(store, kind: str, row_ids: Iterable[int]):
    recs = list(reader.iter_kind(store, kind, list(row_ids)))
    if not recs:
        return []
    ids = _existing_ids(store.conn, kind, [r["id"] for r in recs])
    return [(ids[r["id"]], r) for r in recs]


def reindex_dependents(store, actor_ids: list[int], place_ids: list[int]) -> None:
    conn = store.conn
    events, quotes, places = set(), set(), set()
    for aid in actor_ids:
        events.update(r for (r,) in conn.execute("SELECT event_id FROM event_actors WHERE actor_id = ?", (aid,)))
        quotes.update(r for (r,) in conn.execute("SELECT id FROM quotes WHERE speaker_id = ?", (aid,)))
    for pid in place_ids:
        events.update(r for (r,) in conn.execute("SELECT id FROM events WHERE place_id = ?", (pid,)))
        places.update(r for (r,) in conn.execute("SELECT id FROM places WHERE parent_id = ?", (pid,)))
    for kind, ids in (("event", events), ("quote", quotes), ("place", places)):
        if ids:
            reindex(store, kind, ids)
