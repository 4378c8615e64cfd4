"""The store: one SQLite file, opened, created, upgraded, read, written, checked and backed up.

`Store` is the one way into a store file. Its methods work in records,
pages and batches; the connection and every SQL statement stay inside this
package. Every SQLite error leaves it as a StoreError (connection.translate).
"""
from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core import kinds, temporary_files
from desktop.core.errors import (NewerSchemaError, NotAStoreError, Notice, ReadOnlyStoreError, StoreDamagedError,
                                 StoreError, StoreNotFoundError)
from desktop.core.indexing import Own
from desktop.core.kinds import Kind
from desktop.core.storage import (backups, bulk, checks, detail, fts, migrations, paging, reading, removal, new_store,
                                  relevance, tracking)
from desktop.core.storage.connection import connect, connect_store, guarded, translate
from desktop.core.storage.store_backups import BackupsMixin
from desktop.core.storage.store_hub import HubMixin
from desktop.core.storage.store_links import LinksMixin
from desktop.core.storage.store_review import ReviewMixin
from desktop.core.storage.store_map import MapMixin
from desktop.core.storage.store_suggestions import SuggestionsMixin
from desktop.core.storage.store_sync import SyncMixin
from desktop.core.storage.store_timeline import TimelineMixin
from desktop.core.storage.writing import Writer, Written
from desktop.core.storage.writing import now as writing_now

