"""«مصدر نقابي بالمستشفى الجامعي الهادي شاكر بصفاقس»: an unnamed source described by the place
it works at, a place named after a person. The name after the building's noun (and its adjective)
is the building's, not the source's: a source has no name of its own. The place the building is
in («بصفاقس») goes on the description."""
from __future__ import annotations

from dataclasses import replace

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.phrase_parts import SOURCE_HEADS


def _premises(word: str) -> bool:
    """A building's noun, with «ال» or «بال/في» on it («بالمستشفى»، «المستشفى»)."""
    for prefix in ("بال", "ال", "لل", "ب", ""):
        if word.startswith(prefix) and word[len(prefix):] in lexicon.premises_nouns():
            return True
    return False


def source_at_named_premises(an: Analysis, ph: Phrase) -> Phrase | None:
    """`ph` read as an unnamed source whose title runs over the building's namesake, or None."""
    if not ph.title or not ph.name or an.words[ph.title[0]] not in SOURCE_HEADS:
        return None
    if not any(_premises(an.words[k]) for k in ph.title[1:]):
        return None
    end = ph.name[1]
    words = an.words
    if end < len(words) and not has_phrase_break(an.doc.gap(end)) and words[end][:1] == "ب" \
            and end in an.gaz_at and an.gaz_at[end].j == end + 1:
        end += 1          # «… بصفاقس»: the town the building is in
    title = list(ph.title) + list(range(ph.name[0], end))
    return replace(ph, title=title, name=None, kind="anonymous", j=max(ph.j, end))
