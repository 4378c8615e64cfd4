"""Which reader an input needs, and the records each input yields.

What a file holds is desktop.core.inputs' to say, by its content as much as
its name: JSONL interchange records (and `article` records), a single
article (.txt, .md, .html, a .json article), event data (a table), or a .zip
or .gz archive of these, whose members are read without unpacking them. An
article becomes a source plus the unreviewed proposals extraction makes from
it. Each file, or member, is a `LineSource` that can be read twice (check,
then write).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from desktop.core import articles, bundles, inputs, jsonl, kinds
from desktop.core.articles import ArticleError
from desktop.core.errors import InputError, MarsadError, RecordError, Where

# What each suffix suggests; inputs.listing decides, by the content too.
JSONL_SUFFIXES = inputs.JSONL_SUFFIXES
ARTICLE_SUFFIXES = inputs.ARTICLE_SUFFIXES
TABLE_SUFFIXES = inputs.TABLE_SUFFIXES


@dataclass
class LineSource:
    """One input: a file or an archive's member (`entry`), or the problem that stops a file named
    (`problem`); `lines(errors)` reads it afresh, reporting problems into `errors`."""
    store: object
    path: Path
    options: dict = field(default_factory=dict)
    skipped: list[MarsadError] = field(default_factory=list)   # articles already stored, members left out
    entry: inputs.Entry | None = None
    problem: InputError | None = None
    # Why extraction proposed each record given, by (id, field): (reason as JSON, the words stored),
    # for the store to keep (a re-reading of the input gives the same ones again).
    reasons: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.entry is None and self.problem is None:
            found = inputs.listing(self.path)
            self.problem = found.problem
            self.entry = found.entries[0] if found.entries else None
        entry = self.entry
        if self.problem is None and entry is not None and entry.kind == inputs.RECORDS and entry.archive is None \
                and bundles.is_bundle(entry.path):
            # Interchange version 2 carries versions and deletions: merged by `marsad apply`, never imported.
            self.problem = InputError("input.bundle", where=Where(entry.name), command="marsad apply")

    @property
    def name(self) -> str:
        """How messages name it: the file, or archive.zip!member."""
        return self.entry.name if self.entry is not None else str(self.path)

    @property
    def kind(self) -> str | None:
        return self.entry.kind if self.entry is not None and self.problem is None else None

    def lines(self, errors: list[MarsadError], seen: set[str] | None = None) -> Iterator[jsonl.Line]:
        """The records the file holds (an article: its source and proposals). `seen`: the ids articles
        already proposed in this import, shared by its files, so that each is proposed once."""
        if self.problem is not None:
            errors.append(self.problem)
            return
        seen = set() if seen is None else seen
        if self.kind == inputs.RECORDS:
            for line in self._records(errors):
                if line.record.get("kind") == "article":
                    yield from self._article(line.record, line.where, errors, seen)
                else:
                    yield line
        elif self.kind == inputs.ARTICLE:
            yield from self._article_file(errors, seen)
        elif self.kind == inputs.EVENT_DATA:
            yield from self._event_data(errors)

    def _records(self, errors: list[MarsadError]) -> Iterator[jsonl.Line]:
        if self.entry.archive is None:
            return jsonl.read(self.entry.path, errors)
        return _member_records(self.entry, errors)

    def spans(self, errors: list[MarsadError]) -> Iterator[jsonl.Span] | None:
        """Spans of a JSONL file for worker processes to read, parse and check, or None for
        inputs read otherwise (articles: extraction reads the store here; event data: see event_rows;
        an archive's member: read here, as it is decompressed)."""
        if self.kind != inputs.RECORDS or self.entry.archive is not None:
            return None
        return self._spans(errors)

    def _spans(self, errors: list[MarsadError]) -> Iterator[jsonl.Span]:
        from desktop.core import bulkprep
        try:
            yield from jsonl.spans(self.path, bulkprep.SPAN_BYTES)
        except OSError as exc:
            errors.append(InputError("input.unreadable", where=Where(str(self.path)),
                                     reason=exc.strerror or str(exc)))

    @property
    def is_event_data(self) -> bool:
        return self.kind == inputs.EVENT_DATA

    def event_rows(self, errors: list[MarsadError]):
        """(RowReader, rows with line numbers) of an event-data input, to turn into records row by row;
        a line that is no row comes as its problem in the row's place. None for other inputs, or when
        the header has a problem (in `errors`). A problem of the whole file met on the way (a damaged
        archive) is raised as InputError by the rows: see `rows_of`."""
        from desktop.core import eventdata
        if not self.is_event_data:
            return None
        try:
            return eventdata.event_rows(self.entry, mapping=self._mapping(), dataset=self.options.get("dataset"),
                                        tolerant=True)
        except InputError as exc:
            errors.append(exc)
            return None

    def emitter(self, reader):
        """An emitter for `reader`'s rows that finds places and actors in the store as it was."""
        return reader.emitter(lambda name: self.store.resolve("place", name),
                              lambda name: self.store.resolve("actor", name))

    def _mapping(self):
        return _mapping_option(self.options)

    def article_lines(self, record: dict, where: Where, errors: list[MarsadError], seen: set[str]
                      ) -> Iterator[jsonl.Line]:
        """An `article` record of a JSONL file: its source and the proposals extracted from it."""
        return self._article(record, where, errors, seen)

    # --- articles ------------------------------------------------------------------

    def _article_file(self, errors: list[MarsadError], seen: set[str]) -> Iterator[jsonl.Line]:
        data = None
        try:
            if self.entry.archive is not None:
                data = _member_bytes(self.entry, articles.MAX_ARTICLE_BYTES + 1)
            art = articles.read_article(self.name if data is not None else self.path,
                                        published=self.options.get("published"),
                                        outlet=self.options.get("outlet"), url=self.options.get("url"), data=data)
        except (ArticleError, InputError) as exc:
            errors.append(exc)
            return
        except OSError as exc:
            errors.append(InputError("input.unreadable", where=Where(self.name),
                                     reason=exc.strerror or str(exc)))
            return
        yield from self._proposals(art, Where(self.name, 1), errors, seen)

    def _article(self, record: dict, where: Where, errors: list[MarsadError], seen: set[str]
                 ) -> Iterator[jsonl.Line]:
        raw = {k: v for k, v in record.items() if k != "kind"}
        try:
            art = articles.from_article_record(raw, where)
        except ArticleError as exc:
            errors.append(exc)
            return
        yield from self._proposals(art, where, errors, seen)

    def _proposals(self, art, where: Where, errors: list[MarsadError], seen: set[str]) -> Iterator[jsonl.Line]:
        from desktop.core.extract import extract_article, reason_json, reasons
        if art.source["id"] in seen:
            return
        duplicate = find_duplicate_source(self.store, art)
        if duplicate:
            self.skipped.append(InputError("input.duplicate_article", where=where, key=duplicate))
            return
        seen.add(art.source["id"])
        yield jsonl.Line(where, dict(art.source))
        worded: list = []
        proposals = extract_article(
            art.source,
            resolve_actor=lambda name: self.store.resolve("actor", name),
            resolve_place=lambda name: self.store.resolve("place", name),
            # each proposal's notes say why, in the caller's words (the GUI's language; English by default)
            word_reason=self.options.get("word_reason") or reasons.english, reasons_out=worded)
        why: dict[str, list] = {}
        for key, field_name, found, words in worded:
            why.setdefault(key, []).append((field_name, found, words))
        for rec in proposals:
            key = rec.get("id")
            if key in seen or (key and kinds.kind_of(key) and self.store.exists(rec["kind"], key)):
                continue
            seen.add(key or "")
            for field_name, found, words in why.get(key, ()):
                self.reasons[(key, field_name)] = (reason_json.dumps(found), words)
            yield jsonl.Line(where, rec)

    # --- event data ----------------------------------------------------------------

    def _event_data(self, errors: list[MarsadError]) -> Iterator[jsonl.Line]:
        """The checked records of every row, each at its row's line; a bad row's problem goes to `errors`."""
        for line, made in self.checked_rows(errors):
            if isinstance(made, MarsadError):
                errors.append(made)
                continue
            where = Where(self.name, line)
            for rec in made:
                yield jsonl.Line(where, rec)

    def checked_rows(self, errors: list[MarsadError]) -> Iterator[tuple[int, list[dict] | MarsadError]]:
        """Each row of an event-data file read in this process: (line, its checked records), or (line, the
        problem that makes it a bad row: not UTF-8, malformed CSV, a bad cell or record). A problem of the
        whole file goes to `errors` and nothing is given."""
        from desktop.core import writing
        opened = self.event_rows(errors)
        if opened is None:
            return
        reader, rows = opened
        emitter = self.emitter(reader)
        for line, row in rows_of(rows, errors):
            if not isinstance(row, MarsadError):
                try:
                    row = reader.checked_records(line, row, emitter, writing.checked)
                except (InputError, RecordError) as exc:
                    row = exc
            yield line, row


def rows_of(rows: Iterator, errors: list[MarsadError]) -> Iterator:
    """The rows of an event-data input until a problem of the whole file stops them (a damaged archive,
    a file that cannot be read), which goes to `errors`: it is no bad row to skip."""
    try:
        yield from rows
    except InputError as exc:
        errors.append(exc)


def _member_bytes(entry: inputs.Entry, limit: int) -> bytes:
    """Up to `limit` bytes of an archive's member; InputError when the archive is damaged."""
    try:
        with entry.open() as fh:
            return fh.read(limit)
    except inputs.ARCHIVE_ERRORS as exc:
        raise InputError("archive.damaged_at", where=Where(entry.name, 1),
                         reason=str(exc) or type(exc).__name__) from None


def _member_records(entry: inputs.Entry, errors: list[MarsadError]) -> Iterator[jsonl.Line]:
    """The records of a JSONL member of an archive, decompressed as they are read (jsonl.read's rules:
    a line over the limit is reported, and every line's problem goes to `errors`)."""
    number = 0
    limit = jsonl.MAX_LINE_BYTES
    try:
        with entry.open() as fh:
            while raw := fh.readline(limit + 1):
                number += 1
                where = Where(entry.name, number)
                if len(raw) > limit and not raw.endswith(b"\n"):
                    length = len(raw)
                    while (more := fh.readline(limit)) and not more.endswith(b"\n"):
                        length += len(more)
                    errors.append(InputError("input.line_too_long", where=where, length=length + len(more),
                                             limit=limit))
                    continue
                parsed = jsonl.parse_line(where, raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
                if isinstance(parsed, MarsadError):
                    errors.append(parsed)
                elif parsed is not None:
                    yield jsonl.Line(where, parsed)
    except inputs.ARCHIVE_ERRORS as exc:
        errors.append(InputError("archive.damaged_at", where=Where(entry.name, number + 1),
                                 reason=str(exc) or type(exc).__name__))
    except OSError as exc:
        errors.append(InputError("input.unreadable", where=Where(entry.name), reason=exc.strerror or str(exc)))


def _mapping_option(options: dict):
    """The `mapping` option as eventdata takes it: AUTO, a dict, or None (a --map spec parsed)."""
    from desktop.core import eventdata
    mapping = options.get("mapping")
    if mapping == eventdata.AUTO:
        return mapping
    return eventdata.parse_mapping(mapping) if isinstance(mapping, str) else mapping


@dataclass(frozen=True)
class Plan:
    """How an import would read one input (`marsad import --dry-run`): what it is and, for event data,
    its format, the namespace of its ids and the mapping of its columns."""
    name: str
    kind: str                         # inputs.RECORDS, ARTICLE or EVENT_DATA
    format: str | None = None         # a formats.registry name
    label: str | None = None          # how the format is named: ACLED, GDELT 2.0, CSV
    namespace: str | None = None      # event:<namespace>-…
    mapping: dict | None = None       # field -> column, for a mapped table
    fields: tuple[str, ...] = ()      # the record fields its format fills

    def to_json(self) -> dict:
        out = {"file": self.name, "kind": self.kind}
        if self.format:
            out.update({"format": self.format, "label": self.label, "namespace": self.namespace,
                        "fields": list(self.fields)})
        if self.mapping is not None:
            out["mapping"] = dict(self.mapping)
        return out


def describe(paths, **options) -> list[Plan]:
    """How importing `paths` with `options` would read each input, without reading their rows or
    writing anything. An input with a problem is left out: importing reports it, with its line."""
    from desktop.core import eventdata
    plans = []
    for path in paths:
        found = inputs.listing(path)
        for entry in found.entries:
            if entry.kind != inputs.EVENT_DATA:
                plans.append(Plan(entry.name, entry.kind))
                continue
            try:
                info = eventdata.inspect(entry, mapping=_mapping_option(options), dataset=options.get("dataset"))
            except InputError:
                plans.append(Plan(entry.name, entry.kind))
                continue
            fmt = info.format
            plans.append(Plan(entry.name, entry.kind, fmt.name, fmt.label, info.namespace, info.mapping,
                              fmt.fields))
    return plans


def find_duplicate_source(store, art) -> str | None:
    """The id of a stored source with the same URL or the same normalised body."""
    if art.source.get("url"):
        found = store.find_by("source", "url", art.source["url"])
        if found:
            return found
    return store.find_by("source", "body_hash", articles.body_hash(art.source["body"]))


def open_source(store, path: Path, **options) -> LineSource:
    """The source of a file that holds one input (the first entry of an archive: see open_sources)."""
    return LineSource(store, path, options)


def open_sources(store, found: inputs.Listing, **options) -> list[LineSource]:
    """A source for each entry of a file (one for a plain file, one for each member of an archive
    that Marsad imports), or one that reports why the file cannot be imported. Members left out are
    noted in the first source's `skipped`."""
    if found.problem is not None:
        return [LineSource(store, found.path, options, problem=found.problem)]
    sources = [LineSource(store, found.path, options, entry=entry) for entry in found.entries]
    sources[0].skipped.extend(found.notes)
    return sources
