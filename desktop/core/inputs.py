"""What an input file is: the one place that says so, for the command line and the GUI alike.

An input is interchange records (JSONL), an article (.txt, .md, .html, a
.json article), event data (a table of a recognised format, or any table
through a column mapping), or a .zip or .gz archive of these. The name
suggests; the content decides where that is unambiguous:

- a .zip or gzip is recognised by its first bytes, whatever its name;
- a .csv or .tsv whose first line is a JSON object is JSONL;
- a .txt whose first line has at least ten tabs and is the header or a row
  of a recognised format (a GDELT export saved as .txt) is event data; any
  other .txt is an article;
- a file with no extension, or one Marsad does not know, is read by its
  content when that is records or a recognised table, and refused otherwise.

An archive is read without unpacking it to disk: each member is an `Entry`
that opens as a stream. A data download with a README keeps only its data:
articles in an archive are imported when it holds nothing else.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from desktop.core.errors import InputError, Where
from desktop.core.formats import registry

RECORDS, ARTICLE, EVENT_DATA = "records", "article", "event_data"
ZIP, GZIP = "zip", "gzip"

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Article files that the GUI's import sheet completes (date, outlet, address) before import.
ARTICLE_SHEET_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = ARTICLE_SHEET_SUFFIXES + (".json",)   # .json: one article, complete
TABLE_SUFFIXES = (".csv", ".tsv")
ARCHIVE_SUFFIXES = (".zip", ".gz")
SUFFIXES = JSONL_SUFFIXES + ARTICLE_SUFFIXES + TABLE_SUFFIXES + ARCHIVE_SUFFIXES

HEAD_BYTES = 64 * 1024        # what is read of a file (or member) to tell what it is
MEMBER_SEPARATOR = "!"        # acled.zip!2024/acled.csv, as messages name a member
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"
# The errors a damaged archive gives while it is read (zlib's, zipfile's CRC check, a cut-off gzip).
ARCHIVE_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, gzip.BadGzipFile, NotImplementedError)


@dataclass(frozen=True)
class Entry:
    """One input to read: a whole file, or a member of an archive, and what it holds."""
    path: str                  # the file on disk
    kind: str                  # RECORDS, ARTICLE or EVENT_DATA
    inner: str                 # its own name: the member's path in a zip, a .gz's name less .gz, else the file's
    archive: str | None = None  # ZIP, GZIP or None
    size: int = 0              # bytes of content (uncompressed)

    @property
    def name(self) -> str:
        """How messages name it: the file, or acled.zip!2024/acled.csv for a member of a zip."""
        return f"{self.path}{MEMBER_SEPARATOR}{self.inner}" if self.archive == ZIP else self.path

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.inner).suffix.lower()

    @property
    def stem(self) -> str:
        return PurePosixPath(self.inner).stem

    def open(self) -> BinaryIO:
        """The content as a binary stream (decompressed as it is read); the caller closes it."""
        if self.archive == ZIP:
            archive = zipfile.ZipFile(self.path)
            try:
                # The member keeps the archive's file open until it is closed itself.
                return archive.open(self.inner)
            finally:
                archive.close()
        if self.archive == GZIP:
            return gzip.open(self.path, "rb")
        return open(self.path, "rb")


@dataclass
class Listing:
    """What one named input holds: its entries, notes on members left out, or the problem that stops it."""
    path: Path
    entries: list[Entry] = field(default_factory=list)
    notes: list[InputError] = field(default_factory=list)
    problem: InputError | None = None

    @property
    def size(self) -> int:
        return sum(e.size for e in self.entries)


def listing(path: str | os.PathLike) -> Listing:
    """What the file at `path` holds, never raising: a problem is kept in the listing."""
    path = Path(path)
    try:
        entries, notes = _entries(path)
    except InputError as exc:
        return Listing(path, problem=exc)
    return Listing(path, entries, notes)


def entries(path: str | os.PathLike) -> list[Entry]:
    """The entries of the file at `path`; InputError when it cannot be imported."""
    found = listing(path)
    if found.problem is not None:
        raise found.problem
    return found.entries


def kind_of(path: str | os.PathLike) -> str | None:
    """RECORDS, ARTICLE or EVENT_DATA for a plain file, ZIP or GZIP for an archive, None when Marsad
    does not import it (or cannot read it)."""
    path = Path(path)
    try:
        head = _head(path)
    except InputError:
        return None
    archive = _archive_of(head, path.name)
    return archive or _content_kind(path.name, head)


def needs_article_sheet(path: str | os.PathLike) -> bool:
    """Whether the GUI asks for an article's date and outlet first: a plain article file that is not
    a complete .json article."""
    path = Path(path)
    return path.suffix.lower() in ARTICLE_SHEET_SUFFIXES and kind_of(path) == ARTICLE


def dialog_patterns() -> str:
    """The file dialog's patterns for everything Marsad imports: «*.jsonl *.ndjson …»."""
    return " ".join(f"*{s}" for s in SUFFIXES)


