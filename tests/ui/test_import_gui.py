"""The import GUI: progress and results, errors, cancel, CSV column mapping, reviewing proposals."""
from __future__ import annotations

import html
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton  # noqa: E402

import desktop.ui.importing as importing  # noqa: E402
from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.core.errors import Cancelled  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.core.writing import ImportReport  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.importing import mapping, run  # noqa: E402
from desktop.ui.importing import review as review_ui  # noqa: E402
from tests.conftest import snapshot  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "core", "fixtures")
ARTICLE = """وزير الخارجية يصرّح عن <b>x</b> والحدود
قال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن "الحكومة ملتزمة بحماية الحدود <b>x</b> مع سوريا خلال الأيام المقبلة".

وأعلن العراق في 27 سبتمبر 2024 أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد بمحافظة الأنبار.
"""



@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def reviewed(empty, article):
    """A store holding the article's source and its proposals, and the source's id."""
    core_importing.import_files(empty, [article], published="2025-06-10")
    (source_id,) = core_review.unreviewed_sources(empty)
    return empty, source_id


@pytest.fixture
def shown(monkeypatch):
    """Dialogs that import_files_dialog would exec, captured instead of shown."""
    seen: dict[str, list] = {"result": [], "errors": [], "info": []}
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: seen["result"].append(self) or 0)
    monkeypatch.setattr(run.ImportErrorsDialog, "exec", lambda self: seen["errors"].append(self) or 0)
    monkeypatch.setattr(run.QMessageBox, "information", lambda *args: seen["info"].append(args[2]))
    return seen


# --- running an import --------------------------------------------------------------------------


def test_import_completes_and_shows_the_counts(qtbot, empty, article, shown):
    report = run.import_files_dialog(None, empty, [article], published="2025-06-10")
    assert report is not None and report.created["source"] == 1
    # The window's own connection sees what the worker's connection committed.
    assert empty.counts()["source"] == 1
    assert empty.unreviewed_counts()["quote"] == 1
    (dialog,) = shown["result"]
    created = sum(report.created.values())
    proposed = sum(report.proposed.values())
    assert dialog.headline.text().startswith(f"{created} records created, 0 records updated; {proposed} of them")
    assert dialog.rows["quote"].text() == "1 new, 0 updated, 1 proposed"
    assert not shown["errors"]


def test_a_big_import_from_the_window_uses_worker_processes(qtbot, empty, tmp_path, shown, monkeypatch):
    # The import runs on a QThread; its workers are spawned processes, which must start from there too.
    from desktop.core import bulkprep
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0)
    started = []
    real = bulkprep.Preparer.__init__
    monkeypatch.setattr(bulkprep.Preparer, "__init__", lambda self, *a: started.append(1) or real(self, *a))
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(f'{{"kind": "place", "id": "place:p{i}", "name": "مكان {i}"}}' for i in range(300)),
                    encoding="utf-8")
    report = run.import_files_dialog(None, empty, [path])
    assert started and report.created == {"place": 300}
    assert empty.counts()["place"] == 300


def test_a_second_import_of_the_article_shows_why_it_was_skipped(qtbot, empty, article, shown):
    run.import_files_dialog(None, empty, [article], published="2025-06-10")
    run.import_files_dialog(None, empty, [article], published="2025-06-10")
    dialog = shown["result"][-1]
    assert dialog.skipped is not None
    # Values are isolated (FSI…PDI) in the shown text; what a reader sees is file:line: reason.
    assert f"{article}:1: skipped" in strip(dialog.skipped.toPlainText())


def test_a_dry_run_reports_but_writes_nothing(qtbot, empty, article, shown):
    report = run.import_files_dialog(None, empty, [article], published="2025-06-10", dry_run=True)
    assert report.created["source"] == 1
    assert empty.counts()["source"] == 0
    assert shown["result"][0].windowTitle() == "Checked, Nothing Written"


def test_errors_are_listed_with_file_and_line_and_nothing_is_written(qtbot, empty, tmp_path, shown):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "actor", "name": "أ"}\n{"kind": "actor"}\nnot json\n', encoding="utf-8")
    assert run.import_files_dialog(None, empty, [bad]) is None
    assert empty.counts()["actor"] == 0
    (dialog,) = shown["errors"]
    lines = strip(dialog.text.toPlainText()).splitlines()
    # The field is named by its label, the kind by its code as core's English template has it.
    assert lines[0].startswith(f"{bad}:2: Name: ") and "required" in lines[0]
    assert lines[1].startswith(f"{bad}:3: invalid JSON")
    assert dialog.text.isReadOnly()
    dialog.copy_all()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()


