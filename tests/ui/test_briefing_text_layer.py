"""The briefing PDF's text layer (base letters, logical order) and its running header's side.

Reads back with pdftotext (poppler-utils); the sheet itself is tested in test_briefing_pdf.py.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.core.briefing import build_document  # noqa: E402
from tests.ui.test_briefing_pdf import (_READER_CONTROLS, pdftotext, seed_records, seed_spec,  # noqa: E402
                                        seed_texts)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture(scope="module")
def printing(qapp):
    from desktop.ui import printing as module
    return module


@pytest.fixture(scope="module")
def seed_pdf(printing, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("briefing") / "seed.pdf"
    printing.write_pdf(seed_spec(), seed_records().get, path)
    return path

_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def reader_text(path: Path) -> str:
    """pdftotext's output with only its own bidi controls dropped and whitespace collapsed: no folding."""
    return re.sub(r"\s+", " ", pdftotext(path).translate(_READER_CONTROLS))


def test_the_text_layer_gives_base_letters_not_presentation_forms(seed_pdf):
    text = reader_text(seed_pdf)
    assert not _PRESENTATION_FORMS.search(text), _PRESENTATION_FORMS.findall(text)[:10]
    assert "علاوي" in text and "الدولي" in text       # a lam-alef ligature reads as لا, in logical order


def test_quotes_and_titles_copy_out_as_written(seed_pdf):
    text = reader_text(seed_pdf)
    # Written forms, not folded. pdftotext rebuilds logical order from glyph positions by itself, and
    # may put a number range in visual order or move a comma, colon or bracket between Arabic words
    # across its space: texts holding them are left out (the drawing has them in place).
    plain = [t for t in seed_texts() if not re.search(r"[\d():«»\"،؛]", t)]
    assert len(plain) >= 5
    missing = [t for t in plain if re.sub(r"\s+", " ", t) not in text]
    assert not missing


def test_the_running_header_starts_on_the_right_of_an_arabic_page(printing, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from desktop.ui import fonts
    for language, title_side in (("ar", "right"), ("en", "left")):
        document = build_document(seed_spec(language=language, caveat=""), seed_records().get)
        image = QImage(1240, 1754, QImage.Format.Format_RGB32)     # A4 at 150 dpi
        image.setDotsPerMeterX(5906)
        image.setDotsPerMeterY(5906)
        image.fill(Qt.GlobalColor.white)
        geometry = printing.page_geometry(image.width(), image.height(), 150)
        painter = QPainter(image)
        painter.setLayoutDirection(printing.layout_direction(document))
        printing._paint_bands(painter, document, geometry, fonts.briefing_family(), 1, 2)
        painter.end()
        header = geometry.header
        inked = [x for x in range(int(header.left()), int(header.right()))
                 for y in range(int(header.top()) + 2, int(header.bottom()) - 2, 3)
                 if image.pixelColor(x, y).lightness() < 128]
        middle = header.center().x()
        assert inked, language
        assert (min(inked) > middle) if title_side == "right" else (max(inked) < middle), language
