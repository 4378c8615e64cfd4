"""What follows a whole name as the reporting verb's object, not as one more word of the name:
«نوري المالكي النتائج الأولية»، «علي أمين غاندابور حالة الطوارئ»، «الحسين بوكرين تأخر إخراج
المشاريع»، «طارق البيطار مواعيد جديدة». Read by `actors.parse_phrase` at each word after a name."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import JOINING_HYPHENS, NAME_CONNECTORS, Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_end import known_surname
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.name_evidence import family_shaped
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.name_lookalikes import manner_phrase
from desktop.core.extract.phrase_checks import COMMON_ADJECTIVES, CONGRATULATED, definite_pair, felt
from desktop.core.extract.written_forms import bare


# Groups of people named by what they are to a place or a people: never a word of a name
_GROUPS = frozenset(arabic.normalize(w) for w in (
    "شيوخ", "وجهاء", "أعيان", "أهالي", "سكان", "أبناء", "ممثلي", "قادة", "زعماء", "عوائل", "أسر"))


_ILA = arabic.normalize("إلى")


def object_after_name(an: Analysis, n_i: int, n_j: int, k: int, j: int) -> bool:
    """Whether token k, after the name [n_i, n_j) (`n_j` less its connectors: «ولد»، «بن»), opens
    the verb's object (before token j)."""
    words = an.words
    w = words[k]
    size = n_j - n_i + (words[n_i] == "ال")     # «آل خطاب»: a family name whole, though «آل» is a connector
    goes_on = k + 1 < j and not has_phrase_break(an.doc.gap(k + 1))
    if (k - 1 > n_i and not words[k - 1].startswith("ال") and words[k - 1] in lexicon.title_heads()) \
            or words[k - 1] in NAME_CONNECTORS or words[k - 1] in ("ولد", "منت"):
        return False      # «أحمد قائد القبة الهجوم»، «وأضاف ولد بيباته:»: the word after is the name's own
    # «أقر كيروغا بهزيمته»: «بـ/لـ» on a noun in «ة» that carries a pronoun is what the verb takes
    raw = bare(an.doc.tokens[k].text)
    if raw[:1] in "بل" and len(raw) >= 6 and raw.endswith(("ته", "تها", "تهم", "تهما")):
        return True
    if size >= 2 and len(raw) >= 5 and raw.endswith(("ته", "تها", "تهم")) and w not in name_lexicon.given_names() \
            and (not goes_on or words[k + 1] in lexicon.prepositions() or words[k + 1].startswith("لل")):
        return True       # «لم يُخفِ … سالم ولد بلال فرحته:»: a noun in «ة» with its pronoun, the clause's end
    # «أبدى … عماد الخصاونة تحفظه على …»: a verbal noun with its pronoun (تفعّل، افتعال …)
    # (governing what follows: «تحفظه على»; «… هانا تيتيه،» ends the phrase, a family name)
    stem = w[:-2] if raw.endswith(("ها", "هم")) else w[:-1] if raw.endswith("ه") else ""
    tafaul = len(stem) == 4 and stem[0] == "ت" and stem[1] not in "اوي" and stem[3] not in "اوي"    # «تحفظ»، not «تيتيه»
    if tafaul and stem[2] == "ي" and goes_on and words[k + 1].startswith("ال") and words[k + 1].endswith(("ات", "ين")):
        return False      # «دعا رئيس الوزراء فام مينه تشينه السلطات المحلية إلى»: a name, then whom he called on
    if len(stem) >= 4 and (masdar_shaped(stem) or tafaul) and w not in name_lexicon.given_names() \
            and goes_on and (words[k + 1] in lexicon.prepositions() or words[k + 1].startswith("ال")):
        return True
    # «وأكد فيليبي غياب الظهير الأيسر» after «ريكاردو فيليبي»: a family name the article wrote as a
    # longer name's last word is whole; a noun after it governing a definite word is the object
    if size == 1 and goes_on and w.isalpha() and not w.startswith("ال") and words[k + 1].startswith("ال") \
            and words[k + 1] not in lexicon.prepositions() and k == n_i + 1 and "عبد" not in (w, words[n_i]) and w not in NAME_CONNECTORS \
            and w not in name_lexicon.given_names() and known_surname(an, n_i, n_j):
        return True
    # «انتقد … أحمد عبد الحكيم حمزة تصاعد خطاب الكراهية»: a verbal noun of «تفاعل» after a name of three words
    if size >= 3 and len(w) == 5 and w[0] == "ت" and w[2] == "ا" and not w.endswith("ي") and w not in name_lexicon.given_names() and goes_on:
        return True
    # «وجّه … سالم صالح بن بريك الوزارات والسلطات المحلية»: definite plurals joined, whom the verb takes
    if size >= 2 and w.startswith("ال") and w.endswith("ات") and len(w) >= 7 and goes_on and words[k + 1].startswith("وال"):
        return True
    if w == "شخصيه" and size >= 2 and goes_on and words[k + 1][:1] == "ل":
        return True       # «اختير … الدكتور أحمد مستجير شخصية للمعرض»: what he was chosen as
    # «وذكّر السلامي بملف …» after «هادي السلامي»: a word on «بـ» after the family name the article wrote whole is what the verb takes
    raw_b = raw[1:] if raw[:1] == "ب" else ""
    if size == 1 and k == n_i + 1 and len(raw_b) >= 3 and raw_b.isalpha() and not w.startswith(("بن", "بو", "بل", "با")) \
            and not w.endswith("ي") and w not in name_lexicon.given_names() and known_surname(an, n_i, n_j) \
            and any(an.words[p] == words[n_i] and an.words[p - 1] in name_lexicon.given_names() for p in range(1, n_i)):
        return True       # (not «المايسترو لبنان بعلبكي»: a nisba, and no given name before «لبنان» anywhere)
    # «واتهم الثوابتة الاحتلال "بـ…"» after «إسماعيل الثوابتة»: a definite noun no family name is
    # shaped as, after the family name the article wrote whole, is the object
    if size == 1 and w.startswith("ال") and len(w) >= 5 and not family_shaped(w) and w not in name_lexicon.article_given_names() \
            and k == n_i + 1 and known_surname(an, n_i, n_j) and (words[n_i].startswith("ال") or (
                k + 1 < len(words) and not has_phrase_break(an.doc.gap(k + 1)) and words[k + 1][:1] == "ب"
                and not words[k + 1].startswith("بن")) or (k + 1 < len(words) and (
                    an.doc.gap(k + 1).strip() in ("،", ",") or ((an.is_participle(k + 1) or words[k + 1] in (_ILA, "من"))
                                                              and not has_phrase_break(an.doc.gap(k + 1)))))):
        return True       # (also «وصف فيلدرز التقرير بأنه "…"» after «خيرت فيلدرز»; «أنكر حمادوش التهم، قائلاً»; «وخاطبت فولراث المتهمين قائلة»; «ودعا توكورا الشركات إلى»; «وحذّر محيمد الجمهور من»)
    if size >= 2 and w.startswith("ال") and an.written(k).endswith("ة") and not family_shaped(w) and goes_on \
            and bare(an.doc.tokens[k + 1].text)[:1] == "ب" and bare(an.doc.tokens[k + 1].text).endswith(("ها", "ه", "هم")) and len(words[k + 1]) >= 5:
        return True       # «وحسمت القاضية كارمن لوسيا الأغلبية بصوتها»: what she decided, and by what
    if manner_phrase(an, k):
        return True       # «وأضاف سالم بنبرة حزينة:»: how he said it, a noun on «بـ» and its adjective
    if size == 1 and k == n_i + 1 and w.startswith("ال") and w.endswith("ات") and len(w) >= 7 and not family_shaped(w) \
            and _middle_of_known_name(an, n_i):
        return True       # «وناشد جيتي المنظمات الإنسانية» after «علي جيتي عثمان»: the middle name he goes by, then whom he called on
    # «اتهم … إسماعيل الثوابتة الاحتلال "بالمماطلة …"»: after a whole name, a definite noun no family
    # name is shaped as, with a quotation or «بـ» right after it, is what the verb accuses
    if size >= 2 and w.startswith("ال") and len(w) >= 5 and not family_shaped(w) and words[k - 1].startswith("ال") \
            and w not in name_lexicon.article_given_names() and k + 1 < len(words) \
            and (any(ch in "«“\"" for ch in an.doc.gap(k + 1))
                 or (words[k + 1][:1] == "ب" and (words[k + 1] not in lexicon.complementisers() or _described_as(an, n_i, k)))):
        return True       # («وصف محافظ نينوى عبد القادر الدخيل العقد بأنه "…"»: what he described as)
    if size >= 2 and w.startswith("ال") and not family_shaped(w) and w not in name_lexicon.article_given_names() \
            and k + 1 < len(words) and _described_as(an, n_i, k):
        return True       # «وصفت محامية المدعي رودا فيرهاين الحكم بأنه»: after a foreign family name too
    if felt(an, k):
        return True       # «أبدى … علي حسين جعفر خشيته من …»: what he showed
    # «استقبل … الشيخ عبد الرحمن بن السيوطي الصناديق عند مدخل المدينة»: after a whole name, a definite
    # broken plural فعاليل before a preposition is what the verb took (a family name so shaped, «البراهيم»,
    # ends the phrase or goes on to «إن»; «هدى بنت سيف الهنائية لـ…»: a feminine nisba in «ائية» is no plural)
    stem = w[2:] if w.startswith("ال") else ""
    if (size >= 2 or k - n_i >= 3) and len(stem) == 6 and stem[2] == "ا" and stem[4] == "ي" and stem[5] != "ه" and k + 1 < len(words) \
            and not has_phrase_break(an.doc.gap(k + 1)) and (words[k + 1] in lexicon.prepositions() or words[k + 1] == "عند"):
        return True
    if w in lexicon.issued_documents() and (size >= 2 or known_surname(an, n_i, n_j)):
        return True       # «واستحضر الطبوبي وثيقة "العقد الاجتماعي"»: a document, what he recalled
    # «ودعا الإبراهيمي شيوخ العشائر …»: a group of people in construct is whom the verb addresses
    if w in _GROUPS and goes_on and words[k + 1].startswith("ال"):
        return True
    # «نوري المالكي النتائج الأولية»: a noun and its adjective are the object, and so is a definite
    # noun in «ة» («ووصف الخبير نبيل المرسومي الموازنة بأنها»)
    # (not a family name in «ي» before the object: «خالد فرحان الدليمي القرار بأنه»، «عمر حميد
    # العيساوي الكتل»: the nisba ends the name, the pair after it is the object)
    # («مولاي الحسن العلوي الإسماعيلي»: after a definite given name a nisba is the family name too)
    nisba_name = w.startswith("ال") and family_shaped(w) and (not words[k - 1].startswith("ال")
                                                            or words[k - 1] in name_lexicon.article_given_names()
                                                            or (k >= 2 and words[k - 2] in ("بن", "ابن", "عبد")))     # «عوض محمد بن الوزير العولقي»، «أسعد عبد الأمير العيداني»
    if (size >= 2 or known_surname(an, n_i, n_j)) and (
            (definite_pair(an, k, j) and not nisba_name) or (w.startswith("ال") and w.endswith("ه") and w != "الله"
                                                             and words[k - 1].startswith("ال"))):
        return True
    # «أعلن … علي أمين غاندابور حالة الطوارئ»: after three names, a noun in «ة» that governs a
    # definite word
    if size >= 3 and w.endswith("ه") and goes_on and words[k + 1].startswith("ال"):
        return True
    # «أنور طه الزعبي ووجهاء من عشائر حوران»: «و» on a plural of people joins a second party
    if size >= 2 and w[:1] == "و" and ((len(w) >= 6 and w.endswith("اء")) or w[1:] in lexicon.generic_plurals()):
        return True
    # «بحضور … محمد يونس وممثلين عن البعثات»: «و» on a sound plural of people, no given name
    if size >= 2 and w[:1] == "و" and len(w) >= 7 and w.endswith(("ين", "ون")) and w[1:] not in name_lexicon.given_names() \
            and not w[1:].startswith("ال"):
        return True
    if size >= 2 and not goes_on and _someone_elses_surname(an, n_i, k):
        return True
    if size >= 2 and w in CONGRATULATED and not goes_on:
        return True       # «هنأ الرئيس المنتهية ولايته لويس آرسي الفائز،»: whom he congratulated
    if size < 2 or not goes_on:
        return False
    # «انتقد … الحسين بوكرين تأخر إخراج المشاريع»: a noun governing a verbal noun (not a name in
    # «ة»: «أحمد عثمان حمزة استئناف الدراسة»)
    # («… جيمس كواسي أبياه،»: a foreign name in «ي» and a word shaped so that ends the phrase; no
    # Arabic noun ends in «و»: «جيان كارلو لوفريدو إطلاق خطة» keeps its family name; nor Hadramawt's «با…»: «عمرو سعيد باحويرث إطلاق»)
    if w.isalpha() and not w.startswith("ال") and not w.endswith(("ه", "ي", "و")) and w not in name_lexicon.given_names() \
            and not (w.startswith("با") and not w.startswith("بال") and len(w) >= 6) and (masdar_shaped(w) or an.is_common_word(k) or (len(w) == 4 and w[0] == "ت")) \
            and masdar_shaped(words[k + 1]) and k + 2 < j and not has_phrase_break(an.doc.gap(k + 2)) and an.doc.gap(k) not in JOINING_HYPHENS \
            and not bare(an.doc.tokens[k + 1].text).endswith(("ه", "ها", "هم")):     # («… عثمان فارح تحفظه على»: the verbal noun his, the verb's object)
        return True
    if an.doc.gap(k - 1) in JOINING_HYPHENS and masdar_shaped(w) and w not in name_lexicon.given_names() and words[k + 1].isdigit():
        return True       # «… فرناندو غراندي-مارلاسكا إرسال 300 عنصر»: what he announced, a count after it
    # «حدّد … القاضي طارق البيطار مواعيد جديدة»: a noun and its indefinite adjective
    return words[k + 1] in COMMON_ADJECTIVES




