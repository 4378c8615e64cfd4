"""One field's value as detail-pane HTML, by the field's type.

A reference is a `marsad:` link named after the record it points at, a set
of links one a line (with each link's role), a choice its label, a date its
span at the kind's precision, a flag its caption, a language code the
language's name. Record text is always
escaped here, before it becomes HTML.
"""
from __future__ import annotations

import html
from urllib.parse import quote, unquote

from desktop.core import dateformat, roles
from desktop.core.arabic import to_arabic_indic_digits
from desktop.core.kinds import Field, Kind
from desktop.core.kinds import fields as f
from desktop.ui import labels
from desktop.ui.bidi import isolate, isolate_quoted

MARK_STYLE = "background-color: rgba(255, 196, 0, 110);"


def escape(text) -> str:
    return html.escape(str(text), quote=True)


def link_for(key: str) -> str:
    return "marsad:" + quote(key, safe=":")


def key_from_link(url: str) -> str | None:
    return unquote(url[len("marsad:"):]) if url.startswith("marsad:") else None


def link(key: str | None, names: dict, fallback: str = "") -> str:
    if not key:
        return escape(fallback)
    return f'<a href="{escape(link_for(key))}">{escape(names.get(key, key))}</a>'


def digits(text: str, arabic_digits: bool) -> str:
    """`text` (a date, a span: UI words, not record text) with the digits the user chose."""
    return to_arabic_indic_digits(text) if arabic_digits else text


def date_text(value: str | None, end: str | None, precision: str | None, language: str,
              arabic_digits: bool = False) -> str:
    """A date (a span, approximate or not) in the UI language and the user's digits, escaped."""
    if not value:
        return ""
    try:
        return escape(digits(dateformat.format_span(value, end, precision, language), arabic_digits))
    except ValueError:
        return escape(value)


def grouped_number(n: int, arabic_digits: bool = False) -> str:
    """A count as the window writes one: grouped by thousands, in Arabic-Indic digits (and the Arabic
    thousands separator) when the user asked for them."""
    text = f"{n:,}"
    return to_arabic_indic_digits(text).replace(",", "٬") if arabic_digits else text


def role_html(role: str, language: str) -> str:
    """An actor's role in an event in the words the briefing of `language` prints (a common one in the UI's
    language, any other as typed), escaped, in an isolate as every name and role in the pane."""
    return isolate(escape(roles.role_words(role, language)))


def _text(value, language: str) -> str:
    """Free text (a note, a summary) with its quoted runs and, in the Arabic UI, its English runs isolated."""
    return escape(isolate_quoted(str(value), language)).replace("\n", "<br>")


def number_text(value, arabic_digits: bool = False) -> str:
    """A number as a person reads it: a count as a whole number (12, never 12.0), a score as
    written (-4.25), in Arabic-Indic digits when the user asked for them."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value) if isinstance(value, int) else f"{value:.15g}"
    return to_arabic_indic_digits(text).replace(".", "٫") if arabic_digits else text


def value_html(kind: Kind, fld: Field, rec: dict, names: dict, language: str, arabic_digits: bool = False) -> str:
    """The field's value in `rec` as HTML ("" when it has none)."""
    value = rec.get(fld.name)
    if value is None or value == "" or value == []:
        return ""
    type_ = fld.type
    if type_ == f.DATE:
        spans = fld.name == kind.date
        return date_text(value, rec.get(kind.date_end) if spans and kind.date_end else None,
                         rec.get(kind.precision) if spans and kind.precision else None, language, arabic_digits)
    if type_ == f.REF:
        return link(value, names)
    if type_ == f.REFS:
        return "<br>".join(link(key, names) for key in value)
    if type_ == f.LINKS:
        role = fld.links.role if fld.links else None
        # Each name and role in an isolate: the lines are one paragraph to the bidi rules, so an Arabic
        # role in the English pane joined the Arabic names around it and came out before its own actor.
        return "<br>".join(isolate(link(item[fld.ref], names))
                           + (f" ({role_html(item[role], language)})" if role and item.get(role) else "")
                           for item in value)
    if type_ == f.CHOICE:
        hint = labels.choice_hint(fld, value)
        return escape(labels.choice(fld, value)) + (f" — {escape(hint)}" if hint else "")
    if type_ == f.FLAG:
        return escape(labels.hint(fld) or "✓") if value else ""
    if type_ == f.NUMBER:
        return escape(number_text(value, arabic_digits))
    if fld.name == labels.LANGUAGE_FIELD and type_ == f.TEXT:
        return escape(labels.language(str(value)))
    if type_ in (f.ALIASES, f.TAGS):
        return escape(labels.list_separator(language).join(str(v) for v in value))
    if type_ == f.SPAN:
        return escape(digits(f"{value[0]}–{value[1]}", arabic_digits))
    return _text(value, language)
