"""A family name alone refers back to the whole name the article wrote before it.

«وقال الوزاني» after «… عبد الرحيم الوزاني»، «وأضاف مرعي» after «… صلاح الدين مرعي»، «وقال بن سالم»
after «…، الهادي بن سالم،»، «وقالت فون دير لاين» after «أورسولا فون دير لاين»: the article names a
person in full once (often as the subject of a verb that quotes nothing, or set off by commas,
which the reader of speakers does not keep) and by the family name after. The given name written
right before the family name may be compound («عبد» and a definite word, a word and «الدين» or
«الله») or a given name written with «ال» («الهادي»); a family name of several words opens with a
connector or a particle («بن»، «ولد»، «فون»، «فان»، «دي»).
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.name_lexicon import ROLES_IN_A_CASE
from desktop.core.extract.name_evidence import family_shaped, known_first_word
from desktop.core.extract.analysis import JOINING_HYPHENS, QUOTE_MARKS, Analysis, has_phrase_break
from desktop.core.extract.titles import could_be_given_name

# Words that open a family name of several words: Arabic patronyms and European particles.
FAMILY_PARTICLES = frozenset(arabic.normalize(w) for w in (
    "بن", "ابن", "بنت", "ولد", "آل", "أيت", "آيت", "فون", "فان", "دي", "دو", "دا", "ديل", "دير", "لو", "لا"))     # («أيت بلعيد»: Berber «sons of»)
# Particles of European family names only: «لا»، «لو»، «بن» and «ولد» are Arabic words as often.
_FOREIGN_PARTICLES = frozenset(arabic.normalize(w) for w in ("فون", "فان", "دي", "دو", "دا", "دوس", "ديل", "دير", "دن", "در"))
_SPANISH_DE = frozenset(("دي", "ديل"))
_SPANISH_ARTICLES = frozenset(("لا", "لاس", "لوس"))
_PORTUGUESE_DE = frozenset(("دي", "دا", "دوس", "داس"))     # (not «دو»: French «du», «فيلروا دو غالو أكثر قلقاً»)


def spanish_article(words: tuple[str, ...] | list[str], x: int) -> bool:
    """«دي لا» of «فيسنتي دي لا أو ليفي»: Spanish «de» and its article, no words of the name's count;
    nor Portuguese «de/da/dos» inside a name («جواو فيليبي دي سوزا مونتيرو»)."""
    return (x > 0 and words[x] in _SPANISH_ARTICLES and words[x - 1] in _SPANISH_DE) \
        or (x + 1 < len(words) and words[x] in _SPANISH_DE and words[x + 1] in _SPANISH_ARTICLES) \
        or (x > 0 and x + 1 < len(words) and words[x] in _PORTUGUESE_DE and words[x + 1].isalpha() and not words[x + 1].startswith("ال"))

# The second word of a compound given name: «نور الدين»، «سعد الله».
_COMPOUND_ENDS = frozenset(arabic.normalize(w) for w in ("الدين", "الله", "الأمين", "المختار"))    # «محمد الأمين كان»


# «إنّ» with a clinging letter, normalised («فإن»، «وإن»، «بأن»): never a given name before a family name
INNA_FORMS = frozenset({"فان", "وان", "بان", "لان", "ان"})

# The parts a court report names people by, which no family name is.


def family_name_words(words: tuple[str, ...]) -> bool:
    """Whether normalised `words` can be a family name written alone: one word, or a particle and
    the words after it."""
    if len(words) == 1 and words[0] in ROLES_IN_A_CASE:
        return False      # «ردّ المتهم»: the accused, no family name
    # («قالت أبو جزر» after «سماح أبو جزر»: Palestine's family names in «أبو», looked up as such
    # only where the article wrote a given name before them; alone, «أبو جزر» stays a kunya)
    return len(words) == 1 or (1 < len(words) <= 3 and words[0] in FAMILY_PARTICLES) \
        or (len(words) == 2 and words[0] == "ابو")


# Adjectives a «بـ» noun takes («بفارق كبير»): never a family name after a given name
ADJECTIVES_NO_FAMILY_NAME = frozenset(arabic.normalize(w) for w in ("كبير", "كبيرة", "واسع", "واسعة", "جديد", "جديدة", "كامل", "كاملة"))


def written_with_article(an: Analysis, k: int) -> bool:
    """Token k is written with the article its normal form opens with: «والي» of «أشرف والي ولاية …»
    is read «الوالي» (the office), no family name «الوالي»; «ألكمين» keeps its hamza'd alif."""
    return an.written(k).startswith(("ال", "أل", "إل"))


# Particles a verb follows, never a given name: «لو أبقى المركزي»، «قد أعلن»
BEFORE_A_VERB = frozenset(("لو", "ولو", "قد", "وقد", "لقد", "فقد"))


