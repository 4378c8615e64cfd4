"""Who is named: title + name phrases and organisations, read from the tokens.

A speaker phrase such as «مستشار رئيس الوزراء حسين علاوي» or «نائب قائد
العمليات المشتركة بالعراق، الفريق أول الركن قيس المحمداوي» is read left to
right: title heads (رئيس، وزير، الفريق...) and their complements (definite
words, gazetteer names, «باسم»/«في»/«لدى» links) make the title; the first
word that is none of these starts the name, which runs until a stop word,
a time word, punctuation or four words.

`book.ActorBook` turns the phrases read here into actor ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.document import Document
from desktop.core.extract.events import is_trigger_word, trigger_category
from desktop.core.extract.gazetteer import Entry, Gazetteer, Mention, clitic_variants

# Words that begin a title, never a name («نظير», «وزير», «رئيس»), normalised as the words they meet.
_OFFICE_HEADS = tuple(arabic.normalize(w) for w in ("نظير", "وزير", "رئيس"))

_BREAK_CHARS = set("،,:;؛.!?؟()[]«»“”\"„—–-\n")

Resolver = Callable[[str], "str | None"]

# «قال» in the forms that take «إن» as their complement: «قال X إن …».
_QALA = frozenset(arabic.normalize(w) for w in ("قال", "قالت", "يقول", "تقول", "قالوا", "قالا"))

# Words inside a name that do not count towards its length: «محمد بن راشد آل مكتوم».
_NAME_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد"})


QUOTE_MARKS = set("«»“”\"„")

# Honorifics abbreviated to a letter and a point before a name (document.abbreviation_point),
# read as the words they stand for.
_ABBREVIATED = {"د": arabic.normalize("الدكتور"), "م": arabic.normalize("المهندس"), "أ": arabic.normalize("الأستاذ")}

# The normal form given to «والي» (governor) when it is read as the office, not «وإلى».
_GOVERNOR = arabic.normalize("الوالي")


def has_break(gap: str) -> bool:
    return any(ch in _BREAK_CHARS for ch in gap)


def has_phrase_break(gap: str) -> bool:
    """A break inside a speaker phrase: quote marks around a name in a title do not end it
    («النائب عن كتلة "اللقاء الديموقراطي" بلال عبدالله»), nor does a hyphen written between
    two words with no space («كليمنتاين نكويتا-سلامي»)."""
    if gap in _JOINING_HYPHENS:
        return False
    return any(ch in _BREAK_CHARS and ch not in QUOTE_MARKS for ch in gap)


# A hyphen with no space on either side joins the parts of one name; a dateline's dash
# («بغداد - »، «حلب- ») has a space.
_JOINING_HYPHENS = frozenset({"-", "‐", "‑"})


def in_lex(word: str, lex: frozenset[str], *, clitics: bool = False) -> bool:
    if not clitics:
        return word in lex
    return any(v in lex for v in clitic_variants(word))


def strip_conj(word: str) -> list[str]:
    return [word, word[1:]] if len(word) > 3 and word[0] in "وف" else [word]


@dataclass
class Phrase:
    """A parsed mention: a title, a name, or both; or an organisation."""
    i: int
    j: int
    title: list[int] = field(default_factory=list)   # token indices of the title
    name: tuple[int, int] | None = None
    entry: Entry | None = None                        # a gazetteer actor the phrase IS
    kind: str = "person"                              # person, organization, anonymous

    def title_text(self, doc: Document) -> str:
        if not self.title:
            return ""
        return doc.text(self.title[0], self.title[-1] + 1)


class Analysis:
    """Per-article token views shared by the rules."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, outlet: str = ""):
        self.doc = doc
        self.gaz = gazetteer
        self.words = [t.norm for t in doc.tokens]
        self.writes_ila = "إلى" in doc.body or "الى" in doc.body
        for k in range(len(self.words)):
            if self._governor(k, gazetteer):
                self.words[k] = _GOVERNOR
            elif doc.tokens[k].text in _ABBREVIATED and k + 1 < len(doc.tokens) \
                    and doc.gap(k + 1) != doc.body[doc.tokens[k].end:doc.tokens[k + 1].start]:
                # «د. أحمد العوضي»، «م. سامي»: the honorific written out («الدكتور»، «المهندس»)
                self.words[k] = _ABBREVIATED[doc.tokens[k].text]
        self.mentions: list[Mention] = gazetteer.find_all(self.words)
        self.gaz_at = {m.i: m for m in self.mentions}
        self.outlet_spans = _outlet_spans(self.words, outlet)
        self.writes_ala = "على" in doc.body     # the preposition spelt with «ى»: «علي» is then a name
        self.word_set = frozenset(self.words)

    def _governor(self, k: int, gazetteer: Gazetteer) -> bool:
        """«والي ولاية نهر النيل»، «والي الخرطوم»: the governor, which normalises as «وإلى» (and
        to) does. Read as the office when it is written with a final «ي» in an article that writes
        the preposition with «ى», and a place or a definite word follows it."""
        if self.words[k] != "والي" or k + 1 >= len(self.words) or not self.writes_ila:
            return False
        bare = "".join(ch for ch in self.doc.tokens[k].text if not "\u064b" <= ch <= "\u0652" and ch != "ـ")
        if bare != "والي" or has_break(self.doc.gap(k + 1)):
            return False
        nxt = self.words[k + 1]
        return (nxt in lexicon.place_nouns() or nxt.startswith("ال") or gazetteer.match_at(self.words, k + 1) is not None)

    def is_outlet(self, k: int) -> bool:
        """Whether token k begins the name of the article's own outlet («لـ"بغداد اليوم"»)."""
        return any(a == k for a, _ in self.outlet_spans)

    def is_common_word(self, k: int) -> bool:
        """An adverb, an accusative of manner or a preposition with its verbal noun («مجدداً»،
        «ردا»، «باستهداف»): a word that is never a name."""
        w = self.words[k]
        return ("\u064b" in self.doc.tokens[k].text or w in lexicon.common_words() or w in lexicon.purpose_nouns()
                or _prepositional_verbal_noun(w) or _event_noun(w))

    def is_verb(self, k: int) -> bool:
        if k > 0 and self.words[k - 1] in lexicon.negators():
            return False   # «طلب عدم ذكر اسمه»
        if self.words[k] in lexicon.common_words():
            return False   # «طالبا عدم ذكر اسمه»: asking, not «the two demanded»
        if self.verb_shaped_surname(k):
            return False   # «قال … نبراس محمد طالب إن»: the name's last word, «إن» is «قال»'s
        forms = strip_conj(self.words[k])
        nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
        if "عبر" in forms:   # «عبر عن» (expressed); alone it is the preposition «via»
            return nxt == "عن"
        if "بين" in forms:   # «وبين أن» (explained); alone it is «between»
            return nxt in lexicon.complementisers() or self._explained(k)
        if "عد" in forms or "وعد" in forms:   # «وعدّ المحلاوي أن» (considered, promised); else «count»
            return any(w in lexicon.complementisers() for w in self.words[k + 1:k + 5])
        return any(v in lexicon.report_verbs() for v in forms)

    def _explained(self, k: int) -> bool:
        """«وبيّن الوزير أن …»: «بيّن» (explained) with its shadda written, or «وبين» opening a
        clause with «أن» a few words on and no break between (its subject between the two); the
        preposition «بين» (between) takes two nouns joined by «و» and no «أن»."""
        if "\u0651" in self.doc.tokens[k].text:
            return True
        if self.words[k] != "وبين" or (k > 0 and not has_break(self.doc.gap(k))):
            return False
        for x in range(k + 1, min(len(self.words), k + 6)):
            if has_break(self.doc.gap(x)):
                return False
            if self.words[x] in lexicon.complementisers() and self.words[x] != "الي":
                return x >= k + 2
        return False

    def verb_shaped_surname(self, k: int) -> bool:
        """«قال الرئيس التنفيذي للهيئة نبراس محمد طالب إن …»: a word shaped like a reporting verb
        («طالب»، «شدد») right after a name and right before «إن» (with its hamza below), inside
        a clause opened by «قال» with no break between. «إن» after a reporting verb is «قال»'s
        complement alone (the other verbs take «أن»، «بأن»), so the word is the name's last, not
        a second verb; written with «و» («وطالب») it is a verb of its own."""
        words, doc = self.words, self.doc
        if k < 3 or k + 1 >= len(words) or words[k] not in lexicon.report_verbs():
            return False
        nxt = "".join(ch for ch in doc.tokens[k + 1].text if not "\u064b" <= ch <= "\u0652")
        if nxt != "إن" or has_break(doc.gap(k)) or has_break(doc.gap(k + 1)):
            return False
        prev = words[k - 1]
        if not prev.isalpha() or prev in lexicon.stop_words() or prev in lexicon.prepositions() \
                or prev in lexicon.report_verbs() or self.is_time(k - 1):
            return False
        for x in range(k - 1, max(-1, k - 12), -1):
            if x + 1 < k and has_break(doc.gap(x + 1)):
                return False
            if any(v in _QALA for v in strip_conj(words[x])):
                return k - x >= 3      # a title or a name of two words or more between
        return False

    def is_participle(self, k: int) -> bool:
        return any(v in lexicon.report_participles() for v in strip_conj(self.words[k]))

    def is_report_noun(self, k: int) -> bool:
        return any(v in lexicon.report_nouns() for v in strip_conj(self.words[k]))

    def is_according(self, k: int) -> bool:
        return self.words[k] in lexicon.according_to()

    def addressed(self, k: int) -> bool:
        """«أكد لضيفه»، «قال لنظيره»، «أوضح لزائريه»: «لـ» on a noun with a possessive pronoun
        names the one spoken to, whose is said by the pronoun, never the speaker. The pronoun is
        read from the written word («ه»، not the «ة» of «لطيفة»)."""
        text = "".join(ch for ch in self.doc.tokens[k].text if not "\u064b" <= ch <= "\u0652")
        w = self.words[k]
        if not w.startswith("ل") or w.startswith("لل") or not text.endswith(("ه", "ها", "هم", "هما")):
            return False
        stem = w[1:]
        for suffix in ("هما", "هم", "ها", "ه"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        return len(stem) >= 3 and stem.isalpha() and stem not in lexicon.stop_words()

    def is_time(self, k: int) -> bool:
        w = self.words[k]
        return in_lex(w, lexicon.time_words(), clitics=True) or w.isdigit()


def _definite_pair(words: list[str], k: int, j: int) -> bool:
    """Two definite words in a row from k: a noun and its adjective («النتائج الأولية»)."""
    return k + 1 < j and words[k].startswith("ال") and words[k + 1].startswith("ال")


def _outlet_names(outlet: str) -> list[list[str]]:
    """The outlet's name as normalised words, and without a generic last word («بي بي سي
    عربي» is also written «بي بي سي»)."""
    name = arabic.words(arabic.normalize(outlet)) if outlet else []
    names = [name] if name else []
    while len(name) > 1 and name[-1] in lexicon.outlet_suffixes():
        name = name[:-1]      # «موزاييك إف إم» is also «موزاييك»
        names.append(name)
    return names


def _outlet_spans(words: list[str], outlet: str) -> list[tuple[int, int]]:
    """Token spans where the outlet's name is written, with or without «لـ» before it."""
    out = []
    for name in _outlet_names(outlet):
        n = len(name)
        for k in range(len(words) - n + 1):
            first = words[k]
            if (first == name[0] or (first[:1] == "ل" and first[1:] == name[0])) and words[k + 1:k + n] == name[1:]:
                out.append((k, k + n))
    return out


def _event_noun(word: str) -> bool:
    """«مقتل»، «الغارة»: the word for a happening (an event trigger), with «ال» or «و» or not. A
    word in «فيـ» is a name («فيصل»، «فيروز») before it is «فـ» on an imperfect verb («يصل»)."""
    for form in ([word] if word.startswith("في") else strip_conj(word)):
        if is_trigger_word(form) or (form.startswith("ال") and is_trigger_word(form[2:])):
            return True
    return False


def _prepositional_verbal_noun(word: str) -> bool:
    """«باستهداف»، «لتعزيز»، «بانتظار»: «بـ»/«لـ» on a verbal noun (istif'al, infi'al, ifti'al,
    taf'il), the shape of a circumstance, not of a name."""
    if word[:1] not in "بل" or word.startswith(("بال", "لل")):
        return False
    rest = word[1:]
    return ((rest.startswith("است") and len(rest) >= 6) or (rest.startswith(("ان", "ات")) and len(rest) >= 6)
            or (rest.startswith("ت") and len(rest) == 5 and rest[3] == "ي"))


def parse_phrase(an: Analysis, i: int, j: int) -> Phrase | None:
    """Read one title/name/organisation phrase starting at token i (before j)."""
    words, doc = an.words, an.doc
    ph = Phrase(i, i)
    prev_indef_desc = False
    k = i
    while k < j:
        w = words[k]
        if (k > i and has_phrase_break(doc.gap(k))) or an.is_outlet(k):
            break      # the article's own outlet is spoken to, it is no part of a speaker
        if ph.name:
            n_i, n_j = ph.name
            connectors = sum(words[x] in _NAME_CONNECTORS for x in range(n_i, n_j))
            if words[n_j - 1] in _NAME_CONNECTORS and w.isalpha():
                ph.name = (n_i, k + 1)   # «أبو علي»: «علي» here is no preposition
                k += 1
                continue
            # «أمين» is a surname as often as a title («رولا أمين»), unless «أمين عام/سر» follows.
            surname_amin = w == "امين" and (k + 1 >= j or words[k + 1] not in ("عام", "العام", "سر"))
            # Quote marks, tanween («مجيباً») and a pronoun after «و» («وهو») end a name too.
            if any(ch in QUOTE_MARKS or ch in "'‘’" for ch in doc.gap(k)) or "\u064b" in doc.tokens[k].text \
                    or (w[:1] in "وف" and w[1:] in lexicon.stop_words()) or an.is_time(k):
                break
            if (n_j - n_i - connectors >= 4 or (w in lexicon.stop_words() and not _ali(an, k, j))
                    or (w in lexicon.title_heads() and not surname_amin)
                    # «ياسر اسكندر وتوت لشفق نيوز»: after three names, «لـ» names who was spoken to
                    # (after two it may be a surname: «عبد الوافي لفتيت»)
                    or (n_j - n_i - connectors >= 3 and w.startswith("ل") and len(w) >= 4)
                    or w in lexicon.time_words() or w.startswith(("بال", "لل"))
                    or w in lexicon.org_heads() or an.is_verb(k) or an.is_report_noun(k)
                    or an.is_participle(k) or k in an.gaz_at or not w.isalpha()
                    or w.startswith(_OFFICE_HEADS)
                    # «هوراماني لاحقا»، «دوبرينت لوكالة الأنباء»: an adverb or the one spoken to
                    or an.is_common_word(k) or _addressee(w) or w == "ل"
                    # «نوري المالكي النتائج الأولية»: a noun and its adjective are the object, and
                    # so is a definite noun in «ة» («ووصف الخبير نبيل المرسومي الموازنة بأنها»)
                    or (n_j - n_i - connectors >= 2 and (_definite_pair(words, k, j)
                                                         or (w.startswith("ال") and w.endswith("ه")
                                                             and w != "الله" and words[k - 1].startswith("ال"))))
                    # «جوزاف عون سيلتقي سلام»، «الرئيس عون يستقبل»: a verb after the name
                    or _imperfect_verb(w) or _number_word(w)):
                break
            ph.name = (n_i, k + 1)
            k += 1
            continue
        first = k == i
        mention = an.gaz_at.get(k)
        if mention is not None:
            actor = mention.of_kind("actor")
            if ph.title and actor is not None and actor.type == "media" and (
                    (w[:1] == "ل" and not an.gaz.has_key(tuple(words[mention.i:mention.j])))
                    or not _governs(an, k - 1)):
                break      # «للوكالة الفرنسية»، «أفاد مصدر طبي وكالة فرانس برس»: the outlet spoken to
            if not ph.title and actor is not None:
                ph.entry = actor
                ph.kind = "organization"
            ph.title.extend(range(mention.i, mention.j))
            k = mention.j
            continue
        if ph.title and ph.kind == "organization" and any(ch in "«“\"" for ch in doc.gap(k)):
            quoted = _quoted_name(an, k, j)
            if quoted:
                ph.title.extend(range(k, quoted))   # «منظمة "أطباء بلا حدود"»
                k = quoted
                break
        if first and _one_of(an, k, j):
            # «أحد محامي الدفاع»، «إحدى المعلمات»: one of a group, described by the group; the
            # construct after «أحد» is kept whole, and what it governs follows as the title goes on
            ph.title.extend(range(k, k + 2))
            ph.kind = "anonymous"
            k += 2
            continue
        if first and _person_descriptor(an, k, j):
            ph.title.append(k)    # «المواطن عثمان الطيب»: what the person is, before the name
            k += 1
            continue
        if (in_lex(w, lexicon.title_heads(), clitics=first) or in_lex(w, lexicon.descriptor_heads(), clitics=first)
                or (first and _possessed_head(w) and w not in lexicon.org_heads()
                    and not an.is_common_word(k))):   # «مندوبها الدائم»; «معاليه» is a pronoun
            if not ph.title and in_lex(w, lexicon.descriptor_heads(), clitics=first) and (
                    not w.startswith("ال") or not in_lex(w, lexicon.title_heads(), clitics=first)):
                ph.kind = "anonymous"
            ph.title.append(k)
            prev_indef_desc = not w.startswith("ال")
            k += 1
            continue
        if first and any(ch in "«“\"" for ch in doc.gap(k)):
            quoted_org = _quoted_name(an, k, j) if w.isalpha() else None
            if quoted_org is None and w.isalpha() and in_lex(w, lexicon.org_heads()):
                # «لفتت "الجمعية اللبنانية من أجل ديموقراطية الانتخابات" (لادي)»: a body's long name
                quoted_org = _quoted_name(an, k, j, longest=ORG_NAME_LONGEST)
                quoted_org = quoted_org if quoted_org and org_name_words(an, k, quoted_org) else None
            if not (quoted_org and (_name_words(an, k, quoted_org) or org_name_words(an, k, quoted_org)) and (
                    in_lex(w, lexicon.org_heads()) or k in an.gaz_at or _apposition_after(an, quoted_org))):
                return None    # «وأضاف: "نحن مستعدون …"»: a quotation is not who speaks
            ph.title.extend(range(k, quoted_org))    # «أكدت "تنسيقية لجان مقاومة الفاشر"، وهي …»
            ph.kind = "organization"
            k = quoted_org
            break
        media_name = _quoted_name(an, k + 1, j) if first and w in lexicon.media_nouns() else None
        if media_name:
            ph.title.extend(range(k, media_name))    # «صحيفة "هآرتس"»: the outlet is its quoted name
            ph.kind = "organization"
            k = media_name
            break
        if in_lex(w, lexicon.org_heads(), clitics=first):
            if ph.title and w in lexicon.media_nouns() and not _governs(an, k - 1):
                break      # «أفاد مصدر طبي وكالة الأنباء»: the agency is spoken to
            if not ph.title:
                ph.kind = "organization"
            ph.title.append(k)
            prev_indef_desc = False
            k += 1
            continue
        if ph.title:
            nxt = words[k + 1] if k + 1 < j else ""
            if _governed_office(an, ph, k, j):
                ph.title.append(k)    # «مدير مكتب الصحة بمحافظة عدن»، «النائب الأول لرئيس مجلس الوزراء»
                k += 1
                continue
            if ph.kind in ("anonymous", "organization") and (preposition_on_noun(an, k) or _lam_of_place(an, ph, k)):
                # «مصدر من المديرية الجهوية للصحة بسوس ماسة»: where the body is stays with it
                end = _prepositional_place_end(an, k, j)
                ph.title.extend(range(k, end))
                k = end
                continue
            if _partitive(an, ph, k, j):
                ph.title.append(k)    # «مسؤول في إحدى الماكينات الانتخابية»: one of a definite plural
                k += 1
                continue
            if _body_in_construct(an, ph, k, j):
                ph.title.append(k)    # «مسؤول في هيئة مياه ولاية نهر النيل»: what an indefinite body head governs
                k += 1
                continue
            if _coordinated_complement(an, ph, k, j):
                ph.title.append(k)    # «المنظمة الجزائرية لحماية وإرشاد المستهلك ومحيطه»
                k += 1
                continue
            if w == "من" and ph.kind == "anonymous" and not has_phrase_break(doc.gap(k + 1)) and (
                    nxt in lexicon.org_heads() or (k + 1) in an.gaz_at or nxt in lexicon.title_heads()
                    or nxt in lexicon.partitives()):
                ph.title.append(k)    # «مصدر من ديوان الحبوب»: the body a source is from
                k += 1
                continue
            # «باسم» links a spokesperson to the body once; a second «باسم» is the name Basim
            if w in ("باسمه", "باسمها", "باسمهم"):
                ph.title.append(k)    # «المتحدث باسمها فوزي برهوم»: the name follows the title
                k += 1
                continue
            # «المتحدث باسم الجيش»: the body spoken for follows; «القيادي في حماس باسم نعيم»: a name
            basim_link = w == "باسم" and "باسم" not in (words[x] for x in ph.title) and (
                nxt.startswith("ال") or nxt in lexicon.org_heads() or (k + 1) in an.gaz_at
                or (len(nxt) >= 4 and nxt.endswith(("ها", "هم", "هما"))))     # «باسم إحداها»
            if w == "ل" and (any(ch in QUOTE_MARKS for ch in doc.gap(k + 1)) or an.is_outlet(k + 1)):
                break      # «المصدر لـ"بغداد اليوم"»: a quoted name after «لـ» is the outlet spoken to
            if w in lexicon.title_links() and nxt and not has_phrase_break(doc.gap(k + 1)) and (
                    basim_link or (w != "باسم" and (
                        (k + 1) in an.gaz_at or nxt.startswith("ال") or nxt in lexicon.org_heads()
                        or nxt in lexicon.title_heads() or nxt in lexicon.title_modifiers()
                        or (nxt in lexicon.partitives() and w != "ل")))):
                ph.title.append(k)
                k += 1
                continue
            if w.startswith("لل") and w[2:] in lexicon.addressees():
                break
            if _given_name_after_title(an, ph, k, j):
                ph.name = (k, k + 1)   # «المتحدث الفاتح قرشي»
                k += 1
                continue
            # «الأمين العام»، «المدعي العام»، «النائب الأول»: not the time words «العام»، «أمس الأول»
            general = _general_or_ordinal(an, ph, k, j)
            # «لجنة الأمن والدفاع النيابية»: a definite complement, also after «و»
            if w.startswith(("ال", "بال", "لل", "وال")) and (general or not an.is_time(k)) \
                    and not an.is_report_noun(k) and w not in lexicon.stop_words():   # «الوزير الذي أضاف»
                ph.title.append(k)
                prev_indef_desc = False   # after a definite complement no indefinite adjective can follow
                k += 1
                continue
            if (k - 1) in ph.title and words[k - 1] in lexicon.title_links() and len(w) >= 4 \
                    and w.endswith(("ها", "هم", "هما")):
                ph.title.append(k)     # «المتحدث باسم إحداها»: the body, named by a pronoun
                k += 1
                continue
            if _place_name_in_title(an, ph, k):
                ph.title.append(k)     # «رئيس حكومة إقليم كوردستان»: the place named after «إقليم»
                k += 1
                continue
            if _construct_genitive(an, ph, k, j):
                ph.title.append(k)     # «مدير صحة حلب»، «وزير خارجية إيران»: the noun an indefinite office governs
                k += 1
                continue
            if _feminine_nisba(an, ph, k):
                ph.title.append(k)     # «رئيس جماعة ترابية سابق»، «عضو لجنة وزارية»
                k += 1
                continue
            if nxt in ("بن", "ابن", "بنت") and w.isalpha():
                ph.name = (k, k + 1)   # «معالي الدكتور ثاني بن أحمد الزيودي»: a patronym follows a name
                k += 1
                continue
            if w in lexicon.title_modifiers() or _possessed_head(w) or _conjoined_office_word(w):
                ph.title.append(k)     # «أول»، «حكومتها» (her government), «قائدها»، «وشؤون»
                k += 1
                continue
            if prev_indef_desc and w.endswith(("ي", "يه", "يين", "يون")) and len(w) > 3:
                ph.title.append(k)     # an indefinite nisba adjective: «مصدر أمني»، «مسؤولين أمريكيين»
                k += 1
                continue
            if _ali(an, k, j):
                ph.name = (k, k + 1)   # «المحلل السياسي علي البيدر»: the name «علي», not «على»
                k += 1
                continue
        if (((w in lexicon.stop_words() or w in lexicon.prepositions()) and not _ali(an, k, j)) or an.is_time(k)
                or an.is_verb(k) or an.is_report_noun(k) or an.is_participle(k) or an.is_according(k)
                or not w.isalpha() or len(w) < 2 or an.is_common_word(k) or (k > i and _addressee(w))
                or _number_word(w)     # «بخمس سنوات»، «ثلاثة ملفات»: a count, not a name
                or (k > i and _opens_quote(doc.gap(k)))):
            # «مسؤول في وزارة الخزانة لشبكة CNN»: the one spoken to ends the phrase; so does a
            # quotation («وأكد الوزير "ضرورة التهدئة"»: his words, not his name)
            break
        # «متحدث القوات المسلحة العميد يحيى سريع»: a spokesman or official, though written
        # indefinite, may be named; a pure description («مصدر أمني») is not.
        named_official = ph.kind == "anonymous" and (
            words[ph.title[0]] in ("متحدث", "ناطق")
            or any(words[x].startswith("ال") and words[x] in lexicon.title_heads() for x in ph.title[1:])
            # «مسؤول الدائرة الإعلامية في حركة المجاهدين مؤمن عزيز»: an organisation's official
            or any(words[x] in lexicon.org_heads() or x in an.gaz_at for x in ph.title[1:]))
        # «مصدر من المديرية الجهوية للصحة بسوس ماسة»: a source is by definition not named
        unnamed_source = ph.kind == "anonymous" and words[ph.title[0]] in _SOURCE_HEADS
        if ph.kind in ("organization", "anonymous") and ph.title and (not named_official or unnamed_source):
            quoted = _quoted_name(an, k, j)
            if ph.kind == "organization" and quoted:
                ph.title.extend(range(k, quoted))   # «تحالف "تقدم"»: the quoted name is the organisation's
                k = quoted
            break      # an organisation's name ends where an unknown word begins
        if ph.title and preposition_on_noun(an, k):
            break      # «رئيس مجلس الوزراء بمقر الحكومة»: where, not who
        ph.name = (k, k + 1)
        k += 1
    ph.j = k
    if not ph.title and not ph.name:
        return None
    if ph.name:
        ph.kind = "person"
        ph.entry = None
    return ph


# «مصدر»، «مصادر»: a source quoted by description is one the article does not name.
_SOURCE_HEADS = frozenset(arabic.normalize(w) for w in ("مصدر", "المصدر", "مصادر", "المصادر", "مصدران"))

_TIME_ADJECTIVES = frozenset(arabic.normalize(w) for w in (
    "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الحالي", "القادم", "القادمة", "المنصرم", "الفائت"))


def _number_word(word: str) -> bool:
    """«ثلاثة»، «بخمس»، «وعشرات»: a number written out, with or without a clitic."""
    return in_lex(word, lexicon.number_words(), clitics=True)


def _general_or_ordinal(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«العام» and «الأول» inside a title are adjectives, not time words: «الأمين العام»، «الاتحاد
    العام التونسي للشغل»، «الأمن العام»، «تجمع الرياض الصحي الأول»; but «العام الماضي» and
    «أمس الأول» are times."""
    words = an.words
    w, prev = words[k], words[k - 1]
    if w not in ("العام", "الاول") or (k - 1) not in ph.title or an.is_time(k - 1):
        return False
    if k + 1 < j and words[k + 1] in _TIME_ADJECTIVES and not has_phrase_break(an.doc.gap(k + 1)):
        return False
    return (in_lex(prev, lexicon.title_heads(), clitics=True) or in_lex(prev, lexicon.org_heads(), clitics=True)
            or (w == "الاول" and prev.startswith("ال")))


# Titles of address: no noun is governed by them («سعادة الشيخ»، «د. محمد»).
_ADDRESS_HEADS = frozenset(arabic.normalize(w) for w in ("معالي", "فخامة", "سعادة", "سمو", "سماحة", "شيخ", "د",
                                                         "قائم", "رئيسا"))


def _plain_word(an: Analysis, k: int) -> bool:
    """A word that may be a noun inside a title: no function word, time, verb or cue."""
    w = an.words[k]
    return (w.isalpha() and len(w) >= 3 and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and not an.is_time(k) and not an.is_verb(k) and not an.is_report_noun(k) and not an.is_participle(k)
            and not an.is_according(k) and not an.is_common_word(k) and not _addressee(w)
            and w not in lexicon.title_heads() and not _imperfect_verb(w))


def _construct_genitive(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«مدير صحة حلب»، «وزير خارجية إيران»، «كبير مستشاري الرئيس»: an office written without «ال»
    is in construct, so the noun after it is its complement, not a name, when a place, a
    definite word or a body follows that noun in turn."""
    words = an.words
    prev = words[k - 1]
    if (k - 1) not in ph.title or prev.startswith("ال") or prev not in lexicon.title_heads() \
            or prev in _ADDRESS_HEADS or ph.kind == "organization" or k + 1 >= j:
        return False
    if has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)) or not _plain_word(an, k):
        return False
    nxt = words[k + 1]
    return ((k + 1) in an.gaz_at or in_lex(nxt, lexicon.org_heads())
            or (nxt.startswith("ال") and not an.is_time(k + 1) and nxt not in lexicon.title_heads()
                and nxt not in lexicon.article_given_names()))


