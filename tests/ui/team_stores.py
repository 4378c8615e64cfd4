"""Two stores made from one, as two analysts' laptops: a copy of a file, then a site of its own
(`marsad site --new`), exchanging bundles through core (desktop/core/sync.py)."""
from __future__ import annotations

from pathlib import Path

from desktop.core import sync
from desktop.core.storage import Store
from tests.conftest import sample_copies

EVENT = "event:phase-one-end"
QUOTE = "quote:allawi-4"


def two_stores(folder: Path) -> tuple[Store, Store]:
    """Store a (this laptop) and b (a copy made a site of its own), both holding the sample records."""
    a, b = sample_copies(folder, "a", "b")
    return a, b


def edit(store: Store, key: str, **values) -> None:
    store.put({**store.get(key), **values})


def bundle(src: Store, dst: Store, path: Path) -> Path:
    """What `src` has for `dst`, written to `path`."""
    sync.write_changes(src, dst.site_id(), path)
    return path


def send(src: Store, dst: Store, path: Path) -> sync.ApplyReport:
    return sync.apply_bundle(dst, bundle(src, dst, path))


def make_conflicts(a: Store, b: Store, folder: Path) -> sync.ApplyReport:
    """The same event edited differently on each side, and a quote deleted in a but edited in b; b's changes
    applied to a, where both are now open conflicts."""
    edit(a, EVENT, summary="ملخص من جهاز المكتب", status="announced")
    edit(b, EVENT, summary="ملخص من الحاسوب الميداني", notes="أكده مصدر ثانٍ")
    a.delete(QUOTE)
    edit(b, QUOTE, text="نص معدّل في الميدان")
    return send(b, a, folder / "b-to-a.jsonl")
