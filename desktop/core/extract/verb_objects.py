"""«وتابع المباراة من المنصة»: «تابع» (went on; also followed, watched) before a definite noun that
names a thing, not a speaker, a body or a document, takes that thing as its object: no verb of
speech there. Read by `Analysis.is_verb`."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.gaps import has_break
from desktop.core.extract.name_evidence import known_first_word

_FOLLOWED = lexicon.forms("تابع وتابع تابعت وتابعت يتابع ويتابع تتابع وتتابع")


def follows_a_thing(an, k: int) -> bool:
    """Whether token k is «تابع» with a thing as its object. (`an` is an `Analysis`; this module
    imports none, so that `analysis` may import it.)"""
    words = an.words
    if words[k] not in _FOLLOWED or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    bare = nxt[2:]
    # (not «وتابع الشمري، بحسب البيان، أن»: a family name, the phrase ending after it)
    then = words[k + 2] if k + 2 < len(words) and not has_break(an.doc.gap(k + 2)) else ""
    if not then or then in lexicon.complementisers() or nxt.endswith("ي") or has_break(an.doc.gap(k + 1)) \
            or any(ch in an.doc.gap(k + 1) for ch in "\"«“:"):
        return False      # («وتابع: "الموسم الجديد …"»: the quotation, not an object)
    if any(words[x] == nxt and x > 0 and known_first_word(words[x - 1]) for x in range(len(words))):
        return False      # («وتابع الصيد بحسرة» after «نبيل الصيد»: his family name)
    return nxt.startswith("ال") and (k + 1) not in an.gaz_at and nxt not in lexicon.title_heads() \
        and bare not in lexicon.org_heads() and nxt not in lexicon.org_heads() and bare not in lexicon.descriptor_heads() \
        and nxt not in lexicon.report_nouns() and bare not in lexicon.document_nouns() and nxt not in lexicon.document_nouns()
