"""A given name set off by commas after a title, though the word is a common one too: «أكد رئيس
الاتحاد الوطني لعمال التربية والتكوين، صادق دزيري، أن …» («صادق»: truthful). Read by
`title_asides.addressed_given_name` and `named_subject.set_off_name_before`."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break


def set_off_given_name(an: Analysis, k: int) -> bool:
    """Whether token k, a given name the lexicons know right after a comma, opens a name of two or
    three words that closes at the next comma, none of the rest a common word, a verb or a stop word."""
    return k > 0 and an.words[k] in name_lexicon.given_names() and comma(an.doc.gap(k)) \
        and _rest_of_name(an, k + 1)


def _rest_of_name(an: Analysis, k: int) -> bool:
    """One or two more name words from k, then a comma."""
    for e in (k + 1, k + 2):
        if e >= len(an.words) or not all(an.words[x].isalpha() and not an.is_common_word(x) and not an.is_verb(x)
                                         and an.words[x] not in lexicon.stop_words() for x in range(k, e)):
            return False
        if has_phrase_break(an.doc.gap(e)):
            return an.doc.gap(e).strip() in ("،", ",") and all(not has_phrase_break(an.doc.gap(x)) for x in range(k, e))
    return False


def comma(gap: str) -> bool:
    """A comma, maybe after a closing quotation mark («… "كنابست"، مسعود»)."""
    return gap.strip().lstrip('"»”').strip() in ("،", ",")


def inside_he_aside(an: Analysis, i: int, x: int) -> bool:
    """Token x inside an aside «، وهو …» (or «وهي») opened after token i and not closed before x:
    «امبارك ولد الناجي، وهو صياد من مجموعة إيمراكن …، قال»: the group is what he is, no subject."""
    if x > 0 and an.words[x - 1] in ("وهو", "وهي"):
        return True       # («وهو مزارع»: right after the pronoun, whatever comes before it)
    opened = next((y for y in range(x - 1, i - 1, -1) if an.words[y] in ("وهو", "وهي") and comma(an.doc.gap(y))), None)
    return opened is not None and not any(comma(an.doc.gap(y)) for y in range(opened + 1, x + 1))
