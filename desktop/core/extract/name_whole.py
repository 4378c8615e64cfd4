"""The last check on a phrase about to become an actor: its name whole, or nothing.

Whatever rule read a phrase, the name it gives must look like the whole name of a person, a body
or an unnamed source, not a piece of one nor one run on into the clause. The gate (actor_gate.py)
cuts a name before words no name has; this module looks at where the phrase stops and starts:

  * a body's or a source's name stops before the outlet it spoke to («… للجريدة»);
  * a body's quoted name takes what the body is for («شبكة "عين" لمراقبة الانتخابات»);
  * a bare body does not take «بالـ» + a quality («وصفتها الوزارة بالعادية»): what it called a thing;
  * a body's name does not go on into a plural of people, the verb's object: «ودعت المفوضية
    الناخبين إلى …» (a singular body with «ال» takes no adjective in «ـين/ـون»: that agrees with
    people); nor into a feminine adjective after a masculine body («تعليمات البنك الخاصة
    بأسعار …»: «الخاصة» is the instructions'), which the reader takes as the body's own;
  * a name that stops on a word that must govern another («مسؤول في إحدى»، «مصدر في إدارة
    مطار»، «منظمة أطباء» before «بلا حدود») is cut: it takes the words it governs, or is no name;
  * a word for what a private person is («المواطن») before a name is a description, not the
    name's first word, even when the given name is too short for the reader («المواطن يس …»);
  * an office's field after «لـ» («الوكيل المساعد لقطاع التعليم العام أسامة السلطان») is part of
    the title, and the name begins at the given name after it;
  * a source described after its verb does not begin with «و» («ألف طالب وطالبة في المدارس»:
    «طالب» was the counted noun, not the verb «طالب»);
  * a given name written with «ال» («إلياس») after a title is the name's first word;
  * «ولي أمر» is a guardian, described and unnamed: «أمر» is no name;
  * a definite document alone («وأضاف البلاغ») is no one's name: its issuer speaks;
  * a person's name has no second thing joined with «و» that is a place or a building
    («والشيخ عثمان ودار سعد»: a list of districts): the phrase names no one; nor does a phrase
    after the dual of a place noun («في مديريتي الشيخ عثمان والمنصورة»): two places are named;
  * a body's name does not go on into the object of its verb and the verb's second complement
    («دعت الإدارة العامة للمرور السائقين إلى الانتباه …»): a plural of people after the body's
    name and before «إلى/على/من» is whom it called on;
  * a body's name does not go on into a title of address («في الهيئة المهندس يوسف …»): after a
    definite word an honorific opens the next person's name, no body's word;
  * an office's field read as the name (a place, «لجهة الدار البيضاء سطات») gives way to the name
    set in apposition after it between commas («…، عبد المومن طالب، أن …»);
  * the place an office governs («والي باتنة محمد …») is the title's, not the name's first word
    (governed_place.py);
  * nor is a name a common noun: groups described, documents, a title's complement or its tail,
    a description or an office around the name (name_common.py)."""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.prevention_aim import prevention_end
from desktop.core.extract.analysis import NAME_CONNECTORS, QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.name_shapes import PATRONYMICS
from desktop.core.extract.name_common import (
    AFFAIRS, after_place_dual, bare_body_word, described_before_name, described_group, document_for_issuer,
    counted_title, fronted_preposition, joined_office_holders, nationality_before_name, office_after_name,
    office_holders, title_complement,
)
from desktop.core.extract.governed_place import place_governed
from desktop.core.extract.title_surname import office_word_surname
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.people_plurals import COMPLEMENT_PREPOSITIONS, complement_word, people_plural
from desktop.core.extract.name_frame import closes_frame

# Words that must be followed by the noun they count or pick out: «إحدى الشركات»، «أحد العاملين».
_GOVERNING = frozenset(arabic.normalize(w) for w in ("إحدى", "أحد", "بعض", "كافة", "مختلف"))

