"""Where the article writes a short name in full: a patronym's or a surname's fuller form.

A speaker named by the end of a name («ولد محمد الأمين»، «برهوم») is the person the article named in
full elsewhere (a byline, a caption, the first mention); these find that fuller writing, as written.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.family_name import (
    ADJECTIVES_NO_FAMILY_NAME, BEFORE_A_VERB, INNA_FORMS, compound_given_name_end, name_goes_on, verb_shaped_word, written_with_article)
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.analysis import JOINING_HYPHENS, QUOTE_MARKS, Analysis, has_phrase_break
from desktop.core.extract.name_end import phrase_ends_at
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_lookalikes import manner_phrase
from desktop.core.extract.titles import could_be_given_name


def fuller_patronym(an: Analysis, words: tuple[str, ...]) -> str | None:
    """«ولد محمد الأمين» -> «أحمد سالم ولد محمد الأمين»: the first place the article writes the
    words after one or two given names, as written there."""
    n = len(words)
    for k in range(1, len(an.words) - n + 1):
        if tuple(an.words[k:k + n]) != words or any(has_phrase_break(an.doc.gap(x)) for x in range(k, k + n)):
            continue
        start = k
        # («محمد الأمين ولد حبت»: a compound given name, its second word with «ال»)
        while start > 0 and k - start < 2 and (could_be_given_name(an, start - 1) or compound_given_name_end(an, start - 1)) \
                and not has_phrase_break(an.doc.gap(start)):
            start -= 1
        if start < k:
            return an.doc.text(start, k + n)
    return None


def fuller_kunya(an: Analysis, words: tuple[str, ...]) -> str | None:
    """«أم محمد» -> «أم محمد أبو شمالة»: a kunya written alone after the article wrote it with the family
    name after it («تنتظر أم محمد أبو شمالة دور ابنها»): that whole name, as written, or None."""
    if len(words) != 2 or words[0] not in ("ام", "ابو"):
        return None
    w = an.words
    for k in range(len(w) - 3):
        if tuple(w[k:k + 2]) != words or has_phrase_break(an.doc.gap(k + 1)) or has_phrase_break(an.doc.gap(k + 2)):
            continue
        if w[k + 2] in ("ابو", "بن", "ال") and k + 3 < len(w) and w[k + 3].isalpha() and not has_phrase_break(an.doc.gap(k + 3)):
            return an.doc.text(k, k + 4)      # «أم محمد أبو شمالة»: a family name in «أبو»
        if w[k + 2].isalpha() and not w[k + 2].startswith("ال") and could_be_given_name(an, k + 2) \
                and (k + 3 >= len(w) or has_phrase_break(an.doc.gap(k + 3)) or w[k + 3] in lexicon.stood_at()):
            return an.doc.text(k, k + 3)      # «وقف أبو محمد حلس أمام …»
    return None


# «، المعروف بـ"غودلاوي"،»: what a person is known as, after his name and a comma
_KNOWN_AS = frozenset(arabic.normalize(w) for w in ("المعروف", "الملقب", "المكنى", "المعروفة", "الملقبة"))
_NAME_LINKS = frozenset(("عبد", "الله", "بن", "ابن", "بنت", "ولد", "ابو", "ام"))


def nickname_fuller(an: Analysis, word: str) -> str | None:
    """«غودلاوي» -> «علي عبد الله حسين»: the name, as written, of the person the article says is
    known as the word («رئيس الولاية علي عبد الله حسين، المعروف بـ"غودلاوي"،»), or whose name the
    word follows in quote marks («رئيس ولاية غلمدغ أحمد عبدي كاريه "قورقور"»)."""
    for k in range(3, len(an.words)):
        if an.words[k] != word:
            continue
        gap = an.doc.gap(k)
        if any(ch in QUOTE_MARKS for ch in gap) and not any(ch in "،,.:" for ch in gap) \
                and (k + 1 >= len(an.words) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1))):
            # the name's first word, a known given name, within four words before the quoted one
            first = next((x for x in range(max(0, k - 4), k - 1) if an.words[x] in name_lexicon.given_names()
                          and not any(has_phrase_break(an.doc.gap(y)) for y in range(x + 1, k))), None)
            if first is not None:
                return an.doc.text(first, k)
        if an.words[k - 1] != "ب" or an.words[k - 2] not in _KNOWN_AS or not any(ch in "،," for ch in an.doc.gap(k - 2)):
            continue
        end = start = k - 2        # the comma before «المعروف» ends the name
        while start > max(0, k - 8) and (start == end or not has_phrase_break(an.doc.gap(start))) and (
                could_be_given_name(an, start - 1) or an.words[start - 1] in _NAME_LINKS):
            start -= 1
        if end - start >= 2:
            return an.doc.text(start, end)
    return None


def fuller_name(an: Analysis, surname: str) -> str | None:
    """«برهوم» -> «فوزي برهوم»: the first place the article writes the surname after a
    given name (a byline «فوزي برهوم - المتحدث …», a caption), as written there."""
    for k in range(1, len(an.words)):
        if an.words[k] != surname or has_phrase_break(an.doc.gap(k)) \
                or (surname.startswith("ال") and not written_with_article(an, k)) \
                or (surname == "علي" and not an.doc.tokens[k].text.endswith("ي")):
            continue      # (not «ستشرف على» for «علي»: the preposition, written with «ى»)
        ahead = _chain_after(an, k) or _patronym_after(an, k)
        if ahead is not None:
            return ahead
        if k + 1 < len(an.words) and country_nisba(an, an.words[k - 1]) and not has_phrase_break(an.doc.gap(k + 1)) \
                and could_be_given_name(an, k + 1) and not an.is_common_word(k + 1):
            return an.doc.text(k, k + 2)      # «يقول غمتشو» after «الشاب الإثيوبي غمتشو ديريبا»: a name after a nationality
        if k + 2 < len(an.words) and an.doc.gap(k + 2) in JOINING_HYPHENS and not has_phrase_break(an.doc.gap(k + 1)) \
                and an.words[k + 1].isalpha() and an.words[k + 2].isalpha():
            return an.doc.text(k, k + 3)      # «وتابع كيم» after «كيم يونغ-بوم»: Korea's family name first, then a hyphened given name
        g = k - 1
        nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
        if not could_be_given_name(an, g) and nxt.startswith(("بو", "بن")) and len(nxt) >= 5 and nxt.isalpha() \
                and not has_phrase_break(an.doc.gap(k + 1)) and not manner_phrase(an, k + 1):
            return an.doc.text(k, k + 2)      # «وقف سالم بوخطوة …، قال سالم»: a Maghreb family name after it
        w = an.words[g]
        if w.startswith("ال") and g > 0 and an.words[g - 1] == "عبد" and not has_phrase_break(an.doc.gap(g)) \
                and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k)):
            own = g >= 2 and an.words[g - 2] in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(g - 1))
            return an.doc.text(g - 2 if own else g - 1, k + 1)      # «عبد الإله بنكيران»: a compound given name in «عبد ال…» («كاظم عبد الحسين فرحان»: and his own before it)
        if w in INNA_FORMS or (g > 0 and an.words[g - 1] == "ان" and w.endswith("ت") and w not in name_lexicon.given_names()) \
                or (surname in lexicon.title_heads() and has_phrase_break(an.doc.gap(g)) and w not in name_lexicon.given_names()) \
                or (g > 0 and an.words[g - 1] in BEFORE_A_VERB and w not in name_lexicon.given_names()):
            continue      # «، فإن بنكيران …»: «فإنّ» is no given name; «بعد أن بدأت سلاسل التجزئة»: a verb after «أن»; «، دافع المستشار»: an office; «لو أبقى المركزي»
        # «تأسيس المنصة»، «بفارق كبير»: a verbal noun, or «بـ/لـ» on a noun, is no given name
        if could_be_given_name(an, g) and (not masdar_shaped(w) or w in name_lexicon.given_names()) and not verb_shaped_word(w) \
                and not (w[:1] in "بلك" and len(w) >= 4 and not known_first_word(w) and surname in ADJECTIVES_NO_FAMILY_NAME):
            start = g - 1 if g > 0 and (an.words[g - 1] in ("عبد", "ابو") or an.doc.gap(g) in JOINING_HYPHENS) \
                and not has_phrase_break(an.doc.gap(g)) else g      # («جان-لوي بيون»: a hyphened given name)
            # «محمد عبد الرحمن "الغربال"»: a nickname in quotation marks after the name stands for it
            nickname = any(ch in QUOTE_MARKS for ch in an.doc.gap(k))
            text = an.doc.text(start, g + 1 if nickname else name_goes_on(an, start, k + 1))
            prev = an.words[start - 1] if start > 0 else ""
            if start == g and prev in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(start)):
                return an.doc.text(start - 1, start) + " " + text     # «يقف جبار عودة الساعدي»: the own name before the father's
            if start == g >= 2 and an.words[g - 2] in lexicon.title_heads() and could_be_given_name(an, g - 1) \
                    and not an.is_common_word(g - 1) and not any(has_phrase_break(an.doc.gap(x)) for x in (g - 1, g)):
                return an.doc.text(g - 1, start) + " " + text     # «الدكتورة لوسيانا فيريرا كامبوس»: all a title names
            if prev[:1] == "و" and prev[1:] in name_lexicon.given_names() and w in name_lexicon.given_names() \
                    and not has_phrase_break(an.doc.gap(start)):
                # «بحضور الوزير …، ومحمد إبراهيم القصير مدير …»: the own given name, with «و», before the father's
                return an.doc.tokens[start - 1].text[1:] + " " + text
            return text
    return None


# How many names may follow a given name in a chain of descent («حليمة محمد علي حسن»).
_CHAIN = 3


def _chain_after(an: Analysis, k: int) -> str | None:
    """«وقفت حليمة محمد علي، … قالت حليمة»: a word followed, with no break, by a known given name
    is a given name itself, the first of a chain (the person, the father, the grandfather), so
    its fuller writing runs forward: «حليمة محمد علي», not back into the word before it (a verb,
    «وقفت»). None when no known given name follows it."""
    words = an.words
    # a definite word («رئيس الوحدة نجيب …») is no given name
    if k + 1 >= len(words) or has_phrase_break(an.doc.gap(k + 1)) or not could_be_given_name(an, k) \
            or not known_first_word(words[k + 1]) or words[k + 1].startswith("ال") or manner_phrase(an, k + 1):
        return None       # («وأضاف سالم بنبرة حزينة»: how he said it)
    if words[k + 1] in lexicon.prepositions() and not _name_ends_after(an, k + 2):
        return None       # «شدد … مرعي على أن …»: «على», governing; «أسامة علي لـ"218"»: the name
    end = k + 2
    while end < len(words) and end - k <= _CHAIN and not has_phrase_break(an.doc.gap(end)) \
            and (known_first_word(words[end]) or could_be_given_name(an, end) or words[end - 1] == "عبد") \
            and not (end + 1 < len(words) and words[end + 1] in lexicon.complementisers()) \
            and words[end] not in lexicon.title_heads():      # «علي» is the name there, no «على»
        end += 1
    return an.doc.text(k, end)


def _name_ends_after(an: Analysis, k: int) -> bool:
    """The phrase ends before token k and no «أن/إن» stands there (which «على» would govern)."""
    return k >= len(an.words) or (an.words[k] not in lexicon.complementisers() and phrase_ends_at(an, k, closely=True))



_DESCENT = frozenset(arabic.normalize(w) for w in ("منت", "ولد", "بنت"))


def _patronym_after(an: Analysis, k: int) -> str | None:
    """«تقول عزيزة» after «كانت الحرفية عزيزة منت الخليل ترتب …»: a given name the article writes
    with «منت/ولد/بنت» and the father's name after it is that whole name, read forward."""
    words = an.words
    if k + 2 >= len(words) or words[k + 1] not in _DESCENT or not could_be_given_name(an, k) \
            or has_phrase_break(an.doc.gap(k + 1)) or has_phrase_break(an.doc.gap(k + 2)) or not words[k + 2].isalpha():
        return None
    return an.doc.text(k, name_goes_on(an, k, k + 3))


