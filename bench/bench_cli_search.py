"""`marsad search --json` in fresh processes: the elapsed_ms it reports, p50 and p95 per query.

    .venv/bin/python bench/bench_cli_search.py --db bench/out/100k.db [--runs 20]

A fresh process pays for what the first search loads (the analyser's tables,
the first pages of the store): the number an analyst scripting Marsad sees.
Printed beside the same query's time warm, in one process, measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERIES = ("الانتخابات", "وزير الداخلية", "actor:علاوي", "قوات*", '"عين الأسد"')


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    marsad = ROOT / ".venv" / "bin" / "marsad"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    from desktop.core import search
    from desktop.core.storage import Store
    store = Store.open(args.db, readonly=True)
    out = {}
    for query in QUERIES:
        fresh, whole = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = subprocess.run([str(marsad), "--db", args.db, "search", query, "--json"], env=env,
                                    capture_output=True, text=True, check=True)
            whole.append((time.perf_counter() - started) * 1000)
            fresh.append(json.loads(result.stdout)["elapsed_ms"])
        warm = []
        for _ in range(args.runs):
            warm.append(search.search(store, query, limit=20).elapsed_ms)
        out[query] = {"fresh_p50": round(statistics.median(fresh), 1), "fresh_p95": round(pct(fresh, 95), 1),
                      "warm_p50": round(statistics.median(warm), 1), "process_p50": round(statistics.median(whole))}
        print(f"{query:20s} fresh p50 {out[query]['fresh_p50']:6.1f} p95 {out[query]['fresh_p95']:6.1f} ms; "
              f"warm p50 {out[query]['warm_p50']:5.1f} ms; whole process p50 {out[query]['process_p50']} ms")
    worst = max(v["fresh_p95"] for v in out.values())
    print(json.dumps({"runs": args.runs, "worst_fresh_p95_ms": worst, "queries": out}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
