"""The team hub on PostgreSQL (issue 15) beside PostgreSQL's own COPY, in the same run and the same cluster.

    .venv/bin/python bench/bench_hub.py --db bench/out/100k.db [--url CONNINFO] [--changes 100] [--queries 40] [--pull]

Ours: `marsad sync` of a copy of the store to an empty hub (core.hub.sync: the records read from SQLite,
analysed for the hub's search text, serialised, COPYed into marsad.records with its indexes, the store's
bookkeeping written; one SQLite and one PostgreSQL transaction). Then an incremental sync of --changes
records edited in the store, against the hub holding them all; then team search on the hub (p50/p95 of
core.hub.search, end to end: connect, check, query; core.hub.HubSearcher on a kept connection, as the
team search window searches; and the query alone), after
VACUUM ANALYZE (autovacuum's work after a big load). With --pull, also a new laptop's first sync: every
record pulled from the hub into an empty store (merged as a bundle is, indexed for search).

The peer: PostgreSQL `COPY plain (id, kind, record) FROM STDIN` of the same records as JSON (already
serialised, from memory) into a plain table with no index, through the same driver (psycopg 3
write_row). Target: first sync >= 0.5x its rate; incremental <= 1 s; search p95 <= 50 ms.

Without --url a throwaway cluster is started (tests/hub/cluster.py; with durable settings: fsync on),
and removed after.
"""
from __future__ import annotations

import argparse
import itertools
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from desktop.core import hub, kinds, query, sync  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.core.storage.hub_sql import Hub, tsquery  # noqa: E402

QUERIES = ["الحكومة", "مجلس الأمن", "وقف إطلاق النار", "الانتخابات", "رئيس الوزراء", "بغداد", "الهجوم",
           "المفاوضات", "وزارة الدفاع", "الاحتجاجات", "الجيش", "الحدود", "اتفاق", "العراق سوريا", "النفط",
           "قوات", "المعارضة", "البرلمان", "مقتل", "اللاجئين"]


def _records(store: Store) -> list[tuple[str, str, str]]:
    """(id, kind, record JSON) of every record, as the peer's COPY sends them."""
    last = store.change_seq()
    return [(c.key, c.kind, json.dumps(c.record, ensure_ascii=False, separators=(",", ":")))
            for c in sync.outgoing(store, -1, last) if c.record is not None]


