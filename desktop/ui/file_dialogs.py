"""The app's file dialogs: Qt's own, knowing the files they list by name only.

On Linux, closing any descriptor a process holds on a file drops every POSIX
lock the process holds on that file, SQLite's among them. Qt's file dialog
opens each file it lists to guess its type (and icon) from its first bytes: in
a store's folder it opened and closed the store, its -wal and its -shm, after
which `marsad` on the command line believed it was the store's last user and
checkpointed and deleted the WAL under the window. So every file dialog goes
through here: Qt's dialog (a native one runs in this process too, and reads
what it likes) with an icon provider that decides from the name and from
whether it is a folder, never from what the file holds. Windows is spared:
its locks belong to the handle, and its native dialog is what analysts know.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from desktop.ui import file_listing
from desktop.ui.bidi import isolate_ltr


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from QFileInfo's name and kind (stat), never from the file's content."""

    def icon(self, what) -> QIcon:
        # Qt calls both overloads (icon(IconType) and icon(QFileInfo)) through this one method.
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return style.standardIcon(QStyle.SP_DriveHDIcon)
            if what.isDir():
                return style.standardIcon(QStyle.SP_DirLinkIcon if what.isSymLink() else QStyle.SP_DirIcon)
            return style.standardIcon(QStyle.SP_FileLinkIcon if what.isSymLink() else QStyle.SP_FileIcon)
        by_type = {QAbstractFileIconProvider.IconType.Computer: QStyle.SP_ComputerIcon,
                   QAbstractFileIconProvider.IconType.Desktop: QStyle.SP_DesktopIcon,
                   QAbstractFileIconProvider.IconType.Trashcan: QStyle.SP_TrashIcon,
                   QAbstractFileIconProvider.IconType.Network: QStyle.SP_DriveNetIcon,
                   QAbstractFileIconProvider.IconType.Drive: QStyle.SP_DriveHDIcon,
                   QAbstractFileIconProvider.IconType.Folder: QStyle.SP_DirIcon}
        return style.standardIcon(by_type.get(what, QStyle.SP_FileIcon))

    def type(self, info: QFileInfo) -> str:
        if info.isRoot():
            return QCoreApplication.translate("FileDialogs", "Drive")
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "File")
        # The extension is Latin letters: isolated, it keeps its place in the Arabic words.
        return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", isolate_ltr(suffix.upper()))


def make_dialog(parent: QWidget | None, caption: str, directory: str, filters: str,
                mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> QFileDialog:
    """A dialog like the one QFileDialog's static functions show (`directory` may end in a file name,
    then selected), but safe to open in a store's folder."""
    dialog = QFileDialog(parent, caption, directory, filters)
    # Before the event loop runs: the folder's listing arrives, and is described, from there.
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    # The dialog does not own its provider; the provider must live as long as the dialog.
    dialog._marsad_icon_provider = provider
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if dialog.testOption(QFileDialog.Option.DontUseNativeDialog):
        listing = file_listing.ShownListing(dialog)
        dialog.setProxyModel(listing)
        file_listing.lay_out(dialog)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), file_listing.chosen_filter(dialog.selectedNameFilter())
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getOpenFileName: (the file chosen or "", the filter chosen)."""
    files, chosen = _run(make_dialog(parent, caption, directory, filters, QFileDialog.FileMode.ExistingFile,
                                     QFileDialog.AcceptMode.AcceptOpen))
    return (files[0], chosen) if files else ("", "")


def open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                    filters: str = "") -> tuple[list[str], str]:
    """As QFileDialog.getOpenFileNames: (the files chosen, the filter chosen)."""
    files, chosen = _run(make_dialog(parent, caption, directory, filters, QFileDialog.FileMode.ExistingFiles,
                                     QFileDialog.AcceptMode.AcceptOpen))
    return (files, chosen) if files else ([], "")


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getSaveFileName: (the file to write or "", the filter chosen); the dialog asks
    before replacing a file that is there."""
    files, chosen = _run(make_dialog(parent, caption, directory, filters, QFileDialog.FileMode.AnyFile,
                                     QFileDialog.AcceptMode.AcceptSave))
    return (files[0], chosen) if files else ("", "")
