"""What a title carries before the name it introduces, read by `actors.parse_phrase` beside
phrase_parts.py: a distancing «ما تسمى» inside it («رئيس ما تسمى لجنة شؤون الأسرى …»), the place
where the office is held between the title and the name («مدير المشفى الميداني في دير حافر الدكتور
سامر …»، «رئيس فرع الجمعية … بتطوان محمد الزياني»), a description that names its holder
(«خبير أمن المعلومات أحمد طارق»), and where an unnamed source stands («مصادر من داخل المجلس»، «مصدر من ولاية جهة طنجة تطوان الحسيمة»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import COMPASS, Analysis, Phrase, QUOTE_MARKS, has_phrase_break, in_lex
from desktop.core.extract.name_end import name_ends_before, phrase_ends_at
from desktop.core.extract.name_lookalikes import ends_name_phrase, kane_surname
from desktop.core.extract.office_terms import term_of_office
from desktop.core.extract.name_evidence import known_first_word, shows_a_person
from desktop.core.extract.ali_name import ali
from desktop.core.extract.comma_asides import set_off_given_name
from desktop.core.extract.phrase_parts import SOURCE_HEADS
from desktop.core.extract.phrase_places import construct_to_place, prepositional_place_end
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.people_plurals import people_plural
from desktop.core.extract.prevention_aim import prevention_pronoun
from desktop.core.extract.titles import could_be_given_name

_SO_CALLED = frozenset(arabic.normalize(w) for w in ("تسمى", "يسمى", "تُسمى", "يُسمى", "تعرف", "يعرف", "يطلق", "تطلق"))     # «ما تسمى»: at arm's length

ADDRESS_TITLES = name_lexicon.address_titles()     # titles of address and ranks written right before a name

_PLACE_WORDS = 3      # a place between a title and a name takes at most this many words
_NAME_WORDS = 5


def addressed_given_name(an: Analysis, k: int) -> bool:
    """«العقيد صادق آدم علي»: a given name the lexicons know right after a title of address or a rank,
    though it is a common word too («صادق»: truthful), opens the name; so after a title's definite last
    word, with a family name in «ال» closing the phrase («الناطق باسم الوزارة صادق الخضور لـ…»)."""
    w = an.words
    if set_off_given_name(an, k):
        return True     # «رئيس الاتحاد الوطني …، صادق دزيري، أن …»: a name set off by commas after the title
    if k < 1 or w[k] not in name_lexicon.given_names() or has_phrase_break(an.doc.gap(k)) or w[k - 1] in ADDRESS_TITLES:
        return k > 0 and w[k - 1] in ADDRESS_TITLES and w[k] in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(k))
    return w[k - 1].startswith("ال") and k + 1 < len(w) and w[k + 1].startswith("ال") and w[k + 1].isalpha() \
        and not an.is_common_word(k + 1) and not an.is_time(k + 1) and not has_phrase_break(an.doc.gap(k + 1)) \
        and (k + 2 >= len(w) or has_phrase_break(an.doc.gap(k + 2)) or w[k + 2] in ("ل", "ان", "قوله", "قولها") or w[k + 2].startswith("لل"))     # («… صادق الخضور للأناضول»، «… قوله»)


def address_word(word: str) -> bool:
    """«المهندس»، «الدكتور»، «العميد»: a title of address or a rank written right before a name."""
    return word in ADDRESS_TITLES


def so_called_word(word: str) -> bool:
    """«تسمى» of «ما تسمى»: never a speaker's first word."""
    return word in _SO_CALLED


