"""What no whole name is: a common noun read as one (a part of name_whole's last check).

name_whole.py looks at where a name stops and starts; this module at what the words are. Each rule
says what a whole name of a person, a body or an unnamed source cannot look like:

  * a group described, not named: an indefinite plural of a body's head with only indefinite words
    after it («منظمات دولية»، «شركات صناعية كبرى»، «منظمات طبية وغرف طوارئ»); which bodies is not
    said, so there is no actor to propose (an unnamed source is «مصدر/مصادر», not these);
  * a document, not its issuer: an indefinite document noun opening the phrase («كشفت إحصائية
    صادرة عن المركز …»، «أظهر تقرير حديث»): the body that issued it speaks, the paper does not;
  * a body's head alone, indefinite («لجمعيات» of «رئيس الفيدرالية الوطنية لجمعيات …»، «شركات»):
    the kind of body, not which one;
  * the noun an indefinite title governs («صاحب مكتبة»، «مدير مشاريع»، «مدير عام فرع الوزارة
    … المهندس يحيى …»): a title with no «ال» anywhere is in construct with the word after it,
    which is its complement, not a name. The title goes on to the holder's name when one follows
    in the same stretch; else the whole is an unnamed person described («صاحب مكتبة»);
  * a description before a name: a definite word for what someone is and a nisba after it
    («الزائر الكويتي فهد الرشيدي») go to the title; the name is «فهد الرشيدي»;
  * a place or a circumstance fronted before the clause («وبحقول القرية، لم يخف الفلاح …»): a
    word opening on «و» and then «بـ» joins a preposition's phrase to what came before; no
    name's first word is so written (a given name in «بـ» after «و», «وبسام», is known);
  * an office after a name («مروان بن تركي آل سعيد محافظ ظفار»): an indefinite title head ends
    the name as its last word only if the name could not stand without it; it is the office set
    in apposition, so the name stops before it;
  * a group of office-holders, not one of them: a definite plural of a title («الوزراء»،
    «النواب»، «المستشارين») alone as the name («ودعا الوزراء إلى …»: the ones called on), and so a
    plural of people before what they are called to («ودعت الأساتذة إلى …», people_plurals.py); a
    family name so shaped («مظفر النواب») is read back to the full name before this check;
  * nor the group joined to a name: «رئيس الحكومة نواف سلام والوزراء» ends the name before
    «والوزراء» (those present with him), as it ends before «ورئيس …»; nor the object of the verb
    after it: a definite plural in «ات» of a noun in «مـ» or «تـ» («تلا الوزير بول مرقص المقررات»،
    «… التوصيات»), which no family name is;
  * a counted noun, not a title: a title word right after a number («12 ألف أستاذ جديد تخرجوا
    من …»، «خمسة مهندسين») counts people; what follows it is its adjective or the clause, no name;
  * a pair of places: a phrase right after the dual of a place noun («في مديريتي الشيخ عثمان
    والمنصورة»، «بين ولايتي …») names two places, whatever title-like word opens it.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.name_evidence import fronted_preposition_word, known_first_word
from desktop.core.extract.people_plurals import complement_word, people_plural
from desktop.core.extract.phrase_parts import number_word

# How far after a title's complement the holder's name may still come («مدير عام فرع وزارة
# البيئة والمياه والزراعة بالمنطقة المهندس يحيى الحازمي»: seven words).
_HOLDER_REACH = 10

# «ولي أمر»: a guardian, read whole with the child after it (here and in name_whole).
AFFAIRS = frozenset(arabic.normalize(w) for w in ("أمر", "أمور"))


def _body_head(word: str) -> bool:
    """An indefinite head of a body, or its plural in «ات» («منظمات»، «شركات»، «جمعيات»)."""
    if word.startswith("ال") or len(word) < 3:
        return False
    return word in lexicon.org_heads() or (word.endswith("ات") and word[:-2] + "ه" in lexicon.org_heads())


def _plural_body_head(word: str) -> bool:
    return word.endswith("ات") and _body_head(word) and word not in lexicon.org_heads()


def _phrase_words(an: Analysis, ph: Phrase) -> list[int]:
    """The token indexes of what the phrase proposes: its title, then its name."""
    return [*ph.title, *(range(*ph.name) if ph.name else ())]


def described_group(an: Analysis, ph: Phrase, *, reported: bool) -> bool:
    """«حذرت منظمات دولية»، «أعلنت شركات صناعية كبرى»: an indefinite plural of a body's head with
    nothing after it but indefinite words (adjectives, a second noun in «و») describes some bodies
    without naming any. Like «مراقبون» (lexicon.generic_plurals) it may still be given the words it
    is quoted saying, as their speaker's description; as the reporter of indirect speech
    (`reported`) it is no actor."""
    ks = _phrase_words(an, ph)
    if not reported or len(ks) < 2 or (ph.name and ph.title):
        return False
    words = [an.words[k] for k in ks]
    first = words[0][1:] if words[0][:1] in "وف" and _plural_body_head(words[0][1:]) else words[0]
    return _plural_body_head(first) and not any(w.startswith(("ال", "وال", "بال", "لل")) for w in words[1:]) \
        and not any(k in an.gaz_at for k in ks)


def _singular_document(word: str) -> bool:
    """«تقرير»، «إحصائية» (whose plural «إحصائيات» is listed): a document noun, with no «ال»."""
    if word.startswith("ال"):
        return False
    docs = lexicon.issued_documents()
    return word in docs or (word.endswith("ه") and word[:-1] + "ات" in docs)


def document_for_issuer(an: Analysis, ph: Phrase) -> bool:
    """«كشفت إحصائية صادرة عن المركز الوطني للإحصاء»: an untitled phrase opening on an indefinite
    document noun names the paper, not who issued it."""
    ks = _phrase_words(an, ph)
    if not ks or (ph.name and ph.title):
        return False
    return _singular_document(an.words[ks[0]])


def bare_body_word(an: Analysis, ph: Phrase) -> bool:
    """«لجمعيات» (the tail of «رئيس الفيدرالية الوطنية لجمعيات آباء …»), «شركات»: a phrase of one
    word that is an indefinite body's head, with or without «لـ/بـ/و», says what kind of body and
    not which: no body's name."""
    ks = _phrase_words(an, ph)
    if len(ks) != 1:
        return False
    w = an.words[ks[0]]
    if w[:1] in "لبو" and not w.startswith(("لل", "بال", "وال")) and _body_head(w[1:]):
        w = w[1:]
    return _body_head(w) and not known_first_word(w) and ks[0] not in an.gaz_at


