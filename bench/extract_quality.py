"""Extraction quality: precision and recall of quotes and speakers against hand annotation.

Usage: python bench/extract_quality.py [DIR ...]
Each DIR holds annotated articles (JSON: "source", "quotes" as [text, speaker]
pairs, "not_quotes"). Defaults: tests/core/fixtures/articles (the articles
the rules were written against), then articles_round2, articles_heldout and
articles_heldout4 (each written afterwards in the style of other outlets and
scored before any rule was changed for it).

A proposed quote matches an annotated one when either normalised text
contains the other (annotations hold a distinctive stretch of the quote, not
always all of it); each annotated quote matches at most one proposal. A
speaker is right when either normalised name contains the other
("السوداني" for "محمد شياع السوداني").
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core import arabic  # noqa: E402
from desktop.core.extract import extract_article  # noqa: E402

DEFAULT_DIRS = tuple(ROOT / "tests/core/fixtures" / name
                     for name in ("articles", "articles_round2", "articles_heldout", "articles_heldout4"))


@dataclass
class Score:
    proposed: int = 0
    annotated: int = 0
    matched: int = 0
    speakers_right: int = 0
    names_taken: list[str] = field(default_factory=list)    # annotated non-quotes proposed as quotes
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("proposed", "annotated", "matched", "speakers_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("names_taken", "missed", "spurious", "wrong_speaker"):
            getattr(self, name).extend(getattr(other, name))

    @property
    def quote_precision(self) -> float:
        return self.matched / self.proposed if self.proposed else 1.0

    @property
    def quote_recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def speaker_precision(self) -> float:
        return self.speakers_right / self.proposed if self.proposed else 1.0

    @property
    def speaker_recall(self) -> float:
        return self.speakers_right / self.annotated if self.annotated else 1.0


def _contains(a: str, b: str) -> bool:
    a, b = arabic.normalize(a), arabic.normalize(b)
    return bool(a and b) and (a in b or b in a)


def _speaker_right(annotated: str, proposed: str) -> bool:
    return bool(annotated) and arabic.normalize(annotated) in arabic.normalize(proposed)


def score_article(case: dict) -> Score:
    recs = extract_article(case["source"])
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "actor"}
    proposed = [(r["text"], names.get(r["speaker"], r["speaker"])) for r in recs if r["kind"] == "quote"]
    score = Score(proposed=len(proposed), annotated=len(case["quotes"]))
    free = list(range(len(proposed)))
    for text, speaker in case["quotes"]:
        hit = next((i for i in free if _contains(text, proposed[i][0])), None)
        if hit is None:
            score.missed.append(text)
            continue
        free.remove(hit)
        score.matched += 1
        if _speaker_right(speaker, proposed[hit][1]):
            score.speakers_right += 1
        else:
            score.wrong_speaker.append(f"{text}: {proposed[hit][1]} (annotated {speaker})")
    score.spurious = [proposed[i][0] for i in free]
    score.names_taken = [n for n in case.get("not_quotes", [])
                         if any(arabic.normalize(n) == arabic.normalize(t) for t, _ in proposed)]
    return score


def score_dir(folder: Path) -> tuple[Score, dict[str, Score]]:
    total, each = Score(), {}
    for path in sorted(folder.glob("*.json")):
        each[path.stem] = score_article(json.loads(path.read_text(encoding="utf-8")))
        total.add(each[path.stem])
    return total, each


def main(argv: list[str]) -> int:
    for folder in [Path(a) for a in argv] or DEFAULT_DIRS:
        total, each = score_dir(folder)
        print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: {len(each)} articles")
        print(f"{'article':28} {'quotes':>6} {'found':>6} {'P':>5} {'R':>5} {'spk P':>6} {'spk R':>6}")
        for name, s in each.items():
            print(f"{name:28} {s.annotated:6} {s.proposed:6} {s.quote_precision:5.2f} {s.quote_recall:5.2f} "
                  f"{s.speaker_precision:6.2f} {s.speaker_recall:6.2f}")
        print(f"{'all':28} {total.annotated:6} {total.proposed:6} {total.quote_precision:5.2f} "
              f"{total.quote_recall:5.2f} {total.speaker_precision:6.2f} {total.speaker_recall:6.2f}")
        for label, items in (("missed", total.missed), ("not a quote", total.spurious),
                             ("wrong speaker", total.wrong_speaker), ("name taken as a quote", total.names_taken)):
            for item in items:
                print(f"  {label}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