# Masculine heads of bodies: a feminine adjective right after one agrees with something else («تعليمات البنك الخاصة»).
_MASCULINE_HEADS = frozenset(arabic.normalize(w) for w in (
    "البنك", "المصرف", "المجلس", "المكتب", "المركز", "الصندوق", "الجهاز", "الاتحاد", "الحزب", "المعهد",
    "المرصد", "الديوان", "التحالف", "الائتلاف", "التيار", "الجيش"))


def _head(word: str) -> bool:
    """A body's or a site's head, indefinite («إدارة»، «مطار»، «شركات»): it governs a name after it."""
    if word.startswith("ال"):
        return False
    plural_of = word[:-2] + "ه" if word.endswith("ات") else ""
    return (word in lexicon.org_heads() or word in lexicon.premises_nouns() or word in lexicon.place_nouns()
            or (plural_of and (plural_of in lexicon.org_heads() or plural_of in lexicon.premises_nouns())))


def _plain(an: Analysis, k: int) -> bool:
    """Token k may go on a body's name: a word, joined with no break, no function word or time."""
    w = an.words[k]
    return (w.isalpha() and len(w) >= 2 and not has_phrase_break(an.doc.gap(k))
            and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and not an.is_time(k) and not an.is_verb(k) and not an.is_outlet(k) and not an.is_report_noun(k))


def _body_end(an: Analysis, ph: Phrase) -> Phrase:
    """A body's title cut before a plural of people or a feminine adjective that agree with no
    singular masculine body («المفوضية الناخبين»، «البنك الخاصة»)."""
    words = an.words
    for n in range(1, len(ph.title)):
        head, w = words[ph.title[n - 1]], words[ph.title[n]]
        if not (head.startswith("ال") and head in lexicon.org_heads()):
            continue
        people = w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) >= 7 \
            and w not in name_lexicon.article_given_names()
        feminine = head in _MASCULINE_HEADS and w.startswith("ال") and w.endswith("ه") and not w.endswith("يه")
        if people or feminine:
            return replace(ph, title=ph.title[:n], j=ph.title[n])
    return ph


# What a verb of calling or warning takes after its object (COMPLEMENT_PREPOSITIONS): «دعت الإدارة
# السائقين إلى …»، «حثت الوزارة المواطنين على …»، «حذرت الهيئة المزارعين من …».
def _object_then_complement(an: Analysis, ph: Phrase) -> Phrase:
    """«دعت الإدارة العامة للمرور السائقين إلى الانتباه …»: a definite plural of people in «ـين/ـون» after a definite word of a body's title
    and right before «إلى/على/من» is the verb's object, its second complement after it; the body's name stops before it («الإدارة العامة
    للمرور»). A plural of people after another («للمهندسين الزراعيين») is its adjective and stays."""
    words = an.words
    for n in range(1, len(ph.title)):
        # the complement may lie past the title's end («السائقين إلى "الالتزام …"»)
        at = ph.title[n] + 1
        if at >= len(words) or (n + 1 < len(ph.title) and ph.title[n + 1] != at) or has_phrase_break(an.doc.gap(at)):
            continue
        prev, w, nxt = words[ph.title[n - 1]], words[ph.title[n]], words[at]
        if not (nxt in COMPLEMENT_PREPOSITIONS or (people_plural(w) and complement_word(nxt))):
            continue
        shaped = w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) >= 7
        if (shaped or people_plural(w)) and w.isalpha() \
                and w not in name_lexicon.article_given_names() and not prev.endswith(("ين", "ون")) \
                and prev.startswith(("ال", "لل")) and ph.title[n] not in an.gaz_at:
            return replace(ph, title=ph.title[:n], j=ph.title[n])
    return ph


def _address_ends_body(an: Analysis, ph: Phrase) -> Phrase:
    """«في الهيئة المهندس يوسف العمادي»: a title of address («المهندس»، «الدكتور») after a definite
    word of a body's title opens the next person's name; the body stops before it («الهيئة»). After
    an indefinite head it is the body's namesake («مستشفى الشيخ خليفة») and stays."""
    from desktop.core.extract.title_asides import address_word
    words = an.words
    for n in range(1, len(ph.title)):
        if address_word(words[ph.title[n]]) and words[ph.title[n - 1]].startswith("ال") \
                and ph.title[n] not in an.gaz_at and ph.title[n - 1] not in an.gaz_at:
            return replace(ph, title=ph.title[:n], j=ph.title[n])
    return ph


