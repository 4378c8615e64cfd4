"""Briefing documents onto paper: QPdfWriter, QPrinter and print preview.

One path for all three: `render(document, device)` lays the briefing's rich
text (desktop.core.briefing_html.to_html) out for the device's page and paints
it page by page with a running header (title, caveat) and a footer
«صفحة ٢ من ٥» on every page. Preview connects `print_document` to
QPrintPreviewDialog.paintRequested; `write_pdf` writes a PDF atomically.

The small functions at the top compute; `render` and `write_pdf` execute.
"""
from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize,
    QPagedPaintDevice, QPainter, QPdfWriter, QPen, QTextDocument, QTextOption,
)

from desktop.core.briefing import (
    BriefingDocument, BriefingError, BriefingSpec, Getter, build_document,
)
from desktop.core import temporary_files
from desktop.core.briefing_html import table_pieces, to_html
from desktop.core.pdf_text_layer import logical_text_layer
from desktop.ui import fonts
from desktop.ui.briefing import page_breaks
from desktop.ui.briefing.own_font import band_font, keep_invisibles_in_font
from desktop.ui.figures.on_page import NAME as FIGURE_RESOURCE, paint_figures, place_figures, placed_figures
from desktop.ui.outline_painting import OutlineDevice

BODY_POINT_SIZE = 10.0
BAND_POINT_SIZE = 8.0
PDF_RESOLUTION = 1200
# A heading needs this much room under it (about three lines) or it moves on.
KEEP_WITH_HEADING_PT = 48.0
# Sheet margins, header/footer band height and the gap to the body, in mm.
SIDE_MM, TOP_MM, BOTTOM_MM, BAND_MM, GAP_MM = 18.0, 12.0, 12.0, 7.0, 4.0


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on one sheet, in device pixels from the sheet's corner."""

    header: QRectF
    body: QRectF
    footer: QRectF


def page_size(paper: str) -> QPageSize:
    if paper == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if paper == "Letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    raise BriefingError(f"paper {paper!r} is not A4 or Letter")


def page_layout(paper: str) -> QPageLayout:
    # No device margins: our own margins hold the header and footer bands.
    return QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def page_geometry(sheet_width: float, sheet_height: float, dpi: float) -> PageGeometry:
    mm = dpi / 25.4
    width = sheet_width - 2 * SIDE_MM * mm
    header = QRectF(SIDE_MM * mm, TOP_MM * mm, width, BAND_MM * mm)
    footer_top = sheet_height - (BOTTOM_MM + BAND_MM) * mm
    body_top = header.bottom() + GAP_MM * mm
    body = QRectF(SIDE_MM * mm, body_top, width, footer_top - GAP_MM * mm - body_top)
    footer = QRectF(SIDE_MM * mm, footer_top, width, BAND_MM * mm)
    return PageGeometry(header, body, footer)


def layout_direction(document: BriefingDocument) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if document.direction == "rtl" else Qt.LayoutDirection.LeftToRight


def _new_document(document: BriefingDocument, device: QPagedPaintDevice, family: str) -> QTextDocument:
    qdoc = QTextDocument()
    # Lay out with the device's own font metrics (not the screen's), so
    # preview, printer and PDF break lines and pages the same way.
    qdoc.documentLayout().setPaintDevice(device)
    qdoc.setDocumentMargin(0)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    qdoc.setDefaultFont(font)
    option = QTextOption(qdoc.defaultTextOption())
    option.setTextDirection(layout_direction(document))
    qdoc.setDefaultTextOption(option)
    return qdoc


def _source(document: BriefingDocument, device: QPagedPaintDevice, geometry: PageGeometry, family: str,
            breaks: list[tuple[str, int]]) -> tuple[QTextDocument, list[float]]:
    """The briefing's rich text with its figures and fonts in place, and the figures' scales. An empty
    page size keeps Qt from laying it out: these edits, on a lazily laid out document, left section
    headings after a table with no lines, missing from the PDF and the preview."""
    qdoc = _new_document(document, device, family)
    qdoc.setPageSize(QSizeF(0, 0))
    qdoc.setHtml(to_html(document, breaks))
    keep_invisibles_in_font(qdoc)
    scales = place_figures(qdoc, [f.scene for f in document.figures], geometry.body.width(),
                           geometry.body.height(), device.logicalDpiY())
    return qdoc, scales


def text_document(document: BriefingDocument, device: QPagedPaintDevice,
                  geometry: PageGeometry, family: str) -> QTextDocument:
    """The briefing as a QTextDocument paginated to the body of `device`'s pages."""
    follow = KEEP_WITH_HEADING_PT * device.logicalDpiY() / 72
    source, scales = _source(document, device, geometry, family, [])
    qdoc = _new_document(document, device, family)
    qdoc.setPageSize(geometry.body.size())
    # The figures' blank images are the source's resources: without them Qt paints a file icon there.
    for index in range(len(scales)):
        url = QUrl(f"{FIGURE_RESOURCE}{index}")
        image = QTextDocument.ResourceType.ImageResource
        qdoc.addResource(image, url, source.resource(image, url))
    moved = page_breaks.lay_out_whole(source, qdoc, follow, MAX_ROW_MOVES)
    # Laid out afresh, the pages must need no break the pass did not make; should Qt lay something
    # out otherwise than it did item by item, the document is made again the slow way.
    qdoc.markContentsDirty(0, qdoc.characterCount())
    if not page_breaks.breaks_missing(qdoc, follow, moved < MAX_ROW_MOVES):
        qdoc.setProperty("figure_scales", scales)
        return qdoc
    return _text_document_rebuilt(document, device, geometry, family)


