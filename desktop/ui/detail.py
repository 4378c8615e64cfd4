"""The detail pane's rich text for one record, built from desktop.core.views.related.

What it shows comes from the kind registry: the field that names the record
as the headline, then every field shown in the detail pane (Field.detail) in
field order, each rendered by its type (detail_values.py), then the lists of
records that refer to this one, then the record inside its source's text
when it has one, then a source's own text.

Every piece of record text is html.escape'd before it enters the HTML; links
between records use the `marsad:` scheme (marsad:actor:hussein-allawi).
"""
from __future__ import annotations

import html
import re
from typing import Callable

from PySide6.QtCore import QCoreApplication

from desktop.core import arabic, highlight, kinds, record_names
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.ui import elide, labels, reason_text
from desktop.ui.bidi import NBSP, isolate, isolate_in, isolate_ltr, unwrapped_quotes
from desktop.ui.detail_values import (MARK_STYLE, date_text, escape, key_from_link, link, link_for, role_html,
                                      value_html)

CONTEXT_CHARS = 600   # characters of the source shown on each side of a record found in it
BODY_CHARS = 20_000   # characters of a source's own text shown in the pane
WORD_JOINER = "\u2060"
END_ROOM = 10       # pixels between a value and the pane's end edge
# A headline is measured from at most this many characters: more never fit a few lines of any pane,
# and laying out a title of a million would stall the window.
HEADLINE_PROBE = 3000
HEADLINE_MORE, HEADLINE_LESS = "marsad-headline:more", "marsad-headline:less"
Fits = Callable[[str], bool]

# link_for and key_from_link are the window's way to the `marsad:` links.
__all__ = ["render", "quote_in_source", "link_for", "key_from_link"]


def _sides(language: str) -> tuple[str, str]:
    """(direction, start side) of the interface, for the pane's HTML."""
    return ("rtl", "right") if language == "ar" else ("ltr", "left")


def _end(language: str) -> str:
    """The pane's end side: where a line of the interface's direction stops."""
    return "left" if language == "ar" else "right"


