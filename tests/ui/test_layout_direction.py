"""Arabic lays the whole UI out right to left, Qt's own dialogs included; English left to right."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.core import kinds
from desktop.ui import labels
from desktop.ui.app import install_language
from desktop.ui.main_window import MainWindow


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def test_arabic_is_right_to_left_and_translated(english_after, qtbot, store):
    install_language(english_after, "ar")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    w = MainWindow(store, "ar")
    qtbot.addWidget(w)
    w.show_kind("quote")
    assert w.isRightToLeft()
    assert w.current_tab().view.isRightToLeft()
    assert w.detail.isRightToLeft()
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[0] == "&ملف"
    assert w.tab_widget.tabText(0) == "الأحداث"
    quote = kinds.get("quote")
    assert labels.column(quote, quote.column("speaker")) == "المتحدث"
    assert labels.choice(quote.field("review"), "unreviewed") == "غير مراجَع"
    assert labels.kind("actor") == "فاعل" and labels.kind_plural("actor") == "الفاعلون"
    assert QCoreApplication.translate("Commands", "Delete %n record(s)", "", 2) == "حذف سجلين"
    assert QLocale().language() == QLocale.Arabic


def test_qt_dialogs_are_arabic_too(english_after, qtbot):
    install_language(english_after, "ar")
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    qtbot.addWidget(box)
    # qtbase_ar.qm translates Qt's own buttons.
    assert box.button(QDialogButtonBox.Cancel).text().replace("&", "") != "Cancel"
    assert box.isRightToLeft()


def test_english_is_left_to_right(english_after, qtbot, store):
    install_language(english_after, "en")
    assert QApplication.layoutDirection() == Qt.LeftToRight
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    assert not w.isRightToLeft()
    assert [a.text() for a in w.menuBar().actions()][0] == "&File"
    assert w.tab_widget.tabText(0) == "Events"


def test_directional_icons_mirror_in_rtl(english_after):
    from desktop.ui.icons import icon
    ltr = icon("back", rtl=False).pixmap(24, 24).toImage()
    rtl = icon("back", rtl=True).pixmap(24, 24).toImage()
    assert not ltr.isNull() and ltr != rtl
    assert rtl == ltr.flipped(Qt.Horizontal)
    # Icons that do not point somewhere stay as they are.
    assert icon("search", rtl=True).pixmap(24, 24).toImage() == icon("search", rtl=False).pixmap(24, 24).toImage()


def test_switching_language_rebuilds_the_window_in_place(english_after, qtbot, store):
    from desktop.ui import settings
    from desktop.ui.app import RunningApp
    session = RunningApp(english_after, store, "ar", search="علاوي")
    first = session.window
    qtbot.addWidget(first)
    first.show_kind("quote")
    assert first.isRightToLeft()
    session.switch_language("en")
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and not second.isRightToLeft()
    assert second.current_kind() == "quote"
    assert second.search_field.text() == "علاوي"
    assert second.current_tab().model.rowCount() == 4
    assert settings.General().language() == "en"
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_translations_are_complete_and_compiled():
    import xml.etree.ElementTree as ET
    from desktop.ui.app import translations_dir
    ts = translations_dir() / "marsad_ar.ts"
    qm = translations_dir() / "marsad_ar.qm"
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_window_strings_from_every_part_are_translated(english_after):
    install_language(english_after, "ar")
    assert QCoreApplication.translate("MainWindow", "Delete %n record(s)? You can undo this.", "", 2) == \
        "حذف سجلين؟ يمكنك التراجع عن ذلك."
    assert QCoreApplication.translate("MainWindow", "Marsad stores (*.db)") == "مخازن مرصد (*.db)"
    assert QCoreApplication.translate("Detail", "In the source") == "في المصدر"


def test_every_string_in_the_code_is_in_the_translation_source():
    """lupdate silently skips some call shapes; this catches a string it missed."""
    import re
    import xml.etree.ElementTree as ET
    from desktop import paths
    from desktop.ui.app import CATALOGS, translations_dir
    known = {m.findtext("source") for catalog in CATALOGS
             for m in ET.parse(translations_dir() / f"{catalog}_ar.ts").getroot().iter("message")}
    literal = r'"(?:[^"\\]|\\.)*"'
    # One literal or several written side by side (Python joins them).
    pattern = re.compile(r'(?:\.tr\(|translate\(\s*"\w+",\s*)((?:' + literal + r'\s*)+)')
    missing = []
    ui = paths.install_root() / "desktop" / "ui"
    for path in sorted(ui.rglob("*.py")):
        if path.name in ("printing.py", "fonts.py"):
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            parts = re.findall(literal, m.group(1))
            text = "".join(p[1:-1] for p in parts).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if text not in known:
                missing.append(f"{path.name}: {text}")
    assert missing == []


def _actor_with_an_arabic_quote() -> dict:
    """views.related's shape: the record, the names it refers to, the lists of what refers to it."""
    return {"record": {"kind": "actor", "id": "actor:a", "name": "حسين علاوي"}, "names": {},
            "lists": [
                {"label": "Quotes", "kind": "quote", "field": "speaker",
                 "items": [{"key": "quote:q", "text": "الحكومة ملتزمة بالاتفاق", "byline": "حسين علاوي",
                            "date": "2025-12-31"}]},
                {"label": "Events", "kind": "event", "field": "actors",
                 "items": [{"key": "event:e", "text": "انسحاب التحالف", "role": "المنسحب", "date": "2025-09"}]}]}