def _peer_copy(url: str, rows: list[tuple[str, str, str]]) -> float:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS plain")
        conn.execute("CREATE TABLE plain (id text, kind text, record jsonb)")
        conn.execute("CHECKPOINT") if conn.info.parameter_status("is_superuser") == "on" else None
        start = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur, cur.copy("COPY plain (id, kind, record) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        took = time.perf_counter() - start
        conn.execute("DROP TABLE plain")
    return took


def _edit(store: Store, n: int) -> None:
    events = list(itertools.islice(store.records("event"), n))
    store.put_many([{**rec, "notes": f"تعديل للقياس {i}"} for i, rec in enumerate(events)])


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, type=Path, help="a generated store (bench/build_store.py)")
    ap.add_argument("--url", help="an empty database to use (default: a throwaway cluster)")
    ap.add_argument("--changes", type=int, default=100)
    ap.add_argument("--queries", type=int, default=40, help="search calls timed")
    ap.add_argument("--fast", action="store_true", help="throwaway cluster without fsync (as the tests run it)")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--pull", action="store_true", help="also time a new, empty laptop's first sync (all pulled)")
    args = ap.parse_args()

    cluster = None
    if args.url:
        hub_url = peer_url = args.url
    else:
        from tests.hub.cluster import Cluster, why_not
        reason = why_not()
        if reason:
            sys.exit(reason)
        cluster = Cluster(fast=args.fast).start()
        cluster.admin("CREATE DATABASE bench_hub")
        hub_url = peer_url = cluster.admin_url("bench_hub")
    work = Path(tempfile.mkdtemp(prefix="marsad-bench-hub-"))
    try:
        copy = work / "store.db"
        shutil.copy(args.db, copy)
        with Store.open(copy) as store:
            rows = _records(store)
            n = len(rows)
            print(f"{n:,} records in {args.db}", flush=True)
            peer = _peer_copy(peer_url, rows)
            del rows
            print(f"peer: COPY of {n:,} records as JSON into a plain table: {peer:.2f} s = {n / peer:,.0f} records/s",
                  flush=True)
            hub.hub_init(hub_url)
            start = time.perf_counter()
            first = hub.sync(store, hub_url)
            ours = time.perf_counter() - start
            print(f"ours: first sync to an empty hub: {first.pushed:,} pushed in {ours:.2f} s = "
                  f"{first.pushed / ours:,.0f} records/s; ratio to COPY {peer / ours:.2f}x (target >= 0.5x)", flush=True)
            with psycopg.connect(hub_url) as conn:
                (size,) = conn.execute("SELECT pg_total_relation_size('marsad.records')").fetchone()
            print(f"the hub holds them in {size / 2**20:,.0f} MB (table, JSON and indexes) = "
                  f"{size / n:,.0f} B/record", flush=True)
            _edit(store, args.changes)
            start = time.perf_counter()
            incremental = hub.sync(store, hub_url)
            inc = time.perf_counter() - start
            print(f"ours: incremental sync of {incremental.pushed} changed records against a hub of {n:,}: "
                  f"{inc * 1000:.0f} ms (target <= 1000 ms)", flush=True)
        pulled = None
        if args.pull:
            with Store.create(work / "fresh.db") as fresh:
                start = time.perf_counter()
                taken = hub.sync(fresh, hub_url, pull_only=True)
                pulled = time.perf_counter() - start
            print(f"ours: a new laptop's first sync (everything pulled into an empty store): {taken.pulled:,} in "
                  f"{pulled:.1f} s = {taken.pulled / pulled:,.0f} records/s", flush=True)
        # A hub's table is analysed by autovacuum soon after a big load; searches before that run on
        # no statistics. Measure the steady state (it needs the table's owner: the throwaway cluster's).
        with psycopg.connect(hub_url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE marsad.records")
        texts = (QUERIES * (args.queries // len(QUERIES) + 1))[:args.queries]
        hub.search(hub_url, texts[0])           # warm-up
        whole, alone = [], []
        for text in texts:
            start = time.perf_counter()
            hub.search(hub_url, text, limit=50)
            whole.append((time.perf_counter() - start) * 1000)
        kept = []
        with hub.HubSearcher(hub_url) as searcher:
            searcher.search(texts[0])
            for text in texts:
                start = time.perf_counter()
                searcher.search(text, limit=50)
                kept.append((time.perf_counter() - start) * 1000)
        names = [k.name for k in kinds.stored()]
        mains = {k.name: k.main for k in kinds.stored()}
        with Hub.connect(hub_url, "bench") as open_hub:
            for text in texts:
                expression = tsquery(query.parse(text))
                start = time.perf_counter()
                open_hub.search(expression, names, mains, 50)
                alone.append((time.perf_counter() - start) * 1000)
        slowest = sorted(zip(alone, texts), reverse=True)[:3]
        print("slowest queries alone: " + ", ".join(f"{t} {ms:.0f} ms" for ms, t in slowest))
        print(f"team search on the hub ({n:,} records, {len(texts)} calls; target p95 <= 50 ms):\n"
              f"  as `marsad hub search` makes it (connect, check, parse, query): p50 "
              f"{statistics.median(whole):.1f} ms, p95 {_percentile(whole, 95):.1f} ms\n"
              f"  as the team search window makes it (a kept connection: parse, query): p50 "
              f"{statistics.median(kept):.1f} ms, p95 {_percentile(kept, 95):.1f} ms\n"
              f"  the query alone: p50 {statistics.median(alone):.1f} ms, p95 {_percentile(alone, 95):.1f} ms")
        if args.json:
            args.json.write_text(json.dumps({
                "records": n, "hub_bytes": size, "peer_copy_s": peer, "first_sync_s": ours, "ratio": peer / ours,
                "incremental_ms": inc * 1000, "incremental_pushed": incremental.pushed,
                "search_p50_ms": statistics.median(whole), "search_p95_ms": _percentile(whole, 95),
                "query_p50_ms": statistics.median(alone), "query_p95_ms": _percentile(alone, 95),
                "kept_p50_ms": statistics.median(kept), "kept_p95_ms": _percentile(kept, 95),
                "first_pull_s": pulled}, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if cluster is not None:
            cluster.remove()


if __name__ == "__main__":
    main()
