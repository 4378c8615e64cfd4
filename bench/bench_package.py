"""The frozen bundle against the same app run from source: start to a painted window.

Usage: python bench/bench_package.py [--db STORE] [--runs N]
Runs `gui --screenshot` (which builds the real window, waits until it has
painted, saves it and exits) N times with each, and prints the medians and
their ratio measured in the same run. Build the bundle first (`make package`).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a store (default: a new sample store)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen = ROOT / "dist" / "marsad" / "marsad-cli"
    if not frozen.exists():
        print("no bundle: run `make package` first", file=sys.stderr)
        return 1
    source = [sys.executable, "-m", "desktop"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "sample.db")
        if not args.db:
            subprocess.run(source + ["--db", db, "init", "--sample"], env=env, check=True, capture_output=True)
        shot = str(Path(tmp) / "s.png")
        results = {}
        for name, cmd in (("source", source), ("frozen", [str(frozen)])):
            full = cmd + ["--db", db, "gui", "--screenshot", shot, "--tab", "quotes"]
            timed(full, env)  # warm the file cache
            results[name] = [timed(full, env) for _ in range(args.runs)]
    for name, times in results.items():
        print(f"{name:7s} start to painted window: median {statistics.median(times) * 1000:6.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {args.runs} runs)")
    ratio = statistics.median(results["frozen"]) / statistics.median(results["source"])
    print(f"frozen / source = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
