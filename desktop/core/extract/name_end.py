"""Where a person's name ends, once it has a given name and a family name or is a name the article
knows: read by `actors.parse_phrase` as it reads a name on, and by `actor_gate.gate` as the last
check on every actor.

A name of two words or more is complete, and so is a name the article writes in full elsewhere
(«بري» after «نبيه بري»). The words news prose writes right after a complete name are the clause
going on, not one more name word:

  * «و» on an office or a body («ورئيس حكومة …»، «وقائد قسد …»): a second person or a second
    party, always;
  * «و» on any word, «لـ/بـ» on any word («لدرس آليات …»), a verb in the present («يتجه إلى …»),
    a verbal noun («إدراج اقتراح …»، «تقليص الدوام …»), when the phrase goes on after it.

A family name may have any of those shapes («محمد عبدي ورسمه»، «عبد الوافي لفتيت»، «جيروم باول»):
it is the last word before the phrase ends (a break, «إن/أن»، «قد», a verb, a preposition, a time,
the one spoken to), so the word is cut only when more of the phrase follows it.

A definite plural of people before what it is called to («ونصحت غانم المواطنين بتجنب …»,
people_plurals.py) is the verb's object, after any complete name. «الأمين» right after a lone given
name is the second word of «محمد الأمين», not an office (`amin_in_given_name`).
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import JOINING_HYPHENS, NAME_CONNECTORS, QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_lexicon import ROLES_IN_A_CASE
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.name_shapes import PATRONYMICS
from desktop.core.extract.named_later import subject_named_later
from desktop.core.extract.people_plurals import complement_word, people_in_construct, people_plural
from desktop.core.extract.phrase_parts import addressee, imperfect_verb
from desktop.core.extract.written_forms import form_two_past


def phrase_ends_at(an: Analysis, k: int, *, closely: bool = False) -> bool:
    """Whether a speaker phrase ends before token k: no token, a break or a quote mark, «إن/أن»،
    «قد», the outlet or the one spoken to; unless `closely`, a verb, a preposition or another
    function word, a time and a definite office too («محمد عبدي ورسمه في تصريح»). A verb in the
    present takes a preposition after it («بري يتجه إلى …»), so after one only the first list ends the phrase."""
    if k >= len(an.words) or has_phrase_break(an.doc.gap(k)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k)):
        return True
    w = an.words[k]
    if w in lexicon.complementisers() and w != "الي" or w == "قد" or an.is_outlet(k) or w == "ل" \
            or (addressee(w) and (not w.startswith("لل") or _that_follows(an, k))) or not w.isalpha():
        return True       # «… بحوشي للصحفيين إن»: the one spoken to, then «إن»
    # «أحمد محمد بلحاج المسؤول عن الملف»: a definite office after a name is its apposition
    return not closely and (w in lexicon.stop_words() or w in lexicon.prepositions() or an.is_time(k)
                            or an.is_verb(k) or (w.startswith("ال") and w in lexicon.title_heads()))


def _that_follows(an: Analysis, k: int) -> bool:
    """Whether «أن/إن» comes right after token k, with no break."""
    return k + 1 < len(an.words) and an.words[k + 1] in lexicon.complementisers() and an.words[k + 1] != "الي" and not has_phrase_break(an.doc.gap(k + 1))


def name_length(words: list[str], a: int, b: int) -> int:
    """The words of the name [a, b) that count: «عبد»، «أبو»، «بن»، «ولد» say nothing alone."""
    return sum(words[x] not in NAME_CONNECTORS and words[x] not in PATRONYMICS for x in range(a, b))


def known_surname(an: Analysis, n_i: int, n_j: int) -> bool:
    """«وطالب مناوي المجتمع الدولي» after «مني أركو مناوي»: a one-word name the article writes
    elsewhere as the last word of a longer name is a family name, complete as it stands."""
    if n_j - n_i != 1 or an.words[n_i] in ROLES_IN_A_CASE or an.words[n_i] in NAME_CONNECTORS:
        return False      # («دفاع المتهم الرئيسي»: the accused's defence, no family name «المتهم»; «فرج عبد السلام»: no «عبد»)
    w = an.words[n_i]
    for p in range(1, len(an.words)):
        if p == n_i or an.words[p] != w or has_phrase_break(an.doc.gap(p)):
            continue
        prev = an.words[p - 1]
        # («عبد اللطيف الجواهري»، «نور الدين الطبوبي»: a compound given name ends in «ال»)
        compound = p >= 2 and prev.startswith("ال") and (an.words[p - 2] in ("عبد", "وعبد") or prev in name_lexicon.name_tails())
        # (not after «بن/ولد»: «سهيل بن محمد المزروعي» has «محمد» as his father's name, no family name)
        if prev.isalpha() and len(prev) >= 2 and (not prev.startswith("ال") or compound) and prev not in lexicon.stop_words() \
                and prev not in ("بن", "ابن", "ولد", "بنت", "منت") \
                and prev not in lexicon.prepositions() and not in_lex(prev, lexicon.title_heads(), clitics=True) \
                and (p - 1) not in an.gaz_at and not an.is_verb(p - 1) and not an.is_time(p - 1) \
                and not an.is_common_word(p - 1) and _no_name_word_at(an, p + 1):
            return True       # «بلعباس محمد علي»: «محمد» goes on there, a given name, not a family name
    return False


def _no_name_word_at(an: Analysis, k: int) -> bool:
    """Whether token k cannot go on a name: the phrase ends, or a definite word, a body, an office
    or a common word stands there («مني أركو مناوي قوات الدعم السريع»)."""
    if phrase_ends_at(an, k, closely=True):
        return True       # closely: «محمد علي» is no «على»
    w = an.words[k]
    # («مؤيد شعبان قوله:»، «ماساكازو توكورا بالقرار»: a report noun, or «بالـ» on a noun, ends it; not «بالحاج»)
    return w.startswith("ال") or in_lex(w, lexicon.org_heads(), clitics=True) \
        or in_lex(w, lexicon.title_heads(), clitics=True) or an.is_common_word(k) or an.is_report_noun(k) \
        or (w.startswith("بال") and len(w) >= 6 and not name_lexicon.ba_family_name_word(w))


def second_party(word: str) -> bool:
    """«ورئيس»، «وقائد»، «ووزارة»: «و» on an office or a body, a second person or party."""
    return (len(word) > 3 and word[0] == "و"
            and (in_lex(word[1:], lexicon.title_heads()) or in_lex(word[1:], lexicon.org_heads())))


HIS_SAYING = frozenset(arabic.normalize(w) for w in ("قوله", "قولها"))     # his or her saying, right after a name: «نقل عن X قوله»


def clause_word(an: Analysis, k: int) -> bool:
    """Whether token k has the shape of a word that goes on a clause after a complete name: «و» or
    «لـ/بـ» on a word, a verb in the present, a verbal noun, none of them when it is the last word
    of the phrase (a family name of that shape); a building, a place noun or a body with «ال», always
    (the object of the clause's verb: no family name is «المستشفى»)."""
    w = an.words[k]
    if not w.isalpha() or w in NAME_CONNECTORS or w in PATRONYMICS or (k + 1 < len(an.words) and an.words[k + 1] in HIS_SAYING) or an.doc.gap(k) in JOINING_HYPHENS:
        return False      # («… مسعودة بنت بحام محمد لغظف قولها»: his or her saying follows the name's last word; «بارك جي-يونغ»: a hyphened half)
    if w.startswith("ال") and _site_or_body(w[2:]):
        return True       # «زار وزير الصحة ماجد الحسن المستشفى»: what he visited, never a surname
    if _people_called_on(an, k):
        return True       # «ونصحت غانم المواطنين بتجنب …»: whom she advised, then what (people_plurals)
    if _tafa_ul(w) and k + 1 < len(an.words) and _object_noun(an, k + 1):
        return True       # «انتقد … محمد العلاقمة تأخر الحكومة»: what he criticised
    if past_verb_governing(an, k):
        return True       # «رودولف هيكل اطلع خلاله»، «بدر الدين التومي وجّه بتشكيل»: the clause's verb
    if w in _GOT_TO and k + 1 < len(an.words) and an.written(k + 1) in ("على", "إلى"):
        return True       # «النائب فريدريش ميرتس حصل على الغالبية»: the verb, and «على» written with «ى»
    if _ta_with_pronoun(an, k) and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1)) \
            and (an.words[k + 1].startswith("بال") or an.words[k + 1] in lexicon.prepositions()):
        return True       # «وختم سليمان جولته بالتأكيد على …»: his tour, what the verb took
    if w in _DECIDED_ACTS and k + 1 < len(an.words) \
            and not has_phrase_break(an.doc.gap(k + 1)) and an.words[k + 1].isalpha() and not an.words[k + 1].startswith("ال"):
        return True       # «قرار الرئيس الأمريكي دونالد ترامب حظر دخول رعايا تشاد»: what he decided
    if w[:1] == "ب" and w[1:] in _PUT_TO:
        return True       # «واجه أعضاء … الوزير عبد الرحمن عبد المنان العور بأسئلة عن …»: what he was faced with
    if len(w) == 4 and w[0] == "ت" and an.written(k).endswith("ى"):
        return True       # «ناريندرا مودي تلقى دعوة»: تفعّل in the past (تلقى، تولى، تبنى), no name's word
    verb = _present_verb(w) and not (k >= 2 and an.words[k - 2] in PATRONYMICS and w.endswith("ا"))     # «… ولد الشيخ سيديا»
    # a given name in «ل/ب/و» is no «لـ/بـ/و» on a noun: «علي محمان لامين زين»، «نصر الدين بابكر الفكي»، «… بيدان ورسمي»; nor a foreign name in «و» («جان نويل بارو بعودة …»: no noun but «عضو» ends so)
    lam_name = (w[0] in "لب" and w in name_lexicon.given_names()) or (w.endswith("و") and w[1:] != "عضو") \
        or (w.startswith("با") and not w.startswith("بال") and an.written(k).startswith("با") and len(w) >= 5
            and k > 0 and known_first_word(an.words[k - 1])) \
        or (w.startswith("بن") and len(w) >= 5 and (w[2:] in name_lexicon.given_names() or _nisba_after(an, k))) \
        or (w[0] == "ب" and k + 1 < len(an.words) and an.words[k + 1][:1] == "ب" and not has_phrase_break(an.doc.gap(k + 1))) \
        or subject_named_later(an, k) or w.endswith("نغ") or (k >= 2 and an.doc.gap(k - 1) in JOINING_HYPHENS)      # «لورا الخازن لحود»، then «شددت لحود على أن»؛ «شي جين بينغ»: «-ng»; «جان-باتيست لاكومب»
    # (Hadramawt's «عارف حسين باعوضة»; the Maghreb's «بن» joined to a name: «محمد أمين بنهاشم»، «بنجلون التويمي»; «رحب … جان-لوي بيون بقرار المجلس»: the «بـ» the verb takes is the next word's, so the name's is none; «أحمد محمد إسحاق تشكيل لجنة»: «إسحاق» is shaped as إفعال, but a given name)
    if not (verb or (w[0] == "و" and len(w) > 3 and w not in name_lexicon.given_names() and an.doc.gap(k + 1) not in JOINING_HYPHENS) or (w[0] in "لب" and len(w) >= 4 and not lam_name)
            or (masdar_shaped(w) and w not in name_lexicon.given_names() and not (len(w) == 5 and w[1] == "ي" and w.endswith("يه"))
                and not (an.written(k).endswith("ه") and an.words[k + 1:k + 2] and an.words[k + 1].startswith("ال")))):
        return False      # («فام مينه تشينه السلطات»: «ه» written, then a definite object: the name's last word; «تيتيه»: no تفعيل of a root in «ي» and «ه»)
    after = k + 1
    if after < len(an.words) and an.words[after] in name_lexicon.name_tails() and not has_phrase_break(an.doc.gap(after)):
        after += 1      # «محمد نبيل بنعبد الله،»: the compound is one word of the name
    if not verb and w[0] in "لب" and office_in_apposition(an, after):
        return False      # «… سعيد باعوين وزير العمل»: a family name in «بـ/لـ» before the office
    if not verb and w[0] in "لب" and after < len(an.words) and not has_phrase_break(an.doc.gap(after)) \
            and an.words[after][:1] == "و" and an.words[after][1:] in lexicon.title_heads():
        return False      # «… عبدي حسن بوني ومحافظ إقليم توغدير»: a family name, then a second office holder
    if not verb and w[0] in "لب" and after < len(an.words) and an.is_common_word(after) and not has_phrase_break(an.doc.gap(after)):
        return False      # «حلّ … جان-لوي بيون ثانيا»: an adverb after it, the name ends there
    return not phrase_ends_at(an, after, closely=verb)


