"""Parsing, checking and analysing input records in a worker process, beside the load.

The load's own process spends its time in SQLite; the per-record Python
before it (JSON, validation, the analyser) needs nothing from the store, so
for a big input a worker process does it on another core, a block of lines
at a time, while the load writes the blocks before. Results come back in
input order, so the load sees exactly what it would have computed itself.

A worker is a spawned process (not forked: the GUI has threads), so the
frozen app calls multiprocessing.freeze_support() at start.
"""
from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator

MINIMUM_BYTES = 8 * 1024 * 1024   # smaller inputs are done in the load's process: a worker takes ~0.3 s to start
BLOCK = 2_000                     # event-data rows per task
SPAN_BYTES = 1 << 20              # bytes of a JSONL file per task, which the worker reads itself
IN_FLIGHT = 4                     # tasks submitted ahead of the one being consumed

# What a worker returns for each input item:
#   ("record", line, record, own analysis)    checked and analysed (the span's file is the load's to name)
#   ("article", line, record)                 an article: the load extracts it (extraction reads the store)
#   ("error", error)                          a MarsadError placed at its file and line
# and for each event-data row:
#   ("row", line, [(record, own analysis), ...])   its records, checked and analysed
#   ("bad row", line, error)                       why it cannot be imported (the load reports or skips it)
Prepared = tuple


def workers(event_data: bool = False) -> int:
    """Worker processes for a load: the cores the load's own process leaves free, at most three.

    Each worker keeps its own caches (the analyser's pieces and stems, an
    event-data file's places and actors), so a worker that shares a core only
    repeats that work: on two cores one worker keeps up with the load's
    process (100k records: 7.1-7.3 s with one, 7.4-7.5 s with two, and 0.7
    CPU-seconds less).
    """
    return max(1, min(3, (os.cpu_count() or 2) - 1))


def prepare_span(span) -> list[Prepared]:
    """Runs in a worker: the lines of a span of a JSONL file (jsonl.Span) -> prepared items.

    The worker reads the file itself, so the load's process neither reads
    the lines nor sends them: only the span's offsets cross over.
    """
    from desktop.core import jsonl
    errors: list = []   # lines over the limit, reported in their place
    out: list[Prepared] = []
    prepare = _line_preparer()
    for where, raw in jsonl.raw_lines(span.path, errors, span):
        if errors:
            out += [("error", e) for e in errors]
            errors.clear()
        prepared = prepare(where, raw)
        if prepared is not None:
            out.append(prepared)
    out += [("error", e) for e in errors]
    return out


def _line_preparer():
    from desktop.core import jsonl, writing
    from desktop.core.errors import MarsadError, RecordError
    analysed = _analyser()

    def prepare(where, raw: bytes) -> Prepared | None:
        record = jsonl.parse_line(where, raw)
        if record is None:
            return None   # a blank line
        if isinstance(record, MarsadError):
            return ("error", record)
        if record.get("kind") == "article":
            return ("article", where.line, record)
        try:
            rec = writing.checked(record)
        except RecordError as exc:
            return ("error", exc.at(where))
        # A plain tuple: a named tuple unpickles through a Python call, which the load's process pays for.
        return ("record", where.line, rec, tuple(analysed.own(rec, with_hash=True)))
    return prepare


def prepare_event_rows(reader, store_path: str, rows: list[tuple[int, list[str]]]) -> list[Prepared]:
    """Runs in a worker: event-data rows -> their records, checked and analysed.

    Each worker has its own emitter, so a place or actor first seen in two
    blocks comes back twice; the load keeps the first, as one emitter would.
    Names resolve through the worker's own read-only connection to the store,
    which sees it as committed before the import, like the load's importers.
    """
    from desktop.core import writing
    from desktop.core.errors import InputError, MarsadError, RecordError
    analysed = _analyser()
    emitter = _event_emitter(reader, store_path)
    out: list[Prepared] = []
    for line, row in rows:
        if isinstance(row, MarsadError):
            out.append(("bad row", line, row))      # a line that is no row (not UTF-8, malformed CSV)
            continue
        try:
            made = reader.checked_records(line, row, emitter, writing.checked)
        except (InputError, RecordError) as exc:
            out.append(("bad row", line, exc))
            continue
        out.append(("row", line, [(rec, tuple(analysed.own(rec, with_hash=True))) for rec in made]))
    return out


def _event_emitter(reader, store_path: str):
    key = (reader.path, reader.fmt, store_path)
    emitters = _emitters()
    if key not in emitters:
        store = _read_only_store(store_path)
        emitters[key] = reader.emitter(lambda name: store.resolve("place", name),
                                       lambda name: store.resolve("actor", name))
    return emitters[key]


@functools.cache
def _emitters() -> dict:
    """This worker's emitter per event-data file: it remembers the places and actors it has seen."""
    return {}


@functools.cache
def _read_only_store(path: str):
    from desktop.core.storage import Store
    return Store.open(path, readonly=True)


@functools.cache
def _analyser():
    """One analyser per worker process, so its stem cache lasts the whole load."""
    from desktop.core import indexing
    return indexing.Analysed(lambda kind, key: [])


PARENT_CHECK_SECONDS = 0.5


def _worker_started(parent: int) -> None:
    """A worker's first act: no cyclic collector, and an end of its own when the load's process dies.

    A load killed outright (kill -9, a crash) cannot stop its workers, which
    would wait for work forever (each holding its caches, about 60 MB). So a
    worker watches its parent: on Linux the kernel kills it with its parent
    (PR_SET_PDEATHSIG); everywhere a thread sees the parent gone and ends the
    process.
    """
    gc.disable()
    _die_with_parent()
    watch = threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True)
    watch.start()


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass    # the watching thread still ends the worker


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    if os.getppid() != pid:
        return False    # reparented: the parent is gone (POSIX)
    if sys.platform == "win32":
        import ctypes
        synchronize, wait_timeout = 0x00100000, 0x102
        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return kernel.WaitForSingleObject(handle, 0) == wait_timeout
        finally:
            kernel.CloseHandle(handle)
    return True


class Preparer:
    """A pool of worker processes; `prepared(items)` streams results in input order.

    Use as a context manager: leaving it, normally or by an error, stops the
    workers and drops what they have not started.
    """

    def __init__(self, count: int):
        # A worker lives for one load and makes no reference cycles worth
        # collecting: without the cyclic collector it runs a fifth faster.
        self._pool = ProcessPoolExecutor(max_workers=count, initializer=_worker_started, initargs=(os.getpid(),),
                                         mp_context=multiprocessing.get_context("spawn"))

    def __enter__(self) -> "Preparer":
        return self

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def prepared(self, spans: Iterable) -> Iterator[Prepared]:
        """The prepared lines of JSONL spans (jsonl.Span), in order."""
        return self._stream(spans, prepare_span)

    def prepared_event_rows(self, reader, store_path: str, rows: Iterable[tuple[int, list[str]]]) -> Iterator[Prepared]:
        return self._stream(_blocks(rows), functools.partial(prepare_event_rows, reader, store_path))

    def _stream(self, blocks: Iterable[list], task) -> Iterator[Prepared]:
        waiting: deque[Future] = deque()
        for block in blocks:
            waiting.append(self._pool.submit(task, block))
            if len(waiting) > IN_FLIGHT:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _blocks(items: Iterable[tuple[str, object]]) -> Iterator[list[tuple[str, object]]]:
    block: list[tuple[str, object]] = []
    for item in items:
        block.append(item)
        if len(block) >= BLOCK:
            yield block
            block = []
    if block:
        yield block
