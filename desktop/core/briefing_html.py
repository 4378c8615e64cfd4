"""A briefing's document model as Qt rich text (the HTML subset QTextDocument reads).

Every record field is escaped on the way in; text direction is set per
paragraph from its first strong letter, so mixed Arabic and Latin lines read
correctly in both sheet languages.
"""
from __future__ import annotations

import html
from typing import Collection

from desktop.core.arabic import text_direction
from desktop.core.briefing import BriefingDocument, QuoteEntry


def _esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br/>")


RANGE_DASH = "\u2013"     # between the ends of a range (desktop/core/dateformat.py)
ARABIC_LIST_SEP = "\u060c "
FSI, PDI = "\u2068", "\u2069"


def byline(speaker: str, title: str, list_sep: str, doc_dir: str) -> str:
    """A quote's «— speaker, title» line. Two Arabic names are joined by the Arabic comma whatever the
    sheet's language; a speaker written in the other direction is isolated, so the dash stays first in
    the line's own reading order (at the left of an English line, at the right of an Arabic one)."""
    parts = [p for p in (speaker, title) if p]
    arabic_only = all(text_direction(p, "ltr") == "rtl" for p in parts)
    who = (ARABIC_LIST_SEP if arabic_only else list_sep).join(parts)
    if who and text_direction(who, doc_dir) != doc_dir:
        who = FSI + who + PDI
    return "\u2014 " + who


def _date_style(when: str) -> str:
    """A date in a narrow column stays on one line («31 December» above «2025» reads as two values) and its
    column widens; a range may still break, or its column would squeeze the text beside it."""
    return "" if RANGE_DASH in when else "white-space:nowrap;"


def _para(text: str, doc_dir: str, *, style: str = "", own_dir: bool = True) -> str:
    # Record text takes the direction of its own first strong letter, so an
    # English title in an Arabic briefing (or the reverse) lines up properly.
    direction = text_direction(text, doc_dir) if own_dir else doc_dir
    align = "right" if direction == "rtl" else "left"
    style_attr = f' style="{style}"' if style else ""
    return f'<p dir="{direction}" align="{align}"{style_attr}>{_esc(text)}</p>'


def figure_marker(index: int) -> str:
    """The text standing for figure `index` until the printer puts the drawing in its place."""
    return f"[[marsad-figure-{index}]]"


# Every section heading has the same space under it, whatever follows: Qt keeps the larger of a
# heading's and a paragraph's margins (a summary's 12px), but lays a table 6px under a heading
# whatever their margins say, and a bordered one 3px lower still; these top margins make up the rest.
AFTER_HEADING_PARAGRAPH = "margin-top:12px;"
AFTER_HEADING_BOX = "margin-top:6px;"
AFTER_HEADING_TABLE = "margin-top:3px;"
# And the same space above it, more than under it, so that it reads with the section it opens (after a
# table it stood closer than after text and looked run into it): Qt keeps the larger of a paragraph's
# bottom margin and a heading's top one, but adds a table's bottom margin to it, so the last quote's box
# before a heading has none, and it paints a bordered table's bottom border 1px below the table.
HEADING_SPACE_ABOVE_PX = 20
AFTER_BORDER_PX = 1
QUOTE_BOX_SPACE_UNDER = "margin-bottom:6px;"


def _figures_html(doc: BriefingDocument) -> str:
    d = doc.direction
    parts = [_heading(doc.figures_heading, d)]
    for index, fig in enumerate(doc.figures):
        space = AFTER_HEADING_PARAGRAPH if index == 0 else "margin-top:6px;"
        parts.append(f'<p align="center" style="{space}">{figure_marker(index)}</p>')
        parts.append(_para(fig.caption, d, style="font-size:8.5pt; color:#333333; margin-bottom:10px;"))
    return "".join(parts)


def _heading(text: str, doc_dir: str, after_table: bool = False) -> str:
    """A section's heading; `after_table`: under a bordered table (the timeline, the actors, the sources)."""
    align = "right" if doc_dir == "rtl" else "left"
    above = HEADING_SPACE_ABOVE_PX - (AFTER_BORDER_PX if after_table else 0)
    return (f'<h2 dir="{doc_dir}" align="{align}" style="margin-top:{above}px; margin-bottom:6px;">'
            f"{_esc(text)}</h2>")


