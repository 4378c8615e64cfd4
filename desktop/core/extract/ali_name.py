"""«علي»: the given name Ali and the preposition «على» meet in one normal form. Which one a
token is, read from how the article writes the preposition and from the words around it."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break


def ali(an: Analysis, k: int, j: int) -> bool:
    """«علي» written with «ي» (the name), which the normal form cannot tell from «على» (on), in
    an article that writes the preposition «على» (so «علي» there is not the preposition
    misspelt), with a name word after it."""
    if an.words[k] != "علي" or not an.doc.tokens[k].text.endswith("ي"):
        return False
    if k + 1 < len(an.words) and an.words[k + 1] in ("بن", "ابن") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «علي بن نصر»: a name and its patronym; «على» takes no «بن»
    if k > 0 and an.words[k - 1] in ("ولد", "بن", "ابن", "بنت", "ابو", "ام", "سيد", "سيدي", "شيخ") and not has_phrase_break(an.doc.gap(k)):
        return True       # «نور الدين ولد علي،»، «أبو علي»، Algeria's «سيد علي مرابط»، Somalia's «عبد الفتاح شيخ علي»: a name's word after the word
    if 0 < k and k + 2 < len(an.words) and an.words[k + 2] == "ل" and an.words[k - 1].isalpha() \
            and an.words[k + 1].isalpha() and an.words[k + 1] not in lexicon.stop_words() \
            and an.words[k + 1] not in lexicon.prepositions() and not an.is_verb(k + 1) \
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «عبد الرحمن علي طاهر لـ«كيد ميديا»»: a name, then the one spoken to
    if 0 < k and k + 1 < len(an.words) and an.words[k + 1] == "ل" and an.words[k - 1].isalpha() \
            and not has_phrase_break(an.doc.gap(k)):
        return True       # «عبد الله محمد علي لـ«إذاعة أفجوي»»: «لـ» on the outlet never follows «على»
    if 0 < k and k + 1 < len(an.words) and an.words[k - 1] in lexicon.report_verbs() \
            and an.words[k + 1] in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «"…"، يقول علي حسن نور»: after a verb of speech, Ali and a name
    if k + 2 < len(an.words) and ("،" in an.doc.gap(k) or (an.writes_ala and any(m.j == k for m in an.gaz_at.values()))) \
            and (an.words[k + 1] in name_lexicon.given_names() or an.words[k + 1] == "عبد") \
            and not has_phrase_break(an.doc.gap(k + 1)) and not has_phrase_break(an.doc.gap(k + 2)):
        return True       # «رئيس ولاية هيرشبيلي، علي عبد الله حسين،»: a name set off by commas (or right after the place) opens with Ali
    if 0 < k and k + 1 < len(an.words) and an.words[k + 1] == "الي" and an.words[k - 1].isalpha() and not has_phrase_break(an.doc.gap(k)) \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «أشار … المقدم ياسين محمود علي إلى أن»: no «على» stands before «إلى»
    if k > 0 and an.words[k - 1] in _CALLED and k + 1 < len(an.words) and an.words[k + 1].isalpha() \
            and an.words[k + 1] not in lexicon.stop_words() and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «الدكتور علي رحيم الشمري»: a calling is followed by a name, never by «على»
    if not an.writes_ala:
        return _ali_between_names(an, k) or _ali_after_title(an, k)
    if k + 1 < len(an.words) and an.words[k + 1] == "علي" and an.doc.tokens[k + 1].text.endswith("ى") \
            and k > 0 and an.words[k - 1].isalpha() and not has_phrase_break(an.doc.gap(k)):
        return True       # «عبد الناصر شيخ علي على أن»: the name, then the preposition as written
    if k > 0 and (k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1))
                  or an.words[k + 1] in ("ان", "قد", "بان") or an.is_verb(k + 1)) \
            and an.words[k - 1].isalpha() and not has_phrase_break(an.doc.gap(k)):
        return True       # «أسامة علي إن …»، «… محمد علي بأن»: the preposition never ends a phrase, the name does
    if k + 1 >= j:
        return False
    nxt = an.words[k + 1]
    if nxt.startswith("ال") and nxt in lexicon.title_heads() and not has_phrase_break(an.doc.gap(k + 1)) and (
            k + 2 >= len(an.words) or has_phrase_break(an.doc.gap(k + 2)) or an.words[k + 2] in ("ان", "قد")):
        return True       # «علي الشيخ إن …»: an office word that ends the phrase is the family name
    # «علي أمين غاندابور»: «أمين» is a name when no «عام/سر» or definite word follows to make it the office
    amin = nxt == "امين" and k + 2 < len(an.words) and an.words[k + 2].isalpha() \
        and an.words[k + 2] not in ("عام", "سر") and not an.words[k + 2].startswith("ال") \
        and not has_phrase_break(an.doc.gap(k + 2))
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(k + 1)) and nxt not in lexicon.stop_words()
            and nxt not in lexicon.prepositions() and not an.is_time(k + 1) and not an.is_verb(k + 1)
            and (not an.is_common_word(k + 1) or nxt in name_lexicon.article_given_names()   # «علي الصادق»
                 or nxt in name_lexicon.given_names())      # «علي حسن نور»: «حسن» (good) is a name too
            and (nxt not in lexicon.title_heads() or amin))


# Callings a name always follows (the ranks and «السيد» may take «على» in other senses)
_CALLED = lexicon.forms("الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الحاج الحاجة")


def _ali_between_names(an: Analysis, k: int) -> bool:
    """«محافظ المهرة محمد علي ياسر،» in an article that never writes «على»: «علي» between a known
    given name and one more name word that ends the phrase is the name, not «على» misspelt."""
    words = an.words
    if 0 < k < len(words) and (words[k - 1] in name_lexicon.given_names() or name_lexicon.ba_family_name_word(words[k - 1])) \
            and not has_phrase_break(an.doc.gap(k)) and (k + 1 == len(words) or has_phrase_break(an.doc.gap(k + 1))):
        return True       # «وقال رئيس الفريق، محمد علي، إن»: «على» never ends a phrase, a given name's Ali does (so «أنيس بالحاج علي،»)
    if k < 1 or k + 1 >= len(words) or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = words[k + 1]
    placed = any(m.j == k for m in an.gaz_at.values())      # «رئيس وزراء إقليم خيبر بختونخوا علي أمين غاندابور»
    if (words[k - 1].startswith("ال") or placed) and nxt in name_lexicon.given_names() and k + 2 < len(words) and words[k + 2].isalpha() \
            and not words[k + 2].startswith("ال") and words[k + 2] not in lexicon.stop_words() and not has_phrase_break(an.doc.gap(k + 2)):
        return True       # «وزير الصحة علي حاجي آدم أبوبكر»: after a title, Ali and two more name words
    if an.writes_ala and words[k - 1].startswith("ال") and nxt.isalpha() and not nxt.startswith("ال") and nxt not in lexicon.stop_words() \
            and not an.is_common_word(k + 1) and not an.is_verb(k + 1) and not name_lexicon.masdar_shaped(nxt) and not (nxt[:1] == "ت" and len(nxt) == 5 and nxt[3] == "ي") and k + 2 < len(words) \
            and (has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in lexicon.complementisers() or an.is_verb(k + 2)):
        return True       # «أما صاحب الثلاثية علي علوان فقال»: where «على» is written with «ى», «علي» after a title is Ali
    if (words[k - 1] in name_lexicon.given_names() or name_lexicon.ba_family_name_word(words[k - 1])) and an.doc.tokens[k + 1].text in ("إن", "إنه", "إنها"):
        return True       # «قال … أحمد علي إن»: «على» never takes «إنّ» with its kasra
    # («المهندس محمد علي العجب أن»: a family name in «ال» too, when no office or common word)
    definite_family = nxt.startswith("ال") and nxt not in lexicon.title_heads() and not an.is_common_word(k + 1) \
        and nxt not in lexicon.stop_words() and (k + 1) not in an.gaz_at
    if words[k - 1] not in name_lexicon.given_names() or not nxt.isalpha() or (nxt.startswith("ال") and not definite_family) \
            or nxt in lexicon.stop_words() or an.is_verb(k + 1) or an.is_time(k + 1):
        return False
    return k + 2 >= len(words) or has_phrase_break(an.doc.gap(k + 2)) or words[k + 2] in lexicon.complementisers() \
        or an.is_report_noun(k + 2)       # «ونقل البيان عن … محمد علي اللامي قوله إن»


def _ali_after_title(an: Analysis, k: int) -> bool:
    """«، القاضي علي الطرشي،»: «علي» after a definite title, then one definite nisba that ends the
    part: a name and its family name (no «على» takes a nisba alone before a break)."""
    words = an.words
    return (0 < k and k + 1 < len(words) and words[k - 1].startswith("ال") and words[k - 1] in lexicon.title_heads()
            and words[k + 1].startswith("ال") and words[k + 1].endswith("ي") and len(words[k + 1]) >= 5
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1))
            and (k + 2 >= len(words) or has_phrase_break(an.doc.gap(k + 2))))


def walde(an: Analysis, k: int, j: int) -> bool:
    """«تسفاي ولدي غيورغيس»: «ولدي» (Ethiopia's and Eritrea's «Welde-») inside a name, not «و» and
    «لدي» (I have): a name's word before it, one after it with no break."""
    return (an.words[k] == "ولدي" and 0 < k and k + 1 < j and an.words[k - 1].isalpha()
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1))
            and an.words[k + 1].isalpha() and not an.is_common_word(k + 1) and not an.is_verb(k + 1)
            and an.words[k + 1] not in lexicon.stop_words())
