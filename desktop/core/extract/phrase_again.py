"""The last reading of a phrase `actors.parse_phrase` read to token k: a name read first may be a
title's word after all, when a second title or a name follows it («الوسيط القبلي الشيخ …»، «محافظ أسيوط
اللواء هشام …»، «مدير دار الفقيه حسن للفنون عبد الرزاق …»، «مدير المشفى الميداني في دير حافر الدكتور
سامر …»، «الباحث في معهد … في واشنطن فيصل الرميحي»); then the phrase's end, and its kind."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.name_lookalikes import withholds_name
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.family_name import ROLES_IN_A_CASE
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_shapes import given_name_before_kunya
from desktop.core.extract.people_plurals import people_in_construct
from desktop.core.extract.phrase_parts import addressee
from desktop.core.extract.place_then_foreign_name import place_then_foreign_name
from desktop.core.extract.title_asides import (
    body_then_name, complement_then_rank, description_then_address, field_then_name, name_run, place_then_name,
)

_ILA = arabic.normalize("إلى")
_FAMILY_OF = frozenset(arabic.normalize(w) for w in ("أهل", "آل"))
_ITS_COUNTRYSIDE = frozenset(arabic.normalize(w) for w in ("وريفها", "وريفه", "وضواحيها", "وضواحيه"))
# The events a body may be named for, with the event's city and year after: «اللجنة المنظمة لدورة …»
_EVENTS = frozenset(arabic.normalize(w) for w in (
    "دورة", "بطولة", "كأس", "ألعاب", "مهرجان", "معرض", "مؤتمر", "قمة", "منتدى", "أولمبياد", "مونديال"))
# Mauritania's given names in «ال» that a title list holds too: «الشيخ ولد أحمدو»
_GIVEN_BEFORE_WALAD = frozenset(arabic.normalize(w) for w in ("الشيخ",))
# Sport roles a club's name follows before the holder's: «مدرب هورسيد …»، «مهاجم حورسيد …»
_TEAMS = frozenset(arabic.normalize(w) for w in ("المنتخب", "الفريق", "النادي"))
_SPORT_ROLES = frozenset(arabic.normalize(w) for w in ("مدرب", "مهاجم", "لاعب", "حارس", "مدافع", "قائد"))
_ORDINALS = frozenset(arabic.normalize(w) for w in ("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الخامس"))
_COUNCIL_OF_TOWN = frozenset(("البلدي", "الولاءي"))     # Algeria's elected councils: «المجلس الشعبي البلدي لـ…»
_MAIN = frozenset(arabic.normalize(w) for w in ("الرئيسي", "الرئيسية"))


def phrase_read_again(an: Analysis, ph: Phrase, k: int, j: int) -> Phrase | None:
    """`ph` read to token k (before j), its name moved on where a title follows it; None when the
    phrase holds neither a title nor a name."""
    if not ph.name and len(ph.title) > 1 and ph.title[-1] == k - 1 and an.words[k - 1] == _ILA:
        ph.title.pop()      # «توجه رئيس المحكمة إلى المتهم»: «إلى» links nothing where the phrase stopped
        k -= 1
    if ph.name == (k - 2, k) and ph.title and ph.title[-1] == k - 3 and an.words[k - 2] in _FAMILY_OF:
        ph.title.extend((k - 2, k - 1))     # «حافظ مكتبة أهل الخليل»: the family's library, no name
        ph.name = None
    described = description_then_address(an, ph, k, j)
    if described is not None:
        ph.title, ph.kind = list(range(ph.name[0], k + 1)), "person"    # «الوسيط القبلي الشيخ …»
        ph.name, k = described, described[1]
    ranked = complement_then_rank(an, ph, k, j)
    if ranked is not None:
        ph.title.extend(range(ph.name[0], ranked[0]))    # «محافظ أسيوط اللواء هشام أبو النصر»
        ph.name, k = ranked, ranked[1]
    fielded = field_then_name(an, ph, k, j)
    if fielded is not None:
        ph.title.extend(range(ph.name[0], fielded[0]))    # «مدير دار الفقيه حسن للفنون عبد الرزاق …»
        ph.name, k = fielded, fielded[1]
    held_at = place_then_name(an, ph, k, j)
    if held_at is not None:
        ph.title.extend(range(k, held_at[0]))    # «مدير المشفى الميداني في دير حافر الدكتور سامر …»
        ph.name, k = held_at, held_at[1]
    named_after_body = body_then_name(an, ph, k, j)
    if named_after_body is not None:
        ph.title.extend(range(k, named_after_body[0]))    # «الباحث في معهد … في واشنطن فيصل الرميحي»
        ph.name, k = named_after_body, named_after_body[1]
    if ph.name and ph.title and ph.title[-1] == ph.name[0] - 1 and an.words[ph.name[0]] in ("ولد", "بنت") \
            and an.words[ph.title[-1]] in _GIVEN_BEFORE_WALAD and ph.name[1] - ph.name[0] >= 2 \
            and (len(ph.title) == 1 or an.words[ph.title[-2]] in name_lexicon.address_titles()):
        ph.title, ph.name = ph.title[:-1], (ph.title[-1], ph.name[1])     # «، الشيخ ولد أحمدو،»، «الدكتور الشيخ ولد بوبكر»: a name never opens on «ولد»
    if ph.name and ph.name == (k - 1, k) and not ph.title and an.words[k - 1] in ROLES_IN_A_CASE and k < j \
            and an.words[k] in _ORDINALS and not has_phrase_break(an.doc.gap(k)):
        ph.name, k = (k - 1, k + 1), k + 1      # «رد المتهم الأول:»: which of the accused
        named = _name_after_role(an, k, j)
        if named:      # «وأنكر المتهم الأول لي جيان مينغ (38 عاماً)»: the accused, then his name
            ph.title, ph.name, k = [k - 2, k - 1], (k, named), named
    arabi = _given_name_arabi(an, ph)
    if arabi is not None:
        ph.title, ph.name = [x for x in ph.title if x < arabi] or list(range(ph.name[0], arabi)), (arabi, ph.name[1])
    if ph.name and not ph.title and ph.name[1] - ph.name[0] >= 3 and an.words[ph.name[0]] in ("الحاج", "الحاجه"):
        ph.title, ph.name = [ph.name[0]], (ph.name[0] + 1, ph.name[1])     # «الحاج المكي الفلاح»: the pilgrim's honorific, then his name
    role_named = _role_then_name(an, ph, j) if ph.name and not ph.title else None
    if role_named is not None:      # «قال المتهم الرئيسي مامادو صو،»: the role, then his name
        ph.title, ph.name = list(range(ph.name[0], role_named)), (role_named, ph.name[1])
    if ph.name and ph.title and ph.title[-1] == ph.name[0] - 1 and an.words[ph.title[-1]] in _SPORT_ROLES \
            and ph.name[1] - ph.name[0] >= 3 and _team_written_alone(an, ph.name[0]):
        ph.title, ph.name = [*ph.title, ph.name[0]], (ph.name[0] + 1, ph.name[1])     # «مدرب هورسيد فرحان عبدي نور»: his club
    star = _name_after_team_star(an, ph, k, j)
    if star is not None:
        ph.title, ph.kind = [ph.i, ph.i + 1], "person"     # «نجم المنتخب المعز علي»: the team's star, a calling
        ph.name, k = star, star[1]
    spoken_for = _people_spoken_for(an, ph, j)
    if spoken_for is not None:
        ph.title.extend(range(ph.name[0], spoken_for[0]))     # «الناطق باسم أهالي ضحايا انفجار المرفأ ويليام نون»
        ph.name, k = spoken_for, spoken_for[1]
    if _place_as_given_name(an, ph):
        ph.title, ph.name = ph.title[:-1], (ph.title[-1], ph.name[1])     # «الفريق مالي سوتشياتا»
    addressed = _place_then_address(an, ph, j) or _keeper_then_address(an, ph, k, j)
    if addressed is not None:
        ph.title.extend(range(ph.name[0], addressed[0]))     # «… محلية بربر الشيخ عبد الباقي ود الفكي»
        ph.name, k = addressed, addressed[1]
    if _place_inside_name(an, ph, k, j):
        ph.name, k = (ph.name[0], k + 2), k + 2     # «فاطمة عدن علي،»: Aden a father's name in Somalia
    named = place_then_foreign_name(an, ph, k)
    if named != k:
        ph.name = (named, named + 2)     # «رئيس بلدية لامبيدوزا فيليبو مانينو الوضع»: not the object
        ph.title, k = [x for x in ph.title if x < named], named + 2
    hu = _chinese_hu(an, ph, k, j)
    if hu is not None:
        ph.title = ph.title or [hu[0] - 1]
        ph.name, k = hu, hu[1]      # «السفير هو تشانغ تشون»، «المزارع ما شياو دونغ»
    if ph.title and not ph.name and k < j and an.words[k] in _ITS_COUNTRYSIDE and not has_phrase_break(an.doc.gap(k)) \
            and any(m.j == k for m in an.gaz_at.values()):
        ph.title.append(k)      # «المؤسسة العامة لمياه الشرب … في دمشق وريفها»: the city and its countryside
        k += 1
    k = _regnal_number_end(an, ph, k, j)    # «البابا لاون الرابع»
    k = _service_number_then_name(an, ph, k, j)     # «المتحدث باسم خدمة الإنقاذ 1122 بلال أحمد فيضي»
    k = _member_for_seat(an, ph, k, j)     # «النائب عن عكار سجيع عطية»
    k = _head_of_family_named(an, ph, k, j)     # «رب العائلة الحاج محمود عودة»
    if ph.title and ph.name == (k - 1, k) and an.words[k - 1][:1] == "ل" and an.words[ph.title[-1]] in _COUNCIL_OF_TOWN and ph.title[-1] == k - 2:
        ph.title, ph.name = [*ph.title, k - 1], None      # «رئيس المجلس الشعبي البلدي لبوسعادة، الطاهر …»: the town's council
    if ph.title and ph.name and _present_verb_then_preposition(an, ph.name[0]):
        ph.name, k = None, ph.name[0]      # «ضابط في الشرطة الاتحادية يعمل على المعبر»، «والده يتعرض لما»: what he does, no name
    k = _initials_after(an, ph, k, j)       # «المتهم الرئيسي (ع.ب)»
    _amin_read_again(an, ph)            # «وقال الأمين عثمان، وهو صاحب مخبز»
    k = _event_place_and_year(an, ph, k, j)     # «اللجنة المنظمة لدورة الألعاب العالمية تشنغدو 2025»
    if ph.name and ph.title == [ph.name[0] - 1] and an.words[ph.title[0]] in name_lexicon.address_titles() and _tafaul_object(an, ph.name[0], k):
        ph.name, k = None, ph.name[0]     # «وأرجع المهندس تراجع الضخ إلى …»: a verbal noun and its object, what he put down to
    described = (_description_before_patronym(an, ph) or _calling_and_nationality(an, ph)) if ph.name and not ph.title else None
    if described is not None:
        ph.title, ph.name = list(range(ph.name[0], described)), (described, ph.name[1])     # «المرممة الشابة خديجتو بنت اعمر»: what she is, then her name
    if ph.name and ph.title and withholds_name(an, ph.name[0]):
        ph.name, ph.kind, k = None, "anonymous", ph.name[0]     # «مسؤول محلي في معتمدية العامرة طلب عدم نشر اسمه»: no name
    ph.j = k
    given_name_before_kunya(an, ph)      # «… سلوان فخري أبو دياب»
    if not ph.title and not ph.name:
        return None
    if ph.name:
        ph.kind = "person"
        ph.entry = None
    return ph




def _event_place_and_year(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«اللجنة المنظمة لدورة الألعاب العالمية تشنغدو 2025»، «… لكأس العالم 2026»: a body named for an
    event, then the event's city and its year (or its year alone), with no break: part of its name.
    Where the phrase ends then, or k."""
    if ph.name or ph.kind != "organization" or k >= j or not any(
            an.words[x].lstrip("لو")[2:] in _EVENTS or an.words[x].lstrip("لو") in _EVENTS for x in ph.title):
        return k
    year = k + 1 if k + 1 < j and an.words[k].isalpha() and not an.words[k].startswith("ال") else k
    if year >= j or any(has_phrase_break(an.doc.gap(x)) for x in range(k, year + 1)) \
            or not (len(an.words[year]) == 4 and an.words[year].isdigit() and an.words[year][:2] in ("19", "20")):
        return k
    ph.title.extend(range(k, year + 1))
    return year + 1