def _addressee_end(an: Analysis, ph: Phrase) -> Phrase:
    """«مصدر بالمديرية الإقليمية للتعليم للجريدة»: a body's or a source's words stop before the paper, the channel or the site it spoke to
    («للجريدة»، «للصحيفة»): no body is named for the outlet it talks to."""
    words = an.words
    for n in range(1, len(ph.title)):
        w = words[ph.title[n]]
        if (w.startswith("لل") and w[2:] in lexicon.media_nouns()) or an.is_outlet(ph.title[n]):
            return replace(ph, title=ph.title[:n], j=ph.title[n])
    return ph


def _quoted_purpose(an: Analysis, ph: Phrase) -> Phrase:
    """«شبكة "عين" لمراقبة الانتخابات»: a body's quoted name followed by «لـ» on a verbal noun and
    the definite noun it governs says what the body is for, as after a definite name (title_asides.purpose_of_body): the name takes it."""
    words, k = an.words, ph.j
    last = ph.title[-1]
    if k != last + 1 or k + 1 >= len(words) or not any(ch in QUOTE_MARKS for ch in an.doc.gap(k)) \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return ph
    w, nxt = words[k], words[k + 1]
    bare = w[1:]
    verbal = bare in lexicon.action_nouns() or w in lexicon.purpose_nouns() \
        or (len(bare) == 5 and bare[0] == "ت" and bare[3] == "ي")
    if not (w[:1] == "ل" and not w.startswith("لل") and w.isalpha() and verbal and nxt.startswith("ال")
            and nxt.isalpha() and not an.is_time(k + 1)):
        return ph
    return replace(ph, title=[*ph.title, k, k + 1], j=k + 2)


def _described_as(an: Analysis, ph: Phrase) -> Phrase:
    """«وصفتها الوزارة بالعادية»: a bare definite body followed by «بالـ» on a word that is no body,
    no place and no building is what the body called something, not where it is; the body's name
    stops before it («الوزارة»)."""
    if len(ph.title) != 2:
        return ph
    head, w = an.words[ph.title[0]], an.words[ph.title[1]]
    rest = w[3:]
    if not (head.startswith("ال") and head in lexicon.org_heads() and w.startswith("بال") and len(rest) >= 3):
        return ph
    if "ال" + rest in lexicon.org_heads() or rest in lexicon.org_heads() or rest in lexicon.premises_nouns() \
            or rest in lexicon.place_nouns() or ph.title[1] in an.gaz_at:
        return ph
    return replace(ph, title=ph.title[:1], j=ph.title[1])


_SOURCES = frozenset(arabic.normalize(w) for w in ("مصدر", "مصادر"))


def _governed_end(an: Analysis, ph: Phrase) -> Phrase | None:
    """A body's or a source's words stopping on a word that governs what follows: the words it
    governs taken in («مصدر في إدارة مطار معيتيقة»، «مسؤول في إحدى شركات المراجعة»، «منظمة أطباء
    بلا حدود»), or None when they cannot be."""
    words, k = an.words, ph.j
    if k != ph.title[-1] + 1:
        return ph
    last = words[ph.title[-1]]
    if k + 1 < len(words) and words[k] == "بلا" and not last.startswith("ال") and _plain(an, k + 1) \
            and not has_phrase_break(an.doc.gap(k)):
        return replace(ph, title=ph.title + [k, k + 1], j=k + 2)     # «أطباء بلا حدود»: what the body is without
    # («مصادر بلدية قالت»: after a source's head the word is its adjective, municipal, governing nothing)
    need = last in _GOVERNING or (len(ph.title) > 1 and _head(last) and not (
        len(ph.title) == 2 and words[ph.title[0]] in _SOURCES))
    title = list(ph.title)
    while need:
        if k >= len(words) or not _plain(an, k):
            return None
        title.append(k)
        need = words[k] in _GOVERNING or _head(words[k])
        k += 1
    return replace(ph, title=title, j=k) if k != ph.j else ph


