"""The gate where a phrase becomes an actor: words that cannot be part of an actor's name.

A reporting verb's subject read with no quotation after it is as often the verb's object
(«أعلن تخصيص …»، «واصل الجنيه السوداني تراجعه»), and a name after a title can run past its
end («بدر عبد العاطي تناولت ترتيبات»، «توم برّاك سيصل»، «سارة الزعفراني الزنزري بقصر
قرطاج»). A name is cut before the first word that is no name's:

  * a verb with a person prefix or suffix: a future «سيصل»، «ستعقد» before a preposition, a
    time or a place; a feminine past «تناولت» (not a name's first word);
  * a plural verbal noun «ترتيبات» (not a name's first word); any verbal noun of an action
    («تخصيص»، «إنشاء»، «انسحاب»، «استهداف»، «مكافحة») in the subject of a reporting verb that has
    no title and no quotation after it;
  * a noun with a possessive pronoun: «معظمها»، «ارتياحهم»; «تراجعه» in that untitled subject
    only («ه» and «ة» fold together; an honorific «سموه» is a person);
  * a quantity as the first word: «عدد من السكان»؛
  * «بـ/لـ» on a building or a place: «بقصر قرطاج»;
  * a verbal noun of a plain action and a definite noun, its object: «الوزير سير العمل»
    («يتفقد الوزير سير العمل»: the minister inspects the work; «سير كير» stays a name).

A name's first word is no «و» + an office («ووزير الدولة …»: a second office of the same
person), nor «بـ/لـ» on a place, a body or a word of a title («لمحلية بحري»، «بمحافظة»، «للطفولة»);
after two words of a name, an action noun before a definite word is the clause going on
(«أحمد عثمان حمزة استئناف الدراسة»).

A whole name is refused when it is no person's, body's, place's or group's, whatever the rule
that read it (`nameable`): one word with a possessive pronoun («مكتبه»: his office, whose owner
is the person named before; «حكومتها») unless an honorific pronoun («سموه»), a definite verbal
noun alone («التنفيذ»), an adverb («مجددا»); an indefinite noun and a nisba of a verbal noun
(«صاحب طلب إسكاني»: a housing application); a body's head alone («الوزارة») reporting indirect
speech, when no earlier body or minister's office resolves it (body_refs.py `ministry_of_minister`).

Words of names the article or the gazetteer gives, and given names of those shapes
(«يوسف»، «توفيق»، «إيمان»، «انتصار»), are names. Nothing nameable left: no actor. A body's name
ends before a plural repeating its root («وزارة الفلاحة الفلاحين»: the farmers are addressed),
and a title after a building («مطار الملك عبدالعزيز») names the place, not a person.
A quote's speaker whose name is cut keeps the name before the cut; an untitled subject with no
quotation whose name needed a cut is refused whole (the clause was misread)."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from desktop.core import arabic
from desktop.core.extract import actor_shape, document, lexicon, name_lexicon
from desktop.core.extract.written_forms import form_two_past, wale_given_name
from desktop.core.extract.phrase_trims import INSTRUMENTS, agency_at, instrument_after_body, party_standing
from desktop.core.extract.source_premises import source_at_named_premises
from desktop.core.extract.people_plurals import people_plural
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.described_name import described_before_given_name
from desktop.core.extract.family_name import FAMILY_PARTICLES, family_initial, fuller_family_name, womans_family_name
from desktop.core.extract.name_end import clause_word, phrase_ends_at
from desktop.core.extract.name_lookalikes import name_closes_after
from desktop.core.extract.name_lexicon import masdar_shaped


def _bare(word: str) -> str:
    """The word without «و/ف» and «ال»."""
    word = word[1:] if len(word) > 3 and word[0] in "وف" else word
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _possessed(an: Analysis, k: int, *, strict: bool) -> bool:
    """A noun with a possessive pronoun: «معظمها»، «ارتياحهم»; `strict`: «تراجعه» too (written with «ه»,
    not «ة»; not «عبده»، «نبيه»، «الله»; foreign names end so: «فيبكه»). Never an honorific «سموه»."""
    w, text = an.words[k], an.doc.tokens[k].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if w in lexicon.honorific_pronouns() or w.startswith("ال") or w.endswith(("يه", "الله", "لله")):
        return False
    bare = w[1:] if len(w) > 5 and w[0] in "وف" else w
    for suffix, least in (("هما", 6), ("هم", 6), ("ها", 5), ("ه", 5)):
        if bare.endswith(suffix):
            if suffix == "ه" and not (strict and text.endswith("ه")):
                return False     # «ة» is folded to «ه»: «حمزة»، «محافظة»
            if bare.endswith("يها") and (k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)) or an.words[k + 1] in
                                         lexicon.complementisers() or (len(bare) >= 6 and people_plural(an.words[k + 1]))):
                return False     # «… أندريه سيبيها، …»، «… سيبيها أن»، «… سيبيها الحلفاء إلى»: a name ends so
            return len(bare) >= least and not _speaks_alone(an, k)
    return False


def _speaks_alone(an: Analysis, k: int) -> bool:
    """«تخلي أبرها … وأوضح أبرها أن …»: a word shaped as a noun with a pronoun that the article
    also writes alone between a verb of speech and «أن/إن» is a family name (a noun with a pronoun
    there would be a subject the verb does not take)."""
    w = an.words[k]
    return any(x != k and an.words[x] == w and an.is_verb(x - 1) and an.words[x + 1] in ("ان", "انه", "انها")
               for x in range(1, len(an.words) - 1))


def _action_object(an: Analysis, k: int, end: int) -> bool:
    """«سير العمل»، «دعم الأسر»: a name's first word a verbal noun of a plain action and the next a
    definite noun, its object («سير كير ستارمر» is a name: no «ال» after it); «واقترح عقد جولة جديدة»،
    «وأعلن الوزير إدماج ألفي مزارع»: what was proposed or announced, a meeting or a count."""
    w, nxt = _bare(an.words[k]), an.words[k + 1] if k + 1 < end else ""
    return (w in _HOLDING and nxt in _MEETINGS) or (masdar_shaped(w) and nxt in lexicon.number_words()) \
        or (w in lexicon.action_nouns() and nxt.startswith("ال"))


_HOLDING = lexicon.forms("عقد إجراء تنظيم")
_MEETINGS = lexicon.forms("جولة اجتماع لقاء قمة جلسة مؤتمر انتخابات مفاوضات محادثات حوار")


def _object_after_name(an: Analysis, a: int, k: int) -> bool:
    """«أعلن والي ولاية الخرطوم أحمد عثمان حمزة استئناف الدراسة»: after two words of a name or
    more, a verbal noun of an action before a definite word is what the clause goes on with (an
    action noun, or the long patterns افتعال، انفعال، استفعال), not a name's word."""
    if k - a < 2 or k + 1 >= len(an.words) or not an.words[k + 1].startswith("ال") or an.words[k + 1] in lexicon.prepositions():
        return False      # «شعاع منصور مصاروة إلى أن»: «إلى» folds to a definite-looking «الي»
    w = _bare(an.words[k])     # (a definite word of that shape is a family name as often: «عبد الحكيم المسالمة»)
    return w in lexicon.action_nouns() or (len(w) >= 6 and masdar_shaped(w) and not an.words[k].startswith("ال"))


