"""«وروى أحد الناجين، وهو شاب سوداني يدعى مجاهد عثمان إدريس، لـ"…" أن»: an aside that opens on «وهو/وهي»
and says who the person just described is called: the name after «يدعى/تدعى», of two words or more,
ending the aside. Read by `appositions.phrase_after`, which otherwise skips such an aside."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase

# What says what someone is called: «ويدعى محمد …»، «واسمها …» (also read by `appositions`)
CALLED = frozenset(arabic.normalize(w) for w in ("يدعى", "ويدعى", "تدعى", "وتدعى", "واسمه", "واسمها"))
# Inside an aside that opens on «وهو/وهي» the name comes with no «و»: «، وهو شاب يدعى …»، «، وهي امرأة اسمها …»
_CALLED_IN_ASIDE = frozenset(w[1:] if w.startswith("واسم") else w for w in CALLED)


def name_called_in_aside(an: Analysis, a: int, b: int) -> Phrase | None:
    """The name given after «يدعى» in the aside [a, b) that opens on «وهو/وهي», or None."""
    called = next((x for x in range(a + 1, b - 2) if an.words[x] in _CALLED_IN_ASIDE), None)
    if called is None:
        return None
    ph = parse_phrase(an, called + 1, b)
    if ph is None or not ph.name or ph.title or ph.kind != "person" or ph.name[1] - ph.name[0] < 2 or ph.j != b:
        return None
    return ph


def called_in_aside_at(an: Analysis, b: int, parts: list[tuple[int, int]]) -> Phrase | None:
    """The name after «يدعى» in the aside among `parts` (a clause's parts, as (start, end)) that opens
    at b on «وهو/وهي»: «أحد الناجين، وهو شاب سوداني يدعى مجاهد عثمان إدريس،»؛ None when there is none."""
    aside = next((p for p in parts if p[0] == b and an.words[p[0]] in ("وهو", "وهي")), None)
    return name_called_in_aside(an, *aside) if aside else None
