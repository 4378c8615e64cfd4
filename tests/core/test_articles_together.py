"""Several articles in one import (files side by side, or a zip of them) that name the same gazetteer
place or actor propose it once: the second is no duplicate id that refuses the whole import."""
from __future__ import annotations

import zipfile

import pytest

from desktop.core.errors import BatchError
from desktop.core.importing import import_files
from desktop.core.storage import Store

FIRST = "بغداد - 3 كانون الأول 2025\nقال وزير الخارجية العراقي فؤاد حسين إن العراق يرفض أي تدخل في شؤونه.\n"
SECOND = "بغداد - 4 كانون الأول 2025\nأعلنت الحكومة العراقية أن العراق سيستضيف مؤتمرا إقليميا في بغداد.\n"


def articles(folder):
    one, two = folder / "a1.txt", folder / "a2.txt"
    one.write_text(FIRST, encoding="utf-8")
    two.write_text(SECOND, encoding="utf-8")
    return one, two


def test_two_articles_naming_iraq_import_together(tmp_path):
    store = Store.create(tmp_path / "s.db")
    import_files(store, articles(tmp_path))
    assert store.get("actor:gaz-iraq")["name"] == "العراق"
    assert store.counts()["source"] == 2
    store.close()


def test_a_zip_of_articles_naming_the_same_place(tmp_path):
    one, two = articles(tmp_path)
    archive = tmp_path / "articles.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(one, "a1.txt")
        zf.write(two, "a2.txt")
    store = Store.create(tmp_path / "s.db")
    import_files(store, [archive])
    assert store.counts()["source"] == 2 and store.get("actor:gaz-iraq") is not None
    store.close()


def test_an_id_repeated_by_records_the_analyst_wrote_is_still_a_duplicate(tmp_path):
    """Only proposals are shared: a JSONL record given twice with different text stays an error."""
    path = tmp_path / "r.jsonl"
    path.write_text('{"kind": "actor", "id": "actor:x", "name": "أ"}\n{"kind": "actor", "id": "actor:x", "name": "ب"}\n',
                    encoding="utf-8")
    store = Store.create(tmp_path / "s.db")
    with pytest.raises(BatchError) as refused:
        import_files(store, [path])
    assert "actor:x" in str(refused.value) and store.counts()["actor"] == 0
    store.close()
