"""A long briefing is laid out in one pass (it was rebuilt and laid out again for every table row moved
and every page break made: 106 s for 1,000 items), with every section heading printed, and
`marsad briefing` does not load the composer window. Helpers are those of test_briefing_pdf.py and test_briefing_rows.py."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from desktop.core.briefing import BriefingSpec, build_document  # noqa: E402
from desktop.ui.briefing.words import words  # noqa: E402
from tests.ui.test_briefing_pdf import _laid_out, pdftotext, squash  # noqa: E402
from tests.ui.test_briefing_rows import _cut_rows, _many_actors  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def printing(qapp):
    from desktop.ui import printing as module
    return module


def _counting(monkeypatch, cls, name: str) -> list[int]:
    calls = [0]
    original = getattr(cls, name)

    def counted(self, *args):
        calls[0] += 1
        return original(self, *args)
    monkeypatch.setattr(cls, name, counted)
    return calls


def test_a_long_briefing_is_read_and_laid_out_in_full_once(printing, monkeypatch):
    from PySide6.QtGui import QTextDocument
    records, spec = _many_actors(260)       # 7 rows Qt cuts, each moved to a new page
    parsed = _counting(monkeypatch, QTextDocument, "setHtml")
    relaid = _counting(monkeypatch, QTextDocument, "markContentsDirty")
    qdoc, _ = _laid_out(printing, spec, records)
    assert (parsed[0], relaid[0]) == (1, 1)
    assert _cut_rows(printing, qdoc) == []


def test_every_section_heading_of_a_long_briefing_is_printed(printing, tmp_path):
    # (The benchmark's briefing.) Edits made while Qt still laid the document out lazily left «الجهات والشخصيات» and «أبرز التصريحات»,
    # each after a table, with no lines: missing from the PDF of 200 items.
    from bench.bench_briefing import sample_records, synthetic
    seed = sample_records()
    records, ids = synthetic(200, seed)
    by_id = {r["id"]: r for r in seed + records}
    spec = BriefingSpec(items=tuple(ids), title="موجز تجريبي (200 عنصراً)", caveat="للاستخدام الرسمي")
    document = build_document(spec, by_id.get, words("ar"))
    pdf = printing.write_pdf_document(document, tmp_path / "long.pdf")
    text = squash(pdftotext(pdf))
    labels = document.labels
    headings = [labels.timeline, labels.actors, labels.quotes, labels.sources]
    assert [h for h in headings if squash(h) not in text] == []


def test_the_briefing_command_does_not_load_the_composer():
    code = ("import sys; from desktop.ui import printing; from desktop.ui.briefing.words import words; "
            "print('desktop.ui.briefing.composer' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False"]
