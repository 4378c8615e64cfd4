"""Story-view figures in the briefing: kept in the spec, drawn as vectors, their text extractable."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.core.briefing import BriefingError, BriefingSpec, build_document  # noqa: E402
from desktop.core.figures import figure  # noqa: E402
from desktop.core.figures.scene import Box, Dot, Label, Line, Scene  # noqa: E402

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def records() -> dict:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        found = [json.loads(line) for line in fh if line.strip()]
    return {r["id"]: r for r in found if "id" in r}


def drawing() -> Scene:
    scene = Scene(480, 220, title="عين الأسد")
    scene.add(Box(10, 10, 300, 24, fill="#1e88e5", soft_right=True, key="event:x"))
    scene.add(Line(((10, 120), (470, 120)), arrow=True))
    scene.add(Dot(400, 80, 18, fill="#43a047", shape="hexagon", key="actor:y"))
    scene.add(Label(240, 190, "قاعدة عين الأسد الجوية", size=12, align="center"))
    return scene


def spec_with_figure(**options) -> BriefingSpec:
    quotes = tuple(k for k in records() if k.startswith("quote:"))[:2]
    return BriefingSpec(title="موجز", items=quotes, figures=(figure.entry("map", drawing()),), **options)


def test_a_figure_survives_the_saved_briefing_round_trip():
    spec = spec_with_figure()
    again = BriefingSpec.from_dict(json.loads(json.dumps(spec.to_dict())))
    assert json.dumps(again.figures) == json.dumps(spec.figures)
    document = build_document(again, records().get)
    (fig,) = document.figures
    assert fig.caption == "شكل ١: الخريطة — عين الأسد" and fig.scene.items == drawing().items


@pytest.mark.parametrize("bad", [{"view": "chart", "scene": {}}, {"view": "map"}, "map",
                                 {"view": "map", "scene": {"width": 10}}])
def test_a_bad_figure_is_refused_by_name(bad):
    with pytest.raises(BriefingError) as caught:
        quote = next(k for k in records() if k.startswith("quote:"))
        build_document(BriefingSpec(items=(quote,), figures=(bad,)), records().get)
    assert caught.value.code in ("briefing.bad_figure", "field.not_choice")


@needs_pdftotext
def test_the_figure_is_vector_with_its_labels_as_text(qapp, tmp_path):
    from desktop.ui import printing
    printing.ensure_application()
    out = printing.write_pdf_document(build_document(spec_with_figure(), records().get), tmp_path / "b.pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "قاعدة عين الأسد الجوية" in text.replace("\u202b", "").replace("\u202c", "")
    assert "شكل" in text
    # Vector: the drawing is paths and text, not a raster image of the figure.
    # (The only images are the 1×1 blank that holds the figure's room in the text.)
    if shutil.which("pdfimages"):
        listed = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
        sizes = {tuple(line.split()[3:5]) for line in listed.splitlines()[2:] if line.strip()}
        assert sizes <= {("1", "1")}, sizes


def test_the_figure_takes_room_on_the_page_and_pushes_the_text_down(qapp):
    from PySide6.QtGui import QPdfWriter
    from desktop.ui import printing
    from desktop.ui.figures.on_page import placed_figures
    printing.ensure_application()
    writer = QPdfWriter(os.devnull)
    writer.setResolution(300)
    writer.setPageLayout(printing.page_layout("A4"))
    sheet = writer.pageLayout().fullRectPixels(writer.logicalDpiX())
    geometry = printing.page_geometry(sheet.width(), sheet.height(), writer.logicalDpiY())
    document = build_document(spec_with_figure(), records().get)
    qdoc = printing.text_document(document, writer, geometry, "DejaVu Sans")
    (placed,) = placed_figures(qdoc, [f.scene for f in document.figures], qdoc.property("figure_scales"))
    assert placed.rect.width() == pytest.approx(480 * placed.scale)
    assert 0 <= placed.rect.left() and placed.rect.right() <= geometry.body.width() + 1
    # The caption comes after the drawing.
    caption_at = qdoc.find("شكل").block()
    assert qdoc.documentLayout().blockBoundingRect(caption_at).top() >= placed.rect.bottom() - 1


def test_the_composer_lists_moves_and_removes_figures(qtbot, tmp_path):
    from desktop.core.storage import Store
    from desktop.ui.briefing.composer import BriefingComposer
    store = Store.create(tmp_path / "s.db")
    store.put_many(list(records().values()))
    composer = BriefingComposer(store, "en")
    qtbot.addWidget(composer)
    first, second = figure.entry("map", drawing()), figure.entry("timeline", Scene(100, 50, title="2024"))
    composer.add_figure(first)
    composer.add_figure(second)
    assert [f["view"] for f in composer.spec().figures] == ["map", "timeline"]
    assert composer.figures_panel.list.item(1).text() == "Timeline — 2024"
    composer.figures_panel.list.setCurrentRow(1)
    composer.figures_panel.up_button.click()
    assert [f["view"] for f in composer.spec().figures] == ["timeline", "map"]
    composer.figures_panel.remove_button.click()
    assert [f["view"] for f in composer.spec().figures] == ["map"]
    store.close()


def test_a_figure_added_before_the_composer_opens_waits_in_the_remembered_briefing(qtbot, tmp_path):
    from desktop.core.storage import Store
    from desktop.ui import basket_status
    from tests.ui.conftest import shown_window
    store = Store.create(tmp_path / "s.db")
    store.put_many(list(records().values()))
    window = shown_window(qtbot, store)
    basket_status.add_figure(window, figure.entry("map", drawing()))
    composer = window.open_briefing()
    assert [f["view"] for f in composer.spec().figures] == ["map"]
    window.add_to_basket()  # nothing selected yet: says so, adds nothing
    window.go_to("actor:hussein-allawi")
    window.add_to_basket()
    assert "actor:hussein-allawi" in window.session.basket
    store.close()
