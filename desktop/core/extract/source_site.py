"""Where an unnamed source works, written after «في»: «مصدر ملاحي في ميناء صلالة»، «مصدر طبي في
مستشفى الجلاء». An indefinite building or site («ميناء»، «مستشفى»، «مصنع»، «مطار») is in construct
with its own name, so the source is not whole without it: «مصدر طبي» alone is any doctor anywhere.
The site's noun must be followed by its name on the same clause; a site with no name after it
(«في مستشفى،») or a definite one is left to the other rules. «بـ» on the site says the same
(«مصدر طبي بمستشفى بشائر»), and so does a part of a service in construct with what it serves
(«مصدر في قطاع شبكات التوزيع»: «مصدر» alone would be any source anywhere)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break
from desktop.core.extract.phrase_parts import SOURCE_HEADS, addressee

# The longest name a site takes after its noun («مستشفى الملك فهد الجامعي»).
_NAME_WORDS = 4

_IN = arabic.normalize("في")
# «مصدر أمني عند نقطة المصنع»: «عند» (at) places a source as «في» does; a checkpoint is a site too
_AT = arabic.normalize("عند")
_CHECKPOINT = arabic.normalize("نقطة")
# What a town is called before its name: «في بلدة أوزدره»، «في قرية …»
TOWN_NOUNS = lexicon.place_nouns() | frozenset(arabic.normalize(w) for w in ("بلدة", "قرية", "مخيم"))


def _name_word(an: Analysis, k: int) -> bool:
    """Token k may be a word of a site's name: a plain word joined with no break nor quotation."""
    w = an.words[k]
    gap = an.doc.gap(k)
    return (w.isalpha() and len(w) >= 2 and not has_phrase_break(gap) and not any(ch in QUOTE_MARKS for ch in gap)
            and w not in lexicon.stop_words() and w not in lexicon.prepositions() and not an.is_time(k)
            and not an.is_verb(k) and not an.is_report_noun(k) and not an.is_participle(k)
            and not an.is_outlet(k) and not an.is_according(k) and not an.is_common_word(k))


# Parts of a service a source works in, in construct with what they serve: «مصدر في قطاع الكهرباء»،
# «مصدر في قسم الطوارئ»، «مصدر في قطاع شبكات التوزيع». Unlike a site, the part is named by the
# definite word that closes its construct, not by a name of its own.
_SECTIONS = frozenset(arabic.normalize(w) for w in ("قطاع", "قسم", "شعبة", "مصلحة", "وحدة", "إدارة", "دائرة", "مديرية"))


def _site_noun(an: Analysis, k: int) -> tuple[str, int]:
    """(the site or section noun, the token its complement starts at) for «في مستشفى …» at k or
    «بمستشفى …» at k; ("", k) when neither."""
    w = an.words[k]
    if w in (_IN, _AT) and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1)):
        return an.words[k + 1], k + 2
    if w.startswith("ب") and not w.startswith("بال") and len(w) >= 5 and w.isalpha():
        return w[1:], k + 1
    return "", k


