"""Words inside a person's name that look like something else, as `actors.parse_phrase` reads a
name on: the patronym's «ولد»/«بنت» («محمد ولد الشيخ الغزواني»), an office word that is a surname
(«زياد المرشد»، «عبده قائد سيف»), and «أمين» as a given name («أمين الناصر»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import (
    Analysis, Phrase, NAME_CONNECTORS, OFFICE_HEADS, QUOTE_MARKS, has_phrase_break, in_lex,
)
from desktop.core.extract.gazetteer import Mention
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.phrase_parts import addressee, imperfect_verb
from desktop.core.extract.ranks import RANKS
from desktop.core.extract.written_forms import wale_given_name   # read in the phrase reader with the shapes here


# «ولد» (son of) and «بنت» (daughter of) between two names, as Mauritanians and Saharans write
# a patronym: «محمد ولد الشيخ الغزواني»، «مريم بنت أحمد». «بنت» is in NAME_CONNECTORS already.
PATRONYMICS = frozenset({"ولد", "بنت"})


def patronym_follows(an: Analysis, k: int, j: int) -> bool:
    """Whether the word after «ولد»/«بنت» at k is a name (a word, no function word, time or break
    between): «ولد محمد» is a patronym, «ولد في نواكشوط» (was born in) is not."""
    if k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    # «نور الدين ولد علي»: «علي» written with «ي» after the patronym's word is the father's name
    ali_name = nxt == "علي" and an.doc.tokens[k + 1].text.endswith("ي")
    return (nxt.isalpha() and len(nxt) >= 3 and (ali_name or nxt not in lexicon.stop_words()
                                                 and nxt not in lexicon.prepositions())
            and not an.is_time(k + 1) and not an.is_verb(k + 1)
            and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)))


def foreign_in_lam(word: str) -> bool:
    """«لورينسو»، «لوكورنو»: a long foreign name ending in «و» whose «ل» is its own first letter, not
    the «لـ» of whom a speaker told (no noun an outlet is named by ends so; «لنحو»، «للعدو» are short)."""
    # («لاكروا»: Lacroix, a French name in «وا»; no «لـ» on an Arabic word is so spelt)
    return word.startswith("ل") and not word.startswith("لل") and len(word) >= 6 \
        and (word.endswith("و") or (word.startswith("لا") and word.endswith("وا")))


def after_patronym(words: list[str], n_i: int, n_j: int) -> int:
    """How many name words follow the name's last «ولد»/«بنت» («عبد»، «أبو» not counted: «ولد عبد
    الله» has one); -1 when there is none."""
    for x in range(n_j - 1, n_i - 1, -1):
        if words[x] in PATRONYMICS:
            return sum(words[y] not in NAME_CONNECTORS for y in range(x + 1, n_j))
    return -1


def patronym_tail(an: Analysis, k: int, j: int) -> bool:
    """«ولد محمد الأمين»، «بنت أحمد الشيخ»: a definite word that could be an office («الأمين»،
    «الشيخ») right after the father's given name is the name's last, unless a definite word
    follows it («ولد محمد الأمين العام»: the office) or a break comes before it."""
    w = an.words[k]
    if has_phrase_break(an.doc.gap(k)) or not (w.startswith("ال") and w.isalpha() and len(w) >= 5):
        return False
    if not in_lex(w, lexicon.title_heads()):
        return False
    return not (k + 1 < j and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)))


def title_word_in_name(an: Analysis, k: int, j: int, title: list[int] | None = None) -> bool:
    """«المواطن عبده قائد سيف لـ"يمن مونيتور"»: an indefinite title word («قائد») inside a name,
    followed by one more name word that ends the name (a break, «لـ» or the outlet, «إن»، «قد», a
    verb or the end), is a name («قائد» the father's), not an office: an office governs a
    definite word, a body or a place («قائد الجيش»، «قائد قوات …»)."""
    words = an.words
    w = words[k]
    if w == "قسم" and k >= 1 and k + 1 < j and words[k + 1] in ("السيد", "الله", "الباري") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # Sudan's «عبد الرحمن قسم السيد»، «محمد قسم الله»: a compound name, no department
    if w == "السيد" and k >= 1 and words[k - 1] in name_lexicon.given_names() and k + 2 < j and words[k + 1] == "عبد" \
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «المهندس أحمد السيد عبد الفتاح المزارعين»: Egypt's «السيد» between a given name and «عبد …»
    if w == "السيد" and k >= 2 and (words[k - 1] in name_lexicon.given_names() or words[k - 2] == "عبد") and k + 1 < len(words) \
            and words[k + 1] in ("عن", "من", "في") and not has_phrase_break(an.doc.gap(k)):
        return True       # «الدكتور عبد الله السيد عن رئيس …»: no honorific governs a preposition; a family name
    # «محافظ دير الزور غسان السيد أحمد»: «السيد» and a given name are a family name too
    # («مصعب الشيخ علي،»، «محمد السيد زايد،»، «أحمد العمدة بادي،»: any word that ends the phrase after it)
    sayyid = w in ("السيد", "الشيخ", "العمده") and k + 1 < j and (words[k + 1] in name_lexicon.given_names() or (
        words[k + 1].isalpha() and (not words[k + 1].startswith("ال") or (w == "السيد" and words[k - 1] in name_lexicon.given_names())) and len(words[k + 1]) >= 3
        and (k + 2 >= len(words) or has_phrase_break(an.doc.gap(k + 2)))))
    if w.startswith("ال") and not sayyid and k >= 1 and (words[k - 1] in name_lexicon.given_names() or (k >= 2 and words[k - 2] == "عبد")) \
            and not has_phrase_break(an.doc.gap(k)) and (k + 1 >= len(words) or has_phrase_break(an.doc.gap(k + 1))
                                                         or any(ch in "\"«“" for ch in an.doc.gap(k + 1)) or words[k + 1] in lexicon.complementisers()
                 or (words[k + 1] in ("من", "الي", "علي") and k + 2 < len(words) and words[k + 2] in lexicon.complementisers())):
        return True       # «خالد البابا من أن»: after a given name, a title word that governs and names nothing is the family name
    if (w.startswith("ال") and not sayyid) or w[:1] in "وفبل":
        return False
    if sayyid and (k + 2 >= len(words) or has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in ("ان", "قد")):
        return True       # «مصعب الشيخ علي، …»: «علي» is the name here, not «على»
    if k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)) or words[k + 1] in ("ان", "قد") or an.is_verb(k + 1):
        # «عمدة موروني مصطفى سعيد شيخ أن»: after two name words, an office word that ends the
        # phrase is the family name; an office there would govern a complement or a name
        return k >= 2 and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k - 1)) \
            and all(words[x].isalpha() and not words[x].startswith("ال") and not in_lex(words[x], lexicon.title_heads())
                    for x in (k - 2, k - 1))
    nxt = words[k + 1]
    # «وأدان محافظ الضالع أحمد قائد القبة الهجوم»: a titled person holds no second office not set off
    family = bool(title) and words[title[0]] not in RANKS and _definite_family_name(an, k + 1)
    nxt = nxt[2:] if family else nxt
    if (not nxt.isalpha() or len(nxt) < 3 or nxt.startswith("ال") or nxt[:1] in "وبل" or (k + 1) in an.gaz_at
            or in_lex(nxt, lexicon.title_heads()) or in_lex(nxt, lexicon.org_heads())
            or nxt in lexicon.stop_words() or nxt in lexicon.prepositions() or an.is_time(k + 1)
            or an.is_verb(k + 1) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1))):
        return False
    end = k + 2
    if end >= len(words) or has_phrase_break(an.doc.gap(end)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(end)):
        return True
    after = words[end]
    return (after in ("ل", "ان", "قد") or (family and after.startswith("ال")) or an.is_outlet(end) or an.is_verb(end) or imperfect_verb(after)
            or an.is_report_noun(end)     # «… عن … الدكتور عبد الرزاق شيخ عدو قوله:»
            or (after.startswith("ل") and not after.startswith("لل") and addressee(after))
            # «حاكم ولاية كانو عبّا كبير يوسف تخصيص مليار نايرا»: a given name, then what he did
            or (nxt in name_lexicon.given_names() and name_lexicon.masdar_shaped(after)))


# What a commander commands, not in the lexicons of bodies: «قائد المنتخب»، «قائد العمليات»
_UNITS = lexicon.forms("المنتخب العمليات الكتيبة الحرس الثورة المعارضة المسيرة الحملة الفريق القطاع المحور الجبهة")


def _definite_family_name(an: Analysis, x: int) -> bool:
    """A definite word that names no body, office, place or label («القبة»), so it may end a name."""
    w = an.words[x]
    return (w.startswith("ال") and len(w) >= 5 and w.isalpha() and x not in an.gaz_at
            and w not in _UNITS and not any(in_lex(v, lexicon.org_heads()) or in_lex(v, lexicon.title_heads()) or v in lexicon.place_nouns()
                        or v in lexicon.label_nouns() for v in (w, w[2:])))


def title_shaped_surname(an: Analysis, k: int, j: int) -> bool:
    """«زياد المرشد، خلال …»، «سامي القاضي إن …»: a definite word that could open an office
    («المرشد»، «القاضي»، «الأمير») right after a name word and right before the phrase ends (a
    break, «إن/أن», «قد», a verb, the one spoken to) is the name's last word: an office after a
    name would govern a complement («الأمين العام») or a name of its own («الأمير فيصل»)."""
    w = an.words[k]
    if w == "سعاده" and k > 0 and an.words[k - 1] in name_lexicon.given_names():
        w = "ال" + w      # «الدكتور إيلي سعادة فدعا»: Lebanon's family name Saadeh, as «سعادة» (Excellency) never follows a name
    if not (w.startswith("ال") and w.isalpha() and len(w) >= 5) or w[2:].startswith(OFFICE_HEADS) \
            or has_phrase_break(an.doc.gap(k)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k)):
        return False
    end = k + 1
    if end >= j or has_phrase_break(an.doc.gap(end)):
        return True
    nxt = an.words[end]
    return (nxt in lexicon.complementisers() or nxt == "قد" or an.is_verb(end) or an.is_outlet(end)
            or nxt == "ل" or (addressee(nxt) and not nxt.startswith("لل"))
            or (nxt.startswith("لل") and "ال" + nxt[2:] in lexicon.addressees())     # «مازن القاضي للصحفيين»
            or nxt in _CALLED_ON       # «دعا رئيس مجلس النواب مازن القاضي النواب إلى»: whom he called on
            or nxt in ("اليوم", "امس") or nxt in lexicon.weekdays() or (nxt[:1] == "ل" and end in an.gaz_at))     # («… حنين السيد لبي بي سي»)       # «الوزيرة حنين السيد اليوم»: the day the clause goes on with


_CALLED_ON = frozenset(("النواب", "الاعضاء", "الوزراء", "المواطنين", "الحلفاء", "الحضور"))


# «أمين عام»، «أمين السر»، «أمين الصندوق»، «أمين المظالم»، «أمين العاصمة»: «أمين» is the office
_AMIN_OFFICES = frozenset({"عام", "العام", "سر", "السر", "الصندوق", "صندوق", "مكتبه", "المظالم", "العاصمه", "عاصمه", "منطقه", "مدينه",
                           "محافظه", "المكتبه", "المتحف"})


def amin_given_name(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """After a person's full title, «أمين» and one definite word that end the phrase (a break, «قد»,
    a verb, or the end) are a given name and a surname («وكان رئيس أرامكو السعودية وكبير إدارييها
    التنفيذيين أمين الناصر قد أكد»), not the office «أمين» of what follows («أمين العاصمة»)."""
    words = an.words
    if ph.title and ph.kind == "person" and words[k] == "امير" and k + 2 < j and words[k + 1] in _PERSIAN_SECONDS \
            and not has_phrase_break(an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(k + 2)):
        return True       # «النائب عن طهران أمير حسين ثابتي»: Iran's compound given name, no prince
    if words[k] == "الامين" and k == ph.i and not ph.title and k + 1 < j and words[k + 1] in name_lexicon.given_names() \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «الأمين عثمان ود الحاج»: Sudan's given name; the office is «الأمين العام»
    if ph.kind not in ("person", "anonymous") or words[k] != "امين" or k + 1 >= j:
        return False      # («بدا بائع الخضار أمين كايا غير مكترث»: after a calling too)
    nxt = words[k + 1]
    # («رئيس الفيدرالية …، أمين الفاسي، في تصريح»: the name set off by commas after the title, a
    # family name in «ي» after it)
    set_off = not ph.title and k == ph.i and any(c in an.doc.gap(k) for c in "،,") and nxt.startswith("ال") and nxt.endswith("ي")
    if not ph.title and not set_off:
        return False
    if nxt in ("ولد", "بن", "بنت", "ابن") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «الدكتور أمين ولد الطالب»: a patronymic follows a name, never the office
    # an indefinite word may be a surname too («أمين أندلسي»), but not one the office takes («أمين عام»)
    if not (nxt.startswith("ال") or nxt.isalpha() and nxt not in lexicon.title_modifiers()) or nxt in _AMIN_OFFICES or (k + 1) in an.gaz_at or nxt in lexicon.title_heads() \
            or nxt in lexicon.org_heads() or has_phrase_break(an.doc.gap(k + 1)) or an.is_time(k + 1):
        return False
    # («المحامي أمين فؤاد سلامة،»: a known given name after it, the father's, and the family name;
    # «المحامي أمين عبد المقصود،»: a compound in «عبد ال…», one name)
    father = nxt in name_lexicon.given_names() or (nxt == "عبد" and k + 2 < j and an.words[k + 2].startswith("ال"))
    return _closes_after(an, k + 2, j) or (father and k + 2 < j and not has_phrase_break(an.doc.gap(k + 2))
                                           and _closes_after(an, k + 3, j))


# Second words of Persian compound given names in «أمير»: «أمير حسين»، «أمير علي»، «أمير محمد»
_PERSIAN_SECONDS = frozenset(arabic.normalize(w) for w in ("حسين", "حسن", "علي", "محمد", "رضا", "مهدي", "عباس", "سعيد"))


def _closes_after(an: Analysis, end: int, j: int) -> bool:
    """Whether the phrase ends at token `end`: a break, «قد», «أن/إن», a verb, or the end."""
    words = an.words
    return (end >= j or has_phrase_break(an.doc.gap(end)) or words[end] in ("قد", "غير") or an.is_verb(end)    # «… أمين كايا غير مكترث»
            or words[end] == "ل" or addressee(words[end]) or an.is_outlet(end)     # «… أمين بوطالبي لـ"نوميديا نيوز"»
            or words[end] in lexicon.complementisers() or imperfect_verb(words[end])
            or (an.is_report_noun(end) and an.written(end).endswith(("ه", "ها"))))   # «… قوله إن»


# Honorifics that West African and Gulf parents give as names: «شيخ ديبا»، «أمير عبد المنعم»;
# and «نظير» (a counterpart, as an office word), Egypt's given name: «الدكتور نظير عياد».
_HONORIFIC_GIVEN_NAMES = frozenset({"شيخ", "امير", "نظير"})


def honorific_given_name(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """After a person's full title that ended on a definite word («وزير المالية والميزانية»), an
    honorific with no article and one or two undefined words that end the phrase are a given name
    and a family name («… شيخ ديبا أن»، «أمير خان متقي.»), not a second office: an office so placed
    governs a definite word («شيخ الأزهر»، «أمير المنطقة») or a body («شيخ قبيلة»). The name's end,
    or 0."""
    words = an.words
    if not ph.title or ph.kind != "person" or words[k] not in _HONORIFIC_GIVEN_NAMES or k + 1 >= j \
            or not words[k - 1].startswith(("ال", "وال")) or has_phrase_break(an.doc.gap(k + 1)):
        return 0
    nxt = words[k + 1]
    if not nxt.isalpha() or len(nxt) < 3 or nxt.startswith("ال") or in_lex(nxt, lexicon.title_heads()) \
            or in_lex(nxt, lexicon.org_heads()) or (k + 1) in an.gaz_at or nxt in lexicon.stop_words() \
            or an.is_time(k + 1) or an.is_verb(k + 1) or nxt in lexicon.place_nouns():
        return 0
    if _closes_after(an, k + 2, j):
        return k + 2
    # «وزير الخارجية أمير خان متقي.»: a name of three words
    more = an.words[k + 2] if k + 2 < j else ""
    three = (more.isalpha() and len(more) >= 3 and not more.startswith("ال") and not has_phrase_break(an.doc.gap(k + 2))
             and not in_lex(more, lexicon.title_heads()) and not in_lex(more, lexicon.org_heads())
             and (k + 2) not in an.gaz_at and more not in lexicon.stop_words() and not an.is_verb(k + 2)
             and _closes_after(an, k + 3, j))
    return k + 3 if three else 0


def ba_family_name(an: Analysis, n_i: int, n_j: int, k: int, j: int) -> bool:
    """«الفنان الهادي بالناصر، الذي …»، «محمد بالحاج إن»: a Maghreb family name in «بال» right
    after a lone given name the lexicons know, ending the phrase (a break, «إن/أن», the end), is
    no «بـ» on a definite noun («الهادي بالقرار» would go on)."""
    words = an.words
    if words[k] == "بالوش" and n_j == k and not has_phrase_break(an.doc.gap(k)):
        return True       # «بابار بالوش»: Baloch, a family name of Pakistan's and Iran's Baluch
    # («المطران ماسيميليانو بالينورو فقال»: a foreign family name in «بال», ending in a vowel, after
    # any given name; then a verb may close the phrase)
    # («وزير الاتصال ماكسيم بالالو بالقول:»: shorter, before «بالقول», the answer's cue)
    foreign = words[k].endswith(("و", "ي", "ا")) and (len(words[k]) >= 7 or words[k + 1:k + 2] == ["بالقول"])
    # («إيزابيل رودريغيث بالنثويلا،»: a Spanish second family name, after two names)
    # («الدكتور نوري الهادي بالخير،»: a Libyan family name «بالـ» on a given name, after two names)
    two = n_j - n_i == 2 and (foreign or name_lexicon.ba_family_name_word(words[k]))
    return ((n_j - n_i == 1 or two) and n_j == k and (known_first_word(words[n_i]) or foreign) and words[k].startswith("بال")
            and len(words[k]) >= 6 and words[k].isalpha() and not has_phrase_break(an.doc.gap(k))
            and not an.written(k).endswith("ة")      # «أشادت الزين بالمبادرة،»: a feminine noun, what she praised
            and (k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)) or words[k + 1] in lexicon.complementisers()
                 or words[k + 1] in ("ل", "بالقول") or addressee(words[k + 1])      # «عمر بالحاج لـ"ترهونة نيوز"»: the one told
                 or (foreign and an.is_verb(k + 1))
                 # «الشيخ عمران بالقاسم المقرحي، أحد أعيان المنطقة،»: and a family nisba closing the name
                 or (words[k + 1].startswith("ال") and words[k + 1].endswith("ي") and len(words[k + 1]) >= 5 and not has_phrase_break(an.doc.gap(k + 1))
                     and (k + 2 >= j or has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in lexicon.complementisers()))
                 # «منير بالحاج علي إن»: and the grandfather's given name after it
                 or (known_first_word(words[k + 1]) and (k + 2 >= j or has_phrase_break(an.doc.gap(k + 2))
                                                         or words[k + 2] in lexicon.complementisers()))))


def given_name_before_kunya(an: Analysis, ph: Phrase) -> None:
    """«عضو لجنة الدفاع عن أراضي سلوان فخري أبو دياب»: a name read from «أبو/أم» after a title whose
    last word is a given name the lexicons know (no «ال»): that word opens the name (in place)."""
    if not ph.name or not ph.title or an.words[ph.name[0]] not in ("ابو", "ام"):
        return
    g = ph.name[0] - 1
    if ph.title[-1] == g and known_first_word(an.words[g]) and not an.words[g].startswith("ال") \
            and not has_phrase_break(an.doc.gap(ph.name[0])) and len(ph.title) > 1:
        ph.title.pop()
        ph.name = (g, ph.name[1])


def place_as_surname(an: Analysis, n_i: int, n_j: int, k: int) -> bool:
    """«رئيس الوزراء البرتغالي لويس مونتينيغرو إن»: one word of a place the gazetteer knows right
    after a lone given name the lexicons know, ending the phrase, is the family name; so is a place
    named as a given name («أحمد صلاح الدين»)."""
    mention = an.gaz_at.get(k)
    if n_j - n_i == 1 and n_j == k and (an.words[n_i], an.words[k]) in name_lexicon.place_ending_given_names():
        return True       # «نور العين بنت إسماعيل»: a woman's compound given name, not the city of Al Ain
    if not (n_j - n_i == 1 and n_j == k and known_first_word(an.words[n_i]) and mention is not None):
        return False
    if known_first_word(an.words[k]) and mention.j > k + 1:
        return True       # «مدرب الشرطة أحمد صلاح الدين»: a place named as a given name («صلاح الدين»)
    if mention.j != k + 1 or an.words[k].startswith("ال"):
        return False
    # «شيخ العشيرة في المديرية حسن عدن فارح،»: a Somali chain of names, one of them a city's, then one
    # plain word and a comma
    return _closes_after(an, k + 1, len(an.words)) or (
        k + 2 < len(an.words) and has_phrase_break(an.doc.gap(k + 2)) and not has_phrase_break(an.doc.gap(k + 1))
        and _plain_name_word(an, k + 1) and mention.of_kind("place") is not None
        and mention.of_kind("place").type == "city")


def _plain_name_word(an: Analysis, k: int) -> bool:
    w = an.words[k]
    return (w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in lexicon.stop_words()
            and not an.is_verb(k) and k not in an.gaz_at and not imperfect_verb(w) and not an.is_participle(k))


def place_before_patronym(an: Analysis, mention: Mention) -> bool:
    """«صلاح الدين بن حامد»: a place the gazetteer knows (Iraq's Salah al-Din) right before «بن/ولد/بنت»
    and a name is the person's own given name."""
    x = mention.j
    return x + 1 < len(an.words) and an.words[x] in ("بن", "ابن", "بنت", "ولد") and an.words[x + 1].isalpha() \
        and not has_phrase_break(an.doc.gap(x)) and not has_phrase_break(an.doc.gap(x + 1))


def city_opens_name(an: Analysis, ph: Phrase, mention: Mention, k: int, j: int) -> bool:
    """«وزير الدفاع ويلينغتون كو،»: after a person's office whose last word is definite, its construct
    is closed, so a one-word city the gazetteer knows, then one plain word that ends the phrase, is
    a person's given and family name («ويلينغتون»، Wellington), not the place the office serves
    («عمدة موروني مصطفى …» governs its city with an indefinite word). A country's name too: «المتحدثة
    باسم الوزارة مالي سوتشياتا» (Maly)."""
    words = an.words
    place = mention.of_kind("place")
    if ph.kind == "person" and ph.title and not ph.name and words[ph.title[-1]] in name_lexicon.address_titles() and mention.j == k + 2 \
            and words[k + 1] == "الدين" and words[k] in name_lexicon.given_names() and k + 2 < j and not has_phrase_break(an.doc.gap(k + 2)):
        return True       # «المهندس صلاح الدين فتوح»: after a title of address, a compound given name, not Iraq's province
    if (ph.kind != "person" or not ph.title or ph.name or mention.j != k + 1 or place is None
            or place.type not in ("city", "country") or (mention.of_kind("actor") is not None and mention.of_kind("actor").type != "state")):
        return False
    last = words[ph.title[-1]]
    if ph.title[-1] != k - 1 or not last.startswith("ال") or last[2:] in lexicon.place_nouns() \
            or last in lexicon.place_nouns() or words[k].startswith("ال"):
        return False
    nxt = k + 1
    if nxt >= j or has_phrase_break(an.doc.gap(nxt)) or nxt in an.gaz_at:
        return False
    w = words[nxt]
    return (w.isalpha() and not w.startswith("ال") and w not in lexicon.stop_words() and not an.is_verb(nxt)
            and not in_lex(w, lexicon.title_heads()) and not an.is_common_word(nxt) and _closes_after(an, nxt + 1, j))


# Given names that are also verbs of speech: «طالب» (Talib) is «طالبَ» (demanded).
_VERB_GIVEN_NAMES = frozenset(arabic.normalize(w) for w in ("طالب",))


def verb_given_name(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«قائد محور ديالى في الحشد الشعبي طالب الموسوي لـ"…" إن»: after a whole title ending on a
    definite word, a given name that is also a verb, then a family name in «ال» that ends the phrase,
    is the holder's name, not the verb of a new clause; the name's end, or k when the text is not so."""
    words = an.words
    if ph.title and not ph.name and ph.title[-1] == k - 1 and words[k - 1].startswith("ال") and words[k] == "ما" and k + 2 < j \
            and all(words[x].isalpha() and len(words[x]) <= 5 and not words[x].startswith("ال") and not an.is_verb(x) and not an.is_common_word(x)
                    and words[x] not in lexicon.stop_words() and not has_phrase_break(an.doc.gap(x)) for x in (k + 1, k + 2)) \
            and _closes_after(an, k + 3, j):
        return k + 3      # «نائب وزير الزراعة والشؤون الريفية ما يو شيانغ قوله»: China's family name Ma, no «ما»
    if not ph.title or ph.name or ph.title[-1] != k - 1 or not words[k - 1].startswith("ال") \
            or words[k] not in _VERB_GIVEN_NAMES or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return k
    family = words[k + 1]
    if not family.startswith("ال") or family in lexicon.title_heads() or (k + 1) in an.gaz_at or not family.isalpha():
        return k
    return k + 2 if _closes_after(an, k + 2, j) else k