# Officials in construct with what they run: «مسؤولي تعاونيات الحبوب»، «ممثلي النقابات»
_OFFICIALS_OF = frozenset(arabic.normalize(w) for w in ("مسؤولي", "ممثلي", "مديري", "رؤساء", "أعضاء", "حكام", "ولاة", "محافظي"))


def _people_called_on(an: Analysis, k: int) -> bool:
    """A definite plural of people at k (or one in construct: «أولياء الأمور»), then what they are
    called to (people_plurals.py), after a relative clause on them too («ودعا غودلاوي الأسر التي نزحت من المنطقة إلى …»)."""
    if k + 2 < len(an.words) and people_in_construct(an.words[k]) and an.words[k + 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k + 1)) and complement_word(an.words[k + 2]):
        return True       # «ودعا فارح أولياء الأمور إلى»
    if not (people_plural(an.words[k]) or an.words[k] in _INSTITUTIONS) or k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    if an.words[k + 1] in ("التي", "الذين"):
        return any(an.words[x] in ("الي", "علي") for x in range(k + 2, min(len(an.words), k + 8))
                   if not any(has_phrase_break(an.doc.gap(y)) for y in range(k + 2, x + 1)))
    if an.words[k + 1].startswith("ال") and k + 2 < len(an.words) and not has_phrase_break(an.doc.gap(k + 2)) \
            and complement_word(an.words[k + 2]):
        return True       # «دعت … بيربوك الدول الأعضاء إلى»: the plural's adjective, then what they are called to
    return complement_word(an.words[k + 1]) or _second_object(an, k + 1)


