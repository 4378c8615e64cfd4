"""In the conflicts table each actor of an event reads «name (role)» in that order, whatever the scripts:
an Arabic role in the English UI stays after its own actor, and a Latin role in the Arabic UI does not pull
the next actor into its run. Each name and role is isolated, as in the detail pane."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402

from desktop.ui.bidi import FSI, PDI  # noqa: E402
from desktop.ui.team.conflicts_view import FIELD_COL, MINE_COL, NAME_ROLE, THEIRS_COL, ConflictsDialog  # noqa: E402
from tests.ui.team_stores import EVENT, edit, send  # noqa: E402

COALITION, IRAQ = "actor:global-coalition", "actor:iraq"


def xs_of(table, text: str, *words: str) -> list[float]:
    """Where the middle of each of `words` is painted when `text` is laid out as a cell of `table` lays it out:
    its font, the table's direction."""
    layout = QTextLayout(text, table.font())
    option = QTextOption()
    option.setTextDirection(table.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    return [line.cursorToX(text.index(word) + len(word) // 2)[0] for word in words]


def actors_cell(qtbot, pair, tmp_path, language: str, roles: tuple[str, str], theirs: tuple[str, str]):
    """The dialog over a conflict on the event's actors, and the cell of this store's version."""
    a, b = pair
    edit(a, EVENT, actors=[{"actor": COALITION, "role": roles[0]}, {"actor": IRAQ, "role": roles[1]}])
    edit(b, EVENT, actors=[{"actor": COALITION, "role": theirs[0]}, {"actor": IRAQ, "role": theirs[1]}])
    send(b, a, tmp_path / "b-to-a.jsonl")
    dialog = ConflictsDialog(a, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, FIELD_COL).data(NAME_ROLE) == "actors")
    return dialog, table.item(row, MINE_COL), table.item(row, THEIRS_COL)


def test_an_arabic_role_in_the_english_ui_follows_its_actor(qtbot, pair, tmp_path):
    """Bare, «العراق (المستلم» after a Latin role was one right-to-left run: the role left of its actor."""
    dialog, mine, _theirs = actors_cell(qtbot, pair, tmp_path, "en", ("withdrawing", "المستلم"), ("الراحل", "الآخذ"))
    text = mine.text()
    assert f"{FSI}العراق{PDI} ({FSI}المستلم{PDI})" in text
    assert dialog.table.layoutDirection() == Qt.LeftToRight
    coalition, withdrawing, iraq, taking = xs_of(dialog.table, text, "التحالف", "withdrawing", "العراق", "المستلم")
    # Left to right as English reads: the first actor, its role, the second actor, its role.
    assert coalition < withdrawing < iraq < taking


def test_a_latin_role_in_the_arabic_ui_keeps_its_neighbours(qtbot, pair, tmp_path, arabic):
    """Bare, «withdrawing)، Iraq (receiving» would be one left-to-right run: the next actor inside this one's role."""
    a, _b = pair
    edit(a, IRAQ, name="Iraq")
    dialog, mine, _theirs = actors_cell(qtbot, pair, tmp_path, "ar", ("withdrawing", "receiving"), ("leaving", "taking"))
    text = mine.text()
    assert f"{FSI}withdrawing{PDI}" in text and f"{FSI}Iraq{PDI}" in text
    coalition, withdrawing, iraq, receiving = xs_of(dialog.table, text, "التحالف", "withdrawing", "Iraq", "receiving")
    # Right to left as Arabic reads: the first actor, its role, the second actor, its role.
    assert coalition > withdrawing > iraq > receiving


def test_a_latin_name_and_role_in_the_arabic_ui_stay_one_actor_each(qtbot, pair, tmp_path, arabic):
    a, _b = pair
    edit(a, COALITION, name="Global Coalition")
    edit(a, IRAQ, name="Iraq")
    dialog, mine, _theirs = actors_cell(qtbot, pair, tmp_path, "ar", ("withdrawing", "receiving"), ("leaving", "taking"))
    text = mine.text()
    coalition, withdrawing, iraq, receiving = xs_of(dialog.table, text, "Coalition", "withdrawing", "Iraq", "receiving")
    # Right to left as the Arabic UI reads, each name and role whole: bare, the line ran left to right.
    assert coalition > withdrawing > iraq > receiving
