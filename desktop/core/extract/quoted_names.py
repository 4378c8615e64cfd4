"""Whether a quoted stretch is a name rather than something said: the name of a body, a campaign,
a programme or a list in quotation marks («"بيروت مدينتي"»), a person already named, a short quoted
name right after a reporting verb that is its subject, or a quotation that is the predicate of «أن».
`quotes.QuoteFinder` asks `name_reason` of every quotation before it looks for a speaker."""
from __future__ import annotations

import re

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.dates import is_month_name
from desktop.core.extract.spelled_letters import spelled
from desktop.core.extract.quoted_subject import named_right_after_verb
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, has_break, in_lex
from desktop.core.extract.phrase_parts import ORG_NAME_LONGEST, imperfect_verb, org_name_words
from desktop.core.extract.book import ActorBook
from desktop.core.extract.sentences import Quoted


# «وأن»، «وبأنه»: a second clause of what was said, joined to the first.
COORDINATED_THAT = frozenset({"وان", "وانه", "وانها", "وانهم", "وبان", "وبانه"})
_CLUB_OFFICES = frozenset(arabic.normalize(w) for w in ("مدرب", "لاعب", "حارس", "قائد", "رئيس", "مدير", "مديرة", "رئيسة", "مدربة"))    # in construct with a club's quoted name


def variants(word: str) -> list[str]:
    """A word, and the word without a clinging «و»/«ف»/«بـ»."""
    return [word, word[1:]] if len(word) > 3 and word[0] in "وفب" else [word]


def is_name_shaped(words: list[str]) -> bool:
    """Two or three words shaped like a proper name: «سرايا القدس»، «طوفان الأقصى»."""
    if not 2 <= len(words) <= 3:
        return False
    if any(w in lexicon.function_words() for w in words):
        return False
    first, last = words[0], words[-1]
    if first in ("ابو", "ام", "ابن", "بن", "بنت") or any(w in ("بن", "ابن", "بنت") for w in words[1:]):
        return True      # a kunya or a patronym: «أبو لولو»، «إيتمار بن غفير»
    if any((len(w) >= 5 and w.endswith(("ها", "هم", "هما"))) or (len(w) >= 6 and w.endswith("ته")) for w in words[:-1]):
        return False     # a possessed noun, not a name: «قلقها البالغ»، «بلغت مراحلها الأخيرة»، «دخل مرحلته الأخيرة»
    if all(w.startswith("ال") for w in words):
        return len(words) == 2
    if first.startswith("ال") or not last.startswith("ال"):
        return False
    if first.startswith("ي") and len(first) >= 4:
        return False     # an imperfect verb: «يفوق الوصف» is a clause
    # verbal nouns (تعزيز، انسحاب، استهداف، مكافحة) head descriptions, not names
    if len(first) >= 5 and (first.startswith(("ت", "است", "ان", "ات", "اعاد")) or
                            (first.startswith("م") and first.endswith("ه"))):
        return False
    return True


_CLAUSE_WORDS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "قد", "سوف", "كانه", "كانها", "انه", "انها", "ان",
                           "هو", "هي", "هم", "نحن", "انا", "غير", "معه", "معها"})
# Nouns shaped as a future verb («سـ» and a prefix): «شركة "سنابل الرافدين"»، «"سياسة الباب المفتوح"»
_NOUNS_LIKE_FUTURE = frozenset(arabic.normalize(w) for w in ("سنابل", "سنبلة", "سياسة", "سيارة", "سيارات", "سيادة", "سيناء", "سينما", "سيطرة", "ستارة"))


_YEAR = re.compile(r"(?:19|20)\d\d")


def clause_like(words: list[str]) -> bool:
    """«سيتعامل معه كأنه غير موجود»: a future verb, a negation or a pronoun makes a clause, not a
    name; a preposition does not («برنامج "العرب في أسبوع"»)."""
    first = words[0]
    # («بلغت 78 بالمائة»: a feminine past verb and a number opens a clause too)
    past = len(words) >= 2 and first.endswith("ت") and 4 <= len(first) <= 6 and not first.startswith("ال") and words[1].isdigit()
    numbered = len(words) >= 2 and words[1].isdigit()      # «"سنتينل-2"»: a name and its number, no «سـ» of the future
    letters = spelled(words)      # «"إن إف سي أفريكا"»: «إن» is N among Latin letters spelled
    return (len(first) >= 5 and first.startswith(("سي", "ست", "سن")) and not numbered and first not in _NOUNS_LIKE_FUTURE) or past \
        or any(w in _CLAUSE_WORDS and not (letters and w == "ان") for w in words)


