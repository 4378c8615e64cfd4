"""Only the bundled fonts reach a briefing PDF, whatever fonts the machine has.

The bundled DejaVu Sans lacks the bidi isolates (U+2066..U+2069) briefings put around mixed-direction text,
and Qt takes a glyph for them from any installed font that has one (Noto Sans Mono, from fonts-noto-mono,
ended up embedded in the PDF). To stand for such a font on any machine, the tests register a copy of the
bundled font renamed «Marsad Fake» whose character map also covers the isolates (its Unicode range
U+2000..U+2064 stretched to U+2069, the next range starting at U+206A).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import struct  # noqa: E402

import pytest  # noqa: E402

from tests.ui.test_briefing_pdf import pdf_fonts, seed_records, seed_spec  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                reason="poppler-utils (pdffonts) is not installed")

BUNDLED = {"DejaVuSans", "DejaVuSans-Bold"}
FSI, PDI = "\u2068", "\u2069"


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        out[tag] = (offset, length)
    return out


def lookalike_with_isolates(font: bytes) -> bytes:
    """`font` (DejaVu Sans) renamed Marsad Fake, its cmap range ending at U+2064 made to end at U+2069."""
    data = bytearray(font)
    tables = _tables(data)
    offset, length = tables[b"name"]
    names = bytes(data[offset:offset + length])
    for old, new in (("DejaVu Sans", "Marsad Fake"), ("DejaVuSans", "MarsadFake")):
        for codec in ("latin-1", "utf-16-be"):
            names = names.replace(old.encode(codec), new.encode(codec))
    data[offset:offset + length] = names
    cmap, _ = tables[b"cmap"]
    stretched = 0
    for i in range(struct.unpack(">H", data[cmap + 2:cmap + 4])[0]):
        sub = cmap + struct.unpack(">I", data[cmap + 8 + 8 * i:cmap + 12 + 8 * i])[0]
        kind = struct.unpack(">H", data[sub:sub + 2])[0]
        if kind == 4:
            ends = [sub + 14 + 2 * k for k in range(struct.unpack(">H", data[sub + 6:sub + 8])[0] // 2)]
            fields = [(at, ">H") for at in ends]
        elif kind == 12:
            fields = [(sub + 16 + 12 * k + 4, ">I")
                      for k in range(struct.unpack(">I", data[sub + 12:sub + 16])[0])]
        else:
            continue
        for at, fmt in fields:
            size = struct.calcsize(fmt)
            if struct.unpack(fmt, data[at:at + size])[0] == 0x2064:
                data[at:at + size] = struct.pack(fmt, 0x2069)
                stretched += 1
    assert stretched >= 2, "the bundled font's cmap is not the one these tests know"
    return bytes(data)


@pytest.fixture
def lookalike(qapp):
    """Installs Marsad Fake for the test; yields its family."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase
    from desktop.ui import fonts
    fonts.register_fonts()
    font_id = QFontDatabase.addApplicationFontFromData(
        QByteArray(lookalike_with_isolates(fonts.font_paths()[0].read_bytes())))
    assert font_id >= 0
    yield QFontDatabase.applicationFontFamilies(font_id)[0]
    QFontDatabase.removeApplicationFont(font_id)


def font_names(pdf) -> set[str]:
    return {font["name"].split("+")[-1] for font in pdf_fonts(pdf)}


def test_the_lookalike_is_what_qt_falls_back_to_for_an_isolate(lookalike, tmp_path):
    # Without this, the tests below would pass for want of a font to fall back to.
    from PySide6.QtGui import QFont, QPainter, QPdfWriter, QTextDocument
    assert lookalike == "Marsad Fake"
    qdoc = QTextDocument()
    qdoc.setDefaultFont(QFont("DejaVu Sans"))
    qdoc.setPlainText(f"Actors: Iraq ({FSI}المحدد للمنصة{PDI})")
    pdf = tmp_path / "plain.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    qdoc.drawContents(painter)
    painter.end()
    del writer
    assert font_names(pdf) == {"DejaVuSans", "MarsadFake"}


@pytest.mark.parametrize("language, paper", [("ar", "A4"), ("en", "Letter")])
def test_isolates_in_the_text_print_with_the_bundled_font(lookalike, tmp_path, language, paper):
    from desktop.ui import printing
    records = seed_records()
    # The seed's actors line isolates a role («(⁨المحدد للمنصة⁩)»); a byline isolates a speaker
    # written against the sheet's direction (one with no record prints as written).
    speaker = "John Smith" if language == "ar" else "مراسل الوكالة"
    quote = dict(records["quote:allawi-1"], id="quote:isolated", speaker=speaker)
    records[quote["id"]] = quote
    spec = seed_spec(language=language, paper=paper, items=seed_spec().items + (quote["id"],))
    pdf = tmp_path / "briefing.pdf"
    printing.write_pdf(spec, records.get, pdf)
    assert font_names(pdf) == BUNDLED


def test_isolates_in_the_header_and_footer_print_with_the_bundled_font(lookalike, tmp_path):
    from desktop.ui import printing
    spec = seed_spec(title=f"بيان {FSI}Reuters{PDI} عن القاعدة", caveat=f"{FSI}TLP:AMBER{PDI} للاستخدام",
                     items=("quote:allawi-1",))
    pdf = tmp_path / "bands.pdf"
    printing.write_pdf(spec, seed_records().get, pdf)
    assert font_names(pdf) == BUNDLED