_DESCRIBED = lexicon.forms("وصف ووصف وصفت ووصفت")


def _described_as(an: Analysis, n_i: int, k: int) -> bool:
    """«وصف … العقد بأنه»: a verb of describing opens the clause, at most six words before the name,
    and «بأنه» after the word at k says what it called that word."""
    return an.words[k + 1] in ("بانه", "بانها", "بانهم") and any(
        an.words[x] in _DESCRIBED and not any(has_phrase_break(an.doc.gap(y)) for y in range(x + 1, k + 1))
        for x in range(max(0, n_i - 6), n_i))


def imperfect_shaped(word: str) -> bool:
    """«يقدم»، «تلتقي»: a present verb's shape (a prefix «ي/ت» and three letters or more after it)."""
    return len(word) >= 4 and word[0] in "يت" and word[1] not in "اوي"


def _someone_elses_surname(an: Analysis, n_i: int, k: int) -> bool:
    """«هنّأ الأمين العام … أنطونيو غوتيريش بيربوك،» after «أنالينا بيربوك»: the family name of
    someone else the article named whole, closing the phrase after a name of two words that opens
    with a given name, is whom the verb took, not a third word of this name."""
    words = an.words
    w = words[k]
    if not w.isalpha() or w.startswith("ال") or w in name_lexicon.given_names() or words[n_i] not in name_lexicon.given_names():
        return False
    # written before as a whole name's last word, after a word that is no verb nor a common word
    # («أنالينا بيربوك»; not «… أن يقدم برادة» after «محمد سعد برادة»), and never after this name's
    # last word («محمد علي الحوثي» again)
    before = [p for p in range(1, n_i) if words[p] == w and not has_phrase_break(an.doc.gap(p))]
    return any(words[p - 1].isalpha() and not words[p - 1].startswith("ال") and not an.is_verb(p - 1)
               and not an.is_common_word(p - 1) and not imperfect_shaped(words[p - 1]) and words[p - 1] not in lexicon.stop_words()
               for p in before) and not any(words[p] == w and words[p - 1] == words[k - 1] for p in range(1, len(words)) if p != k)


