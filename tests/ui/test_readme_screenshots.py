"""The README's screenshots can be remade: docs/make_screenshots.py knows every PNG the README shows."""
from __future__ import annotations

import importlib.util

from desktop import paths


def _script():
    path = paths.install_root() / "docs" / "make_screenshots.py"
    spec = importlib.util.spec_from_file_location("make_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screenshot_the_readme_shows_has_a_maker_and_a_file():
    script = _script()
    shown = script.referenced()
    assert shown, "the README shows no screenshot"
    assert [name for name in shown if name not in script.makers()] == []
    assert [name for name in shown if not (script.SHOTS_DIR / f"{name}.png").is_file()] == []


def test_no_screenshot_lies_unused():
    script = _script()
    files = {p.stem for p in script.SHOTS_DIR.glob("*.png")}
    assert files == set(script.referenced())
