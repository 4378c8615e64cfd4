"""Search benchmark: Marsad search vs a LIKE scan vs plain FTS5, on one store.

    python bench/bench_search.py --db bench/out/100k.db [--reps 7] [--like-reps 1] [--json OUT]

Runs a fixed query set through desktop.core.search.search (warm, several
repetitions, interleaved), the same queries as a LIKE scan over the raw
text columns of the same file, and as plain FTS5 over the raw (unnormalised)
text with the default tokenizer. The plain FTS5 table is built once and
cached next to the store (DB + ".plainfts"). Prints absolute times and the
ratios measured in this run, and the recall of the variant-spelling queries
against plain FTS5, with ground truth from normalising the raw text in Python
with desktop.core.arabic.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import arabic, kinds, search as marsad_search  # noqa: E402
from desktop.core.query import parse  # noqa: E402
from desktop.core.records import KINDS  # noqa: E402
from desktop.core.storage import Store  # noqa: E402

TABLES = {k.name: k.table for k in kinds.stored()}

# (class, query). "typical" classes are the 1-3 word Arabic queries of the
# DESIGN target; "stopword" is reported apart (it matches nearly every record).
QUERIES: tuple[tuple[str, str], ...] = (
    ("single-common", "حكومة"),
    ("single-common", "قوات"),
    ("single-common", "وزير"),
    ("single-common", "عسكري"),
    ("single-common", "انتخابات"),
    ("single-rare", "مصفاة"),
    ("single-rare", "تهجير"),
    ("single-rare", "استفتاء"),
    ("single-rare", "غواصة"),
    ("single-rare", "الحلبوسي"),
    ("two-word-and", "قوات بغداد"),
    ("two-word-and", "هجوم الموصل"),
    ("two-word-and", "انتخابات مجلس"),
    ("two-word-and", "أسعار نفط"),
    ("two-word-and", "عقوبات إيران"),
    ("three-word-and", "وزير دفاع اجتماع"),
    ("phrase", '"وقف إطلاق النار"'),
    ("phrase", '"مجلس الأمن"'),
    ("phrase", '"رئيس الوزراء"'),
    ("phrase", '"البنك المركزي"'),
    ("phrase", '"هيئة النزاهة"'),
    ("prefix", "انتخاب*"),
    ("variant-hamza", "امن"),
    ("variant-hamza", "اعلان"),
    ("variant-hamza", "إعلان"),
    ("variant-hamza", "اسعار"),
    ("variant-ta-marbuta", "الحكومه"),
    ("variant-ta-marbuta", "وزاره"),
    ("variant-alef-maqsura", "مستشفي"),
    ("variant-alef-maqsura", "فوضي"),
    ("variant-diacritics", "الحُكومة"),
    ("variant-diacritics", "قُوّات"),
    ("variant-diacritics", "أَمن"),
    ("variant-tatweel", "حكـومة"),
    ("clitic-al", "الانتخابات"),
    ("clitic-al", "القوات"),
    ("clitic-wa", "والانتخابات"),
    ("clitic-wa", "وحكومة"),
    ("clitic-bi-li", "بالقوات"),
    ("clitic-bi-li", "للحكومة"),
    ("stopword", "في"),
    ("stopword", "في من"),
)
VARIANT_CLASSES = ("variant-hamza", "variant-ta-marbuta", "variant-alef-maqsura", "variant-diacritics",
                   "variant-tatweel")
CLITIC_CLASSES = ("clitic-al", "clitic-wa", "clitic-bi-li")
UNTYPICAL = ("stopword",)

# The raw text of each kind, as the plain FTS5 baseline and the LIKE scan see it.
RAW_TEXT = {
    "actor": ("name", "coalesce(name_en, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM "
                      "s.actor_aliases x WHERE x.actor_id = t.id), '') || ' ' || coalesce(title, '') || ' ' "
                      "|| coalesce(description, '')"),
    "place": ("name", "coalesce(name_en, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM "
                      "s.place_aliases x WHERE x.place_id = t.id), '')"),
    "source": ("title", "coalesce(summary, '') || ' ' || coalesce(body, '')"),
    "event": ("title", "coalesce(summary, '')"),
    "quote": ("text", "coalesce(context, '')"),
}
LIKE_COLUMNS = {
    "actor": ("name", "title", "description"),
    "place": ("name", "name_en"),
    "source": ("title", "summary", "body"),
    "event": ("title", "summary"),
    "quote": ("text", "context"),
}


@dataclass
class Terms:
    """A query as the baselines see it: AND of terms; a term is a phrase, maybe a prefix."""
    items: list[tuple[str, bool]] = field(default_factory=list)

    @classmethod
    def of(cls, query: str) -> "Terms":
        out, rest = [], query
        while rest.strip():
            rest = rest.strip()
            if rest.startswith('"'):
                end = rest.find('"', 1)
                out.append((rest[1:end], False))
                rest = rest[end + 1:]
            else:
                word, _, rest = rest.partition(" ")
                out.append((word.rstrip("*"), word.endswith("*")))
        return cls(out)

    def fts(self) -> str:
        return " AND ".join(f'"{t}"' + (" *" if prefix else "") for t, prefix in self.items)


# --- the plain FTS5 baseline ------------------------------------------------------------------------


def _raw(store: Store) -> sqlite3.Connection:
    """A plain read-only connection to the store's file: the baselines read it as any SQLite tool would."""
    return sqlite3.connect(f"{Path(store.path).resolve().as_uri()}?mode=ro", uri=True)