def _one_possessed_word(word: str, text: str) -> bool:
    """One word that is a noun with a possessive pronoun («مكتبه»، «حكومتها»، «قائدهم»), written so
    («ة» folded to «ه» is no pronoun: «حمزة»)."""
    if word in lexicon.honorific_pronouns() or word.endswith(("يه", "الله", "لله")):
        return False
    bare = word[1:] if len(word) > 5 and word[0] in "وف" else word
    bare = bare[2:] if bare.startswith("ال") else bare
    for suffix, least in (("هما", 6), ("هم", 5), ("ها", 5), ("ه", 5)):
        if bare.endswith(suffix):
            return len(bare) >= least and (suffix != "ه" or text.endswith("ه"))
    return False


# Heads of a body that, written alone with «ال», name no body of their own: «الوزارة»، «الهيئة» (the
# one named before, or the minister's). Not «الحكومة»، «الجيش»، «الرئاسة»، «السلطة»: a country's own.
_REFERRING_BODY_HEADS = frozenset(arabic.normalize(w) for w in (
    "الوزارة", "الهيئة", "المؤسسة", "المديرية", "الشركة", "الوكالة", "اللجنة", "المنظمة", "البعثة",
    "المفوضية", "الجمعية", "الإدارة", "الدائرة", "المكتب", "المركز", "المصرف", "الصندوق", "النقابة",
    "الرابطة", "الأمانة", "الجهاز", "البنك", "المجلس", "المحكمة", "الجامعة", "الخلية", "التنسيقية"))


