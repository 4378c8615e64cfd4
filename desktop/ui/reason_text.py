"""Why extraction proposed a record, in the UI language, from its reason's code and parameters.

Core says why with a Reason (desktop/core/extract/reasons.py): a code, and
the article's words, nested reasons and closed-list values it names. The UI
words each code from its own catalogue, `QCoreApplication.translate("Reasons",
code)` (the Arabic comes from ar_strings_reasons.py, put in the catalogue by
fill_ts.py), and with no translation core's English template, so rewording
core's English never loses the Arabic.

Every quotation a template makes («…», the article's words and any words of
the template that belong to them, as in «عن … {cue}») is ONE isolate
(FSI…PDI), its guillemets inside: an Arabic quotation reads whole, in its own
order, in an English sentence, and a Latin one in an Arabic sentence.
Isolating only the value (the «قوله» of «عن … قوله») left the template's
Arabic words and the guillemets to the sentence around them, which Qt then
laid out left to right, the quotation read backwards. An
article's words outside a quotation are isolated on their own. A quotation
mark of the article that the extraction cut in half («تنظيم "داعش») is
dropped from what is shown, so it pairs with nothing in the sentence. A
closed-list value (an event's category) is shown by its label, as everywhere
in the UI, so no English code reaches an Arabic sentence.

`word` is what the GUI's imports pass to core as `word_reason`; it runs in
the import's worker thread, where translate() is safe to call.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.core import kinds
from desktop.core.extract import reasons
from desktop.core.extract.reasons import Choice, Reason
from desktop.ui import labels
from desktop.ui.bidi import isolate

CONTEXT = "Reasons"
# A quotation of a template, or one of its placeholders: worded in one pass, so a value that holds
# braces or guillemets is never read as either.
_PIECE = re.compile(r"«[^«»]*»|\{(\w+)\}")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# The quotation marks an article pairs: a closer for each opener (a straight one is its own).
_PAIRS = {"“": "”", "«": "»", '"': '"'}


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


def paired_marks(text: str) -> str:
    """`text` (the article's words) without the quotation marks it does not pair: the extraction
    takes a name from inside a quotation of the article (from «قاعدة "عين الأسد"» it takes «قاعدة "عين
    الأسد», shown «قاعدة عين الأسد»); the article itself keeps its marks."""
    closers = {close: open_ for open_, close in _PAIRS.items()}
    opened: list[int] = []          # where each mark still open stands
    unpaired: set[int] = set()
    for at, ch in enumerate(text):
        if ch == '"' and opened and text[opened[-1]] == '"':
            opened.pop()
        elif ch == '"' and _closes(text, at):
            unpaired.add(at)        # a closer whose opener the cut left out («داعش" الذي»)
        elif ch in _PAIRS:
            opened.append(at)
        elif ch in closers:
            if closers[ch] not in (text[i] for i in opened):
                unpaired.add(at)
                continue
            # It closes its own opener, and whatever was opened inside and never closed.
            while text[opened[-1]] != closers[ch]:
                unpaired.add(opened.pop())
            opened.pop()
    unpaired.update(opened)
    return "".join(ch for at, ch in enumerate(text) if at not in unpaired)


def _closes(text: str, at: int) -> bool:
    """Whether the straight quotation mark at `at` ends a word (after a letter, before a space)."""
    return at > 0 and not text[at - 1].isspace() and (at + 1 == len(text) or not text[at + 1].isalnum())


def _value(found: Reason, name: str, quoted: bool) -> str:
    value = found.get(name)
    if value is None:
        return reasons.MISSING
    if isinstance(value, Reason):
        return _worded(value)
    if isinstance(value, Choice):
        return choice_label(value)
    text = paired_marks(str(value))
    # Inside a quotation the quotation's isolate holds it already.
    return text if quoted else isolate(text)


def _worded(found: Reason) -> str:
    def piece(m: re.Match) -> str:
        if m.group(1):
            return _value(found, m.group(1), quoted=False)
        return isolate(_PLACEHOLDER.sub(lambda p: _value(found, p.group(1), quoted=True), m.group(0)))

    return _PIECE.sub(piece, template(found.code))


def word(found: Reason) -> str:
    """`found` in the UI language: what the GUI's imports store as a proposal's notes."""
    return _worded(found)