def name_reason(an: Analysis, book: ActorBook, q: Quoted, ci: int, cj: int) -> str | None:
    """Why the quoted span is a name or label rather than speech (None: it may be speech)."""
    words = an.words[ci:cj]
    if len(words) == 0:
        return "empty"
    if len(words) == 1:
        return "a single word"
    if len(words) <= 4 and all(len(w) == 1 and w.isalpha() for w in words):
        return "initials"       # «بالأحرف الأولى "ج. ف."»
    raw_text = an.doc.body[q.start:q.end].strip()
    if len(words) <= 3 and sum(an.doc.body.count(o + raw_text + c) for o, c in (('"', '"'), ("«", "»"), ("“", "”"))) >= 2:
        return "a name quoted again"       # «الغواصة المأهولة "فن دو تشه"» … «وكانت "فن دو تشه" قد بلغت»: no one repeats a quotation word for word
    if named_right_after_verb(an, ci, cj):
        return "a body named as the verb's subject"       # «دعت "غرفة طوارئ عطبرة"، وهي …، إلى»
    raw = an.doc.body[q.start:q.end]
    if raw.isascii() and len(words) <= 4:
        return "a Latin-script name"
    m = an.gaz.match_at(an.words, ci) if ci < len(an.words) else None
    if m and m[0] == cj - ci:
        return "a gazetteer name"
    if len(words) <= 4 and any(is_month_name(w) for w in words) and all(w.isdigit() or is_month_name(w) for w in words):
        return "a date, the name of a place or a day"      # «بالمركب الرياضي "20 أوت 1955"»
    if len(words) <= 4 and book.resolve(raw.strip()):
        return "a name known to the store"
    if an.is_outlet(ci) and (len(words) <= 4 or (ci, cj) in an.outlet_spans):
        return "the article's outlet"
    if ci > 0:
        before = an.words[ci - 1]
        # («لحزب "البديل من أجل ألمانيا"»: «لـ» on the label too)
        bare = [v[2:] if v.startswith("ال") else v
                for v in variants(before) + ([before[1:]] if before[:1] in "لب" and len(before) >= 3 else [])]    # «بحي "400 مسكن"»
        gap = an.doc.gap(ci)
        # A name after a label is short: «عملية "السور الحديدي"»; after «الاتفاق» a whole clause is speech («أن الاتفاق "يغطي احتياجات السوق..."»), unless the label introduces titles and slogans, which may be sentences.
        # («عبر مشروع "أريد أن أعيش" الحكومي»: a label's adjective after the name closes it, whatever it says)
        labelled = any(v in lexicon.label_nouns() for v in bare) and (
            (len(words) <= 6 and cj < len(an.words) and not has_break(an.doc.gap(cj).replace('"', "").replace("»", ""))
             and an.words[cj].startswith("ال") and an.words[cj].endswith(("ي", "يه")) and len(an.words[cj]) >= 5) or
            (len(words) <= 4 and not clause_like(words)) or (len(words) <= 8 and _YEAR.fullmatch(words[-1]) and not clause_like(words) and not any(w in lexicon.stop_words() for w in words))     # «بطولة "كأس العرب فيفا قطر 2025"»
            # («ملحق "نظام الوصول إلى مسببات الأمراض وتقاسم المنافع" سيُعرض»: a longer name, the sentence going on after it)
            or (len(words) <= 8 and not clause_like(words) and _runs_on(an, cj))
            # («ضمن مشروع "صون جبانة ذراع أبو النجا"»: an indefinite label after a preposition governs its name)
            or (len(words) <= 8 and not clause_like(words) and ci > 1 and an.words[ci - 2] in lexicon.prepositions()
                and any(v in lexicon.label_nouns() for v in variants(before)))
            or any(v in lexicon.title_labels() for v in variants(before) + bare))
        # («معتبراً الخطة "ضماداً مؤقتاً لجرح عميق"»: an accusative with its tanween is what the label is called, no name)
        if labelled and not has_break(gap.replace('"', "").replace("«", "").replace("“", "").replace("”", "")) \
                and not _predicate_of_that(an, ci, cj) and ("\u064b" not in an.doc.tokens[ci].text or before in lexicon.title_labels() or an.words[ci] == "معا"):
            return f"a name after the label noun «{an.doc.tokens[ci - 1].text}»"
        label = (ci - 2 if an.words[ci - 1].startswith("ال") else ci - 1) if _in_own_report(an, ci) else _label_behind(an, ci)     # («في تقريرها السنوي "…"»: the report, past its adjective)
        # («كتابه الجديد "تيشيت: حاضرة على طريق الملح"»: a work's title may be longer, a sentence as often)
        if label is not None and ((len(words) <= 4 and not clause_like(words)) or (len(words) <= 8 and _work(an, label))):
            return f"a name after «{an.doc.text(label, ci)}»"
        if before == "ل" and len(words) <= 4:
            return "an addressee («لـ…»)"
        if len(words) <= 8 and ci > 1 and not before.startswith("ال") and in_lex(before, lexicon.org_heads()) and (len(words) <= 6 or not clause_like(words)) and (
                an.words[ci - 2] in lexicon.title_heads() or an.words[ci - 2] in _MEMBERS or (an.words[ci - 2] in ("في", "من") and len(words) <= 3)):
            return f"a body's name in a title («{an.doc.text(ci - 2, ci)}»)"     # «عضو تنسيقية "أنقذوا خليج المنستير"»، «في معهد "داي-إيتشي"»، «أحد مؤسسي حركة "…"»
        if before in ("اما", "واما") and len(words) <= 4 and not clause_like(words):
            return "the topic after «أما»"      # «أما "ألبينا ريسورسز" فقالت»
        if before in _CLUB_OFFICES and len(words) <= 4 and not clause_like(words) and ":" not in gap:
            return f"a name after «{an.doc.tokens[ci - 1].text}»"      # «قال مدرب "نسور مدق"، عبدي فتاح ورسمي:»: his club
        if before == "من" and ci > 1 and an.words[ci - 2] in lexicon.label_nouns() and len(words) <= 4 and not clause_like(words):
            return f"a name after «{an.doc.text(ci - 2, ci)}»"      # «نسخة من "مختصر خليل"»
        if (before in ("ل", "ضمن", "عبر", "اطار", "مع") or (before == "من" and _runs_on(an, cj)) or (before in lexicon.title_heads() and not before.startswith("ال") and ":" not in gap)) and len(words) <= 10 and (words[0].startswith("ال") or before != "ل") and not clause_like(words) \
                and (words[0].removeprefix("ال") in lexicon.label_nouns() or in_lex(words[0], lexicon.org_heads())) \
                and not any(an.is_verb(k) for k in range(ci, cj)):     # («ضمن "المشروع القومي …"»، «عبر "منظومة …"»، «في إطار "البرنامج الوطني …"»، «من "برنامج …" ستنطلق»)
            return f"a body's or a campaign's name after «{'لـ' if before == 'ل' else an.doc.tokens[ci - 1].text}»"    # «حقول تابعة لـ"الحملة القومية للنهوض بمحصول القمح"»
        # («المعروف إعلامياً بـ"السطو على عقارات الأجانب"»: an adverb between the label and «بـ»)
        label = ci - 3 if ci > 2 and "\u064b" in an.doc.tokens[ci - 2].text else ci - 2
        if before == "ب" and label >= 0 and an.words[label] in lexicon.label_nouns() and len(words) <= 4 and not clause_like(words):
            return f"a name after «{an.doc.text(label, ci)}»"      # «المخطط المعروف بـ«تنقل 2030»»
        if (before == "باسم" or (before == "ب" and ci > 1 and an.words[ci - 2] in _KNOWN_AS)) and len(words) <= 8 \
                and not clause_like(words) and not any(an.is_verb(k) for k in range(ci, cj)):
            return f"a name given («{an.doc.text(ci - 2 if before == 'ب' else ci - 1, ci)}»)"    # «ما يُعرف بـ"…"»، «حملة باسم «…»»
        if (before in lexicon.media_nouns() or (before[:1] == "ل" and (before[1:] in lexicon.media_nouns() or before[1:] in lexicon.addressees()))) \
                and len(words) <= 4:     # («في مقابلة مع إذاعة "فرانس إنتر"»: the station's name)
            return f"an outlet spoken to («{an.doc.tokens[ci - 1].text}»)"      # «لإذاعة "فرانس إنتر"»
        if len(words) <= 2 and not any(w.startswith("ال") for w in words) and _media_named_before(an, ci):
            return "an outlet's short name after its full name"      # «لوكالة الأنباء السويدية "تي تي"»
        if len(words) <= 8 and (before in _CAMPAIGN or (before in _PROGRAMME and not clause_like(words))) and not (ci > 1 and an.words[ci - 2] in ("ان", "بان") and an.written(ci - 1).endswith(("ه", "ها")) and (imperfect_verb(words[0]) or (len(words[0]) == 3 and words[0][0] == "ي"))):     # «أن برنامجه "يضع …"»: what it does
            return f"a programme's name («{an.doc.tokens[ci - 1].text}»)"      # «لبرنامج "صباح الخير يا نهر النيل"»
        if any(v in _NAMING for v in variants(before)) and len(words) <= 4 and not clause_like(words):
            return f"a name given («{an.doc.tokens[ci - 1].text}»)"     # «في ما سمّته "يوم الغضب الصحي"»
        if len(words) <= 4 and any(v in lexicon.outlet_verbs() for v in variants(before)):
            return f"an outlet after «{an.doc.tokens[ci - 1].text}»"
        if before in _ON_IT and ci > 1 and an.words[ci - 2] in _WRITTEN and not has_break(an.doc.gap(ci - 1)):
            return f"what is written on something («{an.doc.text(ci - 2, ci)}»)"    # «لافتة كتب عليها "…"»
        if before == "حول" and len(words) <= 8 and not clause_like(words) and any(v in lexicon.document_nouns() for x in range(max(0, ci - 7), ci - 1) for v in variants(an.words[x])):
            return "a report's subject («تقرير … حول»)"     # «بتقرير المجلس الأعلى للحسابات حول "تدبير المراكز …"»
        if an.is_verb(ci - 1) and (len(words) <= 4 or (
                len(words) <= ORG_NAME_LONGEST and org_name_words(an, ci, cj))) and _subject_then_that(an, ci, cj):
            return f"a quoted name, the subject of «{an.doc.tokens[ci - 1].text}»"
    if ci > 0 and len(words) <= 8 and not clause_like(words) and _adopted(an, ci) and not any(an.is_verb(k) for k in range(ci, cj)):
        return f"the name of what was adopted or launched («{an.doc.tokens[ci - 1].text}»)"
    if len(words) <= 3 and is_name_shaped(words):
        return "name-shaped"
    if 2 <= len(words) <= 3 and words[-1].isdigit() and not words[-1].startswith("0") and not clause_like(words) \
            and not any(an.is_verb(x) or an.words[x] in lexicon.quantity_nouns() for x in range(ci, cj)):
        return "a name and its number"     # «مؤتمر الأمم المتحدة للمناخ "كوب 30"»
    if 2 <= len(words) <= 4 and (all(w.startswith("ال") for w in words) and in_lex(words[0], lexicon.org_heads()) or words[0] in lexicon.label_nouns()) \
            and (_governed_by_noun(an, ci) or (an.words[ci - 1] in lexicon.document_nouns() and not has_break(an.doc.gap(ci).replace('"', "")))):
        return f"a body's name in construct with «{an.doc.tokens[ci - 1].text}»"     # «بيانات "المرصد الاجتماعي التونسي"»
    if ci > 0 and len(words) <= 5 and an.written(ci - 1).endswith("ها") and not an.is_verb(ci - 1) and org_name_words(an, ci, cj) \
            and not an.words[ci - 1].startswith(("بان", "ان", "لان", "كان")):      # (not «وصف الصين بأنها "قوة أجنبية معادية"»)
        return "a body's name after what it did"     # «في ندوة عن بعد نظمها "المجلس الدولي للزيتون"»
    if len(words) <= 3 and not clause_like(words) and _short_name_after_body(an, ci, cj):
        return "a body's short name after its full name"     # «الاتحاد الوطني للتعاونيات الزراعية "زين-نوه"، في بيان»
    if len(words) <= 4 and not clause_like(words) and cj < len(an.words) and an.words[cj] in ("الذي", "التي") \
            and not has_break(an.doc.gap(cj).replace('"', "").replace("»", "").replace("”", "")):
        return "a quoted name its relative clause describes"      # «أقرّ الناخبون "المقترح 50" الذي يجيز …»
    # («أن "خطة الاستجابة الإنسانية لعام 2025" لم تحصل …»: a longer name, the negated verb its predicate)
    if (len(words) <= 4 or (len(words) <= 6 and cj < len(an.words) and an.words[cj] in ("الذي", "التي", "لم", "لن"))) \
            and not clause_like(words) and words[0] in lexicon.label_nouns() and _runs_on(an, cj) and not _described_thing(words):
        return f"a body's quoted name in a sentence that runs on («{an.doc.tokens[ci].text} …»)"    # «أن "تحالف دول الساحل" ماضٍ»
    if len(words) <= 4 and not clause_like(words) and cj < len(an.words) and _governed_by_noun(an, ci) \
            and an.words[cj].startswith("ال") and an.words[cj].endswith(("ي", "يه")) and len(an.words[cj]) >= 5 \
            and not has_break(an.doc.gap(cj).replace('"', "").replace("»", "").replace("”", "")):
        return f"a name between «{an.doc.tokens[ci - 1].text}» and its adjective"     # «أسطول "ريسك إي يو" الأوروبي»
    # («في إطار "البرنامج الاستعجالي لصيف 2025"»: the label with its article too) («التقرير الوطني "الخارطة الصحية 2024"»: after a document and its adjective)
    if (len(words) <= 4 or (len(words) == 5 and _YEAR.fullmatch(words[-2]))) and _YEAR.fullmatch(words[-1]) and (words[0].removeprefix("ال") in lexicon.label_nouns() or
                                                            (ci > 0 and an.words[ci - 1] in lexicon.prepositions())
                                                            or _document_before(an, ci)):
        return "a plan or an event named with its year"      # «ضمن «رؤية عُمان 2040»»، «"الاستراتيجية الوطنية للصحة 2024-2030"»
    if len(words) <= 8 and words[0] in lexicon.label_nouns() and not clause_like(words) and _governed_by_noun(an, ci) and not any(an.is_verb(k) for k in range(ci, cj)):
        return f"a name in construct with «{an.doc.tokens[ci - 1].text}»"     # «من مشاريع "برنامج الصمود في الحوض الشرقي"»
    if (len(words) <= 4 or all(len(w) <= 3 for w in words)) and not clause_like(words) and _listed(an, ci, cj):
        return "one of quoted names listed with «و»"      # «عرضين هما "الغريب في المرآة" و"بيت الطين"»، «شركتي "ميرسك" و"سي إم إيه سي جي إم"» (letters spelled)
    if (len(words) <= 3 or (len(words) <= 5 and not clause_like(words))) and _inside_title(an, ci):
        return "a name inside a person's title"
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    verb_like = any(len(w) >= 3 and w.startswith(("ي", "سي", "ست", "سن")) for w in words[1:])
    # («قالت إن "المهرجان فرصة نادرة لتسويق منتجات النساء"»: after «إن» a definite head opens a sentence)
    said = words[0].startswith("ال") and ci > 0 and an.words[ci - 1] in lexicon.complementisers()
    if head in lexicon.event_name_heads() and len(words) <= 7 and not verb_like and not clause_like(words) and not said:
        return f"an event's name («{an.doc.tokens[ci].text} …»)"
    return None

