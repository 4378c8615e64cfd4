"""The synthetic-store generator of bench/: deterministic, valid, importable, varied."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop.core import arabic
from desktop.core.records import validate
from desktop.core.storage import Store

ROOT = Path(__file__).resolve().parents[2]
N = 2_000


def _load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate():
    return _load_generator()


@pytest.fixture(scope="module")
def jsonl(generate, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "2k.jsonl"
    assert generate.write_jsonl(N, str(out), seed=7) == N
    return out


@pytest.fixture(scope="module")
def records(jsonl) -> list[dict]:
    return [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_seed_gives_the_same_bytes(generate, jsonl, tmp_path):
    again = tmp_path / "again.jsonl"
    generate.write_jsonl(N, str(again), seed=7)
    assert _digest(again) == _digest(jsonl)


def test_another_seed_gives_other_records(generate, jsonl, tmp_path):
    other = tmp_path / "other.jsonl"
    generate.write_jsonl(N, str(other), seed=8)
    assert _digest(other) != _digest(jsonl)


def test_kind_shares_and_ids(records):
    kinds = Counter(r["kind"] for r in records)
    assert len(records) == N
    assert kinds == {"place": 40, "source": 160, "actor": 200, "event": 800, "quote": 800}
    ids = [r["id"] for r in records]
    assert len(set(ids)) == N
    assert all(r["id"].startswith(r["kind"] + ":gen-") for r in records)
    assert "event:gen-000123" in ids


def test_every_record_validates(records):
    for rec in records:
        assert validate(rec)["kind"] == rec["kind"]


def test_references_point_backwards(records):
    seen: set[str] = set()
    for rec in records:
        refs = [rec.get(k) for k in ("speaker", "source", "event", "place", "parent", "affiliation")]
        refs += [a["actor"] for a in rec.get("actors", [])] + rec.get("sources", [])
        for ref in filter(None, refs):
            assert ref in seen, f"{rec['id']} refers to {ref} before it is defined"
        seen.add(rec["id"])


def test_sizes_and_dates_are_realistic(records):
    bodies = [len(r["body"].split()) for r in records if r["kind"] == "source"]
    assert min(bodies) >= 80 and max(bodies) <= 320
    quotes = [len(r["text"].split()) for r in records if r["kind"] == "quote"]
    assert min(quotes) >= 10 and max(quotes) <= 45
    dates = [r["date"] for r in records if r.get("date")]
    assert all("2000" <= d[:4] <= "2026" for d in dates)
    precisions = Counter(len(d) for d in dates)
    assert set(precisions) == {4, 7, 10}
    assert any(r.get("aliases") for r in records if r["kind"] == "actor")


def test_vocabulary_has_a_long_tail_and_real_variation(records):
    text = " ".join(r.get("title", "") + " " + r.get("text", "") + " " + r.get("body", "") for r in records)
    tokens = text.split()
    forms = Counter(tokens)
    assert len(forms) > 5_000
    singletons = sum(1 for c in forms.values() if c == 1)
    assert singletons > len(forms) / 3
    # Zipf-like: the top form is frequent, but no single form dominates.
    top = forms.most_common(1)[0][1] / len(tokens)
    assert 0.01 < top < 0.10
    norms = Counter(arabic.normalize(t) for t in tokens)
    assert len(norms) < len(forms)  # some forms are spelling variants of others
    assert any("\u0640" in t for t in forms), "tatweel"
    assert any(any("\u064b" <= ch <= "\u0652" for ch in t) for t in forms), "diacritics"
    assert "امن" in forms and "أمن" in forms
    assert any(t.startswith("وال") for t in forms) and any(t.startswith("بال") for t in forms)


def test_lexicon_has_hundreds_of_real_base_words(generate):
    words = generate.base_words()
    assert len({w for w, cls in words if cls in ("n", "v")}) >= 800
    assert len({w for w, _ in words}) == len(words)


def test_generated_records_import_and_resolve(jsonl, records, tmp_path):
    from desktop.core import importing
    store = Store.create(tmp_path / "gen.db")
    try:
        report = importing.import_files(store, [jsonl])
        assert not report.errors
        counts = store.counts()
        assert counts == dict(Counter(r["kind"] for r in records))
        quote = next(r for r in records if r["kind"] == "quote")
        assert store.get(quote["id"])["speaker"] == quote["speaker"]
        event = next(r for r in records if r["kind"] == "event" and r.get("actors"))
        assert [a["actor"] for a in store.get(event["id"])["actors"]] == [a["actor"] for a in event["actors"]]
        assert store.check() == []
    finally:
        store.close()
