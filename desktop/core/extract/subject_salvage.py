"""Salvage: a reporting verb's written subject that the name checks refused, read again.

When the subject written after (or before) a reporting verb is refused as a whole (book.for_phrase
gives nothing), the quotation would fall back to the previous speaker, which is wrong whenever the
clause does name its own speaker. News writing gives that speaker in a few fixed shapes that a
first reading runs together; each is read again here, and each reading goes back through the same
final checks (book.for_phrase: no fragment, no common word) before it counts:

* a title whose complement swallowed the start of the holder's name, or cut it: «المختص بشؤون
  الطاقة حمزة …»، «مدير شركة المياه لوهران "سيور" عبد القادر بن عودة» (a «لـ» in the title read as
  a field of office). The name opens at the first given name the lexicons know after the title's
  first word; the words before it are the title (`restart_at_given_name`);
* a title read alone where the frame goes on to the holder's name: «وقالت مندوبة الحكومة في سبتة
  كريستينا بيريث، …، إن»، «عن مديرة قسم العودة في مصلحة الهجرة كارين لارسون قولها» (a «في» in the
  title ended the first reading). The name must run to the frame's close (name_frame.py), so a
  title that refers back («وأوضح الوالي أن») stays as read (`named_at_frame_end`);
* a person set off by a relative clause before the verb: «المزارع صالح مبخوت، الذي يزرع …، قال»،
  «أبو علي، الذي عاد …، قال»; or the verb inside the relative clause itself: «… خطيب الهبيل، الذي
  شدد على "…"». The antecedent of «الذي/التي» is the speaker (`antecedent_of_relative`)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import (
    NAME_CONNECTORS, QUOTE_MARKS, RELATIVES, Analysis, Phrase, has_break, has_phrase_break, in_lex, strip_conj,
)
from desktop.core.extract.appositions import name_in_apposition, subject_before
from desktop.core.extract.called_aside import name_called_in_aside
from desktop.core.extract.book_refs import ALONG_WITH
from desktop.core.extract.comma_asides import inside_he_aside
from desktop.core.extract.gaps import initials_bracket, inside_quotation
from desktop.core.extract.name_end import known_surname
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.amma_topic import aside_closing_on_name, described_to, name_closing
from desktop.core.extract.phrase_parts import addressee, number_word, quoted_name
from desktop.core.extract.source_site import TOWN_NOUNS
from desktop.core.extract.name_frame import closes_frame, speech_opens_before

# A title and its complement run to a dozen words at most before the holder's name.
_TITLE_SPAN = 12
# («المتهم الأول حسام الدين فوزي»: an ordinal after a role is no «أمس الأول»)
_OFFICE_ADJECTIVES = frozenset(arabic.normalize(w) for w in ("العام", "العامة", "الأول", "الأولى", "الثاني", "الثانية"))


def _region_end(an: Analysis, s: int, j: int) -> int:
    """Where the subject after a verb at s-1 ends: a comma or colon (quote marks around a name in
    the title do not end it), the complement «أن/إن», or `_TITLE_SPAN` words on."""
    e = s
    while e < min(j, s + _TITLE_SPAN):
        if e > s and has_phrase_break(an.doc.gap(e)):
            break
        if an.words[e] in lexicon.complementisers():
            break
        e += 1
    return e


# First halves of compound given names (Mauritania): «سيد أحمد ولد بوبكر»، «سيدي محمد ولد الطالب»
_NAME_OPENERS = frozenset(("سيد", "سيدي"))


def restart_at_given_name(an: Analysis, s: int, j: int, *, first_only: bool = True) -> tuple[Phrase, str] | None:
    """The subject after a verb (tokens from s) read as a title and then a name of two words or more opening on a known given name: «الباحثة
    في مركز … لدراسات الطاقة ليلى مرعي». None when no given name opens a name there, or the words before it hold a verb (a clause, no
    title). `first_only`: only the first given name is tried."""
    words = an.words
    e = _region_end(an, s, j)
    for g in range(s + 1, e):
        w = words[g]
        if not known_first_word(w) or (w.startswith("ال") and w not in name_lexicon.article_given_names()) or words[g - 1] in NAME_CONNECTORS:
            continue
        # «الكاتب العام المكلف …»: «العام» after an office is its adjective, not a time
        if any(an.is_verb(x) or (an.is_time(x) and words[x] not in _OFFICE_ADJECTIVES) for x in range(s, g)) or words[s] in lexicon.prepositions():
            return None
        ph = parse_phrase(an, g, e)
        if ph is None or ph.title or ph.name is None or ph.name[0] != g or ph.name[1] - g < 2:
            if first_only:
                return None
            continue      # «المشرف على لجنة …»: «على» read as «علي»; a given name may come later
        if _unknown_given_name(an, g - 1, s) or (g - 1 > s and words[g - 1] in _NAME_OPENERS and not has_phrase_break(an.doc.gap(g))):
            g -= 1        # «… لمناهضة العنف ضد المرأة شيلان أحمد رسول»: a given name no list holds; «سيد أحمد»
        return Phrase(s, ph.j, list(range(s, g)), (g, ph.name[1]), None, "person"), an.doc.text(s, g)
    return None


def _unknown_given_name(an: Analysis, x: int, s: int) -> bool:
    """Whether token x, right before a known given name and right after a definite word that ends
    a title («ضد المرأة شيلان أحمد رسول»), is a given name the lexicons do not hold: a definite
    noun takes no indefinite adjective, and a place or a body there would be known or definite."""
    words = an.words
    if x <= s or has_phrase_break(an.doc.gap(x)) or has_phrase_break(an.doc.gap(x + 1)):
        return False
    w, before = words[x], words[x - 1]
    return (before.startswith("ال") and w.isalpha() and len(w) >= 3 and not w.startswith("ال")
            and w[:1] not in "وبلف" and x not in an.gaz_at and (x - 1) not in an.gaz_at
            and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and w not in lexicon.title_heads() and w not in lexicon.org_heads() and w not in lexicon.title_modifiers()
            and not an.is_verb(x) and not an.is_time(x) and not an.is_common_word(x)
            and not any(ch in QUOTE_MARKS for ch in an.doc.gap(x)))


def named_at_frame_end(an: Analysis, ph: Phrase | None) -> tuple[Phrase, str] | None:
    """A title read alone as a reporting verb's subject (or read as a name that opens on no given name: «المكلف بقطاع الزياتين»), read again
    as the title and the name at the end of its frame; None when `ph` is no such reading or no name closes the frame."""
    if ph is None or ph.kind != "person" or ph.entry is not None or not speech_opens_before(an, ph.i):
        return None
    if ph.name is not None and not _title_like(an, ph):
        return None
    if ph.name is not None and ph.j < len(an.words) and an.words[ph.j] in lexicon.prepositions() \
            and not any(an.words[x].startswith("ال") for x in range(*ph.name)) and not an.words[ph.name[0]].startswith("و"):
        return None       # «المتحدث باسمها لين جيان في مؤتمر صحفي دوري إن»: where he spoke, after his name
    if ph.name is None and ph.j < len(an.words) and an.words[ph.j] == "عن" and ph.i > 0 and any(v in _DISCLOSED for v in strip_conj(an.words[ph.i - 1])):
        return None       # «وكشف الوزير عن حملة تطعيم فموي "…"»: what he disclosed, no name
    if ph.name is None and ph.j < len(an.words) and name_lexicon.masdar_shaped(an.words[ph.j]) and not an.words[ph.j].startswith("ال") \
            and an.words[ph.j] not in name_lexicon.given_names():
        return None       # «وأعلن الرئيس تشكيل لجنة طوارئ ولائية، مضيفاً»: what he announced, no name at its end
    got = restart_at_given_name(an, ph.i, len(an.words), first_only=False) or _bare_name_at_close(an, ph)
    if got is None or got[0].name is None or got[0].name[0] < ph.j or not closes_frame(an, got[0].j):
        return None
    if any(_adverb(an, x) or (an.words[x].isdigit() and an.words[x + 1] in lexicon.number_words())
           or (an.words[x] == "في" and (an.is_report_noun(x + 1) or an.words[x + 1] in _WHERE_SPOKEN))
           for x in range(ph.j, got[0].name[0])):    # («… وينا جورج في مؤتمر صحفي»: where she spoke)
        # «وقال بيسكوف رداً على سؤال حول … قمة روسية أمريكية:»: a clause, no title; so is a number
        # quantity («أعلن وزير الداخلية … برونو روتايو نشر 80 ألف شرطي ودركي»: what he deployed;
        # not a year in a title: «الأمين العام لرابطة إكسبو 2025 هيرويوكي إيشيغي»)
        return None
    return got


_WHERE_SPOKEN = lexicon.forms("مؤتمر لقاء اجتماع ندوة")
_DISCLOSED = lexicon.forms("كشف كشفت أعلن أعلنت أعرب أعربت")


def _adverb(an: Analysis, k: int) -> bool:
    """«رداً»، «مجدداً»: an adverb opens a clause; no title holds one."""
    return "\u064b" in an.doc.tokens[k].text or an.words[k] in lexicon.common_words()


def _title_like(an: Analysis, ph: Phrase) -> bool:
    """Whether a name reading may be a description: no given name opens it, and it follows a title or opens with the article («المكلف بقطاع
    الزياتين»، «… لشؤون مديريات الوادي»، «أمين سر دولة حاضرة …»); «إعلام الرئاسة» and «بيسكوف» stay names."""
    n_i, n_j = ph.name
    words = an.words[n_i:n_j]
    return not known_first_word(words[0]) and (bool(ph.title) or words[0].startswith("ال")) and (bool(ph.title) or any(w.startswith("ال") for w in words))


# At most this many words of a title run before the holder's name in one frame.
_FRAME_TITLE = 14


_TOLD = lexicon.forms("للصحفيين للصحافيين للمراسلين لمراسل للإعلاميين")      # the people spoken to, never in a title


def _bare_name_at_close(an: Analysis, ph: Phrase) -> tuple[Phrase, str] | None:
    """«مندوبة الحكومة في سبتة كريستينا بيريث،»: two or three words no lexicon knows, none
    definite, right before the frame closes and after a word that is no preposition (a place, a
    body, an office), are a name the lexicons do not hold: a foreign one, most often. Of three
    such words after «في», the first is the preposition's place."""
    words = an.words
    close = _close_after_title(an, ph.j, min(len(words), ph.i + _FRAME_TITLE) + 1)
    if close is None:
        return None
    start = close
    # a word set in quote marks is a body's name in the title («شركة «سوكار»»), not the person's
    while start > ph.j and close - start < 3 and _bare_word(an, start - 1) and not (start < close and any(ch in QUOTE_MARKS for ch in an.doc.gap(start))):
        start -= 1
    if start > ph.j and words[start - 1] in lexicon.prepositions() and close - start == 3:
        start += 1     # «في سبتة كريستينا بيريث»: the first word after «في» is the place
    if close - start < 2 or start <= ph.j or words[start - 1] in lexicon.prepositions() or words[start - 1] in lexicon.stop_words() \
            or addressee(words[start - 1]) or any(words[x] in _TOLD for x in range(ph.j, start)) \
            or any(has_phrase_break(an.doc.gap(x)) or an.is_verb(x) for x in range(ph.j, close)) \
            or any(number_word(words[x]) for x in range(start, close)) \
            or (name_lexicon.masdar_shaped(words[ph.j]) and not in_lex(words[ph.i], lexicon.title_heads(), clitics=True)):
        return None       # «تعويض قدره 320 مليون دينار،»: a sum; «وتتوقع المنظمات ارتفاع …»: the object; «… للصحفيين في موقع الانهيار بحي تشاتوتشاك»: where
    return Phrase(ph.i, close, list(range(ph.i, start)), (start, close), None, "person"), an.doc.text(ph.i, start)


