"""Where a printed briefing needs page breaks Qt does not make, and laying it out in one pass with them.

Qt breaks pages wherever a line ends: it has no "keep together" or "keep
with next". So the printer looks at laid-out positions and adds breaks, in
document order (a break only pushes later content down): a heading with too
little room under it moves on with what follows, a quote box (a single-cell
table) that would straddle a page break moves to the next page, and a table
row cut across pages ends its table there, the rest going on as a new table,
header again, from the next page.

Each break changes the layout of everything after it, and Qt lays out again,
after every edit, all the tables that follow (in paged mode it never reuses a
table's layout): on a whole briefing that is quadratic (106 s for 1,000
items). `lay_out_whole` instead copies the document, item by item, from a
source nobody lays out into the paged one, deciding each item's break while
it is the last item there, so every edit relays out just that item.
"""
from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

# A row moved to the next page must fit on a page with room to spare; a longer one stays cut.
ROW_FITS_PAGE = 0.8


def heading_moves(layout, block, page_height: float, follow: float) -> bool:
    """A heading with less than `follow` (device units) under it on its page, when it and that room fit a page."""
    if block.blockFormat().headingLevel() <= 0:
        return False
    rect = layout.blockBoundingRect(block)
    room = (int(rect.bottom() // page_height) + 1) * page_height - rect.bottom()
    return room < follow and rect.height() + follow < page_height


def is_box(frame) -> bool:
    return isinstance(frame, QTextTable) and frame.rows() == 1 and frame.columns() == 1


def box_moves(qdoc: QTextDocument, frame: QTextTable, page_height: float):
    """The block to break before when the quote box `frame` straddles a page break and fits on one page, or None.

    Measured from the block just before the table (the empty separator Qt keeps
    between frames, or the section heading, which then moves along with its
    first quote): when a table starts too near the foot of a page, Qt moves its
    text on but paints a strip of its background here, and reports its top as
    already on the next page. (A break policy on the table frame itself would
    move the text but again leave the background strip behind.)"""
    layout = qdoc.documentLayout()
    before = qdoc.findBlock(frame.firstPosition() - 1)
    rect = layout.frameBoundingRect(frame)
    top = min(layout.blockBoundingRect(before).top(), rect.top())
    if rect.bottom() - top < page_height and int(top // page_height) != int((rect.bottom() - 1) // page_height):
        return before
    return None


def cut_row(layout, table: QTextTable, page_height: float) -> int | None:
    """The first row of `table` laid out across a page break that fits on one page, or None. Header rows,
    and the first row under them (moving it would leave the header alone), are left as they are."""
    # A row reaches a cell padding and a border beyond its text, and Qt paints a line that falls
    # in the page's last padding on the next page: measure rows with both.
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1
    header = table.format().headerRowCount()
    edge = (table.format().cellPadding() + table.format().border()) * scale
    for row in range(header + 1, table.rows()):
        cells = [table.cellAt(row, c) for c in range(table.columns())]
        top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells) - edge
        bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells) + edge
        if int(top // page_height) != int(bottom // page_height) and bottom - top < page_height * ROW_FITS_PAGE:
            return row
    return None


def first_row_cut(layout, table: QTextTable, page_height: float) -> bool:
    """Whether the first row under a table's header rows is laid out across a page break (then the
    table starts on the next page with the heading before it: moving that row alone would leave the
    header behind)."""
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1
    row = table.format().headerRowCount()
    if row >= table.rows():
        return False
    edge = (table.format().cellPadding() + table.format().border()) * scale
    cells = [table.cellAt(row, c) for c in range(table.columns())]
    top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells) - edge
    bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells) + edge
    return int(top // page_height) != int(bottom // page_height) and bottom - top < page_height * ROW_FITS_PAGE


def table_left_heading(layout, heading, table: QTextTable, page_height: float) -> bool:
    """Whether Qt moved `table` whole on to a later page than the section heading before it, which was
    left alone at the foot of its page."""
    if not heading.isValid() or heading.blockFormat().headingLevel() <= 0:
        return False
    first = table.cellAt(0, 0).firstCursorPosition().block()
    return int(layout.blockBoundingRect(heading).top() // page_height) < int(
        layout.blockBoundingRect(first).top() // page_height)


def left_heading(qdoc: QTextDocument, frame, page_height: float):
    """The heading a table of the laid-out `qdoc` left behind (table_left_heading), or None."""
    if not isinstance(frame, QTextTable):
        return None
    heading = qdoc.findBlock(frame.firstPosition() - 2)
    return heading if table_left_heading(qdoc.documentLayout(), heading, frame, page_height) else None


def break_before(block) -> int:
    """Starts a page at `block`; returns 1, or 0 when one already starts there."""
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return 0
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
    return 1


def several_row_tables(qdoc: QTextDocument) -> list[QTextTable]:
    """The tables of several rows or columns (not the single-cell quote boxes), in document order."""
    return [f for f in qdoc.rootFrame().childFrames()
            if isinstance(f, QTextTable) and (f.rows() > 1 or f.columns() > 1)]


def top_items(qdoc: QTextDocument):
    """Each item of the root frame in order, as (block, None) or (None, frame)."""
    it = qdoc.rootFrame().begin()
    while not it.atEnd():
        # Ask for the frame only where there is no block: PySide6 returns None for a null QTextFrame*
        # without taking a reference to None, and a thousand such calls crash Python 3.11 at exit.
        block = it.currentBlock()
        frame = None if block.isValid() else it.currentFrame()
        it += 1
        yield (block, None) if frame is None else (None, frame)


def _item_starts(qdoc: QTextDocument) -> list[tuple[int, bool]]:
    """Where each item of the root frame (a block, or a table from its opening mark) starts, and whether
    it is a table."""
    starts = []
    it = qdoc.rootFrame().begin()
    while not it.atEnd():
        # Ask for the frame only where there is no block: PySide6 returns None for a null QTextFrame*
        # without taking a reference to None, and a thousand such calls crash Python 3.11 at exit.
        block = it.currentBlock()
        if block.isValid():
            starts.append((block.position(), False))
        else:
            starts.append((it.currentFrame().firstPosition() - 1, True))
        it += 1
    return starts


def _table_at(qdoc: QTextDocument, position: int) -> QTextTable:
    frame = qdoc.frameAt(position)
    while not isinstance(frame, QTextTable):
        frame = frame.parentFrame()
    return frame


def _whole(table: QTextTable) -> QTextCursor:
    """A cursor selecting `table` from its opening mark to its closing one."""
    cursor = QTextCursor(table.document())
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _split(qdoc: QTextDocument, table: QTextTable, row: int) -> QTextTable:
    """Ends `table` before `row` and goes on with the rest in a new table after it, from the next page,
    with the same format and header rows (as briefing_html writes a table broken there); returns the new
    table. The rest is made in a document nobody lays out, and the page's document changes in one edit:
    Qt lays its tables out again once, not after each step."""
    header = table.format().headerRowCount()
    scratch = QTextDocument()
    scratch.setPageSize(QSizeF(0, 0))
    QTextCursor(scratch).insertFragment(_whole(table).selection())
    rest = _table_at(scratch, scratch.characterCount() - 2)
    rest.removeRows(header, row - header)
    fmt = rest.format()
    fmt.setTopMargin(0)     # the space under the section heading is the first piece's alone
    rest.setFormat(fmt)
    piece = _whole(rest).selection()
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    cursor.setPosition(table.lastPosition() + 1)
    cursor.insertFragment(piece)
    table.removeRows(row, table.rows() - row)
    # A table's closing mark carries the character format of the block after it, here a heading's
    # (the empty line before the next piece grew to a heading's height); rich text gives it none.
    # (The block's character format is its opening character's, the mark; a selection of the mark
    # alone would widen to the whole table.)
    mark = QTextCharFormat()
    mark.setObjectType(QTextFormat.ObjectTypes.TableCellObject)
    cursor.setPosition(table.lastPosition() + 1)
    cursor.setBlockCharFormat(mark)
    # The empty line between the pieces took the format of the line after the table, maybe a heading's.
    between = QTextBlockFormat()
    between.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(between)
    cursor.endEditBlock()
    return _table_at(qdoc, table.lastPosition() + 2)


def lay_out_whole(source: QTextDocument, target: QTextDocument, follow: float, max_row_moves: int) -> int:
    """Copies `source` (not laid out) into the empty, paged `target` with the page breaks above; returns
    how many table rows were moved (at most `max_row_moves`: later cut rows stay cut)."""
    page_height = target.pageSize().height()
    layout = target.documentLayout()
    starts = _item_starts(source)
    ends = [start for start, _ in starts[1:]] + [source.characterCount() - 1]
    src, dst = QTextCursor(source), QTextCursor(target)
    first = source.begin()
    dst.setBlockFormat(first.blockFormat())
    dst.setBlockCharFormat(first.charFormat())
    # A table goes with the block of text before it (a heading): copied on its own, its opening mark
    # took that text's character format, and the empty line before a later piece of it grew to a heading's.
    groups: list[tuple[int, int, int | None]] = []     # (start, end, where a table opens)
    for (start, is_table), end in zip(starts, ends):
        if end == start:
            continue    # an empty block whose end is the next table's opening mark: copied with the table
        if is_table and groups and groups[-1][2] is None and groups[-1][1] == start:
            groups[-1] = (groups[-1][0], end, start)
        else:
            groups.append((start, end, start if is_table else None))
    moved = 0
    for start, end, mark in groups:
        src.setPosition(start)
        src.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        dst.movePosition(QTextCursor.MoveOperation.End)
        at = dst.position()
        dst.insertFragment(src.selection())
        if mark != start:
            block = target.findBlock(at)
            if heading_moves(layout, block, page_height, follow):
                break_before(block)
        if mark is None:
            continue
        frame = _table_at(target, at + mark - start + 1)
        if is_box(frame):
            before = box_moves(target, frame, page_height)
            if before is not None:
                break_before(before)
            continue
        heading = target.findBlock(at)
        if mark != start and (first_row_cut(layout, frame, page_height)
                              or table_left_heading(layout, heading, frame, page_height)):
            break_before(heading)     # the heading, the header and the first row together
        while moved < max_row_moves:
            row = cut_row(layout, frame, page_height)
            if row is None:
                break
            frame = _split(target, frame, row)
            moved += 1
    return moved


def breaks_missing(qdoc: QTextDocument, follow: float, rows_may_move: bool) -> bool:
    """Whether the laid-out `qdoc` has a heading, a quote box or (when `rows_may_move`) a table row that
    needs a page break it lacks."""
    page_height = qdoc.pageSize().height()
    layout = qdoc.documentLayout()
    for block, frame in top_items(qdoc):
        if block is not None:
            needs = block if heading_moves(layout, block, page_height, follow) else None
        elif is_box(frame):
            needs = box_moves(qdoc, frame, page_height)
        elif isinstance(frame, QTextTable):
            if rows_may_move and cut_row(layout, frame, page_height) is not None:
                return True
            needs = left_heading(qdoc, frame, page_height)
        else:
            continue
        if needs is not None and not needs.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return True
    return False