def _initials_after(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«وأنكر المتهم الرئيسي (ع.ب)»: a defendant or a victim named by initials in brackets right after
    what he is (court reports name no one in full); the role becomes the title, the initials the
    name. Where the phrase ends then, or k."""
    if ph.title or not ph.name or ph.name != (ph.i, k) or k >= j or an.words[ph.i] not in ROLES_IN_A_CASE \
            or "(" not in an.doc.gap(k):
        return k
    end = k
    # («(ع. ر)»: the initials' point reads as a space, document.abbreviation_point)
    while end < j and len(an.words[end]) == 1 and (end == k or an.doc.gap(end).strip() in (".", "")):
        end += 1
    if end - k == 1 and end + 1 <= j and an.words[end].isalpha() and end + 1 < len(an.words) and ")" in an.doc.gap(end + 1):
        end += 1      # «المتهم الرئيسي (ك. رضا)»: the family name's initial, then the given name
    if end - k < 2 or (end < len(an.words) and ")" not in an.doc.gap(end)):
        return k
    ph.title, ph.name = list(range(ph.i, k)), (k, end)
    return end


def _amin_read_again(an: Analysis, ph: Phrase) -> None:
    """«أمين» an office or a given name, read again in place: «أمينة المنطقة سوميثرا بيريرا» opening
    the phrase is an office (a secretary) and its field; «أمين» after a title's definite word and
    before a name («وزير العلم والتعليم أمين أمرالله يف») is the given name; so is «الأمين» alone as
    a title right after a verb, before a name that is no office's complement («وقال الأمين عثمان»،
    not «الأمين العام»: Sudan names so)."""
    t = ph.title
    if not t and ph.name and ph.name[0] == ph.i and an.words[ph.i] in ("امين", "امينه") and ph.name[1] - ph.i >= 4 \
            and an.words[ph.i + 1].startswith("ال") and an.words[ph.i + 1] not in name_lexicon.article_given_names() \
            and not an.words[ph.i + 2].startswith("ال"):
        ph.title, ph.name = [ph.i, ph.i + 1], (ph.i + 2, ph.name[1])     # «أمينة المنطقة سوميثرا بيريرا»: the district's secretary
        return
    if len(t) >= 2 and an.words[t[-1]] == "امين" and an.words[t[-2]].startswith(("ال", "وال")) and ph.name \
            and ph.name[0] == t[-1] + 1 and ph.name[1] - ph.name[0] >= 2 and not an.words[ph.name[0]].startswith("ال"):
        ph.title, ph.name = t[:-1], (t[-1], ph.name[1])     # «وزير العلم والتعليم أمين أمرالله يف»: Amin, a given name
        return
    if t != [ph.i] or an.words[ph.i] != "الامين" or not ph.name or ph.name[0] != ph.i + 1 \
            or ph.i == 0 or not an.is_verb(ph.i - 1) or an.words[ph.i + 1].startswith("ال"):
        return
    ph.title, ph.name = [], (ph.i, ph.name[1])


def _regnal_number_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«البابا لاون الرابع»، «الملك تشارلز الثالث»، «البابا بندكت السادس عشر»: the ordinal after the
    name of a pope, a king or a patriarch is part of his name; where it ends, or k."""
    if not ph.name or ph.name[1] != k or not ph.title or an.words[ph.title[0]] not in name_lexicon.regnal_titles() \
            or k >= j or an.words[k] not in name_lexicon.regnal_ordinals() or has_phrase_break(an.doc.gap(k)):
        return k
    end = k + 1
    if end < j and an.words[end] in ("عشر", "والعشرون") and not has_phrase_break(an.doc.gap(end)):
        end += 1      # «السادس عشر»، «الحادي والعشرون»
    ph.name = (ph.name[0], end)
    return end


