"""Event data as publishers ship it: ACLED's whole import against the csv module's bare parse, and a day
of GDELT events from its zip.

Usage: python bench/bench_eventdata.py [--acled-rows N] [--gdelt-rows N] [--only acled|gdelt]

Targets (issue 16):
  ACLED, 500,000 rows: the whole import (read, map, check, write, index) at least 0.3x the rows per
  second of the csv module's bare parse of the same file, measured in the same run, with the
  import's peak RSS at most 500 MB (the load's process; its worker processes are reported apart).
  GDELT: a day of events, about 100,000 rows in the publisher's raw 61-column layout, zipped as
  GDELT ships it (YYYYMMDDHHMMSS.export.CSV.zip), imported in at most 15 s.

Rows are generated in each publisher's exact layout with realistic values: ACLED's current 31
columns (text actor types, interaction labels, time and geo precision, several sources, notes with
quoted commas, tags, timestamps; admin names that repeat down the chain), GDELT's 61 columns (CAMEO
actor and event codes, three geo blocks, DATEADDED and a source address cited by several events).
Each import runs in a fresh process of its own, into a new store, so its peak RSS is its own.
Prints absolute times and the same-run ratios.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACLED_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"]
ADMIN = {"Iraq": (368, {"Al Anbar": {"Ar-Ramadi": ["Ar-Ramadi", "Al-Khaldiyah"],
                                     "Al-Falluja": ["Al-Falluja", "Saqlawiyah"],
                                     "Al-Qaim": ["Al-Qaim", "Husaybah"], "Heet": ["Heet", "Kubaisa"]},
                        "Baghdad": {"Karkh": ["Karkh", "Mansour"], "Rusafa": ["Rusafa", "Sadr City"]},
                        "Ninewa": {"Mosul": ["Mosul", "Hamdaniya"], "Sinjar": ["Sinjar", "Sinuni"]},
                        "Basrah": {"Basrah": ["Basrah", "Al-Hartha"], "Az-Zubair": ["Az-Zubair", "Safwan"]},
                        "Diyala": {"Baquba": ["Baquba", "Khalis"], "Khanaqin": ["Khanaqin", "Jalawla"]}}),
         "Syria": (760, {"Aleppo": {"Menbij": ["Menbij", "Abu Qalqal"], "Al Bab": ["Al Bab", "Tadif"]},
                         "Deir-ez-Zor": {"Al Mayadin": ["Al Mayadin", "Thiban"], "Abu Kamal": ["Abu Kamal", "Hajin"]},
                         "Idleb": {"Idleb": ["Idleb", "Saraqab"], "Harim": ["Harim", "Sarmada"]}})}
ACTORS = [("Islamic State (Iraq)", "Rebel group"), ("Military Forces of Iraq (2022-)", "State forces"),
          ("Popular Mobilization Forces", "State forces"), ("Kata'ib Hezbollah", "Political militia"),
          ("Hay'at Tahrir al-Sham", "Rebel group"), ("Syrian Democratic Forces", "Rebel group"),
          ("Civilians (Iraq)", "Civilians"), ("Protesters (Iraq)", "Protesters"),
          ("Military Forces of Turkey (2016-)", "External/Other forces"),
          ("Unidentified Armed Group (Iraq)", "Political militia"), ("Rioters (Iraq)", "Rioters"),
          ("Police Forces of Iraq (2022-)", "State forces")]
TYPES = [("Political violence", "Battles", "Armed clash"),
         ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
         ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Political violence", "Violence against civilians", "Attack"),
         ("Demonstrations", "Protests", "Peaceful protest"), ("Demonstrations", "Riots", "Violent demonstration"),
         ("Strategic developments", "Strategic developments", "Arrests")]
SOURCES = ["Shafaq News", "Rudaw", "Xinhua", "Reuters", "Al Mirbad", "Kurdistan 24", "Twitter", "SOHR"]
SCALES = ["National", "Regional", "International", "Subnational", "National-Regional", "Other-National"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def acled_rows(count: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(count):
        country = rng.choice(list(ADMIN))
        iso, provinces = ADMIN[country]
        admin1 = rng.choice(list(provinces))
        admin2 = rng.choice(list(provinces[admin1]))
        admin3 = rng.choice(provinces[admin1][admin2])
        location = admin3 if rng.random() < 0.4 else f"{admin3} village {rng.randint(1, 400)}"
        y, m, d = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
        disorder, etype, sub = rng.choice(TYPES)
        (a1, i1), (a2, i2) = rng.sample(ACTORS, 2)
        if etype == "Protests":
            a2, i2 = "", ""
        sources = "; ".join(rng.sample(SOURCES, rng.randint(1, 3)))
        fatalities = 0 if disorder == "Demonstrations" else rng.choice([0, 0, 1, 2, 3, 5, 12])
        notes = (f"On {d} {MONTHS[m - 1]} {y}, {a1} {sub.lower()} near {location} ({admin2}, {admin1}), "
                 f"\"reportedly\" killing {fatalities}; {rng.choice(SOURCES)} said.")
        yield [f"{'IRQ' if country == 'Iraq' else 'SYR'}{100000 + i}", f"{y}-{m:02d}-{d:02d}", y,
               rng.choice([1, 1, 1, 2, 3]), disorder, etype, sub, a1,
               rng.choice(["", "", "Tribal Militia (Iraq)", "Farmers (Iraq); Women (Iraq)"]), i1, a2, "", i2,
               f"{i1}-{i2}" if i2 else f"{i1} only", "Civilian targeting" if i2 == "Civilians" else "", iso,
               "Middle East", country, admin1, admin2, admin3 if rng.random() < 0.5 else "", location,
               f"{rng.uniform(30, 37):.4f}", f"{rng.uniform(38, 48):.4f}", rng.choice([1, 1, 2, 3]), sources,
               rng.choice(SCALES), notes, fatalities, rng.choice(["", "", "crowd size=no report"]),
               1700000000 + i]


GDELT_ACTORS = [("IRQ", "IRAQ", "IRQ", ""), ("IRQGOV", "IRAQ", "IRQ", "GOV"), ("IRQMIL", "IRAQ", "IRQ", "MIL"),
                ("USA", "UNITED STATES", "USA", ""), ("USAGOV", "WASHINGTON", "USA", "GOV"),
                ("REB", "MILITANT", "", "REB"), ("IRN", "IRAN", "IRN", ""), ("SYR", "SYRIA", "SYR", ""),
                ("TURMIL", "TURKEY", "TUR", "MIL"), ("CVL", "CIVILIAN", "", "CVL"), ("", "", "", "")]
GDELT_PLACES = [(4, "Ramadi, Al Anbar, Iraq", "IZ", "IZ01", 33.4206, 43.3078),
                (4, "Baghdad, Baghdad, Iraq", "IZ", "IZ07", 33.3386, 44.3939),
                (4, "Mosul, Ninawa, Iraq", "IZ", "IZ15", 36.335, 43.1189),
                (4, "Basra, Al Basrah, Iraq", "IZ", "IZ02", 30.5085, 47.7804),
                (1, "Iraq", "IZ", "IZ", 33.0, 44.0), (1, "Syria", "SY", "SY", 35.0, 38.0),
                (4, "Aleppo, Halab, Syria", "SY", "SY09", 36.2028, 37.1586),
                (2, "Texas, United States", "US", "USTX", 31.106, -97.6475),
                (4, "Washington, District of Columbia, United States", "US", "USDC", 38.8951, -77.0364)]
CAMEO = ["010", "020", "036", "042", "043", "051", "057", "112", "120", "138", "173", "190", "193", "195"]
OUTLETS = ["aljazeera.com", "rudaw.net", "reuters.com", "shafaq.com", "bbc.co.uk", "aa.com.tr", "apnews.com"]


def gdelt_rows(count: int, seed: int = 11, day: str = "20250115"):
    rng = random.Random(seed)
    urls = [f"https://www.{rng.choice(OUTLETS)}/news/2025/1/15/story-{n}-{rng.choice(['clash', 'talks', 'strike'])}"
            for n in range(max(1, count * 2 // 5))]
    for i in range(count):
        a1, a2 = rng.choice(GDELT_ACTORS), rng.choice(GDELT_ACTORS)
        code = rng.choice(CAMEO)
        root = code[:2]
        quad = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 2, "11": 3, "12": 3, "13": 3}.get(root, 4)
        place = rng.choice(GDELT_PLACES)

        def actor(a):
            return [a[0], a[1], a[2], "", "", "", "", a[3], "", ""]

        def geo(p):
            return [str(p[0]), p[1], p[2], p[3], "", f"{p[4]:.4f}", f"{p[5]:.4f}", str(-3000000 - rng.randint(0, 999))]
        stamp = f"{day}{rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '45'])}00"
        mentions = rng.randint(1, 20)
        yield ([str(1217480000 + i), day, day[:6], day[:4], f"{day[:4]}.0411", *actor(a1), *actor(a2),
                rng.choice(["0", "1"]), code, code[:3], root, str(quad), f"{rng.uniform(-10, 10):.1f}",
                str(mentions), str(rng.randint(1, mentions)), str(mentions), f"{rng.uniform(-12, 6):.14f}",
                *geo(rng.choice(GDELT_PLACES)), *geo(rng.choice(GDELT_PLACES)), *geo(place),
                stamp, rng.choice(urls)])


def write_acled(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(ACLED_HEADER)
        writer.writerows(acled_rows(rows))


def write_gdelt_zip(path: Path, rows: int) -> int:
    buf = io.StringIO()
    for row in gdelt_rows(rows):
        buf.write("\t".join(row) + "\n")
    data = buf.getvalue().encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(path.name[:-4], data)
    return len(data)


def bare_csv(open_text, delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> tuple[int, float]:
    """Rows and seconds of the csv module's bare parse (every row read, nothing done with it)."""
    t0 = time.perf_counter()
    with open_text() as fh:
        rows = sum(1 for _ in csv.reader(fh, delimiter=delimiter, quoting=quoting))
    return rows, time.perf_counter() - t0


