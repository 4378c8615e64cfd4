"""The map's side list keeps its two groups under their own headings, and its legend names every mark drawn."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.figures.scene import Dot
from tests.ui.test_map_view import _legend, shown

WORDS = {
    "en": {"title": "Places without coordinates: 4", "missing": "Not on the map: 1",
           "approximate": "◆ Approximate position: 3", "wadi": "Wadi X",
           "legend": {"#c0392b": "Exact position", "#607d8b": "A place with no events shown",
                      "#e67e22": "Approximate position", "#8e3b2f": "Places close together (click to zoom in)"}},
    "ar": {"title": "أماكن بلا إحداثيات: 4", "missing": "غير مرسومة على الخريطة: 1",
           "approximate": "◆ موضع تقريبي: 3", "wadi": "وادي س",
           "legend": {"#c0392b": "موضع دقيق", "#607d8b": "مكان بلا أحداث فيما يُعرض",
                      "#e67e22": "موضع تقريبي", "#8e3b2f": "أماكن متقاربة (انقر للتكبير)"}},
}


def test_places_not_drawn_and_drawn_approximately_are_listed_under_their_own_headings(qtbot, store, language):
    store.put_many([{"kind": "place", "id": "place:wadi-x", "name": "وادي س", "name_en": "Wadi X", "type": "other"},
                    {"kind": "event", "id": "event:wadi-x", "title": "حدث في الوادي", "place": "place:wadi-x"}])
    view, _ = shown(qtbot, store, language=language)
    words = WORDS[language]
    assert view.places_title.text() == words["title"]
    rows = [view.places.item(i) for i in range(view.places.count())]
    texts = [row.text() for row in rows]
    assert texts[0] == words["missing"] and texts[1].startswith(words["wadi"]) and "◆" not in texts[1]
    assert texts[2] == words["approximate"]
    assert len(texts) == 6 and all(t.startswith("◆ ") for t in texts[3:])
    # The headings are not places: they cannot be chosen, and they stand out.
    for heading in (rows[0], rows[2]):
        assert heading.flags() == Qt.ItemIsEnabled and heading.font().bold() and heading.data(Qt.UserRole) is None
    assert view.unlocated_keys()[0] == "place:wadi-x" and len(view.unlocated_keys()) == 4


def test_every_kind_of_mark_drawn_has_its_legend_row(qtbot, store, language):
    # Baghdad Governorate, with coordinates and no event: drawn as a grey dot.
    store.put_many([{"kind": "place", "id": "place:baghdad-gov", "name": "محافظة بغداد",
                     "name_en": "Baghdad Governorate", "type": "province", "lat": 33.3, "lon": 44.4}])
    view, _ = shown(qtbot, store, language=language)
    scene = view.canvas.scene()
    marks = [i for i in scene.items if isinstance(i, Dot) and i.key]
    drawn = {(m.fill or "")[:7] for m in marks}
    legend = {mark.fill: label.text for mark, label in _legend(view)}
    assert drawn and drawn <= set(legend), (drawn, legend)
    assert legend == {fill: WORDS[language]["legend"][fill] for fill in drawn}
    # A place with coordinates and no events shown (grey) is among them in the sample store.
    assert "#607d8b" in drawn