def bare_body_head(word: str) -> bool:
    """«الوزارة»، «الهيئة»: a body's head alone, with «ال» (and «و/ف»)."""
    return word in _REFERRING_BODY_HEADS or (len(word) > 4 and word[0] in "وف" and word[1:] in _REFERRING_BODY_HEADS)


def _noun_and_adjective(an: Analysis, ph: Phrase, words: list[str], known: Callable[[int], bool]) -> bool:
    """«طلب إسكاني»، «مشروع استثماري»: an indefinite noun and an indefinite nisba of a verbal noun
    (إسكان، استثمار، تعليم) name a thing, not a person (a surname in «ي» is a noun's nisba:
    «أحمد رمزي»، «محمد علي»); a body's head, a source or a title («مصدر أمني»)، a name the
    article or the gazetteer gives are no such thing."""
    first, second = words
    if any(w.startswith("ال") for w in words) or first in name_lexicon.masdar_shaped_names() or (ph.title and ph.name is not None):     # «… شينا أنصاري»
        return False
    if first in name_lexicon.given_names():
        return False      # «سعيد أمزازي»: a given name, and a surname shaped as a nisba of «إفعال»
    if in_lex(first, lexicon.org_heads(), clitics=True) or in_lex(first, lexicon.title_heads(), clitics=True) \
            or in_lex(first, lexicon.descriptor_heads(), clitics=True):
        return False
    ks = [x for x in range(ph.i, ph.j) if an.words[x] in words]
    if any(known(x) for x in ks):
        return False
    for suffix in ("يه", "ي"):
        if second.endswith(suffix):
            stem = second[: -len(suffix)]
            return len(stem) >= 5 and masdar_shaped(stem)
    return False


# «الحكومة»، «السلطات» alone: a country's own, which one the article does not say when no «حكومة …»
# was written before; as the reporter of indirect speech they name no actor a reader can keep.
_COUNTRY_BODIES = frozenset(arabic.normalize(w) for w in ("الحكومة", "السلطات"))


def _strip_wa(word: str) -> str:
    return word[1:] if len(word) > 4 and word[0] in "وف" and word[1:3] == "ال" else word


