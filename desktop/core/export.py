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
from typing import Iterable, Iterator

from desktop.core import kinds as registry
from desktop.core import temporary_files
from desktop.core.errors import DiskFullError, InputError, RecordError
from desktop.core.kinds import fields as f
from desktop.core.query import parse

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def selected_records(store, query: str | None = None, kinds: Iterable[str] | None = None) -> Iterator[dict]:
    """Every record (or those a query matches), kind by kind in export order."""
    chosen = [k for k in registry.KINDS if kinds is None or k in kinds]
    if not query:
        for name in chosen:
            yield from store.records(name)
        return
    q = parse(query)
    for name in chosen:
        yield from store.records(name, store.matching_ids(q, name))


def export_jsonl(store, path: str | os.PathLike, *, query: str | None = None,
                 kinds: Iterable[str] | None = None) -> dict[str, int]:
    counts = {k: 0 for k in registry.KINDS}

    def lines() -> Iterator[str]:
        for rec in selected_records(store, query, kinds):
            counts[rec["kind"]] += 1
            yield json.dumps(rec, ensure_ascii=False) + "\n"

    write_atomically(Path(path), lines())
    return counts


def csv_columns(kind_name: str) -> tuple[str, ...]:
    """The columns of a kind's CSV export: its id, then every field the registry marks for CSV."""
    return ("id",) + tuple(fl.name for fl in registry.get(kind_name).fields if fl.csv)


def defuse(cell: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _cell(fld, value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if fld is not None and fld.type == f.LINKS:
        role = fld.links.role
        return "; ".join(item[fld.ref] + (f" ({item[role]})" if role and item.get(role) else "") for item in value)
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def export_csv(store, path: str | os.PathLike, kind: str, *, query: str | None = None) -> int:
    if kind not in registry.KINDS:
        raise RecordError("export.bad_kind", field="kind", kind=kind, choices=", ".join(registry.KINDS))
    spec = registry.get(kind)
    columns = csv_columns(kind)
    count = 0

    def rows() -> Iterator[str]:
        nonlocal count
        buf = _LineBuffer()
        out = csv.writer(buf)
        out.writerow(columns)
        yield buf.take()
        for rec in selected_records(store, query, [kind]):
            rec.setdefault("review", "confirmed")
            out.writerow([defuse(_cell(spec.by_name.get(c), rec.get(c))) for c in columns])
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
