"""A full disk: every command says so and names the folder, and leaves no file or change behind.

Runs on a 2 MB tmpfs where the machine lets the tests mount one (root on Linux); skipped elsewhere.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root on Linux")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2M", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    yield mount
    if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)    # still open here: detach it


def fill(disk: Path, leave: int) -> None:
    """Take the disk's free space down to about `leave` bytes."""
    free = shutil.disk_usage(disk).free
    with open(disk / "filler", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def invoke(disk: Path, *args):
    env = {"MARSAD_BACKUPS": str(disk / "backups")}
    return CliRunner().invoke(cli, ["--db", str(disk / "s.db"), *args], env=env)


def test_init_on_a_full_disk_says_so_and_leaves_no_file(small_disk):
    fill(small_disk, 0)
    result = invoke(small_disk, "init")
    assert result.exit_code == 1
    assert f"the disk is full (in {small_disk})" in result.output
    assert not (small_disk / "s.db").exists()


def test_an_import_that_fills_the_disk_changes_nothing(small_disk, tmp_path):
    assert invoke(small_disk, "init", "--sample").exit_code == 0
    data = tmp_path / "many.jsonl"
    text = "وصف طويل لفاعل " * 20
    data.write_text("".join(f'{{"kind":"actor","id":"actor:a{i}","name":"فاعل {i}","description":"{text}"}}\n'
                            for i in range(5000)), encoding="utf-8")
    before = md5(small_disk / "s.db")
    fill(small_disk, 600 * 1024)
    result = invoke(small_disk, "import", str(data))
    assert result.exit_code != 0
    assert "the disk is full" in result.output
    assert md5(small_disk / "s.db") == before
    assert not [p for p in small_disk.rglob("*") if ".partial" in p.name]
    (small_disk / "filler").unlink()
    assert invoke(small_disk, "check").exit_code == 0


def test_a_read_only_command_on_a_full_disk_says_why(small_disk):
    assert invoke(small_disk, "init", "--sample").exit_code == 0
    fill(small_disk, 0)
    result = invoke(small_disk, "search", "علاوي")
    assert result.exit_code == 0 or f"the disk is full (in {small_disk})" in result.output


def test_a_backup_onto_a_full_disk_leaves_no_partial_file(small_disk, tmp_path):
    store = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(store), "init", "--sample"]).exit_code == 0
    fill(small_disk, 20 * 1024)
    result = CliRunner().invoke(cli, ["--db", str(store), "backup", str(small_disk / "copy.db")])
    assert result.exit_code == 1 and "the disk is full" in result.output
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize("leave", [1024, 4096, 8192, 16384, 65536])
def test_init_with_the_sample_on_a_nearly_full_disk_leaves_a_whole_store_or_none(small_disk, leave):
    """Found by the full-disk sweep (tests/faults): a checkpoint a full disk cut short left a malformed store."""
    fill(small_disk, leave)
    result = invoke(small_disk, "init", "--sample")
    store = small_disk / "s.db"
    if result.exit_code == 0:
        assert invoke(small_disk, "check").exit_code == 0
    else:
        assert "the disk is full" in result.output, result.output
        assert not store.exists()
    assert not [p for p in small_disk.iterdir() if ".partial" in p.name]


def test_an_export_onto_a_full_disk_says_so_and_leaves_nothing(small_disk, tmp_path):
    """Found by the full-disk sweep: an export said only «cannot write here (No space left on device)»."""
    store = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(store), "init", "--sample"]).exit_code == 0
    fill(small_disk, 8 * 1024)
    result = CliRunner().invoke(cli, ["--db", str(store), "export", str(small_disk / "out.jsonl")])
    assert result.exit_code == 1 and f"the disk is full (in {small_disk})" in result.output
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