def _given_start(an: Analysis, k: int) -> int | None:
    """Where the given name written right before token k starts, or None when none is there."""
    g = k - 1
    if g < 0 or has_phrase_break(an.doc.gap(k)):
        return None
    w = an.words[g]
    if w in FAMILY_PARTICLES or w in INNA_FORMS or (
            an.words[k] in lexicon.title_heads() and has_phrase_break(an.doc.gap(g)) and w not in name_lexicon.given_names()):
        return None       # «، فإن بنكيران …»: «فإنّ» before a family name is no given name; «، دافع المستشار»: an office
    if g >= 1 and an.words[g - 1] in BEFORE_A_VERB and w not in name_lexicon.given_names():
        return None       # «لو أبقى المركزي على …»: a verb after «لو/قد»
    if g >= 1 and not has_phrase_break(an.doc.gap(g)):
        if an.words[g - 1] == "عبد" and w.startswith("ال") and w.isalpha():
            return g - 1        # «عبد الرحيم»
        if w in _COMPOUND_ENDS and could_be_given_name(an, g - 1):
            return g - 1        # «صلاح الدين»، «سعد الله»
    # (not «تأسيس المنصة»: a verbal noun and its object; nor «بفارق كبير»: «بـ» on a noun)
    # («إلياس جقمان»: a given name the list knows, though shaped as a verbal noun, إفعال)
    if (could_be_given_name(an, g) and (not name_lexicon.masdar_shaped(w) or w in name_lexicon.given_names()) and not verb_shaped_word(w)
            and not (w[:1] in "بلك" and len(w) >= 4 and not known_first_word(w) and an.words[k] in ADJECTIVES_NO_FAMILY_NAME)) \
            or w in name_lexicon.article_given_names():
        return g
    return None


def verb_shaped_word(w: str) -> bool:
    """«انتقد المنخرط»، «يعيش على»، «اعترضت البحرية»: a past verb of the form افتعل (افتعلت with a
    feminine subject) or a verb in the present, no given name the lists know, before a word read as
    a family name."""
    return not known_first_word(w) and ((w[0] == "ي" and 4 <= len(w) <= 6 and w[1] != "ا" and w not in name_lexicon.verb_shaped_names())
                                        or (len(w) == 5 and w[0] == "ا" and w[2] == "ت")
                                        or (len(w) == 6 and w[0] == "ا" and w[2] == "ت" and w[-1] == "ت")
                                        or (len(w) >= 5 and w[0] == "و" and w[-1] == "ت" and w[1:] not in name_lexicon.given_names()))     # «ووصلت أمل»


def fuller_family_name(an: Analysis, words: tuple[str, ...], at: int) -> str | None:
    """The whole name, as written, that ends with the family name `words`: the latest place before
    offset `at` where a given name precedes them (the person the reader has in mind), else the
    first place after."""
    n = len(words)
    found: list[tuple[int, str]] = []
    for k in range(1, len(an.words) - n + 1):
        if tuple(an.words[k:k + n]) != words or any(has_phrase_break(an.doc.gap(x)) for x in range(k + 1, k + n)) \
                or (words[0].startswith("ال") and not written_with_article(an, k)):
            continue      # («والي» read as the office «الوالي» is no family name written with «ال»)
        start = _given_start(an, k)
        if start is not None and start >= 1 and an.doc.gap(start) in JOINING_HYPHENS and an.words[start - 1].isalpha():
            start -= 1      # «جان-لوي بيون»: a given name of two hyphened words
        elif start is not None and start >= 1 and an.words[start] == "عبد" and known_first_word(an.words[start - 1]) \
                and not has_phrase_break(an.doc.gap(start)):
            start -= 1      # «المزارع كاظم عبد الحسين فرحان»: his own given name before his father's «عبد …»
        if start is not None and words[0] == "ابو" and (an.words[start] == "باسم" or (
                not known_first_word(an.words[start])
                and (an.is_verb(start) or (an.words[start][:1] in "يتن" and len(an.words[start]) >= 4)))):
            continue      # («يستعد أبو خالد»، «عرّف عن نفسه باسم أبو ليث»: a verb, «by the name», no given name)
        if start is not None and n > 1:
            # «المزارع صالح ناصر بن عيدروس»: the father's name before a family name of two words
            # goes back to the person's own given name, when a list knows both
            while start >= 1 and start - 1 >= k - 3 and known_first_word(an.words[start - 1]) \
                    and known_first_word(an.words[start]) and not has_phrase_break(an.doc.gap(start)):
                start -= 1
        if start is not None:
            # «محمد عبد الرحمن "الغربال"»: a nickname in quotation marks after the name stands for it
            nickname = n == 1 and any(ch in QUOTE_MARKS for ch in an.doc.gap(k))
            found.append((an.doc.tokens[k].start, an.doc.text(start, k if nickname else name_goes_on(an, start, k + n))))
    if not found:
        return None
    before = [text for pos, text in found if pos < at]
    return before[-1] if before else found[0][1]


