"""The actors of one article: a phrase read by `actors` resolved to an id, or proposed.

`ActorBook` resolves a phrase to an existing id (the lead's resolver over
the store, the gazetteer, or a name already seen in the article, including a
surname-only mention and a bare title that refers back), or proposes a new
actor with its title.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.actor_gate import bare_body_head, gate, nameable
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import (
    QUOTE_MARKS, Analysis, Phrase, Resolver, has_phrase_break, in_lex, strip_conj,
)
from desktop.core.extract.gazetteer import Entry
from desktop.core.extract.ids import slug
from desktop.core.extract.lookup import cached_resolver


def _without_preposition(text: str, first_word: str) -> str:
    """«لهيئة الأركان» -> «هيئة الأركان»، «للقيادة المركزية» -> «القيادة المركزية»: a name does
    not carry the «لـ»/«بـ» that governs it."""
    if first_word.startswith("لل") and len(first_word) > 4 and "ال" + first_word[2:] in lexicon.org_heads():
        return "ا" + text[1:]
    if first_word[:1] in "لب" and not first_word.startswith("لل") and len(first_word) > 3 and (
            first_word[1:] in lexicon.org_heads() or first_word[1:] in lexicon.title_heads()):
        return text[1:].lstrip("ـ")
    return text


# One office, three names: «رئيس الحكومة» is the «رئيس مجلس الوزراء» and the «رئيس الوزراء».
# Written as in text and normalised here, so a change of the analyser's folds cannot leave them behind.
_SAME_OFFICE = tuple((arabic.normalize(other), arabic.normalize(same))
                     for other, same in (("رئيس مجلس الوزراء", "رئيس الحكومة"), ("رئيس الوزراء", "رئيس الحكومة")))


def _bare_title_words(norm_title: str) -> list[str]:
    """The words of a normalised title without «ال», one office spelled one way."""
    for other, same in _SAME_OFFICE:
        norm_title = norm_title.replace(other, same)
    return [w[2:] if w.startswith("ال") else w for w in arabic.words(norm_title)]


# Two words for one office: «الناطق باسم …» is the «المتحدث باسم …».
_SAME_HEAD = {"ناطق": "متحدث"}


def _office(norm_title: str) -> tuple[str, set[str]]:
    """A title's head word and the stems of the rest, to match an office named another way:
    «متحدث الجيش اليمني» is the «الناطق باسم القوات المسلحة اليمنية»."""
    words = [_SAME_HEAD.get(w, w) for w in _bare_title_words(norm_title)]
    if not words:
        return "", set()
    return words[0], {arabic.stem(w) for w in words[1:]}


def _other_nationality(mine: str, theirs: str) -> bool:
    """«وزير الخارجية العراقي» is not «وزير الخارجية الروسي»: two normalised titles whose words
    differ in a nisba of nationality («العراقي»، «الروسية»), each having one the other lacks."""
    a, b = _nisbas(mine), _nisbas(theirs)
    # «رئيس المفوضية» and «رئيس مجلس المفوضين»: a word in «ية» whose stem the other title has is
    # the same body's noun, no nationality
    stems_a = {arabic.stem(w) for w in _bare_title_words(mine)}
    stems_b = {arabic.stem(w) for w in _bare_title_words(theirs)}
    a = {w for w in a if arabic.stem(w) not in stems_b and arabic.stem(w + "ه") not in stems_b}
    b = {w for w in b if arabic.stem(w) not in stems_a and arabic.stem(w + "ه") not in stems_a}
    return bool(a - b) and bool(b - a)


def _nisbas(norm_title: str) -> set[str]:
    out = set()
    for w in _bare_title_words(norm_title):
        w = w[:-1] if w.endswith("يه") else w      # the feminine: «الروسية» is «الروسي»
        if len(w) >= 4 and w.endswith("ي") and w not in _NOT_NATIONALITY:
            out.add(w)
    return out


# Nisba-shaped words of offices that name no country: «الخارجية»، «الداخلية»، «الرسمي».
_NOT_NATIONALITY = frozenset(arabic.normalize(w) for w in (
    "خارجي", "داخلي", "رسمي", "إعلامي", "أعلى", "إقليمي", "محلي", "دولي", "وطني", "سياسي", "عسكري", "أمني",
    "اقتصادي", "صحي", "قضائي", "ثاني", "ميداني", "إداري", "تنفيذي", "حكومي", "دبلوماسي", "برلماني", "نيابي",
    "فني", "علمي", "طبي", "شعبي", "عمومي", "جمهوري", "ملكي", "أميري", "رئاسي", "وزاري", "بلدي", "تشريعي",
    "قاضي"))   # «القاضي»: a judge's rank before the name


# Definite title heads that are descriptions, ranks or honorifics, not offices one holds alone.
_NOT_OFFICES = frozenset(arabic.normalize(w) for w in (
    "الشيخ", "الدكتور", "السيد", "السيدة", "الباحث", "الخبير", "المحلل", "الكاتب", "الصحفي", "الإعلامي",
    "المسؤول", "المسؤولة", "القيادي", "القيادية", "البرلماني", "المراسل"))


def _nisba_adjective(an: Analysis, k: int) -> bool:
    """«المصري»، «الوطنية»: a definite nisba adjective, which qualifies the noun before it."""
    w = an.words[k]
    return (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4 and w.isalpha() and not an.is_time(k)
            and w not in lexicon.title_heads() and w not in lexicon.org_heads())


def _feminine_title(title: str) -> bool:
    """Whether a title names a woman: its office word is feminine («وزيرة»، «الممثلة الخاصة»،
    «السيدة»); titles of address and ranks before it («الدكتورة»، «الشيخة») count too."""
    for w in arabic.words(arabic.normalize(title)):
        if w in lexicon.title_heads() or w in lexicon.person_descriptors():
            return w.endswith("ه") and w not in _MASCULINE_IN_TA
    return False


# Office words ending in «ة» that name men as often as women: «عمدة»، «خليفة».
_MASCULINE_IN_TA = frozenset(arabic.normalize(w) for w in ("عمدة", "خليفة", "الخليفة", "قائممقام"))


def _heads_an_office(held: list[str], head: str) -> bool:
    """Whether `head` heads an office in the bare title words `held`, not governed by another
    office word before it: «نائب رئيس الوزراء» holds no «رئيس الوزراء», «مستشار الوزير» no
    «الوزير»; «وزير النقل … رئيس مجلس الإدارة» holds both (an adjective ends the first)."""
    for n, w in enumerate(held):
        if w == head and (n == 0 or held[n - 1] not in _GOVERNING_OFFICES):
            return True
    return False


# Indefinite office words that govern the office after them: «نائب رئيس …» is the deputy.
_GOVERNING_OFFICES = frozenset(arabic.normalize(w) for w in (
    "نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "وكيلة", "مستشار", "مستشارة", "مدير", "مديرة", "مكتب",
    "ديوان", "متحدث", "ناطق", "ممثل", "ممثلة", "مبعوث", "مندوب", "أمين", "سكرتير", "كبير"))


def _fuller_title(new: str, old: str) -> bool:
    """Whether `new` says more than `old` and all of it: «نائب قائد العمليات المشتركة، الفريق أول
    الركن» after «الفريق أول الركن» (the narrative named him first, a quote more fully)."""
    return not old or (len(new) > len(old) and arabic.normalize(old) in arabic.normalize(new))


# Words that begin a compound name and say nothing alone: «أبو»، «عبد»، «بن».
_NAME_CONNECTORS = frozenset(arabic.normalize(w) for w in ("أبو", "أم", "عبد", "بن", "ابن", "بنت", "آل"))


def _joined_abd(key: str) -> str:
    """«عبد الله» and «عبدالله» are one name however it is spaced."""
    return key.replace("عبد ", "عبد") if "عبد " in key else key


def readable_name(text: str) -> str:
    """«#مقتدى_الصدر» -> «مقتدى الصدر»: a name written as a hashtag, as sites link their tags."""
    if "#" not in text and "_" not in text:
        return text
    return " ".join(text.replace("#", " ").replace("_", " ").split())


