"""Build a store from generated JSONL through the real import path, and time it.

    python bench/build_store.py --jsonl bench/out/100k.jsonl --db bench/out/100k.db

Uses desktop.core.importing.import_files (the path `marsad import` takes),
or Store.put_many in batches inside ONE outer transaction (nested
transactions join it), so the file is still imported all or nothing.
Prints records/s, the store's size per record and the peak memory of the
process (the all-or-nothing transaction must not need memory in proportion
to the file). bench/bench_store.py measures the same beside sqlite-utils.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.storage import Store  # noqa: E402


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _batches(path: Path, size: int):
    from desktop.core.errors import Where
    batch, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            batch.append(json.loads(line))
            labels.append(Where(path.name, lineno))
            if len(batch) >= size:
                yield batch, labels
                batch, labels = [], []
    if batch:
        yield batch, labels


def import_put_many(store: Store, path: Path, batch_size: int) -> int:
    from desktop.core import writing
    n = 0
    started = time.perf_counter()
    with store.transaction():
        for batch, labels in _batches(path, batch_size):
            writing.put_many(store, batch, labels)
            n += len(batch)
            if n % 100_000 < batch_size:
                secs = time.perf_counter() - started
                print(f"  {n:,} records, {secs:.0f} s, {n / secs:,.0f}/s, peak RSS {_peak_rss_mb():,.0f} MB",
                      file=sys.stderr, flush=True)
    return n


def import_interchange(store: Store, path: Path) -> int:
    from desktop.core import importing
    report = importing.import_files(store, [path])
    errors = getattr(report, "errors", [])
    if errors:
        raise SystemExit(f"import reported errors: {errors[:5]}")
    created = getattr(report, "created", {}) or {}
    updated = getattr(report, "updated", {}) or {}
    unchanged = getattr(report, "unchanged", {}) or {}
    return sum(created.values()) + sum(updated.values()) + sum(unchanged.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jsonl", required=True, type=Path)
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--via", choices=("auto", "interchange", "put_many"), default="auto")
    ap.add_argument("--batch", type=int, default=10_000, help="records per put_many batch (put_many path)")
    ap.add_argument("--replace", action="store_true", help="delete an existing --db first")
    args = ap.parse_args(argv)

    if args.db.exists():
        if not args.replace:
            ap.error(f"{args.db} exists; pass --replace to rebuild it")
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    via = "interchange" if args.via == "auto" else args.via

    store = Store.create(args.db)
    started = time.perf_counter()
    try:
        n = import_interchange(store, args.jsonl) if via == "interchange" else \
            import_put_many(store, args.jsonl, args.batch)
        secs = time.perf_counter() - started
        counts = store.counts()
    finally:
        store.close()   # the last connection to close checkpoints the WAL into the file
    size = os.path.getsize(args.db)
    total = sum(counts.values())
    print(json.dumps({"via": via, "records": n, "in_store": counts, "seconds": round(secs, 1),
                      "records_per_s": round(n / secs), "db_bytes": size,
                      "bytes_per_record": round(size / max(total, 1)),
                      "jsonl_bytes": os.path.getsize(args.jsonl),
                      "peak_rss_mb": round(_peak_rss_mb())}, ensure_ascii=False))
    print(f"{via}: {n:,} records in {secs:.1f} s = {n / secs:,.0f} records/s; store {size / 1e6:,.1f} MB "
          f"= {size / max(total, 1):,.0f} B/record; peak RSS {_peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
