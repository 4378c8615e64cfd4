"""A speaker's phrase runs to the end of its frame: the words between the name as read and the
«إن/أن» (or the break, or the one spoken to) that closes the reporting verb's subject belong to
the subject, so when every one of them can be a name's word they are the name's end.

The readings that cut a name do so from the word on its own («فان» read as «فـ + إن»، «أمير»
an office, «العام» a time, «و» a second party). The frame says more than the word: in «أكدت
ممثلة المنظمة في الصومال رينهيلد فان دي ويردت أن …» nothing but «أن» can end the subject, so
«فان دي ويردت» is not a new clause. Likewise «وذكرت مصلحة الموانئ والنقل البحري، في بيان …»
and «وقال مصدر مصرفي في بنغازي، طلب عدم نشر اسمه، إن …».

The reading is extended only when the frame closes within a few words and no word in between
is a verb, a time, a title, a function word, the outlet or an addressee: otherwise the first
reading stands.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex, strip_conj
from desktop.core.extract.context_places import written_as_place
from desktop.core.extract.name_end import NEVER_NAME_WORDS, guest_of_host, second_party
from desktop.core.extract.phrase_ends import STANCES
from desktop.core.extract.name_evidence import family_shaped, known_first_word
from desktop.core.extract.name_lookalikes import withholds_name
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.phrase_parts import addressee, unnamed_person

# At most this many words are taken on: a frame that closes further on holds a clause. An
# unnamed source's description runs longer («مصدر في خفر السواحل اليمني بمحافظة لحج»).
_MOST = 3
_MOST_DESCRIBED = 8

# Particles of names written in Arabic letters from European, African and Arab names:
# «فان دي ويردت»، «دا سيلفا»، «ولد أحمدو»، «بن علي». Each is a function word elsewhere.
_NAME_PARTICLES = frozenset(arabic.normalize(w) for w in (
    "فان", "فون", "دي", "دا", "دو", "دوس", "ديل", "لا", "لو", "بن", "ولد", "آل", "أبو", "ابن", "بنت", "ول"))

# «قوله إن»: the noun that carries the relayed speaker's words closes the frame as «إن» does.
_SAYING = frozenset(arabic.normalize(w) for w in ("قوله", "قولها", "قولهم", "قولهما"))

# An office or a source is described by a place or a body after «في/بـ» («مصدر مصرفي في
# بنغازي»، «مصدر طبي في مستشفى سيئون العام»): those words are the source's description.
_DESCRIBING_PREPOSITIONS = frozenset(arabic.normalize(w) for w in ("في", "من", "بـ", "ب"))

# The occasion of a statement («في اتصال بالإذاعة»، «في حديث لـ…»): what follows «في» then is
# no place of the source.
_OCCASIONS = frozenset(arabic.normalize(w) for w in (
    "اتصال", "حديث", "مقابلة", "لقاء", "تصريح", "تصريحات", "ندوة", "مؤتمر", "كلمة", "بيان", "رسالة"))

_SOURCES = frozenset(arabic.normalize(w) for w in ("مصدر", "مصادر"))
_RESIDENCE = frozenset(arabic.normalize(w) for w in ("حي", "الحي", "منطقة", "المنطقة", "قرية", "القرية", "مخيم", "المخيم", "بلدة", "البلدة"))
_THE_SOURCE = frozenset(arabic.normalize(w) for w in ("المصدر", "مصدر"))

# A definite adjective an institution's name ends with, which the lexicon reads as a time.
_INSTITUTION_ADJECTIVES = frozenset(arabic.normalize(w) for w in ("العام", "العامة"))
# Verbs whose object takes «بـ» («طالب … مروان ضاهر بإخلاء سبيل موكله»): a «بـ» and a verbal noun
# after the subject's name is what was asked for, welcomed or pledged, never a name's word
_TAKE_BA = lexicon.forms("طالب طالبت طالبوا ناشد ناشدت أشاد أشادت رحب رحبت ندد نددت تعهد تعهدت نصح نصحت "
                         "أوصى أوصت أقر أقرت اعترف اعترفت")


def closes_frame(an: Analysis, k: int, *, quotes: bool = True) -> str:
    """How the reporting verb's subject ends before token k: "that" by «إن/أن» or «قوله» (or the
    one spoken to, then those), "break" by a break, a quote mark or the outlet; "" when it does not.
    `quotes`: whether a quote mark closes it (not around a body's name inside a title: «رئيس شركة
    «سوكار» رووشن نجف،»)."""
    if k >= len(an.words):
        return ""
    gap = an.doc.gap(k)
    if has_phrase_break(gap) or (quotes and any(ch in QUOTE_MARKS for ch in gap)):
        return "break"
    w = an.words[k]
    if w in lexicon.complementisers() and w != "الي" or w in _SAYING:
        return "that"
    if (w == "علي" or (w == "من" and not an.written(k - 1).endswith(("ه", "ها", "هم")))) and k + 1 < len(an.words) and an.words[k + 1] in lexicon.complementisers():
        return "that"     # «وشدد … سايمون ستيل على أن …»، «حذّرت أمينة المظالم إيريس مارين أورتيث من أن» (not «جدد البنك … تحذيره من أن»)
    if an.is_outlet(k):
        return "break"
    # «لـ"السعيدة" أن …»، «للصحفيين إن …»: the one spoken to, then the frame's close
    if (addressee(w) or w == "ل") and k + 1 < len(an.words):
        if not quotes and any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)):
            # «… إيلينا فاسكيث-مورينو لـ"الشروق" إن»: the quoted outlet spoken to, then «إن», closes it too
            end = next((e for e in range(k + 2, min(len(an.words), k + 5)) if any(ch in QUOTE_MARKS for ch in an.doc.gap(e))), None)
            if end is not None and closes_frame(an, end, quotes=False) == "that":
                return "that"
        return closes_frame(an, k + 1, quotes=quotes)
    if w.startswith("ال") and k + 1 < len(an.words) and an.words[k + 1] in _AS_BEING \
            and not has_phrase_break(an.doc.gap(k + 1)) and any(an.words[x] in _DESCRIBED for x in range(max(0, k - 16), k)):
        return "that"     # «وصفت … كورين رانكين النتيجة بأنها "…"»: what she described, then as what
    return ""


# What «وصف» takes after its object: «وصف الاتفاق بأنه …» (after any other verb a definite word
# before «بأن» is a family name: «أفاد المتحدث … حسام الشوا بأن»)
_AS_BEING = frozenset(arabic.normalize(w) for w in ("بأنه", "بأنها", "بأنهم", "بأن"))
_DESCRIBED = frozenset(arabic.normalize(w) for w in ("وصف", "ووصف", "وصفت", "ووصفت"))


def _spoken_to(word: str) -> bool:
    """«وكالة»، «لإذاعة»: a medium, the one spoken to, bare or with «لـ» («مصدر مسؤول بوكالة
    عدل» is the source's place)."""
    media = lexicon.addressees() | lexicon.media_nouns()
    return word in media or (word[:1] == "ل" and (word[1:] in media or word[3:] in media))


def _possessed(an: Analysis, k: int) -> bool:
    """«إشادته»، «تصريحاتها»: a noun with a possessive pronoun, as written («ه» not «ة»)."""
    text = an.written(k)
    return len(text) > 4 and text.endswith(("ته", "تها", "تهم", "تهما", "ها", "هم", "هما"))


def _can_end_name(an: Analysis, k: int, kind: str, close: str, start: int, complete: bool = False) -> bool:
    """Whether token k may be one more word of a `kind` phrase's name, read inside a frame;
    `close`: how the frame closes right after it ("" when it goes on); `start`: the phrase's
    first token; `complete`: a definite word may only be a family name there."""
    w = an.words[k]
    if not w.isalpha() or len(w) < 2 or an.is_outlet(k) or addressee(w) or an.addressed(k) \
            or _spoken_to(w) or w in _OCCASIONS:
        return False
    if w in _NAME_PARTICLES:
        return True
    if len(w) == 5 and w[0] == "ت" and w[-1] == "ت" and "ا" not in w:      # (not «سولبرغ تفايت», a name)
        return False      # «موظفة حكومية في بورتسودان تحدثت لـ…»: a past verb تفعّلت, not a name's word
    if w.startswith(("بال", "لل", "كال")) and kind != "anonymous":
        return False      # «رحب حسن توران بالاتفاق، معتبرا …»: what the verb is about
    if w[:1] == "ب" and masdar_shaped(w[1:]) and start > 0 and any(f in _TAKE_BA for f in strip_conj(an.words[start - 1])):
        return False      # «طالب … المحامي مروان ضاهر بإخلاء سبيل موكله»: what he asked for
    source = an.words[start] in _SOURCES
    if kind == "anonymous" and source and (w in _DESCRIBING_PREPOSITIONS or _at_place(w)):
        return close != "that" or w not in _DESCRIBING_PREPOSITIONS     # «حذر مصدر … من أن»: the verb's «من»       # «شهود عيان من ساكنة الفنيدق»، «ولي أمر طالب في حي الزيتون»: only a source's place
    if (_possessed(an, k) and not (kind == "organization" and w[:1] == "و")) or second_party(w) \
            or (w[:1] == "ل" and close == "that"):
        return False      # «ناصر الحربي إشادته»، «محمد والسفير»، «شهود عيان لرويترز إن»; «… في دمشق وريفها»
    if kind == "person" and ((k in an.gaz_at and close == "that") or masdar_shaped(w)):
        return False      # «وأبلغ بايدن السعودية أن»: a country right before «أن» is the verb's object
    if kind != "person" and w in _INSTITUTION_ADJECTIVES:
        return True
    if kind == "organization" and an.words[k - 1].startswith("ال") and (w in lexicon.happening_nouns() or masdar_shaped(w)) \
            and k + 1 < len(an.words) and an.words[k + 1].startswith("ال"):
        return False      # «أعلنت الشركة … لتوزيع الكهرباء عودة التيار»: what the body announced
    if kind == "person" and close != "" and (an.is_verb(k) or an.is_common_word(k)) and w in name_lexicon.given_names() \
            and w not in lexicon.report_verbs():
        return True       # «وزيرة الطرق الإيرانية فرزانه صادق إن»: a name before «إن», not the adjective «صادق»
    if w in lexicon.stop_words() or w in lexicon.prepositions() or w in lexicon.function_words() or w in NEVER_NAME_WORDS \
            or an.is_time(k) or an.is_verb(k) or an.is_common_word(k) or an.is_report_noun(k) \
            or w in lexicon.document_nouns() or w in lexicon.report_verbs():
        return False
    office = w in lexicon.title_heads() or (w.startswith("ال") and w[2:] in lexicon.title_heads())
    if kind != "person":
        return not office     # «الهيئة المهندس يوسف العمادي»: a person after the body
    # a second office in apposition («… محمد أحمد المتحدث باسم …») is no name word; an office's
    # word with no article as the last before «إن» is a family name («محمد أحمد أمير إن»)
    if w.startswith("ال"):
        # after a whole name a definite word is the verb's object («حسين العلواني الخطة»), but
        # for a family name shaped as one («… الغزواني»)
        return not office and (not complete or family_shaped(w))
    return close != "" or not office


def _at_place(word: str) -> bool:
    """«بمحافظة»، «بمديرية»: «بـ» on a noun of a place or a body, where a source works."""
    return word[:1] == "ب" and (word[1:] in lexicon.place_nouns() or word[1:] in lexicon.org_heads())


_OUR_REPORTERS = lexicon.forms("مراسلنا مراسلتنا مندوبنا")     # «وأفاد مصدر محلي في عزون مراسلنا بأن»: the one told


def frame_end(an: Analysis, ph: Phrase) -> int | None:
    """Where `ph`'s frame closes when the words between its end and the close could all end its
    name, else None (nothing to take on, or a word that cannot)."""
    if ph.entry is not None or ph.j >= len(an.words) or closes_frame(an, ph.j):
        return None
    if has_phrase_break(an.doc.gap(ph.j)):
        return None
    if not speech_before(an, ph.i):
        return None       # «تلا بول مرقص المقررات الرسمية، …»: other verbs' subjects have objects
    # only a source is described at length: «شهود عيان من ساكنة الفنيدق» are the witnesses
    most = _MOST_DESCRIBED if ph.kind == "anonymous" and an.words[ph.i] in _SOURCES else _MOST
    for e in range(ph.j, min(len(an.words), ph.j + most)):
        if ph.kind == "organization" and an.words[e] == "في":
            n = _place_to_close(an, e + 1)
            return e + 1 + n if n else None
        close = closes_frame(an, e + 1)
        # after a whole name, or one word no lexicon gives as a name («إعلام الرئاسة»: a body
        # in construct, name_whole.py), a definite word is no name's but a family name's
        complete = ph.name is not None and (e - ph.name[0] >= 2 or not known_first_word(an.words[ph.name[0]]))
        media = an.words[e][:1] == "ل" and e in an.gaz_at and (m := an.gaz_at[e].of_kind("actor")) is not None and m.type == "media"     # «رولا أمين لفرانس برس إن»: the agency spoken to
        if an.words[e] in _OUR_REPORTERS:
            return e if e > ph.j else None
        if media or not _can_end_name(an, e, ph.kind, close, ph.i, complete) or guest_of_host(an, e) \
                or (ph.kind == "organization" and an.words[e] in STANCES) \
                or (an.words[e][:1] in "وف" and an.words[e][1:] in lexicon.stop_words()):     # «المعارض،»، «وهو يحتضن …»
            return None
        if close:
            return e + 1
    return None


def _described_to_anonymity(an: Analysis, k: int) -> int | None:
    """«ممثل عن سائقي الشاحنات العاملين في المرفأ، فضّل عدم ذكر اسمه،»: an unnamed person's
    description runs to the comma before the aside that withholds the name; where it ends, or None."""
    words = an.words
    for e in range(k, min(len(words), k + 6)):
        w = words[e]
        if e > k and withholds_name(an, e) and not any(has_phrase_break(an.doc.gap(x)) for x in range(k, e + 1)):
            return e      # «مسؤول محلي في معتمدية العامرة طلب عدم نشر اسمه»: the aside with no comma before it
        if not (w.isalpha() or w.isdigit()) or an.is_verb(e) or (an.is_time(e) and not w.isdigit() and w not in _PLACE_ADJECTIVES) or w in lexicon.complementisers() or w in _PRESENT_AT \
                or w in lexicon.report_verbs() or an.is_outlet(e) or addressee(w) or (e > k and has_phrase_break(an.doc.gap(e)) and not _route_dash(an, e)) \
                or (w[:1] == "ل" and e in an.gaz_at and an.gaz_at[e].of_kind("actor") is not None):     # («… ليبي لفرانس برس»: the agency told)
            return None
        if e + 1 < len(words) and has_phrase_break(an.doc.gap(e + 1)) and not _route_dash(an, e + 1):
            # the aside runs to the next break («، فضّل عدم الكشف عن اسمه،»: five words; not «– دنقلا، طلب …»)
            aside = range(e + 1, next((x for x in range(e + 2, min(len(words), e + 7)) if has_phrase_break(an.doc.gap(x))), min(len(words), e + 7)))
            return e + 1 if any(words[x] in lexicon.anonymity_words() for x in aside) else None
    return None


# «مستشفى ابن خلدون العام»، «مستشفى شونده الأول»: a place's adjectives, no time words there
_PLACE_ADJECTIVES = frozenset(("العام", "الاول"))

# «دبلوماسي من إحدى الدول المنتجة للنفط حضر الجلسة،»: a relative clause with no «الذي», what he did
_PRESENT_AT = lexicon.forms("حضر حضرت شارك شاركت رافق رافقت")


def _route_dash(an: Analysis, k: int) -> bool:
    """«طريق حلفا – دنقلا»: a dash between two places, a route, no break."""
    return an.doc.gap(k).strip() in ("–", "-", "—") and (k in an.gaz_at or (k - 1) in an.gaz_at)


def _anonymity_after(an: Analysis, k: int) -> bool:
    """Whether the part at k, set off by a comma, withholds the name («طلب عدم ذكر اسمه»)."""
    end = next((x for x in range(k + 1, min(len(an.words), k + 6)) if has_phrase_break(an.doc.gap(x))), min(len(an.words), k + 6))
    return any(an.words[x] in lexicon.anonymity_words() for x in range(k, end))


def _description_goes_on(an: Analysis, k: int, e: int) -> bool:
    """Whether tokens [k, e) go on with an unnamed source's description («… شريف التعليمي في مينغورا»،
    «المدعى عليها»), not a body's acronym («أوتشا»، «(صونادير)») or the outlet told («وكالة فرانس برس»)."""
    if any("(" in an.doc.gap(x) or any(ch in QUOTE_MARKS for ch in an.doc.gap(x)) for x in range(k, e)) \
            or any(an.words[x] in lexicon.media_nouns() or an.words[x] == "ل" for x in range(k, e)):
        return False      # («مسؤولون في شركات تكرير هندية لـ"الشرق"»: the one told)
    if an.words[k] == "في" and k + 1 < e and an.words[k + 1] in _RESIDENCE:
        return False      # «ولي أمر طالب في حي الزيتون»، «صاحب مخبزة في الحي»: where he lives, no description
    return e - k > 1 or an.words[k] in lexicon.stop_words() or an.words[k] in _PLACE_ADJECTIVES or an.words[k] == "المركزي"     # «مستشفى شونده الأول»


def _place_to_close(an: Analysis, k: int) -> int:
    """How many words at k, up to the frame's close, name a place the gazetteer holds or the
    article writes elsewhere as one: «دائرة المياه … البلدية في بورتو أليغري،» with «العاصمة
    بورتو أليغري» (where the body is, its name's last words); 0 when they do not."""
    for n in (1, 2, 3):
        if k + n > len(an.words) or any(has_phrase_break(an.doc.gap(x)) for x in range(k + 1, k + n)):
            return 0
        if closes_frame(an, k + n) and (any(m.i == k and m.j == k + n for m in an.gaz_at.values())
                                        or written_as_place(an.words, an.doc.gap, k, n)):
            return n
    return 0


def speech_opens_before(an: Analysis, k: int, reach: int = 10) -> bool:
    """Whether a reporting verb opens the clause token k is in, within `reach` words and no
    break: «اعتبر أمين سر دولة حاضرة الفاتيكان الكاردينال …»."""
    for x in range(k, max(0, k - reach), -1):
        if speech_before(an, x):
            return True
        if has_phrase_break(an.doc.gap(x)) or an.is_verb(x - 1) and not speech_before(an, x):
            return False
    return False


def speech_before(an: Analysis, k: int) -> bool:
    """Whether token k opens the subject of speech: a reporting verb right before it («وذكرت»،
    «تقول»، «أكدت») or the «عن» of a relayed word («نقلت الوكالة عن …»)."""
    if k < 1:
        return False
    verbs = lexicon.report_verbs()
    for f in strip_conj(an.words[k - 1]):
        if f == "عن" or f in verbs or (f.endswith("ت") and f[:-1] in verbs) \
                or (f[:1] in ("ت", "ي") and "ي" + f[1:] in verbs):
            return True
    return False


def hamza_initial(an: Analysis, k: int) -> bool:
    """Whether token k is written with a hamza on its first alif before «ل» («أليسون»، «إلفيرا»،
    «ألم»): the normal form reads «ال» there, as if the article, and it is not."""
    return an.written(k).startswith(("أل", "إل"))


def _foreign_given_name(an: Analysis, k: int) -> bool:
    """A hamza-initial word no lexicon knows, right before a name: its given name («رئيسة البنك
    إلفيرا نابيولينا»، «المتحدثة باسم الحلف أليسون هارت»), not a word of the title."""
    w = an.words[k]
    bare = w[2:]
    return hamza_initial(an, k) and len(w) >= 3 and k not in an.gaz_at and not an.is_verb(k) \
        and w not in lexicon.stop_words() and w not in lexicon.function_words() \
        and not any(x in lex for x in (w, bare) for lex in (
            lexicon.title_heads(), lexicon.org_heads(), lexicon.descriptor_heads(), lexicon.place_nouns(),
            lexicon.title_modifiers(), lexicon.time_words(), lexicon.number_words()))


def with_given_name(an: Analysis, ph: Phrase) -> Phrase:
    """`ph` with a hamza-initial given name its title took back in its name; or a definite given name
    before «ولد/منت», which never open a name («عمدة بلدية تيشيت، الطالب ولد امبارك»: Taleb)."""
    if ph.name is not None and ph.title and ph.title[-1] <= ph.name[0] - 1 and an.words[ph.name[0]] in ("ولد", "منت"):
        k = ph.name[0] - 1      # in the title, or left between it and the name set off by a comma
        w = an.words[k]
        if w.startswith("ال") and w.isalpha() and not in_lex(w, lexicon.title_heads()) and w not in lexicon.stop_words() \
                and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k) + an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(k + 1)):
            return replace(ph, title=[x for x in ph.title if x != k], name=(k, ph.name[1]))
    if ph.name is None or not ph.title or ph.title[-1] != ph.name[0] - 1 or len(ph.title) < 2 \
            or not _foreign_given_name(an, ph.name[0] - 1):
        return ph
    k = ph.name[0] - 1
    if written_as_place(an.words, an.doc.gap, k, 1) or written_as_place(an.words, an.doc.gap, k - 1, 2):
        return ph      # «عمدة بورتو أليغري سيباستياو ميلو» with «في بورتو أليغري»: the city governed
    if any(ch in QUOTE_MARKS for ch in an.doc.gap(k) + an.doc.gap(k + 1)):
        return ph      # «للتحالف الدولي … "أليف" فاليري فريلان»: a body's quoted short name (ALIPH)
    return replace(ph, title=list(ph.title[:-1]), name=(k, ph.name[1]))