# A broadcast's programme, indefinite, before its quoted name, however long: «في حديث لبرنامج "…"»
# («في إطار برنامجها "العودة الطوعية المساعدة وإعادة الإدماج"»: with the body's pronoun too)
_PROGRAMME = frozenset(arabic.normalize(w) for w in ("برنامج", "لبرنامج", "ببرنامج", "وبرنامج", "برنامجها", "برنامجه", "لبرنامجها", "لبرنامجه"))
# A campaign, indefinite, before its slogan, a sentence as often: «في إطار حملة "لا تذبحوا زراعتنا"» (not «الحملة "ستنطلق …"», what the campaign will do)
_CAMPAIGN = frozenset(arabic.normalize(w) for w in ("حملة", "لحملة", "بحملة", "وحملة"))

# «لافتة كتب عليها "الأزرق في القلب"»، «قمصان طُبع عليها "…"»: words written or printed on a thing are an inscription, nobody's statement (the verb is passive: the banner is no writer).
_ON_IT = lexicon.forms("عليها عليه عليهم عليهما")
_WRITTEN = lexicon.forms("كتب كتبت طبع طبعت خط خطت نقش نقشت حفر حفرت مكتوب مكتوبة مطبوع مطبوعة")

# «ما يُعرف بـ"…"»، «المعروفة بـ"…"»: what a thing is known as
_KNOWN_AS = lexicon.forms("يعرف تعرف المعروف المعروفة عرف عرفت")
_MEMBERS = lexicon.forms("مؤسسي مؤسسو أعضاء قادة قياديي ناشطي ناشطو")     # «أحد مؤسسي حركة "…"»: its founders, members, leaders

