"""Names and titles set off by commas around a phrase: a title after a name («رشيد حموني، رئيس فريق …،»), a name
after its title («المتحدثة …، ماريا زاخاروفا،»), an aside that withholds a name, and the subject before a verb."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import RELATIVES, Analysis, Phrase, NAME_CONNECTORS, has_phrase_break, in_lex
from desktop.core.extract.ali_name import ali
from desktop.core.extract.called_aside import CALLED, called_in_aside_at
from desktop.core.extract.callings import CALLINGS, holder_called, called_holder_phrase
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.dashed_units import comma_at, dashed, dashed_unit, unit_of_body_before
from desktop.core.extract.family_name import verb_shaped_word
from desktop.core.extract.genitives import in_genitive_after
from desktop.core.extract.apposition_words import ba_on_a_noun, body_of_member, name_word_before
from desktop.core.extract.name_lexicon import given_names
from desktop.core.extract.name_lookalikes import kane_alone, quoted_nickname_at
from desktop.core.extract.partitives import one_of
from desktop.core.extract.ranks import staff_words
from desktop.core.extract.relative_agreement import antecedent_speaks
from desktop.core.extract.phrase_checks import accusative_descriptor, adjective_office, as_governorate, retired_mark, role_described
from desktop.core.extract.phrase_parts import SOURCE_HEADS, addressee, part_bounds
from desktop.core.extract.phrase_places import preposition_on_noun, prepositional_place_end
from desktop.core.extract.title_asides import so_called_word


def _anonymity_aside(an: Analysis, a: int, b: int) -> bool:
    """«رفض الكشف عن اسمه»، «طالباً عدم ذكر هويته»: a short aside that ends on the quoted one's
    name or identity, said to be withheld; no name in it."""
    if a >= b or b - a > 10 or a in an.gaz_at:
        return False
    if b - a > 6:
        b = a + 5     # «طلب عدم ذكر اسمه خوفاً على سلامته»: why it is withheld may follow the name's word
    first = an.words[a]
    if in_lex(first, lexicon.title_heads(), clitics=True) or in_lex(first, lexicon.descriptor_heads(), clitics=True) \
            or in_lex(first, lexicon.org_heads(), clitics=True):
        return False       # «مسؤول أمريكي طلب عدم نشر اسمه»: the source comes first, in the same part
    return any(an.words[k] in lexicon.anonymity_words() for k in range(a, b))


def _body_follows(an: Analysis, k: int, b: int) -> bool:
    """Whether a body is named at token k, in construct with a document noun before it («ملتمسات
    النيابة»، «تقرير وزارة الصحة»، «معطيات المندوبية السامية»)."""
    if k >= b or has_phrase_break(an.doc.gap(k)):
        return False
    w = an.words[k]
    return (k in an.gaz_at or in_lex(w, lexicon.org_heads()) or in_lex(w, lexicon.title_heads())
            or w in lexicon.descriptor_heads()      # «بحسب رواية مصدر أمني»: an unnamed source's
            or (w.startswith("ال") and not an.is_time(k) and w not in lexicon.stop_words()))


def phrase_after(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """The speaker named in tokens [i, j) after a reporting verb: (phrase, joined title)."""
    titles: list[str] = []
    fallback = None
    parts = part_bounds(an, i, j)
    if len(parts) > 1 and parts[0][1] - parts[0][0] == 1 and an.words[parts[0][0]] in _ONE_OF_THEM:
        parts = parts[1:]      # «وقال أحدهم، محمد بوعلام، وهو أب …»: the one of them is named next
    for a, b in parts:
        while a < b - 1 and an.words[a] in lexicon.speech_fillers():
            a += 1
        if a > i and a < b - 1 and an.words[a - 1] == "ما" and so_called_word(an.words[a]):
            a += 1         # «وذكرت ما تسمى وزارة الاقتصاد»: the writer's distance; the body speaks
        if _anonymity_aside(an, a, b) or (fallback is not None and an.words[a] in _ASIDE_PRONOUNS):
            continue       # «نائب عن كتلة …، رفض الكشف عن اسمه، لـ…»: unnamed; «والدة أحد المتهمين، وهي تغالب دموعها،»: an aside
        if fallback is not None and a + 2 < b and tuple(an.words[a:a + 2]) in _TWO_WORD_NATIONALITIES:
            a += 2         # «الرئيسة المشاركة الأخرى، الجنوب أفريقية بريشس ماتسوسو،»: a nationality of two words
        adverbed = an.words[a].startswith("ال") and a + 1 < b and "\u064b" in an.doc.tokens[a + 1].text     # «، الصاعد حديثاً إلى …،»
        if fallback is not None and (an.words[a] in _BODY_ASIDES or an.words[a] in _ACTING_FOR or adverbed or (dashed(an.doc.gap(a)) and comma_at(an, b))):
            continue       # «…، المنضوية تحت لواء الاتحاد المغربي للشغل، عبد الرحيم أوبلا،»: on the body; a body's wing after a dash
        if a < b - 1 and an.words[a] in lexicon.document_nouns() and _body_follows(an, a + 1, b):
            a += 1         # «بحسب ملتمسات النيابة العامة»: the body whose document it is speaks
        w = an.words[a]
        if (w in lexicon.prepositions() and not ali(an, a, b)) or an.is_time(a) or addressee(w) or an.addressed(a):
            if "عن" in an.words[a + 1:b]:
                break      # «أعلنت في تموز عن خطة طوارئ …، تضمنت …»: what was told; no speaker after it
            # «في بيان»، «الأربعاء»، «لوكالة ...»: circumstances, not the speaker
            continue
        ph = kane_alone(an, a, b) or parse_phrase(an, a, b)
        if ph is None:
            break
        ph = Phrase(ph.i, ph.j, [a], None, None, "person") if ph.name == (a, a + 1) and not ph.title and name_lexicon.kin_of(an.words[a]) \
            else role_described(an, ph, lambda d: _named_after_description(an, d, b, parts) is not None or called_in_aside_at(an, b, parts) is not None)
        called = _called_after(an, ph, b)     # (above: «وقالت شريكتها في الرئاسة، … بريشس ماتسوسو»: a kin word, then the name)
        if called is not None:
            return called, ph.title_text(an.doc)     # «قال أحد المحتجين ويدعى محمد سالم باعباد»
        keeper = _keeper_named_after(an, ph, b, parts)
        if keeper is not None:
            return keeper, an.doc.text(a, b)          # «القيّم على إحدى أقدم المكتبات …، سيد محمد ولد الطالب أحمد،»
        ph = as_governorate(an, _past_acronym(an, ph, b, parts) or ph)
        ph = called_holder_phrase(an, ph, b, dashed=fallback is not None and dashed(an.doc.gap(a)))
        if ph.name:
            ph = name_in_apposition(an, ph, j) or ph     # «مدرب نهضة بركان، التونسي معين الشعباني،»
        t = ph.title_text(an.doc)
        if ph.name:
            if t:
                titles.append(t)
            else:
                # «نبيل عبدالله المتحدث الرسمي باسم الجيش»، «لفتيت، وزير الداخلية»: the title follows
                after = _title_after(an, ph.j, b, parts)
                if after:
                    titles.append(after)
            return ph, "، ".join(titles)
        if ((ph.j < b and an.words[ph.j] == "عن") or (not ph.name and an.doc.gap(ph.j).strip() == "(")) and (defended := name_in_apposition(an, ph, j)) is not None:
            return defended, defended.title_text(an.doc)     # «محامي الدفاع عن هارغريفز، السيد جوناثان بريس،»، «خبير … (فاو)، الصيني وانغ جيان مينغ»
        named = _named_after_description(an, ph, b, parts)
        if named is not None:
            return named, "، ".join(titles + [t, named.title_text(an.doc)] if named.title else titles + [t])
        if ph.kind == "anonymous" and (called := called_in_aside_at(an, b, parts)) is not None:
            return called, ph.title_text(an.doc)      # «أحد الناجين، وهو شاب سوداني يدعى مجاهد عثمان إدريس،»
        if ph.kind != "person" or ph.entry:
            ph = dashed_unit(an, ph, b, parts) or ph      # «قيادة الجيش – مديرية التوجيه»
            return (ph, ph.title_text(an.doc)) if not titles else (fallback, "، ".join(titles))
        if fallback is None:
            fallback = ph
        titles.append(t)
        if ph.j < b and an.words[ph.j] == "عن":
            break          # «وأعلن رئيس البلدية عن خطة …، تشمل …»: what he announced goes on; no name after
    if fallback is not None:
        return fallback, "، ".join(titles)
    return None


_TWO_WORD_NATIONALITIES = frozenset((("الجنوب", "افريقي"), ("الجنوب", "افريقيه")))     # read as a name's first words


def _called_after(an: Analysis, ph: Phrase, b: int) -> Phrase | None:
    """«أحد المحتجين ويدعى محمد سالم باعباد»: one described, then «ويدعى» and a name of two words or more that ends the part: the one named."""
    at = ph.title[-1] if ph.title and an.words[ph.title[-1]] in CALLED else ph.j     # («شاب سوداني يدعى» read as one title)
    if ph.kind != "anonymous" or ph.name or at >= b - 2 or an.words[at] not in CALLED or has_phrase_break(an.doc.gap(at)):
        return None
    nxt = parse_phrase(an, at + 1, b)
    if nxt is None or not nxt.name or nxt.title or nxt.name[1] - nxt.name[0] < 2 or nxt.kind != "person":
        return None
    return nxt


def _keeper_named_after(an: Analysis, ph: Phrase, b: int, parts: list[tuple[int, int]]) -> Phrase | None:
    """«القيّم على إحدى أقدم المكتبات الأهلية في المدينة، سيد محمد ولد الطالب أحمد،»: one definite word no name
    holds, then «على/عن» and what he keeps or answers for, filling the part; the next part is his name (two words or more)."""
    if not ph.name or ph.title or ph.name != (ph.i, ph.i + 1) or not an.words[ph.i].startswith("ال") \
            or an.words[ph.i] in name_lexicon.article_given_names() or ph.j >= b or an.words[ph.j] not in ("علي", "عن") \
            or an.doc.gap(b).strip() not in ("،", ","):
        return None
    following = next((p for p in parts if p[0] == b), None)
    nxt = parse_phrase(an, *following) if following is not None else None
    if nxt is None or not nxt.name or nxt.title or nxt.name[1] - nxt.name[0] < 2 or nxt.name[1] != following[1] or nxt.kind != "person":
        return None
    return nxt


def _named_after_description(an: Analysis, ph: Phrase, b: int, parts: list[tuple[int, int]]) -> Phrase | None:
    """«وقال أحد منظمي الاحتجاج، الناشط علي المنصوري، لـ…»: a person described, not named, whose own part is then
    followed by one that is a name of two words or more (after a descriptor or not) and nothing else; the described
    person is the one named. A source («مصدر أمني») is unnamed by definition, and an aside withholding the name is no name."""
    if ph.kind != "anonymous" or ph.name or ph.j != b or ph.entry is not None \
            or an.words[ph.title[0]] in SOURCE_HEADS or an.doc.gap(b).strip().lstrip('"»”').strip() not in ("،", ","):
        return None       # («… في منظمة "غرينبيس أفريقيا"، الدكتور إبراهيما سيسي،»: after a quoted body too)
    following = [p for p in parts if p[0] == b]
    if not following or _anonymity_aside(an, *following[0]) or an.words[following[0][0]] in _ASIDE_PRONOUNS:
        return None       # («أحد المجني عليهم، وهو موظف عربي،»: who he is, no name)
    a2, b2 = following[0]
    if an.words[a2] in CALLED and a2 + 1 < b2:
        a2 += 1      # «قال أحد المشترين، ويدعى سيد عبد المنعم، إنه …»: the name he goes by
    elif an.words[a2] in ("ممثلا", "ممثله") and a2 + 2 < b2 and an.words[a2 + 1] == "في":
        a2 += 2      # «طالب دفاع المتهمين، ممثلاً في المحامي الأستاذ مختار بوعلام، بالبراءة»: who speaks for it
    elif an.words[a2] in _INTRODUCED:
        # «ولي أمر من الزرقاء، عرّف عن نفسه باسم أبو ليث، قال»: the name he gave
        named = next((x for x in range(a2 + 1, min(b2, a2 + 5)) if an.words[x] == "باسم"), None)
        if named is None or named + 1 >= b2:
            return None
        a2 = named + 1
    nxt = parse_phrase(an, a2, b2)
    # one word is a name after a title of respect («الحاج بومدين»), two words or more without one
    if nxt is None or not nxt.name or nxt.name[1] - nxt.name[0] < (1 if nxt.title else 2) \
            or (nxt.name[1] != b2 and _origin_after(an, nxt.name[1], b2 + 1) != b2 and not body_of_member(an, nxt.name[1], b2)) \
            or nxt.kind != "person" or (nxt.title and nxt.title[-1] != nxt.name[0] - 1):
        return None       # (the name, and where he is from: «، الشاب وائل الحمدي من مدينة الجم،»)
    return Phrase(nxt.i, nxt.j, list(nxt.title), nxt.name, None, "person")


def _past_acronym(an: Analysis, ph: Phrase, b: int, parts: list[tuple[int, int]]) -> Phrase | None:
    """«ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في السودان شيلدون ييت»: a title that ends its part on a body with
    its short name in brackets after it goes on past them, to the name; the phrase read so, or None."""
    if ph.name or ph.j != b or ph.kind not in ("person", "anonymous") or b >= len(an.words) or "(" not in an.doc.gap(b):
        return None
    later = [p for p in parts if p[0] > b]
    if not later:
        return None
    longer = parse_phrase(an, ph.i, later[0][1])
    return longer if longer is not None and longer.name and longer.j > b else None


def title_after_name(an: Analysis, ph: Phrase, j: int) -> str:
    """The title set after the name of `ph` («عبد الوافي لفتيت، وزير الداخلية، …»), read
    before token j; "" when none is, or when a title came before the name."""
    return "" if ph.title else apposition_after_name(an, ph, j)


def apposition_after_name(an: Analysis, ph: Phrase, j: int) -> str:
    """A title set after the name of `ph`, whatever came before it («السفير تميم خلاف، المتحدث
    الرسمي باسم وزارة الخارجية»), read before token j; "" when none is."""
    if not ph.name:
        return ""
    parts = part_bounds(an, ph.i, j)
    return _title_after(an, ph.j, parts[0][1], parts) if parts else ""


def _title_after(an: Analysis, k: int, b: int, parts: list[tuple[int, int]]) -> str:
    """A title written just after a name, in its own part or the next one; "" if none."""
    if k >= b:
        following = [p for p in parts if p[0] == b]
        if not following:
            return ""
        k, b = following[0]
    if an.words[k] not in lexicon.title_heads():
        return ""
    after = parse_phrase(an, k, b)
    if after is None or not after.title:
        return ""
    # («…، مدير العمليات في اللجنة المحلية المنظمة لبطولة كأس العرب،»: no name opens in «لـ»; the part is all title)
    lam_read_as_name = after.name is not None and an.words[after.name[0]][:1] == "ل" and after.j == b
    return an.doc.text(k, b) if lam_read_as_name else "" if after.name else after.title_text(an.doc)


def name_in_apposition(an: Analysis, ph: Phrase | None, j: int) -> Phrase | None:
    """«وكانت المتحدثة الرسمية باسم وزارة الخارجية، ماريا زاخاروفا، قد قالت»: a title with no name, then, set off by a comma, a
    name of two words or more that ends its own part; the title and the name as one phrase (None when the text is not so)."""
    # («دفاع المتهم الرئيسي، المحامي نبيل بوقرة،»: a defence is named so, though no source is)
    if ph is None or not ph.title or ph.entry is not None or ph.j >= j or not (
            ph.kind == "person" or (ph.kind == "anonymous" and an.words[ph.title[0]] in _NAMED_ANONYMOUS)):
        return None        # an unnamed source («مسؤول محلي، طلب عدم ذكر اسمه،») has no name to set off
    if ph.name and ph.name[0] != ph.title[-1] + 1:
        return None
    second = _after_second_office(an, ph, j)
    if second is not None:
        return second
    town = prepositional_place_end(an, ph.j, j) if not ph.name and ph.j < j and preposition_on_noun(an, ph.j) else ph.j
    if not ph.name and ph.j < j and (origin := _origin_after(an, ph.j, j)) is not None:
        town = origin     # «النائب عن دائرة سبيطلة من ولاية القصرين، محمد علي الهمامي،»
    if town > ph.j and town < j and an.doc.gap(town).strip() in ("،", ","):
        ph = Phrase(ph.i, town, [*ph.title, *range(ph.j, town)], None, None, ph.kind)     # «رئيس جمعية البحارة بمنزل جميل، عبد الستار الكافي،»
    if ph.name and ph.j + 1 < j and _place_in_bi(an, ph.j) and an.doc.gap(ph.j + 1).strip() in ("،", ","):
        # «رئيس جمعية أرباب مراكب الصيد الساحلي بالحسيمة، محمد أمزيان،»: the town in «بـ» closes the title
        ph = Phrase(ph.i, ph.j + 1, list(ph.title), ph.name, None, "person")
    elif ph.name and ph.j + 1 < j and an.words[ph.j].isdigit() and not has_phrase_break(an.doc.gap(ph.j)) \
            and an.doc.gap(ph.j + 1).strip() in ("،", ","):
        # «رئيس لجنة حي بوخضرة 3، العربي شريط:»: the number is the quarter's, the name set off after it
        ph = Phrase(ph.i, ph.j + 1, list(ph.title), ph.name, None, "person")
    if not ph.name and ph.j + 1 < j and an.doc.gap(ph.j).strip() == "(" and an.doc.gap(ph.j + 1).strip() in ("،)", ")،", "),"):
        ph = Phrase(ph.i, ph.j + 1, [*ph.title, ph.j], None, None, ph.kind)     # «خبير … في منظمة الأغذية والزراعة (فاو)، الصيني وانغ …»
    if an.doc.gap(ph.j).strip().lstrip('"»”)') not in ("،", ",") or _anonymity_aside(an, ph.j, min(j, ph.j + 6)) \
            or an.words[ph.j] in _ASIDE_PRONOUNS:     # «والدة أحد المتهمين، وهي تغالب دموعها،»: an aside, no name
        return None
    at = _past_body_aside(an, ph, j)
    nxt = parse_phrase(an, at, j)
    # «… بمستشفى ترشين إبراهيم، الدكتور يوسف باعمارة،»: a calling opens the name set off; the «name» before is the title's
    called = nxt is not None and bool(nxt.title) and all(an.words[k] in CALLINGS for k in nxt.title)
    if ph.name and not called and not _object_read_as_name(an, ph):
        return None
    if nxt is not None and not ph.name and not nxt.name and nxt.title and nxt.kind == "person" and nxt.j < j \
            and an.doc.gap(nxt.j).strip() in ("،", ","):
        # «وزير الثقافة …، الناطق باسم الحكومة، الحسين ولد مدو،»: a second office set off before the name
        nxt = parse_phrase(an, nxt.j, j)
    elif nxt is not None:
        nxt = called_holder_phrase(an, nxt, j)      # «…، الباحثة اللبنانية في علم الموسيقى الدكتورة ريم الأمين،»
    # «مديرة الجامعة، البروفيسور نادية بوشلاغم،»: a calling is no second title; «مدرب نهضة بركان، التونسي معين الشعباني،»: nor a nationality
    # «جارها عبده محمد صالح، وهو مزارع،»: «وهو» opens an aside on who he is, no name («عضو هيئة الدفاع، ببطلان التحريات،»: «بـ» on a noun and its definite genitive is what he pleaded)
    if nxt is None or not nxt.name or nxt.name[1] - nxt.name[0] < 2 or an.words[nxt.name[0]] in ("وهو", "وهي") \
            or an.words[nxt.name[0]] in name_lexicon.person_descriptors() or an.words[nxt.name[0]] in lexicon.label_nouns() \
            or ba_on_a_noun(an, nxt.name[0]) or (any(
            an.words[k] not in CALLINGS and not country_nisba(an, an.words[k]) and not retired_mark(an, k) and an.words[k] not in name_lexicon.person_descriptors() for k in nxt.title)
            and not holder_called(an, ph, nxt) and not (an.words[ph.title[0]] in _REPRESENTATIVES and not ph.name)):
        return None
    title = list(ph.title) + (list(range(ph.name[0], ph.j)) if ph.name else [])
    return Phrase(ph.i, nxt.name[1], title, nxt.name, None, "person") if _name_closes_part(an, nxt.name[1], j) else None


def _name_closes_part(an: Analysis, end: int, j: int) -> bool:
    """A name set off ends its part at token `end`: a break, a quoted nickname, or the town he is from («… نور من مدينة بيدوا،»)."""
    return end >= len(an.words) or has_phrase_break(an.doc.gap(end)) or quoted_nickname_at(an, end) or _origin_after(an, end, j) is not None


def _origin_after(an: Analysis, k: int, j: int) -> int | None:
    """«من مدينة الجم،»، «من بجاية،»: «من» at k and at most three words of a place (a place noun or
    one the gazetteer knows), or of who appointed («المعين من طرف المحكمة،»), up to a comma: where the part ends, or None."""
    defended = an.words[k] == "عن" and k > 0 and an.words[k - 1] in ("الدفاع", "محامي", "محاميه")     # «محامي الدفاع عن هارغريفز،»
    if (an.words[k] != "من" and not defended) or k + 1 >= j:
        return None
    end = next((x for x in range(k + 2, min(j, k + 5) + 1) if x >= len(an.words) or comma_at(an, x)), None)
    if end is None or any(has_phrase_break(an.doc.gap(x)) for x in range(k + 1, end)):
        return None
    place = defended or an.words[k + 1] in lexicon.place_nouns() or an.words[k + 1] in ("طرف", "قبل") or (k + 1 in an.gaz_at and an.gaz_at[k + 1].of_kind("place") is not None)
    return end if place else None


def _place_in_bi(an: Analysis, k: int) -> bool:
    """«بالحسيمة»، «بصفاقس»: «بـ» on a place the gazetteer knows, one word, no break before it."""
    m = an.gaz_at.get(k)
    return (an.words[k][:1] == "ب" and m is not None and m.j == k + 1 and not has_phrase_break(an.doc.gap(k))
            and any(e.kind == "place" for e in m.entries))


# «ممثل النيابة العامة، نائب وكيل الجمهورية سيد أحمد ولد عبد الله،»: who represents a body is named by his own office
_REPRESENTATIVES = frozenset(("ممثل", "ممثله"))

# «، المنضوية تحت لواء الاتحاد المغربي للشغل،»: an aside on the body a title names
_BODY_ASIDES = lexicon.forms("المنضوية المنضوي التابعة التابع المنتمية المنتمي المنبثقة المنبثق المشغلة المشغل")     # («…، المشغلة لمحطة الحاويات،»)
_ACTING_FOR = lexicon.forms("القائم القائمة")     # «ممثل المكلف العام …، القائم بالحق الشخصي في حق البلدية،»: on whose behalf


def _past_body_aside(an: Analysis, ph: Phrase, j: int) -> int:
    """Where the part after the title's comma starts once an aside on its body («، المنضوية تحت
    لواء …،») is passed: the token after the aside's closing comma, or ph.j when there is none."""
    if ph.j + 2 < j and tuple(an.words[ph.j:ph.j + 2]) in _TWO_WORD_NATIONALITIES:
        return ph.j + 2       # «، الجنوب أفريقية بريشس ماتسوسو،»: a nationality of two words, then the name
    if ph.name or ph.j >= j or an.words[ph.j] not in _BODY_ASIDES:
        return ph.j
    close = next((x for x in range(ph.j + 1, min(j, ph.j + 10)) if has_phrase_break(an.doc.gap(x))), None)
    return close if close is not None and an.doc.gap(close).strip() in ("،", ",") else ph.j