def _close_after_title(an: Analysis, a: int, b: int) -> int | None:
    """Where the frame closes in tokens [a, b): a quote mark closes it, but for a name of one to three
    words set in quote marks inside the title («رئيس شركة «سوكار» رووشن نجف،»)."""
    c = a
    while c < b:
        if any(ch in QUOTE_MARKS for ch in an.doc.gap(c)) and not has_phrase_break(an.doc.gap(c)):
            end = next((e for e in range(c + 1, min(b, c + 4))
                        if any(ch in QUOTE_MARKS for ch in an.doc.gap(e)) or has_phrase_break(an.doc.gap(e))), None)
            if end is not None and not has_phrase_break(an.doc.gap(end)):
                c = end + 1       # the quoted name and its closing mark, inside the title
                continue
            return c
        if closes_frame(an, c, quotes=False):
            return c
        c += 1
    return None


# A stretch of time and its units: «… من تأشيرة الدخول لمدة عام،» ends a clause, names no one
_DURATIONS = frozenset(arabic.normalize(w) for w in (
    "مدة", "فترة", "طيلة", "طوال", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "شهر", "شهرين", "أشهر",
    "أسبوع", "أسبوعين", "أسابيع", "يوما", "يومين", "أيام", "ساعة", "ساعات"))


def _bare_word(an: Analysis, k: int) -> bool:
    """A word that can only be part of a name here: no article, no lexicon's word, no place."""
    w = an.words[k]
    if not w.isalpha() or len(w) < 3 or w.startswith(("ال", "وال", "بال", "لل")) or w in _DURATIONS \
            or (w[0] in "لب" and (w[1:] in lexicon.title_heads() or w[1:] in lexicon.org_heads() or w[1:] in _DURATIONS)):
        return False
    if k in an.gaz_at or an.is_verb(k) or an.is_time(k) or an.is_common_word(k) or an.is_report_noun(k):
        return False
    if len(w) >= 5 and an.written(k).endswith(("ها", "هم", "هما")):
        return False      # «داخل أراضي بلادها»: a noun with a pronoun is no name's word
    return not (w in lexicon.stop_words() or w in lexicon.prepositions() or w in lexicon.title_heads()
                or w in lexicon.org_heads() or w in lexicon.descriptor_heads() or w in lexicon.document_nouns()
                or w in lexicon.addressees() or w in lexicon.media_nouns() or w in lexicon.label_nouns())