def _table(headers: list[str], rows: list[list[str]], widths: list[int], doc_dir: str,
           breaks: Collection[int] = ()) -> str:
    """A bordered table with a <thead> (Qt sets headerRowCount from it, so the
    header row repeats at the top of every page the table runs onto). Cells
    are already-built HTML. Qt does not mirror tables for right-to-left
    text, so Arabic tables list their columns in reverse. The padding keeps
    a clear gap between columns: text readers (pdftotext, copying from a PDF
    viewer) join words across a narrow gap into one line."""
    order = list(range(len(headers)))
    if doc_dir == "rtl":
        order.reverse()
    align = "right" if doc_dir == "rtl" else "left"
    head = "".join(
        f'<th width="{widths[i]}%" bgcolor="#e4e4e4" align="{align}">'
        f'<p dir="{doc_dir}" align="{align}">{_esc(headers[i])}</p></th>' for i in order)
    starts = sorted({0, *(b for b in breaks if 0 < b < len(rows))})
    pieces = []
    for start, end in zip(starts, starts[1:] + [len(rows)]):
        body = "".join(
            "<tr>" + "".join(f'<td width="{widths[i]}%">{row[i]}</td>' for i in order) + "</tr>"
            for row in rows[start:end])
        # The first piece follows the section's heading; the others begin pages.
        space = AFTER_HEADING_TABLE if start == 0 else ""
        pieces.append('<table width="100%" border="1" cellspacing="0" cellpadding="7" '
                      f'style="border-collapse: collapse; border-color: #888888;{space}">'
                      f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "".join(pieces)


def _title_html(doc: BriefingDocument) -> str:
    tb, d = doc.title_block, doc.direction
    out = [f'<h1 dir="{text_direction(tb.title, d)}" align="center">{_esc(tb.title)}</h1>']
    if tb.caveat:
        out.append(f'<p dir="{text_direction(tb.caveat, d)}" align="center" '
                   f'style="color:#9b0000; font-weight:bold;">{_esc(tb.caveat)}</p>')
    out.append(f'<p dir="{d}" align="center">{_esc(tb.gregorian)} \u2014 {_esc(tb.hijri)}</p>')
    out.append(f'<p dir="{d}" align="center" style="font-size:8pt; color:#555555;">'
               f"{_esc(tb.calendar_note)}</p>")
    if tb.author:
        out.append(f'<p dir="{d}" align="center">{_esc(doc.labels.prepared_by.format(tb.author))}</p>')
    return "".join(out)


def _notes(notes, d: str, style: str = "font-size:8.5pt; color:#333333;") -> str:
    """The registry's briefing fields of an entry (a grade), one line each."""
    return "".join(_para(note, d, style=style, own_dir=False) for note in notes)


def _timeline_html(doc: BriefingDocument, breaks: Collection[int] = ()) -> str:
    # Two columns, the long text last in reading order: PDF text readers
    # (pdftotext, copy from a viewer) merge lines that share a baseline
    # across columns, so any column after a wrapped title would be spliced
    # into the middle of it. Place and actors go under the title instead.
    lab, d = doc.labels, doc.direction
    small = "font-size:8.5pt; color:#333333;"
    rows = []
    for e in doc.timeline:
        event = _para(e.title, d, style="font-weight:bold;")
        if e.summary:
            event += _para(e.summary, d, style="font-size:9pt;")
        if e.place:
            event += _para(f"{lab.col_place}: {e.place}", d, style=small, own_dir=False)
        if e.actors:
            event += _para(f"{lab.col_actors}: {lab.list_sep.join(e.actors)}", d, style=small,
                           own_dir=False)
        event += _notes(e.notes, d, small)
        when = _para(e.when, d, style=_date_style(e.when), own_dir=False)
        if e.status:
            when += _para(e.status, d, style="font-size:8pt; color:#555555;", own_dir=False)
        rows.append([when, event])
    return _table([lab.col_when, lab.col_event], rows, [20, 80], d, breaks)


def _actors_html(doc: BriefingDocument, breaks: Collection[int] = ()) -> str:
    lab, d = doc.labels, doc.direction
    rows = []
    for a in doc.actors:
        name = _para(a.name, d, style="font-weight:bold;")
        if a.other_name:
            name += _para(a.other_name, d, style="font-size:8pt; color:#555555;", own_dir=False)
        name += _notes(a.notes, d)
        rows.append([name, _para(a.title, d) if a.title else "",
                     _para(a.affiliation, d) if a.affiliation else ""])
    return _table([lab.col_name, lab.col_title, lab.col_affiliation], rows, [30, 40, 30], d, breaks)


def _quote_html(q: QuoteEntry, doc: BriefingDocument, first: bool = False, last: bool = False) -> str:
    """One quote as a single-cell table: printing.py keeps every single-cell
    table whole on one page when it fits (Qt itself would split it)."""
    lab, d = doc.labels, doc.direction
    qdir = text_direction(q.text, d)
    # No quotation marks around the text: the shaded box marks it as a
    # quote, and a neutral mark at either end gets pulled into neighbouring
    # number runs by bidi reordering, so copying from the PDF would no
    # longer give back the quote as said.
    text = _esc(q.text)
    if q.partial:
        text += " " + _esc(lab.partial)
    qalign = "right" if qdir == "rtl" else "left"
    cell = [f'<p dir="{qdir}" align="{qalign}" style="font-size:11pt;">{text}</p>']
    cell.append(_para(byline(q.speaker, q.speaker_title, lab.list_sep, d), d, style="font-weight:bold;",
                      own_dir=False))
    meta = [x for x in (q.when, q.source) if x]
    if meta:
        cell.append(_para(lab.list_sep.join(meta), d, style="font-size:9pt; color:#444444;", own_dir=False))
    if q.context:
        cell.append(_para(q.context, d, style="font-size:9pt; color:#444444;"))
    cell.append(_notes(q.notes, d, "font-size:9pt; color:#444444;"))
    space = (AFTER_HEADING_BOX if first else "") + ("" if last else QUOTE_BOX_SPACE_UNDER)
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#f2f2f2" '
            f'style="{space}"><tr><td>{"".join(cell)}</td></tr></table>')


