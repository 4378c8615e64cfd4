"""`make stress`: the fault harness at full size, with the figures issue 17 asks for.

    python -m tests.faults.stress --kills 120 --inputs 5000

Kills: each round runs one Marsad command (large and small imports, event
data, an article, backup, restore, export, repair, init) and kills it with
SIGKILL at a random moment of its run; see kills.py for what is judged.
Inputs: searches, JSONL, articles and event-data CSV drawn by hypothesis and
run through the CLI; see fuzz.py. Full disks: init, import, backup and
export at some 200 levels of free space on a small tmpfs, where the machine
allows mounting one; see full_disk.py. Exits 1 when anything was found.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.faults import full_disk
from tests.faults.fuzz import Fuzzer
from tests.faults.kills import Harness


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=120)
    parser.add_argument("--inputs", type=int, default=5000, help="fuzzed inputs, shared among the four fuzzers")
    parser.add_argument("--records", type=int, default=20_000, help="records in the large import")
    parser.add_argument("--disk-step", type=int, default=8192,
                        help="bytes between the free-space levels of the full-disk sweep (0 to 1.6 MB)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    folder = args.folder or Path(tempfile.mkdtemp(prefix="marsad-stress-"))
    os.environ.setdefault("MARSAD_BACKUPS", str(folder / "backups"))
    print(f"seed {seed}, folder {folder}")

    started = time.perf_counter()
    harness = Harness(folder / "kills", records=args.records)
    for scenario in harness.scenarios:
        print(f"  {scenario.name:15} {scenario.duration:5.2f} s unkilled")
    kills = harness.rounds(args.kills, random.Random(seed))
    kill_seconds = time.perf_counter() - started

    started = time.perf_counter()
    fuzzer = Fuzzer(folder / "fuzz")
    try:
        # stored_text and damaged_headers add a tenth and a half of a share: the shares are sized so
        # the total reaches --inputs.
        fuzz = fuzzer.all(max(1, -(-args.inputs * 10 // 46)))
    finally:
        fuzzer.close()
    fuzz_seconds = time.perf_counter() - started

    disk = None
    if full_disk.available():
        started = time.perf_counter()
        disk = full_disk.sweep(folder / "disk", list(range(0, 1_600_000, args.disk_step)))
        disk_seconds = time.perf_counter() - started

    print(f"kills: {kills.rounds} rounds, {kills.killed} killed mid-run, in {kill_seconds:.0f} s")
    print(f"  corrupt stores {kills.corrupt}, partial stores {kills.partial_stores}, "
          f"orphan processes {kills.orphans}, partial or empty files {kills.leftovers}")
    print(f"inputs: {fuzz.inputs} ({', '.join(f'{k} {n}' for k, n in sorted(fuzz.by_target.items()))}), "
          f"in {fuzz_seconds:.0f} s")
    print(f"  tracebacks {fuzz.tracebacks}, escape sequences out {fuzz.escapes}, "
          f"stores changed by a refused input {fuzz.changed_on_refusal}")
    if disk is None:
        print("full disks: not run (mounting a small tmpfs needs root on Linux)")
    else:
        print(f"full disks: {disk.runs} runs of init, import, backup and export on a "
              f"{full_disk.DISK_BYTES // 1048576} MB tmpfs, {disk.refused_full} refused as full, in {disk_seconds:.0f} s")
        print(f"  unclear messages or tracebacks {disk.unclear}, stores changed or broken {disk.broken_stores}, "
              f"partial or empty files {disk.leftovers}")
    for problem in kills.problems + fuzz.problems + (disk.problems if disk else []):
        print("  " + problem[:500])
    bad = kills.bad or fuzz.bad or (disk.bad if disk else 0)
    return 1 if bad or fuzz.inputs < args.inputs or kills.rounds < args.kills else 0


if __name__ == "__main__":
    sys.exit(main())
