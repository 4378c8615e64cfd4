"""Loading an input into the store in one pass, with the search index kept up to date.

Each record is checked as it is read and its references resolved against
what has been read so far and the store, and clean records are written in
chunks as they come, so a big file is read once and never held in memory. A
record that refers to something further down the input waits until the end.

Resolving a name before the whole input is read may pick the only record of
that name so far while a later one shares it, so every such choice is
checked again at the end. With any problem nothing more is written, every
record is still checked so that all problems are reported at once, and the
caller's transaction rolls everything back.

New search rows reach the FTS5 index a few thousand at a time, by one
INSERT ... SELECT each, instead of row by row through the insert trigger:
FTS5 flushes its pending terms at the end of every statement, so row by row
writes one tiny segment per record and spends its time merging them.
"""
from __future__ import annotations

import contextlib
import gc
import json
import os
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from desktop.core import bulkprep, indexing, writer
from desktop.core.records import RecordError
from desktop.core.store import StoreError
from desktop.core.writer import ImportReport

WRITE_CHUNK = 5_000       # records planned and written together
FTS_CHUNK = 50_000        # new search rows indexed by one statement
KEEP_PENDING = 100_000    # records waiting for a later one held in memory; the rest are read again
PROGRESS_EVERY = 10_000
FTS_HASHSIZE = 64 * 1024 * 1024   # bytes of pending terms FTS5 holds before writing a segment
# Page cache while loading, an eighth of the memory within these bounds.
# Pages that do not fit are written to the WAL and written again each time
# the load changes them once more: 100k records (a 235 MB store) load 15%
# faster with 256 MB than with 128 MB. SQLite takes cache pages as it needs
# them, so a small load does not use more memory for a big bound.
LOAD_CACHE_MIN_KIB = 128 * 1024
LOAD_CACHE_MAX_KIB = 256 * 1024

# Records a load must be expected to hold to defer indexes. Building them
# again over a small store costs little: 50k ACLED rows (16 MB, expected
# 41k) load 5% faster with the indexes deferred than kept.
BULK_MINIMUM = 10_000
BYTES_PER_RECORD = 400    # a low guess at a JSONL or CSV record, so loads are not overestimated
# Indexes name resolution reads while a load runs («"speaker": "علاوي"»): kept.
_RESOLUTION_INDEXES = ("_name_norm", "_name_en_norm", "_aliases_norm")
# Indexes that find the records naming a renamed actor or place
# (writer.reindex_dependents): built again as soon as a load renames one.
_DEPENDENTS_INDEXES = ("event_actors_actor", "quotes_speaker", "events_place", "places_parent")

_FTS_INSERT = (
    "INSERT INTO search_fts(rowid, name_norm, name_stem, body_norm, body_stem) "
    "SELECT d.id, d.name_norm, d.name_stem, d.body_norm, d.body_stem "
    "FROM json_each(?) j JOIN search_docs d ON d.id = j.value")
_COUNT = "UPDATE doc_counts SET total = total + ?, unreviewed = unreviewed + ? WHERE kind = ?"


class Cancelled(Exception):
    """The user cancelled an import; nothing was written."""


def load(store, sources: Iterable, errors: list[str], *, progress: Callable[[str], None] | None = None,
         cancelled: Callable[[], bool] | None = None, input_bytes: int = 0) -> ImportReport:
    """Load every line of `sources` (see importers.LineSource) into the store.

    Problems are appended to `errors` as "file:line: reason"; when there are
    any, the caller must roll back its transaction (it holds one).
    `input_bytes`, the size of the input, decides whether the load is big
    enough, next to the store, to rebuild secondary indexes afterwards.
    """
    sources = list(sources)
    with _collector_paused(), _loading(store, _is_bulk(store, input_bytes), errors) as dropped:
        run = _Load(store, errors, progress, cancelled, dropped)
        if input_bytes >= bulkprep.MINIMUM_BYTES:
            try:
                event_data = all(source.is_event_data for source in sources)
                with bulkprep.Preparer(bulkprep.workers(event_data)) as prep:
                    for source in sources:
                        run.read_prepared(source, prep)
            except BrokenProcessPool:
                raise StoreError("the import's worker process stopped unexpectedly; nothing was written") from None
        else:
            for source in sources:
                run.read(source)
        run.finish(sources)
    return run.report


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while loading, as it was before afterwards.

    A load keeps an object per record read (its id, label and names) and
    makes millions of short-lived ones; each full collection walks all of
    them, which cost a tenth of a 100k load and more the bigger the input.
    The load makes no reference cycles worth collecting early.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _is_bulk(store, input_bytes: int) -> bool:
    """A load of many records into a store a fraction of its size."""
    expected = input_bytes // BYTES_PER_RECORD
    return expected >= BULK_MINIMUM and sum(store.counts().values()) * 4 < expected


