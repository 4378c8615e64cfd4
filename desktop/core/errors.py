"""One error family: every error Marsad raises on purpose has a stable code and its parameters.

The code names what went wrong (``field.not_date``, ``store.busy``); the
parameters are the values the message needs. The English wording below is
what the command line prints; the GUI words the same code in its own
language from its own catalogue, so rewording a message here never breaks a
translation. An error a user can cause carries where it happened: a file and
a line (or the n-th record of a file), and the field at fault.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Where:
    """Where a problem is: a file and line, a file and its n-th record, or the n-th record of a batch."""
    file: str | None = None
    line: int | None = None
    record: int | None = None

    def __str__(self) -> str:
        if self.file and self.line is not None:
            return f"{self.file}:{self.line}"
        if self.file and self.record is not None:
            return f"{self.file}: record {self.record}"
        if self.file:
            return self.file
        if self.record is not None:
            return f"record {self.record}"
        return ""

    def sort_key(self) -> tuple:
        return (self.file or "", self.line if self.line is not None else -1,
                self.record if self.record is not None else -1)


# code -> English template; {name} placeholders are filled from the parameters.
MESSAGES: dict[str, str] = {
    # a field's value
    "field.not_text": "must be text, not {type}",
    "field.too_long": "is {length:,} characters long; the limit is {limit:,}",
    "field.nul": "contains a NUL character",
    "field.surrogate": "contains an unpaired surrogate \\u{codepoint:04x} at character {position}; it is not text",
    "field.empty": "must not be empty",
    "field.not_choice": "{value!r} is not one of {choices}",
    "field.not_list": "must be a list",
    "field.not_text_list": "must be a list of text",
    "field.list_too_long": "has {length:,} items; the limit is {limit:,}",
    "field.date_not_text": "must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD), not {type}",
    "field.not_date": "{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
    "field.not_calendar_date": "{value!r} is not a calendar date",
    "field.year_zero": "{value!r}: year 0 does not exist",
    "field.not_number": "must be a number",
    "field.not_count": "must be a whole number of 0 or more",
    "field.out_of_range": "{value} is outside {low}..{high}",
    "field.not_bool": "must be true or false",
    "field.bad_span": "must be [start, end] with 0 <= start <= end",
    "field.bad_id": "{value!r} is not an id like actor:hussein-allawi (kind, colon, no spaces)",
    "field.bad_link": "must be an id or {{\"{target}\": ..., \"{role}\": ...}}",
    "field.link_unknown": "unknown field {name!r}",
    "field.link_missing_target": "is missing \"{target}\"",
    # a record as a whole
    "record.not_object": "a record must be a JSON object, not {type}",
    "record.kind_missing": "is missing; every record starts with \"kind\"",
    "record.kind_unknown": "unknown kind {value!r}; expected one of {choices}",
    "record.field_unknown": "unknown field for a record of kind {kind}",
    "record.field_required": "is required for a record of kind {kind}",
    "record.id_wrong_kind": "{value!r} does not start with {prefix!r}",
    "record.end_without_date": "is set but date is not",
    "record.end_before_date": "{end} is before the date {date}",
    "record.span_without_source": "needs the source it points into",
    "record.span_past_text": "ends at character {end:,}, past the end of {source}'s text ({length:,} characters)",
    "record.article_not_stored": "articles are imported from files (marsad import), not stored directly",
    "record.duplicate_id": "duplicate id {value!r} (first at {first})",
    "record.self_reference": "a record cannot refer to itself",
    "record.not_found": "{key}: no such record",
    "record.not_an_id": "{key}: not a record id",
    # references
    "ref.no_such_id": "no {kind} with id {value!r} in the file or the store",
    "ref.no_match": "{value!r} matches no {kind} id, name or alias",
    "ref.ambiguous": "{value!r} is ambiguous: it names {keys}",
    "ref.not_id": "{value!r} is not a {kind} id (like {kind}:some-name)",
    # input files
    "input.no_file": "no such file",
    "input.is_folder": "is a folder; name the files to import",
    "input.not_regular": "is not a regular file (a pipe, a device or a socket); save the input to a file first",
    "input.unreadable": "cannot read ({reason})",
    "input.unknown_format": ("unknown format {suffix!r}; Marsad imports .jsonl records, .txt/.md/.html/.json "
                             "articles, .csv/.tsv event data, and .zip/.gz archives of these"),
    "input.line_too_long": "the line is {length:,} bytes long; the limit is {limit:,}",
    "input.bad_utf8": "invalid UTF-8 at byte {position} of the line",
    "input.bad_json": "invalid JSON at column {column}: {reason}",
    "input.not_object": "a record must be a JSON object, not {type}",
    "input.empty": "the file is empty",
    "input.nothing_imported": "nothing was imported",
    "input.cancelled": "import cancelled; nothing was written",
    "input.worker_died": "the import's worker process stopped unexpectedly; nothing was written",
    "input.duplicate_article": "skipped: the article is already in the store as {key}",
    # articles
    "article.no_text": "the article body is empty",
    "article.title_only": "only a title line; the article body is empty",
    "article.paste_too_long": ("the pasted text is {length:,} characters long; an article may be at most {limit:,} "
                               "(is it really one article?)"),
    "article.bad_date": "{value!r} is not a date (type 2025-12-31, 31/12/2025 or 31 كانون الأول 2025)",
    "article.no_arabic": "the text has no Arabic: Marsad's extraction reads Arabic reports",
    "article.too_big": "the file is {size} MB; an article may be at most {limit} MB (is it really one article?)",
    "article.not_html": "cannot parse the HTML ({reason})",
    "article.no_paragraphs": ("no article text found (no <p> paragraphs outside navigation, headers and footers); "
                              "is this a saved news page?"),
    "article.unknown_format": ("unknown article format {suffix!r}; expected .txt, .html/.htm or .json "
                               "(JSONL article records go through import)"),
    # event data
    "csv.bad_utf8": "not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); save the file as UTF-8",
    "csv.nul": "contains a NUL character (byte offset {offset}); this is not a text CSV file",
    "csv.malformed": "malformed CSV ({reason})",
    "csv.width": ("{width} cells where the header has {expected}; the row is not read into the wrong columns "
                  "(a cell that holds the delimiter must be in quotes)"),
    "csv.width_layout": "{width} cells; {format} rows have {expected}",
    "csv.raw_layout": ("{width} tab-separated columns and no header: not a layout Marsad knows ({layouts}); "
                       "GDELT 1.0 files are not supported"),
    "csv.unknown_layout": ("not an export Marsad recognises by its columns ({formats}); give a column mapping "
                           "such as --map title=headline,date=day"),
    "csv.cp1256": "this file is in {encoding} (Arabic Windows), not UTF-8; save it as UTF-8",
    "csv.latin1": "this file is in {encoding} (Western European), not UTF-8; save it as UTF-8",
    "csv.utf16_no_bom": "this file looks like {encoding} without a byte-order mark, not UTF-8; save it as UTF-8",
    "csv.bad_utf16": "not valid {encoding} (byte offset {offset}); save the file as UTF-8",
    "csv.missing_column": "{format} column {column!r} is missing",
    "csv.unmapped_column": "column {column!r} (mapped to {mapped}) is not in the header; columns: {columns}",
    "cell.empty": "is empty",
    "cell.empty_date": "is empty; every event needs a date",
    "cell.empty_title": "is empty; every event needs a title",
    "cell.bad_date": "{value!r} is not a date (expected 2024-09-27 or 16 May 2025)",
    "cell.bad_month": "{value!r}: unknown month name {month!r}",
    "cell.not_calendar": "{value!r} is not a calendar date",
    "cell.not_number": "{value!r} is not a number",
    "cell.out_of_range": "{value} is outside {low}..{high}",
    "cell.end_without_date": "is set but there is no date column",
    "cell.end_before": "{end} is before {date}",
    "cell.bad_status": "{value!r} is not occurred/announced/planned/expected",
    "cell.not_count": "{value!r} is not a whole number of 0 or more",
    "cell.not_choice": "{value!r} is not one of {choices}",
    "cell.bad_timestamp": "{value!r} is not a date and time written as {pattern}",
    "acled.precision": "{value!r} is not 1, 2 or 3 (ACLED's precision codes)",
    "gdelt.mentions_file": ("this is a GDELT mentions file: it lists where events were reported, not the events "
                            "themselves; import the matching events file ({events_file}) instead"),
    "csv.unreadable": "cannot read the file ({reason})",
    "archive.damaged": "not a readable {archive} archive: damaged or cut short; nothing was imported",
    "archive.damaged_at": "the archive is damaged or cut short here; nothing was imported",
    "archive.empty": "is an empty archive",
    "archive.encrypted": "is encrypted; unpack it with its password, then import the files",
    "archive.nothing_to_import": ("holds no file Marsad imports (it holds: {members}); Marsad reads records, "
                                  "articles and event data, also inside {archives} archives"),
    "archive.member_left_out": "left out: not a file Marsad imports",
    "archive.text_left_out": "left out: a text beside data files (such as a read-me) is not imported as an article",
    "archive.not_one_table": "holds {count} event-data tables where one was expected; import the archive to read them all",
    "map.bad_dataset": "{option} {value!r}: a dataset name needs letters or digits",
    "map.reserved_dataset": "{option} {value!r}: {reserved} name the built-in formats' records; choose another name",
    "map.bad_part": "--map: {part!r} is not FIELD=COLUMN",
    "map.unknown_field": "--map: unknown field {field_name!r}; known fields: {fields}",
    "map.no_column": "--map: {field_name}= needs a column name",
    "map.no_title": "--map: a mapping needs at least title=COLUMN",
    "map.auto_no_title": ("--map auto: no column looks like a title; columns: {columns}; "
                          "name them, as in --map title=headline,date=day"),
    # queries
    "query.not_text": "the query must be text",
    "query.too_long": "the query is {length:,} characters long; the limit is {limit:,}",
    "query.too_many_terms": "the query has more than {limit} terms; search with fewer words",
    "query.no_words": "the query {text!r} has no words to search for (only operators, punctuation or diacritics)",
    "query.bad_kind": "{filter}:{value}: {bad!r} is not one of {choices}",
    "query.bad_date": "{filter}:{value}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
    "query.bad_value": "{filter}:{value}: {bad!r} is not one of {choices}",
    "query.bad_range": "{filter}:{value}: a range runs from the first value to the second, such as {example}",
    "query.bad_number": ("{filter}:{value}: not a number, a comparison or a range; write it as "
                         "{filter}:{equal}, {filter}:{at_least}, {filter}:{below} or {filter}:{between}"),
    "query.unclosed_quote": "unclosed quote at character {position}: searched as a phrase to the end",
    "query.near": "NEAR is not supported: its words are searched anywhere",
    "query.no_value": "{filter}: has no value and was ignored",
    "query.negated_filter": "-{filter}: excluding by filter is not supported; the filter was applied as written",
    "query.only_excluded": "only excluded words: listing everything else",
    "query.no_match": "{filter}:{value} matches no {kind}",
    "query.failed": "the search could not run ({reason}); `marsad check` tells whether the index is damaged",
    # views
    "view.bad_kind": "{kind!r} is not one of {choices}",
    "view.bad_column": "{kind} has no column {column!r}",
    "view.bad_filter": "{kind} records have no {filter} to filter on",
    "view.bad_value": "{value!r} is not one of {choices}",
    # the store
    "store.not_found": "{path}: no such store (create one with `marsad --db {path} init`)",
    "store.is_folder": "{path}: is a folder, not a Marsad store",
    "store.exists": "{path}: already exists; open it, or choose another file",
    "store.empty_file": "{path}: is empty, not a Marsad store",
    "store.not_sqlite": "{path}: not a Marsad store (not an SQLite file); it was not changed",
    "store.not_marsad": "{path}: an SQLite file, but not a Marsad store; it was not changed",
    "store.unreadable": "{path}: not a readable Marsad store ({reason})",
    "store.cannot_read": "{path}: cannot read ({reason})",
    "store.newer": ("{path}: written by a newer Marsad (schema {version}; this version reads up to {supported}); "
                    "update Marsad to open it. The file was not changed."),
    "store.needs_upgrade_readonly": "{path}: needs an upgrade to schema {supported} but is read-only",
    "store.readonly": "{path}: the store is read-only; nothing was changed",
    "store.busy": "{path}: the store is busy in another program; try again",
    "store.disk_full": "{path}: the disk is full (in {folder}); nothing was changed",
    "store.damaged": "{path}: the store is damaged ({reason}); restore it from a backup",
    "store.version_reset": ("{path}: the store's schema version was reset to 0 although it holds Marsad's "
                            "tables; restore it from a backup (marsad backups lists them); it was not changed"),
    "store.io": "{path}: the disk could not be read or written ({reason})",
    "store.sqlite": "{path}: {reason}",
    "store.backup_same_file": "{path}: is the store itself; choose another file",
    "store.backup_failed": "{path}: cannot write the backup ({reason})",
    "store.backup_check_failed": "{path}: the backup fails its check: {problem}",
    # what `marsad check` finds
    "check.integrity": "integrity: {line}",
    "check.unreadable": "integrity: the file cannot be read ({reason})",
    "check.foreign_key": "foreign key: {table} row {row} points at a missing {parent} row",
    "check.fts": "search index: the FTS5 index is damaged ({reason})",
    "check.missing": "search index: {count} {kind} record(s) are not indexed",
    "check.orphans": "search index: {count} index row(s) point at deleted {kind} records",
    "check.misfiled": "search index: {count} index row(s) in the {kind} range name another record",
    "check.stale": "search index: {count} {kind} record(s) indexed with outdated text, e.g. {example}",
    "check.marked_stale": ("search index: out of step with {count} record(s) changed outside Marsad "
                           "(run `marsad check --repair`)"),
    "check.analyser": ("search index: built by analyser {built}, this Marsad analyses as {current} "
                       "(run `marsad check --repair`)"),
    "check.names": "names: {count} {kind} record(s) have outdated normalised names, e.g. {example}",
    "check.digest": "sources: {count} source(s) have an outdated text hash, e.g. {example}",
    "check.counts": "counts: the {kind} counter says {stored} (unreviewed {stored_unreviewed}); the table holds {actual} ({actual_unreviewed})",
    "check.untracked": ("sync: {count} change(s) made with another program have no version yet (`marsad check "
                        "--repair` gives them one; so does the next exchange)"),
    # deleting and reviewing
    "delete.has_dependents": ("{key} has {count} {kind} record(s) that need it ({through}): delete them too, "
                              "or give them to another record"),
    "delete.no_target": "{key}: no other {kind} with that id to give them to",
    "delete.bad_decision": "{value!r}: expected 'delete' or 'reassign:<id>'",
    # what a long job has done so far
    "progress.checked": "{count:,} records checked",
    "progress.indexed": "{count:,} records indexed",
    "review.bad_state": "review state {value!r}: expected confirmed or unreviewed",
    "review.merge_kinds": "{proposal} -> {target}: a record merges only into another of its kind found by name",
    "review.merge_self": "{key}: a record cannot be merged into itself",
    "review.merge_gone": "{key}: no such record (was it already merged or rejected?)",
    "review.merge_no_target": "{key}: no such record to merge into",
    # briefings and the gazetteer
    "briefing.empty": "the briefing is empty: select at least one event, quote, actor or source",
    "briefing.none_found": "none of the {count} selected records exists: {keys}",
    "briefing.not_text": "must be text",
    "briefing.bad_date": "{value!r} is not a day such as 2025-12-31",
    "briefing.bad_digits": "must be true, false or null",
    "briefing.bad_items": "must be a list of record ids",
    "briefing.bad_section": "unknown section {value!r}; sections are {choices}",
    "briefing.bad_figure": "a figure must name a view (timeline, links, map) and hold its drawing",
    "briefing.not_object": "a saved briefing must be a JSON object",
    "briefing.newer": "this briefing was saved by a newer Marsad (format {version!r}); this version reads format {supported}",
    "gazetteer.bad_entry": "needs kind actor/place, id and name",
    "basemap.unreadable": "{path}: the map's basemap cannot be read ({reason})",
    # sync: change bundles (interchange format version 2), peers and conflicts
    "bundle.empty": "the file is empty, not a Marsad change bundle",
    "bundle.unreadable": "cannot read ({reason})",
    "bundle.line_too_long": "a line is longer than {limit:,} bytes: not a Marsad change bundle",
    "bundle.not_bundle": ("not a Marsad change bundle (it has no bundle header); records without versions "
                          "(interchange version 1) are imported with `{command}`"),
    "bundle.newer": "a bundle of format {version}, written by a newer Marsad; this version reads format {supported}",
    "bundle.bad_header": "the bundle's header is not valid ({reason}); nothing was applied",
    "bundle.no_end": ("the bundle is cut short or damaged: its last line is not the closing line with its "
                      "checksum; nothing was applied"),
    "bundle.checksum": ("the bundle was changed or damaged: its content does not match its checksum (sha256 "
                        "{expected}, content {actual}); nothing was applied"),
    "bundle.count": "the bundle says it holds {expected} changes but holds {actual}; nothing was applied",
    "bundle.bad_line": "not a record or a deletion of a bundle; nothing was applied",
    "bundle.bad_sync": "the change's version is not valid ({reason}); nothing was applied",
    "bundle.changed": "the bundle changed while it was being applied; nothing was applied",
    "bundle.own_site": ("this bundle was written by this very store (site {site}): a copy of a store must become "
                        "a site of its own before it exchanges changes (`{command}` on the copy)"),
    "bundle.gap": ("this bundle holds the changes of site {site} after its change {start}, but only those up to "
                   "{applied} were applied here: apply the bundle before it first, or ask its sender for "
                   "`{command}`"),
    "input.bundle": "a Marsad change bundle (interchange version 2): merge it with `{command}`",
    "sync.unknown_peer": ("{peer}: no such peer; name a peer by its site id (`{site_command}` prints it) or by "
                          "the name `{name_command}` gave it"),
    "sync.bad_name": "{name!r}: a peer's name is one word of letters, digits, - or _, and not a site id",
    "sync.name_taken": "{name!r} is already the name of site {site}",
    "sync.own_site": "{site} is this store's own site, not a peer",
    "sync.bad_start": "{value}: this store's changes are numbered 0 to {last}",
    "sync.no_conflict": "{key}: no open conflict",
    "sync.bad_choice": "{value!r}: a conflict is resolved as mine, theirs or merged",
    "sync.merged_values": "merged: give the chosen values as an object of field: value",
    "sync.merged_deleted": "{key}: deleted on both sides; resolve it as mine or theirs",
    "sync.still_needed": ("{key} cannot be deleted: {count} {kind} record(s) here still need it ({through}); "
                          "delete them or give them another first"),
    # the team hub (desktop/core/hub.py): PostgreSQL
    "hub.bad_url": "{reason}: not a {server} connection string (such as {examples})",
    "hub.unreachable": ("cannot reach the team hub {hub} ({reason}); nothing was changed here. Marsad works on "
                        "without it: sync again when the hub can be reached"),
    "hub.auth": ("the team hub {hub} refused the login ({reason}): check the user name, and the password in your "
                 "passfile ({passfiles}) or service file; nothing was changed"),
    "hub.no_access": ("your role on {hub} may not use the team hub: ask its administrator to grant you "
                      "{read_role} (to pull) or {write_role} (to push too)"),
    "hub.not_initialised": "{hub} holds no Marsad team hub: set one up with `{command}`",
    "hub.not_hub": "{hub} has a schema named {schema} that is not a Marsad team hub; it was left alone",
    "hub.newer": ("the team hub {hub} was set up by a newer Marsad (hub schema {version}; this version knows up to "
                  "{supported}): update Marsad; nothing was changed"),
    "hub.read_only": ("your role on the team hub {hub} may only read: {count:,} changes made here cannot be pushed, "
                      "and nothing was changed. `{command}` takes the team's changes without sending yours"),
    "hub.dropped": ("the connection to the team hub {hub} was lost during the sync ({reason}); nothing was changed "
                    "here: sync again"),
    "hub.busy": "the team hub {hub} is busy with another laptop's sync; try again in a moment",
    "hub.failed": "the team hub {hub} refused the sync ({reason}); nothing was changed here",
    "hub.init_denied": ("cannot set up the team hub in {hub} ({reason}): run `{command}` as the database's "
                        "owner, with the right to create roles (or create the roles {read_role} and {write_role} "
                        "first)"),
    "hub.bad_roles": "{value!r}: a prefix for the hub's roles is a lower-case word of letters, digits and _",
    "hub.no_hub": "this store has not synced with a team hub yet: name one, as in `{command}`",
    "hub.cancelled": "the sync was cancelled; nothing was changed here or on the team hub",
    "progress.hub_pulled": "{count:,} changes pulled from the team hub",
    "progress.hub_pushed": "{count:,} changes pushed to the team hub",
    "export.bad_kind": "{kind!r} is not one of {choices}",
    "export.unwritable": "{path}: cannot write here ({reason})",
}


class MarsadError(Exception):
    """The root of every error Marsad raises on purpose.

    `code` is stable and names the problem; `params` fill its message;
    `where` and `field` say where it is, when that applies.
    """

    default_code = "error"

    def __init__(self, code: str | None = None, *, where: Where | None = None, field: str | None = None,
                 **params: Any):
        self.code = code or self.default_code
        self.params = params
        self.where = where
        self.field = field
        super().__init__(self.message())

    @property
    def reason(self) -> str:
        """The message without where and field: what the GUI shows under a form field."""
        template = MESSAGES.get(self.code)
        if template is None:
            return str(self.params.get("reason", self.code))
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return f"{self.code} {self.params}"

    def message(self) -> str:
        parts = [str(self.where)] if self.where is not None and str(self.where) else []
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.message()

    def at(self, where: Where | None = None, field: str | None = None) -> "MarsadError":
        """The same error placed at `where` (and `field`, when it has none yet)."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        if where is not None:
            clone.where = where
        if field is not None and not clone.field:
            clone.field = field
        Exception.__init__(clone, clone.message())
        return clone

    def __reduce__(self):
        # Errors cross to and from worker processes: rebuild them from code and parameters.
        return (_restore, (self.__class__, self.code, self.where, self.field, self.params))

    def to_json(self) -> dict:
        out: dict[str, Any] = {"code": self.code, "message": self.message(), "params": _jsonable(self.params)}
        if self.where is not None:
            out["where"] = {k: v for k, v in vars(self.where).items() if v is not None}
        if self.field:
            out["field"] = self.field
        return out