def site_of_source(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The last token of «في + site + its name» (or «بـ» on the site: «بمستشفى بشائر») at k after
    an unnamed source («مصدر …»), or of «في + section + the definite word closing its construct»
    («في قطاع شبكات التوزيع»); k - 1 when the text is not so."""
    words = an.words
    if not ph.title or words[ph.title[0]] not in SOURCE_HEADS or k + 1 >= j:
        return k - 1
    if _town_before_addressee(an, k, j):
        # «مصادر محلية في مهداي لمراسل الأناضول»: a town no list knows, then who was told
        return k + 2 if an.words[k + 1] in TOWN_NOUNS else k + 1
    site, first = _site_noun(an, k)
    if first >= j or not _name_word(an, first):
        return k - 1
    if site in _SECTIONS:
        end = _construct_end(an, first, j)
        return k - 1 if end is None else end
    if site not in lexicon.premises_nouns() and site != _CHECKPOINT:
        return k - 1
    end = min(j, an.gaz_at[first].j) - 1 if first in an.gaz_at else first     # «مستشفى مقطع لحجار»: a town of two words
    while end + 1 < j and end + 1 - first < _NAME_WORDS and _name_word(an, end + 1) \
            and (words[end + 1].startswith("ال") or (end + 1) in an.gaz_at):
        end += 1      # «مستشفى الملك فهد»: the name goes on while its words are definite or known
    adjectives = end
    while adjectives + 1 < j and adjectives - end < 2 and not has_phrase_break(an.doc.gap(adjectives + 1)) \
            and (words[adjectives + 1] in _SITE_ADJECTIVES or (words[adjectives + 1].startswith("ال") and words[adjectives + 1].endswith(("ي", "يه"))
                                                            and not an.is_time(adjectives + 1) and len(words[adjectives + 1]) >= 5)):
        adjectives += 1   # «مستشفى براوة العام»، «مستشفى سنجة التعليمي»: what kind of site it is
    # «مصدر مطلع في مقر إحياء بحيرة أرومية لمراسل إرنا إن»: a site's name of indefinite words in
    # construct runs to the one spoken to or to «أن/إن»
    told = next((x for x in range(adjectives + 1, min(j, first + _NAME_WORDS + 1))
                 if addressee(words[x]) or words[x] in lexicon.complementisers() or not _name_word(an, x)), None)
    if told is not None and told > adjectives + 1 and (addressee(words[told]) or words[told] in lexicon.complementisers()) \
            and not has_phrase_break(an.doc.gap(told)):
        return told - 1
    return adjectives


_SITE_ADJECTIVES = frozenset(arabic.normalize(w) for w in ("العام", "العامة", "المركزي", "المركزية"))


def _construct_end(an: Analysis, first: int, j: int) -> int | None:
    """The last token of a section's complement from `first`: up to two indefinite nouns, then the
    definite word that closes the construct and its definite adjectives («شبكات التوزيع»،
    «الطب الوقائي»); None when no definite word closes it."""
    words = an.words
    x = first
    while x < j and x - first < 2 and _name_word(an, x) and not words[x].startswith("ال") \
            and not words[x].startswith(("و", "ب", "ل")) and x not in an.gaz_at:
        x += 1
    if x < j and x > first and x in an.gaz_at and not has_phrase_break(an.doc.gap(x)):
        return min(j, an.gaz_at[x].j) - 1      # «مصدر في مديرية زراعة عجلون»: a place closes the construct
    if x >= j or not _name_word(an, x) or not words[x].startswith("ال"):
        return None
    while x + 1 < j and x + 1 - first < _NAME_WORDS and _name_word(an, x + 1) and words[x + 1].startswith("ال"):
        x += 1
    return x


def _town_before_addressee(an: Analysis, k: int, j: int) -> bool:
    """«في مهداي لمراسل الأناضول»: «في» at k and one word no list knows, with no «ال», then the one
    spoken to («لمراسل»، «لوكالة») or «أن/إن»: where the source is, a town the gazetteer lacks."""
    words = an.words
    if words[k] != _IN:
        return False
    if k + 3 < len(words) and words[k + 1] in TOWN_NOUNS and not has_phrase_break(an.doc.gap(k + 2)):
        k += 1        # «في بلدة أوزدره لمراسل الأناضول»: the town after its noun
    if k + 2 >= min(j + 1, len(words)) or (k + 1) in an.gaz_at or not _name_word(an, k + 1):
        return False
    town, nxt = words[k + 1], words[k + 2]
    if town.startswith("ال") or town in lexicon.premises_nouns() or town in _SECTIONS or town in lexicon.org_heads() \
            or town in lexicon.title_heads() or town in lexicon.descriptor_heads() or has_phrase_break(an.doc.gap(k + 2)):
        return False
    return addressee(nxt) or nxt in lexicon.complementisers()