def _after_second_office(an: Analysis, ph: Phrase, j: int) -> Phrase | None:
    """«الأستاذ بجامعة عمار ثليجي والخبير في الطاقات المتجددة، الدكتور عبد الحميد زروقي،»: what
    was read as the name («… ثليجي», a university's namesake) is followed by a second office in
    «و», then, set off by a comma, a calling and a name of two words or more that ends its part:
    the holder of both offices. Only with a calling, which says a person's name starts there."""
    if not ph.name or ph.j >= j or has_phrase_break(an.doc.gap(ph.j)):
        return None
    w = an.words[ph.j]
    if not (len(w) > 3 and w[0] == "و" and in_lex(w[1:], lexicon.title_heads())):
        return None
    comma = next((x for x in range(ph.j + 1, min(j, ph.j + 8)) if has_phrase_break(an.doc.gap(x))), None)
    if comma is None or an.doc.gap(comma).strip() not in ("،", ","):
        return None
    nxt = parse_phrase(an, comma, j)
    if nxt is None or not nxt.name or nxt.name[1] - nxt.name[0] < 2 or not nxt.title \
            or any(an.words[k] not in CALLINGS for k in nxt.title):
        return None
    return Phrase(ph.i, nxt.name[1], list(range(ph.title[0], comma)), nxt.name, None, "person") if _name_closes_part(an, nxt.name[1], j) else None


