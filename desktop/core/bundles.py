"""Interchange format version 2: a bundle of changes, with versions and deletions, for sync by file.

A bundle is JSON Lines, UTF-8:

    {"kind": "bundle", "format": 2, "site": S, "from": A, "upto": B, "created": T, "acks": {site: n}}
    {"kind": "event", "id": "event:x", ... version 1 fields ..., "sync": {"version": 3, "clock": {S: 2, R: 1},
     "site": S, "at": "2026-12-04T10:00:00+00:00"}}
    {"kind": "deleted", "id": "quote:y", "sync": {...}}
    {"changes":2,"kind":"end","sha256":"…"}

The header names the site that wrote it and the span of its change numbers
the bundle covers (after A, up to B; A = 0 for everything); `acks` says how
far that site has applied each other site's changes. A record line is a
version 1 record (DESIGN section 3; references by id) plus its version: the
clock counts each site's changes to it. The last line holds the number of
changes and the sha256 of every byte before it, written exactly as shown
(keys sorted, no spaces), so that a bundle cut short, or changed by a single
byte anywhere, is refused. Version 1 files (no header) are records for
`marsad import`; a bundle is merged by `marsad apply`.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from desktop.core import kinds, temporary_files
from desktop.core.errors import BatchError, BundleError, DiskFullError, InputError, MarsadError, RecordError, Where
from desktop.core.jsonl import MAX_LINE_BYTES
from desktop.core.kinds import fields as f
from desktop.core.writing import checked, duplicate

FORMAT = 2
HEADER, END, DELETED = "bundle", "end", "deleted"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MAX_COUNT = 2 ** 53


@dataclass(frozen=True)
class Change:
    """One record's version, or its deletion (`record` None), as sites exchange them."""
    kind: str
    key: str
    record: dict | None
    version: int
    clock: dict[str, int]           # site UUID -> how many changes that site made to it
    site: str | None                # the site of its last change (None: from before tracking)
    at: str | None                  # when that site made it


@dataclass(frozen=True)
class Header:
    site: str
    start: int          # the bundle holds the site's changes after this number (0: all of them)
    upto: int
    created: str
    acks: dict[str, int] = field(default_factory=dict)
    changes: int = 0
    sha256: str = ""


def is_site_id(text: str) -> bool:
    """A site id as stores make them: a UUID in lower-case hex."""
    return bool(_UUID.match(text))