def input_size(path: str | os.PathLike) -> int:
    """Bytes of content a file holds (an archive's uncompressed size), 0 when it cannot be read."""
    found = listing(path)
    return found.size if found.problem is None else 0


def event_entry(path: str | os.PathLike) -> Entry:
    """The one event-data entry of `path` (a table, or an archive holding one), for reading it alone."""
    path = Path(path)
    if not path.exists():
        raise InputError("input.no_file", where=Where(str(path)))
    head = _head(path)
    if _archive_of(head, path.name) is None:
        # A table read on purpose is read as one, whatever its name.
        return Entry(str(path), EVENT_DATA, path.name, None, _file_size(path))
    tables = [e for e in entries(path) if e.kind == EVENT_DATA]
    if len(tables) != 1:
        raise InputError("archive.not_one_table", where=Where(str(path)), count=len(tables))
    return tables[0]


# --- what a file is -----------------------------------------------------------------------------


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _head(path: Path) -> bytes:
    where = Where(str(path))
    if not path.exists():
        raise InputError("input.no_file", where=where)
    if path.is_dir():
        raise InputError("input.is_folder", where=where)
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError("input.unreadable", where=where, reason=exc.strerror or str(exc)) from None


def _archive_of(head: bytes, name: str | None = None) -> str | None:
    """ZIP or GZIP when the file is one to read as an archive, else None.

    An archive's name says so (a .zip that is not one is a damaged archive, not an unknown format);
    else its first bytes, under one of Marsad's names or none (a download saved as .csv). A file of
    another program that is a zip inside (.docx, .xlsx) is no archive of Marsad's files.
    """
    suffix = PurePosixPath(name).suffix.lower() if name is not None else ""
    if suffix == ".zip":
        return ZIP
    if suffix == ".gz":
        return GZIP
    if name is not None and suffix and suffix not in SUFFIXES:
        return None
    if head.startswith(_ZIP_MAGIC):
        return ZIP
    if head.startswith(_GZIP_MAGIC):
        return GZIP
    return None


def _entries(path: Path) -> tuple[list[Entry], list[InputError]]:
    head = _head(path)
    archive = _archive_of(head, path.name)
    if archive == ZIP:
        return _zip_entries(path)
    if archive == GZIP:
        return [_gzip_entry(path)], []
    kind = _content_kind(path.name, head)
    if kind is None:
        raise InputError("input.unknown_format", where=Where(str(path)), suffix=path.suffix.lower() or
                         "(no extension)")
    return [Entry(str(path), kind, path.name, None, _file_size(path))], []


