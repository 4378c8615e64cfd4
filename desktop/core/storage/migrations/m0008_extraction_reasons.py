"""Schema 8: why extraction proposed a record, kept as a code and its parameters beside the words.

An article import stores each proposal's reason as words in its notes (and
an event's category as a word), in the language of the tool that imported it:
English from the command line, Arabic from the Arabic GUI. An analyst who
imports from the command line and reads in the Arabic UI saw English. This
table keeps the reason itself (desktop/core/extract/reason_json.py) and the
words stored with it, so the UI words the reason in its own language for as
long as the field still holds those words; once the analyst edits the field,
their text is shown as they wrote it.

It belongs to this store only: an exchange carries the field's words, not
this table. A row whose record is gone is never read again, and is harmless.
Frozen: never edit this step; change the schema in a new one.
"""
from __future__ import annotations

SQL = """
CREATE TABLE extraction_reasons (
    key TEXT NOT NULL,          -- the record's id (its key column)
    field TEXT NOT NULL,        -- the field the import wrote the words into: notes, an event's category
    reason TEXT NOT NULL,       -- the reason as JSON: {"code": ..., "params": [[name, value], ...]}
    worded TEXT NOT NULL,       -- the words the import stored in that field
    PRIMARY KEY (key, field)
) WITHOUT ROWID;
"""
