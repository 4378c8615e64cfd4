"""Actors' roles in a briefing (desktop/core/roles.py): the common ones in the sheet's language, any other
as the analyst typed it, isolated; in the document, its rich text and its PDF (tests/cli/test_briefing_figures_cli.py)."""
from __future__ import annotations

import json

import pytest

from desktop import paths
from desktop.core import roles
from desktop.core.briefing import BriefingSpec, build_document
from desktop.core.briefing_html import to_html

ITEMS = ("event:coalition-founded", "event:phase-two-syria", "event:bilateral-memoranda")


@pytest.fixture(scope="module")
def seed() -> dict[str, dict]:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, fh))}


def actors(seed, language: str) -> dict[str, tuple[str, ...]]:
    doc = build_document(BriefingSpec(language=language, items=ITEMS), seed.get)
    return {e.record_id: e.actors for e in doc.timeline}


def test_common_roles_are_in_english_in_an_english_briefing(seed):
    shown = actors(seed, "en")
    assert "United States (leader)" in shown["event:coalition-founded"]
    assert "France (member)" in shown["event:coalition-founded"]
    assert shown["event:bilateral-memoranda"] == ("Government of Iraq (signatory)",)
    # A role of the analyst's own wording stays as typed, isolated from the English around it.
    assert any(a.endswith(f"({roles.FSI}المحدد للمنصة{roles.PDI})") for a in shown["event:phase-two-syria"])
    html = to_html(build_document(BriefingSpec(language="en", items=ITEMS), seed.get))
    assert "United States (leader)" in html and "(القائد)" not in html and "(عضو)" not in html


def test_an_arabic_briefing_keeps_the_roles_as_typed(seed):
    shown = actors(seed, "ar")
    assert "الولايات المتحدة (القائد)" in shown["event:coalition-founded"]
    assert shown["event:bilateral-memoranda"] == ("الحكومة العراقية (الموقع)",)
    html = to_html(build_document(BriefingSpec(items=ITEMS), seed.get))
    assert "(القائد)" in html and "leader" not in html


@pytest.mark.parametrize("typed, en, ar", [("القائد", "leader", "القائد"), ("قائد", "leader", "قائد"),
                                           ("Recipient", "Recipient", "المتسلم"), ("الجهة الراعية", None, None)])
def test_the_vocabulary_both_ways(typed, en, ar):
    assert roles.shown_role(typed, "en") == (en or f"{roles.FSI}{typed}{roles.PDI}")
    assert roles.shown_role(typed, "ar") == (ar or f"{roles.FSI}{typed}{roles.PDI}")
