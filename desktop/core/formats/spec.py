"""What the registry knows of one event-data format."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping

Mapper = Callable[..., list]     # (row, columns, emitter, mapping) -> interchange records


@dataclass(frozen=True)
class EventFormat:
    name: str                                   # acled, gdelt, gdelt_mentions, ucdp, mapped
    label: str                                  # how messages and the README name it
    namespace: str                              # the prefix of the ids it gives: event:acled-…
    mapper: Mapper
    detect: Callable[[list[str]], bool]         # the header's cells (or a header-less file's first row)
    required: tuple[str, ...] = ()              # columns that must be there
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))   # other names -> ours
    headerless: tuple[str, ...] | None = None   # the columns of a file without a header (GDELT raw)
    fields: tuple[str, ...] = ()                # the record fields it fills
    # The column names its mapper asks for, spelled as it asks. A header cell that matches one of them
    # (case aside, or through `aliases`) is given to the mapper under that spelling; `headerless`,
    # `required` and the aliases' targets count too, so most formats need not list them again.
    columns: tuple[str, ...] = ()
    example: str = ""                           # a newcomer's command line, for the README and --help
    # A format recognised only to be refused whole (GDELT's mentions files): the error, with its reason,
    # that the reader raises at the file's first line, before any row (so that skipping bad rows
    # cannot turn the refusal into an import of nothing).
    refusal: Callable[[], Exception] | None = None

    def known_columns(self) -> tuple[str, ...]:
        """Every column name the mapper may ask for, each once, in a stable order."""
        names = [*self.columns, *(self.headerless or ()), *self.required, *self.aliases.values()]
        return tuple(dict.fromkeys(names))
