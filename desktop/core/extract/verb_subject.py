"""Who a reporting verb's subject is when the words after it are not: «، فطالب الحكومة
بـ"الإفراج عن مستحقات البلديات"»، «فدعا الوزارة إلى …»: after a verb of demanding joined by «فـ», a
body with no name followed by «بـ» or «إلى» is the one asked, the verb's object; its subject is the
clause's before it, not the body. «نقلت الوكالة عن مصدر أمني أن …»: the source after «عن» speaks."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.name_end import known_surname
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.analysis import RELATIVES, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.appositions import phrase_after, subject_before
from desktop.core.extract.document_issuer import PUBLISHED_IT, issuer_of_quoted_report, published_by
from desktop.core.extract.people_plurals import people_plural, sound_plural_of_people
from desktop.core.extract.quoted_subject import quoted_body
from desktop.core.extract.name_lookalikes import TIME_SHAPED_NAMES
from desktop.core.extract.relayers import news_agency
from desktop.core.extract.subject_salvage import amma_subject, described_then_named
from desktop.core.extract.the_latter import the_latter

_DEMANDING = frozenset(arabic.normalize(w) for w in ("طالب", "دعا", "ناشد", "حث", "طالبت", "دعت", "ناشدت", "حثت"))
_ASKED_FOR = frozenset(("الي", "ب"))
# Groups a body calls on: «ودعت الدول الغنية إلى …»
_ASKED_GROUPS = frozenset(arabic.normalize(w) for w in ("الدول", "الحكومات", "الأطراف", "المجتمع", "المواطنين", "الجهات", "المنظمات"))
_ASKED_OFFICIALS = frozenset(arabic.normalize(w) for w in ("وزراء", "قادة", "زعماء", "رؤساء", "ممثلي", "حكومات"))
_RELAYING = frozenset(("نقل", "نقلت"))


def _asked(an: Analysis, verb: int, ph: Phrase) -> bool:
    words = an.words
    # only after «فـ»: «، فطالب الحكومة بـ…» goes on with the clause's subject; «وطالب تحالف "تقدم"
    # بـ…» and «دعت الوزارة المواطنين إلى …» name theirs
    # or after «، و» going on with a sentence's subject: «انتقدت الشبكة …، ودعت الدول الغنية إلى "…"»
    going_on = words[verb][:1] == "و" and verb > 0 and any(c in an.doc.gap(verb) for c in "،,")
    place = an.gaz_at.get(ph.i)
    place = place if place is not None and place.of_kind("place") is not None else None
    # («ودعت المستفيدين إلى "…"»: a plural of people, whoever they are, is called on too)
    if going_on and words[verb][1:] in _DEMANDING and (words[ph.i] in _ASKED_GROUPS or place is not None
                                                       or people_plural(words[ph.i]) or sound_plural_of_people(words[ph.i])):
        x = place.j if place is not None else ph.i + 1      # «ودعا إسلام آباد إلى …»: a capital called on
        while x < len(words) and words[x].startswith("ال") and words[x] not in _ASKED_FOR and not has_phrase_break(an.doc.gap(x)):
            x += 1        # «الدول الغنية»: the group and its adjectives
        return x < len(words) and not has_phrase_break(an.doc.gap(x)) and words[x] in _ASKED_FOR
    if going_on and words[verb][1:] in _DEMANDING and words[ph.i] in _ASKED_OFFICIALS:
        # «، ودعا وزراء الصحة في العالم إلى "…"»: officials in construct, and where they are, called on
        ahead = range(ph.i + 1, min(len(words), ph.i + 7))
        return any(words[x] in _ASKED_FOR and not any(has_phrase_break(an.doc.gap(y)) for y in range(ph.i + 1, x + 1))
                   for x in ahead)
    if words[verb][:1] != "ف" or words[verb][1:] not in _DEMANDING or ph.name or ph.entry is not None \
            or len(ph.title) > 2 or ph.j >= len(words) or has_phrase_break(an.doc.gap(ph.j)):
        return False
    after = words[ph.j]
    return after in _ASKED_FOR or (after.startswith("ب") and not after.startswith("بال") and len(after) > 2) \
        or (after == "ب" or an.doc.tokens[ph.j].text.startswith("بـ"))


def relaying(an: Analysis, verb: int) -> bool:
    """Whether the verb at `verb` relays someone's words («نقلت الوكالة عن …»)."""
    return any(f in _RELAYING for f in (an.words[verb], an.words[verb][1:]))


