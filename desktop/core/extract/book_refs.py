"""Who a title, an epithet, a man or a woman, or a verb of going on refers back to: the ActorBook's
readings of a phrase with no name of its own («الوزير المولدوفي»، «وأضاف رئيس الدبلوماسية الإسبانية»،
«قال الرجل»). Kept beside book.py, whose records they read."""
from __future__ import annotations

import bisect
from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Phrase, has_phrase_break, in_lex
from desktop.core.extract.reasons import Reason, reason
from desktop.core.extract.titles import NOT_OFFICES, could_be_given_name, feminine_title, former_title, joined_abd, other_nationality
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.gaps import inside_quotation
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.people_plurals import people_in_construct, people_plural
from desktop.core.extract.territorial_offices import GOVERNORS
# `book` below is the article's ActorBook (book.py imports this module, so the name is only written
# in the annotations, which are never evaluated: `from __future__ import annotations`).


def generic_person(book: ActorBook, k: int, why: Reason) -> tuple[str, Reason] | None:
    """The person «الرجل»/«المرأة» at token k stands for: a kunya («أبو جوان»، «أم محمد») or a
    person named earlier in the same paragraph, of the word's gender; None when there is none."""
    an = book.an
    feminine = an.words[k] in GENERIC_WOMEN
    start = an.doc.tokens[k].start
    para = an.doc.body.rfind("\n", 0, start) + 1
    for x in range(k - 2, -1, -1):
        if an.doc.tokens[x].start < para:
            break
        kunya = {"ابو": False, "ام": True}.get(an.words[x])
        nxt = an.words[x + 1]
        if kunya == feminine and nxt.isalpha() and not nxt.startswith("ال") \
                and not has_phrase_break(an.doc.gap(x + 1)):
            end = x + 2
            while end < k - 1 and end - x < 4 and an.words[end].startswith("ال") and an.words[end].endswith("ي") \
                    and not has_phrase_break(an.doc.gap(end)):
                end += 1      # «أبو خالد المصري»: the kunya's family name, a nisba
            nxt_word = an.words[end] if end < k - 1 else ""
            if end == x + 2 and nxt_word.isalpha() and not nxt_word.startswith("ال") and len(nxt_word) >= 3 \
                    and not has_phrase_break(an.doc.gap(end)) and not an.is_verb(end) and not an.is_common_word(end) \
                    and nxt_word not in lexicon.stop_words() and nxt_word not in lexicon.prepositions() \
                    and (end + 1 >= len(an.words) or has_phrase_break(an.doc.gap(end + 1))
                         or an.words[end + 1] in lexicon.prepositions() or an.words[end + 1] in lexicon.stood_at()):
                end += 1      # «وقف أبو محمد حلس أمام …»: the kunya's family name, then where he stood
            found = Phrase(x, end, [], (x, end), None, "person")
            got = book.for_phrase(found, "", why)
            if got is not None:
                return got[0], reason("actor.refers_back", name=an.doc.text(k, k + 1),
                                      earlier=an.doc.text(x, end), how=got[1])
    for pos, actor_id, fem in sorted(book._untitled, reverse=True):
        if para <= pos < start and (fem is None or fem == feminine):
            return actor_id, reason("actor.refers_to_person", name=an.doc.text(k, k + 1))
    return _described_person_before(book, k, para, feminine, why)


def _described_person_before(book: ActorBook, k: int, para: int, feminine: bool, why: Reason) -> tuple[str, Reason] | None:
    """«يقف المزارع كاظم عبد الزهرة بين نخيل …. "…"، يقول الرجل الستيني»: the latest private person
    named in the paragraph after what they are («المزارع»، «الحاجة»), of the word's gender."""
    from desktop.core.extract.actors import parse_phrase
    an = book.an
    for x in range(k - 2, -1, -1):
        if an.doc.tokens[x].start < para:
            break
        w = an.words[x]
        if w not in name_lexicon.person_descriptors() or (w.endswith("ه") and w != "الفقيه") != feminine:
            continue
        found = parse_phrase(an, x, k)
        if found is None or found.name is None or found.title != [x]:
            continue
        got = book.for_phrase(found, an.doc.text(x, x + 1), why)
        if got is not None:
            return got[0], reason("actor.refers_back", name=an.doc.text(k, k + 1), earlier=an.doc.text(x, found.j), how=got[1])
    return _subject_of_verb_before(book, k, para, feminine, why)


