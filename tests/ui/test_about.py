"""Help ▸ About says which version of Marsad this is, as `marsad --version` does."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from importlib.metadata import version  # noqa: E402

from click.testing import CliRunner  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.cli import cli  # noqa: E402
from desktop.ui.main_window import MainWindow, marsad_version  # noqa: E402


def test_about_shows_the_packages_version(qtbot, store, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.act_about.trigger()
    assert marsad_version() == version("marsad")
    assert f"Version \u2066{version('marsad')}\u2069" in shown[0]
    # The same number the command line prints.
    assert version("marsad") in CliRunner().invoke(cli, ["--version"]).output