_BEFORE_CLAUSE = frozenset(arabic.normalize(w) for w in ("لكن", "ولكن", "بينما", "فيما"))


def _subject_written_first(an: Analysis, verb: int) -> tuple[Phrase, str] | None:
    """«لكن المتحدث باسم الجيش التايلاندي اللواء وينثاي سوفاري اتهم القوات الكمبودية»: a title and a
    name that open the clause (after a break or «لكن/بينما/فيما») and end right before the verb, which
    carries no «و/ف», are its subject; the words after the verb are its object."""
    if verb == 0 or has_phrase_break(an.doc.gap(verb)) or an.words[verb][:1] in "وف":
        return None
    for start in range(max(0, verb - 12), verb):
        # («… أن البرهان حث الوزراء الجدد على "…"»: after «أن» a name alone opens the clause too)
        after_that = start > 0 and an.words[start - 1] == "ان" and not has_phrase_break(an.doc.gap(start))
        if start > 0 and not has_phrase_break(an.doc.gap(start)) and an.words[start - 1] not in _BEFORE_CLAUSE \
                and not after_that:
            continue
        ph = parse_phrase(an, start, verb)
        if ph is not None and not ph.title and ph.name and ph.j < verb and ph.name[1] - ph.name[0] >= 2 and ph.kind == "person" \
                and not after_that and in_lex(an.words[ph.j], lexicon.title_heads()):
            office = parse_phrase(an, ph.j, verb)     # «لكن ماري-لويز فيسترغارد المتحدثة باسم ميرسك الدنماركية قالت»
            if office is not None and office.title and not office.name and office.j == verb and office.kind == "person":
                return Phrase(ph.i, verb, office.title, ph.name, None, "person"), office.title_text(an.doc)
        if ph is None or not ph.name or ph.j != verb or ph.kind != "person":
            continue
        if ph.title or (after_that and (known_surname(an, *ph.name)
                                        or (ph.name[1] - ph.name[0] >= 2 and known_first_word(an.words[ph.name[0]])))):
            return ph, ph.title_text(an.doc)
    return None


def _subject_relative(an: Analysis, verb: int) -> bool:
    """Whether the verb at `verb` follows «الذي/التي», agrees with it, and what follows it opens no
    title or name: the relative's antecedent is its subject, the words after are its object. («وهي
    الزيادة التي قال رئيس الوزراء … إنها»: a masculine verb after «التي», its subject after it.)"""
    if verb == 0 or verb + 1 >= len(an.words) or has_phrase_break(an.doc.gap(verb)):
        return False
    relative, written, nxt = an.words[verb - 1], an.written(verb), an.words[verb + 1]
    agrees = (relative == "التي" and written.endswith("ت")) or (relative == "الذي" and not written.endswith("ت"))
    return agrees and not in_lex(nxt, lexicon.title_heads()) and not in_lex(nxt, lexicon.org_heads()) \
        and not known_first_word(nxt) and verb + 1 not in an.gaz_at