def _plural_object(word: str) -> bool:
    """«لقاءات»، «محادثات»: an indefinite plural in «ات» of four letters or more before it, no family
    name («بركات» is: one of two syllables before «ات» is too short to tell, so five letters at least)."""
    return word.isalpha() and not word.startswith("ال") and word.endswith("ات") and len(word) >= 6 \
        and word not in name_lexicon.given_names()


def _second_object(an: Analysis, k: int) -> bool:
    """«دعا الحبو المواطنين وأصحاب المحال إلى …»: a second group in «و» after the first, then what
    they are called to («إلى/على/من/بـ») within three words, with no break between."""
    if not (an.words[k][:1] == "و" and len(an.words[k]) > 3):
        return False
    for x in range(k + 1, min(len(an.words), k + 4)):
        if has_phrase_break(an.doc.gap(x)):
            return False
        if complement_word(an.words[x]):
            return True
    return False


def office_in_apposition(an: Analysis, k: int) -> bool:
    """«معالي الدكتور محاد بن سعيد باعوين وزير العمل»: an indefinite office head in construct with
    a definite word or a listed name, right after a name, is the office set after it in apposition;
    the name ends before it, so the word before it («باعوين»، «بلحاج») is the family name. After a
    verb or a word in «و» the office is the clause's object or a second person («وحضور رئيس …»)."""
    if k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    w, nxt = an.words[k], an.words[k + 1]
    return (not w.startswith("ال") and w in lexicon.title_heads() and w not in lexicon.descriptor_heads()
            and (nxt.startswith("ال") or (k + 1) in an.gaz_at) and not an.is_time(k + 1))


