"""Where an unnamed source works, written after «في»: «مصدر ملاحي في ميناء صلالة»، «مصدر طبي في
مستشفى الجلاء». An indefinite building or site («ميناء»، «مستشفى»، «مصنع»، «مطار») is in construct
with its own name, so the source is not whole without it: «مصدر طبي» alone is any doctor anywhere.
The site's noun must be followed by its name on the same clause; a site with no name after it
(«في مستشفى،») or a definite one is left to the other rules."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break
from desktop.core.extract.phrase_parts import SOURCE_HEADS

# The longest name a site takes after its noun («مستشفى الملك فهد الجامعي»).
_NAME_WORDS = 4

_IN = arabic.normalize("في")


def _name_word(an: Analysis, k: int) -> bool:
    """Token k may be a word of a site's name: a plain word joined with no break nor quotation."""
    w = an.words[k]
    gap = an.doc.gap(k)
    return (w.isalpha() and len(w) >= 2 and not has_phrase_break(gap) and not any(ch in QUOTE_MARKS for ch in gap)
            and w not in lexicon.stop_words() and w not in lexicon.prepositions() and not an.is_time(k)
            and not an.is_verb(k) and not an.is_report_noun(k) and not an.is_participle(k)
            and not an.is_outlet(k) and not an.is_according(k) and not an.is_common_word(k))


def site_of_source(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The last token of «في + site + its name» at k after an unnamed source («مصدر …»), or k - 1
    when the text is not so."""
    words = an.words
    if not ph.title or words[ph.title[0]] not in SOURCE_HEADS or words[k] != _IN or k + 2 >= j:
        return k - 1
    site = words[k + 1]
    if site not in lexicon.premises_nouns() or has_phrase_break(an.doc.gap(k + 1)) or not _name_word(an, k + 2):
        return k - 1
    end = k + 2
    while end + 1 < j and end + 1 - (k + 2) < _NAME_WORDS and _name_word(an, end + 1) \
            and (words[end + 1].startswith("ال") or (end + 1) in an.gaz_at):
        end += 1      # «مستشفى الملك فهد»: the name goes on while its words are definite or known
    return end