def _text_document_rebuilt(document: BriefingDocument, device: QPagedPaintDevice,
                           geometry: PageGeometry, family: str) -> QTextDocument:
    """The same document, built again from its rich text for every table row moved (slow: each
    break lays the rest of the document out again)."""
    follow = KEEP_WITH_HEADING_PT * device.logicalDpiY() / 72
    # Qt cuts a table row across two pages when its first lines fit; no
    # format keeps a row whole. So a cut row ends its table there and the
    # rest starts a new table (header again) on the next page: lay out,
    # find the first cut row, and again, up to a bound.
    breaks: list[tuple[str, int]] = []
    for _ in range(MAX_ROW_MOVES + 1):
        pieces = table_pieces(document, breaks)
        qdoc, scales = _source(document, device, geometry, family, breaks)
        qdoc.setPageSize(geometry.body.size())
        # All of it, before the edits: an edit while Qt still lays out lazily leaves the blocks after
        # it that were not laid out yet with no lines (a heading after a table went unprinted).
        qdoc.pageCount()
        _start_pieces_on_new_pages(qdoc, pieces)
        keep_together(qdoc, follow=follow)
        cut = first_cut_row(qdoc, pieces)
        if cut is None or len(breaks) == MAX_ROW_MOVES:
            break
        breaks.append(cut)
    qdoc.setProperty("figure_scales", scales)
    return qdoc


def _start_pieces_on_new_pages(qdoc: QTextDocument, pieces: list[tuple[str, int]]) -> None:
    """A table that continues another (its first row > 0) begins a page."""
    for table, (_, first) in zip(page_breaks.several_row_tables(qdoc), pieces):
        if first > 0:
            page_breaks.break_before(qdoc.findBlock(table.firstPosition() - 1))


def first_cut_row(qdoc: QTextDocument, pieces: list[tuple[str, int]]) -> tuple[str, int] | None:
    """(section, row) of the first table row laid out across a page break that fits on one page,
    or None (page_breaks.cut_row)."""
    for table, (section, first) in zip(page_breaks.several_row_tables(qdoc), pieces):
        row = page_breaks.cut_row(qdoc.documentLayout(), table, qdoc.pageSize().height())
        if row is not None:
            return section, first + row - table.format().headerRowCount()
    return None


MAX_ROW_MOVES = 25     # rows moved whole to the next page in one briefing; later cut rows stay cut


def keep_together(qdoc: QTextDocument, follow: float) -> int:
    """Breaks before headings (with the table they open) and quote boxes, in document order (page_breaks);
    returns how many were made."""
    page_height = qdoc.pageSize().height()
    layout = qdoc.documentLayout()
    moved = 0
    for block, frame in page_breaks.top_items(qdoc):
        if block is not None:
            if page_breaks.heading_moves(layout, block, page_height, follow):
                moved += page_breaks.break_before(block)
        elif page_breaks.is_box(frame):
            before = page_breaks.box_moves(qdoc, frame, page_height)
            if before is not None:
                moved += page_breaks.break_before(before)
        else:
            heading = page_breaks.left_heading(qdoc, frame, page_height)
            if heading is not None:
                moved += page_breaks.break_before(heading)
    return moved


def _band_font(family: str, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(BAND_POINT_SIZE)
    font.setBold(bold)
    return font


def _paint_bands(painter: QPainter, document: BriefingDocument, geometry: PageGeometry,
                 family: str, page: int, total: int) -> None:
    device = painter.device()
    # The painter has the document's layout direction, so Left and Right (without AlignAbsolute) are
    # the leading and trailing sides: the title starts on the right of an Arabic page.
    start = Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    header, footer = geometry.header, geometry.footer

    title_font = _band_font(family, bold=True)
    caveat = document.title_block.caveat
    caveat_width = 0.0
    if caveat:
        caveat_font = _band_font(family, bold=True)
        caveat_width = min(QFontMetricsF(caveat_font, device).horizontalAdvance(caveat),
                           header.width() / 2)
        painter.setFont(band_font(caveat_font, caveat))
        painter.setPen(QColor("#9b0000"))
        painter.drawText(header, end | middle, caveat)
    painter.setPen(QColor("#000000"))
    room = header.width() - caveat_width - header.height()
    title = QFontMetricsF(title_font, device).elidedText(
        document.title_block.title, Qt.TextElideMode.ElideRight, room)
    painter.setFont(band_font(title_font, title))
    painter.drawText(header, start | middle, title)

    pen = QPen(QColor("#888888"))
    pen.setWidthF(device.logicalDpiY() / 144)  # half a point
    painter.setPen(pen)
    painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()))
    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()))

    painter.setPen(QColor("#000000"))
    footer_text = document.page_footer(page, total)
    painter.setFont(band_font(_band_font(family), footer_text))
    painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | middle, footer_text)