def _object_read_as_name(an: Analysis, ph: Phrase) -> bool:
    """«مدرب نهضة بركان، التونسي معين الشعباني،»: an indefinite office in construct, whose object no
    list knows (a club) was read as the name; a name set off after it says whose office it is."""
    # (as written: Analysis gives the governor «والي» as «الوالي»: «والي آدرار، سيدي ولد محمد الأمين،»)
    head = an.doc.tokens[ph.title[-1]].text
    first = an.words[ph.name[0]]
    a, b = ph.name
    if b - a == 1 and any(e.kind == "place" for e in an.gaz.lookup(first)):
        return True       # «مدير شركة الخدمات العامة سرت، عبد الرزاق بن ناجي،»: a place ends the title
    if an.written(a)[:1] in "بل" and not first.startswith(("بن", "بو")) and first not in given_names() \
            and first[1:] not in given_names() and b - a >= 2:
        # «المدير الإقليمي للتربية الوطنية باشتوكة آيت باها، عبد اللطيف أوبلا،»: where, in «بـ»;
        # «رئيس المجلس الشعبي البلدي لبرج منايل، حكيم مسعودي،»: or in «لـ»
        return True
    return (not head.startswith("ال") and not first.startswith("ال")
            and first not in given_names() and not any(k in an.gaz_at for k in range(*ph.name)))


