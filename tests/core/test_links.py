"""The link chart in core: the store's links, growing with "N more", arranging with undo, paths, the scene."""
from __future__ import annotations

import json
import math

import pytest

from desktop import paths
from desktop.core.figures.scene import Dot, Label, Line
from desktop.core.links import LinkChart, links_scene
from desktop.core.links_layout import ITERATIONS, arrange
from desktop.core.links_model import MORE, more_key
from desktop.core.links_paths import shortest_paths
from desktop.core.links_scene import COLOURS, PATH, SELECTED, Viewport, build_scene, fit, radius
from desktop.core.storage import Store
from desktop.core.storage.links import Link

HUB = "actor:hub"


def _sample() -> list[dict]:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _hub_records(n: int = 30, quoted: tuple[int, ...] = (5, 17, 29)) -> list[dict]:
    """An actor in `n` events; the events numbered in `quoted` each have quotes (they weigh more)."""
    out: list[dict] = [{"kind": "actor", "id": HUB, "name": "فاعل كثير الأحداث", "type": "organization"},
                       {"kind": "actor", "id": "actor:speaker", "name": "متحدث"}]
    for i in range(n):
        out.append({"kind": "event", "id": f"event:hub-{i:02d}", "title": f"حدث رقم {i}",
                    "date": f"2020-01-{1 + i % 28:02d}", "actors": [{"actor": HUB, "role": "طرف"}]})
    for i in quoted:
        for j in range(i % 4 + 1):
            out.append({"kind": "quote", "id": f"quote:hub-{i}-{j}", "text": f"تصريح {i} {j}",
                        "speaker": "actor:speaker", "event": f"event:hub-{i:02d}"})
    return out


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "links.db")
    s.put_many(_sample())
    yield s
    s.close()


@pytest.fixture
def hub_store(store):
    store.put_many(_hub_records())
    return store


# --- the store's links --------------------------------------------------------------------------


def test_the_store_reads_roles_quotes_places_affiliations_and_sources(store):
    links, counts = store.links_of(["event:coalition-founded", "actor:hussein-allawi", "place:ain-al-asad",
                                    "source:seed-ain-al-asad"], limit=100)
    assert Link("actor:global-coalition", "event:coalition-founded", "role", "المنشأ") in links
    assert Link("actor:isis", "event:coalition-founded", "role", "المستهدف") in links
    assert Link("actor:hussein-allawi", "event:ain-al-asad-handover", "said", "quote:allawi-1") in links
    assert Link("actor:hussein-allawi", "source:seed-ain-al-asad", "quoted_in", "quote:allawi-4") in links
    assert Link("actor:hussein-allawi", "actor:iraqi-government", "member_of", "") in links
    assert Link("event:ain-al-asad-handover", "place:ain-al-asad", "at", "") in links
    assert Link("place:ain-al-asad", "place:anbar", "part_of", "") in links
    assert Link("source:seed-ain-al-asad", "event:phase-one-end", "reports", "") in links
    assert counts["event:coalition-founded"]["event_actors"] == 5
    assert counts["actor:hussein-allawi"]["actor_quotes"] == 4


def test_weights_count_quotes_and_events(store):
    weights = store.link_weights(["actor:hussein-allawi", "actor:global-coalition", "place:ain-al-asad",
                                  "event:ain-al-asad-handover", "no:such"])
    assert weights == {"actor:hussein-allawi": 4, "actor:global-coalition": 7, "place:ain-al-asad": 2,
                       "event:ain-al-asad-handover": 2}


def test_a_big_record_is_read_a_page_at_a_time(hub_store):
    first, counts = hub_store.links_of([HUB], limit=10)
    second, _ = hub_store.links_of([HUB], limit=10, offset=10)
    assert counts[HUB]["actor_events"] == 30
    assert len(first) == len(second) == 10
    assert not {link.b for link in first} & {link.b for link in second}
    assert first[0].b == "event:hub-29", "newest first"


# --- growing ---------------------------------------------------------------------------------


