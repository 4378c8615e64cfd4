"""Where an article names its own outlet («لـ"بغداد اليوم"»، «بحسب "الغد المشرق"»), and where
the outlet's name is only the town it is named for («والي سوسة» for «سوسة نيوز»، «محكمة مغنية»
for «مغنية أونلاين»). `Analysis.is_outlet` reads the spans found here."""
from __future__ import annotations

from typing import Any

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.gaps import QUOTE_MARKS, has_break

# (`an` below is an `analysis.Analysis`, which imports this module, so it is not imported here)
_GOVERNOR = arabic.normalize("الوالي")


def outlet_spans(an: Any, outlet: str) -> list[tuple[int, int]]:
    """Token spans where the outlet's name is written, less those where it is the town it is
    named for."""
    whole = len(arabic.words(arabic.normalize(outlet))) if outlet else 0
    # «أحد سكان الحي الغربي في قطنا» for «قطنا نيوز»: the short name after «في/من» is the town
    return _spoken_to_by_own_word(an, outlet) + [(a, b) for a, b in _outlet_spans(an.words, outlet)
            if not _place_in_construct(an, a, b) and not (_own_length(outlet) == 1 and _adjective_of_definite(an, a, b))
            and not (b - a < whole and a > 0 and not has_break(an.doc.gap(a))
                     and not any(ch in QUOTE_MARKS for ch in an.doc.gap(a))
                     and not _lam_on(an, a) and _governs_place(an, a - 1, b))]


def _spoken_to_by_own_word(an: Any, outlet: str) -> list[tuple[int, int]]:
    """«وائل نور لروزنة أن» for «راديو روزنة»: the one word after the medium, spoken to with «لـ» (not a
    place: «مديرية … لسطيف» for «إذاعة سطيف»; alone, «الكويت» of «إذاعة الكويت» is the country)."""
    channel = arabic.words(arabic.normalize(_channel(outlet))) if outlet else []
    if len(channel) != 2 or channel[0] not in lexicon.media_nouns() or an.gaz.has_key((channel[1],)):
        return []
    return [(k, k + 1) for k, w in enumerate(an.words) if w == "ل" + channel[1]]


def _channel(outlet: str) -> str:
    """The outlet's name before its bureau or desk («راديو روزنة – مكتب طرطوس»: «راديو روزنة»)."""
    for dash in (" – ", " - ", " — "):
        outlet = outlet.split(dash)[0]
    return outlet


def _lam_on(an: Any, a: int) -> bool:
    """Whether token a carries «لـ» («لصحيفة الخرطوم»، «لبغداد»); a place whose own name opens
    with the letter («ليبيا» of «ليبيا إف إم») does not."""
    w = an.words[a]
    return w[:1] == "ل" and (a not in an.gaz_at or an.gaz.has_key((w[1:],)))


def _governs_place(an: Any, k: int, b: int) -> bool:
    """«في»، «من» or a body's head in construct («محكمة مغنية» for «مغنية أونلاين») before an
    outlet's short name: the town the outlet is named for."""
    w = an.words[k]
    # (after an office, only when the title goes on: «مدرب أم صلال البوسني أدين …»; «محافظ مسندم،»
    # stays the outlet's word, no name)
    office = w in lexicon.title_heads() and b < len(an.words) and not has_break(an.doc.gap(b))
    return w in ("في", "من") or office or w in lexicon.premises_nouns() \
        or (w in lexicon.org_heads() and not w.startswith("ال") and w not in lexicon.media_nouns())


def _own_length(outlet: str) -> int:
    """How many words the outlet's own name has, less its bureau or desk («الاقتصادية – مكتب
    جاكرتا» is one)."""
    name = arabic.words(arabic.normalize(_channel(outlet)))
    return next((x for x in range(1, len(name)) if name[x] in _BUREAU_WORDS), len(name))


def _adjective_of_definite(an: Any, a: int, b: int) -> bool:
    """An outlet named by an adjective («الاقتصادية»، «الوطنية») written right after a definite
    noun it agrees with («الوزير المنسق للشؤون الاقتصادية»، «الجبهة الوطنية») is that adjective;
    «لـ"الاقتصادية"» and «الصحيفة الاقتصادية» stay the outlet, as does a longer outlet's short
    name («الحكومة السورية» for «السورية نت»: the annotators' word too)."""
    if b - a != 1 or a == 0 or not an.words[a].startswith("ال") or _lam_on(an, a):
        return False
    gap = an.doc.gap(a)
    prev = an.words[a - 1]
    bare = "ال" + prev[2:] if prev.startswith("لل") else prev[1:] if prev.startswith(("وال", "بال")) else prev
    return (not has_break(gap) and not any(ch in QUOTE_MARKS for ch in gap) and bare.isalpha()
            and bare.startswith("ال") and bare not in lexicon.media_nouns() and not an.is_verb(a - 1))


