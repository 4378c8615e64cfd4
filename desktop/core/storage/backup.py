"""Copies of a store: written whole or not at all, checked, and kept in a rolling set.

A copy is written through SQLite's backup API (consistent while others use
the store) into a temporary file in the target's folder, checked, flushed to
the disk, then renamed into place and the folder flushed, so a kill or a
full disk never leaves a half-written copy under the target's name.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.core import temporary_files
from desktop.core.errors import DiskFullError, StoreError
from desktop.core.storage.connection import translate


def copy_to(conn: sqlite3.Connection, target: Path, source: Path) -> Path:
    """A checked copy of the store at `target` (replacing any file there)."""
    target = Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise StoreError("store.backup_same_file", path=str(target))
    try:
        with temporary_files.beside(target, make_folder=True) as tmp:
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                result = _quick_check(dest)
            finally:
                dest.close()
            if result != "ok":
                raise StoreError("store.damaged", path=str(source), reason=result)
            _put_in_place(tmp, target)
    except sqlite3.Error as exc:
        error = translate(exc, target)
        if isinstance(error, DiskFullError):
            raise error from None
        raise StoreError("store.backup_failed", path=str(target), reason=str(exc)) from None
    except OSError as exc:
        raise _failed(target, exc) from None
    return target


def _quick_check(copy: sqlite3.Connection) -> str:
    """'ok', or what is wrong with the copy: the source's damage, since the backup API copies pages as
    they are (a page too broken to walk fails the check with an error rather than a report)."""
    try:
        return copy.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc).lower():
            raise
        return str(exc)


def _put_in_place(tmp: Path, target: Path) -> None:
    """The finished copy flushed to the disk, renamed over the target, and the rename flushed."""
    _fsync(tmp)
    os.replace(tmp, target)
    _fsync_folder(target.parent if str(target.parent) else Path("."))


def _failed(target: Path, exc: OSError) -> StoreError:
    import errno
    if exc.errno == errno.ENOSPC:
        return DiskFullError("store.disk_full", path=str(target), folder=str(target.parent))
    return StoreError("store.backup_failed", path=str(target), reason=exc.strerror or str(exc))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to flush)."""
    if os.name == "posix":
        _fsync(folder)


def remove(path: Path) -> None:
    """A store file and its journal, WAL and shared-memory files, whichever exist."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass


def copy_bytes(source: Path, target: Path) -> None:
    """`source` copied byte for byte to `target`, whole or not at all (for a file SQLite cannot read)."""
    import shutil
    try:
        with temporary_files.beside(target, make_folder=True) as tmp:
            shutil.copyfile(source, tmp)
            _put_in_place(tmp, target)
    except OSError as exc:
        raise _failed(target, exc) from None