"""Where a body's name ends when it is a construct chain: never on an indefinite noun.

In Arabic an indefinite noun inside a body's name is in the construct state: it governs the noun
after it, so the name cannot stop on it. «جمعية أصدقاء مرضى السرطان»، «مركز عمليات طوارئ الصحة
العامة»، «فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ»: the chain runs through its indefinite
nouns, and the members joined to one of them with «و» (each governed alike), to the definite noun
that ends it; the definite end's adjectives are then read by the title's definite-word rule. No
clause goes on with a run of indefinite nouns between a body and a definite word, which is why the
chain may be taken whole; it may not cross a break, a verb, a time or a function word.

Read by `actors.parse_phrase` on a body whose title stops on an indefinite word.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actor_shape import hollow_action
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.events import is_trigger_word
from desktop.core.extract.name_lexicon import masdar_shaped

# How many governed words a chain may take before its definite end («آباء وأمهات وأولياء»).
_CHAIN_WORDS = 4

# «أم درمان»، «أبو ظبي»: a place named with a kunya, two letters long, still a chain's noun.
_KUNYA = frozenset(arabic.normalize(w) for w in ("أم", "أبو"))


def _indefinite_noun(an: Analysis, k: int, w: str, *, first: bool = True) -> bool:
    """Token k, read as `w`, may be a governed indefinite noun of a chain: a word of the body's
    name, no verb, no time, no function word, no break before it; and, `first` right after the
    body's words, no action a clause goes on with («… إنشاء الطريق»). Further in, a noun of that
    shape is governed like the others («وأمهات» is no verbal noun, though shaped as «إفعال»)."""
    if not w.isalpha() or has_phrase_break(an.doc.gap(k)) or k in an.gaz_at:
        return False
    if w in _KUNYA:
        return k + 1 < len(an.words) and an.words[k + 1].isalpha() and not has_phrase_break(an.doc.gap(k + 1))
    return (len(w) >= 3 and not w.startswith(("ال", "و", "ب", "ل")) and not an.is_verb(k)
            and not (an.is_common_word(k) and ((first and an.words[k - 1] not in _VICTIMS) or not is_trigger_word(w)))    # «رابطة أسر ضحايا فيضان درنة»
            and not an.is_time(k)
            and not (first and ((name_lexicon.masdar_shaped(w) and not _afaal_plural(an, k)) or w in lexicon.action_nouns()))
            and w not in lexicon.stop_words() and w not in lexicon.prepositions())


# Those a happening struck, governing it: «تنسيقية ضحايا زلزال الحوز»، «جمعية متضرري فيضانات …»
_VICTIMS = lexicon.forms("ضحايا متضرري منكوبي مصابي ناجي")


def _afaal_plural(an: Analysis, k: int) -> bool:
    """«أعمال»، «أصدقاء»: the plural أفعال, written with «أ», not the verbal noun إفعال («إنشاء»)."""
    w = an.words[k]
    return an.written(k).startswith("أ") and len(w) in (5, 6) and w[3] == "ا"


def _joined(an: Analysis, k: int) -> bool:
    """«وأمهات»: a second member governed like the noun before it, joined with «و»."""
    w = an.words[k]
    return len(w) >= 4 and w[0] == "و" and not w[1:].startswith("ال") and _indefinite_noun(an, k, w[1:], first=False)


def _open_chain(an: Analysis, ph: Phrase) -> bool:
    """The body's title is a chain still open: it opens on a body's head, every word of it is
    indefinite and none is a listed name («شرطة دبي» is closed by the city)."""
    words = [an.words[t] for t in ph.title]
    return (words[0] in lexicon.org_heads() and all(t not in an.gaz_at for t in ph.title)
            and not any(w.startswith(("ال", "وال", "بال", "لل")) for w in words))


# Actions a body is named for that take what they act on in construct: «دائرة مكافحة حرائق الغابات»
_FIGHTING = lexicon.forms("مكافحة إطفاء إخماد")


def chain_end(an: Analysis, ph: Phrase, k: int) -> int:
    """The end of the governed words from k on, when the body's title (ending right before k) is
    in the construct state and a definite noun closes the chain after them; k when it is not.
    «مركز عمليات» + «طوارئ» before «الصحة»: the title takes «طوارئ»; «جمعية أصدقاء» + «مرضى»
    before «السرطان»; «فيدرالية جمعيات» + «آباء وأمهات وأولياء» before «التلاميذ»."""
    words = an.words
    if len(ph.title) < 2 or ph.title[-1] != k - 1:
        return k
    portfolio = _another_portfolio(an, ph, k)
    if portfolio > k:
        return portfolio
    last = words[k - 1]
    # («مكتب منسق أعمال الحكومة …»: an office's holder inside a body's name governs on too)
    # «المركز الكندي المشترك لمكافحة حرائق الغابات»: what the body fights, in construct after it
    purpose = _purpose(last) or (last[:1] == "و" and masdar_shaped(last[1:]))     # «… ومتابعة إنجاز الاستثمارات»: a second aim, in construct
    head_ends = last in lexicon.org_heads() or last in lexicon.title_modifiers() or last in lexicon.title_heads() or purpose \
        or (last[:1] == "و" and hollow_action(last[1:]))      # «صندوق التنمية وإعادة إعمار ليبيا»
    if last.startswith(("ال", "وال", "بال", "لل")) or (k - 1) in an.gaz_at \
            or not (head_ends or _open_chain(an, ph)):
        return k
    end = k
    while end < len(words) and end - k < _CHAIN_WORDS:
        if end > k and (words[end].startswith("ال") or end in an.gaz_at):
            break
        # («دائرة مكافحة حرائق الغابات»: what a body fights may be a common word, «حرائق»)
        if not (_indefinite_noun(an, end, words[end], first=end == k and not purpose and last not in _FIGHTING) or _joined(an, end)):
            return k
        end += 1
    if end >= len(words) or end == k or has_phrase_break(an.doc.gap(end)):
        return k
    close = words[end]      # («مفوضية إيكواس عمر أليو توراي»: «أل» written with its hamza is a name's, no article)
    return end if (close.startswith("ال") and an.written(end)[:1] == "ا" and close.isalpha() and not an.is_time(end)) or end in an.gaz_at else k


# Parties a joint body stands between, by their dual: «دولتي»، «بلدتي»
STATE_NOUNS = frozenset(arabic.normalize(w) for w in ("دولة", "بلدة", "قرية", "جمهورية", "مملكة"))

# How many indefinite words may stand between «من أجل» and the definite noun ending the aim.
_AIM_WORDS = 3


def _ends_phrase(an: Analysis, e: int, person: bool) -> bool:
    """What may follow a body's name that ends on its aim: a break, a quotation, «إن/أن» (what it
    said), or, in a person's title, a quoted name or the holder's name."""
    from desktop.core.extract.name_evidence import known_first_word
    words = an.words
    if e >= len(words) or has_phrase_break(an.doc.gap(e)) or words[e] == "ان":
        return True
    if any(ch in "\"«“" for ch in an.doc.gap(e)):
        return True
    return person and known_first_word(words[e]) and not words[e].startswith("ال")


# Bodies whose name may hold a one-word aim: «حزب التحالف من أجل الجمهورية»، «حركة من أجل التغيير»
_AIM_NAMED_BODIES = frozenset(arabic.normalize(w) for w in ("حزب", "الحزب", "حركة", "الحركة", "تحالف", "ائتلاف",
                                                            "جبهة", "الجبهة", "تجمع", "التجمع"))


def _purpose(word: str) -> bool:
    """«لمكافحة»، «لحماية»: «لـ» on what a body is for, which governs the noun after it."""
    return word[:1] == "ل" and not word.startswith("لل") and word[1:] in lexicon.title_modifiers()


def aim_of_body(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«الجمعية اللبنانية من أجل ديمقراطية الانتخابات»، «منسق الحملة الوطنية من أجل حقوق الطلبة
    "…" فاخر دعاس»: «من أجل» after a body's definite name, then a chain that closes on a definite
    noun and its adjectives, is what the body is for: part of its name, when the phrase ends right
    there (a comma, «إن»، a quotation, the holder's name). «تحركت الجمعية من أجل حماية الأطفال في …»
    goes on: a purpose of the verb, left out. The end of the aim, or k."""
    words = an.words
    if ph.kind == "organization" and k > 0 and (_purpose(words[k - 1]) or words[k - 1] in _FIGHTING):
        return chain_end(an, ph, k)      # «المركز الكندي المشترك لمكافحة حرائق الغابات»، «دائرة مكافحة حرائق …»
    between = words[k] == "بين"       # «… الشراكة بين القطاعين العام والخاص»: the parties it joins
    # «الرابطة التونسية للدفاع عن حقوق الإنسان»: what a body defends, after «عن», as an aim
    defence = words[k] == "عن" and k > 0 and words[k - 1] in ("للدفاع", "الدفاع")
    # «المركز الوطني للوقاية من الأمراض ومكافحتها»: what a body shields from, after «من»
    shield = words[k] == "من" and k > 0 and (words[k - 1] in _SHIELDING or (k > 1 and words[k - 1] == "المبكر" and words[k - 2] in _WARNING))
    start = k + 1 if between or defence or shield else k + 2
    if start >= j or (start + 1 >= j and not shield) or not (between or defence or shield or (words[k] == "من" and words[k + 1] == "اجل")) or not ph.title \
            or ph.title[-1] != k - 1 or not (words[k - 1].startswith("ال") or defence or shield) \
            or any(has_phrase_break(an.doc.gap(x)) for x in range(k, start + 1)):
        return k
    # a body's word in the title; or an office («منسق الحملة الوطنية …») whose holder's name, or
    # the body's quoted name, must then follow the aim
    bodied = any(in_lex(words[x], lexicon.org_heads(), clitics=True) or x in an.gaz_at for x in ph.title)
    if not bodied and not (ph.kind == "person" and words[ph.title[0]] in lexicon.title_heads()):
        return k
    end = start
    if shield and end == start and end < j and words[k - 1][:1] == "و" and words[end].endswith(("ها", "هما")) and len(words[end]) >= 6:
        return end + 1      # «إدارة الوقاية من الكوارث والتخفيف من آثارها»: the disasters' effects
    while not between and end < j and end - start < _AIM_WORDS and not words[end].startswith("ال"):
        if not _indefinite_noun(an, end, words[end], first=False):
            return k
        end += 1
    # «حزب التحالف من أجل الجمهورية المعارض»: a body's aim may be one definite noun, when the
    # body's name is a party's or a movement's (a verb's purpose would go on with a clause)
    named_aim = end == start and not between and words[ph.title[0]] in _AIM_NAMED_BODIES
    if end >= j or (end == start and not between and not named_aim and not shield) or not words[end].startswith("ال") \
            or has_phrase_break(an.doc.gap(end)) or an.is_time(end):
        return k
    if between and not (words[end].endswith("ين") and len(words[end]) >= 7):
        return k      # a dual or a plural of parties («القطاعين»), not «بين الحين والآخر»
    end += 1
    while end < j and words[end].startswith(("ال", "وال")) and not has_phrase_break(an.doc.gap(end)) \
            and words[end].isalpha():
        end += 1      # «… العام والخاص»: the aim's adjectives (a time word there is one)
    if shield and end < j and words[end].startswith("و") and an.written(end).endswith("ها") and not has_phrase_break(an.doc.gap(end)):
        end += 1      # «… من الأمراض ومكافحتها»: a second aim on the same thing, its pronoun
    if between and end - start < 2:
        return k      # «بين» joins two: «بين القطاعين العام والخاص»، «بين الشمال والجنوب»
    if not bodied and (end >= j or has_phrase_break(an.doc.gap(end)) or words[end] == "ان"):
        return k
    return end if shield or _ends_phrase(an, end, ph.kind == "person") else k     # («للوقاية …» already named the body)


