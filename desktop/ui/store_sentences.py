"""The English UI's sentences for a store that cannot be used, where core's English is the command line's.

Core's sentences for a damaged store and a failed disk carry SQLite's own
words («database disk image is malformed», «disk I/O error») for a terminal
and a bug report. A message box says what happened and what to do in the
UI's language, names the store (isolated, so its path reads left to right),
and leaves SQLite's words to the traceback on stderr. The Arabic UI's are in ar_strings.py.
"""
from __future__ import annotations

from types import MappingProxyType

ENGLISH = MappingProxyType({
    "store.damaged": "The store {path} is damaged. Restore it from a backup.",
    # SQLite's «disk I/O error» (or the system's reason) says no more than the sentence does.
    "store.io": "The store {path} could not be read from the disk or written to it. Check that the disk is "
                "connected and has room, then try again.",
})