def _person_descriptor(an: Analysis, k: int, j: int) -> bool:
    """«المواطن عثمان الطيب»، «الناشطة منى سعيد»: a word for what a private person is, followed by
    a word that may begin a name (not «ال», unless a given name written with it)."""
    w = an.words[k]
    if w not in lexicon.person_descriptors() or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    if nxt.startswith("ال") and nxt not in lexicon.article_given_names():
        return False      # «المواطن البسيط»: an adjective, no name
    return (_plain_word(an, k + 1) and not in_lex(nxt, lexicon.org_heads())
            and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)))


def _one_of(an: Analysis, k: int, j: int) -> bool:
    """«أحد محامي الدفاع»، «أحد سكان الحي»، «إحدى المعلمات»: «أحد/إحدى» opening a phrase, before
    a definite plural or a noun in construct with a definite word or a body, says one of a group.
    «أحد» is no given name, so the phrase is a description of an unnamed person."""
    words = an.words
    if words[k] not in lexicon.partitives() or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = words[k + 1]
    if not _plain_word(an, k + 1) and not nxt.startswith("ال"):
        return False
    if nxt.startswith("ال"):
        return not an.is_time(k + 1) and nxt not in lexicon.stop_words()
    if k + 2 >= j or has_phrase_break(an.doc.gap(k + 2)):
        return False
    after = words[k + 2]
    return ((k + 2) in an.gaz_at or in_lex(after, lexicon.org_heads())
            or (after.startswith("ال") and not an.is_time(k + 2) and after not in lexicon.stop_words()))


