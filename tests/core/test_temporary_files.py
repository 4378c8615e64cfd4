"""Temporary files beside their target: gone after success, after an error, and after kill -9."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import temporary_files

HOLDER = """
import sys, time
from pathlib import Path
from desktop.core import temporary_files
with temporary_files.beside(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"x" * 1_000_000)
    Path(str(tmp) + "-journal").write_bytes(b"j")
    print("ready", flush=True)
    time.sleep(60)
"""


def test_renamed_into_place_leaves_only_the_target(tmp_path):
    target = tmp_path / "out.db"
    with temporary_files.beside(target) as tmp:
        tmp.write_text("whole")
        os.replace(tmp, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]


def test_an_error_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError):
        with temporary_files.beside(tmp_path / "out.db") as tmp:
            tmp.write_text("half")
            Path(f"{tmp}-journal").write_text("j")
            raise RuntimeError("failed")
    assert list(tmp_path.iterdir()) == []


def test_the_mode_asked_for_is_given_under_the_umask(tmp_path):
    with temporary_files.beside(tmp_path / "out.csv", mode=0o666) as tmp:
        mask = os.umask(0)
        os.umask(mask)
        assert tmp.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.skipif(os.name != "posix", reason="kill -9 and sh are POSIX")
def test_a_killed_writer_leaves_no_partial_file(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "copy.db")],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    assert holder.stdout.readline().strip() == "ready"
    assert len(list(tmp_path.iterdir())) == 2          # the temporary file and its journal
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    deadline = time.time() + 5
    while time.time() < deadline and list(tmp_path.iterdir()):
        time.sleep(0.05)
    assert list(tmp_path.iterdir()) == []
