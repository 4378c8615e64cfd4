"""Names shaped like the words a name ends before: a family name shaped as a plural past verb
(«هانا سيروا تيتيه»), «كان» (Kane, not «was»), «أمير» (Amir, not a prince), and a nickname in
quote marks after a name (no word of it, no quotation). Read by the name readers where the shape
alone would end the name."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, RELATIVES, Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_evidence import known_first_word


def name_closes_after(an: Analysis, k: int) -> bool:
    """Whether token k is a bare word no lexicon knows, the last before a break: a family name
    closing the name («هانا سيروا تيتيه،»), not a plural verb's object («حضروا اللقاء»)."""
    w = an.words[k] if k < len(an.words) else ""
    # («… هانا سيروا تيتيه قد دعت»، «… تيتيه بالخطوة»: «قد» and its verb, or what was welcomed, end it as a break does)
    return w.isalpha() and not w.startswith("ال") and k + 1 < len(an.words) and (
        has_phrase_break(an.doc.gap(k + 1)) or an.words[k + 1] == "قد" or an.words[k + 1].startswith("بال")) \
        and not an.is_time(k) and not an.is_verb(k) and not an.is_common_word(k) and w not in lexicon.stop_words() \
        and w not in lexicon.prepositions() and not has_phrase_break(an.doc.gap(k))


def kane_surname(an: Analysis, n_i: int, k: int) -> bool:
    """«مربي المواشي عمر كان، من قرية …»: «كان» (Kane, a West African family name) right after a
    known given name, the phrase ending after it, is no verb «was» (which would take a predicate)."""
    # («الباحثة … ميتشيكو كان لـ"العربية" إن»: the outlet spoken to after it, in quotation marks)
    spoken_to = k + 2 < len(an.words) and an.words[k + 1] == "ل" and any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 2))
    compound = k == n_i + 2 and an.words[n_i] == "محمد" and an.words[n_i + 1] in ("الامين", "المختار")     # «محمد الأمين كان،»
    return an.words[k] == "كان" and (k == n_i + 1 or compound) and (known_first_word(an.words[n_i]) or spoken_to) and k + 1 < len(an.words) \
        and (has_phrase_break(an.doc.gap(k + 1)) or spoken_to)


def name_run_at(an: Analysis, k: int, j: int) -> bool:
    """Tokens k and k + 1 are both given names the lexicon knows: a name starts at k, not an
    indefinite nisba of the title before it («الفريق أول مهندس ميرغني إدريس سليمان»)."""
    return an.words[k] in name_lexicon.given_names() and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) \
        and an.words[k + 1] in name_lexicon.given_names()


def stop_word_in_name(an: Analysis, n_i: int, k: int) -> bool:
    """A stop word's shape at k that is a word of the name begun at n_i: Kane («عمر كان،»), or the
    South Asian «-e-» written «إي» with its hamza under the alif, as «أي» (any) never is: «فاروق إي
    أعظم،», a word of a name following it."""
    if (an.words[k] == "او" or an.written(k) == "لان") and k >= n_i + 2 and (k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1))):
        return True       # «رئيس الإدارة قوان تشي أو،»، «وانغ شيو لان،»: China's «Ao», «Lan» closing a name; «or», «because» never end a phrase
    if an.words[k] in ("ذو", "ذي", "ذا") and k > n_i and k + 1 < len(an.words) and an.words[k + 1].startswith("ال") \
            and an.words[k + 1].isalpha() and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «مجتبى ذو النوري»، «ذو الفقار»: «ذو» and a definite word, a family name («owner of»)
    return kane_surname(an, n_i, k) or (k > n_i and time_word_in_name(an, k)) or (
        an.written(k) == "إي" and k > n_i and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1))
        and an.words[k + 1].isalpha() and not an.words[k + 1].startswith("ال") and an.words[k + 1] not in lexicon.stop_words())


