"""One place for everything the app remembers between runs (QSettings, in groups).

Frescobaldi style: each group is a small object with typed accessors, so no
key string is spelled twice and every default lives here.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

LANGUAGES = ("ar", "en")


def qsettings() -> QSettings:
    return QSettings()


class _Group:
    name = ""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or qsettings()

    def _get(self, key: str, default, kind=None):
        return self._read(self.name, key, default, kind)

    def _read(self, group: str, key: str, default, kind=None):
        self._s.beginGroup(group)
        try:
            if kind is None:
                return self._s.value(key, default)
            return self._s.value(key, default, type=kind)
        finally:
            self._s.endGroup()

    def _has(self, group: str, key: str) -> bool:
        self._s.beginGroup(group)
        try:
            return self._s.contains(key)
        finally:
            self._s.endGroup()

    def _set(self, key: str, value) -> None:
        self._s.beginGroup(self.name)
        self._s.setValue(key, value)
        self._s.endGroup()


class General(_Group):
    # Not "general": Qt's INI format (the native one on Linux) writes a group of that name as
    # [%General] and reads it back as "General", so the last store, the language and the digits were
    # written and never found again. What was written under the old name is read from there.
    name = "app"
    WRITTEN_AS = "General"

    def _get(self, key: str, default, kind=None):
        group = self.name if self._has(self.name, key) else self.WRITTEN_AS
        return self._read(group, key, default, kind)

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

    def shown_view(self) -> str:
        """The story view shown under the tables at the last close ("" for none)."""
        return str(self._get("shown_view", "") or "")

    def set_shown_view(self, name: str | None) -> None:
        self._set("shown_view", name or "")

    def story_splitter(self) -> QByteArray:
        value = self._get("story_splitter", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_story_splitter(self, data: QByteArray) -> None:
        self._set("story_splitter", data)


class Columns(_Group):
    """Header state (widths, order, hidden) of each tab's table."""
    name = "columns"

    def header(self, kind: str) -> QByteArray:
        value = self._get(kind, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_header(self, kind: str, data: QByteArray) -> None:
        self._set(kind, data)

    def sized(self, kind: str) -> bool:
        """Whether the analyst sized the tab's columns (else they fill the table's width)."""
        return str(self._get(f"{kind}_sized", "false")).lower() == "true"

    def set_sized(self, kind: str, sized: bool) -> None:
        self._set(f"{kind}_sized", "true" if sized else "false")

    def order(self, kind: str) -> tuple[str, bool] | None:
        """The column (by name) and direction the analyst last sorted the tab by; None before any.

        By name, not as the header's arrow: a search's ranking shows no arrow, and the order it
        replaced, which comes back when the search ends, would be lost with it."""
        value = _json_list(self, f"{kind}_order")
        if len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], bool):
            return value[0], value[1]
        return None

    def set_order(self, kind: str, column: str, descending: bool) -> None:
        _set_json_list(self, f"{kind}_order", [column, bool(descending)])


def geometry_fits_screens(rect: QRect) -> bool:
    """A restored window must show its title bar on a screen that exists now."""
    if rect.isEmpty():
        return False
    top = QRect(rect.left(), rect.top(), rect.width(), 40)
    for screen in QGuiApplication.screens():
        if screen.availableGeometry().intersects(top):
            return True
    return False


def _json_list(group: _Group, key: str) -> list:
    """A list kept as JSON text: QSettings' own lists come back as a bare string when they hold one item."""
    import json
    try:
        value = json.loads(str(group._get(key, "[]")))
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _set_json_list(group: _Group, key: str, items: list) -> None:
    import json
    group._set(key, json.dumps(items, ensure_ascii=False))


class RecentStores(_Group):
    """The stores opened lately, newest first (File ▸ Open Recent)."""
    name = "recent_stores"
    LIMIT = 8

    def paths(self) -> list[str]:
        return [p for p in _json_list(self, "paths") if isinstance(p, str) and p][:self.LIMIT]

    def add(self, path: str) -> None:
        rest = [p for p in self.paths() if p != path]
        _set_json_list(self, "paths", ([path] + rest)[:self.LIMIT])

    def remove(self, paths) -> None:
        gone = set(paths)
        _set_json_list(self, "paths", [p for p in self.paths() if p not in gone])

    def clear(self) -> None:
        _set_json_list(self, "paths", [])