def _without_quote_marks(text: str) -> str:
    """«تحالف "تقدم"» -> «تحالف تقدم»: the marks around a quoted name are not part of it."""
    if not any(ch in QUOTE_MARKS for ch in text):
        return text
    return " ".join("".join(ch for ch in text if ch not in QUOTE_MARKS).split())



def _could_be_given_name(an: Analysis, k: int) -> bool:
    w = an.words[k]
    if len(w) < 3 or not w.isalpha() or w.startswith("ال") or (w[:1] in "وف" and w[1:3] == "ال"):
        return False
    if any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)):
        return False
    # «وبحسب ملتمسات»، «باسم الإدارة»: a cue or a title's link before a word is no given name
    link = w in lexicon.title_links() and k + 1 < len(an.words) and (
        an.words[k + 1].startswith("ال") or in_lex(an.words[k + 1], lexicon.org_heads()))
    # «برئاسة الوالي»، «بوزارة الصحة»، «لرئيس الحكومة»: «بـ/لـ» on an office, a body or a place
    # noun governs the word after; no given name
    rest = w[1:]
    governed = w[:1] in "بل" and (rest in lexicon.org_heads() or rest in lexicon.title_heads()
                                  or rest in lexicon.title_modifiers() or rest in lexicon.place_nouns())
    return not (w in lexicon.stop_words() or w in lexicon.prepositions() or in_lex(w, lexicon.title_heads())
                or in_lex(w, lexicon.org_heads()) or w in lexicon.speech_fillers() or an.is_verb(k)
                or an.is_report_noun(k) or an.is_participle(k) or an.is_time(k) or k in an.gaz_at
                or an.is_according(k) or link or governed)