# Honorifics of a private person written before the given name: «الحاج العيد منصوري»
HONORIFICS = frozenset(arabic.normalize(w) for w in ("الحاج", "الحاجة"))
# Given names shaped as a nisba, left out of the article given names: after an honorific, a name
_NISBA_GIVEN = frozenset(arabic.normalize(w) for w in ("العربي", "المكي"))


def described(an: Analysis, ph: Phrase) -> Phrase:
    """«المواطن يس عبد الله»: the descriptor goes to the title; so do descriptors stacked after
    one («الفلاح الحاج مسعود بن عمار»: a farmer, a pilgrim), each what the person is."""
    descriptors = name_lexicon.person_descriptors()
    while ph.name is not None:
        a, b = ph.name
        nxt = an.words[a + 1] if b - a >= 2 else ""
        if any(an.words[t] not in descriptors for t in ph.title) or an.words[a] not in descriptors or not nxt \
                or (nxt.startswith("ال") and nxt not in name_lexicon.article_given_names()
                    and not (nxt in descriptors and b - a >= 3)
                    # «الحاج العيد منصوري»: a given name in «ال» before a word with none, no nisba
                    and not (an.words[a] in HONORIFICS and b - a >= 3 and not an.words[a + 2].startswith("ال")
                             and (not nxt.endswith(("ي", "يه")) or nxt in _NISBA_GIVEN))):
            return ph
        ph = replace(ph, title=[*ph.title, a], name=(a + 1, b))
    return ph


def _field_of_office(an: Analysis, ph: Phrase) -> Phrase | None:
    """«الوكيل المساعد لقطاع التعليم العام أسامة السلطان»: a titled name opening with «لـ» on a word
    that is no given name is the office's field; the name starts at the first known given name
    after it, or at the word after a title of address («… لطب الأطفال الدكتورة سعاد …»), read on
    as a name, or there is none."""
    from desktop.core.extract.actors import parse_phrase   # actors imports the gate's modules
    from desktop.core.extract.title_asides import address_word
    a, b = ph.name
    w = an.words[a]
    if not ph.title or not w.startswith("ل") or len(w) < 3 or known_first_word(w) or known_first_word(w[1:]):
        return ph
    nxt = an.words[a + 1] if a + 1 < b else ""
    if nxt in name_lexicon.regnal_ordinals() and an.words[ph.title[0]] in name_lexicon.regnal_titles():
        return ph     # «البابا لاون الرابع»: a name in «ل» and its regnal number
    rest_named = all(an.words[x].isalpha() and (not an.words[x].startswith(("ال", "و")) or an.written(x).startswith("أل"))
                     for x in range(a + 1, b))      # («لاورا فيلاسكيث ألسوا»: «أل» with its hamza is a name's)
    if 2 <= b - a <= 3 and rest_named and w[1:] not in an.word_set \
            and (b >= len(an.words) or has_phrase_break(an.doc.gap(b)) or closes_frame(an, b) == "that"
                 or an.words[b] in ("الي", "علي", "ل") or (an.words[b][:1] == "ل" and b in an.gaz_at)):     # («المحللة لويزا فيريرا لـ"…"»، «… لبي بي سي»: the outlet told)
        # «المتحدث باسم الحركة لورانس كانيوكا،»، «… لوران بوكيرا قوله»، «دعت زعيمة الحركة لويزا
        # غونزاليس إلى …»: a name in «ل», then what the verb takes
        return ph
    short = len(w) < 4      # «لطب»: a field of three letters only before a title of address
    # a word of four letters («لنقل») is the field only when a given name follows it in the name
    # («… لنقل وتوزيع الكهرباء أسامة»); alone it may be a family name in «لـ» («المحافظ لملس»)
    # «… الفلسطيني لكرة القدم،»: «لـ» on a noun that governs a definite word is the office's field
    # («لورا الخازن لحود» runs on to a third word: a name)
    lost = None if len(w) >= 5 or (b - a == 2 and an.words[a + 1].startswith("ال")) else ph
    for k in range(a + 1, min(a + 6, len(an.words))):
        if has_phrase_break(an.doc.gap(k)):
            return ph if short else _name_in_commas(an, ph, k) or lost
        # «رئيسة الجمعية المغربية لطب الأطفال الدكتورة سعاد الإدريسي»: a title of address opens
        # the holder's name, known to the lexicons or not; the name is the word after it on
        honorific = address_word(an.words[k - 1]) and an.words[k].isalpha() and not an.words[k].startswith("ال")
        if (known_first_word(an.words[k]) and not an.words[k].startswith("ال") and not short) or honorific:
            again = parse_phrase(an, k, len(an.words))
            if again is None or again.name is None or again.name[0] != k:
                return ph if short else lost
            return replace(ph, title=ph.title + list(range(a, k)), name=again.name, j=again.j)
    if not short and b - a == 3 \
            and all(an.words[x].isalpha() and not an.words[x].startswith("ال") for x in range(a + 1, b)) \
            and (b >= len(an.words) or has_phrase_break(an.doc.gap(b)) or closes_frame(an, b)):
        # «الرئيس التنفيذي لماغنيت فيليب بحوشي لـ"ومضة" إن»: a company in «لـ», then a name of two words no lexicon knows, closed by the frame
        return replace(ph, title=ph.title + [a], name=(a + 1, b))
    return ph if short else lost


