"""Shape checks `actors.parse_phrase` consults word by word: where a body's acronym, a quoted
name or a place sits in a phrase, and where the phrase stops (the verb's object, a noun with a
pronoun, a plural of bodies after a bare office, a happening a body announces)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import actor_shape, lexicon, name_lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex, strip_conj
from desktop.core.extract.dashed_places import dashed_municipality_end
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.people_plurals import sound_plural_of_people
from desktop.core.extract.titles import could_be_given_name
from desktop.core.extract.name_end import phrase_ends_at
from desktop.core.extract.phrase_places import ba_document


def definite_pair(an: Analysis, k: int, j: int) -> bool:
    """Two definite words in a row from k, with no break between: a noun and its adjective
    («النتائج الأولية»); «شيخة سالم الظاهري، الأمين العام»: the comma ends the name first; «ناصر
    أحمد الخلف الرئيس التنفيذي»: a title after the word is his, written in apposition, no pair."""
    words = an.words
    # («برناردو رافاييليتو أليخاندرو الرابع»: «أل» with its hamza is no article; «سيدي ولد أحمد البشير إلى»، «غانم بن فضل البوعينين إلى»: nor «إلى» after a given name in «ال» or a patronym's family name; «دعا … المناصرين إلى» is the object)
    return (k + 1 < j and words[k].startswith("ال") and words[k + 1].startswith("ال") and an.written(k)[:1] not in "أإآ"
            and not (an.written(k + 1)[:1] in "أإآ" and (words[k] in name_lexicon.article_given_names()
                                                        or (k >= 2 and words[k - 2] in ("بن", "بنت", "ولد") and not masdar_shaped(words[k][2:]))))
            and not has_phrase_break(an.doc.gap(k + 1))
            and (words[k + 1] not in lexicon.title_heads() or words[k + 1] in lexicon.adjective_offices())
            and not an.is_time(k + 1) and not (words[k + 1] in lexicon.org_heads() and not an.written(k).endswith("ة"))     # «… الجلاجل اليوم الأحد»: a surname, then when; «مريم صالح الظاعن الحكومة»: a body, no adjective
            and words[k + 1] not in _RULING_FAMILIES)     # «الشيخ عبدالله أحمد الحمود الصباح»: a Gulf name, no pair


# Ruling families of the Gulf, the last word of a name after a definite father's name («الحمود الصباح»)
_RULING_FAMILIES = frozenset(arabic.normalize(w) for w in ("الصباح", "النهيان", "المكتوم", "القاسمي", "المعلا", "النعيمي", "الشرقي"))


def action_after_title(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«التمس ممثل الحق العام تشديد العقوبات»: right after a title that ends on a definite word, a verbal noun governing a
    definite word is what the clause's verb took, no name's first word («د. أمثال الحويلة»; «أفعال» with «أ» is a plural: «أسماء»)."""
    return bool(ph.title) and not ph.name and ph.title[-1] == k - 1 and an.words[k - 1].startswith("ال") and an.words[k - 1] not in lexicon.title_heads() \
        and masdar_shaped(an.words[k]) and not an.written(k).startswith("أ") and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) \
        and (an.words[k + 1].startswith("ال") or (an.written(k + 1).endswith("ة") and an.words[k + 1] not in name_lexicon.given_names())     # («تسليط عقوبة 20 سنة»)
             or (k + 2 < j and an.words[k + 2].startswith("ال") and not has_phrase_break(an.doc.gap(k + 2)) and an.words[k + 1] not in name_lexicon.given_names()
                 and an.words[ph.title[0]] in lexicon.title_heads()))     # «طلب ممثل النيابة العامة تطبيق مواد الاتهام»


def adjective_office(an: Analysis, k: int) -> bool:
    """«الأحزاب الحاكمة»، «الجهات المسؤولة»: an office word that agrees with the definite noun right
    before it is that noun's adjective, no title opening there."""
    # (the noun may carry a preposition: «بالمركز التقني الوطني»)
    if k == 0 or has_phrase_break(an.doc.gap(k)):
        return False
    w, prev = an.words[k], an.words[k - 1]
    if prev.endswith("ات") and len(prev) >= 5 and not prev.startswith("ال") and an.written(k).endswith("ة") \
            and w.startswith("م") and not w.startswith("ال"):
        return True       # «لهجمات منسقة شنّها مسلحون»: a participle agreeing with a plural of things
    if w in _MANAGING and in_lex(prev, lexicon.org_heads()) and an.written(k - 1).endswith("ة") and not prev.startswith("ال"):
        return True       # «هيئة مديرة جديدة برئاسة …»: a managing board, no director
    return w in lexicon.adjective_offices() and prev.startswith(("ال", "بال", "وال", "فال", "لل", "كال"))


_MANAGING = frozenset(arabic.normalize(w) for w in ("مديرة", "مسيرة"))