def _sources_html(doc: BriefingDocument, breaks: Collection[int] = ()) -> str:
    # Date first, then the title with its outlet and URL (see _timeline_html).
    lab, d = doc.labels, doc.direction
    rows = []
    for s in doc.sources:
        cell = _para(s.title, d)
        if s.outlet:
            cell += _para(s.outlet, d, style="font-size:9pt; color:#333333;")
        if s.url:
            cell += _para(s.url, "ltr", style="font-size:8pt;")
        cell += _notes(s.notes, d, "font-size:9pt; color:#333333;")
        rows.append([_para(s.when, d, style=_date_style(s.when), own_dir=False) if s.when else "", cell])
    return _table([lab.col_published, lab.col_source_title], rows, [20, 80], d, breaks)


# The sections laid out as tables of several rows, in the order the document shows them.
TABLE_SECTIONS = ("timeline", "actors", "sources")


def _rows_of(doc: BriefingDocument, section: str) -> int:
    if section not in doc.sections:
        return 0
    return len({"timeline": doc.timeline, "actors": doc.actors, "sources": doc.sources}[section])


def table_pieces(doc: BriefingDocument, row_breaks: Collection[tuple[str, int]] = ()) -> list[tuple[str, int]]:
    """(section, first row) of each table of several rows `to_html` writes, in document order.

    A row break (section, n) ends the section's table before its row n and
    starts another, with the header again: the printer moves that table to
    the next page, so a row is never cut across two pages.
    """
    out = []
    for section in TABLE_SECTIONS:
        n = _rows_of(doc, section)
        if n:
            out += [(section, start) for start in sorted({0, *(b for s, b in row_breaks if s == section and 0 < b < n)})]
    return out


def to_html(doc: BriefingDocument, row_breaks: Collection[tuple[str, int]] = ()) -> str:
    """The document as Qt rich text; every record field is escaped. `row_breaks`: see table_pieces."""
    d = doc.direction
    parts = [f'<html><head><meta charset="utf-8"/></head><body dir="{d}">', _title_html(doc)]
    if "summary" in doc.sections and doc.summary:
        parts.append(_heading(doc.labels.summary, d))
        parts.extend(_para(p, d) for p in doc.summary)
    if doc.figures:
        parts.append(_figures_html(doc))
    timeline = "timeline" in doc.sections and bool(doc.timeline)
    actors = "actors" in doc.sections and bool(doc.actors)
    quotes = "quotes" in doc.sections and bool(doc.quotes)
    if timeline:
        parts.append(_heading(doc.labels.timeline, d))
        parts.append(_timeline_html(doc, _breaks(row_breaks, "timeline")))
    if actors:
        parts.append(_heading(doc.labels.actors, d, after_table=timeline))
        parts.append(_actors_html(doc, _breaks(row_breaks, "actors")))
    if quotes:
        parts.append(_heading(doc.labels.quotes, d, after_table=timeline or actors))
        parts.extend(_quote_html(q, doc, first=i == 0, last=i == len(doc.quotes) - 1)
                     for i, q in enumerate(doc.quotes))
    if "sources" in doc.sections and doc.sources:
        parts.append(_heading(doc.labels.sources, d, after_table=(timeline or actors) and not quotes))
        parts.append(_sources_html(doc, _breaks(row_breaks, "sources")))
    if doc.missing:
        note = doc.labels.missing.format(ids=doc.labels.list_sep.join(doc.missing))
        parts.append(_para(note, d, style="font-size:8pt; color:#9b0000;", own_dir=False))
    parts.append("</body></html>")
    return "".join(parts)


def _breaks(row_breaks: Collection[tuple[str, int]], section: str) -> set[int]:
    return {row for name, row in row_breaks if name == section}
