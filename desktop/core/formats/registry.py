"""The event-data formats, each described once: how it is recognised, how its rows
become records, and the namespace of the ids it gives.

Everything that asks "which format is this table?" asks here: the reader
(eventdata), the file sniffing that tells a GDELT export saved as .txt from an
article (desktop.core.inputs), the command line and the import dialogs.
What kind of input a whole file is (records, an article, event data, an
archive of these) is desktop.core.inputs, which asks this module about tables.
"""
from __future__ import annotations

from types import MappingProxyType

from desktop.core.errors import InputError
from desktop.core.formats import acled, gdelt, gdelt_mentions, mapped, ucdp
from desktop.core.formats.cells import slug
from desktop.core.formats.spec import EventFormat

# Recognised formats in the order detection tries them; mapped last (it needs a mapping).
FORMATS: tuple[EventFormat, ...] = (acled.FORMAT, gdelt.FORMAT, gdelt_mentions.FORMAT, ucdp.FORMAT, mapped.FORMAT)
MAPPED = mapped.FORMAT

# Format name -> the function that turns one of its rows into records.
MAPPERS = MappingProxyType({fmt.name: fmt.mapper for fmt in FORMATS})
BY_NAME = MappingProxyType({fmt.name: fmt for fmt in FORMATS})

# Tab-separated lines with at least this many tabs are a publisher's raw export, or nothing.
RAW_TABS = 10


def get(name: str) -> EventFormat:
    return BY_NAME[name]


def recognised() -> tuple[EventFormat, ...]:
    """The formats read by their columns alone (every one but mapped)."""
    return tuple(fmt for fmt in FORMATS if fmt is not MAPPED)


def labels() -> str:
    """The recognised formats' names for a message: «ACLED, GDELT 2.0»."""
    return ", ".join(fmt.label for fmt in recognised())


def _names(fmt: EventFormat) -> dict[str, str]:
    """A header name in lower case -> the spelling the format's mapper asks for."""
    out = {name.lower(): name for name in fmt.known_columns()}
    for alias, name in fmt.aliases.items():
        out.setdefault(alias.strip().lower(), name)
    return out


def canonical(fmt: EventFormat, cells) -> list[str]:
    """Header cells as the format spells them (case aside, and codebook names through its aliases)."""
    names = _names(fmt)
    return [names.get(c.strip().lower(), c.strip()) for c in cells]


def _detects(fmt: EventFormat, cells: list[str]) -> bool:
    try:
        return bool(fmt.detect(cells))
    except (IndexError, ValueError, TypeError, AttributeError):
        return False     # a format's test that does not fit such a row answers no


def detect_header(cells) -> EventFormat | None:
    """The recognised format whose header `cells` is (names compared without case, and through each
    format's aliases), or None. A format's test answers for a header or a header-less row alike; a
    header is the one that names the format's required columns."""
    cells = [c.strip() for c in cells]
    for fmt in recognised():
        ours = canonical(fmt, cells)
        if (_detects(fmt, cells) or _detects(fmt, ours)) and set(fmt.required) <= set(ours):
            return fmt
    return None


def detect_headerless(cells) -> EventFormat | None:
    """The recognised format whose header-less rows look like `cells`: as wide as its layout, naming
    none of its columns (that would be a header), and its test agrees."""
    for fmt in recognised():
        if fmt.headerless is None or len(cells) != len(fmt.headerless):
            continue
        names = _names(fmt)
        if not any(c.strip().lower() in names for c in cells) and _detects(fmt, list(cells)):
            return fmt
    return None


def headerless_widths() -> str:
    """«GDELT 2.0: 61» for each format with a header-less layout, for a message."""
    return ", ".join(f"{fmt.label}: {len(fmt.headerless)}" for fmt in recognised() if fmt.headerless)


def column_index(fmt: EventFormat, header) -> dict[str, int]:
    """The mapper's `columns`: each header cell under its own name, in lower case, and in the spelling
    the format's mapper asks for. The first of two columns of one name counts."""
    names = _names(fmt)
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        cell = cell.strip()
        index.setdefault(cell, i)
        index.setdefault(cell.lower(), i)
        ours = names.get(cell.lower())
        if ours is not None:
            index.setdefault(ours, i)
    return index


def missing(fmt: EventFormat, columns: dict[str, int]) -> list[str]:
    """The required columns of `fmt` that `columns` lacks."""
    return [name for name in fmt.required if name not in columns]


def reserved_namespaces() -> frozenset[str]:
    return frozenset(fmt.namespace for fmt in recognised())


def dataset_namespace(name: str) -> str:
    """The id namespace of a mapped file's dataset as the user named it: «My data» -> my-data.
    A recognised format's namespace is refused, so a mapped file never overwrites its records."""
    ns = slug(name) if name.strip() else ""
    if not ns:
        raise InputError("map.bad_dataset", value=name, option="--dataset")
    if ns in reserved_namespaces():
        raise InputError("map.reserved_dataset", value=name, option="--dataset",
                         reserved=", ".join(sorted(reserved_namespaces())))
    return ns


def default_dataset(stem: str) -> str:
    """The namespace of a mapped file the user did not name: its name without the extension
    («events-2024.csv» -> events-2024), never a recognised format's namespace."""
    ns = (slug(stem) if stem.strip() else "") or "data"
    return f"{ns}-data" if ns in reserved_namespaces() else ns