def so_called(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of «ما تسمى» (and «بـ» after «ما يعرف»: «ما يعرف بلجنة …» keeps «بلجنة») inside a
    title, before the body it names; k when the text is not so."""
    if not ph.title or an.words[k] != "ما" or k + 2 >= j or an.words[k + 1] not in _SO_CALLED \
            or has_phrase_break(an.doc.gap(k + 1)) or has_phrase_break(an.doc.gap(k + 2)):
        return k
    return k + 2


def _name_like(an: Analysis, x: int, *, first: bool, after_quote: bool = False) -> bool:
    """A word that may be a word of a person's name: no function word, office, body, place the
    gazetteer knows, time, verb or common word; the first one not definite (but for given names written with «ال»)."""
    w = an.words[x]
    if not w.isalpha() or len(w) < 2 or (any(ch in QUOTE_MARKS for ch in an.doc.gap(x)) and not after_quote):
        return False
    if ali(an, x, len(an.words)) or (not first and kane_surname(an, x - 1, x)) \
            or (not first and w == "الشيخ" and an.words[x - 1] in ("ولد", "بن", "بنت", "منت")):
        return True       # «علي الشيخ»، «هودان علي فارح»: the name, in an article that writes «على»; «عمر كان،»; «سيدي ولد الشيخ أحمد»
    if first and (w.startswith("ال") and w not in name_lexicon.article_given_names()
                  or not could_be_given_name(an, x) or w[:1] in "لب" or name_lexicon.masdar_shaped(w)):
        return False
    return not (w in lexicon.stop_words() or w in lexicon.prepositions() or (w.startswith(("لل", "بال")) and not name_lexicon.ba_family_name_word(w))
                or in_lex(w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True)
                or x in an.gaz_at or an.is_time(x) or an.is_verb(x) or an.is_common_word(x)
                or an.is_report_noun(x) or an.is_participle(x))


def name_run(an: Analysis, x: int, j: int, *, after_quote: bool = False) -> int | None:
    """The end of a name of two to four words from token x that ends the phrase, or None."""
    end = x
    while end < j and end - x < _NAME_WORDS and _name_like(an, end, first=end == x, after_quote=after_quote and end == x) \
            and (end == x or not has_phrase_break(an.doc.gap(end))):
        end += 1
        if end - x >= 2 and an.words[end - 1] not in ("ولد", "بن", "بنت", "منت") \
                and (phrase_ends_at(an, end) or (end < j and (an.is_common_word(end) or people_plural(an.words[end])))):    # («… بيون ثانيا»، «… سهام حمدان الأهالي»)
            return end
    return None


def place_then_name(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«مدير المشفى الميداني في دير حافر الدكتور سامر العبد الله لـ…»، «رئيس فرع الجمعية المغربية لحقوق الإنسان بتطوان محمد الزياني أن …»: a
    person's title, then where the office is held («في» and one to three words before a title of address; or «بـ» on a place the article or
    the gazetteer knows), then a name of two words or more that ends the phrase. (title end, name end), or None. «في» with no title of
    address after the place is left alone: «في مؤتمر صحفي مشترك» is where the words were said, not a name's prelude."""
    if ph.kind != "person" or not ph.title or ph.name or k >= j or has_phrase_break(an.doc.gap(k)):
        return None
    w = an.words[k]
    if w == "في":
        ends = [k + 1 + n for n in range(1, _PLACE_WORDS + 1)]
    elif w.startswith("ب") and not w.startswith("بال") and len(w) >= 4 and k in an.gaz_at:
        ends = [an.gaz_at[k].j]
    elif w.startswith("ب") and not w.startswith("بال") and len(w) >= 4 and w[1:] in an.word_set:
        ends = [prepositional_place_end(an, k, j)]     # «بتطوان»: as the article writes it elsewhere
    else:
        return None
    for x in ends:
        if x >= j or any(has_phrase_break(an.doc.gap(y)) for y in range(k + 1, x + 1)) \
                or not an.words[x - 1].isalpha() or an.words[x - 1] in lexicon.stop_words() or an.is_time(x - 1):
            return None
        address = an.words[x] in ADDRESS_TITLES and an.words[x - 1] not in name_lexicon.given_names()     # (not «… في كرمسين محمد الشيخ ولد اباه»: a compound given name)
        # «مدير التربية والتعليم في جنوب الخليل عاطف الشلالدة»: a known place and a two-word name need no title of address between
        start = k + 2 if an.words[k + 1] in COMPASS else k + 1
        placed = start in an.gaz_at and an.gaz_at[start].j == x and an.gaz_at[start].of_kind("place") is not None
        seat = w == "في" and x == k + 2 and not an.words[k + 1].startswith("ال") and any(ch in QUOTE_MARKS for y in ph.title for ch in an.doc.gap(y))
        if w == "في" and not address and not placed and not seat and not term_of_office(an, k + 1, x):
            continue      # (a body's quoted name, then its seat: «منسقة جمعية "يوتوبيا 56" في دنكيرك أنجيل فيدال»)
        name_start = x + 1 if address else x
        end = name_run(an, name_start, j) if name_start < j and not has_phrase_break(an.doc.gap(name_start)) else None
        if end is not None and term_of_office(an, k + 1, x):
            # «… أنالينا بيربوك الدول الأعضاء إلى»: whom she called on is no word of her name
            end = next((m for m in range(name_start + 2, end) if name_ends_before(an, name_start, m, m)), end)
        if end is not None and (address or w != "في" or known_first_word(an.words[x]) or end - x >= 2):
            return name_start, end
    return None


def described_holder(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«خبير أمن المعلومات أحمد طارق»، «محلل الشؤون العسكرية …»: one person described in construct
    with a definite word (what the person knows or does), then, at token k, a name of two words or
    more that ends the phrase (also the Maghreb's «الفاعل الجمعوي حميد لعروسي»); an unnamed source
    («مصدر أمني»، «مصادر الوفد») never is named, nor a group («خبراء الاقتصاد قرار البنك»: the object)."""
    if ph.kind != "anonymous" or len(ph.title) < 2 or an.words[ph.title[0]] in SOURCE_HEADS:
        return False
    head, last = an.words[ph.title[0]], an.words[ph.title[-1]]
    if len(ph.title) >= 3 and last[:1] == "ب" and an.words[ph.title[-2]].startswith("ال"):
        last = an.words[ph.title[-2]]     # «الفاعل الجمعوي بالفنيدق يوسف الصديق»: where the person lives, then the name
    if (head.startswith("ال") and head not in ("الفاعل", "الفاعله")) or not last.startswith("ال") or head in lexicon.generic_plurals() \
            or head.endswith(("ون", "ين", "اء")):
        return False
    return name_run(an, k, j) is not None


# «مصادر من داخل المجلس»، «مصدر من أوساط الحزب»: where inside a body a source stands.
_INSIDE = frozenset(arabic.normalize(w) for w in ("داخل", "أوساط", "صفوف", "قلب", "محيط"))     # «مصدر من محيط الفريق»
_AGES = frozenset(("في", arabic.normalize("ال" + t), "من", e) for t in ("عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين") for e in ("عمره", "عمرها"))


def source_from(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """After an unnamed source, «من» and a place noun («مصدر من ولاية جهة …») or «من داخل/أوساط» and a body or a definite word
    («مصادر من داخل المجلس») say where the source is: the end of «من» (and of «داخل»), or k when the text is not so. A described
    person's «في» and one word closed by a break («أحد سكان الحي الغربي في قطنا،») is where they live: the end of the place."""
    if ph.kind == "anonymous" and tuple(an.words[k:k + 4]) in _AGES and k + 4 <= j and not has_phrase_break(an.doc.gap(k + 3)):
        return k + 4      # «شاب في العشرين من عمره»: his age
    if ph.kind == "anonymous" and an.words[k] in ("في", "من") and k + 2 <= j and not has_phrase_break(an.doc.gap(k + 1)) \
            and (k + 2 == len(an.words) or has_phrase_break(an.doc.gap(k + 2))) and an.words[k + 1].isalpha() \
            and not an.is_time(k + 1) and an.words[k + 1] not in lexicon.stop_words() \
            and an.words[ph.title[0]] not in SOURCE_HEADS:
        return k + 2      # «أحد سكان الحي الغربي في قطنا، فضّل عدم ذكر اسمه»، «سيدة من الفنيدق،»: one word of place, then a break
    if ph.kind == "anonymous" and an.words[k] in _INSIDE and ph.title[-1] == k - 1 and len(ph.title) <= 2 \
            and an.words[ph.title[0]] in SOURCE_HEADS and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) and in_lex(an.words[k + 1], lexicon.org_heads()):
        return k + 1      # «مصادر داخل إدارة المهرجان»: «داخل» with no «من»
    if ph.kind != "anonymous" or an.words[k] != "من" or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return k
    nxt = an.words[k + 1]
    if nxt in lexicon.place_nouns() or (nxt.startswith("ال") and nxt[2:] in lexicon.place_nouns()):
        return k + 1      # («مصدر من الولاية»: the wilaya's services)
    if nxt.startswith("ال") and nxt[2:] in lexicon.premises_nouns() and (k + 2 >= len(an.words) or has_phrase_break(an.doc.gap(k + 2))):
        return k + 2      # «مصدر من المحطة، فضّل عدم …»: the plant the source works at
    if nxt == "قطاع" and k + 2 < j and an.words[k + 2].startswith("ال") and not has_phrase_break(an.doc.gap(k + 2)):
        return k + 3      # «مصدر مهني من قطاع اللحوم»: the trade it is from
    if nxt in _INSIDE and k + 2 < j and not has_phrase_break(an.doc.gap(k + 2)):
        after = an.words[k + 2]
        if (after.startswith("ال") and not an.is_time(k + 2)) or in_lex(after, lexicon.org_heads()) or (k + 2) in an.gaz_at:
            return k + 2
    return k


def place_words_on(an: Analysis, ph: Phrase, k: int) -> bool:
    """«مصدر من ولاية جهة طنجة تطوان الحسيمة»: a place's name runs to three words after a place noun
    in an unnamed source's or a body's title (no name follows those; after a person's or an
    official's title one word only, so that «محافظ محافظة البصرة أسعد العيداني» keeps its name)."""
    unnamed = ph.kind == "anonymous" and an.words[ph.title[0]] in SOURCE_HEADS
    if not (unnamed or ph.kind == "organization") or has_phrase_break(an.doc.gap(k)):
        return False      # «مسؤول في محافظة البصرة أحمد علي»: an official may be named after the place
    w = an.words[k]
    if not w.isalpha() or w.startswith("ال") or w in lexicon.stop_words() or w in lexicon.prepositions() \
            or an.is_verb(k) or an.is_time(k) or in_lex(w, lexicon.title_heads()) or an.is_common_word(k) or an.is_report_noun(k) \
            or (w[:1] == "ل" and (w[1:] in lexicon.addressees() or w[1:] in lexicon.media_nouns())):     # «… أوزدره لمراسل الأناضول»: the one told
        return False
    if w[:1] == "ب" and an.words[k - 1] not in lexicon.place_nouns() and k not in an.gaz_at:
        return False      # «مجلس جهة سوس ماسة بأغلبية أعضائه»: how it voted; a name goes on without «بـ»
    if an.words[k - 1].startswith("ال") and k not in an.gaz_at and k + 1 < len(an.words) \
            and an.words[k + 1].startswith("ال") and (k + 1) not in an.gaz_at and not has_phrase_break(an.doc.gap(k + 1)):
        return False      # «حكومة ولاية النيل الأبيض حالة الطوارئ»: a noun in construct after the name, what it declared
    for x in range(k - 1, max(-1, k - 4), -1):
        if x not in ph.title:
            return False
        if an.words[x] in lexicon.place_nouns():
            return True
    return False


def time_shaped_given_name(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«اللواء صباح النعمان»، «الدكتور فجر السعيد»: right after a rank or a title of address, a word that is also a time («صباح»،
    «فجر») is a given name when a surname follows it (not «اللواء صباح اليوم»: no time word after it). After any definite word of
    a title («الناطق باسم القائد العام للقوات المسلحة صباح النعمان،») it is one too when the surname ends the phrase: a time there
    would go on («صباح أمس»، «صباح الأحد في مؤتمر»)."""
    if k < 1 or (k - 1) not in ph.title or k + 1 >= j:
        return False
    w = an.words[k]
    if not an.is_time(k) or w.startswith("ال") or not w.isalpha() or has_phrase_break(an.doc.gap(k + 1)):
        return False
    if not _name_like(an, k + 1, first=False) or an.words[k + 1] in lexicon.title_heads():
        return False
    if an.words[k - 1] in ADDRESS_TITLES:
        return True
    # («… صباح الموسوي قوله إن»: the words relayed follow the name, as a complementiser would; «مدير عام دائرة صحة كربلاء صباح الموسوي إن»: a place closes the title as a definite word does)
    closed = an.words[k - 1].startswith("ال") or any(m.j == k for m in an.gaz_at.values())
    return closed and not an.is_time(k + 1) and (ends_name_phrase(an, k + 2) or (    # («مدير زراعة الأنبار صباح حمود الفهداوي إن»: a name of three)
        k + 3 < len(an.words) and not has_phrase_break(an.doc.gap(k + 2)) and _name_like(an, k + 2, first=False) and ends_name_phrase(an, k + 3)))


def description_then_address(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«الوسيط القبلي الشيخ مبارك الجلال»: definite words no list knows as an office, then a title of
    address and a name of two words or more; the definite words describe the person named after
    them (no name is written with «ال» throughout). The name's bounds, or None."""
    if ph.title or not ph.name or k + 1 >= j or an.words[k] not in ADDRESS_TITLES or has_phrase_break(an.doc.gap(k)):
        return None
    n_i, n_j = ph.name
    if any(not an.words[x].startswith("ال") or an.words[x] in name_lexicon.article_given_names()
           or x in an.gaz_at for x in range(n_i, n_j)):
        return None
    if has_phrase_break(an.doc.gap(k + 1)):
        return None
    end = name_run(an, k + 1, j)
    return (k + 1, end) if end is not None else None


def coordinated_place_then_name(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«محافظ طوباس والأغوار الشمالية أحمد الأسعد»: one word read as the name after an office, then
    «و» on a definite word: no person's name coordinates a definite noun, so the word was a place or
    a body the office serves, joined to a second one; after their definite words, a name of two words
    or more that ends the phrase is the holder's. The name's bounds, or None; (x, x) when the places end the phrase."""
    if not ph.title or not ph.name or ph.name[1] - ph.name[0] != 1 or ph.name[1] != k:
        return None
    w = an.words[k]
    if not (w.startswith("وال") and len(w) >= 6 and w.isalpha()) or has_phrase_break(an.doc.gap(k)):
        return None
    x = k
    while x < j and x - k < _PLACE_WORDS and not has_phrase_break(an.doc.gap(x)) and an.words[x].isalpha() \
            and an.words[x].startswith(("ال", "وال")) and not an.is_time(x) and an.words[x] not in name_lexicon.article_given_names():
        x += 1
    if x >= j or has_phrase_break(an.doc.gap(x)):
        # «نيافة الأنبا أغاثون، أسقف مغاغة والعدوة،»: no name after the places, and the word read as
        # one is no given name: the office's places in apposition, a title with no name (x, x)
        return (x, x) if not known_first_word(an.words[k - 1]) and x - 1 < len(an.words) else None
    end = name_run(an, x, j)
    return (x, end) if end is not None else None


def described_body_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«مدير دار نشر بيروتية، فضّل عدم ذكر اسمه»، «موظف في شركة نفط أجنبية»: an indefinite body
    word in the title, the indefinite noun it governs and an indefinite nisba that ends the
    phrase describe the body of someone unnamed; the end of the nisba, or k when the text is not so."""
    words = an.words
    if not ph.title or (k - 1) not in ph.title or k + 1 >= j or ph.name:
        return k
    prev, w, adj = words[k - 1], words[k], words[k + 1]
    if prev.startswith("ال") or not (in_lex(prev, lexicon.org_heads()) or prev in lexicon.premises_nouns()):
        return k
    if any(has_phrase_break(an.doc.gap(x)) for x in (k, k + 1)) or not w.isalpha() or len(w) < 3 \
            or w.startswith("ال") or w in lexicon.stop_words() or w in lexicon.prepositions() \
            or an.is_verb(k) or an.is_time(k) or in_lex(w, lexicon.title_heads()) or in_lex(w, lexicon.org_heads()):
        return k
    if adj.startswith("ال") or not adj.endswith(("يه", "ي")) or len(adj) < 5 or not adj.isalpha() or an.is_verb(k + 1):
        return k
    closes = k + 2 >= j or has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in lexicon.complementisers()
    return k + 2 if closes else k


# Sports a team, a federation or a coach is of: «لكرة القدم»، «لكرة السلة»، «لألعاب القوى»
_SPORTS = frozenset(arabic.normalize(w) for w in ("كرة", "ألعاب"))
# What a research body is for: «مركز الأهرام للدراسات السياسية»، «معهد قطر لبحوث البيئة والطاقة»
_FIELDS_OF_STUDY = frozenset(arabic.normalize(w) for w in ("بحوث", "أبحاث", "دراسات", "البحوث", "الأبحاث", "الدراسات"))


def purpose_of_body(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«مدير عام المؤسسة العامة لنقل وتوزيع الكهرباء»، «الهيئة الوطنية لتنظيم الاتصالات»: after a body named by a definite word,
    «لـ» on a verbal noun with the definite noun (or «و» and a second verbal noun) it governs says what the body is for; the title
    goes on, no name starts there. The verbal noun may govern an indefinite chain to its definite end («لتوزيع كهرباء الوسط»،
    «لتسيير شبكة نقل الكهرباء»): the chain is taken whole. Where what the body is for ends (k: no such words)."""
    w = an.words[k]
    if not ph.title or (k - 1) not in ph.title or k + 1 >= j or has_phrase_break(an.doc.gap(k)) \
            or has_phrase_break(an.doc.gap(k + 1)) or not w.isalpha() or w[:1] != "ل" or w.startswith("لل"):
        return k
    # «المدير العام للشركة السودانية لتوزيع …»: the body's head may carry «لـ/بـ» as written;
    # «معهد قطر لبحوث البيئة»: a body named for its country, then its field of study
    bare = w[1:]
    study = bare in _FIELDS_OF_STUDY
    sport = bare in _SPORTS and an.words[k - 1].startswith("ال")     # «… للمنتخب القطري الأول لكرة القدم»
    quoted = any(ch in "»”\"" for ch in an.doc.gap(k))      # «رئيس جمعية "بربارة نصار" لدعم مرضى السرطان هاني نصار»
    if not sport and (not (an.words[k - 1].startswith("ال") or (study and (k - 1) in an.gaz_at) or quoted)
                      or not any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) for x in ph.title)):
        return k
    verbal = bare in lexicon.action_nouns() or w in lexicon.purpose_nouns() or study or sport \
        or (len(bare) == 5 and ((bare[0] == "ت" and bare[3] == "ي") or (bare[0] == "ا" and bare[3] == "ا"))) \
        or (len(bare) >= 6 and masdar_shaped(bare))     # تفعيل، إفعال، استفعال: «لتنظيم»، «لإنجاز»، «لاستقبال»
    if not verbal:
        return construct_to_place(an, k, j)
    nxt = an.words[k + 1]
    if (nxt.startswith("ال") and not an.is_time(k + 1)) or (
            nxt[:1] == "و" and len(nxt) >= 5 and k + 2 < j and an.words[k + 2].startswith("ال")
            and not has_phrase_break(an.doc.gap(k + 2))):
        return k + 1
    return _indefinite_chain_end(an, k + 1, j)


_CHAIN_WORDS = 3      # the indefinite nouns of a construct before its definite end
_ABOUT = frozenset(arabic.normalize(w) for w in ("بشأن", "حول"))


def subject_of_body(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ سايمون ستيل»: «بشأن/حول»
    after a body's name in a title, then a construct that closes on a definite word, says what
    the body is about; the title goes on. The end of that construct, or k when the text is not so."""
    if an.words[k] not in _ABOUT or not ph.title or (k - 1) not in ph.title or k + 2 >= j \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return k
    if not any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) or x in an.gaz_at for x in ph.title):
        return k
    nxt = an.words[k + 1]
    if nxt.startswith("ال"):
        return k + 2 if not an.is_time(k + 1) and nxt not in lexicon.stop_words() else k
    end = _indefinite_chain_end(an, k + 1, j)
    return end if end > k + 1 else k


def _indefinite_chain_end(an: Analysis, k: int, j: int) -> int:
    """«شبكة نقل الكهرباء» from k: indefinite nouns, each governing the next, up to a definite word
    that closes the chain; the end after that word, or k - 1 (the «لـ» word alone is not taken) when the words from k are no such chain."""
    for x in range(k, min(j, k + _CHAIN_WORDS + 1)):
        w = an.words[x]
        if x > k and has_phrase_break(an.doc.gap(x)) or not w.isalpha() or len(w) < 3:
            break
        if w.startswith("ال"):
            ok = x > k and not an.is_time(x) and not an.is_verb(x) and w not in lexicon.stop_words() \
                and not in_lex(w, lexicon.title_heads())
            return x + 1 if ok else k - 1
        if w in lexicon.stop_words() or w in lexicon.prepositions() or an.is_verb(x) or an.is_time(x) \
                or an.is_outlet(x) or x in an.gaz_at and an.gaz_at[x].of_kind("actor") is not None \
                or in_lex(w, lexicon.title_heads()) or an.is_report_noun(x) or an.is_participle(x):
            break
    return k - 1


_BODY_WORDS = 8       # the body an office belongs to, written between the title and the name
_FIELD_WORDS = 3      # «في» and a researcher's field («في قضايا الشباب»)
# «الباحث في قضايا الشباب»؛ «المستشار الجهوي عن فريق المعارضة»: the group a member sits for
_FIELD_LINKS = frozenset(arabic.normalize(w) for w in ("في", "عن"))
# Words that run on a body's name: «منظمة أمريكيون من أجل الديمقراطية»، «معهد … في واشنطن».
_BODY_LINKS = frozenset(arabic.normalize(w) for w in ("في", "من", "أجل"))


def _closes_quote(gap: str) -> bool:
    """«بنك الاستثمار "إتش سي" ريم الجندي»: the quote mark before the word closes the body's name."""
    return bool(gap) and gap[-1].isspace() and any(ch in QUOTE_MARKS for ch in gap) \
        and not has_phrase_break(gap) and gap.strip()[:1] in QUOTE_MARKS


def _body_word(an: Analysis, x: int) -> bool:
    w = an.words[x]
    if w in _BODY_LINKS or prevention_pronoun(an, x):
        return True     # (and «… لمكافحة الأمراض والوقاية منها جان كاسيا»: the aim's pronoun)
    return w.isalpha() and len(w) >= 2 and not (
        w in lexicon.stop_words() or an.is_verb(x) or an.is_time(x) or an.is_report_noun(x)
        or an.is_participle(x) or an.is_outlet(x)
        or (in_lex(w, lexicon.title_heads(), clitics=True) and not in_lex(w, lexicon.org_heads(), clitics=True)))


def _inside_mention(an: Analysis, x: int) -> bool:
    return any(m.i <= x < m.j for m in an.gaz_at.values())


def body_then_name(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«رئيس قطاع البحوث في شركة "نعيم" القابضة شريف الحلواني»، «الباحث في معهد دول الخليج العربية
    في واشنطن فيصل الرميحي»: a person's title left without a name, then the rest of the body the
    office belongs to (a quoted name, «في» and a place), then a name that shows a person and ends the
    phrase: the title's holder, not the body's next word. (name start, name end), or None. The body
    must show (an organisation word or a quoted name) and no second office may stand in it, whose holder the name would be."""
    # («… الإسلامية (كير) في لوس أنجلوس حسام عيلوش»: the body's acronym in brackets closes the title's part)
    acronym = an.doc.gap(k).strip() == ")" and ph.title[-1:] == [k - 1] and an.doc.gap(k - 1).strip() == "("
    if ph.kind not in ("person", "anonymous") or not ph.title or ph.name or k >= j \
            or an.words[ph.title[0]] in SOURCE_HEADS or (has_phrase_break(an.doc.gap(k)) and not acronym):
        return None
    bodied = any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) or x in an.gaz_at for x in ph.title)
    marks = 0
    for x in range(k, min(j, k + _BODY_WORDS + 1)):
        gap = an.doc.gap(x)
        if x > k and has_phrase_break(gap):
            return None
        quoted = any(ch in QUOTE_MARKS for ch in gap)
        marks += sum(ch in QUOTE_MARKS for ch in gap)
        # inside a quoted name no name starts («"آر بي سي كابيتال ماركتس"»); after it the holder's does; else a known given name
        # (not a place closing the body: «وشمال أفريقيا عثمان ديون») or two words after its definite end («لشبكة مراقبة التعليم أوبيد ماتراجي بـ"…"»)
        opens = _closes_quote(gap) if quoted else known_first_word(an.words[x]) or (x > k and an.words[x - 1].startswith("ال") and x - 1 not in an.gaz_at)
        # «الباحث في قضايا الشباب أيمن الزعبي»: a short field after «في» stands for the body
        field = an.words[k] in _FIELD_LINKS and x - k <= _FIELD_WORDS
        if x > k and (bodied or field) and marks % 2 == 0 and opens and not _inside_mention(an, x) \
                and _name_like(an, x, first=True, after_quote=quoted) and an.words[x - 1] not in _BODY_LINKS:
            end = name_run(an, x, j, after_quote=quoted)
            if end is not None and shows_a_person(an.words, x, end - x) and (known_first_word(an.words[x]) or quoted or end - x == 2):
                return x, end
        if not (x == k and an.words[x] in _FIELD_LINKS) and not _body_word(an, x):
            return None
        bodied = bodied or quoted or in_lex(an.words[x], lexicon.org_heads(), clitics=True) or x in an.gaz_at
    return None


def field_then_name(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«مدير دار الفقيه حسن للفنون عبد الرزاق الرياني»: a body's title, one word read as a name, then
    «لل» on what the body is for and a name of two words or more opening on a known given name
    that ends the phrase; the word was the end of the body's name (a house named after a person),
    the later name is the holder's. Its bounds, or None. Also «المدير الفني لحي العرب عماد الدين
    الطيب»: a club named with «لـ» and a definite word, read as the name's first words."""
    club = _lam_body_then_name(an, ph)
    if club is not None:
        return club
    if ph.kind != "person" or not ph.title or not ph.name or ph.name != (k - 1, k) or k + 2 >= j \
            or not an.words[k].startswith("لل") or len(an.words[k]) < 5 \
            or not any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) for x in ph.title) \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)) \
            or not known_first_word(an.words[k + 1]):
        return None
    end = name_run(an, k + 1, j)
    return (k + 1, end) if end is not None and end - (k + 1) >= 2 else None