def nationality_first(an: Analysis, k: int, j: int, first: bool) -> bool:
    """«، الإسباني أريتز لوبيز غاراي،»: a country's definite nisba opening a phrase, before a word
    with no «ال», says where the person named after it is from; a title word, not the name's first."""
    words = an.words
    # (a name written «أليو»، «إلياس» normalises like a definite word: the hamza says it is none)
    return (first and words[k].startswith("ال") and k + 1 < j
            and (not words[k + 1].startswith("ال") or an.written(k + 1)[:1] in "أإآ")
            and words[k + 1].isalpha() and not has_phrase_break(an.doc.gap(k + 1))
            and words[k] not in name_lexicon.article_given_names() and country_nisba(an, words[k]))


def calling_before_nationality(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«المنتج المنفذ الإيطالي ماركو دي سانتيس»: definite words no list holds as a title, read as a
    name, then a country's definite nisba and a word with no «ال»: the words are a calling, the nisba
    says where its holder is from, and the name follows."""
    words = an.words
    if ph.title or not ph.name or k + 1 >= j or words[k + 1].startswith("ال") or not words[k + 1].isalpha() \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    a, b = ph.name
    if words[k + 1][:1] in "لب" and words[k + 1] not in name_lexicon.given_names():
        return False      # «المراكز الأفريقية لمكافحة الأمراض»: a body's aim, no name
    # («عازف الساكسفون الأمريكي ديفيد …»: the calling's first word may be indefinite, no given name, before its definite complement)
    return b == k and b - a <= 3 and country_nisba(an, words[k]) and all(
        (words[x].startswith("ال") or (x == a < b - 1 and words[x] not in name_lexicon.given_names() and not name_lexicon.masdar_shaped(words[x])))
        and words[x] not in name_lexicon.article_given_names() and not country_nisba(an, words[x])
        for x in range(a, b))


def _middle_of_known_name(an: Analysis, n_i: int) -> bool:
    """«جيتي» after «علي جيتي عثمان»: a one-word name the article writes elsewhere between a given
    name and one more name word, with no break, the name a person goes by."""
    words = an.words
    return any(words[p] == words[n_i] and words[p - 1] in name_lexicon.given_names() and words[p + 1].isalpha()
               and not words[p + 1].startswith("ال") and not an.is_common_word(p + 1) and words[p + 1] not in lexicon.stop_words()
               and not has_phrase_break(an.doc.gap(p)) and not has_phrase_break(an.doc.gap(p + 1))
               for p in range(1, len(words) - 1) if p != n_i)