# «عرّف عن نفسه باسم …»: a described person introduces himself by a name
_INTRODUCED = frozenset(arabic.normalize(w) for w in ("عرف", "عرفت", "وعرف", "وعرفت", "معرفا", "معرفة"))
# Unnamed parties a name may still be set off after: a defendant's defence
_NAMED_ANONYMOUS = lexicon.forms("دفاع الفاعل الفاعلة احد احدي مسؤول مسؤولة خبير خبيرة")    # «الفاعل الجمعوي بكلميمة، لحسن أوبلا،»، «أحد الناجين، السنغالي عمر انجاي،»، «مسؤول الحملات في منظمة "غرينبيس أفريقيا"، الدكتور إبراهيما سيسي،»
_ASIDE_PRONOUNS = frozenset(("وهو", "وهي"))     # «، وهو/وهي …»: an aside about the person just named
_KUNYA = frozenset(("ابو", "ام"))     # «أبو/أم» open a kunya, never a verb: a clause may start with one
# Kin in construct with the one named after them («روز أتيينو، والدة الطالب … برايان أوتينو،»): she is named before
_KIN_HEADS = lexicon.forms("والدة والد ابنة ابن شقيقة شقيق زوجة زوج أرملة أم أب عم خال جدة جد")


def name_before_apposition(an: Analysis, ph: Phrase | None, i: int) -> Phrase | None:
    """«انتقد رشيد حموني، رئيس فريق التقدم والاشتراكية بمجلس النواب، ما وصفه …»: a title with
    no name set off by a comma after a name of two to four words; the name with the title. The
    clause is written verb first, so when the name's words reach back to the clause's start (at i,
    or after a break) the first of them is the verb and is left out."""
    if ph is not None and ph.name and ph.title and an.words[ph.title[0]] in _KIN_HEADS:
        ph = Phrase(ph.i, ph.j, list(range(ph.i, ph.j)), None, None, "person")     # the kin word's own person: see _KIN_HEADS
    if ph is None or ph.name or not ph.title or ph.kind != "person" or ph.entry is not None or ph.i - 2 < i:
        return None
    # «أما جورج، وهو صاحب محل …، فقال»: «، وهو/وهي» sets the description off and says a person precedes: one word will do
    aside = an.words[ph.i - 1] in _ASIDE_PRONOUNS and an.doc.gap(ph.i - 1).strip() in ("،", ",") and not an.doc.gap(ph.i).strip()
    if an.doc.gap(ph.i).strip() not in ("،", ",") and not aside:
        return None
    end = ph.i - 1 if aside else ph.i
    start = end
    while start > i and end - start < 5:
        x = start - 1
        w = an.words[x]
        named_ali = ali(an, x, end)      # «أما أبو علي، صاحب ورشة …»: the name, not «على»
        if (x + 1 < end and has_phrase_break(an.doc.gap(x + 1))) or (w in lexicon.stop_words() and not named_ali) \
                or (w in lexicon.prepositions() and not named_ali) or an.is_verb(x) or an.is_report_noun(x) or an.is_participle(x) \
                or an.is_time(x) or in_lex(w, lexicon.title_heads(), clitics=True) \
                or in_lex(w, lexicon.org_heads(), clitics=True) or not w.isalpha() or staff_words(an, x) \
                or (an.is_common_word(x) and not (w in given_names() and x > 0 and an.is_verb(x - 1))):     # «وقال صادق عبدي فارح، شقيق …»
            break
        start = x
    if (start == i or has_phrase_break(an.doc.gap(start))) and an.words[start] not in _KUNYA:
        start += 1        # the verb that opens the clause: «انتقد»; never «أبو» of «أبو محمد، صاحب …»
    # «عبد» and «أبو» open a name, «بن» never does; one word after a title is a name («نيافة الأنبا أغاثون، أسقف …»)
    titled = start > 0 and not has_phrase_break(an.doc.gap(start)) and in_lex(an.words[start - 1], lexicon.title_heads())
    # («أقر كيروغا، مرشح تحالف "ليبري"، بهزيمته»: a family name written before after a given name)
    surname = end - start == 1 and any(an.words[p] == an.words[start] and name_word_before(an, p) for p in range(1, start))
    if end - start < (1 if aside or titled or surname else 2) or end - start > 4 or an.words[start].startswith("ال") \
            or (an.words[start] in NAME_CONNECTORS and an.words[start] not in ("عبد", "ابو")) \
            or an.words[end - 1] in NAME_CONNECTORS:
        return None
    return Phrase(start, ph.j, list(ph.title), (start, end), None, "person")


