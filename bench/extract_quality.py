"""Extraction quality: quotes, speakers, actors and events against hand annotation.

Usage: python bench/extract_quality.py [--unquoted-actors] [DIR ...]
Each DIR holds annotated articles (JSON: "source", "quotes" as [text, speaker]
pairs, "not_quotes"; optionally "not_actors" and "events"). Defaults:
tests/core/fixtures/articles (the articles the rules were written against),
then articles_round2, articles_heldout, articles_heldout4 and articles_round5
to articles_round8 (each written afterwards in the style of other outlets and
scored before any rule was changed for it; each folder's README has its
untouched score).

Quotes. A proposed quote matches an annotated one when either normalised text
contains the other (annotations hold a distinctive stretch of the quote, not
always all of it); each annotated quote matches at most one proposal. A
speaker is right when the whole annotated name is inside the proposed one
(«السوداني» is not «محمد شياع السوداني») and the proposed name carries
neither the article's outlet nor a word annotated in "not_actors" («نواف سلام
لـالميادين» is wrong: the outlet was spoken to, it does not speak).

Actors. "not_actors" lists common words, outlets and addressees («مجددا»،
«ردا»، «لوكالة») that no proposed actor's name may contain, as whole words
(but for an actor holding an annotated speaker's whole name with the word in it).

Events. Each annotated event is {"title", "status", "evidence", optional
"date", optional "optional": true}: "evidence" is a stretch of the body the
event rests on. A proposed event matches an annotated one when its span
overlaps the evidence (the best title among several); an "optional" event
(background an analyst may or may not keep) counts neither for recall nor
against precision. Of the matched: the status right, the date right (when
annotated), and the title kept short and to the point: at most 12 words, no
attribution («قال … إن»), and at least half the annotated title's content
words (compared by a rough root, so that «تعلن» is «أعلنت»).

--unquoted-actors also lists, per folder, each proposed actor that speaks none
of the annotated quotes found (named in narrative, or the reporter of indirect
speech): junk names that no "not_actors" list catches show up there. The
default output is the same with or without it, but for those lines.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core import arabic  # noqa: E402
from desktop.core.extract import extract_article, lexicon  # noqa: E402

DEFAULT_DIRS = tuple(ROOT / "tests/core/fixtures" / name
                     for name in ("articles", "articles_round2", "articles_heldout", "articles_heldout4",
                                  "articles_round5", "articles_round6", "articles_round7", "articles_round8"))

TITLE_MAX_WORDS = 12
_COUNTERS = ("proposed", "annotated", "matched", "speakers_right", "actors",
             "ev_proposed", "ev_annotated", "ev_matched", "ev_status_right", "ev_dated", "ev_date_right",
             "ev_title_ok", "ev_title_words", "ev_attributed")
_LISTS = ("names_taken", "missed", "spurious", "wrong_speaker", "bad_actors",
          "ev_missed", "ev_spurious", "ev_wrong", "unquoted_actors")


@dataclass
class Score:
    proposed: int = 0
    annotated: int = 0
    matched: int = 0
    speakers_right: int = 0
    actors: int = 0                 # actor proposals
    ev_proposed: int = 0            # event proposals, less those matched to optional events
    ev_annotated: int = 0           # required annotated events
    ev_matched: int = 0
    ev_status_right: int = 0
    ev_dated: int = 0               # matched events whose annotation has a date
    ev_date_right: int = 0
    ev_title_ok: int = 0
    ev_title_words: int = 0         # words in the titles of matched proposals
    ev_attributed: int = 0          # matched titles that still carry «قال … إن»
    names_taken: list[str] = field(default_factory=list)    # annotated non-quotes proposed as quotes
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)
    bad_actors: list[str] = field(default_factory=list)
    ev_missed: list[str] = field(default_factory=list)
    ev_spurious: list[str] = field(default_factory=list)
    ev_wrong: list[str] = field(default_factory=list)
    unquoted_actors: list[str] = field(default_factory=list)   # actors speaking no annotated quote found

    def add(self, other: "Score") -> None:
        for name in _COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in _LISTS:
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

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among the quotes found."""
        return self.speakers_right / self.matched if self.matched else 1.0

    @property
    def event_precision(self) -> float:
        return self.ev_matched / self.ev_proposed if self.ev_proposed else 1.0

    @property
    def event_recall(self) -> float:
        return self.ev_matched / self.ev_annotated if self.ev_annotated else 1.0

    def share(self, count: int, of: int) -> float:
        return count / of if of else 1.0


def _norm_words(text: str) -> list[str]:
    return arabic.words(arabic.normalize(text))


def _contains(a: str, b: str) -> bool:
    a, b = arabic.normalize(a), arabic.normalize(b)
    return bool(a and b) and (a in b or b in a)