def _marked(text: str, spans) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append(f'<span style="{MARK_STYLE}">{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _h3(text: str, language: str) -> str:
    # Its direction said: Qt gives the paragraph after a table holding a table (a value in its own box,
    # _boxed) the inner cell's direction, which set «Quotes» on the right of the English pane.
    direction, align = _sides(language)
    return f"<h3 dir='{direction}' align='{align}'>{escape(text)}</h3>"


def _boxed(inner: str, text: str, language: str, room: bool = False) -> str:
    """`inner` (HTML of `text`) as it reads in the pane: as it is, but for an Arabic value in the English pane,
    a right-to-left paragraph in a box on the pane's start side (as a quote is, _headline).

    An Arabic value in the English pane, wrapped, had every line flush left: its full first line looked
    set on the right, the rest on the left, and each line began where the one before did not. In its
    box its lines all start on the right, and a value of one line still sits on the start side.
    `room`: keep END_ROOM clear on the pane's end side (the headline; a row's cell keeps its own)."""
    if _own_direction(text, language) == _sides(language)[0]:
        return inner
    space = f" style='margin-top: 12px; margin-{_end(language)}: {END_ROOM}px;'" if room else ""
    return (f"<table align='left' cellpadding='0' cellspacing='0'{space}><tr>"
            f"<td dir='rtl' align='right'>{inner}</td></tr></table>")


def _own_direction(text: str, language: str) -> str:
    """The direction a value is laid out in: the interface's, but right to left for an Arabic value in the
    English pane. The Arabic pane lays every value out right to left, its Latin runs isolated
    (bidi.isolate_quoted), so that an English note's words keep the pane's reading order."""
    return "rtl" if language == "ar" else arabic.text_direction(text, "ltr")


def _plain(html_value: str) -> str:
    """The text of a value's HTML, for its direction."""
    return html.unescape(_TAG.sub("", html_value))


_TAG = re.compile(r"<[^>]*>")


def _row(label: str, html_value: str, language: str) -> str:
    """A label and its value, the label on the start side: Qt does not mirror tables for
    right-to-left text, so an Arabic row lists its value first. Each cell is set in the
    interface's direction, so values of either script line up on one side."""
    if not html_value:
        return ""
    direction, align = _sides(language)
    label_cell = (f"<th dir='{direction}' align='{align}' style='padding: 2px 8px; font-weight: 600;'>"
                  f"{escape(label)}</th>")
    # Room on the end side: a value that wraps (an Arabic title in the English pane) filled its first
    # line to the pane's very edge.
    value_cell = (f"<td dir='{direction}' align='{align}' style='padding-{_end(language)}: {END_ROOM}px;'>"
                  f"{_boxed(html_value, _plain(html_value), language)}</td>")
    cells = value_cell + label_cell if language == "ar" else label_cell + value_cell
    return f"<tr>{cells}</tr>"


def _list(items: list[tuple[str, str | None]], language: str) -> str:
    """A list laid out in the interface's direction, whatever script its items begin with.

    Qt would take each item's direction from its first letter, so in the
    English interface an Arabic quote made its item right to left, and the
    English date after it came out scrambled («December 31) ... (2025»). An item may ask for a
    direction of its own (a quote: see _list_item): its words go in an isolate of that direction.
    The item itself stays in the interface's direction, because Qt sets a bullet on its item's start
    side: a right-to-left item put an Arabic quote's bullet on the right of the English pane, where
    no other bullet is. Its lines stay on the bullet's side: Qt draws a bullet beside its first line,
    so lines pushed to the far side took the bullet with them.
    """
    if not items:
        return ""
    direction = _sides(language)[0]
    return f"<ul dir='{direction}'>" + "".join(_li(item, own, direction) for item, own in items) + "</ul>"


def _li(item: str, own: str | None, direction: str) -> str:
    return f"<li dir='{direction}'>{isolate_in(item, own) if own and own != direction else item}</li>"


def _whole_words(body: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """`lo`..`hi` moved inward to whole words, never into the record's own `start`..`end`: a context
    cut inside a word showed «… لولايات» for «الولايات»."""
    if lo > 0 and not body[lo - 1].isspace():
        space = next((i for i in range(lo, start) if body[i].isspace()), None)
        lo = space + 1 if space is not None else start
    if hi < len(body) and not body[hi].isspace():
        space = next((i for i in range(hi - 1, end - 1, -1) if body[i].isspace()), None)
        hi = space if space is not None else end
    return lo, hi


def quote_in_source(body: str, text: str, span) -> str:
    """The paragraph of the source a record was found in, with the record's text marked."""
    start = end = None
    if span and 0 <= span[0] < span[1] <= len(body):
        start, end = span
    else:
        found = body.find(text)
        if found < 0:
            # The text may differ from the body in marks or letter forms: find it normalised.
            norm_body, mapping = arabic.normalize_with_map(body)
            norm_text = arabic.normalize(text)
            at = norm_body.find(norm_text) if norm_text else -1
            if at >= 0:
                start, end = mapping[at], mapping[at + len(norm_text)]
        else:
            start, end = found, found + len(text)
    if start is None:
        return ""
    lo, hi = _whole_words(body, max(0, start - CONTEXT_CHARS), min(len(body), end + CONTEXT_CHARS), start, end)
    lead = "… " if lo else ""
    tail = " …" if hi < len(body) else ""
    return (lead + escape(body[lo:start]) + f'<span style="{MARK_STYLE} font-weight: 600;">'
            + escape(body[start:end]) + "</span>" + escape(body[end:hi]) + tail).replace("\n", "<br>")


def _header(kind: Kind, rec: dict) -> str:
    """The kind and any value set off its default (a proposal's «unreviewed»). Not the internal
    id: the headline names the record (the row's menu copies it for the command line)."""
    flags = [labels.choice(fld, rec[fld.name]) for fld in kind.fields
             if fld.default and fld.choices and rec.get(fld.name) not in (None, fld.default)]
    return f"<p>{escape(labels.kind(kind))}" + "".join(f" · <b>{escape(flag)}</b>" for flag in flags) + "</p>"


def _headline(kind: Kind, rec: dict, terms, language: str, fits: Fits | None = None, whole: bool = False) -> str:
    """The record's name or words on the start side of the pane, as an isolate: an Arabic
    headline in the English pane sits on the left like every other value, and reads whole.

    `fits`: whether a headline's HTML takes few enough lines of the pane (None: any length);
    `whole`: a cut headline shown whole after its "more" was clicked."""
    text = str(rec.get(kind.main, ""))
    spans = highlight.spans(text, list(terms)) if terms else []
    direction, align = _sides(language)
    if kind.byline:
        # Someone's words (a quote: the kind has a byline): shown as words, in quotation marks, as a
        # paragraph of their own script's direction in a box on the pane's start side: an Arabic
        # quote that wraps in the English pane starts each line on the right, and its closing mark
        # ends its last line, instead of lines flush left with the mark at the pane's edge.
        own = arabic.text_direction(text, direction)
        own_align = "right" if own == "rtl" else "left"
        return (f"<table align='{align}' cellpadding='0' style='margin: 8px 20px 8px 20px;'><tr>"
                f"<td dir='{own}' align='{own_align}' "
                f"style='font-size: large; padding-{_end(language)}: {END_ROOM}px;'>"
                f"{isolate('«' + _marked(text, spans) + '»')}</td></tr></table>")

    boxed = _own_direction(text, language) != direction

    def heading(inner: str, toggle: str = "") -> str:
        if not boxed:
            return (f"<h2 dir='{direction}' align='{align}' style='margin-{_end(language)}: {END_ROOM}px;'>"
                    f"{isolate(inner)}{toggle}</h2>")
        return _boxed(f"<h2 dir='rtl' align='right'>{isolate(inner)}{toggle}</h2>", text, language, room=True)
    if fits is None:
        return heading(_marked(text, spans))
    # A title of thousands of characters filled the pane as a bold heading and hid every field under it:
    # it is cut to the lines `fits` allows, «…» at its end inside its isolate (in its own direction),
    # and a link after it shows it whole, or cut again.
    probe = text[:HEADLINE_PROBE]
    if len(text) <= HEADLINE_PROBE and fits(heading(escape(text))):
        return heading(_marked(text, spans))
    if whole:
        return heading(_marked(text, spans), _toggle(HEADLINE_LESS))
    more = _toggle(HEADLINE_MORE)
    shown, kept = elide.elide(probe, lambda head: fits(heading(escape(head), more)))
    space = text.rfind(" ", 0, kept + 1)
    if kept < len(text) and space > 0:
        shown = elide.closed(text[:space])     # at a space: «طوي…» read as another word
    kept = next((i for i, (a, b) in enumerate(zip(shown, text)) if a != b), len(shown))
    cut = [(start, min(end, kept)) for start, end in spans if start < kept]
    return heading(_marked(shown[:kept], cut) + escape(shown[kept:]), more)


def _toggle(url: str) -> str:
    """The link that shows a cut headline whole (or cuts it again), in the pane's plain text size."""
    words = (QCoreApplication.translate("Detail", "more") if url == HEADLINE_MORE
             else QCoreApplication.translate("Detail", "less"))
    return (f" <a href='{url}' style='font-size: medium; font-weight: normal;'>"
            f"{isolate(escape(words))}</a>")


def _shown_fields(kind: Kind, rec: dict):
    """Fields of the detail pane, in field order: not the headline, not what the header or a section shows."""
    folded = {kind.main, kind.date_end, kind.precision}
    for fld in kind.fields:
        if not fld.detail or fld.name in folded or (fld.default and fld.choices) or fld.digest:
            continue
        yield fld


def _rows(kind: Kind, rec: dict, names: dict, language: str, arabic_digits: bool = False,
          reasons: dict | None = None) -> str:
    """The record's own fields, then each section's (what a dataset says of it) under its heading;
    a section none of whose fields has a value is not shown at all. A field that still holds the words
    an article import wrote from a reason (`reasons`: its notes, an event's category) shows the reason
    worded in the UI language, whatever the language of the tool that imported it."""
    sections: dict[str, list[str]] = {}
    for fld in _shown_fields(kind, rec):
        found = (reasons or {}).get(fld.name)
        value = (escape(unwrapped_quotes(reason_text.word(found))) if found is not None
                 else value_html(kind, fld, rec, names, language, arabic_digits))
        row = _row(labels.field(fld), value, language)
        if row:
            sections.setdefault(fld.section, []).append(row)
    rows = sections.pop("", [])
    for fld in kind.fields:      # the sections in the order of their first fields
        if fld.section in sections:
            # A heading row inside the one table, so every section's labels line up with the rest.
            direction = _sides(language)[0]
            rows.append(f"<tr><td colspan='2' dir='{direction}'>{_h3(labels.section(fld), language)}</td></tr>")
            rows += sections.pop(fld.section)
    # The table hugs the start side of the pane, as the headline does.
    align = _sides(language)[1]
    return f"<table align='{align}'>" + "".join(rows) + "</table>" if rows else ""


def _list_date(value: str, language: str, arabic_digits: bool) -> str:
    """An item's date in parentheses, never cut by the end of a line: the pane wraps a long quote,
    and Qt, breaking the line inside the date's isolate, set «31» apart from «December 2025» and
    turned a bracket. Non-breaking spaces hold it whole; in English it runs left to right."""
    text = date_text(value, None, None, language, arabic_digits).replace(" ", NBSP)
    return f" ({isolate(text) if language == 'ar' else isolate_ltr(text)})"


def _unbroken(name: str) -> str:
    """A name never cut by the end of a line: an English speaker's name in an Arabic quote's line (or an
    Arabic one in an English quote's), cut at its space or its hyphen, read «Qais al- … Muhammadawi» with
    the quote's end between. For showing."""
    return name.replace(" ", NBSP).replace("-", "-" + WORD_JOINER)


def _list_item(entry: dict, other: Kind, language: str, arabic_digits: bool) -> tuple[str, str | None]:
    """One record of a list of those referring to this one: its text, role, whose, when; and the
    direction of its line when not the interface's.

    Someone's words read as a sentence of their script: an Arabic quote wrapped in the English pane
    put its closing mark at the start of the next line, before the speaker's name; as a right-to-left
    item the quote, its marks, the dash, the speaker and the date follow one another."""
    text = record_names.shown(entry.get("text"), entry.get("text_en"), language) or entry["key"]
    shown = link(entry["key"], {entry["key"]: text})
    item = isolate(f"«{shown}»" if other.byline else shown)
    if entry.get("role"):
        item += f" ({role_html(entry['role'], language)})"
    own = arabic.text_direction(text, _sides(language)[0]) if other.byline else None
    byline = record_names.shown(entry.get("byline"), entry.get("byline_en"), language)
    if byline:
        item += f" — {isolate(escape(_unbroken(byline) if own and arabic.text_direction(byline, own) != own else byline))}"
    if entry.get("date"):
        item += _list_date(entry["date"], language, arabic_digits)
    return item, own


def _lists(info: dict, language: str, arabic_digits: bool) -> str:
    parts = []
    for group in info.get("lists", ()):
        other = kinds.get(group["kind"])
        items = [_list_item(entry, other, language, arabic_digits) for entry in group["items"]]
        parts.append(_h3(labels.reverse(group["label"]), language) + _list(items, language))
    return "".join(parts)


def _in_source(kind: Kind, rec: dict, info: dict, language: str) -> str:
    """The record inside the text of the source it points at (a quote in its article)."""
    body = info.get("source_body")
    if not body:
        return ""
    span_field = next((fld.name for fld in kind.fields if fld.type == f.SPAN), None)
    context = quote_in_source(body, str(rec.get(kind.main, "")), rec.get(span_field) if span_field else None)
    return _h3(QCoreApplication.translate("Detail", "In the source"), language) + f"<p>{context}</p>" if context else ""


def _own_text(kind: Kind, rec: dict, language: str) -> str:
    """A source's own text: the long text whose digest finds the same article again."""
    parts = []
    for fld in kind.fields:
        if fld.digest and fld.detail and rec.get(fld.name):
            body = str(rec[fld.name])
            shown = body if len(body) <= BODY_CHARS else body[:BODY_CHARS] + " …"
            parts.append(_h3(labels.field(fld), language) + "<p>" + escape(shown).replace("\n", "<br>") + "</p>")
    return "".join(parts)


def render(info: dict | None, language: str = "ar", terms=(), arabic_digits: bool = False,
           fits: Fits | None = None, whole: bool = False) -> str:
    """The HTML for `views.related(...)` output; a short message when the record is gone.

    `arabic_digits`: numbers (fatalities, a tone, dates) in Arabic-Indic digits, the user's preference;
    `fits`, `whole`: how much of a long headline shows (_headline)."""
    if info is None:
        return "<p>" + escape(QCoreApplication.translate("Detail", "This record no longer exists.")) + "</p>"
    rec = info["record"]
    english = info.get("english", {})
    names = {key: record_names.shown(name, english.get(key), language) for key, name in info.get("names", {}).items()}
    kind = kinds.get(rec["kind"])
    return "".join((_header(kind, rec), _headline(kind, rec, terms, language, fits, whole),
                    _rows(kind, rec, names, language, arabic_digits, info.get("reasons")),
                    _in_source(kind, rec, info, language), _lists(info, language, arabic_digits),
                    _own_text(kind, rec, language)))