# Prepositions a past verb governs, with a pronoun on them («اطلع خلاله»، «رد عليه»): no name word is followed by one. Bare «في/على/من» are left out: «محمد صالح على هامش …» keeps its family name.
_PRONOUN_PREPOSITIONS = frozenset(p + s for p in ("خلال", "علي", "عن", "من", "الي", "ب", "ل", "في", "مع")
                                  for s in ("ه", "ها", "هم", "هما"))


def past_verb_governing(an: Analysis, k: int) -> bool:
    """«دافع عن»، «اطلع خلاله»، «وجّه بتشكيل»: a word of a past verb's shape right before the
    preposition it governs. Names share the shapes (فاعل is «جابر»، «خالد»), so the shape alone tells
    nothing; a shadda written on it (news vowels a verb of the form فعّل to be read so), a hamza-less
    «ا» opening the forms افتعل/انفعل/استفعل (given names open with «أ/إ»), or فاعل before a
    preposition with a pronoun (or «عن» when no reporting verb came before), each with what the verb governs right after it, do."""
    if k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    w, raw, nxt = an.words[k], an.doc.tokens[k].text, an.words[k + 1]
    if not w.isalpha() or w.startswith("ال") or w in name_lexicon.verb_shaped_names():
        return False
    letters = [ch for ch in raw if ch.isalpha()]
    if nxt.startswith("ال") and len(nxt) > 3 and form_two_past(w, raw):
        return True       # «مصطفى مدبولي وجّه المحافظين بتذليل …»: the verb, then its object
    pronoun_prep = nxt in _PRONOUN_PREPOSITIONS
    governed = pronoun_prep or nxt in ("عن", "علي", "الي", "في", "من") \
        or (nxt[:1] == "ب" and not nxt.startswith("بال") and len(nxt) >= 4 and masdar_shaped(nxt[1:]))
    if not governed:
        return False
    if "\u0651" in raw and len(w) in (3, 4) and raw.index("\u0651") <= 3:
        return True       # «وجّه»، «شدّد»
    if letters[:1] == ["ا"] and len(w) in (4, 5, 6) and (w[2] in "تطد" or w[1] in "تطدن" or w.startswith("است")):
        return True       # «اطلع»، «انتقد»، «استقبل»
    # «وقال الوزير محمد علي صالح عن المشروع»: once the clause has its verb, «عن» follows a surname
    return len(w) == 4 and w[1] == "ا" and (pronoun_prep or (nxt == "عن" and not _verb_before(an, k)))


def _verb_before(an: Analysis, k: int) -> bool:
    """Whether a reporting verb stands before token k in the same stretch of the sentence."""
    x = k
    while x > 0 and not has_phrase_break(an.doc.gap(x)):
        x -= 1
        if an.is_verb(x):
            return True
    return False


def _tafa_ul(word: str) -> bool:
    """«تأخر»، «تدخل»، «تراجع»، «تعاون»: a verbal noun (or a past verb) of the forms تفعّل and تفاعل,
    which names of that shape («تامر»، «تماضر») share; so only before the noun it governs."""
    if word in name_lexicon.masdar_shaped_names():
        return False
    return word[:1] == "ت" and (len(word) == 4 or (len(word) == 5 and word[2] == "ا"))


def _object_noun(an: Analysis, k: int) -> bool:
    """A definite noun at k that is no nisba («الحكومة»، «الأسعار»; not «الكويتي», a family name)."""
    w = an.words[k]
    return (w.startswith("ال") and w.isalpha() and len(w) >= 4 and not w.endswith(("ي", "يه"))
            and not has_phrase_break(an.doc.gap(k)) and w not in name_lexicon.name_tails())