def _place_in_construct(an: Any, a: int, b: int) -> bool:
    """An outlet named for a place («الخرطوم»، «المغرب») written as the complement of an
    indefinite noun right before it («والي ولاية الخرطوم»، «هيئة مياه ولاية الخرطوم») is the
    place, part of the name it ends, not the outlet; «لصحيفة الخرطوم» and «لـ"الخرطوم"» stay
    the outlet, as does the dateline («أم درمان – الخرطوم»)."""
    # («دائرة صحة واسط» for «واسط نيوز»: a place the gazetteer knows, written without «ال»)
    if a == 0 or has_break(an.doc.gap(a)) or _lam_on(an, a):
        return False
    prev = an.words[a - 1]
    if prev == _GOVERNOR:
        return True       # «والي سوسة» for «سوسة نيوز», «والي بن عروس»: the wali's place
    if b - a != 1:
        return False
    if not (an.words[a].startswith("ال") or a in an.gaz_at or prev in lexicon.place_nouns()):
        return False      # (nor «ولاية تيسمسيلت» for «تيسمسيلت نيوز»: a place noun names the place)
    bare = prev[1:] if prev[:1] in "لبو" else prev
    return (prev.isalpha() and len(prev) >= 3 and not prev.startswith(("ال", "وال", "بال", "لل"))
            and prev not in lexicon.prepositions() and prev not in lexicon.stop_words()
            and prev not in lexicon.media_nouns() and bare not in lexicon.media_nouns()
            and not an.is_verb(a - 1))


# What an outlet's bureau or edition is written with after its name: «عين ليبيا – مكتب بنغازي»،
# «الشرق الأوسط – الطبعة الدولية»
_BUREAU_WORDS = frozenset(arabic.normalize(w) for w in ("مكتب", "الطبعة", "طبعة", "الملحق", "ملحق"))


def _outlet_names(outlet: str) -> list[list[str]]:
    """The outlet's name as normalised words, and without a generic last word («بي بي سي
    عربي» is also written «بي بي سي»); an outlet given with its bureau («عُمان – مكتب صلالة») is
    written by its own name in the article («عُمان»)."""
    channel = next((outlet.split(d)[0] for d in (" – ", " - ", " — ") if outlet and d in outlet), "")
    if channel.strip():
        return _outlet_names(outlet.replace(" – ", " ").replace(" - ", " ").replace(" — ", " ")) \
            + _outlet_names(channel)      # «إذاعة الكويت – البرنامج العام» is written «إذاعة الكويت»
    name = arabic.words(arabic.normalize(outlet)) if outlet else []
    bureau = next((x for x in range(1, len(name)) if name[x] in _BUREAU_WORDS), None)
    if bureau is not None:
        return [name] + _outlet_names(" ".join(name[:bureau]))
    names = [name] if name else []
    while len(name) > 1 and name[-1] in lexicon.outlet_suffixes():
        name = name[:-1]      # «موزاييك إف إم» is also «موزاييك»
        if len(name) == 1 and any(name[0] in lex for lex in (
                lexicon.descriptor_heads(), lexicon.title_heads(), lexicon.org_heads(), lexicon.stop_words())):
            break             # «مصدر الإخبارية» is not «مصدر»: a common word alone names no outlet
        names.append(name)
    cut = next((x for x in range(2, len(name)) if name[x][:1] == "ل" and not name[x].startswith("ال")), None)
    if cut is not None and name[0].startswith("ال"):
        names.append(name[:cut])      # «المرصد السوري لحقوق الإنسان» is also «المرصد السوري»
    return names


def _outlet_spans(words: list[str], outlet: str) -> list[tuple[int, int]]:
    """Token spans where the outlet's name is written, with or without «لـ» before it."""
    out = _self_references(words, outlet)
    for name in _outlet_names(outlet):
        n = len(name)
        for k in range(len(words) - n + 1):
            first = words[k]
            # «للفضائية السودانية»: «لـ» on a name in «ال» drops the article's alif
            # (a name of two words at least: «للإصلاح» of «التجمع اليمني للإصلاح» is no «الإصلاح نت»)
            lam_al = n >= 2 and name[0].startswith("ال") and first.startswith("لل") and first[2:] == name[0][2:]
            if (first == name[0] or (first[:1] == "ل" and first[1:] == name[0]) or lam_al) and words[k + 1:k + n] == name[1:]:
                out.append((k, k + n))
    return out


# An observatory that publishes reports writes of itself as «المرصد» («ويرى المرصد أن …»،
# «ووثّق المرصد»); other heads («المركز»، «الشبكة») name other bodies too often to be read so.
_SELF_NAMED_HEADS = frozenset({arabic.normalize("مرصد")})


def _self_references(words: list[str], outlet: str) -> list[tuple[int, int]]:
    """Where «مرصد الأزهر لمكافحة التطرف» calls itself «المرصد»: the bare head with «ال», not
    followed by an adjective or name of its own («المرصد السوري» is another observatory)."""
    name = arabic.words(arabic.normalize(outlet)) if outlet else []
    if len(name) < 2 or name[0] not in _SELF_NAMED_HEADS:
        return []
    bare = "ال" + name[0]
    return [(k, k + 1) for k, w in enumerate(words)
            if w in (bare, "ل" + bare, "لل" + name[0])
            and not (k + 1 < len(words) and words[k + 1].startswith("ال"))]