# Verbs of naming: what they take in quote marks is the name given («ما سمّته "يوم الغضب الصحي"»).
_NAMING = lexicon.forms("سمى سماه سمته سموه أسمى أسماه أسمته يسمى تسمى يسميه تسميه المسمى المسماة يسمونه "
                        "يدعى تدعى المدعو المدعوة")     # «باسم شركة وهمية تدعى "النخبة للعقارات"»


def _governed_by_noun(an: Analysis, ci: int) -> bool:
    """Whether the word right before a quotation is a noun it is the genitive of, with no break
    between: no verb, participle, reporting noun, complementiser or little word («من مشاريع "…"»)."""
    if ci < 1 or has_break(an.doc.gap(ci).replace('"', "").replace("«", "").replace("“", "")):
        return False
    w = an.words[ci - 1]
    present = w.startswith(("سي", "ست", "سن", "ي"))    # «ستقدم»، «يطلق»: a verb («تنفيذ» is a verbal noun)
    return (w.isalpha() and len(w) >= 4 and not w.startswith(("ال", "لل")) and not an.is_verb(ci - 1) and not present
            and not an.is_participle(ci - 1) and not an.is_report_noun(ci - 1) and not an.is_according(ci - 1)
            and w not in lexicon.complementisers() and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and w not in lexicon.document_nouns() and not an.is_time(ci - 1)
            and not any(m.i < ci <= m.j for m in an.gaz_at.values()))     # («أن ما تعيشه سليانة "…"»: a place governs nothing)