def retired_mark(an: Analysis, k: int) -> bool:
    """«اللواء (م) عابدين عوض الله»: «(م)», retired, after a rank."""
    return an.words[k] == "م" and doc_gap_strip(an, k) == "(" and k + 1 < len(an.words) and doc_gap_strip(an, k + 1) == ")"


def body_acronym(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of a body's short name in brackets right after it in a person's title, when the
    title goes on after it («ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في السودان شيلدون ييت»), or of a
    glossed office, or of a municipality's second place after a dash (dashed_places.py); k when there is none."""
    if not ph.title or ph.name or ph.kind not in ("person", "anonymous") or k == ph.i or doc_gap_strip(an, k) != "(":     # («خبير منظمة … (يونسكو) يوهانس …»)
        return dashed_municipality_end(an, ph, k, j)    # «رئيس بلدية زحلة – معلقة وتعنايل سليم غزالة»
    if k + 1 < j and retired_mark(an, k) and ph.title[-1] == k - 1:
        return k + 1      # «والي الولاية اللواء (م) الزبير حسن عثمان»: a retired officer's rank
    last = ph.title[-1]
    glossed = an.words[k].startswith("ال") and an.words[k] in lexicon.title_heads()     # «المستشار (الوزير الإقليمي) للشؤون …»
    if not (last in an.gaz_at or glossed or any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) for x in ph.title)):
        return k
    for end in range(k + 1, min(j, k + 3)):
        gap = doc_gap_strip(an, end)
        if gap == ")":
            return end if an.words[end].isalpha() and not has_phrase_break(an.doc.gap(end).replace(")", "")) else k
        if gap:
            return k
    return k


def doc_gap_strip(an: Analysis, k: int) -> str:
    return an.doc.gap(k).strip()


def plural_action(word: str) -> bool:
    """«تطورات»، «تصريحات»، «تحركات»: a plural verbal noun (تفعّل، تفعيل in «ات»), never a word of a body's name after «بالـ»."""
    return len(word) >= 6 and word[0] == "ت" and word.endswith("ات")


# Verbs whose object takes «بـ»: «ورحّبت نقابة صيادلة الغربية بالحكم»، «وأشادت الجمعية بالقرار»
_BA_VERBS = frozenset(arabic.normalize(w) for w in (
    "رحب", "رحبت", "أشاد", "أشادت", "ندد", "نددت", "نوه", "نوهت", "تمسك", "تمسكت", "احتفى", "احتفت",
    "احتفل", "احتفلت", "طالب", "طالبت", "أقر", "أقرت", "اعترف", "اعترفت",     # «أقر الوزير بالتأخير»: what he admitted
    # «قضت محكمة جنايات الجيزة بالسجن المشدد»: what a court ruled
    "قضت", "قضى", "حكمت", "حكم"))


def object_of_ba_verb(an: Analysis, ph: Phrase, k: int) -> bool:
    """Whether «بالـ» word k after a body's name, or after one definite office word («وأشاد الوزير بالشراكة»), is the object of the verb
    right before the phrase, one whose object takes «بـ» (`_BA_VERBS`), and no place the body is at, nor the tongue after «الناطقة» («قضت
    المحكمة الجنائية الناطقة بالفرنسية»); also after a whole office ending on a definite word («طالب الوكيل القضائي … بإلزام …»)."""
    bare_office = ph.kind == "person" and not ph.name and bool(ph.title) and ph.title[-1] == k - 1 and an.words[k - 1].startswith("ال")
    w = an.words[k]
    # «تمسك ممثل النيابة العامة بصك الاتهام»: «بـ» on a noun in construct with a definite one, too
    ba_construct = w[:1] == "ب" and len(w) >= 3 and w not in name_lexicon.given_names() and k + 1 < len(an.words) \
        and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1))
    return (w.startswith("بال") or ba_construct) and (ph.kind == "organization" or bare_office) and ph.i > 0 \
        and k not in an.gaz_at and any(v in _BA_VERBS for v in strip_conj(an.words[ph.i - 1])) \
        and an.words[k - 1] not in ("الناطق", "الناطقه", "الناطقين", "الاتجار", "المتاجره")     # «لمكافحة الاتجار بالأشخاص»: the body's own


