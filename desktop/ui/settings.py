"""One place for everything the app remembers between runs (QSettings, in groups).

Frescobaldi style: each group is a small object with typed accessors, so no
key string is spelled twice and every default lives here.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication

LANGUAGES = ("ar", "en")


def qsettings() -> QSettings:
    return QSettings()


class _Group:
    name = ""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or qsettings()

    def _get(self, key: str, default, kind=None):
        self._s.beginGroup(self.name)
        try:
            if kind is None:
                return self._s.value(key, default)
            return self._s.value(key, default, type=kind)
        finally:
            self._s.endGroup()

    def _set(self, key: str, value) -> None:
        self._s.beginGroup(self.name)
        self._s.setValue(key, value)
        self._s.endGroup()


class General(_Group):
    name = "general"

    def language(self) -> str:
        value = str(self._get("language", "ar"))
        return value if value in LANGUAGES else "ar"

    def set_language(self, lang: str) -> None:
        if lang in LANGUAGES:
            self._set("language", lang)

    def last_store(self) -> str:
        return str(self._get("last_store", ""))

    def set_last_store(self, path: str) -> None:
        self._set("last_store", path)

    def arabic_digits(self) -> bool:
        return bool(self._get("arabic_digits", False, bool))

    def set_arabic_digits(self, on: bool) -> None:
        self._set("arabic_digits", bool(on))


class Backups(_Group):
    """The automatic rolling copies: how many each store keeps (core prunes the oldest beyond it)."""
    name = "backups"
    KEPT_RANGE = (1, 100)

    def kept(self) -> int:
        from desktop.core.storage import backups
        try:
            value = int(self._get("kept", backups.env_keep()))
        except (TypeError, ValueError):
            return backups.env_keep()
        low, high = self.KEPT_RANGE
        return min(max(value, low), high)

    def set_kept(self, count: int) -> None:
        low, high = self.KEPT_RANGE
        self._set("kept", min(max(int(count), low), high))


def store_options() -> dict:
    """What every store the GUI opens is told: where its automatic copies go and how many it keeps."""
    from desktop import paths
    return {"backup_dir": paths.backups_dir(), "backup_keep": Backups().kept()}


class MainWindowState(_Group):
    name = "main_window"

    def geometry(self) -> QByteArray:
        value = self._get("geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_geometry(self, data: QByteArray) -> None:
        self._set("geometry", data)

    def state(self) -> QByteArray:
        value = self._get("state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_state(self, data: QByteArray) -> None:
        self._set("state", data)

    def splitter(self) -> QByteArray:
        value = self._get("splitter", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_splitter(self, data: QByteArray) -> None:
        self._set("splitter", data)

    def last_tab(self) -> str:
        from desktop.core import views
        return str(self._get("last_tab", views.TAB_ORDER[0]))

    def set_last_tab(self, kind: str) -> None:
        self._set("last_tab", kind)


class Columns(_Group):
    """Header state (widths, order, hidden) of each tab's table."""
    name = "columns"

    def header(self, kind: str) -> QByteArray:
        value = self._get(kind, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_header(self, kind: str, data: QByteArray) -> None:
        self._set(kind, data)


def geometry_fits_screens(rect: QRect) -> bool:
    """A restored window must show its title bar on a screen that exists now."""
    if rect.isEmpty():
        return False
    top = QRect(rect.left(), rect.top(), rect.width(), 40)
    for screen in QGuiApplication.screens():
        if screen.availableGeometry().intersects(top):
            return True
    return False