_HU, _MA = "هو", "ما"
_ADDRESS_BEFORE_HU = frozenset(("السفير", "السفيره", "الرءيس", "الوزير", "المتحدث", "الدكتور", "البروفيسور"))


def _chinese_hu(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«رئيس بعثة الصين … السفير هو تشانغ تشون إن»: the Chinese family name Hu, right after a title
    that ended the phrase at k, then one or two name words that end it (a break, «إن/أن»): a name,
    not the pronoun «هو» («السفير هو الذي …» goes on with a clause)."""
    # «المزارع ما شياو دونغ لوكالة …»: the family name Ma after any calling (read as a name when no list
    # holds it), with two foreign name words (never one: «قال المسؤول ما نصه:»)
    calling = not ph.title and ph.name == (k - 1, k) and an.words[k - 1] not in name_lexicon.article_given_names()
    if (ph.name and not calling) or not (ph.title or calling) or k >= j or has_phrase_break(an.doc.gap(k)):
        return None
    ma = an.words[k] == _MA and an.words[k - 1].startswith("ال") and (calling or k - 1 == ph.title[-1])
    if not ma and (an.words[k] != _HU or an.words[k - 1] not in _ADDRESS_BEFORE_HU):
        return None
    for end in ((k + 3,) if ma else (k + 3, k + 2)):
        words = an.words[k + 1:end]
        if end <= len(an.words) and len(words) == end - k - 1 and all(
                w.isalpha() and not w.startswith("ال") and w not in name_lexicon.given_names() and len(w) >= (2 if ma else 3)
                and w not in ("الذي", "التي", "من", "ما", "في") and (not ma or any(ch in "اوي" for ch in w[1:])) for w in words) \
                and not any(has_phrase_break(an.doc.gap(x)) or (ma and an.is_verb(x)) for x in range(k + 1, end)) \
                and (end >= len(an.words) or has_phrase_break(an.doc.gap(end)) or an.words[end] in ("ان", "قد")
                     or (ma and (addressee(an.words[end]) or an.words[end] == "من"))):     # («البروفيسور ما لي تشيانغ من كلية …»)
            return k, end
    return None


# Sudan's locality: a place noun in construct, but «المحلية» is the adjective «local» («وزارة التنمية المحلية»)
_LOCALITY = frozenset({arabic.normalize("محلية")})


def _place_then_address(an: Analysis, ph: Phrase, j: int) -> tuple[int, int] | None:
    """«رئيس اتحاد مزارعي محلية بربر الشيخ عبد الباقي ود الفكي»: a place noun closing the title, one
    word no list knows as a given name (the place, which the gazetteer lacks), then a title of address
    and a name that ends the phrase: the word is the place, the name follows the address. The name's
    bounds, or None."""
    if not ph.name or not ph.title or ph.title[-1] != ph.name[0] - 1 \
            or an.words[ph.title[-1]] not in lexicon.place_nouns() | _LOCALITY:
        return None
    x = ph.name[0]
    if x + 2 >= j or an.words[x + 1] not in name_lexicon.address_titles() or known_first_word(an.words[x]) \
            or an.words[x].startswith("ال") or has_phrase_break(an.doc.gap(x + 1)) or has_phrase_break(an.doc.gap(x + 2)):
        return None
    end = name_run(an, x + 2, j)
    return (x + 2, end) if end is not None else None


# Keepers of something, given names as often: «حافظ»، «أمين» (not «محمد الأمين الشيخ …», a compound given name)
_KEEPERS = frozenset(arabic.normalize(w) for w in ("حافظ", "أمين", "حارس", "خازن"))


def _keeper_then_address(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«قال حافظ المخطوطات الشيخ أحمد ولد الشريف»: a phrase read as a name of two words with no title,
    the second definite («المخطوطات»: what the keeper keeps), then a title of address and a name that
    ends the phrase: the two words were what the person is («حافظ» a given name as often). The name's
    bounds, or None."""
    if ph.title or ph.name != (k - 2, k) or k + 2 >= j or not an.words[k - 1].startswith("ال") \
            or not (an.words[k - 1].endswith("ات") or an.words[k - 2] in _KEEPERS) \
            or an.words[k] not in name_lexicon.address_titles() or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return None
    end = name_run(an, k + 1, j)
    return (k + 1, end) if end is not None and end - (k + 1) >= 2 else None


def _place_inside_name(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«قالت فاطمة عدن علي، التي …»: a one-word place the gazetteer knows («عدن») between a known
    given name the phrase stopped on and a known given name closing the phrase is a name word."""
    mention = an.gaz_at.get(k)
    given = name_lexicon.given_names()
    return (ph.name == (k - 1, k) and mention is not None and mention.j == k + 1 and k + 2 <= j
            and an.words[k - 1] in given and an.words[k + 1] in given and not an.words[k].startswith("ال")
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1))
            and (k + 2 >= len(an.words) or has_phrase_break(an.doc.gap(k + 2))))


def _place_as_given_name(an: Analysis, ph: Phrase) -> bool:
    """«المتحدثة باسم وزارة الدفاع الكمبودية الفريق مالي سوتشياتا»: a one-word place the gazetteer
    knows («مالي»), right after a rank or a title of address and right before a one-word name (or
    after a nationality, before one or two), is the name's first word: a rank is never followed by
    a place of its own."""
    if not ph.name or ph.name[1] - ph.name[0] > 2 or len(ph.title) < 2 or ph.title[-1] != ph.name[0] - 1:
        return False
    x = ph.title[-1]
    mention = an.gaz_at.get(x)
    # («وزير الصحة الكيني عدن باري دوالي»: nor is a nationality, a name of two words after it)
    before = an.words[x - 1]
    opens = (before in name_lexicon.address_titles() and ph.name[1] - ph.name[0] == 1) \
        or (before.startswith("ال") and country_nisba(an, before))
    return mention is not None and mention.j == x + 1 and opens \
        and ph.title[-2] == x - 1 and not an.words[x].startswith("ال") and not has_phrase_break(an.doc.gap(x))



def _name_after_team_star(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«نجم المنتخب المعز علي» read as a name to k: «نجم» and the team are a calling; the name is the
    words after them, read on over known given names («علي», which the reading took for «على»)."""
    if not ph.name or ph.title or ph.name[0] != ph.i or an.words[ph.i] != "نجم" or ph.i + 2 >= j \
            or an.words[ph.i + 1] not in _TEAMS or has_phrase_break(an.doc.gap(ph.i + 2)):
        return None
    end = k
    while end < j and end - (ph.i + 2) < 3 and not has_phrase_break(an.doc.gap(end)) and known_first_word(an.words[end]):
        end += 1
    return ph.i + 2, end


def _team_written_alone(an: Analysis, x: int) -> bool:
    """The word at x is written elsewhere without the words of the name after it («فوزه على هورسيد بهدفين»،
    «ناديي حورسيد وإلمان»): a team's name, not a given name."""
    w, nxt = an.words[x], an.words[x + 1]
    return any(an.words[p] == w and (p + 1 >= len(an.words) or an.words[p + 1] != nxt) for p in range(len(an.words)) if p != x)


def _people_spoken_for(an: Analysis, ph: Phrase, j: int) -> tuple[int, int] | None:
    """After «باسم», a plural of people in construct («أهالي»، «عائلات») read as a name opens whom the
    spokesman speaks for; the name is the first run of two to five name words that ends the phrase."""
    if not ph.name or not ph.title or an.words[ph.title[-1]] != "باسم" or not people_in_construct(an.words[ph.name[0]]):
        return None
    for x in range(ph.name[0] + 1, min(j, ph.name[0] + 6)):
        if has_phrase_break(an.doc.gap(x)):
            return None
        end = name_run(an, x, j)
        if end is not None:
            return x, end
    return None


def _tafaul_object(an: Analysis, a: int, k: int) -> bool:
    """«تراجع الضخ»، «تزايد الطلب»: a verbal noun تفاعل (no given name the lists know is so shaped)
    and the definite word it governs, all of the name read at [a, k)."""
    w = an.words[a]
    return k == a + 2 and len(w) == 5 and w[0] == "ت" and w[2] == "ا" and w not in name_lexicon.given_names() \
        and w not in name_lexicon.masdar_shaped_names() and an.words[a + 1].startswith("ال")


def _description_before_patronym(an: Analysis, ph: Phrase) -> int | None:
    """Where the name opens in a name reading that begins with definite words and holds a given name
    and its «بنت/ولد/بن/منت» («المرممة الشابة خديجتو بنت اعمر»): the definite words say what the
    person is; None when the reading is not so."""
    a, b = ph.name
    if an.words[a] in name_lexicon.person_descriptors() or has_phrase_break(an.doc.gap(a)):
        return None       # («، التلميذة مريم بنت الشيخ سيديا،»: set off after a title, the apposition reader takes the description off)
    x = a
    while x < b and an.words[x].startswith("ال") and an.words[x].isalpha():
        x += 1
    if x == a or x + 2 > b or x + 1 >= len(an.words) or an.words[x + 1] not in ("بنت", "ولد", "بن", "منت") or an.words[x].startswith("ال"):
        return None
    return x


def _calling_and_nationality(an: Analysis, ph: Phrase) -> int | None:
    """Where the name opens in a name reading «المستعرب الصيني لي جين شيانغ»: a definite calling no
    list knows and a country's nisba, then two words or more no lexicon gives as common: the first two
    say what the person is; None when the reading is not so."""
    a, b = ph.name
    if b - a < 4 or not an.words[a].startswith("ال") or not country_nisba(an, an.words[a + 1]) or an.words[a] in name_lexicon.article_given_names() \
            or any(an.words[x].startswith("ال") or not an.words[x].isalpha() for x in range(a + 2, b)):
        return None
    return a + 2


def _name_after_role(an: Analysis, k: int, j: int) -> int:
    """The end of a name of two or three words no lexicon gives as common, opening at k with no
    break and closing on a break, a bracket or a verb; 0 when there is none."""
    end = _name_run(an, k, j, longest=3)
    closes = end >= len(an.words) or has_phrase_break(an.doc.gap(end)) or "(" in an.doc.gap(end) or an.is_verb(end) \
        or addressee(an.words[end]) or an.words[end] in lexicon.complementisers()
    return end if end - k >= 2 and closes else 0


def _role_then_name(an: Analysis, ph: Phrase, j: int) -> int | None:
    """Where the name opens in a name reading «المتهم الرئيسي مامادو صو» or «الضحية سلمى …»: a role
    in a case, perhaps which of the accused, then a name of two or three words to the reading's end."""
    a, b = ph.name
    if b - a < 3 or (an.words[a] not in ROLES_IN_A_CASE and an.words[a] not in name_lexicon.person_descriptors()):
        return None       # («قالت الممرضة ألماز تسفاي»: what she is, then her name)
    start = a + 2 if an.words[a] in ROLES_IN_A_CASE and (an.words[a + 1] in _ORDINALS or an.words[a + 1] in _MAIN) else a + 1
    return start if b - start >= 2 and _name_after_role(an, start, max(j, b)) == b else None


def _member_for_seat(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«رحب النائب عن عكار سجيع عطية بالقرار»: a member of parliament «عن» a seat no list knows,
    then a given name and one or two name words: the seat joins the title, the words are his name.
    Returns where the phrase now ends (k when it is not so)."""
    words = an.words
    if ph.name or not ph.title or ph.title[-1] != k - 1 or words[k - 1] not in _MEMBERS or k + 3 >= j or words[k] != "عن" \
            or not words[k + 1].isalpha() or words[k + 1].startswith("ال") or words[k + 1] in lexicon.stop_words() \
            or has_phrase_break(an.doc.gap(k + 1)) or has_phrase_break(an.doc.gap(k + 2)):
        return k
    end = _name_run(an, k + 2, j)
    if end - (k + 2) < 2:
        return k
    ph.title.extend((k, k + 1))
    ph.name = (k + 2, end)
    return end


_MEMBERS = frozenset(("الناءب", "الناءبه", "ناءب", "ناءبه"))


def _name_run(an: Analysis, k: int, j: int, longest: int = 4) -> int:
    """The end of a run of up to `longest` name words from k: no article as written («ألماز» has its
    hamza), no common word, verb or function word, no one spoken to, no break before or inside."""
    words = an.words
    end = k
    while end < min(j, k + longest) and words[end].isalpha() and not an.written(end).startswith("ال") and not addressee(words[end]) \
            and not an.is_common_word(end) and not an.is_verb(end) and words[end] not in lexicon.stop_words() \
            and not (words[end].startswith("بال") and end > k) and not has_phrase_break(an.doc.gap(end)):
        end += 1
    return end


def _service_number_then_name(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«المتحدث باسم خدمة الإنقاذ 1122 بلال أحمد فيضي»: a service's number after the body an office
    speaks for, then a given name and one or two more name words: the number joins the title, the
    words are the holder's name. Returns where the phrase now ends (k when it is not so)."""
    words = an.words
    if not ph.title or ph.name or ph.title[-1] != k - 1 or k + 2 >= j or not words[k].isdigit() or "باسم" not in (words[x] for x in ph.title) \
            or words[k + 1] not in name_lexicon.given_names() or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return k
    end = _name_run(an, k + 1, j)
    if end - (k + 1) < 2:
        return k
    ph.title.append(k)
    ph.name = (k + 1, end)
    return end


def _present_verb_then_preposition(an: Analysis, x: int) -> bool:
    """«يعمل على»، «يقيم في»: a verb in the present of three root letters, no given name, then a
    preposition with no break: what a person described does."""
    w = an.words[x]
    return (len(w) == 4 or (len(w) == 5 and w[1] in "تن")) and w[0] == "ي" and w not in name_lexicon.given_names() and not known_first_word(w) \
        and x + 1 < len(an.words) and an.words[x + 1] in ("علي", "في", "مع", "لدي", "من", "منذ", "لما") and not has_phrase_break(an.doc.gap(x + 1))


def _given_name_arabi(an: Analysis, ph: Phrase) -> int | None:
    """«الفلاح العربي الطويل،»، «الفلاح العربي سالم،»: after a calling of ordinary people, «العربي» and
    one more name word that ends the phrase is the Maghreb's given name Larbi, no nisba; where the
    name opens, or None."""
    if not ph.name or ph.name[1] >= len(an.words) or not has_phrase_break(an.doc.gap(ph.name[1])):
        return None
    words = an.words
    at = ph.name[0] + 1 if not ph.title else ph.name[0] - 1
    if at < 1 or words[at] != "العربي" or words[at - 1] not in name_lexicon.person_descriptors() or ph.name[1] - at != 2 \
            or (ph.title and ph.title[-1] != at):
        return None
    return at


def _head_of_family_named(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«وقال رب العائلة الحاج محمود عودة (71 عاماً):»: «رب العائلة/الأسرة» read as a name, then a pilgrim's
    or a man's honorific and his name: what he is, then who. Returns where the phrase now ends."""
    words = an.words
    if ph.title or ph.name != (k - 2, k) or words[k - 2] != "رب" or words[k - 1] not in ("العاءله", "الاسره") or k >= j:
        return k
    start = k + 1 if words[k] in ("الحاج", "السيد") else k
    end = _name_run(an, start, j)
    if end - start < 2:
        return k
    ph.title, ph.name = list(range(k - 2, start)), (start, end)
    return end
