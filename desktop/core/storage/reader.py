"""Opening a store for a command that only reads it (search, show, export, check, briefing).

Such a command opens it read-only, and for more than safety from its own
bugs: SQLite's last connection to close checkpoints the WAL and deletes it,
and a program decides it is the last from POSIX locks, which another process
(the window) can lose without knowing (closing any descriptor it holds on the
store drops them all). A read-only connection never checkpoints on close, so
it never deletes the WAL the window still writes through. It leaves an empty
-wal and -shm beside the store instead, which the next writer tidies away.
"""
from __future__ import annotations

import os
from pathlib import Path

from desktop.core.errors import ReadOnlyStoreError
from desktop.core.storage.store import Store


def open_for_reading(path: str | os.PathLike, **options) -> Store:
    """The store at `path`, read-only; one with an older schema is upgraded first when it may be written
    (the upgrade is a write, and a reader of an old store should not have to run one by hand)."""
    try:
        return Store.open(path, readonly=True, **options)
    except ReadOnlyStoreError as exc:
        if exc.code != "store.needs_upgrade_readonly" or not _writable(Path(path)):
            raise
    Store.open(path, **options).close()
    return Store.open(path, readonly=True, **options)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