class SearchHistory(_Group):
    """The searches run lately, newest first, offered as the search field completes."""
    name = "search_history"
    LIMIT = 30

    def queries(self) -> list[str]:
        return [q for q in _json_list(self, "queries") if isinstance(q, str) and q.strip()][:self.LIMIT]

    def add(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        rest = [q for q in self.queries() if q != query]
        _set_json_list(self, "queries", ([query] + rest)[:self.LIMIT])

    def remove(self, query: str) -> None:
        _set_json_list(self, "queries", [q for q in self.queries() if q != query.strip()])

    def clear(self) -> None:
        _set_json_list(self, "queries", [])


class SavedSearches(_Group):
    """Searches the analyst named, in the order they were saved (a name saved again replaces its search)."""
    name = "saved_searches"

    def items(self) -> list[tuple[str, str]]:
        out = []
        for item in _json_list(self, "items"):
            if isinstance(item, dict) and isinstance(item.get("name"), str) and isinstance(item.get("query"), str):
                out.append((item["name"], item["query"]))
        return out

    def save(self, name: str, query: str) -> None:
        name = name.strip()
        if not name:
            return
        items = self.items()
        names = [n for n, _ in items]
        if name in names:
            items[names.index(name)] = (name, query)
        else:
            items.append((name, query))
        self._store(items)

    def remove(self, name: str) -> None:
        self._store([(n, q) for n, q in self.items() if n != name])

    def _store(self, items: list[tuple[str, str]]) -> None:
        _set_json_list(self, "items", [{"name": n, "query": q} for n, q in items])


class Appearance(_Group):
    """The tables' and the detail pane's text size (0: the system's)."""
    name = "appearance"
    FONT_RANGE = (0, 32)

    def font_size(self) -> int:
        try:
            value = int(self._get("font_size", 0))
        except (TypeError, ValueError):
            return 0
        low, high = self.FONT_RANGE
        return value if low <= value <= high else 0

    def set_font_size(self, points: int) -> None:
        low, high = self.FONT_RANGE
        self._set("font_size", min(max(int(points), low), high))


class BriefingDefaults(_Group):
    """What a new briefing starts with."""
    name = "briefing"

    def paper(self) -> str:
        from desktop.core.briefing import PAPERS
        value = str(self._get("paper", PAPERS[0]))
        return value if value in PAPERS else PAPERS[0]

    def set_paper(self, paper: str) -> None:
        from desktop.core.briefing import PAPERS
        if paper in PAPERS:
            self._set("paper", paper)

    def language(self, ui_language: str) -> str:
        """The language a briefing starts in: the one the analyst last chose in the composer, else the UI's."""
        value = str(self._get("language", ""))
        if value in LANGUAGES:
            return value
        return ui_language if ui_language in LANGUAGES else LANGUAGES[0]

    def set_language(self, language: str) -> None:
        if language in LANGUAGES:
            self._set("language", language)

    def pdf_folder(self) -> str:
        """Where the last briefing PDF was written ("" before the first)."""
        return str(self._get("pdf_folder", ""))

    def set_pdf_folder(self, folder: str) -> None:
        self._set("pdf_folder", folder)


class ColumnMappings(_Group):
    """The column mapping last chosen for each set of CSV column headers: a file with the same
    columns (in any order) maps itself the same way next time."""
    name = "column_mappings"

    @staticmethod
    def _key(columns) -> str:
        # A digest: header names hold any character, which QSettings keys must not.
        import hashlib
        names = sorted({str(c).strip() for c in columns if str(c).strip()})
        return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()

    def mapping(self, columns) -> dict[str, str]:
        """The mapping chosen last for these columns ({} when none), as field -> column."""
        import json
        try:
            value = json.loads(str(self._get(self._key(columns), "") or "{}"))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}

    def set_mapping(self, columns, mapping: dict[str, str]) -> None:
        import json
        self._set(self._key(columns), json.dumps(mapping, ensure_ascii=False, sort_keys=True))

    def dataset(self, columns) -> str:
        """The dataset name chosen last for a file with these columns ("" when none)."""
        value = self._get(self._key(columns) + ".dataset", "")
        return value if isinstance(value, str) else ""

    def set_dataset(self, columns, name: str) -> None:
        self._set(self._key(columns) + ".dataset", name)


class Capture(_Group):
    """The outlets and the language used on the import sheet lately, offered on the next one."""
    name = "capture"
    LIMIT = 12

    def outlets(self) -> list[str]:
        return [o for o in _json_list(self, "outlets") if isinstance(o, str) and o.strip()][:self.LIMIT]

    def language(self) -> str:
        value = str(self._get("language", ""))
        return value if value in ("ar", "en") else ""

    def remember(self, outlet: str, language: str) -> None:
        if outlet.strip():
            rest = [o for o in self.outlets() if o != outlet]
            _set_json_list(self, "outlets", ([outlet] + rest)[:self.LIMIT])
        if language in ("ar", "en"):
            self._set("language", language)


class RecordForms(_Group):
    """The size the user last gave the form of each kind of record (none: the form's own, whole)."""
    name = "record_forms"

    def size(self, kind: str) -> QSize | None:
        value = self._get(kind, None)
        return value if isinstance(value, QSize) and value.isValid() and not value.isEmpty() else None

    def set_size(self, kind: str, size: QSize) -> None:
        self._set(kind, QSize(size))
