"""Bounded fuzzers: searches, JSONL, articles and event-data CSV fed to the real CLI.

Each input goes through click's CliRunner, as a user's command would, over a
store with the sample records. For every input the fuzzer checks that:

- no exception escapes the command (exit 0, or a refusal with its message);
- no terminal control (C0 but tab and newline, DEL, C1, bidi overrides and
  isolates) is printed, whatever the input held;
- a refused import left the store exactly as it was (SQLite's data_version,
  seen from another connection, would change on any commit).

A fifth fuzzer runs commands on a copy of the store with one byte of its
header or first pages changed: each must refuse clearly or work.

Problems are counted, not raised, so one run reports them all. Hypothesis
draws the inputs (no example database: runs stay independent).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.cli import cli

FORBIDDEN = frozenset(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                                       *range(0x202A, 0x202F), *range(0x2066, 0x206A)))
HOSTILE = ["\x1b]0;pwned\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b]8;;http://x\x1b\\", "\x1b[2J", "\x1b[8m", "\x9b31m",
           "\u202e", "\u2066", "\x00", "\r", "\x7f", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "'; DROP TABLE",
           "\ufeff", "\u200f", "\U0001F600", "ـ", "ً", "\ud7ff"]
ARABIC_WORDS = ["علاوي", "التحالف", "الانتخابات", "وبالانتخابات", "مسؤول", "مسئول", "شؤون", "بغداد", "قال", "أعلن",
                "سوف", "الوزير", "رئيس", "الحكومة", "إيران", "الأمم", "المتحدة", "غزة", "هجوم", "مؤتمر"]
LATIN_WORDS = ["Allawi", "Iraq", "NEAR", "OR", "AND", "NOT", "*", "-", "\"", "(", ")", ":", "kind", "actor", "place"]
FILTERS = ["kind:", "actor:", "place:", "source:", "from:", "to:", "date:", "status:", "reliability:", "credibility:",
           "type:", "outlet:", "category:", "lang:"]
VALUES = ["9999-12", "0000-00", "2024-13-45", "2024", "-1", "1e309", "9" * 5000, "A-F", "1-6", "G", "", "..", "2024-02-30",
          "actor:hussein-allawi", "ز", "\x1b[31m"]
KINDS = ["event", "actor", "quote", "place", "source", "bogus", "", None]
FIELDS = ["id", "kind", "title", "name", "text", "date", "date_end", "date_precision", "speaker", "aliases", "body",
          "summary", "status", "credibility", "reliability", "source", "source_span", "place", "actors", "lat", "lon",
          "published", "outlet", "url", "lang", "\x1b]0;x\x07", "a" * 300]
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "source", "notes", "fatalities", "timestamp"]


@dataclass
class FuzzTally:
    inputs: int = 0
    tracebacks: int = 0
    escapes: int = 0
    changed_on_refusal: int = 0
    by_target: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return self.tracebacks + self.escapes + self.changed_on_refusal


def _text(min_size: int = 0, max_size: int = 60):
    pieces = st.one_of(st.sampled_from(ARABIC_WORDS), st.sampled_from(LATIN_WORDS), st.sampled_from(HOSTILE),
                       st.text(max_size=8), st.integers(-10**6, 10**6).map(str))
    return st.lists(pieces, min_size=min_size, max_size=max_size // 4 or 1).map(" ".join)


def _queries():
    term = st.one_of(st.sampled_from(ARABIC_WORDS), st.sampled_from(LATIN_WORDS), st.sampled_from(HOSTILE),
                     st.tuples(st.sampled_from(FILTERS), st.one_of(st.sampled_from(VALUES), st.text(max_size=6)))
                     .map("".join), st.text(max_size=10))
    return st.lists(term, min_size=0, max_size=8).map(" ".join)


def _values():
    return st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
                     st.sampled_from(VALUES), _text(max_size=40), st.lists(_text(max_size=12), max_size=3),
                     st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))


def _jsonl_lines():
    record = st.fixed_dictionaries({"kind": st.sampled_from(KINDS)},
                                   optional={k: _values() for k in FIELDS if k != "kind"})
    # Records that mostly pass, so hostile text is stored and then printed back by `show` and `search`.
    plausible = st.one_of(
        st.fixed_dictionaries({"kind": st.just("actor"), "id": st.integers(0, 60).map("actor:f{}".format),
                               "name": _text(1, 20)}, optional={"aliases": st.lists(_text(1, 8), max_size=3),
                                                                "description": _text(max_size=40)}),
        st.fixed_dictionaries({"kind": st.just("event"), "id": st.integers(0, 60).map("event:f{}".format),
                               "title": _text(1, 20)}, optional={"date": st.sampled_from(VALUES + ["2025-01-02"]),
                                                                 "summary": _text(max_size=40),
                                                                 "date_end": st.sampled_from(VALUES)}))
    line = st.one_of(record.map(lambda r: json.dumps(r, ensure_ascii=False)), _text(max_size=40),
                     plausible.map(lambda r: json.dumps(r, ensure_ascii=False)),
                     plausible.map(lambda r: json.dumps(r, ensure_ascii=False)),
                     st.just("{"), st.just("[" * 2000 + "]" * 2000), st.just(""))
    return st.lists(line, min_size=1, max_size=6).map("\n".join)


def _articles():
    sentence = st.one_of(
        st.tuples(st.sampled_from(["قال", "أعلن", "أكد", "وقال"]), _text(1, 20),
                  st.sampled_from(["إن", ":", "أن"]), st.sampled_from(['"', "«", "“"]), _text(1, 30),
                  st.sampled_from(['"', "»", "”", ""])).map(" ".join),
        _text(0, 40),
        st.sampled_from(["بغداد - 12 مارس 2025", "سيعقد المؤتمر في 9999-12-31", "date 2025-12-31 • الجزيرة",
                         "<html><head><meta property='article:published_time' content='2025-13-45'></head>",
                         "<script>document.write('x')</script>", "#فلان_الفلاني", "نقلت وكالة رويترز عن مصادر"]))
    return st.tuples(st.lists(sentence, min_size=0, max_size=12).map("\n\n".join), st.booleans(),
                     st.one_of(st.none(), st.sampled_from(["2025-07-25", "2025-13-01", "9999-12-31", "x"])))


def _csv_files():
    cell = st.one_of(st.sampled_from(VALUES), _text(max_size=20), st.just('"'), st.just("a,b"), st.just("\n"))
    required = ["event_id_cnty", "event_date", "event_type", "country"]
    header = st.one_of(st.lists(st.sampled_from(ACLED_COLUMNS), min_size=1, max_size=len(ACLED_COLUMNS), unique=True),
                       st.permutations(ACLED_COLUMNS),
                       st.lists(st.sampled_from(ACLED_COLUMNS[4:]), unique=True, max_size=6).map(required.__add__))
    return st.tuples(header, st.lists(st.lists(cell, min_size=0, max_size=20), min_size=0, max_size=5))


class Fuzzer:
    """The fuzzers over one store in `folder`, counting into one tally."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = self.folder / "fuzz.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        self.runner = CliRunner()
        self.tally = FuzzTally()
        result = self.runner.invoke(cli, ["--db", str(self.db), "init", "--sample"])
        if result.exit_code != 0:
            raise RuntimeError(result.output)
        self.observer = sqlite3.connect(self.db)

    def close(self) -> None:
        self.observer.close()

    # --- one input --------------------------------------------------------------------------------

    def _version(self) -> int:
        return self.observer.execute("PRAGMA data_version").fetchone()[0]

    def run(self, target: str, args: list[str], shown_input: str, writes: bool = False):
        """One command; anything wrong is counted against `target` with the input that caused it."""
        self.tally.inputs += 1
        self.tally.by_target[target] = self.tally.by_target.get(target, 0) + 1
        before = self._version()
        result = self.runner.invoke(cli, ["--db", str(self.db), *args])
        where = f"{target} {shown_input[:200]!r}"
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            self.tally.tracebacks += 1
            kept = self.folder / f"traceback-{self.tally.tracebacks}.txt"
            kept.write_text(shown_input, encoding="utf-8", errors="surrogatepass")
            self.tally.problems.append(f"traceback: {where}: {type(result.exception).__name__}: {result.exception} "
                                       f"(the whole input: {kept})")
        elif "Traceback (most recent call last)" in result.output:
            self.tally.tracebacks += 1
            self.tally.problems.append(f"traceback printed: {where}")
        raw = sorted({f"U+{ord(c):04X}" for c in result.output if c in FORBIDDEN})
        if raw:
            self.tally.escapes += 1
            self.tally.problems.append(f"raw {', '.join(raw)} printed: {where}")
        if result.exit_code != 0 and self._version() != before:
            self.tally.changed_on_refusal += 1
            self.tally.problems.append(f"refused but the store changed: {where}")
        if writes and result.exit_code not in (0, 1, 2):
            self.tally.problems.append(f"exit {result.exit_code}: {where}")
        return result

    # --- the fuzzers ------------------------------------------------------------------------------

    def searches(self, examples: int) -> None:
        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(query=_queries(), as_json=st.booleans(), logical=st.booleans())
        def fuzz(query, as_json, logical):
            args = (["--logical"] if logical else []) + ["search", query] + (["--json"] if as_json else [])
            self.run("search", args, query)
        fuzz()

    def stored_text(self, examples: int) -> None:
        """Searches for the hostile text the other fuzzers stored, so records holding it are printed."""
        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(word=st.sampled_from(ARABIC_WORDS + ["pwned", "script", "HYPERLINK"]), as_json=st.booleans(),
               layout=st.sampled_from([[], ["--logical"], ["--visual"]]))
        def fuzz(word, as_json, layout):
            self.run("search", layout + ["search", word, "--limit", "50"] + (["--json"] if as_json else []), word)
        fuzz()

    def jsonl(self, examples: int) -> None:
        path = self.folder / "input.jsonl"

        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(text=_jsonl_lines())
        def fuzz(text):
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            result = self.run("jsonl", ["import", str(path)], text, writes=True)
            if result.exit_code == 0:
                for line in text.splitlines()[:2]:
                    try:
                        rid = json.loads(line).get("id")
                    except (ValueError, AttributeError):
                        continue
                    if isinstance(rid, str) and rid:
                        self.run("show", ["show", rid], rid)
        fuzz()

    def articles(self, examples: int) -> None:
        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(article=_articles())
        def fuzz(article):
            text, html, published = article
            path = self.folder / ("article.html" if html else "article.txt")
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            args = ["import", str(path)] + (["--published", published] if published else [])
            self.run("article", args, text, writes=True)
        fuzz()

    def csv(self, examples: int) -> None:
        import csv
        import io
        path = self.folder / "events.csv"

        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(table=_csv_files())
        def fuzz(table):
            header, rows = table
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(rows)
            path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
            self.run("csv", ["import", str(path)], out.getvalue(), writes=True)
        fuzz()

    def damaged_headers(self, examples: int) -> None:
        """Commands on a copy of the store with one byte of its header or first pages changed."""
        pristine = self.folder / "pristine.db"
        if not pristine.exists():
            self.runner.invoke(cli, ["--db", str(pristine), "init", "--sample"])
        data = pristine.read_bytes()
        damaged = self.folder / "damaged.db"
        one = self.folder / "one.jsonl"
        one.write_text('{"kind":"actor","id":"actor:z","name":"زيد"}\n', encoding="utf-8")
        commands = [["search", "علاوي"], ["show", "actor:hussein-allawi"], ["check"], ["backups"],
                    ["import", str(one)], ["export", str(self.folder / "out.jsonl")],
                    ["backup", str(self.folder / "copy.db")], ["check", "--repair"]]

        @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(offset=st.one_of(st.integers(0, 99), st.integers(0, min(len(data), 16384) - 1)),
               value=st.integers(0, 255), command=st.sampled_from(commands))
        def fuzz(offset, value, command):
            changed = bytearray(data)
            changed[offset] = value
            for suffix in ("-wal", "-shm"):
                Path(f"{damaged}{suffix}").unlink(missing_ok=True)
            damaged.write_bytes(changed)
            result = self.runner.invoke(cli, ["--db", str(damaged), *command])
            self.tally.inputs += 1
            self.tally.by_target["header"] = self.tally.by_target.get("header", 0) + 1
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                self.tally.tracebacks += 1
                self.tally.problems.append(f"traceback: byte {offset} set to {value}, {command[0]}: "
                                           f"{type(result.exception).__name__}: {result.exception}")
            if any(c in FORBIDDEN for c in result.output):
                self.tally.escapes += 1
                self.tally.problems.append(f"raw control printed: byte {offset} set to {value}, {command[0]}")
        fuzz()

    def all(self, examples_each: int) -> FuzzTally:
        self.searches(examples_each)
        self.jsonl(examples_each)
        self.articles(examples_each)
        self.csv(examples_each)
        self.stored_text(max(1, examples_each // 10))
        self.damaged_headers(max(1, examples_each // 2))
        return self.tally
