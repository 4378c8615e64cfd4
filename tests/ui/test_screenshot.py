"""`marsad gui --screenshot`: the real window, painted and saved; errors to stderr with status 1."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop.core.storage import Store

# The gui command under a minimal group that passes --db the way desktop/cli.py does.
RUNNER = """
import sys
from pathlib import Path
import click
from desktop.gui_cmd import gui

@click.group()
@click.option("--db", type=click.Path())
@click.pass_context
def cli(ctx, db):
    ctx.obj = {"db_path": Path(db)}

cli.add_command(gui)
cli(sys.argv[1:])
"""


def run_gui(*args, env_extra=None):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)     # --screenshot must choose offscreen itself
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_screenshot_of_a_search(store, tmp_path):
    path = store.path
    store.close()
    out = tmp_path / "shot.png"
    proc = run_gui("--db", str(path), "gui", "--screenshot", str(out), "--tab", "quotes", "--search", "علاوي",
                   "--size", "1000x640")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1000, 640)
    # Not a blank grab: a painted window has many colours.
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 640, 25)}
    assert len(colours) > 5


def test_screenshot_in_english(store, tmp_path):
    path = store.path
    store.close()
    out = tmp_path / "en.png"
    proc = run_gui("--db", str(path), "gui", "--screenshot", str(out), "--lang", "en", "--tab", "actors")
    assert proc.returncode == 0, proc.stderr
    assert not QImage(str(out)).isNull()


def test_screenshot_of_an_empty_store(tmp_path):
    Store.create(tmp_path / "empty.db").close()
    out = tmp_path / "empty.png"
    proc = run_gui("--db", str(tmp_path / "empty.db"), "gui", "--screenshot", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.exists()


@pytest.mark.parametrize("content", [None, b"this is not a database at all" * 10])
def test_missing_or_corrupt_store_fails_without_dialogs(tmp_path, content):
    db = tmp_path / "bad.db"
    if content is not None:
        db.write_bytes(content)
    out = tmp_path / "never.png"
    proc = run_gui("--db", str(db), "gui", "--screenshot", str(out))
    assert proc.returncode == 1
    assert "marsad:" in proc.stderr and str(db) in proc.stderr
    assert not out.exists()


def test_bad_size_is_an_error(store, tmp_path):
    path = store.path
    store.close()
    proc = run_gui("--db", str(path), "gui", "--screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert proc.returncode != 0 and "--size" in proc.stderr


@pytest.mark.parametrize("view", ["timeline", "links", "map"])
def test_screenshot_of_a_story_view_focused_on_a_record(store, tmp_path, view):
    path = store.path
    store.close()
    out = tmp_path / f"{view}.png"
    proc = run_gui("--db", str(path), "gui", "--screenshot", str(out), "--view", view,
                   "--focus", "place:ain-al-asad", "--size", "1000x700")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    # The view fills the lower part of the table side: it is painted, not blank.
    colours = {image.pixel(x, y) for x in range(0, 600, 10) for y in range(450, 690, 10)}
    assert len(colours) > 5


def test_an_unknown_focus_is_said_and_the_screenshot_still_made(store, tmp_path):
    path = store.path
    store.close()
    out = tmp_path / "shot.png"
    proc = run_gui("--db", str(path), "gui", "--screenshot", str(out), "--view", "map", "--focus", "place:nowhere")
    assert proc.returncode == 0 and "place:nowhere" in proc.stderr
    assert not QImage(str(out)).isNull()


def test_the_grabbed_pane_shows_a_headline_that_fits_whole(qapp, store):
    # Offscreen screenshots cut the first event's short title with "more": the pane was rendered
    # before the window was shown and grabbed before the refit timer fitted it at its shown width.
    from desktop.ui import app as ui_app
    from desktop.ui import detail
    window = ui_app.screenshot_window(qapp, store, "ar", "event", None, (1400, 900))
    try:
        html = window.detail.toHtml()
        assert detail.HEADLINE_MORE not in html
    finally:
        window.close()
