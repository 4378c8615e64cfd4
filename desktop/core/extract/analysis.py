"""Per-article views of the tokens that every reading rule shares (`Analysis`: normalised words,
gazetteer mentions, the article's outlet, which words are verbs or common words), the `Phrase` a
rule reads (a title, a name, or both; or an organisation), and the small tests of breaks between words."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.adjective_names import adjective_at, personal_name_at
from desktop.core.extract.context_places import used_as_place
from desktop.core.extract.document import Document
from desktop.core.extract.verb_objects import follows_a_thing
from desktop.core.extract.gaps import _BREAK_CHARS, QUOTE_MARKS, has_break
from desktop.core.extract.written_forms import as_written, bare
from desktop.core.extract.events import is_trigger_word
from desktop.core.extract.gazetteer import Entry, Gazetteer, Mention, clitic_variants, name_key
from desktop.core.extract.outlet_words import outlet_spans


# Words that begin a title, never a name («نظير», «وزير», «رئيس»), normalised as the words they meet.
OFFICE_HEADS = tuple(arabic.normalize(w) for w in ("نظير", "وزير", "رئيس"))


Resolver = Callable[[str], "str | None"]

# «قال» in the forms that take «إن» as their complement: «قال X إن …».
_QALA = frozenset(arabic.normalize(w) for w in ("قال", "قالت", "يقول", "تقول", "قالوا", "قالا"))

# Words inside a name that do not count towards its length: «محمد بن راشد آل مكتوم»; the Amazigh «ايت» («لحسن أيت بها») too
NAME_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد", "ايت"})


# Nouns «إلى» governs before a name («وإلى جانب محمد …»): no place a governor holds.
_AFTER_ILA = frozenset(arabic.normalize(w) for w in ("جانب", "جوار", "حين", "حد", "غاية", "حيث", "متى"))
# A treaty's or a statute's word before a city it is named after: «نظام روما الأساسي»
_STATUTES = frozenset(arabic.normalize(w) for w in ("نظام", "لنظام", "بنظام", "ونظام"))
_SUNSET = arabic.normalize("المغرب")      # «صلاة المغرب»، «بعد المغرب»: the sunset prayer and its time, never Morocco
_PRAYER_TIMES = frozenset(arabic.normalize(w) for w in ("صلاة", "بعد", "قبل", "أذان", "عقب", "حتى", "موعد", "وقت"))
RELAYED = frozenset(("نقل", "نقلت"))     # «نقل/نقلت … عن»: verbs of relaying what someone said
# Words that are a verb of speech only in context: «عبّر عن»، «بيّن أن»، «عدّ/وعد»، «حمّل … مسؤولية» (blamed).
_AMBIGUOUS_VERBS, _BLAME = frozenset(("عبر", "بين", "عد", "وعد", "حمل", "حملت", "وجه", "وجهت")), lexicon.forms("مسؤولية المسؤولية")
_HE_SHE = frozenset(("هو", "هي", "وهو", "وهي"))     # «وهو طالب»: the pronouns a nominal aside opens with
# Prepositions (and quantifiers) that govern only a noun («منذ/حتى» take a past verb; «من» is also «who»)
_NOUN_PREPOSITIONS = frozenset(arabic.normalize(w) for w in (
    "في", "وفي", "على", "وعلى", "عن", "إلى", "خلال", "عبر", "لدى", "مع", "حول", "بشأن", "تجاه", "ضمن",
    "أثناء", "عقب", "أمر",     # («ولي أمر طالب»: a parent of a student, no «طالب», demanded)
    "أي", "كل", "بعض"))    # and the quantifiers: «لم يصدر أي رد رسمي»
# The normal form given to «والي» (governor) when it is read as the office, not «وإلى».
_GOVERNOR = arabic.normalize("الوالي")


def has_phrase_break(gap: str) -> bool:
    """A break inside a speaker phrase: quote marks around a name in a title do not end it («النائب عن كتلة "اللقاء الديموقراطي" بلال
    عبدالله»), nor does a hyphen written between two words with no space («كليمنتاين نكويتا-سلامي»)."""
    if gap in JOINING_HYPHENS:
        return False
    return any(ch in _BREAK_CHARS and ch not in QUOTE_MARKS for ch in gap)


# A hyphen with no space on either side joins the parts of one name; a dateline's dash («بغداد - ») has a space.
JOINING_HYPHENS = frozenset({"-", "‐", "‑"})
# «الذي/التي», also with «و»: a relative clause's opening word
RELATIVES = frozenset(("الذي", "التي", "والذي", "والتي"))


def in_lex(word: str, lex: frozenset[str], *, clitics: bool = False) -> bool:
    if not clitics:
        return word in lex
    # two clitics off leave no word of three letters: «ولاية» is no «و» + «لـ» + «آية»
    return any(v in lex for v in clitic_variants(word) if len(v) >= 4 or len(word) - len(v) <= 1)


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
        text = doc.text(self.title[0], self.title[-1] + 1)
        if self.title[-1] + 1 < len(doc.tokens) and (text.count('"') % 2 or text.count("«") > text.count("»")
                                                      or text.count("“") > text.count("”") or text.count("(") > text.count(")")):
            # «رئيس مؤتمر … "كوب 30" أندريه …»، «خبير … (فاو)، الصيني …»: a quoted name or a short name in brackets that ends the title keeps its close
            text += "".join(ch for ch in doc.gap(self.title[-1] + 1) if ch in QUOTE_MARKS or ch == ")")
        return text


# «ولد»، «منت»: son and daughter of, inside Mauritanian names
_LINEAGE = frozenset(("ولد", "منت"))


class Analysis:
    """Per-article token views shared by the rules."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, outlet: str = ""):
        self.doc = doc
        self.gaz = gazetteer
        # set below once the words are read; the first reading of verbs knows no outlet yet
        self.outlet_spans: list[tuple[int, int]] = []
        self.words = [t.norm for t in doc.tokens]
        self.writes_ila = "إلى" in doc.body or "الى" in doc.body
        self.writes_ala = "على" in doc.body     # the preposition spelt with «ى»: «علي» is then a name
        for k in range(len(self.words)):
            if self._governor(k, gazetteer):
                self.words[k] = _GOVERNOR
            elif self._governor(k, gazetteer, joined=True):
                self.words[k] = "و" + _GOVERNOR     # «ووالي ولاية الجزيرة الطاهر …»: and the governor
            else:
                broken = k + 1 < len(doc.tokens) and has_break(doc.gap(k + 1))
                self.words[k] = as_written(doc, k, _GOVERNOR, broken) or self.words[k]
        self.mentions: list[Mention] = self._read_mentions(gazetteer.find_all(self.words))
        self.gaz_at = {m.i: m for m in self.mentions}
        self.outlet_spans = outlet_spans(self, outlet)      # where the outlet is named (outlet_words.py)
        self.word_set = frozenset(self.words)

    def _read_mentions(self, found: list[Mention]) -> list[Mention]:
        """Gazetteer matches, less the entries the writing rules out for a one-word match: marks written on the word that contradict an
        entry's vocalised name («عمّان» is not «عُمان»), or a word that is a city of another country the article names (Amman in a report on
        Jordan). The span stays a mention with no entry: a place name the gazetteer does not list, still part of a title («الناطقة باسم
        المفوضية في عمان رولا أمين»)."""
        article_words = frozenset(self.words)
        starts = frozenset(m.i for m in found)
        out: list[Mention] = []
        for m in found:
            if m.j - m.i == 1 and adjective_at(self.words, m.i, has_break(self.doc.gap(m.i))):
                continue      # «بغلاف مالي»: «financial», not Mali
            if m.j - m.i == 1 and personal_name_at(self.words, m.i, has_break(self.doc.gap(m.i)),
                                                   m.j < len(self.words) and has_break(self.doc.gap(m.j))):
                continue      # «نغارتويدي بليز»: a person's name, not Belize
            if m.j - m.i == 1 and self.words[m.i] == _SUNSET and m.i > 0 and self.words[m.i - 1] in _PRAYER_TIMES:
                continue      # «بعد صلاة المغرب»: the sunset prayer, not Morocco
            if m.i > 0 and self.words[m.i - 1] in _STATUTES and not has_break(self.doc.gap(m.i)):
                continue      # «نظام روما الأساسي»: the Rome Statute, not Rome nor Italy
            read = self._read_context_only(m, out, found)
            if read is None:
                continue      # «جدة الطفل»: the grandmother, not Jeddah
            m = read
            if m.j - m.i == 1:
                written = self.doc.tokens[m.i].text
                # a vocalised word is read by its marks; a bare one by the country the article names
                if not any("\u064b" <= ch <= "\u0652" for ch in written) \
                        and self.gaz.homograph_city(written, article_words):
                    entries: tuple[Entry, ...] = ()
                else:
                    entries = tuple(e for e in m.entries if self.gaz.fits_written(written, e))
                if entries != m.entries:
                    m = Mention(m.i, m.j, entries)
            if self._another_body_after(m, starts):
                # «مجلس الأمن الوطني»: a listed body's short name and an adjective no nationality: another body
                m = Mention(m.i, m.j, tuple(e for e in m.entries if e.kind != "actor"))
            out.append(m)
        return out

    def _read_context_only(self, m: Mention, before: list[Mention], found: list[Mention]) -> Mention | None:
        """Mention m, or None where it is a context-only name of the gazetteer («جدة»، «تعز») not
        used as a place here (`context_places`). A word read with a conjunction taken off is tried
        when the whole word is such a name and no place here: «مكة وجدة» is «and Jeddah», not Oujda."""
        words = self.words
        keys = []
        for first in clitic_variants(words[m.i]):
            key = (first,) + tuple(words[m.i + 1:m.j])
            if self.gaz.has_key(key) and key not in keys:
                keys.append(key)
        if not keys or not self.gaz.is_context_only(keys[0]):
            return m
        after_place = bool(before) and before[-1].j == m.i and before[-1].of_kind("place") is not None
        nxt = next((f for f in found if f.i == m.j), None)
        before_place = nxt is not None and words[nxt.i][:1] == "و" and nxt.of_kind("place") is not None

        def names_place(word: str) -> bool:
            stem = word[2:-2] if word.endswith("يه") else word[2:-1]
            return any(e.kind == "place" for name in (word, stem, "ال" + stem, stem + "ا", stem + "يا")
                       for e in self.gaz.lookup(name))
        for key in keys:
            if not self.gaz.is_context_only(key) or used_as_place(
                    words, self.doc.gap, m.i, m.j, key, after_place, before_place, names_place):
                return m if key == keys[0] else Mention(m.i, m.j, self.gaz.at_key(key))
        return None

    def _another_body_after(self, m: Mention, starts: frozenset[int]) -> bool:
        """Whether mention m is an actor's short name («مجلس الأمن» for «مجلس الأمن الدولي») followed
        at once by a definite nisba adjective that is not of a place («الوطني»، «القومي»), or by one
        definite noun after «و» that no listed name begins and that ends the phrase («والدفاع،»)."""
        actor = m.of_kind("actor")
        if m.j >= len(self.words) or has_break(self.doc.gap(m.j)) or actor is None \
                or actor.type not in ("organization", "armed_group") or m.of_kind("place") is not None:
            return False      # a state is named by its capital too: «القاهرة ــ العربي الجديد»
        adj = self.words[m.j]
        # «مجلس الأمن والدفاع،»: one definite noun joined by «و» that ends the phrase continues the name
        joined = (adj.startswith("وال") and len(adj) > 5 and adj.isalpha() and m.j not in starts
                  and (m.j + 1 >= len(self.words) or has_break(self.doc.gap(m.j + 1))))
        if not joined and not (adj.startswith("ال") and adj.endswith(("ي", "يه")) and len(adj) > 5 and adj.isalpha()):
            return False
        stem = adj[2:-2] if adj.endswith("يه") else adj[2:-1]
        if not joined and any(e.kind == "place" for name in (stem, "ال" + stem) for e in self.gaz.lookup(name)):
            return False      # «الحرس الثوري الإيراني»: the same body and its country
        written = self.words[m.i:m.j]
        return not any(tuple([v, *written[1:]]) == name_key(e.name)
                       for e in m.entries if e.kind == "actor" for v in clitic_variants(written[0]))

    def _governor(self, k: int, gazetteer: Gazetteer, *, joined: bool = False) -> bool:
        """«والي ولاية نهر النيل»، «والي الخرطوم»: the governor, which normalises as «وإلى» (and to) does. Read as the
        office when written with «ي» in an article that writes the preposition with «ى», and a place or a definite
        word follows it; in an article that writes no «إلى» at all, when a place noun follows it."""
        word = "ووالي" if joined else "والي"      # `joined`: with «و» before it
        if self.words[k] != word or k + 1 >= len(self.words):
            return False
        if bare(self.doc.tokens[k].text) != word or has_break(self.doc.gap(k + 1)):
            return False
        nxt = self.words[k + 1]
        if self._governor_of_place_then_name(k) or any(self.words[x] == _GOVERNOR and self.words[x + 1] == nxt for x in range(k)):
            return True    # («أكد والي آدرار أن» after «بحضور والي آدرار السيد …»: the governor named before)
        if nxt == "جهه" and k + 2 < len(self.words) and not self.words[k + 2].startswith("ال"):
            return True    # «والي جهة سوس ماسة»: a Moroccan region; «وإلى جهة» takes a definite word
        if (nxt == "بنك" and k + 2 < len(self.words) and self.words[k + 2] == "المغرب") or (
                nxt.isalpha() and not nxt.startswith("ال") and self.words[k + 2:k + 3] in (["ان"], ["أن"]) and not has_break(self.doc.gap(k + 2))):
            return True    # «والي بنك المغرب»: the governor of Morocco's central bank; «أكد والي معسكر أن»: «وإلى» never runs on so into «أن»
        if not self.writes_ila:
            # no «إلى» to compare with: a place noun after it («والي ولاية الخرطوم»، «والي الجهة») is the office
            return nxt in lexicon.place_nouns() or (nxt.startswith("ال") and nxt[2:] in lexicon.place_nouns())
        # «والي غرب كردفان»: a compass point opens the name of the state governed
        return (nxt in lexicon.place_nouns() or nxt.startswith("ال") or gazetteer.match_at(self.words, k + 1) is not None
                or nxt in COMPASS)

    def _governor_of_place_then_name(self, k: int) -> bool:
        """«أشرف والي باتنة محمد بن مالك»: «والي», one indefinite word (a place the gazetteer may
        not know) and a known given name opening a name of two words or more is the governor of
        that place named; «وإلى» (and to) does not run on into a person's name so. Only where the
        article writes «إلى» with «ى» elsewhere: there «والي» with «ي» is the office."""
        words = self.words
        # «والي اترارزة، السيد إسلمو ولد سيدي المختار،»: a title of address may open the name
        skip = 1 if k + 4 < len(words) and words[k + 2] in name_lexicon.address_titles() and not has_break(self.doc.gap(k + 3)) else 0
        # «والي آدرار، سيدي ولد محمد الأمين،»: the name may be set off by a comma after the place
        if k + 3 + skip >= len(words) or any(has_break(self.doc.gap(x)) for x in (k + 1, k + 3 + skip)) \
                or (has_break(self.doc.gap(k + 2)) and self.doc.gap(k + 2).strip() not in ("،", ",")):
            return False
        place, given, more = words[k + 1], words[k + 2 + skip], words[k + 3 + skip]
        # «سيدي ولد …»: a Mauritanian name, told by its «ولد/منت», whatever its first word
        named = given in name_lexicon.given_names() or (given.isalpha() and more in _LINEAGE) \
            or (given.isalpha() and k > 0 and any(f in lexicon.report_verbs() for f in strip_conj(words[k - 1])))    # «أوضح والي بورصة …»
        return (self.writes_ila and place.isalpha() and len(place) >= 3 and not place.startswith("ال")
                and place not in _AFTER_ILA and place not in lexicon.stop_words() and place not in lexicon.prepositions()
                and place not in lexicon.common_words() and place not in name_lexicon.given_names()
                and named and more.isalpha() and more not in lexicon.stop_words()
                and more not in lexicon.prepositions())

    def is_outlet(self, k: int) -> bool:
        """Whether token k begins the name of the article's own outlet («لـ"بغداد اليوم"»)."""
        return any(a == k for a, _ in self.outlet_spans)

    def is_common_word(self, k: int) -> bool:
        """An adverb, an accusative of manner or a preposition with its verbal noun («مجدداً»،
        «ردا»، «باستهداف»): a word that is never a name."""
        w = self.words[k]
        return ("\u064b" in self.doc.tokens[k].text or w in lexicon.common_words() or w in lexicon.purpose_nouns()
                or _prepositional_verbal_noun(w)
                or (_event_noun(w) and w not in name_lexicon.article_given_names()))    # «الصادق الورغي»

    def _noun_after_that(self, k: int) -> bool:
        """Whether token k, right after the «أنّ/إنّ» that closes a verb of speech's frame in the
        same clause, is that «أنّ»'s noun: «أنّ» takes a noun, never a past verb («بعد أن ردّ» has no verb of speech before it)."""
        if k < 2 or self.words[k - 1] not in ("ان", "وان") or has_phrase_break(self.doc.gap(k)):
            return False
        for x in range(k - 2, max(-1, k - 16), -1):
            if has_phrase_break(self.doc.gap(x + 1)) and self.words[x + 1] != self.words[k - 1]:
                return False
            if any(v in lexicon.report_verbs() for v in strip_conj(self.words[x])) or self.words[x] in lexicon.report_participles():
                return True       # («موضحاً أن ثمن الكيلوغرام …»: after a participle's «أن» too)
        return False

    def is_verb(self, k: int) -> bool:
        w = self.words[k]
        # Most tokens are no verb of speech in any form: say so before the context checks below.
        candidates = strip_conj(w) + ([w[1:]] if len(w) == 3 and w[0] in "وف" else [])
        verbs = lexicon.report_verbs()
        if not any(f in verbs or f in RELAYED or f in _AMBIGUOUS_VERBS for f in candidates):
            return False
        if k > 0 and self.words[k - 1] in lexicon.negators() and not has_phrase_break(self.doc.gap(k)):
            return False   # «طلب عدم ذكر اسمه» (not «… وادي عدم". وتابع»: a quotation's last word)
        if self.writes_ala and self.words[k] in _ALIF_MAQSURA_VERBS and self.doc.tokens[k].text.endswith("ي"):
            return False   # «البرتغالي روي ألميدا»: Rui, where «روى» would be written with «ى»
        if self.words[k] in lexicon.common_words() or "\u064b" in self.doc.tokens[k].text or _past_passive(self.doc.tokens[k].text) \
                or (k > 0 and self.doc.gap(k) in JOINING_HYPHENS):      # («ماكنزي-رايت»: a name's second half)
            return False   # «طالبا عدم ذكر اسمه»: asking, not «the two demanded»; «وردّاً»: no verb takes tanween
        if k > 0 and self.words[k - 1] in _NOUN_PREPOSITIONS and not has_phrase_break(self.doc.gap(k)):
            return False   # «في رد مقتضب»، «في تعليق على …»: a preposition governs a noun, never a verb
        if self.verb_shaped_surname(k):
            return False   # «قال … نبراس محمد طالب إن»: the name's last word, «إن» is «قال»'s
        if self.is_outlet(k) or follows_a_thing(self, k):
            return False   # «لـ"فرات بوست"»: the outlet's «فرات» is no «فـ + رأت»; «وتابع المباراة»
        if k > 0 and not has_phrase_break(self.doc.gap(k)) and any(
                v in lexicon.media_nouns() for v in (self.words[k - 1], self.words[k - 1][1:])):
            return False   # «لوكالة فرات للأنباء»: the agency's name after its noun, no verb
        if self._noun_after_that(k):
            return False   # «اعتبر المرشح … أن رد طعنه "…"»: after the «أنّ» of a verb of speech, a noun
        forms = strip_conj(self.words[k])
        nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
        # «وردّ بن عيسى»: «و» on a doubled verb of two letters; unmarked, «ورد أبو السعود بأن» (not «ورد في»)
        if len(self.words[k]) == 3 and self.words[k][0] in "وف" and ("\u0651" in self.doc.tokens[k].text or (
                self.words[k] == "ورد" and nxt not in lexicon.prepositions() and "بان" in self.words[k + 2:k + 7])):
            forms = [self.words[k], self.words[k][1:]]
        if k > 0 and self.words[k - 1] == "ما" and nxt[:1] == "ب" and len(nxt) > 2 \
                and self.written(k).endswith(("ه", "ها", "هم")):
            return False   # «انتقد … ما وصفه بسوء إدارة الملف»: a relative clause (with «بـ"…"» its subject's words)
        if self.words[k] == "قدرت" and (k == 0 or self.words[k - 1] != "قد"):
            return False   # «قد قدّرت أن»: estimated, said; «قدّرت دراسة الجدوى عائداً»: a figure, no words
        if self.words[k] == "طالب" and k > 0 and (self.words[k - 1] in _HE_SHE or self.words[k - 1] in ("الف", "مليون") or self.words[k - 1].isdigit()):
            return False   # «أيمن الشابي، وهو طالب يتنقل يومياً»، «250 ألف طالب»: a student; the verb is written «وطالب»
        if self.words[k] == "وطالب" and k > 0 and "\u064b" in self.doc.tokens[k - 1].text and not self.doc.gap(k).strip():
            return False   # «يضم 14 باحثاً وطالب دراسات عليا»: a student joined to the noun before it (not «… دائماً". وطالب»)
        if self.words[k] == "كتب" and k > 0 and not has_phrase_break(self.doc.gap(k)) and self.words[k - 1].isalpha() \
                and not self.words[k - 1].startswith("ال") and self.words[k - 1] not in lexicon.stop_words() \
                and nxt.startswith("ال") and not self.is_verb(k - 1) and k - 1 not in self.gaz_at:
            return False   # «مبيعات كتب الأطفال»: books, in construct with the noun before
        if any(f in RELAYED for f in forms):
            # «نقلت الوكالة عن مصدر أمني أن …»: relayed words, whose speaker follows «عن» (else goods carried)
            return "عن" in self.words[k + 1:k + 8]
        if "وجه" in forms or "وجهت" in forms:   # «ووجّه أمير المنطقة الجهات المعنية بـ"…"»، «من جهته، وجّه …» (directed); else «face»
            ba = next((x for x in range(k + 1, min(len(self.words), k + 20)) if self.words[x] == "ب"), None)
            opens = self.words[k][:2] in ("وو", "فو") or ("\u0651" in self.doc.tokens[k].text and (k == 0 or has_phrase_break(self.doc.gap(k))))
            return opens and ba is not None and not any(c in self.doc.gap(x) for x in range(k + 1, ba + 1) for c in ".\n")
        if "عبر" in forms:   # «عبر عن» (expressed); alone it is the preposition «via»
            return nxt == "عن" or "\u0651" in self.doc.tokens[k].text     # «وعبّر فلاح … عن»
        if "بين" in forms:   # «وبين أن» (explained); alone it is «between»
            return nxt in lexicon.complementisers() or self._explained(k)
        if "عد" in forms or "وعد" in forms:   # «وعدّ المحلاوي أن» (considered, promised); else «count»
            return any(w in lexicon.complementisers() for w in self.words[k + 1:k + 5])
        if "حمل" in forms or "حملت" in forms:   # «وحمّل آل خطاب الحكومات مسؤولية "…"» (blamed); else «carried»
            return any(w in _BLAME for w in self.words[k + 1:k + 12])
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
        a second verb; written with «و» («وطالب») it is a verb of its own. So is the outlet spoken
        to right after it («نبراس طالب لـ"البلاد" إن»): a verb would take its own object first."""
        words, doc = self.words, self.doc
        if k < 3 or k + 1 >= len(words) or words[k] not in lexicon.report_verbs():
            return False
        nxt = "".join(ch for ch in doc.tokens[k + 1].text if not "\u064b" <= ch <= "\u0652")
        outlet_next = self.is_outlet(k + 1) or (
            words[k + 1] == "ل" and k + 2 < len(words)
            and (self.is_outlet(k + 2) or any(ch in QUOTE_MARKS for ch in doc.gap(k + 2))))
        # «لفت الرئيس التنفيذي للهيئة نبراس محمد طالب إلى أن»: «إلى أن»، «أن»، «بأن» after the name are the verb's too
        complement = nxt in ("أن", "بأن") or (nxt == "إلى" and k + 2 < len(words) and words[k + 2] == "ان")
        # «اعتبر مدير الأكاديمية …، عبد المومن طالب، أن»: a name set off by commas after its title
        complement = complement or (words[k + 1] in ("الذي", "التي") and "ان" in words[k + 2:k + 10])     # («… نبراس محمد طالب، الذي حضر الجلسة، أن»)
        set_off = doc.gap(k + 1).strip() in ("،", ",") and complement
        if not (nxt == "إن" or outlet_next or complement) or has_break(doc.gap(k)) \
                or (has_break(doc.gap(k + 1)) and not set_off):
            return False
        prev = words[k - 1]
        if not prev.isalpha() or prev in lexicon.stop_words() or prev in lexicon.prepositions() \
                or prev in lexicon.report_verbs() or self.is_time(k - 1):
            return False
        opening_comma = set_off
        for x in range(k - 1, max(-1, k - (16 if set_off else 12)), -1):
            if x + 1 < k and has_break(doc.gap(x + 1)):
                if not (opening_comma and doc.gap(x + 1).strip() in ("،", ",")):
                    return False
                opening_comma = False
            if any(v in _QALA for v in strip_conj(words[x])) or (
                    complement and any(v in lexicon.report_verbs() for v in strip_conj(words[x]))):
                return k - x >= 3      # a title or a name of two words or more between
            if complement and (words[x] in lexicon.stop_words() or words[x] in lexicon.complementisers()
                               or words[x] in lexicon.prepositions()):
                return False   # «أكد الوزير أن المدير شدد على»: a clause of its own, «شدد» its verb
        return False

    def is_participle(self, k: int) -> bool:
        if self.words[k] == "متابع" and self.words[k + 1:k + 2] and self.words[k + 1].startswith("لل"):
            return False   # «مصدر قضائي متابع للملف»: who follows the case, no «متابعاً»
        return any(v in lexicon.report_participles() for v in strip_conj(self.words[k]))

    def is_report_noun(self, k: int) -> bool:
        nouns = lexicon.report_nouns()     # («سد حديثة» folds to «حديثه», his talk: a «ة» written is no pronoun)
        return any(v in nouns and not (v[:-1] + "ها" in nouns and self.written(k).endswith("ة")) for v in strip_conj(self.words[k]))

    def is_according(self, k: int) -> bool:
        if self.words[k] == "حسب" and k + 1 < len(self.words) and self.words[k + 1] in ("الله", "الرسول", "النبي"):
            return False   # «أحمد عيسى حسب الله»، «آمنة عبد الله حسب الرسول»: a name, not «حسب» (according to)
        if self.words[k] in _IN_LINE_WITH and k + 1 < len(self.words) and _bare_noun(self.words[k + 1]) in _RULES:
            return False   # «يسير وفق الجدول المقرر»، «وفقاً للقانون»: in line with a plan or a rule, no source
        if self.words[k] == "لسان" and (k == 0 or self.words[k - 1] not in ("علي", "وعلي")):
            return False   # «أكد لسان الدفاع الأستاذ …»: the defence's counsel; «على لسان» alone is «according to»
        return self.words[k] in lexicon.according_to()

    def written(self, k: int) -> str:
        """Token k as written, less its short vowels: the hamza and «ه»/«ة» the normal form folds."""
        return "".join(ch for ch in self.doc.tokens[k].text if not "\u064b" <= ch <= "\u0652")

    def addressed(self, k: int) -> bool:
        """«أكد لضيفه»، «قال لنظيره»، «أوضح لزائريه»: «لـ» on a noun with a possessive pronoun
        names the one spoken to, whose is said by the pronoun, never the speaker. The pronoun is
        read from the written word («ه»، not the «ة» of «لطيفة»)."""
        text = self.written(k)
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
        if w in ("الحالي", "الحاليه") and k > 0 and self.words[k - 1].startswith("ال") and not has_phrase_break(self.doc.gap(k)) \
                and not in_lex(self.words[k - 1], lexicon.time_words(), clitics=True):
            return False      # «رئيس مجلس الإدارة الحالي للجمعية»: the office's, not «العام الحالي»
        return in_lex(w, lexicon.time_words(), clitics=True) or w.isdigit()


def _past_passive(text: str) -> bool:
    """«عُلّقت»، «وقُدّم»: a past verb voweled in the passive, a damma on its first letter (not on the
    «ي/ت/ن/أ» of the present: «يُعلن» is active), says what was done, never who spoke."""
    letters = text.lstrip("وف") if len(text) > 4 and text[:1] in "وف" and text[1:2] not in "\u064e\u064f\u0650" else text
    return len(letters) > 1 and letters[0] not in "يتنأ" and letters[1] == "\u064f"


def _bare_noun(word: str) -> str:
    """A noun without its «لـ» and its article: «للقانون»، «القانون»، «لقانون» -> «قانون»."""
    if word.startswith("لل"):
        return word[2:]
    if word[:1] == "ل" and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") else word


_IN_LINE_WITH = frozenset(arabic.normalize(w) for w in ("وفق", "ووفق", "وفقا", "ووفقا", "طبقا", "وطبقا"))     # before a plan or a rule
_RULES = frozenset(arabic.normalize(w) for w in (
    "جدول", "جداول", "خطة", "خطط", "برنامج", "قانون", "آلية", "آليات", "نظام", "معايير", "شروط", "ضوابط", "تعليمات",
    "إجراءات", "أصول", "مواعيد", "رؤية", "استراتيجية", "مخطط", "دستور", "لوائح", "أحكام", "مادة", "مبدأ", "صيغة",
    "أولويات", "اتفاق", "اتفاقية", "قرار", "قرارات", "بروتوكول", "مسار", "مقتضيات", "تبليغات"))    # «وفق التبليغات المسجلة»: data

# Verbs of speech ending in «ى», which the normal form writes «ي» as it does the names «روي»، «حكي»
_ALIF_MAQSURA_VERBS = frozenset(("روي", "حكي", "راي", "وراي", "يري", "فيري", "ابدي"))    # «رأي اللجنة»، «كريسبين فيري»، «أبدي تيسفاي» (Abdi): no «رأى»، «فيرى»، «أبدى»

COMPASS = frozenset({"غرب", "شرق", "شمال", "جنوب", "وسط"})     # they open a region's name: «غرب كردفان»


def _event_noun(word: str) -> bool:
    """«مقتل»، «الغارة»: the word for a happening (an event trigger), with «ال» or «و» or not. A
    word in «فيـ» is a name («فيصل»، «فيروز») before it is «فـ» on an imperfect verb («يصل»)."""
    for form in ([word] if word.startswith("في") else strip_conj(word)):
        if is_trigger_word(form) or (form.startswith("ال") and is_trigger_word(form[2:])):
            return True
    return False


# Verbal nouns of no telling pattern that verbs of speech take with «بـ» («أقر بوجود»، «طالب بوقف»، «أشاد بدعم»)
_COMMON_VERBAL_NOUNS = frozenset(arabic.normalize(w) for w in (
    "وجود", "ضرورة", "أهمية", "وقف", "رفع", "دعم", "عدم", "فتح", "منع", "صرف", "حل", "نقل", "فرض", "خفض",
    "زيادة", "إعادة", "إنهاء", "إلغاء", "سحب", "دفع", "وضع", "حماية", "محاسبة"))


def _prepositional_verbal_noun(word: str) -> bool:
    """«باستهداف»، «لتعزيز»، «بانتظار»، «لمراقبة»: «بـ»/«لـ» on a verbal noun (istif'al, infi'al,
    ifti'al, taf'il, mufa'ala), the shape of a circumstance, not of a name."""
    if word[:1] not in "بل" or word.startswith(("بال", "لل")):
        return False
    rest = word[1:]
    if rest in _COMMON_VERBAL_NOUNS:
        return True        # «وأقر الوزير بوجود نقص»، «بضرورة توفير»، «بوقف صرف»: the object, not a «بو…» name
    # infi'al and ifti'al have their long «ا» third or fourth («انتظار»، «اتصالات»); a foreign name
    # in «بانا…» has none there («رئيس بلدية هانيا بانايوتيس سيمانديراكيس»)
    return ((rest.startswith("است") and len(rest) >= 6 and not rest.endswith(("اس", "وس")))     # (not «باستياس», Bastias)
            or (rest.startswith(("ان", "ات")) and len(rest) >= 6 and "ا" in rest[3:5])
            or (rest.startswith("ت") and len(rest) == 5 and rest[3] == "ي")
            or (rest.startswith("م") and len(rest) == 6 and rest[2] == "ا" and rest.endswith("ه")))   # «لمراقبة»