def _governed_by_noun(an: Analysis, k: int, i: int) -> bool:
    """Whether token k is the genitive of an indefinite noun in «ة» right before it («كلفة تنظيم»), or the
    object of a verb whose subject is the pronoun of «أنها» («أعلنت المنظمة أنها سلمت سلطات الإقليم شحنة»)."""
    if k <= i or has_phrase_break(an.doc.gap(k)):
        return False
    if k - 2 >= i and an.words[k - 2] in ("انها", "انه", "انهم", "بانها", "بانه") and not has_phrase_break(an.doc.gap(k - 1)):
        return True
    prev = an.words[k - 1]
    return (prev.isalpha() and an.written(k - 1).endswith("ة") and not prev.startswith("ال") and len(prev) >= 4    # «ة» written, no «ه» («ما أكده مصدر»)
            and not in_lex(prev, lexicon.title_heads(), clitics=True) and not in_lex(prev, lexicon.org_heads(), clitics=True)
            and prev not in lexicon.stop_words() and not an.is_verb(k - 1) and (k - 1) not in an.gaz_at)


_ONE_OF_THEM = frozenset(arabic.normalize(w) for w in ("أحدهم", "إحداهن", "أحدهما", "إحداهما", "إحداهم"))
def _in_genitive(an: Analysis, k: int, i: int) -> bool:
    """«الطالبة آمنة عثمان، من كلية الطب بجامعة الخرطوم، … وقالت»: a body after a preposition or
    with «بـ/لـ» on it is where the subject is from, not the subject. Not the whole office list: «ب/ل» open some heads («بلدية»، «لجنة»)."""
    w = an.words[k]
    if w.startswith("لل") and len(w) > 4:
        return True       # «انسحاب الدول الثلاث من نظام روما الأساسي للمحكمة الجنائية الدولية»: «لـ» on the article
    if w[:1] in "بل" and not w.startswith("ال") and not in_lex(w, lexicon.title_heads()) \
            and not in_lex(w, lexicon.org_heads()) and not in_lex(w, lexicon.descriptor_heads()) \
            and k not in an.gaz_at:      # a place may open with the letter («لبنان»، «بغداد»)
        return True
    return k > i and in_genitive_after(an, k, i)


