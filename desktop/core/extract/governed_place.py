"""The place a governor governs, read as a name's first word (a part of name_whole's last check).

«والي باتنة محمد بن مالك»، «محافظ بنها أحمد سالم»: an office of a place in construct («والي»،
«محافظ»، «حاكم»، «عمدة») governs the place written right after it. When the gazetteer does not
know that place, the parse reads it as the first word of the holder's name. A name opens on a given
name; a first word that is none, followed by a known given name that opens the rest of the name,
is the place governed: it goes to the title, and the name starts at the given name.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis, Phrase, has_break, has_phrase_break
from desktop.core.extract.context_places import written_as_place
from desktop.core.extract import lexicon
from desktop.core.extract.name_end import name_length
from desktop.core.extract.name_evidence import known_first_word

# Offices over a place, written in construct with it; «الوالي» is the form Analysis gives the
# indefinite «والي» when it reads it as the office.
_PLACE_OFFICES = frozenset(arabic.normalize(w) for w in ("الوالي", "والي", "محافظ", "حاكم", "عمدة"))


def place_governed(an: Analysis, ph: Phrase) -> Phrase:
    """`ph` with the governed place moved from its name to its title (see the module)."""
    if ph.kind != "person" or ph.name is None or not ph.title:
        return ph
    a, b = ph.name
    t = ph.title[-1]
    split = _place_split(an, ph)
    if split:
        return replace(ph, title=[*ph.title, *range(a, a + split)], name=(a + split, b))
    if t != a - 1 or an.words[t] not in _PLACE_OFFICES or an.doc.tokens[t].text.startswith("ال") or b - a < 3:
        return ph
    written = _place_size(an, a, b)      # a place the article writes as one elsewhere
    size = max(written, 1)
    place, given = an.words[a], an.words[a + size]
    # «والي آدرار سيدي ولد محمد الأمين»: a Mauritanian name is told by its «ولد/منت» too
    named = known_first_word(given) or an.words[a + size + 1] in ("ولد", "منت") or written > 0
    if place.startswith("ال") or known_first_word(place) or given.startswith("ال") or not named \
            or any(has_phrase_break(an.doc.gap(k)) for k in range(a + 1, a + size + 1)):
        return ph
    # the name was read to a length that counted the place: its last word may follow
    # («والي كوركول محمد الأمين ولد أحمد جدو»)
    words = an.words
    while b < len(words) and b == ph.j and not has_phrase_break(an.doc.gap(b)) and words[b].isalpha() \
            and not words[b].startswith("ال") and words[b] not in lexicon.stop_words() \
            and words[b] not in lexicon.prepositions() and not an.is_time(b) and not an.is_verb(b) \
            and not an.is_common_word(b) and not (words[b][:1] == "و" and words[b] not in ("ولد", "وداعة")) \
            and name_length(words, a + 1, b + 1) <= 4:
        b += 1
    return replace(ph, j=max(ph.j, b), title=[*ph.title, *range(a, a + size)], name=(a + size, b))


def _place_size(an: Analysis, a: int, b: int) -> int:
    """How many of the name's first words are a place the article writes elsewhere as one («عمدة
    سابورو كاتسوهيرو أكيموتو» with «سابورو –» as the dateline; «عمدة بورتو أليغري سيباستياو ميلو»
    with «العاصمة بورتو أليغري»), a name word or more left after it; 0 when none is."""
    for size in (2, 1):
        if b - a - size >= 1 and written_as_place(an.words, an.doc.gap, a, size):
            return size
    return 0


# A place's local authority, named by its place: «بلدية صفاقس»، «محافظة القدس»، «أمانة عمان».
_AUTHORITIES = frozenset(arabic.normalize(w) for w in ("بلدية", "محافظة", "ولاية", "أمانة", "إمارة"))


def authority_of_place(an: Analysis, k: int) -> bool:
    """«وأعلنت بلدية صفاقس أن …»: a municipality or a governorate in construct with a place the
    gazetteer lists is the local authority, a body that reports (the book reads it whole)."""
    return an.words[k] in _AUTHORITIES and (k + 1) in an.gaz_at and not has_break(an.doc.gap(k + 1))


def _place_split(an: Analysis, ph: Phrase) -> int:
    """«عمدة نوفو هامبورغو غوستافو فينك» with «مدينة نوفو هامبورغو»: the title took the place's first
    word, its name the rest; how many name words end the place the article writes elsewhere (0: none)."""
    a, b = ph.name
    if a - 1 not in ph.title or an.words[a - 1] in _PLACE_OFFICES or a - 2 not in ph.title \
            or an.words[a - 2] not in _PLACE_OFFICES or an.doc.tokens[a - 2].text.startswith("ال"):
        return 0
    return next((n for n in (2, 1) if b - a - n >= 1 and written_as_place(an.words, an.doc.gap, a - 1, n + 1)), 0)