def _click_cancel_when_shown(qtbot) -> None:
    def attempt():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, run.ImportProgress) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, attempt)
            return
        dialogs[0].findChild(QPushButton).click()
    QTimer.singleShot(20, attempt)


@pytest.mark.parametrize("core_noticed", [True, False])
def test_cancel_writes_nothing(qtbot, empty, article, shown, monkeypatch, core_noticed):
    """Cancel rolls everything back, whether core's check raises or the import had just finished."""
    before = snapshot(empty)

    def slow_import(store, paths, *, progress=None, cancelled=None, **options):
        store.put({"kind": "actor", "id": "actor:half-written", "name": "نصف مكتوب"})
        deadline = time.monotonic() + 20
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        if core_noticed:
            raise Cancelled()
        return ImportReport()

    monkeypatch.setattr(run.core_importing, "import_files", slow_import)
    _click_cancel_when_shown(qtbot)
    assert run.import_files_dialog(None, empty, [article]) is None
    assert snapshot(empty) == before
    assert shown["info"] == ["The import was cancelled; nothing was written."]


def test_a_thread_cancelled_before_it_starts_writes_nothing(qtbot, empty, article):
    thread = run.ImportThread(empty.path, [article], {"published": "2025-06-10"})
    thread.cancel()
    with qtbot.waitSignal(thread.done, timeout=20_000):
        thread.start()
    thread.wait()
    assert thread.outcome.cancelled and thread.outcome.report is None
    assert empty.counts()["source"] == 0


def test_progress_shows_the_counts_core_reports(qtbot, empty, article, shown, monkeypatch):
    labels_seen = []
    original = run.ImportProgress.setLabelText
    monkeypatch.setattr(run.ImportProgress, "setLabelText",
                        lambda self, text: labels_seen.append(text) or original(self, text))

    def reporting_import(store, paths, *, progress=None, cancelled=None, **options):
        from desktop.core.errors import Notice
        progress(Notice("progress.checked", count=50_000))
        progress(Notice("progress.indexed", count=50_000))
        return ImportReport()

    monkeypatch.setattr(run.core_importing, "import_files", reporting_import)
    run.import_files_dialog(None, empty, [article])
    assert labels_seen[0] == "Importing 1 file…"
    shown_text = [text.replace("\u2068", "").replace("\u2069", "") for text in labels_seen]
    assert "50,000 records checked" in shown_text and "50,000 records indexed" in shown_text
    assert run.progress_text("something else") == "something else"


# --- CSV column mapping ---------------------------------------------------------------------------


def test_which_files_need_a_mapping(article):
    assert mapping.needs_mapping(os.path.join(FIXTURES, "mapped_sample.csv"))
    assert not mapping.needs_mapping(os.path.join(FIXTURES, "acled_sample.csv"))
    assert not mapping.needs_mapping(os.path.join(FIXTURES, "gdelt_sample.tsv"))
    assert not mapping.needs_mapping(article)


def test_mapping_dialog_shows_the_file_and_guesses_by_name(qtbot):
    dialog = mapping.ColumnMappingDialog(os.path.join(FIXTURES, "mapped_sample.csv"))
    qtbot.addWidget(dialog)
    assert dialog.preview.columnCount() == 7 and dialog.preview.rowCount() >= 2
    assert dialog.preview.horizontalHeaderItem(0).text() == "headline"
    assert dialog.preview.item(0, 0).text() == "اشتباكات قرب الحدود"
    assert dialog.mapping() == {"title": "headline", "date": "day", "place": "town", "country": "country",
                                "actors": "who", "lat": "lat", "lon": "lon"}
    assert dialog.buttons.button(QDialogButtonBox.Save).isEnabled()


def test_mapping_dialog_requires_a_title(qtbot):
    dialog = mapping.ColumnMappingDialog(os.path.join(FIXTURES, "mapped_sample.csv"))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    dialog.combos["title"].setCurrentIndex(0)
    assert not save.isEnabled()
    assert "title" in dialog.message.text()
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    dialog.combos["title"].setCurrentIndex(dialog.combos["title"].findData("town"))
    assert save.isEnabled() and dialog.message.text() == ""
    assert dialog.mapping()["title"] == "town"


def test_guesses_arabic_headers_and_uses_each_column_once():
    guess = mapping.guess_mapping(["العنوان", "التاريخ", "المحافظة", "الأطراف", "ملاحظات", "id"])
    assert guess == {"title": "العنوان", "date": "التاريخ", "admin1": "المحافظة", "actors": "الأطراف",
                     "notes": "ملاحظات", "id": "id"}
    crowded = mapping.guess_mapping(["actor", "actor1", "actors", "date", "Date"])
    assert crowded == {"date": "date", "actors": "actors", "actor1": "actor1"}