def body_of_definite_office(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«دعا المدير العام للوكالة رافائيل غروسي»: «للـ» on a word for the one spoken to («الوكالة») after a definite office with no
    name yet is the office's body when a name-shaped word follows with no break, not «إن/أن», a preposition or a function word."""
    if not ph.title or ph.name or ph.kind != "person" or not an.words[ph.title[-1]].startswith("ال") or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    return nxt.isalpha() and not nxt.startswith("ال") and nxt not in lexicon.stop_words() \
        and nxt not in lexicon.prepositions() and nxt not in lexicon.complementisers() and not an.is_time(k + 1) and not an.is_verb(k + 1)


def as_governorate(an: Analysis, ph: Phrase) -> Phrase:
    """«دعت محافظة ريف دمشق»: «محافظة» (a woman governor's title too) and a place the gazetteer
    knows, with no name after them, is the governorate, a body; `ph` itself otherwise."""
    if ph.name is None and ph.kind == "person" and len(ph.title) > 1 and an.words[ph.title[0]] == "محافظه" \
            and any(t in an.gaz_at and an.gaz_at[t].of_kind("place") is not None for t in ph.title):
        return replace(ph, kind="organization")
    return ph


def conjoined_participle(an: Analysis, ph: Phrase, k: int) -> bool:
    """«عضو هيئة الرقابة الإدارية ومجري التحريات»: in a person's title, «و» on a participle in «م»
    governing the definite word after it is a second description of the same person (no given name opens with «وم…»)."""
    w = an.words[k]
    if ph.kind != "person" or k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    if w == "حافظ" and an.words[k + 1] == "الاختام":
        return True       # «وزير العدل حافظ الأختام لطفي بوجمعة»: Algeria's minister's second title
    if len(w) >= 5 and w[0] == "و" and w.endswith(("ها", "هم")) and (k - 1) in ph.title and an.words[k - 1].startswith("ال") \
            and (in_lex(an.words[k + 1], lexicon.title_heads()) or an.words[k + 1] in name_lexicon.given_names()):
        return True       # «أستاذة علوم المواد وهندستها الدكتورة نورة القحطاني»، «مفوض شؤون إغاثة اللاجئين وإعادتهم محمد …»: «و» and the noun's pronoun
    return len(w) >= 5 and w.startswith("وم") and w[1:] not in name_lexicon.given_names() and an.words[k + 1].startswith("ال")


def coordinated_purpose(an: Analysis, ph: Phrase, k: int) -> bool:
    """«المركز الوطني للوقاية من الآفات النباتية والأمراض الحيوانية ومكافحتها "وقاء"»: «و» on a verbal
    noun with the pronoun of what the body is for, ending its name, is a second purpose, no object."""
    w = an.words[k]
    ends = k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)) or opens_quote_before(an.doc.gap(k + 1))
    stem = w[1:-3] + "ه" if w.endswith(("تها", "تهم")) else w[1:-2]      # «ومكافحتها» -> «مكافحة»
    return (ends and len(w) >= 7 and w[0] == "و" and w.endswith(("ها", "هم")) and name_lexicon.masdar_shaped(stem)
            and an.words[k - 1].startswith("ال") and any(an.words[x].startswith("لل") for x in ph.title))


def part_of_quoted(an: Analysis, end: int, k: int) -> bool:
    """Whether a quotation opens before token k and does not close at `end`: the words from k to
    `end` are only the start of a quoted name («"كوبا-كوجيكا"»: «كوبا» is no country there)."""
    return opens_quote_before(an.doc.gap(k)) and end < len(an.words) and not any(ch in "»”\"" for ch in an.doc.gap(end)) and not has_phrase_break(an.doc.gap(end))


def opens_quote_before(gap: str) -> bool:
    """Whether a quotation opens in the gap before a word: «"»، «“» or «"» last in it; «"، » closes
    the one before («"كومادير"، رشيد بنعلي»: the name after the acronym is no quotation)."""
    if any(ch in "«“" for ch in gap):
        return True
    return '"' in gap and gap.strip()[-1:] == '"'


def closes_quote(an: Analysis, k: int) -> bool:
    """Whether the «"» before token k closes a name of one to three words opened just before it
    («… لوهران "سيور" عبد القادر بن عودة»): the name after it is no quotation."""
    opened = next((x for x in range(k - 1, max(0, k - 4), -1) if '"' in an.doc.gap(x)), None)
    return opened is not None and an.doc.gap(opened).strip()[-1:] == '"'


# Bodies named in the plural, a verb's object after a bare office: «ودعا المحافظ المصارف إلى …».
BODIES_PLURAL = lexicon.forms("المصالح المصارف البنوك الشركات الوزارات المؤسسات الجهات الهيئات الدوائر البلديات "
                               "المدارس المستشفيات الأندية النقابات الأحزاب المحافظات الولايات السلطات الجماعات")


# Indefinite adjectives that follow a common noun, never a name: «مواعيد جديدة»، «خطة عاجلة».
COMMON_ADJECTIVES = lexicon.forms("جديد جديدة جديدا جديدين كبير كبيرة عديدة واسع واسعة مشترك مشتركة عاجل عاجلة "
                                   "إضافي إضافية رسمي رسمية مختلف مختلفة")