def _possessed_office(an: Analysis, ph: Phrase, words: list[str], known: Callable[[int], bool]) -> bool:
    """«مكتبه الإعلامي»، «حكومتها المؤقتة»: a noun with a possessive pronoun and its definite
    adjectives is the office or the body of someone named before («بحسب ما أفاد مكتبه الإعلامي»),
    no actor of its own."""
    if not all(w.startswith("ال") for w in words[1:]):
        return False
    k = next((x for x in range(ph.i, ph.j) if an.words[x] == words[0]), None)
    if k is None or known(k):
        return False
    return _one_possessed_word(words[0], an.doc.tokens[k].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"))


_FOR_HIM = frozenset(arabic.normalize(w) for w in ("باسمه", "باسمها", "باسمهم"))
_SPOKES = frozenset(arabic.normalize(w) for w in ("متحدث", "متحدثة", "ناطق", "ناطقة"))
# A person's own offices, named with his pronoun: «مكتبه الإعلامي»، «ديوانه»، «محاميه».
_OWN_OFFICES = frozenset(arabic.normalize(w) for w in ("مكتب", "ديوان", "محامي", "متحدث", "ناطق", "مستشار"))


def his_office(name: str) -> bool:
    """«مكتبه الإعلامي»، «لمكتبه»، «ومحاميه»: the office of a man named before, by its pronoun;
    «المتحدث باسمه»، «الناطق الرسمي باسمها»: the one who speaks for them."""
    words = arabic.words(arabic.normalize(name))
    if len(words) >= 2 and words[-1] in _FOR_HIM and _bare(words[0]) in _SPOKES:
        return True
    if not words or not words[0].endswith("ه") or not all(w.startswith("ال") for w in words[1:]):
        return False
    stem = words[0][:-1]
    return stem in _OWN_OFFICES or (len(stem) > 3 and stem[0] in "ولب" and stem[1:] in _OWN_OFFICES)


def nameable(an: Analysis, ph: Phrase, name: str, known: Callable[[int], bool], *, reported: bool = False) -> bool:
    """Whether `name`, read from `ph` and about to become an actor's, names anyone: not one word
    with a possessive pronoun («مكتبه»), a definite verbal noun alone («التنفيذ») or an adverb,
    unless the gazetteer or a fuller name in the article has the word; not an indefinite noun and
    a nisba of a verbal noun («طلب إسكاني»), nor a possessed office and its adjectives («مكتبه
    الإعلامي»); not, for the reporter of indirect speech (`reported`), a body's head alone
    («الوزارة»، «الحكومة») that the book could not resolve to an earlier body or to the ministry of
    a minister named before."""
    words = arabic.words(arabic.normalize(name))
    if len(words) == 2 and _noun_and_adjective(an, ph, words, known):
        return False
    if (len(words) > 1 and _possessed_office(an, ph, words, known)) or (reported and actor_shape.unnamed_trade(words)) \
            or (ph.name is not None and actor_shape.former_office(words)):
        return False      # «مكتبه الإعلامي»، «أبدى صيادون تقليديون تحفظهم»، «بحق مدير سايلو سابق»: no one named
    if len(words) != 1:
        return True
    k = next((x for x in range(ph.i, ph.j) if an.words[x] == words[0]), None)
    if k is not None and known(k):
        return True
    w = words[0]
    text = an.doc.tokens[k].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") if k is not None else name
    if _one_possessed_word(w, text):
        return False
    if w in lexicon.common_words() and w not in lexicon.honorific_pronouns():
        return False
    if reported and actor_shape.bare_title(words):
        return False      # «وكشفت النائبة أنها …»: a title whose holder the article leaves unnamed
    if reported and (bare_body_head(w) or _strip_wa(w) in _COUNTRY_BODIES):
        return False      # «وأعلنت الوزارة أن …» alone: a reference the article leaves unresolved
        # (a quotation's speaker keeps it: «وقالت المديرية إن "…"» is still a quotation)
    bare = _bare(w)
    return not (w.startswith(("ال", "وال", "فال")) and bare != w and masdar_shaped(bare))


def _future_verb(an: Analysis, k: int) -> bool:
    """«سيصل إلى بيروت»، «ستعقد في …»: «سـ» and an imperfect verb, before a preposition, a time or
    a place (foreign names begin so too: «سيلفا»، «ستيفاني»، «سيدو»)."""
    w = an.words[k]
    if len(w) < 4 or w[:2] not in ("سي", "ست", "سن") or w in name_lexicon.verb_shaped_names() \
            or w.endswith(("و", "ا", "ه", "ونت")) or (len(w) >= 8 and w.endswith(("يس", "وس", "اس"))) or w.count("ا") >= 3 or (w.count("ا") == 2 and not w.endswith("ان")):
        # «نايف سيدو أن»، «دا سيلفا»، Greek «بانايوتيس سيمانديراكيس لـ…»، «بوري سيتياواتي، لـ…»، Thai «سيتيبونت في …»: names are so, no singular verb
        return False
    if k + 1 >= len(an.words) or (len(w) == 4 and (w[1] not in "يت" or w.endswith("ي"))) or (len(w) == 6 and w[3] == "و" and w[2] != "ت") \
            or (an.words[k + 1] == "في" and k + 2 < len(an.words) and an.is_report_noun(k + 2)):
        return False      # «سيصل»، «ستقع»: four letters only for a third person («سنجل» is a place, «سيني» a name); «غونار سترومر في تصريح»; no stem «فوعل» but «تفعّل» («ستتوسع»; «سترومر على الحكم» is a name)
    warned = an.words[k + 1] == "من" and an.words[k + 2:k + 3] and an.words[k + 2] in lexicon.complementisers()   # «فيفيان ستيرن من أن»
    return ((an.words[k + 1] in lexicon.prepositions() and not warned) or an.is_time(k + 1)
            or (k + 1 in an.gaz_at and an.gaz_at[k + 1].of_kind("place") is not None))


def _past_feminine(word: str) -> bool:
    """«تناولت»، «تضمنت»: a feminine past verb of the form تفاعل/تفعّل («ثابت»، «حكمت» are names,
    so only with «ت» on both ends; تفاعلت has six letters, «سولبرغ تفايت» is a name)."""
    return len(word) >= 5 and word[0] == "ت" and word.endswith("ت") and not word.endswith("ات") and not (len(word) == 5 and word[2] == "ا")


def _governed_place(word: str) -> bool:
    """«بقصر»، «بمقر»، «لمطار»، «بمحافظة»، «لوزارة»: «بـ/لـ» on a building, a place, a body or a word
    that goes on a title; «للـ» on anything (no name begins so: «لحسن»، «بلال»، «باسم» are names)."""
    if len(word) < 4 or word[0] not in "بل" or word in name_lexicon.given_names():    # «لامين جالو»
        return False
    if word.startswith("لل") and len(word) >= 5:
        return True
    rest = word[1:]
    rest = rest[2:] if rest.startswith("ال") else rest
    return (rest in lexicon.premises_nouns() or rest in lexicon.place_nouns() or rest in lexicon.org_heads()
            or rest in lexicon.title_modifiers() or rest in lexicon.title_heads())


def _past_verb_afa(an: Analysis, k: int) -> bool:
    """«أجرى»، «أبدى»، «ألقى»، «أنهى»: a past verb أفعل of a weak root, written with «أ» and «ى»;
    the given names so written («أروى») are listed."""
    text = an.written(k)
    return (len(text) == 4 and text[0] == "أ" and text[-1] == "ى"
            and an.words[k] not in name_lexicon.given_names())


_BA_WORDS = frozenset(arabic.normalize(w) for w in ("بما", "بذلك", "بهذا", "بهذه", "بتلك", "بأن", "بأنه", "بأنها"))


def _ba_on_function_word(word: str) -> bool:
    """«بما»، «بذلك»، «بهذا»: «بـ» on a function word, never a name's word («بلدية» is no «بـ +
    لديه»: the list is closed)."""
    return word in _BA_WORDS


def not_a_name_word(an: Analysis, k: int, *, first: bool, strict: bool) -> bool:
    """Whether token k cannot be a word of a person's name. `strict`: the name has no title and
    is a reporting verb's subject with no quotation, where the verb's object is often read as
    its subject: a verbal noun («تخصيص») or a noun with «ـه» («تراجعه») is no name there."""
    w = an.words[k]
    if w in name_lexicon.verb_shaped_names() or w in name_lexicon.masdar_shaped_names() or (w == "في" and document.initial_at(an.doc, k)):
        return False
    if _past_verb_afa(an, k) or _ba_on_function_word(w) or actor_shape.topic_in_construct(an.words, k):
        return True       # «رجب طيب أردوغان أجرى اتصالين»، «أشاد تاياني بما وصفه»، «… تاياني ملف الهجرة»
    if first and (_bare(w) in lexicon.quantity_nouns() or lexicon.report_verb_with_pronoun(w)
                  or (w not in name_lexicon.given_names() and an.words[k + 1:k + 2] and an.words[k + 1].isdigit())):
        return True       # «وفق ما أعلنه أبو عودة»: the verb and its pronoun; «إرسال 500 جندي»، «عقوبة 15 سنة»
    if first and _action_object(an, k, len(an.words)):
        return True
    if first and w.endswith("ات") and len(w) >= 5 and k + 1 < len(an.words) and not an.words[k + 1].startswith("ال") \
            and an.written(k + 1).endswith("ة") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «اقترحت هدنات إنسانية قصيرة»: a plural of things and its feminine adjective
    if first and form_two_past(w, an.doc.tokens[k].text) and w not in name_lexicon.given_names():
        return True       # «قد كلّف لوكورنو، وزير الجيوش …»: the verb that named him
    if first and (actor_shape.state_participle(w, an.doc.tokens[k].text) or an.written(k).startswith(("بأ", "بإ"))):
        return True       # «"…"، أضافت مبتسمة»: how she spoke; «وأشاد الوزير بأداء …»: «بـ» on a noun, no name
    if not first and w[:1] == "م" and w.endswith("ا") and 5 <= len(w) <= 6 and w not in name_lexicon.given_names() \
            and k + 1 < len(an.words) and any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)):
        return True       # «أن خروج قائد الفريق عبد الصمد بوكرين مصابا "أربك حساباتنا"»: his state
    if first and k > 0 and an.is_report_noun(k - 1) and not an.words[k - 1].startswith("ال") \
            and actor_shape.report_adjective(w):
        return True       # «في رد مقتضب»، «في بيان مشترك»: what the statement was like, not whose
    if first and len(w) > 3 and w[0] == "و" and w[1:] in lexicon.title_heads():
        return True       # «ووزير الدولة …»: a second office joined with «و», never a name's start
    if first and not wale_given_name(an, k) and (actor_shape.circumstance_word(w) or actor_shape.office_plural(w) or actor_shape.place_word(w) or actor_shape.unnamed_by_choice(an.words, k)
                  or actor_shape.defective_action(w, an.written(k)) or (strict and actor_shape.hollow_action(w))):
        return True       # «بموجب القانون»، «وممثلو المصالح»، «مدينة الزاوية»، «إعفاء مواطني …»، «إعادة فتح …»
    if not first and w in lexicon.premises_nouns() and k + 1 < len(an.words) \
            and an.words[k + 1] not in lexicon.prepositions() and not phrase_ends_at(an, k + 1) \
            and not (w == "جامع" and people_plural(an.words[k + 1])):
        return True       # «عبد الأمير يار الله مقر قيادة …» (not «عبد الرحمن سعيد جامع النازحين», a Somali name)
    if _possessed(an, k, strict=strict) or _future_verb(an, k):
        return True
    if _governed_place(w) and (first or not phrase_ends_at(an, k + 1)):
        return True       # «بقصر قرطاج»; a family name of that shape ends the phrase («جيروم باول قد»)
    if _past_feminine(w) and (not first or (strict and len(w) >= 5 and k + 1 < len(an.words))):
        return True       # «… خطة طوارئ، تضمنت حفر آبار»: with no title, a verb opens the clause
    if not first and len(w) >= 4 and w.endswith("وا") and w[-3] != "و" and w not in name_lexicon.given_names() and not w.startswith("لا") and an.words[k + 1:k + 2] != ["دو"] and not actor_shape.given_after_title(an, k - 1) and not name_closes_after(an, k + 1) \
            and not (k + 1 < len(an.words) and (an.is_verb(k + 1) or an.words[k + 1] in lexicon.complementisers())):     # («فريديريك جوليبوا فقال»)
        return True       # «أشار مهنيون حضروا اللقاء إلى …»: a past verb in the plural (not «لاكروا», «فيلروا دو غالو», «دانيال نوبوا», «هانا سيروا تيتيه،»)
    if not first and ((len(w) == 1 and "." not in an.doc.body[an.doc.tokens[k - 1].end:an.doc.tokens[k].start]) or _passive_verb(an.doc.tokens[k].text) or _action_with_pronoun(w) or actor_shape.stance_with_pronoun(w, an.written(k))):
        return True       # «العليمي بـ"…"»، «علي حسين شُيّع»، «سلطان العرادة إشادته»: the clause goes on
    if first and w[:1] == "ب" and ((len(w) == 5 and (_fuul(w[1:]) or masdar_shaped(w[1:]) or (w[3] == "ا" and k + 1 < len(an.words) and ":" in an.doc.gap(k + 1)))) or w[1:] in lexicon.action_nouns()):
        return True       # «بسقوط شظايا»، «بوصول الوفد»، «بكشف أسباب …»، «واجهته بسؤال:»: a noun governed by «بـ» names no one
    if not first and w.endswith("ات") and (masdar_shaped(w[:-2]) or masdar_shaped(w[:-2] + "ه")
                                            or (w[0] in "بل" and len(w) >= 7 and w[1] == "ت")):     # not «يوري إغنات»
        return True       # «ترتيبات»، «استعدادات»، «رحب … ولد اعلي بتصريحات الوزير»: plural verbal nouns name no one
    return strict and not w.startswith("ال") and masdar_shaped(w[1:] if w[0] in "وف" and len(w) > 5 else w)


