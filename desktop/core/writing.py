"""Records into the store: validate, resolve references, then write all or nothing.

`prepare` checks a whole batch and collects every error with where it is
(the importer passes a file and line); the store's writer runs only on a
clean batch, inside one transaction, so records may refer to each other in
any order. Nothing here holds SQL: lookups and writes go through the store.
"""
from __future__ import annotations

import functools
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from desktop.core import kinds
from desktop.core.errors import BatchError, MarsadError, RecordError, Unresolved, Where
from desktop.core.kinds import fields as f
from desktop.core.records import canonical, default_id, name_norm, validate


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    errors: list[MarsadError] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    skipped: list[MarsadError] = field(default_factory=list)   # inputs left out on purpose, with why

    def to_json(self) -> dict:
        return {"created": dict(self.created), "updated": dict(self.updated),
                "proposed": dict(self.proposed), "errors": [str(e) for e in self.errors]}

    def merge(self, other) -> None:
        for name in ("created", "updated", "unchanged", "proposed"):
            getattr(self, name).update(getattr(other, name))
        self.errors += getattr(other, "errors", [])
        self.ids += getattr(other, "ids", [])
        self.skipped += getattr(other, "skipped", [])


class BatchIndex:
    """What a batch holds (ids, names, aliases), so references resolve before anything is written.

    Built as the input is read; it keeps no record bodies, so a file of a
    million records is checked without holding it in memory. Where each id
    was first seen is kept as a small int per id (its position in `wheres`).
    """

    def __init__(self):
        self.first: dict[str, int] = {}                     # id -> position in the arrays below
        self._files: list[str | None] = []
        self._file_of = array("i")
        self._line = array("q")
        self._record = array("q")
        self.by_name: dict[tuple[str, str], set[str]] = {}

    def where(self, key: str) -> Where:
        """Where the record `key` was first seen."""
        i = self.first[key]
        line, record = self._line[i], self._record[i]
        return Where(self._files[self._file_of[i]], None if line < 0 else line, None if record < 0 else record)

    def add(self, rec: dict, where: Where) -> None:
        """Index a validated record; RecordError if its id was seen before."""
        key = rec["id"]
        if key in self.first:
            raise RecordError("record.duplicate_id", field="id", value=key, first=str(self.where(key)))
        self.first[key] = len(self._line)
        if not self._files or self._files[-1] != where.file:
            self._files.append(where.file)
        self._file_of.append(len(self._files) - 1)
        self._line.append(-1 if where.line is None else where.line)
        self._record.append(-1 if where.record is None else where.record)
        kind = kinds.get(rec["kind"])
        for fld in kind.names:
            value = rec.get(fld.name)
            for name in value if isinstance(value, list) else ([value] if value else []):
                self.by_name.setdefault((kind.name, name_norm(name)), set()).add(key)

    def has(self, kind: str, key: str) -> bool:
        return key in self.first and key.startswith(kind) and key[len(kind):len(kind) + 1] == ":"


def checked(raw: dict) -> dict:
    """One record validated, with its id, in canonical form (RecordError otherwise); needs no store."""
    rec = validate(raw)
    if not kinds.get(rec["kind"]).stored:
        raise RecordError("record.article_not_stored", field="kind")
    if "id" not in rec:
        rec["id"] = default_id(rec)
    return canonical(rec)


class Resolver:
    """Finds what references point at: the batch first, then the store."""

    def __init__(self, store, index: BatchIndex):
        self.store = store
        self.index = index
        # (field, kind, normalised name, key, reference) of each reference resolved by
        # name, for a caller that resolves before the whole input is indexed.
        self.by_name_hits: list[tuple[str, str, str, str, str]] = []
        self._exists: dict[str, bool] = {}

    def exists(self, kind: str, key: str) -> bool:
        if self.index.has(kind, key):
            return True
        if key not in self._exists:
            if len(self._exists) > 200_000:
                self._exists.clear()
            self._exists[key] = self.store.exists(kind, key)
        return self._exists[key]

    def resolve(self, kind: str, ref: str, by_name: bool, field_name: str = "") -> str:
        # The common case first, cheaply: an id of a record read in this batch.
        if ref in self.index.first and self.index.has(kind, ref):
            return ref
        if kinds.kind_of(ref) == kind:
            if self.exists(kind, ref):
                return ref
            raise Unresolved("ref.no_such_id", kind=kind, value=ref)
        if not by_name:
            raise RecordError("ref.not_id", value=ref, kind=kind)
        norm = name_norm(ref)
        found = set(self.index.by_name.get((kind, norm), set())) | set(self.store.keys_by_name(kind, ref))
        if len(found) == 1:
            key = found.pop()
            self.by_name_hits.append((field_name, kind, norm, key, ref))
            return key
        if not found:
            raise Unresolved("ref.no_match", value=ref, kind=kind)
        raise RecordError("ref.ambiguous", value=ref, keys=", ".join(sorted(found)))


def resolve_record(rec: dict, resolver: Resolver) -> dict:
    """A checked record (canonical) with its references resolved to ids, in place."""
    where = ""
    resolve = resolver.resolve
    try:
        for name, type_, target, by_name, own_kind in _references(rec["kind"]):
            value = rec.get(name)
            if value is None:
                continue
            where = name
            if type_ == f.REF:
                rec[name] = found = resolve(target, value, by_name, name)
                if own_kind and found == rec["id"]:
                    raise RecordError("record.self_reference", field=name)
            elif type_ == f.LINKS:
                for i, link in enumerate(value):
                    where = f"{name}[{i}]"
                    link[target] = resolve(target, link[target], by_name, where)
            else:
                resolved = []
                for i, item in enumerate(value):
                    where = f"{name}[{i}]"
                    resolved.append(resolve(target, item, by_name, where))
                rec[name] = resolved
    except RecordError as exc:
        raise exc.at(field=where) from None
    return rec


@functools.cache
def _references(kind: str) -> tuple:
    """(field, type, target kind, may be a name, points at its own kind) of each reference of a kind."""
    return tuple((fld.name, fld.type, fld.ref, fld.by_name, fld.ref == kind)
                 for fld in kinds.get(kind).references)


def prepare(store, records: Iterable[dict], wheres: Sequence[Where] | None = None) -> tuple[list[dict], Resolver]:
    """Validate and resolve a batch held in memory; raises BatchError listing every problem."""
    errors: list[MarsadError] = []
    index = BatchIndex()
    clean: list[tuple[dict, Where]] = []
    for i, raw in enumerate(records):
        where = wheres[i] if wheres else Where(record=i + 1)
        try:
            rec = checked(raw)
            index.add(rec, where)
            clean.append((rec, where))
        except RecordError as exc:
            errors.append(exc.at(where))
    resolver = Resolver(store, index)
    batch = []
    for rec, where in clean:
        try:
            batch.append(resolve_record(rec, resolver))
        except RecordError as exc:
            errors.append(exc.at(where))
    if errors:
        raise BatchError(errors)
    return batch, resolver


def put_many(store, records: Iterable[dict], wheres: Sequence[Where] | None = None) -> ImportReport:
    """Validate the whole batch, then write it in one transaction, or raise and write nothing."""
    records = list(records)
    with store.transaction():
        batch, resolver = prepare(store, records, wheres)
        written = store.writer().write(batch)
    report = ImportReport(ids=[r["id"] for r in batch])
    report.merge(written)
    return report