def _site_or_body(bare: str) -> bool:
    """A building, a site, a place noun or a body's head without «ال» («مستشفى»، «مدينة»، «وزارة»),
    or what a dignitary gives or opens (`_GIVEN_THINGS`)."""
    # («أعلن رئيس الوزراء كامل إدريس العاصمة منطقة آمنة»: the capital, no family name)
    return bare in lexicon.premises_nouns() or bare in lexicon.place_nouns() or bare in lexicon.org_heads() \
        or bare in _GIVEN_THINGS or bare == "عاصمه"


# What a dignitary gives, sends or opens, never a family name: «ورفع الأمير عبدالعزيز بن سلمان بن عبدالعزيز الشكر للقيادة»، «أن يدشن الأمير عبدالعزيز بن سعد بن عبدالعزيز المشاريع»
_GIVEN_THINGS = frozenset(arabic.normalize(w) for w in (
    "شكر", "تهنئة", "تهاني", "تعازي", "تحية", "مشاريع", "جوائز", "شهادات", "دروع", "رسالة", "دعوة"))


def _present_verb(word: str) -> bool:
    """«يتجه»، «يستقبل»، «سيلتقي»: a verb in the present or the future (names of that shape, «يوسف»،
    «يعقوب»، «ستيف», are listed and kept)."""
    if word in name_lexicon.verb_shaped_names():
        return False
    # «تتعلق»، «تتناول»: «ت» of the feminine on a verb of the forms تفعّل/تفاعل doubles the «ت», which no name begins with (no Arabic verb ends in «او» with its «و» of the stem: «سيماو»، «ستاو» are foreign names; a singular verb never ends in «ا» after its stem: «غونزالو فارغاس يوسا إلى» is a name)
    return imperfect_verb(word) or (len(word) >= 4 and word[0] == "ي" and (word[-1] != "ا" or word.endswith("وا"))) or (
        len(word) >= 5 and word[:2] in ("سي", "ست", "سن", "تت") and not word.endswith("او"))


# The press a speaker told something, after his name: «وأبلغ … دوجاريك الصحافيين أن»
_TOLD = frozenset(arabic.normalize(w) for w in ("الصحفيين", "الصحافيين", "الإعلاميين", "المراسلين", "الحضور"))


_AMID = arabic.normalize("وسط")
_HIS_EVENTS = lexicon.forms("مؤتمر اجتماع لقاء خطاب حديث تصريح")
_CLIENTS = lexicon.forms("موكله موكلته موكليه موكلها موكلتها موكليها موكلهم لموكله لموكلته لموكليه لموكلها لموكلتها لموكليها لموكلهم")
# Words that are never a name's, after one: what was praised («بما سمته»), a lawyer's client («موكله»)
# and why one acted, an accusative written without its tanween («يخوضها الرئيس … الحسن واتارا سعيا لولاية رابعة»)
NEVER_NAME_WORDS = frozenset(arabic.normalize(w) for w in ("بما", "مما", "سعيا", "أملا", "بحثا", "هربا", "حرصا", "تمهيدا", "احتجاجا", "تضامنا",
                                                          "مبتسمة", "مبتسما", "ضاحكة", "ضاحكا", "متأثرة", "متأثرا")) | _CLIENTS     # «قالت آمنة مبتسمة»: how


def his_event(w: str) -> bool:
    """«وختم رئيس الاتحاد مؤتمره الصحفي بالتأكيد على أن»: a meeting or a speech with «his», no name's word."""
    return w.endswith("ه") and w[:-1] in _HIS_EVENTS


