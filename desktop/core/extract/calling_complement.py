"""«وقالت خريجة هندسة الحاسوب مريم البلوشية»، «طالبة كلية الطب سارة العلي»: a private person
described indefinite («خريجة»، «طالبة»), then what they studied or where (a noun in construct with
one to three definite words), then a name of two words or more that ends the phrase. The name is
the speaker and the words before it describe the person. With no name after it («قال تاجر في
صنعاء») the person stays unnamed (phrase_parts.unnamed_person)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.body_chain import chain_end
from desktop.core.extract.dashed_places import DASHES
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_end import phrase_ends_at
from desktop.core.extract.phrase_parts import person_descriptor, unnamed_person
from desktop.core.extract.title_asides import name_run
from desktop.core.extract.spelled_letters import LETTERS

_COMPLEMENT_WORDS = 5     # «الطالبة في السنة الرابعة …»، «المعلمة في إحدى مدارس ريف إدلب الجنوبي …»: after «في/من»
# The place a mukhtar heads, named after it: «مختار بلدة الناقورة»، «مختار حي الميدان»
_MUKHTAR_PLACES = frozenset(arabic.normalize(w) for w in ("بلدة", "قرية", "حي", "محلة", "مخيم", "منطقة"))


def described_person_end(an: Analysis, k: int, j: int) -> int:
    """Where what a private person is ends, from token k at the phrase's start, before the name:
    «المواطن» of «المواطن عثمان الطيب» (phrase_parts.person_descriptor); «الطالبة في السنة
    الرابعة» of «الطالبة في السنة الرابعة هودان علي فارح» (one to three words after «في/من», then
    a name of two words or more that ends the phrase). k when no description opens it."""
    if an.words[k] == "مختار" and k + 4 < j and an.words[k + 1] in _MUKHTAR_PLACES and an.words[k + 2].isalpha() \
            and not any(has_phrase_break(an.doc.gap(x)) for x in (k + 1, k + 2)) and name_run(an, k + 3, j) is not None:
        return k + 3      # «مختار بلدة الناقورة عباس عواضة»: a village's head and the village, not Mukhtar
    if (an.words[k] == "الحاجه" or (an.words[k] in name_lexicon.person_descriptors() and an.is_time(k + 1) and not an.is_time(k + 2))) and k + 2 < j \
            and an.words[k + 1] in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 1      # «الحاجة صباح عبد المنعم»، «النازحة صباح الحاشدي»: what she is, then her name («صباح» no morning)
    if an.words[k] in ("نجم", "نجمه") and k + 3 < j and an.words[k + 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k + 1)) and name_run(an, k + 2, j) is not None:
        return k + 2      # «نجم المنتخب أكرم عفيف»: a team's star, then his name (not «نجم الدين»)
    if an.words[k] in ("رجل", "سيده") and k + 3 < j and an.words[k + 1] == "الاعمال" \
            and not has_phrase_break(an.doc.gap(k + 1)):
        # «رجل الأعمال منير العياري»: a businessman, then his name (after his nationality: «… المصري هشام …»)
        nisba = an.words[k + 2].startswith("ال") and an.words[k + 2].endswith(("ي", "يه")) and not has_phrase_break(an.doc.gap(k + 2))
        for end in (k + 3, k + 2) if nisba else (k + 2,):
            if name_run(an, end, j) is not None:
                return end
    if an.words[k] == _WOMAN_GOVERNOR and k + 3 < j and not has_phrase_break(an.doc.gap(k + 1)):
        # «محافظة كسروان – جبيل بولين ديب»، «محافظة النبطية هويدا الترك»: a woman governor, her
        # governorate (one word, or two joined by a dash), then her name
        dashed = an.doc.gap(k + 2).strip() in DASHES and k + 4 < j
        end = k + 3 if dashed else an.gaz_at[k + 1].j if (k + 1) in an.gaz_at else k + 2      # («محافظة لا ريونيون»: two words)
        two = an.words[end:end + 2]
        named = len(two) == 2 and all(w.isalpha() and w not in lexicon.stop_words() and not an.is_common_word(x)
                                      for x, w in enumerate(two, end)) \
            and not two[0].startswith("ال") and not has_phrase_break(an.doc.gap(end + 1)) and phrase_ends_at(an, end + 2)
        if ((k + 1) in an.gaz_at or dashed or known_first_word(an.words[end])) and named:
            return end
        place = an.gaz_at.get(k + 1)
        if place is not None and place.j - k > 2 and place.of_kind("place") is not None and not named:
            return place.j      # «وأعلنت محافظة لا ريونيون إطلاق حملة»: the governorate, a place of two words, no name after it
    if an.words[k] == _WOMAN_GOVERNOR and (place := an.gaz_at.get(k + 1)) is not None and place.of_kind("place") is not None and place.j < len(an.words) \
            and an.words[place.j] == "قد" and not has_phrase_break(an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(place.j)):
        return place.j    # «وكانت محافظة الفيوم قد أعلنت»: the governorate and its place, no name after them
    if an.words[k] in _OWNER and k + 3 < j and an.words[k + 1].startswith("ال") \
            and an.words[k + 1] not in name_lexicon.article_given_names() and not has_phrase_break(an.doc.gap(k + 1)):
        end = k + 2       # «مالك الناقة الفائزة أحمد ولد الداه»: the owner of what, then his name (no Malik)
        while end < j and an.words[end].startswith("ال") and not has_phrase_break(an.doc.gap(end)):
            end += 1
        if end < j and an.words[end] in name_lexicon.given_names() and name_run(an, end, j) is not None:
            return end
    if person_descriptor(an, k, j):
        return k + 1
    if an.words[k] in name_lexicon.person_descriptors():
        # «الناشطة البيئية الكينية إليزابيث واثوتي»: what she is, its definite adjectives, then the name
        end = k + 1
        while end < j and end - k <= 3 and an.words[end].startswith("ال") and an.words[end].endswith(("ي", "يه")) \
                and an.words[end] not in name_lexicon.article_given_names() and not has_phrase_break(an.doc.gap(end)):
            end += 1
        last = end
        while last < j and last - end < 4 and an.words[last].isalpha() and an.words[last] not in lexicon.stop_words() \
                and not an.is_common_word(last) and (last == end or not has_phrase_break(an.doc.gap(last))):
            last += 1
        if end > k + 1 and last - end >= 2 and not has_phrase_break(an.doc.gap(end)) and phrase_ends_at(an, last) \
                and (known_first_word(an.words[end]) or an.written(end)[:1] in "أإآ" or not an.words[end].startswith("ال")):
            return end
    if an.words[k] in _PROPOSER and k + 1 < j and an.words[k + 1] in _PROPOSED and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «مقدم الاقتراح، النائب حمد الدوي»: who tabled it (not the family name «مقدم»)
    if an.words[k] not in name_lexicon.person_descriptors() or k + 3 >= j \
            or an.words[k + 1] not in ("في", "من") or has_phrase_break(an.doc.gap(k + 1)):
        return k
    for end in range(k + 3, min(j, k + 3 + _COMPLEMENT_WORDS)):
        if any(has_phrase_break(an.doc.gap(x)) for x in range(k + 2, end)) or not an.words[end - 1].isalpha():
            return k
        if an.words[end - 1].startswith("ال") and an.words[end - 2] != "عبد" and name_run(an, end, j) is not None:
            return end      # (not «… جامعة مقديشو عبد الفتاح حسين علي»: «عبد الفتاح» opens the name)
    return k


def description_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """Where the description that began the phrase ends from token k: an organisation's name to
    its definite end (body_chain.chain_end), a described person's field before the name; k when
    neither goes on."""
    if ph.kind == "organization":
        return _club_letters(an, k, j) or _loan_words(an, k, j) or _company_line(an, ph, k, j) or _not_adjective(an, ph, k, j) or _party_name(an, ph, k, j) or chain_end(an, ph, k)
    end = _field_end(an, ph, k, j)
    return k if end is None else end


# English words an organisation's transliterated name goes on with: «هيومن رايتس ووتش»، «كوربشن ووتش»، «أمنستي إنترناشونال»
_LOAN_WORDS = frozenset(arabic.normalize(w) for w in (
    "رايتس", "ووتش", "إنترناشونال", "انترناشونال", "إنترناشيونال", "انترناشيونال", "فاونديشن", "ويتنس"))


def _loan_words(an: Analysis, k: int, j: int) -> int:
    """Where a run of the English words of a body's name that starts at token k ends, or 0."""
    end = k
    while end < j and an.words[end] in _LOAN_WORDS and (end == k or not has_phrase_break(an.doc.gap(end))):
        end += 1
    return end if end > k and not has_phrase_break(an.doc.gap(k)) else 0