def _restore(cls, code, where, field, params):
    error = cls.__new__(cls)
    MarsadError.__init__(error, code, where=where, field=field, **params)
    return error


def _jsonable(params: dict) -> dict:
    return {k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in params.items()}


class RecordError(MarsadError, ValueError):
    """A record or one of its fields is invalid."""
    default_code = "record.invalid"


class Unresolved(RecordError):
    """A reference matches nothing yet: a record later in the input may still define it."""


class QueryError(MarsadError, ValueError):
    """A query that cannot be run as written; the message says what to change."""
    default_code = "query.invalid"


class InputError(MarsadError, ValueError):
    """An input file cannot be read or imported as it is."""
    default_code = "input.invalid"


class ViewError(MarsadError, ValueError):
    """A view was asked for something it does not have (unknown kind, column or filter)."""
    default_code = "view.invalid"


class StoreError(MarsadError):
    """A store cannot be opened, read or written as asked."""
    default_code = "store.sqlite"


class StoreNotFoundError(StoreError):
    default_code = "store.not_found"


class NotAStoreError(StoreError):
    default_code = "store.not_marsad"


class NewerSchemaError(StoreError):
    default_code = "store.newer"


class ReadOnlyStoreError(StoreError):
    default_code = "store.readonly"


class StoreBusyError(StoreError):
    default_code = "store.busy"