def test_the_chosen_mapping_imports_the_csv(qtbot, empty, shown):
    path = os.path.join(FIXTURES, "mapped_sample.csv")
    dialog = mapping.ColumnMappingDialog(path)
    qtbot.addWidget(dialog)
    report = run.import_files_dialog(None, empty, [path], mapping=dialog.mapping())
    assert report is not None and report.created["event"] >= 2


def test_import_paths_maps_csvs_separately_and_offers_review(qtbot, empty, article, monkeypatch):
    csv_path = os.path.join(FIXTURES, "mapped_sample.csv")
    monkeypatch.setattr(importing, "ask_column_mapping",
                        lambda parent, path: mapping.MappingChoice({"title": "headline", "date": "day"}, "sample"))
    monkeypatch.setattr(importing, "show_outcome",
                        lambda parent, outcome, can_review=False: run.ImportResultDialog.REVIEW)
    reviewed_sources, imported = [], []
    monkeypatch.setattr(importing, "review_pending_dialog",
                        lambda parent, store, stack, changes, sources: reviewed_sources.append(sources))
    from desktop.core import article_meta
    from desktop.ui.dialogs import article_sheet
    # The article's sheet, accepted with a date the analyst typed.
    monkeypatch.setattr(article_sheet, "capture", lambda parent, path=None, text=None: article_meta.article_record(
        article_sheet.read(path, text), {"published": "2025-06-10"}))
    reports = importing.import_paths(None, empty, [article, csv_path], on_imported=imported.append)
    assert len(reports) == 2 and imported == reports
    assert reports[0].created["source"] == 1 and reports[1].created["event"] >= 2
    assert reviewed_sources[0] == core_review.unreviewed_sources(empty)


# --- reviewing proposals --------------------------------------------------------------------------


def _dialog(qtbot, store, source_id, stack=None) -> review_ui.ReviewDialog:
    dialog = review_ui.ReviewDialog(store, source_id, stack)
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog, predicate) -> dict:
    for row, rec in enumerate(dialog.proposals):
        if predicate(rec):
            dialog.tree.setCurrentItem(dialog.tree.topLevelItem(row))
            return rec
    raise AssertionError("no such proposal")


def _speaker(rec) -> bool:
    return rec["kind"] == "actor" and rec["name"] == "فؤاد حسين"


def test_article_html_escapes_each_piece_and_wraps_spans():
    text = "a <i> b & c"
    out = review_ui.article_html(text, [{"kind": "actor", "source_span": [2, 5]},
                                        {"kind": "quote", "source_span": [0, 11]}], rtl=False)
    assert f'<span style="{review_ui.kind_style("actor")}">&lt;i&gt;</span>' in out
    assert f'<span style="{review_ui.kind_style("quote")}"> b &amp; c</span>' in out
    assert review_ui.kind_style("actor") != review_ui.kind_style("quote")
    assert '<a name="p0"></a>' in out and '<a name="p1"></a>' in out
    assert "<i>" not in out


def test_review_shows_the_article_as_text_with_every_span_highlighted(qtbot, reviewed):
    store, source_id = reviewed
    dialog = _dialog(qtbot, store, source_id)
    body = store.get(source_id)["body"]
    page = dialog.article_html
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<b>x</b>" in dialog.browser.toPlainText()
    assert "<b>x</b>" in dialog.heading.text()          # plain text, not markup
    for rec in dialog.proposals:
        a, b = rec["source_span"]
        assert f'<a name="{review_ui.anchor(dialog.proposals.index(rec))}">' in page
        if rec["kind"] in ("actor", "place") and rec["name"] == body[a:b]:
            assert f'{html.escape(body[a:b])}</span>' in page
    assert f'>{html.escape("فؤاد حسين")}</span>' in page
    assert dialog.tree.topLevelItemCount() == len(core_review.proposals_for(store, source_id))


def test_selecting_a_proposal_emphasises_its_span(qtbot, reviewed):
    store, source_id = reviewed
    dialog = _dialog(qtbot, store, source_id)
    quote = _select(dialog, lambda r: r["kind"] == "quote")
    selected = f'<span style="{review_ui.STYLE_SELECTED}">'
    assert selected + html.escape("الحكومة ملتزمة بحماية الحدود ") in dialog.article_html
    # The reason is worded again for the dialog (the article's words isolated), the same English words.
    assert quote["text"] in dialog.detail.text() and quote["notes"] in strip(dialog.detail.text())
    assert not dialog.merge_button.isEnabled()
    _select(dialog, _speaker)
    assert f'{selected}{html.escape("فؤاد حسين")}</span>' in dialog.article_html
    assert dialog.merge_button.isEnabled()