def amir_given_name(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«لاعب الوسط أمير العماري فقال»: «أمير» after a title's definite last word, then a definite
    nisba that ends the phrase, is the given name Amir and his family name, not a prince."""
    words = an.words
    if words[k] == "امير" and not ph.title and k + 2 < j and words[k + 1] in name_lexicon.given_names() and words[k + 2].isalpha() \
            and not has_phrase_break(an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(k + 2)):
        return True       # «…، أمير عثمان الطيب، لـ…»: Amir opening a name of three, no prince (who is «أمير» of a place)
    return words[k] == "امير" and ph.kind == "person" and k + 1 < j and (k - 1) in ph.title \
        and words[k - 1].startswith("ال") and words[k + 1].startswith("ال") and words[k + 1].endswith("ي") \
        and (k + 1) not in an.gaz_at and not has_phrase_break(an.doc.gap(k + 1)) and _clause_goes_on(an, k + 2)


def quoted_nickname_at(an: Analysis, k: int) -> bool:
    """«أحمد عبدي كاريي "قورقور"،»: one quoted word right after a name, the phrase ending after it,
    is the name he is known by (a Somali «naanays»), no word of his name and no quotation."""
    return k + 1 < len(an.words) and any(ch in QUOTE_MARKS for ch in an.doc.gap(k)) \
        and any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)) \
        and has_phrase_break("".join(ch for ch in an.doc.gap(k + 1) if ch not in QUOTE_MARKS))


def _clause_goes_on(an: Analysis, k: int) -> bool:
    """The phrase ends before token k: a break, «إن/أن», «قد», a verb, a preposition or a time."""
    w = an.words[k] if k < len(an.words) else ""
    return not w or has_phrase_break(an.doc.gap(k)) or w in lexicon.complementisers() or w in ("قد", "فقد") \
        or an.is_verb(k) or w in lexicon.prepositions() or an.is_time(k)


def kane_alone(an: Analysis, a: int, b: int) -> Phrase | None:
    """«قال كان إن فريقه "…"» after «محمد الأمين كان»: «كان» alone between a verb of speech and «إن/أن»,
    in an article that writes it after a given name, is the family name (the verb «was» takes no «إنّ»)."""
    words = an.words
    if b != a + 1 or words[a] != "كان" or a + 1 >= len(words) or words[a + 1] not in lexicon.complementisers():
        return None
    named = any(words[x] == "كان" and x != a and x > 1 and (known_first_word(words[x - 1]) or known_first_word(words[x - 2])
                or words[x - 1] in name_lexicon.article_given_names()) for x in range(len(words)))     # «محمد الأمين كان»
    return Phrase(a, b, [], (a, b), None, "person") if named else None


def lam_office_surname(an: Analysis, n_i: int, k: int) -> bool:
    """«الدكتور فرانك لولي أن …»: «لـ» on an office's head («ولي») after a name's words, with
    nothing after it for the office to govern («أن/إن» or a break), is a family name («Lawoe»),
    not the one spoken to («لولي العهد»، «لوزير الخارجية»)."""
    w = an.words[k]
    if k <= n_i or len(w) < 4 or w[0] != "ل" or w[1:] not in lexicon.title_heads() or w[1:] in lexicon.addressees():
        return False      # («جبار عودة لمراسل (واع) إن»: the correspondent spoken to)
    return k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)) \
        or (an.words[k + 1] in lexicon.complementisers() and an.words[k + 1] != "الي")


# Sudan's women's names in «ست» (lady of): «ست البنات»، «ست النساء», no number six
_SITT_NAMES = lexicon.forms("البنات النساء الدار الجيل النفر الحبايب الكل")


def sitt_given_name(an: Analysis, k: int) -> bool:
    """«وتقول ست البنات الطيب، وهي ربة منزل …»: «ست» at k before one of the words that make a Sudanese
    woman's given name with it, not the number six."""
    return an.words[k] == "ست" and k + 1 < len(an.words) and an.words[k + 1] in _SITT_NAMES \
        and not has_phrase_break(an.doc.gap(k + 1))


# Given names that are also times of day («صباح»، «فجر»، «ضحى»), read as names where their shape says so
TIME_SHAPED_NAMES = lexicon.forms("صباح فجر ضحى")


def time_word_in_name(an: Analysis, k: int) -> bool:
    """«الشيخة حصة صباح السالم الصباح»: a time of day right after a name's first word, before a
    definite word that is no time and no title, is the father's given name («صباح الأحد» goes on as a
    time)."""
    if an.words[k] not in TIME_SHAPED_NAMES or k < 1 or k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k)) \
            or has_phrase_break(an.doc.gap(k + 1)) or an.words[k - 1].startswith("ال"):
        return False
    nxt = an.words[k + 1]
    return nxt.startswith("ال") and len(nxt) >= 5 and not an.is_time(k + 1) and nxt not in lexicon.title_heads() \
        and nxt not in lexicon.stop_words()


