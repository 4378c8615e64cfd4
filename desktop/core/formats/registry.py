"""The event-data formats, each described once: how it is recognised, how its rows
become records, and the namespace of the ids it gives."""
from __future__ import annotations

from types import MappingProxyType

from desktop.core.formats import acled, gdelt, mapped

# Recognised formats in the order detection tries them; mapped last (it needs a mapping).
FORMATS = (acled.FORMAT, gdelt.FORMAT, mapped.FORMAT)

# Format name -> the function that turns one of its rows into records.
MAPPERS = MappingProxyType({fmt.name: fmt.mapper for fmt in FORMATS})