def _signature(store: Store) -> str:
    parts = [str(store.counts())]
    conn = _raw(store)
    for kind in KINDS:
        parts.append(str(conn.execute(f"SELECT max(id), max(updated_at) FROM {TABLES[kind]}").fetchone()))
    conn.close()
    return "|".join(parts)


def plain_fts(db: Path, store: Store) -> sqlite3.Connection:
    """The cached plain FTS5 file next to the store; built when missing or stale."""
    path = Path(str(db) + ".plainfts")
    sig = _signature(store)
    if path.exists():
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row and row[0] == sig:
            return conn
        conn.close()
        path.unlink()
    started = time.perf_counter()
    tmp = Path(str(path) + ".partial")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(f"file:{tmp}", uri=True)
    conn.execute("ATTACH DATABASE ? AS s", (f"{Path(db).resolve().as_uri()}?mode=ro",))
    conn.execute("PRAGMA main.journal_mode=OFF")
    conn.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    # The default tokenizer (unicode61), on the text as written.
    conn.execute("CREATE VIRTUAL TABLE plain USING fts5(kind UNINDEXED, rid UNINDEXED, title, body)")
    with conn:
        for kind, (title, body) in RAW_TEXT.items():
            conn.execute(f"INSERT INTO plain(kind, rid, title, body) "
                         f"SELECT '{kind}', t.id, t.{title}, {body} FROM s.{TABLES[kind]} t")
        conn.execute("INSERT INTO meta VALUES ('signature', ?)", (sig,))
    conn.execute("DETACH DATABASE s")
    conn.close()
    tmp.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.1f} s", flush=True)
    return sqlite3.connect(path)


# --- the three ways to search ------------------------------------------------------------------------


def run_ours(store: Store, query: str) -> int:
    return marsad_search.search(store, query, limit=50).total


def run_plain(conn: sqlite3.Connection, query: str) -> int:
    expr = Terms.of(query).fts()
    conn.execute("SELECT kind, rid, title FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT 50", (expr,)).fetchall()
    return conn.execute("SELECT count(*) FROM plain WHERE plain MATCH ?", (expr,)).fetchone()[0]


def run_like(store: Store, query: str) -> int:
    terms = Terms.of(query).items
    total = 0
    conn = _raw(store)
    for kind, cols in LIKE_COLUMNS.items():
        conds, params = [], []
        for term, _ in terms:
            pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conds.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")")
            params += [pattern] * len(cols)
        sql = f"SELECT count(*) FROM {TABLES[kind]} WHERE " + " AND ".join(conds)
        total += conn.execute(sql, params).fetchone()[0]
    conn.close()
    return total


def timed(fn, *args) -> tuple[float, int]:
    started = time.perf_counter()
    n = fn(*args)
    return (time.perf_counter() - started) * 1000, n


