"""Marsad's import beside sqlite-utils, in the same run: rate, store size, peak memory, disk during the load.

    .venv/bin/python bench/bench_store.py --jsonl bench/out/100k.jsonl [--runs 2] [--tmp /tmp]

The peer is what ../shared/tools/peer.py measures: the same JSONL loaded by
sqlite-utils `insert_all` (a table per kind) plus `enable_fts` on its text
columns. Ours is `marsad --db NEW import FILE` in a fresh process, as a
user runs it. The two alternate (best time of --runs each). While ours
runs, its peak memory (VmHWM) and the largest size the store's folder
reaches on disk (store, WAL and journal) are sampled every 20 ms.
Targets (issue 12): rate >= 0.6x the peer, store <= 1.5x the peer's,
peak RSS <= 500 MB at 1M records, disk during the load <= 1.5x the final store.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARSAD = ROOT / ".venv" / "bin" / "marsad"


def _folder_bytes(folder: Path) -> int:
    total = 0
    for entry in os.scandir(folder):
        try:
            total += entry.stat().st_size
        except OSError:
            pass
    return total


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:      # field 4, after "(comm)" and the state
                found.append(int(entry.name))
    return found


def ours(src: Path, tmp: Path) -> dict:
    folder = Path(tempfile.mkdtemp(dir=tmp))
    db = folder / "m.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MARSAD_BACKUPS=str(folder / "backups"))
    subprocess.run([str(MARSAD), "--db", str(db), "init"], check=True, capture_output=True, env=env)
    peak = {"disk": 0, "rss_kb": 0, "worker_kb": 0}
    started = time.perf_counter()
    proc = subprocess.Popen([str(MARSAD), "--db", str(db), "import", str(src)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak["disk"] = max(peak["disk"], _folder_bytes(folder))
            peak["rss_kb"] = max(peak["rss_kb"], _hwm_kb(proc.pid))
            for child in _children(proc.pid):      # the worker processes that prepare records
                peak["worker_kb"] = max(peak["worker_kb"], _hwm_kb(child))
            time.sleep(0.02)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"marsad import failed: {err.decode()[-2000:]}")
    final = _folder_bytes(folder)
    shutil.rmtree(folder)
    return {"seconds": seconds, "bytes": final, "disk_peak": peak["disk"], "rss_mb": peak["rss_kb"] / 1024,
            "worker_rss_mb": peak["worker_kb"] / 1024}


def peer(src: Path, tmp: Path) -> dict:
    import sqlite_utils
    folder = Path(tempfile.mkdtemp(dir=tmp))
    path = folder / "p.db"
    db = sqlite_utils.Database(path)
    started = time.perf_counter()
    by: dict[str, list] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            by.setdefault(r["kind"], []).append(r)
    for kind, rs in by.items():
        rows = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()}
                for r in rs]
        db[kind + "s"].insert_all(rows, pk="id", alter=True, batch_size=5000)
        cols = [c for c in ("name", "title", "text", "summary", "body") if c in db[kind + "s"].columns_dict]
        if cols:
            db[kind + "s"].enable_fts(cols, create_triggers=False)
    seconds = time.perf_counter() - started
    db.conn.close()
    size = os.path.getsize(path)
    shutil.rmtree(folder)
    return {"seconds": seconds, "bytes": size}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jsonl", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--skip-peer", action="store_true", help="only ours (a second look at memory and disk)")
    args = ap.parse_args()
    records = sum(1 for _ in open(args.jsonl, encoding="utf-8"))
    mine, theirs = [], []
    for _ in range(args.runs):
        mine.append(ours(args.jsonl, args.tmp))
        print(f"ours: {mine[-1]['seconds']:.1f} s, {mine[-1]['bytes'] / 2**20:.1f} MB, peak RSS "
              f"{mine[-1]['rss_mb']:.0f} MB (worker {mine[-1]['worker_rss_mb']:.0f} MB), disk peak {mine[-1]['disk_peak'] / 2**20:.1f} MB", file=sys.stderr)
        if not args.skip_peer:
            theirs.append(peer(args.jsonl, args.tmp))
            print(f"peer: {theirs[-1]['seconds']:.1f} s, {theirs[-1]['bytes'] / 2**20:.1f} MB", file=sys.stderr)
    best = min(mine, key=lambda r: r["seconds"])
    out = {"records": records, "ours_rate": round(records / best["seconds"]), "ours_seconds": round(best["seconds"], 2),
           "ours_mb": round(best["bytes"] / 2**20, 1), "ours_peak_rss_mb": round(max(r["rss_mb"] for r in mine)),
           "worker_peak_rss_mb": round(max(r["worker_rss_mb"] for r in mine)),
           "disk_peak_mb": round(max(r["disk_peak"] for r in mine) / 2**20, 1),
           "disk_peak_ratio": round(max(r["disk_peak"] / r["bytes"] for r in mine), 2)}
    if theirs:
        fastest = min(theirs, key=lambda r: r["seconds"])
        out.update({"peer_rate": round(records / fastest["seconds"]), "peer_seconds": round(fastest["seconds"], 2),
                    "peer_mb": round(fastest["bytes"] / 2**20, 1),
                    "rate_ratio": round(fastest["seconds"] / best["seconds"], 2),
                    "size_ratio": round(best["bytes"] / fastest["bytes"], 2)})
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
