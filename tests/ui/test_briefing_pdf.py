"""Briefing PDFs: pages, paper, fonts, header/footer, and text read-back.

The read-back tests extract the PDF's text with poppler's `pdftotext` (the
tool DESIGN section 6 names; .ci/run installs poppler-utils) and look for
every quote and event title of the seed briefing in it, after NFKC.

What the comparison forgives, and why (these are the reader's doing, not
the PDF's, and each is pinned by a test below):

* pdftotext wraps right-to-left runs in bidi embedding controls
  (U+202A..U+202E); records contain none, so they are dropped.
* It rebuilds word gaps from glyph positions, and around neutral
  characters in right-to-left lines it puts them in the wrong place
  ("ثنائية ،والعمل", "11عاما"), so the main comparison ignores whitespace;
  a stricter test keeps the spaces for texts without such neutrals.
* A number range inside right-to-left text ("2014–2017") is painted,
  correctly, as 2017–2014 from left to right; pdftotext returns that
  visual order. `reader_forms` accepts exactly that reversal.
* On a page it takes for left-to-right (an English sheet with little
  Arabic), it returns a line of right-to-left runs split by neutrals
  («المرحلة الأولى: …») run by run in visual order;
  `runs_in_reading_order` puts such a line's runs back in reading order.

Every letter must come back, in order: that is what tells a good font from
a bad one (Amiri loses most letters, Noto Naskh Arabic the lam-alef).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop import paths
from desktop.core import arabic
from desktop.core.briefing import BriefingError, BriefingSpec, build_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed")

TITLE = "انسحاب التحالف من قاعدة عين الأسد"
CAVEAT = "للاستخدام الرسمي"
_READER_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])
_RANGE_RE = re.compile(r"(\d+)([\u2013\-])(\d+)")


# ------------------------------------------------------------------ helpers


def seed_records() -> dict[str, dict]:
    records = {}
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            records[rec["id"]] = rec
    return records


def seed_spec(**kw) -> BriefingSpec:
    records = seed_records()
    items = tuple(rid for rid, r in records.items() if r["kind"] in ("event", "quote"))
    base = dict(title=TITLE, caveat=CAVEAT, author="فريق الرصد", date="2025-12-31",
                summary="أعلن العراق أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد.",
                items=items)
    base.update(kw)
    return BriefingSpec(**base)


def pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def nfkc_words(text: str) -> str:
    """NFKC, reader's bidi controls dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_READER_CONTROLS)
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", nfkc_words(text))


def reader_forms(text: str) -> set[str]:
    """`text` as pdftotext may return it: as is, or with its number ranges in
    visual order when it is right-to-left text (see the module docstring)."""
    forms = {squash(text)}
    if arabic.contains_arabic(text):
        forms.add(squash(_RANGE_RE.sub(lambda m: m[3] + m[2] + m[1], text)))
    return forms


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id gen
        rows.append({"name": parts[0], "emb": parts[-5], "uni": parts[-3]})
    return rows


_RTL_RUN = re.compile("\u202b[^\u202b\u202c]*\u202c")


def runs_in_reading_order(text: str) -> str:
    """pdftotext's text with each line made only of right-to-left runs (and the neutrals between them)
    put back in reading order: on a page it takes for left-to-right, it returns such a line run by run
    from left to right, «…القوات‬:‫المرحلة الأولى» for «المرحلة الأولى: …القوات»."""
    out = []
    for line in text.splitlines():
        runs = _RTL_RUN.findall(line)
        between = _RTL_RUN.split(line)
        if len(runs) > 1 and not any(re.search("[A-Za-z0-9]", b) for b in between):
            pieces = [between[0]] + [x for pair in zip(runs, between[1:]) for x in pair]
            line = "".join(reversed(pieces))
        out.append(line)
    return "\n".join(out)


def readback_misses(pdf: Path, texts: list[str]) -> list[str]:
    raw = pdftotext(pdf)
    extracted = (squash(raw), squash(runs_in_reading_order(raw)))
    return [t for t in texts if not any(form in read for form in reader_forms(t) for read in extracted)]


def seed_texts() -> list[str]:
    records = seed_records().values()
    return ([r["text"] for r in records if r["kind"] == "quote"]
            + [r["title"] for r in records if r["kind"] == "event"])


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def printing(qapp):
    from desktop.ui import printing as module
    return module


