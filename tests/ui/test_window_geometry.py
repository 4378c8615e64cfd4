"""The main window opens at 80% of the screen's free area, centred, the first time; a saved geometry wins after."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.window_geometry import first_run_rect  # noqa: E402


def test_first_run_rect_is_eighty_percent_centred():
    assert first_run_rect(QRect(0, 0, 1400, 900)) == QRect(140, 90, 1120, 720)
    # A screen with a panel on top: centred in what is left.
    assert first_run_rect(QRect(0, 30, 1000, 800)) == QRect(100, 110, 800, 640)
    # A small screen: no smaller than readable, no larger than the screen.
    assert first_run_rect(QRect(0, 0, 900, 560)) == QRect(50, 20, 800, 520)
    assert first_run_rect(QRect(0, 0, 640, 480)) == QRect(0, 0, 640, 480)


def test_first_window_takes_most_of_the_screen(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.restore_state()
    available = (w.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert w.geometry() == first_run_rect(available)
    assert w.width() >= 0.75 * available.width() and w.height() >= 0.75 * available.height()


def test_a_saved_geometry_wins(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.restore_state()
    w.setGeometry(QRect(20, 30, 700, 500))
    w.save_state()
    assert not settings.MainWindowState().geometry().isEmpty()
    again = MainWindow(store, "en")
    qtbot.addWidget(again)
    again.restore_state()
    assert again.size().width() == 700 and again.size().height() == 500
