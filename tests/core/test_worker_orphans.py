"""A load killed outright takes its worker processes with it: none is left waiting for work."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_a_load_leaves_no_worker_behind(tmp_path):
    data = tmp_path / "big.jsonl"
    text = "وصف طويل لفاعل في الأخبار " * 25
    with open(data, "w", encoding="utf-8") as fh:
        for i in range(14_000):     # over 8 MB: prepared by worker processes
            fh.write(json.dumps({"kind": "actor", "id": f"actor:a{i}", "name": f"فاعل {i}", "description": text},
                                ensure_ascii=False) + "\n")
    db = tmp_path / "s.db"
    marsad = [sys.executable, "-c", "from desktop.cli import main; main()"]
    env = dict(os.environ, MARSAD_BACKUPS=str(tmp_path / "copies"))
    subprocess.run(marsad + ["--db", str(db), "init"], check=True, capture_output=True, env=env)
    load = subprocess.Popen(marsad + ["--db", str(db), "import", str(data)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.time() + 30
    while time.time() < deadline and load.poll() is None:
        # The worker (and multiprocessing's resource tracker) are children of the load.
        workers = [c for c in children(load.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes().decode(
            errors="replace")]
        if workers:
            break
        time.sleep(0.02)
    if not workers:
        pytest.skip("the load ended before its workers could be seen")
    everyone = children(load.pid)
    load.send_signal(signal.SIGKILL)
    load.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(p) for p in everyone):
        time.sleep(0.1)
    assert not [p for p in everyone if alive(p)]