def _subject_of_verb_before(book: ActorBook, k: int, para: int, feminine: bool, why: Reason) -> tuple[str, Reason] | None:
    """«…، تقف سهام أبو عودة في طابور طويل. "…"، تقول المرأة الخمسينية»: the person a verb in the present
    of the word's gender («تـ» for a woman, «يـ» for a man) has for its subject, named with no title
    right after it in the paragraph: a name of two words the lists know the first of, or of three."""
    from desktop.core.extract.actors import parse_phrase
    an = book.an
    for x in range(k - 2, -1, -1):
        if an.doc.tokens[x].start < para:
            break
        w = an.words[x]
        # («وفي ممر المستشفى، كانت ماريسول كروز تنتظر …. "…"، قالت الأم»: «كان», the name, a verb in the present)
        kana = w in (_KANAT if feminine else _KANA)
        opens = has_phrase_break(an.doc.gap(x)) or (x > 0 and an.words[x - 1] in ("لم", "لا", "لن") and has_phrase_break(an.doc.gap(x - 1)))     # («، لم تتوقف فاطمة …»)
        if not kana and (not (3 <= len(w) <= 5 and w.isalpha() and w[0] == ("ت" if feminine else "ي")) or not opens):
            continue
        # after «كان» the name ends at the verb in the present of its gender («تنتظر»), unknown as it may be
        end = next((y for y in range(x + 3, min(k, x + 7)) if 3 <= len(an.words[y]) <= 6
                    and an.words[y][0] == ("ت" if feminine else "ي") and not has_phrase_break(an.doc.gap(y))), None) if kana else None
        found = parse_phrase(an, x + 1, end or min(k, x + 6))
        if found is not None and kana and found.title and found.name is None and end is not None and found.j < end:
            found = parse_phrase(an, found.j, end)      # «كان سائق الركشة محمد رفيق يضع …»: what he is, then his name
        if found is not None and kana and found.title and found.name is not None and found.name[1] == end and found.name[1] - found.name[0] >= 2:
            found = replace(found, i=found.name[0], title=[])
        if found is None or found.title or found.name is None or found.name[0] != x + 1 and not kana or found.name[1] - found.name[0] < 2 \
                or not (known_first_word(an.words[x + 1]) or found.name[1] - found.name[0] >= 3 or found.name[1] == end):
            continue
        got = book.for_phrase(found, "", why)
        if got is not None:
            return got[0], reason("actor.refers_back", name=an.doc.text(k, k + 1), earlier=an.doc.text(x + 1, found.j), how=got[1])
    return None


_KANAT, _KANA = lexicon.forms("كانت وكانت"), lexicon.forms("كان وكان")


def person_of_paragraph(book: ActorBook, k: int, feminine: bool | None, why: Reason) -> tuple[str, Reason] | None:
    """«وأمام جناح الأطفال، كانت رحيمة خاتون تنتظر …. وقالت لمونت كارلو: "…"»: a verb of speech with no subject
    opening a sentence goes on with the person the paragraph brought on before it, with no quotation between."""
    an = book.an
    start = an.doc.tokens[k].start
    para = an.doc.body.rfind("\n", 0, start) + 1
    if feminine is None or k == 0 or "." not in an.doc.gap(k) or any(ch in an.doc.body[para:start] for ch in '"«“'):
        return None
    return _subject_of_verb_before(book, k, para, feminine, why)