def name_ends_before(an: Analysis, n_i: int, n_j: int, k: int) -> bool:
    """Whether the name [n_i, n_j) read so far ends before token k: «و» on an office or a body
    after any name; a clause word (`clause_word`) after a given name and a family name."""
    if has_phrase_break(an.doc.gap(k)):
        return False
    if an.written(k).startswith("أل") and len(an.words[k]) >= 5:
        return False      # «جيرالدو ألكمين»، «لورا فيلاسكيث ألسوا»: «أل» written with its hamza is a name's, no article
    w = an.words[k]
    if second_party(w) or w in lexicon.where_words() or (w[:1] == "ب" and w[1:] in ("ريف", "ضواحي") and name_length(an.words, n_i, n_j) >= 1):
        return True       # «يقف المزارع كاظم عبد الزهرة بين نخيل …»: where he stands, no name's word; «الشيخ بدر بريف طرطوس»: the region a place is in
    if w.startswith("ال") and w.endswith("ين") and len(w) >= 6 and k + 1 < len(an.words) and name_length(an.words, n_i, n_j) >= 2 \
            and an.words[k + 1].startswith("وال") and an.words[k + 1].endswith(("ين", "ات")) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «دعا والي اترارزة الحسن ولد أحمدو المنمين والمزارعين إلى»: two groups called on
    if w == _AMID and k + 1 < len(an.words) and an.words[k + 1].isalpha() and not an.words[k + 1].startswith(("ال", "ب")) \
            and an.words[k + 1] not in lexicon.complementisers() and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «أضاف محجوب وسط تصفيق المزارعين»: amid what (not «… لولاية الجزائر وسط بأن»: Algiers Centre)
    if guest_of_host(an, k) or (w.endswith("ا") and w[:-1] in _RECEIVED and name_length(an.words, n_i, n_j) >= 2):
        return True       # «رحّب أردوغان بضيفه»، «استقبل … منير الخميري وفدا عن المحتجين»: whom he received
    if (w in ("عام", "سنه") or (w[:1] in "بل" and len(w) >= 4)) and k + 1 < len(an.words) and an.words[k + 1][:1].isdigit():
        return True       # «الملك عبد الله الثاني عام 2022»: a year; «… غباغبو بنسبة 2.42%»: how much, no name's word
    if an.words[n_i] in name_lexicon.person_descriptors() and all(an.words[x].startswith("ال") for x in range(n_i, n_j)) \
            and not w.startswith("ال") and not (w[:1] in "بلو" and _site_or_body(w[1:])):
        return False      # «الطالب الجامعي بريان أوتينو»: what he is, then his name («بريان» is no «بـ»)
    if len(w) == 3 and w.isalpha() and w not in name_lexicon.given_names() and k + 1 < len(an.words) \
            and not has_phrase_break(an.doc.gap(k + 1)) and (_plural_object(an.words[k + 1]) or an.doc.tokens[k + 1].text.endswith(("ياً", "يًا"))):
        # «الرئيس برابوو عقد لقاءات ثنائية»: a past verb and its object in the plural; «الوزير محمد علي النفطي بحث هاتفياً مع نظيره»: and an adverb with tanween
        return True
    if w in ("ضيف", "ضيفه") and k + 1 < len(an.words) and an.words[k + 1] == "شرف":
        return True       # «الروائية فاطمة عبدي نور ضيفة شرف على …»: a guest of honour, no name's word
    if n_j - n_i >= 3 and an.words[n_j - 2] in ("بن", "ابن") and w.isalpha() and not w.startswith("ال") \
            and w not in NAME_CONNECTORS and w not in name_lexicon.given_names() and k + 1 < len(an.words) \
            and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «فيصل بن مشعل بن سعود مواقع العمل»: after a chain of «بن», a noun in construct is the object
    if _people_called_on(an, k) or (w in _OFFICIALS_OF and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1))) \
            or (people_plural(w) and w.startswith("ال") and name_length(an.words, n_i, n_j) >= 2):    # «… ديميتار راديف المودعين،»
        return True       # «ودعت بنت عبد المالك السكان إلى …»، «ودعا شرفة مسؤولي تعاونيات الحبوب»: whom called on
    if name_length(an.words, n_i, n_j) >= 2 and w.endswith("ه") and not w.startswith("ال") and len(w) >= 4 \
            and w not in name_lexicon.given_names() and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1)) \
            and people_plural(an.words[k + 1]) and (an.written(k).endswith("ة") or _ta_with_pronoun(an, k)):
        return True       # «حاول المدرب نبيل مرسلي طمأنة الأنصار»: a verbal noun and the people it acts on (not «فام مينه تشينه»)
    if (name_length(an.words, n_i, n_j) >= 2 or n_j - n_i >= 2) and w[:1] == "ب" and (masdar_shaped(w[1:]) or (len(w) == 6 and w.endswith("ان") and w[1:] not in name_lexicon.given_names())) and k + 1 < len(an.words) \
            and an.words[k + 1].isalpha() and not an.words[k + 1].startswith("ال") and an.words[k + 1] not in name_lexicon.given_names() \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «وطالب وكيل الجمهورية محمد … ولد أحمدو بإنزال عقوبة …»، «دفع … ولد حيدرة ببطلان محاضر»: what he asked for, a verbal noun in construct
    if his_event(w) or w in NEVER_NAME_WORDS or (w == "غير" and k + 1 < len(an.words) and an.words[k + 1][:1] == "م"):
        return True       # «… أمين كايا غير مكترث بالأرقام»: how he seemed; «وأشادت بيريث بما سمته»: what she praised
    if k + 1 < len(an.words) and an.words[k + 1] in _CLIENTS:
        return True       # «… إيلي سلامة منح موكله»: what he asked for his client
    if w in _TOLD and name_length(an.words, n_i, n_j) >= 2:
        return True       # «وأبلغ الناطق … ستيفان دوجاريك الصحافيين أن»: whom he told
    if name_length(an.words, n_i, n_j) >= 2 and _action_on(an, k):
        return True       # «رفض … سامي الطرابلسي الحديث عن اللقب»: what he refused, then «عن/على»
    if name_length(an.words, n_i, n_j) >= 2 and w in _MATTERS and k + 1 < len(an.words) \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «بحثت اللجنة مع وزير المياه رائد أبو السعود شكاوى أهالي …»: what was discussed
    if name_length(an.words, n_i, n_j) >= 2 and definite_object(w):
        return True       # «انتقدت … هايدي رايشينك المشروع»، «وافتتح المهاجم إبراهيم الداه التسجيل»
    if name_length(an.words, n_i, n_j) >= 2 and w.endswith("تين") and len(w) >= 6 and k + 1 < len(an.words) and an.words[k + 1].endswith("تين"):
        return True       # «يجرّ محمود الحريري حقيبتين كبيرتين»: a dual noun and its adjective, what he carries
    if name_length(an.words, n_i, n_j) >= 2 and known_first_word(an.words[n_i]) and _own_noun_described(an, k):
        return True       # «يجمع الصياد حسن أبو علي شباكه الفارغة»: a noun with «ـه» of his own, then its adjective (not «فام مينه تشينه السلطات»)
    return name_length(an.words, n_i, n_j) >= 2 and (clause_word(an, k) or construct_after_nisba(an, n_j, k)) \
        and not (w == "ولدي" and k + 1 < len(an.words) and an.words[k + 1].isalpha() and not an.is_common_word(k + 1))     # «تسفاي غيرما ولدي ماريام»: Welde-


