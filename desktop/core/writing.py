"""Records into the store: validate, resolve references, then write all or nothing.

`prepare` checks a whole batch and collects every error with where it is
(the importer passes a file and line); the store's writer runs only on a
clean batch, inside one transaction, so records may refer to each other in
any order. Nothing here holds SQL: lookups and writes go through the store.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from desktop.core import kinds
from desktop.core.errors import BatchError, MarsadError, RecordError, Unresolved, Where
from desktop.core.kinds import fields as f
from desktop.core.records import canonical, default_id, name_norm, validate


# Updated records whose changed fields a report lists one by one (the counts cover them all): a
# re-import of a big export may revise most of it, and the list is for reading.
CHANGES_LISTED = 10_000


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    errors: list[MarsadError] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    skipped: list[MarsadError] = field(default_factory=list)   # inputs left out on purpose, with why
    skipped_rows: int = 0     # how many of `skipped` are bad event-data rows (import_files skip_bad_rows=)
    # What the updates changed: record id -> the fields that differ from the stored copy (the first
    # CHANGES_LISTED updated records), and how many updated records changed each field (all of them).
    changes: dict[str, list[str]] = field(default_factory=dict)
    changed_fields: Counter = field(default_factory=Counter)
    # Records an import left as stored because the store's copy is a later revision by the dataset's
    # timestamp (the first CHANGES_LISTED of them; `kept_newer_count` counts all).
    kept_newer: list[str] = field(default_factory=list)
    kept_newer_count: int = 0

    def to_json(self) -> dict:
        """DESIGN section 5's report; "skipped" (each with code, message, where), "changes" ({id: [fields]})
        and "kept_newer" ([ids]) only when there is something in them."""
        out = {"created": dict(self.created), "updated": dict(self.updated),
               "proposed": dict(self.proposed), "errors": [str(e) for e in self.errors]}
        if self.skipped:
            out["skipped"] = [e.to_json() for e in self.skipped]
        if self.changes:
            out["changes"] = {key: list(names) for key, names in self.changes.items()}
        if self.kept_newer:
            out["kept_newer"] = list(self.kept_newer)
        return out

    def merge(self, other) -> None:
        for name in ("created", "updated", "unchanged", "proposed"):
            getattr(self, name).update(getattr(other, name))
        self.errors += getattr(other, "errors", [])
        self.ids += getattr(other, "ids", [])
        self.skipped += getattr(other, "skipped", [])
        changes = getattr(other, "changes", {})
        counted = getattr(other, "changed_fields", None)     # another report counted all its own
        for key, names in changes.items():
            if counted is None:
                self.changed_fields.update(names)
            if len(self.changes) < CHANGES_LISTED:
                self.changes[key] = list(names)
        self.changed_fields.update(counted or {})
        kept = getattr(other, "kept_newer", [])
        self.kept_newer += kept[:max(0, CHANGES_LISTED - len(self.kept_newer))]
        self.kept_newer_count += getattr(other, "kept_newer_count", len(kept))


class BatchIndex:
    """What a batch holds (ids, names, aliases), so references resolve before anything is written.

    Built as the input is read; it keeps no record bodies, so a file of a
    million records is checked without holding it in memory: a set of ids,
    and the normalised names of the records found by name.
    """

    def __init__(self):
        self.seen: set[str] = set()
        self._names: dict[str, dict[str, str | set[str]]] = {}    # kind -> normalised name -> id(s)
        self.text_lengths: dict[str, int] = {}     # id -> characters of its long text, for spans into it

    def add(self, rec: dict) -> bool:
        """Index a checked record; False when its id was seen before in the batch (a duplicate)."""
        key = rec["id"]
        if key in self.seen:
            return False
        self.seen.add(key)
        kind = kinds.get(rec["kind"])
        if kind.long_text is not None:
            self.text_lengths[key] = len(rec.get(kind.long_text) or "")
        if kind.names:
            by_norm = self._names.setdefault(kind.name, {})
            for fld in kind.names:
                value = rec.get(fld.name)
                for name in value if isinstance(value, list) else ([value] if value else []):
                    norm = name_norm(name)
                    held = by_norm.get(norm)
                    if held is None or held == key:
                        by_norm[norm] = key
                    elif isinstance(held, set):
                        held.add(key)
                    else:
                        by_norm[norm] = {held, key}
        return True

    def named(self, kind: str, norm: str) -> set[str]:
        """Ids of the batch's records of `kind` with this normalised name or alias."""
        held = self._names.get(kind, {}).get(norm)
        return set() if held is None else (set(held) if isinstance(held, set) else {held})

    def has(self, kind: str, key: str) -> bool:
        return key in self.seen and key.startswith(kind) and key[len(kind):len(kind) + 1] == ":"


def duplicate(key: str, where: Where, first: Where | None) -> RecordError:
    return RecordError("record.duplicate_id", where=where, field="id", value=key, first=str(first or "?"))


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
        self._lengths: dict[str, int | None] = {}

    def exists(self, kind: str, key: str) -> bool:
        if self.index.has(kind, key):
            return True
        if key not in self._exists:
            if len(self._exists) > 200_000:
                self._exists.clear()
            self._exists[key] = self.store.exists(kind, key)
        return self._exists[key]

    def text_length(self, key: str) -> int | None:
        """Characters in the long text of the record `key` (in the batch or the store)."""
        found = self.index.text_lengths.get(key)
        if found is None:
            if key not in self._lengths:
                if len(self._lengths) > 100_000:
                    self._lengths.clear()
                self._lengths[key] = self.store.text_length(key)
            found = self._lengths[key]
        return found

    def resolve(self, kind: str, ref: str, by_name: bool, field_name: str = "") -> str:
        # The common case first, cheaply: an id of a record read in this batch.
        if ref in self.index.seen and self.index.has(kind, ref):
            return ref
        if kinds.kind_of(ref) == kind:
            if self.exists(kind, ref):
                return ref
            raise Unresolved("ref.no_such_id", kind=kind, value=ref)
        if not by_name:
            raise RecordError("ref.not_id", value=ref, kind=kind)
        norm = name_norm(ref)
        found = self.index.named(kind, norm) | set(self.store.keys_by_name(kind, ref))
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
    span, source = rec.get("source_span"), rec.get("source")
    if span and source:
        length = resolver.text_length(source)
        if length is not None and span[1] > length:
            raise RecordError("record.span_past_text", field="source_span", end=span[1], length=length,
                              source=source)
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
    first: dict[str, Where] = {}
    for i, raw in enumerate(records):
        where = wheres[i] if wheres else Where(record=i + 1)
        try:
            rec = checked(raw)
        except RecordError as exc:
            errors.append(exc.at(where))
            continue
        if not index.add(rec):
            errors.append(duplicate(rec["id"], where, first.get(rec["id"])))
            continue
        first[rec["id"]] = where
        clean.append((rec, where))
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
