"""«الروماني» (رومانيا)، «المصري» (مصر)، «الإسباني» (إسبانيا): whether a definite nisba names a
country the gazetteer knows. A leaf module: the name readers and the book both ask it."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis


def country_nisba(an: Analysis, word: str) -> bool:
    """Whether the normalised `word` is the definite nisba of a country in the gazetteer."""
    # («الفرنسية»: the feminine nisba too)
    stem = word[2:-1] if word.startswith("ال") and word.endswith("ي") else \
        word[2:-2] if word.startswith("ال") and word.endswith("يه") else ""
    if not stem:
        return False
    if stem in _DIVIDED_COUNTRIES:
        return True       # «المترجمة الكورية»: Korea's nisba, whose two states the gazetteer lists by their halves
    if any(e.kind == "place" and e.type == "country" for e in an.gaz.lookup("ال" + stem + "ه")):
        return True       # «البوسني»: «البوسنة» (a country only: «المنصوري» is no nisba of «المنصورة»)
    # («الكونغولي»، «التوغولي»: a country in «و» takes «لي»)
    names = (stem, "ال" + stem, stem + "يا", stem + "ا") + ((stem[:-1], "ال" + stem[:-1]) if stem.endswith("ول") else ())
    return any(e.kind == "place" for name in names for e in an.gaz.lookup(name))


def national_branch(an: Analysis, i: int, j: int) -> bool:
    """«الصليب الأحمر السويدي»، «الهلال الأحمر السوداني»: a world body the gazetteer lists at token i,
    then a country's nisba before j: that country's own society, not the world body."""
    mention = an.gaz_at.get(i)
    # («الاتحاد الإفريقي لكرة القدم»: the listed union's name, then a sport: the sport's federation)
    return mention is not None and mention.j < min(j, len(an.words)) and (country_nisba(an, an.words[mention.j])
                                                      or an.words[mention.j] in _SPORTS)


# Countries the gazetteer lists only as their halves («كوريا الجنوبية»، «كوريا الشمالية»), by the
# stem of the nisba both share
_DIVIDED_COUNTRIES = frozenset({arabic.normalize("كور")})

_SPORTS = frozenset(arabic.normalize(w) for w in ("لكرة", "لألعاب", "للألعاب", "للرياضة", "للرياضات"))


def branch_named_before(an: Analysis, i: int, j: int) -> tuple[int, int] | None:
    """«وأضاف الصليب الأحمر» after «وأفاد الصليب الأحمر الإيطالي»: the world body's name alone at
    [i, j), when the article named only one country's society of it before: that society's span."""
    mention = an.gaz_at.get(i)
    if mention is None or mention.j != j:
        return None
    before = {(x, an.gaz_at[x].j + 1) for x in range(i) if x in an.gaz_at and an.gaz_at[x].j - x == j - i
              and an.words[x:an.gaz_at[x].j] == an.words[i:j] and national_branch(an, x, an.gaz_at[x].j + 1)}
    names = {an.words[b - 1] for _, b in before}
    return max(before) if len(names) == 1 else None