def _fuul(word: str) -> bool:
    """«سقوط»، «وصول»، «خروج»: the verbal noun فعول of a sound root (not «يشوا» of «بيشوا»)."""
    return len(word) == 4 and word[2] == "و" and word[0] not in "اوي" and word[1] not in "اوي" \
        and word[3] not in "اويه"


def _passive_verb(text: str) -> bool:
    """«شُيّع»، «أُعلِن»: a past verb voweled in the passive (damma on the first letter, then a kasra or
    a shadda), as news writes it to be read so; names are not voweled that way after a name."""
    marks = text[1:]
    return text[1:2] == "\u064f" and ("\u0650" in marks or "\u0651" in marks) and len(arabic.normalize(text)) <= 5


# «إشادته»، «تأكيده»، «مطالبتها»: a verbal noun in «ة» with a pronoun («ـته»، «ـتها»), what the clause reports, no name's word.
_PRONOUNS_AFTER_TA = ("تهما", "تهم", "تها", "ته")


def _action_with_pronoun(word: str) -> bool:
    for suffix in _PRONOUNS_AFTER_TA:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + "ه"
            hollow = len(stem) == 5 and stem[0] == "ا" and stem[2] == "ا"     # إشادة، إقامة، إعادة
            return hollow or masdar_shaped(stem)
    return False