def _lam_body_then_name(an: Analysis, ph: Phrase) -> tuple[int, int] | None:
    """The later name's bounds when a name read after a title opens on «لـ» and a word that is no
    given name, then definite words, then a known given name and one more word; or on a place the
    gazetteer knows then a known given name («عضو المجلس البلدي سبها عبد السلام بشير»); else None."""
    if ph.kind != "person" or not ph.title or not ph.name or ph.name[0] != ph.title[-1] + 1:
        return None
    n_i, n_j = ph.name
    w = an.words[n_i]
    if n_j - n_i >= 3 and w.isalpha() and not known_first_word(w) and known_first_word(an.words[n_i + 1]) \
            and any(e.kind == "place" for e in an.gaz.lookup(an.doc.tokens[n_i].text)):
        return n_i + 1, n_j
    if w[:1] != "ل" or len(w) < 3 or known_first_word(w) or w in name_lexicon.given_names():
        return None
    for m in range(n_i + 1, min(n_j - 1, n_i + 3)):
        if has_phrase_break(an.doc.gap(m)):
            return None
        if known_first_word(an.words[m]) and not an.words[m].startswith("ال"):
            return (m, n_j) if all(an.words[x].startswith("ال") for x in range(n_i + 1, m)) and m > n_i + 1 else None
    return None


