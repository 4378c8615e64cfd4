"""The store: one SQLite file, opened, created, migrated, checked and backed up.

Reading and writing records live in `reader` and `writer`; this module owns
the connection, its settings and its transactions.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from desktop.core import schema
from desktop.core.records import KINDS

SQLITE_HEADER = b"SQLite format 3\x00"
TABLES = {"actor": "actors", "place": "places", "source": "sources", "event": "events", "quote": "quotes"}


class StoreError(Exception):
    """A store cannot be opened, read or written as asked; the message says why."""


class StoreNotFoundError(StoreError):
    pass


class NotAStoreError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ReadOnlyStoreError(StoreError):
    pass


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """An open Marsad store. Use `Store.open` or `Store.create`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0

    @property
    def db(self):
        """The store as a sqlite_utils Database, for tools and introspection.

        Imported on first use: nothing on the app's start-up path needs it.
        """
        import sqlite_utils
        return sqlite_utils.Database(self.conn)

    # --- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool | None = None) -> "Store":
        """Open an existing store; a read-only file opens read-only."""
        path = Path(path)
        if not path.exists():
            raise StoreNotFoundError(f"{path}: no such store (create one with `marsad --db {path} init`)")
        if path.is_dir():
            raise NotAStoreError(f"{path}: is a folder, not a Marsad store")
        _check_header(path)
        if readonly is None:
            readonly = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
        conn = _connect(path, readonly)
        try:
            store = cls(conn, path, readonly)
            store._check_identity()
            store._migrate()
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike) -> "Store":
        """Create a new, empty store; an existing file is never overwritten."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(f"{path}: already exists; open it, or choose another file")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path, readonly=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            store = cls(conn, path, readonly=False)
            with store.transaction():
                conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
            store._migrate()
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def open_or_create(cls, path: str | os.PathLike) -> "Store":
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            return cls.open(path)
        return cls.create(path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_identity(self) -> None:
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotAStoreError(f"{self.path}: not a readable SQLite store ({exc})") from None
        if app_id != schema.APPLICATION_ID:
            raise NotAStoreError(f"{self.path}: an SQLite file, but not a Marsad store; it was not changed")
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(
                f"{self.path}: written by a newer Marsad (schema {version}; this version reads up to "
                f"{schema.SCHEMA_VERSION}); update Marsad to open it. The file was not changed.")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == schema.SCHEMA_VERSION:
            return
        if self.readonly:
            raise ReadOnlyStoreError(
                f"{self.path}: needs an upgrade to schema {schema.SCHEMA_VERSION} but is read-only")
        with self.transaction():
            for number in range(version, schema.SCHEMA_VERSION):
                for statement in _statements(schema.MIGRATIONS[number]):
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")

    # --- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of writes; nested calls join the outer one."""
        if self.readonly:
            raise ReadOnlyStoreError(f"{self.path}: the store is read-only; nothing was changed")
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _write_error(self.path, exc) from None
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise _write_error(self.path, exc) from None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator["Store"]:
        """A read-only view of the store as committed now, unchanged by writes made while it is open.

        Importers look things up through it (is this article stored? who is
        this speaker?) while the import writes, and get the same answers
        however far the writing has gone. Needs WAL; otherwise it is the
        store itself.
        """
        mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            yield self
            return
        conn = _connect(self.path, readonly=True)
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins the snapshot
            yield Store(conn, self.path, readonly=True)
        finally:
            conn.close()

    # --- records (delegated) ---------------------------------------------------

    def get(self, record_id: str) -> dict | None:
        from desktop.core import reader
        return reader.get(self, record_id)

    def put(self, record: dict) -> str:
        """Validate, resolve and create or update one record; returns its id."""
        from desktop.core import writer
        return writer.put(self, record)

    def put_many(self, records: Iterable[dict]):
        from desktop.core import writer
        return writer.put_many(self, records)

    def delete(self, record_id: str, *, quotes: str | None = None) -> list[dict]:
        """Delete a record; returns the before-state of all it removed or changed (for undo)."""
        from desktop.core import removal
        return removal.delete(self, record_id, quotes=quotes)

    def set_review(self, record_ids: Iterable[str], state: str) -> int:
        """Accept (confirmed) or return records to unreviewed; returns how many changed."""
        from desktop.core import removal
        return removal.set_review(self, record_ids, state)

    def resolve(self, kind: str, name_or_id: str) -> str | None:
        from desktop.core import reader
        return reader.resolve(self, kind, name_or_id)

    # --- summary ---------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Records of each kind, from counters the triggers keep: no table is counted."""
        rows = dict(self.conn.execute("SELECT kind, total FROM doc_counts").fetchall())
        return {kind: rows.get(kind, 0) for kind in KINDS}

    def unreviewed_counts(self) -> dict[str, int]:
        rows = dict(self.conn.execute("SELECT kind, unreviewed FROM doc_counts").fetchall())
        return {kind: rows.get(kind, 0) for kind in KINDS}

    # --- briefings -------------------------------------------------------------

    def save_briefing(self, key: str, spec: dict) -> None:
        title = str(spec.get("title") or key)
        stamp = now()
        with self.transaction():
            self.conn.execute(
                "INSERT INTO briefings(key, title, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET title=excluded.title, spec=excluded.spec, "
                "updated_at=excluded.updated_at",
                (key, title, json.dumps(spec, ensure_ascii=False), stamp, stamp))

    def load_briefing(self, key: str) -> dict | None:
        row = self.conn.execute("SELECT spec FROM briefings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def list_briefings(self) -> list[dict]:
        return [{"key": k, "title": t, "updated_at": u} for k, t, u in self.conn.execute(
            "SELECT key, title, updated_at FROM briefings ORDER BY updated_at DESC")]

    # --- backup ----------------------------------------------------------------

    def backup(self, target: str | os.PathLike) -> Path:
        """A consistent copy through SQLite's backup API, safe while others use the store."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(f"{target}: is the store itself; choose another file")
        tmp = target.with_name(target.name + ".partial")
        try:
            tmp.unlink(missing_ok=True)
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{target}: cannot write the backup ({exc})") from None
        return target

    def restore(self, source: str | os.PathLike) -> None:
        """Replace this store's content with a backup, after checking the backup."""
        source = Path(source)
        backup = Store.open(source, readonly=True)
        try:
            problems = backup.check()
            if problems:
                raise StoreError(f"{source}: the backup fails its check: {problems[0]}")
            if self.readonly:
                raise ReadOnlyStoreError(f"{self.path}: the store is read-only; nothing was changed")
            backup.conn.backup(self.conn)
        finally:
            backup.close()

    # --- check -----------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by integrity_check, the FTS index check and foreign keys; [] if none."""
        from desktop.core import checks
        return checks.run(self)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        chunk = "\n".join(buf).strip()
        if chunk and sqlite3.complete_statement(chunk):
            out.append(chunk)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from None
    if head != SQLITE_HEADER and len(head) > 0:
        raise NotAStoreError(f"{path}: not a Marsad store (not an SQLite file); it was not changed")
    if not head:
        raise NotAStoreError(f"{path}: is empty, not a Marsad store")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
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
        raise NotAStoreError(f"{path}: not a readable Marsad store ({exc})") from None
    return conn


def _write_error(path: Path, exc: sqlite3.OperationalError) -> StoreError:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStoreError(f"{path}: the store is read-only; nothing was changed")
    if "locked" in text or "busy" in text:
        return StoreError(f"{path}: the store is busy in another program; try again")
    return StoreError(f"{path}: cannot write ({text})")
