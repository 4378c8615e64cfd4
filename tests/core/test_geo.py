"""The offline map's core (desktop/core/geo, storage/map.py): basemap, projection, clusters, data, drawing."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from desktop import paths
from desktop.core import importing
from desktop.core.figures.scene import Area, Dot, Label, Line
from desktop.core.geo import (CLUSTER_KEY, Basemap, BasemapError, MapSource, MapState, Spot, View, cluster,
                              default_path, fit, map_scene, to_lonlat, to_world)
from desktop.core.session import Session
from desktop.core.storage import Store

ACLED = Path(__file__).parent / "fixtures" / "publishers" / "acled" / "acled_current.csv"
AIN_AL_ASAD = (42.4412, 33.7856)


@pytest.fixture(scope="module")
def basemap() -> Basemap:
    return Basemap.load()


@pytest.fixture
def sample(tmp_path):
    store = Store.create(tmp_path / "sample.db")
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        store.put_many([json.loads(line) for line in fh if line.strip()])
    yield store
    store.close()


@pytest.fixture
def acled_store(tmp_path):
    store = Store.create(tmp_path / "acled.db")
    importing.import_files(store, [ACLED])
    yield store
    store.close()


def state_for(store, query=None, width=800, height=500, language="ar", gazetteer=None) -> MapState:
    state = MapState.for_store(store, width, height, language=language)
    if gazetteer is not None:
        state.source = MapSource(store, basemap_loader=state.basemap, gazetteer=gazetteer)
    state.source.set_query(query)
    state.fit()
    return state


# --- projection --------------------------------------------------------------------------------


@pytest.mark.parametrize("lon,lat", [(0, 0), (42.4412, 33.7856), (-122.4, 37.8), (179.9, -60.0), (-180, 85.0)])
def test_web_mercator_round_trip(lon, lat):
    back = to_lonlat(*to_world(lon, lat))
    assert back == pytest.approx((lon, lat), abs=1e-9)
    view = View(900, 600, 0.6, 0.4, 256 * 2 ** 6.3)
    assert view.to_geo(*view.to_screen(lon, lat)) == pytest.approx((lon, lat), abs=1e-9)


def test_zoom_keeps_the_point_under_the_cursor_and_pan_moves_the_map():
    view = fit((38.7, 29.0, 48.6, 37.4), 800, 500)
    cursor = (610.0, 140.0)
    under = view.to_geo(*cursor)
    closer = view.zoomed(2.0, cursor)
    assert closer.zoom == pytest.approx(view.zoom + 1)
    assert closer.to_screen(*under) == pytest.approx(cursor, abs=1e-6)
    moved = view.panned(50, -20)
    x, y = view.to_screen(*AIN_AL_ASAD)
    assert moved.to_screen(*AIN_AL_ASAD) == pytest.approx((x + 50, y - 20), abs=1e-6)


def test_fit_shows_the_whole_box_inside_its_margin():
    box = (38.7, 29.0, 48.6, 37.4)        # about Iraq
    view = fit(box, 800, 500, margin=30)
    for lon in (box[0], box[2]):
        for lat in (box[1], box[3]):
            x, y = view.to_screen(lon, lat)
            assert 29.9 <= x <= 770.1 and 29.9 <= y <= 470.1
    seen = view.bbox()
    assert seen[0] <= box[0] and seen[1] <= box[1] and seen[2] >= box[2] and seen[3] >= box[3]
    one = fit((42.44, 33.78, 42.44, 33.78), 800, 500)       # a single point: not infinitely close
    assert one.zoom <= 11 and one.km_per_point() * 800 >= 19


# --- the basemap -------------------------------------------------------------------------------


def test_the_basemap_ships_small_and_knows_iraq_in_arabic(basemap):
    assert default_path().stat().st_size < 3_000_000
    iraq = basemap.find("Iraq")
    assert iraq is not None and iraq.name_ar == "العراق" and iraq.iso_a3 == "IRQ"
    assert iraq.display_name("ar") == "العراق" and iraq.display_name("en") == "Iraq"
    assert basemap.find("العراق") is iraq and basemap.find("irq") is iraq
    assert basemap.country_at(*AIN_AL_ASAD) is iraq
    assert basemap.country_at(36.29, 33.51).name == "Syria"       # Damascus
    assert basemap.country_at(30.0, 34.0) is None                 # the Mediterranean
    assert len(basemap.countries) > 200
    fine = sum(len(r) for r in basemap.rings(iraq, "fine"))
    coarse = sum(len(r) for r in basemap.rings(iraq, "coarse"))
    assert 10 < coarse < fine


def test_first_level_boundaries_are_there_around_anbar(basemap):
    lines = basemap.province_lines((40.0, 32.0, 44.0, 35.0))
    assert lines and all(len(line) >= 2 for line in lines)
    assert not basemap.province_lines((-30.0, 30.0, -25.0, 35.0))  # open Atlantic


def test_a_broken_basemap_is_an_error_with_a_code(tmp_path):
    bad = tmp_path / "basemap.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(BasemapError) as caught:
        Basemap.load(bad)
    assert caught.value.code == "basemap.unreadable"


# --- clusters ----------------------------------------------------------------------------------


def test_clusters_merge_when_zoomed_out_and_split_when_zoomed_in():
    places = {"place:a": (43.30, 33.42, 9), "place:b": (43.45, 33.40, 2), "place:c": (43.50, 33.50, 1),
              "place:far": (47.78, 30.51, 4)}

    def groups(view):
        spots = [Spot(k, *view.to_screen(lon, lat), w) for k, (lon, lat, w) in places.items()]
        return cluster(spots, 40)

    wide = groups(fit((38.0, 29.0, 49.0, 38.0), 800, 500))
    near = next(g for g in wide if "place:a" in g.members)
    assert near.members == ("place:a", "place:b", "place:c") and near.weight == 12 and near.count == 3
    assert [g.members for g in wide if "place:far" in g.members] == [("place:far",)]
    close = groups(fit((43.25, 33.35, 43.55, 33.55), 800, 500, min_span_km=1))
    assert sorted(len(g.members) for g in close) == [1, 1, 1, 1]


def test_a_busy_place_seeds_its_cluster_where_it_is():
    spots = [Spot("place:quiet", 100, 100, 1), Spot("place:busy", 110, 100, 50)]
    (only,) = cluster(spots, 40)
    assert (only.x, only.y) == (110, 100) and only.members[0] == "place:busy"


# --- the data ----------------------------------------------------------------------------------


def test_sample_places_with_and_without_coordinates(sample):
    state = state_for(sample, gazetteer=False)
    data = state.source.data
    points = {p.key: p for p in data.points}
    assert points["place:ain-al-asad"].events == 2 and points["place:ain-al-asad"].origin == "own"
    assert points["place:ain-al-asad"].parents == ("محافظة الأنبار", "العراق")
    listed = {u.key: u for u in data.unlocated}
    assert {"place:iraq", "place:syria", "place:anbar"} <= set(listed) and data.unlocated_total == len(listed)
    assert listed["place:iraq"].events == 2
    # Countries without coordinates go to the middle of their country on the basemap, said so.
    assert points["place:iraq"].origin == "country" and listed["place:iraq"].origin == "country"
    assert listed["place:anbar"].origin is None           # no gazetteer here: not on the map, but listed
    assert data.totals["placeless"] == 3 and data.totals["mapped"] == 2


def test_the_gazetteer_places_anbar_approximately(sample):
    data = state_for(sample).source.data
    anbar = next(p for p in data.points if p.key == "place:anbar")
    assert anbar.origin == "gazetteer" and anbar.lat == pytest.approx(33.42)


def test_an_event_at_a_place_without_coordinates_is_drawn_at_its_parent(tmp_path):
    store = Store.create(tmp_path / "parents.db")
    store.put_many([
        {"kind": "place", "id": "place:province", "name": "محافظة", "name_en": "Province", "type": "province",
         "lat": 33.0, "lon": 43.0},
        {"kind": "place", "id": "place:village", "name": "قرية", "type": "city", "parent": "place:province"},
        {"kind": "event", "id": "event:one", "title": "حدث في القرية", "date": "2024-03-01", "place": "place:village"},
        {"kind": "event", "id": "event:two", "title": "حدث في المحافظة", "date": "2024-04-01",
         "place": "place:province"},
    ])
    state = state_for(store, gazetteer=False)
    data = state.source.data
    (point,) = data.points
    assert (point.key, point.events, point.inherited, point.via) == ("place:province", 1, 1, 1)
    (village,) = data.unlocated
    assert village.key == "place:village" and village.origin == "ancestor" and village.shown_at == "place:province"
    assert data.totals["at_ancestor"] == 1 and data.totals["mapped"] == 2
    assert set(state.source.events_at("place:province")) == {"event:one", "event:two"}
    state.language = "en"
    dot = next(i for i in state.scene().items if isinstance(i, Dot) and i.key == "place:province")
    assert dot.tip.splitlines() == ["Province", "1 event",
                                    "and events at places inside it without coordinates, drawn here: 1 (places: 1)"]
    store.close()


def test_an_acled_event_appears_at_its_coordinates_and_a_click_finds_it(acled_store):
    state = state_for(acled_store, width=900, height=600, gazetteer=False)
    points = {p.key: p for p in state.source.data.points}
    qaim = points["place:acled-iraq-al-anbar-al-qaim"]
    assert (qaim.lon, qaim.lat, qaim.events) == (41.0943, 34.3794, 1)
    state.view = fit((40.9, 34.2, 41.3, 34.5), 900, 600)      # close enough that nothing clusters with it
    scene = state.scene()
    x, y = state.view.to_screen(41.0943, 34.3794)
    assert scene.key_at(x, y) == "place:acled-iraq-al-anbar-al-qaim"
    assert scene.key_at(5, 5) is None
    assert "event:acled-irq34567" in state.source.events_at("place:acled-iraq-al-anbar-al-qaim")
    # Provinces without coordinates are listed with their events' counts.
    listed = {u.key for u in state.source.data.unlocated}
    assert "place:acled-iraq-diyala-khanaqin" in listed


def test_a_from_to_query_restricts_the_events(acled_store):
    everything = state_for(acled_store, gazetteer=False).source.data.totals["with_place"]
    narrowed = state_for(acled_store, "from:2024-01-14 to:2024-01-16", gazetteer=False).source.data
    assert narrowed.totals["with_place"] == 2 < everything           # Al Qaim and Basrah, both on 15 January
    assert sorted(p.key for p in narrowed.points if p.total) == ["place:acled-iraq-al-anbar-al-qaim",
                                                                 "place:acled-iraq-basrah"]


def test_keys_show_only_those_records(acled_store):
    source = MapSource(acled_store, gazetteer=False)
    source.set_keys(["event:acled-irq34567", "place:acled-iraq-basrah"])
    data = source.data_for(None)
    assert {p.key for p in data.points} == {"place:acled-iraq-al-anbar-al-qaim", "place:acled-iraq-basrah"}


def test_a_capped_read_is_read_again_for_the_box_zoomed_into(tmp_path):
    store = Store.create(tmp_path / "many.db")
    store.put_many([{"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}", "lat": 30 + i * 0.1,
                     "lon": 40 + i * 0.1} for i in range(30)])
    source = MapSource(store, cap=10, gazetteer=False)
    data = source.data_for(None)
    assert len(data.points) == 10 and data.capped
    box = (42.45, 32.45, 42.95, 32.95)                 # places 25..29 only
    assert not source.covers(box)
    inside = source.data_for(box)
    assert {p.key for p in inside.points} == {f"place:p{i}" for i in range(25, 30)} and not inside.capped
    store.close()


# --- the drawing -------------------------------------------------------------------------------


def test_the_headless_map_has_countries_arabic_names_a_scale_and_places(sample):
    scene = map_scene(sample, width=760, height=420, language="ar")
    assert scene.rtl and scene.title == "الخريطة"
    assert sum(isinstance(i, Area) for i in scene.items) >= 3          # Iraq, Syria, Jordan at least
    labels = scene.labels()
    assert "قاعدة عين الأسد" in labels
    assert any(text.endswith("كم") for text in labels)                   # the scale bar
    assert any("Natural Earth" in text for text in labels)
    wide = map_scene(sample, width=760, height=420, language="en", arabic_digits=False)
    assert "Ain al-Asad Air Base" in wide.labels()
    assert any(k and k.startswith("place:") for k in (getattr(i, "key", None) for i in wide.items))


def test_country_names_follow_the_language(sample):
    state = state_for(sample, language="ar", gazetteer=False)
    state.view = fit((25.0, 20.0, 60.0, 42.0), 900, 600)
    assert "السعودية" in state.scene().labels()
    state.language = "en"
    assert "Saudi Arabia" in state.scene().labels()


def test_first_level_boundaries_only_when_zoomed_in(sample):
    state = state_for(sample, gazetteer=False)
    state.view = fit(None, 800, 500)
    assert not any(isinstance(i, Line) and i.width == 0.5 for i in state.scene().items)
    state.view = fit((40.0, 31.0, 45.0, 35.5), 800, 500)
    assert any(isinstance(i, Line) and i.width == 0.5 for i in state.scene().items)


def test_selected_records_are_ringed_and_an_event_rings_its_place(sample):
    state = state_for(sample, gazetteer=False)
    state.view = fit((42.3, 33.7, 42.6, 33.9), 800, 500)
    plain = next(i for i in state.scene().items if isinstance(i, Dot) and i.key == "place:ain-al-asad")
    events = state.source.events_at("place:ain-al-asad")
    state.select([events[0]])
    ringed = next(i for i in state.scene().items if isinstance(i, Dot) and i.key == "place:ain-al-asad")
    assert plain.stroke == "#ffffff" and ringed.stroke != plain.stroke and ringed.stroke_width > plain.stroke_width


def test_crowded_points_become_a_counted_cluster(tmp_path):
    store = Store.create(tmp_path / "crowd.db")
    recs = []
    for i in range(12):
        recs.append({"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}", "lat": 33.3 + i * 0.01,
                     "lon": 44.4 + i * 0.01})
        recs.append({"kind": "event", "id": f"event:e{i}", "title": f"حدث {i}", "date": "2024-01-01",
                     "place": f"place:p{i}"})
    store.put_many(recs)
    state = state_for(store, gazetteer=False)
    state.view = fit((35.0, 28.0, 50.0, 38.0), 800, 500)
    scene = state.scene()
    clusters = [i for i in scene.items if isinstance(i, Dot) and i.key and i.key.startswith(CLUSTER_KEY)]
    assert len(clusters) == 1
    assert sorted(state.cluster_members(clusters[0].key)) == sorted(f"place:p{i}" for i in range(12))
    assert "12" in scene.labels()
    state.view = fit((44.39, 33.29, 44.52, 33.42), 800, 500, min_span_km=1).zoomed(2)   # 0.01 degree: ~70 points
    assert not any(isinstance(i, Dot) and i.key and i.key.startswith(CLUSTER_KEY) for i in state.scene().items)
    store.close()


def test_session_span_reaches_the_map_through_the_query(acled_store):
    session = Session()
    session.set_query("")
    session.set_span("2024-01-14", "2024-01-16")
    assert session.text == "from:2024-01-14 to:2024-01-16"
    state = state_for(acled_store, session.query, gazetteer=False)
    assert state.source.data.totals["with_place"] == 2


def test_arabic_digits_in_counts(tmp_path):
    store = Store.create(tmp_path / "digits.db")
    store.put_many([{"kind": "place", "id": "place:x", "name": "س", "lat": 33.0, "lon": 44.0}] +
                   [{"kind": "event", "id": f"event:{i}", "title": f"حدث {i}", "date": "2024-01-01",
                     "place": "place:x"} for i in range(25)])
    scene = map_scene(store, language="ar", arabic_digits=True)
    assert "٢٥" in scene.labels()
    assert math.isfinite(sum(i.x for i in scene.items if isinstance(i, Label)))
    store.close()


def test_shapes_are_cut_to_the_drawing():
    from desktop.core.geo.clip import clip_line, clip_ring
    square = [(-50, -50), (150, -50), (150, 150), (-50, 150)]
    cut = clip_ring(square, (0, 0, 100, 100))
    assert {(round(x), round(y)) for x, y in cut} == {(0, 0), (100, 0), (100, 100), (0, 100)}
    assert clip_ring([(200, 200), (300, 200), (300, 300)], (0, 0, 100, 100)) == ()
    assert clip_line([(-10, 50), (50, 50), (50, 150), (80, 150), (80, 50)], (0, 0, 100, 100)) == [
        ((0.0, 50.0), (50, 50), (50.0, 100.0)), ((80.0, 100.0), (80, 50))]


def test_a_close_view_keeps_every_shape_inside_the_drawing(sample):
    state = state_for(sample, gazetteer=False)
    state.view = fit((42.3, 33.7, 42.6, 33.9), 400, 300, min_span_km=5)
    for item in state.scene().items:
        points = [p for ring in item.rings for p in ring] if isinstance(item, Area) else \
            list(item.points) if isinstance(item, Line) else []
        assert all(-5 <= x <= 405 and -5 <= y <= 305 for x, y in points)


def test_the_totals_summed_with_the_places_match_the_totals_counted_apart(acled_store):
    from desktop.core import views
    rows = acled_store.map_event_places(views.Filters(), None)
    apart = acled_store.map_event_totals(views.Filters(), None)
    assert {k: rows[0][k] for k in ("with_place", "mapped", "at_ancestor")} == \
        {k: apart[k] for k in ("with_place", "mapped", "at_ancestor")}
    assert apart["with_place"] == 7 and apart["placeless"] == 0
