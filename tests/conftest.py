"""Shared fixtures: a fresh store, and one holding the sample records."""
import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import paths  # noqa: E402
from desktop.core.store import Store  # noqa: E402


@pytest.fixture
def sample_records():
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def sample_store(store, sample_records):
    store.put_many(sample_records)
    return store


def snapshot(store) -> list[dict]:
    """Every record in the store, by id, for asserting that nothing changed."""
    from desktop.core import interchange
    return sorted(interchange.selected_records(store), key=lambda r: r["id"])
