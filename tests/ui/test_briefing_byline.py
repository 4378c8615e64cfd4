"""A quote's byline in the printed briefing: «— name، title», the dash first in the line's reading order,
the Arabic comma between two Arabic parts even on an English sheet (en35z, brief_en_z-1)."""
from __future__ import annotations

import os
import shutil
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.briefing import BriefingSpec  # noqa: E402
from desktop.core.briefing_html import byline  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402

NAME, TITLE = "محمد نوري الكربولي", "محافظ الأنبار"
RECORDS = {
    "actor:karbouli": {"kind": "actor", "id": "actor:karbouli", "name": NAME, "title": TITLE, "type": "person"},
    "quote:q1": {"kind": "quote", "id": "quote:q1", "speaker": "actor:karbouli", "date": "2025-11-15",
                 "text": "الأنبار لن تعود إلى ما كانت عليه قبل عام 2017"},
}


def test_two_arabic_parts_take_the_arabic_comma_and_stay_one_isolated_run_on_an_english_sheet():
    line = byline(NAME, TITLE, ", ", "ltr")
    assert strip(line) == f"— {NAME}، {TITLE}"
    assert line == f"— \u2068{NAME}، {TITLE}\u2069"
    # The Arabic sheet: the same words, nothing to isolate; a Latin name keeps the sheet's comma.
    assert byline(NAME, TITLE, "، ", "rtl") == f"— {NAME}، {TITLE}"
    assert strip(byline("Hussein Allawi", TITLE, ", ", "ltr")) == f"— Hussein Allawi, {TITLE}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_printed_byline_has_the_arabic_comma_and_the_dash_before_the_name(qapp, tmp_path, language):
    from desktop.ui import printing
    path = tmp_path / "b.pdf"
    spec = BriefingSpec(title="Briefing", language=language, date="2025-11-15", sections=("quotes",),
                        items=("quote:q1",))
    printing.write_pdf(spec, RECORDS.get, path)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    line = next(row for row in text.splitlines() if "—" in row and "الكربولي" in row)
    # pdftotext gives the line in reading order, with embedding marks around the Arabic runs.
    read = "".join(ch for ch in line if ch not in "\u202a\u202b\u202c\u202d\u202e").strip()
    assert "," not in read and "،" in read
    assert read.startswith("—")
