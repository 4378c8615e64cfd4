"""Errors from core in the UI language, rendered from their code and parameters.

Core's errors (desktop/core/errors.py) carry a stable code, the values the
message needs, where it happened and the field at fault; their English
wording is for the command line. The UI words each code from its own
catalogue: `QCoreApplication.translate("Errors", code)` gives the
template in the UI language (the Arabic comes from ar_strings.py, put in the
catalogue by fill_ts.py), and with no translation the English template core
has for the code. Rewording core's English therefore never loses the Arabic.

Templates name their values ({value}, {limit}); each is filled from the
error's parameters and isolated (FSI…PDI, paths LRI…PDI), so an id, a date
or a file name keeps its own direction inside the sentence. A parameter
that names a kind also gives {<name>_label}, the kind's translated name.
Technical words that are the same in every language (UTF-8, JSON, a
command to run) are named in templates as placeholders too (LITERALS), so
they reach an Arabic sentence isolated, like values.
"""
from __future__ import annotations

import functools
import re
import string
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import kinds, query_names
from desktop.core.errors import MESSAGES, BatchError, MarsadError, Where
from desktop.core.kinds.fields import FLAG
from desktop.ui import labels, query_sentences, store_sentences
from desktop.ui.bidi import isolate, isolate_ltr, typed_dates

CONTEXT = "Errors"
SHOWN_PROBLEMS = 20     # problems of a failed batch shown in one message (the import dialog lists them all)
MISSING = "…"           # a placeholder the error has no value for

# Names of formats, commands and syntax: written the same in every language.
LITERALS = MappingProxyType({
    "utf8": "UTF-8",
    "json": "JSON",
    "jsonl": ".jsonl",
    "csv": "CSV",
    "html": "HTML",
    "p_tag": "<p>",
    "sqlite": "SQLite",
    "fts5": "FTS5",
    "acled": "ACLED",
    "gdelt": "GDELT",
    "gdelt2": "GDELT 2.0",
    "gdelt1": "GDELT 1.0",
    "acled_columns": "event_id_cnty, event_date, event_type, country",
    "gdelt_column": "GLOBALEVENTID",
    "map_option": "--map",
    "backups_command": "marsad backups",
    "map_example": "--map title=headline,date=day",
    "title_map": "title=",
    "article_suffixes": ".txt, .html, .htm, .json",
    "table_suffixes": ".csv, .tsv",
    "example_id": "actor:hussein-allawi",
    "kind_key": '"kind"',
    "near": "NEAR",
    "check_cmd": "marsad check",
    "repair_cmd": "marsad check --repair",
    "delete_decisions": "delete, reassign:<id>",
    "review_states": "confirmed, unreviewed",
    "json_values": "true, false, null",
    "date_words_example": "16 May 2025",
})

# Parameters that name a place on disk: read left to right whatever letter they start with.
_PATH_PARAMS = frozenset({"path", "file", "folder"})
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
TYPED = ":typed"     # a value as the user wrote it, beside its label in the UI language
_FILLED = re.compile(r"\{(\w+)\}(?::\{(\w+)\})?")     # a placeholder, or two joined by a colon
_FIELD_NAME = re.compile(r"[A-Za-z_]\w*")
_FORMATTER = string.Formatter()


@functools.cache
def english(code: str) -> tuple[str, MappingProxyType] | None:
    """Core's English template for `code` as a UI template, and each value's format spec.

    `{value!r}` becomes “{value}” (the UI quotes it), `{length:,}` becomes
    {length} with "," kept as how to show the number.
    """
    source = MESSAGES.get(code)
    if source is None:
        return None
    out: list[str] = []
    specs: dict[str, str] = {}
    try:
        for literal, name, spec, conversion in _FORMATTER.parse(source):
            out.append(literal)
            if name is None:
                continue
            specs[name] = spec or ""
            out.append(f"“{{{name}}}”" if conversion == "r" else f"{{{name}}}")
    except ValueError:
        return source, MappingProxyType({})
    return "".join(out), MappingProxyType(specs)


