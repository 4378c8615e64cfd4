"""GDELT 2.0 mentions files (`20250115120000.mentions.CSV`): recognised, and refused with the reason.

A mentions row says that an article mentioned an event (GLOBALEVENTID), not what happened. Its
natural home is a source record linked to `event:gdelt-<id>`; but an event's sources are a field
of the event record, and an import writes whole records, so linking a mention means writing the
event again from a file that does not hold it: its title, date, place and actors would be lost,
and an event of an earlier file is not there to be rewritten at all. Until the store can add a
link to a stored record without rewriting it, a mentions file is refused whole, with a message
that says what it is and which file to import instead, rather than read as something it is not.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from desktop.core.formats.cells import CellError, Emitter
from desktop.core.formats.spec import EventFormat

# The 16 columns of a GDELT 2.0 mentions file, in order, as the Mentions codebook and BigQuery
# (gdelt-bq.gdeltv2.eventmentions) name them.
MENTIONS_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# What the refusal names as the file to import instead.
EVENTS_FILE = "*.export.CSV"
# MentionType: 1 web, 2 citation only, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual source.
_MENTION_TYPES = frozenset("123456")
_STAMP = re.compile(r"\d{14}")


def refusal() -> CellError:
    """The error a mentions file is refused with (no column is at fault: the file is)."""
    return CellError("gdelt.mentions_file", events_file=EVENTS_FILE)


def mentions(row, columns, em: Emitter, mapping) -> list[dict]:
    """Every row of a mentions file is refused the same way (see the module's note)."""
    raise refusal()


def _detect(cells: list[str]) -> bool:
    """A header naming GLOBALEVENTID, MentionTimeDate and MentionIdentifier, or a header-less row of
    16 cells: an event id, two 14-digit times (the event's, the mention's) and a MentionType 1-6."""
    names = {c.strip().lower() for c in cells}
    if {"globaleventid", "mentiontimedate", "mentionidentifier"} <= names:
        return True
    return (len(cells) == len(MENTIONS_COLUMNS) and cells[0].strip().isdigit()
            and _STAMP.fullmatch(cells[1].strip()) is not None and _STAMP.fullmatch(cells[2].strip()) is not None
            and cells[3].strip() in _MENTION_TYPES)


FORMAT = EventFormat(
    name="gdelt_mentions", label="GDELT 2.0 mentions", namespace="gdelt", mapper=mentions, detect=_detect,
    required=("GLOBALEVENTID", "MentionIdentifier"), headerless=MENTIONS_COLUMNS, columns=MENTIONS_COLUMNS,
    aliases=MappingProxyType({}), fields=(), refusal=refusal,
)