def going_on_as(book: ActorBook, ph: Phrase) -> bool:
    """Whether a title with no name, read as the subject of a verb of going on, is the speaker
    going on: a person's title, definite, of no other nationality than the speaker's title."""
    if book.continuing is None or ph.kind != "person" or not ph.title:
        return False
    prop = book.proposals.get(book.continuing)
    if prop is not None and prop.type != "person":
        return False
    first = book.an.words[ph.title[0]]
    if not (first.startswith("ال") or len(ph.title) > 1):
        return False
    words = " ".join(book.an.words[k] for k in ph.title)
    titles = [arabic.normalize(title) for _, _, title in book.titles_of(book.continuing)]
    # a speaker named with no title has no gender or office to check against: «وأضافت الوزيرة»
    # after «قال سامي الحداد» is someone else
    return bool(titles) and all(feminine_title(t) == feminine_title(words) for t in titles) \
        and not any(other_nationality(words, title) for title in titles)


def private_person_going_on(book: ActorBook, ph: Phrase) -> bool:
    """«وأضاف المنمي:» after «قال مالك الناقة الفائزة أحمد ولد الداه»: what a private person is
    («الفلاح»، «المنمي»), alone after a verb of going on, is the private person speaking before,
    who holds no office («وأضاف المواطن» after a minister is someone else)."""
    if book.continuing is None or ph.title or ph.name is None or ph.name[1] - ph.name[0] != 1 \
            or book.an.words[ph.name[0]] not in name_lexicon.person_descriptors():
        return False
    titles = [arabic.normalize(title).split() for _, _, title in book.titles_of(book.continuing)]
    return bool(titles) and not any(in_lex(t[0], lexicon.title_heads()) for t in titles if t)


_BODIES_PLURAL = lexicon.forms("المنظمات الجمعيات الأحزاب النقابات الهيئات")


