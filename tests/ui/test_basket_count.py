"""Ctrl+B adds to the briefing basket and the window counts it; the composer opens only when asked for."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui import basket_status  # noqa: E402
from desktop.ui.briefing.composer import BriefingComposer, remembered_spec  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_kind("quote")
    yield w
    for composer in w.findChildren(BriefingComposer):
        composer.close()          # its preview timer must stop before the store closes


def test_ctrl_b_adds_the_selection_and_counts_without_opening_the_composer(window):
    assert window.basket_button.count == 0 and window.basket_button.text() == "Briefing: 0"
    tab = window.current_tab()
    tab.view.selectRow(0)
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 1 and window.basket_button.text() == "Briefing: 1"
    assert window.findChild(BriefingComposer) is None
    # The same record again adds nothing, and says so.
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 1 and "already" in window.statusBar().currentMessage()
    tab.view.selectAll()
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 5
    assert list(remembered_spec(window.store).items) == basket_status.basket_ids(window)


def test_the_count_opens_the_composer_with_the_basket_and_follows_it(window, qtbot):
    window.current_tab().view.selectAll()
    window.act_add_briefing.trigger()
    window.basket_button.click()
    composer = window.findChild(BriefingComposer)
    assert composer is not None and composer.isVisible() and len(composer.basket.ids()) == 5
    # Removing in the composer updates the count; Ctrl+B now adds to the open composer's basket.
    composer.basket.remove(composer.basket.ids()[:2])
    assert window.basket_button.count == 3
    window.show_kind("actor")
    window.current_tab().select_first()
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 4 and len(composer.basket.ids()) == 4


def test_the_basket_outlives_the_window(window, qtbot, store):
    window.current_tab().view.selectRow(0)
    window.act_add_briefing.trigger()
    again = MainWindow(store, "en")
    qtbot.addWidget(again)
    assert again.basket_button.count == 1


def test_nothing_selected_says_what_to_do(qtbot, tmp_path):
    from desktop.core.storage import Store
    with Store.create(tmp_path / "e.db") as empty:
        w = MainWindow(empty, "en")
        qtbot.addWidget(w)
        assert w.add_to_basket() == []
        assert "Select records" in w.statusBar().currentMessage()


def test_the_window_counts_the_basket_without_loading_the_composer(tmp_path):
    """The composer (print support, the briefing layout) costs ~30 ms to import: not at start-up."""
    import subprocess
    import sys
    from desktop.core.storage import Store
    from desktop.ui.briefing.outputs import LAST_KEY
    assert basket_status.LAST_BRIEFING == LAST_KEY
    from tests.ui.conftest import sample_records
    records = sample_records()
    with Store.create(tmp_path / "s.db") as s:
        s.put_many(records)
        # A record no longer in the store is left out of the briefing, and of its count.
        s.save_briefing(LAST_KEY, {"items": [records[0]["id"], "quote:gone", records[-1]["id"]]})
    code = ("import sys; from desktop.ui.app import application; application();"
            "from desktop.core.storage import Store; from desktop.ui.main_window import MainWindow;"
            f"w = MainWindow(Store.open({str(tmp_path / 's.db')!r}), 'en');"
            "print(w.basket_button.count, 'desktop.ui.briefing.composer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert out.stdout.split() == ["2", "False"], out.stderr


@pytest.mark.parametrize("digits", [False, True])
def test_the_arabic_count_takes_its_plural_form_and_the_digits_chosen(qtbot, qapp, store, digits):
    from desktop.ui import settings
    from desktop.ui.app import install_language
    settings.General().set_arabic_digits(digits)
    install_language(qapp, "ar")
    try:
        w = MainWindow(store, "ar")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.show_kind("quote")
        tab = w.current_tab()
        tab.select_first()
        w.act_add_briefing.trigger()
        assert w.basket_button.text() == "الإيجاز: سجل واحد"
        tab.view.selectAll()
        w.act_add_briefing.trigger()
        assert w.basket_button.count == 5
        five = "٥" if digits else "5"
        assert w.basket_button.text() == f"الإيجاز: {five} سجلات"
        assert f"في الإيجاز {five} سجلات." in w.basket_button.toolTip()
        # A change of the preference rewrites the count at once.
        settings.General().set_arabic_digits(not digits)
        w.apply_display_preferences()
        assert w.basket_button.text() == f"الإيجاز: {'5' if digits else '٥'} سجلات"
    finally:
        install_language(qapp, "en")
