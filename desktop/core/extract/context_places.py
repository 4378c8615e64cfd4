"""City names that are also common words or given names: «جدة» (Jeddah; a grandmother), «تعز»
(Taiz; «is dear»), «الخليل» (Hebron; Abraham's epithet), «الأقصر» (Luxor; «the shortest»), «سرت»
(Sirte; «spread»), «تدمر» (Palmyra; «destroys») … The gazetteer lists such a name under its entry's
`context_only`, and running text reads it as the place only where it is used as one:

- after a preposition or a place noun, bare or with a clitic («في جدة»، «وفي تعز»، «مدينة الخليل»،
  «بمحافظة ذمار»، «شمال سرت»);
- with a clitic preposition on it («بجدة»، «لتعز»، «للخليل»);
- joined by «و» to a place named just before or after it («مكة وجدة»، «بين صنعاء وتعز»، «الأقصر
  وأسوان»);
- followed by an adjective of a listed place («جدة السعودية»، «تعز اليمنية»);
- as a dateline at the head of a line («جدة - …»، «تعز (رويترز) -»).

Anywhere else it is the common word: «جدة الطفل»، «سرت شائعات»، «إبراهيم الخليل».

Names whose common reading is as likely in those places too are not listed bare at all, only with a
qualifier («مدينة صور»: «في صور الضحايا»; «مدينة العين»: «بالعين المجردة»; «مدينة مشهد»: «في مشهد
مؤثر»)."""
from __future__ import annotations

from typing import Callable

from desktop.core import arabic

# Place nouns in construct: a word after one is a place, whatever it is (normalised; a leading
# «و»/«ف» and a clitic «بـ»/«لـ» on them are taken off first).
_PLACE_NOUNS = frozenset(arabic.normalize(w) for w in (
    "مدينة", "المدينة", "محافظة", "ولاية", "بلدة", "قرية", "إقليم", "قضاء", "ناحية", "منطقة", "العاصمة", "عاصمة"))
# Words after which a context-only name is a place: those, prepositions of place and direction,
# and more nouns of places and the people in them.
_PLACE_CONTEXT = _PLACE_NOUNS | frozenset(arabic.normalize(w) for w in (
    "في", "من", "إلى", "الى", "على", "بين", "داخل", "خارج", "عبر", "نحو", "تجاه", "باتجاه", "اتجاه", "قرب",
    "بالقرب", "حول", "محيط", "حتى", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
    "أنحاء", "أرجاء", "حدود", "ضواحي", "أطراف", "ريف", "مداخل", "شوارع", "أحياء", "مدن", "مناطق", "بلدات",
    "مدينتي", "محافظتي", "ولايتي", "ميناء", "مطار", "مخيم", "حي", "جامعة", "سكان", "أهالي", "محافظ",
    "بلدية", "والي", "الوالي", "قائممقام", "قائمقام",
    "ممثل", "ممثلة", "ممثلو", "ممثلي", "نائب", "نائبة", "نواب", "عمدة"))     # «والي لعصابة»، «قائممقام رانية»: a governor's region; «ممثل قم»: a seat

# «الجهوية»: of a region, as the Maghreb and Mauritania write a body of one («رابطة لعصابة الجهوية لكرة القدم»)
_REGIONAL = frozenset(arabic.normalize(w) for w in ("الجهوي", "الجهوية"))

_DATELINE_MARKS = ("-", "–", "—", "(", ":", "/")


def _bare(word: str) -> list[str]:
    """`word` and its forms without a conjunction and a clitic preposition («وبمدينة» -> «مدينة»)."""
    out = [word]
    if len(word) > 2 and word[0] in "وف":
        out.append(word[1:])
    for w in list(out):
        if len(w) > 3 and w[0] in "بل":
            out.append(w[1:])
            if w.startswith("لل"):
                out.append("ال" + w[2:])
    return out


def _after_word_of(words: list[str], gap: Callable[[int], str], k: int, context: frozenset[str]) -> bool:
    """Whether token k comes right after a word of `context`, no punctuation between."""
    return k > 0 and not any(ch in gap(k) for ch in ".،,؛;:!؟?\n()\"«»") \
        and any(w in context for w in _bare(words[k - 1]))


def _dateline_at(words: list[str], gap: Callable[[int], str], k: int, j: int) -> bool:
    """Whether tokens [k, j) open a line as its dateline («جدة - …»، «سابورو – …»)."""
    return (k == 0 or "\n" in gap(k)) and j < len(words) and gap(j).strip()[:1] in _DATELINE_MARKS


def used_as_place(words: list[str], gap: Callable[[int], str], i: int, j: int, key: tuple[str, ...],
                  after_place: bool, before_place: bool, names_place: Callable[[str], bool]) -> bool:
    """Whether words [i, j), a context-only name listed as `key`, are used as a place.
    `gap(k)`: the text between tokens k-1 and k; `after_place`: a place is named right before it;
    `before_place`: a place joined by «و» follows it; `names_place(word)`: whether a definite nisba
    adjective is of a listed place."""
    first = words[i]
    conj = first != key[0] and first[1:] == key[0] and first[0] in "وف"
    if first != key[0] and not conj:
        return True                        # «بجدة»، «لتعز»، «للخليل»، «وبتعز»
    if conj and after_place:
        return True                        # «مكة وجدة»
    if before_place and not conj and not any(ch in gap(j) for ch in ".،,؛;:!؟?\n"):
        return True                        # «الأقصر وأسوان»
    if _after_word_of(words, gap, i, _PLACE_CONTEXT):
        return True
    if j < len(words) and not gap(j).strip() and words[j].startswith("ال") and words[j].endswith(("ي", "يه")) \
            and (names_place(words[j]) or words[j] in _REGIONAL):
        return True                        # «جدة السعودية»، «رابطة لعصابة الجهوية»: a region's
    return _dateline_at(words, gap, i, j)      # «جدة - …»


def written_as_place(words: list[str], gap: Callable[[int], str], i: int, n: int) -> bool:
    """Whether the `n` words at `i` are written elsewhere in the text as a place the gazetteer need
    not know: after a place noun («مدينة بورتو أليغري»، «العاصمة بورتو أليغري»; a preposition alone
    says too little: «في بيان»), or as the dateline at the head of a line («سابورو – …»)."""
    key = words[i:i + n]
    if i < 0 or not all(w.isalpha() for w in key):
        return False
    for k in range(len(words) - n + 1):
        if k == i or words[k:k + n] != key:
            continue
        if _after_word_of(words, gap, k, _PLACE_NOUNS) or _dateline_at(words, gap, k, k + n):
            return True
    return False