def _all_indefinite_title(an: Analysis, ph: Phrase) -> bool:
    words = [an.words[k] for k in ph.title]
    return bool(words) and words[0] in lexicon.title_heads() \
        and not any(w.startswith(("ال", "وال", "بال", "لل")) or not w.isalpha() for w in words) \
        and not any(k in an.gaz_at for k in ph.title)


def title_complement(an: Analysis, ph: Phrase) -> Phrase:
    """«قال صاحب مكتبة»، «مدير مشاريع في شركة»، «مدير عام فرع وزارة … المهندس يحيى الحازمي»:
    an indefinite title with no «ال» in it is in construct with the next word, so a "name" right
    after it that opens on no known given name is the title's complement. The holder is named
    further on, in the same stretch, or the whole is an unnamed person described."""
    from desktop.core.extract.actors import parse_phrase   # actors imports the gate's modules
    if ph.kind != "person" or ph.name is None or not ph.title or ph.title[-1] != ph.name[0] - 1:
        return ph
    a, b = ph.name
    # one word only: a name of more («رئيس حكومة إقليم كوردستان مسرور بارزاني») is a person's,
    # whose given name the lists may not know
    if b - a != 1 or not _all_indefinite_title(an, ph) or known_first_word(an.words[a]) \
            or an.words[a].startswith("ال") or an.words[a] in AFFAIRS or a in an.gaz_at \
            or has_phrase_break(an.doc.gap(a)):
        return ph
    for k in range(a + 1, min(a + _HOLDER_REACH, len(an.words))):
        if has_phrase_break(an.doc.gap(k)):
            break
        if known_first_word(an.words[k]) and not an.words[k].startswith("ال"):
            again = parse_phrase(an, k, len(an.words))
            if again is not None and again.name is not None and again.name[0] == k:
                return replace(ph, title=ph.title + list(range(a, k)), name=again.name, j=again.j)
            break
    # no holder named: the title and its complement describe someone unnamed
    return replace(ph, title=[*ph.title, *range(a, b)], name=None, j=max(ph.j, b), kind="anonymous")


