"""The fault harness at a small size (`make stress` runs it at full size): kills and fuzzed inputs."""
from __future__ import annotations

import os
import random
import sys

import pytest

from tests.faults import full_disk
from tests.faults.fuzz import Fuzzer
from tests.faults.kills import Harness

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kill -9 and /proc")


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    os.environ.setdefault("MARSAD_BACKUPS", str(tmp_path_factory.mktemp("backups")))
    return Harness(tmp_path_factory.mktemp("kills"), records=12_000)


def test_every_command_killed_half_way_leaves_a_whole_store_no_orphan_and_no_partial_file(harness):
    problems = []
    for scenario in harness.scenarios:
        outcome = harness.round(scenario, scenario.duration * 0.6)
        problems += [f"{scenario.name}: {p}" for p in outcome.problems]
    assert problems == []


def test_random_kills(harness):
    tally = harness.rounds(len(harness.scenarios), random.Random(17))
    assert tally.bad == 0, tally.problems


def test_fuzzed_inputs_give_no_traceback_no_escape_and_no_change_when_refused(tmp_path):
    fuzzer = Fuzzer(tmp_path)
    try:
        tally = fuzzer.all(60)
    finally:
        fuzzer.close()
    assert tally.inputs >= 240
    assert tally.bad == 0, tally.problems


@pytest.mark.skipif(not full_disk.available(), reason="mounting a small tmpfs needs root on Linux")
def test_a_full_disk_at_a_few_levels_gives_clear_messages_whole_stores_and_no_partial_file(tmp_path):
    tally = full_disk.sweep(tmp_path, [0, 4096, 32768, 262_144, 1_048_576], records=2500)
    assert tally.runs == 20 and tally.refused_full >= 8
    assert tally.bad == 0, tally.problems