def test_accept_confirms_one_and_undo_returns_it(qtbot, reviewed):
    store, source_id = reviewed
    stack = QUndoStack()
    dialog = _dialog(qtbot, store, source_id, stack)
    n = len(dialog.proposals)
    rec = _select(dialog, lambda r: r["kind"] == "event")
    dialog.accept_current()
    assert store.get(rec["id"]).get("review", "confirmed") == "confirmed"
    assert len(dialog.proposals) == n - 1 and rec["id"] not in [p["id"] for p in dialog.proposals]
    stack.undo()
    assert store.get(rec["id"])["review"] == "unreviewed"
    assert len(dialog.proposals) == n
    stack.redo()
    assert store.get(rec["id"]).get("review", "confirmed") == "confirmed"


def test_reject_deletes_and_undo_restores(qtbot, reviewed):
    store, source_id = reviewed
    stack = QUndoStack()
    dialog = _dialog(qtbot, store, source_id, stack)
    rec = _select(dialog, lambda r: r["kind"] == "place")
    dialog.reject_current()
    assert store.get(rec["id"]) is None
    stack.undo()
    assert store.get(rec["id"]) == rec


@pytest.mark.parametrize("answer", [True, False])
def test_rejecting_an_actor_with_quotes_asks_and_rejects_them_too(qtbot, reviewed, monkeypatch, answer):
    store, source_id = reviewed
    dialog = _dialog(qtbot, store, source_id, QUndoStack())
    asked = []
    monkeypatch.setattr(dialog, "_confirm_reject_quotes", lambda rec, n: asked.append(n) or answer)
    rec = _select(dialog, _speaker)
    (quote_id,) = core_review.quotes_of(store, rec["id"])
    dialog.reject_current()
    assert asked == [1]
    assert (store.get(rec["id"]) is None) == answer
    assert (store.get(quote_id) is None) == answer


def test_merge_into_an_existing_actor_and_undo(qtbot, reviewed, monkeypatch):
    store, source_id = reviewed
    store.put({"kind": "actor", "id": "actor:fuad-hussein", "name": "فؤاد محمد حسين", "type": "person"})
    stack = QUndoStack()
    dialog = _dialog(qtbot, store, source_id, stack)
    before = snapshot(store)
    rec = _select(dialog, _speaker)
    (quote_id,) = core_review.quotes_of(store, rec["id"])
    monkeypatch.setattr(dialog, "_pick_merge_target", lambda r: ("actor:fuad-hussein", True))
    dialog.merge_current()
    assert store.get(rec["id"]) is None
    assert store.get(quote_id)["speaker"] == "actor:fuad-hussein"
    assert store.get(quote_id)["review"] == "unreviewed"
    assert "فؤاد حسين" in store.get("actor:fuad-hussein")["aliases"]
    assert all(p["id"] != rec["id"] for p in dialog.proposals)
    stack.undo()
    assert snapshot(store) == before


def test_merge_dialog_picks_by_name_or_alias_and_not_the_proposal_itself(qtbot, reviewed):
    store, source_id = reviewed
    store.put({"kind": "actor", "id": "actor:fuad-hussein", "name": "فؤاد محمد حسين",
               "aliases": ["وزير الخارجية فؤاد حسين"]})
    proposal = next(p for p in core_review.proposals_for(store, source_id) if _speaker(p))
    dialog = review_ui.MergeDialog(store, proposal)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    # (QTest cannot type Arabic: set the text and say the user edited it, as typing would.)
    dialog.target.setText("فؤاد محمد")
    dialog.target.textEdited.emit("فؤاد محمد")
    offered = dialog.target.popup().model()
    assert "فؤاد محمد حسين" in [offered.index(row, 0).data() for row in range(offered.rowCount())]
    assert not ok.isEnabled()                      # a prefix names no one yet
    qtbot.keyClick(dialog.target, Qt.Key_Return)   # the best suggestion is current: Enter takes it
    assert dialog.target_id() == "actor:fuad-hussein" and ok.isEnabled()
    dialog.target.setText("وزير الخارجية فؤاد حسين")
    assert dialog.target_id() == "actor:fuad-hussein" and ok.isEnabled()
    dialog.target.setText("فؤاد حسين")
    assert not ok.isEnabled() and "itself" in dialog.problem.text()