def _nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6


def described_before_name(an: Analysis, ph: Phrase) -> Phrase:
    """«الزائر الكويتي فهد الرشيدي»: a definite word that is no given name and a nisba after it,
    then a known given name: the first two say what the person is; the name starts after them."""
    if ph.kind != "person" or ph.name is None:
        return ph
    a, b = ph.name
    if b - a < 4:
        return ph
    first, second, third = an.words[a], an.words[a + 1], an.words[a + 2]
    if not first.startswith("ال") or first in name_lexicon.article_given_names() or known_first_word(first) \
            or not _nisba(second) or third.startswith("ال") or not known_first_word(third):
        return ph
    return replace(ph, title=[*ph.title, a, a + 1], name=(a + 2, b))


def nationality_before_name(an: Analysis, ph: Phrase) -> Phrase:
    """«الروماني أدريان مونتيانو»: a definite nisba of a country the gazetteer knows, opening a name
    of two more words that starts on no word with «ال», says where the person is from; the name
    starts after it («الصادق» or «الحسيني» alone are names, so the gazetteer must know the country)."""
    if ph.kind != "person" or ph.name is None:
        return ph
    a, b = ph.name
    first, second = an.words[a], an.words[a + 1] if a + 1 < b else ""
    if b - a < 3 or not _nisba(first) or first in name_lexicon.article_given_names() or second.startswith("ال") \
            or not country_nisba(an, first):
        return ph
    return replace(ph, title=[*ph.title, a], name=(a + 1, b))


def office_after_name(an: Analysis, ph: Phrase) -> Phrase:
    """«مروان بن تركي آل سعيد محافظ»: a name of three words or more ending on an indefinite title
    head («محافظ»، «وزير») ends before it: the office is set after the name, in apposition."""
    if ph.kind != "person" or ph.name is None:
        return ph
    a, b = ph.name
    last = an.words[b - 1]
    if b - a < 3 or last.startswith("ال") or last not in lexicon.title_heads() or last in lexicon.descriptor_heads() \
            or known_first_word(last) or (b - 1) in an.gaz_at or an.words[b - 2] in ("بن", "ابن", "بنت") \
            or b >= len(an.words) or an.is_verb(b) or an.words[b] in lexicon.complementisers():
        return ph       # («جلوي بن عبدالعزيز بن مساعد»: after «بن» a father's name, whatever it means; «آري يوسف أمير فقال»: an office governs a word)
    return replace(ph, name=(a, b - 1), j=b - 1 if ph.j == b else ph.j)


def fronted_preposition(an: Analysis, ph: Phrase) -> bool:
    """«وبحقول القرية»، «وبمدينة …»: a phrase opening on «و» + «بـ» + a word of three letters or
    more, that is no known given name with «و» or without it, is a preposition's phrase set before
    the clause, not who speaks."""
    ks = _phrase_words(an, ph)
    return bool(ks) and ks[0] not in an.gaz_at and fronted_preposition_word(an.words[ks[0]])


# Broken plurals of offices that no shape derives («نائب» -> «نواب»، «قائد» -> «قادة»).
_OFFICE_PLURALS = frozenset(arabic.normalize(w) for w in (
    "نواب", "قادة", "حكام", "قضاة", "ولاة", "مدراء", "رؤساء", "مسؤولين", "مسؤولون", "أعضاء", "ممثلي"))