IMPORT = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from desktop.core import importing
from desktop.core.storage import Store
store = Store.create(Path({db!r}))
t0 = time.perf_counter()
report = importing.import_files(store, [Path({path!r})])
seconds = time.perf_counter() - t0
store.close()
print(json.dumps({{"seconds": seconds, "created": report.created,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""


def import_in_a_fresh_process(path: Path, db: Path) -> dict:
    code = IMPORT.format(root=str(ROOT), db=str(db), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         env={**os.environ, "MARSAD_BACKUPS": str(db.parent / "backups")})
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_acled(folder: Path, rows: int) -> None:
    from desktop.core.eventdata import read_event_csv
    path = folder / "acled.csv"
    t0 = time.perf_counter()
    write_acled(path, rows)
    print(f"ACLED: wrote {rows:,} rows ({path.stat().st_size / 1048576:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    base_rows, base = bare_csv(lambda: open(path, encoding="utf-8", newline=""))
    base_rate = (base_rows - 1) / base
    t0 = time.perf_counter()
    records = sum(1 for _ in read_event_csv(path))
    parse = time.perf_counter() - t0
    result = import_in_a_fresh_process(path, folder / "acled.db")
    rate = rows / result["seconds"]
    print(f"  csv.reader alone:      {base:7.2f} s  {base_rate:10,.0f} rows/s")
    print(f"  read_event_csv:        {parse:7.2f} s  {rows / parse:10,.0f} rows/s ({records:,} records) "
          f"= {rows / parse / base_rate:.2f}x the bare parse rate")
    print(f"  whole import:          {result['seconds']:7.2f} s  {rate:10,.0f} rows/s "
          f"= {rate / base_rate:.3f}x the bare parse rate (target >= 0.3x)")
    print(f"  created: {result['created']}")
    print(f"  peak RSS: load {result['rss_mb']:.0f} MB (target <= 500 MB), largest worker "
          f"{result['worker_rss_mb']:.0f} MB")


def bench_gdelt(folder: Path, rows: int) -> None:
    path = folder / "20250115000000.export.CSV.zip"
    t0 = time.perf_counter()
    size = write_gdelt_zip(path, rows)
    print(f"GDELT: wrote {rows:,} rows ({size / 1048576:.1f} MB, zipped {path.stat().st_size / 1048576:.1f} MB) "
          f"in {time.perf_counter() - t0:.1f} s")

    def member():
        archive = zipfile.ZipFile(path)
        return io.TextIOWrapper(archive.open(path.name[:-4]), encoding="utf-8", newline="")
    base_rows, base = bare_csv(member, "\t", csv.QUOTE_NONE)
    result = import_in_a_fresh_process(path, folder / "gdelt.db")
    print(f"  csv.reader alone (from the zip): {base:6.2f} s  {base_rows / base:10,.0f} rows/s")
    print(f"  whole import from the zip:       {result['seconds']:6.2f} s  {rows / result['seconds']:10,.0f} rows/s "
          f"(target <= 15 s) = {rows / result['seconds'] / (base_rows / base):.3f}x the bare parse rate")
    print(f"  created: {result['created']}")
    print(f"  peak RSS: load {result['rss_mb']:.0f} MB, largest worker {result['worker_rss_mb']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--acled-rows", type=int, default=500_000)
    parser.add_argument("--gdelt-rows", type=int, default=100_000)
    parser.add_argument("--only", choices=("acled", "gdelt"))
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "gdelt"):
            bench_gdelt(Path(tmp), args.gdelt_rows)
        if args.only in (None, "acled"):
            bench_acled(Path(tmp), args.acled_rows)


if __name__ == "__main__":
    main()
