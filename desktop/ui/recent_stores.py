"""File ▸ Open Recent: the stores opened lately (settings.RecentStores), newest first.

The menu is filled each time it opens, so a store deleted or moved since is
shown greyed, with its path, and «Remove Missing Stores» forgets those.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop.ui import settings
from desktop.ui.bidi import isolate, isolate_ltr


def remember(path) -> None:
    """A store was opened: first in the list, and the one the app reopens next time.

    Kept absolute: a path as typed («--db a/ar.db») names another file, or none, once the
    app is started from another folder, and the analyst would think the work lost.
    """
    text = str(Path(path).expanduser().resolve())
    settings.RecentStores().add(text)
    settings.General().set_last_store(text)


def is_there(path: str) -> bool:
    """Whether a remembered store can be opened. An entry written relative by an older version is
    never read against the current folder (that may be another store): it counts as missing."""
    return bool(path) and Path(path).is_absolute() and Path(path).is_file()


def missing(paths: list[str]) -> list[str]:
    return [p for p in paths if not is_there(p)]


def fill(menu: QMenu, current: Path | None, open_path) -> None:
    """Fill `menu` with the recent stores; `open_path(path)` opens one."""
    menu.clear()
    paths = settings.RecentStores().paths()
    gone = set(missing(paths))
    shown = 0
    for path in paths:
        if current is not None and Path(path) == Path(current).resolve():
            continue    # the store already open
        shown += 1
        name = Path(path).name.replace("&", "&&")
        # The number is the mnemonic (Alt+1...), as in most desktop programs.
        text = (f"&{shown} " if shown < 10 else "") + isolate(name)
        if path in gone:
            text = QCoreApplication.translate("RecentStores", "%1 (missing)").replace("%1", text)
        action = menu.addAction(text, lambda _c=False, p=path: open_path(p))
        action.setObjectName(f"recent:{path}")
        action.setToolTip(isolate_ltr(path))
        action.setStatusTip(path)
        action.setEnabled(path not in gone)
    if not shown:
        none = menu.addAction(QCoreApplication.translate("RecentStores", "No other stores opened lately"))
        none.setEnabled(False)
    menu.addSeparator()
    prune = menu.addAction(QCoreApplication.translate("RecentStores", "Remove Missing Stores"),
                           lambda: settings.RecentStores().remove(gone))
    prune.setObjectName("recent_prune")
    prune.setEnabled(bool(gone))
    clear = menu.addAction(QCoreApplication.translate("RecentStores", "Clear the List"),
                           lambda: settings.RecentStores().clear())
    clear.setObjectName("recent_clear")
    clear.setEnabled(bool(paths))