@dataclass
class ActorProposal:
    id: str
    name: str
    type: str
    title: str
    span: list[int]
    notes: str
    record: dict | None = None    # a gazetteer record to propose (None: propose from fields)


class ActorBook:
    """The actors of one article, deduplicated by normalised name, resolved to ids."""

    def __init__(self, an: Analysis, resolve_actor: Resolver | None):
        self.an = an
        self.resolve = cached_resolver(resolve_actor)
        self._by_key: dict[str, str] = {}          # normalised name -> id
        self._full_names: list[tuple[tuple[str, ...], str]] = []   # name words -> id
        self.proposals: dict[str, ActorProposal] = {}
        self.external: set[str] = set()            # ids that already exist in the store
        # (where in the body, id, title): each time a person is named with a title, so that a
        # bare title («الوزير») finds the latest holder written before it
        self._titles: list[tuple[int, str, str]] = []
        # (where in the body, id, feminine or None): each time a person named with no title speaks
        self._untitled: list[tuple[int, str, bool | None]] = []

    def _remember(self, key: str, actor_id: str) -> None:
        key = _joined_abd(key)
        self._by_key[key] = actor_id
        words = tuple(arabic.words(key))
        if len(words) > 1:
            self._full_names.append((words, actor_id))

    def for_entry(self, entry: Entry, span: list[int], why: str) -> str:
        """The id for a gazetteer actor: the store's own record if it has one."""
        for name in [entry.name, entry.record.get("name_en", ""), *entry.record.get("aliases", [])]:
            found = self.resolve(name) if name else None
            if found:
                self.external.add(found)
                return found
        if entry.id not in self.proposals:
            self.proposals[entry.id] = ActorProposal(
                entry.id, entry.name, entry.type or "other", "", span,
                f"gazetteer match ({why})", dict(entry.record))
        return entry.id

    def for_phrase(self, ph: Phrase, title: str, why: str, *, reported: bool = False) -> tuple[str, str] | None:
        """(actor id, explanation) for a parsed phrase; None when the phrase names no actor (the
        gate cut its name to nothing: «تخصيص»، «معظمها»). `reported`: the subject of a reporting
        verb with no quotation after it."""
        gated = gate(self.an, ph, self._name_word, reported=reported)
        if gated is None:
            return None
        ph = gated
        doc = self.an.doc
        if ph.name is None and ph.entry is not None:
            return self.for_entry(ph.entry, doc.span(ph.i, ph.j), why), "gazetteer"
        if ph.name is not None:
            name = doc.text(*ph.name)
            span = doc.span(*ph.name)
            ptype = "person"
        else:
            name = _without_quote_marks(_without_preposition(ph.title_text(doc), self.an.words[ph.title[0]]))
            if ph.kind == "anonymous":
                name = self._without_credence(ph, name)
            span = doc.span(ph.i, ph.j)
            title = ""
            ptype = {"organization": "organization", "anonymous": "other"}.get(ph.kind, "person")
            # a body («وزارة الخارجية») is never a person whose title names it («وكيل وزارة الخارجية»)
            hit = self.anaphor(ph) if ph.kind != "organization" else None
            if hit:
                return hit, f"«{name}» refers back to an earlier speaker"
            earlier = self.antecedent(ph)
            found = self.for_phrase(earlier, earlier.title_text(doc) if earlier.name else "", why) \
                if earlier is not None else None
            if earlier is not None and found is not None:
                actor_id, how = found
                return actor_id, f"«{name}» refers back to «{doc.text(earlier.i, earlier.j)}» ({how})"
            hit = self.epithet(ph) if ph.kind != "organization" else None
            if hit:
                return hit, f"«{name}» refers back to the person named before it"
            hit = self.untitled_holder(ph) if ph.kind == "person" else None
            if hit:
                return hit, f"«{name}» refers back to the person quoted before it with no title"
            fuller = self.fullest_form(ph) if ph.kind == "organization" and ph.entry is None else ""
            if fuller:
                name = f"{name} {fuller}"     # «البنك المركزي» after «بالبنك المركزي المصري»
            entries = [e for e in self.an.gaz.lookup(name) if e.kind == "actor"]
            if entries:
                return self.for_entry(entries[0], span, why), "gazetteer"
        if ph.name is None and ph.kind == "organization" and len(ph.title) == 1 \
                and bare_body_head(self.an.words[ph.title[0]]):
            ministry = self.ministry_of_minister(ph)
            if ministry:
                entries = [e for e in self.an.gaz.lookup(ministry) if e.kind == "actor"]
                if entries:
                    return self.for_entry(entries[0], span, why), "gazetteer"
                return self.for_name(ministry, "", "organization", span, why)
        if not nameable(self.an, ph, name, self._name_word, reported=reported):
            return None       # «بحسب ما أفاد به مكتبه»: his office names no one of its own; «الوزارة»
        return self.for_name(name, title, ptype, span, why)

    def ministry_of_minister(self, ph: Phrase) -> str:
        """«وأعلنت الوزارة» after «أحمد البواري، وزير الفلاحة والصيد البحري …» with no ministry named
        before it: the ministry of the latest minister named with a title («وزارة الفلاحة والصيد
        البحري …»), without his nationality («وزير الخارجية الكويتي»: «وزارة الخارجية»); "" for
        any other body, or when no minister was named."""
        if arabic.normalize(self.an.words[ph.title[0]]).lstrip("وف") not in (arabic.normalize("الوزارة"),):
            return ""
        at = self.an.doc.tokens[ph.i].start
        for pos, _, title in sorted(self._titles, reverse=True):
            if pos >= at or len(title.split()) < 2:
                continue      # «وأوضح الوزير»: a bare title refers back to the one named before
            for part in title.split("،"):
                written = part.split()
                if not written or arabic.normalize(written[0]) not in (arabic.normalize("وزير"), arabic.normalize("وزيرة")):
                    continue
                rest = []
                for w in written[1:]:
                    norm = arabic.normalize(w)
                    if norm[:1] == "و" and norm[1:] in lexicon.title_heads():
                        break       # «… ووزير الدولة لشؤون الإسكان»: a second office
                    rest.append(w)
                if rest and self._nationality(arabic.normalize(rest[-1])):
                    rest = rest[:-1]
                if not rest or not arabic.normalize(rest[0]).startswith("ال") \
                        or arabic.normalize(rest[0]) == arabic.normalize("الدولة"):
                    continue
                return " ".join(["وزارة", *rest])
            return ""     # the latest titled person is no minister: which body is meant is not known
        return ""

    def _nationality(self, word: str) -> bool:
        """«الكويتي»، «المصري»: a definite nisba of a place the gazetteer knows."""
        if not (word.startswith("ال") and word.endswith("ي") and len(word) > 5):
            return False
        stem = word[2:-1]
        return any(e for name in (stem, "ال" + stem) for e in self.an.gaz.lookup(name))

    def _name_word(self, k: int) -> bool:
        """Whether token k is a word of a name: inside a gazetteer actor, or of a name of two words
        or more the article gave before (evidence that a word shaped like a verb is a name)."""
        if any(m.i <= k < m.j and m.of_kind("actor") is not None for m in self.an.mentions):
            return True
        w = self.an.words[k]
        return any(w in full for full, _ in self._full_names)

    def _without_credence(self, ph: Phrase, name: str) -> str:
        """«مصدر دبلوماسي مطلع» -> «مصدر دبلوماسي»: how well an unnamed source knows is not who
        it is."""
        an = self.an
        kept = [k for k in range(ph.title[0], ph.title[-1] + 1) if an.words[k] not in lexicon.credence_adjectives()]
        if len(kept) == ph.title[-1] + 1 - ph.title[0] or not kept:
            return name
        return _without_quote_marks(" ".join(an.doc.tokens[k].text for k in kept))

    def for_name(self, name: str, title: str, ptype: str, span: list[int], why: str) -> tuple[str, str]:
        name, title = readable_name(name), readable_name(title)
        key = _joined_abd(arabic.normalize(name).strip())
        words = tuple(arabic.words(key))
        if key in self._by_key:
            actor_id = self._by_key[key]
            self._fuller(actor_id, title)
            self.note_title(actor_id, title, span[0])
            return actor_id, "seen earlier in the article"
        if len(words) == 1:
            for full, actor_id in reversed(self._full_names):
                if words[0] in full[1:] or (words[0] == full[0] and ptype == "person" and len(full) == 2):
                    self._by_key[key] = actor_id
                    return actor_id, f"«{name}» = the full name seen earlier"
            # «وأضاف وانغ» after «وانغ لينغ جيون»: names written family name first (Chinese,
            # Korean, Vietnamese, Hungarian) are referred to by their first word, when only one
            # person the article named begins with it
            first = {actor_id for full, actor_id in self._full_names
                     if full[0] == words[0] and full[0] not in _NAME_CONNECTORS}
            if ptype == "person" and len(first) == 1:
                actor_id = first.pop()
                self._by_key[key] = actor_id
                return actor_id, f"«{name}» = the first word of the full name seen earlier"
        elif ptype == "person":
            # «بن الشيخ» after «عز الدين بن الشيخ»: the last words of a fuller name
            for full, actor_id in reversed(self._full_names):
                if len(full) > len(words) and full[-len(words):] == words:
                    self._by_key[key] = actor_id
                    return actor_id, f"«{name}» = the full name seen earlier"
            # «الشيخ محمد بن عبدالله» after «… محمد بن عبدالله آل خليفة»: the first words of one
            # fuller name, the family («آل …») or the last names left out
            fuller = {actor_id for full, actor_id in self._full_names
                      if len(full) > len(words) and full[:len(words)] == words}
            if len(fuller) == 1 and words[-1] not in _NAME_CONNECTORS:
                actor_id = fuller.pop()
                self._by_key[key] = actor_id
                return actor_id, f"«{name}» = the first words of the full name seen earlier"
        found = self.resolve(name)
        if found:
            self.external.add(found)
            self._remember(key, found)
            self.note_title(found, title, span[0])
            return found, "resolved in the store"
        entries = [e for e in self.an.gaz.lookup(name) if e.kind == "actor"]
        if entries:
            actor_id = self.for_entry(entries[0], span, why)
            self._remember(key, actor_id)
            return actor_id, "gazetteer"
        if len(words) == 1 and ptype == "person":
            fuller = self.fuller_name(words[0])
            if fuller is not None:
                actor_id, how = self.for_name(fuller, title, ptype, span, why)
                self._by_key[key] = actor_id
                return actor_id, f"«{name}» = «{fuller}» written elsewhere in the article ({how})"
        actor_id = "actor:" + slug(name)
        self._remember(key, actor_id)
        self.note_title(actor_id, title, span[0])
        if actor_id not in self.proposals:
            note = f"new actor: {why}"
            if ptype == "other":
                note += " (an unnamed source, quoted by description)"
            self.proposals[actor_id] = ActorProposal(actor_id, name, ptype, title, span, note)
        else:
            self._fuller(actor_id, title)
        return actor_id, "new"

    def _fuller(self, actor_id: str, title: str) -> None:
        """Give a proposed person the fuller of the titles the article names them with."""
        prop = self.proposals.get(actor_id)
        if prop is not None and prop.record is None and title and _fuller_title(title, prop.title):
            prop.title = title

    def fuller_name(self, surname: str) -> str | None:
        """«برهوم» -> «فوزي برهوم»: the first place the article writes the surname after a
        given name (a byline «فوزي برهوم - المتحدث …», a caption), as written there."""
        an = self.an
        for k in range(1, len(an.words)):
            if an.words[k] != surname or has_phrase_break(an.doc.gap(k)):
                continue
            g = k - 1
            if _could_be_given_name(an, g):
                start = g - 1 if g > 0 and an.words[g - 1] in ("عبد", "ابو") \
                    and not has_phrase_break(an.doc.gap(g)) else g
                return an.doc.text(start, k + 1)
        return None

    def anaphor(self, ph: Phrase) -> str | None:
        """«الوزير»، «الوزير المغربي»، «رئيس الحكومة اللبنانية»: a title with no name, pointing at
        the latest speaker whose title has every word of it (the first one definite or construct);
        failing that, the latest whose title has the same head and at least half of the rest,
        however spelled («متحدث الجيش اليمني» after «الناطق باسم القوات المسلحة اليمنية»)."""
        words = [self.an.words[k] for k in ph.title]
        if not words or (len(words) == 1 and not words[0].startswith("ال")):
            return None
        bare = _bare_title_words(" ".join(words))
        at = self.an.doc.tokens[ph.i].start
        titles = [(actor_id, title) for pos, actor_id, title in sorted(self._titles, reverse=True) if pos < at]
        for actor_id, title in titles:
            held = _bare_title_words(arabic.normalize(title))
            if all(b in held for b in bare) and _heads_an_office(held, bare[0]):
                return actor_id
        head, rest = _office(" ".join(words))
        for actor_id, title in titles:
            norm = arabic.normalize(title)
            offices = [_office(part) for part in norm.split("،")]
            if any(h == head and 2 * len(rest & other) >= len(rest)
                   and not _other_nationality(" ".join(words), part) for (h, other), part in zip(offices, norm.split("،"))):
                return actor_id
        return None

    def epithet(self, ph: Phrase) -> str | None:
        """«وكشف المسؤول الحكومي»، «وأضافت المسؤولة الأممية»: a definite generic word for a person
        (an official, a diplomat, an expert) with no earlier indefinite mention is an epithet for the
        latest person named with a title before it, of the same gender («المسؤولة» is a woman)."""
        words = [self.an.words[k] for k in ph.title]
        if not words or not words[0].startswith("ال") or not in_lex(words[0][2:], lexicon.descriptor_heads()):
            return None
        if any(not (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in words[1:]):
            return None       # «المسؤول عن الملف»، «المصدر الطبي في المستشفى»: a description, not an epithet
        feminine = words[0].endswith("ه")
        at = self.an.doc.tokens[ph.i].start
        named = {actor_id for _, actor_id in self._full_names}
        for pos, actor_id, title in sorted(self._titles, reverse=True):
            if pos < at and actor_id in named and _feminine_title(title) == feminine:
                return actor_id
        return None

    def antecedent(self, ph: Phrase) -> Phrase | None:
        """«الوزارة»، «المصدر»، «الوزير»: the fuller indefinite mention written earlier
        («وزارة الدفاع التركية»، «مصدر حكومي يمني»)."""
        if len(ph.title) != 1:
            return self._described_before(ph)
        head = self.an.words[ph.title[0]]
        if not head.startswith("ال") or len(head) < 5:
            return None
        bare = head[2:]
        for k in range(ph.i - 1, -1, -1):
            w = self.an.words[k]
            # «وزارة الدفاع»، «بوزارة الدفاع», and a fuller definite mention: «للإدارة العامة للجمارك»
            if bare in strip_conj(w) or (w[:1] in "بل" and w[1:] == bare) or head in strip_conj(w) \
                    or w == "لل" + bare:
                earlier = parse_phrase(self.an, k, min(len(self.an.words), k + 12))
                if earlier is not None and (earlier.name or len(earlier.title) > 1):
                    return earlier
        return None

    def _described_before(self, ph: Phrase) -> Phrase | None:
        """«المصدر الطبي في المستشفى السعودي» after «مصدر طبي»: an unnamed source written with
        «ال» and its adjectives is the one described earlier without them."""
        words = self.an.words
        head = words[ph.title[0]]
        if not head.startswith("ال") or not in_lex(head[2:], lexicon.descriptor_heads()):
            return None
        adjectives = []
        for k in ph.title[1:]:
            w = words[k]
            if not (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4):
                break
            adjectives.append(w[2:])
        if not adjectives:
            return None
        want = [head[2:], *adjectives]
        n = len(want)
        for k in range(ph.i - 1, -1, -1):
            if k + n <= ph.i and want[0] in strip_conj(words[k]) and words[k + 1:k + n] == want[1:]:
                earlier = parse_phrase(self.an, k, min(len(words), k + 12))
                if earlier is not None and not earlier.name and len(earlier.title) > 1:
                    return earlier
        return None

    def note_untitled(self, actor_id: str, at: int, feminine: bool | None) -> None:
        """A person the article names with no title speaks at offset `at`; `feminine` from the
        reporting verb («قالت»: a woman; «قال»: a man; None: not known)."""
        self._untitled.append((at, actor_id, feminine))

    def untitled_holder(self, ph: Phrase) -> str | None:
        """«قال سامي الحداد إن … وأضاف الوزير»: a bare office title («الوزير»، «المتحدثة») that no
        one named in the article holds refers to the latest person quoted before it with no title
        of their own, of the same gender (a feminine office word, a feminine verb)."""
        words = [self.an.words[k] for k in ph.title]
        if not words or not all(w.startswith("ال") for w in words) or words[0] not in lexicon.title_heads() \
                or words[0] in _NOT_OFFICES:
            return None
        at = self.an.doc.tokens[ph.i].start
        if any(pos < at and self.anaphor_office(title, words) for pos, _, title in self._titles):
            return None       # someone named with the office holds it, however the title is worded
        feminine = _feminine_title(self.an.doc.text(ph.i, ph.j))
        titled = {actor_id for _, actor_id, _ in self._titles}
        for pos, actor_id, fem in sorted(self._untitled, reverse=True):
            if pos < at and actor_id not in titled and (fem is None or fem == feminine):
                return actor_id
        return None

    def anaphor_office(self, title: str, words: list[str]) -> bool:
        """Whether `title` holds the office of the title words `words` (their head at least)."""
        held = _bare_title_words(arabic.normalize(title))
        bare = _bare_title_words(" ".join(words))
        return bool(bare) and _heads_an_office(held, bare[0])

    def fullest_form(self, ph: Phrase) -> str:
        """«وقال البنك المركزي» after «لجنة السياسة النقدية بالبنك المركزي المصري»: a body named by
        a shorter form takes the nisba adjectives («المصري»، «الوطنية») its fullest earlier form
        adds, as written there; "" when none does, or when two earlier forms add different ones
        («البنك المركزي الأوروبي» and «البنك المركزي المصري»)."""
        an, words = self.an, self.an.words
        want = [words[k] for k in ph.title]
        if not want or any(has_phrase_break(an.doc.gap(k)) for k in ph.title[1:]):
            return ""
        first, n = want[0], len(want)
        bare = first[2:] if first.startswith("ال") else ""
        found: dict[tuple[str, ...], str] = {}
        for x in range(ph.i - 1, -1, -1):
            w = words[x]
            if not (w == first or (len(w) > len(first) and w[1:] == first and w[0] in "وفب")
                    or (bare and w in ("لل" + bare, "ولل" + bare))):
                continue
            if words[x + 1:x + n] != want[1:] or any(has_phrase_break(an.doc.gap(y)) for y in range(x + 1, x + n)):
                continue
            end = x + n
            while end < ph.i and not has_phrase_break(an.doc.gap(end)) and _nisba_adjective(an, end):
                end += 1
            if end > x + n:
                found[tuple(words[x + n:end])] = an.doc.text(x + n, end)
        longest = max(found, key=len, default=())
        # one fullest form: every other is a part of it
        if any(other != longest[:len(other)] for other in found):
            return ""
        return found.get(longest, "")

    def note_title(self, actor_id: str, title: str, at: int) -> None:
        """`actor_id` is named with `title` at offset `at` of the body."""
        if title:
            self._titles.append((at, actor_id, title))

    def person_by_surname(self, word: str) -> str | None:
        """The one person whose full name, seen so far, ends with the normalised `word`."""
        ids = {actor_id for full, actor_id in self._full_names if full[-1] == word and word not in _NAME_CONNECTORS}
        return ids.pop() if len(ids) == 1 else None

    def titles_of(self, actor_id: str) -> list[tuple[int, str, str]]:
        """(offset, id, title) of each time `actor_id` was named with a title, in text order."""
        return sorted(entry for entry in self._titles if entry[1] == actor_id)

    def title_before(self, at: int) -> tuple[int, str, str] | None:
        """(offset, id, title) of the latest mention of a person with a title before offset `at`."""
        return max((entry for entry in self._titles if entry[0] < at), default=None)

    def titled_person_before(self, at: int) -> str | None:
        """The id of the latest person named by a name and a title before offset `at` (not an
        unnamed source or a body, which have no name)."""
        named = {actor_id for _, actor_id in self._full_names}
        for pos, actor_id, _ in sorted(self._titles, reverse=True):
            prop = self.proposals.get(actor_id)
            if pos < at and actor_id in named and (prop is None or prop.type == "person"):
                return actor_id
        return None

    def known_names(self) -> list[tuple[tuple[str, ...], str]]:
        """Every normalised name this article resolved, as word tuples, with its id."""
        return [(tuple(arabic.words(key)), actor_id) for key, actor_id in self._by_key.items()
                if arabic.words(key)]
