"""One field's value as plain text, for the two versions of a record in conflict shown side by side.

Plain text, never markup: the comparison is a table of QTableWidgetItems,
which show record text as it is (no escaping to forget). References are
named after the records they point at (a name the store has; theirs may
point at a record this store lacks, shown by its id), choices by their
label, numbers in the digits the user asked for.
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.kinds import Field
from desktop.core.kinds import fields as f
from desktop.ui import labels
from desktop.ui.bidi import isolate
from desktop.ui.detail_values import number_text

EMPTY = "—"


def references(kind: str, *records: dict | None) -> set[str]:
    """Every record id the given versions of a `kind` record refer to (to name them in one query)."""
    out: set[str] = set()
    for rec in records:
        if not rec:
            continue
        for fld in kinds.get(kind).fields:
            value = rec.get(fld.name)
            if not value:
                continue
            if fld.type == f.REF:
                out.add(value)
            elif fld.type == f.REFS:
                out.update(value)
            elif fld.type == f.LINKS:
                out.update(item.get(fld.ref) for item in value if item.get(fld.ref))
    return out


def present(value) -> bool:
    return value is not None and value != "" and value != []


def text(fld: Field, value, names: dict[str, str], language: str, arabic_digits: bool = False) -> str:
    """The value as a person reads it; EMPTY when there is none."""
    if not present(value):
        return EMPTY
    sep = labels.list_separator(language)
    type_ = fld.type
    if type_ == f.REF:
        return names.get(value, value)
    if type_ == f.REFS:
        return sep.join(names.get(key, key) for key in value)
    if type_ == f.LINKS:
        role = fld.links.role if fld.links else None
        parts = []
        for item in value:
            name = names.get(item.get(fld.ref), item.get(fld.ref, ""))
            # Each name and role in an isolate, as in the detail pane: bare, an Arabic role in the English
            # UI came out before its own actor, and a Latin role ran on into a Latin name after it.
            parts.append(f"{isolate(name)} ({isolate(item[role])})" if role and item.get(role) else isolate(name))
        return sep.join(parts)
    if type_ == f.CHOICE:
        hint = labels.choice_hint(fld, value)       # a grade's meaning: «2» alone says little
        return labels.choice(fld, value) + (f" — {hint}" if hint else "")
    if type_ == f.FLAG:
        return labels.hint(fld) or "✓"
    if type_ == f.NUMBER:
        return number_text(value, arabic_digits)
    if type_ in (f.ALIASES, f.TAGS):
        return sep.join(str(v) for v in value)
    if type_ == f.SPAN and isinstance(value, list) and len(value) == 2:
        return f"{value[0]}–{value[1]}"
    return str(value)
