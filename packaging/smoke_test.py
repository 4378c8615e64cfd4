"""`make package-test`: run the frozen bundle in a bare environment.

No Python on PATH, an empty HOME, offscreen Qt. Runs --version, init --sample
(into the platform's user-data folder), search, the upgrade of a store of
the first landed schema, a 15 MB import (checked in worker processes),
briefing and gui --screenshot; fails on any non-zero exit
or unexpected output on stderr.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "marsad"
# Lines on stderr that report nothing wrong: Qt on the offscreen platform, and import progress.
HARMLESS = ("propagateSizeHints", "This plugin does not support", "QStandardPaths: wrong permissions",
            "records checked")


def run(exe: Path, args: list[str], env: dict) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=120)
    stderr = [ln for ln in proc.stderr.splitlines() if ln.strip() and not any(h in ln for h in HARMLESS)]
    label = " ".join(["marsad-cli", *args])
    if proc.returncode != 0:
        raise SystemExit(f"FAIL {label}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc, stderr, label


BIG = 12_000
OLDEST_STORE = ROOT / "tests" / "fixtures" / "landed_stores" / "36f2d25" / "store.db"


def _big_jsonl(path: Path) -> Path:
    description = "وصف طويل لفاعل في الأخبار " * 25
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(BIG):
            fh.write(json.dumps({"kind": "actor", "id": f"actor:smoke-{i}", "name": f"فاعل رقم {i}",
                                 "description": description}, ensure_ascii=False) + "\n")
    return path


def main() -> int:
    exe = BUNDLE / ("marsad-cli.exe" if sys.platform == "win32" else "marsad-cli")
    if not exe.exists():
        raise SystemExit(f"no bundle at {BUNDLE}: run `make package` first")
    with tempfile.TemporaryDirectory() as home:
        bare_bin = Path(home) / "bin"
        bare_bin.mkdir()
        env = {"HOME": home, "PATH": str(bare_bin), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        out = Path(home) / "out"
        out.mkdir()
        big = _big_jsonl(out / "big.jsonl")
        # A store made by the first landed schema: opening it runs every migration step, which
        # a frozen build finds among its bundled modules, not on disk.
        old = out / "old.db"
        shutil.copyfile(OLDEST_STORE, old)
        checks = [
            (["--version"], lambda p: p.stdout.startswith("marsad, version")),
            (["init", "--sample"], lambda p: "5 quotes" in p.stdout),
            (["search", "علاوي", "--json"], lambda p: json.loads(p.stdout)["total"] >= 5),
            (["--db", str(old), "search", "علاوي", "--json"], lambda p: json.loads(p.stdout)["total"] >= 5),
            (["--db", str(old), "check"], lambda p: True),
            # Over 8 MB: checked in spawned worker processes, which a frozen build must be able to start.
            (["import", str(big), "--json"], lambda p: json.loads(p.stdout)["created"] == {"actor": BIG}),
            (["briefing", "--out", str(out / "b.pdf"), "--query", "عين الأسد"],
             lambda p: (out / "b.pdf").stat().st_size > 1000),
            (["gui", "--screenshot", str(out / "s.png"), "--tab", "quotes", "--search", "علاوي"],
             lambda p: (out / "s.png").stat().st_size > 1000),
        ]
        failures = 0
        for args, ok in checks:
            proc, stderr, label = run(exe, args, env)
            good = ok(proc) and not stderr
            failures += not good
            print(("ok   " if good else "FAIL ") + label + ("" if not stderr else "\n  stderr: " + "\n  ".join(stderr)))
        store = Path(home) / ".local" / "share" / "Marsad" / "marsad.db"
        if sys.platform.startswith("linux") and not store.exists():
            print(f"FAIL the store is not in the user-data folder ({store})")
            failures += 1
        written_in_bundle = [p for p in BUNDLE.rglob("*.db")]
        if written_in_bundle:
            print(f"FAIL files written inside the bundle: {written_in_bundle}")
            failures += 1
    print("smoke test:", "passed" if not failures else f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