def test_a_chart_grows_from_an_actor_one_step(store):
    chart = LinkChart(store)
    added = chart.start(["actor:hussein-allawi"])
    assert set(added) >= {"actor:hussein-allawi", "event:ain-al-asad-handover", "actor:iraqi-government",
                          "source:seed-ain-al-asad"}
    said = chart.state.edges[("actor:hussein-allawi", "event:ain-al-asad-handover", "said")]
    assert said.quotes == ("quote:allawi-1",)
    quoted = chart.state.edges[("actor:hussein-allawi", "source:seed-ain-al-asad", "quoted_in")]
    assert len(quoted.quotes) == 4
    # The edges among the neighbours are drawn too: the government signed the memoranda.
    role = chart.state.edges[("actor:iraqi-government", "event:bilateral-memoranda", "role")]
    assert role.roles == ("الموقع",)
    assert chart.node("actor:hussein-allawi").weight == 4


def test_a_quote_starts_the_chart_from_its_speaker_and_event(store):
    chart = LinkChart(store)
    chart.start(["quote:muhammadawi-1"], hops=0)
    assert chart.records() == ["actor:qais-al-muhammadawi", "event:ain-al-asad-handover"]


def test_many_neighbours_collapse_into_one_more_node_that_expands(hub_store):
    chart = LinkChart(hub_store, per_expand=12)
    chart.start([HUB], hops=0)
    added = chart.expand(HUB)
    assert len(added) == 12
    more = chart.node(more_key(HUB))
    assert more.kind == MORE and more.count == 18
    # The heaviest come first: the three events with quotes.
    assert {"event:hub-05", "event:hub-17", "event:hub-29"} <= set(added)
    second = chart.expand(more_key(HUB))
    assert len(second) == 12 and not set(second) & set(added)
    assert chart.node(more_key(HUB)).count == 6
    last = chart.expand(more_key(HUB))
    assert len(last) == 6 and chart.node(more_key(HUB)) is None
    events = [k for k in chart.records() if k.startswith("event:hub-")]
    assert len(events) == 30 == len(set(events))


def test_the_more_node_reads_further_pages_of_the_store(hub_store):
    chart = LinkChart(hub_store, per_expand=8, page=10)
    chart.start([HUB], hops=0)
    chart.expand(HUB)
    while chart.node(more_key(HUB)) is not None:
        assert chart.expand(more_key(HUB))
    assert len([k for k in chart.records() if k.startswith("event:hub-")]) == 30


def test_the_chart_never_holds_more_than_max_nodes(hub_store):
    chart = LinkChart(hub_store, per_expand=50, max_nodes=10)
    chart.start([HUB], hops=0)
    chart.expand(HUB)
    assert chart.visible_count() <= 11      # ten records and the "more" node
    assert len(chart.records()) == 10 and chart.full