def _partitive(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«في إحدى الماكينات»، «من أحد الأحزاب»: «أحد/إحدى» after a title's link, before a definite
    plural, continue the description."""
    return (an.words[k] in lexicon.partitives() and (k - 1) in ph.title
            and an.words[k - 1] in lexicon.title_links() and k + 1 < j
            and an.words[k + 1].startswith("ال") and not an.is_time(k + 1)
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)))


def _body_in_construct(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«هيئة مياه ولاية نهر النيل»، «شركة كهرباء …»: a body's head written without «ال» is in
    construct, so the noun after it is the body's, never the start of a person's name."""
    prev = an.words[k - 1]
    if (k - 1) not in ph.title or prev.startswith("ال") or not in_lex(prev, lexicon.org_heads()):
        return False
    if has_phrase_break(an.doc.gap(k)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k)) or not _plain_word(an, k):
        return False
    w = an.words[k]
    return (w not in lexicon.article_given_names() and w not in lexicon.foreign_article_names()
            and not _number_word(w) and w not in _PLAIN_ADJECTIVES)


# Adjectives an indefinite body head may take («جماعة أخرى»، «شركة جديدة»): not its complement.
_PLAIN_ADJECTIVES = frozenset(arabic.normalize(w) for w in (
    "أخرى", "آخر", "أخر", "جديد", "جديدة", "كبرى", "كبير", "كبيرة", "صغيرة", "صغير", "ثانية", "ثان", "ثالثة",
    "واحدة", "واحد", "مماثلة", "مماثل"))