def _described_thing(words: list[str]) -> bool:
    """«"خطة متكاملة لإعادة التسلح"»: a feminine noun and its indefinite adjective describe what is
    meant, in the speaker's words; a body's or a campaign's name goes on with a definite word or a name («"تحالف دول الساحل"»)."""
    # (an adjective in «م» or a nisba: «متكاملة»، «وطنية»; «جماعة نصرة …» is a noun in construct)
    return len(words) >= 2 and words[0].endswith("ه") and (words[1].startswith("م") or words[1].endswith("يه")) \
        and words[1].endswith("ه") and len(words[1]) >= 5 and words[1] not in lexicon.label_nouns()


def _runs_on(an: Analysis, cj: int) -> bool:
    """Whether the sentence goes on after the quotation closing before token cj: a plain word, no break, no second quotation."""
    if cj >= len(an.words):
        return False
    gap = an.doc.gap(cj)
    if an.words[cj] in ("الذي", "التي") and gap.replace('"', "").replace("»", "").replace("”", "").strip() in ("،", ","):
        return True       # «صندوق "مرفق الغابات الاستوائية إلى الأبد"، الذي أطلقته البرازيل»: the name described
    return not has_break(gap.replace('"', "").replace("»", "").replace("”", "")) \
        and not any(ch in "«“" for ch in gap) and gap.count('"') <= 1 and an.words[cj].isalpha()


def _listed(an: Analysis, ci: int, cj: int) -> bool:
    """«هما "الغريب في المرآة" و"بيت الطين"»: two short quotations joined by «و», neither a clause,
    after a noun or a pronoun (not after a verb or «أن», where they are said)."""
    words = an.words
    after = cj + 1 < len(words) and words[cj] == "و" and any(ch in QUOTE_MARKS for ch in an.doc.gap(cj + 1))
    before = ci > 1 and words[ci - 1] == "و" and any(ch in QUOTE_MARKS for ch in an.doc.gap(ci - 1))
    if not (after or before):
        return False
    opener = ci - 1 if after else next((x for x in range(ci - 2, max(-1, ci - 8), -1)
                                         if any(ch in "«“\"" for ch in an.doc.gap(x + 1))), None)
    if opener is None or opener < 0:
        return False
    if before and opener >= 1:
        opener -= 1      # the word before the first of the two
    w = words[opener]
    return not (an.is_verb(opener) or an.is_participle(opener) or w in lexicon.complementisers()
                or any(v in lexicon.complementisers() for v in variants(w)))


