"""`python -m desktop` and `python -m desktop.cli` are both the `marsad` command: a newcomer who
runs the module the CLI lives in gets the command, not a silent exit."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", ["desktop", "desktop.cli"])
def test_the_module_runs_the_command(module):
    done = subprocess.run([sys.executable, "-m", module, "--version"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "marsad" in done.stdout.lower() and any(ch.isdigit() for ch in done.stdout)