def test_edit_saves_through_the_record_editor_and_keeps_the_record_unreviewed(qtbot, reviewed, monkeypatch):
    store, source_id = reviewed
    dialog = _dialog(qtbot, store, source_id, QUndoStack())
    rec = _select(dialog, lambda r: r["kind"] == "quote")
    # The app's record editor loads the proposal and gives it back unchanged when saved as it is.
    from desktop.ui.dialogs.record_editor import RecordEditor
    monkeypatch.setattr(RecordEditor, "exec", lambda self: QDialog.Accepted)
    assert dialog._edit_record(rec) == rec
    monkeypatch.setattr(dialog, "_edit_record", lambda r: {**r, "text": "نص معدّل"})
    dialog.edit_current()
    assert store.get(rec["id"])["text"] == "نص معدّل"
    assert store.get(rec["id"])["review"] == "unreviewed"


def test_accept_all_and_closing_leaves_nothing_accepted_by_itself(qtbot, reviewed, monkeypatch):
    store, source_id = reviewed
    dialog = _dialog(qtbot, store, source_id)
    n = len(dialog.proposals)
    dialog.reject()                                   # closing decides nothing
    assert len(core_review.proposals_for(store, source_id)) == n
    dialog = _dialog(qtbot, store, source_id)
    monkeypatch.setattr(dialog, "_confirm_accept_all", lambda count: count == n)
    dialog.accept_all()
    assert core_review.unreviewed_sources(store) == []
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.accept_all_button.isEnabled()
    assert not dialog.accept_button.isEnabled()


def test_review_source_dialog_returns_how_many_are_left(qtbot, reviewed, monkeypatch):
    store, source_id = reviewed
    monkeypatch.setattr(review_ui.ReviewDialog, "exec", lambda self: 0)
    assert review_ui.review_source_dialog(None, store, source_id) == len(
        core_review.proposals_for(store, source_id)) > 0


def test_a_failed_decision_changes_nothing_and_leaves_the_stack_empty(qtbot, reviewed, monkeypatch):
    store, source_id = reviewed
    stack = QUndoStack()
    dialog = _dialog(qtbot, store, source_id, stack)
    warnings = []
    monkeypatch.setattr(review_ui.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    rec = _select(dialog, _speaker)
    monkeypatch.setattr(dialog, "_pick_merge_target", lambda r: ("actor:nobody", True))
    dialog.merge_current()
    assert warnings and "actor:nobody" in warnings[0]
    assert stack.count() == 0 and store.get(rec["id"]) is not None


# --- translations ----------------------------------------------------------------------------------


def test_arabic_translations_load_and_unload(qtbot):
    from desktop.ui.app import install_language
    app = QApplication.instance()
    install_language(app, "ar")
    try:
        assert QCoreApplication.translate("ReviewDialog", "Accept All") == "قبول الكل"
        assert QCoreApplication.translate("ImportProgress", "Importing %n file(s)…", "", 3) == \
            "جارٍ استيراد 3 ملفات…"
        install_language(app, "ar")     # a second call replaces, never stacks
    finally:
        install_language(app, "en")
    assert QCoreApplication.translate("ReviewDialog", "Accept All") == "Accept All"



def test_an_import_from_the_window_takes_the_days_copy_first(qtbot, empty, article, shown, tmp_path, monkeypatch):
    from desktop.core.storage import backups
    monkeypatch.setenv("MARSAD_BACKUPS", str(tmp_path / "copies"))
    core_importing.import_files(empty, [article], published="2025-06-10")
    again = tmp_path / "again.txt"
    again.write_text(ARTICLE.replace("الأربعاء", "الخميس"), encoding="utf-8")
    run.import_files_dialog(None, empty, [again], published="2025-06-11")
    assert [c.reason for c in backups.listing(empty.path, tmp_path / "copies")] == ["daily"]


def test_mapping_dialog_guesses_arabic_headers_and_offers_fatalities(qtbot, arabic, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("التاريخ,العنوان,المكان,القتلى,الفاعل\n2024-01-20,هجوم صاروخي,الأنبار,0,فصائل مسلحة\n",
                    encoding="utf-8")
    dialog = mapping.ColumnMappingDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.mapping() == {"date": "التاريخ", "title": "العنوان", "place": "المكان", "fatalities": "القتلى",
                                "actor1": "الفاعل"}
    # What the analyst reads: the field's Arabic caption beside its combo, showing the guessed column.
    combo = dialog.combos["fatalities"]
    captions = [w for w in dialog.findChildren(QLabel) if w.buddy() is combo]
    assert [c.text() for c in captions] == ["القتلى"] and combo.currentText() == "القتلى"
    assert dialog.combos["actor1"].currentText() == "الفاعل"
    assert captions[0].mapTo(dialog, captions[0].rect().center()).x() > combo.mapTo(dialog, combo.rect().center()).x()
