"""The automatic backups: a rolling set of checked copies of each store, listed and restored.

Like Anki's and Zotero's: a copy is taken before every schema upgrade,
repair, restore and large import, and once a day when the store has
changed. Each store has its own folder inside the backups folder, named by
the store's file name and a hash of its full path, so two stores both
called marsad.db keep apart; a copy is named by its time and reason
(`20261204-093012-123456-before-import.db`), and the oldest beyond `keep`
are removed.

Copies are written by backup.copy_to (a temporary file, checked, flushed,
renamed). A copy interrupted by a kill leaves its temporary `.partial`
file behind; the next copy into the folder removes those older than an
hour (a younger one may be another process's copy in progress).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import kinds
from desktop.core.errors import NewerSchemaError, NotAStoreError, StoreError, StoreNotFoundError
from desktop.core.storage import backup, migrations
from desktop.core.storage.connection import check_header, translate

KEEP = 10                      # copies kept per store unless the user says otherwise
DAILY = dt.timedelta(days=1)   # a store changed since its newest copy gets a new one after this long
STALE_PARTIAL_SECONDS = 3600
_STAMP = "%Y%m%d-%H%M%S-%f"

# Why a copy was taken (the last part of its name).
BEFORE_UPGRADE = "before-schema-{version}"
BEFORE_REPAIR = "before-repair"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
DAILY_REASON = "daily"


@dataclass(frozen=True)
class Copy:
    """One automatic copy: when and why it was taken, what it holds."""
    path: Path
    taken: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)   # records per kind; empty when unreadable
    schema: int | None = None
    problem: str | None = None                              # why it cannot be read, if it cannot

    def to_json(self) -> dict:
        return {"path": str(self.path), "time": self.taken.isoformat(timespec="seconds"), "reason": self.reason,
                "counts": self.counts, "records": sum(self.counts.values()), "size": self.size,
                "schema": self.schema, "problem": self.problem}


@dataclass(frozen=True)
class Restored:
    """What a restore replaced: the copy kept of it (None when there was no store), as listed."""
    replaced: Copy | None
    kept: Path | None


def folder_for(root: Path, store: Path) -> Path:
    """The store's own folder of copies inside the backups folder `root`."""
    import hashlib
    full = str(Path(store).resolve())
    return Path(root) / f"{Path(store).stem}-{hashlib.sha1(full.encode('utf-8')).hexdigest()[:8]}"


def take(conn: sqlite3.Connection, store: Path, root: Path, reason: str, keep: int = KEEP) -> Path:
    """A checked copy of the open store in its folder, then the oldest beyond `keep` removed."""
    folder = folder_for(root, store)
    _remove_stale_partials(folder)
    target = folder / f"{dt.datetime.now().strftime(_STAMP)}-{reason}.db"
    backup.copy_to(conn, target, store)
    for old in _names(folder)[:-keep] if keep > 0 else []:
        backup.remove(old)
    return target


def daily_due(store: Path, root: Path, now: dt.datetime | None = None) -> bool:
    """Whether the store has changed since its newest copy and that copy is a day old (or there is none)."""
    names = _names(folder_for(root, store))
    changed = max((p.stat().st_mtime for p in (store, Path(f"{store}-wal")) if p.exists()), default=0.0)
    if not names:
        return changed > 0
    newest = _taken(names[-1])
    now = now or dt.datetime.now()
    return now - newest >= DAILY and changed > newest.timestamp()


def listing(store: Path, root: Path) -> list[Copy]:
    """The store's automatic copies, newest first, each opened read-only to count its records."""
    return [describe(p) for p in reversed(_names(folder_for(root, store)))]


def describe(path: Path) -> Copy:
    """What a copy holds, read without changing it (an unreadable copy says why)."""
    path = Path(path)
    reason = path.stem.split("-", 3)[3] if path.stem.count("-") >= 3 else ""
    size = path.stat().st_size
    try:
        check_header(path)
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {k.name: conn.execute(f"SELECT count(*) FROM {k.table}").fetchone()[0]
                      for k in kinds.stored() if k.table in tables}
        finally:
            conn.close()
    except (StoreError, sqlite3.Error) as exc:
        return Copy(path, _taken(path), reason, size, problem=str(exc))
    return Copy(path, _taken(path), reason, size, counts, schema)


def _names(folder: Path) -> list[Path]:
    """The copies in a store's folder, oldest first (their names start with the time)."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".db" and _is_stamped(p.stem))
    except OSError:
        return []


def _is_stamped(stem: str) -> bool:
    try:
        _parse(stem)
    except ValueError:
        return False
    return True


def _parse(stem: str) -> dt.datetime:
    return dt.datetime.strptime("-".join(stem.split("-", 3)[:3]), _STAMP)


def _taken(path: Path) -> dt.datetime:
    return _parse(Path(path).stem)


def _remove_stale_partials(folder: Path) -> None:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for entry in entries:
        if ".partial" in entry.name:
            try:
                if entry.stat().st_mtime < cutoff:
                    backup.remove(entry)
            except OSError:
                pass


def copy_files(store: Path, root: Path, reason: str) -> Path:
    """A byte-for-byte copy of a store that SQLite cannot read (with its WAL), kept before it is replaced."""
    folder = folder_for(root, store)
    target = folder / f"{dt.datetime.now().strftime(_STAMP)}-{reason}.db"
    for suffix in ("", "-wal"):
        source = Path(f"{store}{suffix}")
        if source.exists():
            backup.copy_bytes(source, Path(f"{target}{suffix}"))
    return target


def env_keep() -> int:
    """How many copies to keep: $MARSAD_BACKUPS_KEEP, else KEEP (the GUI passes its own setting)."""
    value = os.environ.get("MARSAD_BACKUPS_KEEP", "")
    return int(value) if value.isdigit() and int(value) > 0 else KEEP


def check_copy(source: Path) -> None:
    """Refuse a copy to restore from that is missing, not a store, from a newer Marsad, or damaged."""
    source = Path(source)
    if not source.is_file():
        raise StoreNotFoundError("store.not_found", path=str(source))
    check_header(source)
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != migrations.APPLICATION_ID:
                raise NotAStoreError("store.not_marsad", path=str(source))
            if version > migrations.SCHEMA_VERSION:
                raise NewerSchemaError("store.newer", path=str(source), version=version,
                                       supported=migrations.SCHEMA_VERSION)
            (result,) = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, source) from None
    if result != "ok":
        raise StoreError("store.backup_check_failed", path=str(source), problem=result)


def restore_whole(store: Path, source: Path, root: Path | None) -> Restored:
    """`store` replaced whole by the checked copy `source`; a store file already there (one SQLite
    cannot read) is first kept byte for byte among its automatic copies."""
    kept = None
    if store.exists() and store.stat().st_size > 0:
        kept = copy_files(store, root or store.parent / f"{store.name}.backups", BEFORE_RESTORE)
        # Its WAL and journal belong to the damaged file: left beside the new one, SQLite would replay them.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
    saved = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        backup.copy_to(saved, store, source)
    except sqlite3.Error as exc:
        raise translate(exc, source) from None
    finally:
        saved.close()
    return Restored(describe(kept) if kept else None, kept)
