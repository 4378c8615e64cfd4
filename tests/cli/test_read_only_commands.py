"""A command that only reads the store opens it read-only, so its close never deletes the WAL of a window
that has the store open, even when that window's locks were dropped behind its back (on Linux, closing
any descriptor a process holds on a file drops all its POSIX locks on it: Qt's file dialog used to)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import paths
from desktop.core.storage import Store

RECORD = {"id": "actor:held-in-the-wal", "kind": "actor", "name": "عامر الخفاجي"}


def marsad(db, *args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args], capture_output=True,
                          text=True, cwd=paths.install_root(), env=env, timeout=120)


@pytest.fixture
def window_store(sample_store, tmp_path):
    """The store as a window holds it: open, a write only in its WAL, then its locks lost (a descriptor
    on the store opened and closed in this process)."""
    sample_store.put(RECORD)
    assert sample_store.path.with_name(sample_store.path.name + "-wal").stat().st_size > 0
    os.close(os.open(sample_store.path, os.O_RDONLY))
    env = dict(os.environ, MARSAD_BACKUPS=str(tmp_path / "backups"), PYTHONPATH=str(paths.install_root()))
    env.pop("MARSAD_DB", None)
    return sample_store, env


def _wal(store):
    return store.path.with_name(store.path.name + "-wal")


def test_a_writer_closing_deletes_the_wal_so_the_setup_shows_the_harm(window_store, tmp_path):
    store, env = window_store
    code = f"from desktop.core.storage import Store; Store.open({str(store.path)!r}).close()"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=paths.install_root(), env=env, timeout=120)
    assert not _wal(store).exists()


@pytest.mark.parametrize("args", [("search", "الخفاجي"), ("show", RECORD["id"]), ("check",),
                                  ("export", "{tmp}/all.jsonl"), ("export", "{tmp}/actors.csv", "--kind", "actor")])
def test_a_read_command_leaves_the_window_wal_in_place(window_store, tmp_path, args):
    store, env = window_store
    done = marsad(store.path, *(a.format(tmp=tmp_path) for a in args), env=env)
    assert done.returncode == 0, done.stderr
    assert _wal(store).exists() and _wal(store).stat().st_size > 0
    # The window goes on reading and writing, and what it writes reaches the file.
    assert store.get(RECORD["id"])["name"] == RECORD["name"]
    store.put({"id": "actor:written-after", "kind": "actor", "name": "بعد"})
    with Store.open(store.path, readonly=True) as other:
        assert other.get("actor:written-after") is not None


def test_a_read_command_on_an_old_store_upgrades_it_then_reads(tmp_path, monkeypatch):
    """Read-only cannot upgrade: a writable store with an older schema is upgraded first, as before."""
    from desktop.core.storage import migrations, open_for_reading
    db = tmp_path / "old.db"
    Store.create(db).close()
    calls = []
    real_open = Store.open.__func__

    def fake_open(cls, path, **options):
        calls.append(options.get("readonly"))
        if options.get("readonly") and len(calls) == 1:
            from desktop.core.errors import ReadOnlyStoreError
            raise ReadOnlyStoreError("store.needs_upgrade_readonly", path=str(path),
                                     supported=migrations.SCHEMA_VERSION)
        return real_open(cls, path, **options)
    monkeypatch.setattr(Store, "open", classmethod(fake_open))
    with open_for_reading(db) as store:
        assert store.readonly
    assert calls == [True, None, True]
