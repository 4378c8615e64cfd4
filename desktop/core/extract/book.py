"""The actors of one article: a phrase read by `actors` resolved to an id, or proposed.

`ActorBook` resolves a phrase to an existing id (the lead's resolver over
the store, the gazetteer, or a name already seen in the article, including a
surname-only mention and a bare title that refers back), or proposes a new
actor with its title."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actor_gate import bare_body_head, gate, his_office, nameable
from desktop.core.extract.body_antecedents import antecedent, body_by_head_word
from desktop.core.extract.phrase_checks import as_governorate, honorific_dropped
from desktop.core.extract.phrase_parts import FEDERAL
from desktop.core.extract.body_refs import body_of_short_form, brand_before, central_bank_named, fullest_form, ministry_of_minister
from desktop.core.extract.document_issuer import issuer_of_document
from desktop.core.extract.book_refs import (
    AGE_EPITHETS, GENERIC_PEOPLE, body_of_title, country_of_nisba, epithet, family_name_as_title, founder_just_quoted, generic_person, going_on_as, head_of_its_body, newly_in_office, nicknamed, office_after_name,
    private_person_going_on, researcher_named_before, sport_epithet, the_one_speaking, titled_person_before, untitled_holder)
from desktop.core.extract.country_nisba import branch_named_before, country_nisba, national_branch
from desktop.core.extract.name_frame import to_frame_end
from desktop.core.extract.analysis import Analysis, Phrase, Resolver
from desktop.core.extract.family_name import ROLES_IN_A_CASE, family_name_words, fuller_family_name
from desktop.core.extract.gazetteer import Entry
from desktop.core.extract.ids import slug
from desktop.core.extract.lookup import cached_resolver
from desktop.core.extract.name_whole import whole
from desktop.core.extract.name_written import described_given_name, fuller_kunya, fuller_name, fuller_patronym, given_and_family_of, nickname_fuller
from desktop.core.extract.presided import presided_by
from desktop.core.extract.reasons import Reason, reason
from desktop.core.extract.speaker_junk import junk_phrase
from desktop.core.extract.prosecution import accused_named_before, prosecutor_named_before
from desktop.core.extract.speaker_evidence import no_one_shaped, whole_construct
from desktop.core.extract.title_surname import titled_surname
from desktop.core.extract.titles import (
    NAME_CONNECTORS, bare_title_words, former_title, fuller_title, heads_an_office, joined_abd, office_of, same_office,
    other_nationality, readable_name, without_accusative, without_conjunction, without_lam, without_preposition, without_quote_marks,
)


@dataclass
class ActorProposal:
    id: str
    name: str
    type: str
    title: str
    span: list[int]
    reason: Reason                # why it was proposed: worded into the record's notes
    record: dict | None = None    # a gazetteer record to propose (None: propose from fields)


# Adjectives of a title that say when its holder took office, not which office it is
_NEWLY = frozenset(arabic.normalize(w) for w in ("الجديد", "الجديدة", "المنتخب", "المنتخبة", "الأقدس", "الأعظم")) | FEDERAL    # «الأب الأقدس»: the Pope's epithets; «الوزير الفيدرالي»: not a state's («… في ولاية غلمدغ»)
_FRESH_SOURCES = frozenset(("مصدر", "مصادر", "مصدران"))     # indefinite: each written so is a source of its own


class ActorBook:
    """The actors of one article, deduplicated by normalised name, resolved to ids."""

    def __init__(self, an: Analysis, resolve_actor: Resolver | None):
        self.an = an
        self.resolve = cached_resolver(resolve_actor)
        self._by_key: dict[str, str] = {}          # normalised name -> id
        self._full_names: list[tuple[tuple[str, ...], str]] = []   # name words -> id
        self.proposals: dict[str, ActorProposal] = {}
        self.external: set[str] = set()            # ids that already exist in the store
        # The speaker a verb of going on («وأضاف»، «وتابع») continues, while its subject is read: «وأضاف الوزير» after «وقال النفطي» is النفطي
        self.continuing: str | None = None
        self.last_speaker: str | None = None      # who spoke the latest quotation, set by the quote finder
        # (where in the body, id, title): each time a person is named with a title, so that a bare title («الوزير») finds the latest holder written before it
        self._titles: list[tuple[int, str, str]] = []
        # (where in the body, id, feminine or None): each time a person named with no title speaks
        self._untitled: list[tuple[int, str, bool | None]] = []

    def _remember(self, key: str, actor_id: str) -> None:
        key = joined_abd(key)
        self._by_key[key] = actor_id
        words = tuple(arabic.words(key))
        if len(words) > 1:
            self._full_names.append((words, actor_id))

    def for_entry(self, entry: Entry, span: list[int], why: Reason) -> str:
        """The id for a gazetteer actor: the store's own record if it has one."""
        for name in [entry.name, entry.record.get("name_en", ""), *entry.record.get("aliases", [])]:
            found = self.resolve(name) if name else None
            if found:
                self.external.add(found)
                return found
        if entry.id not in self.proposals:
            self.proposals[entry.id] = ActorProposal(
                entry.id, entry.name, entry.type or "other", "", span,
                reason("actor.gazetteer_match", why=why), dict(entry.record))
        return entry.id

    def for_phrase(self, ph: Phrase, title: str, why: Reason, *,
                   reported: bool = False) -> tuple[str, Reason] | None:
        """(actor id, explanation) for a parsed phrase; None when the phrase names no actor (the
        gate cut its name to nothing: «تخصيص»، «معظمها»). `reported`: the subject of a reporting verb with no quotation after it."""
        if junk_phrase(self.an, ph):
            return None       # «وهو يراقب …»، «أورغ» of «بنت جبيل.أورغ», «لوكالة …» (speaker_junk.py)
        issued = issuer_of_document(self.an, ph) or body_by_head_word(self.an, ph)
        found = self.for_phrase(issued[1], issued[1].title_text(self.an.doc) if issued[1].name else "", why) \
            if issued is not None else None
        if found is not None:      # «وأوضح البلاغ» after «بلاغ صادر عن المجلس»: the council speaks; so «البرنامج»
            return found[0], reason("actor.refers_back", name=self.an.doc.text(ph.i, ph.j),
                                    earlier=self.an.doc.text(issued[0], issued[1].j), how=found[1])
        if self.an.words[ph.i] in GENERIC_PEOPLE and (ph.j - ph.i == 1 or (
                ph.j - ph.i == 2 and self.an.words[ph.i + 1] in AGE_EPITHETS)):
            # «"…"، قال الرجل» after «وقف أبو جوان أمام خزان فارغ»: a man, a woman, never a name; «قال الرجل الستيني»: nor with his age
            return generic_person(self, ph.i, why)
        gated = gate(self.an, ph, self._name_word, reported=reported, complete=self._whole_name)
        ph = whole(self.an, gated, reported=reported) if gated is not None else None    # a name whole, or none
        ph = to_frame_end(self.an, ph)      # «… رينهيلد فان دي ويردت أن»: the frame says where it ends
        if ph is None:
            return None
        doc = self.an.doc
        branch = branch_named_before(self.an, ph.i, ph.j) if ph.name is None and ph.entry is not None else None
        if ph.name is None and ph.entry is not None and not national_branch(self.an, ph.i, ph.j) and branch is None:
            return self.for_entry(ph.entry, doc.span(ph.i, ph.j), why), reason("actor.gazetteer")
        ph = Phrase(branch[0], branch[1], list(range(*branch)), None, None, "organization") if branch else ph    # «الصليب الأحمر» after its Italian society
        ph = as_governorate(self.an, ph)     # «دعت محافظة ريف دمشق»: the governorate, no governor named
        if ph.name is not None:
            name = doc.text(*ph.name)
            span = doc.span(*ph.name)
            ptype = "person"
            hit = self._title_word_holder(ph)
            nick = None if hit else nicknamed(self, ph)     # («وتابع الغربال» after «…، الملقب بـ"الغربال"»)
            if hit or nick:
                return hit or nick, reason("actor.title_word_of_speaker" if hit else "actor.refers_to_person", name=name)
            accused = accused_named_before(self.an, ph)     # «قال المتهم» after «المتهم الرئيسي رامي ح.»
            if accused is not None:
                return self.for_phrase(accused, accused.title_text(doc), why)
            first = self.an.words[ph.name[0]]
            if self.continuing and (self._nationality_epithet(ph) or private_person_going_on(self, ph) or (
                    ph.name[1] - ph.name[0] == 1 and not ph.title and first in ROLES_IN_A_CASE)):
                # «وأضاف النجم الفرنسي» after «أما بنزيما، فقال»: a noun and a country's nisba; «وأضاف المتهم» after «نفى زروقي …، وقال:»
                return self.continuing, reason("actor.refers_to_speaker", name=name)
            if ph.name[1] - ph.name[0] == 1 and not ph.title and first.startswith("ال") and first[2:] in lexicon.descriptor_heads() \
                    and self.person_by_surname(first) is None:      # «وأضافت الجندي» after «ريم الجندي»: her family name
                # «وأكد النقابي أن …» read as a name: an epithet for the latest person named with a title
                hit = epithet(self, Phrase(ph.i, ph.j, [ph.name[0]], None, None, "person"))
                if hit:
                    return hit, reason("actor.refers_to_person", name=name)
        else:
            ph = honorific_dropped(self.an, ph)      # «وقال السيد الوالي»: the office refers back
            name = without_conjunction(without_accusative(without_quote_marks(without_preposition(ph.title_text(doc), self.an.words[ph.title[0]]))))
            span = doc.span(ph.i, ph.j)
            title = ""
            ptype = {"organization": "organization", "anonymous": "other"}.get(ph.kind, "person")
            # a body («وزارة الخارجية») is never a person whose title names it («وكيل وزارة الخارجية»)
            hit = (family_name_as_title(self, ph) or the_one_speaking(self, ph) or sport_epithet(self, ph) or newly_in_office(self, ph) or founder_just_quoted(self, ph) or self.anaphor(ph) or head_of_its_body(self, ph) or nicknamed(self, ph)) if ph.kind != "organization" else None    # «الرئيس المنتخب» first
            # «واعتبر رئيس الوزراء المنتهية ولايته» after «حكومة رئيس الوزراء فرانسوا بايرو»
            hit = hit or (self._named_after_words(ph.i, ph.j, 2) if ph.kind == "person" and len(ph.title) > 2 else None)
            if hit:
                return hit, reason("actor.refers_to_speaker", name=name)
            hit = titled_surname(self.an, ph, self._full_names, self._titles) if ph.kind == "person" else None
            if hit:
                return hit, reason("actor.office_and_family_name", name=name)
            earlier = prosecutor_named_before(self.an, ph) or antecedent(self.an, ph)
            ministry = ministry_of_minister(self.an, self._titles, ph, after=doc.tokens[earlier.i].start) \
                if earlier is not None and ph.kind == "organization" and len(ph.title) == 1 else ""
            if ministry and not arabic.normalize(earlier.title_text(doc)).startswith(arabic.normalize(ministry)):
                earlier = None      # another ministry's minister spoke after it was written: see below
            found = (office_after_name(self, earlier) or self.for_phrase(earlier, earlier.title_text(doc) if earlier.name else "", why)) \
                if earlier is not None else None     # («… هلال بن سعيد الحجري والي بهلاء» before «ودعا الوالي»: his office)
            if earlier is not None and found is not None:
                actor_id, how = found
                return actor_id, reason("actor.refers_back", name=name, earlier=doc.text(earlier.i, earlier.j), how=how)
            hit = brand_before(self.an, self._brands(), ph) if ph.kind == "organization" else None
            if hit:
                prop = self.proposals[hit]
                prop.type = "organization"      # «وقالت سابك … وأضافت الشركة»: the one word was a company's
                return hit, reason("actor.refers_to_company", name=name)
            hit = (epithet(self, ph) or researcher_named_before(self, ph)) if ph.kind != "organization" else None
            if hit:
                return hit, reason("actor.refers_to_person", name=name)
            hit = untitled_holder(self, ph) if ph.kind == "person" else None
            if hit:
                return hit, reason("actor.refers_to_untitled", name=name)
            head = presided_by(self.an, ph, self._titles) if ph.kind == "person" else None
            found = self.for_phrase(head, head.title_text(doc), why) if head is not None else None
            if found is not None:      # «رئيس اللجنة» after «… برئاسة النائب إبراهيم كنعان» (presided.py)
                return found[0], reason("actor.refers_back", name=name, earlier=doc.text(head.i, head.j), how=found[1])
            if going_on_as(self, ph):
                # «وأضاف رئيس الدبلوماسية الإسبانية» after «وقال ألباريس»: a verb of going on with a person's title no one else was named by continues the speaker
                return self.continuing, reason("actor.refers_to_speaker", name=name)
            fuller = fullest_form(self.an, ph) if ph.kind == "organization" and ph.entry is None else ""
            if ph.kind == "organization" and not fuller and (bank := central_bank_named(self.an, ph)):
                return self.for_name(bank, "", "organization", span, why)      # «البنك المركزي» after «بنك المغرب»
            if fuller:
                name = f"{name} {fuller}"     # «البنك المركزي» after «بالبنك المركزي المصري»
            entries = [e for e in self.an.gaz.lookup(name) if e.kind == "actor" and self.an.gaz.fits_written(name, e)]     # («عمّان» is no «عُمان»)
            if entries:
                return self.for_entry(entries[0], span, why), reason("actor.gazetteer")
        if ph.name is None and ph.kind == "organization" and len(ph.title) == 1 \
                and bare_body_head(self.an.words[ph.title[0]]):
            ministry = ministry_of_minister(self.an, self._titles, ph)
            if ministry:
                entries = [e for e in self.an.gaz.lookup(ministry) if e.kind == "actor"]
                if entries:
                    return self.for_entry(entries[0], span, why), reason("actor.gazetteer")
                return self.for_name(ministry, "", "organization", span, why)
        if ph.name is None and his_office(name):
            # «وقال في بيان صادر عن المتحدث باسمه»: the one spoken for, named before
            owner = self.titled_person_before(doc.tokens[ph.i].start)
            if owner:
                return owner, reason("actor.office_of_person", name=name)
        if not nameable(self.an, ph, name, self._name_word, reported=reported):
            # «بحسب ما أفاد به مكتبه»: his office names no one of its own; a quotation from it is his, the latest person named with a title; «الوزارة» alone is no one's
            owner = self.titled_person_before(doc.tokens[ph.i].start) if his_office(name) else None
            return (owner, reason("actor.office_of_person", name=name)) if owner else None
        if no_one_shaped(self.an, ph, self._name_word) \
                and joined_abd(arabic.normalize(name).strip()) not in self._by_key:
            body = whole_construct(self.an, ph, self._name_word)     # «محافظة» of «محافظة القدس»
            if body is None:
                return None
            return self.for_phrase(body, body.title_text(doc) if body.name else "", why, reported=reported)
        return self.for_name(name, title, ptype, span, why)

    def _nationality_epithet(self, ph: Phrase) -> bool:
        """Two definite words read as a name with no title, the second a country's nisba, the first
        no given name nor a family name the article wrote: an epithet («النجم الفرنسي»)."""
        words = self.an.words[ph.name[0]:ph.name[1]]
        return (not ph.title and len(words) == 2 and all(w.startswith("ال") for w in words)
                and country_nisba(self.an, words[1]) and words[0] not in name_lexicon.article_given_names()
                and self.person_by_surname(words[0]) is None and not self._name_word(ph.name[0]))

    def _brands(self) -> list[tuple[str, str, int]]:
        """(id, name, offset) of the bodies proposed from the article's own words, not the gazetteer;
        and of the one-word names with no title a feminine verb reported («وقالت سابك»، «أعلنت
        تسلا»): a company by its brand, read as a name (a woman is named in full at first)."""
        brands = {p.id for p in self.proposals.values() if p.record is None and p.type == "organization"}
        brands |= {actor_id for _, actor_id, feminine in self._untitled
                   if feminine and actor_id in self.proposals and self.proposals[actor_id].record is None
                   and not self.proposals[actor_id].title and len(self.proposals[actor_id].name.split()) == 1
                   and actor_id not in {a for _, a, _ in self._titles}}
        return [(p.id, p.name, p.span[0]) for p in self.proposals.values() if p.id in brands]

    def _name_word(self, k: int) -> bool:
        """Whether token k is a word of a name: inside a gazetteer actor, or of a name of two words
        or more the article gave before (evidence that a word shaped like a verb is a name)."""
        if any(m.i <= k < m.j and m.of_kind("actor") is not None for m in self.an.mentions):
            return True
        w = self.an.words[k]
        return any(w in full for full, _ in self._full_names)

    def names_word(self, k: int) -> bool:
        """Whether token k is a word of a name the gazetteer or a fuller name in the article gives."""
        return self._name_word(k)

    def _whole_name(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a whole name the article gave before: a full name of two words
        or more, or its last words («بري» after «نبيه بري»)."""
        words = tuple(self.an.words[a:b])
        return bool(words) and any(len(full) >= len(words) and full[-len(words):] == words
                                   for full, _ in self._full_names)

    def for_name(self, name: str, title: str, ptype: str, span: list[int], why: Reason) -> tuple[str, Reason]:
        name, title = readable_name(name), without_lam(without_conjunction(readable_name(title)))
        key = joined_abd(arabic.normalize(name).strip())
        words = tuple(arabic.words(key))
        if key in self._by_key:
            actor_id = self._by_key[key]
            self._fuller(actor_id, title)
            self.note_title(actor_id, title, span[0])
            return actor_id, reason("actor.seen_earlier")
        if ptype == "person" and len(words) == 1 and words[0].startswith("ال") and not title:
            # «وذكرت المنصة» after «منصة هب71»: the body named before by its head word and its name
            body = next((actor_id for actor_id, prop in reversed(self.proposals.items()) if prop.type == "organization"
                         and tuple(arabic.words(arabic.normalize(prop.name)))[:1] == (words[0][2:],)), None)
            if body is not None:
                return body, reason("actor.refers_to_company", name=name)
        if len(words) == 1:
            # «وقال خان» after «شفقت علي خان» and then «أمير خان متقي»: a family name is a name's last
            # word, so a full name ending with the word goes before a later one holding it inside
            ending = [(full, actor_id) for full, actor_id in reversed(self._full_names)
                      if len(full) > 1 and full[-1] in (words[0], "ال" + words[0])]
            # («وأوضح فاروق» after «وقال الوزير» for «علاء فاروق», though «شريف فاروق» was named since: the one who spoke last)
            ending.sort(key=lambda entry: entry[1] != self.last_speaker)
            for full, actor_id in ending + list(reversed(self._full_names)):
                # a definite word only as a name's last («الغزواني»), never inside a body's name («الأسرى» of
                # «هيئة شؤون الأسرى والمحررين»); «وأضاف عالم» after «شفيق العالم»: the family name written without «ال»
                inside = (words[0] in full[1:] and (not words[0].startswith("ال") or words[0] == full[-1])) \
                    or (ptype == "person" and full[-1] == "ال" + words[0] and len(words[0]) >= 3)
                if inside or (words[0] == full[0] and ptype == "person" and len(full) == 2):
                    self._by_key[key] = actor_id
                    return actor_id, reason("actor.full_name", name=name)
            # «وأضاف وانغ» after «وانغ لينغ جيون»: names written family name first (Chinese, Korean, Vietnamese,
            # Hungarian) are referred to by their first word, when only one person the article named begins with it
            first = {actor_id for full, actor_id in self._full_names
                     if full[0] == words[0] and full[0] not in NAME_CONNECTORS}
            if ptype == "person" and len(first) == 1:
                actor_id = first.pop()
                self._by_key[key] = actor_id
                return actor_id, reason("actor.first_word_of_full_name", name=name)
        elif ptype == "person":
            # «بن الشيخ» after «عز الدين بن الشيخ»: the last words of a fuller name
            for full, actor_id in reversed(self._full_names):
                if len(full) > len(words) and full[-len(words):] == words:
                    self._by_key[key] = actor_id
                    return actor_id, reason("actor.full_name", name=name)
            # «الشيخ محمد بن عبدالله» after «… محمد بن عبدالله آل خليفة»: the first words of one fuller name
            fuller = {actor_id for full, actor_id in self._full_names if len(full) > len(words) and full[:len(words)] == words}
            code = "actor.first_words_of_full_name"
            if not fuller:      # «الشيخ عبدالله الحمود» after «… عبدالله أحمد الحمود الصباح»: its given and family name
                fuller, code = {a for full, a in self._full_names if given_and_family_of(full, words)}, "actor.full_name"
            if len(fuller) == 1 and words[-1] not in NAME_CONNECTORS:
                actor_id = fuller.pop()
                self._by_key[key] = actor_id
                return actor_id, reason(code, name=name)
        fuller = body_of_title(self._titles, name, span[0]) if ptype == "organization" else None
        if fuller:
            return self.for_name(fuller, title, ptype, span, why)
        found = self.resolve(name)
        if found:
            self.external.add(found)
            self._remember(key, found)
            self.note_title(found, title, span[0])
            return found, reason("actor.in_store")
        entries = [e for e in self.an.gaz.lookup(name) if e.kind == "actor" and self.an.gaz.fits_written(name, e)]     # («عمّان» is no «عُمان»)
        if entries:
            actor_id = self.for_entry(entries[0], span, why)
            self._remember(key, actor_id)
            return actor_id, reason("actor.gazetteer")
        if len(words) >= 2 and ptype == "person" and words[0] in ("ولد", "بنت", "ود"):     # (Sudan's «ود»)
            # «وقال ولد محمد الأمين» after «التلميذ أحمد سالم ولد محمد الأمين»: a name opening with the patronym's connector is the end of a fuller name the article wrote
            fuller = fuller_patronym(self.an, words)
            if fuller is not None:
                actor_id, how = self.for_name(fuller, title, ptype, span, why)
                self._by_key[key] = actor_id
                return actor_id, reason("actor.written_elsewhere", name=name, fuller=fuller, how=how)
        body_word = len(words) == 1 and words[0].startswith("ال") and any(
            words[0][2:] in lex for lex in (lexicon.place_nouns(), lexicon.org_heads(), lexicon.premises_nouns()))
        office_word = len(words) == 1 and words[0] in lexicon.title_heads()
        acronym = body_of_short_form(self.an, words[0]) if len(words) == 1 else None
        if acronym:     # «وأضافت اسنيم» after «الشركة الوطنية للصناعة والمناجم (اسنيم)»
            return self.for_name(acronym, title, "organization", span, why)
        if ptype == "person" and (family_name_words(words) or words[:1] == ("ام",)) and not body_word:     # «البلدية» is no family name
            # «الوزاني» after «عبد الرحيم الوزاني»، «بن سالم» after «الهادي بن سالم» (family_name.py)
            fuller = (nickname_fuller(self.an, words[0]) or fuller_name(self.an, words[0])) if len(words) == 1 else None
            fuller = fuller or (fuller_kunya(self.an, words) if words[0] == "ام" else fuller_family_name(self.an, words, span[0]))
            fuller = None if office_word and fuller and fuller[:1] == "و" else fuller     # «وعرض الباحث»: a verb, no given name
            if fuller is not None and not self._body_or_outlet(fuller):     # «سرت» is no «إذاعة سرت»
                actor_id, how = self.for_name(fuller, title, ptype, span, why)
                self._by_key[key] = actor_id
                return actor_id, reason("actor.written_elsewhere", name=name, fuller=fuller, how=how)
        described = described_given_name(self.an, words[0]) if ptype == "person" and len(words) == 1 else None
        if described is not None:     # «وقالت أمل» after «الطالبة أمل عابد»
            return self.for_name(described, title, ptype, span, why)
        actor_id = "actor:" + slug(name)
        self._remember(key, actor_id)
        self.note_title(actor_id, title, span[0])
        if actor_id not in self.proposals:
            # «other»: an unnamed source, quoted by description
            note = reason("actor.new_unnamed" if ptype == "other" else "actor.new", why=why)
            self.proposals[actor_id] = ActorProposal(actor_id, name, ptype, title, span, note)
        else:
            self._fuller(actor_id, title)
        return actor_id, reason("actor.new_name")

    def _body_or_outlet(self, name: str) -> bool:
        """Whether a fuller writing found for a family name is a body's or an outlet's («إذاعة سرت» in
        the dateline «سرت – إذاعة سرت المحلية»): a person's name never opens with a body's head."""
        first = arabic.words(arabic.normalize(name))[:1]
        return bool(first) and (first[0] in lexicon.org_heads() or first[0] in lexicon.media_nouns())

    def _fuller(self, actor_id: str, title: str) -> None:
        """Give a proposed person the fuller of the titles the article names them with."""
        prop = self.proposals.get(actor_id)
        if prop is not None and prop.record is None and title and fuller_title(title, prop.title):
            prop.title = title

    def anaphor(self, ph: Phrase) -> str | None:
        """«الوزير»، «الوزير المغربي»، «رئيس الحكومة اللبنانية»: a title with no name, pointing at the latest speaker whose title has every
        word of it (the first one definite or construct); failing that, the latest whose title has the same head and at least half of the
        rest, however spelled («متحدث الجيش اليمني» after «الناطق باسم القوات المسلحة اليمنية»)."""
        words = [self.an.words[k] for k in ph.title]
        if len(words) > 1 and words[0].startswith("ال"):
            # «الرئيس الجديد»: newly in office says when, not which office; the office alone refers back
            words = [w for w in words if w not in _NEWLY] or words
        if not words or (len(words) == 1 and not words[0].startswith(("ال", "لل"))) or words[0] in _FRESH_SOURCES:
            return None      # («للمحافظ»: see relayers.relayed_from; «مصدر من الولاية» is a new source)
        bare = same_office(bare_title_words(" ".join(words)))
        at = self.an.doc.tokens[ph.i].start
        former = former_title(" ".join(words))     # «الرئيس المنتخب» is not «الرئيس الأسبق …»
        titles = [(actor_id, title) for pos, actor_id, title in sorted(self._titles, reverse=True)
                  if pos < at and former == former_title(arabic.normalize(title))]
        # the one going on first («وأضاف الوزير»), then the one who spoke last («وأوضح عراقجي … وحذّر
        # الوزير» after «بحضور وزير الخارجية المصري»): a title refers to the speaker it follows
        first = [who for who in (self.continuing, self.last_speaker) if who]
        titles = sorted(titles, key=lambda entry: first.index(entry[0]) if entry[0] in first else len(first))
        federal = any(self.an.words[k] in FEDERAL for k in ph.title)
        for actor_id, title in titles:
            held = same_office(bare_title_words(arabic.normalize(title)))
            if federal and any(w in ("ولايه", "اقليم") for w in arabic.normalize(title).split()):
                continue
            # «قائممقام القضاء» after «قائممقام الحمدانية»: a place noun stands for the place named
            if all(b in held or country_of_nisba(b, held) or ((b in lexicon.place_nouns() or b == "عاصمه") and len(held) > 1)
                   for b in bare) and heads_an_office(held, bare[0]):     # «أمين العاصمة» after «أمين بغداد»
                return actor_id
        if len(words) == 3 and words[1] in ("الجنوب", "الشمال") and not words[2].startswith("ال"):
            words = [words[0], f"{words[1]} {words[2]}"]    # «التقني الجنوب إفريقي»: one nisba
        head, rest = office_of(" ".join(words))
        if len(words) == 2 and country_nisba(self.an, words[1]):
            # «المدرب التونسي» after «مدرب نهضة بركان معين الشعباني»: the one holder of the office
            # the article named, when his title says no other nationality
            held = [(actor_id, title) for actor_id, title in titles
                    if any(office_of(part)[0] == head for part in arabic.normalize(title).split("،"))] \
                or [(actor_id, title) for actor_id, title in titles    # «الإسباني جولين لوبيتيغي»: the Spaniard
                    if words[1] in arabic.words(arabic.normalize(title))]
            # (not when the nisba is the holder's family name: «الوزير المصري» after «… محمد أحمد المصري»)
            surname = held and any(words[1] in full for full, actor_id in self._full_names if actor_id == held[0][0])
            # a country's nisba in the holder's title that is not this one («الأهلي» of a club is none)
            theirs = [w for w in arabic.words(arabic.normalize(held[0][1])) if w != words[1] and country_nisba(self.an, w)] \
                if held else []
            if len({actor_id for actor_id, _ in held}) == 1 and not surname and not theirs:
                return held[0][0]
        for actor_id, title in titles:
            norm = arabic.normalize(title)
            offices = [office_of(part) for part in norm.split("،")]
            if any(h == head and 2 * len(rest & other) >= len(rest)
                   and not other_nationality(" ".join(words), part) for (h, other), part in zip(offices, norm.split("،"))):
                return actor_id
        return None


    def note_untitled(self, actor_id: str, at: int, feminine: bool | None) -> None:
        """A person the article names with no title speaks at offset `at`; `feminine` from the
        reporting verb («قالت»: a woman; «قال»: a man; None: not known)."""
        self._untitled.append((at, actor_id, feminine))


    def anaphor_office(self, title: str, words: list[str]) -> bool:
        """Whether `title` holds the office of the title words `words` (their head at least)."""
        held = bare_title_words(arabic.normalize(title))
        bare = bare_title_words(" ".join(words))
        return bool(bare) and heads_an_office(held, bare[0])

    def _title_word_holder(self, ph: Phrase) -> str | None:
        """«وتابع الوسيط» after «الوسيط القبلي الشيخ مبارك الجلال», «أوضح الناخب الوطني» after «الناخب الوطني فلاديمير بيتكوفيتش»: one to
        three definite words read as a name, which no list knows as an office, are the latest named person whose title opens with them or
        whose name the article wrote right after them (a name is not written with «ال» alone, but for given names like «الهادي»)."""
        n_i, n_j = ph.name
        words = self.an.words[n_i:n_j]
        if not 1 <= n_j - n_i <= 3 or ph.title or any(not w.startswith("ال") for w in words) \
                or words[0] in name_lexicon.article_given_names() or any(k in self.an.gaz_at for k in range(n_i, n_j)):
            return None
        at = self.an.doc.tokens[n_i].start
        named = {actor_id for _, actor_id in self._full_names}
        bare = [w[2:] for w in words]     # «وشدد العامل» after «عامل إقليم الجديدة، عبد اللطيف الزياني»
        for pos, actor_id, title in sorted(self._titles, reverse=True):
            held = arabic.words(arabic.normalize(title))[:len(words)]
            if pos < at and actor_id in named and (held == words or [w[2:] if w.startswith("ال") else w for w in held] == bare):
                return actor_id
        return self._named_after_words(n_i, n_j) if n_j - n_i > 1 else None

    def _named_after_words(self, n_i: int, n_j: int, size: int | None = None) -> str | None:
        """The one person whose full name the article wrote right after the words [n_i, n_j) earlier
        on («الناخب الوطني فلاديمير بيتكوفيتش»); None when none or more than one. `size`: only the
        first so many of the words («رئيس الوزراء» of «رئيس الوزراء المنتهية ولايته»)."""
        an = self.an
        size = size or n_j - n_i
        words = an.words[n_i:n_i + size]
        found = set()
        for p in range(0, n_i - size):
            if an.words[p:p + size] != words:
                continue
            after = tuple(an.words[p + size:p + size + 4])
            found |= {actor_id for full, actor_id in self._full_names if after[:len(full)] == full}
        return found.pop() if len(found) == 1 else None

    def note_title(self, actor_id: str, title: str, at: int) -> None:
        """`actor_id` is named with `title` at offset `at` of the body."""
        if title:
            self._titles.append((at, actor_id, title))

    def person_by_surname(self, word: str) -> str | None:
        """The one person whose full name, seen so far, ends with the normalised `word`."""
        ids = {actor_id for full, actor_id in self._full_names if full[-1] == word and word not in NAME_CONNECTORS}
        return ids.pop() if len(ids) == 1 else None

    def titles_of(self, actor_id: str) -> list[tuple[int, str, str]]:
        """(offset, id, title) of each time `actor_id` was named with a title, in text order."""
        return sorted(entry for entry in self._titles if entry[1] == actor_id)

    def title_before(self, at: int) -> tuple[int, str, str] | None:
        """(offset, id, title) of the latest mention of a person with a title before offset `at`."""
        return max((entry for entry in self._titles if entry[0] < at), default=None)

    def titled_person_before(self, at: int, going_on: bool = False) -> str | None:
        """The id of the latest person named by a name and a title before offset `at`, or with
        `going_on` the one speaking on if so named (book_refs.titled_person_before)."""
        return titled_person_before(self, at, going_on)

    def known_names(self) -> list[tuple[tuple[str, ...], str]]:
        """Every normalised name this article resolved, as word tuples, with its id."""
        return [(tuple(arabic.words(key)), actor_id) for key, actor_id in self._by_key.items()
                if arabic.words(key)]