def _office_plural(word: str) -> bool:
    """«الوزراء»، «السفراء»، «النواب»، «المستشارين»: a definite plural of an office word. The
    plural «فعلاء» of an office in «فعيل» («وزير»، «سفير»، «أمين») and the sound plurals in
    «ـين/ـون» of the offices of the title list are derived, the rest listed."""
    if not word.startswith("ال") or len(word) < 5:
        return False
    bare = word[2:]
    if bare in _OFFICE_PLURALS:
        return True
    for head in lexicon.title_heads():
        if head.startswith("ال") or len(head) < 3:
            continue
        if len(head) == 4 and head[2] == "ي" and bare == head[0] + head[1] + head[3] + "اء":
            return True
        if len(head) >= 4 and bare in (head + "ين", head + "ون"):
            return True
    return False


def office_holders(an: Analysis, ph: Phrase) -> bool:
    """«ودعا الوزراء إلى …»: an untitled one-word name that is a definite plural of an office names
    the office-holders as a group, none of them (see the module)."""
    if ph.title or ph.name is None or ph.name[1] - ph.name[0] != 1:
        return False
    k = ph.name[0]
    w = an.words[k]
    if k in an.gaz_at:
        return False
    # «ودعت الأساتذة إلى …»: a plural of people the verb calls on, its complement after it
    called = people_plural(w) and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1)) \
        and complement_word(an.words[k + 1])
    return _office_plural(w) or called


def counted_title(an: Analysis, ph: Phrase) -> bool:
    """«عبأت الوزارة 12 ألف أستاذ جديد تخرجوا من …»: a title with a name after it, right after a
    number written out or in figures, is a counted noun (see the module)."""
    if ph.name is None or not ph.title or ph.i == 0 or has_phrase_break(an.doc.gap(ph.i)):
        return False
    before = an.words[ph.i - 1]
    return number_word(before) or before.isdigit() or before in _DUAL_NUMBERS


# The duals of hundreds, thousands and millions in construct («ألفي مهندس»، «مئتي طبيب»).
_DUAL_NUMBERS = frozenset(arabic.normalize(w) for w in ("ألفي", "مئتي", "مائتي", "مليوني", "ألفا", "مئتا"))


_PLACE_DUALS = frozenset(arabic.normalize(w) for w in (
    "مديريتي", "محافظتي", "مدينتي", "ولايتي", "منطقتي", "بلديتي", "قريتي", "بلدتي", "ناحيتي", "حيي",
    "مديريتا", "محافظتا", "مدينتا", "ولايتا", "منطقتا", "بلديتا", "قريتا", "بلدتا"))


def after_place_dual(an: Analysis, ph: Phrase) -> bool:
    """«في مديريتي الشيخ عثمان والمنصورة»: a phrase right after the dual of a place noun names the
    two places it counts, no one (see the module)."""
    x = ph.i - 1
    if x < 0 or has_phrase_break(an.doc.gap(ph.i)):
        return False
    w = an.words[x]
    return w in _PLACE_DUALS or (w[:1] in "وبل" and w[1:] in _PLACE_DUALS)


def joined_office_holders(an: Analysis, ph: Phrase) -> Phrase:
    """«نواف سلام والوزراء»: a name's last word «و» + a definite plural of an office is a group
    joined to the person; «بول مرقص المقررات»: a definite plural of things is the verb's object;
    the name stops before either (see the module)."""
    if ph.name is None or ph.name[1] - ph.name[0] < 2:
        return ph
    a, b = ph.name
    w = an.words[b - 1]
    things = w.startswith(("الم", "الت")) and w.endswith("ات") and len(w) >= 8 and w.isalpha() and b - a >= 3
    if not ((w.startswith("وال") and _office_plural(w[1:])) or things) or (b - 1) in an.gaz_at:
        return ph
    return replace(ph, name=(a, b - 1), j=b - 1 if ph.j == b else ph.j)
