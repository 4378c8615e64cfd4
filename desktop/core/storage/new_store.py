"""A new store built aside and given its name only when whole (Store.create).

A kill or a full disk during `init --sample` used to leave an empty or a
malformed store under the name the analyst chose. The store is built in a
temporary file beside it; these two steps finish it and put it in place.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.core.errors import StoreError

def finish_aside(conn: sqlite3.Connection, path: Path) -> None:
    """Everything in the temporary store's WAL moved into its file, and the file checked.

    Only the file is put in place, and its companions are removed: a checkpoint that a full disk
    cut short would leave the store's last pages behind in the WAL, so it must have finished.
    """
    busy, frames, moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy or frames != moved:
        raise StoreError("store.io", path=str(path), reason="the new store could not be written whole")
    (result,) = conn.execute("PRAGMA quick_check").fetchone()
    if result != "ok":
        raise StoreError("store.io", path=str(path), reason=result)


def put_in_place(tmp: Path, path: Path) -> None:
    """A finished new store given its name, never over a store another program made meanwhile."""
    if path.exists() and path.stat().st_size > 0:
        raise StoreError("store.exists", path=str(path))
    try:
        os.link(tmp, path)      # fails if `path` appeared: no store is ever replaced
    except FileExistsError:
        if path.stat().st_size > 0:
            raise StoreError("store.exists", path=str(path)) from None
        os.replace(tmp, path)   # an empty file stood there
    except OSError:
        os.replace(tmp, path)   # a file system with no hard links (FAT on a USB stick)