# Verbs and verbal nouns of adopting, launching, signing and issuing: what they take in quote marks is
# the name of a text or a fund («اعتمدوا "إعلان بكين"»، «إطلاق "الصندوق الأوروبي …"»), not speech.
_ADOPTING = lexicon.forms(
    "اعتمد اعتمدت اعتمدوا اعتماد أطلق أطلقت أطلقوا إطلاق تبنى تبنت تبنوا تبني أقر أقرت أقروا إقرار "
    "وقع وقعت وقعوا توقيع أصدر أصدرت أصدروا إصدار دشن دشنت تدشين "
    "إنشاء تأسيس أنشأ أنشأت أسس أسست "    # «عزمها إنشاء «المحكمة الجنائية الساحلية لحقوق الإنسان»»
    "وفق وفقا طبقا بموجب")    # «بالتصرف وفق «مبدأ المعاملة بالمثل»»: what one acts by, a rule's name


def _adopted(an: Analysis, ci: int) -> bool:
    """Whether the quotation at token ci is the object of a verb of adopting or launching, or a
    second name joined by «و» to such an object («… "إعلان بكين" و"خطة العمل المشتركة"»)."""
    if has_break(an.doc.gap(ci).replace('"', "").replace("«", "").replace("“", "")):
        return False
    before = an.words[ci - 1]
    if before[:1] == "ب" and any(an.is_verb(x) for x in range(max(0, ci - 6), ci - 1)):
        return False      # «طالبت في مرافعتها بتوقيع "أقصى العقوبة …"»: what a verb of speech asked for, said
    if any(v in _ADOPTING for v in variants(before)):
        return True
    if before == "و" and ci > 1 and any(ch in QUOTE_MARKS for ch in an.doc.gap(ci - 1)):
        start = next((x for x in range(ci - 2, max(-1, ci - 10), -1)
                      if any(ch in QUOTE_MARKS for ch in an.doc.gap(x))), None)
        return start is not None and start > 0 and any(v in _ADOPTING for v in variants(an.words[start - 1]))
    return False


def _inside_title(an: Analysis, ci: int) -> bool:
    """«رئيس مؤتمر الأمم المتحدة للمناخ "كوب 30" أندريه كوريا دو لاغو»: the quotation at token ci
    is part of the title of a person named right after it (`actors.parse_phrase` reads it so)."""
    for x in range(ci - 1, max(-1, ci - 9), -1):
        if has_break(an.doc.gap(x + 1).replace('"', "").replace("«", "").replace("“", "")):
            return False
        if in_lex(an.words[x], lexicon.title_heads(), clitics=True):
            ph = parse_phrase(an, x, min(len(an.words), ci + 8))
            return ph is not None and ph.name is not None and ci in ph.title
    return False


def _label_behind(an: Analysis, ci: int) -> int | None:
    """«لشركة التنمية المحلية "طنجة موبيليتي"»، «في مخيم اللاجئين "الأمل"»: a label noun governed by «لـ/بـ» or a preposition, and one or
    two definite words that describe it, right before a quotation with no break between: the token of the label, or None. The quotation is
    the name of what the label and its adjectives describe."""
    for x in range(ci - 2, max(-1, ci - 4), -1):
        if any(has_break(an.doc.gap(y).replace('"', "").replace("«", "").replace("“", "")) for y in range(x + 1, ci + 1)):
            return None      # «لقناة الغد: "…"»: a colon before it opens speech
        if not all(an.words[y].startswith("ال") and an.words[y].isalpha() for y in range(x + 1, ci)):
            return None
        w = an.words[x]
        if w.startswith("ال") and w[2:] in lexicon.media_nouns() and x > 0 and an.words[x - 1] not in lexicon.complementisers():
            return x         # «في مقابلة مع القناة الألمانية الثانية "زد دي إف"»: the channel's name
        if w[1:] in lexicon.media_nouns() or w in lexicon.media_nouns():
            return None      # «لقناة الغد "…"»: the outlet spoken to, then the words said to it
        # governed by «لـ/بـ» or a preposition, the label's phrase is no subject whose words follow («أكدت منظمة الصحة العالمية "ضرورة التهدئة"» is speech)
        if w in _CAMPAIGN and x < ci - 1:
            return x         # «إطلاق حملة التطعيم الفموي "أدري بلا كوليرا"»: a campaign and its complement, then its slogan
        if w[:1] in "لب" and len(w) > 3 and w[1:] in lexicon.label_nouns() \
                or ((w in lexicon.label_nouns() or (w.startswith("ال") and w[2:] in lexicon.label_nouns()
                                                     and w[2:] not in lexicon.place_nouns()))
                    and x > 0 and (an.words[x - 1] in lexicon.prepositions() or an.words[x - 1] == "شعار")):     # «ضمن الحملة الإرشادية "…"»، «شعار الحملة الجماهيرية "ديما مغرب"»
            return x
        if x < ci - 1 and _described_label(an, x) and not any(
                an.words[y] in lexicon.prepositions() or an.words[y] in lexicon.stop_words() for y in range(x + 1, ci)):
            # «بمحاذاة المعبر الحدودي «الشهيد مصطفى بن بولعيد»»، «إطلاق الحملة الوطنية "رمضان بأسعار في
            # المتناول"»، «روايتها الجديدة «ظلال على ساحل بنادر»»: a site, a campaign, a work described, then its name
            return x
    return None