def subject_after_verb(an: Analysis, verb: int, j: int) -> tuple[Phrase, str] | None:
    """The reporting verb's subject after it (appositions.phrase_after), unless what follows a
    verb of demanding is the body asked; after a verb of relaying («نقلت وكالة "تسنيم" عن مصدر
    مطلع … أن») the one after «عن» speaks, the relayer does not."""
    written_first = _subject_written_first(an, verb) or issuer_of_quoted_report(an, verb + 1, j) or the_latter(an, verb)
    if written_first is not None:
        return written_first
    if _subject_relative(an, verb):
        return None       # «النائبة خديجة منت الشيخ، التي وصفت الطريق الحالي بأنه "…"»: the antecedent spoke
    if relaying(an, verb):
        about = next((x for x in range(verb + 1, j) if an.words[x] == "عن"), None)
        if about is None:
            return None     # no «عن» before the words: the relayer's name is no speaker's
        relayed = phrase_after(an, about + 1, j)
        group = relayed is not None and relayed[0] is not None and relayed[0].j - relayed[0].i == 1 \
            and people_plural(an.words[relayed[0].i])
        if not group:
            return relayed
        # «ونقل محاجنة عن الأسرى أن "…"»: people no one names relayed by a person; his words
        own = phrase_after(an, verb + 1, about)
        return own if own is not None and own[0] is not None and not news_agency(an, own[0]) else None
    found = phrase_after(an, verb + 1, j)
    if found is None or found[0] is None:
        timed = _time_shaped_name(an, verb + 1, j)
        if timed is not None:
            return Phrase(timed[0], timed[1], [], timed, None, "person"), an.doc.text(*timed)
        body = quoted_body(an, verb + 1, j)
        if body is not None:
            return body, ""
    if found is not None and found[0] is not None and an.words[verb][:1] == "ف" \
            and (people_plural(an.words[found[0].i]) or sound_plural_of_people(an.words[found[0].i])):
        topic = amma_subject(an, verb)
        if topic is not None:
            return topic      # «أما ممثل الجامعة، فذكّر الحاضرين بأن …»: whom he reminded; the topic speaks
    if found is not None and found[0] is not None and _asked(an, verb, found[0]):
        return None
    owner = _owner_of_document(an, found[0], j) if found is not None and found[0] is not None else None
    if owner is not None:
        return owner, ""      # «وأفاد بلاغ للجامعة بأن»: the body whose communiqué it is
    ph = found[0] if found is not None else None
    if ph is not None and ph.name is not None and ph.name[0] == ph.i and not ph.title and _possessed_object(an, ph.i):
        return None       # «فوصف هدفه الأول بأنه …»، «فأبدى ارتياحه لعودة …»: what the verb takes
    if ph is not None and _described_object(an, verb, ph):
        return None
    if ph is not None and ph.i == verb + 1 and an.words[ph.i][:1] == "ب" and not an.words[ph.i].startswith("بن") \
            and ph.i in an.gaz_at and an.gaz_at[ph.i].j == ph.j:
        return None       # «وأشاد بتركيا، قائلاً إنها …»: «بـ» on a country is what the verb took, no subject
    if ph is not None and _manner_before_colon(an, verb, ph):
        return None       # «وأضاف بتأثر: "…"»: how he said it, no subject
    if ph is not None and an.words[verb][:1] == "ف" and ph.i == verb + 1 and an.words[ph.i][:1] == "ب" \
            and not an.words[ph.i].startswith("بن") and amma_subject(an, verb) is not None:
        return None       # «أما ممثل المديرية …، فطالب بغرامة جمركية»: what he asked for; the topic speaks
    called = _place_called_on(an, verb, ph) if ph is not None else None
    # «قال المزارع، نور الدين عاشور:»: what he is, then his name set off by a comma
    called = called or (described_then_named(an, ph, j) if ph is not None and ph.i == verb + 1 else None)
    return (called, called.title_text(an.doc)) if called is not None else found