# How many words a name set between commas after an office may have («، عبد المومن طالب،»).
_APPOSED_WORDS = 5


def _name_in_commas(an: Analysis, ph: Phrase, k: int) -> Phrase | None:
    """«مدير الأكاديمية … لجهة الدار البيضاء سطات، عبد المومن طالب، أن …»: the office's field ends
    at a comma, and a name opening on a known given name set between that comma and the next is
    its holder, every word of it («طالب» is a family name there, though also a verb): the stretch
    between two commas after an office is the name in apposition, whole. None when there is none."""
    words = an.words
    if an.doc.gap(k).strip() not in ("،", ","):
        return None
    g = k + 1 if _described_holder(an, k) else k     # «، الناقد يوسف الخمليشي،»: the description is the title's
    if words[g].startswith("ال"):
        return None
    for end in range(g + 1, min(g + _APPOSED_WORDS + 1, len(words) + 1)):
        gap = an.doc.gap(end).strip() if end < len(words) else ""
        if gap in ("،", ","):
            break
        if end >= len(words) or gap or not words[end].isalpha() or words[end] in lexicon.stop_words() \
                or words[end] in lexicon.prepositions():
            return None
    else:
        return None
    if not known_first_word(words[g]) and not (end + 1 < len(words) and words[end] in ("ان", "بان") and end - g >= 2
                                               and words[g] not in lexicon.stop_words() and words[g] not in lexicon.prepositions() and not an.is_time(g)):
        return None       # («… البلدي لعزابة، رابح سلامة، إن»: two names set off right before what he said)
    a = ph.name[0]
    return replace(ph, title=ph.title + list(range(a, g)), name=(g, end), j=end)


def _description_opens(an: Analysis, ph: Phrase) -> Phrase:
    """«الناقد يوسف الخمليشي» read as one name: the calling before the given name is the title's."""
    n_i, n_j = ph.name
    if n_j - n_i >= 3 and _described_holder(an, n_i):
        return replace(ph, title=ph.title + [n_i], name=(n_i + 1, n_j))
    return ph


def _described_holder(an: Analysis, k: int) -> bool:
    """«، المربية هيام مصاروة،»، «، البروفيسور نذير بن سعيد،»: a definite word that is no given name,
    right before a known given name, describes the holder (a calling, a rank): it is no name's."""
    words = an.words
    return k + 1 < len(words) and words[k].startswith("ال") and words[k].isalpha() \
        and words[k] not in name_lexicon.article_given_names() and words[k] != "الامين" and not an.doc.gap(k + 1).strip() \
        and known_first_word(words[k + 1]) and not words[k + 1].startswith("ال") \
        and words[k + 1] not in NAME_CONNECTORS and words[k + 1] not in PATRONYMICS   # «السالكة بنت أحمد»