def to_frame_end(an: Analysis, ph: Phrase | None) -> Phrase | None:
    """`ph` with its name (a person's) or its words (a body's, a source's) run to the frame's end."""
    if ph is None:
        return None
    if ph.name is not None and ph.name[0] > ph.i and withholds_name(an, ph.name[0]):
        # «مهندس في مجموعة الصين لعلوم وتكنولوجيا الفضاء الجوي، فضّل عدم ذكر اسمه،»: the aside is no name
        return Phrase(ph.i, ph.name[0], list(range(ph.i, ph.name[0])), None, None, "anonymous")
    ph = with_given_name(an, ph)
    if ph.name == (ph.i, ph.i + 1) and not ph.title and an.words[ph.i] in ("مالك", "مالكه", "صاحب", "صاحبه") \
            and (owned := _described_to_anonymity(an, ph.i + 1)):
        return Phrase(ph.i, owned, list(range(ph.i, owned)), None, None, "anonymous")     # «مالك مجمع طبي لطب الأسنان في جدة، فضّل عدم ذكر اسمه،»: an owner, unnamed
    if ph.name is not None and ph.title and ph.name[1] == ph.j and ph.j < len(an.words) and "،" in an.doc.gap(ph.j) \
            and (an.words[ph.title[0]] in lexicon.descriptor_heads() or unnamed_person(an.words[ph.title[0]])) and _anonymity_after(an, ph.j):
        # «وقال مسؤول في اللجنة الشعبية لمدينة دا نانغ، طلب عدم ذكر اسمه،»، «متطوع في غرفة طوارئ قريضة، …»: unnamed, so «نانغ» is no name
        return replace(ph, title=list(range(ph.i, ph.j)), name=None, kind="anonymous")
    if ph.kind == "anonymous" and len(ph.title) == 1 and an.words[ph.i] in _THE_SOURCE and ph.j + 1 < len(an.words) \
            and known_first_word(an.words[ph.j]) and not has_phrase_break(an.doc.gap(ph.j)):
        e = frame_end(an, replace(ph, name=(ph.j, ph.j + 1), j=ph.j + 1, kind="person"))
        if e is not None:      # «ويرى المصدّر نبيل الزيتوني، …»: an exporter named, no source
            return replace(ph, name=(ph.j, e), j=e, kind="person")
    if ph.kind in ("person", "anonymous") and ph.name is None and ph.title and ph.title[-1] == ph.j - 1:
        e = _described_to_anonymity(an, ph.j)      # («مسؤول في مستشفى سيدو شريف التعليمي في مينغورا، طلب عدم نشر اسمه،»)
        if e and ph.kind == "anonymous" and not _description_goes_on(an, ph.j, e):
            e = None
        if e or ph.kind == "person":
            return replace(ph, j=e, title=list(ph.title) + list(range(ph.j, e))) if e else ph
    e = frame_end(an, ph)
    if e is None:
        return ph
    if ph.name is not None:
        if ph.name[1] != ph.j:
            return ph     # the title follows the name («X، وزير …»): the frame is the title's
        return replace(ph, j=e, name=(ph.name[0], e))
    if ph.kind in ("organization", "anonymous") and ph.title and ph.title[-1] == ph.j - 1 \
            and not (an.words[ph.j].startswith("ال") and name_lexicon.masdar_shaped(an.words[ph.j][2:]) and ph.j not in an.gaz_at) \
            and not (ph.kind == "organization" and an.words[ph.j - 1].startswith("ال") and masdar_shaped(an.words[ph.j]) and ph.j not in an.gaz_at) \
            and not (ph.kind == "anonymous" and an.words[ph.j - 1].startswith("ال") and _fuul(an.words[ph.j]) and ph.j not in an.gaz_at):
        # (not «… بونتلاند التأكيد على», nor «مصدر طبي في مستشفى بيحان العام وصول جثتي الطفلين», nor «… للسكك الحديدية تعزيز رحلات»: the verb's object)
        return replace(ph, j=e, title=list(ph.title) + list(range(ph.j, e)))
    return ph


def _fuul(word: str) -> bool:
    """«وصول»، «سقوط»، «دخول»: a verbal noun فعول (no given name the lists know is so shaped)."""
    return len(word) == 4 and word[2] == "و" and word.isalpha() and not known_first_word(word)
