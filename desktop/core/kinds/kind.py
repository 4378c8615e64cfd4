"""A record kind: its fields and the roles they play (main text, date, category), its tab and its table."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from desktop.core.kinds.fields import Field
from desktop.core.kinds.makers import common


@dataclass(frozen=True)
class Column:
    """A column of the kind's tab: one of its fields, or a count of the records referring to it."""
    name: str
    label: str = ""                          # "" for a field's own label
    count_of: tuple[str, str] | None = None  # (kind, field) of the records counted


@dataclass(frozen=True, eq=False)
class Kind:
    """One kind of record. Kinds are singletons: they compare and hash by identity."""
    name: str
    table: str | None
    number: int                       # frozen: the kind's range of search ids
    label: str
    plural: str
    main: str                         # the field that names a record (title, name, text)
    fields: tuple[Field, ...]
    date: str | None = None           # the field a date filter and the timeline use
    date_end: str | None = None
    precision: str | None = None      # the field saying whether the date is approximate
    byline: str | None = None         # the reference that says whose a record is, in lists (a quote's speaker)
    evidence: str | None = None       # the reference to the source a proposed record was found in
    english: str | None = None        # the field holding its name in English (an English sheet's title)
    category: str | None = None       # the field the tab's first drop-down filters on
    columns: tuple[Column, ...] = ()
    default_sort: tuple[str, bool] = ("", False)
    snippet: tuple[str, ...] = ()     # fields a search snippet comes from when the main text has no hit
    id_basis: tuple[str, ...] = ()    # fields a record without an id is named by (default: the main one)
    distinguished_by: tuple[str, ...] = ()  # fields shown beside its name where a record is picked from a
                                            # list, to tell apart records of one name (an actor's type)
    stored: bool = True
    by_name: Mapping[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        all_fields = self.fields + (common() if self.stored else ())
        object.__setattr__(self, "fields", all_fields)
        object.__setattr__(self, "by_name", MappingProxyType({f.name: f for f in all_fields}))
        if not self.id_basis:
            object.__setattr__(self, "id_basis", (self.main,))
        unknown = [name for name in self.distinguished_by if name not in self.by_name]
        if unknown:
            raise ValueError(f"kind {self.name}: distinguished_by names no field {unknown[0]!r}")

    def field(self, name: str) -> Field:
        return self.by_name[name]

    def has(self, name: str) -> bool:
        return name in self.by_name

    @functools.cached_property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @functools.cached_property
    def references(self) -> tuple[Field, ...]:
        """Fields that point at other records, single or many."""
        return tuple(f for f in self.fields if f.ref)

    @functools.cached_property
    def columns_stored(self) -> tuple[Field, ...]:
        """Fields held in the kind's own table, in field order."""
        return tuple(f for f in self.fields if f.column)

    @functools.cached_property
    def names(self) -> tuple[Field, ...]:
        """The fields a record of this kind is found by when another record names it (actors, places)."""
        return tuple(f for f in self.fields if f.search == "name" and (f.normalised or f.aliases))

    def name_values(self, record: dict) -> tuple:
        """A record's values of its `names` fields, comparable: a change of them is a rename, which
        makes the search text of the records naming it stale."""
        return tuple(tuple(v) if isinstance(v := record.get(f.name), list) else v for f in self.names)

    @functools.cached_property
    def long_text(self) -> str | None:
        """The field holding the record's long text (a source's body): the one a digest finds again,
        and the one evidence spans point into."""
        return next((f.name for f in self.fields if f.digest), None)

    @functools.cached_property
    def aliases(self) -> Field | None:
        return next((f for f in self.fields if f.aliases), None)

    @functools.cached_property
    def filters(self) -> tuple[Field, ...]:
        """Fields with a query filter and a closed list of values."""
        return tuple(f for f in self.fields if f.filter and f.choices)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def column_label(self, column: Column) -> str:
        return column.label or self.field(column.name).label
