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

from desktop.core import articles, interchange, reader
from desktop.core.articles import ArticleError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".json")
TABLE_SUFFIXES = (".csv", ".tsv", ".txt.csv")


@dataclass
class LineSource:
    """One input file; `lines(errors)` reads it afresh, reporting problems into `errors`."""
    store: object
    path: Path
    options: dict = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)   # "file:line: why" for articles already stored

    def lines(self, errors: list[str]) -> Iterator["interchange.Line"]:
        suffix = self.path.suffix.lower()
        if not self.path.exists():
            errors.append(f"{self.path}: no such file")
            return
        if self.path.is_dir():
            errors.append(f"{self.path}: is a folder; name the files to import")
            return
        seen: set[str] = set()
        if suffix in JSONL_SUFFIXES:
            for line in interchange.read_jsonl(self.path, errors):
                if line.record.get("kind") == "article":
                    yield from self._article(line.record, line.label, errors, seen)
                else:
                    yield line
        elif suffix in ARTICLE_SUFFIXES:
            yield from self._article_file(errors, seen)
        elif suffix in TABLE_SUFFIXES:
            yield from self._event_data(errors)
        else:
            errors.append(f"{self.path}: unknown format {suffix or '(no extension)'!r}; Marsad imports "
                          f".jsonl records, .txt/.html/.json articles, and .csv/.tsv event data")

    def spans(self, errors: list[str]) -> Iterator["interchange.Span"] | None:
        """Spans of a JSONL file for worker processes to read, parse and check, or None for
        inputs read otherwise (articles: extraction reads the store here; event data: see event_rows)."""
        if self.path.suffix.lower() not in JSONL_SUFFIXES or not self.path.is_file():
            return None
        return self._spans(errors)

    def _spans(self, errors: list[str]) -> Iterator["interchange.Span"]:
        from desktop.core import bulkprep
        try:
            yield from interchange.jsonl_spans(self.path, bulkprep.SPAN_BYTES)
        except OSError as exc:
            errors.append(f"{self.path}: cannot read ({exc.strerror})")

    @property
    def is_event_data(self) -> bool:
        return self.path.suffix.lower() in TABLE_SUFFIXES

    def event_rows(self, errors: list[str]):
        """(RowReader, rows with line numbers) of an event-data file, for workers to turn into
        records; None for other inputs, or when the header has a problem (in `errors`)."""
        from desktop.core import eventdata
        if not self.is_event_data or not self.path.is_file():
            return None
        try:
            mapping = self.options.get("mapping")
            if isinstance(mapping, str):
                mapping = eventdata.parse_mapping(mapping)
            return eventdata.event_rows(self.path, mapping=mapping)
        except eventdata.EventDataError as exc:
            errors.append(str(exc))
            return None

    def article_lines(self, record: dict, label: str, errors: list[str], seen: set[str]) -> Iterator["interchange.Line"]:
        """An `article` record of a JSONL file: its source and the proposals extracted from it."""
        return self._article(record, label, errors, seen)

    # --- articles ------------------------------------------------------------------

    def _article_file(self, errors: list[str], seen: set[str]) -> Iterator["interchange.Line"]:
        try:
            art = articles.read_article(self.path, published=self.options.get("published"),
                                        outlet=self.options.get("outlet"), url=self.options.get("url"))
        except (ArticleError, OSError) as exc:
            errors.append(str(exc))
            return
        yield from self._proposals(art, f"{self.path}:1", errors, seen)

    def _article(self, record: dict, label: str, errors: list[str], seen: set[str]) -> Iterator["interchange.Line"]:
        raw = {k: v for k, v in record.items() if k != "kind"}
        try:
            art = articles.from_article_record(raw, label)
        except ArticleError as exc:
            errors.append(str(exc))
            return
        yield from self._proposals(art, label, errors, seen)

    def _proposals(self, art, label: str, errors: list[str], seen: set[str]) -> Iterator["interchange.Line"]:
        from desktop.core.extract import extract_article
        if art.source["id"] in seen:
            return
        duplicate = find_duplicate_source(self.store, art)
        if duplicate:
            self.skipped.add(f"{label}: skipped: the article is already in the store as {duplicate}")
            return
        seen.add(art.source["id"])
        yield interchange.Line(label, dict(art.source))
        proposals = extract_article(
            art.source,
            resolve_actor=lambda name: reader.resolve(self.store, "actor", name),
            resolve_place=lambda name: reader.resolve(self.store, "place", name))
        for rec in proposals:
            if rec.get("id") in seen or (rec.get("id") and reader.kind_of(rec["id"])
                                          and reader.exists(self.store, rec["kind"], rec["id"])):
                continue
            seen.add(rec.get("id", ""))
            yield interchange.Line(label, rec)

    # --- event data ----------------------------------------------------------------

    def _event_data(self, errors: list[str]) -> Iterator["interchange.Line"]:
        from desktop.core import eventdata
        try:
            mapping = self.options.get("mapping")
            if isinstance(mapping, str):
                mapping = eventdata.parse_mapping(mapping)
            records = eventdata.read_event_csv(
                self.path, mapping=mapping,
                resolve_actor=lambda name: reader.resolve(self.store, "actor", name),
                resolve_place=lambda name: reader.resolve(self.store, "place", name))
            for number, rec in enumerate(records, 1):
                yield interchange.Line(f"{self.path}: record {number}", rec)
        except eventdata.EventDataError as exc:
            errors.append(str(exc))


def find_duplicate_source(store, art) -> str | None:
    """The id of a stored source with the same URL or the same normalised body."""
    from desktop.core.articles import body_hash
    if art.source.get("url"):
        row = store.conn.execute("SELECT key FROM sources WHERE url = ?", (art.source["url"],)).fetchone()
        if row:
            return row[0]
    row = store.conn.execute("SELECT key FROM sources WHERE body_hash = ?",
                             (body_hash(art.source["body"]),)).fetchone()
    return row[0] if row else None


def open_source(store, path: Path, **options) -> LineSource:
    return LineSource(store, path, options)