def _guarded(method):
    """SQLite errors inside a Store method become StoreErrors naming the store."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
    return wrapper


class Store(BackupsMixin, SuggestionsMixin, ReviewMixin, SyncMixin, HubMixin, TimelineMixin, LinksMixin,
            MapMixin):
    """An open Marsad store. Use `Store.open` or `Store.create`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool, backup_dir: Path | None = None,
                 backup_keep: int | None = None):
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self.backup_dir = backup_dir
        self.backup_keep = backup_keep or backups.env_keep()
        self._depth = 0
        self._indexed: dict[str, frozenset[str]] = {}
        # From schema 6 on, Marsad's own transactions are marked so that the change-tracking
        # triggers log only what other programs change (storage/tracking.py).
        self._tracking = self.schema_version >= tracking.TRACKED_SCHEMA

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool | None = None, backup_dir: Path | None = None,
             progress: Callable[[Notice], None] | None = None, backup_keep: int | None = None) -> "Store":
        """Open an existing store, upgrading an older schema (after a backup); a read-only file opens read-only."""
        path = Path(path)
        if not path.exists():
            raise StoreNotFoundError("store.not_found", path=str(path))
        if path.is_dir():
            raise NotAStoreError("store.is_folder", path=str(path))
        if readonly is None:
            readonly = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
        conn = connect_store(path, readonly)
        try:
            store = cls(conn, path, readonly, backup_dir, backup_keep)
            with guarded(path):
                store._check_identity()
                store._upgrade(progress)
                if not readonly:
                    # A load killed while it ran with a rollback journal leaves the store out of WAL.
                    conn.execute("PRAGMA journal_mode=WAL")
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike, *, backup_dir: Path | None = None,
               backup_keep: int | None = None, fill: Callable[["Store"], None] | None = None) -> "Store":
        """Create a new store, empty or as `fill` leaves it; an existing file is never overwritten.

        The store is built in a temporary file beside `path` and put in place only when whole, so a
        kill or an error leaves no store at all rather than an empty or half-filled one.
        """
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError("store.exists", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with temporary_files.beside(path) as tmp:
                conn = connect(tmp, readonly=False)
                try:
                    with guarded(path):
                        conn.execute("PRAGMA journal_mode=WAL")
                        store = cls(conn, tmp, False, backup_dir, backup_keep)
                        with store.transaction():
                            conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
                            rebuild = migrations.apply(conn, 0)
                            store._track_from_now()
                            if rebuild:
                                checks.rebuild(conn)
                        if fill is not None:
                            fill(store)
                        new_store.finish_aside(conn, path)
                finally:
                    conn.close()
                new_store.put_in_place(tmp, path)
        except OSError as exc:
            raise StoreError("store.io", path=str(path), reason=exc.strerror or str(exc)) from None
        return cls.open(path, backup_dir=backup_dir, backup_keep=backup_keep)

    @classmethod
    def open_or_create(cls, path: str | os.PathLike, **options) -> "Store":
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            return cls.open(path, **options)
        return cls.create(path, **options)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_identity(self) -> None:
        conn = self._conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != migrations.APPLICATION_ID:
            raise NotAStoreError("store.not_marsad", path=str(self.path))
        if version > migrations.SCHEMA_VERSION:
            raise NewerSchemaError("store.newer", path=str(self.path), version=version,
                                   supported=migrations.SCHEMA_VERSION)
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
            # Not a store being made (that happens in one transaction): its header was changed.
            raise StoreDamagedError("store.version_reset", path=str(self.path))

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def _upgrade(self, progress) -> None:
        # What the file holds now decides (a restore may have put an older schema in place).
        self._tracking = self.schema_version >= tracking.TRACKED_SCHEMA
        if self.schema_version == migrations.SCHEMA_VERSION:
            return
        if self.readonly:
            raise ReadOnlyStoreError("store.needs_upgrade_readonly", path=str(self.path),
                                     supported=migrations.SCHEMA_VERSION)
        self.take_backup(backups.BEFORE_UPGRADE.format(version=migrations.SCHEMA_VERSION))
        with self.transaction():
            current = self.schema_version   # another process may have upgraded it meanwhile
            rebuild = current < migrations.SCHEMA_VERSION and migrations.apply(self._conn, current)
            self._track_from_now()
            if rebuild:
                checks.rebuild(self._conn, progress)

    def _track_from_now(self) -> None:
        """Inside the transaction that made the change-tracking tables: what follows in it is Marsad's."""
        if not self._tracking and self.schema_version >= tracking.TRACKED_SCHEMA:
            self._tracking = True
            tracking.begin(self._conn)

    # --- transactions --------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing unit of writes; nested calls join the outer one."""
        if self.readonly:
            raise ReadOnlyStoreError("store.readonly", path=str(self.path))
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            if self._tracking:
                tracking.begin(self._conn)
        except sqlite3.Error as exc:
            self._rollback()
            raise translate(exc, self.path) from None
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            if self._tracking:
                tracking.end(self._conn)
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise translate(exc, self.path) from None

    def _rollback(self) -> None:
        # A failed statement (a full disk) may already have ended the transaction.
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    @contextlib.contextmanager
    def snapshot(self) -> Iterator["Store"]:
        """A read-only view of the store as committed now, unchanged by writes made while it is open.

        Importers look things up through it (is this article stored? who is
        this speaker?) while the import writes, and get the same answers
        however far the writing has gone. Needs WAL; otherwise it is the
        store itself.
        """
        mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            yield self
            return
        conn = connect(self.path, readonly=True)
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins the snapshot
            yield Store(conn, self.path, readonly=True)
        finally:
            conn.close()

    @property
    def journal(self) -> str:
        return self._conn.execute("PRAGMA journal_mode").fetchone()[0]

    @contextlib.contextmanager
    def loading(self, *, big: bool, rollback_journal: bool = False) -> Iterator[bulk.Load]:
        """A transaction set up for a load (see storage/bulk.py); `big` defers indexes, and with
        `rollback_journal` a store nobody else has open leaves WAL for the load."""
        switched = rollback_journal and big and not self.readonly and bulk.try_journal(self._conn, "TRUNCATE")
        try:
            with self.transaction(), guarded(self.path), bulk.settings(self._conn, big) as load:
                yield load
        finally:
            if switched:
                bulk.try_journal(self._conn, "WAL")

    # --- records -----------------------------------------------------------------------

    @_guarded
    def get(self, key: str) -> dict | None:
        return reading.get(self._conn, key)

    @_guarded
    def get_many(self, kind: str, keys: Iterable[str]) -> dict[str, dict]:
        return reading.get_many(self._conn, kinds.get(kind), keys)

    def records(self, kind: str, row_ids: Iterable[int] | None = None) -> Iterator[dict]:
        """Every record of a kind (or of the given row ids) in row order, read a chunk at a time."""
        with guarded(self.path):
            k = kinds.get(kind)
            if row_ids is None:
                for chunk in reading.chunks(self._conn, k):
                    yield from (rec for _, rec in chunk)
            else:
                yield from (rec for _, rec in reading.by_row_ids(self._conn, k, row_ids))

    @_guarded
    def exists(self, kind: str, key: str) -> bool:
        return reading.exists(self._conn, kinds.get(kind), key)

    @_guarded
    def text_length(self, key: str) -> int | None:
        kind = kinds.kind_of(key)
        return reading.text_length(self._conn, kinds.get(kind), key) if kind else None

    @_guarded
    def keys_by_name(self, kind: str, name: str) -> list[str]:
        return reading.keys_by_name(self._conn, kinds.get(kind), name)

    @_guarded
    def names_of(self, kind: str, key: str) -> list[str]:
        return reading.names_of(self._conn, kinds.get(kind), key)

    @_guarded
    def resolve(self, kind: str, name_or_id: str) -> str | None:
        return reading.resolve(self._conn, kinds.get(kind), name_or_id)

    @_guarded
    def find_by(self, kind: str, field: str, value: str) -> str | None:
        """The id of a record whose stored `field` (or its digest column) holds `value` (a source's URL)."""
        k = kinds.get(kind)
        fld = k.field(field) if k.has(field) else None
        column = fld.column if fld else next(fl.digest for fl in k.fields if fl.digest == field)
        row = self._conn.execute(f"SELECT key FROM {k.table} WHERE {column} = ? LIMIT 1", (value,)).fetchone()
        return row[0] if row else None

    # --- writing -------------------------------------------------------------------------

    def writer(self, on_rename=None, load: bulk.Load | None = None, waiting_names=None) -> Writer:
        """A writer for batches inside this store's transaction (the caller holds it); inside
        `loading`, pass its Load. `waiting_names(id)` gives the names of a record not written yet."""
        if not self._depth:
            raise StoreError("store.sqlite", path=str(self.path), reason="a writer needs an open transaction")
        return _GuardedWriter(self._conn, self.path, on_rename, bool(load and load.counts_by_hand), waiting_names)

    def put(self, record: dict) -> str:
        """Validate, resolve and create or update one record; returns its id."""
        from desktop.core import writing
        return writing.put_many(self, [record]).ids[0]

    def put_many(self, records: Iterable[dict], labels=None):
        from desktop.core import writing
        return writing.put_many(self, records, labels)

    @_guarded
    def delete(self, key: str, *, dependents: str | None = None, quotes: str | None = None) -> list[dict]:
        """Delete a record; returns the before-state of all it removed or changed (for undo).

        Records that cannot be left without it (an actor's quotes) need `dependents`:
        "delete", or "reassign:<id>" of another record of its kind. (`quotes` is the older name.)
        """
        with self.transaction():
            return removal.delete(self._conn, key, dependents or quotes)

    # --- counts ----------------------------------------------------------------------------

    @_guarded
    def counts(self) -> dict[str, int]:
        """Records of each kind, from counters the triggers keep: no table is counted."""
        rows = dict(self._conn.execute("SELECT kind, total FROM doc_counts").fetchall())
        return {kind: rows.get(kind, 0) for kind in kinds.KINDS}

    # --- search --------------------------------------------------------------------------

    @_guarded
    def search_page(self, query, kind: str | None, limit: int, offset: int) -> fts.Page:
        return fts.search(self._conn, query, kind, limit, offset, self.counts())

    @_guarded
    def search_counts(self, query) -> dict[str, int]:
        return fts.counts_by_kind(self._conn, query, self.counts())

    @_guarded
    def hit_set(self, query, kind: str) -> paging.HitSet:
        return fts.hit_set(self._conn, query, kind)

    @_guarded
    def matching_ids(self, query, kind: str) -> list[int]:
        return fts.matching_ids(self._conn, query, kind)

    @_guarded
    def hit_texts(self, kind: str, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        return fts.hit_texts(self._conn, kinds.get(kind), ids) if ids else {}

    # --- the tabs and the detail pane ---------------------------------------------------------

    def _indexed_columns(self, kind: Kind) -> frozenset[str]:
        if kind.name not in self._indexed:
            self._indexed[kind.name] = paging.indexed_columns(self._conn, kind)
        return self._indexed[kind.name]

    @_guarded
    def pager(self, kind: str, sort: str, descending: bool, filters, hit_set: paging.HitSet | None,
              language: str = "ar") -> "_Pager":
        k = kinds.get(kind)
        return _Pager(paging.Pager(self._conn, k, sort, descending, filters, hit_set, self._indexed_columns(k), language), self.path)

    @_guarded
    def relevance_pager(self, kind: str, query, filters, hit_set: paging.HitSet | None, rest_sort: str,
                        rest_descending: bool, language: str = "ar") -> "_Pager":
        """A search's hits ranked as `search` ranks them (relevance.py), then the rest by `rest_sort`."""
        k = kinds.get(kind)
        rest = paging.Pager(self._conn, k, rest_sort, rest_descending, filters, hit_set, self._indexed_columns(k),
                            language)
        return _Pager(relevance.RelevancePager(relevance.ranked_head(self._conn, k, query, filters), rest), self.path)

    @_guarded
    def count(self, kind: str, filters, hit_set: paging.HitSet | None) -> int:
        return paging.count(self._conn, kinds.get(kind), filters, hit_set)

    @_guarded
    def rows(self, kind: str, ids: list[int]) -> dict[int, dict]:
        return paging.rows(self._conn, kinds.get(kind), ids)

    @_guarded
    def row_id(self, key: str) -> int | None:
        name = kinds.kind_of(key)
        if name is None:
            return None
        return reading.row_ids(self._conn, kinds.get(name), [key]).get(key)

    @_guarded
    def keys_for(self, kind: str, row_ids) -> list[str]:
        return detail.keys_for(self._conn, kinds.get(kind), row_ids)

    @_guarded
    def related(self, key: str) -> dict | None:
        return detail.related(self._conn, key)

    @_guarded
    def display_names(self, keys: Iterable[str]) -> dict[str, str]:
        return detail.names(self._conn, keys)

    @_guarded
    def main_texts(self, kind: str, keys: Iterable[str]) -> dict[str, str]:
        """The whole name, title or text of each `kind` record id given (display_names cuts them for cells)."""
        return reading.main_texts(self._conn, kinds.get(kind), keys)

    @_guarded
    def count_referring(self, key: str, kind: str, field: str) -> int:
        return detail.count_referring(self._conn, kinds.get(kinds.kind_of(key)), key, kind, field)

    @_guarded
    def referring(self, key: str) -> list[tuple[str, str, list[dict]]]:
        """(kind, field, records) of everything that refers to `key`, field by field."""
        name = kinds.kind_of(key)
        kind = kinds.get(name)
        rid = reading.row_ids(self._conn, kind, [key]).get(key)
        out = []
        if rid is None:
            return out
        for other, fld in kinds.reverse_references(name):
            ids = reading.referring_through(self._conn, other, fld, [rid])
            if ids:
                out.append((other.name, fld.name, [r for _, r in reading.by_row_ids(self._conn, other, ids)]))
        return out

    # --- check, repair, backup ------------------------------------------------------------------

    def check(self) -> list[checks.Problem]:
        """Problems found by the integrity check, the index checks and foreign keys; [] if none."""
        with guarded(self.path):
            return checks.run(self._conn)

    def repair(self, progress: Callable[[Notice], None] | None = None) -> None:
        """Rebuild everything derived from the records (the index, names, hashes, counts), after a backup."""
        with guarded(self.path):
            self.take_backup(backups.BEFORE_REPAIR)
            with self.transaction():
                checks.rebuild(self._conn, progress)
                tracking.adopt(self._conn, writing_now())

    @_guarded
    def wait_for_locks(self, ms: int) -> None:
        """How long a write waits for another program's lock before it fails as busy."""
        self._conn.execute(f"PRAGMA busy_timeout={int(ms)}")

    @_guarded
    def data_version(self) -> int:
        """A number that changes when another connection commits to the store (never for our own writes)."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    @_guarded
    def size_on_disk(self) -> int:
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())


class _Pager:
    """A paging.Pager whose SQLite errors become StoreErrors."""

    def __init__(self, pager: paging.Pager, path: Path):
        self._pager = pager
        self._path = path

    @property
    def done(self) -> bool:
        return self._pager.done

    def next(self, n: int) -> list[int]:
        with guarded(self._path):
            return self._pager.next(n)


class _GuardedWriter(Writer):
    def __init__(self, conn, path: Path, on_rename, counts_by_hand: bool, waiting_names):
        super().__init__(conn, on_rename, counts_by_hand, waiting_names)
        self._path = path

    def write(self, batch: list[dict], own: dict[str, Own] | None = None) -> Written:
        with guarded(self._path):
            return super().write(batch, own)

    def reserve(self, key: str) -> int:
        with guarded(self._path):
            return super().reserve(key)