def _coordinated_complement(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«لحماية وإرشاد المستهلك»: «و» on a noun coordinated with the indefinite title word before
    it, the two sharing the definite noun after; «المستهلك ومحيطه»: «و» on a noun with a
    pronoun that points back into the title."""
    w = an.words[k]
    if len(w) < 5 or w[0] != "و" or (k - 1) not in ph.title or has_phrase_break(an.doc.gap(k)) \
            or not w.isalpha() or w in lexicon.stop_words():
        return False
    prev = an.words[k - 1]
    raw = an.doc.tokens[k].text
    if prev.startswith("ال") and raw.endswith(("ه", "ها", "هم", "هما")) and w[1:] not in lexicon.verb_shaped_names():
        return True        # «ومحيطه»، «ومواردها»: its pronoun is the body's
    if prev.startswith("ال") or prev in lexicon.title_heads() or k + 1 >= j:
        return False       # «المتحدث باسم الوزارة وليد الخطيب»: a name after a definite word
    nxt = an.words[k + 1]
    return (nxt.startswith("ال") and not an.is_time(k + 1) and not has_phrase_break(an.doc.gap(k + 1))
            and not an.is_verb(k) and w[1:] not in lexicon.article_given_names())


def _feminine_nisba(an: Analysis, ph: Phrase, k: int) -> bool:
    """«جماعة ترابية»، «لجنة وزارية»: an indefinite nisba adjective («ـية») after an indefinite
    feminine body word of the title describes it."""
    w, prev = an.words[k], an.words[k - 1]
    return ((k - 1) in ph.title and not prev.startswith("ال") and prev.endswith("ه")
            and (prev in lexicon.title_modifiers() or prev in lexicon.org_heads())
            and len(w) >= 5 and w.endswith("يه") and not w.startswith("ال") and w.isalpha()
            and not has_phrase_break(an.doc.gap(k)) and not an.is_common_word(k))


def _opens_quote(gap: str) -> bool:
    """Whether a quotation opens just before the token the gap precedes: «, “ or „ last in
    the gap, or a straight mark written against the token after a space (« "كلمة»)."""
    stripped = gap.rstrip()
    if not stripped or stripped[-1] not in "«“\"„":
        return False
    if stripped[-1] != '"':
        return True
    return stripped is gap and len(gap) >= 2 and gap[-2].isspace()


def _ali(an: Analysis, k: int, j: int) -> bool:
    """«علي» written with «ي» (the name), which the normal form cannot tell from «على» (on), in
    an article that writes the preposition «على» (so «علي» there is not the preposition
    misspelt), with a name word after it."""
    if an.words[k] != "علي" or not an.doc.tokens[k].text.endswith("ي") or k + 1 >= j or not an.writes_ala:
        return False
    nxt = an.words[k + 1]
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(k + 1)) and nxt not in lexicon.stop_words()
            and nxt not in lexicon.prepositions() and not an.is_time(k + 1) and not an.is_verb(k + 1)
            and not an.is_common_word(k + 1) and nxt not in lexicon.title_heads())