@pytest.mark.parametrize("language, direction", [("en", Qt.LeftToRight), ("ar", Qt.RightToLeft)])
def test_detail_lists_follow_the_interface_direction_with_record_text_isolated(qapp, language, direction):
    # An Arabic event title first in an English list item used to turn the item right to
    # left, and the English date after it read «December 31) … (2025».
    from PySide6.QtGui import QTextDocument
    from desktop.ui import detail
    html = detail.render(_actor_with_an_arabic_quote(), language)
    doc = QTextDocument()
    doc.setHtml(html)
    items = [doc.findBlockByNumber(n) for n in range(doc.blockCount())]
    items = [b for b in items if b.textList() is not None]
    assert len(items) == 2
    # Every item follows the interface, so its bullet sits on the interface's start side; someone's words
    # read as a line of their own script inside a right-to-left isolate (a wrapped Arabic quote in the
    # English pane put its closing mark before the speaker's name otherwise).
    assert [b.blockFormat().layoutDirection() for b in items] == [direction, direction]
    if language == "en":
        assert items[0].text().startswith("\u2067") and items[0].text().endswith("\u2069")
    for block in items:
        text = block.text()
        # the quote, the speaker, the title, the role and each date are isolates (FSI, LRI or RLI ... PDI)
        assert text.count("\u2068") + text.count("\u2066") + text.count("\u2067") == text.count("\u2069") >= 3
    quote_item = items[0].text()
    assert "\u2068«الحكومة ملتزمة بالاتفاق»\u2069" in quote_item
    if language == "en":
        assert "(\u206631\u00a0December\u00a02025\u2069)" in quote_item


def test_a_menu_path_in_arabic_points_the_way_arabic_reads(english_after, qtbot, store):
    """«ملف ◂ استيراد»: in a right-to-left sentence the arrow from a menu to its item points left
    (▸ is no mirrored character, so the Arabic catalogue must write the other one)."""
    import xml.etree.ElementTree as ET
    from desktop.ui.app import translations_dir
    texts = [m.findtext("translation") or "" for ts in translations_dir().glob("*_ar.ts")
             for m in ET.parse(ts).getroot().iter("message")]
    with_path = [t for t in texts if "◂" in t]
    assert with_path and not [t for t in texts if "▸" in t]
    install_language(english_after, "ar")
    from desktop.ui.empty_notes import EmptyNotes
    assert "ملف ◂ استيراد" in EmptyNotes().no_records("event", True)


def _block_with(document, text: str):
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise LookupError(text)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_detail_pane_labels_sit_on_the_start_side_of_their_values(english_after, qtbot, store, language):
    """Qt lays a rich-text table out left to right whatever the text direction, so the Arabic
    pane once had its labels on the left of their values. Arabic: label on the right, value to
    its left; English: the reverse. Every value cell keeps the interface's direction, so an
    Arabic name in the English pane lines up with the English values."""
    from tests.ui.conftest import shown_window
    install_language(english_after, language)
    w = shown_window(qtbot, store, kind="quote", language=language)
    assert w.current_tab().select_key("quote:allawi-1")
    doc = w.detail.document()
    layout = doc.documentLayout()
    quote = kinds.get("quote")
    label = _block_with(doc, labels.field(quote.field("speaker")))
    # The speaker as each pane names him (the English one by his English name).
    value = _block_with(doc, "حسين علاوي" if language == "ar" else "Hussein Allawi")
    label_x = layout.blockBoundingRect(label).x()
    value_x = layout.blockBoundingRect(value).x()
    direction = Qt.RightToLeft if language == "ar" else Qt.LeftToRight
    assert (label_x > value_x) == (language == "ar")
    assert value.blockFormat().layoutDirection() == direction
    assert label.blockFormat().layoutDirection() == direction


def test_detail_pane_shows_no_internal_id(english_after, qtbot, store):
    install_language(english_after, "ar")
    w = MainWindow(store, "ar")
    qtbot.addWidget(w)
    w.show_kind("quote")
    assert w.current_tab().select_key("quote:allawi-1")
    text = w.detail.toPlainText()
    assert "حسين علاوي" in text and "quote:allawi-1" not in text


def test_the_source_context_is_cut_at_whole_words():
    """The context around a quote in its source began inside a word («… لولايات» for «الولايات»)."""
    from desktop.ui import detail
    words = "وقالت الولايات المتحدة إن القوات ستبقى في المنطقة حتى نهاية العام المقبل"
    body = (words + " ") * 60 + "«النص المقتبس هنا»" + (" " + words) * 60
    start = body.index("«النص")
    html = detail.quote_in_source(body, "«النص المقتبس هنا»", (start, start + len("«النص المقتبس هنا»")))
    plain = html.split("<span")[0].removeprefix("… ")
    first = plain.split()[0]
    assert first in words.split(), first
    after = html.rsplit("</span>", 1)[1].removesuffix(" …")
    assert after.split()[-1] in words.split()


def test_the_briefing_hints_name_the_menu_command_as_the_menu_does(english_after):
    """The composer's hints told Arabic users to choose «أضف إلى الإيجاز», a command no menu has."""
    install_language(english_after, "ar")
    command = QCoreApplication.translate("MainWindow", "Add to &Briefing").replace("&", "")
    from desktop.ui.briefing.basket import adding_hint
    assert f"«{command}»" in adding_hint("ar")