@contextlib.contextmanager
def _loading(store, bulk: bool, errors: list[str]) -> Iterator[dict[str, str]]:
    """Settings for a load, undone after it: a large page cache, no row-by-row FTS insert
    trigger and, for a bulk load, no secondary indexes until the end.

    Building an index once from sorted rows is cheaper than keeping it
    sorted through a million random inserts. The indexes that resolving
    names reads stay. All of it happens inside the caller's transaction, so
    a load that fails gets the trigger and the indexes back with everything else
    (and with `errors` the caller rolls back: nothing is rebuilt for nothing).
    Yields the dropped indexes, name -> CREATE statement; the load takes out
    any it builds again early.
    """
    conn = store.conn
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size=-{_load_cache_kib()}")
    conn.execute(f"INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
    (trigger_sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'search_docs_ai'").fetchone()
    conn.execute("DROP TRIGGER search_docs_ai")
    dropped = dict(_deferrable_indexes(conn)) if bulk else {}
    for name in dropped:
        conn.execute(f"DROP INDEX {name}")
    try:
        yield dropped
        if not errors:
            for sql in dropped.values():
                conn.execute(sql)
            conn.execute(trigger_sql)
    finally:
        conn.execute(f"PRAGMA cache_size={cache}")


def _load_cache_kib() -> int:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, OSError, ValueError):   # Windows has no sysconf
        return LOAD_CACHE_MIN_KIB
    return max(LOAD_CACHE_MIN_KIB, min(LOAD_CACHE_MAX_KIB, memory // 8 // 1024))


def _deferrable_indexes(conn) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the secondary indexes a load does not read."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                        "ORDER BY name").fetchall()
    return [(name, sql) for name, sql in rows if not name.endswith(_RESOLUTION_INDEXES)]


class _Load:
    def __init__(self, store, errors: list[str], progress, cancelled, dropped: dict[str, str]):
        self.store = store
        self.dropped = dropped
        self.errors = errors
        self.progress = progress
        self.cancelled = cancelled
        self.index = writer.BatchIndex()
        self.resolver = writer.Resolver(store, self.index)
        self.report = ImportReport()
        self.chunk: list[dict] = []
        self.new_docs: list[int] = []
        self.pending: list[tuple[str, dict]] = []     # waiting for a record further down
        self.spilled: set[str] = set()                # labels of waiting records not kept in memory
        self.name_choices: list[tuple] = []           # (label, field, kind, norm, key, ref)
        self.own: dict[str, indexing.Own] = {}        # id -> analysis made by a worker
        self.wal = store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        self.count = 0

    # --- reading ------------------------------------------------------------------

    def read(self, source) -> None:
        for line in source.lines(self.errors):
            self.add(line.label, line.record)

    def read_prepared(self, source, prep: bulkprep.Preparer) -> None:
        """Read a source through the worker processes, when it is of a kind they take."""
        if self.wal and source.is_event_data:
            # Workers read the store for names while this process writes it: WAL lets them.
            self._read_event_rows(source, prep)
            return
        spans = source.spans(self.errors)
        if spans is None:
            self.read(source)
            return
        seen: set[str] = set()
        for item in prep.prepared(spans):
            if item[0] == "record":
                self.add_checked(item[1], item[2], item[3])
            elif item[0] == "article":
                for line in source.article_lines(item[2], item[1], self.errors, seen):
                    self.add(line.label, line.record)
            else:
                self._tick()
                self.errors.append(item[1])

    def _read_event_rows(self, source, prep: bulkprep.Preparer) -> None:
        from desktop.core.eventdata import EventDataError
        opened = source.event_rows(self.errors)
        if opened is None:
            return
        reader, rows = opened
        stopped: list[str] = []
        seen: set[str] = set()
        number = 0
        for item in prep.prepared_event_rows(reader, str(self.store.path), _until_error(rows, stopped, EventDataError)):
            if item[0] == "fatal":
                self.errors.append(item[1])
                return
            _, kind, key, rec, own, problem = item
            if kind in ("place", "actor"):
                if key in seen:
                    continue   # first seen by another worker's block too
                seen.add(key)
            number += 1
            label = f"{source.path}: record {number}"
            if problem is not None:
                self._tick()
                self.errors.append(f"{label}: {problem}")
            else:
                self.add_checked(label, rec, own)
        self.errors.extend(stopped)

    def add(self, label: str, raw: dict) -> None:
        self._tick()
        try:
            rec = writer.checked(raw)
        except RecordError as exc:
            self.errors.append(f"{label}: {exc}")
            return
        self._accept(label, rec)

    def add_checked(self, label: str, rec: dict, own: indexing.Own) -> None:
        """A record a worker has checked and analysed."""
        self._tick()
        if self._accept(label, rec):
            self.own[rec["id"]] = own

    def _tick(self) -> None:
        self.count += 1
        _tick(self.progress, self.cancelled, self.count)

    def _accept(self, label: str, rec: dict) -> bool:
        """Index, resolve and queue a checked record; False when it has a problem."""
        try:
            self.index.add(rec, label)
        except RecordError as exc:
            self.errors.append(f"{label}: {exc}")
            return False
        hits = self.resolver.by_name_hits
        hits.clear()
        try:
            clean = writer.resolve_record(_copy(rec), self.resolver)
        except writer.Unresolved:
            self._wait(label, rec)
            return True
        except RecordError as exc:
            self.errors.append(f"{label}: {exc}")
            return False
        self.name_choices.extend((label, *hit) for hit in hits)
        self._write(clean)
        return True

    def _wait(self, label: str, rec: dict) -> None:
        """Hold a record until the input is read; a new one gets its row id now, in input order."""
        if len(self.pending) < KEEP_PENDING:
            self.pending.append((label, rec))
        else:
            self.spilled.add(label)
        if self.errors:
            return
        self.resolver.row_id(self.store.conn, rec["id"])

    # --- writing ------------------------------------------------------------------

    def _write(self, rec: dict) -> None:
        if self.errors:
            return  # nothing will be kept: only check the rest
        self.chunk.append(rec)
        if len(self.chunk) >= WRITE_CHUNK:
            self._flush()

    def _flush(self, last: bool = False) -> None:
        plan = writer.plan_write(self.store, self.chunk, self.resolver, self.own)
        for rec in self.chunk:
            self.own.pop(rec["id"], None)
        self.chunk = []
        self.report.merge(plan.report)
        ops = plan.ops
        ops.append((_COUNT, [(n, plan.new_unreviewed[k], k) for k, n in plan.report.created.items()]))
        self.new_docs += plan.new_docs
        renamed = plan.renamed["actor"] or plan.renamed["place"]
        # Reindexing replaces search rows through the update trigger, which
        # takes the old row out of FTS5: every new row must be in it first.
        if len(self.new_docs) >= FTS_CHUNK or last or renamed:
            ops.append(_index_new_docs(self.new_docs))
            self.new_docs = []
        writer.run_ops(self.store.conn, ops)
        if renamed:
            for name in _DEPENDENTS_INDEXES:
                if name in self.dropped:
                    self.store.conn.execute(self.dropped.pop(name))
            writer.reindex_dependents(self.store, plan.renamed["actor"], plan.renamed["place"])

    # --- the end of the input -----------------------------------------------------------

    def finish(self, sources: list) -> None:
        for label, rec in self._waiting(sources):
            try:
                clean = writer.resolve_record(rec, self.resolver)
            except RecordError as exc:
                self.errors.append(f"{label}: {exc}")
                continue
            self._write(clean)
        for label, field_name, kind, norm, key, ref in self.name_choices:
            others = self.index.by_name.get((kind, norm), set()) - {key}
            if others:
                self.errors.append(f"{label}: {field_name}: {writer.ambiguous(ref, others | {key})}")
        if self.errors:
            return
        if self.chunk or self.new_docs:
            self._flush(last=True)

    def _waiting(self, sources: list) -> Iterator[tuple[str, dict]]:
        yield from self.pending
        if not self.spilled:
            return
        for source in sources:
            for line in source.lines([]):
                if line.label in self.spilled:
                    yield line.label, writer.checked(line.record)


def _until_error(items: Iterator, stopped: list[str], error: type) -> Iterator:
    """`items` until one raises `error`; its message goes to `stopped`, to report after what came before."""
    try:
        yield from items
    except error as exc:
        stopped.append(str(exc))


def _index_new_docs(doc_ids: list[int]) -> writer.Op:
    return (_FTS_INSERT, (json.dumps(doc_ids),))


def _copy(rec: dict) -> dict:
    """A copy resolution may change, so that a record left waiting keeps its references as written."""
    out = dict(rec)
    if "actors" in out:
        out["actors"] = [dict(link) for link in out["actors"]]
    return out


def _tick(progress, cancelled, n: int) -> None:
    if n % 1000 == 0 and cancelled is not None and cancelled():
        raise Cancelled("import cancelled; nothing was written")
    if progress is not None and n % PROGRESS_EVERY == 0:
        progress(f"{n:,} records checked")
