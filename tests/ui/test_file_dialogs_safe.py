"""The file dialogs never open the files they list: closing any descriptor on the store drops this
process's SQLite locks (POSIX), and `marsad` on the command line then deletes the WAL under the window.

Opens are watched with inotify on the folder, which sees Qt's C++ reads as well as Python's.
"""
from __future__ import annotations

import ctypes
import os
import re
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDir, QFileInfo  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QTreeView  # noqa: E402

from desktop.ui import file_dialogs  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
IN_OPEN, IN_CLOSE_NOWRITE, IN_NONBLOCK = 0x20, 0x10, os.O_NONBLOCK
STORE_FILES = {"t.db", "t.db-wal", "t.db-shm"}


class OpenWatch:
    """The names of the files opened in `folder` (by anyone) since it was made."""

    def __init__(self, folder: Path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(IN_NONBLOCK)
        if self.fd < 0:
            pytest.skip("no inotify here")
        self.libc.inotify_add_watch(self.fd, str(folder).encode(), IN_OPEN | IN_CLOSE_NOWRITE)

    def opened(self) -> set[str]:
        names: set[str] = set()
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return names
            at = 0
            while at < len(data):
                _wd, _mask, _cookie, size = struct.unpack_from("iIII", data, at)
                name = data[at + 16:at + 16 + size].split(b"\0", 1)[0].decode()
                if name:
                    names.add(name)
                at += 16 + size

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def store_folder(tmp_path):
    """A folder as an open store leaves it: the store, its WAL and shared memory, and an export."""
    folder = tmp_path / "stores"
    folder.mkdir()
    (folder / "t.db").write_bytes(b"SQLite format 3\0" + bytes(4080))
    (folder / "t.db-wal").write_bytes(bytes(32))
    (folder / "t.db-shm").write_bytes(bytes(32))
    (folder / "export.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    return folder


def _list(qtbot, dialog: QFileDialog, folder: Path) -> QTreeView:
    """Show `dialog` in its detail view until it lists `folder`'s store, and paint every cell."""
    qtbot.addWidget(dialog)
    dialog.setFilter(QDir.AllEntries | QDir.Hidden | QDir.NoDotAndDotDot)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) >= 4, timeout=5000)
    qtbot.wait(300)
    dialog.grab()
    return view


def _row(view: QTreeView, name: str) -> list[str]:
    model = view.model()
    for row in range(model.rowCount(view.rootIndex())):
        cells = [model.index(row, column, view.rootIndex()).data() or "" for column in range(4)]
        if cells[0] == name:
            return cells
    raise AssertionError(f"{name} is not listed")


def test_qt_own_dialog_opens_the_store_files_so_the_watch_can_see_it(qtbot, store_folder):
    """The harm, and that the watch sees it: Qt's dialog as it comes reads the store and its WAL."""
    watch = OpenWatch(store_folder)
    dialog = QFileDialog(None, "Open Store", str(store_folder), "All files (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        _list(qtbot, dialog, store_folder)
        assert watch.opened() & STORE_FILES
    finally:
        watch.close()


@pytest.mark.parametrize("accept", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_the_app_dialog_lists_a_store_folder_without_opening_a_file(qtbot, store_folder, accept):
    watch = OpenWatch(store_folder)
    dialog = file_dialogs.make_dialog(None, "Open Store", str(store_folder), "Marsad stores (*.db);;All files (*)",
                                      QFileDialog.FileMode.AnyFile, accept)
    dialog.selectNameFilter("All files (*)")
    try:
        view = _list(qtbot, dialog, store_folder)
        assert watch.opened() == set()
        # What the analyst sees of them is still there: each file with its kind, from its name.
        assert strip(_row(view, "t.db")[2]) == "DB file"
        assert strip(_row(view, "export.jsonl")[2]) == "JSONL file"
        assert {strip(_row(view, name)[2]) for name in ("t.db-wal", "t.db-shm")} == {"DB-WAL file", "DB-SHM file"}
    finally:
        watch.close()


def test_the_icon_provider_names_a_file_without_reading_it(qtbot, store_folder, arabic):
    watch = OpenWatch(store_folder)
    provider = file_dialogs.NameOnlyIconProvider()
    try:
        for name in STORE_FILES:
            info = QFileInfo(str(store_folder / name))
            assert not provider.icon(info).isNull()
            provider.type(info)
        assert watch.opened() == set()
        # In the Arabic UI its words are Arabic, the extension kept whole inside them.
        assert provider.type(QFileInfo(str(store_folder / "t.db"))) == "ملف \u2066DB\u2069"
        assert provider.type(QFileInfo(str(store_folder))) == "مجلد"
    finally:
        watch.close()


def test_the_dialog_keeps_the_title_filters_folder_and_named_file(qtbot, store_folder):
    dialog = file_dialogs.make_dialog(None, "Back Up", str(store_folder / "t-backup.db"), "Marsad stores (*.db)",
                                      QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Back Up"
    assert dialog.nameFilters() == ["Marsad stores (*.db)"]
    assert Path(dialog.directory().absolutePath()) == store_folder
    assert Path(dialog.selectedFiles()[0]).name == "t-backup.db"
    assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIconProvider)


def test_every_file_dialog_goes_through_the_safe_helper():
    """Qt's static QFileDialog functions (or a dialog made by hand) would list folders with Qt's provider."""
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"QFileDialog|QFileSystemModel|QFileIconProvider|QMimeDatabase|get(Open|Save)File|"
                     r"getExistingDirectory", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_open_store_in_the_store_folder_leaves_the_store_files_unopened(qtbot, sample_store, language):
    """File ▸ Open Store… then Cancel, as the reviewer did, over a store open in WAL mode."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import shown_window
    window = shown_window(qtbot, sample_store, language=language)
    folder = sample_store.path.parent
    sample_store.counts()
    assert {p.name for p in folder.iterdir()} >= {sample_store.path.name + "-wal"}
    watch = OpenWatch(folder)
    seen = {}

    def look_then_cancel():
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        seen["folder"] = Path(dialog.directory().absolutePath())
        view = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 1, timeout=5000)
        qtbot.wait(300)
        dialog.grab()
        seen["listed"] = [view.model().index(r, 0, view.rootIndex()).data()
                          for r in range(view.model().rowCount(view.rootIndex()))]
        dialog.reject()

    QTimer.singleShot(0, look_then_cancel)
    try:
        window.open_store()
        store_files = {sample_store.path.name + suffix for suffix in ("", "-wal", "-shm")}
        assert seen["folder"] == folder and sample_store.path.name in seen["listed"]
        assert seen["title"] == ("فتح مخزن" if language == "ar" else "Open Store")
        assert watch.opened() & store_files == set()
    finally:
        watch.close()