def object_then_definite(an: Analysis, k: int, j: int) -> bool:
    """Whether token k opens the object of the body's verb: a verbal noun of a happening, or of
    the forms the rules read as verbal nouns, governing the definite word after it."""
    w = an.words[k]
    x = k + 1      # («أعلن المكتب الوطني للسكك الحديدية تعزيز رحلات قطارات "البيضاوي"»: a chain in construct, then its definite or quoted end)
    while x < min(j, k + 3) and an.words[x].isalpha() and not an.words[x].startswith("ال") and not has_phrase_break(an.doc.gap(x)) and not any(ch in QUOTE_MARKS for ch in an.doc.gap(x)):
        x += 1
    return (x < j and (an.words[x].startswith("ال") or (x > k + 1 and any(ch in QUOTE_MARKS for ch in an.doc.gap(x)))) and not w.startswith("ال")
            and not any(has_phrase_break(an.doc.gap(y).replace('"', "")) for y in range(k, x + 1))
            and (w in lexicon.happening_nouns() or masdar_shaped(w)))


def gazetteer_body(an: Analysis, k: int) -> bool:
    """Whether token k opens a body the gazetteer lists (not a place: «موظفة حكومية في بورتسودان» is described, not named)."""
    mention = an.gaz_at.get(k)
    return mention is not None and mention.of_kind("actor") is not None


def listed_body(an: Analysis, k: int) -> bool:
    """Token k opens a body the gazetteer lists that is no place too («الأمم المتحدة», not «السعودية», a country and the adjective «Saudi»)."""
    mention = an.gaz_at.get(k)
    return mention is not None and mention.of_kind("actor") is not None and mention.of_kind("place") is None


def pronoun_noun(an: Analysis, k: int) -> bool:
    """«مسؤوليتها»، «موقفهم»: a noun carrying a possessive pronoun, as written («ة» is no «ه»);
    no title or body goes on with one after its first word («مندوبها الدائم» opens one)."""
    text = an.written(k)
    w = an.words[k]
    return (len(text) > 5 and text.endswith(("تها", "ته", "تهم", "تهما", "ها", "هم", "هما")) and w.isalpha()
            and w not in lexicon.honorific_pronouns() and k not in an.gaz_at and not w.startswith("ال")
            and not any(w.startswith(link) for link in lexicon.title_links())   # «المتحدث العسكري باسمها»
            and not has_phrase_break(an.doc.gap(k)))


def felt(an: Analysis, k: int) -> bool:
    """«ثقته»، «خشيته»، «قلقهم»: a feeling with its pronoun, the object of «أبدى», never a word of
    a name or a title («وأبدى الأمين العام ثقته بأن …»، «أبدى مختار حوش السيد … خشيته من …»)."""
    return actor_shape.stance_with_pronoun(an.words[k], an.written(k))


def governs_next(an: Analysis, k: int) -> bool:
    """Whether token k is an office, a body or a title's link, which takes the word after it."""
    w = an.words[k]
    return (in_lex(w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True)
            or w in lexicon.title_links() or w in lexicon.title_modifiers())


def nisba(an: Analysis, k: int) -> bool:
    """«البرازيلي»، «الأممية»: a definite adjective of origin right after the word before it."""
    w = an.words[k]
    return (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) >= 6 and w.isalpha()
            and not has_phrase_break(an.doc.gap(k)))


def name_after_quoted(an: Analysis, k: int) -> bool:
    """Whether a given name opens at token k, right after a quoted name: no break, no «ال»."""
    gap = an.doc.gap(k).replace("»", "").replace("”", "").replace('"', "")     # («لجمعية "مبادرات إبراهيم"، ثابت أبو راس،»: or set off by commas)
    return could_be_given_name(an, k) and (not has_phrase_break(gap) or (gap.strip() == "،" and any("،" in an.doc.gap(x) for x in range(k + 1, min(len(an.words), k + 5)))))


