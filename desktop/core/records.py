"""Records in interchange form (DESIGN section 3), checked against the kind registry.

Records travel as plain dicts: the same shape is read from JSONL, written to
JSONL, returned by `Store.get` and accepted by `Store.put`. `validate`
checks one record and returns a cleaned copy, or raises `RecordError`
naming the field at fault. The interchange form of a stored record is
canonical (`canonical`): empty optional values are left out and `review`
appears only when it is `unreviewed`, so the same record always reads back
as the same dict.
"""
from __future__ import annotations

from typing import Any

from desktop.core import arabic, digests, kinds
from desktop.core.dates import date_bounds
from desktop.core.errors import RecordError
from desktop.core.kinds import fields as f

KINDS = kinds.KINDS
IMPORT_KINDS = kinds.IMPORT_KINDS
is_text = f.is_text
kind_of = kinds.kind_of


def validate(record: Any) -> dict:
    """A cleaned copy of `record`, or RecordError naming the field at fault."""
    if not isinstance(record, dict):
        raise RecordError("record.not_object", type=type(record).__name__)
    name = record.get("kind")
    if name is None:
        raise RecordError("record.kind_missing", field="kind")
    if not isinstance(name, str) or name not in kinds.IMPORT_KINDS:
        raise RecordError("record.kind_unknown", field="kind", value=name, choices=", ".join(kinds.IMPORT_KINDS))
    kind = kinds.get(name)
    clean: dict[str, Any] = {"kind": name}
    for key, value in record.items():
        if key == "kind":
            continue
        if key == "id":
            if value is not None:
                clean["id"] = f.record_id(value, "id")
            continue
        fld = kind.by_name.get(key)
        if fld is None:
            shown = key.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(key, str) else repr(key)
            raise RecordError("record.field_unknown", field=shown, kind=name)
        if value is None:
            continue
        clean[key] = fld.check(value, key)
    for key in kind.required:
        if key not in clean:
            raise RecordError("record.field_required", field=key, kind=name)
    if "id" in clean and kind.stored and not clean["id"].startswith(name + ":"):
        raise RecordError("record.id_wrong_kind", field="id", value=clean["id"], prefix=name + ":")
    if kind.date_end and clean.get(kind.date_end):
        start = clean.get(kind.date)
        if not start:
            raise RecordError("record.end_without_date", field=kind.date_end)
        if date_bounds(clean[kind.date_end])[1] < date_bounds(start)[0]:
            raise RecordError("record.end_before_date", field=kind.date_end, end=clean[kind.date_end], date=start)
    if "source_span" in clean and "source" not in clean:
        raise RecordError("record.span_without_source", field="source_span")
    return clean


def canonical(record: dict) -> dict:
    """Drop empty optional values and the default review state."""
    out = {}
    for name, value in record.items():
        if value is None or value == "" or value == []:
            continue
        if name == "review" and value == "confirmed":
            continue
        out[name] = value
    return out


def default_id(record: dict) -> str:
    """A stable id for a record that came without one: the same content gives the same id."""
    kind = kinds.get(record["kind"])
    basis = "\x1f".join(arabic.normalize(record.get(name, "")) for name in kind.id_basis)
    digest = digests.short_sha1(basis)
    return f"{kind.name}:{digest}"


def main_text(record: dict) -> str:
    """The text that names a record: a quote's text, an actor's name, an event's title."""
    return record.get(kinds.get(record["kind"]).main, "")


def name_norm(name: str) -> str:
    """The form names are matched in: the analyser's words, space-joined."""
    return " ".join(arabic.words(arabic.normalize(name)))
