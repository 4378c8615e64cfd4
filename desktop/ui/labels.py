"""The words the registry gives kinds, fields and their values, in the UI language.

Core describes every kind once (desktop/core/kinds) with English labels;
here each goes through Qt's translator in a fixed context, so a new kind,
field or choice needs only its Arabic in resources/translations/ar_strings.py
(fill_ts.py puts every registry label in the catalogue: lupdate cannot see
strings that live in core).

Contexts: "Kinds" (kind labels, singular and plural), "Fields" (field and
column labels, the labels of lists of records that refer to one, and the
headings fields are grouped under),
"Choices" (the labels of a closed list's values), "Hints" (placeholders,
checkbox captions, the meaning of a grade).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import kinds
from desktop.core.kinds import Column, Field, Kind

KINDS, FIELDS, CHOICES, HINTS = "Kinds", "Fields", "Choices", "Hints"


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


def _kind(kind: str | Kind) -> Kind | None:
    if isinstance(kind, Kind):
        return kind
    try:
        return kinds.get(kind)
    except ValueError:
        return None


def kind(name: str | Kind) -> str:
    """A kind's name for one record: «فاعل», "Actor" (the code itself for an unknown kind)."""
    found = _kind(name)
    return _t(KINDS, found.label) if found else str(name)


def kind_plural(name: str | Kind) -> str:
    """A kind's name for many records: «الفاعلون», "Actors" (tab titles, counts)."""
    found = _kind(name)
    return _t(KINDS, found.plural) if found else str(name)


def field(fld: Field) -> str:
    return _t(FIELDS, fld.label)


def field_named(kind_name: str | Kind, name: str) -> str:
    """The label of a kind's field by name; the name itself when the kind has no such field."""
    found = _kind(kind_name)
    if found is None or not found.has(name):
        return name
    return field(found.field(name))


def column(kind_name: str | Kind, col: Column) -> str:
    found = _kind(kind_name)
    return _t(FIELDS, found.column_label(col)) if found else col.name


def reverse(label: str) -> str:
    """The label of a list of records that refer to one («الاقتباسات» of an actor)."""
    return _t(FIELDS, label)


def choice(fld: Field, code: str | None) -> str:
    """The label of one value of a closed list; an unknown code is shown as it is."""
    if not code:
        return ""
    found = fld.choice(code)
    return _t(CHOICES, found.label) if found else str(code)


def choice_hint(fld: Field, code: str | None) -> str:
    """The longer meaning of a value (an Admiralty grade's), or ""."""
    found = fld.choice(code) if code else None
    return _t(HINTS, found.hint) if found and found.hint else ""


def hint(fld: Field) -> str:
    return _t(HINTS, fld.hint)


def section(fld: Field) -> str:
    """The heading a field is shown under after the record's own fields («من مجموعة البيانات»), or ""."""
    return _t(FIELDS, fld.section)


# A source's language is a code («ar»): it is shown by the language's name.
LANGUAGE_FIELD = "language"


def language(code: str | None) -> str:
    """A language code as a reader names the language («ar»: «العربية»); a code the app does not offer
    (the article sheet offers Arabic and English) is shown as it is."""
    names = {"ar": QCoreApplication.translate("Languages", "Arabic"),
             "en": QCoreApplication.translate("Languages", "English")}
    return names.get((code or "").strip().lower(), code or "")


def list_separator(language: str) -> str:
    """Between names in one cell or row: the Arabic comma in the Arabic UI."""
    return "، " if language == "ar" else ", "
