"""Export: interchange JSONL (DESIGN section 3) and CSV, of the whole store or of what a search matches.

Export writes canonical records, so export -> import -> export gives the
same records. Files are written beside their target and renamed into place:
never a half-written file.
"""
from __future__ import annotations

import csv
import errno
import json
import os
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from desktop.core import kinds as registry
from desktop.core import csv_words, safe_text, temporary_files
from desktop.core.errors import DiskFullError, InputError, RecordError
from desktop.core.kinds import fields as f
from desktop.core.query import parse

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


ID_BATCH = 1_000          # selected records read with one lookup per kind


def selected_records(store, query: str | None = None, kinds: Iterable[str] | None = None,
                     ids: Iterable[str] | None = None) -> Iterator[dict]:
    """Every record (or those a query matches, or the ones `ids` names), kind by kind in export order.

    `ids` (the rows an analyst selected) wins over `query`; an id of no
    record, or of a kind not asked for, is passed over.
    """
    chosen = [k for k in registry.KINDS if kinds is None or k in kinds]
    if ids is not None:
        yield from _named_records(store, chosen, ids)
        return
    if not query:
        for name in chosen:
            yield from store.records(name)
        return
    q = parse(query)
    for name in chosen:
        yield from store.records(name, store.matching_ids(q, name))


def _named_records(store, kinds: list[str], ids: Iterable[str]) -> Iterator[dict]:
    wanted = list(dict.fromkeys(ids))
    for name in kinds:
        keys = [k for k in wanted if registry.kind_of(k) == name]
        for start in range(0, len(keys), ID_BATCH):
            chunk = keys[start:start + ID_BATCH]
            found = store.get_many(name, chunk)
            yield from (found[k] for k in chunk if k in found)


def export_jsonl(store, path: str | os.PathLike, *, query: str | None = None,
                 kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None) -> dict[str, int]:
    counts = {k: 0 for k in registry.KINDS}

    def lines() -> Iterator[str]:
        for rec in selected_records(store, query, kinds, ids):
            counts[rec["kind"]] += 1
            yield json.dumps(safe_text.without_isolates(rec), ensure_ascii=False) + "\n"

    write_atomically(Path(path), lines())
    return counts


ID_HEADER = "ID"          # the header of a record's own id, the first column of a CSV
NAME_BATCH = 1_000        # records whose references are named with one lookup per kind
NAME_CACHE = 50_000       # names kept between batches (the same actors and places come back)


def csv_columns(kind_name: str) -> tuple[str, ...]:
    """The columns of a kind's CSV export: its id, then every field the registry marks for CSV."""
    return ("id",) + tuple(fl.name for fl in registry.get(kind_name).fields if fl.csv)


def csv_headers(kind_name: str) -> dict[str, str]:
    """The English header of each CSV column: the registry's label (what the CLI and the English UI write)."""
    spec = registry.get(kind_name)
    return {c: ID_HEADER if c == "id" else spec.field(c).label for c in csv_columns(kind_name)}


def defuse(cell: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _referenced(fld, value) -> list[str]:
    """The ids a reference field's value points at (one, a list, or an event's actor links)."""
    if not value:
        return []
    if fld.type == f.LINKS:
        return [item[fld.ref] for item in value]
    return list(value) if isinstance(value, list) else [value]


class _ReferenceNames:
    """The names of what records refer to, looked up a batch of records at a time.

    A CSV goes to people, not to Marsad: a reference reads as the record's
    name (an actor's or place's name, a source's or event's title, a quote's
    text), never as an id. A reference to nothing found keeps its id.
    """

    def __init__(self, store, spec):
        self.store = store
        self.fields = tuple(fl for fl in spec.references if fl.csv)
        self.known: dict[str, str] = {}

    def look_up(self, batch: list[dict]) -> None:
        if len(self.known) > NAME_CACHE:
            self.known.clear()
        wanted: dict[str, set[str]] = {}
        for rec in batch:
            for fld in self.fields:
                missing = [k for k in _referenced(fld, rec.get(fld.name)) if k not in self.known]
                if missing:
                    wanted.setdefault(fld.ref, set()).update(missing)
        for kind, keys in wanted.items():
            self.known.update(self.store.main_texts(kind, keys))

    def name(self, key: str) -> str:
        return self.known.get(key, key)


def _cell(fld, value, names: _ReferenceNames | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    name = names.name if names is not None and fld is not None and fld.ref else str
    if fld is not None and fld.type == f.LINKS:
        role = fld.links.role
        return "; ".join(name(item[fld.ref]) + (f" ({item[role]})" if role and item.get(role) else "")
                         for item in value)
    if isinstance(value, list):
        return "; ".join(name(item) if isinstance(item, str) else str(item) for item in value)
    return name(value) if isinstance(value, str) else str(value)


def _safe_cell(fld, value, names: _ReferenceNames) -> str:
    """A cell a spreadsheet shows as written. A number (a fatality count, a Goldstein score of -7.0) is
    no formula whatever its sign, and a leading ' would make -7.0 text that no column sorts or sums."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _cell(fld, value, names)
    return defuse(_cell(fld, value, names))


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def export_csv(store, path: str | os.PathLike, kind: str, *, query: str | None = None,
               ids: Iterable[str] | None = None, headers: Mapping[str, str] | None = None,
               language: str | None = None) -> int:
    """The records of one kind as CSV for people: references by name, one row a record.

    `ids` (the selected rows) wins over `query`. `headers` words some or all
    columns (csv_columns) in the UI's language; the rest get the registry's
    English labels. `language` ("en", "ar") words closed lists' values and
    yes-or-no cells by their labels in it; without it they are the stored
    codes (the command line's CSV, which scripts read).
    """
    if kind not in registry.KINDS:
        raise RecordError("export.bad_kind", field="kind", kind=kind, choices=", ".join(registry.KINDS))
    spec = registry.get(kind)
    columns = csv_columns(kind)
    titles = csv_headers(kind)
    unknown = sorted(set(headers or {}) - set(columns))
    if unknown:
        raise ValueError(f"no CSV column {unknown[0]!r} in a {kind} export; columns: {', '.join(columns)}")
    titles.update(headers or {})
    names = _ReferenceNames(store, spec)
    fields = [spec.by_name.get(c) for c in columns]
    count = 0

    def rows() -> Iterator[str]:
        nonlocal count
        buf = _LineBuffer()
        out = csv.writer(buf)
        out.writerow([defuse(titles[c]) for c in columns])
        yield buf.take()
        for batch in _batches(selected_records(store, query, [kind], ids), NAME_BATCH):
            names.look_up(batch)
            for rec in batch:
                rec.setdefault("review", "confirmed")
                out.writerow([safe_text.without_isolates(_safe_cell(fld, csv_words.word(fld, rec.get(c), language),
                                                                    names))
                              for c, fld in zip(columns, fields)])
                count += 1
            yield buf.take()

    # A BOM lets spreadsheet programs read the Arabic as UTF-8.
    write_atomically(Path(path), rows(), bom=True)
    return count


class _LineBuffer:
    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def write_atomically(path: Path, chunks: Iterable[str], bom: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file, even after a kill."""
    try:
        with temporary_files.beside(path, mode=0o666) as tmp:
            with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
                for chunk in chunks:
                    fh.write(chunk)
            os.replace(tmp, path)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError("store.disk_full", path=str(path), folder=str(path.parent)) from None
        raise InputError("export.unwritable", path=str(path), reason=exc.strerror or str(exc)) from None
