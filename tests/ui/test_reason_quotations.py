"""A reason's quotations of the article read whole in either UI, cut or not.

Each «…» a reason template makes (the article's words, and the template's own
words that belong to them, as in «عن … {cue}») is one isolate with its
guillemets inside; a cut row closes what it opened and ends with «…» on the UI's
side; a quotation mark of the article cut in half by the extraction is not shown.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont, QTextLayout, QTextOption  # noqa: E402

from desktop.core.extract import reasons  # noqa: E402
from desktop.core.extract.reasons import Reason  # noqa: E402
from desktop.ui import reason_text  # noqa: E402
from desktop.ui.bidi import PDI, strip  # noqa: E402
from tests.ui.test_elided_cells import _drawn  # noqa: E402

OPENERS = ("\u2066", "\u2067", "\u2068")
ARABIC_SAMPLES = ("قوله", "حسين علاوي", "27 سبتمبر 2024", "الأمين العام 2")
LATIN_SAMPLES = ("Reuters", "John Smith")
ARTICLE = ("انسحاب التحالف من قاعدة عين الأسد\nأعلنت قيادة التحالف الدولي، الأربعاء، انسحاب قواتها من قاعدة "
           "\"عين الأسد\" في محافظة الأنبار، وقال مستشار رئيس الوزراء حسين علاوي إن \"الانسحاب يتم وفق "
           "الجدول المتفق عليه\".\n")


def _sampled(code: str, samples: tuple[str, ...]) -> Reason:
    names = sorted(reasons.placeholders(reasons.REASONS[code]))
    return Reason(code, tuple((name, samples[i % len(samples)]) for i, name in enumerate(names)))


def quotation_faults(text: str) -> list[str]:
    """What is wrong with how `text` isolates its quotations: an isolate left open or closed twice,
    a guillemet outside every isolate, a «…» whose two guillemets are in different isolates."""
    faults: list[str] = []
    stack: list[str] = []           # open isolates and guillemets, innermost last
    for at, ch in enumerate(text):
        if ch in OPENERS:
            stack.append(ch)
        elif ch == PDI:
            if not stack or stack[-1] not in OPENERS:
                faults.append(f"PDI at {at} closes {stack[-1:] or 'nothing'}")
                return faults
            stack.pop()
        elif ch == "«":
            if not any(mark in OPENERS for mark in stack):
                faults.append(f"« at {at} outside every isolate")
            stack.append(ch)
        elif ch == "»":
            if not stack or stack[-1] != "«":
                faults.append(f"» at {at} does not close a « of its own isolate")
                return faults
            stack.pop()
    if stack:
        faults.append(f"left open: {stack}")
    return faults


def _check_every_code(samples: tuple[str, ...], english: bool) -> None:
    for code in reasons.REASONS:
        found = _sampled(code, samples)
        text = reason_text.word(found)
        assert not quotation_faults(text), (code, text, quotation_faults(text))
        for _, value in found.params:
            assert value in text, (code, value, text)       # each value whole, never reordered inside
        if english:
            assert strip(text) == reasons.english(found), code


def test_every_reason_code_isolates_each_quotation_whole_in_the_english_ui(qapp):
    _check_every_code(ARABIC_SAMPLES, english=True)


def test_every_reason_code_isolates_each_quotation_whole_in_the_arabic_ui(arabic):
    _check_every_code(ARABIC_SAMPLES, english=False)
    _check_every_code(LATIN_SAMPLES, english=False)


def test_the_words_around_a_value_belong_to_its_quotation(qapp):
    """«عن … {cue}»: the template's Arabic and the cue are one isolate, not the cue alone."""
    text = reason_text.word(reasons.reason("speaker.an_cue", cue="قوله"))
    assert text == "\u2068«عن … قوله»\u2069"
    text = reason_text.word(reasons.reason("date.yesterday"))
    assert text.startswith("\u2068«أمس»\u2069 ")