def complement_then_rank(an: Analysis, ph: Phrase, k: int, j: int) -> tuple[int, int] | None:
    """«محافظ أسيوط اللواء هشام أبو النصر»: a title, one word no lexicon knows as a given name, then
    a rank or a title of address and a name of two words or more that ends the phrase; the word was
    the office's place, not a name (no one is called by a rank set after his one-word name). The later name's bounds, or None."""
    # «مدير مستشفى شحات العام الدكتور مفتاح العبيدي»: the place's hospital and its adjective
    adjective = k + 2 < j and an.words[k].startswith("ال") and an.words[k + 1] in ADDRESS_TITLES \
        and not has_phrase_break(an.doc.gap(k + 2))
    rank = k + 1 if adjective else k
    if ph.kind != "person" or not ph.title or not ph.name or ph.name != (k - 1, k) or (k - 2) not in ph.title \
            or rank + 1 >= j or an.words[rank] not in ADDRESS_TITLES or known_first_word(an.words[k - 1]) \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(rank + 1)):
        return None
    end = name_run(an, rank + 1, j)
    return (rank + 1, end) if end is not None else None


# Adjectives of a brief, which take their field with «بـ»: «المقررة الخاصة المعنية بحالة حقوق الإنسان»
_CHARGED = frozenset(arabic.normalize(w) for w in (
    "المعني", "المعنية", "المكلف", "المكلفة", "المختص", "المختصة", "المعنيين", "المكلفين",
    "للنهوض", "النهوض"))     # «المركز الوطني للنهوض بزرع الأعضاء»: what a body promotes


def brief_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«… المعنية بحالة حقوق الإنسان في …»، «الوزير المكلف بالشؤون الخارجية»: «بـ» after an adjective
    of a brief (or its «العام»: «المكلف العام بنزاعات الدولة»), and the nouns in construct it governs, are the title's."""
    words = an.words
    if not ph.title or ph.title[-1] != k - 1 or words[k - 1 - (words[k - 1] in ("العام", "العامه") and k - 2 in ph.title)] not in _CHARGED \
            or words[k][:1] != "ب" or len(words[k]) < 4 or has_phrase_break(an.doc.gap(k)):
        return k
    end = k + 1
    while end < j and not has_phrase_break(an.doc.gap(end)) and words[end].isalpha() \
            and (words[end].startswith("ال") or (end + 1 < j and words[end + 1].startswith("ال")
                                                  and words[end] not in lexicon.stop_words())) \
            and words[end] not in lexicon.stop_words() and not known_first_word(words[end]):
        end += 1
    # the field closes on a definite word («… حقوق الإنسان»); else it runs on into what the office governs («المكلف بتسيير شؤون بلدية جربة …»), read word by word
    return end if end > k + 1 and words[end - 1].startswith("ال") else k