_MACHINES = lexicon.forms("قمر أسطول سفينة باخرة ناقلة فرقاطة قارب زورق فيلم مسلسل رواية")     # «السفينة النرويجية "…"»، «الفيلم المصري "…"»


def _described_label(an: Analysis, x: int) -> bool:
    """Token x is a label noun that adjectives may describe before its quoted name: a site with «ال»
    anywhere; a label with «ال» or with a possessive pronoun that no verb has for its subject."""
    w = an.words[x]
    if (w.startswith("ال") and (w[2:] in lexicon.premises_nouns() or w[2:] in _MACHINES)) or w in _MACHINES:
        return True       # («القمر الاصطناعي الأوروبي "سنتينل-2"»، «سفينة الأبحاث النرويجية "…"»: a machine is named, it says nothing)
    if x == 0:
        return False
    if w.startswith("ال") and w[2:] in lexicon.label_nouns():
        # governed by a verbal noun («إطلاق الحملة الوطنية "…"»); after «أن» or a verb the body speaks or is spoken of («أن المنظمة الدولية "مستعدة …"»)
        # («أطلقت الأسبوع الماضي الحملة الوطنية "حصاد آمن"»: the object of a verb of launching) («ضمن مشروعات المبادرة الرئاسية "حياة كريمة"»: a plural in construct with it, what it holds)
        prev = an.words[x - 1]
        held = prev.endswith("ات") and len(prev) >= 5 and not prev.startswith("ال") and not an.is_verb(x - 1) \
            and not an.is_report_noun(x - 1) and prev not in lexicon.document_nouns()
        return (masdar_shaped(prev) and prev not in lexicon.complementisers()) or held \
            or any(v in _ADOPTING for y in range(max(0, x - 4), x) for v in variants(an.words[y]))
    return _work(an, x)


def _work(an: Analysis, x: int, works: frozenset[str] | None = None) -> bool:
    """Token x is a work (one of `works`, by default any) with its author's pronoun («كتابه»، «روايتها»، «نشرتها»), whose title may be long."""
    w, raw = an.words[x], an.written(x)
    for pronoun in ("ها", "هم", "ه"):
        if raw.endswith(pronoun) and len(w) - len(pronoun) >= 3:
            stem = w[: -len(pronoun)]
            return (stem[:-1] + "ه" if stem.endswith("ت") else stem) in (works or _WORKS)
    return False


# Works an author has, named after «روايتها الجديدة»، «كتابه الأخير»
# and a body's report («تقريرها الربعي "مؤشرات أداء المناطق الاقتصادية"»، «في تقريره "موسم الزيتون 2025: …"»)
_REPORTS = frozenset(arabic.normalize(w) for w in ("تقرير", "دراسة", "نشرة"))
_WORKS = frozenset(arabic.normalize(w) for w in ("رواية", "كتاب", "فيلم", "ديوان", "مسرحية", "ألبوم", "أغنية", "مجموعة", "حملة")) | _REPORTS


def _in_own_report(an: Analysis, ci: int) -> bool:
    """«في تقريره "…"»، «في نشرتها الشهرية "…"»: a report with its author's pronoun (and one adjective),
    governed by a preposition, right before the quotation: its title («اختيار فيلمها "…"» is what was said of the film)."""
    x = ci - 2 if ci >= 3 and an.words[ci - 1].startswith("ال") and an.words[ci - 1].endswith(("ي", "يه")) else ci - 1
    return x >= 1 and _work(an, x, _REPORTS) and an.words[x - 1] in lexicon.prepositions() \
        and not any(has_break(an.doc.gap(y).replace('"', "").replace("«", "")) for y in range(x, ci + 1))


def _media_named_before(an: Analysis, ci: int) -> bool:
    """«لوكالة الأنباء السويدية "تي تي"»: an outlet's noun with «لـ» (the one spoken to) and its
    definite words right before the quotation, with no break between."""
    for x in range(ci - 2, max(-1, ci - 5), -1):
        if has_break(an.doc.gap(x + 1).replace('"', "").replace("«", "")) or not an.words[x + 1].startswith("ال"):
            return False
        w = an.words[x]
        if w[:1] == "ل" and w[1:] in lexicon.media_nouns():
            return True       # (spoken to: not «أشغال قناة الربط الجديدة "بلغت مراحلها الأخيرة"», a canal)
    return False


def _short_name_after_body(an: Analysis, ci: int, cj: int) -> bool:
    """A quotation of three words or fewer right after a definite word that ends a body's name (its
    head at most six words back, no break between), a break after it: the body's short name."""
    before = an.words[ci - 1] if ci >= 2 else ""
    if not before.startswith("ال") or before in lexicon.prepositions() or before in lexicon.stop_words() \
            or has_break(an.doc.gap(ci).replace('"', "").replace("«", "")):
        return False      # («داعياً البنك المركزي إلى "حملات توعية"»: «إلى» folds to a definite-looking «الي»)
    after = an.doc.gap(cj) if cj < len(an.words) else "."
    if not has_break("".join(ch for ch in after if ch not in QUOTE_MARKS)) and not (
            cj + 1 < len(an.words) and an.words[cj] == "في" and an.is_report_noun(cj + 1)):
        return False      # («جهاز الإنقاذ البحري الإسباني "سالفامنتو ماريتيمو" في بيان»: where the body said it, too)
    for x in range(ci - 2, max(-1, ci - 7), -1):
        if has_break(an.doc.gap(x + 1)):
            return False
        if in_lex(an.words[x], lexicon.org_heads(), clitics=True) and not an.is_verb(x):
            body = parse_phrase(an, x, ci)      # («اعتبر الحزب في بيان أن القرار "…"»: the body's name ends before)
            # («وأضاف المفوض أن مراكز الإيواء في المدارس "بلغت طاقتها القصوى"»: after «أن» what the body did)
            return body is not None and body.kind == "organization" and body.j == ci and not (x > 0 and an.words[x - 1] in lexicon.complementisers())
    return False