def _place_called_on(an: Analysis, verb: int, ph: Phrase) -> Phrase | None:
    """«دعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أثينا إلى "…"»: after a verb of demanding,
    a body's name that ends on a definite word and a place the gazetteer knows, right before «إلى/بـ»:
    the place is the one called on; the body without it."""
    w = an.words[verb]
    if ph.kind != "organization" or ph.name or (w not in _DEMANDING and w[1:] not in _DEMANDING) or ph.j >= len(an.words) \
            or an.words[ph.j] not in _ASKED_FOR or has_phrase_break(an.doc.gap(ph.j)):
        return None
    place = next((an.gaz_at[x] for x in range(ph.i + 2, ph.j) if x in an.gaz_at and an.gaz_at[x].j == ph.j), None)
    # (after a definite word only: «غرفة تجارة وصناعة دبي» holds its city in construct)
    if place is None or place.of_kind("place") is None or not an.words[place.i - 1].startswith("ال") or has_phrase_break(an.doc.gap(place.i)):
        return None
    return Phrase(ph.i, place.i, [t for t in ph.title if t < place.i], None, ph.entry, ph.kind)


def _time_shaped_name(an: Analysis, k: int, j: int) -> tuple[int, int] | None:
    """«تقول صباح الأسطل، وهي أم …:»، «قالت فجر السليطي إن»: right after the verb, a given name that
    is also a time of day, then a word no time list holds and the phrase's end (a break, «إن/أن» or a
    relative): a name of two words, where a time would go on («قال صباح الأحد في …»)."""
    if k + 2 > j or an.words[k] not in TIME_SHAPED_NAMES or has_phrase_break(an.doc.gap(k + 1)):
        return None
    w = an.words[k + 1]
    if not w.isalpha() or len(w) < 3 or an.is_time(k + 1) or an.is_verb(k + 1) or w in lexicon.stop_words() \
            or w in lexicon.prepositions() or an.is_common_word(k + 1) or (k + 1) in an.gaz_at:
        return None
    end = k + 2
    closes = end >= len(an.words) or has_phrase_break(an.doc.gap(end)) or an.words[end] in RELATIVES \
        or (an.words[end] in lexicon.complementisers() and an.words[end] != "الي")
    return (k, end) if closes else None


def _manner_before_colon(an: Analysis, verb: int, ph: Phrase) -> bool:
    """«وأضاف بتأثر:»، «وتابع بتحفظ:»: «بـ» on a verbal noun تفعّل/تفاعل right after the verb, then the
    colon that opens the words: the manner of saying them. A family name in «بـ» («وقال بوريطة:») is
    written elsewhere in the article too, and is left alone."""
    w = an.words[verb + 1] if verb + 1 < len(an.words) else ""
    if w in _SPOKEN_IN and ph.i == verb + 1 and ph.j <= verb + 3 and ph.j < len(an.words):
        return an.doc.gap(ph.j).strip()[:1] == ":"      # «فقال بعربية متعثرة:»، «وأضاف بصوت خافت:»: the tongue or voice
    shaped = w.startswith("بت") and len(w) >= 5     # (the words of feeling, «بحزم»، «بغضب», are lexicon.common_words)
    return (shaped and ph.i == verb + 1 and ph.j == verb + 2 and w not in name_lexicon.given_names()
            and ph.i not in an.gaz_at and ph.j < len(an.words) and an.words.count(w) == 1
            and an.doc.gap(ph.j).strip()[:1] == ":")


# The language, voice or tone words are said in, in «بـ»
_SPOKEN_IN = frozenset(arabic.normalize(w) for w in (
    "بعربية", "بالعربية", "بفرنسية", "بالفرنسية", "بإنجليزية", "بالإنجليزية", "بانجليزية", "بالانجليزية", "بلغة",
    "بلهجة", "بلكنة", "بصوت", "بنبرة"))


