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