def _imperfect_verb(word: str) -> bool:
    """«يستقبل»، «سيلتقي»: a verb of a happening in the present or future tense, which no name
    word after the first is («يوديث»، «سيلفا» are names)."""
    if word in lexicon.verb_shaped_names() or not (
            (len(word) >= 4 and word[0] == "ي") or (len(word) >= 5 and word[:2] in ("سي", "ست", "سن"))):
        return False
    return trigger_category(word) is not None


def _governs(an: Analysis, k: int) -> bool:
    """Whether token k takes the next word as its complement inside a title: a title or
    organisation head («مراسل وكالة …»، «مدير وكالة …») or a link («في»، «باسم»), not an
    adjective («مصدر طبي وكالة …»: the agency is the object)."""
    w = an.words[k]
    # «مصدر من وكالة الحوض المائي»: «من» before a body says whose the source is; the one spoken to
    # is written with «لـ» or as the object
    return (in_lex(w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True)
            or in_lex(w, lexicon.descriptor_heads(), clitics=True) or w in lexicon.title_links() or w == "من"
            or w in lexicon.title_modifiers() and not w.endswith(("ي", "يه")))


def _governed_office(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«بمحافظة»، «بوزارة»، «لرئيس» inside a title: a preposition on an office, a body or a
    place noun continues the title («مدير مكتب الصحة بمحافظة عدن»، «النائب الأول لرئيس مجلس
    الوزراء»، «مصدر بالشركة القابضة لكهرباء مصر»), unless it names the one spoken to
    («لوكالة»، «لقناة») or the outlet."""
    w = an.words[k]
    if ph.name or len(w) < 4 or w[0] not in "بل" or w.startswith(("بال", "لل")) or an.is_outlet(k) \
            or (k - 1) not in ph.title or has_phrase_break(an.doc.gap(k)):
        return False
    rest = w[1:]
    if rest in lexicon.addressees() or rest in lexicon.media_nouns() or rest.startswith("نظير"):
        return False      # «لوكالة»، «لنظيره»: the one spoken or written to
    if rest in lexicon.place_nouns() or rest in lexicon.org_heads() or rest in lexicon.title_heads():
        return k + 1 < j and not has_phrase_break(an.doc.gap(k + 1))
    body = ph.kind != "person" or any(in_lex(an.words[x], lexicon.org_heads()) for x in ph.title)
    if body and w[0] == "ل" and an.words[k - 1].startswith("ال") and rest in lexicon.title_modifiers() \
            and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «المنظمة الجزائرية لحماية …»، «الهيئة الوطنية لمكافحة الفساد»: the body's purpose
    if _possessed_head(rest):
        return False      # «لحكومته»
    # «الشركة القابضة لكهرباء مصر»، «المرصد السوري لحقوق الإنسان»: a governed noun in construct
    # with a known name or a definite word, after a definite word of a body's name
    body = ph.kind != "person" or any(in_lex(an.words[x], lexicon.org_heads()) for x in ph.title)
    return (body and w[0] == "ل" and an.words[k - 1].startswith("ال") and k + 1 < j
            and ((k + 1) in an.gaz_at or an.words[k + 1].startswith("ال"))
            and not has_phrase_break(an.doc.gap(k + 1)) and rest.isalpha() and not an.is_common_word(k)
            and not an.is_time(k + 1))


def _apposition_after(an: Analysis, k: int) -> bool:
    """«"تنسيقية لجان مقاومة الفاشر"، وهي مجموعة …»: a description set after a name."""
    return k + 1 < len(an.words) and "،" in an.doc.gap(k) and an.words[k] in ("وهي", "وهو", "وهم")


# The longest quoted name of a body read as one: «"الجمعية اللبنانية من أجل ديموقراطية الانتخابات"».
ORG_NAME_LONGEST = 8

# Words that make a clause of a quoted phrase: a negation, a pronoun, «أن», «قد».
_CLAUSE_MARKERS = frozenset(arabic.normalize(w) for w in (
    "لا", "لم", "لن", "ليس", "ليست", "قد", "سوف", "هو", "هي", "هم", "نحن", "أنا", "هذا", "هذه", "ذلك", "تلك",
    "كان", "كانت", "الذي", "التي", "الذين"))


def org_name_words(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) read as the name of a body: it opens with a body's head («الجمعية»،
    «هيئة») and has no verb, no complementiser and no clause word; prepositions may link its
    parts («من أجل»، «لحماية»)."""
    if j <= i or not in_lex(an.words[i], lexicon.org_heads()):
        return False
    return all(an.words[k].isalpha() and not an.is_verb(k) and not _imperfect_verb(an.words[k])
               and an.words[k] not in lexicon.complementisers() and an.words[k] not in _CLAUSE_MARKERS
               and not (len(an.words[k]) >= 5 and an.words[k].startswith(("سي", "ست", "سن")))
               for k in range(i, j))


def _name_words(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) read as a name: no clause word, no verb."""
    return all(an.words[k] not in lexicon.function_words() and not an.is_verb(k) and an.words[k].isalpha()
               for k in range(i, j))


# Definite words that end a compound given name: «بدر الدين»، «بهاء الدين»، «جار الله».
_NAME_TAILS = frozenset({"الدين", "الله", "الرحمن", "الرحيم", "الكريم"})


def preposition_on_noun(an: Analysis, k: int) -> bool:
    """«بسوس ماسة» (with «سوس ماسة» written elsewhere)، «بمقر الحكومة»: a word in «بـ» that is the
    preposition on a noun, not the first word of a name. It is when the article writes the word
    without the «بـ» too, or when the rest is a place noun, a body, an office or a building («مقر»)
    with a definite word after it. A name in «ب» the article never writes without it («بوريطة»،
    «بلحاج»، «بشار الأسد») stays a name, and «باسم» is left to the title's link rule."""
    w = an.words[k]
    if not (w.startswith("ب") and len(w) >= 4 and w.isalpha()) or w.startswith("بال") or w in ("بن", "بنت") \
            or w in lexicon.title_links():
        return False
    if w[1:] in an.word_set:
        return True
    rest = w[1:]
    nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
    noun = (rest in lexicon.place_nouns() or rest in lexicon.org_heads() or rest in lexicon.title_heads()
            or rest in _PREMISES)
    return noun and nxt.startswith("ال") and nxt not in _NAME_TAILS and not has_phrase_break(an.doc.gap(k + 1))


def _lam_of_place(an: Analysis, ph: Phrase, k: int) -> bool:
    """«وكالة الحوض المائي لسوس ماسة» (with «سوس ماسة» written elsewhere): «لـ» after a definite
    word of a body's or a source's title, on a word the article writes without it, names the
    place the body serves; it stays with the body («لـ» on an outlet or an addressee does not)."""
    w = an.words[k]
    if not (w.startswith("ل") and not w.startswith("لل") and len(w) >= 4 and w.isalpha()) or an.is_outlet(k) \
            or (k - 1) not in ph.title or not an.words[k - 1].startswith("ال") or has_phrase_break(an.doc.gap(k)):
        return False
    rest = w[1:]
    return rest in an.word_set and rest not in lexicon.addressees() and rest not in lexicon.media_nouns() \
        and not an.addressed(k)


# Buildings and seats where something is done: «بمقر الحكومة»، «بمبنى الوزارة»، «بقصر الرئاسة».
_PREMISES = frozenset(arabic.normalize(w) for w in ("مقر", "مبنى", "قصر", "قاعة", "ديوان", "مقار"))


def _prepositional_place_end(an: Analysis, k: int, j: int) -> int:
    """The end of the place governed by the «بـ» word at k: the words the article writes after
    the bare word elsewhere («بسوس ماسة» after «سوس ماسة»), or the word and its definite
    complement («بمقر الحكومة»)."""
    words = an.words
    bare = words[k][1:]
    best = k + 1
    for x, w in enumerate(words):
        if w != bare or x == k:
            continue
        m = 1
        while k + m < j and x + m < len(words) and words[x + m] == words[k + m] \
                and not has_phrase_break(an.doc.gap(k + m)) and not has_phrase_break(an.doc.gap(x + m)):
            m += 1
        best = max(best, k + m)
    if best == k + 1 and bare not in an.word_set and k + 1 < j:
        best = k + 2
    return best


def _given_name_after_title(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """A given name with «ال» after a person's title, with another name word after it."""
    words = an.words
    if ph.kind == "organization" or k + 1 >= j or (
            words[k] not in lexicon.article_given_names() and words[k] not in lexicon.foreign_article_names()):
        return False
    nxt = words[k + 1]
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(k + 1))
            and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions()
            and nxt not in lexicon.title_heads() and nxt not in lexicon.org_heads()
            and not an.is_verb(k + 1) and not an.is_report_noun(k + 1) and not an.is_time(k + 1)
            and (k + 1) not in an.gaz_at)


