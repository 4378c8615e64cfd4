"""The kill -9 harness: run a Marsad command, kill it at a random moment, and judge what it left.

Each round copies a prepared store, starts one `marsad` command on it in its
own session, sends SIGKILL to the command alone (its workers must die by
themselves) at a moment drawn from the command's own duration, then checks:

- the store opens in Marsad, passes SQLite's integrity check, and holds
  exactly what it held before or exactly what the finished command gives
  (all or nothing);
- no process of the command's session is alive a few seconds later;
- no partial or empty file is left in the round's folder (temporary
  copies, exports, journals of copies), and every copy under its final
  name (a backup's target, the automatic copies) is a whole store.

Used by tests/faults/test_kills.py (a few rounds) and `make stress` (many).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.storage import Store

ROOT = Path(__file__).resolve().parents[2]
MARSAD = [sys.executable, "-c", "from desktop.cli import main; main()"]
ORPHAN_GRACE_S = 10
JANITOR_GRACE_S = 5


@dataclass
class Scenario:
    name: str
    args: list[str]                       # after --db STORE; {data} {work} {copy} are filled in
    store: str = "base"                   # which prepared store the round starts from
    expected: dict | None = None          # counts after the command runs to its end (measured)
    duration: float = 0.0                 # seconds it takes unkilled (measured)


@dataclass
class Outcome:
    scenario: str
    delay: float
    finished: bool                        # the command ended before the kill landed
    problems: list[str] = field(default_factory=list)


@dataclass
class Tally:
    rounds: int = 0
    killed: int = 0
    corrupt: int = 0                      # a store that does not open or fails integrity_check
    partial_stores: int = 0               # counts neither before nor after
    orphans: int = 0
    leftovers: int = 0                    # partial or empty files
    problems: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.rounds += 1
        self.killed += not outcome.finished
        for problem in outcome.problems:
            kind = problem.split(":", 1)[0]
            if kind == "corrupt":
                self.corrupt += 1
            elif kind == "partial":
                self.partial_stores += 1
            elif kind == "orphan":
                self.orphans += 1
            elif kind == "leftover":
                self.leftovers += 1
            self.problems.append(f"{outcome.scenario} killed at {outcome.delay:.2f}s: {problem}")

    @property
    def bad(self) -> int:
        return self.corrupt + self.partial_stores + self.orphans + self.leftovers


class Harness:
    """Prepared inputs and stores in `folder`; `round(scenario, delay)` runs one kill."""

    def __init__(self, folder: Path, records: int = 20_000):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, MARSAD_BACKUPS_KEEP="3", PYTHONPATH=str(ROOT))
        self.data = self.folder / "data"
        shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir()
        self._prepare_inputs(records)
        self.scenarios = self._scenarios()
        started = time.perf_counter()
        subprocess.run(MARSAD + ["--version"], check=True, capture_output=True, env=self.env)
        # Kills before Python has even loaded Marsad test nothing: they are drawn after most of it.
        self.startup = (time.perf_counter() - started) * 0.8
        for scenario in self.scenarios:
            self._measure(scenario)

    # --- set-up -----------------------------------------------------------------------------------

    def _prepare_inputs(self, records: int) -> None:
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--records", str(records),
                        "--out", str(self.data / "many.jsonl"), "--seed", "7"],
                       check=True, capture_output=True, env=self.env)
        shutil.copy(ROOT / "data" / "sample.jsonl", self.data / "sample.jsonl")
        _many_acled_rows(ROOT / "tests" / "core" / "fixtures" / "acled_sample.csv", self.data / "acled.csv", 6000)
        body = json.loads((ROOT / "tests" / "core" / "fixtures" / "articles" / "bbc_gaza.json")
                          .read_text(encoding="utf-8"))["source"]["body"]
        (self.data / "article.txt").write_text("غوتيريش: الوضع في غزة يفوق الوصف\n\n" + body, encoding="utf-8")
        base = self.data / "base.db"
        self._marsad(base, "init", "--sample")
        many = self.data / "many.db"
        self._marsad(many, "init")
        self._marsad(many, "import", str(self.data / "many.jsonl"))
        self._marsad(many, "backup", str(self.data / "many-copy.db"))
        self._marsad(base, "backup", str(self.data / "base-copy.db"))

    def _scenarios(self) -> list[Scenario]:
        d = self.data
        return [
            # A large import into a store with records: the automatic copy first, then a bulk load by workers.
            Scenario("import-large", ["import", str(d / "many.jsonl")]),
            Scenario("import-sample", ["import", str(d / "sample.jsonl")], store="empty"),
            Scenario("import-csv", ["import", str(d / "acled.csv")]),
            Scenario("import-article", ["import", str(d / "article.txt")]),
            Scenario("backup", ["backup", "{work}/out.db"], store="many"),
            Scenario("restore", ["restore", str(d / "base-copy.db")], store="many"),
            Scenario("export", ["export", "{work}/out.jsonl"], store="many"),
            Scenario("repair", ["check", "--repair"], store="stale"),
            Scenario("init", ["init", "--sample"], store="none"),
        ]

    def _marsad(self, db: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(MARSAD + ["--db", str(db), *args], check=True, capture_output=True, env=self.env)

    def _measure(self, scenario: Scenario) -> None:
        work = self._fresh(scenario, "measure")
        started = time.perf_counter()
        proc = subprocess.run(self._command(scenario, work), capture_output=True, env=self._env(work))
        scenario.duration = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(f"{scenario.name} fails unkilled: {proc.stderr.decode(errors='replace')}")
        scenario.expected = _counts(work / "store.db")

    def _fresh(self, scenario: Scenario, name: str) -> Path:
        work = self.folder / name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        store = work / "store.db"
        if scenario.store == "empty":
            Store.create(store).close()
        elif scenario.store == "stale":
            shutil.copy(self.data / "many.db", store)
            _mark_analyser_stale(store)
        elif scenario.store != "none":
            shutil.copy(self.data / f"{scenario.store}.db", store)
        return work

    def _command(self, scenario: Scenario, work: Path) -> list[str]:
        return MARSAD + ["--db", str(work / "store.db"), *(a.replace("{work}", str(work)) for a in scenario.args)]

    def _env(self, work: Path) -> dict:
        return dict(self.env, MARSAD_BACKUPS=str(work / "copies"))

    # --- one round --------------------------------------------------------------------------------

    def round(self, scenario: Scenario, delay: float) -> Outcome:
        work = self._fresh(scenario, "round")
        before = _counts(work / "store.db") if scenario.store != "none" else None
        proc = subprocess.Popen(self._command(scenario, work), env=self._env(work), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        outcome = Outcome(scenario.name, delay, finished)
        outcome.problems += _orphans(proc.pid)
        outcome.problems += _leftovers(work)
        outcome.problems += _store_problems(work / "store.db", before, scenario.expected)
        outcome.problems += _copy_problems(work)
        return outcome

    def rounds(self, count: int, rng: random.Random, on_outcome=None) -> Tally:
        """`count` rounds over the scenarios in turn, each killed at a random moment of its run."""
        tally = Tally()
        for number in range(count):
            scenario = self.scenarios[number % len(self.scenarios)]
            outcome = self.round(scenario, rng.uniform(min(self.startup, scenario.duration), scenario.duration))
            tally.add(outcome)
            if on_outcome:
                on_outcome(outcome)
        return tally


def _many_acled_rows(sample: Path, out: Path, rows: int) -> None:
    """An ACLED export of `rows` rows, made from the sample's by giving each copy its own id."""
    import csv
    with open(sample, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, examples = reader.fieldnames, list(reader)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header)
        writer.writeheader()
        for n in range(rows):
            row = dict(examples[n % len(examples)])
            row["event_id_cnty"] = f"{row['event_id_cnty']}-{n}"
            writer.writerow(row)