def name_goes_on(an: Analysis, start: int, end: int) -> int:
    """«عيسى تشيروما بكاري.» for «تشيروما»: one more word of a name after the family name the article
    goes on with, closing the clause, is the name's too: a word a given name could be, no article, no
    common word, no verbal noun."""
    if end >= len(an.words) or has_phrase_break(an.doc.gap(end)) or an.words[end].startswith("ال") or not (
            end + 1 == len(an.words) or has_phrase_break(an.doc.gap(end + 1))):
        return end
    w = an.words[end]
    named = len(w) >= 3 and could_be_given_name(an, end) and not an.is_common_word(end) and not name_lexicon.masdar_shaped(w)
    return end + 1 if named else end


def particle_family_end(an: Analysis, k: int, j: int) -> int:
    """«ديفيد فان فيل»، «رينهيلد فان دي ويردت»: after a given name, one or two European particles
    and the word they open are the family name (read alone, «فان» is «فإن»). Returns where the
    family name ends, or k when no such family name starts at token k (before j)."""
    x = k
    while x < j and x - k < 2 and not has_phrase_break(an.doc.gap(x)) and (
            an.words[x] in _FOREIGN_PARTICLES or (x > k and an.words[x - 1] in _SPANISH_DE and an.words[x] in _SPANISH_ARTICLES)):
        x += 1            # («فيسنتي دي لا أو ليفي»، «دي لاس كاساس»: Spanish «de» and an article)
    if x == k or x >= j or has_phrase_break(an.doc.gap(x)):
        return k
    w = an.words[x]
    if w == "او" and an.words[x - 1] == "لا" and x + 1 < j and not has_phrase_break(an.doc.gap(x + 1)):
        return x + 1      # «دي لا أو»: the family name «O», no «أو» (or)
    # «… فان الوضع»، «… فان ذلك»: «فإن» and the clause it opens
    if not w.isalpha() or len(w) < 2 or w.startswith("ال") or not could_be_given_name(an, x):
        return k
    return x + 1


# Names that are a function word in Arabic too: «لولا» (Lula) is «لولا» (were it not for).
_FUNCTION_WORD_NAMES = frozenset({"لولا"})


def function_word_name(an: Analysis, k: int, j: int) -> bool:
    """«لويز إيناسيو لولا دا سيلفا قد أكد»: inside a name, «لولا» is a name when a particle of a
    family name, «قد», «أن/إن» or a break follows it; «لولا الدعم» (were it not for) governs a noun."""
    if an.words[k] not in _FUNCTION_WORD_NAMES:
        return False
    if k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return True
    nxt = an.words[k + 1]
    return nxt in _FOREIGN_PARTICLES or nxt == "قد" or nxt in ("ان", "انه")


# Second words of compound given names that are offices or titles read alone («الأمين»، «الشيخ»)
_SECOND_GIVEN = frozenset({"الامين", "المختار", "الشيخ", "الحسن", "الامام"})


def compound_given_name_end(an: Analysis, k: int) -> bool:
    """«محمد بدر الدين الشيمي»، «محمد نصر الدين الزواري»: «الدين»/«الله» right after a word with no
    article closes a compound given name («بدر الدين»), inside a name as at its start; read alone
    it is a definite noun, and a definite noun after two names ends them."""
    w = an.words[k]
    if w == "عشر" and k > 1 and family_shaped(an.words[k - 1]) and an.words[k - 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k)):
        return True       # «البابا لاون الرابع عشر»: a regnal ordinal of the teens
    if w in _SECOND_GIVEN and k > 0 and an.words[k - 1] in ("محمد", "احمد", "سيدي") and not has_phrase_break(an.doc.gap(k)):
        return True       # «محمد الأمين ولد بوبكر»، «سيدي المختار»: Mauritania's compound given names
    if w not in _COMPOUND_ENDS or k < 1 or has_phrase_break(an.doc.gap(k)):
        return False
    prev = an.words[k - 1]
    return prev.isalpha() and len(prev) >= 3 and not prev.startswith("ال") and could_be_given_name(an, k - 1)


def womans_family_name(an: Analysis, a: int, k: int) -> bool:
    """«شيماء البلوشية»، «منى بنت سالم الحارثية»: token k, a feminine nisba, right after a woman's
    given name or her father's (after «بنت»), inside a name read from token a."""
    return k > a and ((k >= 2 and an.words[k - 2] == "بنت") or known_first_word(an.words[k - 1]) and (     # («بنت خلفان»: any father)
        an.written(k - 1).endswith(("ة", "اء", "ى")) or an.words[k - 1] in name_lexicon.womens_plain_names()))     # «مريم البلوشية»


def family_initial(an: Analysis, k: int, b: int) -> bool:
    """«رامي ح.»: one letter and its point ending a name [.., b), the family name's initial (court reports)."""
    return k == b - 1 and len(an.words[k]) == 1 and k + 1 < len(an.words) and "." in an.doc.gap(k + 1)