def _joined_place(an: Analysis, ph: Phrase) -> bool:
    """«عثمان ودار سعد»: a name word «و» + a place or a building: a list, no one's name."""
    a, b = ph.name
    for k in range(a + 1, b):
        w = an.words[k]
        if len(w) >= 3 and w[0] == "و" and (w[1:] in lexicon.premises_nouns() or w[1:] in lexicon.place_nouns()
                                             or w[1:] in _SITES):
            return True
    return False


_SITES = frozenset(arabic.normalize(w) for w in ("دار", "حي", "بلدة", "قرية", "مدينة", "منطقة", "مديرية"))


def _joined_description(word: str) -> bool:
    """«وطالبة في المدارس …» (after «ألف طالب»): «و» and what a person is joins a second group to
    a list; a source's description after its verb never begins with «و»."""
    from desktop.core.extract.phrase_parts import unnamed_person
    rest = word[1:]
    return len(word) > 4 and word[0] == "و" and (unnamed_person(rest) or rest in lexicon.descriptor_heads())


def _given_name_ending_title(an: Analysis, ph: Phrase) -> Phrase:
    """«وزير المالية إلياس موسى دواله»: a given name that opens with «ال» as written («إلياس»،
    «الوليد») read as the title's last definite word is the name's first: the name takes it. So
    does a compound given name in «الدين» read as a second place after the title's place
    («بولاية البحر الأحمر صلاح الدين محمد نور»: Salah al-Din is an Iraqi province too)."""
    a, b = ph.name
    t = ph.title[-1] if ph.title else -1
    if len(ph.title) >= 4 and t == a - 1 and an.words[t] == "الدين" and ph.title[-2] == t - 1 \
            and an.words[t - 1] in name_lexicon.given_names() and (t - 2) in ph.title \
            and (an.words[t - 2].startswith(("ال", "بال")) or (t - 2) in an.gaz_at) and b - a <= 3 \
            and not has_phrase_break(an.doc.gap(t - 1)):
        return replace(ph, title=ph.title[:-2], name=(t - 1, b))
    w = an.words[t] if t >= 0 else ""
    # «مفوض المهرجان الشيخ ولد بلال»: Mauritania's «الشيخ» before «ولد» is a given name, not a title
    sheikh = w == "الشيخ" and an.words[a] == "ولد" and b - a >= 2
    # «عمدة بلدية أوجفت السيدة السالمة منت الشيخ»: after «السيد/السيدة», a definite word before «منت/ولد» is the given name
    lineage = an.words[a] in ("منت", "ولد", "بنت") and t >= 1 and an.words[t - 1] in ("السيد", "السيده") and w.isalpha()
    # («الشيخ ولد سيدي عبد الله»: the patronym's «عبد» makes five words)
    if (len(ph.title) < 2 and not sheikh) or t != a - 1 or not w.startswith("ال") or b - t > 4 + sheikh \
            or has_phrase_break(an.doc.gap(a)) or an.words[t - 1] in name_lexicon.sellers() \
            or any(ch in QUOTE_MARKS for ch in an.doc.gap(a)) \
            or (not an.words[t - 1].startswith("ال") and in_lex(an.words[t - 1], lexicon.org_heads(), clitics=True)) \
            or not (w in name_lexicon.given_names() or w in name_lexicon.article_given_names() or sheikh or lineage):
        return ph         # («بائع الخضر سليم الجلاصي»، «لحزب الخضر فيليكس باناشاك»: no al-Khidr; «مدرسة "خالد بن الوليد"»: a quoted name's end)
    return replace(ph, title=ph.title[:-1], name=(t, b))


