"""Briefing table rows are never cut across two pages (issue 13): a cut row starts a new table,
header again, on the next page. Layout helpers are those of test_briefing_pdf.py."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402

import pytest  # noqa: E402

from desktop.core.briefing import build_document  # noqa: E402
from tests.ui.test_briefing_pdf import _laid_out, pdf_info, pdftotext, seed_records, seed_spec, squash  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def printing(qapp):
    from desktop.ui import printing as module
    return module


def _cut_rows(printing, qdoc):
    """Rows of the several-row tables whose box (text, cell padding and border) crosses a page end."""
    from PySide6.QtGui import QTextTable
    page = qdoc.pageSize().height()
    layout = qdoc.documentLayout()
    scale = layout.paintDevice().logicalDpiY() / 96
    cut = []
    for table in [f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable) and f.rows() > 1]:
        edge = (table.format().cellPadding() + table.format().border()) * scale
        for row in range(1, table.rows()):
            cells = [table.cellAt(row, c) for c in range(table.columns())]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells) - edge
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells) + edge
            if int(top // page) != int(bottom // page):
                cut.append((table, row))
    return cut


def _many_actors(n):
    records = seed_records()
    actors = [r for r in records.values() if r["kind"] == "actor"]
    items = []
    for i in range(n):
        actor = dict(actors[i % len(actors)], id=f"actor:copy-{i}")
        # The sheet orders actors by name: numbered, they keep this order, whose rows Qt cuts.
        actor["name"] = f"{i:03d} {actor['name']}"
        actor["title"] = " ".join([actor.get("title") or "منصب"] * (1 + i % 4))
        records[actor["id"]] = actor
        items.append(actor["id"])
    return records, seed_spec(items=tuple(items))


def test_table_rows_are_never_cut_across_pages(printing, monkeypatch):
    records, spec = _many_actors(260)
    qdoc, _ = _laid_out(printing, spec, records)
    assert _cut_rows(printing, qdoc) == []
    # ...the cut rows moved, with no page to spare: Qt alone cuts 7 of these 260 rows.
    monkeypatch.setattr(printing, "MAX_ROW_MOVES", 0)
    unfixed, _ = _laid_out(printing, spec, records)
    assert len(_cut_rows(printing, unfixed)) >= 3
    assert qdoc.pageCount() <= unfixed.pageCount() + 1


_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنه"


def _arabic_code(n: int) -> str:
    """A word of Arabic letters naming n, so that every row of a test table can be found."""
    word = ""
    while True:
        n, digit = divmod(n, len(_LETTERS))
        word += _LETTERS[digit]
        if not n:
            return word


def test_no_row_is_cut_from_its_english_name_in_the_pdf(printing, tmp_path):
    # (Without the fix, rows 11, 27, 43... of these 260 have their English name on the next page.)
    records, spec = _many_actors(260)
    for i, rid in enumerate(spec.items):
        records[rid] = dict(records[rid], name=f"فاعل {_arabic_code(i)}{_arabic_code(i)}", name_en=f"Actor{i:03d}")
    pdf = tmp_path / "actors.pdf"
    printing.write_pdf_document(build_document(spec, records.get), pdf)
    pages = [squash(pdftotext(pdf, n)) for n in range(1, int(pdf_info(pdf)["Pages"]) + 1)]
    apart = []
    for i in range(260):
        arabic_page = next(n for n, text in enumerate(pages) if squash(f"فاعل {_arabic_code(i) * 2}") in text)
        english_page = next(n for n, text in enumerate(pages) if f"Actor{i:03d}" in text)
        if arabic_page != english_page:
            apart.append(i)
    assert apart == []


def test_a_moved_row_starts_its_page_under_the_header_again(printing):
    from PySide6.QtGui import QTextTable
    records, spec = _many_actors(260)
    qdoc, _ = _laid_out(printing, spec, records)
    tables = [f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable) and f.rows() > 1]
    page = qdoc.pageSize().height()
    layout = qdoc.documentLayout()
    assert len(tables) > 3      # the three sections' tables, and the pieces after moved rows
    assert all(t.format().headerRowCount() == 1 for t in tables)
    at_page_top = [t for t in tables if layout.frameBoundingRect(t).top() % page < page * 0.05]
    assert len(at_page_top) >= len(tables) - 3


def _events_then_actors(n_events):
    records = seed_records()
    events = [r for r in records.values() if r["kind"] == "event"]
    items = []
    for i in range(n_events):
        event = dict(events[i % len(events)], id=f"event:copy-{i}")
        records[event["id"]] = event
        items.append(event["id"])
    items += [r["id"] for r in records.values() if r["kind"] == "actor"][:6]
    return records, seed_spec(items=tuple(items))


def test_a_tables_first_row_is_not_cut_under_its_header(printing, monkeypatch):
    # A reviewer's English briefing cut the actors table's first row over pages 1-2: moving a first
    # row alone would leave its header behind, so the heading, header and row start the next page.
    # Timelines of 6-24 events push the actors table down the first page past its foot.
    from desktop.ui.briefing import page_breaks

    from PySide6.QtGui import QTextCursor, QTextTable

    def cut_first_rows(headings_apart=None):
        cut = []
        for n in range(6, 25):
            records, spec = _events_then_actors(n)
            qdoc, _ = _laid_out(printing, spec, records)
            cut += [(n, row) for _, row in _cut_rows(printing, qdoc) if row == 1]
            if headings_apart is None:
                continue
            page, layout = qdoc.pageSize().height(), qdoc.documentLayout()
            for table in [f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable)]:
                heading = qdoc.findBlock(table.firstPosition() - 2)
                if QTextCursor(heading).currentTable() is None and heading.text().strip() and (
                        layout.blockBoundingRect(heading).top() // page != layout.frameBoundingRect(table).top() // page):
                    headings_apart.append((n, heading.text()))
        return cut

    apart = []
    assert cut_first_rows(apart) == []
    # ...and the heading went with it (with 9 events Qt moved the sources' table whole on to the next page
    # and left its heading alone at the foot of the page before)
    assert apart == []
    monkeypatch.setattr(page_breaks, "first_row_cut", lambda *args: False)
    assert cut_first_rows() != []       # (6 events cut it without the fix, 17 before the headings had 15 pt above them)