def _club_letters(an: Analysis, k: int, j: int) -> int:
    """«نادي إف سي نواذيبو»: Latin letters spelled out after a body's head, then the word they name
    (a club's town), or «آند» and the word after it; where they end, or 0."""
    if an.written(k) == "آند" and k + 1 < j and an.words[k + 1].isalpha() and not has_phrase_break(an.doc.gap(k)) \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «وكالة ستاندرد آند بورز»: «and» in a foreign company's name
    end = k
    while end < j and an.words[end] in LETTERS and (end == k or not has_phrase_break(an.doc.gap(end))):
        end += 1
    if end - k < 2 or end >= j or has_phrase_break(an.doc.gap(end)) or not an.words[end].isalpha() or an.words[end].startswith("ال") \
            or an.words[end] in lexicon.stop_words() or an.is_verb(end):
        return 0
    return end + 1


_COMPANIES = lexicon.forms("شركة مؤسسة مجموعة")
_OWNER = lexicon.forms("مالك مالكة")
_WOMAN_GOVERNOR = arabic.normalize("محافظة")


def _not_adjective(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«جهاز مكافحة الهجرة غير الشرعية»: «غير» and a definite adjective after a body's definite word
    is one adjective of its name (k + 2); 0 when the words are not so."""
    words = an.words
    if words[k] != "غير" or k + 1 >= j or not words[k - 1].startswith("ال") or not words[k + 1].startswith("ال") \
            or not words[k + 1].endswith(("يه", "ي")) or any(has_phrase_break(an.doc.gap(x)) for x in (k, k + 1)):
        return 0
    return k + 2


_PARTY = lexicon.forms("حزب لحزب")
_PARTY_NAME_WORDS = 3


def _party_name(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«الهيئة البرلمانية لحزب مستقبل وطن بياناً»: a party's proper name of indefinite words after
    «حزب» ends at a break, a word with tanween or a function word; 0 when none is at k."""
    words = an.words
    if words[k - 1] not in _PARTY or (k - 1) not in ph.title:
        return 0
    end = k
    while end < j and end - k < _PARTY_NAME_WORDS and words[end].isalpha() and not words[end].startswith("ال") \
            and not has_phrase_break(an.doc.gap(end)) and "\u064b" not in an.doc.tokens[end].text and not an.is_verb(end) \
            and words[end] not in lexicon.stop_words() and words[end] not in lexicon.prepositions() and not an.is_time(end):
        end += 1
    closed = end >= len(words) or has_phrase_break(an.doc.gap(end)) or "\u064b" in an.doc.tokens[end].text or an.is_verb(end)
    return end if end - k >= 2 and closed else 0


def _company_line(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«شركة نماء لخدمات المياه»: a company, its brand, then «لـ» on the indefinite line it is in and
    that line's definite complement: all its name. 0 when the words are not so."""
    words = an.words
    if ph.title != [k - 2, k - 1] or words[k - 2] not in _COMPANIES or words[k - 1].startswith("ال") or k + 1 >= j:
        return 0
    w = words[k]
    if not (w[:1] == "ل" and not w.startswith("لل") and len(w) >= 5 and w.isalpha()) or not words[k + 1].startswith("ال") \
            or any(has_phrase_break(an.doc.gap(x)) for x in (k, k + 1)) or words[k + 1] in lexicon.prepositions() \
            or w[1:] in lexicon.media_nouns() or an.is_outlet(k):
        return 0      # («قالت شركة أرامكو لوكالة الأنباء»: the one spoken to)
    return k + 2


def _field_end(an: Analysis, ph: Phrase, k: int, j: int) -> int | None:
    if ph.kind != "anonymous" or ph.title != [k - 1] or not unnamed_person(an.words[k - 1]) or k + 2 >= j:
        return None
    w = an.words[k]
    if w.startswith("ال") or not w.isalpha() or has_phrase_break(an.doc.gap(k)) or an.is_verb(k) \
            or w in lexicon.stop_words() or w in lexicon.prepositions() or an.is_time(k):
        return None
    if k + 1 < j and an.words[k + 1] == "في" and not has_phrase_break(an.doc.gap(k + 1)) and not w.endswith(("ي", "يه")):
        return k + 1      # «تاجر عملة في السوق،»: the trade in construct, then where (read on after it)
    end = k + 1
    while end < j and end - k <= _COMPLEMENT_WORDS and an.words[end].startswith("ال") \
            and not has_phrase_break(an.doc.gap(end)) and not an.is_time(end):
        end += 1
    if end == k + 1 or end >= j or has_phrase_break(an.doc.gap(end)):
        return None
    return end if name_run(an, end, j) is not None else None


_PROPOSER = frozenset(arabic.normalize(w) for w in ("مقدم", "مقدمة", "صاحب", "صاحبة"))
_PROPOSED = frozenset(arabic.normalize(w) for w in ("الاقتراح", "المقترح", "المشروع", "الطلب", "السؤال", "الشكوى", "الدعوى", "المبادرة"))
