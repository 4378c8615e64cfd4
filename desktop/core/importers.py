"""Which reader a file needs, and the records each file yields.

JSONL holds interchange records, and `article` records; .txt, .html and
.json files are single articles; .csv and .tsv are event data. An article
becomes a source plus the unreviewed proposals extraction makes from it.
Each file is a `LineSource` that can be read twice (check, then write).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from desktop.core import articles, jsonl, kinds
from desktop.core.articles import ArticleError
from desktop.core.errors import InputError, MarsadError, RecordError, Where

JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json")
TABLE_SUFFIXES = (".csv", ".tsv", ".txt.csv")


@dataclass
class LineSource:
    """One input file; `lines(errors)` reads it afresh, reporting problems into `errors`."""
    store: object
    path: Path
    options: dict = field(default_factory=dict)
    skipped: list[MarsadError] = field(default_factory=list)   # articles already stored, with why

    def lines(self, errors: list[MarsadError]) -> Iterator[jsonl.Line]:
        suffix = self.path.suffix.lower()
        where = Where(str(self.path))
        if not self.path.exists():
            errors.append(InputError("input.no_file", where=where))
            return
        if self.path.is_dir():
            errors.append(InputError("input.is_folder", where=where))
            return
        seen: set[str] = set()
        if suffix in JSONL_SUFFIXES:
            for line in jsonl.read(self.path, errors):
                if line.record.get("kind") == "article":
                    yield from self._article(line.record, line.where, errors, seen)
                else:
                    yield line
        elif suffix in ARTICLE_SUFFIXES:
            yield from self._article_file(errors, seen)
        elif suffix in TABLE_SUFFIXES:
            yield from self._event_data(errors)
        else:
            errors.append(InputError("input.unknown_format", where=where, suffix=suffix or "(no extension)"))

    def spans(self, errors: list[MarsadError]) -> Iterator[jsonl.Span] | None:
        """Spans of a JSONL file for worker processes to read, parse and check, or None for
        inputs read otherwise (articles: extraction reads the store here; event data: see event_rows)."""
        if self.path.suffix.lower() not in JSONL_SUFFIXES or not self.path.is_file():
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
        return self.path.suffix.lower() in TABLE_SUFFIXES

    def event_rows(self, errors: list[MarsadError]):
        """(RowReader, rows with line numbers) of an event-data file, to turn into records row by row;
        a line that is no row comes as its problem in the row's place. None for other inputs, or when
        the header has a problem (in `errors`)."""
        from desktop.core import eventdata
        if not self.is_event_data or not self.path.is_file():
            return None
        try:
            return eventdata.event_rows(self.path, mapping=self._mapping(), tolerant=True)
        except eventdata.EventDataError as exc:
            errors.append(exc)
            return None

    def emitter(self, reader):
        """An emitter for `reader`'s rows that finds places and actors in the store as it was."""
        return reader.emitter(lambda name: self.store.resolve("place", name),
                              lambda name: self.store.resolve("actor", name))

    def _mapping(self):
        from desktop.core import eventdata
        mapping = self.options.get("mapping")
        if mapping == eventdata.AUTO:
            return mapping
        return eventdata.parse_mapping(mapping) if isinstance(mapping, str) else mapping

    def article_lines(self, record: dict, where: Where, errors: list[MarsadError], seen: set[str]
                      ) -> Iterator[jsonl.Line]:
        """An `article` record of a JSONL file: its source and the proposals extracted from it."""
        return self._article(record, where, errors, seen)

    # --- articles ------------------------------------------------------------------

    def _article_file(self, errors: list[MarsadError], seen: set[str]) -> Iterator[jsonl.Line]:
        try:
            art = articles.read_article(self.path, published=self.options.get("published"),
                                        outlet=self.options.get("outlet"), url=self.options.get("url"))
        except ArticleError as exc:
            errors.append(exc)
            return
        except OSError as exc:
            errors.append(InputError("input.unreadable", where=Where(str(self.path)),
                                     reason=exc.strerror or str(exc)))
            return
        yield from self._proposals(art, Where(str(self.path), 1), errors, seen)

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
        from desktop.core.extract import extract_article
        if art.source["id"] in seen:
            return
        duplicate = find_duplicate_source(self.store, art)
        if duplicate:
            self.skipped.append(InputError("input.duplicate_article", where=where, key=duplicate))
            return
        seen.add(art.source["id"])
        yield jsonl.Line(where, dict(art.source))
        proposals = extract_article(
            art.source,
            resolve_actor=lambda name: self.store.resolve("actor", name),
            resolve_place=lambda name: self.store.resolve("place", name))
        for rec in proposals:
            key = rec.get("id")
            if key in seen or (key and kinds.kind_of(key) and self.store.exists(rec["kind"], key)):
                continue
            seen.add(key or "")
            yield jsonl.Line(where, rec)

    # --- event data ----------------------------------------------------------------

    def _event_data(self, errors: list[MarsadError]) -> Iterator[jsonl.Line]:
        """The checked records of every row, each at its row's line; a bad row's problem goes to `errors`."""
        for line, made in self.checked_rows(errors):
            if isinstance(made, MarsadError):
                errors.append(made)
                continue
            where = Where(str(self.path), line)
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
        for line, row in rows:
            if not isinstance(row, MarsadError):
                try:
                    row = reader.checked_records(line, row, emitter, writing.checked)
                except (InputError, RecordError) as exc:
                    row = exc
            yield line, row


def find_duplicate_source(store, art) -> str | None:
    """The id of a stored source with the same URL or the same normalised body."""
    if art.source.get("url"):
        found = store.find_by("source", "url", art.source["url"])
        if found:
            return found
    return store.find_by("source", "body_hash", articles.body_hash(art.source["body"]))


def open_source(store, path: Path, **options) -> LineSource:
    return LineSource(store, path, options)