def pct(values: list[float], p: float) -> float:
    """The p-th percentile, nearest rank (no interpolation: an observed time)."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


# --- recall -----------------------------------------------------------------------------------------------


def ours_matching(store: Store, query: str) -> set[tuple[str, int]]:
    q = parse(query)
    return {(kind, rid) for kind in KINDS for rid in store.matching_ids(q, kind)}


def plain_matching(conn: sqlite3.Connection, query: str) -> set[tuple[str, int]]:
    rows = conn.execute("SELECT kind, rid FROM plain WHERE plain MATCH ?", (Terms.of(query).fts(),))
    return {(k, int(r)) for k, r in rows}


def ground_truth(conn: sqlite3.Connection, queries: list[tuple[str, str]]) -> dict[str, dict[str, set]]:
    """For each query word: records with a token of the same normal form, and of the same light stem."""
    targets = {q: arabic.normalize(q) for _, q in queries}
    stems = {q: arabic.stem(n) for q, n in targets.items()}
    norm_set, stem_set = set(targets.values()), set(stems.values())
    stem_cache: dict[str, str] = {}
    by_norm: dict[str, set] = {n: set() for n in norm_set}
    by_stem: dict[str, set] = {s: set() for s in stem_set}
    for kind, rid, title, body in conn.execute("SELECT kind, rid, title, body FROM plain"):
        tokens = set(arabic.words(arabic.normalize(f"{title}\n{body}")))
        key = (kind, int(rid))
        for n in norm_set & tokens:
            by_norm[n].add(key)
        for t in tokens:
            s = stem_cache.get(t)
            if s is None:
                s = stem_cache[t] = arabic.stem(t)
            if s in stem_set:
                by_stem[s].add(key)
    return {q: {"spelling": by_norm[targets[q]], "stem": by_stem[stems[q]]} for _, q in queries}


# --- main -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--reps", type=int, default=7, help="timed repetitions of each query (ours, plain FTS5)")
    ap.add_argument("--like-reps", type=int, default=1, help="timed repetitions of each LIKE scan")
    ap.add_argument("--no-recall", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the measurements here")
    args = ap.parse_args(argv)

    store = Store.open(args.db, readonly=True)
    n_records = sum(store.counts().values())
    plain = plain_fts(args.db, store)
    print(f"store {args.db}: {n_records:,} records; sqlite {sqlite3.sqlite_version}; {len(QUERIES)} queries, "
          f"{args.reps} reps (ours, plain FTS5), {args.like_reps} LIKE reps")

    ours_t = {q: [] for _, q in QUERIES}
    plain_t = {q: [] for _, q in QUERIES}
    like_t = {q: [] for _, q in QUERIES}
    totals: dict[str, dict[str, int]] = {q: {} for _, q in QUERIES}
    for _, q in QUERIES:  # warm-up: page cache, statement cache, analyser caches
        totals[q]["ours"] = run_ours(store, q)
        totals[q]["plain"] = run_plain(plain, q)
    for _ in range(args.reps):
        for _, q in QUERIES:
            ours_t[q].append(timed(run_ours, store, q)[0])
            plain_t[q].append(timed(run_plain, plain, q)[0])
    for _ in range(args.like_reps):
        for _, q in QUERIES:
            ms, n = timed(run_like, store, q)
            like_t[q].append(ms)
            totals[q]["like"] = n

    rows = []
    print(f"\n{'class':22} {'query':24} {'ours':>8} {'p50':>8} {'p95':>8} {'plain':>8} {'p50':>8} "
          f"{'like':>8} {'like ms':>9} {'like/ours':>9} {'plain/ours':>10}")
    for cls, q in QUERIES:
        o50, o95 = statistics.median(ours_t[q]), pct(ours_t[q], 95)
        p50, l50 = statistics.median(plain_t[q]), statistics.median(like_t[q])
        row = {"class": cls, "query": q, "ours_total": totals[q]["ours"], "ours_p50_ms": round(o50, 2),
               "ours_p95_ms": round(o95, 2), "plain_total": totals[q]["plain"], "plain_p50_ms": round(p50, 2),
               "like_total": totals[q]["like"], "like_ms": round(l50, 1),
               "like_over_ours": round(l50 / o50, 1), "plain_over_ours": round(p50 / o50, 2)}
        rows.append(row)
        print(f"{cls:22} {q:24} {row['ours_total']:>8,} {o50:>8.2f} {o95:>8.2f} {row['plain_total']:>8,} "
              f"{p50:>8.2f} {row['like_total']:>8,} {l50:>9.1f} {row['like_over_ours']:>9.1f} "
              f"{row['plain_over_ours']:>10.2f}")

    classes = []
    print(f"\n{'class':22} {'ours p50':>9} {'ours p95':>9} {'plain p50':>10} {'LIKE p50':>10} "
          f"{'LIKE/ours':>10} {'plain/ours':>11}   (pooled over the class's queries and reps)")
    order = list(dict.fromkeys(c for c, _ in QUERIES)) + ["ALL typical", "ALL"]
    for cls in order:
        if cls == "ALL typical":
            qs = [q for c, q in QUERIES if c not in UNTYPICAL]
        elif cls == "ALL":
            qs = [q for _, q in QUERIES]
        else:
            qs = [q for c, q in QUERIES if c == cls]
        o = [t for q in qs for t in ours_t[q]]
        p = [t for q in qs for t in plain_t[q]]
        lk = [t for q in qs for t in like_t[q]]
        entry = {"class": cls, "ours_p50_ms": round(statistics.median(o), 2), "ours_p95_ms": round(pct(o, 95), 2),
                 "ours_max_ms": round(max(o), 2), "plain_p50_ms": round(statistics.median(p), 2),
                 "like_p50_ms": round(statistics.median(lk), 1),
                 "like_over_ours": round(statistics.median(lk) / statistics.median(o), 1),
                 "plain_over_ours": round(statistics.median(p) / statistics.median(o), 2)}
        classes.append(entry)
        print(f"{cls:22} {entry['ours_p50_ms']:>9.2f} {entry['ours_p95_ms']:>9.2f} {entry['plain_p50_ms']:>10.2f} "
              f"{entry['like_p50_ms']:>10.1f} {entry['like_over_ours']:>10.1f} {entry['plain_over_ours']:>11.2f}")

    recall = []
    if not args.no_recall:
        recall_qs = [(c, q) for c, q in QUERIES if c in VARIANT_CLASSES + CLITIC_CLASSES]
        started = time.perf_counter()
        truth = ground_truth(plain, recall_qs)
        print(f"\nrecall (ground truth: raw text normalised with desktop.core.arabic, "
              f"{time.perf_counter() - started:.1f} s)")
        print(f"{'class':22} {'query':14} {'truth':>8} {'plain':>8} {'ours':>8} {'plain %':>8} {'ours %':>8} "
              f"{'missed by plain':>15} {'of those, ours':>14}")
        for cls, q in recall_qs:
            kind_of_truth = "stem" if cls in CLITIC_CLASSES else "spelling"
            t = truth[q][kind_of_truth]
            pl = plain_matching(plain, q) & t
            ours_all = ours_matching(store, q)
            ours = ours_all & t
            missed = t - pl
            entry = {"class": cls, "query": q, "truth": kind_of_truth, "truth_n": len(t), "plain_found": len(pl),
                     "ours_found": len(ours), "missed_by_plain": len(missed),
                     "missed_by_plain_found_by_ours": len(missed & ours),
                     "truth_spelling_n": len(truth[q]["spelling"]),
                     "ours_found_spelling": len(ours_all & truth[q]["spelling"])}
            recall.append(entry)
            pc = lambda a: 100 * a / len(t) if t else 100.0  # noqa: E731
            print(f"{cls:22} {q:14} {len(t):>8,} {len(pl):>8,} {len(ours):>8,} {pc(len(pl)):>7.1f}% "
                  f"{pc(len(ours)):>7.1f}% {len(missed):>15,} {len(missed & ours):>14,}")
        short = sum(e["missed_by_plain"] - e["missed_by_plain_found_by_ours"] for e in recall)
        print(f"variant records plain FTS5 misses that ours misses too: {short}"
              + ("  (all found)" if short == 0 else "  <-- FAIL"))

    typical = next(c for c in classes if c["class"] == "ALL typical")
    print(f"\nSUMMARY {n_records:,} records: typical-query p95 {typical['ours_p95_ms']:.2f} ms, "
          f"p50 {typical['ours_p50_ms']:.2f} ms; LIKE/ours {typical['like_over_ours']:.0f}x; "
          f"plain-FTS5/ours {typical['plain_over_ours']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"db": str(args.db), "records": n_records, "queries": rows,
                                         "classes": classes, "recall": recall}, ensure_ascii=False, indent=1))
    store.close()
    plain.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