class DiskFullError(StoreError):
    default_code = "store.disk_full"


class StoreDamagedError(StoreError):
    default_code = "store.damaged"


class InUseError(StoreError):
    """A record cannot be deleted without a decision about what refers to it."""
    default_code = "delete.has_dependents"


class ReviewError(StoreError):
    """A review decision cannot be carried out."""
    default_code = "review.bad_state"


class BundleError(MarsadError, ValueError):
    """A change bundle that cannot be applied as it is: not one, cut short, changed, or out of turn."""
    default_code = "bundle.not_bundle"


class SyncError(MarsadError, ValueError):
    """A sync request that cannot be carried out (an unknown peer, a conflict that is not open)."""
    default_code = "sync.unknown_peer"


class HubError(MarsadError):
    """The team hub (PostgreSQL) cannot be reached, logged into or synced with as asked; nothing was changed."""
    default_code = "hub.unreachable"


class BriefingError(MarsadError, ValueError):
    default_code = "briefing.empty"


class Cancelled(MarsadError):
    """The user cancelled an import; nothing was written."""
    default_code = "input.cancelled"


class Notice(MarsadError):
    """Word of how a long job is going (N records checked); never raised, only passed to a progress callback."""
    default_code = "progress.checked"


class BatchError(MarsadError):
    """A batch or a file failed; `problems` holds every error, each with where it is."""
    default_code = "input.nothing_imported"

    def __init__(self, problems: Iterable[MarsadError]):
        self.problems = sorted(problems, key=lambda e: (e.where or Where()).sort_key())
        super().__init__("input.nothing_imported", count=len(self.problems))

    def __reduce__(self):
        return (BatchError, (self.problems,))

    @property
    def errors(self) -> list[str]:
        """Every problem as one line: `file:line: field: reason`."""
        return [str(p) for p in self.problems]

    def message(self) -> str:
        problems = getattr(self, "problems", [])
        shown = [str(p) for p in problems[:20]]
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        return "\n".join(shown) + more if shown else MESSAGES["input.nothing_imported"]


class BadRowsError(BatchError):
    """A batch failed only for event-data rows that cannot be imported: importing with bad rows
    skipped (import_files skip_bad_rows=) would import the others and list these."""

    def __reduce__(self):
        return (BadRowsError, (self.problems,))
