"""Qt tests run offscreen, with settings in a temporary folder and a fresh sample store."""
from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.core.storage import Store  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """The English UI as the app installs it (its plural catalogues: «1 record», «24 records»)."""
    from desktop.ui.app import install_language
    install_language(qapp, "en")
    yield qapp


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own QSettings file, so no test sees another's saved state."""
    from PySide6.QtCore import QCoreApplication, QSettings
    QCoreApplication.setOrganizationName("MarsadTests")
    QCoreApplication.setApplicationName("MarsadTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield


def sample_records() -> list[dict]:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def shown_window(qtbot, store, *, kind: str | None = None, size: tuple[int, int] = (1200, 700),
                 language: str = "en"):
    """The main window over `store`, shown and exposed (optionally on the tab of `kind`)."""
    from desktop.ui.main_window import MainWindow
    window = MainWindow(store, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if kind:
        window.show_kind(kind)
    return window


@pytest.fixture
def pair(tmp_path):
    """Two laptops' stores made from one (tests/ui/team_stores.py): a, and b a site of its own."""
    from tests.ui.team_stores import two_stores
    a, b = two_stores(tmp_path)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def arabic(qapp):
    """The Arabic UI (its catalogues, right to left) for one test; English again after."""
    from desktop.ui.app import install_language
    install_language(qapp, "ar")
    yield qapp
    install_language(qapp, "en")


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    """Each test using it runs in the English UI, then in the Arabic UI (English again after)."""
    from desktop.ui.app import install_language
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def empty(tmp_path):
    """A new store with no records."""
    s = Store.create(tmp_path / "empty.db")
    yield s
    s.close()


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "sample.db")
    s.put_many(sample_records())
    yield s
    s.close()


def many_quotes(n: int, speaker: str = "actor:hussein-allawi") -> list[dict]:
    """n quotes with distinct dates and texts (every 7th mentions «الانتخابات»)."""
    out = []
    for i in range(n):
        word = "الانتخابات" if i % 7 == 0 else "الموازنة"
        out.append({"kind": "quote", "id": f"quote:gen-{i:05d}", "speaker": speaker,
                    "text": f"تصريح رقم {i} عن {word}",
                    "date": f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"})
    return out


@pytest.fixture
def big_store(tmp_path):
    s = Store.create(tmp_path / "big.db")
    s.put_many(sample_records() + many_quotes(1300))
    yield s
    s.close()
