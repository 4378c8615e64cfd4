"""The English UI's sentences for a store that cannot be used, where core's English is the command line's.

Core's sentence for a damaged store carries SQLite's own words («database
disk image is malformed») for a terminal and a bug report. A message box
says what happened and what to do in the UI's language, names the store
(isolated, so its path reads left to right), and leaves SQLite's words to
the traceback on stderr. The Arabic UI's are in ar_strings.py.
"""
from __future__ import annotations

from types import MappingProxyType

ENGLISH = MappingProxyType({
    "store.damaged": "The store {path} is damaged. Restore it from a backup.",
})