def epithet(book: ActorBook, ph: Phrase) -> str | None:
    """«وكشف المسؤول الحكومي»، «وأضافت المسؤولة الأممية»: a definite generic word for a person
    (an official, a diplomat, an expert) with no earlier indefinite mention is an epithet for the
    latest person named with a title before it, of the same gender («المسؤولة» is a woman)."""
    words = [book.an.words[k] for k in ph.title]
    if not words or not words[0].startswith("ال") or not in_lex(words[0][2:], lexicon.descriptor_heads()) \
            or words[0] in _BODIES_PLURAL:
        return None       # («رأت الهيئات الاقتصادية»: bodies, no person)
    if any(not (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in words[1:]):
        return None       # «المسؤول عن الملف»، «المصدر الطبي في المستشفى»: a description, not an epithet
    feminine = words[0].endswith("ه")
    at = book.an.doc.tokens[ph.i].start
    named = {actor_id for _, actor_id in book._full_names}
    for pos, actor_id, title in sorted(book._titles, reverse=True):
        if pos < at and actor_id in named and feminine_title(title) == feminine:
            return actor_id
    return None


# «وزاد المتحدث:»: the Maghreb press calls the one just quoted «the speaker»
_THE_SPEAKER = lexicon.forms("المتحدث المتحدثة")
_SPOKESMAN = _THE_SPEAKER | lexicon.forms("متحدث متحدثة")


def the_one_speaking(book: ActorBook, ph: Phrase) -> str | None:
    """«قال محمد أيت علي، وهو تاجر …، إن "…". وزاد المتحدث: "…"»: «المتحدث» alone, with no «باسم»
    after it, is whoever spoke the latest quotation (no spokesman of anyone)."""
    words = book.an.words
    nxt = words[ph.j] if ph.j < len(words) else ""
    if ph.kind != "person" or ph.name or len(ph.title) != 1 or words[ph.title[0]] not in _THE_SPEAKER \
            or nxt in ("باسم", "الرسمي"):
        return None
    # («وذكر المتحدث باسم هيئة الإطفاء فاسيليوس …. وأوضح المتحدث»: the spokesman named before)
    spokesman = any(words[x] in _SPOKESMAN and words[x + 1] == "باسم" for x in range(ph.i - 1))
    return None if spokesman else book.last_speaker


def family_name_as_title(book: ActorBook, ph: Phrase) -> str | None:
    """«وتابع الأمين» after «الدكتور رشيد الأمين»، «وتابع حاج زيدان» after «… أنس حاج زيدان»: one title
    word that, alone or with the words after it, is the family name of one person named before is
    that person, not an office («الأمين» = secretary, «حاج» = pilgrim); so a word of one such name
    before the people it called on («ودعا معلم سكان المناطق المنخفضة» after «محمود معلم عبد الله»)."""
    words = book.an.words
    if ph.kind == "anonymous" and not ph.name and len(ph.title) >= 2 and ph.title[0] == ph.i \
            and (people_in_construct(words[ph.i + 1]) or people_plural(words[ph.i + 1])):
        ids = {actor_id for full, actor_id in book._full_names if len(full) > 2 and words[ph.i] in full[1:]}
        if len(ids) == 1:
            return ids.pop()
    if ph.kind not in ("person", "anonymous") or ph.name or not 1 <= len(ph.title) <= 3:
        return None
    for n in (3, 2):
        tail = tuple(words[ph.i:ph.i + n])
        ids = {actor_id for full, actor_id in book._full_names if len(full) > n and full[-n:] == tail}
        if len(tail) == n and len(ids) == 1 and not any(has_phrase_break(book.an.doc.gap(x)) for x in range(ph.i + 1, ph.i + n)):
            return ids.pop()
    return book.person_by_surname(words[ph.i]) if ph.kind == "person" and len(ph.title) == 1 else None


# «قال التقني السويسري»: the sports pages' epithets for the coach or the player just quoted
_SPORT_EPITHETS = lexicon.forms("التقني المدرب اللاعب النجم المهاجم الحارس")
_SPORT_TITLES = _SPORT_EPITHETS | lexicon.forms("مدرب الناخب لاعب مهاجم حارس")
_COACHES = lexicon.forms("المدرب مدرب الناخب")


def sport_epithet(book: ActorBook, ph: Phrase) -> str | None:
    """«وردا على سؤال …، قال التقني السويسري: "…"» after the national coach spoke: a sport epithet
    and a country's nisba, no name, is the person who spoke last."""
    words = book.an.words
    last = book.proposals.get(book.last_speaker) if book.last_speaker else None
    if ph.kind == "person" and not ph.name and ph.title == [ph.i] and words[ph.i] == "المدرب":
        # «وأشاد المدرب بـ…» after «أريتز لوبيز غاراي، المدير الفني للمنتخب»: the one coach the article titled
        at = book.an.doc.tokens[ph.i].start
        coaches = {actor_id for pos, actor_id, title in book._titles if pos < at and (
            any(w in _COACHES for w in arabic.normalize(title).split()) or "المدير الفني" in arabic.normalize(title))}
        if not coaches:      # («أريتز لوبيز غاراي، المدير الفني لمنتخب …»: the title set off after the name)
            coaches = {actor_id for x in range(1, ph.i - 1) if words[x:x + 2] == ["المدير", "الفني"] and "،" in book.an.doc.gap(x)
                       for full, actor_id in book.known_names() if tuple(words[max(0, x - len(full)):x]) == full}
        return coaches.pop() if len(coaches) == 1 else None
    if ph.kind != "person" or ph.name or len(ph.title) != 2 or words[ph.title[0]] not in _SPORT_EPITHETS \
            or not country_nisba(book.an, words[ph.title[1]]) or last is None or last.type != "person":
        return None
    # («وأوضح المدرب التونسي» after two coaches were named: the title alone does not say which)
    at = book.an.doc.tokens[ph.i].start
    coaches = {actor_id for pos, actor_id, title in book._titles
               if pos < at and any(w in _SPORT_TITLES for w in arabic.normalize(title).split())}
    # («وكان المدرب الإسباني قد قال» after the federation's head spoke of «المدرب أريتز …» in his words: no coach spoke last)
    named_coach = any(words[x] in _SPORT_TITLES and could_be_given_name(book.an, x + 1) for x in range(ph.i - 1))
    last_coached = any(w in _SPORT_TITLES for _, _, t in book.titles_of(book.last_speaker) for w in arabic.normalize(t).split())
    return book.last_speaker if len(coaches) <= 1 and (last_coached or not named_coach) else None


_NEWLY_HELD = lexicon.forms("الجديد الجديدة المنتخب المنتخبة")


def newly_in_office(book: ActorBook, ph: Phrase) -> str | None:
    """«وتعهدت الرئيسة المنتخبة» after «وقالت بيربوك» (elected «رئيسةً» in the lead), «وأوضح رئيس
    النادي الجديد» after «وقال الماجري»: an office called new or elected, with no name, is the one
    who spoke last, a person of the same gender as the office word."""
    words = [book.an.words[k] for k in ph.title]
    last = book.last_speaker
    if len(words) < 2 or words[-1] not in _NEWLY_HELD or not in_lex(words[0], lexicon.title_heads(), clitics=True) \
            or last is None or ph.name:
        return None
    prop = book.proposals.get(last)
    feminine = feminine_title(" ".join(words))
    if prop is None or prop.type != "person" or any(feminine_title(t) != feminine for _, _, t in book.titles_of(last)):
        return None
    return last


_FOUNDER = lexicon.forms("مؤسس")


def founder_just_quoted(book: ActorBook, ph: Phrase) -> str | None:
    """«وقال كاست: "…". وتعهد مؤسس الحزب الجمهوري بـ"…"»: a founder with no name, whom no one
    named holds as a title, is the man who spoke last (a founder is a life's deed, not an office
    a new speaker is brought in by)."""
    words = [book.an.words[k] for k in ph.title]
    last = book.last_speaker
    if ph.name or len(words) < 2 or words[0] not in _FOUNDER or last is None:
        return None
    prop = book.proposals.get(last)
    if prop is None or prop.type != "person" or any(feminine_title(t) for _, _, t in book.titles_of(last)) \
            or any(arabic.normalize(t).split()[:1] == [words[0]] for _, _, t in book._titles):
        return None
    return last


def titled_person_before(book: ActorBook, at: int, going_on: bool = False) -> str | None:
    """The id of the latest person named by a name and a title before offset `at` (not an unnamed
    source or a body, which have no name); with `going_on` («وأضاف معاليه» after the minister's
    quotation) the one speaking on, when a person so named."""
    named = {actor_id for _, actor_id in book._full_names}
    found = [actor_id for pos, actor_id, _ in sorted(book._titles, reverse=True) if pos < at and actor_id in named
             and (book.proposals.get(actor_id) is None or book.proposals[actor_id].type == "person")]
    if going_on and book.continuing in found:
        return book.continuing
    # «دشّن الأمير X …، بحضور الأمير Y …. وقال سموه»: one first named as a guest is no speaker
    first = {actor_id: pos for pos, actor_id, _ in sorted(book._titles, reverse=True)}
    return next((a for a in found if not attended(book.an, first[a])), found[0] if found else None)


_RESEARCHER = lexicon.forms("الباحث الباحثة")
# What a researcher is called in a title: «أستاذة الجيولوجيا»، «رئيسة فريق البحث»، «الدكتورة»
_RESEARCH_WORDS = lexicon.forms("باحث باحثة الباحث الباحثة أستاذ أستاذة البحث البحوث الدكتور الدكتورة خبير خبيرة")


def researcher_named_before(book: ActorBook, ph: Phrase) -> str | None:
    """«وأرجعت الباحثة ذلك إلى "…"» after «رئيسة فريق البحث الدكتورة فاطمة يوسف إسماعيل، أستاذة
    الجيولوجيا»: «الباحث/الباحثة» alone is the latest person named with a researcher's title (a
    researcher, a professor, a doctor, a research team's head) of the same gender."""
    words = [book.an.words[k] for k in ph.title]
    if ph.name or len(words) != 1 or words[0] not in _RESEARCHER:
        return None
    feminine = words[0].endswith("ه")
    at = book.an.doc.tokens[ph.i].start
    for pos, actor_id, title in sorted(book._titles, reverse=True):
        if pos < at and feminine_title(title) == feminine and any(w in _RESEARCH_WORDS for w in arabic.words(arabic.normalize(title))) \
                and not inside_quotation(book.an, bisect.bisect_left(book.an.doc.starts, pos)):
            return actor_id       # (not the ship «"الدكتور فريتيوف نانسن"», a name in quote marks)
    return None


def untitled_holder(book: ActorBook, ph: Phrase) -> str | None:
    """«قال سامي الحداد إن … وأضاف الوزير»: a bare office title («الوزير»، «المتحدثة») that no
    one named in the article holds refers to the latest person quoted before it with no title
    of their own, of the same gender (a feminine office word, a feminine verb)."""
    words = [book.an.words[k] for k in ph.title]
    if not words or not all(w.startswith("ال") for w in words) or words[0] not in lexicon.title_heads() \
            or words[0] in NOT_OFFICES:
        return None
    at = book.an.doc.tokens[ph.i].start
    former = former_title(" ".join(words))     # «الرئيس الأسبق …» does not hold «الرئيس المنتخب»
    if any(pos < at and book.anaphor_office(title, words) and former == former_title(arabic.normalize(title))
           for pos, _, title in book._titles):
        return None       # someone named with the office holds it, however the title is worded
    feminine = feminine_title(book.an.doc.text(ph.i, ph.j))
    titled = {actor_id for _, actor_id, _ in book._titles}
    for pos, actor_id, fem in sorted(book._untitled, reverse=True):
        if pos < at and actor_id not in titled and (fem is None or fem == feminine) and not _described_only(book, actor_id):
            return actor_id
    return None


def _described_only(book: ActorBook, actor_id: str) -> bool:
    """«فرد هذا الأخير» after «سألت … المتهم الرئيسي»: an actor named only by definite words (no
    given name in «ال» first) is someone described, who holds no other office («وتابع المحامي»)."""
    prop = book.proposals.get(actor_id)
    words = arabic.words(arabic.normalize(prop.name)) if prop is not None else []
    return bool(words) and all(w.startswith("ال") for w in words) and words[0] not in name_lexicon.article_given_names()


def country_of_nisba(word: str, held: list[str]) -> bool:
    """«الوزير المولدوفي» of «وزير الخارجية … في جمهورية مولدوفا»، «الرئيس السيراليوني» of «رئيس
    سيراليون»: an adjective of origin whose country the title names."""
    if len(word) < 5 or not word.endswith("ي"):
        return False
    stem = word[:-1]
    return any(h == stem or (h.startswith(stem) and len(h) - len(stem) <= 1) for h in held)


# Words for a man or a woman, never a name: «قال الرجل»، «تقول المرأة».
GENERIC_WOMEN = frozenset(arabic.normalize(w) for w in (
    "المرأة", "الشابة", "الفتاة", "المسنة", "العجوز", "الأم", "السيدة"))
GENERIC_PEOPLE = GENERIC_WOMEN | frozenset(arabic.normalize(w) for w in ("الرجل", "الشاب", "الفتى", "المسن", "الأب"))
# «قال الرجل الستيني»، «تقول السيدة الأربعينية»: the decade of a man's or a woman's age
AGE_EPITHETS = frozenset(arabic.normalize(f"ال{tens}ي{end}") for end in ("", "ة") for tens in (
    "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")) | {"البالغ", "البالغه"}     # («الرجل البالغ 47 عاماً»)


# In whose presence a dignitary did something: «بحضور صاحب السمو الملكي الأمير …»
ALONG_WITH = lexicon.forms("رفقة برفقة بحضور وبحضور")     # («… رفقة المدير العام …»: a companion, no subject)
_PRESENT = ALONG_WITH | lexicon.forms("بمشاركة وبمشاركة")
_PRESENCE_REACH = 5      # the words of address between «بحضور» and the name


def attended(an, pos: int) -> bool:
    """Whether the person named at offset `pos` is one in whose presence something was done
    («دشّن الأمير عبدالله …، بحضور الأمير سعود …»): a guest, not the one who goes on speaking."""
    k = bisect.bisect_left(an.doc.starts, pos)
    for x in range(k, max(-1, k - _PRESENCE_REACH - 1), -1):
        if x < len(an.words) and an.words[x] in _PRESENT:
            return True
        if x < k and has_phrase_break(an.doc.gap(x + 1)):
            return False
    return False


def body_of_title(titles: list[tuple[int, str, str]], name: str, at: int) -> str | None:
    """«وأكد الاتحاد الصومالي» after «رئيس الاتحاد الصومالي لكرة القدم»: a body of two words or more
    named before only inside a title, where its name went on with a «لـ» complement («لكرة القدم»;
    not «للـ»: «وكيل وزارة الزراعة للشؤون الفنية» is the office's brief); the name as the title wrote it, or None."""
    words = arabic.words(arabic.normalize(name))
    if len(words) < 2:
        return None
    for pos, _, title in sorted(titles, reverse=True):
        written = title.split()
        said = [arabic.normalize(w) for w in written]
        starts = [x for x in range(1, len(said) - len(words)) if said[x:x + len(words)] == words]
        tail = said[starts[0] + len(words):] if pos < at and starts else []
        if 1 <= len(tail) <= 3 and tail[0][:1] == "ل" and not tail[0].startswith("لل") and len(tail[0]) > 2:
            return " ".join(written[starts[0]:])
    return None


def office_after_name(book: ActorBook, earlier: Phrase) -> tuple[str, Reason] | None:
    """«أكد سعادة الشيخ هلال بن سعيد الحجري والي بهلاء، …» then «ودعا الوالي»: an office read back to
    where it was written right after the whole name of someone the article quoted (no break between)
    is that person's, set after the name in apposition."""
    an = book.an
    head = an.words[earlier.i]
    office = earlier.name is None or (not earlier.title and (head in lexicon.title_heads() or head in GOVERNORS))     # («والي بهلاء» read as a name)
    if not office or earlier.i == 0 or has_phrase_break(an.doc.gap(earlier.i)):
        return None
    for full, actor_id in book.known_names():
        n = len(full)
        if n >= 2 and earlier.i >= n and tuple(an.words[earlier.i - n:earlier.i]) == full:
            return actor_id, reason("actor.refers_to_person", name=an.doc.text(earlier.i, earlier.j))
    return None


def head_of_its_body(book: ActorBook, ph: Phrase) -> str | None:
    """«وأشار رئيسها» after «وأعلنت البلدية …» and «رئيس بلدية يطا المهندس جمال مخامرة»: an office
    word with a pronoun is the latest person named with that office of the body the clause before
    names («البلدية»); None when no body of the office is written in the twelve words before."""
    an = book.an
    if ph.name is not None or ph.kind != "person" or len(ph.title) != 1:
        return None
    word = an.words[ph.title[0]]
    stem = next((word[:-len(s)] for s in ("ها", "ه") if word.endswith(s) and len(word) - len(s) >= 3), "")
    if stem not in lexicon.title_heads() or stem.startswith("ال"):
        return None
    bodies = {w[2:] for w in an.words[max(0, ph.i - 12):ph.i] if w.startswith("ال") and in_lex(w, lexicon.org_heads())}
    at = an.doc.tokens[ph.i].start
    for pos, actor_id, title in sorted(book._titles, reverse=True):
        held = arabic.words(arabic.normalize(title))
        if pos < at and len(held) > 1 and held[0] == stem and held[1] in bodies:
            return actor_id
    return None


_NICKNAMED = lexicon.forms("الملقب الملقبة الشهير الشهيرة المعروف المعروفة")


def nicknamed(book: ActorBook, ph: Phrase) -> str | None:
    """«وتابع الغربال» after «محمد عبد الرحمن، الملقب بـ"الغربال"،»: a name of one or two words that the
    article gave before in quotation marks as a named person's nickname is that person."""
    an = book.an
    if not 1 <= ph.j - ph.i <= 2 or (ph.name is not None and ph.title):
        return None
    said = an.words[ph.i:ph.j]
    for p in range(2, ph.i - len(said)):
        if an.words[p] in _NICKNAMED and an.words[p + 1] == "ب" and an.words[p + 2:p + 2 + len(said)] == said:
            before = tuple(arabic.words(joined_abd(" ".join(an.words[max(0, p - 6):p]))))     # («عبد الرحمن» is kept as «عبدالرحمن»)
            return next((actor_id for full, actor_id in book._full_names if before[len(before) - len(full):] == full), None)
    return None
