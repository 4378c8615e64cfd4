"""The briefing window: basket, composer <-> spec, live preview, print/PDF, last briefing, direction."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import unicodedata  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDate, QModelIndex, QObject, Qt, Signal  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget  # noqa: E402

from desktop.core.briefing import SECTIONS, BriefingSpec  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui import briefing  # noqa: E402
from desktop.ui.briefing import composer as composer_module  # noqa: E402
from desktop.ui.briefing import outputs as outputs_module  # noqa: E402
from desktop.ui.briefing.basket import BasketPanel, BriefingBasket, IdRole  # noqa: E402

SEED_QUOTE = "quote:allawi-1"
SEED_IDS = ["event:ain-al-asad-announcement", SEED_QUOTE, "quote:allawi-2", "event:joint-statement-2024"]
_READER_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


@pytest.fixture
def composer(qtbot, sample_store):
    dialog = briefing.BriefingComposer(sample_store, "ar")
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def rtl(qapp):
    qapp.setLayoutDirection(Qt.RightToLeft)
    yield qapp
    qapp.setLayoutDirection(Qt.LeftToRight)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return unicodedata.normalize("NFKC", out).translate(_READER_CONTROLS)


def squeeze(text: str) -> str:
    # pdftotext rebuilds word gaps from glyph positions: compare the letters, in order.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


# ------------------------------------------------------------------ basket


def test_basket_adds_in_order_and_skips_duplicates(qtbot, sample_store):
    basket = BriefingBasket(sample_store.get, "ar")
    changes = []
    basket.changed.connect(lambda: changes.append(1))
    assert basket.add(["quote:allawi-2", SEED_QUOTE, "quote:allawi-2", "", "event:phase-one-end"]) == [
        "quote:allawi-2", SEED_QUOTE, "event:phase-one-end"]
    assert basket.add([SEED_QUOTE, "actor:hussein-allawi"]) == ["actor:hussein-allawi"]
    assert basket.add([SEED_QUOTE]) == []
    assert basket.ids() == ["quote:allawi-2", SEED_QUOTE, "event:phase-one-end", "actor:hussein-allawi"]
    assert len(changes) == 2   # one per add that added something
    # Titles come from the store: the quote's text, the actor's name in the UI language.
    assert sample_store.get(SEED_QUOTE)["text"][:20] in basket.index(1).data()
    assert "حسين علاوي" in basket.index(3).data()
    assert basket.index(3).data(IdRole) == "actor:hussein-allawi"
    english = BriefingBasket(sample_store.get, "en")
    english.add(["actor:hussein-allawi"])
    assert "Hussein Allawi" in english.index(0).data()


def test_basket_marks_ids_not_in_the_store(sample_store):
    basket = BriefingBasket(sample_store.get)
    basket.add(["event:no-such-thing"])
    assert "event:no-such-thing" in basket.index(0).data()
    assert basket.index(0).data(Qt.ForegroundRole) is not None


def test_basket_remove_and_clear(sample_store):
    basket = BriefingBasket(sample_store.get)
    basket.add(SEED_IDS)
    assert basket.remove([SEED_QUOTE, "quote:not-there"]) == 1
    assert basket.ids() == [SEED_IDS[0], SEED_IDS[2], SEED_IDS[3]]
    assert basket.remove_rows([0, 2, 7]) == 2
    assert basket.ids() == [SEED_IDS[2]]
    basket.clear()
    assert basket.ids() == [] and basket.rowCount() == 0


def test_basket_move_and_move_rows(sample_store):
    basket = BriefingBasket(sample_store.get)
    basket.add(SEED_IDS)
    a, b, c, d = SEED_IDS
    assert basket.move(0, 2)
    assert basket.ids() == [b, c, a, d]
    assert basket.move(3, 0)
    assert basket.ids() == [d, b, c, a]
    assert not basket.move(1, 1) and not basket.move(0, 9)
    # What QListView's InternalMove drop calls: two rows to the end.
    assert basket.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4)
    assert basket.ids() == [c, a, d, b]
    # Onto itself: refused, nothing changes.
    assert not basket.moveRows(QModelIndex(), 1, 2, QModelIndex(), 2)
    assert basket.ids() == [c, a, d, b]


def test_basket_view_follows_and_keeps_the_selection(qtbot, sample_store):
    basket = BriefingBasket(sample_store.get)
    panel = BasketPanel(basket)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    view = panel.view
    assert view.dragDropMode() == QAbstractItemView.InternalMove
    assert basket.flags(QModelIndex()) & Qt.ItemIsDropEnabled
    basket.add(SEED_IDS)
    assert view.model().rowCount() == 4
    assert basket.flags(basket.index(0)) & Qt.ItemIsDragEnabled
    assert not basket.flags(basket.index(0)) & Qt.ItemIsDropEnabled   # drops go between rows
    assert "4" in panel.count_label.text()

    view.setCurrentIndex(basket.index(3))
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.LeftButton)
    assert basket.ids() == [SEED_IDS[0], SEED_IDS[1], SEED_IDS[3], SEED_IDS[2]]
    assert view.selected_rows() == [2]          # the selection moved with the entry
    assert view.currentIndex().data(IdRole) == SEED_IDS[3]
    # What is painted follows too: the row under the third item's place is the moved entry.
    third = view.indexAt(view.visualRect(basket.index(2)).center())
    assert third.row() == 2 and third.data(IdRole) == SEED_IDS[3]
    assert view.visualRect(basket.index(0)).top() < view.visualRect(basket.index(2)).top()

    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)
    assert basket.ids()[1] == SEED_IDS[3]
    qtbot.keyClick(view, Qt.Key_Delete)
    assert SEED_IDS[3] not in basket.ids() and view.model().rowCount() == 3
    qtbot.mouseClick(panel.clear_button, Qt.LeftButton)
    assert basket.ids() == [] and not panel.clear_button.isEnabled()


# ------------------------------------------------------------------ composer <-> spec


def test_composer_builds_the_spec_from_its_widgets(composer):
    composer.add_ids(SEED_IDS)
    composer.title_edit.setText("انسحاب التحالف")
    composer.date_edit.setDate(QDate(2025, 12, 31))
    composer.author_edit.setText("وحدة التحليل")
    composer.caveat_combo.setCurrentIndex(2)          # the second preset: «سري»
    composer.paper_combo.setCurrentIndex(composer.paper_combo.findData("Letter"))
    composer.section_checks["actors"].setChecked(False)
    composer.summary_edit.setPlainText("فقرة أولى.\n\nفقرة ثانية.")
    spec = composer.spec()
    assert spec == BriefingSpec(title="انسحاب التحالف", date="2025-12-31", author="وحدة التحليل", caveat="سري",
                                language="ar", paper="Letter",
                                sections=("summary", "timeline", "quotes", "sources"),
                                summary="فقرة أولى.\n\nفقرة ثانية.",
                                arabic_indic_digits=False,   # the app writes 0123 (its default preference)
                                items=tuple(SEED_IDS))


@pytest.mark.parametrize("digits", [None, True, False])
def test_composer_shows_a_spec_and_gives_it_back(composer, digits):
    spec = BriefingSpec(title="Coalition withdrawal", date="2024-09-27", author="Desk", caveat="Confidential",
                        language="en", paper="Letter", sections=("timeline", "quotes"), summary="One.\n\nTwo.",
                        arabic_indic_digits=digits, items=(SEED_QUOTE, "event:phase-one-end"))
    composer.set_spec(spec)
    assert composer.title_edit.text() == "Coalition withdrawal"
    assert composer.date_edit.date() == QDate(2024, 9, 27)
    assert composer.caveat_combo.currentText() == "Confidential"
    assert composer.language_combo.currentData() == "en"
    assert composer.paper_combo.currentData() == "Letter"
    assert [n for n in SECTIONS if composer.section_checks[n].isChecked()] == ["timeline", "quotes"]
    assert composer.digits_check.isChecked() is bool(digits)
    assert composer.basket.ids() == [SEED_QUOTE, "event:phase-one-end"]
    assert composer.spec() == spec


def test_language_change_carries_preset_caveat_and_default_digits(composer):
    composer.caveat_combo.setCurrentIndex(1)
    assert composer.caveat_combo.currentText() == "للاستخدام الرسمي"
    assert not composer.digits_check.isChecked()                # Arabic sheet: the app's digits, 0123 by default
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("en"))
    assert composer.caveat_combo.currentText() == "For official use"
    assert not composer.digits_check.isChecked()
    assert composer.spec().arabic_indic_digits is None
    composer.digits_check.click()                               # the analyst's choice is kept
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("ar"))
    assert composer.digits_check.isChecked() and composer.spec().arabic_indic_digits is True
    composer.caveat_combo.setEditText("خاص بالفريق")               # typed, not a preset: kept as typed
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("en"))
    assert composer.caveat_combo.currentText() == "خاص بالفريق"


# ------------------------------------------------------------------ preview


def test_a_change_re_renders_the_preview_after_a_pause(qtbot, composer):
    composer.add_ids(SEED_IDS)
    composer.refresh_preview()
    assert composer.document is not None
    before = composer.preview_count
    assert before >= 1
    assert composer.stack.currentWidget() is composer.preview
    with qtbot.waitSignal(composer.previewed, timeout=5000) as blocker:
        # Typed key by key (QTest can only type ASCII).
        qtbot.keyClicks(composer.title_edit, "New title")
        assert composer.preview_count == before      # debounced: nothing painted per keystroke
    assert blocker.args[0] >= 1                      # pages
    assert composer.document.title_block.title == "New title"
    with qtbot.waitSignal(composer.previewed, timeout=5000):
        composer.section_checks["quotes"].setChecked(False)
    assert "quotes" not in composer.document.sections
    with qtbot.waitSignal(composer.previewed, timeout=5000):
        composer.basket.remove(["event:joint-statement-2024"])
    assert [e.record_id for e in composer.document.timeline] == ["event:ain-al-asad-announcement"]


def test_the_preview_paints_the_document_print_and_pdf_use(composer, monkeypatch):
    seen = []
    real = composer_module.printing.print_document

    def spy(document, printer, **options):
        seen.append(document)
        return real(document, printer, **options)

    monkeypatch.setattr(composer_module.printing, "print_document", spy)
    composer.add_ids([SEED_QUOTE])
    composer.replace_spec(language="en", title="Spy")
    composer.refresh_preview()
    assert seen and seen[-1] is composer.document
    assert seen[-1].language == "en" and seen[-1].title_block.title == "Spy"


def test_empty_basket_disables_print_and_export_and_says_why(composer):
    composer.refresh_preview()
    assert composer.document is None
    assert not composer.print_button.isEnabled() and not composer.export_button.isEnabled()
    assert composer.print_button.toolTip() and composer.export_button.toolTip()
    assert composer.stack.currentWidget() is composer.message and composer.message.text()
    composer.add_ids(["event:no-such-thing"])
    composer.refresh_preview()
    assert not composer.export_button.isEnabled()
    assert "event:no-such-thing" in composer.message.text()
    composer.add_ids([SEED_QUOTE])
    composer.refresh_preview()
    assert composer.print_button.isEnabled() and composer.export_button.isEnabled()
    assert composer.document.missing == ("event:no-such-thing",)
    assert composer.print_button.toolTip() == ""


# ------------------------------------------------------------------ print and PDF


@needs_pdftotext
def test_export_pdf_writes_the_previewed_briefing(composer, sample_store, tmp_path, monkeypatch):
    composer.add_ids(SEED_IDS)
    composer.title_edit.setText("انسحاب التحالف من قاعدة عين الأسد")   # the timer is still pending
    target = tmp_path / "out" / "brief"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(outputs_module.file_dialogs, "save_file_name",
                        lambda *args, **kw: (asked.append(args) or (str(target), "")))
    written = composer.export_pdf()
    assert written == target.with_name("brief.pdf") and written.read_bytes().startswith(b"%PDF")
    day = composer.spec().date
    assert asked and asked[0][2].endswith(f"/{day} انسحاب التحالف من قاعدة عين الأسد.pdf")
    text = squeeze(pdf_text(written))
    assert squeeze(sample_store.get(SEED_QUOTE)["text"]) in text
    assert squeeze("انسحاب التحالف من قاعدة عين الأسد") in text
    assert [p.name for p in target.parent.iterdir()] == ["brief.pdf"]   # no temporary file left


def test_export_pdf_reports_a_failure(composer, tmp_path, monkeypatch):
    composer.add_ids([SEED_QUOTE])
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    errors = []
    monkeypatch.setattr(outputs_module.file_dialogs, "save_file_name", lambda *a, **k: (str(folder), ""))
    monkeypatch.setattr(outputs_module.QMessageBox, "critical", lambda *args: errors.append(args))
    assert composer.export_pdf() is None
    assert errors and "a-folder.pdf" in errors[0][2]


@needs_pdftotext
def test_print_sends_the_document_to_the_chosen_printer(composer, sample_store, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    class AcceptingPrintDialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title):
            pass

        def exec(self):
            return QDialog.Accepted

    monkeypatch.setattr(outputs_module, "QPrintDialog", AcceptingPrintDialog)
    composer.add_ids([SEED_QUOTE])
    assert composer.print_briefing()
    assert squeeze(sample_store.get(SEED_QUOTE)["text"]) in squeeze(pdf_text(out))


# ------------------------------------------------------------------ saving and the last briefing


def test_the_last_briefing_is_reopened(qtbot, qapp, sample_store):
    first = briefing.BriefingComposer(sample_store, "ar")
    qtbot.addWidget(first)
    first.add_ids([SEED_QUOTE, "event:phase-one-end"])
    first.title_edit.setText("آخر إيجاز")
    first.caveat_combo.setCurrentIndex(3)
    first.close()                                  # closing remembers, without waiting for the timer
    saved = sample_store.load_briefing("last")
    assert saved["title"] == "آخر إيجاز" and saved["items"] == [SEED_QUOTE, "event:phase-one-end"]
    # From the store itself, not this session's memory:
    qapp.setProperty(composer_module._memory_name(sample_store), None)
    second = briefing.BriefingComposer(sample_store, "ar")
    qtbot.addWidget(second)
    assert second.spec() == first.spec()
    assert second.caveat_combo.currentText() == "غير مصنف"
    # Under the English UI the same briefing, in English (its language was the Arabic UI's, not chosen),
    # its preset caveat with it (test_briefing_language_default.py).
    third = briefing.BriefingComposer(sample_store, "en")
    qtbot.addWidget(third)
    assert third.spec() == dataclasses.replace(first.spec(), language="en", caveat="Unclassified")


def test_a_read_only_store_keeps_the_last_briefing_in_memory(qtbot, tmp_path, sample_records):
    path = tmp_path / "ro.db"
    with Store.create(path) as writable:
        writable.put_many(sample_records)
    store = Store.open(path, readonly=True)
    try:
        first = briefing.BriefingComposer(store, "ar")
        qtbot.addWidget(first)
        assert not first.save_button.isEnabled() and first.save_button.toolTip()
        first.add_ids([SEED_QUOTE])
        first.title_edit.setText("في الذاكرة")
        first.refresh_preview()
        first.close()
        assert store.load_briefing("last") is None
        second = briefing.BriefingComposer(store, "ar")
        qtbot.addWidget(second)
        assert second.title_edit.text() == "في الذاكرة" and second.basket.ids() == [SEED_QUOTE]
    finally:
        store.close()


def test_save_under_a_name_and_open_it_again(composer, sample_store, monkeypatch):
    composer.add_ids([SEED_QUOTE])
    composer.title_edit.setText("Named")
    monkeypatch.setattr(outputs_module.QInputDialog, "getText", lambda *a, **k: ("  موجز الأسبوع ", True))
    assert composer.save_named() == "موجز الأسبوع"
    assert BriefingSpec.from_dict(sample_store.load_briefing("موجز الأسبوع")) == composer.spec()
    composer.basket.clear()
    composer.title_edit.setText("")
    monkeypatch.setattr(outputs_module.QInputDialog, "getItem", lambda *a, **k: ("موجز الأسبوع", True))
    assert composer.open_saved()
    assert composer.title_edit.text() == "Named" and composer.basket.ids() == [SEED_QUOTE]


# ------------------------------------------------------------------ entry points, language, direction


class _Changes(QObject):
    changed = Signal(list)


def test_open_composer_reuses_the_window_and_adds_ids(qtbot, sample_store):
    parent = QWidget()
    qtbot.addWidget(parent)
    changes = _Changes()
    first = briefing.open_composer(parent, sample_store, [SEED_QUOTE], "ar", store_changed=changes.changed)
    again = briefing.open_composer(parent, sample_store, ["quote:allawi-2", SEED_QUOTE], "ar",
                                   store_changed=changes.changed)
    assert again is first and first.isVisible()
    assert first.basket.ids() == [SEED_QUOTE, "quote:allawi-2"]
    # An edit in the main window reaches the basket (and, through it, the preview).
    quote = dict(sample_store.get(SEED_QUOTE), text="نص معدل للاقتباس")
    sample_store.put(quote)
    refreshed = []
    first.basket.modelReset.connect(lambda: refreshed.append(1))
    changes.changed.emit(["quote"])
    assert refreshed == [1]                      # connected once, not once per open_composer
    assert "نص معدل للاقتباس" in first.basket.index(0).data()
    assert briefing.search_ids(sample_store, "عين الأسد")
    assert briefing.search_ids(sample_store, "  ") == []


def test_arabic_layout_is_right_to_left_and_translated(qtbot, rtl, sample_store):
    from desktop.ui.app import install_language
    install_language(rtl, "ar")
    try:
        dialog = briefing.BriefingComposer(sample_store, "ar")
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.RightToLeft
        assert dialog.basket_panel.view.layoutDirection() == Qt.RightToLeft
        assert dialog.windowTitle() == "إيجاز"
        assert dialog.spec().language == "ar"
    finally:
        install_language(rtl, "en")
    dialog = briefing.BriefingComposer(sample_store, "en")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Briefing"


def test_english_layout_is_left_to_right(qtbot, qapp, tmp_path):
    with Store.create(tmp_path / "e.db") as store:
        dialog = briefing.BriefingComposer(store, "en")
        qtbot.addWidget(dialog)
        assert QApplication.layoutDirection() == Qt.LeftToRight
        assert dialog.layoutDirection() == Qt.LeftToRight
        assert dialog.spec().language == "en" and dialog.spec().arabic_indic_digits is None