def _has_words(name: str, words: str) -> bool:
    """Whether `words` occur in `name` as whole words."""
    hay, needle = _norm_words(name), _norm_words(words)
    return bool(needle) and any(hay[k:k + len(needle)] == needle for k in range(len(hay) - len(needle) + 1))


def _speaker_right(annotated: str, proposed: str, banned: list[str]) -> bool:
    return (bool(annotated) and arabic.normalize(annotated) in arabic.normalize(proposed)
            and not any(_has_words(proposed, b) and not _has_words(annotated, b) for b in banned))


def _word_key(word: str) -> str:
    """A rough root of a normalised word, so that «أعلنت» meets «تعلن», «اعترضت» «اعتراض» and
    «بمسيّرة» «مسيرة»: conjunction, preposition, article and person prefix off, long vowels
    and common suffixes out."""
    w = word
    if len(w) > 4 and w[0] in "وف":
        w = w[1:]
    if len(w) > 4 and w[0] in "بلك" and not w.startswith("ال"):
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if len(w) > 4 and w[0] in "يتن":
        w = w[1:]
    for suffix in ("ات", "ون", "ين", "ها", "هم", "يه", "ه", "ي"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    bare = "".join(ch for ch in w if ch not in "اويى")
    return bare if len(bare) >= 3 else w


def _content_keys(text: str) -> list[str]:
    return [_word_key(w) for w in _norm_words(text)
            if w not in lexicon.function_words() and not w.isdigit() and len(w) > 1]


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _title_overlap(annotated: str, proposed: str) -> float:
    """The share of the annotated title's content words the proposed title has (roughly)."""
    want, got = set(_content_keys(annotated)), _content_keys(proposed)
    return sum(any(_same_word(w, g) for g in got) for w in want) / len(want) if want else 1.0


def _attributed(title: str) -> bool:
    """A title that still reports who said it: a reporting verb (not «أعلن») and «أن/إن»."""
    words = _norm_words(title)
    announce = {w for w in lexicon.report_verbs() if w.startswith(("اعلن", "يعلن", "تعلن"))}
    verb = any((w in lexicon.report_verbs() or w[1:] in lexicon.report_verbs()) and w not in announce
               and w[1:] not in announce for w in words)
    return verb and any(w in lexicon.complementisers() and w != "الي" for w in words)


def _score_quotes(case: dict, recs: list[dict], score: Score) -> None:
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "actor"}
    banned = [b for b in [case["source"].get("outlet", ""), *case.get("not_actors", [])] if b]
    proposed = [(r["text"], names.get(r["speaker"], r["speaker"])) for r in recs if r["kind"] == "quote"]
    score.proposed, score.annotated = len(proposed), len(case["quotes"])
    free = list(range(len(proposed)))
    for text, speaker in case["quotes"]:
        hit = next((i for i in free if _contains(text, proposed[i][0])), None)
        if hit is None:
            score.missed.append(text)
            continue
        free.remove(hit)
        score.matched += 1
        if _speaker_right(speaker, proposed[hit][1], banned):
            score.speakers_right += 1
        else:
            score.wrong_speaker.append(f"{text}: {proposed[hit][1]} (annotated {speaker})")
    score.spurious = [proposed[i][0] for i in free]
    quote_recs = [r for r in recs if r["kind"] == "quote"]
    speaking = {quote_recs[i]["speaker"] for i in range(len(quote_recs)) if i not in free}
    score.unquoted_actors = [r["name"] for r in recs if r["kind"] == "actor" and r["id"] not in speaking]
    score.names_taken = [n for n in case.get("not_quotes", [])
                         if any(arabic.normalize(n) == arabic.normalize(t) for t, _ in proposed)]


def _score_actors(case: dict, recs: list[dict], score: Score) -> None:
    actors = [r["name"] for r in recs if r["kind"] == "actor"]
    score.actors = len(actors)
    speakers = [speaker for _, speaker in case["quotes"] if speaker]
    for name in actors:
        # a word of an annotated speaker's name is no junk in an actor that holds that name whole
        # («المرأة» of «المديرية العامة لمناهضة العنف ضد المرأة …»), as in `_speaker_right`
        bad = [b for b in case.get("not_actors", []) if _has_words(name, b)
               and not any(_has_words(s, b) and arabic.normalize(s) in arabic.normalize(name) for s in speakers)]
        if bad:
            score.bad_actors.append(f"{name} («{bad[0]}»)")


