"""Which reader a file needs, and how read lines become stored records.

JSONL holds interchange records (and `article` records); .txt and .html are
articles; .csv and .tsv are event data. Articles become a source plus
unreviewed proposals from extraction.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from desktop.core import interchange
from desktop.core.writer import ImportReport

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


def read_file(store, path: Path, errors: list[str], *, progress: Callable[[str], None] | None = None,
              **options) -> list["interchange.Line"]:
    suffix = path.suffix.lower()
    if not path.exists():
        errors.append(f"{path}: no such file")
        return []
    if suffix in JSONL_SUFFIXES:
        return list(interchange.read_jsonl(path, errors))
    errors.append(f"{path}: unknown format {suffix or '(no extension)'!r}; Marsad imports "
                  f".jsonl records, .txt or .html articles, and .csv/.tsv event data")
    return []


def write_lines(store, records: list[dict], labels: list[str]) -> ImportReport:
    """Check and write a batch inside the caller's transaction."""
    return interchange.write_records(store, records, labels)
