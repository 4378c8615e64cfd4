"""The store's backups: copies on demand, the automatic rolling set, restores, and the quick check
that keeps an import out of a damaged store (a mixin of Store).

The work is in backup.py (one checked, atomic copy) and backups.py (the
rolling set, its listing, restoring over a store that cannot be read).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.core.errors import NotAStoreError, ReadOnlyStoreError, StoreDamagedError, StoreError
from desktop.core.storage import backup, backups
from desktop.core.storage.connection import guarded


# Stores up to this size get SQLite's quick check before an import writes to them (about 0.2 s at most).
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


class BackupsMixin:
    def backup(self, target: str | os.PathLike) -> Path:
        """A consistent, checked copy through SQLite's backup API, safe while others use the store."""
        return backup.copy_to(self._conn, Path(target), self.path)

    @property
    def backups_root(self) -> Path:
        return self.backup_dir or self.path.parent / f"{self.path.name}.backups"

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def take_backup(self, reason: str) -> Path:
        """An automatic copy now (before an upgrade, a repair, a restore, a large import, or daily).

        Never inside this store's own transaction: SQLite's backup API cannot read a database its
        own connection is writing, and Python's copy loop would retry forever.
        """
        if self.in_transaction:
            raise StoreError("store.backup_failed", path=str(self.path), reason="a transaction is open")
        with guarded(self.path):
            return backups.take(self._conn, self.path, self.backups_root, reason, self.backup_keep)

    def daily_backup(self) -> Path | None:
        """Today's automatic copy, when the store changed since the newest copy and that is a day old."""
        if self.readonly or not sum(self.counts().values()) or not backups.daily_due(self.path, self.backups_root):
            return None
        return self.take_backup(backups.DAILY_REASON)

    def backups(self) -> list[backups.Copy]:
        """This store's automatic copies, newest first."""
        return backups.listing(self.path, self.backups_root)

    def restore(self, source: str | os.PathLike) -> backups.Restored:
        """Replace this store's content with a copy (checked first), after copying what it replaces."""
        source = Path(source)
        backups.check_copy(source)
        if self.readonly:
            raise ReadOnlyStoreError("store.readonly", path=str(self.path))
        kept = self.take_backup(backups.BEFORE_RESTORE)
        with guarded(self.path):
            saved = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                saved.backup(self._conn)
            finally:
                saved.close()
            self._indexed.clear()
            self._check_identity()
            self._upgrade(None)     # a copy made by an older schema is brought up to date
        return backups.Restored(backups.describe(kept), kept)

    @classmethod
    def restore_over(cls, path: str | os.PathLike, source: str | os.PathLike, **options) -> backups.Restored:
        """Restore into `path` even when there is no store there or one SQLite cannot read."""
        path, source = Path(path), Path(source)
        backups.check_copy(source)
        try:
            store = cls.open(path, **options) if path.exists() and path.stat().st_size > 0 else None
        except (NotAStoreError, StoreDamagedError):
            store = None
        if store is None:
            restored = backups.restore_whole(path, source, options.get("backup_dir"))
            cls.open(path, **options).close()     # a copy made by an older schema is brought up to date
            return restored
        with store:
            return store.restore(source)

    def refuse_if_damaged(self, max_bytes: int = QUICK_CHECK_MAX_BYTES) -> None:
        """SQLite's quick check of a store up to `max_bytes`, before a write lands in it.

        A flipped bit in a page SQLite links through is otherwise found only when something reads
        that page, by which time more records sit on top of it. A 120 MB store checks in about
        0.1 s warm; bigger stores are checked by the copy a large import takes first.
        """
        with guarded(self.path):
            if self.size_on_disk() > max_bytes:
                return
            (result,) = self._conn.execute("PRAGMA quick_check(1)").fetchone()
        if result != "ok":
            raise StoreDamagedError("store.damaged", path=str(self.path), reason=result)