def is_bundle(path: str | os.PathLike) -> bool:
    """Whether a file starts as a bundle does (for `import`, which refuses one with a pointer to `apply`)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(4096)
    except OSError:
        return False
    try:
        head = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("kind") == HEADER and "format" in head


# --- writing ------------------------------------------------------------------------------------------


def _line(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _end_line(count: int, digest: str) -> bytes:
    return (json.dumps({"kind": END, "changes": count, "sha256": digest}, sort_keys=True,
                       separators=(",", ":")) + "\n").encode("utf-8")


def change_line(change: Change) -> dict:
    sync = {"version": change.version, "clock": change.clock, "site": change.site, "at": change.at}
    if change.record is None:
        return {"kind": DELETED, "id": change.key, "sync": sync}
    return {**change.record, "sync": sync}


def write(path: str | os.PathLike, header: Header, changes: Iterable[Change]) -> tuple[int, str]:
    """Write a bundle beside `path` and rename it into place when whole; (changes, sha256)."""
    path = Path(path)
    digest = hashlib.sha256()
    count = 0
    head = {"kind": HEADER, "format": FORMAT, "site": header.site, "from": header.start, "upto": header.upto,
            "created": header.created, "acks": header.acks}
    try:
        with temporary_files.beside(path, mode=0o666) as tmp:
            with open(tmp, "wb") as fh:
                for data in _lines(head, changes):
                    digest.update(data)
                    fh.write(data)
                    count += 1
                count -= 1      # the header is no change
                fh.write(_end_line(count, digest.hexdigest()))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
    except OSError as exc:
        if exc.errno == 28:     # ENOSPC
            raise DiskFullError("store.disk_full", path=str(path), folder=str(path.parent)) from None
        raise InputError("export.unwritable", path=str(path), reason=exc.strerror or str(exc)) from None
    return count, digest.hexdigest()


def _lines(head: dict, changes: Iterable[Change]) -> Iterator[bytes]:
    yield _line(head)
    for change in changes:
        yield _line(change_line(change))


# --- reading ------------------------------------------------------------------------------------------


def verify(path: str | os.PathLike) -> Header:
    """The header of a whole, unchanged, valid bundle; BundleError (or BatchError listing every bad
    line) otherwise. Reads the file once and writes nothing."""
    path = Path(path)
    name = str(path)
    digest = hashlib.sha256()
    head: dict | None = None
    head_problem: MarsadError | None = None
    problems: list[MarsadError] = []
    first: dict[str, Where] = {}          # where each id's change is: a bundle changes a record once
    count = 0
    last: tuple[int, bytes] | None = None     # the line before the one being read: the end, if none follows
    for number, raw in _raw_lines(path):
        if last is not None:
            digest.update(last[1])
            if last[0] == 1:
                head, head_problem = _header(name, last[1])
            else:
                count += 1
                where = Where(name, last[0])
                parsed = _change(where, last[1])
                if isinstance(parsed, MarsadError):
                    problems.append(parsed)
                elif parsed.key in first:
                    problems.append(duplicate(parsed.key, where, first[parsed.key]))
                else:
                    first[parsed.key] = where
        last = (number, raw)
    if last is None:
        raise BundleError("bundle.empty", where=Where(name))
    if last[0] == 1:
        head, head_problem = _header(name, last[1])
    if head_problem is not None and head_problem.code == "bundle.newer":
        raise head_problem
    end = _end(last[1])
    if end is None or last[0] == 1:
        if head is None:
            # No header: not a bundle at all (a version 1 file of records, say).
            raise BundleError("bundle.not_bundle", where=Where(name), command="marsad import")
        raise BundleError("bundle.no_end", where=Where(name, last[0]))
    if end["sha256"] != digest.hexdigest():
        raise BundleError("bundle.checksum", where=Where(name), expected=end["sha256"], actual=digest.hexdigest())
    if head_problem is not None:
        raise head_problem
    if end["changes"] != count:
        raise BundleError("bundle.count", where=Where(name, last[0]), expected=end["changes"], actual=count)
    if problems:
        raise BatchError(problems)
    return Header(head["site"], head["from"], head["upto"], head["created"], head.get("acks", {}), count,
                  end["sha256"])


def changes(path: str | os.PathLike, header: Header) -> Iterator[Change]:
    """The changes of a bundle `verify` passed, read again; BundleError at the end if the file no
    longer is what was verified (the caller's transaction then rolls back)."""
    path = Path(path)
    name = str(path)
    digest = hashlib.sha256()
    for number, raw in _raw_lines(path):
        if number > header.changes + 1:
            break       # the end line
        digest.update(raw)
        if number > 1:
            parsed = _change(Where(name, number), raw)
            if isinstance(parsed, MarsadError):
                raise parsed
            yield parsed
    if digest.hexdigest() != header.sha256:
        raise BundleError("bundle.changed", where=Where(name))


def _raw_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise BundleError("bundle.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    with fh:
        number = 0
        while True:
            try:
                raw = fh.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                raise BundleError("bundle.unreadable", where=Where(str(path)),
                                  reason=exc.strerror or str(exc)) from None
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES:
                raise BundleError("bundle.line_too_long", where=Where(str(path), number), limit=MAX_LINE_BYTES)
            yield number, raw


def _object(raw: bytes) -> dict | None:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _end(raw: bytes) -> dict | None:
    """The closing line, only when it is exactly as written (so no byte of it can change unnoticed)."""
    found = _object(raw)
    if found is None or found.get("kind") != END or set(found) != {"kind", "changes", "sha256"}:
        return None
    count, digest = found["changes"], found["sha256"]
    if not (type(count) is int and isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
        return None
    return found if raw == _end_line(count, digest) else None


def _header(name: str, raw: bytes) -> tuple[dict | None, BundleError | None]:
    head = _object(raw)
    where = Where(name, 1)
    if head is None or head.get("kind") != HEADER:
        return None, BundleError("bundle.not_bundle", where=Where(name), command="marsad import")
    version = head.get("format")
    if type(version) is int and version > FORMAT:
        return None, BundleError("bundle.newer", where=where, version=version, supported=FORMAT)
    if version != FORMAT:
        return None, BundleError("bundle.bad_header", where=where, reason="format")
    site = head.get("site")
    if not (isinstance(site, str) and _UUID.match(site)):
        return None, BundleError("bundle.bad_header", where=where, reason="site")
    for key in ("from", "upto"):
        if not (type(head.get(key)) is int and 0 <= head[key] < _MAX_COUNT):
            return None, BundleError("bundle.bad_header", where=where, reason=key)
    if not isinstance(head.get("created"), str):
        return None, BundleError("bundle.bad_header", where=where, reason="created")
    acks = head.get("acks", {})
    if not (isinstance(acks, dict) and all(isinstance(k, str) and _UUID.match(k) and type(v) is int and v >= 0
                                           for k, v in acks.items())):
        return None, BundleError("bundle.bad_header", where=where, reason="acks")
    return head, None


def _change(where: Where, raw: bytes) -> Change | MarsadError:
    """One change line, checked: a version 1 record (references by id) or a deletion, with its version."""
    line = _object(raw)
    if line is None:
        return BundleError("bundle.bad_line", where=where)
    sync = line.pop("sync", None)
    stamp = _sync(sync)
    if isinstance(stamp, str):
        return BundleError("bundle.bad_sync", where=where, reason=stamp)
    version, clock, site, at = stamp
    if line.get("kind") == DELETED:
        key = line.get("id")
        kind = kinds.kind_of(key) if isinstance(key, str) else None
        if kind is None or set(line) != {"kind", "id"} or kind not in kinds.KINDS:
            return BundleError("bundle.bad_line", where=where)
        return Change(kind, key, None, version, clock, site, at)
    if "id" not in line:
        return RecordError("record.field_required", where=where, field="id", kind=line.get("kind", "?"))
    try:
        rec = checked(line)
        _references_are_ids(rec)
    except RecordError as exc:
        return exc.at(where)
    return Change(rec["kind"], rec["id"], rec, version, clock, site, at)


def change_from_line(where: Where, raw: bytes) -> Change | MarsadError:
    """One change line as a bundle carries it, checked as `apply` checks it (a team hub sends its changes
    as such lines: core/hub.py)."""
    return _change(where, raw)


def _sync(sync) -> tuple | str:
    """(version, clock, site, at) of a change's "sync", or what is wrong with it."""
    if not isinstance(sync, dict) or not {"version", "clock"} <= set(sync) <= {"version", "clock", "site", "at"}:
        return "sync"
    version, clock, site, at = sync["version"], sync["clock"], sync.get("site"), sync.get("at")
    if not isinstance(clock, dict) or not all(isinstance(k, str) and _UUID.match(k) and type(n) is int
                                              and 0 < n < _MAX_COUNT for k, n in clock.items()):
        return "clock"
    if type(version) is not int or version != sum(clock.values()):
        return "version"
    if not (site is None or (isinstance(site, str) and _UUID.match(site))):
        return "site"
    if not (at is None or (isinstance(at, str) and len(at) <= 64)):
        return "at"
    return version, dict(clock), site, at


def _references_are_ids(rec: dict) -> None:
    """A bundle names what a record refers to by id, never by a name to resolve."""
    for fld in kinds.get(rec["kind"]).references:
        value = rec.get(fld.name)
        if value is None:
            continue
        if fld.type == f.LINKS:
            targets = [item[fld.ref] for item in value]
        elif isinstance(value, list):
            targets = value
        else:
            targets = [value]
        for target in targets:
            if kinds.kind_of(target) != fld.ref:
                raise RecordError("ref.not_id", field=fld.name, value=target, kind=fld.ref)
