"""What a load changes in the process for its duration (the cyclic collector, the page cache) is put back."""
import gc
import json

import pytest

from desktop.core import importing
from desktop.core.errors import BatchError as InterchangeError
from desktop.core.storage import bulk


def _actors(path, count, bad_at=None):
    lines = [json.dumps({"kind": "actor", "id": f"actor:a{i}", "name": f"فاعل {i}"}, ensure_ascii=False)
             for i in range(count)]
    if bad_at is not None:
        lines[bad_at] = '{"kind": "actor", "name": '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.parametrize("bad_at", [None, 3])
def test_the_collector_is_paused_while_loading_and_back_after(store, tmp_path, monkeypatch, collector_on, bad_at):
    monkeypatch.setattr(importing, "PROGRESS_EVERY", 1)
    during = []
    path = _actors(tmp_path / "in.jsonl", 5, bad_at)
    (cache_before,) = store._conn.execute("PRAGMA cache_size").fetchone()
    try:
        importing.import_files(store, [path], progress=lambda _: during.append(gc.isenabled()))
    except InterchangeError:
        assert bad_at is not None
    assert during and not any(during)
    assert gc.isenabled()
    assert store._conn.execute("PRAGMA cache_size").fetchone() == (cache_before,)


def test_a_collector_the_caller_turned_off_stays_off(store, tmp_path):
    was = gc.isenabled()
    gc.disable()
    try:
        importing.import_files(store, [_actors(tmp_path / "in.jsonl", 3)])
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("memory, expected", [
    (128 * 2**20, bulk.LOAD_CACHE_MIN_KIB),            # a small machine: the floor
    (384 * 2**20, 48 * 1024),                          # an eighth of the memory
    (64 * 2**30, bulk.LOAD_CACHE_MAX_KIB),             # a big one: the ceiling
])
def test_the_load_cache_is_an_eighth_of_memory_within_bounds(monkeypatch, memory, expected):
    sizes = {"SC_PAGE_SIZE": 4096, "SC_PHYS_PAGES": memory // 4096}
    monkeypatch.setattr(bulk.os, "sysconf", sizes.__getitem__, raising=False)
    assert bulk.load_cache_kib() == expected


def test_the_load_cache_without_sysconf_is_the_floor(monkeypatch):
    monkeypatch.delattr(bulk.os, "sysconf", raising=False)
    assert bulk.load_cache_kib() == bulk.LOAD_CACHE_MIN_KIB