def _root(word: str) -> str:
    """A rough root: «الفلاحة» and «الفلاحين» are «فلح»."""
    w = _bare(word)
    for suffix in ("ين", "ون", "ات", "يه", "ه", "ي"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    bare = "".join(ch for ch in w if ch not in "اوي")
    return bare if len(bare) >= 3 else w


def _repeated_root_plural(an: Analysis, title: list[int]) -> int | None:
    """The index in `title` of a definite plural that repeats the root of a word before it:
    «وزارة الفلاحة الفلاحين» (the ministry called on the farmers)."""
    for n in range(1, len(title)):
        w = an.words[title[n]]
        if not (w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) >= 7):
            continue
        roots = {_root(w)} | ({_root(w[:2] + w[3:])} if w[2:3] == "م" else set())   # «المزارعين»: «زرع»
        if any(_root(an.words[x]) in roots for x in title[:n]):
            return n
    return None


def _indefinite_after_definite(an: Analysis, title: list[int]) -> int | None:
    """The index in `title` of an indefinite plural in «ـات» right after a definite word: «وطالبت
    الغرفة سلطات الولاية بـ…». A definite noun takes no noun in construct after it, and its
    adjective is definite too, so the plural is the verb's object (a place's or a body's own name
    after a definite word, «الوكالة الخاصة طنجة المتوسط», is no such plural, nor a listed name; a
    word opening with «ا/ل/ب/و/ف/ك» is left alone: «الاتحاد العام لنقابات …» goes on with «لـ»)."""
    for n in range(1, len(title)):
        prev, w = an.words[title[n - 1]], an.words[title[n]]
        if prev.startswith(("ال", "وال")) and w[:1] not in "البوفك" and w.endswith("ات") \
                and len(w) >= 5 and w.isalpha() and title[n] not in an.gaz_at:
            return n
    return None


