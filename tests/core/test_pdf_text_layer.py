"""The briefing PDF's text layer: shaped Arabic glyphs map back to base letters, offsets stay right."""
from __future__ import annotations

import re

from desktop.core.pdf_text_layer import _parse, logical_text_layer

CMAP = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<FEE3> <FEEE> <0627> <FEFB> ]\nendbfrange\n"
        b"1 beginbfchar\n<0005> <FEDF>\nendbfchar\n"
        b"1 beginbfrange\n<0006> <0008> <0041>\nendbfrange\n"
        b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def tiny_pdf(cmap: bytes) -> bytes:
    """A PDF laid out as Qt writes one: plain ToUnicode stream, classic xref table."""
    objects = [b"<< /Type /Catalog >>",
               b"<< /Type /Font /ToUnicode 3 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
               b"<< /Producer (after the map) >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d \n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return out


def xref_points_at_objects(pdf: bytes) -> bool:
    xref_at = int(pdf[pdf.rindex(b"startxref") + 9:].split()[0])
    if not pdf[xref_at:].startswith(b"xref"):
        return False
    lines = pdf[xref_at:].split(b"\n")[3:]
    for number, line in enumerate(lines[:4], start=1):
        if not pdf[int(line[:10]):].startswith(b"%d 0 obj" % number):
            return False
    return True


def test_ranges_arrays_and_single_glyphs_are_read():
    assert _parse(CMAP) == {0: "\x00", 1: "\ufee3", 2: "\ufeee", 3: "\u0627", 4: "\ufefb", 5: "\ufedf",
                            6: "A", 7: "B", 8: "C"}


def test_presentation_forms_become_base_letters_and_offsets_follow():
    before = tiny_pdf(CMAP)
    assert xref_points_at_objects(before)
    after = logical_text_layer(before)
    assert xref_points_at_objects(after)
    stream = re.search(rb"stream\n(.*)\nendstream", after, re.S).group(1)
    assert int(re.search(rb"/Length (\d+)", after).group(1)) == len(stream)
    mapping = _parse(stream)
    assert mapping[1] == "م" and mapping[2] == "و" and mapping[5] == "ل" and mapping[6] == "A"
    assert mapping[4] == "ال"       # lam-alef, in drawing order: readers reverse the run, glyph text too
    assert b"(after the map)" in after


def test_a_pdf_without_presentation_forms_is_left_as_it_was():
    plain = tiny_pdf(CMAP.replace(b"<FEE3> <FEEE> <0627> <FEFB>", b"<0645> <0648> <0627> <0644>")
                     .replace(b"<FEDF>", b"<0644>"))
    assert logical_text_layer(plain) == plain
    assert logical_text_layer(b"not a pdf") == b"not a pdf"
