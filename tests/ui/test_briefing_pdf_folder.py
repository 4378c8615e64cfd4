"""Export PDF opens where the last briefing PDF went (remembered between runs), the first time in the
user's Documents (the home folder when there is none), never the folder the app was started from; its
file name is the briefing's date and title."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths  # noqa: E402

from desktop.ui import briefing  # noqa: E402
from desktop.ui.briefing import outputs as outputs_module  # noqa: E402

SEED_QUOTE = "quote:allawi-1"


@pytest.fixture
def places(tmp_path, monkeypatch):
    """A home folder of the test's own, with its Documents; the app started from another folder."""
    home, started = tmp_path / "home", tmp_path / "started"
    docs = home / "Documents"
    for folder in (docs, started):
        folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))     # no user-dirs.dirs: ~/Documents
    monkeypatch.chdir(started)
    assert QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) == str(docs)
    return docs, home


def _composer(qtbot, store):
    dialog = briefing.BriefingComposer(store, "en")
    qtbot.addWidget(dialog)
    dialog.add_ids([SEED_QUOTE])
    dialog.title_edit.setText("Ain al-Asad")
    return dialog


def _offered(monkeypatch, answer: str = "") -> list[str]:
    offered = []

    def dialog(parent, title, start, filters):
        offered.append(start)
        return answer, ""
    monkeypatch.setattr(outputs_module.file_dialogs, "save_file_name", dialog)
    return offered


def test_the_first_export_opens_in_documents_with_the_date_and_title(qtbot, store, places, monkeypatch):
    docs, _home = places
    composer = _composer(qtbot, store)
    offered = _offered(monkeypatch)
    composer.export_pdf()
    assert offered == [str(docs / f"{composer.spec().date} Ain al-Asad.pdf")]


def test_the_next_opens_where_the_last_pdf_went_even_after_a_restart(qtbot, store, places, tmp_path, monkeypatch):
    out = tmp_path / "briefings"
    out.mkdir()
    _offered(monkeypatch, str(out / "today.pdf"))
    assert _composer(qtbot, store).export_pdf() == out / "today.pdf"
    later = _composer(qtbot, store)         # another composer: the folder comes from the settings
    offered = _offered(monkeypatch)
    later.export_pdf()
    assert os.path.dirname(offered[0]) == str(out)
    # A remembered folder since removed: Documents again.
    (out / "today.pdf").unlink()
    out.rmdir()
    later.export_pdf()
    assert os.path.dirname(offered[1]) == str(places[0])


def test_without_a_documents_folder_the_home_folder(qtbot, store, places, monkeypatch):
    docs, home = places
    docs.rmdir()
    offered = _offered(monkeypatch)
    _composer(qtbot, store).export_pdf()
    assert os.path.dirname(offered[0]) == str(home)