def render(document: BriefingDocument, device: QPagedPaintDevice, family: str | None = None,
           outlines: bool = False) -> int:
    """Paints every page of the briefing on `device`; returns the page count.

    The device's current page layout is used as is (full page, our own
    margins), so a paper size chosen in a print dialog is respected.
    `family` overrides the bundled font (the font read-back tests use it).
    `outlines` paints text as glyph outlines: for a print preview, whose pages
    cannot keep mixed-direction text as laid out (desktop.ui.outline_painting).
    """
    shield_none_refcount()
    family = family or fonts.briefing_family()
    dpi = device.logicalDpiY()
    sheet = device.pageLayout().fullRectPixels(device.logicalDpiX())
    geometry = page_geometry(sheet.width(), sheet.height(), dpi)
    qdoc = text_document(document, device, geometry, family)
    total = qdoc.pageCount()
    page_height = qdoc.pageSize().height()
    figures = placed_figures(qdoc, [f.scene for f in document.figures], qdoc.property("figure_scales") or [])

    painter = QPainter()
    target = QPainter() if outlines else painter
    if not target.begin(device):
        raise BriefingError("could not start painting on the printer or PDF file")
    if outlines:
        outline_device = OutlineDevice(device, target)
        painter.begin(outline_device)
    try:
        painter.setLayoutDirection(layout_direction(document))
        for index in range(total):
            if index and not device.newPage():
                raise BriefingError(f"could not start page {index + 1}")
            painter.save()
            painter.translate(geometry.body.left(), geometry.body.top() - index * page_height)
            page = QRectF(0, index * page_height, geometry.body.width(), page_height)
            qdoc.drawContents(painter, page)
            paint_figures(painter, figures, page)
            painter.restore()
            _paint_bands(painter, document, geometry, family, index + 1, total)
    finally:
        painter.end()
        if outlines:
            target.end()
    return total


def prepare_printer(printer, paper: str) -> None:
    """Sets a QPrinter up for a briefing (before showing a preview or print dialog)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(paper))


def print_document(document: BriefingDocument, printer, preview: bool = False) -> int:
    """Prints to a QPrinter; connect with
    `dialog.paintRequested.connect(functools.partial(print_document, document))`.
    `preview`: the printer is a print preview's (text goes as outlines, see `render`)."""
    printer.setFullPage(True)  # we draw our own margins, header and footer
    return render(document, printer, outlines=preview)


def shield_none_refcount() -> bool:
    """Works around PySide6 6.12.0 on Python < 3.12, where every call of a
    void method returns None without taking a reference to it: None's count
    drains by one per call, and a few thousand calls (a 1,000-item briefing
    paints that many) abort the interpreter with "none_dealloc". We detect
    the leak with one call and, if it is there, give None a huge count, as
    Python 3.12 does for all its immortal objects (PEP 683). Returns whether
    it did. PySide6 6.11.3 and Python >= 3.12 are not affected.
    """
    if sys.version_info >= (3, 12):
        return False
    probe = QFont()
    before = sys.getrefcount(None)
    probe.setBold(False)
    if sys.getrefcount(None) >= before or before > 1 << 40:
        return False
    # ob_refcnt is the first field of every object in a CPython release build.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 41
    return True


def ensure_application() -> QCoreApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["marsad"])


def write_pdf_document(document: BriefingDocument, path: str | os.PathLike,
                       family: str | None = None) -> Path:
    """Writes `document` to the PDF `path` atomically; returns the path.

    The PDF is written to a temporary file in the same folder and renamed
    over `path` only when complete, so a failure or a kill never leaves a partial file.
    """
    target = Path(path)
    if target.is_dir():
        raise BriefingError(f"cannot write the briefing to {target}: it is a folder")
    try:
        with temporary_files.beside(target, mode=0o666) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(PDF_RESOLUTION)
            writer.setPageLayout(page_layout(document.paper))
            writer.setTitle(document.title_block.title)
            writer.setCreator("Marsad")
            render(document, writer, family)
            del writer
            if tmp.stat().st_size == 0:
                raise BriefingError(f"cannot write the briefing to {target}: the PDF came out empty")
            # Copying or searching the text gives the letters as written, not their shaped forms.
            tmp.write_bytes(logical_text_layer(tmp.read_bytes()))
            os.replace(tmp, target)
    except OSError as exc:
        raise BriefingError(f"cannot write the briefing to {target}: {exc.strerror or exc}") from None
    return target


def write_pdf(spec: BriefingSpec, get: Getter, path: str | os.PathLike) -> Path:
    """Builds the briefing `spec` describes and writes it as a PDF to `path`.

    Needs a QGuiApplication (see `ensure_application`). Raises BriefingError
    for an empty selection or a path that cannot be written.
    """
    from desktop.ui.briefing.words import words
    return write_pdf_document(build_document(spec, get, words(spec.language)), path)
