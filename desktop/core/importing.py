"""Importing files into the store in one pass, all or nothing.

Each record is checked as it is read and its references resolved against
what has been read so far and the store, and clean records are written in
chunks as they come, so a big file is read once and never held in memory. A
record that refers to something further down the input waits until the end.

Resolving a name before the whole input is read may pick the only record of
that name so far while a later one shares it, so every such choice is
checked again at the end. With any problem nothing more is written, every
record is still checked so that all problems are reported at once, and the
transaction rolls everything back: the store is left exactly as it was.

Event data (CSV, TSV) is read a row at a time, each row whole or not at all:
a row with a problem refuses the input like any other, or, when the caller
asks to skip bad rows, is left out and listed with its line and why while
the valid rows are imported.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core import bulkprep, importers, inputs, kinds, writing
from desktop.core.errors import (BadRowsError, BatchError, Cancelled, InputError, MarsadError, Notice, RecordError,
                                 StoreError, Unresolved, Where)
from desktop.core.indexing import Own
from desktop.core.kinds.fields import LINKS
from desktop.core.storage.backups import BEFORE_IMPORT
from desktop.core.storage.writing import names
from desktop.core.writing import ImportReport

WRITE_CHUNK = 5_000       # records planned and written together
KEEP_PENDING = 100_000    # records waiting for a later one held in memory; the rest are read again
PROGRESS_EVERY = 10_000
# Records a load must be expected to hold to defer indexes. Building them
# again over a small store costs little: 50k ACLED rows (16 MB, expected
# 41k) load 5% faster with the indexes deferred than kept.
BULK_MINIMUM = 10_000
BYTES_PER_RECORD = 400    # a low guess at a JSONL or CSV record, so loads are not overestimated
# An input this large into a store with records gets an automatic copy of the store first
# (about 10,000 records: more than an analyst would put right by hand).
LARGE_IMPORT_BYTES = 4 * 1024 * 1024
# The kinds an event-data row proposes once for every row that names them: a row meeting one that
# an earlier row (or another worker's block) brought is no duplicate.
_PROPOSED_ONCE = ("place", "actor", "source")


def import_files(store, paths: Iterable[str | os.PathLike], *, dry_run: bool = False,
                 progress: Callable[[Notice], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, skip_bad_rows: bool = False,
                 word_reason: Callable | None = None, **options) -> ImportReport:
    """Import files all or nothing, in one pass over the input.

    Any problem is reported with its file and line, and the transaction is
    rolled back, so the store is left exactly as it was. Importers look
    things up in the store as it was before the import began. When every
    problem is a bad event-data row, the error is a BadRowsError.

    `skip_bad_rows`: an event-data row that cannot be imported is left out
    instead, and listed in the report's `skipped` with its line and why; the
    valid rows are imported in the same one transaction. Other problems (a
    JSONL line, a CSV header) still refuse the whole input.

    `word_reason(reason)` words why extraction proposed each record from an
    article, into its notes (desktop/core/extract/reasons.py): English by
    default, as the command line keeps it; the GUI passes its own language's.
    """
    if word_reason is not None:
        options["word_reason"] = word_reason
    paths = [Path(p) for p in paths]
    errors: list[MarsadError] = []
    # A pipe, a device or a socket would be read until it ends, perhaps never: refused by what it is.
    special = [p for p in paths if p.exists() and not p.is_file() and not p.is_dir()]
    errors += [InputError("input.not_regular", where=Where(str(p))) for p in special]
    paths = [p for p in paths if p not in special]
    sources: list = []
    skipped_rows: list[MarsadError] = []
    report = ImportReport()
    # What each file holds (a plain file, or an archive's members), by its content: inputs decides.
    listed = [inputs.listing(p) for p in paths]
    input_bytes = sum(map(_content_size, listed))
    big = is_bulk(store, input_bytes)
    # Event-data workers read the store while the load writes it, which WAL allows.
    event_data = any(e.kind == inputs.EVENT_DATA for found in listed for e in found.entries)
    if not dry_run and not store.in_transaction:
        backup_before(store, input_bytes)
    try:
        with store.loading(big=big, rollback_journal=not event_data) as load, store.snapshot() as before:
            sources = [s for found in listed for s in importers.open_sources(before, found, **options)]
            with _collector_paused():
                run = _Load(store, load, errors, progress, cancelled, skip_bad_rows)
                run.read_all(sources, input_bytes)
                run.finish(sources)
            if not errors:
                # Why each proposal was made, kept beside its words (schema 8), in the same transaction.
                store.keep_reasons((key, field_name, found, words) for source in sources
                                   for (key, field_name), (found, words) in source.reasons.items())
            report = run.report
            skipped_rows = run.skipped
            if errors:
                raise (BadRowsError if run.only_bad_rows else BatchError)(errors)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except BrokenProcessPool:
        raise StoreError("input.worker_died") from None
    skipped = [n for s in sources for n in s.skipped] + skipped_rows
    report.skipped = sorted({str(n): n for n in skipped}.values(), key=lambda e: (e.where or Where()).sort_key())
    report.skipped_rows = len(skipped_rows)
    return report


def backup_before(store, input_bytes: int) -> None:
    """The automatic copy an import takes first: of a store with records, before a large input, else
    the day's copy when due. Either copy is checked, so a damaged store is refused before anything is
    written to it; with no copy due, a store of moderate size gets SQLite's quick check instead.
    Outside any transaction (a caller holding one calls this before it)."""
    if input_bytes >= LARGE_IMPORT_BYTES and sum(store.counts().values()):
        store.take_backup(BEFORE_IMPORT)
    elif store.daily_backup() is None:
        store.refuse_if_damaged()


def input_size(paths: Iterable[str | os.PathLike]) -> int:
    """Bytes of content the files hold (an archive's uncompressed size, which is what a load reads)."""
    return sum(_content_size(inputs.listing(p)) for p in paths)


def _content_size(found: inputs.Listing) -> int:
    return found.size if found.problem is None else _size(found.path)


def is_bulk(store, input_bytes: int) -> bool:
    """A load of many records into a store a fraction of its size."""
    expected = input_bytes // BYTES_PER_RECORD
    return expected >= BULK_MINIMUM and sum(store.counts().values()) * 4 < expected


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


class _DryRun(Exception):
    """Raised to roll back a dry run's transaction."""


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while loading, as it was before afterwards.

    A load keeps an object per record read (its id and names) and makes
    millions of short-lived ones; each full collection walks all of them,
    which cost a tenth of a 100k load and more the bigger the input. The load
    makes no reference cycles worth collecting early.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Load:
    def __init__(self, store, load, errors: list[MarsadError], progress, cancelled, skip_bad_rows: bool = False):
        self.store = store
        self.errors = errors
        self.skip_bad_rows = skip_bad_rows
        self.skipped: list[MarsadError] = []          # bad rows left out (skip_bad_rows), with why
        self.row_problems = 0                         # errors that are bad rows, which skipping would leave out
        self.progress = progress
        self.cancelled = cancelled
        self.index = writing.BatchIndex()
        self.resolver = writing.Resolver(store, self.index)
        self.waiting_names: dict[str, list[str]] = {}  # names of waiting records others may name
        self.writer = store.writer(on_rename=load.restore, load=load, waiting_names=self.waiting_names.get)
        self.writer.keep_newer = True     # an older export of a dataset does not undo its later revisions
        self.report = ImportReport()
        self.chunk: list[dict] = []
        self.pending: list[tuple[Where, dict]] = []   # waiting for a record further down
        # Waiting records not kept in memory, by where (a row's records share its line) and id.
        self.spilled: dict[Where, set[str]] = {}
        self.name_choices: list[tuple] = []           # (where, field, kind, norm, key, ref)
        self.duplicates: list[tuple[Where, str]] = []   # (where, id) of an id seen before in the input
        self.repeated_rows: list[tuple[Where, str]] = []   # (where, id) of a row repeating an earlier row's event
        self.own: dict[str, Own] = {}                 # id -> analysis made by a worker
        # Ids that articles of this import proposed, over all its files: two articles that name the
        # same gazetteer place or actor propose it once (the second would be a duplicate id).
        self.proposed: set[str] = set()
        self.wal = store.journal == "wal"
        self.count = 0

    # --- reading ------------------------------------------------------------------

    def read_all(self, sources: list, input_bytes: int) -> None:
        # A dataset's rows never carry the analyst's grades: a re-import keeps those already given.
        self.writer.keep_grades = any(source.is_event_data for source in sources)
        if input_bytes >= bulkprep.MINIMUM_BYTES:
            event_data = all(source.is_event_data for source in sources)
            with bulkprep.Preparer(bulkprep.workers(event_data)) as prep:
                for source in sources:
                    self.read_prepared(source, prep)
        else:
            for source in sources:
                self.read(source)

    @property
    def only_bad_rows(self) -> bool:
        """Every problem is an event-data row that skipping bad rows would leave out."""
        return 0 < self.row_problems == len(self.errors)

    def read(self, source) -> None:
        if source.is_event_data:
            self._read_event_rows_here(source)
            return
        for line in source.lines(self.errors, self.proposed):
            self.add(line.where, line.record)

    def read_prepared(self, source, prep: bulkprep.Preparer) -> None:
        """Read a source through the worker processes, when it is of a kind they take."""
        if source.is_event_data:
            if self.wal:
                # Workers read the store for names while this process writes it: WAL lets them.
                self._read_event_rows(source, prep)
            else:
                self.read(source)
            return
        spans = source.spans(self.errors)
        if spans is None:
            self.read(source)
            return
        seen = self.proposed
        name = source.name
        for item in prep.prepared(spans):
            if item[0] == "record":
                self.add_checked(Where(name, item[1]), item[2], item[3])
            elif item[0] == "article":
                for line in source.article_lines(item[2], Where(name, item[1]), self.errors, seen):
                    self.add(line.where, line.record)
            else:
                self._tick()
                self.errors.append(item[1])

    def _read_event_rows(self, source, prep: bulkprep.Preparer) -> None:
        opened = source.event_rows(self.errors)
        if opened is None:
            return
        reader, rows = opened
        name = source.name
        # Rows are read (and decompressed) here and sent to the workers a block at a time.
        for item in prep.prepared_event_rows(reader, str(self.store.path), importers.rows_of(rows, self.errors)):
            if item[0] == "bad row":
                self._bad_row(item[2])
            else:
                self._add_row(Where(name, item[1]), item[2])

    def _read_event_rows_here(self, source) -> None:
        """An event-data file row by row in this process, as the workers would read it."""
        name = source.name
        for line, made in source.checked_rows(self.errors):
            if isinstance(made, MarsadError):
                self._bad_row(made)     # a line that is no row (not UTF-8, malformed CSV), or a bad row
                continue
            self._add_row(Where(name, line), [(rec, None) for rec in made])

    def _add_row(self, where: Where, made: list[tuple[dict, Own | None]]) -> None:
        """The checked records of one event-data row (and their analysis, when a worker made it).

        A place or actor another row brought already is not added again. A
        row whose event an earlier row holds is a bad row; its new places
        and actors are added all the same, since later rows name them.
        """
        repeated = next((rec["id"] for rec, _ in made
                         if rec["kind"] not in _PROPOSED_ONCE and rec["id"] in self.index.seen), None)
        if repeated is not None:
            self.repeated_rows.append((where, repeated))
            if not self.skip_bad_rows:
                self.row_problems += 1
        for rec, own in made:
            if rec["id"] in self.index.seen:
                continue
            if own is None:
                self._tick()
                self._accept(where, rec)
            else:
                self.add_checked(where, rec, own)

    def _bad_row(self, problem: MarsadError) -> None:
        """An event-data row that cannot be imported: left out and listed, or a problem like any other."""
        self._tick()
        if self.skip_bad_rows:
            self.skipped.append(problem)
        else:
            self.errors.append(problem)
            self.row_problems += 1

    def add(self, where: Where, raw: dict) -> None:
        self._tick()
        try:
            rec = writing.checked(raw)
        except RecordError as exc:
            self.errors.append(exc.at(where))
            return
        self._accept(where, rec)

    def add_checked(self, where: Where, rec: dict, own: Own) -> None:
        """A record a worker has checked and analysed."""
        self._tick()
        if self._accept(where, rec):
            self.own[rec["id"]] = own

    def _tick(self) -> None:
        self.count += 1
        n = self.count
        if n % 1000 == 0 and self.cancelled is not None and self.cancelled():
            raise Cancelled("input.cancelled")
        if self.progress is not None and n % PROGRESS_EVERY == 0:
            self.progress(Notice("progress.checked", count=n))

    def _accept(self, where: Where, rec: dict) -> bool:
        """Index, resolve and queue a checked record; False when it has a problem."""
        if not self.index.add(rec):
            self.duplicates.append((where, rec["id"]))
            return False
        hits = self.resolver.by_name_hits
        hits.clear()
        try:
            clean = writing.resolve_record(_copy(rec), self.resolver)
        except Unresolved:
            self._wait(where, rec)
            return True
        except RecordError as exc:
            self.errors.append(exc.at(where))
            return False
        self.name_choices.extend((where, *hit) for hit in hits)
        self._write(clean)
        return True

    def _wait(self, where: Where, rec: dict) -> None:
        """Hold a record until the input is read; a new one gets its row id now, in input order."""
        if len(self.pending) < KEEP_PENDING:
            self.pending.append((where, rec))
        else:
            self.spilled.setdefault(where, set()).add(rec["id"])
        found = names(kinds.get(rec["kind"]), rec)
        if found:
            self.waiting_names[rec["id"]] = found
        if not self.errors:
            self.writer.reserve(rec["id"])

    # --- writing ------------------------------------------------------------------

    def _write(self, rec: dict) -> None:
        if self.errors:
            return  # nothing will be kept: only check the rest
        self.chunk.append(rec)
        if len(self.chunk) >= WRITE_CHUNK:
            self._flush()

    def _flush(self) -> None:
        chunk, self.chunk = self.chunk, []
        own = {rec["id"]: self.own.pop(rec["id"]) for rec in chunk if rec["id"] in self.own}
        self.report.merge(self.writer.write(chunk, own))
        self.report.ids += [rec["id"] for rec in chunk]

    # --- the end of the input -----------------------------------------------------------

    def finish(self, sources: list) -> None:
        for where, rec in self._waiting(sources):
            try:
                clean = writing.resolve_record(rec, self.resolver)
            except RecordError as exc:
                self.errors.append(exc.at(where))
                continue
            self._write(clean)
        if self.duplicates or self.repeated_rows:
            self._report_duplicates(sources)
        for where, field_name, kind, norm, key, ref in self.name_choices:
            others = self.index.named(kind, norm) - {key}
            if others:
                self.errors.append(RecordError("ref.ambiguous", where=where, field=field_name, value=ref,
                                               keys=", ".join(sorted(others | {key}))))
        if self.errors:
            return
        if self.chunk:
            self._flush()

    def _report_duplicates(self, sources: list) -> None:
        """Each duplicate id with where it was first seen: found by reading the input once more
        (only when there are duplicates; a set of every id's place would cost the memory of a big load)."""
        wanted = {key for _, key in self.duplicates + self.repeated_rows}
        first: dict[str, Where] = {}
        for source in sources:
            for line in source.lines([]):
                key = line.record.get("id")
                if not isinstance(key, (str, type(None))):
                    continue       # refused already for its id: a dict or a list is no key to look up
                if key is None:    # an id made from the record's text
                    try:
                        key = writing.checked(line.record)["id"]
                    except MarsadError:
                        continue
                if key in wanted and key not in first:
                    first[key] = line.where
        self.errors += [writing.duplicate(key, where, first.get(key)) for where, key in self.duplicates]
        repeated = [writing.duplicate(key, where, first.get(key)) for where, key in self.repeated_rows]
        if self.skip_bad_rows:
            self.skipped += repeated
        else:
            self.errors += repeated

    def _waiting(self, sources: list) -> Iterator[tuple[Where, dict]]:
        yield from self.pending
        if not self.spilled:
            return
        for source in sources:
            for line in source.lines([]):
                if line.where in self.spilled:
                    rec = writing.checked(line.record)
                    if rec["id"] in self.spilled[line.where]:
                        yield line.where, rec


def _copy(rec: dict) -> dict:
    """A copy resolution may change, so that a record left waiting keeps its references as written."""
    out = dict(rec)
    for name in _link_fields(rec["kind"]):
        if name in out:
            out[name] = [dict(item) for item in out[name]]
    return out


@functools.cache
def _link_fields(kind: str) -> tuple[str, ...]:
    """The fields whose items resolution changes in place (an event's actor links)."""
    return tuple(fld.name for fld in kinds.get(kind).fields if fld.type == LINKS)
