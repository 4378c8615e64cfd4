"""The index rows of records: the analysis that fills them, piece by piece, is the analyser's."""
from hypothesis import given, settings, strategies as st

from desktop.core import indexing

# Whitespace of every kind splits pieces; compatibility characters such as
# "¨" normalise into a space inside a piece; astral characters send the
# analyser down its whole-string path; marks may start a piece.
WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
texts = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    st.sampled_from(list(WHITESPACE)),
    st.sampled_from(list("«»\"“”.,،؛:-–_\u200b\u200f\u0640¨¯´ßİÉé¼0123456789\u0301\u064b")),
    st.sampled_from(["\U0001d400", "\U0001f600", "\U00020000", "\U000e0100"]),
    st.characters(),
), max_size=80)


@settings(max_examples=1000)
@given(texts)
def test_piecewise_analysis_is_the_whole_text_analysis(text):
    analysed = indexing.Analysed(lambda kind, key: [])
    assert analysed.text(text) == indexing.analyse(text)
    # A second time, from the remembered pieces.
    assert analysed.text(text) == indexing.analyse(text)


def test_the_piece_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(indexing._Pieces, "LIMIT", 3)
    analysed = indexing.Analysed(lambda kind, key: [])
    text = "والانتخابات في العراق، ثم الانتخابات في بغداد"
    assert analysed.text(text) == indexing.analyse(text)
    assert len(analysed._pieces) <= 3


def test_own_analysis_of_a_record():
    analysed = indexing.Analysed(lambda kind, key: [])
    record = {"kind": "source", "id": "source:a", "title": "بيان  الوزارة", "body": "قالت الوزارةُ إن ...",
              "outlet": "Reuters"}
    name_norm, name_stem, body_stem, digest = analysed.own(record, with_hash=True)
    assert (name_norm, name_stem) == indexing.analyse("بيان  الوزارة")
    assert body_stem == indexing.analyse("قالت الوزارةُ إن ...\nReuters")[1]
    assert digest is not None and analysed.own(record).digest is None


def test_the_search_text_of_each_kind_comes_from_the_registry():
    """Names and titles rank above bodies; the names of what a record refers to join its body."""
    quote = {"kind": "quote", "id": "quote:q", "text": "نص الاقتباس", "speaker": "actor:a", "context": "سياق",
             "notes": "ملاحظة", "tags": ["وسم"]}
    name, body, related = indexing.doc_parts(quote)
    assert name == "نص الاقتباس" and body == "سياق\nملاحظة\nوسم" and related == [("actor", "actor:a")]
    event = {"kind": "event", "id": "event:e", "title": "حدث", "place": "place:p",
             "actors": [{"actor": "actor:a", "role": "طرف"}, {"actor": "actor:b"}]}
    assert indexing.related_of(event) == [("place", "place:p"), ("actor", "actor:a"), ("actor", "actor:b")]
    names = {"actor:a": ["حسين علاوي", "Allawi"]}
    analysed = indexing.Analysed(lambda kind, key: names.get(key, []))
    assert "allawi" in analysed.analysis(quote).body_stem.split()
