"""Full disks at many levels: each writing command, run with a little less room each time.

On a small tmpfs (root on Linux only), the store and a filler file leave
`free` bytes; then init, an import, a backup onto the disk and an export
onto it are run through the CLI. Each run must end with the command done,
or refused with a message that says the disk is full; the store must hold
what it held before or what the command gives, and pass SQLite's integrity
check; no partial or empty file may be left.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner

from desktop.cli import cli

DISK_BYTES = 6 * 1024 * 1024


@dataclass
class DiskTally:
    runs: int = 0
    refused_full: int = 0
    unclear: int = 0              # refused without saying the disk is full, or a traceback
    broken_stores: int = 0
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return self.unclear + self.broken_stores + self.leftovers


def available() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


class SmallDisk:
    def __init__(self, mount: Path):
        self.mount = Path(mount)

    def __enter__(self) -> "SmallDisk":
        self.mount.mkdir(parents=True, exist_ok=True)
        made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", str(self.mount)],
                              capture_output=True)
        if made.returncode != 0:
            raise OSError(made.stderr.decode(errors="replace").strip())
        return self

    def __exit__(self, *exc) -> None:
        if subprocess.run(["umount", str(self.mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(self.mount)], capture_output=True)

    def clear(self) -> None:
        for entry in self.mount.iterdir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()

    def fill(self, leave: int) -> None:
        free = shutil.disk_usage(self.mount).free
        with open(self.mount / "filler", "wb") as fh:
            fh.write(b"\0" * max(0, free - leave))


def sweep(folder: Path, levels: list[int], records: int = 4000) -> DiskTally:
    """Every command at every free-space level in `levels` (bytes); the import is of `records`
    generated records (4,000 make 2.5 MB, a store bigger than the disk has room for at most levels)."""
    tally = DiskTally()
    runner = CliRunner()
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "records.jsonl"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "bench" / "generate.py"), "--records", str(records),
                    "--out", str(data), "--seed", "3"], check=True, capture_output=True)
    sample_store = folder / "sample.db"
    if not sample_store.exists():
        runner.invoke(cli, ["--db", str(sample_store), "init", "--sample"])
    with SmallDisk(folder / "disk") as disk:
        for leave in levels:
            for command in ("init", "import", "backup", "export"):
                disk.clear()
                store = disk.mount / "s.db"
                if command != "init":
                    shutil.copy(sample_store, store)
                before = _counts(store)
                disk.fill(leave)
                args = {"init": ["init", "--sample"], "import": ["import", str(data)],
                        "backup": ["backup", str(disk.mount / "copy.db")],
                        "export": ["export", str(disk.mount / "out.jsonl")]}[command]
                env = {"MARSAD_BACKUPS": str(disk.mount / "backups")}
                result = runner.invoke(cli, ["--db", str(store), *args], env=env)
                tally.runs += 1
                where = f"{command} with {leave // 1024} KiB free"
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    tally.unclear += 1
                    tally.problems.append(f"traceback: {where}: {result.exception!r}")
                elif result.exit_code != 0:
                    if "the disk is full" in result.output:
                        tally.refused_full += 1
                    else:
                        tally.unclear += 1
                        tally.problems.append(f"unclear: {where}: {result.output.strip()[:200]}")
                (disk.mount / "filler").unlink()
                after = _counts(store)
                if after is not None and after != before and result.exit_code != 0:
                    tally.broken_stores += 1
                    tally.problems.append(f"changed though refused: {where}: {before} -> {after}")
                if isinstance(after, str):
                    tally.broken_stores += 1
                    tally.problems.append(f"broken store: {where}: {after}")
                # The store's own WAL and shared memory are SQLite's, replayed or removed by the next open.
                left = [p for p in disk.mount.rglob("*") if p.is_file() and p.name not in ("s.db", "s.db-wal", "s.db-shm")
                        and (".partial" in p.name or p.stat().st_size == 0 or p.name.endswith("-journal"))]
                if left:
                    tally.leftovers += len(left)
                    tally.problems.append(f"left: {where}: {[p.name for p in left]}")
    return tally


def _counts(store: Path):
    """The store's record counts, None when there is none, or what is wrong with it."""
    if not store.exists():
        return None
    if store.stat().st_size == 0:
        return "a 0-byte store"
    conn = sqlite3.connect(store)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return result
        return dict(conn.execute("SELECT kind, total FROM doc_counts").fetchall())
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