def _sayyid_surname(an: Analysis, ph: Phrase) -> Phrase:
    """«الأمينة العامة لجمعية الهلال الأحمر السوداني عايدة السيد عبد الله»: «السيد» right after a
    known given name, the title read so far ending on both, is a family name (Sudan and Egypt so
    name), not the title of address it is before a name: the name takes the two."""
    if ph.name is None or len(ph.title) < 3:
        return ph
    a, b = ph.name
    t = ph.title[-1]
    if t != a - 1 or an.words[t] != "السيد" or ph.title[-2] != t - 1 or has_phrase_break(an.doc.gap(t)) \
            or has_phrase_break(an.doc.gap(a)):
        return ph
    given = an.words[t - 1]
    # a given name no list holds, after the title's definite last word: «… السوداني عايدة السيد …»
    after_title = len(ph.title) >= 3 and an.words[t - 2].startswith("ال") and an.words[t - 2] != "الوالي" and given.isalpha() and len(given) >= 3 \
        and not in_lex(given, lexicon.title_heads(), clitics=True) and not in_lex(given, lexicon.org_heads(), clitics=True)
    if given.startswith(("ال", "وال")) or not (known_first_word(given) or after_title) or (t - 1) in an.gaz_at:
        return ph         # («… الكلى بمصراتة السيد فتحي»: a place the gazetteer knows; «وزير الخارجية والمغتربين السيد …»)
    return replace(ph, title=ph.title[:-2], name=(t - 1, b))


# «ولي أمر»، «ولية أمر»، «أولياء أمور»: a guardian; «أمر» after it is the phrase's noun, not a name.
_GUARDIAN = frozenset(arabic.normalize(w) for w in ("ولي", "ولية", "وولي", "وولية", "أولياء"))


def _guardian(an: Analysis, ph: Phrase) -> Phrase:
    """«ولي أمر طالب في المدرسة»: a child's guardian, an unnamed person described; the whole
    description («ولي أمر طالب») is the source, with the one in his care when it follows."""
    a, b = ph.name
    if an.words[a] in _GUARDIAN and b - a >= 4 and an.words[a + 1] == "الامر":
        return replace(ph, title=[*ph.title, a, a + 1], name=(a + 2, b))     # «ولية الأمر هاجر الطيب»: a calling, then her name
    if not (ph.title and an.words[ph.title[-1]] in _GUARDIAN and ph.title[-1] == a - 1 and an.words[a] in AFFAIRS):
        return ph
    end = a + 1
    nxt = an.words[end] if end < len(an.words) else ""
    if nxt.isalpha() and len(nxt) >= 3 and not nxt.startswith("ال") and not has_phrase_break(an.doc.gap(end)) \
            and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions():
        end += 1      # «ولي أمر طالب»، «ولية أمر تلميذة»: whose guardian
    return replace(ph, title=[*ph.title, *range(a, end)], name=None, j=end, kind="anonymous")


def _document_read_as_name(an: Analysis, ph: Phrase) -> bool:
    """«وأضاف البلاغ أن …»: a definite document alone («البلاغ»، «المنشور»، «التعميم») carries its
    issuer's words; it is no one's name (its issuer is the speaker named before it)."""
    a, b = ph.name
    w = an.words[a]
    w = w[1:] if w[:1] in "وف" and w[1:].startswith("ال") else w
    return not ph.title and b - a == 1 and w.startswith("ال") and w[2:] in lexicon.issued_documents()


def _country_opens_name(an: Analysis, ph: Phrase) -> Phrase:
    """«المتحدثة باسم وزارة الدفاع الكمبودية مالي سوتشياتا»: a one-word place the gazetteer knows,
    read into a title after the title's own nationality («الكمبودية»), before a one-word name that
    ends the phrase, is the name's first word (a nationality closes the office; no second country
    follows it)."""
    if not ph.title or ph.name is None or ph.name[1] - ph.name[0] != 1 or len(ph.title) < 3:
        return ph
    last, before = ph.title[-1], ph.title[-2]
    mention = an.gaz_at.get(last)
    nisba_word = an.words[before]
    if last + 1 != ph.name[0] or mention is None or mention.j != last + 1 or mention.of_kind("place") is None \
            or not (nisba_word.startswith("ال") and nisba_word.endswith(("يه", "ي")) and len(nisba_word) > 5) \
            or (an.words[last][:1] == "ل" and an.gaz.match_at([an.words[last][1:]], 0)):
        return ph     # («زعيمة المعارضة في الجمعية التشريعية لدلهي أتيشي»: «لـ» and the place close the office)
    return replace(ph, title=ph.title[:-1], name=(last, ph.name[1]))