def _clause_start(an: Analysis, i: int, r: int) -> int:
    """The first token of the clause that ends at r: after the last break before r, or at i."""
    x = r - 1
    while x > i and not has_break(an.doc.gap(x)):
        x -= 1
    return x


def antecedent_of_relative(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The one «الذي/التي» refers back to, for a reporting verb at k: «X، الذي …، قال» (the aside
    closed by a comma right before the verb) or «X، الذي شدد على». The antecedent is the phrase that
    ends at the comma before the relative, a person with a name; None otherwise."""
    words = an.words
    if k - 1 >= i and words[k - 1] in RELATIVES:
        r = k - 1
    elif has_break(an.doc.gap(k)):
        r = next((x for x in range(k - 2, i, -1) if words[x] in RELATIVES), None)
        if r is None:
            return None
    else:
        return None
    if r <= i or an.doc.gap(r).strip().removeprefix(")") not in ("،", ","):
        return None
    r = next((x for x in range(r - 1, max(i, r - 5), -1) if "(" in an.doc.gap(x)), r) if ")" in an.doc.gap(r) else r      # «أبيبي تسفاي (19 عاماً)، الذي قال»: his age
    start = _clause_start(an, i, r)
    if start + 1 < r and words[start] in _AMONG_THEM:
        start += 1        # «عدد من الضحايا، بينهم الحاجة خيرة بلعربي، التي قالت»: one among them, named
    if start + 1 < r and an.is_according(start):
        start += 1        # «بحسب المنسقية، التي قالت إن»: the body the report goes by
    origin = next((x for x in range(r - 2, max(start, r - 4), -1) if words[x] == "من" and _place_from(an, x + 1, r)), None)
    r = origin if origin is not None else r      # «الطالبة سهام … من مدينة بيدوا، التي قالت»: where she is from
    found = subject_before(an, start, r)
    ph = found[0] if found is not None else None
    if ph is not None and ph.j == r and ph.kind == "organization" and ph.title and an.words[r] in ("التي", "الذي"):
        return ph, ""
    if ph is None or ph.j != r:
        # «وحضر الدورة عامل الإقليم رشيد الغازي، الذي شدد»: the antecedent is the object of the
        # clause's own verb; it starts after that verb, at the first word that reads to the comma
        verb = next((x for x in range(r - 1, start - 1, -1) if an.is_verb(x)), None)
        # («وفق ما أعلنه أبو عودة، الذي دعا»: the verb and its pronoun open no name)
        ph = next((p for p in (parse_phrase(an, x, r) for x in range(start if verb is None else verb + 1, r)
                               if not lexicon.report_verb_with_pronoun(words[x]))
                   if p is not None and p.j == r and p.name is not None), None)
        if ph is None:
            return None
    if ph.name is None or ph.kind != "person":
        return None
    return ph, ph.title_text(an.doc)


def _place_from(an: Analysis, a: int, b: int) -> bool:
    """Tokens [a, b) name a place: a place noun and its name («مدينة بيدوا»), or a place the gazetteer knows."""
    m = an.gaz_at.get(a)
    return (m is not None and m.j == b and m.of_kind("place") is not None) or (b - a == 2 and an.words[a] in TOWN_NOUNS and not has_break(an.doc.gap(a + 1)))


_AMONG_THEM = frozenset(("بينهم", "بينهن", "منهم", "منهن", "ومنهم", "ومنهن"))


def amma_subject(an: Analysis, k: int, *, named: bool = False) -> tuple[Phrase, str] | None:
    """«أما حليمة آدم، وهي أم لخمسة أطفال …، فقالت إن …»، «أما تشو تاي-يول فشدد على أن …»: the
    topic after «أما» is the subject of the verb with «فـ» that answers it. `named`: only a topic
    read with a name or a body's name of two words or more."""
    if k > 0 and an.words[k - 1] == "فقد":
        k -= 1        # «أما البحار سليم عياشي، صاحب سفينة صيد، فقد اشتكى»
    elif not an.words[k].startswith("ف") or len(an.words[k]) < 4:
        return None
    for x in range(k - 1, max(-1, k - 25), -1):
        if "." in an.doc.gap(x + 1) or "\n" in an.doc.gap(x + 1):
            return None
        if an.words[x] == "اما":
            end = next((y for y in range(x + 2, k) if has_phrase_break(an.doc.gap(y)) and not initials_bracket(an, y)), k)
            if quoted_name(an, x + 1, k) == end:
                return Phrase(x + 1, end, list(range(x + 1, end)), None, None, "organization"), ""   # «أما "ألبينا ريسورسز" فقالت»
            if an.words[x + 1] in lexicon.place_nouns() and (x + 2) in an.gaz_at and an.gaz_at[x + 2].j == end:
                return Phrase(x + 1, end, list(range(x + 1, end)), None, None, "organization"), ""   # «أما محافظة القدس فقالت»: its office
            ph = parse_phrase(an, x + 1, end)
            if ph is not None and ph.title and not ph.name and ph.kind == "person" and ph.j < end:
                # «أما الأمين الولائي لنقابة البحارة المنضوية تحت لواء الاتحاد …، محمد الصغير عياد،
                # فقال»: the topic's title runs to the comma, its holder named after it; «أما الباحث في
                # تاريخ المدن القديمة أحمد ولد الحسن، …»: or named at its end
                named = name_closing(an, ph.j - 1, end)     # (from the word the title stopped at: «الناطق باسم الوزارة صادق الخضور»)
                ph = replace(ph, j=end, title=ph.title + list(range(ph.j, named[0] if named else end)), name=named)
            if ph is not None and ph.kind == "anonymous" and ph.title == [x + 1] and ph.j < end - 1 and known_first_word(an.words[ph.j]):
                ph = Phrase(x + 1, end, [x + 1], (ph.j, end), None, "person")     # «أما المصدّر منير بوعزيز، صاحب …،»: an exporter named
            if ph is not None and ph.name and not ph.title and (an.words[ph.i] in name_lexicon.person_descriptors() or (
                    an.words[ph.i] in name_lexicon.ROLES_IN_A_CASE and ph.name[1] - ph.name[0] <= 2)):     # «المتهم الثاني»
                # «أما المقاول المتهم في القضية، كمال سعيدي، فقال»: what he is, to the comma; his name after
                # it; «أما الفلاح الحاج العيد منصوري، …»: or what he is, then his name
                ph = described_to(an, ph.i, end)
            if ph is not None and ph.kind == "anonymous" and not ph.name and ph.j < end and not any(an.is_verb(y) for y in range(ph.j, end)):
                ph = replace(ph, j=end, title=list(range(ph.i, end)))     # «أما مزارع من بلدة الطرة، فضّل عدم ذكر اسمه، فقال»
            if ph is None or not (ph.name or ph.title) or (ph.j != end and not (     # («أما طالب الدكتوراه وانغ هاو من جامعة قويتشو، فقال»: where he is from)
                    ph.name and an.words[ph.j] == "من" and not any(an.is_verb(y) for y in range(ph.j, end)))):
                return None
            # «أما الأمين العام لحزب العدالة والتنمية، عبد الإله ابن كيران، فقال»: the name set off after the title
            ph = name_in_apposition(an, ph, k) or aside_closing_on_name(an, ph, k) or ph
            # («أما مكتب اليونسكو للمغرب العربي، ومقره الرباط، فقال»: a body's whole name is one too)
            whole_body = ph.kind == "organization" and len(ph.title) > 1 and an.doc.gap(end).strip()[:1] not in ("-", "–", "—")
            return (ph, ph.title_text(an.doc)) if ph.name or not named or whole_body else None
    return None


def described_then_named(an: Analysis, ph: Phrase | None, j: int) -> Phrase | None:
    """«ورفض المتهم الرئيسي، الغيني ممادو صمبا جالو، …»: what a person is («المتهم الرئيسي»، read
    as a name), then the name set off by commas; the two as one phrase, or None. «نفى المتهم الرئيسي،
    وهو مواطن غامبي يدعى لامين باكاري جاتا، …»: or the name the aside says he is called by."""
    if ph is None or ph.title or not ph.name or (an.words[ph.i] not in name_lexicon.person_descriptors()
                                                  and an.words[ph.i] not in name_lexicon.ROLES_IN_A_CASE and an.words[ph.i] not in _RANKED):
        return None
    if ph.j + 2 < j and an.words[ph.j] in ("وهو", "وهي") and has_phrase_break(an.doc.gap(ph.j)):
        return name_called_in_aside(an, ph.j, next((x for x in range(ph.j + 1, j) if has_phrase_break(an.doc.gap(x))), j))
    at = ph.j + 1 if ph.j + 1 < j and "\u064b" in an.doc.tokens[ph.j].text and an.words[ph.j + 1] in ("في", "علي") else ph.j     # «الأولى وطنياً في شعبة …،»
    end = next((x for x in range(at + 1, min(j, at + 8)) if has_phrase_break(an.doc.gap(x)) and an.doc.gap(x).strip().strip('"«»“”')), None) if an.words[at] in ("في", "علي") else None
    end = end if end is not None and an.doc.gap(end).strip().strip('"«»“”') == "،" and not any(an.is_verb(x) for x in range(ph.j, end)) else ph.j     # («قال الناشط في المجتمع المدني بمنطقة ميدون، نور الدين عاشور:»، «وقالت الأولى على المستوى الوطني، الطالبة …،»)
    return name_in_apposition(an, Phrase(ph.i, end, list(range(ph.i, end)), None, None, "person"), j)


_RANKED = lexicon.forms("الأول الأولى الثاني الثانية الثالث الثالثة القيّم القيّمة")    # the top of a list of candidates or winners; the keeper «القيّم على …»
# «اكتفى بالقول» (said no more than): the verb before «بالقول» when the subject comes first
_CONTENTED = frozenset(arabic.normalize(w) for w in ("اكتفى", "اكتفت", "اكتفوا", "يكتفي", "تكتفي"))


def said_by(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«اكتفت لاغارد بالقول إن …»: the name right before «بالقول» is the verb's subject, who said it,
    whatever clause came before it («ردّاً على سؤال حول … حكومة فرانسوا بايرو»)."""
    if an.words[k] != "بالقول" or has_phrase_break(an.doc.gap(k)):
        return None       # («…، بقوله:» closes a clause whose subject came long before)
    # «أما المتهم الرئيسي، وهو بحار …، فقد اكتفى في كلمته الأخيرة بالقول»: the verb a few words back
    # answers «أما», whose topic said it
    verb = next((x for x in range(k - 1, max(i, k - 6) - 1, -1) if any(v in _CONTENTED for v in strip_conj(an.words[x]))), None)
    if verb is not None and not any(has_phrase_break(an.doc.gap(y)) for y in range(verb + 1, k + 1)) and (topic := amma_subject(an, verb)) is not None:
        return topic
    if k > i and verb == k - 1:
        k -= 1            # «أما رجل الأعمال فاكتفى بالقول»: the verb is no name; its subject is before it
    elif k - 1 > i and an.words[k - 1] in _OWN_WORDS:
        k -= 1            # «ويختم سلطان حديثه بالقول»: what he closed, his talk; his name is before it
    for start in range(k - 1, max(i, k - 4) - 1, -1):
        if an.words[start] in lexicon.prepositions() or (start > 0 and an.words[start - 1] in lexicon.prepositions()):
            continue      # «ورد وهبي على منتقديه بالقول»: a preposition's noun is no subject; the name before it is
        end = next((x for x in range(start + 1, k) if an.words[x] in lexicon.prepositions()), k)
        ph = parse_phrase(an, start, end)
        if ph is not None and ph.name is not None and ph.j == end and ph.kind == "person":
            return ph, ph.title_text(an.doc)
    return None


_POSSESSIVE = ("هما", "هم", "ها", "ه")
# «حديثه»، «كلمتها»: his or her own talk, which a verb closes «بالقول»
_OWN_WORDS = frozenset(arabic.normalize(base + p) for base in ("حديث", "كلمت", "كلام", "تصريح") for p in ("ه", "ها"))


def _masculine_title(an: Analysis, ph: Phrase) -> bool:
    """A person named after a title whose head is masculine («نظيرها الأوكراني»، «الوزير»): the
    head, less any possessive pronoun, does not end in «ة»."""
    if ph.kind != "person" or not ph.name or not ph.title:
        return False
    head = an.written(ph.title[0])
    for ending in _POSSESSIVE:
        if head.endswith(ending) and len(head) - len(ending) >= 3:
            head = head[:-len(ending)]
            break
    return not head.endswith(("ة", "ت"))


def agreeing_subject(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The subject a cue at k hangs on (`said_by`, else the last phrase before it); a feminine
    participle («معربة») agrees with a woman, so in «أما المفوضة … موسكالكوفا فذكرت أنها سلّمت
    نظيرها الأوكراني دميترو لوبينيتس قائمة …، معربة عن أملها» the man named last is her verb's
    object, and the subject is the phrase before him."""
    # «أما ممثل المديرية الجهوية للجمارك …، فطالب بغرامة جمركية …، مؤكداً أن»: the topic of «أما» goes on
    answered = next((x for x in range(i, k) if an.words[x][:1] == "ف" and len(an.words[x]) >= 4 and an.is_verb(x)), None) if an.is_participle(k) else None
    topic = amma_subject(an, answered, named=True) if answered is not None else None
    if topic is not None:
        return topic
    found = said_by(an, i, k) or _according_before(an, i, k) or subject_before(an, i, k) or _surname_before(an, i, k)
    if found is not None and an.is_participle(k) and not an.written(k).endswith("ة") and found[0].kind == "organization" \
            and not found[0].name and an.written(found[0].title[0]).endswith("ة") and found[0].i > i:
        # «قال رئيس بلدية لوبوك مارك مكبراير إن "…"، ضمن حملة أطلقت عليها البلدية اسم "…"، مشيراً إلى أن»:
        # a masculine participle goes on with the man named before the feminine body
        earlier = subject_before(an, i, found[0].i)      # (else the speaker before, who goes on)
        return earlier if earlier is not None and earlier[0].kind == "person" and earlier[0].name else None
    if found is None or not an.is_participle(k) or not an.written(k).endswith("ة") or not _masculine_title(an, found[0]):
        return found
    earlier = subject_before(an, i, found[0].i)
    return earlier if earlier is not None and not _masculine_title(an, earlier[0]) else None


def _surname_before(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«قبل أن يتدخل الصفدي قائلاً»: a family name the article wrote in full, right before the
    participle, is the subject of the verb before it, whatever that verb is."""
    if k - 1 <= i or has_phrase_break(an.doc.gap(k)) or not known_surname(an, k - 1, k):
        return None
    ph = parse_phrase(an, k - 1, k)
    return (ph, "") if ph is not None and ph.name == (k - 1, k) else None


def _according_before(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«…، وفق ما أكده مصدر من الولاية لموزاييك، مضيفاً أن»: the part right before the participle at k
    opens with «وفق/بحسب ما» and a verb of speech; its subject goes on speaking."""
    start = next((x for x in range(k - 1, i, -1) if has_phrase_break(an.doc.gap(x))), None)
    if start is None or start + 3 >= k or not an.is_according(start) or an.words[start + 1] != "ما" \
            or not (an.is_verb(start + 2) or lexicon.report_verb_with_pronoun(an.words[start + 2])):
        return None
    ph = parse_phrase(an, start + 3, k)
    return (ph, ph.title_text(an.doc) if ph.name else "") if ph is not None and (ph.title or ph.name) else None



def agreeing_before(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """`subject_before` for the verb of speech at k, unless the verb is feminine and the subject a
    man by his title: «وكانت النيابة العامة قد أحالت …، بعد أن أمر النائب العام المستشار محمد
    شوقي …، وذكرت في بيان» is the prosecution's statement, not his."""
    found = _among_them(an, i, k) or subject_before(an, i, k)
    if found is not None and found[0].i > 0 and an.words[found[0].i - 1].isdigit():
        return None       # «إيقاف ملفات 36 شركة أخرى …، وأكدت»: a counted noun, the object; the verb before it has the subject
    if found is not None and (inside_quotation(an, found[0].i) or _about(an, i, found[0].i) or inside_he_aside(an, i, found[0].i)
                              or any(an.words[x] in ALONG_WITH for x in range(max(i, found[0].i - 8), found[0].i))
                              or (an.words[found[0].i - 1] == "برءاسه" and an.written(k).endswith("ت"))):     # «لجنة … برئاسة الوالي …، وقالت»: the government's     # («… رفقة المدير العام … العقيد بوعلام بوغلاف، …، حيث أكد»)
        return None       # «صفحة "توجيهي فلسطين" على "فيسبوك"، وقال»: a word of a quoted name opens no subject; «وعن السودان، قالت»: the topic
    if found is not None and found[0].kind == "organization" and (_genitive(an, found[0].i) or (
            found[0].entry is not None and an.written(found[0].i)[:1] == "ل" and an.words[found[0].i][:1] == "ل")):
        return None       # «… بين ناشئي نادي نواذيبو …، وقال»: the club the juniors are of; «رفعت التصنيف الائتماني لسلطنة عُمان …، وقالت»: whose
    verb = an.written(k)
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if found is not None and verb.endswith("ت") and len(verb) >= 4 and _masculine_title(an, found[0]) \
            and any(an.words[x] in ("كانت", "وكانت") for x in range(i, found[0].i)):
        return None       # (a feminine «كانت» subject before; «انتقدت عضو مجلس النواب مها …» keeps her)
    return found


_AMONG, _THESE = lexicon.forms("بينهم بينهن منهم منهن ومنهم ومنهن"), lexicon.forms("هؤلاء أولئك")


def _about(an: Analysis, i: int, x: int) -> bool:
    """«وعن السودان، قالت»، «وعن خطة الجهاز للأشهر المقبلة، قال:»: token x inside the topic «عن» opens."""
    at = next((y for y in range(x - 1, max(i, x - 10) - 1, -1) if an.words[y] in ("عن", "وعن")), None)
    return at is not None and not any(has_phrase_break(an.doc.gap(y)) for y in range(at + 1, x + 1))


def _genitive(an: Analysis, x: int) -> bool:
    """Token x right after an indefinite noun in the plural of construct («ناشئي», «لاعبي»): the noun's genitive."""
    w = an.words[x - 1] if x > 0 else ""
    return (len(w) >= 4 and w.isalpha() and w.endswith("ي") and not w.startswith("ال") and not has_phrase_break(an.doc.gap(x))
            and w not in lexicon.stop_words() and w not in lexicon.prepositions() and not an.is_verb(x - 1))


def _among_them(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«تجمع عشرات المتضررين، بينهم حسن سلامة، مزارع من كفر الجبل، قال إن»: one named among a
    group, set off with what he is, then the verb of speech with no subject of its own: he spoke;
    so «ومن بين ضحايا الشبكة سعيد الإدريسي، وهو عامل مغربي …، قال», after the group's nouns."""
    at = next((x for x in range(k - 1, i - 1, -1) if an.words[x] in _AMONG or an.words[x] == "بين" and an.words[x - 1] in ("من", "ومن")), None)
    if at is None or any("." in an.doc.gap(x) or "\n" in an.doc.gap(x) for x in range(at + 1, k + 1)):
        return None
    for start in range(at + 1, min(at + 4, k) if an.words[at] == "بين" else at + 2):     # (the group's nouns are no name)
        ph = parse_phrase(an, start, k) if an.words[at] != "بين" or not an.words[start].startswith("ال") and an.words[start] not in _THESE \
            or known_first_word(an.words[start]) else None
        if ph is not None and ph.kind == "person" and ph.name is not None and not ph.title and ph.name[0] == start \
                and ph.name[1] - ph.name[0] >= 2 and "،" in an.doc.gap(ph.j) and "،" in an.doc.gap(k):
            return ph, ""
    return None


def surname_in_clause(an: Analysis, surname_of: Callable[[str], str | None], i: int, k: int) -> tuple[Phrase, str] | None:
    """«واستُجوب حداد لأكثر من ساعتين، وأصرّ على أن "…"»: a verb of speech with no subject of its own,
    in a sentence whose first clause names a person, by a title and a name right after its verb or by
    the family name the article gave whole (`surname_of`: that person's id, or None): the one the
    sentence is about, not the last speaker."""
    start = i + 1 if i + 1 < k and not has_break(an.doc.gap(i + 1)) else None
    ph = parse_phrase(an, start, k) if start is not None else None
    if ph is not None and ph.kind == "person" and ph.title and ph.name and ph.name[1] - ph.name[0] >= 2 \
            and ph.name[0] == ph.title[-1] + 1 and ph.j < k and "،" in an.doc.gap(ph.j):
        return ph, ph.title_text(an.doc)      # «وتفقد وزير الصحة الدكتور إبراهيم البدور، أمس …، وقال إن»
    for x in range(i + 1, k):
        if has_break(an.doc.gap(x)) and "،" not in an.doc.gap(x) or an.words[x - 1] in lexicon.prepositions():
            continue      # (nor a title's complement: «وزير الصحة» after «وزارة الصحة»)
        if surname_of(an.words[x]) is not None and not an.is_verb(x) and not in_lex(an.words[x - 1], lexicon.title_heads(), clitics=True) \
                and not in_lex(an.words[x - 1], lexicon.org_heads(), clitics=True):     # (nor a body's adjective: «الهيئة العامة»)
            return Phrase(x, x + 1, [], (x, x + 1), None, "person"), ""
    return None
