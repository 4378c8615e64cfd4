"""A deterministic generator of synthetic Marsad stores, as interchange JSONL.

    python bench/generate.py --records 100000 --out bench/out/100k.jsonl [--seed 1]

The same seed and record count always give the same bytes. Records are
written one at a time (never all in memory), in reference order: places,
sources, actors, events, quotes, so every reference points at a record that
is earlier in the file.

The text is built from a lexicon of real news-Arabic base words, expanded
into a long tail of surface forms (clitic prefixes, suffixes, and the
orthographic variation of real text: bare alef for hamza forms, final ه for
ة, final ي for ى and back, the odd diacritic or tatweel), sampled Zipf-like
(rank^-1.1). The search benchmark relies on that variation: a query written
one way must find the other spellings.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import time
from dataclasses import dataclass
from typing import Iterator

# Ratios of the record kinds (the brief: ~10% actors, ~2% places, ~8% sources,
# ~40% events, ~40% quotes).
KIND_SHARES = (("place", 0.02), ("source", 0.08), ("actor", 0.10), ("event", 0.40), ("quote", 0.40))
ZIPF_EXPONENT = 1.1
ZIPF_OFFSET = 2.7  # Zipf-Mandelbrot: keeps the top words near their real shares (في ~4%)

# The lexicon lives beside this file; the bench scripts run as scripts, and tests load this file by path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generator_lexicon import (  # noqa: E402
    FUNCTION_WORDS, HEAD_WORDS, CONTENT_WORDS, VERBS, PLACE_NAMES, FIRST_NAMES, FAMILY_NAMES, OUTLETS,
    COLLOCATIONS, ORG_HEADS, MEDIA_HEADS, TITLES, ROLES, CATEGORIES, STATUSES, NOUN_PREFIXES,
    NOUN_SUFFIXES, VERB_PREFIXES, VERB_SUFFIXES, HARAKAT, TATWEEL, ARABIC_INDIC)


def base_words() -> list[tuple[str, str]]:
    """(word, class) in rank order, duplicates removed; class is 'f', 'n', 'v' or 'p' (proper)."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for words, cls in ((FUNCTION_WORDS, "f"), (HEAD_WORDS, "n")):
        for w in words:
            if w not in seen:
                seen.add(w)
                out.append((w, cls))
    # The rest interleaved so that rank does not follow the lists' topics.
    tail: list[tuple[str, str]] = []
    for words, cls in ((CONTENT_WORDS, "n"), (VERBS, "v"), (PLACE_NAMES, "p"), (FIRST_NAMES, "p"),
                       (FAMILY_NAMES, "p")):
        for w in words:
            if w not in seen:
                seen.add(w)
                tail.append((w, cls))
    random.Random(20260101).shuffle(tail)
    return out + tail


# --- surface forms ------------------------------------------------------------------------


def _attach(base: str, prefix: str, suffix: str) -> str | None:
    """prefix + base + suffix with the spelling changes Arabic makes, or None if not a word."""
    if prefix.endswith("ال") and base.startswith("ال"):
        return None
    if prefix == "لل" and base.startswith("ال"):
        return "لل" + base[2:] if not suffix else None
    if base.startswith("ال") and suffix:
        return None
    if suffix:
        if base.endswith("ة"):
            if suffix in ("ات",):
                base = base[:-1]
            elif suffix in ("ها", "هم", "ي"):
                base = base[:-1] + "ت"
            else:
                return None
        elif base.endswith("ى"):
            if suffix == "ات":
                base = base[:-1] + "يات"
                suffix = ""
            else:
                return None
        elif base.endswith(("ات", "ين", "ون")) and suffix in ("ات", "ين", "ون", "ة", "ية"):
            return None
        if "ال" in prefix and suffix in ("ها", "هم"):
            return None
    return prefix + base + suffix