def _nationality_inside_name(an: Analysis, ph: Phrase) -> Phrase:
    """«مدرب أم صلال البوسني أدين ميهيتش»: after a title, a name reading with a country's nisba inside
    it and a name of two words or more after the nisba: the words up to the nisba are the title's
    (the club, the place), the rest is the name."""
    if not ph.title or ph.name is None:
        return ph
    n_i, n_j = ph.name
    for x in range(n_i + 1, n_j - 2):
        if country_nisba(an, an.words[x]) and not has_phrase_break(an.doc.gap(x + 1)):
            return replace(ph, title=ph.title + list(range(n_i, x + 1)), name=(x + 1, n_j))
    return ph


def whole(an: Analysis, ph: Phrase, *, reported: bool = False) -> Phrase | None:
    """`ph` with its name whole (see the module), or None when it names no one. `reported`: the
    subject of a reporting verb with no quotation after it."""
    if ph.entry is not None:
        return ph
    if described_group(an, ph, reported=reported) or document_for_issuer(an, ph) or bare_body_word(an, ph) \
            or fronted_preposition(an, ph) or after_place_dual(an, ph):
        return None     # some bodies described, a paper, a title's tail: no one named (name_common)
    ph = title_complement(an, ph)
    if ph.name is None:
        if ph.kind == "anonymous" and _joined_description(an.words[ph.i]):
            return None
        if ph.kind not in ("organization", "anonymous") or not ph.title:
            return ph
        ph = _address_ends_body(an, _object_then_complement(an, ph))
        return prevention_end(an, _governed_end(an, _body_end(an, _described_as(an, _quoted_purpose(an, _addressee_end(an, ph))))))
    if ph.kind != "person":
        return ph
    ph = place_governed(an, office_after_name(an, described_before_name(an, joined_office_holders(an, office_word_surname(an, ph)))))
    ph = _nationality_inside_name(an, _country_opens_name(an, nationality_before_name(an, ph)))      # «الروماني أدريان مونتيانو»
    ph = _guardian(an, _given_name_ending_title(an, described(an, _description_opens(an, _sayyid_surname(an, ph)))))
    if ph.name is None:
        return ph
    if _joined_place(an, ph) or _document_read_as_name(an, ph) or office_holders(an, ph) \
            or counted_title(an, ph):
        return None
    return _premises_named(an, _field_of_office(an, ph))


def _premises_named(an: Analysis, ph: Phrase | None) -> Phrase | None:
    """«مدير مستشفى معان الحكومي الدكتور رائد كريشان»: after a title ending on a building's noun,
    what was read as a name, then a title of address, is the building's name; the holder's name
    is the one after the title of address."""
    from desktop.core.extract.actors import parse_phrase   # actors imports the gate's modules
    from desktop.core.extract.title_asides import address_word
    curator = ph is not None and ph.name is not None and not ph.title and ph.name[1] - ph.name[0] == 2 and an.words[ph.name[0]] == "امينه"     # «أمينة المعرض الدكتورة …»
    if ph is None or ph.name is None or not (curator or (ph.title and any(an.words[t] in lexicon.premises_nouns() for t in ph.title[-2:]))) \
            or ph.j >= len(an.words) or not address_word(an.words[ph.j]) or has_phrase_break(an.doc.gap(ph.j)):
        return ph
    again = parse_phrase(an, ph.j, len(an.words))
    if again is None or again.name is None or again.name[1] - again.name[0] < 2:
        return ph
    return replace(ph, title=ph.title + list(range(ph.name[0], again.name[0])), name=again.name, j=again.j)
