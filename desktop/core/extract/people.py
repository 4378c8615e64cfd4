"""People named with a title anywhere in the text («وزير الخارجية X»), read before the quotes.

Read first, so that a quote attributed by a bare title («وقال الوزير السوري») or by a
surname («عبد العاطي») finds the person the article named for it, even when that person
was named in narrative, not as a speaker. A title set after the name («تميم خلاف،
المتحدث الرسمي باسم وزارة الخارجية») is the person's too, and «نظيره السوداني X» takes
the office of the counterpart named before it: X is «وزير الخارجية السوداني».
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_frame import with_given_name
from desktop.core.extract.name_lookalikes import withholds_name
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.appositions import apposition_after_name, name_before_apposition, name_in_apposition
from desktop.core.extract.book import ActorBook
from desktop.core.extract.phrase_checks import adjective_office
from desktop.core.extract.reasons import reason

_NOT_NAME_START = tuple(arabic.normalize(w) for w in ("نظير", "وزير", "رئيس"))
_COUNTERPART = tuple(arabic.normalize(w) for w in ("نظير", "ونظير"))
# Titles of address, not offices: «الدكتور بدر عبد العاطي، وزير الخارجية» holds the second.
_HONORIFICS = frozenset(arabic.normalize(w) for w in ("الدكتور", "د", "السفير", "السيد", "السيدة", "الشيخ",
                                                      "المهندس", "الأستاذ", "اللواء", "العميد", "الفريق",
                                                      "الدكتورة", "الشيخة"))
# Title heads that are adjectives when they stand alone and indefinite.
_ADJECTIVE_HEADS = frozenset(arabic.normalize(w) for w in ("كبير", "كبيرة", "قائم", "رئيسا"))
_SCOPE = 14          # a title and its name take at most this many words


def _verb_shaped(word: str) -> bool:
    """An imperfect verb after a title («الوزير يزور …»); «ت» and «ن» begin as many names as
    verbs («تميم»، «نبيل»), so only «يـ» and «سيـ» count."""
    if word in name_lexicon.verb_shaped_names():
        return False
    return len(word) >= 4 and (word[0] == "ي" or word[:2] in ("سي", "ست", "سن"))


def _future_shaped(word: str) -> bool:
    """«سيواجه»، «ستعقد»: «سـ» on a verb in the present (names so shaped are listed)."""
    return word not in name_lexicon.verb_shaped_names() and len(word) >= 5 and word[:2] in ("سي", "ست", "سن")


def scan_people(an: Analysis, book: ActorBook) -> None:
    """Propose every person named with a title, with that title."""
    words = an.words
    k = 0
    while k < len(words):
        # («عامل إقليم الجديدة، عبد اللطيف الزياني»: Morocco's governor, «عامل» alone is a worker)
        governor = words[k] == "عامل" and k + 1 < len(words) and words[k + 1] in ("اقليم", "عماله")
        if (not in_lex(words[k], lexicon.title_heads(), clitics=words[k] not in name_lexicon.given_names()) and not governor) \
                or adjective_office(an, k) \
                or words[k] in _WITH_HELP or (words[k] == "لسان" and k > 0 and words[k - 1] in ("علي", "وعلي")) \
                or (words[k] == "ايه" and words[k + 1:k + 2] != ["الله"]) \
                or (k > 0 and words[k] in _NAME_OFFICES and (words[k - 1] in name_lexicon.given_names() or words[k - 2:k - 1] == ["عبد"])
                    and not has_phrase_break(an.doc.gap(k)) and words[k + 1:k + 2] != ["العام"]):
            k += 1      # «الأحزاب الحاكمة»: an adjective of the noun before; «محمد الأمين ولد الشيخ»، «عبد الرحيم الأمين»: a name's word; «لامين» is Lamine;
            continue    # «آية» is a title only in «آية الله» («شركة "سي إم إيه سي جي إم"»: the letter A)
        end = min(len(words), k + _SCOPE)
        ph = parse_phrase(an, k, end)
        if ph is not None and ph.name and ph.j == end < len(words):
            # «وزير النقل … رئيس مجلس إدارة الهيئة العامة للطرق المهندس صالح بن ناصر الجاسر»: a
            # stacked title runs long; the name is read to its end, not cut at the scope
            end = min(len(words), ph.j + _SCOPE)
            ph = parse_phrase(an, k, end)
        # «وزير الخارجية الروسي، سيرغي لافروف، …»; after a long title and a second office set off, the
        # name is read on past the scope: «وزير الثقافة … مع البرلمان، الناطق …، السيد الحسين ولد مدو،»
        ph = name_in_apposition(an, ph, min(len(words), max(end, ph.j + _SCOPE)) if ph else end) or ph
        # «قدم عبد الوافي لفتيت، وزير الداخلية، …»: the name set before its title by a comma
        ph = name_before_apposition(an, ph, _clause_start(an, k)) or ph
        if ph is not None and ph.name:
            ph = with_given_name(an, ph)      # «… أذربيجان إلهام علييف»: «إلهام» is no «الهام»
        if ph is not None and ph.name and _plausible_name(an, ph):
            title = _title_of(an, book, ph, min(len(words), ph.j + _SCOPE))
            book.for_phrase(ph, title, reason("actor.after_title", title=title))
        k = max(ph.j if ph else k + 1, k + 1)


# «بمعاونة مستخلص جمركي»، «بمساعدة خبراء»: with the help of, no assistant's title
_WITH_HELP = frozenset(arabic.normalize(w) for w in ("بمعاونة", "بمساعدة", "وبمعاونة", "وبمساعدة"))

# Office words that follow a given name as the second word of a compound name: «محمد الأمين»،
# «سيدي المختار»، «محمد الشيخ» (not «أشرف الوالي …», a verb and the governor)
_NAME_OFFICES = frozenset({"الامين", "المختار", "الشيخ", "الحاج"})


def _clause_start(an: Analysis, k: int) -> int:
    """The first token of the clause before token k: after the last break before it."""
    x = k - 1
    while x > 0 and not has_phrase_break(an.doc.gap(x)):
        x -= 1
    return max(x, 0)


def _plausible_name(an: Analysis, ph: Phrase) -> bool:
    name = an.words[ph.name[0]:ph.name[1]]
    if ph.title == [ph.i] and an.words[ph.i] in _ADJECTIVE_HEADS:
        return False       # «أهمية كبيرة لأمن حدودنا»: an adjective, not «كبير المفاوضين»
    if ph.title == [ph.i] and an.words[ph.i] in _OWNERS and len(name) == 2 and not known_first_word(name[0]) \
            and (name[1].startswith("ال") or (name[1].endswith("ي") and len(name[1]) >= 4)):
        # «صاحب مولد أهلي»، «أستاذ طب الأطفال»: an indefinite title in construct with what it owns or
        # teaches, and that thing's adjective or complement; no name a list knows
        return False
    if withholds_name(an, ph.name[0]):
        return False       # «مهندس في مجموعة …، فضّل عدم ذكر اسمه،»: no name, the aside withholding it
    if (name[0] in lexicon.premises_nouns() or name[0] in _PREMISES_PLURAL) and name[0] not in name_lexicon.given_names() or name[0] == "غير":
        return False       # «مدير محطة خدمات»، «يزور الوزير مدارس ريف إدلب»: premises, no name («جامع موسى جامع» is one); «لاعب غير جاهز»: not
    # «رئيس وزراء جديد سيواجه البرلمان»: a future verb as the second word leaves one word, an
    # adjective; further on, the gate cuts it and keeps the name before («توم برّاك سيصل»)
    # «أسقف مغاغة والعدوة»: «و» and a definite word join two places, never two words of a name
    # «ويواجه رئيس الوزراء الجديد استحقاق تقديم مشروع …»: two verbal nouns, what he faces, no name
    return (len(name) >= 2 and not _verb_shaped(name[0]) and not _future_shaped(name[1])
            and not all(name_lexicon.masdar_shaped(w) and not known_first_word(w) for w in name[:2])
            and not any(w.startswith("وال") for w in name[1:])
            and not any(w.startswith(_NOT_NAME_START) for w in name) and not _clause_start_word(name[0]))


_PREMISES_PLURAL = lexicon.forms("مدارس مستشفيات مخيمات مراكز مساجد أسواق مصانع مطارات موانئ سجون")

# Titles of owning and teaching, in construct with what is owned or taught: «صاحب مولد أهلي»، «أستاذ طب الأطفال».
_OWNERS = frozenset(arabic.normalize(w) for w in ("صاحب", "صاحبة", "مالك", "مالكة", "أستاذ", "أستاذة", "مدرس", "مدرسة"))

# Adverbs of place: «صاحب محل قرب الدوار» says where, never who.
_LOCATIVES = frozenset(arabic.normalize(w) for w in ("قرب", "بقرب", "جوار", "بجوار", "قبالة", "وسط", "داخل",
                                                     "خارج", "خلف", "تحت", "فوق", "بين", "عند", "لدى"))


def _clause_start_word(word: str) -> bool:
    """A first word after a title that opens the clause, not a name: an adverb of place, «لـ» on a
    verbal noun of purpose («لبحث»، «لشرح») or on a plural in «ات» («لصناعات التكرير»: what a
    company is for), or a plural تفاعيل («تفاصيل المنظومة»). No given name begins so."""
    if word in _LOCATIVES or word in lexicon.purpose_nouns():
        return True
    if len(word) == 6 and word[0] == "ت" and word[2] == "ا" and word[4] == "ي":
        return True       # «تفاصيل»، «تعاميم»: the plural تفاعيل of a verbal noun, what is told
    return word[:1] == "ل" and not word.startswith("لل") and len(word) >= 6 and word.endswith("ات")


def _title_of(an: Analysis, book: ActorBook, ph: Phrase, end: int) -> str:
    """The phrase's title, its counterpart's office put in for «نظيره», and any title set
    after the name, joined by «، »."""
    title = ph.title_text(an.doc)
    first = an.words[ph.title[0]] if ph.title else ""
    if first[:1] == "و" and first[1:] in lexicon.title_heads() and title[:1] == "و":
        title = title[1:]     # «… ورئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة»: the «و» joins two people
    if ph.title and an.words[ph.title[0]].startswith(_COUNTERPART):
        title = _counterpart_office(an, book, ph) or title
    after = apposition_after_name(an, ph, end)
    if after == title:
        after = ""      # «عبد الوافي لفتيت، وزير الداخلية،»: the title read after the name is the phrase's own
    return "، ".join(t for t in (title, after) if t)


def _counterpart_office(an: Analysis, book: ActorBook, ph: Phrase) -> str:
    """«نظيره السوداني» after «بدر عبد العاطي، وزير الخارجية والهجرة …»: «وزير الخارجية السوداني»."""
    at = an.doc.tokens[ph.i].start
    found = book.title_before(at)
    if found is None or "\n" in an.doc.body[found[0]:at]:
        # the counterpart is named in the same paragraph, with a title there or by a name the
        # article gave a title before («وقال لافروف … مع نظيره العراقي فؤاد حسين»)
        found = _titled_person_before(an, book, ph.i)
        if found is None:
            return ""
    office = _office_words(found[2])
    if not office:
        return ""
    rest = an.doc.text(ph.title[0] + 1, ph.title[-1] + 1) if len(ph.title) > 1 else ""
    return " ".join([office, rest]).strip()


def _titled_person_before(an: Analysis, book: ActorBook, k: int) -> tuple[int, str, str] | None:
    """(offset, id, title) for the last person named in k's paragraph before it, by a name or a
    surname the book knows, who was given a title earlier in the article."""
    body = an.doc.body
    para = body.rfind("\n", 0, an.doc.tokens[k].start)
    for x in range(k - 1, -1, -1):
        if an.doc.tokens[x].start < para:
            return None
        actor_id = book.person_by_surname(an.words[x])
        if actor_id is not None:
            titled = [entry for entry in book.titles_of(actor_id) if entry[0] < an.doc.tokens[x].start]
            return titled[-1] if titled else None
    return None


def _office_words(title: str) -> str:
    """The office in a title, without a title of address or a nationality: «الدكتور، وزير
    الخارجية والهجرة وشؤون المصريين بالخارج» -> «وزير الخارجية»; «وزير الدفاع التركي» -> «وزير الدفاع»."""
    for part in title.split("،"):
        written = part.split()
        norm = [arabic.normalize(w) for w in written]
        if not norm or norm[0] in _HONORIFICS or norm[0] not in lexicon.title_heads():
            continue
        keep = 1
        while keep < len(norm) and not _ends_office(norm[keep]):
            keep += 1
        return " ".join(written[:keep])
    return ""


def _ends_office(word: str) -> bool:
    """A conjoined word («والهجرة»), a governed one («بالخارج») or a nationality («التركي»)."""
    return word[:1] in "وبل" and not word.startswith("ال") or (word.startswith("ال") and word.endswith("ي"))