def _owner_of_document(an: Analysis, ph: Phrase, j: int) -> Phrase | None:
    """«بلاغ للجامعة»، «بيان لوزارة الداخلية»: an indefinite document read as the verb's subject,
    then «لـ» on a body: the body's phrase, or None."""
    k = ph.j
    if ph.j - ph.i != 1 or an.words[ph.i] not in lexicon.issued_documents() or k >= j \
            or not an.words[k].startswith("ل") or len(an.words[k]) < 4 or has_phrase_break(an.doc.gap(k)) \
            or an.is_outlet(k):
        return None
    owner = parse_phrase(an, k, j)
    return owner if owner is not None and owner.kind == "organization" and owner.title and not owner.name else None


_DESCRIBE = frozenset(arabic.normalize(w) for w in ("وصف", "ووصف", "فوصف", "وصفت", "ووصفت", "يصف", "تصف"))
_AS_BEING = frozenset(arabic.normalize(w) for w in ("بأنه", "بأنها", "بأنهم", "بأنهما", "بأن"))


def _described_object(an: Analysis, verb: int, ph: Phrase) -> bool:
    """«حين وصف الصين بأنها "قوة أجنبية معادية"»: «وصف» takes who or what it describes, then «بأنه»;
    the one word between them is that object, and the subject is not written («وصف غروسي
    الاتفاق بأنه» writes both, and a name read with its object runs to «بأنه» too)."""
    return (an.words[verb] in _DESCRIBE and ph.i == verb + 1 and ph.j == ph.i + 1 and ph.j < len(an.words)
            and an.words[ph.j] in _AS_BEING and not has_phrase_break(an.doc.gap(ph.j)))


def _possessed_object(an: Analysis, k: int) -> bool:
    """A noun with its pronoun, followed by its definite adjective («هدفه الأول») or itself a verbal
    noun («ارتياحه»): the verb's object, not its subject; no given name is so (nor «عبدالله»)."""
    w, written = an.words[k], an.written(k)
    if len(w) < 4 or not written.endswith(("ه", "ها", "هم")) or w.endswith("الله") or known_first_word(w) or w.startswith("ال"):
        return False      # («نفى المتهم الرئيسي …»: «ال» takes no pronoun; «هم» is the word's own)
    stem = w[:-2] if written.endswith(("ها", "هم")) else w[:-1]
    adjective = k + 1 < len(an.words) and an.words[k + 1].startswith("ال") and an.words[k + 1] not in lexicon.stop_words()
    return adjective or masdar_shaped(stem)



