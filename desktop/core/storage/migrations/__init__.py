"""The store's schema as numbered, frozen steps.

Each step is a module `mNNNN_what.py` holding `SQL` (its DDL) and, when the
step changes what the search index derives from, `REBUILD = True`. A step
that has landed is never edited: a change is a new step. `PRAGMA
user_version` holds the number of the last step applied.

Adding a step is adding its module: steps are found by their names and
must be numbered 1, 2, 3... without a gap (checked when they load). The
frozen bundle collects every module of this package (packaging/marsad.spec).
"""
from __future__ import annotations

import functools
import importlib
import os
import re
import sqlite3
from dataclasses import dataclass
from types import ModuleType

APPLICATION_ID = 0x4D525344  # "MRSD"
_NAME = re.compile(r"^m(\d{4})_\w+$")



@functools.cache
def _modules() -> tuple[str, ...]:
    """The step modules of this package, in order of their numbers.

    Listed from the folder where there is one; pkgutil (a few milliseconds to
    import, on every start) only in the frozen bundle, whose modules live in
    an archive.
    """
    folder = __path__[0]
    if os.path.isdir(folder):
        names = [entry.name[:-3] for entry in os.scandir(folder) if entry.name.endswith(".py")]
    else:
        import pkgutil
        names = [m.name for m in pkgutil.iter_modules(__path__)]
    return tuple(sorted(name for name in names if _NAME.match(name)))


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    sql: str
    rebuild: bool


def _load(name: str) -> Step:
    module: ModuleType = importlib.import_module(f"{__name__}.{name}")
    number = int(_NAME.match(name).group(1))
    return Step(number, name, module.SQL, bool(getattr(module, "REBUILD", False)))


def steps() -> tuple[Step, ...]:
    found = tuple(_load(name) for name in _modules())
    if [s.number for s in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration steps are not numbered 1..{len(found)}: {[s.name for s in found]}")
    return found


SCHEMA_VERSION = len(_modules())


def statements(script: str) -> list[str]:
    """Split a step into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        chunk = "\n".join(buf).strip()
        if chunk and sqlite3.complete_statement(chunk):
            out.append(chunk)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out


def apply(conn: sqlite3.Connection, current: int) -> bool:
    """Apply the steps after `current`; the caller holds the transaction. True when the index must be rebuilt."""
    rebuild = False
    for step in steps()[current:]:
        for statement in statements(step.sql):
            conn.execute(statement)
        rebuild = rebuild or step.rebuild
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return rebuild