def _quoted_name(an: Analysis, k: int, j: int, longest: int = 4) -> int | None:
    """The end of a short quoted name opening at token k («"تقدم"»), or None."""
    if not any(ch in "«“\"" for ch in an.doc.gap(k)):
        return None
    for end in range(k + 1, min(j, k + longest) + 1):
        after = an.doc.gap(end) if end < len(an.words) else an.doc.body[an.doc.tokens[end - 1].end:][:2]
        if any(ch in "»”\"" for ch in after):
            return end
    return None


def _part_bounds(an: Analysis, i: int, j: int) -> list[tuple[int, int]]:
    """Split tokens [i, j) at punctuation; stop at a complementiser («أن»، «إن») or a colon.
    Parenthesised asides («(يونيفيل)») are left out."""
    parts = []
    start = i
    for k in range(i, j):
        gap = an.doc.gap(k)
        if k > i and (":" in gap or has_phrase_break(gap)):
            parts.append((start, k))
            start = k
            if ":" in gap:
                break
        if an.words[k] in lexicon.complementisers() and not (
                an.words[k] == "الي" and (k + 1 >= j or an.words[k + 1] not in lexicon.complementisers())):
            # «أشار إلى أن» ends the subject; «المبعوث إلى اليمن» does not
            parts.append((start, k))
            start = j
            break
    else:
        parts.append((start, j))
    return [(a, b) for a, b in parts if b > a and "(" not in an.doc.gap(a)[-2:]]


