"""The analyser: Lucene's published test vectors, DESIGN's extra folds, properties."""
import pytest
from hypothesis import given, settings, strategies as st

from desktop.core import arabic

# Lucene TestArabicNormalizationFilter
LUCENE_NORMALIZER = [
    ("آجن", "اجن"), ("أحمد", "احمد"), ("إعاذ", "اعاذ"), ("بنى", "بني"),
    ("فاطمة", "فاطمه"), ("روبرـــــت", "روبرت"), ("مَبنا", "مبنا"), ("علِي", "علي"),
    ("بُوات", "بوات"), ("ولداً", "ولدا"), ("ولدٍ", "ولد"), ("ولدٌ", "ولد"),
    ("نلْسون", "نلسون"), ("هتميّ", "هتمي"),
]

# Lucene TestArabicStemFilter (input normalised first, as ArabicAnalyzer does)
LUCENE_STEMMER = [
    ("الحسن", "حسن"), ("والحسن", "حسن"), ("بالحسن", "حسن"), ("كالحسن", "حسن"),
    ("فالحسن", "حسن"), ("للاخر", "اخر"), ("وحسن", "حسن"), ("زوجها", "زوج"),
    ("ساهدان", "ساهد"), ("ساهدات", "ساهد"), ("ساهدون", "ساهد"), ("ساهدين", "ساهد"),
    ("ساهديه", "ساهد"), ("ساهدية", "ساهد"), ("ساهده", "ساهد"), ("ساهدة", "ساهد"),
    ("ساهدي", "ساهد"), ("وساهدون", "ساهد"), ("ساهدهات", "ساهد"), ("الو", "الو"),
    ("English", "english"),
]

DESIGN_FOLDS = [
    ("ٱلله", "الله"), ("مؤتمر", "مءتمر"), ("رئيس", "رءيس"), ("کتاب", "كتاب"),
    ("یوم", "يوم"), ("ۀ", "ه"), ("ہ", "ه"), ("٢٠٢٤", "2024"), ("۱۹۹۰", "1990"),
    ("Éléphant", "elephant"), ("STRASSE", "strasse"), ("ﻻ", "لا"), ("ﷲ", "الله"),
    ("ع\u200bر\u200fا\u202bق\u2067\ufeff", "عراق"), ("العــراق", "العراق"),
    ("القرآن", "القران"), ("ذٰلك", "ذلك"), ("ﺍﻟﻌﺮﺍﻕ", "العراق"),
]


@pytest.mark.parametrize("raw, expected", LUCENE_NORMALIZER)
def test_lucene_normalizer_vectors(raw, expected):
    assert arabic.normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", LUCENE_STEMMER)
def test_lucene_stemmer_vectors(raw, expected):
    assert arabic.stem(arabic.normalize(raw)) == expected


@pytest.mark.parametrize("raw, expected", DESIGN_FOLDS)
def test_design_folds(raw, expected):
    assert arabic.normalize(raw) == expected


def test_election_forms_meet_on_one_stem():
    stems = {arabic.stem(arabic.normalize(w)) for w in ("الانتخابات", "انتخابات", "والانتخابات", "وبالانتخابات",
                                                        "وللانتخابات", "فبالانتخابات", "فللانتخابات",
                                                        "وكالانتخابات")}
    assert stems == {"انتخاب"}


@pytest.mark.parametrize("forms", [("مسؤول", "مسئول", "مسءول"), ("شؤون", "شئون"), ("المسؤولون", "المسئولون"),
                                   ("رئيس", "ر\u064a\u0654يس"), ("مسؤول", "مسو\u0654ول")])
def test_the_hamza_on_its_seats_meets(forms):
    """DESIGN 4.3: ؤ, ئ and ء meet, however they are typed (a seat followed by U+0654 too)."""
    assert len({arabic.normalize(w) for w in forms}) == 1
    assert len({arabic.normalize_with_map(w)[0] for w in forms}) == 1
    assert len({arabic.stem(arabic.normalize(w)) for w in forms}) == 1


def test_stacked_proclitics_spare_root_waw_words():
    assert arabic.stem(arabic.normalize("وكالات")) == arabic.stem(arabic.normalize("الوكالات"))
    assert arabic.stem(arabic.normalize("وبالوزارة")).startswith("وزار")