def _counts(path: Path) -> dict | None:
    if not path.exists():
        return None
    with Store.open(path, readonly=True) as store:
        return dict(store.counts())


def _mark_analyser_stale(path: Path) -> None:
    """A store `check` finds needing a rebuild, so `check --repair` has real work to be killed in."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE store_meta SET value = 'old' WHERE key = 'analyser'")
    conn.close()


def _store_problems(path: Path, before: dict | None, after: dict | None) -> list[str]:
    if not path.exists():
        return [] if before is None else ["corrupt: the store is gone"]
    if path.stat().st_size == 0:
        return ["leftover: a 0-byte store"]
    try:
        # Opened for writing, as the user's next command would: a hot journal is rolled back.
        with Store.open(path) as store:
            counts = dict(store.counts())
    except Exception as exc:   # noqa: BLE001 - any failure to open is what is being counted
        return [f"corrupt: {type(exc).__name__}: {exc}"]
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        return [f"corrupt: {result}"]
    if counts not in (before, after):
        return [f"partial: {counts} is neither {before} nor {after}"]
    return []


def _copy_problems(work: Path) -> list[str]:
    """Every copy under its final name (a backup's target, the automatic copies) is a whole store."""
    problems = []
    for copy in work.rglob("*.db"):
        if copy.name == "store.db" or copy.name.startswith("."):
            continue
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        finally:
            conn.close()
        if result != "ok":
            problems.append(f"corrupt: the copy {copy.relative_to(work)}: {result}")
    return problems


def _session_members(sid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[4]) == sid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _orphans(sid: int) -> list[str]:
    deadline = time.time() + ORPHAN_GRACE_S
    while time.time() < deadline:
        members = _session_members(sid)
        if not members:
            return []
        time.sleep(0.1)
    return [f"orphan: pid {pid} still running" for pid in _session_members(sid)]


# SQLite's own files beside the store: its recovery after a kill, which the next open replays or clears.
_SQLITE_OWN = {"store.db-wal", "store.db-shm", "store.db-journal"}


def _leftovers(work: Path) -> list[str]:
    def found() -> list[Path]:
        return [p for p in work.rglob("*") if p.is_file() and p.name not in _SQLITE_OWN
                and (".partial" in p.name or p.stat().st_size == 0)]
    deadline = time.time() + JANITOR_GRACE_S
    while found() and time.time() < deadline:
        time.sleep(0.05)
    return [f"leftover: {p.relative_to(work)} ({p.stat().st_size} bytes)" for p in found()]
