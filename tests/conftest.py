"""Shared fixtures: a fresh store, and one holding the sample records."""
import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import paths  # noqa: E402
from desktop.core.storage import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path_factory, monkeypatch):
    """Automatic backups (before an upgrade, a repair, a restore) never reach the user's folder."""
    monkeypatch.setenv("MARSAD_BACKUPS", str(tmp_path_factory.mktemp("backups")))


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
    from desktop.core import export
    return sorted(export.selected_records(store), key=lambda r: r["id"])


def sample_copies(folder, *names: str) -> list[Store]:
    """Stores made from one store of the sample records, as analysts' laptops: a copy of the file each,
    every copy after the first made a site of its own (`marsad site --new`)."""
    import shutil
    from desktop.core import importing
    origin = folder / "origin.db"
    Store.create(origin, fill=lambda s: importing.import_files(s, [paths.sample_jsonl()])).close()
    out = []
    for i, name in enumerate(names):
        shutil.copy(origin, folder / f"{name}.db")
        store = Store.open(folder / f"{name}.db")
        if i:
            store.new_site_id()
        out.append(store)
    return out
