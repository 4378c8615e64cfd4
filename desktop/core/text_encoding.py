"""Which encoding a text file that is not UTF-8 is in, so that refusing it can name the encoding.

Marsad reads UTF-8 (with or without a byte-order mark) and UTF-16 with its
byte-order mark (Excel's "Unicode text"). Anything else is refused, and the
message says what the file most likely is: an export from Arabic Windows
(Windows-1256) is the common case, then Western European (Latin-1 /
Windows-1252), then UTF-16 that lost its byte-order mark.

The guess reads bytes only: Arabic in Windows-1256 is runs of bytes of 0x80
and up that decode to Arabic letters; Latin-1 text has single accented
letters between ASCII ones. Bytes that are mostly valid UTF-8 with a few
broken ones are damaged UTF-8, not another encoding.
"""
from __future__ import annotations

import codecs
import re
from typing import NoReturn

from desktop.core.errors import InputError, Where

UTF8, UTF16 = "utf-8", "utf-16"
CP1256, LATIN1, UTF16_NO_BOM = "cp1256", "latin1", "utf-16-no-bom"
SAMPLE_BYTES = 64 * 1024
MIN_EVIDENCE = 4          # bytes of 0x80 and up it takes to name an encoding
# Fewer bytes than this say nothing of UTF-16 without a byte-order mark: «0\x00» and a character cut
# off by the end of the sample are a third NULs.
MIN_UTF16_BYTES = 16

# How messages name each encoding (the code says, in each language, what the encoding is for).
NAMES = {CP1256: "Windows-1256", LATIN1: "Latin-1/Windows-1252", UTF16_NO_BOM: "UTF-16"}
_CODES = {CP1256: "csv.cp1256", LATIN1: "csv.latin1", UTF16_NO_BOM: "csv.utf16_no_bom"}

_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")


def guess(data: bytes) -> str | None:
    """CP1256, LATIN1 or UTF16_NO_BOM for bytes that are not UTF-8, or None when no guess is safe."""
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return None
    nul = sample.count(0)
    if nul * 5 >= len(sample) and len(sample) >= MIN_UTF16_BYTES:
        # ASCII in UTF-16: every other byte is 0, all on one side.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        return UTF16_NO_BOM if max(even, odd) >= 0.9 * nul else None
    runs = _HIGH_RUN.findall(sample)
    high = sum(map(len, runs))
    if high < MIN_EVIDENCE:
        return None     # a stray byte or two say nothing of an encoding
    broken = sample.decode("utf-8", "replace").count("\ufffd")
    if broken * 4 < high:
        return None     # mostly valid UTF-8: damaged, not another encoding
    arabic = len(_ARABIC_LETTER.findall(sample.decode("cp1256", "replace")))
    if arabic >= 0.6 * high and high / len(runs) >= 2:
        return CP1256
    latin = sum(1 for ch in sample.decode("cp1252", "replace") if ord(ch) >= 0x80 and ch.isalpha())
    if latin >= 0.6 * high:
        return LATIN1
    return None


def bom_encoding(head: bytes) -> str:
    """UTF16 when the bytes start with a UTF-16 byte-order mark, else UTF8."""
    return UTF16 if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else UTF8


def first_bad_byte(head: bytes) -> int | None:
    """The offset of the first byte of `head` that is not UTF-8, or None; a character cut off by the end
    of `head` is no error (the rest of the file has it)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def check_head(head: bytes, name: str, line_offset: int = 0) -> str:
    """The encoding to read a text file in, UTF8 or UTF16, from its first bytes; InputError naming the
    encoding (and where the first byte that is not UTF-8 is) when it is neither.

    A head that is UTF-8 but for a few bytes passes: its bad lines are reported one by one.
    """
    if bom_encoding(head) == UTF16:
        return UTF16
    bad = first_bad_byte(head)
    if bad is None:
        if head.count(0) * 5 >= len(head) and guess(head) == UTF16_NO_BOM:
            _refuse(UTF16_NO_BOM, head, 0, name, line_offset)
        return UTF8
    found = guess(head)
    if found is None:
        return UTF8
    return _refuse(found, head, bad, name, line_offset)


def _refuse(found: str, head: bytes, offset: int, name: str, line_offset: int) -> NoReturn:
    line = line_offset + head.count(b"\n", 0, offset) + 1
    raise InputError(_CODES[found], where=Where(name, line), encoding=NAMES[found], offset=offset)


def named(data: bytes) -> tuple[str, str] | None:
    """(error code, encoding's name) for bytes that are not UTF-8 but recognisably Windows-1256 or
    Latin-1, else None (the caller says they are not valid UTF-8)."""
    found = guess(data)
    if found is None or found == UTF16_NO_BOM:
        return None
    return _CODES[found], NAMES[found]


def line_problem(raw: bytes, where: Where, offset: int) -> InputError | None:
    """For one line that is not UTF-8: the error naming its encoding when it is recognisably another
    one, else None."""
    found = named(raw)
    if found is None:
        return None
    return InputError(found[0], where=where, encoding=found[1], offset=offset)
