"""Team search on the hub matches as the laptop's search does: the laptop sends Marsad's analysed text, and
the hub only splits it at spaces (PostgreSQL's `simple` configuration, a GIN index)."""
from __future__ import annotations

import json
import os

import psycopg
import pytest
from PySide6.QtCore import Qt
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import hub, search
from desktop.core.errors import QueryError
from desktop.core.storage import Store, hub_sql

RECORDS = [
    {"kind": "event", "id": "event:elections", "title": "الانتخابات البرلمانية في العراق", "date": "2025-11-11",
     "summary": "أعلنت المفوضية نتائج الانتخابات"},
    {"kind": "event", "id": "event:ministry", "title": "وزارة الدفاع تعلن خطة جديدة", "date": "2025-10-01"},
    {"kind": "event", "id": "event:visit", "title": "زار الوزير بغداد", "date": "2025-09-01"},
    {"kind": "actor", "id": "actor:commission", "name": "المفوضية العليا المستقلة للانتخابات"},
    {"kind": "quote", "id": "quote:commission-1", "text": "ستعلن النتائج خلال أيام",
     "speaker": "actor:commission"},
]
# Words, their other forms, a phrase, OR, an exclusion, a prefix, a kind, and a speaker's name in a quote.
QUERIES = ["انتخابات", "الانتخابات", "زار", "وزارة", '"الانتخابات البرلمانية"', "زار OR وزارة",
           "الانتخابات -البرلمانية", "المفوض*", "الانتخابات kind:actor", "المفوضية النتائج", "بغداد الوزير"]


@pytest.fixture
def team(hub_db, tmp_path):
    with Store.create(tmp_path / "laptop.db") as store:
        store.put_many(RECORDS)
        hub.sync(store, hub_db.writer)
        yield store, hub_db


def _ids(found) -> set[str]:
    return {h.id for h in found.hits}


def test_a_word_finds_its_other_forms_and_not_a_word_that_contains_it(team):
    _, db = team
    # The commission's quote too: a speaker's names are searched with what they said, as on the laptop.
    assert _ids(hub.search(db.reader, "انتخابات")) == {"event:elections", "actor:commission", "quote:commission-1"}
    assert "event:ministry" not in _ids(hub.search(db.reader, "زار"))
    assert _ids(hub.search(db.reader, "زار")) == {"event:visit"}
    # What PostgreSQL's own Arabic stemmer would have done: «زار» finds «وزارة», «انتخابات» misses «الانتخابات».
    (wrong,) = db.query("SELECT to_tsvector('arabic', 'وزارة الدفاع') @@ plainto_tsquery('arabic', 'زار'), "
                        "to_tsvector('arabic', 'الانتخابات') @@ plainto_tsquery('arabic', 'انتخابات')")
    assert wrong == (True, False)


@pytest.mark.parametrize("text", QUERIES)
def test_the_hub_finds_what_the_laptop_finds(team, text):
    store, db = team
    assert _ids(hub.search(db.reader, text, limit=100)) == _ids(search.search(store, text, limit=100)), text


@pytest.mark.parametrize("text", ["انتخابات", "زار OR وزارة", "الانتخابات -البرلمانية", "انتخابات kind:event",
                                  "انتخابات kind:quote kind:actor"])
@pytest.mark.parametrize("limit", [1, 2, 100])
def test_the_newest_walked_and_every_match_through_the_index_find_the_same(team, monkeypatch, text, limit):
    store, db = team
    monkeypatch.setattr(hub_sql, "WALK", 1_000)     # the newest records hold enough matches, or all there are
    walked = hub.search(db.reader, text, limit=limit)
    monkeypatch.setattr(hub_sql, "WALK", 1)         # too few: every match, through the GIN index
    indexed = hub.search(db.reader, text, limit=limit)
    assert [h.id for h in walked.hits] == [h.id for h in indexed.hits]
    assert len(walked.hits) == min(limit, len(search.search(store, text, limit=100).hits))
    assert [h.seq for h in walked.hits] == sorted((h.seq for h in walked.hits), reverse=True)
    everything = hub.search(db.reader, text, limit=100)
    assert [h.id for h in walked.hits] == [h.id for h in everything.hits][:limit]


def test_the_search_uses_the_gin_index(team):
    _, db = team
    with psycopg.connect(db.admin) as conn:
        conn.execute("SET enable_seqscan = off")      # five records: a scan would be cheaper
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM marsad.records WHERE search @@ to_tsquery('simple', %s)", ("'انتخاب'",)))
    assert "records_search" in plan