def _names_a_place(an: Analysis, ph: Phrase) -> bool:
    """«مطار الملك عبدالعزيز»، «جامعة الأمير سلطان»: a title and a name right after a building
    or a site name the place."""
    if not ph.title or ph.title[0] != ph.i or ph.i == 0 or has_phrase_break(an.doc.gap(ph.i)):
        return False      # «مديرة الجامعة، البروفيسور نادية بوشلاغم»: set off by a comma, a person
    before = _bare(an.words[ph.i - 1])
    if before[:1] in "بل" and before[1:] in lexicon.premises_nouns():
        before = before[1:]
    return before in lexicon.premises_nouns()


def _instrument(word: str) -> bool:
    """«قانون»، «وقانون»، «بمشروع»: a name's first word that is a text or a plan («ال» or not)."""
    forms = {word, word[1:] if len(word) > 4 and word[0] in "وفبل" else word}
    return any(f in INSTRUMENTS or (f.startswith("ال") and f[2:] in INSTRUMENTS) for f in forms)


def _no_person(an: Analysis, a: int, b: int, known: Callable[[int], bool], *, titled: bool,
               reported: bool) -> bool:
    """Whether name tokens [a, b) are shaped as no person's whole name: an adjective of a place
    in it («حوش السيد علي الحدودية»); after a title, a verbal noun and its object («مدير توزيع
    كهرباء الجنوب»: the rest of the office); with no title, as a reporting verb's subject, a
    definite common noun and more («ونفى المتهم الرئيسي»، «واصل الريال اليمني تعافيه»)."""
    if any(actor_shape.feminine_nisba(an.words[k]) and not known(k) and not womans_family_name(an, a, k) for k in range(a, b)) \
            or (titled and b - a <= 2 and actor_shape.noun_then_its_owner([an.written(x) for x in range(a, min(a + 2, len(an.words)))])):
        return True
    if b - a == 1 and not titled and not known(a) and an.words[a].startswith("ال") \
            and an.written(a).endswith("ة") and an.words[a] not in name_lexicon.article_given_names() \
            and fuller_family_name(an, (an.words[a],), an.doc.tokens[a].start) is None \
            and not any(w.endswith(an.words[a][2:]) for w in an.words[:a]):
        # «الذي وصف اللحظة بأنها …»: one definite noun in «ة», new to the article, is the verb's object; not a family name («الطراونة») written after a given name, nor a body («وقالت الوحدة») named before
        return True
    if b - a < 2 or known(a):
        return False
    first = _bare(an.words[a])
    if titled:
        # the office's action governs a definite word («مدير توزيع كهرباء الجنوب»); a name so shaped
        # has none after it («وزيرة الخارجية تيريز كاييكوامبا فاغنر»)
        return (actor_shape.office_action(first) and any(w.startswith("ال") for w in an.words[a + 1:b])) or (
            ((first[:1] == "ت" and masdar_shaped(first)) or actor_shape.hollow_action(first))
            and an.words[a - 1] in lexicon.title_heads() and an.words[a - 1][:2] == "ال")   # «وأعلن المحافظ تخصيص …»، «الوزيرة إقامة …»
    return reported and actor_shape.untitled_common_noun(an.words[a:b])


