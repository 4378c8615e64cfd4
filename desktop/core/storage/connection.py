"""Connections to a store file, and SQLite's errors as our own.

Every SQLite error that leaves the storage package does so as a StoreError
with a code the user interfaces word: busy, read-only, disk full, damaged.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

from desktop.core.errors import (DiskFullError, NotAStoreError, ReadOnlyStoreError, StoreBusyError,
                                 StoreDamagedError, StoreError)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection with the store's settings; NotAStoreError when SQLite cannot read the file."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if readonly:
            # A read-only WAL store in a read-only folder cannot create its -shm file.
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True,
                                   isolation_level=None, check_same_thread=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.DatabaseError:
                conn.close()
        raise translate(exc, path, opening=True) from None
    return conn


def connect_store(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection to an existing store; NotAStoreError for an empty file or one that is not SQLite."""
    check_size(path)
    try:
        return connect(path, readonly)
    except NotAStoreError:
        check_header(path)      # SQLite cannot read it: say whether it is an SQLite file at all
        raise


def check_size(path: Path) -> None:
    """NotAStoreError for an empty file, found without opening it (SQLite would take it for a new store).

    A store is checked this way, never by reading its header, because closing any descriptor of
    a file drops every POSIX lock this process holds on it: the window's connection would lose
    its shared lock, and the next program to close the store (a `marsad search`) would think it
    the last, checkpoint and delete the WAL the window still reads and writes through.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError("store.cannot_read", path=str(path), reason=exc.strerror or str(exc)) from None
    if not size:
        raise NotAStoreError("store.empty_file", path=str(path))


def check_header(path: Path) -> None:
    """NotAStoreError for an empty file or one that is not SQLite, read from its first bytes.

    Only for a file no connection of this process may have open (a backup copy, a file SQLite
    has just refused): see check_size.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError("store.cannot_read", path=str(path), reason=exc.strerror or str(exc)) from None
    if not head:
        raise NotAStoreError("store.empty_file", path=str(path))
    if head != SQLITE_HEADER:
        raise NotAStoreError("store.not_sqlite", path=str(path))


def translate(exc: sqlite3.Error, path: Path, *, opening: bool = False) -> StoreError:
    """SQLite's error as one of ours, by its error code (message text as a fallback)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    where = {"path": str(path)}
    if primary == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError("store.disk_full", folder=str(path.resolve().parent), **where)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return StoreBusyError("store.busy", **where)
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnlyStoreError("store.readonly", **where)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        if opening:
            return NotAStoreError("store.unreadable", reason=text, **where)
        return StoreDamagedError("store.damaged", reason=text, **where)
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or "disk I/O" in text:
        # On a full disk SQLite often fails to grow its shared-memory or WAL file, which it
        # reports as an I/O error: the free space says which it was.
        if _nearly_full(path):
            return DiskFullError("store.disk_full", folder=str(path.resolve().parent), **where)
        return StoreError("store.io", reason=text, **where)
    if opening:
        return NotAStoreError("store.unreadable", reason=text, **where)
    return StoreError("store.sqlite", reason=text, **where)


NEARLY_FULL_BYTES = 1024 * 1024    # less free space than this in the store's folder counts as a full disk


def _nearly_full(path: Path) -> bool:
    import shutil
    try:
        return shutil.disk_usage(path.resolve().parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextlib.contextmanager
def guarded(path: Path) -> Iterator[None]:
    """SQLite errors raised inside become StoreErrors naming the store."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