def outer_subject(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«وأوضحت القحطاني أن الفريق أضاف طبقة "…"»، «موضحاً أن الجهاز الطبي يتوقع عودته "…"»: a verb
    at k inside the «أن» clause of an earlier verb of speech in [i, k), taking a noun for its
    object, quoted or not (adding, expecting: not speech), reports what the earlier verb's named
    subject says."""
    if k > i and an.words[k - 1] == "ما" and an.words[k] in _DESCRIBED_IT and k + 1 < len(an.words) \
            and (an.words[k + 1] in lexicon.prepositions() or an.words[k + 1][:1] == "ب"):     # (no subject after it)
        # «قررت الهيئة الإدارية …، احتجاجاً على ما وصفته في لائحتها بـ"…"»: the sentence's subject
        return _opening_body(an, i, k)
    nxt = k + 1
    if nxt >= len(an.words) or not an.words[nxt].isalpha() or ":" in an.doc.gap(nxt) \
            or an.words[nxt] in lexicon.complementisers() or an.words[nxt] in lexicon.prepositions():
        return None
    that = next((x for x in range(k - 1, max(i, k - 5) - 1, -1) if an.words[x] in ("ان", "انه", "انها")), None)
    if that is None or any(has_phrase_break(an.doc.gap(x)) for x in range(that + 1, k + 1)):
        return None
    verb = next((x for x in range(that - 1, i - 1, -1) if an.is_verb(x) or an.is_participle(x)), None)
    if verb is None or any(has_phrase_break(an.doc.gap(x)) for x in range(verb + 1, that + 1)):
        return None
    found = subject_after_verb(an, verb, that)
    return found if found is not None and found[0] is not None and found[0].name else None


_PRONOUN_THAT = frozenset(arabic.normalize(w) for w in ("أنه", "أنها", "بأنه", "بأنها"))


def pronoun_clause_subject(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«أفادت وزارة الخارجية اليابانية بأنها أبلغت الجانب الصيني "قلقها البالغ"»: a verb at k right
    after «أنها/بأنه» has that pronoun for its subject, so what follows it is its object; the one
    who speaks is the subject of the verb of speech the clause hangs on, a body as well as a person."""
    that = k - 1
    if that < i or an.words[that] not in _PRONOUN_THAT or has_phrase_break(an.doc.gap(k)) \
            or has_phrase_break(an.doc.gap(that)):
        return None
    verb = next((x for x in range(that - 1, i - 1, -1) if an.is_verb(x) or an.is_participle(x)), None)
    if verb is None or any(has_phrase_break(an.doc.gap(x)) for x in range(verb + 1, that + 1)):
        return None
    found = subject_after_verb(an, verb, that)
    return found if found is not None and found[0] is not None else None


def reporter_before_that(an: Analysis, li: int, k: int) -> tuple[Phrase, str] | None:
    """«وأفاد مصدر في مجلس مدينة درعا، …، بأن المجلس سيطلق …، وقال إن»: a second reporting verb at k
    goes on with the first one's subject, not with a body inside what the first one reported (but
    «أفاد المكتب بأن الرئيس عون أكد لضيفه أن»: a person inside what was reported speaks himself)."""
    first = next((x for x in range(li, k) if an.is_verb(x)), None)
    inner = subject_before(an, li, k)
    if first is None or first >= k - 1 or (inner is not None and inner[0] is not None and inner[0].kind == "person"):
        return None
    found = subject_after_verb(an, first, k)
    if found is None or found[0] is None:
        return None
    return found if any(an.words[x] in ("ان", "بان") for x in range(found[0].j, k)) else None


def own_publication_subject(an: Analysis, i: int, k: int, j: int) -> tuple[Phrase, str] | None:
    """«رفعت مجموعة «هلالة بويز» لافتات تطالب برحيل المكتب المسير، وجاء في بيان نشرته على صفحتها
    أن …»: a document at k published «by it» with no publisher named after the verb is the
    sentence's subject's, the subject of the first verb in [i, k), not the last body written."""
    if k + 1 >= j or (an.words[k + 1] not in PUBLISHED_IT and an.words[k + 1] not in _ITS) or published_by(an, k + 1, j) is not None:
        return None     # («حمّل المنتدى …، في بيان له، "…"»: its own statement)
    return _opening_body(an, i, k)


_ITS = frozenset(arabic.normalize(w) for w in ("له", "لها"))
_DESCRIBED_IT = frozenset(arabic.normalize(w) for w in ("وصفته", "وصفتها", "وصفه", "وصفها", "وصفوه", "وصفوها"))


def _opening_body(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The body named right after the verb (of no speech) that opens the sentence or its first part
    in [i, k): «من جهتها، رفعت مجموعة «هلالة بويز» …»."""
    for v in range(i, min(k, i + 6)):
        w = an.words[v]
        if (v > i and not has_phrase_break(an.doc.gap(v))) or not 3 <= len(w) <= 5 + w.endswith("ت") or not w.isalpha() \
                or w.startswith("ال") or w in lexicon.stop_words():
            continue
        # the verb of no speech that opens the sentence or its first part («من جهتها، رفعت …»)
        ph = parse_phrase(an, v + 1, k)
        if ph is not None and ph.i == v + 1 and ph.kind == "organization" and ph.title and not ph.name:
            return ph, ""
        quoted = quoted_body(an, v + 1, k)      # «انتقدت "لجنة المعلمين السودانيين" ما وصفته بـ"…"»
        return (quoted, "") if quoted is not None else None
    return None
