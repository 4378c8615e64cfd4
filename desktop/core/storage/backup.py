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

from desktop.core.errors import DiskFullError, StoreError
from desktop.core.storage.connection import translate


def copy_to(conn: sqlite3.Connection, target: Path, source: Path) -> Path:
    """A checked copy of the store at `target` (replacing any file there)."""
    target = Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise StoreError("store.backup_same_file", path=str(target))
    tmp = _temporary_beside(target)
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            (result,) = dest.execute("PRAGMA quick_check").fetchone()
        finally:
            dest.close()
        if result != "ok":
            raise StoreError("store.damaged", path=str(source), reason=result)
        _put_in_place(tmp, target)
    except sqlite3.Error as exc:
        remove(tmp)
        error = translate(exc, target)
        if isinstance(error, DiskFullError):
            raise error from None
        raise StoreError("store.backup_failed", path=str(target), reason=str(exc)) from None
    except OSError as exc:
        remove(tmp)
        raise _failed(target, exc) from None
    except BaseException:
        remove(tmp)
        raise
    return target


def _temporary_beside(target: Path) -> Path:
    """An empty temporary file in the target's folder (a rename within one folder is atomic)."""
    import tempfile    # only when a copy is made: not on the start-up path
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _failed(target, exc) from None
    return Path(name)


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
    tmp = _temporary_beside(target)
    try:
        shutil.copyfile(source, tmp)
        _put_in_place(tmp, target)
    except OSError as exc:
        remove(tmp)
        raise _failed(target, exc) from None
    except BaseException:
        remove(tmp)
        raise