@pytest.fixture(scope="module")
def seed_pdf(printing, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("briefing") / "seed.pdf"
    printing.write_pdf(seed_spec(), seed_records().get, path)
    return path


@pytest.fixture(scope="module")
def seed_pdf_en(printing, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("briefing") / "seed-en.pdf"
    printing.write_pdf(seed_spec(language="en", paper="Letter"), seed_records().get, path)
    return path


# ------------------------------------------------------------------ the sheet


def test_a4_pages(seed_pdf):
    info = pdf_info(seed_pdf)
    assert info["Page size"].startswith("595 x 842 pts") or info["Page size"].startswith("595.276 x 841.89")
    assert int(info["Pages"]) >= 2
    assert info["Title"] == TITLE


def test_letter_pages(seed_pdf_en):
    assert pdf_info(seed_pdf_en)["Page size"].startswith("612 x 792 pts")


def test_footer_and_running_header_on_every_page(seed_pdf):
    pages = int(pdf_info(seed_pdf)["Pages"])
    for page in range(1, pages + 1):
        text = squash(pdftotext(seed_pdf, page))
        footer = arabic.to_arabic_indic_digits(f"صفحة {page} من {pages}")
        assert squash(footer) in text, f"page {page}: footer missing"
        assert squash(TITLE) in text and squash(CAVEAT) in text, f"page {page}: header missing"


def test_english_footer_on_every_page(seed_pdf_en):
    pages = int(pdf_info(seed_pdf_en)["Pages"])
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in nfkc_words(pdftotext(seed_pdf_en, page))


def test_only_the_bundled_fonts_are_used_and_they_are_embedded(seed_pdf, seed_pdf_en):
    for pdf in (seed_pdf, seed_pdf_en):
        fonts = pdf_fonts(pdf)
        assert fonts, "no fonts in the PDF"
        for font in fonts:
            assert font["emb"] == "yes" and font["uni"] == "yes", font
            # Subset prefixes (ABCDEF+) aside, nothing fell back to a system font.
            assert font["name"].split("+")[-1] in ("DejaVuSans", "DejaVuSans-Bold"), font


# ------------------------------------------------------------------ read-back


def test_every_quote_and_event_title_reads_back(seed_pdf):
    assert readback_misses(seed_pdf, seed_texts()) == []


def test_english_sheet_reads_back_too(seed_pdf_en):
    assert readback_misses(seed_pdf_en, seed_texts()) == []


def test_word_spacing_reads_back_where_no_neutral_characters_interfere(seed_pdf):
    # Texts made of Arabic letters and spaces only: the reader has nothing
    # to misplace, so the words must come back exactly, spaces included.
    plain = [t for t in seed_texts() if re.fullmatch(r"[\u0621-\u064A\s]+", t)]
    assert len(plain) >= 5
    extracted = nfkc_words(pdftotext(seed_pdf))
    assert [t for t in plain if nfkc_words(t) not in extracted] == []


def test_reader_returns_number_ranges_in_visual_order(seed_pdf):
    # Pins the one reordering reader_forms forgives: if poppler ever returns
    # logical order here, this fails and the allowance can go.
    quote = seed_records()["quote:allawi-3"]["text"]
    extracted = squash(pdftotext(seed_pdf))
    assert squash(quote) not in extracted
    assert squash(quote.replace("2014–2017", "2017–2014")) in extracted


def test_bundled_font_covers_every_character_of_the_seed(qapp):
    from PySide6.QtGui import QRawFont
    from desktop.ui import fonts
    chars = set()
    for rec in seed_records().values():
        for value in rec.values():
            if isinstance(value, str):
                chars.update(value)
    chars.update("«»—–٠١٢٣٤٥٦٧٨٩")
    chars -= {"\n"}
    for path in fonts.font_paths():
        raw = QRawFont(str(path), 12)
        assert raw.isValid(), path
        assert sorted(c for c in chars if not raw.supportsCharacter(ord(c))) == [], path


# Fonts the design names as failing Qt's PDF read-back; when a machine has
# them installed, show that the same test rejects them (so the test can
# tell fonts apart, and the bundled one was chosen by it).
# MARSAD_BAD_FONTS (os.pathsep-separated font files) points at other copies.
_KNOWN_BAD_FONTS = [
    "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    *filter(None, os.environ.get("MARSAD_BAD_FONTS", "").split(os.pathsep)),
]


@pytest.mark.parametrize("font_file", _KNOWN_BAD_FONTS, ids=lambda p: Path(p).stem)
def test_fonts_that_lose_letters_fail_the_same_read_back(printing, tmp_path, font_file):
    if not Path(font_file).is_file():
        pytest.skip(f"{font_file} not installed")
    from PySide6.QtGui import QFontDatabase
    font_id = QFontDatabase.addApplicationFont(font_file)
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    pdf = tmp_path / "bad.pdf"
    printing.write_pdf_document(build_document(seed_spec(), seed_records().get), pdf, family=family)
    assert len(readback_misses(pdf, seed_texts())) >= 5


# ------------------------------------------------------------------ layout


def _laid_out(printing, spec, records=None, paper="A4"):
    from PySide6.QtGui import QPdfWriter
    from desktop.ui import fonts
    writer = QPdfWriter(os.devnull)
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.page_layout(paper))
    sheet = writer.pageLayout().fullRectPixels(printing.PDF_RESOLUTION)
    geometry = printing.page_geometry(sheet.width(), sheet.height(), printing.PDF_RESOLUTION)
    document = build_document(spec, (records or seed_records()).get)
    return printing.text_document(document, writer, geometry, fonts.briefing_family()), writer


def test_tables_repeat_their_header_rows(printing):
    from PySide6.QtGui import QTextTable
    qdoc, _ = _laid_out(printing, seed_spec())
    tables = [f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    multi = [t for t in tables if t.rows() > 1]
    assert len(multi) >= 3      # timeline, actors, sources, and a piece for each row moved on
    assert all(t.format().headerRowCount() == 1 for t in multi)


def _single_cell_tables(qdoc):
    from PySide6.QtGui import QTextTable
    return [f for f in qdoc.rootFrame().childFrames()
            if isinstance(f, QTextTable) and f.rows() == 1 and f.columns() == 1]


def _straddling(qdoc):
    page = qdoc.pageSize().height()
    layout = qdoc.documentLayout()
    out = []
    for frame in _single_cell_tables(qdoc):
        rect = layout.frameBoundingRect(frame)
        if int(rect.top() // page) != int((rect.bottom() - 1) // page):
            out.append(frame)
    return out


def test_quotes_are_never_split_across_pages(printing, monkeypatch):
    records = seed_records()
    seed_quotes = [r for r in records.values() if r["kind"] == "quote"]
    items = []
    for n in range(60):  # 60 quotes of varied lengths
        quote = dict(seed_quotes[n % len(seed_quotes)], id=f"quote:copy-{n}")
        quote["text"] = " ".join([quote["text"]] * (1 + n % 3))
        records[quote["id"]] = quote
        items.append(quote["id"])
    spec = seed_spec(items=tuple(items))
    qdoc, _ = _laid_out(printing, spec, records)
    assert len(_single_cell_tables(qdoc)) == 60
    assert qdoc.pageCount() >= 8
    assert _straddling(qdoc) == []
    # ...and the check is not vacuous: Qt alone splits some of them.
    from desktop.ui.briefing import page_breaks
    monkeypatch.setattr(page_breaks, "box_moves", lambda qdoc, frame, page_height: None)
    unfixed, _ = _laid_out(printing, spec, records)
    assert len(_straddling(unfixed)) >= 3


def test_print_preview_path_prints_the_same_document(printing, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    printing.prepare_printer(printer, "Letter")
    document = build_document(seed_spec(), seed_records().get)
    pages = printing.print_document(document, printer)
    pdf = tmp_path / "preview.pdf"
    assert int(pdf_info(pdf)["Pages"]) == pages
    assert pdf_info(pdf)["Page size"].startswith("612 x 792")
    assert readback_misses(pdf, seed_texts()) == []


# ------------------------------------------------------------------ writing


def test_unwritable_path_is_a_clear_error(printing, tmp_path):
    target = tmp_path / "no-such-folder" / "b.pdf"
    with pytest.raises(BriefingError, match=re.escape(str(target))):
        printing.write_pdf(seed_spec(), seed_records().get, target)
    with pytest.raises(BriefingError, match="folder"):
        printing.write_pdf(seed_spec(), seed_records().get, tmp_path)


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(printing, tmp_path, monkeypatch):
    target = tmp_path / "b.pdf"
    target.write_bytes(b"previous briefing")

    def explode(*args, **kwargs):
        raise BriefingError("boom")
    monkeypatch.setattr(printing, "render", explode)
    with pytest.raises(BriefingError, match="boom"):
        printing.write_pdf(seed_spec(), seed_records().get, target)
    assert target.read_bytes() == b"previous briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]


def test_empty_selection_writes_nothing(printing, tmp_path):
    with pytest.raises(BriefingError, match="empty"):
        printing.write_pdf(seed_spec(items=()), seed_records().get, tmp_path / "b.pdf")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ command


class _FakeStore:
    """Just what `marsad briefing --ids` needs from a Store."""

    def __init__(self):
        self.records = seed_records()
        self.closed = False

    def get(self, rid):
        return self.records.get(rid)

    def close(self):
        self.closed = True


def test_briefing_command_writes_a_pdf(qapp, tmp_path):
    from desktop.briefing_cmd import briefing
    store = _FakeStore()
    out = tmp_path / "cli.pdf"
    result = CliRunner().invoke(briefing, [
        "--out", str(out), "--ids", "event:joint-statement-2024,quote:allawi-1,event:nope",
        "--title", "بيان", "--lang", "en", "--paper", "letter"], obj={"open_store": lambda: store})
    assert result.exit_code == 0, result.output
    assert "not found, left out: event:nope" in result.output
    assert store.closed
    assert pdf_info(out)["Page size"].startswith("612 x 792")
    assert readback_misses(out, [store.records["quote:allawi-1"]["text"]]) == []


@pytest.mark.parametrize("args, message", [
    (["--ids", " , "], "no record ids"),
    (["--ids", "event:nope"], "none of the 1 selected records exists"),
    ([], "nothing selected"),
    (["--ids", "event:x", "--query", "x"], "not both"),
])
def test_briefing_command_errors(qapp, tmp_path, args, message):
    from desktop.briefing_cmd import briefing
    result = CliRunner().invoke(briefing, ["--out", str(tmp_path / "x.pdf"), *args],
                                obj={"open_store": _FakeStore})
    assert result.exit_code != 0
    assert message in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_briefing_command_unwritable_path(qapp, tmp_path):
    from desktop.briefing_cmd import briefing
    target = tmp_path / "missing" / "x.pdf"
    result = CliRunner().invoke(briefing, ["--out", str(target), "--ids", "quote:allawi-1"],
                                obj={"open_store": _FakeStore})
    assert result.exit_code == 1
    assert f"cannot write the briefing to {target}" in result.output


def test_briefing_command_runs_without_a_display(tmp_path):
    # A fresh process with no display and no QT_QPA_PLATFORM: the command
    # must choose the offscreen platform itself.
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "headless.pdf"
    code = (
        "import json, sys\n"
        "from desktop.briefing_cmd import briefing\n"
        "from desktop import paths\n"
        "recs = {}\n"
        "for line in open(paths.sample_jsonl(), encoding='utf-8'):\n"
        "    r = json.loads(line); recs[r['id']] = r\n"
        "class S:\n"
        "    get = staticmethod(recs.get)\n"
        "    def close(self): pass\n"
        "briefing(sys.argv[1:], obj={'open_store': S})\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "--out", str(out), "--ids", "quote:allawi-2"],
                          env=env, capture_output=True, text=True, timeout=120)
    if sys.platform.startswith("linux"):
        assert proc.returncode == 0, proc.stderr
        assert out.stat().st_size > 0


# ------------------------------------------------------------------ with the real store


def test_marsad_briefing_from_a_query_on_the_sample_store(qapp, store, tmp_path):
    from desktop.cli import cli
    out = tmp_path / "query.pdf"
    result = CliRunner().invoke(cli, ["--db", str(store.path), "briefing", "--out", str(out),
                                      "--query", "عين الأسد", "--title", "قاعدة عين الأسد"])
    assert result.exit_code == 0, result.output
    text = squash(pdftotext(out))
    quote = store.get("quote:muhammadawi-1")["text"]
    assert squash(quote) in text
    assert squash("قاعدة عين الأسد") in text


def test_marsad_briefing_with_no_store_is_a_clear_error(qapp, tmp_path):
    from desktop.cli import cli
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "briefing",
                                      "--out", str(tmp_path / "x.pdf"), "--ids", "quote:allawi-1"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_saved_briefing_round_trips_through_the_store(store):
    spec = seed_spec(arabic_indic_digits=False, sections=("timeline", "quotes"))
    store.save_briefing("ain-al-asad", spec.to_dict())
    assert BriefingSpec.from_dict(store.load_briefing("ain-al-asad")) == spec
    assert [b["key"] for b in store.list_briefings()] == ["ain-al-asad"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_date_in_the_timeline_and_sources_tables_stays_on_one_line(printing, language):
    from PySide6.QtGui import QTextTable
    spec = seed_spec(language=language)
    labels = build_document(spec, seed_records().get).labels
    qdoc, _ = _laid_out(printing, spec)
    seen = []
    for table in (f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable) and f.rows() > 1):
        # Qt does not mirror tables: the Arabic sheet lists its columns from the right.
        column = 0 if language == "en" else table.columns() - 1
        if table.cellAt(0, column).firstCursorPosition().block().text() not in (labels.col_when,
                                                                                 labels.col_published):
            continue
        for row in range(1, table.rows()):
            block = table.cellAt(row, column).firstCursorPosition().block()
            if block.text() and "\u2013" not in block.text():
                seen.append(block.text())
                assert block.layout().lineCount() == 1, block.text()
    assert len(seen) >= 3 and any(len(text.split()) == 3 for text in seen)      # a day, a month, a year
