"""The timeline in core: date spans, lanes, direction, axis, counts where records crowd, the store's queries."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import timeline, views
from desktop.core.errors import ViewError
from desktop.core.figures.scene import Box, Dot, Label
from desktop.core.timeline_axis import Step, choose_step, intervals, ticks
from desktop.core.timeline_counts import SELECTED, SPAN_KEY


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def marks(scene, key: str) -> list:
    """The items of the scene standing for record `key` (a record with two actors has two)."""
    return [item for item in scene.items if isinstance(item, (Box, Dot)) and item.key == key]


def centre_x(item) -> float:
    return item.x if isinstance(item, Dot) else item.x + item.w / 2


def label_y(scene, text: str) -> float:
    return next(item.y for item in scene.items if isinstance(item, Label) and item.text == text)


def generated_events(n: int, year: int = 2020, prefix: str = "gen", **extra) -> list[dict]:
    return [{"kind": "event", "id": f"event:{prefix}-{i:05d}", "title": f"حدث رقم {i}",
             "date": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "status": "occurred", **extra}
            for i in range(n)]


# --- spans from precision ---------------------------------------------------------------------


def test_a_day_is_a_mark_and_a_month_or_year_a_bar_over_its_days():
    one_day = timeline.item_span("2024-09-27")
    assert (one_day.start, one_day.end, one_day.bar, one_day.soft) == (day("2024-09-27"), day("2024-09-27"),
                                                                       False, False)
    month = timeline.item_span("2025-09")
    assert (month.start, month.end, month.bar) == (day("2025-09-01"), day("2025-09-30"), True)
    year = timeline.item_span("2014")
    assert (year.start, year.end, year.bar) == (day("2014-01-01"), day("2014-12-31"), True)


def test_a_range_is_a_bar_to_the_last_day_of_its_end_and_approximate_dates_have_soft_ends():
    span = timeline.item_span("2014", "2017")
    assert (span.start, span.end, span.bar) == (day("2014-01-01"), day("2017-12-31"), True)
    span = timeline.item_span("2025-09", "2026-09", "approximate")
    assert (span.end, span.soft) == (day("2026-09-30"), True)
    assert timeline.item_span("2024-09-27", precision="exact").soft is False
    assert timeline.item_span(None) is None
    assert timeline.item_span("not a date") is None


def test_the_sample_draws_marks_bars_and_soft_ends_as_its_dates_say(sample_store):
    scene = timeline.timeline_scene(sample_store, width=900, height=400, language="en")
    statement, = marks(scene, "event:joint-statement-2024")        # 2024-09-27
    assert isinstance(statement, Dot)
    phase, = marks(scene, "event:phase-one-end")                    # 2025-09: a bar a month long
    founded, = marks(scene, "event:coalition-founded")              # 2014: a bar a year long
    assert isinstance(phase, Box) and isinstance(founded, Box)
    assert founded.w == pytest.approx(phase.w * 365 / 30, rel=0.05)
    defeated, = marks(scene, "event:isis-defeated-iraq")            # 2014-2017
    assert defeated.w == pytest.approx(founded.w * 4, rel=0.02)
    handover, = marks(scene, "event:ain-al-asad-handover")          # 2026-01, approximate
    assert handover.soft_left and handover.soft_right
    assert not (phase.soft_left or phase.soft_right)
    assert "Undated: 1" in scene.labels()                         # bilateral-memoranda has no date


# --- direction --------------------------------------------------------------------------------


def test_time_runs_right_to_left_in_arabic_and_left_to_right_in_english(sample_store):
    def xs(language, flip=False):
        scene = timeline.timeline_scene(sample_store, width=900, height=300, language=language, flip=flip)
        early, = marks(scene, "event:coalition-founded")
        late, = marks(scene, "event:joint-statement-2024")
        return centre_x(early), centre_x(late)

    early, late = xs("ar")
    assert early > late            # an earlier event is to the right in Arabic
    early, late = xs("en")
    assert early < late
    early, late = xs("ar", flip=True)
    assert early < late            # the setting flips it


def test_geometry_turns_days_into_x_and_back_both_ways():
    for rtl in (False, True):
        v = timeline.Viewport(day("2020-01-01"), day("2021-01-01"), 800, 300, rtl)
        g = timeline.geometry(v, "ar" if rtl else "en", lanes=True)
        for d in (day("2020-03-01"), day("2020-11-15")):
            assert g.day_at(g.x_of(d)) == pytest.approx(d)
        assert (g.x_of(day("2020-03-01")) > g.x_of(day("2020-11-15"))) is rtl
        assert g.gutter[0] > g.plot_right if rtl else g.gutter[1] < g.plot_left   # lane names on the reading side


def test_zooming_keeps_the_day_under_the_pointer_and_stays_within_bounds():
    v = timeline.Viewport(day("2000-01-01"), day("2020-01-01"), 800, 300)
    at = day("2005-06-01")
    g1 = timeline.geometry(v)
    zoomed = v.zoomed(0.5, at)
    assert zoomed.days == pytest.approx(v.days / 2)
    assert timeline.geometry(zoomed).x_of(at) == pytest.approx(g1.x_of(at))
    assert v.zoomed(1e-9, at).days == timeline.MIN_SPAN_DAYS
    assert v.zoomed(1e9, at).days == timeline.MAX_SPAN_DAYS
    assert v.panned(365).start == v.start + 365


# --- the axis ---------------------------------------------------------------------------------


@pytest.mark.parametrize("days_across, unit", [(365 * 200, "year"), (365 * 40, "year"), (365 * 2, "month"),
                                               (60, "day"), (10, "day")])
def test_ticks_fit_the_zoom_from_decades_to_days(days_across, unit):
    step = choose_step(days_across / 800)
    assert step.unit == unit
    shown = ticks(day("2001-01-01"), day("2001-01-01") + days_across, step, "en")
    gaps = [b.day - a.day for a, b in zip(shown, shown[1:])]
    assert min(gaps) / days_across * 800 >= 40          # far enough apart to be read
    if days_across > 365 * 100:
        assert step.n >= 10                               # decades or more
    assert all(a.day < b.day for a, b in zip(shown, shown[1:]))


def test_tick_labels_use_month_names_and_the_digits_asked_for():
    months = ticks(day("2025-01-01"), day("2025-12-31"), Step("month", 1), "ar")
    assert [t.label for t in months[:3]] == ["يناير", "فبراير", "مارس"]
    assert ticks(day("2025-01-01"), day("2025-03-01"), Step("month", 1), "en")[0].label == "Jan"
    years = ticks(day("2010-01-01"), day("2015-01-01"), Step("year", 1), "ar", arabic_digits=True)
    assert years[0].label == "٢٠١٠"
    days = intervals(Step("day", 5), day("2025-01-01"), day("2025-02-01"))
    assert [dt.date.fromordinal(a).day for a, _ in days] == [1, 6, 11, 16, 21, 26]    # no stub of day 31
    assert days[-1][1] == day("2025-02-01")


def test_the_drawing_has_arabic_month_and_year_labels_at_month_zoom(sample_store):
    source = timeline.TimelineSource(sample_store)
    state = timeline.TimelineState(source, timeline.Viewport(day("2025-06-01"), day("2026-06-01"), 900, 300,
                                                            rtl=True), "ar", arabic_digits=True)
    labels = state.scene().labels()
    assert "سبتمبر" in labels and "٢٠٢٦" in labels


# --- lanes ------------------------------------------------------------------------------------


def test_an_event_with_several_actors_is_in_each_of_their_lanes(sample_store):
    scene = timeline.timeline_scene(sample_store, width=900, height=600, language="ar", lanes="actor")
    statement = marks(scene, "event:joint-statement-2024")       # العراق, التحالف الدولي, الولايات المتحدة
    assert len(statement) == 3
    assert len({round(m.y) for m in statement}) == 3
    assert {"العراق", "التحالف الدولي", "الولايات المتحدة"} <= set(scene.labels())


def test_records_without_a_value_go_to_the_none_lane_and_lanes_past_the_cap_to_one_row(sample_store):
    sample_store.put({"kind": "event", "id": "event:no-actor", "title": "حدث بلا فاعل", "date": "2020-05-05"})
    scene = timeline.timeline_scene(sample_store, width=900, height=600, language="en", lanes="actor")
    assert "(none)" in scene.labels()
    lonely, = marks(scene, "event:no-actor")
    assert abs(lonely.y - label_y(scene, "(none)")) < 20
    source = timeline.TimelineSource(sample_store, language="en")
    source.set_lanes("actor")
    state = timeline.TimelineState(source, timeline.Viewport(0, 1, 900, 600), "en", max_lanes=4)
    state.fit()
    labels = state.scene().labels()
    more = [text for text in labels if text.endswith("more lanes")]
    assert more and int(more[0].split()[0]) >= 5
    assert marks(state.scene(), "event:no-actor")                  # still drawn, in the "more" row


@pytest.mark.parametrize("lanes, language, expected", [
    ("status", "en", {"occurred", "planned", "announced", "expected"}),
    ("status", "ar", {"وقع", "مخطط"}),
    ("place", "en", {"Ain al-Asad Air Base", "Iraq", "Syria", "(none)"}),
    ("place", "ar", {"قاعدة عين الأسد", "(بلا قيمة)"}),
    ("category", "en", {"(none)"}),
])
def test_lanes_by_status_place_and_category(sample_store, lanes, language, expected):
    scene = timeline.timeline_scene(sample_store, width=900, height=600, language=language, lanes=lanes)
    assert expected <= set(scene.labels())


def test_a_bad_lane_choice_is_a_view_error(sample_store):
    with pytest.raises(ViewError):
        timeline.timeline_scene(sample_store, lanes="colour")


# --- hits, selection, search ------------------------------------------------------------------


def test_key_at_finds_an_event_and_the_selection_is_highlighted(sample_store):
    scene = timeline.timeline_scene(sample_store, width=900, height=300, language="ar",
                                    selected=["event:joint-statement-2024"])
    statement, = marks(scene, "event:joint-statement-2024")
    assert scene.key_at(statement.x, statement.y) == "event:joint-statement-2024"
    assert statement.stroke == SELECTED
    other, = marks(scene, "event:phase-one-end")
    assert other.stroke != SELECTED


def test_the_search_restricts_what_is_drawn_and_its_span_is_shaded_not_cut(sample_store):
    scene = timeline.timeline_scene(sample_store, query_text="عين الأسد", width=900, height=300)
    keys = {item.key for item in scene.items if item.key}
    assert "event:ain-al-asad-handover" in keys and "event:coalition-founded" not in keys
    scene = timeline.timeline_scene(sample_store, query_text="from:2024-01-01 to:2025-12-31", width=900, height=300)
    keys = {item.key for item in scene.items if item.key}
    assert "event:joint-statement-2024" in keys
    assert any(isinstance(i, Box) and i.fill == "#ffc10724" for i in scene.items)      # the span, shaded
    assert timeline.split_span("علاوي from:2025 to:2025-06-30") == ("علاوي", (day("2025-01-01"), day("2025-06-30")))


def test_quotes_on_request_and_chosen_records_only(sample_store):
    without = timeline.timeline_scene(sample_store, width=900, height=300)
    assert not any(item.key and item.key.startswith("quote:") for item in without.items)
    with_quotes = timeline.timeline_scene(sample_store, width=900, height=300, quotes=True)
    assert any(isinstance(item, Dot) and item.shape == "diamond" and item.key.startswith("quote:")
               for item in with_quotes.items if item.key)
    chosen = timeline.timeline_scene(sample_store, keys=["event:phase-one-end", "quote:allawi-1"], width=900,
                                     height=300)
    assert {item.key for item in chosen.items if item.key} == {"event:phase-one-end", "quote:allawi-1"}


# --- busy periods -----------------------------------------------------------------------------


def test_a_busy_store_is_drawn_as_counts_per_tick_interval(store):
    store.put_many(generated_events(2400, 2020) + generated_events(600, 2021, prefix="gen21"))
    source = timeline.TimelineSource(store, cap=500)
    state = timeline.TimelineState(source, timeline.Viewport(0, 1, 2000, 300), "en")     # a month: 76 points
    state.fit()
    scene = state.scene()
    assert source.data.counting and source.data.grain == "month"
    boxes = [i for i in scene.items if isinstance(i, Box) and i.key and i.key.startswith(SPAN_KEY)]
    assert len(boxes) == 24                                     # a column per month of 2020 and 2021
    assert sum(int(box.tip.split()[0].replace(",", "")) for box in boxes) == 3000
    assert {"200", "50"} <= set(scene.labels())                # 2,400 over 12 months, 600 over 12
    assert not any(isinstance(i, Dot) for i in scene.items)     # no thousands of marks
    assert timeline.span_of_key(boxes[0].key)[0].endswith("-01")
    # Zoomed into a week, the records themselves are read; the 28 on one day still crowd into a box.
    state.viewport = state.viewport.zoomed(7 / state.viewport.days, day("2020-03-10"))
    assert state.needs_reading()
    scene = state.scene()
    assert not source.data.counting and 50 < len(source.data.items) <= 500     # three weeks around it
    keys = {i.key for i in scene.items if i.key}
    assert "span:2020-03-11:2020-03-11" in keys                 # a day's box: 29 records on one day
    assert "29" in scene.labels()


def test_counts_keep_their_lanes_when_the_store_can_tell_them_apart(store):
    store.put_many(generated_events(900, 2020) + generated_events(300, 2021, prefix="planned", status="planned"))
    source = timeline.TimelineSource(store, cap=100, language="en")
    source.set_lanes("status")
    state = timeline.TimelineState(source, timeline.Viewport(0, 1, 2000, 400), "en")
    state.fit()
    scene = state.scene()
    assert source.data.counting and not source.data.lanes_dropped
    assert {"occurred", "planned"} <= set(scene.labels())
    boxes = [i for i in scene.items if isinstance(i, Box) and i.key and i.key.startswith(SPAN_KEY)]
    # A lane's name stands 11 points below its top; the fuller lane (occurred) comes first.
    occurred_top, planned_top = label_y(scene, "occurred") - 11, label_y(scene, "planned") - 11
    height = planned_top - occurred_top
    # 2021's columns (all planned) stand in the planned lane, 2020's in the occurred one.
    for box in boxes:
        top = planned_top if timeline.span_of_key(box.key)[0].startswith("2021") else occurred_top
        assert top <= box.y and box.y + box.h <= top + height
    assert sum(int(b.tip.split()[0].replace(",", "")) for b in boxes) == 1200


def test_records_crowding_one_interval_become_a_count_box(store):
    store.put_many([{"kind": "event", "id": f"event:same-{i}", "title": f"حدث {i}", "date": "2020-05-05"}
                    for i in range(40)] + [{"kind": "event", "id": "event:alone", "title": "وحده",
                                            "date": "2023-05-05"}])
    scene = timeline.timeline_scene(store, width=800, height=200, language="en")
    counts = [i for i in scene.items if isinstance(i, Box) and i.key and i.key.startswith(SPAN_KEY)]
    assert len(counts) == 1 and "40" in scene.labels()
    assert marks(scene, "event:alone")                          # a lone record stays a mark


def test_lanes_wait_while_too_many_records_are_in_view(store, monkeypatch):
    from desktop.core import timeline_source
    monkeypatch.setattr(timeline_source, "LANE_COUNTS_UP_TO", 1000)
    store.put_many(generated_events(3000, 2020))
    source = timeline.TimelineSource(store, cap=500, language="en")
    source.set_lanes("status")
    state = timeline.TimelineState(source, timeline.Viewport(0, 1, 800, 300), "en")
    state.fit()
    labels = state.scene().labels()
    assert source.data.lanes_dropped and "All" in labels
    state.viewport = state.viewport.zoomed(60 / state.viewport.days, day("2020-06-15"))
    labels = state.scene().labels()
    assert not source.data.lanes_dropped and "occurred" in labels


# --- the store's queries ----------------------------------------------------------------------


def test_bucket_counts_and_extent_come_from_the_store(sample_store):
    first, last, undated = sample_store.timeline_extent("event", views.Filters(), None)
    assert (first, last, undated) == ("2014", "2026-09", 1)      # the last range runs to 2026-09
    rows = sample_store.timeline_buckets("event", views.Filters(), None, "2014-01-01", "2026-12-31", "year")
    by_year = {prefix: n for _, prefix, n in rows}
    assert by_year == {"2014": 2, "2024": 1, "2025": 3, "2026": 1}
    rows = sample_store.timeline_buckets("event", views.Filters(), None, "2025-01-01", "2025-12-31", "month",
                                         "status", ["planned", "announced"])
    assert ("planned", "2025-09", 2) in rows and ("announced", "2025-12", 1) in rows


def test_a_range_begun_before_the_span_is_read_with_it(sample_store):
    source = timeline.TimelineSource(sample_store)
    data = source.data_for(day("2016-02-01"), day("2016-03-01"), "day")     # inside 2014-2017
    assert [it.key for it in data.items] == ["event:isis-defeated-iraq"]
    monkey_listed = source._ranges["event"]
    assert monkey_listed is not None                                      # listed once per search
    rows = sample_store.timeline_early_items("event", views.Filters(), None, "2016-02-01", 10)
    assert [r["key"] for r in rows] == ["event:isis-defeated-iraq"]         # the scan finds it too


def test_what_was_read_serves_a_pan_within_it(sample_store):
    source = timeline.TimelineSource(sample_store)
    source.data_for(day("2025-01-01"), day("2025-07-01"), "month")
    first = source.data
    assert source.covers(day("2025-02-01"), day("2025-08-01"), "month")
    assert source.data_for(day("2025-02-01"), day("2025-08-01"), "month") is first
    assert not source.covers(day("2010-01-01"), day("2011-01-01"), "month")