def given_and_family_of(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """«عبدالله الحمود» of «عبدالله أحمد الحمود الصباح»: a given name and one later word of a fuller name
    of four words or more, the father's name between them left out (Gulf usage)."""
    return len(words) == 2 and len(full) >= 4 and full[0] == words[0] and words[1] in full[2:] \
        and not words[1].startswith(("بن", "ولد")) and words[1] not in ("بن", "بنت", "ولد", "ال")


def described_given_name(an: Analysis, given: str) -> str | None:
    """«وقالت أمل» after «وتقيم الطالبة أمل عابد مع عائلتها …»: a given name alone, written once
    before after a word for what a private person is («الطالبة»، «المواطن») and followed there by
    her other names: that fuller name; None when there is none, or more than one."""
    found = set()
    for k in range(len(an.words) - 1):
        if an.words[k] != given:
            continue
        # «سلام الحموي، وهو لاجئ سوري …»، «أمل الخطيب، سورية تعمل …» opening a paragraph: a person introduced by the name, then what she is
        end = next((x for x in range(k + 2, min(k + 4, len(an.words) - 1)) if has_phrase_break(an.doc.gap(x))), None)
        if (k == 0 or "\n" in an.doc.gap(k)) and end is not None and an.doc.gap(end).strip() == "،" \
                and not any(has_phrase_break(an.doc.gap(x)) for x in range(k + 1, end)) \
                and all(an.words[x].isalpha() and an.words[x] not in lexicon.stop_words() and not an.is_verb(x) for x in range(k, end)):
            found.add(an.doc.text(k, end))
        # («الطالبة العراقية الأصل أمل حداد»: what she is, and its adjectives)
        described = any(an.words[x] in name_lexicon.person_descriptors() and all(an.words[y].startswith("ال") for y in range(x + 1, k))
                        for x in range(max(0, k - 4), k))
        if k == 0 or given.startswith("ال") or not described or has_phrase_break(an.doc.gap(k)):
            continue
        end = k + 1
        while end < len(an.words) and end - k <= _CHAIN and not has_phrase_break(an.doc.gap(end)) and an.words[end].isalpha() \
                and not an.words[end].startswith("ال") and not an.is_common_word(end) and not an.is_verb(end) \
                and (an.words[end] not in lexicon.stop_words() or an.written(end) == "علي") and (an.words[end] not in lexicon.prepositions() or an.written(end) == "علي") \
                and not (end - k >= 2 and an.words[end][:1] in "يت" and len(an.words[end]) >= 4 and an.words[end] not in name_lexicon.given_names()):
            end += 1      # (not «المزارع كرم أوزدمير يتأمل»: a verb of the present after his two names)
        if end > k + 1:
            found.add(an.doc.text(k, end))
    return found.pop() if len(found) == 1 else None