@pytest.mark.parametrize("forms", [
    ("وزارة", "الوزارة", "والوزارة", "ووزارة", "بالوزارة"),
    ("وزير", "الوزير", "والوزير", "للوزير"),
    ("واشنطن", "وواشنطن"),
])
def test_root_waw_words_keep_their_waw(forms):
    stems = {arabic.stem(arabic.normalize(w)) for w in forms}
    assert len(stems) == 1 and next(iter(stems)).startswith("و")


def test_conjunction_waw_is_still_stripped():
    assert arabic.stem(arabic.normalize("وحسن")) == "حسن"
    assert arabic.stem(arabic.normalize("وقال")) == "قال"


def test_tokens_carry_original_spans():
    text = "قال علاوي: «الإنتخاباتُ» في ٢٠٢٤"
    toks = arabic.tokenize(text)
    assert [t.norm for t in toks] == ["قال", "علاوي", "الانتخابات", "في", "2024"]
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert toks[2].text == "الإنتخاباتُ"  # the trailing damma belongs to the word
    assert toks[4].text == "٢٠٢٤"


def test_ligature_token_maps_to_whole_character():
    toks = arabic.tokenize("ﻻ شيء")
    assert (toks[0].norm, toks[0].start, toks[0].end) == ("لا", 0, 1)


def test_digits_both_ways():
    assert arabic.to_western_digits("٢٠٢٥ و۱۴") == "2025 و14"
    assert arabic.to_arabic_indic_digits("2025") == "٢٠٢٥"


def test_index_forms():
    norm, stemmed = arabic.index_forms("والانتخابات في العراقِ")
    assert norm == "والانتخابات في العراق"
    assert stemmed == "انتخاب في عراق"


texts = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    st.sampled_from(list(" «»\"“”.,،؛:-–\n\u200b\u200f\u202b\u2067\u0640ßİÉé0123456789")),
    st.characters(),
), max_size=80)


@given(texts)
def test_analyser_never_raises_and_is_idempotent(text):
    norm = arabic.normalize(text)
    assert arabic.normalize(norm) == norm
    for w in arabic.words(norm):
        s = arabic.stem(w)
        assert s and w.endswith(s) or w.find(s) >= 0


@given(texts)
def test_fast_and_mapped_paths_agree(text):
    norm, mapping = arabic.normalize_with_map(text)
    assert norm == arabic.normalize(text)
    assert len(mapping) == len(norm) + 1
    assert all(0 <= m <= len(text) for m in mapping)
    assert mapping == sorted(mapping)


@settings(max_examples=500)
@given(texts)
def test_character_table_agrees_with_the_whole_string_pipeline(text):
    # normalize() translates character by character through a table; the
    # reference is NFKC + casefold + NFKD + folds over the whole string.
    assert arabic.normalize(text) == arabic._pipeline(text)


@given(texts)
def test_token_offsets_in_bounds(text):
    # One original character may expand into several tokens ("¼" -> "1", "4"),
    # so spans never go backwards but may share a character.
    prev_start = 0
    for tok in arabic.tokenize(text):
        assert prev_start <= tok.start < tok.end <= len(text)
        assert tok.norm in arabic.normalize(tok.text)
        prev_start = tok.start


@settings(max_examples=300)
@given(texts, st.data())
def test_highlight_skip_never_hides_a_match(text, data):
    # highlight.spans skips tokenizing a text whose normal form holds no term's first stem;
    # the spans must be those a full tokenization finds, for words taken from the text or not.
    from desktop.core import highlight
    from desktop.core.query import Term
    words = arabic.words(arabic.normalize(text)) or ["قاعده"]
    chosen = data.draw(st.lists(st.one_of(st.sampled_from(words), st.text(min_size=1, max_size=6)),
                                min_size=1, max_size=3))
    terms = [Term(tuple(arabic.words(arabic.normalize(w)))[:1], prefix=data.draw(st.booleans()))
             for w in chosen if arabic.words(arabic.normalize(w))]
    toks = arabic.tokenize(text)
    full = []
    for term in terms:
        for i in range(len(toks)):
            if highlight._word_matches(toks[i], term.words[0], term.stems[0], term.prefix):
                full.append((toks[i].start, toks[i].end))
    assert highlight.spans(text, terms) == highlight.merge(full)