def template(code: str) -> str | None:
    """The template for `code` in the UI language (English when it has no translation), or None."""
    translated = QCoreApplication.translate(CONTEXT, code)
    if translated != code:
        return translated
    if code in query_sentences.ENGLISH:
        return query_sentences.ENGLISH[code]
    if code in store_sentences.ENGLISH:
        return store_sentences.ENGLISH[code]
    found = english(code)
    return found[0] if found else None


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _shown(value: Any, spec: str) -> str:
    if spec and isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return format(value, spec)
        except (TypeError, ValueError):
            pass
    return str(value)


def values(code: str, params: dict) -> dict[str, tuple[str, str]]:
    """What each placeholder of `code`'s templates stands for: (text, how it is set in the sentence).

    How: "ltr" (a literal, a path: left to right), "fsi" (a value: its own
    direction), "word" (a translated label: part of the sentence).
    """
    found = english(code)
    specs = found[1] if found else {}
    out = {name: (text, "ltr") for name, text in LITERALS.items()}
    for name, value in params.items():
        out[name] = (_shown(value, specs.get(name, "")), "ltr" if name in _PATH_PARAMS else "fsi")
        if isinstance(value, str) and value in kinds.IMPORT_KINDS:
            out[f"{name}_label"] = (labels.kind(value), "word")
    shown_choices = _choices(params)
    if shown_choices is not None:
        out["choices"] = (shown_choices, "word")
    if "filter" in out:
        out["filter" + TYPED] = out["filter"]
    out.update(_filter_names(params))
    return out


def _filter_names(params: dict) -> dict[str, tuple[str, str]]:
    """A query filter named in a message (`actor`, in an example `credibility:3-1`) as the Arabic UI writes
    it (`فاعل`), so no English name sits in an Arabic sentence; the English UI keeps it as written."""
    name = params.get("filter")
    if not _arabic_ui() or name not in query_names.ARABIC:
        return {}
    arabic = query_names.written(name, "ar")
    out = {"filter": (arabic, "fsi")}
    example = params.get("example")
    if isinstance(example, str) and example.startswith(f"{name}:"):
        out["example"] = (arabic + example[len(name):], "fsi")
    return out


def _arabic_ui() -> bool:
    return QLocale().language() == QLocale.Language.Arabic


def _choices(params: dict) -> str | None:
    """A query filter's values by their labels in the UI language (core lists the codes: «planned»)."""
    name, written = params.get("filter_name"), params.get("choices")
    if not name or not isinstance(written, str):
        return None
    arabic_ui = _arabic_ui()
    codes = [c.strip() for c in written.split(",") if c.strip()]
    fields = [fld for _, fld in kinds.filter_fields().get(name, ())]
    if name == "kind":
        shown = [query_names.KIND_VALUES[c][0] if arabic_ui and c in query_names.KIND_VALUES else c for c in codes]
    elif fields and all(fld.type == FLAG for fld in fields):     # core lists both languages' answers
        shown = ["نعم", "لا"] if arabic_ui else ["yes", "no"]
    else:
        shown = [next((labels.choice(fld, c) for fld in fields if fld.choice(c)), c) for c in codes]
    return labels.list_separator("ar" if arabic_ui else "en").join(shown)


def fill(text: str, shown: dict[str, tuple[str, str]]) -> str:
    """`text` with its placeholders filled and isolated.

    Two values joined by a colon ({filter}:{value}, as a query writes them)
    are one unit in a first-strong isolate: apart, an Arabic sentence would
    show them the other way round. The query's own pair is shown as the user
    typed it («status:nonsense», not the filter's Arabic name).
    """
    def one(name: str) -> str:
        found = shown.get(name)
        if found is None:
            return MISSING
        value, how = found
        return value if how == "word" else isolate_ltr(value) if how == "ltr" else isolate(value)

    def filled(m: re.Match) -> str:
        if m.group(2) is None:
            return one(m.group(1))
        # The pair that quotes the query ({filter}:{value}) is shown as typed; an example the message
        # suggests ({filter}:{at_least}) writes the filter as the UI names it.
        typed = TYPED if m.group(2) == "value" else ""
        first = shown.get(m.group(1) + typed, shown.get(m.group(1)))
        second = shown.get(m.group(2))
        # Its date as typed too: after an Arabic filter name the bidi rules would swap year and month.
        return isolate(typed_dates(f"{first[0] if first else MISSING}:{second[0] if second else MISSING}"))

    # One pass: a value that holds braces is never read as a placeholder.
    return _FILLED.sub(filled, text)


