"""A briefing PDF whose text copies out as the Arabic that was written, not its shaped glyph forms.

Qt's PDF writer maps each glyph back to a character through the font's own
character map, searching code points in order. A shaped Arabic glyph (the
initial, medial or final form of a letter, a lam-alef ligature) is reached in
that map only through its presentation-form code point (U+FB50-U+FDFF,
U+FE70-U+FEFF), so copying text or running `pdftotext` gave ﻣﻮﺟﺰ for موجز,
and searching the PDF for موجز found nothing in many viewers.

This rewrites each font's ToUnicode map so that such a glyph stands for the
base letters (their NFKC form: ﻣ -> م, ﻻ -> لا), then moves the cross-reference
offsets that the longer maps shift. Viewers put RTL text back into logical
order themselves from the letters' bidi class, which base letters share with
their presentation forms. Pure bytes in, bytes out: no Qt, and the drawing
itself is untouched.

Qt writes an uncompressed ToUnicode stream, a classic cross-reference table
and no object streams (PDF 1.4); a PDF without them is returned unchanged.
"""
from __future__ import annotations

import re
import unicodedata

_TO_UNICODE_REF = re.compile(rb"/ToUnicode (\d+) 0 R")
_BLOCK = re.compile(rb"(\d+) begin(bfchar|bfrange)\s(.*?)end\2", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>|\[|\]")
_PER_BLOCK = 100            # the most entries one bfchar block may hold


def logical_text_layer(pdf: bytes) -> bytes:
    """`pdf` with every ToUnicode map giving base Arabic letters for shaped glyphs."""
    streams = sorted({int(m.group(1)) for m in _TO_UNICODE_REF.finditer(pdf)})
    edits: list[tuple[int, int, bytes]] = []          # (start, end, replacement) in the original bytes
    for number in streams:
        found = _stream(pdf, number)
        if found is None:
            return pdf
        start, end, cmap = found
        mapping = _parse(cmap)
        if not any(_is_presentation_form(text) for text in mapping.values()):
            continue
        rewritten = _write(cmap, {glyph: _base_letters(text) for glyph, text in mapping.items()})
        edits.append((start, end, rewritten))
    if not edits:
        return pdf
    return _apply(pdf, edits)


def _stream(pdf: bytes, number: int) -> tuple[int, int, bytes] | None:
    """The object's dictionary-to-endobj span and its stream's bytes, when it is a plain stream."""
    head = re.search(rb"(?<![0-9])%d 0 obj\s*<< /Length (\d+) >>\s*stream\n" % number, pdf)
    if head is None:
        return None
    length = int(head.group(1))
    body_start = head.end()
    body_end = body_start + length
    tail = re.compile(rb"\s*endstream\s*endobj").match(pdf, body_end)
    if tail is None:
        return None
    return head.start(), tail.end(), pdf[body_start:body_end]


def _parse(cmap: bytes) -> dict[int, str]:
    """glyph id -> the text it stands for, from bfchar and bfrange blocks."""
    mapping: dict[int, str] = {}
    for block in _BLOCK.finditer(cmap):
        tokens = [m.group(1) if m.group(1) is not None else m.group(0) for m in _HEX.finditer(block.group(3))]
        if block.group(2) == b"bfchar":
            for glyph, text in zip(tokens[0::2], tokens[1::2]):
                mapping[int(glyph, 16)] = _text(text)
            continue
        i = 0
        while i + 2 < len(tokens):
            first, last = int(tokens[i], 16), int(tokens[i + 1], 16)
            if tokens[i + 2] == b"[":
                close = tokens.index(b"]", i + 3)
                for offset, text in enumerate(tokens[i + 3:close]):
                    mapping[first + offset] = _text(text)
                i = close + 1
            else:
                base = _text(tokens[i + 2])
                for offset in range(last - first + 1):
                    mapping[first + offset] = base[:-1] + chr(ord(base[-1]) + offset) if base else base
                i += 3
    return mapping


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def _is_presentation_form(text: str) -> bool:
    return any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in text)


def _base_letters(text: str) -> str:
    """NFKC of the presentation forms. A ligature's letters (ﻻ -> لا) are given in drawing order,
    right to left reversed: viewers reverse an RTL run character by character, a glyph's letters too."""
    if not _is_presentation_form(text):
        return text
    return "".join(unicodedata.normalize("NFKC", c)[::-1] if _is_presentation_form(c) else c for c in text)


def _write(cmap: bytes, mapping: dict[int, str]) -> bytes:
    """The CMap with its mapping blocks replaced by bfchar blocks of `mapping`."""
    blocks = list(_BLOCK.finditer(cmap))
    entries = [b"<%04X> <%s>" % (glyph, text.encode("utf-16-be").hex().upper().encode())
               for glyph, text in sorted(mapping.items()) if text]
    chunks = [entries[i:i + _PER_BLOCK] for i in range(0, len(entries), _PER_BLOCK)]
    body = b"".join(b"%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), b"\n".join(chunk)) for chunk in chunks)
    return cmap[:blocks[0].start()] + body + cmap[blocks[-1].end():].lstrip(b"\n")


def _apply(pdf: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Replace each stream object, then move every cross-reference offset after it."""
    out, last, shifts = [], 0, []
    for start, end, cmap in sorted(edits):
        number = re.match(rb"(\d+) 0 obj", pdf[start:end]).group(1)
        replacement = b"%s 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj" % (number, len(cmap), cmap)
        out += [pdf[last:start], replacement]
        shifts.append((end, len(replacement) - (end - start)))
        last = end
    out.append(pdf[last:])
    result = b"".join(out)
    return _moved_xref(result, shifts)


def _moved_xref(pdf: bytes, shifts: list[tuple[int, int]]) -> bytes:
    def moved(offset: int) -> int:
        return offset + sum(delta for at, delta in shifts if offset >= at)

    start = pdf.rindex(b"startxref")
    xref_at = int(pdf[start + len(b"startxref"):].split()[0])
    new_xref_at = moved(xref_at)
    table = re.compile(rb"xref\n(\d+) (\d+)\n").match(pdf, new_xref_at)
    if table is None:
        return pdf
    count = int(table.group(2))
    entries_at = table.end()
    fixed = bytearray(pdf)
    for i in range(count):
        line = pdf[entries_at + 20 * i: entries_at + 20 * (i + 1)]
        offset, kind = line[:10], line[17:18]
        if kind == b"n":
            fixed[entries_at + 20 * i: entries_at + 20 * i + 10] = b"%010d" % moved(int(offset))
    head = bytes(fixed[:start])
    return head + b"startxref\n%d \n%%%%EOF\n" % new_xref_at