def test_a_deleted_record_is_no_longer_found(team):
    store, db = team
    store.delete("event:visit")
    hub.sync(store, db.writer)
    assert _ids(hub.search(db.reader, "زار")) == set()


def test_filters_the_hub_does_not_apply_are_named_and_a_query_without_words_refused(team):
    _, db = team
    found = hub.search(db.reader, "الانتخابات from:2025-01 actor:المفوضية")
    assert found.ignored == ["actor:", "from:"]
    with pytest.raises(QueryError):
        hub.search(db.reader, '"" -')


def test_the_command_line(team):
    _, db = team
    result = CliRunner().invoke(cli, ["hub", "search", db.reader, "انتخابات", "--json"])
    assert result.exit_code == 0, result.output
    assert {h["id"] for h in json.loads(result.output)["hits"]} == {"event:elections", "actor:commission",
                                                                    "quote:commission-1"}


def test_a_rename_makes_the_hub_find_the_quotes_by_the_new_name_as_the_laptop_does(team, tmp_path):
    store, db = team
    assert _ids(hub.search(db.reader, "المفوضية")) >= {"quote:commission-1"}
    store.put({**store.get("actor:commission"), "name": "الهيئة الوطنية للاقتراع"})
    report = hub.sync(store, db.writer)
    assert report.pushed == 1                 # the actor only: its quote has no new version
    (seq_before,) = db.query("SELECT seq FROM marsad.records WHERE id = 'quote:commission-1'")
    for text in ("الاقتراع", "المفوضية", "الهيئة الاقتراع"):
        assert _ids(hub.search(db.reader, text)) == _ids(search.search(store, text)), text
    assert "quote:commission-1" in _ids(hub.search(db.reader, "الاقتراع"))
    # Another laptop pulls the actor and the quote as they were: nothing about the quote changed.
    with Store.create(tmp_path / "other.db") as other:
        hub.sync(other, db.writer)
        assert other.get("quote:commission-1") == store.get("quote:commission-1")
        assert db.query("SELECT seq FROM marsad.records WHERE id = 'quote:commission-1'") == [seq_before]


def test_a_referring_record_held_in_conflict_keeps_the_hubs_search_text(team, tmp_path):
    """The new text is made from this laptop's version of the quote: where the hub holds another (the
    quote is in conflict here), the hub's version keeps the text made from it."""
    store, db = team
    with Store.create(tmp_path / "other.db") as other:
        hub.sync(other, db.writer)
        other.put({**other.get("quote:commission-1"), "text": "النتائج النهائية غدا"})
        hub.sync(other, db.writer)
    store.put({**store.get("quote:commission-1"), "text": "النتائج الأولية غدا"})
    store.put({**store.get("actor:commission"), "name": "الهيئة الوطنية للاقتراع"})
    report = hub.sync(store, db.writer)
    assert report.in_conflict == ["quote:commission-1"]
    assert "quote:commission-1" in _ids(hub.search(db.reader, "النهائية"))
    assert "quote:commission-1" not in _ids(hub.search(db.reader, "الأولية"))


def test_the_team_search_window_finds_on_the_hub_and_opens_what_the_store_holds(team, qtbot, tmp_path):
    """File ▸ Team ▸ Search the Hub against the real hub (tests/ui/test_team_search.py covers the rest)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    QCoreApplication.setOrganizationName("MarsadTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    from desktop.ui.main_window import MainWindow
    from desktop.ui.team.hub_search import HubSearchDialog
    store, db = team
    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    dialog = HubSearchDialog(window, hub, db.reader)
    qtbot.addWidget(dialog)
    dialog.field.setText("انتخابات")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.job.isFinished() and dialog.results.topLevelItemCount() > 0, timeout=10_000)
    keys = [dialog.results.topLevelItem(i).data(0, Qt.UserRole) for i in range(dialog.results.topLevelItemCount())]
    assert set(keys) == _ids(search.search(store, "انتخابات"))
    dialog.open_hit(dialog.results.topLevelItem(keys.index("event:elections")))
    assert window.session.focus == "event:elections"


def test_a_kept_connection_searches_again_after_the_hub_restarted(team):
    """The team search window keeps one connection; a hub restarted meanwhile costs one reconnection."""
    store, db = team
    with hub.HubSearcher(db.reader) as searcher:
        first = _ids(searcher.search("انتخابات"))
        db.cluster.restart()
        assert _ids(searcher.search("انتخابات")) == first == _ids(search.search(store, "انتخابات"))
