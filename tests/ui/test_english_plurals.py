"""Counts in the English UI take English's plural forms: «1 proposal», «24 proposals», never
«24 proposal(s)». The English catalogues carry the counted strings' two forms (made by
resources/translations/fill_en_ts.py); the app installs them for the English UI, and the
frozen build ships them with the Arabic ones."""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.ui.app import CATALOGS, install_language, translations_dir  # noqa: E402
from desktop.ui.importing.review import ReviewDialog  # noqa: E402

MARKER = re.compile(r"\((?:s|es|ies)\)")


def counted_sources() -> list[tuple[str, str]]:
    """(context, source) of every string the UI counts with %n, as lupdate found them in the code."""
    out = []
    for catalog in CATALOGS:
        root = ET.parse(translations_dir() / f"{catalog}_ar.ts").getroot()
        for context in root.iter("context"):
            out += [(context.findtext("name"), m.findtext("source")) for m in context.iter("message")
                    if "%n" in (m.findtext("source") or "")]
    return out


def test_there_are_counted_strings_to_check():
    assert ("ReviewDialog", "%n proposal(s) waiting for review") in counted_sources()
    assert len(counted_sources()) >= 20


@pytest.mark.parametrize("context, source", counted_sources())
def test_every_counted_string_has_a_singular_and_a_plural(qapp, context, source):
    install_language(qapp, "en")
    one = QCoreApplication.translate(context, source, "", 1)
    many = QCoreApplication.translate(context, source, "", 24)
    assert "%n" not in one + many and "1" in one and "24" in many
    assert not MARKER.search(one) and not MARKER.search(many), (one, many)
    assert one != many
    if MARKER.search(source):
        # The words differ, not only the number.
        assert one.replace("1", "#", 1) != many.replace("24", "#", 1)


@pytest.mark.parametrize("n, text", [(1, "1 proposal waiting for review"), (24, "24 proposals waiting for review")])
def test_the_review_count(qapp, n, text):
    install_language(qapp, "en")
    assert QCoreApplication.translate("ReviewDialog", "%n proposal(s) waiting for review", "", n) == text


def test_verbs_agree_with_one(qapp):
    install_language(qapp, "en")
    assert QCoreApplication.translate("ImportErrorsDialog", "Nothing was imported: %n problem(s) were found. "
                                      "Correct the files and import them again.", "", 1) \
        == "Nothing was imported: 1 problem was found. Correct the files and import them again."
    assert QCoreApplication.translate("ReviewDialog", "Accept all %n proposal(s) as they are?", "", 24) \
        == "Accept all 24 proposals as they are?"
    assert QCoreApplication.translate("Commands", "Delete %n record(s)", "", 1) == "Delete 1 record"


def test_arabic_counts_are_left_to_the_arabic_catalogue(arabic):
    assert QCoreApplication.translate("ReviewDialog", "%n proposal(s) waiting for review", "", 1) != \
        "1 proposal waiting for review"
    assert "(s)" not in QCoreApplication.translate("Commands", "Delete %n record(s)", "", 24)


def test_the_review_dialog_counts_its_proposals(qtbot, qapp, empty, tmp_path):
    install_language(qapp, "en")
    path = tmp_path / "article.txt"
    path.write_text("وزير الخارجية يصرّح\nقال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن \"الحكومة ملتزمة "
                    "بحماية الحدود مع سوريا\".\n", encoding="utf-8")
    core_importing.import_files(empty, [path], published="2025-06-10")
    (source_id,) = core_review.unreviewed_sources(empty)
    dialog = ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    n = len(dialog.proposals)
    assert n > 1
    assert dialog.count.text() == f"{n} proposals waiting for review"


def test_the_english_catalogues_are_compiled_and_shipped():
    for catalog in CATALOGS:
        ts, qm = translations_dir() / f"{catalog}_en.ts", translations_dir() / f"{catalog}_en.qm"
        assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
    spec = (translations_dir().parents[1] / "packaging" / "marsad.spec").read_text(encoding="utf-8")
    assert '"resources" / "translations" / "*.qm"' in spec