def _variants(form: str, rng: random.Random) -> list[tuple[str, float]]:
    """The spellings of one form found in real text, with their shares."""
    out: list[tuple[str, float]] = []
    rest = 1.0
    if any(c in form for c in "أإآ"):
        out.append((form.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"), 0.18))
        rest -= 0.18
    if form.endswith("ة"):
        out.append((form[:-1] + "ه", 0.05))
        rest -= 0.05
    if form.endswith("ى"):
        out.append((form[:-1] + "ي", 0.10))
        rest -= 0.10
    elif form.endswith("ي") and len(form) > 3:
        out.append((form[:-1] + "ى", 0.02))
        rest -= 0.02
    if len(form) >= 3:
        chars = list(form)
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(1, len(chars) + 1)
            chars.insert(i, rng.choice(HARAKAT))
        out.append(("".join(chars), 0.012))
        i = rng.randrange(1, len(form))
        out.append((form[:i] + TATWEEL + form[i:], 0.004))
        rest -= 0.016
    out.append((form, rest))
    return out


@dataclass
class Vocabulary:
    forms: list[str]
    cum_weights: list[float]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.forms, cum_weights=self.cum_weights, k=k)


def build_vocabulary(seed: int) -> Vocabulary:
    """Every surface form with its Zipf-derived weight, in a fixed order."""
    rng = random.Random(seed * 7919 + 1)
    weights: dict[str, float] = {}
    for rank, (base, cls) in enumerate(base_words(), start=1):
        w_base = (rank + ZIPF_OFFSET) ** -ZIPF_EXPONENT
        if cls == "f":
            affixes = [("", "", 0.92), ("و", "", 0.08)]
        elif cls == "v":
            affixes = [(p, s, wp * ws) for (p, wp), (s, ws) in itertools.product(VERB_PREFIXES, VERB_SUFFIXES)]
        elif cls == "p":
            affixes = [(p, "", wp) for p, wp in (("", 0.80), ("و", 0.10), ("ب", 0.06), ("ل", 0.02), ("ف", 0.02))]
        else:
            affixes = [(p, s, wp * ws) for (p, wp), (s, ws) in itertools.product(NOUN_PREFIXES, NOUN_SUFFIXES)]
        for prefix, suffix, w_affix in affixes:
            form = _attach(base, prefix, suffix)
            if form is None:
                continue
            for spelled, share in _variants(form, rng):
                weights[spelled] = weights.get(spelled, 0.0) + w_base * w_affix * share
    for n in range(1, 500):  # numbers, in both digit sets
        w = 0.02 * n ** -1.2
        weights[str(n)] = weights.get(str(n), 0.0) + w * 0.8
        arabic = "".join(ARABIC_INDIC[int(d)] for d in str(n))
        weights[arabic] = weights.get(arabic, 0.0) + w * 0.2
    forms = list(weights)
    cum = list(itertools.accumulate(weights[f] for f in forms))
    return Vocabulary(forms, cum)


# --- text -----------------------------------------------------------------------------------


class Writer:
    """Text generation over one vocabulary and one random stream."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.vocab = build_vocabulary(seed)
        coll = [c.split() for c in COLLOCATIONS]
        self.collocations = coll
        self.coll_cum = list(itertools.accumulate(r ** -1.0 for r in range(1, len(coll) + 1)))

    def _collocation(self) -> list[str]:
        words = self.rng.choices(self.collocations, cum_weights=self.coll_cum)[0]
        if self.rng.random() < 0.15:  # the same hamza dropping as in single words
            words = [w.replace("أ", "ا").replace("إ", "ا") for w in words]
        return list(words)

    def words(self, n: int, collocation_p: float = 0.3) -> list[str]:
        out = self.vocab.sample(self.rng, n)
        if n >= 4 and self.rng.random() < collocation_p:
            i = self.rng.randrange(0, n - 1)
            out[i:i] = self._collocation()
        return out

    def sentence(self, n: int) -> str:
        words = self.words(n)
        if n > 8:
            words[self.rng.randrange(3, n - 3)] += "،"
        return " ".join(words)

    def text(self, lo: int, hi: int) -> str:
        """lo..hi words as sentences and, for long texts, paragraphs."""
        total = self.rng.randint(lo, hi)
        sentences, done = [], 0
        while done < total:
            n = min(total - done, self.rng.randint(8, 22))
            sentences.append(self.sentence(n) + ".")
            done += n
        if total < 80:
            return " ".join(sentences)
        paras, i = [], 0
        while i < len(sentences):
            k = self.rng.randint(2, 4)
            paras.append(" ".join(sentences[i:i + k]))
            i += k
        return "\n\n".join(paras)

    def title(self, lo: int = 6, hi: int = 14) -> str:
        return " ".join(self.words(self.rng.randint(lo, hi), collocation_p=0.45))

    def person_name(self) -> str:
        r = self.rng
        parts = [r.choice(FIRST_NAMES)]
        if r.random() < 0.6:
            parts.append(r.choice(FIRST_NAMES))
        parts.append(r.choice(FAMILY_NAMES))
        return " ".join(parts)

    def date(self, lo_year: int = 2000, hi_year: int = 2026) -> tuple[str, str]:
        """A date of mixed precision, weighted to recent years; returns (date, precision)."""
        r = self.rng
        years = list(range(lo_year, hi_year + 1))
        year = r.choices(years, weights=[y - lo_year + 3 for y in years])[0]
        month = r.randint(1, 12 if year < 2026 else 6)
        day = r.randint(1, 28)
        p = r.random()
        if p < 0.75:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        if p < 0.90:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}", "year"


# --- records ----------------------------------------------------------------------------------


def kind_counts(n: int) -> dict[str, int]:
    counts = {k: int(n * share) for k, share in KIND_SHARES}
    counts["quote"] += n - sum(counts.values())
    for k in counts:  # every kind at least one, so references always have a target
        if n >= len(counts) and counts[k] == 0:
            counts[k] = 1
            counts["quote"] -= 1
    return counts


def _id(kind: str, i: int, width: int) -> str:
    return f"{kind}:gen-{i:0{width}d}"


def records(n: int, seed: int = 1) -> Iterator[dict]:
    """`n` records in reference order. Holds only indexes of earlier records, never records."""
    w = Writer(seed)
    r = w.rng
    counts = kind_counts(n)
    width = max(6, len(str(max(counts.values()))))
    rid = lambda kind, i: _id(kind, i, width)  # noqa: E731

    # Places: the real ones first (countries and cities), then districts, villages, sites.
    real = PLACE_NAMES
    for i in range(counts["place"]):
        rec = {"kind": "place", "id": rid("place", i)}
        if i < len(real):
            rec["name"] = real[i]
            rec["type"] = "city" if i > 0 else "country"
            if i > 0:
                rec["parent"] = rid("place", 0)
            if real[i].startswith(("أ", "إ")):
                rec["aliases"] = [real[i].replace("أ", "ا").replace("إ", "ا")]
        else:
            head = r.choice(("حي", "قرية", "ناحية", "قضاء", "منطقة", "سوق", "جسر", "شارع", "مطار",
                             "قاعدة", "معبر", "مخيم", "بلدة"))
            tail = r.choice((r.choice(FAMILY_NAMES), r.choice(FIRST_NAMES), " ".join(w.words(1, 0)),
                             r.choice(real)))
            rec["name"] = f"{head} {tail}"
            rec["type"] = r.choice(("site", "other", "city")) if head not in ("ناحية", "قضاء") else "province"
            rec["parent"] = rid("place", r.randrange(0, min(i, len(real))))
            if r.random() < 0.2:
                rec["aliases"] = [f"{head} {tail}".replace("ة", "ه")]
        if r.random() < 0.7:
            rec["lat"] = round(r.uniform(12.0, 40.0), 4)
            rec["lon"] = round(r.uniform(30.0, 60.0), 4)
        yield rec

    for i in range(counts["source"]):
        rec = {"kind": "source", "id": rid("source", i), "title": w.title()}
        if r.random() < 0.6:
            rec["summary"] = w.text(15, 35)
        rec["body"] = w.text(80, 300)
        rec["outlet"] = r.choice(OUTLETS)
        rec["url"] = f"https://news.example.org/{i // 1000}/{i}"
        rec["published"] = w.date()[0]
        rec["language"] = "ar"
        if r.random() < 0.4:
            rec["author"] = w.person_name()
        yield rec

    persons: list[int] = []
    orgs: list[int] = []
    for i in range(counts["actor"]):
        rec = {"kind": "actor", "id": rid("actor", i)}
        p = r.random()
        if p < 0.70 or i == 0:
            name = w.person_name()
            rec.update(name=name, type="person")
            aliases = []
            family = name.split()[-1]
            if r.random() < 0.5:
                aliases.append(family)
            if r.random() < 0.2:
                aliases.append("أبو " + r.choice(FIRST_NAMES))
            if any(c in name for c in "أإ") and r.random() < 0.5:
                aliases.append(name.replace("أ", "ا").replace("إ", "ا"))
            if aliases:
                rec["aliases"] = aliases
            if r.random() < 0.6:
                rec["title"] = f"{r.choice(TITLES)} {' '.join(w.words(r.randint(1, 3), 0))}"
            persons.append(i)
        elif p < 0.90:
            name = f"{r.choice(ORG_HEADS)} {' '.join(w.words(r.randint(1, 3), 0))}"
            rec.update(name=name, type=r.choice(("organization", "organization", "armed_group", "other")))
            if r.random() < 0.3:
                rec["aliases"] = [name.split(maxsplit=1)[1]]
            orgs.append(i)
        else:
            name = f"{r.choice(MEDIA_HEADS)} {' '.join(w.words(r.randint(1, 2), 0))}"
            rec.update(name=name, type="media")
            orgs.append(i)
        if orgs and orgs[-1] != i and r.random() < 0.4:
            rec["affiliation"] = rid("actor", orgs[r.randrange(len(orgs))])
        if r.random() < 0.3:
            rec["description"] = w.text(8, 30)
        yield rec
    if not persons:
        persons.append(0)

    n_actor, n_place, n_source = counts["actor"], counts["place"], counts["source"]
    for i in range(counts["event"]):
        rec = {"kind": "event", "id": rid("event", i), "title": w.title()}
        if r.random() < 0.7:
            rec["summary"] = w.text(15, 60)
        if r.random() < 0.95:
            date, precision = w.date()
            rec["date"] = date
            if precision == "day" and r.random() < 0.05:
                rec["date_end"] = date[:8] + f"{min(28, int(date[8:]) + r.randint(1, 10)):02d}"
            if r.random() < 0.08:
                rec["date_precision"] = "approximate"
        rec["status"] = r.choices([s for s, _ in STATUSES], weights=[x for _, x in STATUSES])[0]
        if r.random() < 0.6:
            rec["place"] = rid("place", min(int(r.paretovariate(0.8)) - 1, n_place - 1))
        links = {}
        for _ in range(r.choices((0, 1, 2, 3, 4), weights=(10, 35, 30, 15, 10))[0]):
            links[rid("actor", r.randrange(n_actor))] = r.choice(ROLES)
        if links:
            rec["actors"] = [{"actor": a, "role": role} for a, role in links.items()]
        if r.random() < 0.5:
            rec["sources"] = sorted({rid("source", r.randrange(n_source)) for _ in range(r.randint(1, 2))})
        rec["category"] = r.choice(CATEGORIES)
        yield rec

    n_event = counts["event"]
    for i in range(counts["quote"]):
        rec = {"kind": "quote", "id": rid("quote", i),
               "text": " ".join(w.words(r.randint(10, 40), 0.3)),
               "speaker": rid("actor", persons[_speaker_index(r, len(persons))])}
        if r.random() < 0.9:
            rec["date"] = w.date()[0]
        if r.random() < 0.5:
            rec["source"] = rid("source", r.randrange(n_source))
        if n_event and r.random() < 0.3:
            rec["event"] = rid("event", r.randrange(n_event))
        if r.random() < 0.15:
            rec["context"] = w.sentence(r.randint(5, 15))
        yield rec


def _speaker_index(r: random.Random, n: int) -> int:
    """Half the quotes from a few prolific speakers, the rest from anyone."""
    if r.random() < 0.5:
        return min(int(r.paretovariate(0.6)) - 1, n - 1)
    return r.randrange(n)


def write_jsonl(n: int, out: str, seed: int = 1, progress: bool = False) -> int:
    """Write `n` records to `out` (atomically: a partial file never takes its name)."""
    tmp = out + ".partial"
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    written = 0
    started = time.perf_counter()
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False))
            fh.write("\n")
            written += 1
            if progress and written % 100_000 == 0:
                print(f"  {written:,} records, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    os.replace(tmp, out)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.records < 1:
        ap.error("--records must be at least 1")
    started = time.perf_counter()
    n = write_jsonl(args.records, args.out, args.seed, progress=True)
    secs = time.perf_counter() - started
    size = os.path.getsize(args.out)
    print(f"{n:,} records -> {args.out} ({size / 1e6:.1f} MB, {size / n:.0f} B/record) in {secs:.1f} s "
          f"({n / secs:,.0f} records/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