def _first_line(head: bytes) -> str:
    """The first line that is not blank, as text (whatever the encoding: this is only a look)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    for line in text.split("\n"):
        if line.strip():
            return line.rstrip("\r")
    return ""


def _json_object(line: str) -> dict | None:
    if not line.lstrip().startswith("{"):
        return None
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def is_raw_table(line: str) -> bool:
    """A line of at least ten tabs that is the header or a row of a recognised format."""
    if line.count("\t") < registry.RAW_TABS:
        return False
    cells = line.rstrip("\r\n").split("\t")
    return registry.detect_headerless(cells) is not None or registry.detect_header(cells) is not None


def _recognised_header(line: str) -> bool:
    for delimiter in (",", "\t", ";"):
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(cells) > 1 and registry.detect_header(cells) is not None:
            return True
    return False


def _content_kind(name: str, head: bytes) -> str | None:
    """RECORDS, ARTICLE or EVENT_DATA for a file of this name that starts with `head`, or None."""
    suffix = PurePosixPath(name).suffix.lower()
    if _archive_of(head):
        return None          # an archive inside an archive is not read
    if suffix in JSONL_SUFFIXES:
        return RECORDS
    first = _first_line(head)
    if suffix == ".json":
        found = _json_object(first)
        return RECORDS if found is not None and found.get("kind") not in (None, "article") else ARTICLE
    if suffix in TABLE_SUFFIXES:
        return RECORDS if _json_object(first) is not None else EVENT_DATA
    if suffix in (".txt", ".text"):
        return EVENT_DATA if is_raw_table(first) else ARTICLE
    if suffix in ARTICLE_SHEET_SUFFIXES:
        return ARTICLE
    if _json_object(first) is not None:
        return RECORDS
    if is_raw_table(first) or _recognised_header(first):
        return EVENT_DATA
    return None


# --- archives -----------------------------------------------------------------------------------


def _damaged(path: Path, archive: str, exc: BaseException) -> InputError:
    return InputError("archive.damaged", where=Where(str(path)), archive=archive, reason=str(exc) or type(exc).__name__)


def _zip_entries(path: Path) -> tuple[list[Entry], list[InputError]]:
    found: list[Entry] = []
    others: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir() or _hidden(info.filename):
                    continue
                if info.flag_bits & 0x1:
                    raise InputError("archive.encrypted", where=Where(f"{path}{MEMBER_SEPARATOR}{info.filename}"))
                with archive.open(info) as member:
                    head = member.read(HEAD_BYTES)
                kind = _content_kind(info.filename, head)
                if kind is None:
                    others.append(info.filename)
                else:
                    found.append(Entry(str(path), kind, info.filename, ZIP, info.file_size))
    except ARCHIVE_ERRORS as exc:
        raise _damaged(path, ZIP, exc) from None
    except OSError as exc:
        raise InputError("input.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    notes = [InputError("archive.member_left_out", where=Where(f"{path}{MEMBER_SEPARATOR}{name}"))
             for name in others]
    data = [e for e in found if e.kind != ARTICLE]
    if data and len(data) < len(found):
        # A data download's README or notes are no article to extract events from.
        notes += [InputError("archive.text_left_out", where=Where(e.name)) for e in found if e.kind == ARTICLE]
        found = data
    if not found and not others:
        raise InputError("archive.empty", where=Where(str(path)))
    if not found:
        raise InputError("archive.nothing_to_import", where=Where(str(path)), members=_names(others),
                         archives=".zip/.gz")
    return found, notes


def _hidden(name: str) -> bool:
    """Members an archiver adds on its own: macOS resource forks and dot files."""
    parts = PurePosixPath(name).parts
    return any(p == "__MACOSX" or p.startswith(".") for p in parts)


def _names(names: list[str], limit: int = 10) -> str:
    return ", ".join(names[:limit]) + (", …" if len(names) > limit else "")


def _gzip_entry(path: Path) -> Entry:
    inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    try:
        with gzip.open(path, "rb") as member:
            head = member.read(HEAD_BYTES)
    except ARCHIVE_ERRORS as exc:
        raise _damaged(path, GZIP, exc) from None
    except OSError as exc:
        raise InputError("input.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    kind = _content_kind(inner, head)
    if kind is None:
        raise InputError("archive.nothing_to_import", where=Where(str(path)), members=inner, archives=".zip/.gz")
    return Entry(str(path), kind, inner, GZIP, _gzip_size(path))


def _gzip_size(path: Path) -> int:
    """The uncompressed size a gzip file records in its last four bytes (modulo 4 GiB)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(-4, os.SEEK_END)
            return struct.unpack("<I", fh.read(4))[0]
    except (OSError, struct.error):
        return 0
