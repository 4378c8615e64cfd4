"""Event-data CSV speed: ACLED rows per second, parsed and imported (target >= 20,000 rows/s).

Usage: python bench/bench_eventdata.py [--rows N]
Writes a synthetic ACLED export of N rows to a temporary file, then times
`read_event_csv` over it (the parse), and `marsad import` of it into a new
store (the whole import: one pass, the store write and the search index).
Prints absolute times and the csv-module baseline measured in the same run.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.eventdata import read_event_csv  # noqa: E402

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
          "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
          "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
ADMIN = {"Iraq": {"Al Anbar": ["Ar-Ramadi", "Al-Falluja", "Al Qaim", "Heet"], "Baghdad": ["Karkh", "Rusafa"],
                  "Ninewa": ["Mosul", "Sinjar", "Tel Afar"], "Diyala": ["Baquba", "Khanaqin"]},
         "Syria": {"Aleppo": ["Manbij", "Al Bab", "Afrin"], "Deir ez-Zor": ["Al Mayadin", "Abu Kamal"],
                   "Idleb": ["Idleb", "Harim"]}}
ACTORS = ["Islamic State (Iraq)", "Military Forces of Iraq (2022-)", "Popular Mobilization Forces",
          "Kata'ib Hezbollah", "Hay'at Tahrir al-Sham", "Syrian Democratic Forces", "Civilians (Iraq)",
          "Protesters (Iraq)", "Military Forces of Turkey (2016-)", "Unidentified Armed Group (Iraq)"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def write_sample(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(rows):
            country = rng.choice(list(ADMIN))
            admin1 = rng.choice(list(ADMIN[country]))
            admin2 = rng.choice(ADMIN[country][admin1])
            loc = f"{admin2} village {rng.randint(1, 300)}"
            y, m, d = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
            date = f"{y}-{m:02d}-{d:02d}" if i % 2 else f"{d} {MONTHS[m - 1]} {y}"
            etype, sub = rng.choice(TYPES)
            w.writerow([f"IRQ{i}", date, y, 1, "Political violence", etype, sub, rng.choice(ACTORS),
                        rng.choice(["", "Tribal Militia (Iraq)"]), rng.randint(1, 8), rng.choice(ACTORS), "",
                        rng.randint(1, 8), 12, "", 368, "Middle East", country, admin1, admin2, "", loc,
                        f"{rng.uniform(30, 37):.4f}", f"{rng.uniform(38, 48):.4f}", 1, "Shafaq News",
                        "National", f"On {date}, an incident was reported near {loc}.", rng.randint(0, 9), "",
                        1700000000 + i])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acled.csv"
        t0 = time.perf_counter()
        write_sample(path, args.rows)
        print(f"wrote {args.rows:,} ACLED rows ({path.stat().st_size / 1048576:.1f} MB) "
              f"in {time.perf_counter() - t0:.2f} s")

        t0 = time.perf_counter()
        with open(path, encoding="utf-8", newline="") as fh:
            baseline_rows = sum(1 for _ in csv.reader(fh)) - 1
        baseline = time.perf_counter() - t0

        t0 = time.perf_counter()
        counts: dict[str, int] = {}
        for rec in read_event_csv(path, progress=lambda *a: None, cancelled=lambda: False):
            counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
        parse = time.perf_counter() - t0

        from desktop.core import importing
        from desktop.core.storage import Store
        store = Store.create(Path(tmp) / "acled.db")
        t0 = time.perf_counter()
        report = importing.import_files(store, [path])
        imported = time.perf_counter() - t0
        store.close()
    print(f"records: {counts}")
    print(f"import created: {dict(report.created)}")
    print(f"csv.reader alone: {baseline:.3f} s ({baseline_rows / baseline:,.0f} rows/s)")
    print(f"read_event_csv:   {parse:.3f} s ({args.rows / parse:,.0f} rows/s; target >= 20,000 rows/s "
          f"end to end with the store write) = {parse / baseline:.1f}x the bare csv module")
    print(f"import_files:     {imported:.3f} s ({args.rows / imported:,.0f} rows/s end to end, "
          f"{sum(report.created.values()) / imported:,.0f} records/s) = {imported / parse:.1f}x the parse")


if __name__ == "__main__":
    main()
