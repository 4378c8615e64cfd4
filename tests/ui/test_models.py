"""The lazy table models, without any widget."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.core import views
from desktop.ui.models import ID_PAGE, KeyRole, LinkRole, RecordTableModel, SpansRole


def _fetch_all(model):
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_model_passes_qt_model_tester(qtmodeltester, store):
    model = RecordTableModel(store, "event")
    _fetch_all(model)
    qtmodeltester.check(model)


def test_rows_arrive_in_pages(qapp, big_store):
    model = RecordTableModel(big_store, "quote")
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == ID_PAGE
    assert model.canFetchMore(QModelIndex())
    _fetch_all(model)
    assert model.rowCount() == big_store.counts()["quote"] == 1305
    assert not model.canFetchMore(QModelIndex())


def test_display_cache_stays_bounded(qapp, big_store, monkeypatch):
    import desktop.ui.models as models
    monkeypatch.setattr(models, "CACHE_ROWS", 150)
    model = RecordTableModel(big_store, "quote")
    _fetch_all(model)
    for row in range(model.rowCount()):
        assert model.index(row, 0).data()
    assert len(model._cache) <= 150


def test_sort_runs_in_sql_and_is_stable(qapp, big_store):
    model = RecordTableModel(big_store, "quote")
    date_col = [c.name for c in model.columns].index("date")
    model.sort(date_col, Qt.AscendingOrder)
    _fetch_all(model)
    keys = [model.index(r, 0).data(KeyRole) for r in range(model.rowCount())]
    dates = [big_store.get(k).get("date") for k in keys[:50]]
    assert dates == sorted(dates)
    model.sort(date_col, Qt.DescendingOrder)
    _fetch_all(model)
    first = big_store.get(model.index(0, 0).data(KeyRole))["date"]
    assert first == max(big_store.get(k).get("date") for k in keys if big_store.get(k).get("date"))


def test_search_filters_and_highlights_original_text(qapp, big_store):
    model = RecordTableModel(big_store, "quote")
    model.set_filters(views.Filters(query="انتخابات"))
    _fetch_all(model)
    # Every 7th of the 1300 generated quotes says «الانتخابات»; the stem meets it.
    assert model.rowCount() == len(range(0, 1300, 7))
    text_col = [c.name for c in model.columns].index("text")
    index = model.index(0, text_col)
    text = index.data()
    spans = index.data(SpansRole)
    assert spans and all(text[a:b] == "الانتخابات" for a, b in spans)


def test_long_text_is_truncated_for_cells(qapp, store):
    store.put({"kind": "quote", "id": "quote:huge", "speaker": "actor:hussein-allawi", "text": "ا" * 50_000,
               "date": "2099"})
    model = RecordTableModel(store, "quote")
    model.fetchMore(QModelIndex())
    row = model.row_for_key("quote:huge")
    text = model.index(row, 0).data()
    # «…» and a right-to-left mark, so the mark stays at the end that was cut (bidi.cut_mark)
    assert len(text) <= views.CELL_CHARS + 2 and text.endswith("…\u200f")


def test_links_and_labels(qapp, store):
    model = RecordTableModel(store, "quote")
    model.fetchMore(QModelIndex())
    names = [c.name for c in model.columns]
    assert model.index(0, names.index("speaker")).data(LinkRole).startswith("actor:")
    assert model.headerData(names.index("speaker"), Qt.Horizontal) == "Speaker"
    events = RecordTableModel(store, "event")
    events.fetchMore(QModelIndex())
    status = events.index(0, [c.name for c in events.columns].index("status")).data()
    assert status in ("occurred", "announced", "planned", "expected")


def test_dates_follow_language(qapp, store):
    model = RecordTableModel(store, "quote")
    model.fetchMore(QModelIndex())
    col = [c.name for c in model.columns].index("date")
    assert model.index(0, col).data() == "31 ديسمبر 2025"
    model.set_language("en")
    assert model.index(0, col).data() == "31 December 2025"
    model.set_language("ar", arabic_digits=True)
    assert model.index(0, col).data() == "٣١ ديسمبر ٢٠٢٥"


def test_bad_query_reports_error_and_shows_nothing(qapp, store, qtbot):
    model = RecordTableModel(store, "event")
    with qtbot.waitSignal(model.error):
        model.set_filters(views.Filters(query="kind:planet"))
    assert model.rowCount() == 0


def test_proposed_rows_are_amber_not_italic(qapp, store):
    # An italic request made Qt pick an oblique face with no Arabic glyphs: every letter a box.
    store.put({"kind": "actor", "id": "actor:proposed", "name": "مقترح جديد", "review": "unreviewed"})
    model = RecordTableModel(store, "actor")
    model.fetchMore(QModelIndex())
    rows = {model.index(r, 0).data(KeyRole): r for r in range(model.rowCount())}
    proposed, confirmed = model.index(rows["actor:proposed"], 0), model.index(rows["actor:hussein-allawi"], 0)
    assert proposed.data(Qt.FontRole) is None
    assert proposed.data(Qt.ForegroundRole) is not None
    assert confirmed.data(Qt.ForegroundRole) is None