def ends_name_phrase(an: Analysis, x: int) -> bool:
    """Whether a name's phrase ends before token x: a break, a relative («… فجر السليطي التي قالت»),
    «إن/أن» or a noun of what was said («قوله»)."""
    return x >= len(an.words) or has_phrase_break(an.doc.gap(x)) or an.words[x] in RELATIVES \
        or an.words[x] in lexicon.complementisers() or an.words[x] in lexicon.report_nouns()


def kabir_given_name(an: Analysis, k: int, j: int) -> bool:
    """«الدكتور كبير البشر من أن»: «كبير» (a chief) after a title of address, with a definite word that ends
    the phrase, is South Asia's given name Kabir and its second part («Kabirul Bashar»), no office."""
    words = an.words
    return words[k] == "كبير" and k > 0 and words[k - 1] in name_lexicon.address_titles() and k + 1 < j \
        and words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)) \
        and (k + 2 >= len(words) or has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in ("من", "ان", "إن") or words[k + 2] in lexicon.complementisers())


# «طلب عدم نشر اسمه»، «فضّل عدم ذكر اسمه»: the one quoted withholds his name
_WITHHOLDS = lexicon.forms("طلب طلبت طالبا طالبة فضل فضلت رفض رفضت")


def withholds_name(an: Analysis, k: int) -> bool:
    """«مهندس في ميناء السدرة النفطي طلب عدم نشر اسمه»: at k the aside that withholds a name
    begins, with or without a comma before it; it is no word of the name («طلب» is no «طالب»)."""
    return an.words[k] in _WITHHOLDS and any(an.words[x] in lexicon.anonymity_words() for x in range(k + 1, min(len(an.words), k + 5)))


def manner_phrase(an: Analysis, k: int) -> bool:
    """«بنبرة حزينة»، «بصوت هادئ»: a noun in «ة» on «بـ» (no «بو/بنت» of a Maghreb name) and an indefinite
    adjective in «ة» after it, with no break: how someone spoke, no name word."""
    raw = an.doc.tokens[k].text
    return raw[:1] == "ب" and not raw.startswith(("بو", "بنت")) and raw.endswith("ة") and len(raw) <= 6 and k + 1 < len(an.words) \
        and not has_phrase_break(an.doc.gap(k + 1)) and not an.words[k + 1].startswith("ال") and (k + 1) not in an.gaz_at \
        and an.doc.tokens[k + 1].text.endswith("ة") and len(an.words[k + 1]) >= 4     # (not «بمعتمدية جبنيانة»: where)


def malay_wan(an: Analysis, k: int) -> bool:
    """«وان روسدي وان إسماعيل»: Malaysia's «Wan», written «وان» with no hamza (no «وأن»), then a name
    word with no break: a word of a name."""
    return an.written(k) == "وان" and k + 1 < len(an.words) and an.words[k + 1].isalpha() and not an.words[k + 1].startswith("ال") \
        and an.words[k + 1] not in lexicon.stop_words() and not an.is_verb(k + 1) and not an.is_common_word(k + 1) \
        and not has_phrase_break(an.doc.gap(k + 1)) and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1))