def quoted_body_of_office(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«المدير العام لـ«روس آتوم» أليكسي ليخاتشوف»: after an office with no name yet, «لـ» and a quoted
    name followed by a given name is the body the office heads, not the outlet spoken to; the end of the quoted name, or k."""
    from desktop.core.extract.phrase_parts import quoted_name
    if ph.kind != "person" or ph.name or not ph.title or an.is_outlet(k + 1) or k + 1 >= j:
        return k
    end = quoted_name(an, k + 1, j)
    return end if end is not None and end < j and name_after_quoted(an, end) else k


_COUNCIL_KINDS = frozenset(("البلدي", "التسييري"))


def construct_place(an: Analysis, ph: Phrase, k: int) -> bool:
    """«بلدية سنجل»، «مديرية أمن أجدابيا»: a body's title ending on an indefinite word is in the construct state and governs the next
    word; an unknown word there that ends the phrase is the place the body serves (a town no list has), not the clause going on."""
    last = an.words[ph.title[-1]]
    w = an.words[k]
    # Libya's «المجلس البلدي سبها»: a town's council named with its town, no preposition between
    council = last in _COUNCIL_KINDS and len(ph.title) == 2 and an.words[ph.title[0]] == "المجلس" \
        and w not in lexicon.label_nouns()      # not «أطلق المجلس البلدي حملة "…"»
    return (ph.title[-1] == k - 1 and (council or not last.startswith(("ال", "وال", "بال", "لل"))) and last.isalpha()
            and not w.startswith(("ال", "و")) and not ba_document(w)
            and len(w) >= 3 and not an.is_verb(k) and not an.is_common_word(k)
            and phrase_ends_at(an, k + 1))


def plural_of_its_body(prev: str, w: str) -> bool:
    """«رئيس أرامكو السعودية وكبير إدارييها التنفيذيين أمين الناصر»، «كبير مستشاريه»: after an indefinite office head, a masculine plural in
    construct with a pronoun («إداريي» + «ها»: the body's or the person's officers) is still the title, not a name's first word."""
    head = prev[1:] if len(prev) > 3 and prev[0] == "و" else prev
    if head.startswith("ال") or head not in lexicon.title_heads():
        return False
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 4 and stem.endswith("ي"):
            return True
    return False


def quoted_body_in_title(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of a body's quoted name opening at token k right after its head in a person's title, when the title goes on after it: «منسقة
    منظمة "أطباء بلا حدود" في الولاية كلير موريسون» (the quoted words are the body's, not the coordinator's name); k when there is none."""
    from desktop.core.extract.phrase_parts import ORG_NAME_LONGEST, quoted_name
    head = in_lex(an.words[k - 1], lexicon.org_heads(), clitics=True) or (k >= 2 and an.words[k - 2] == "باسم") or an.words[k - 1] == "مجموعه"     # «باسم خدمة "ريسكيو 1122"»، «مجموعة "إليون"»
    if not ph.title or ph.title[-1] != k - 1 or not head \
            or not (an.doc.gap(k)[:1].isspace() and an.doc.gap(k).strip() in ('"', "«", "“")) or closes_quote(an, k):
        return k      # the mark must open a quotation here: «مصرف "كوميرتس بنك" يورغ» closes one at «يورغ»
    end = quoted_name(an, k, j, longest=ORG_NAME_LONGEST)
    after = an.doc.gap(end).replace("»", "").replace("”", "").replace('"', "") if end is not None else ""
    if end is None or end > j or (end == j and after.strip() not in ("،", ",")) or (has_phrase_break(after) and after.strip() not in ("،", ",")):
        return k
    # only where the title goes on after it (a place, a link): a name right after the quoted one is read by `name_after_quoted`
    nxt = an.words[end]
    # («لمنظمة "نيهون هيدانكيو" للناجين تيرومي تاناكا»: whom the body is for, with «للـ»)
    return end if nxt in ("في", "لدي", "فرع") or nxt.startswith(("ال", "لل")) or end in an.gaz_at or after.strip() in ("،", ",") else k


def adjective_of_its_noun(an: Analysis, ph: Phrase, k: int) -> bool:
    """«الرئيس المنتهية ولايته لويس آرسي»: a definite participle in «ة» after an office agrees with
    the noun after it, which carries the office holder's pronoun; both are the title's."""
    prev = an.written(k - 1) if k > 0 else ""
    if bool(ph.title) and ph.title[-1] == k - 1 and k - 1 != ph.i and an.words[k] in _NEXT and an.words[k - 1].startswith("ال") \
            and not an.is_time(k - 1) and in_lex(an.words[ph.title[0]], lexicon.title_heads()) and not has_phrase_break(an.doc.gap(k)):
        return True       # «رئيس المؤتمر المقبل أندريه …»: the next conference, not a time («الأسبوع المقبل»)
    if bool(ph.title) and ph.title[-1] == k - 1 and an.words[k - 1] in _ELATIVES and an.written(k).endswith(("اً", "ا")) \
            and len(an.words[k]) >= 4 and not has_phrase_break(an.doc.gap(k)):
        return True       # «مجموعة البلدان الأقل نمواً»: what the elative is measured in
    # (a participle, «المنتهية»; not a noun the office governs: «رئيسة الجلسة واجهته بالسؤال»)
    return (bool(ph.title) and ph.title[-1] == k - 1 and k - 1 != ph.i and prev.startswith("الم") and prev.endswith("ة")
            and in_lex(an.words[ph.title[0]], lexicon.title_heads()) and pronoun_noun(an, k))


_NEXT = lexicon.forms("المقبل المقبلة القادم القادمة")
_ELATIVES = lexicon.forms("الأقل الأكثر الأشد")


def compass_nisba(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«المدرب الجنوب إفريقي»، «الدبلوماسي الشمال كوري»: a compass point and an indefinite nisba
    after a title are one adjective of origin written in two words, never a name."""
    w = an.words[k]
    if not ph.title or ph.name or (k - 1) not in ph.title or k + 1 >= j or (w[2:] if w.startswith("ال") else w) not in (
            "جنوب", "شمال") or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    return nxt.isalpha() and not nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and len(nxt) >= 5


def government_object(an: Analysis, ph: Phrase, k: int) -> bool:
    """«حمّلت هيئة رئاسة المجلس الانتقالي الجنوبي الحكومة مسؤولية …»: after a body named in full to a
    definite adjective, «الحكومة»/«السلطات» with no break is the verb's object, not more of its name."""
    # («ودعت الوزارة الدول المانحة إلى …»، «ودعا الوالي المنظمات الوطنية والدولية إلى …»: after one word too)
    bare_office = ph.kind == "person" and not ph.name and ph.title == [k - 1]
    definite_office = ph.kind == "person" and not ph.name and bool(ph.title) and ph.title[-1] == k - 1 \
        and all(an.words[t].startswith("ال") for t in ph.title)
    people = sound_plural_of_people(an.words[k]) or (an.words[k].endswith("ين") and k + 1 < len(an.words)
                                                      and sound_plural_of_people(an.words[k + 1][1:]) and an.words[k + 1][:1] == "و")
    if (ph.kind == "organization" or bare_office) and ph.title == [k - 1] and an.words[k - 1].startswith("ال") and people \
            and not has_phrase_break(an.doc.gap(k)):
        return True       # «ودعت الوزارة المستهلكين إلى …»، «دعا الحاكم المنمين والمزارعين»: the people called on
    body = ph.kind == "organization" and len(ph.title) >= 2 and ph.title[-1] == k - 1 and an.words[k - 1].startswith("ال")     # («دعت رابطة المودعين النواب إلى»)
    if (((definite_office or body) and an.words[k] in _CALLED_ON) or ((definite_office or (ph.kind == "organization" and len(ph.title) >= 3 and ph.title[-1] == k - 1))
                                                                      and an.words[k] in _PEOPLE_CALLED)) and not has_phrase_break(an.doc.gap(k)):
        return True       # «ودعا الرئيس البرازيلي الدول الغنية»، «ودعا الوزير سكان المناطق المنخفضة»: whom he called on
    w = an.words[k]
    if bare_office and an.words[k - 1].startswith("ال") and w.startswith("ال") and w.endswith("ات") and len(w) >= 7 and not in_lex(w, lexicon.org_heads()) \
            and k + 1 < len(an.words) and an.words[k + 1].startswith("ال") and an.written(k + 1).endswith("ة") \
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «وطالب الوالي المقاولات المعنية "بمضاعفة …"»: a plural and its adjective, whom he asked
    if (bare_office or (ph.kind in ("organization", "person") and not ph.name and bool(ph.title) and ph.title[-1] == k - 1)) and an.words[k - 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k)) and ((ph.kind == "person" and an.words[k] in _MEETINGS) or an.words[k] in name_lexicon.ROLES_IN_A_CASE):     # «ألزمت المحكمة المتهم الأول بردّ …»، «استهل رئيس المجلس الجلسة»
        return True       # «وختم الوالي الاجتماع بالتأكيد على أن»: what he closed, not his office's field
    if (ph.kind == "organization" or bare_office) and (ph.title == [k - 1] or (ph.kind == "organization" and len(ph.title) >= 2)) \
            and ph.title[-1] == k - 1 and an.words[k - 1].startswith("ال") \
            and not an.words[k].startswith("ال") and in_lex(an.words[k], lexicon.org_heads()) \
            and k + 1 < len(an.words) and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k)):
        return True       # «ودعت الجمعية وزارة الداخلية إلى …»، «طالب مجلس الشورى وزارة الموارد البشرية»: a body in construct
    if ph.kind == "person" and not ph.name and len(ph.title) >= 2 and ph.title[-1] == k - 1 \
            and an.words[k - 1].startswith("ال") and not an.words[ph.title[-2]].startswith("ال") \
            and not an.words[k].startswith("ال") and in_lex(an.words[k], lexicon.org_heads()) and k not in an.gaz_at \
            and (k - 1) not in an.gaz_at and k + 1 < len(an.words) and an.words[k + 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k)):
        return True       # «وخاطب ممثل النيابة هيئة المحكمة»: an office closed by its genitive; a body in construct is addressed
    return ((ph.kind == "organization" or bare_office) and bool(ph.title) and ph.title[-1] == k - 1
            and (an.words[k] in _OBJECT_BODIES or (an.words[k] in BODIES_CALLED and len(ph.title) >= 2)) and an.words[k - 1].startswith(("ال", "وال"))
            and (len(ph.title) >= 2 or an.words[k] in _CALLED_ON or an.words[k] in _ACCUSED) and not has_phrase_break(an.doc.gap(k)))