def _own_noun_described(an: Analysis, k: int) -> bool:
    written = an.written(k)
    return len(written) >= 4 and written.endswith("ه") and not written.endswith("الله") and k + 1 < len(an.words) \
        and an.words[k + 1].startswith("ال") and an.words[k] not in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(k + 1))


def _nisba_after(an: Analysis, k: int) -> bool:
    """A definite nisba right after token k, no break: «بنجلون التويمي», a family name's second word."""
    nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
    return nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 5 and not has_phrase_break(an.doc.gap(k + 1))


def _ta_with_pronoun(an: Analysis, k: int) -> bool:
    """«جولته»، «زيارتها»، «كلمتهم»: a noun in «ة» with a pronoun, written «ت» before it, which no
    family name is (one written «شحاته» is followed by no «بالـ» or preposition in a name)."""
    text = an.written(k)
    return text.isalpha() and len(text) >= 5 and text.endswith(("ته", "تها", "تهم", "تهما"))


# What a decision decides, a verbal noun in construct after its maker's name: never a family name
_DECIDED_ACTS = frozenset(arabic.normalize(w) for w in (
    "حظر", "منع", "فرض", "رفع", "تعليق", "وقف", "إغلاق", "سحب", "طرد", "تجميد", "إلغاء", "تمديد"))


# What one is faced with or put to, after «بـ»: never a family name of that shape («باعوين»)
_PUT_TO = frozenset(arabic.normalize(w) for w in (
    "أسئلة", "استفسارات", "اتهامات", "انتقادات", "مطالب", "مطالبات", "تساؤلات",
    # doubled roots, two letters written, too short to read as a verbal noun: «ووجّه التوني بمد ساعات العمل»
    "مد", "حل", "سد", "رد", "شد", "ضخ", "فك", "حث", "صد", "كف", "بث"))


# What a meeting takes up, in construct with whose they are, after whom it was held with: never a family name
_MATTERS = frozenset(arabic.normalize(w) for w in (
    "شكاوى", "مطالب", "قضايا", "ملفات", "سبل", "آفاق", "أوضاع", "مستجدات", "نتائج",    # «… ستوره نتائج الانتخابات»
    "موقع", "مواقع", "مقر",    # «تفقد والي نهر النيل محمد البدوي عبد الماجد موقع المحطة»: what he visited
    "طريقة"))     # «انتقد … محمد أقلعي طريقة تدبير الانتدابات»: what he criticised


# Whom one welcomes, receives or meets, with the pronoun of his host: «بضيفه»، «بنظيره»، «بزواره»
_GUESTS = frozenset(arabic.normalize(w) for w in ("ضيف", "ضيوف", "نظير", "نظيرت", "زائر", "زوار", "وفد", "مضيف"))


# What an official receives, in the accusative written without its tanween: «وفدا»، «اتصالا»
_RECEIVED = frozenset(arabic.normalize(w) for w in ("وفد", "اتصال", "بيان", "تقرير", "طلب"))


def guest_of_host(an: Analysis, k: int) -> bool:
    """«بضيفه»، «بنظيره»: «بـ» on one welcomed or met, with the pronoun of his host."""
    w = an.words[k]
    return w[:1] == "ب" and an.written(k).endswith(("ه", "ها", "هم")) \
        and any(w.endswith(p) and w[1:-len(p)] in _GUESTS for p in ("هما", "هم", "ها", "ه"))


# What a verb written before its subject takes after a complete name: never a family name
_OBJECT_NOUNS = frozenset(arabic.normalize(w) for w in (
    "مشروع", "قرار", "اتفاق", "اتفاقية", "قانون", "مقترح", "خطة", "شركات", "حكومة", "خطوة", "نتيجة", "نتائج",
    "وضع", "موقف", "تصريحات", "فوز", "لقب", "تهم", "تهمة"))      # «أنكر ر. أمين التهم»، «وصف الحاكم … فيل ميرفي النتيجة، في بيان، بأنها …»، «أهدى … ولد بلال الفوز»