# Purposes that take what is shielded from with «من»: «للوقاية من …»، «للحماية من …»، «للحد من …»
_SHIELDING = lexicon.forms("للوقاية الوقاية للحماية الحماية للحد الحد والتخفيف وللتخفيف")     # «… والتخفيف من آثارها»
_WARNING = lexicon.forms("للإنذار الإنذار")     # «المركز الوطني للإنذار المبكر من المخاطر المتعددة»: an early warning of


def between_two(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«اللجنة الأمنية المشتركة بين ولايتي بونتلاند وغلمدغ»: «بين» after a body's title, then a dual
    that names both parties; after any title, two places the gazetteer knows joined by «و» («الوزير
    المكلّف بالتجارة بين كندا والولايات المتحدة دومينيك لوبلان»). The end of the parties, or k."""
    if an.words[k] != "بين" or not ph.title or ph.title[-1] != k - 1 or has_phrase_break(an.doc.gap(k)):
        return k
    first = an.gaz_at.get(k + 1)
    second = an.gaz_at.get(first.j) if first is not None and first.j < j else None
    if second is not None and an.words[first.j][:1] == "و" and second.j <= j \
            and not any(has_phrase_break(an.doc.gap(x)) for x in range(k + 1, second.j)):
        return second.j
    if not any(in_lex(an.words[x], lexicon.org_heads(), clitics=True) for x in ph.title):
        return k
    return k + 4 if _dual_of_two(an, k + 1, j) else k


def _dual_of_two(an: Analysis, k: int, j: int) -> bool:
    """«ولايتي بونتلاند وغلمدغ»، «دولتي السودان وجنوب السودان» read as one word each: an indefinite
    dual in the construct state («ولايتي»، «دولتي») and the two it governs, joined with «و». The dual
    asks for exactly two, so the phrase ends there whatever follows (a verb: «… وغلمدغ عُقد أمس»)."""
    words = an.words
    if k + 3 > j or any(has_phrase_break(an.doc.gap(x)) for x in range(k, k + 3)):
        return False
    dual, first, second = words[k], words[k + 1], words[k + 2]
    return (dual.endswith("تي") and len(dual) >= 5 and not dual.startswith(("ال", "بال", "لل"))
            and (dual[:-2] + "ه" in lexicon.org_heads() or dual[:-2] + "ه" in lexicon.place_nouns()
                 or dual[:-2] + "ه" in STATE_NOUNS)
            and first.isalpha() and len(first) >= 3 and not an.is_verb(k + 1) and not an.is_common_word(k + 1)
            and second.startswith("و") and second[1:].isalpha() and len(second) >= 4
            and not an.is_verb(k + 2) and not an.is_common_word(k + 2))


# Bodies sent somewhere, and envoys in a body's name, which runs on through «إلى»: «بعثة الأمم
# المتحدة إلى ليبيا»، «الوفد الإيراني إلى المفاوضات»، «مكتب المبعوث الخاص … إلى اليمن»
_SENT_BODIES = frozenset(arabic.normalize(w) for w in (
    "بعثة", "البعثة", "وفد", "الوفد", "قافلة", "القافلة", "المبعوث", "مبعوث", "الموفد", "موفد", "السفير",
    "سفير", "المندوب", "مندوب", "الممثل", "ممثل"))


_SPOKEN_IN = lexicon.forms("الدعوى الشكوى المذكرة العريضة الطعن المرافعة")


def sent_to_after_body(an: Analysis, ph: Phrase, k: int) -> bool:
    """«إلى» at k after a body's name that is no mission or delegation: where the body sent
    something («أرسلته لجنة المسابقات إلى الأندية»), never a word of its name; nor «في» and the
    document or the lawsuit it spoke in («وقالت جامعة هارفارد في الدعوى إن»)."""
    if an.words[k] == "في" and ph.kind == "organization" and k + 1 < len(an.words):
        nxt = an.words[k + 1]
        # «وزارة الإعلام والثقافة والإرشاد في الإقليم،»: where it is, the region named before
        return nxt in _SPOKEN_IN or nxt in lexicon.document_nouns() or (nxt.startswith("ال") and nxt[2:] in lexicon.place_nouns()
                                                                        and has_phrase_break(an.doc.gap(k + 2) if k + 2 < len(an.words) else "."))
    return an.words[k] == "الي" and ph.kind == "organization" and bool(ph.title) \
        and not any(an.words[x] in _SENT_BODIES for x in ph.title)


def _another_portfolio(an: Analysis, ph: Phrase, k: int) -> int:
    """«وزارة الثروة الزراعية والثروة السمكية وموارد المياه»: after a ministry's definite words, «و» on an
    indefinite noun and the definite noun it governs is another of its portfolios (k + 2), not a second
    party; k when the text is not so."""
    words = an.words
    if ph.kind != "organization" or k + 1 >= len(words) or words[ph.title[0]] not in _MINISTRIES \
            or not words[k - 1].startswith(("ال", "وال")):
        return k
    w = words[k]
    if not (w[:1] == "و" and len(w) >= 4 and w.isalpha() and not w[1:].startswith("ال")) or w[1:] in lexicon.title_heads() \
            or w[1:] in lexicon.org_heads() or an.is_verb(k) or not words[k + 1].startswith("ال") \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)) or an.is_time(k + 1):
        return k
    return k + 2


_MINISTRIES = lexicon.forms("وزارة")


def body_chain_goes_on(an: Analysis, ph: Phrase, k: int) -> bool:
    """A person's title whose last words are a body's open chain of indefinite nouns
    (`chain_end`) goes on through word k to the definite noun that closes it."""
    start = next((t for t in ph.title if in_lex(an.words[t], lexicon.org_heads()) and not an.words[t].startswith("ال")), None)
    if ph.kind != "person" or start is None or start == ph.title[0] or (k - 1) not in ph.title \
            or an.words[k] in name_lexicon.given_names() or an.words[k].startswith("عبد") or (k - 1) in an.gaz_at:
        return False      # («مدير مديرية … عبد الرحمن علي طاهر»، «عميد بلدية جالو عبد السلام …»: the name)
    body = Phrase(start, k, [t for t in ph.title if t >= start], None, None, "organization")
    end = chain_end(an, body, k) if len(body.title) >= 2 else k
    # («… سامان عبد الله رشيد»، «… سهام عبد الباقي»: a name's «عبد» or given name in the chain ends it)
    return end > k and not any(an.words[x] in name_lexicon.given_names() or an.words[x].startswith("عبد")
                               for x in range(k, end + 1))


def joined_construct(an: Analysis, ph: Phrase, k: int) -> bool:
    """«المديرية العامة للثروة الزراعية وموارد المياه»: after a body's name that ends on a definite
    word, «و» on an indefinite noun in construct with a definite one goes on with the name."""
    words = an.words
    w = words[k]
    return (k - 1) in ph.title and words[k - 1].startswith(("ال", "لل")) and w[:1] == "و" and len(w) >= 5 and w[1:3] != "ال" \
        and w[1:] not in name_lexicon.given_names() and w[1:] not in lexicon.descriptor_heads() and not in_lex(w[1:], lexicon.org_heads()) \
        and w.isalpha() and k + 1 < len(words) and (words[k + 1].startswith("ال") or (
            ph.kind == "organization" and k + 2 < len(words) and masdar_shaped(words[k + 1]) and words[k + 2].startswith("ال")
            and not has_phrase_break(an.doc.gap(k + 2)))) \
        and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)) \
        and any(in_lex(words[t], lexicon.org_heads(), clitics=True) for t in ph.title) \
        and (k + 2 >= len(words) or words[k + 2] != "علي")     # (not «… الطوارئ وقدرة المجتمعات على الصمود»: a capacity for)
