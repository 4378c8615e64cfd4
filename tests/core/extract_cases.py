"""What the extraction tests of each round ask of `extract_article` about an invented text: its
records, its quotes with their speakers' names, its actors' names, its events."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.core.extract import extract_article

_FIXTURES = Path(__file__).parent / "fixtures"


def extracted(body: str, outlet: str | None = None, published: str = "2025-10-01") -> list[dict]:
    source = {"id": "source:t", "body": body, "published": published}
    if outlet:
        source["outlet"] = outlet
    return extract_article(source)


def quotes(body: str, outlet: str | None = None) -> list[tuple[str, str]]:
    """(quote text, its speaker's name, or the speaker's id when no actor record names it)."""
    recs = extracted(body, outlet)
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "actor"}
    return [(r["text"], names.get(r["speaker"], r["speaker"])) for r in recs if r["kind"] == "quote"]


def speakers(body: str, outlet: str | None = None) -> list[str]:
    return [speaker for _, speaker in quotes(body, outlet)]


def actor_names(body: str, outlet: str | None = None) -> list[str]:
    return [r["name"] for r in extracted(body, outlet) if r["kind"] == "actor"]


def events(body: str, published: str = "2025-10-01") -> list[dict]:
    return [r for r in extracted(body, published=published) if r["kind"] == "event"]


def fixture_actor_names(folder: str, name: str) -> list[str]:
    """The actors proposed for a whole fixture report: some misreadings need what came before."""
    source = json.loads((_FIXTURES / folder / name).read_text(encoding="utf-8"))["source"]
    return [r["name"] for r in extract_article(source) if r["kind"] == "actor"]