def _place_name_in_title(an: Analysis, ph: Phrase, k: int) -> bool:
    """The word after a place noun in a title («إقليم كوردستان»، «محافظة نينوى») is the place's
    name, even one the gazetteer spells otherwise."""
    w = an.words[k]
    prev = an.words[k - 1]
    return ((prev in lexicon.place_nouns() or (prev[:1] in "بل" and prev[1:] in lexicon.place_nouns()))
            and (k - 1) in ph.title and w.isalpha()
            and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and not an.is_verb(k) and not an.is_time(k) and w not in lexicon.title_heads())


def _conjoined_office_word(word: str) -> bool:
    """«وزير الخارجية والهجرة وشؤون المصريين»: «و» before an office word continues the title."""
    return len(word) > 3 and word[0] == "و" and (word[1:] in lexicon.title_modifiers()
                                                 or word[1:] in lexicon.org_heads())


def _possessed_head(word: str) -> bool:
    """An organisation or title word with a possessive pronoun: «حكومتها»، «قائدها»، «جيشه»."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"      # تاء مربوطة before a suffix: حكومت+ها -> حكومه
            return stem in lexicon.org_heads() or stem in lexicon.title_heads()
    return False


def _addressee(word: str) -> bool:
    """«لوكالة»، «للصحفيين»، «لوزير»: the one spoken to, not the speaker."""
    if len(word) < 4 or word[0] != "ل":
        return False
    rest = word[1:]
    return word.startswith("لل") or rest in lexicon.org_heads() or rest in lexicon.label_nouns() \
        or rest in lexicon.title_heads() or rest in lexicon.descriptor_heads()


def phrase_after(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """The speaker named in tokens [i, j) after a reporting verb: (phrase, joined title)."""
    titles: list[str] = []
    fallback = None
    parts = _part_bounds(an, i, j)
    for a, b in parts:
        while a < b - 1 and an.words[a] in lexicon.speech_fillers():
            a += 1
        if _anonymity_aside(an, a, b):
            continue       # «نائب عن كتلة …، رفض الكشف عن اسمه، لـ…»: the one described is unnamed
        if a < b - 1 and an.words[a] in lexicon.document_nouns() and _body_follows(an, a + 1, b):
            a += 1         # «بحسب ملتمسات النيابة العامة»: the body whose document it is speaks
        w = an.words[a]
        if (w in lexicon.prepositions() and not _ali(an, a, b)) or an.is_time(a) or _addressee(w) \
                or an.addressed(a):
            if "عن" in an.words[a + 1:b]:
                break      # «أعلنت في تموز عن خطة طوارئ …، تضمنت …»: what was told; no speaker after it
            # «في بيان»، «الأربعاء»، «لوكالة ...»: circumstances, not the speaker
            continue
        ph = parse_phrase(an, a, b)
        if ph is None:
            break
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
        if ph.kind != "person" or ph.entry:
            return (ph, t) if not titles else (fallback, "، ".join(titles))
        if fallback is None:
            fallback = ph
        titles.append(t)
    if fallback is not None:
        return fallback, "، ".join(titles)
    return None


def _anonymity_aside(an: Analysis, a: int, b: int) -> bool:
    """«رفض الكشف عن اسمه»، «طالباً عدم ذكر هويته»: a short aside that ends on the quoted one's
    name or identity, said to be withheld; no name in it."""
    if a >= b or b - a > 6 or a in an.gaz_at:
        return False
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
            or (w.startswith("ال") and not an.is_time(k) and w not in lexicon.stop_words()))


def title_after_name(an: Analysis, ph: Phrase, j: int) -> str:
    """The title set after the name of `ph` («عبد الوافي لفتيت، وزير الداخلية، …»), read
    before token j; "" when none is, or when a title came before the name."""
    return "" if ph.title else apposition_after_name(an, ph, j)


def apposition_after_name(an: Analysis, ph: Phrase, j: int) -> str:
    """A title set after the name of `ph`, whatever came before it («السفير تميم خلاف، المتحدث
    الرسمي باسم وزارة الخارجية»), read before token j; "" when none is."""
    if not ph.name:
        return ""
    parts = _part_bounds(an, ph.i, j)
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
    return after.title_text(an.doc) if after is not None and after.title and not after.name else ""


def name_in_apposition(an: Analysis, ph: Phrase | None, j: int) -> Phrase | None:
    """«وكانت المتحدثة الرسمية باسم وزارة الخارجية، ماريا زاخاروفا، قد قالت»: a title with no
    name, then, set off by a comma, a name of two words or more that ends its own part; the
    title and the name as one phrase (None when the text is not so)."""
    if ph is None or ph.name or not ph.title or ph.kind != "person" or ph.entry is not None or ph.j >= j:
        return None        # an unnamed source («مسؤول محلي، طلب عدم ذكر اسمه،») has no name to set off
    if an.doc.gap(ph.j).strip() not in ("،", ",") or _anonymity_aside(an, ph.j, min(j, ph.j + 6)):
        return None
    nxt = parse_phrase(an, ph.j, j)
    if nxt is None or nxt.title or not nxt.name or nxt.name[1] - nxt.name[0] < 2:
        return None
    end = nxt.name[1]
    if end < len(an.words) and not has_phrase_break(an.doc.gap(end)):
        return None
    return Phrase(ph.i, end, list(ph.title), nxt.name, None, "person")


def name_before_apposition(an: Analysis, ph: Phrase | None, i: int) -> Phrase | None:
    """«انتقد رشيد حموني، رئيس فريق التقدم والاشتراكية بمجلس النواب، ما وصفه …»: a title with
    no name set off by a comma after a name of two to four words; the name with the title. The
    clause is written verb first, so when the name's words reach back to the clause's start (at i,
    or after a break) the first of them is the verb and is left out."""
    if ph is None or ph.name or not ph.title or ph.kind != "person" or ph.entry is not None or ph.i - 2 < i:
        return None
    if an.doc.gap(ph.i).strip() not in ("،", ","):
        return None
    start = ph.i
    while start > i and ph.i - start < 5:
        x = start - 1
        w = an.words[x]
        if (x + 1 < ph.i and has_phrase_break(an.doc.gap(x + 1))) or w in lexicon.stop_words() \
                or w in lexicon.prepositions() or an.is_verb(x) or an.is_report_noun(x) or an.is_participle(x) \
                or an.is_time(x) or in_lex(w, lexicon.title_heads(), clitics=True) \
                or in_lex(w, lexicon.org_heads(), clitics=True) or not w.isalpha() or an.is_common_word(x):
            break
        start = x
    if start == i or has_phrase_break(an.doc.gap(start)):
        start += 1        # the verb that opens the clause: «انتقد»
    if ph.i - start < 2 or ph.i - start > 4 or an.words[start].startswith("ال") \
            or an.words[start] in _NAME_CONNECTORS or an.words[ph.i - 1] in _NAME_CONNECTORS:
        return None
    return Phrase(start, ph.j, list(ph.title), (start, ph.i), None, "person")


def subject_before(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """A subject written before its verb («الرئيس X أكد أن»): the last phrase in [i, j)."""
    best = None
    k = i
    while k < j:
        w = an.words[k]
        starts = (k in an.gaz_at and an.gaz_at[k].of_kind("actor") is not None) or in_lex(
            w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True) \
            or in_lex(w, lexicon.descriptor_heads(), clitics=True)
        if starts:
            ph = parse_phrase(an, k, j)
            ph = name_in_apposition(an, ph, j) or name_before_apposition(an, ph, i) or ph
            if ph is not None:
                if ph.name or best is None or not best[0].name:
                    best = (ph, ph.title_text(an.doc))
                k = max(ph.j, k + 1)
                continue
        k += 1
    return best
