"""Briefing benchmark: 200 and 1,000 items to PDF, timed as whole processes.

    python bench/bench_briefing.py [--sizes 200,1000] [--reps 3] [--keep DIR]

For each size it builds a store (outside the timing) from the sample records
plus synthetic events and quotes that reference the sample actors, places
and sources, then times `python -m desktop --db STORE briefing --out F.pdf
--ids ...` from spawn to exit: interpreter and Qt start-up, store reads,
layout, keeping quotes whole, painting and the atomic PDF write. The same
run times two baselines: a bare QGuiApplication start-up and
`python -m desktop --version`, and prints the ratios.

DESIGN targets: 200 items <= 2 s; (this brief) 1,000 items <= 8 s.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import paths  # noqa: E402
from desktop.core.storage import Store  # noqa: E402

TARGETS = {200: 2.0, 1000: 8.0}
STATUSES = ("occurred", "announced", "planned", "expected")


def sample_records() -> list[dict]:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def synthetic(n: int, seed: list[dict]) -> tuple[list[dict], list[str]]:
    """n items, half events and half quotes, with varied text lengths and dates."""
    actors = [r["id"] for r in seed if r["kind"] == "actor"]
    places = [r["id"] for r in seed if r["kind"] == "place"]
    events = [r for r in seed if r["kind"] == "event"]
    quotes = [r for r in seed if r["kind"] == "quote"]
    records, ids = [], []
    for i in range(n):
        year, month, day = 2000 + i % 26, 1 + i % 12, 1 + i % 28
        if i % 2 == 0:
            base = events[i % len(events)]
            rec = {"kind": "event", "id": f"event:bench-{i}",
                   "title": base["title"] + (" " + base["title"] if i % 5 == 0 else ""),
                   "date": [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"][i % 3],
                   "status": STATUSES[i % 4], "place": places[i % len(places)],
                   "actors": [{"actor": actors[(i + k) % len(actors)], "role": "طرف"} for k in range(1 + i % 4)],
                   "sources": ["source:seed-ain-al-asad"]}
            if i % 7 == 0:
                rec["date_precision"] = "approximate"
        else:
            base = quotes[i % len(quotes)]
            rec = {"kind": "quote", "id": f"quote:bench-{i}",
                   "text": " ".join([base["text"]] * (1 + i % 3)),
                   "speaker": base["speaker"], "source": base["source"],
                   "date": f"{year}-{month:02d}-{day:02d}"}
        records.append(rec)
        ids.append(rec["id"])
    return records, ids


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:6])} ...\n{proc.stderr}")
    return elapsed


def pdf_pages(path: Path) -> str:
    try:
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return "?"
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the stores and PDFs in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen itself
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    py = sys.executable
    work = args.keep or Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    qt_env = dict(env, QT_QPA_PLATFORM="offscreen")
    bare = [timed([py, "-c", "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"], qt_env)
            for _ in range(args.reps)]
    version = [timed([py, "-m", "desktop", "--version"], env) for _ in range(args.reps)]
    print(f"baseline  bare QGuiApplication start-up: median {statistics.median(bare):.3f} s")
    print(f"baseline  marsad --version:               median {statistics.median(version):.3f} s")

    seed = sample_records()
    for n in sizes:
        records, ids = synthetic(n, seed)
        db = work / f"briefing-{n}.db"
        db.unlink(missing_ok=True)
        with Store.create(db) as store:
            store.put_many(seed + records)
        out = work / f"briefing-{n}.pdf"
        cmd = [py, "-m", "desktop", "--db", str(db), "briefing", "--out", str(out),
               "--ids", ",".join(ids), "--title", f"موجز تجريبي ({n} عنصراً)",
               "--caveat", "للاستخدام الرسمي"]
        times = [timed(cmd, env) for _ in range(args.reps)]
        median = statistics.median(times)
        target = TARGETS.get(n)
        verdict = "" if target is None else (f" target <= {target:.0f} s: "
                                            + ("met" if median <= target else "MISSED"))
        print(f"{n:5d} items  {pdf_pages(out):>4} pages  {out.stat().st_size / 1024:7.0f} KiB  "
              f"min {min(times):.3f} s  median {median:.3f} s  "
              f"({median / statistics.median(bare):.1f}x bare Qt start-up){verdict}")
    if not args.keep:
        for f in work.iterdir():
            f.unlink()
        work.rmdir()


if __name__ == "__main__":
    main()
