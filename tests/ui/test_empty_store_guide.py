"""An empty store's tabs say how to begin (import an article, a new record, the sample store), not an empty grid."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui import empty_notes  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402



@pytest.fixture
def window(qtbot, empty):
    w = MainWindow(empty, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_tab_of_an_empty_store_shows_the_guide(window):
    for kind in views.TAB_ORDER:
        window.show_kind(kind)
        tab = window.current_tab()
        assert tab.note_shown and not tab.view.isVisible()
        text = tab.note.text()
        for link in (empty_notes.IMPORT, empty_notes.NEW, empty_notes.SAMPLE):
            assert f'href="{link}"' in text


def test_the_guides_links_do_what_they_say(window, monkeypatch):
    done = []
    monkeypatch.setattr(window, "import_files", lambda: done.append("import"))
    monkeypatch.setattr(window, "new_record", lambda kind: done.append(("new", kind)))
    window.sample_requested.connect(lambda: done.append("sample"))
    window.show_kind("quote")
    tab = window.current_tab()
    for link in (empty_notes.IMPORT, empty_notes.NEW, empty_notes.SAMPLE):
        tab.note.linkActivated.emit(link)
    assert done == ["import", ("new", "quote"), "sample"]


def test_the_first_record_replaces_the_guide_and_deleting_it_brings_it_back(window, empty):
    window.show_kind("place")
    tab = window.current_tab()
    empty.put({"kind": "place", "id": "place:x", "name": "مكان"})
    window._store_changed(["place"])
    assert not tab.note_shown and tab.view.isVisible() and tab.model.rowCount() == 1
    empty.delete("place:x")
    window._store_changed(["place"])
    assert tab.note_shown


def test_a_read_only_store_offers_only_the_sample(qtbot, tmp_path):
    Store.create(tmp_path / "ro.db").close()
    store = Store.open(tmp_path / "ro.db", readonly=True)
    try:
        w = MainWindow(store, "en")
        qtbot.addWidget(w)
        text = w.current_tab().note.text()
        assert "read-only" in text and empty_notes.IMPORT not in text and empty_notes.SAMPLE in text
    finally:
        store.close()


def test_filters_that_leave_nothing_say_so(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.show_kind("event")
    tab = w.current_tab()
    with qtbot.waitSignal(tab.filters_changed, timeout=3000):
        tab.filter_bar.date_from.setText("2099-01-01")     # applied after a pause in the typing
    assert tab.note_shown and "filters" in tab.note.text()


def test_the_sample_store_is_made_once_and_opened(qapp, tmp_path, monkeypatch, empty):
    from desktop.ui import app as ui_app
    monkeypatch.setattr(ui_app, "sample_store_path", lambda: tmp_path / "data" / "sample.db")
    monkeypatch.setattr(ui_app.RunningApp, "_build", lambda self, search="", kind=None: None)
    session = ui_app.RunningApp.__new__(ui_app.RunningApp)
    session.app, session.store, session.language, session.window = qapp, empty, "en", None
    switched = []
    monkeypatch.setattr(ui_app.RunningApp, "switch_store", lambda self, path, create: switched.append(path))
    session.open_sample()
    sample = tmp_path / "data" / "sample.db"
    assert switched == [str(sample)]
    with Store.open(sample) as made:
        assert made.counts()["quote"] == 5


def _blocks(label):
    """The label's laid-out text blocks and where each stands: what the user sees of the guide."""
    from PySide6.QtGui import QTextDocument
    (document,) = label.findChildren(QTextDocument)
    layout = document.documentLayout()
    block, out = document.begin(), {}
    while block.isValid():
        out[block.text()] = layout.blockBoundingRect(block)
        block = block.next()
    return out


@pytest.mark.parametrize("language", ["ar", "en"])
def test_each_step_has_its_link_on_the_start_side(qtbot, empty, qapp, language):
    """Qt does not mirror a rich-text table: the Arabic guide had its links on the left of their
    explanations. Arabic: the link on the right, its explanation to its left; English the reverse."""
    from desktop.ui.app import install_language
    install_language(qapp, language)
    try:
        w = MainWindow(empty, language)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        w.show_kind("event")
        notes = empty_notes.EmptyNotes()
        blocks = _blocks(w.current_tab().note)
        links = [notes.tr("Import an article"), notes.tr("Create a record"), notes.tr("Open the sample store")]
        explanations = [text for text in blocks if text and text not in links and blocks[text].y() > 0]
        assert len(explanations) == 3
        for link, explanation in zip(links, explanations):
            link_at, text_at = blocks[link], blocks[explanation]
            assert link_at.y() == text_at.y()
            if language == "ar":
                assert link_at.left() > text_at.right()
            else:
                assert link_at.right() < text_at.left()
    finally:
        install_language(qapp, "en")
