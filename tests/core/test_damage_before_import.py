"""Damage noticed before writing: an import refuses a store whose pages SQLite finds broken, and writes nothing."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.core import importing
from desktop.core.errors import StoreDamagedError, StoreError
from desktop.core.storage import Store


def md5(path) -> str:
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def flip_until_damaged(path) -> None:
    """Flip one bit of a b-tree page header in the middle of the file, as a failing disk would,
    choosing the first page whose damage SQLite's quick check can see."""
    data = bytearray(open(path, "rb").read())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    for number in range(pages // 2, pages):
        offset = number * page + 3          # the page's cell count: wrong, every cell read goes astray
        if data[number * page] not in (0x02, 0x05, 0x0A, 0x0D):
            continue
        data[offset] ^= 0x40
        open(path, "wb").write(data)
        if _opens(path) and _quick_check(path) != "ok":
            return
        data[offset] ^= 0x40
    raise RuntimeError("no page whose damage the quick check sees")


def _opens(path) -> bool:
    """Still opens as a store: the damage is deep in the file, not in what opening reads."""
    try:
        Store.open(path, readonly=True).close()
    except StoreError:
        return False
    return True


def _quick_check(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "damaged.db"
    with Store.create(path) as store:
        store.put_many([{"kind": "actor", "id": f"actor:a{n}", "name": f"فاعل رقم {n}",
                         "aliases": [f"الاسم الآخر {n}"]} for n in range(3000)])
    flip_until_damaged(path)
    return path


@pytest.mark.parametrize("daily_due", [True, False])
def test_a_small_import_into_a_damaged_store_is_refused_untouched(damaged, tmp_path, daily_due):
    article = tmp_path / "one.jsonl"
    article.write_text('{"kind":"actor","id":"actor:new","name":"فاعل جديد"}\n', encoding="utf-8")
    store = Store.open(damaged, backup_dir=tmp_path / "copies")
    if not daily_due:
        store.daily_backup = lambda: None      # today's copy already taken: the quick check alone guards
    before = md5(damaged)
    try:
        with pytest.raises((StoreDamagedError, StoreError)) as caught:
            importing.import_files(store, [article])
    finally:
        store.close()
    assert caught.value.code == "store.damaged" and str(damaged) in str(caught.value)
    assert md5(damaged) == before
    assert not list((tmp_path / "copies").rglob("*.db"))


def test_a_sound_store_passes_the_quick_check(sample_store):
    sample_store.refuse_if_damaged()
    sample_store.refuse_if_damaged(max_bytes=0)     # above the size bound: not checked, not refused