def test_expanding_adds_nodes_without_moving_those_drawn(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    before = {n.key: (n.x, n.y) for n in chart.state.visible_nodes()}
    added = chart.expand("event:ain-al-asad-handover")
    assert "place:ain-al-asad" in added
    after = {n.key: (n.x, n.y) for n in chart.state.visible_nodes()}
    assert all(after[k] == before[k] for k in before)


# --- arranging -----------------------------------------------------------------------------------


def test_a_move_pins_the_node_and_undo_takes_it_back(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    node = chart.node("actor:iraqi-government")
    chart.move("actor:iraqi-government", 5.0, -3.0)
    moved = chart.node("actor:iraqi-government")
    assert (moved.x, moved.y, moved.pinned) == (5.0, -3.0, True)
    assert chart.undo()
    back = chart.node("actor:iraqi-government")
    assert (back.x, back.y, back.pinned) == (node.x, node.y, False)
    assert chart.redo() and chart.node("actor:iraqi-government").x == 5.0


def test_undo_goes_back_over_expand_and_hide(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    shown = set(chart.records())
    chart.expand("event:ain-al-asad-handover")
    chart.hide(["actor:iraqi-government"])
    assert "actor:iraqi-government" not in chart.records()
    chart.undo()
    assert "actor:iraqi-government" in chart.records()
    chart.undo()
    assert set(chart.records()) == shown


def test_a_pinned_node_stays_where_it_is_on_relayout(store):
    chart = LinkChart(store)
    chart.start(["actor:global-coalition"])
    chart.move("event:coalition-founded", 7.0, 7.0)
    before = {n.key: (n.x, n.y) for n in chart.state.visible_nodes()}
    chart.relayout()
    after = {n.key: (n.x, n.y) for n in chart.state.visible_nodes()}
    assert after["event:coalition-founded"] == (7.0, 7.0)
    assert any(after[k] != before[k] for k in before if k != "event:coalition-founded")


def test_a_layout_over_its_budget_is_cut_short():
    positions = {f"n{i}": (math.cos(i), math.sin(i)) for i in range(60)}
    edges = [(f"n{i}", f"n{i + 1}") for i in range(59)]
    result = arrange(positions, edges, budget=0.0)
    assert result.cut and result.iterations < ITERATIONS
    full = arrange(positions, edges, budget=10.0)
    assert not full.cut and full.iterations == ITERATIONS


# --- paths -----------------------------------------------------------------------------------------


def test_the_shortest_path_between_two_actors_who_share_an_event(store):
    found = shortest_paths(store, "actor:france", "actor:spain")
    assert found.length == 2
    assert ["actor:france", "event:coalition-founded", "actor:spain"] in found.paths


def test_connect_adds_the_path_and_highlights_its_edges(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    found = chart.connect("actor:hussein-allawi", "place:ain-al-asad")
    assert found.paths[0] == ["actor:hussein-allawi", "event:ain-al-asad-handover", "place:ain-al-asad"]
    assert "place:ain-al-asad" in chart.records()
    assert chart.state.highlight == {("actor:hussein-allawi", "event:ain-al-asad-handover", "said"),
                                     ("event:ain-al-asad-handover", "place:ain-al-asad", "at")}
    scene = chart.scene(fit(chart.state.visible_nodes(), 800, 600), 800, 600)
    assert any(isinstance(i, Line) and i.stroke == PATH for i in scene.items)


def test_records_with_no_connection_have_no_path(store):
    store.put({"kind": "actor", "id": "actor:alone", "name": "وحيد"})
    found = shortest_paths(store, "actor:hussein-allawi", "actor:alone")
    assert found.paths == [] and found.length is None


# --- the scene ---------------------------------------------------------------------------------------


def _dots(scene) -> dict[str, Dot]:
    return {i.key: i for i in scene.items if isinstance(i, Dot) and i.key}


def test_each_kind_has_its_shape_icon_and_colour_and_labels_are_the_records_own_text(store):
    chart = LinkChart(store, per_expand=5)      # six neighbours: the lightest (a speaker of one quote) waits
    chart.start(["event:ain-al-asad-handover"])
    assert "actor:qais-al-muhammadawi" not in chart.records()
    scene = chart.scene(fit(chart.state.visible_nodes(), 900, 700), 900, 700, "ar")
    dots = _dots(scene)
    assert (dots["event:ain-al-asad-handover"].shape, dots["event:ain-al-asad-handover"].icon) == ("diamond", "event")
    assert dots["place:ain-al-asad"].shape == "hexagon" and dots["place:ain-al-asad"].icon == "place"
    assert dots["actor:hussein-allawi"].shape == "circle" and dots["actor:hussein-allawi"].icon == "actor"
    assert dots["event:ain-al-asad-handover"].fill == COLOURS["event"]
    more = dots[more_key("event:ain-al-asad-handover")]
    assert more.shape == "circle" and "+" in [i.text[0] for i in scene.items if isinstance(i, Label)]
    assert "قاعدة عين الأسد" in scene.labels()      # logical text, as stored: never reshaped
    assert scene.rtl


def test_a_source_is_a_square_and_roles_label_their_edges(store):
    chart = LinkChart(store)
    chart.start(["event:coalition-founded"])
    scene = chart.scene(fit(chart.state.visible_nodes(), 900, 700), 900, 700, "en")
    assert _dots(scene)["source:seed-ain-al-asad"].shape == "square"
    # The roles in the words the briefing prints them in (desktop/core/roles.py): «المنشأ» was drawn in the
    # English chart as typed.
    assert {"established", "target", "leader"} <= set(scene.labels())
    assert not {"المنشأ", "المستهدف", "القائد"} & set(scene.labels())
    assert "Global Coalition against Daesh" in scene.labels(), "the English UI shows English names"
    arabic = chart.scene(fit(chart.state.visible_nodes(), 900, 700), 900, 700, "ar")
    assert {"المنشأ", "المستهدف", "القائد"} <= set(arabic.labels())


def test_key_at_finds_a_node_where_it_is_drawn(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    viewport = fit(chart.state.visible_nodes(), 800, 600)
    scene = chart.scene(viewport, 800, 600)
    node = chart.node("actor:iraqi-government")
    x, y = viewport.to_screen(node.x, node.y, 800, 600)
    assert scene.key_at(x, y) == "actor:iraqi-government"
    assert scene.key_at(-500, -500) is None


def test_selected_nodes_are_ringed_and_sizes_follow_weights(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    viewport = fit(chart.state.visible_nodes(), 800, 600)
    scene = chart.scene(viewport, 800, 600, selected=["actor:hussein-allawi"])
    node = _dots(scene)["actor:hussein-allawi"]
    rings = [i for i in scene.items if isinstance(i, Dot) and i.key is None and i.stroke == SELECTED]
    assert len(rings) == 1 and (rings[0].x, rings[0].y) == (node.x, node.y) and rings[0].r > node.r
    heavy, light = chart.node("source:seed-ain-al-asad"), chart.node("actor:iraqi-government")
    assert radius(heavy, viewport.zoom) > radius(light, viewport.zoom)


def test_a_hidden_node_is_not_drawn(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    chart.hide(["actor:iraqi-government"])
    scene = chart.scene(Viewport(), 800, 600)
    assert "actor:iraqi-government" not in _dots(scene)


def test_zoom_keeps_the_point_under_the_mouse():
    viewport = Viewport(1.0, 2.0, 100.0)
    before = viewport.to_chart(300, 200, 800, 600)
    after = viewport.zoomed(1.5, 300, 200, 800, 600).to_chart(300, 200, 800, 600)
    assert after == pytest.approx(before)


def test_the_headless_figure_connects_allawi_to_ain_al_asad(store):
    scene = links_scene(store, keys=["actor:hussein-allawi", "place:ain-al-asad"], width=600, height=400)
    assert {"حسين علاوي", "قاعدة عين الأسد", "فاعل"} <= set(scene.labels())      # "فاعل": the legend
    assert any(isinstance(i, Line) and i.stroke == PATH for i in scene.items)
    searched = links_scene(store, query_text="عين الأسد", width=600, height=400, language="en")
    assert "Ain al-Asad Air Base" in searched.labels()


def test_reload_drops_a_deleted_record(store):
    chart = LinkChart(store)
    chart.start(["actor:hussein-allawi"])
    store.delete("quote:allawi-4")
    store.delete("event:bilateral-memoranda", dependents="detach", quotes="detach")
    chart.reload()
    assert "event:bilateral-memoranda" not in chart.records()
    assert len(chart.state.edges[("actor:hussein-allawi", "source:seed-ain-al-asad", "quoted_in")].quotes) == 3


def test_a_scene_of_an_empty_chart_is_empty(store):
    scene = build_scene(LinkChart(store).state, Viewport(), 400, 300, "ar")
    assert _dots(scene) == {}


def test_a_cycle_of_affiliations_neither_hangs_nor_repeats(store):
    store.put_many([{"kind": "actor", "id": "actor:cycle-a", "name": "أ", "affiliation": "actor:cycle-b"},
                    {"kind": "actor", "id": "actor:cycle-b", "name": "ب", "affiliation": "actor:cycle-a"}])
    chart = LinkChart(store)
    chart.start(["actor:cycle-a"])
    chart.expand("actor:cycle-b")
    chart.expand("actor:cycle-a")
    assert sorted(chart.records()) == ["actor:cycle-a", "actor:cycle-b"]
    assert {e.id for e in chart.state.visible_edges()} == {("actor:cycle-a", "actor:cycle-b", "member_of"),
                                                           ("actor:cycle-b", "actor:cycle-a", "member_of")}
    assert shortest_paths(store, "actor:cycle-a", "actor:cycle-b").length == 1
