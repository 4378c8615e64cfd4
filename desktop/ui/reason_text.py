"""Why extraction proposed a record, in the UI language, from its reason's code and parameters.

Core says why with a Reason (desktop/core/extract/reasons.py): a code, and
the article's words, nested reasons and closed-list values it names. The UI
words each code from its own catalogue, `QCoreApplication.translate("Reasons",
code)` (the Arabic comes from ar_strings_reasons.py, put in the catalogue by
fill_ts.py), and with no translation core's English template, so rewording
core's English never loses the Arabic.

The article's words are isolated (FSI…PDI): an Arabic name keeps its own
direction in an English sentence, and a Latin one in an Arabic sentence. A
closed-list value (an event's category) is shown by its label, as everywhere
in the UI, so no English code reaches an Arabic sentence.

`word` is what the GUI's imports pass to core as `word_reason`; it runs in
the import's worker thread, where translate() is safe to call.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import kinds
from desktop.core.extract import reasons
from desktop.core.extract.reasons import Choice, Reason, Value
from desktop.ui import labels
from desktop.ui.bidi import isolate

CONTEXT = "Reasons"


def template(code: str) -> str:
    """The template for `code` in the UI language: core's English when it has no translation."""
    translated = QCoreApplication.translate(CONTEXT, code)
    if translated != code:
        return translated
    return reasons.REASONS.get(code, code)


def choice_label(value: Choice) -> str:
    """A closed-list value by its label: the kind registry's when the field lists it, else the
    label core gives the list (extraction's event categories), else the code, isolated."""
    kind_name, _, field_name = value.field.partition(".")
    if kind_name in kinds.IMPORT_KINDS and kinds.get(kind_name).has(field_name):
        fld = kinds.get(kind_name).field(field_name)
        if fld.choice(value.code):
            return labels.choice(fld, value.code)
    if value.key in reasons.REASONS:
        return template(value.key)
    return isolate(value.code)


def _shown(value: Value) -> str:
    return choice_label(value) if isinstance(value, Choice) else isolate(str(value))


def word(found: Reason) -> str:
    """`found` in the UI language: what the GUI's imports store as a proposal's notes."""
    return reasons.word(found, template, _shown)
