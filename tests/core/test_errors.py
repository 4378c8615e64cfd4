"""One error family: stable codes with their parameters, English for the command line."""
from __future__ import annotations

import pickle
import re
import sqlite3
import string
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.core.errors import BatchError, MarsadError, RecordError, StoreError, Where
from desktop.core.storage.connection import translate

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
# A code passed to one of our errors: SomeError("field.not_date", ...), or cell_error(column, "cell.empty")
RAISED = re.compile(r'(?:\b[A-Z]\w*(?:Error|Warning|Problem)|\bCancelled|\bUnresolved)\(\s*"([a-z_]+\.[a-z_0-9]+)"'
                    r'|\bcell_error\([^,]+,\s*"([a-z_]+\.[a-z_0-9]+)"')


def _raised_codes() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        found |= {a or b for a, b in RAISED.findall(path.read_text(encoding="utf-8"))}
    return found


def test_every_code_raised_has_an_english_message():
    assert _raised_codes() and sorted(_raised_codes() - set(errors.MESSAGES)) == []


def test_every_message_is_a_valid_template():
    for code, template in errors.MESSAGES.items():
        assert re.fullmatch(r"[a-z_]+\.[a-z_0-9]+", code), code
        list(string.Formatter().parse(template))   # raises on a malformed template


def test_every_error_class_derives_from_the_root():
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == errors.__name__:
            assert issubclass(obj, MarsadError), name


def test_an_error_says_where_which_field_and_why():
    exc = RecordError("field.not_date", field="date", value="2024-13").at(Where("a.jsonl", 7))
    assert str(exc) == "a.jsonl:7: date: '2024-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
    assert exc.code == "field.not_date" and exc.params == {"value": "2024-13"}
    assert exc.reason.startswith("'2024-13' is not a date")
    assert exc.to_json()["where"] == {"file": "a.jsonl", "line": 7}


def test_errors_cross_to_worker_processes_and_back():
    exc = RecordError("ref.ambiguous", where=Where("f.csv", record=3), field="speaker", value="x", keys="a, b")
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is RecordError and str(back) == str(exc) and back.params == exc.params
    batch = pickle.loads(pickle.dumps(BatchError([exc])))
    assert batch.errors == [str(exc)]


def test_a_batch_lists_its_problems_in_file_order():
    late = RecordError("field.empty", where=Where("a.jsonl", 9), field="name")
    early = RecordError("field.empty", where=Where("a.jsonl", 2), field="name")
    assert BatchError([late, early]).errors == [str(early), str(late)]


@pytest.mark.parametrize("message, code", [
    ("database or disk is full", "store.disk_full"),
    ("database is locked", "store.busy"),
    ("attempt to write a readonly database", "store.readonly"),
    ("database disk image is malformed", "store.damaged"),
    ("disk I/O error", "store.io"),
    ("no such table: x", "store.sqlite"),
])
def test_sqlite_errors_become_ours(message, code, tmp_path):
    error = translate(sqlite3.OperationalError(message), tmp_path / "s.db")
    assert isinstance(error, StoreError) and error.code == code
    assert str(tmp_path / "s.db") in str(error)