CONGRATULATED = lexicon.forms("الفائز الفائزة الفائزين الفائزات الناجحين الناجحات")     # «هنّأ … شيلدون ييت الناجحين،»: whom, no name's word
_PAIRS = lexicon.forms("الفريقين الطرفين الجانبين البلدين المنتخبين")     # «وهنأت الوزارة الفريقين،»


def plural_object_after_body(an: Analysis, ph: Phrase, k: int) -> bool:
    """«ودان مجلس شؤون البر الرئيسي التايواني التدريبات،»: after a body named in full to a
    definite nisba (or to the end of a body the gazetteer lists), a definite plural in «ات» that
    closes the clause is what the body did something to, not more of its name («مجلس الأمن الدولي التدريبات» is no body)."""
    words = an.words
    w = words[k]
    if ph.kind != "organization" or len(ph.title) < 2 or ph.title[-1] != k - 1:
        return False
    if (w in _PAIRS or w in CONGRATULATED) and (k + 1 >= len(words) or has_phrase_break(an.doc.gap(k + 1))):
        return True       # «وهنأت وزارة الشباب والرياضة الفريقين،»: whom it congratulated
    last = words[k - 1]
    place = an.gaz_at.get(k - 1) if k >= 2 and words[k - 2] == "في" else None
    if place is not None and place.j == k and place.of_kind("place") is not None and w.startswith("ال") \
            and not w.endswith(("ي", "يه")) and not has_phrase_break(an.doc.gap(k)):
        return True       # «قدّرت مديرية الزراعة في حماة المساحات المزروعة»: the place closes the body's name
    mention = an.gaz_at.get(ph.title[0])
    named_end = (last.startswith("ال") and last.endswith(("ي", "يه")) and len(last) >= 6) \
        or (mention is not None and mention.j == k and mention.of_kind("actor") is not None)
    if not named_end or not w.startswith("ال") or in_lex(w, lexicon.org_heads()) or has_phrase_break(an.doc.gap(k)):
        return False
    if w.endswith("ات") and len(w) >= 6 and (k + 1 >= len(words) or has_phrase_break(an.doc.gap(k + 1))):
        return True
    # «أودعت في حساب وزارة المالية الاتحادية الدفعة الشهرية»: a definite noun in «ة» and its own nisba, the object
    return (an.written(k).endswith("ة") and not w.endswith("يه") and k not in an.gaz_at and k + 1 < len(words) and words[k + 1].startswith("ال")
            and words[k + 1].endswith("يه") and an.written(k + 1).endswith("ة") and not has_phrase_break(an.doc.gap(k + 1)))