_LACKS = frozenset(arabic.normalize(w) for w in ("غياب", "نقص", "ضعف", "تأخر", "انعدام", "غلاء", "قلة"))     # what a critic finds missing
_INSTITUTIONS = frozenset(arabic.normalize(w) for w in ("المدارس", "الجامعات", "المستشفيات", "البلديات", "الشركات", "المؤسسات"))     # «ودعا عبد القادر المدارس إلى»


# Definite verbal nouns a verb takes with their «عن/على»: «رفض الحديث عن»، «أكد الحرص على»
_ACTIONS_ON = frozenset(arabic.normalize(w) for w in (
    "حديث", "رد", "تعليق", "كشف", "سيطرة", "موافقة", "حرص", "عمل", "تركيز", "دفاع", "بحث", "تخلي"))


def _action_on(an: Analysis, k: int) -> bool:
    """A definite verbal noun at k right before the «عن/على» it governs, with no break."""
    w = an.words[k]
    if not w.startswith("ال") or not w.isalpha() or k + 1 >= len(an.words) or an.words[k + 1] not in ("عن", "علي") \
            or has_phrase_break(an.doc.gap(k + 1)):
        return False
    return w[2:] in _ACTIONS_ON or (masdar_shaped(w[2:]) and not w.endswith(("ي", "يه")))


def definite_object(w: str) -> bool:
    """«المشروع»، «التسجيل»، «التحكيم»: a definite verbal noun of the form تفعيل (no family name is
    written so) or a noun of `_OBJECT_NOUNS`."""
    if not w.startswith("ال") or not w.isalpha() or w in name_lexicon.article_given_names():
        return False
    bare = w[2:]
    return bare in _OBJECT_NOUNS or (len(bare) == 5 and bare[0] == "ت" and bare[3] == "ي")


def construct_after_nisba(an: Analysis, n_j: int, k: int) -> bool:
    """«سلّم … الرئيس محمد ولد الشيخ الغزواني خارطة الطريق»: a definite nisba («الغزواني») closes
    a family name; an indefinite word right after it that governs a definite word (a construct,
    «خارطة الطريق»، «رسالة الوزير») is the object the clause goes on with, not one more name word.
    A given name («… الكعبي محمد الأمين») and a compound ending «الله/الدين» («دفع الله») stay."""
    last, w = an.words[n_j - 1], an.words[k]
    # «وقرر محافظ الجيزة عادل النجار زيادة الأجرة»: any definite family name, before a noun in «ة» or a verbal noun that governs a definite word
    action = w.isalpha() and len(w) >= 4 and (w.endswith("ه") or masdar_shaped(w) or w in _LACKS)     # («… طوني الحاج غياب التجهيزات»)
    if not (last.startswith("ال") and (last.endswith("ي") or action) and len(last) >= 5 and last.isalpha()):
        return False
    if not w.isalpha() or len(w) < 3 or w.startswith("ال") or w in NAME_CONNECTORS or w in PATRONYMICS \
            or w in name_lexicon.given_names() or k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    return nxt.startswith("ال") and nxt.isalpha() and nxt not in name_lexicon.name_tails()


# What follows «الأمين» when it is the office: «الأمين العام»، «الأمين العام المساعد»، «أمين السر».
_SECRETARY_TAILS = frozenset(("عام", "العام", "العامه", "سر", "السر"))


# Offices over a place, as Analysis reads «والي»: «الوالي»
_PLACE_GOVERNORS = frozenset(arabic.normalize(w) for w in ("الوالي", "محافظ", "حاكم"))


def amin_in_given_name(an: Analysis, n_i: int, n_j: int, k: int) -> bool:
    """«المدير العام … محمد الأمين ولد بيبات»: «الأمين» right after a lone known given name is the
    second word of a compound given name (Mauritania and Sudan so name: «محمد الأمين»), not a second
    office, unless «العام/السر» follows it («محمد الأمين العام للحزب» has one)."""
    # «والي كوركول محمد الأمين ولد أحمد جدو»: the place governed, read as the name's first word so far (governed_place.py moves it to the title), may stand before the given name
    governed = n_j - n_i == 2 and n_i > 0 and an.words[n_i - 1] in _PLACE_GOVERNORS
    # «مفوض العون الإنساني بالولاية عبد الرحيم الأمين حمد»: «عبد …» is one given name
    abd = n_j - n_i == 2 and an.words[n_i] == "عبد"
    if an.words[k] != "الامين" or n_j != k or (n_j - n_i != 1 and not governed and not abd) \
            or not (abd or known_first_word(an.words[n_j - 1])) or has_phrase_break(an.doc.gap(k)):
        return False
    return k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)) or an.words[k + 1] not in _SECRETARY_TAILS


# Past verbs that take «على/إلى» and are no one's name
_GOT_TO = frozenset(arabic.normalize(w) for w in ("حصل", "وصل", "عثر", "قضى", "استحوذ", "تعرف"))