def _score_events(case: dict, recs: list[dict], score: Score) -> None:
    body = case["source"]["body"]
    proposals = [r for r in recs if r["kind"] == "event"]
    free = list(range(len(proposals)))
    optional_hits = 0
    for want in case["events"]:
        at = body.find(want["evidence"])
        if at < 0:
            raise ValueError(f"evidence not in the body: {want['evidence']}")
        end = at + len(want["evidence"])
        near = [i for i in free if proposals[i]["source_span"][0] < end and at < proposals[i]["source_span"][1]]
        optional = want.get("optional", False)
        if not optional:
            score.ev_annotated += 1
        if not near:
            if not optional:
                score.ev_missed.append(f"{want['title']} [{want['status']}]")
            continue
        hit = max(near, key=lambda i: (_title_overlap(want["title"], proposals[i]["title"]),
                                       proposals[i].get("date") == want.get("date")))
        free.remove(hit)
        if optional:
            optional_hits += 1
            continue
        _score_matched(want, proposals[hit], score)
    score.ev_proposed = len(proposals) - optional_hits
    score.ev_spurious = [f"{proposals[i]['title']} [{proposals[i]['status']}, {proposals[i].get('date')}]"
                         for i in free]


def _score_matched(want: dict, got: dict, score: Score) -> None:
    score.ev_matched += 1
    title = got["title"]
    n_words = len(_norm_words(title))
    score.ev_title_words += n_words
    attributed = _attributed(title)
    score.ev_attributed += attributed
    title_ok = n_words <= TITLE_MAX_WORDS and not attributed and _title_overlap(want["title"], title) >= 0.5
    score.ev_title_ok += title_ok
    status_ok = got["status"] == want["status"]
    score.ev_status_right += status_ok
    date_ok = True
    if "date" in want:
        score.ev_dated += 1
        date_ok = got.get("date") == want["date"]
        score.ev_date_right += date_ok
    if not (title_ok and status_ok and date_ok):
        score.ev_wrong.append(f"«{title}» [{got['status']}, {got.get('date')}] "
                              f"(annotated «{want['title']}» [{want['status']}, {want.get('date')}])")


def score_article(case: dict) -> Score:
    recs = extract_article(case["source"])
    score = Score()
    _score_quotes(case, recs, score)
    _score_actors(case, recs, score)
    if "events" in case:
        _score_events(case, recs, score)
    return score


def score_dir(folder: Path) -> tuple[Score, dict[str, Score], bool]:
    """(total, per article, whether the folder annotates events)."""
    total, each, with_events = Score(), {}, False
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        with_events = with_events or "events" in case
        each[path.stem] = score_article(case)
        total.add(each[path.stem])
    return total, each, with_events


def _print_quotes(each: dict[str, Score], total: Score) -> None:
    print(f"{'article':28} {'quotes':>6} {'found':>6} {'P':>5} {'R':>5} {'spk P':>6} {'spk R':>6}")
    for name, s in [*each.items(), ("all", total)]:
        print(f"{name:28} {s.annotated:6} {s.proposed:6} {s.quote_precision:5.2f} {s.quote_recall:5.2f} "
              f"{s.speaker_precision:6.2f} {s.speaker_recall:6.2f}")
    print(f"speaker accuracy (right speakers of the quotes found): {total.speaker_accuracy:.2f}; "
          f"actors proposed: {total.actors}, with a common word, an outlet or an addressee: "
          f"{len(total.bad_actors)}")


def _print_events(each: dict[str, Score], total: Score) -> None:
    print(f"{'events':28} {'annot':>6} {'found':>6} {'P':>5} {'R':>5} {'status':>6} {'date':>5} {'title':>5}")
    for name, s in [*each.items(), ("all", total)]:
        print(f"{name:28} {s.ev_annotated:6} {s.ev_proposed:6} {s.event_precision:5.2f} {s.event_recall:5.2f} "
              f"{s.share(s.ev_status_right, s.ev_matched):6.2f} {s.share(s.ev_date_right, s.ev_dated):5.2f} "
              f"{s.share(s.ev_title_ok, s.ev_matched):5.2f}")
    mean = total.ev_title_words / total.ev_matched if total.ev_matched else 0.0
    print(f"matched titles: {mean:.1f} words on average, {total.ev_attributed} with an attribution")


def main(argv: list[str]) -> int:
    unquoted = "--unquoted-actors" in argv
    argv = [a for a in argv if a != "--unquoted-actors"]
    for folder in [Path(a).resolve() for a in argv] or DEFAULT_DIRS:
        total, each, with_events = score_dir(folder)
        print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: {len(each)} articles")
        _print_quotes(each, total)
        if with_events:
            _print_events(each, total)
        lists = [("missed", total.missed), ("not a quote", total.spurious),
                 ("wrong speaker", total.wrong_speaker), ("name taken as a quote", total.names_taken),
                 ("bad actor", total.bad_actors)]
        if with_events:
            lists += [("event missed", total.ev_missed), ("event not kept", total.ev_spurious),
                      ("event off", total.ev_wrong)]
        for label, items in lists:
            for item in items:
                print(f"  {label}: {item}")
        if unquoted:
            for name, s in each.items():
                for actor in s.unquoted_actors:
                    print(f"  speaks no annotated quote: {name}: {actor}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
