"""A title and a family name with no given name («الرئيس الغزواني»، «الوزير الحسني») refer back to
the person the article named in full with that office.

The reader takes «الرئيس الغزواني» for a title alone, as «الرئيس المصري» is: a definite word after
a definite title head is most often its adjective. When that word is the last word of a full name
the article gave before, of one person only, and that person was named with the same office head,
it is the family name; a nisba of a listed place («المصري»، «العراقي») stays an adjective.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, strip_conj
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.titles import NAME_CONNECTORS, NOT_OFFICES, bare_title_words, heads_an_office


def titled_surname(an: Analysis, ph: Phrase, full_names: list[tuple[tuple[str, ...], str]],
                   titles: list[tuple[int, str, str]]) -> str | None:
    """The id of the person whose family name follows the bare office head of `ph`, or None."""
    if ph.name is not None or len(ph.title) != 2 or ph.title[1] != ph.title[0] + 1:
        return None
    head, surname = an.words[ph.title[0]], an.words[ph.title[1]]
    head = next((v for v in strip_conj(head) if v.startswith("ال") and v in lexicon.title_heads()), None)
    if head is None or head in NOT_OFFICES or not (surname.startswith("ال") and surname.isalpha()) \
            or surname in NAME_CONNECTORS or _place_nisba(an, surname):
        return None
    ids = {actor_id for full, actor_id in full_names if len(full) >= 2 and full[-1] == surname}
    if len(ids) != 1:
        return None
    actor_id = ids.pop()
    at = an.doc.tokens[ph.i].start
    bare_head = head[2:]
    for pos, holder, title in titles:
        held = bare_title_words(arabic.normalize(title))
        if holder == actor_id and pos < at and (heads_an_office(held, head) or heads_an_office(held, bare_head)):
            return actor_id
    return None


def _place_nisba(an: Analysis, word: str) -> bool:
    """«المصري»، «العراقية»: a nisba whose stem names a listed place («مصر»، «العراق»)."""
    stem = word[2:-2] if word.endswith("يه") else word[2:-1] if word.endswith("ي") else ""
    if not stem:
        return False
    return any(e.kind == "place" for name in (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "ه")
               for e in an.gaz.lookup(name))


def office_word_surname(an: Analysis, ph: Phrase) -> Phrase:
    """«وزير النقل كامل الوزير قد وجّه»: a known given name after a title, then a definite office
    word that nothing follows (the clause goes on: «قد», a verb, a break) is that person's family
    name, not a second office (which takes its complement: «محمد أحمد المتحدث باسم …»)."""
    if ph.kind != "person" or ph.name is None or not ph.title or ph.name[1] - ph.name[0] != 1 or ph.j != ph.name[1]:
        return ph
    k = ph.name[1]
    words = an.words
    if k + 1 >= len(words) or not words[k].startswith("ال") or words[k] not in lexicon.title_heads() \
            or has_phrase_break(an.doc.gap(k)) or not known_first_word(words[k - 1]):
        return ph
    closes = has_phrase_break(an.doc.gap(k + 1)) or words[k + 1] in ("قد", "وقد") \
        or words[k + 1] in lexicon.complementisers() or an.is_verb(k + 1)
    return replace(ph, j=k + 1, name=(ph.name[0], k + 1)) if closes else ph