def _centres(text: str, rtl: bool) -> list[float]:
    """Where each character of `text` is drawn on one line (the middle of its two cursor edges)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return [(line.cursorToX(i)[0] + line.cursorToX(i + 1)[0]) / 2 for i in range(len(text))]


@pytest.mark.parametrize("cut", [False, True], ids=["whole", "cut"])
def test_an_english_reason_reads_an_arabic_quotation_right_to_left_between_its_guillemets(qapp, cut):
    """«quote; speaker «عن … قوله»»: with the cue alone isolated, Qt drew «عن» left of «قوله», the
    quotation read backwards. Now «عن» stands right of «قوله», both between the guillemets, after
    «speaker», and a cut row's «…» comes last, on the right."""
    from desktop.ui.elide import closed
    text = reason_text.word(reasons.reason("quote", rule=reasons.reason("speaker.an_cue", cue="قوله")))
    if cut:
        text = closed(text[:text.index("قوله") + 2])
    x = _centres(text, rtl=False)
    assert x[text.index("speaker")] < x[text.index("قو")] < x[text.index("عن")]
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    # The guillemets drawn at the two ends of the quotation, the «…» inside it, a cut's «…» last.
    assert _drawn(layout, text) == ("«…»…" if cut else "«…»")


def test_a_cut_quotation_mark_of_the_article_is_not_shown():
    assert reason_text.paired_marks('تنظيم "داعش') == "تنظيم داعش"
    assert reason_text.paired_marks('قاعدة "عين الأسد') == "قاعدة عين الأسد"
    assert reason_text.paired_marks('داعش" و"القاعدة"') == 'داعش و"القاعدة"'
    assert reason_text.paired_marks("قال “إن") == "قال إن"
    assert reason_text.paired_marks('تنظيم "داعش" الإرهابي') == 'تنظيم "داعش" الإرهابي'
    assert reason_text.word(reasons.reason("place.gazetteer_match", text='قاعدة "عين الأسد')) == \
        "gazetteer match \u2068«قاعدة عين الأسد»\u2069"


def _review(qtbot, store, tmp_path, paired_quote=False):
    from desktop.core import importing as core_importing
    from desktop.core import review as core_review
    from desktop.ui.importing.review import ReviewDialog
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    core_importing.import_files(store, [article], published="2025-12-31", word_reason=reason_text.word)
    (source_id,) = core_review.unreviewed_sources(store)
    if paired_quote:
        # A name the article writes with its own pair of quotation marks: a cut between them closes both.
        place = next(r for r in core_review.proposals_for(store, source_id) if "الأنبار" in str(r.get("name")))
        store.put({**place, "notes": reason_text.word(reasons.reason("place.parent", name='قاعدة "عين الأسد" الجوية'))})
    dialog = ReviewDialog(store, source_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_review_shows_a_place_without_the_quotation_mark_the_extraction_cut(qtbot, qapp, empty, tmp_path):
    dialog = _review(qtbot, empty, tmp_path)
    why = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert "gazetteer match \u2068«قاعدة عين الأسد»\u2069" in why, why
    assert not any('"' in text for text in why), why
    assert '"عين الأسد"' in dialog.browser.toPlainText()       # the article keeps its own marks


@pytest.mark.parametrize("width", [90, 130, 170, 210, 250])
def test_cut_reasons_close_their_quotations_and_end_with_the_ellipsis_on_the_ui_side(qtbot, language, empty,
                                                                                 tmp_path, monkeypatch, width):
    from desktop.ui import delegates
    drawn: list[tuple[str, str]] = []

    class Recorded(delegates.QTextLayout):
        def draw(self, painter, position, *args):
            drawn.append((self.text(), _drawn(self, self.text())))
            super().draw(painter, position, *args)

    monkeypatch.setattr(delegates, "QTextLayout", Recorded)
    dialog = _review(qtbot, empty, tmp_path, paired_quote=True)
    tree = dialog.tree
    tree.header().setStretchLastSection(False)
    tree.setColumnWidth(2, width)
    tree.setCurrentItem(None)
    for row in range(tree.topLevelItemCount()):
        tree.viewport().grab(tree.visualRect(tree.model().index(row, 2)))
    cut = [(text, marks) for text, marks in drawn if text.endswith("…")]
    assert len(cut) >= 3, drawn
    assert width < 210 or any('"' in text for text, _ in cut), cut      # cut between the marks
    for text, marks in cut:
        assert not quotation_faults(text), (text, quotation_faults(text))
        assert text.count("(") == text.count(")") and text.count('"') % 2 == 0, text
        # The «…» last in the text, so at the end of the line: the right in English, the left in Arabic.
        assert marks.endswith("…") if language == "en" else marks.startswith("…"), (text, marks)
        assert marks.count("«") == marks.count("»"), (text, marks)