_INNA_SISTERS = lexicon.forms("لكن ولكن إن وإن أن بأن لأن")


def accusative_descriptor(an: Analysis, k: int, first: bool) -> bool:
    """«لكن مصدراً في لجنة الحكام … قال»: after «لكنّ/إنّ/أنّ» the subject takes the accusative, so a
    descriptor («مصدر»، «مسؤول») opens the phrase with its tanween written («مصدراً»)."""
    w = an.words[k]
    return (first and k > 0 and an.words[k - 1] in _INNA_SISTERS and "\u064b" in an.doc.tokens[k].text
            and w.endswith("ا") and len(w) >= 4 and in_lex(w[:-1], lexicon.descriptor_heads()))


_FOUNDERS = lexicon.forms("مؤسس مؤسسة ومؤسس ومؤسسة")


# A title's first two words, the second no title word: «القائم بأعمال مدير …» (acting for the office), «رائدة الأعمال» (a calling)
_TWO_WORD_OPENERS = frozenset((arabic.normalize(a), arabic.normalize(b)) for a, b in (
    ("القائم", "بأعمال"), ("القائم", "بالأعمال"), ("رائدة", "الأعمال"), ("رائد", "الأعمال"),
    # a village's or a quarter's headman (the Levant, Iraq), not the given name «مختار»: «مختار قرية كاني بلافي»
    ("مختار", "قرية"), ("مختار", "بلدة"), ("مختار", "حي"), ("مختار", "منطقة"), ("مختار", "محلة"),
    ("ربة", "المنزل"), ("ربة", "البيت"),     # «وقالت ربة المنزل نسرين بيبي»: a housewife, then her name
    ("حافظ", "مكتبة"), ("حارس", "مكتبة"), ("خازن", "مكتبة"), ("عاقل", "القرية"), ("عاقل", "الحارة"),     # «حافظ مكتبة أهل الخليل»: its keeper; Yemen's village head
    ("ضيف", "شرف"), ("ضيفة", "شرف"),     # «أما ضيفة شرف الدورة، الروائية …، فقالت»: a guest of honour
    ("الحكم", "الدولي"), ("ولي", "أمر"), ("ولية", "أمر"), ("حجة", "الإسلام")))     # «الحكم الدولي السابق محمد فال …»: a referee (not «الحكم», a ruling); «ولي أمر أحد الطلبة»: a guardian; Shia clerics' ranks
_NAME_LINKS = lexicon.forms("بن ابن ولد بنت بو أبو آل")     # «مختار بن علي»: a man named Mukhtar


