"""No two actions of the window share a key: Qt then runs neither («Ambiguous shortcut overload»), as
Ctrl+Shift+V did for both Article from Clipboard and Review Proposals."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.ui.conftest import shown_window


@pytest.mark.parametrize("language", ["en", "ar"], indirect=True)
def test_no_two_actions_share_a_key(qtbot, store, language):
    window = shown_window(qtbot, store, language=language)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in (Qt.WindowShortcut, Qt.ApplicationShortcut):
            continue
        for key in action.shortcuts():
            text = key.toString(QKeySequence.PortableText)
            if text:
                owners.setdefault(text, []).append(action.text() or action.objectName())
    clashes = {key: names for key, names in owners.items() if len(set(names)) > 1}
    assert clashes == {}


@pytest.mark.parametrize("language", ["en", "ar"], indirect=True)
def test_back_and_forward_keys_point_the_way_their_arrows_do(qtbot, store, language):
    """In Arabic the Back arrow points right (mirrored), so its key is Alt+Right; English keeps Alt+Left."""
    window = shown_window(qtbot, store, language=language)
    back = window.act_back.shortcut().toString(QKeySequence.PortableText)
    forward = window.act_forward.shortcut().toString(QKeySequence.PortableText)
    assert (back, forward) == (("Alt+Right", "Alt+Left") if language == "ar" else ("Alt+Left", "Alt+Right"))