def reason(exc: MarsadError) -> str:
    """What went wrong, without where or which field: what a form shows under the field."""
    text = template(exc.code)
    if text is None:
        # A code with no template (a default code): core's own words are all there is.
        return isolate(str(exc.params.get("reason", exc.code)))
    return fill(text, values(exc.code, exc.params))


def under_field(exc: MarsadError, label: str) -> str:
    """What a form shows under the field at fault, `label` being the field's name in the UI.

    Core's sentence for a missing field has no subject and names the kind by
    its code (it follows the field's name on the command line); under the
    field it reads as a sentence of its own, naming the field: «النص مطلوب».
    """
    if exc.code == "record.field_required":
        return QCoreApplication.translate("Errors", "%1 is required").replace("%1", label)
    return reason(exc)


def where_text(where: Where | None) -> str:
    if where is None:
        return ""
    file = isolate_ltr(where.file) if where.file else ""
    if file and where.line is not None:
        return QCoreApplication.translate("Errors", "{file}:{line}").replace("{file}", file).replace(
            "{line}", isolate(str(where.line)))
    if file and where.record is not None:
        return QCoreApplication.translate("Errors", "{file}: record {record}").replace("{file}", file).replace(
            "{record}", isolate(str(where.record)))
    if where.record is not None:
        return QCoreApplication.translate("Errors", "record {record}").replace("{record}", isolate(str(where.record)))
    return file


def field_text(name: str, kind: str | None = None, about: str | None = None) -> str:
    """A field as the UI names it: its translated label when it is a field of the kind, else as written.

    `kind` is the record's kind when the caller knows it; `about` a kind the
    error names (the kind a reference points at, or the record's), used when
    it has the field. Otherwise every kind with the field must agree on its
    label. A path into a field (actors[2].role) keeps the rest after the label.
    """
    m = _FIELD_NAME.match(name)
    if m is None:
        return isolate(name)
    base, rest = m.group(), name[m.end():]
    candidates = [k for k in (kind, about) if k in kinds.IMPORT_KINDS and kinds.get(k).has(base)][:1]
    found = {labels.field(kinds.get(k).field(base)) for k in candidates}
    if not found:
        found = {labels.field(k.field(base)) for k in kinds.ALL if k.has(base)}
    if len(found) != 1:
        return isolate(name)
    return found.pop() + (" " + isolate(rest) if rest else "")


def render(exc: MarsadError, kind: str | None = None) -> str:
    """The whole message: where, which field, what went wrong (a failed batch: its problems, one a line)."""
    if isinstance(exc, BatchError):
        shown = lines(exc)
        more = len(exc.problems) - SHOWN_PROBLEMS
        text = "\n".join(shown[:SHOWN_PROBLEMS])
        if more > 0:
            text += "\n" + QCoreApplication.translate("Errors", "… and %n more", "", more)
        return text or reason(exc)
    parts = [where_text(exc.where)]
    if exc.field:
        parts.append(field_text(exc.field, kind, exc.params.get("kind")))
    parts.append(reason(exc))
    return ": ".join(p for p in parts if p)


def lines(exc: MarsadError, kind: str | None = None) -> list[str]:
    """One line per problem: every problem of a failed batch, else the error itself."""
    if isinstance(exc, BatchError):
        return [render(p, kind) for p in exc.problems]
    return [render(exc, kind)]


def sentence(text: str) -> str:
    """A message shown on its own, as a sentence: core's English is worded to follow a place and a
    colon on the command line («file:3: the text has no Arabic …»), so standing alone it opens with
    a capital and ends with a stop. Arabic has no capitals; its stop is the same point."""
    if not text:
        return text
    text = text[0].upper() + text[1:] if text[0].isascii() else text
    return text if text.endswith((".", "?", "!", "…")) else text + "."


def describe(exc: BaseException) -> str:
    """Any error the UI reports: ours from their code; a file-system error with the system's reason."""
    if isinstance(exc, MarsadError):
        return render(exc)
    if isinstance(exc, OSError):
        where = isolate_ltr(str(exc.filename)) + ": " if exc.filename else ""
        return where + QCoreApplication.translate("Errors", "the file cannot be read or written (%1)").replace(
            "%1", isolate(exc.strerror or str(exc)))
    return str(exc)