def gate(an: Analysis, ph: Phrase, known: Callable[[int], bool], *, reported: bool = False,
         complete: Callable[[int, int], bool] | None = None) -> Phrase | None:
    """`ph` with its name cut before the first word that is no name's, or None when nothing nameable
    is left. `known(k)`: token k is a word of a name the article or the gazetteer gives. `reported`:
    the subject of a reporting verb with no quotation, where a cut means the clause was misread and
    nothing is kept. `complete(a, b)`: tokens [a, b) are a whole name the article gives («بري» after
    «نبيه بري»), after which a clause word (name_end.py) is the clause going on."""
    if ph.name is None and ph.kind == "anonymous":
        agency = next((n for n in range(1, len(ph.title)) if agency_at(an, ph.title[n])), None)
        if agency is not None:
            # «بحسب ما أفاد مصدر في الوزارة وكالة السودان للأنباء»: the agency told, not the source's body
            ph = replace(ph, title=ph.title[:agency], j=ph.title[agency])
    if ph.name is None:
        if ph.entry is None and len(ph.title) > 1:
            n = _repeated_root_plural(an, ph.title)
            n = n if n is not None else _indefinite_after_definite(an, ph.title)
            n = n if n is not None else (instrument_after_body(an, ph.title) or party_standing(an, ph.title))
            if n is not None:
                return replace(ph, title=ph.title[:n], j=ph.title[n])
        return ph
    at_premises = source_at_named_premises(an, ph)
    if at_premises is not None:
        return at_premises
    if ph.kind == "person" and _names_a_place(an, ph):
        return None
    # «وقالت الخبيرة المصرفية داليا عبد الحميد»: the description before a given name is its title
    ph = described_before_given_name(an, ph, known)
    a, b = ph.name
    if not ph.title and not known(a) and _instrument(an.words[a]):
        return None       # «أقر مجلس النواب قانون العمل»: the object passed, not who spoke
    titled = bool(ph.title)
    if titled and not reported and b - a == 1 and not known(a) and _possessed(an, a, strict=True) and an.words[a] not in \
            name_lexicon.given_names() and an.words[a + 1:a + 2] and an.words[a + 1].startswith(("ال", "بال")) and not has_phrase_break(an.doc.gap(a + 1)):
        return replace(ph, name=None, j=a)      # «ختم رئيس الاتحاد مؤتمره الصحفي»: the office, then its object
    if _no_person(an, a, b, known, titled=titled, reported=reported):
        return None
    cut = next((k for k in range(a, b)      # (after «ولد/بن/فان» a name's word: «إسلمو ولد سيدي»)
                if not known(k) and not (k > a and (an.words[k - 1] in FAMILY_PARTICLES or an.written(k).startswith("أل") or family_initial(an, k, b)))
                and (not_a_name_word(an, k, first=k == a, strict=reported and not titled) or _object_after_name(an, a, k))), b)
    after_whole = next((m for m in range(a + 1, cut) if complete is not None and complete(a, m)
                        and not known(m) and clause_word(an, m)), None)
    if after_whole is not None:
        return replace(ph, name=(a, after_whole), j=after_whole if ph.j == b else ph.j)
    if cut == b:
        return ph
    if cut == a or (reported and not titled):     # («التمس وكيل الجمهورية … عقوبة 15 سنة»: the office, no name)
        return replace(ph, name=None, j=a) if titled and not reported and an.words[a + 1:a + 2] and an.words[a + 1].isdigit() else None
    first = an.words[a]
    if not titled and first.startswith("ال") and first not in name_lexicon.article_given_names():
        return None       # «الجنيه السوداني»: a definite noun and its adjective name no person
    return replace(ph, name=(a, cut), j=cut if ph.j == b else ph.j)
