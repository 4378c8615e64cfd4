"""Check an annotated batch folder before it is scored: python3 bench/waves/check_batch.py DIR

Every quote text, speaker, not_quote, not_actor and event evidence is verbatim in its body; quote
stretches have four words or more and lie inside a quoted stretch; no not_actor is a word of a
speaker; event titles have at most 12 words; the straight double quotes of each body are exactly the
quotes and not_quotes (the outlet's own name in quote marks excepted). Prints OK or what fails."""
import json
import re
import sys
from pathlib import Path

STATUSES = {"planned", "occurred", "announced", "expected"}

def check(path):
    errs = []
    d = json.loads(path.read_text(encoding="utf-8"))
    for k in ("source", "quotes", "not_quotes", "not_actors", "events"):
        if k not in d:
            errs.append(f"missing key {k}")
    src = d.get("source", {})
    for k in ("id", "published", "outlet", "title", "body"):
        if not src.get(k):
            errs.append(f"source.{k} missing")
    body = src.get("body", "")
    if not re.fullmatch(r"2025-\d\d-\d\d", src.get("published", "")):
        errs.append("published not a 2025 ISO date")
    stretches = re.findall(r'"([^"]*)"', body)
    nq = body.count('"')
    quotes, notq = d.get("quotes", []), d.get("not_quotes", [])
    used = [False] * len(stretches)
    speakers = []
    for q in quotes:
        if not (isinstance(q, list) and len(q) == 2):
            errs.append(f"bad quote pair {q!r}"); continue
        text, spk = q
        speakers.append(spk)
        if text not in body:
            errs.append(f"quote not verbatim: {text}")
        if len(text.split()) < 4:
            errs.append(f"quote under 4 words: {text}")
        hits = [i for i, s in enumerate(stretches) if text in s and not used[i]]
        if not hits:
            errs.append(f"quote not inside a quoted stretch (or stretch used twice): {text}")
        else:
            used[hits[0]] = True
        if spk not in body:
            errs.append(f"speaker not verbatim: {spk}")
    for n in notq:
        hits = [i for i, s in enumerate(stretches) if s == n and not used[i]]
        if not hits:
            errs.append(f"not_quote is not a whole quoted stretch: {n}")
        else:
            used[hits[0]] = True
    outlet_names = {src.get("outlet", "").split(" – ")[0].strip(), src.get("outlet", "").strip()}
    for i, s in enumerate(stretches):
        if not used[i] and s.strip() and (s.strip() in outlet_names or src.get("outlet", "").startswith(s.strip() + " ")):
            used[i] = True  # the outlet's own name in quotes (dateline, «لـ"…"») needs no annotation
            nq -= 2
    for i, s in enumerate(stretches):
        if not used[i]:
            errs.append(f"quoted stretch neither a quote nor a not_quote: {s[:60]}")
    if nq != 2 * (len(quotes) + len(notq)):
        errs.append(f'{nq} straight quotes in body, expected {2 * (len(quotes) + len(notq))} (quotes {len(quotes)} + not_quotes {len(notq)})')
    spk_words = {w for s in speakers for w in s.split()}
    for w in d.get("not_actors", []):
        if w not in body:
            errs.append(f"not_actor not verbatim in the body: {w}")
        if w in spk_words:
            errs.append(f"not_actor is a word of a speaker: {w}")
    for e in d.get("events", []):
        if e.get("status") not in STATUSES:
            errs.append(f"bad status: {e}")
        if len(e.get("title", "").split()) > 12 or not e.get("title"):
            errs.append(f"title empty or over 12 words: {e.get('title')}")
        if e.get("evidence", "") not in body or not e.get("evidence"):
            errs.append(f"evidence not verbatim: {e.get('evidence')}")
        if "date" in e and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]):
            errs.append(f"bad date: {e['date']}")
    words = len(body.split("\n", 1)[1].split()) if "\n" in body else len(body.split())
    return errs, words, len(quotes), len(set(speakers)), len(notq)

def main(folder):
    files = sorted(Path(folder).glob("*.json"))
    bad = 0
    for f in files:
        try:
            errs, words, nq, ns, nn = check(f)
        except (ValueError, KeyError, TypeError) as exc:
            errs, words, nq, ns, nn = [f"unreadable: {exc}"], 0, 0, 0, 0
        status = "OK" if not errs else "FAIL"
        print(f"{f.name}: {status} words={words} quotes={nq} speakers={ns} not_quotes={nn}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if len(files) != 6:
        print(f"expected 6 JSON files, found {len(files)}"); bad += 1
    print("OK" if not bad else "FAIL")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