_SEAT_ASIDES = lexicon.forms("ومقرها ومقره")      # «…، ومقرها جيبوتي،»: where the body sits
PLACE_OPENERS = frozenset(("في", "وفي", "بقريه", "وبقريه", "بمدينه", "وبمدينه", "بحي", "وبحي", "ببلده", "وببلده",
                           "وعلي", "وامام", "وعند"))      # «وفي حي الحاووز، يقف …»، «وبقرية تاوريرث المجاورة، لم يُخفِ …»، «وعلى الرصيف المقابل، جلست …»


def fronted_place_end(an: Analysis, i: int, j: int, reach: int) -> int | None:
    """Where the place set before the clause at token i ends: the first comma within `reach` words
    after it and before token j; None when no comma is there."""
    return next((x for x in range(i + 1, min(j, i + 1 + reach)) if any(c in an.doc.gap(x) for c in "،,")), None)


def subject_before(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """A subject written before its verb («الرئيس X أكد أن»): the last phrase in [i, j)."""
    best = None
    if i < j and an.words[i] in PLACE_OPENERS:
        # «وفي جناح "دار الرواق" البيروتية، بدا الناشر …»: the place set before the clause is no subject
        i = fronted_place_end(an, i, j, 7) or i
    k = i
    while k < j:
        w = an.words[k]
        if w in RELATIVES and best is not None and best[0].j == k and not best[0].name:
            # «المقدم كريم الشناوي، عضو هيئة الرقابة …، الذي أكد»: the name set off before the title
            named = name_before_apposition(an, best[0], i)
            best = (named, named.title_text(an.doc)) if named is not None else best
        if w in RELATIVES and best is not None and best[0].j == k and best[0].name:
            # «نائب المحافظ الدكتور محمد أبو زيد، الذي نقل تهنئة المحافظ …، وأكد أن»: the named one
            # the relative clause describes goes on as the subject; the names inside it are its objects
            return best
        if ((w in RELATIVES and best is not None and best[0].j == k) or w in _SEAT_ASIDES or (w in ("احد", "احدي") and k > i)) and comma_at(an, k):
            # «أعلنت كونفدرالية دول الساحل، التي تضم مالي …، …»، «الأكاديمية …، ومقرها جيبوتي،»: the bodies named inside an aside set off by commas are no subject
            k = next((x for x in range(k + 1, j) if comma_at(an, x)), j)
            continue
        starts = (k in an.gaz_at and an.gaz_at[k].of_kind("actor") is not None) or in_lex(
            w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True) \
            or in_lex(w, lexicon.descriptor_heads(), clitics=True) or accusative_descriptor(an, k, True) \
            or (one_of(an, k, j) and (k == i or an.words[k - 1] in lexicon.complementisers() or an.is_verb(k - 1) or verb_shaped_word(an.words[k - 1].removeprefix("و")))) \
            or (w in name_lexicon.person_descriptors() and (k <= i + 1 or has_phrase_break(an.doc.gap(k)) or an.is_verb(k - 1)))
        # (above: «غير أن أحد الناجين، …»; «وحلّت الطالبة ملاذ …،» opening the clause); «الأحزاب الحاكمة مسؤولية …», «كلفة تنظيم القمة»: no subject
        if starts and _in_genitive(an, k, i):
            skipped = parse_phrase(an, k, j)     # the place named in it too («بجامعة الخرطوم»)
            if skipped is not None and skipped.j < j and an.words[skipped.j] in RELATIVES \
                    and (skipped.name or skipped.kind == "organization") and antecedent_speaks(an, skipped.j):
                # «ويُموَّل توريد الغاز من صندوق قطر للتنمية، الذي قال في بيان إن»: the relative's antecedent speaks
                return skipped, skipped.title_text(an.doc) if skipped.name else ""
            k = max(skipped.j, k + 1) if skipped is not None else k + 1
            continue
        if starts and not adjective_office(an, k) and not _governed_by_noun(an, k, i):
            ph = parse_phrase(an, k, j)
            if ph is not None and ph.name and ph.name[0] == k and not ph.title and w in name_lexicon.person_descriptors() \
                    and all(an.words[x].startswith("ال") for x in range(*ph.name)) and comma_at(an, k):
                k = ph.j  # «جلست أم خالد، العائدة من مخيمات عرسال …، وقالت»، «المتهم الأول، الموظف السابق،»: what one is, read as a name
                continue
            ph = name_in_apposition(an, ph, j) or name_before_apposition(an, ph, i) or ph
            ph = ph and (unit_of_body_before(an, best and best[0], ph) or ph)     # «قيادة الجيش – مديرية التوجيه»
            if ph is not None:
                if (ph.name or best is None or not best[0].name) and not (    # «حمّل … تشاك شومر الرئيس دونالد ترامب»: his object
                        best is not None and best[0].name and ph.i == best[0].j and not has_phrase_break(an.doc.gap(ph.i))):
                    best = (ph, ph.title_text(an.doc))
                k = max(ph.j, k + 1)
                continue
        k += 1
    return best