def _document_before(an: Analysis, ci: int) -> bool:
    """A document noun («التقرير»، «تقريرها») and at most one adjective right before the quotation."""
    for x in (ci - 1, ci - 2):
        w = an.words[x] if x >= 0 else ""
        if any(has_break(an.doc.gap(y).replace('"', "").replace("«", "")) for y in range(x + 1, ci + 1)):
            return False
        if (w.startswith("ال") and w[2:] in _WORKS) or (x >= 0 and _work(an, x)):
            return True
    return False


def _predicate_of_that(an: Analysis, ci: int, cj: int) -> bool:
    """«اعتبر أن المشروع "خطوة تأخرت كثيراً"، …»: after «أن» and a definite noun, a quotation
    that ends the clause is what the noun is said to be (the predicate), not its name."""
    before = an.words[ci - 1] if ci else ""
    if ci < 2 or not _subject_of_that(an, ci) or (not before.startswith("ال") and before in lexicon.label_nouns()
                                                  and before not in lexicon.title_labels()):
        return False      # («أن رئيس جمعية "باجة للمواطنة والبيئة"، نزار الكعبي،»: an indefinite label governs its name)
    after = an.doc.gap(cj) if cj < len(an.words) else an.doc.body[an.doc.tokens[cj - 1].end:]
    after = "".join(ch for ch in after if ch not in QUOTE_MARKS).strip()
    if not after:
        # («خطة طوارئ باسم "شتاء آمن" تشمل …»: a word right after it, the clause goes on)
        return cj >= len(an.words)
    return after[0] in ".،,؛;:!?؟\n"

def _subject_of_that(an: Analysis, ci: int) -> bool:
    """Whether the words just before token ci are the subject of «أن»: a definite noun right after it («أن المشروع»), or a construct of up
    to six nouns with no verb, break or preposition in it («أن مشروع ازدواج طريق عقبة شعار»)."""
    an = an
    if an.words[ci - 1].startswith("ال") and an.words[ci - 2] in lexicon.complementisers() and an.words[ci - 2] != "الي":
        return True
    for x in range(ci - 1, max(-1, ci - 8), -1):
        w = an.words[x]
        if w in lexicon.complementisers():
            # («أن يدخل الإعصار "فونغ وونغ"»: a verb in the present after «أن», the noun its subject, the quotation no predicate; «أن يكون المشروع "…"» keeps it)
            nxt = an.words[x + 1]
            verb = nxt[:1] == "ي" and len(nxt) >= 4 and nxt not in name_lexicon.verb_shaped_names() and nxt[:3] not in ("يكو", "يصب")
            return w in ("ان", "بان") and ci - x >= 3 and not verb
        if w in _NOUN_LINKS and an.words[x + 1].startswith("ال") and not has_break(an.doc.gap(x + 1)):
            continue      # «أن المحادثات مع الوكالة "مستمرة …"»: the noun's complement
        if (x + 1 < ci and has_break(an.doc.gap(x + 1))) or not w.isalpha() or w in lexicon.stop_words() \
                or w in lexicon.prepositions() or an.is_verb(x) or an.is_participle(x):
            return False
    return False


# Prepositions that link a noun to its complement inside the subject of «أن»
_NOUN_LINKS = frozenset(("مع", "في", "بين"))

def _subject_then_that(an: Analysis, ci: int, cj: int) -> bool:
    """Whether quoted tokens [ci, cj) right after a reporting verb are its subject, a quoted name: name-like words, with «أن/إن» still to
    come in the clause («أكدت "تنسيقية لجان المقاومة"، وهي مجموعة من المتطوعين، في منشور أن "…"»)."""
    an = an
    if not (org_name_words(an, ci, cj) or all(w.isalpha() and w not in lexicon.function_words() and not an.is_verb(k)
                                               for k, w in enumerate(an.words[ci:cj], ci))):
        return False
    for k in range(cj, min(len(an.words), cj + 14)):
        gap = an.doc.gap(k)
        w = an.words[k]
        if k > cj and any(ch in "«“\"" for ch in gap) or any(ch in ".؟?!:\n" for ch in gap):
            return False
        if an.is_verb(k) or an.is_participle(k) or w in COORDINATED_THAT:
            return False      # «أكد "ضرورة التهدئة"، مشيرا إلى أن …»: the quote was its object
        if w in lexicon.complementisers() and w != "الي":
            # «بعد أن»، «قبل أن»: a time clause, not what was said; «لفتت … إلى أن» is
            return an.words[k - 1] not in lexicon.stop_words() or an.words[k - 1] == "الي"
    return False

# --- cues -------------------------------------------------------------