def two_word_opener(an: Analysis, k: int, j: int) -> bool:
    """Whether tokens k and k + 1 (before j) open a title as a pair of `_TWO_WORD_OPENERS`, or as a
    mukhtar and his village named alone, a given name after it («أما مختار عندقت طوني الخوري، فقال»)."""
    words, given = an.words, name_lexicon.given_names()
    if k + 2 < j and words[k].startswith("ال") and words[k + 1] in ("عليه", "عليها", "عليهم") and (words[k + 2] in given or words[k + 2].startswith("عبد")) \
            and not has_phrase_break(an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(k + 2)):     # «القيّم عليها عبد الله ولد الوافي»: in charge of it
        return True
    return k + 1 < j and ((words[k], words[k + 1]) in _TWO_WORD_OPENERS or (
        words[k] == "مختار" and k + 2 < j and words[k + 2] in given and words[k + 1] not in given and words[k + 1].isalpha()
        and not words[k + 1].startswith("ال") and words[k + 1] not in _NAME_LINKS and not has_phrase_break(an.doc.gap(k + 2))))


def founder_of_body(an: Analysis, k: int, j: int) -> bool:
    """«قالت مؤسسة منظمة "كاميناندو فرونتيراس" هيلينا مالينو»: «مؤسسة» in construct with another body's
    head is its founder (مؤسِّسة), a person's title, not an institution named «منظمة …»."""
    return (an.words[k] in _FOUNDERS and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) and ((not an.words[k + 1].startswith("ال") and in_lex(
        an.words[k + 1], lexicon.org_heads())) or an.words[k + 1] in ("المنظمه", "الجمعيه", "الحركه", "المبادره", "الحمله")))     # («مؤسسة المنظمة هيلينا مالينو»)


_CALLED_ON = lexicon.forms("الدول المجتمع المنظمات الوسطاء الشركاء المانحين الأطراف السكان الأهالي المحتجين المتظاهرين الجمهور النواب")    # «ودعا المكتب الوسطاء»، «وحثت الوكالة السكان»
_PEOPLE_CALLED = lexicon.forms("سكان المواطنين الأهالي المزارعين التجار أبناء أصحاب أولياء ذوي رؤساء مديري مسؤولي ممثلي")    # «ودعا الوزير أبناء الجاليات»
# «واتهم المكتب الاحتلال بـ"…"»: whom a body accuses, never a word of its name
_ACCUSED = lexicon.forms("الاحتلال")
_OBJECT_BODIES = lexicon.forms("الحكومة الحكومات السلطات") | _CALLED_ON | _ACCUSED
# Bodies a body calls on or asks, never an adjective of it: «دعا المجلس الهيئة العامة للنقل»
BODIES_CALLED = lexicon.forms("الهيئة الوزارة الوزارات الشركة الشركات البلدية البلديات المؤسسة المؤسسات الجهات") | _OBJECT_BODIES


def organising(an: Analysis, k: int) -> bool:
    """«اللجنة المنظمة للمهرجان»: «المنظمة» after a committee is its adjective (organising), no second body («منظمة» the organisation);
    «المحكمة الاتحادية العليا»: «الاتحادية» after a feminine body is its nisba (federal), not Algeria's word for a federation."""
    if k > 0 and an.words[k] == "الاتحاديه" and an.words[k - 1].endswith("ه"):
        return True
    return an.words[k] == "المنظمه" and k > 0 and an.words[k - 1] in ("اللجنه", "الهيءه", "الجهه")
_MEETINGS = lexicon.forms("الاجتماع الجلسة اللقاء الزيارة الندوة الدورة الأشغال الاجتماعات")


# Words of address before an office referred back: «وقال السيد الوالي»، «السيدة الوزيرة»
_SIR = frozenset(arabic.normalize(w) for w in ("السيد", "السيدة", "معالي", "سعادة"))     # («أوضح معالي الوزير»)


def honorific_dropped(an: Analysis, ph: Phrase) -> Phrase:
    """«وقال السيد الوالي» after «والي ولاية نهر النيل الأستاذ محمد البدوي عبد الماجد»: the words of
    address before an office with no name are no part of it; the office refers back without them."""
    if ph.kind != "person" or ph.name is not None or len(ph.title) < 2 or ph.title[0] != ph.i \
            or an.words[ph.i] not in _SIR or an.words[ph.i + 1] not in lexicon.title_heads():
        return ph
    return replace(ph, i=ph.i + 1, title=list(ph.title[1:]))


def role_described(an: Analysis, ph: Phrase, named_after: Callable[[Phrase], bool]) -> Phrase:
    """«نفى المتهم الرئيسي، الغيني مامادو سيليو باري،»: a part in a case read as a name («المتهم»
    and its adjective) is a description when `named_after` it a name is set off; «وأضاف المتهم» stays."""
    if ph.name is None or ph.title or an.words[ph.name[0]] not in name_lexicon.ROLES_IN_A_CASE:
        return ph
    described = Phrase(ph.i, ph.j, list(range(ph.i, ph.j)), None, None, "anonymous")
    return described if named_after(described) else ph
