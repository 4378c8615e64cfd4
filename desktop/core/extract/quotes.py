"""Quotations: quoted text that reports someone's words, with its speaker.

A quoted span is a quotation when it is a statement or a fragment embedded in reported speech. Names,
titles and labels in quote marks are not: one word («واع»), a gazetteer or store name («داعش»), a name
after a label noun (قاعدة «عين الأسد»، عملية «...»), a short name-shaped phrase («سرايا القدس»), or a
short phrase with no reporting cue near it.

The speaker comes from the nearest reporting cue before the quote (or just after it: «…»، قال X):
  * a reporting verb («قال»، «وأضاف»، «أكدت»...): the phrase after it, else a
    subject written before it, else the previous speaker («وأضاف أن» continues);
  * a reporting noun («عن X قوله»، «في تصريحات»): the phrase after «عن»;
  * «بحسب X»، «وفقا لـX»: the phrase after it;
  * a participle («قائلا»، «مضيفا»): the clause's subject, with a name set off by
    commas after its title («أشرف وزير الفلاحة …، يوسف شرفة، …، مؤكدا أن «…»»).

The reporter of indirect speech with no quotation becomes an actor, but for a bare generic
plural («مراقبون») and a news outlet or agency («وذكرت وكالة أنباء الشرق الأوسط أن …»،
«بحسب ما أفادت وكالة الأنباء القطرية»): these relay, and are actors only when a later quotation is given to them."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core import arabic
from desktop.core.extract import lexicon, quoted_names
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import RELATIVES, Analysis, Phrase, has_break, has_phrase_break, in_lex, strip_conj
from desktop.core.extract.appositions import (
    name_in_apposition, phrase_after, subject_before, title_after_name,
)
from desktop.core.extract.book import ActorBook
from desktop.core.extract.book_refs import person_of_paragraph
from desktop.core.extract.bylines import byline
from desktop.core.extract.dashed_places import in_dashed_name
from desktop.core.extract.verbal_nouns import mufaala_in_construct
from desktop.core.extract.gaps import inside_quotation
from desktop.core.extract.answered import ADDRESSING, BY_SAYING, REPLIED, TESTIMONIES, asker_before_colon, named_before_saying, pushed_to_say, the_one_asked, the_one_heard, the_one_met
from desktop.core.extract.people_plurals import people_plural
from desktop.core.extract.speaker_junk import aside_verb
from desktop.core.extract.clause_start import clause_start, participle_before_noun, relative_before_participle, title_before_its_verb, verb_owning
from desktop.core.extract.name_end import phrase_ends_at
from desktop.core.extract.named_subject import introduced_person, introduced_subject, opening_verb_subject, set_off_name_before, untitled_subject_before
from desktop.core.extract.presided import presiding_subject
from desktop.core.extract.document_issuer import construct_owner, earlier_owner, published_by, published_thing_by, ruling_in
from desktop.core.extract.quoted_names import COORDINATED_THAT, variants
from desktop.core.extract.phrase_parts import quoted_name
from desktop.core.extract.reasons import Reason, reason
from desktop.core.extract.relative_agreement import relative_says_that
from desktop.core.extract.relayers import (
    FROM_HIM, complaint, news_agency, programme_spoken_to, relayed_from, reports_unnamed, statement_before)
from desktop.core.extract.reporter_evidence import shows_whole
from desktop.core.extract.verb_subject import outer_subject, own_publication_subject, pronoun_clause_subject, relaying, reporter_before_that, subject_after_verb
from desktop.core.extract.kana_subject import kana_subject, kana_subject_before_that
from desktop.core.extract.governed_place import authority_of_place
from desktop.core.extract.sentences import Quoted
from desktop.core.extract.subject_salvage import (
    agreeing_before, agreeing_subject, amma_subject, described_then_named, surname_in_clause, antecedent_of_relative, named_at_frame_end,
    restart_at_given_name)

_MIN_STATEMENT_WORDS, _ISSUED = 5, frozenset(arabic.normalize(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة"))    # «بيان صادر عن …»
_NO_CLAUSE_VERB = frozenset(arabic.normalize(w) for w in (     # open no «verb, subject» clause: prepositions, «رغم»
    "رغم", "برغم", "من", "في", "على", "عن", "إلى", "مع", "بعد", "قبل", "خلال", "منذ", "حول", "بسبب", "لدى", "عند", "أمام", "تحت", "بين",
    "إزاء", "حيال", "تجاه", "بشأن", "وفق", "وفقا", "هي", "هو"))     # «عن "قلق بالغ" إزاء فقدان …، مشيراً»; «، وفق التبليغات …، مضيفاً»; «"…"، وهي نسخة محلية من …، مضيفاً»


@dataclass
class QuoteFinding:
    start: int
    end: int
    text: str
    speaker: str
    partial: bool
    rule: Reason
    sentence: tuple[int, int]


# Verbs of going on with what one was saying: their bare title is the speaker before, if it fits.
_GOING_ON = frozenset(arabic.normalize(w) for w in (
    "أضاف", "أضافت", "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استطردت", "زاد", "زادت"))


@dataclass
class Rejected:
    start: int
    end: int
    reason: str


class QuoteFinder:
    def __init__(self, an: Analysis, book: ActorBook):
        self.an = an
        self.book = book
        self.last_speaker: str | None = None
        # the reporter of the latest indirect speech («نفى الوزير X أن …»), whom a bare «وأضاف: "…"» goes on with
        self.reporter: tuple[str, Reason] | None = None
        # a reporter no one names («ويرى مراقبون أن …»), an actor only if a later quotation is given to it
        self.pending_reporter: tuple[tuple[Phrase, str], Reason] | None = None
        # the gender of a person brought in with «، وهو/وهي …» (named_subject.introduced_person)
        self.pending_feminine: bool | None = None
        self.rejected: list[Rejected] = []

    # --- classification -------------------------------------------------

    def name_reason(self, q: Quoted, ci: int, cj: int) -> str | None:
        return quoted_names.name_reason(self.an, self.book, q, ci, cj)

    def _cue(self, i: int, j: int, *, backwards: bool = True) -> tuple[str, int] | None:
        an = self.an
        rng = range(j - 1, i - 1, -1) if backwards else range(i, j)
        for k in rng:
            if an.is_verb(k) and not (backwards and (an.words[k - 1] in ("الذي", "التي", "الذين") and self._first_verb(i, k - 1) is not None
                                                     and not relative_says_that(an, k) or aside_verb(an, i, k) or inside_quotation(an, k))):
                return "verb", k      # «وقال الباحث …، الذي يتابع البرنامج، لـ"…"»: a relative clause's verb is no cue («…، الذي قال إن» is)
            if an.is_report_noun(k):
                said = verb_owning(an, i, k) if backwards else None
                if said is None and k - 1 == i and an.is_according(k - 1):
                    return "according", k - 1      # «وبحسب بيان أصدرته المكتبة …، فإن»: the statement after «بحسب»
                return ("verb", said) if said is not None else ("noun", k)
            if an.is_participle(k) and not in_dashed_name(an, k) and not mufaala_in_construct(an, k):    # «ومتابعة إنجاز»
                return "participle", k
            if an.is_according(k) and not inside_quotation(an, k):      # («مقاربة "التدريس وفق المستوى المناسب"»: a name's word)
                return "according", k
        return None

    def _first_verb(self, i: int, j: int) -> int | None:
        return next((k for k in range(i, j) if self.an.is_verb(k) and not inside_quotation(self.an, k)), None)     # («شعار "اقرأ لتبني"»)

    def _speaker_from(self, found: tuple[Phrase, str] | None, why: Reason, *,
                      reported: bool = False) -> tuple[str, Reason] | None:
        if found is None or found[0] is None:
            return None
        ph, title = found
        ph, title = named_at_frame_end(self.an, ph) or (ph, title)
        if news_agency(self.an, ph):
            # an agency relays («نقلت وكالة … عن المحافظ …»: the one after «عن» speaks; after «بحسب» it is no speaker); «وقالت وكالة الأنباء إن …» is its own word
            words = self.an.words
            after = ph.j + 1 if ph.j < len(words) and words[ph.j] == "عن" else None
            relayed = phrase_after(self.an, after, min(len(words), after + 12)) if after else None
            if relayed is not None and relayed[0] is not None and not news_agency(self.an, relayed[0]):
                ph, title = named_at_frame_end(self.an, relayed[0]) or relayed
            elif ph.i > 0 and (self.an.is_according(ph.i - 1) or words[ph.i - 1] in lexicon.relay_fillers()):
                return None
        got = self.book.for_phrase(ph, title, why, reported=reported)
        if got is None:
            return None       # no nameable actor: «أعلن تخصيص …»
        actor_id, how = got
        name = self.an.doc.text(ph.i, ph.j)
        if ph.name or ph.kind != "organization":
            # an office's title («مكتب رئيس الوزراء») is not one a person holds: a later «رئيس الحكومة» is not the office
            self.book.note_title(actor_id, title or ph.title_text(self.an.doc), self.an.doc.tokens[ph.i].start)
        if ph.name and not (title or ph.title):
            # «وقالت سلمى حداد»: a person quoted with no title, of the verb's gender
            self.book.note_untitled(actor_id, self.an.doc.tokens[ph.i].start, self._verb_gender(ph.i))
        return actor_id, reason("speaker.found", why=why, name=name, how=how)

    def _verb_gender(self, k: int) -> bool | None:
        """Whether the reporting verb right before token k is feminine («قالت»، «تقول»: True; «قال»: False); None when there is none."""
        an = self.an
        if k < 1 or not an.is_verb(k - 1):
            return None
        forms = [f for f in (an.words[k - 1], an.words[k - 1][1:]) if f]
        verbs = lexicon.report_verbs()
        return any((f.endswith("ت") and f[:-1] in verbs) or (f.startswith("ت") and "ي" + f[1:] in verbs)
                   for f in forms)

    def attribute(self, li: int, lj: int, ti: int, tj: int, colon: bool) -> tuple[str, Reason] | None:
        """(speaker id, rule) from lead tokens [li, lj) and trail tokens [ti, tj)."""
        an = self.an
        cue = self._cue(li, lj)
        ruled = pushed_to_say(an, li, lj) or (None if cue else ruling_in(an, li, lj))     # «وجاء في منطوق الحكم الذي تلته رئيسة الجلسة أن»; «… دفع الوزير إلى القول إن»
        if ruled is not None:
            return self._speaker_from(ruled[1], reason("speaker.after_verb", verb=an.doc.tokens[ruled[0]].text))
        self.book.continuing = None
        self.book.last_speaker = self.last_speaker
        if cue:
            kind, k = cue
            word = an.doc.tokens[k].text
            if kind == "verb" and any(v in _GOING_ON for v in strip_conj(an.words[k])):
                self.book.continuing = self.last_speaker
            if kind == "verb":
                # «وكانت الوزارة قد أعلنت، …، تسجيل …»: in «كان X قد VERB» X is the subject, not what follows
                owned = statement_before(an, li, k)     # «بحسب بيان للرئاسة المالية، أكد فيه "…"»
                return (self._speaker_from(self._owner_after(owned, k) if owned else None, reason("speaker.owner_after", cue=word))
                        or self._speaker_from(pronoun_clause_subject(an, li, k), reason("speaker.after_verb", verb=word))
                        or self._speaker_from(outer_subject(an, li, k), reason("speaker.after_verb", verb=word))
                        or self._speaker_from(kana_subject(an, li, k, strict=True), reason("speaker.kana_qad_subject", verb=word))
                        or self._speaker_from(subject_after_verb(an, k, lj), reason("speaker.after_verb", verb=word))
                        # «أما الناشر … سامر قبلان، مدير دار "أوراق"، فاعتبر»: the topic, not the aside
                        or self._speaker_from(amma_subject(an, k, named=True), reason("speaker.subject_before", verb=word))
                        # «… سارة بوزيد، والتي قالت إن»: the relative's antecedent, before a body named earlier or «كانت»'s subject («…، الذي قال»)
                        or self._speaker_from(antecedent_of_relative(an, li, k) if k > li and an.words[k - 1] in RELATIVES
                                              else None, reason("speaker.subject_before", verb=word))
                        # «وكان الاتحاد … قد أعلن … طرح تذاكر مباراة إثيوبيا، وقال في بيانه»: «كان»'s subject goes on to the second verb, before any noun of the first one's object
                        or self._speaker_from(kana_subject(an, li, k, spoke=True), reason("speaker.kana_subject", verb=word))
                        or self._speaker_from(reporter_before_that(an, li, k) or the_one_asked(an, li, k) or the_one_met(an, li, k) or the_one_heard(an, li, k),
                                              reason("speaker.subject_before", verb=word))
                        or self._speaker_from(agreeing_before(an, li, k) or untitled_subject_before(an, li, k), reason("speaker.subject_before", verb=word))
                        or self._speaker_from(set_off_name_before(an, li, k), reason("speaker.subject_before", verb=word))
                        or self._speaker_from(kana_subject(an, li, k), reason("speaker.kana_subject", verb=word))
                        or self._honoured(k + 1, lj, word)
                        or self._speaker_from(amma_subject(an, k), reason("speaker.subject_before", verb=word))
                        or self._salvaged(li, k, lj, word)
                        or self._speaker_from(self._first_verbs_subject(li, k), reason("speaker.subject_before", verb=word))
                        or person_of_paragraph(self.book, k, self._verb_gender(k + 1), reason("speaker.subject_before", verb=word))
                        or self._previous(reason("speaker.verb_continues", verb=word), self._verb_gender(k + 1)))
            if kind == "according":
                # «وأكد خلال اللقاء، بحسب بيان للرئاسة النيجرية، أن»: a statement relays, as an agency does
                statement = k + 1 < lj and (an.is_report_noun(k + 1) or an.words[k + 1] in lexicon.document_nouns()
                                            or an.words[k + 1].removeprefix("ال") in lexicon.document_nouns())     # «حسب البلاغ الصادر عن»
                if self._relayed_by(k, lj) is not None or statement:
                    # «أفادت المديرية، وفق ما نقلته وكالة الأنباء، بأن …»: the agency relayed; the reporting verb's subject spoke
                    verb = self._first_verb(li, k)
                    if verb is not None:
                        vword = an.doc.tokens[verb].text
                        got = (self._speaker_from(subject_after_verb(an, verb, k),
                                                  reason("speaker.after_verb", verb=vword))
                               or self._speaker_from(subject_before(an, li, verb),
                                                     reason("speaker.subject_before", verb=vword)))
                        # «وقال سموه، بحسب ما نشره المكتب …»، «وقال، بحسب ما نقل عنه نواب،»: the verb's own
                        return got or self._honoured(verb + 1, k, vword) or self._previous(reason("speaker.verb_continues", verb=vword))
                at = (quoted_name(an, k + 2, lj, longest=12) or k + 2) if statement and k + 2 < lj else k + 2     # («تقرير "…" الصادر عن»: its title first)
                at = at + 1 if statement and at + 1 < lj and an.words[at].startswith("ال") and an.words[at].endswith(("ي", "يه")) and an.words[at + 1][:1] == "ل" else at     # «التقرير السنوي لشركة …»
                # «وحسب بلاغ صادر عن المجلس، فإن …»; «وبحسب الجدول الذي نشرته المحكمة …»: any definite thing a body published
                issued = (self._owner_after(at, lj) or published_by(an, at, lj)) if statement else published_thing_by(an, k + 1, lj)
                return (self._speaker_from(issued, reason("speaker.after_cue", cue=word))     # («البلاغ الصادر عن المجلس»: not the document)
                        or self._speaker_from(phrase_after(an, k + 1, lj), reason("speaker.after_cue", cue=word))
                        or self._previous(reason("speaker.cue_no_name", cue=word)))
            if kind == "noun":
                # «نقلت عن X قوله»: only a noun with its speaker's pronoun takes «عن X» (not «الناطق … عن مدينة القدس»); not when a name stands before «عنها» («بيان صادر عن مكتب … مريم نواز شريف عنها قولها»)
                possessed = an.words[k].endswith(("ه", "ها", "هم", "هما")) and an.words[k] not in ("بيان", "البيان")
                relayed = relayed_from(an, li, k) if possessed else None    # «ونقل المكتب الإعلامي للمحافظ عنه قوله»
                named = relayed is not None and relayed[0] is not None and an.words[k - 1] in FROM_HIM
                an_idx = next((x for x in range(k - 1, li - 1, -1) if an.words[x] == "عن"), None) if possessed and not named else None
                if an_idx is not None:
                    got = self._speaker_from(phrase_after(an, an_idx + 1, k), reason("speaker.an_cue", cue=word))
                    if got:
                        return got
                if relayed is not None:
                    return (self._speaker_from(relayed[0] or subject_before(an, li, relayed[1]), reason("speaker.an_cue", cue=word))
                            or self._previous(reason("speaker.cue_previous", cue=word)))     # «انتقد … عزيزي …، ونقلت عنه وكالة»
            verb = self._first_verb(li, k)
            # «وكانت فصائل قد هددت …، وقال المتحدث … في بيان»: the verb nearest the cue, when a comma-led «و» clause (not a quoted name's end) or «ما» opens with it, is the one whose subject speaks
            later = next((x for x in range(k - 1, li - 1, -1) if an.is_verb(x)), None)
            if later is not None and later != verb and (has_phrase_break(an.doc.gap(later)) or an.words[later - 1] == "ما"):
                verb = later
            if verb is not None:
                vword = an.doc.tokens[verb].text
                # the «كان … قد» subject only of the verb nearest the cue («وكانت فصائل قد هددت …، وقال المتحدث»)
                nearest = verb == next((x for x in range(k - 1, li - 1, -1) if an.is_verb(x)), None)
                got = ((nearest and self._speaker_from(kana_subject(an, li, verb, strict=True),
                                                       reason("speaker.kana_qad_subject", verb=vword)))
                       or self._speaker_from(subject_after_verb(an, verb, k), reason("speaker.after_verb", verb=vword))
                       or self._speaker_from(amma_subject(an, verb, named=True) or untitled_subject_before(an, li, verb),
                                             reason("speaker.subject_before", verb=vword)))
                if not got and an.is_according(k - 1):
                    # «وكان … تياني قد استقبل …، وأكد خلال اللقاء، بحسب بيان للرئاسة، أن»: the statement relays what the subject said
                    got = (self._speaker_from(kana_subject(an, li, verb, spoke=True), reason("speaker.kana_subject", verb=vword))
                           or self._speaker_from(subject_before(an, li, verb), reason("speaker.subject_before", verb=vword)))
                if got:
                    return got
                if verb == li and kind == "participle":
                    # «وأوضح، أن … متابعًا: «…»»: no subject written, so the previous speaker, not a name in the clause
                    got = self._previous(reason("speaker.verb_continues", verb=vword))
                    if got:
                        return got
            if kind == "participle" and verb is None:     # «…، مؤكداً أن»: the clause's subject
                got = self._speaker_from(relative_before_participle(an, li, k) or self._clause_subject(li, k), reason("speaker.clause_subject", cue=word)) \
                    or ((an.is_participle(li) or (an.words[li][:1] == "م" and "\u064b" in an.doc.tokens[li].text))
                        and self._previous(reason("speaker.cue_previous", cue=word)))     # «…، مستشهداً بتقرير المجلس …، متسائلاً:»
                if got:
                    return got
            # «ذكر بيان لمكتب رئيس الوزراء»، «وجاء في البيان» after «بيان لـ…»: the owner speaks; after «حسب» («…، وأمر خلاله، حسب بيان لمصالح الولاية، بـ«…»») the statement relays the order of the clause's subject
            relays = k > li and an.is_according(k - 1) and an.words[lj - 1] == "ب"     # what a verb of command took
            by_saying = an.words[k] in BY_SAYING and "اما" not in an.words[li:k] and (self._speaker_from(named_before_saying(an, li, k), reason("speaker.subject_before", verb=word))
                                                      or self._speaker_from(self._clause_subject(li, k), reason("speaker.clause_subject", cue=word)))
            return (by_saying or (relays and self._speaker_from(agreeing_subject(an, li, k), reason("speaker.subject_of", cue=word)))
                    or self._speaker_from(self._owner_after(k + 1, lj) or construct_owner(an, k + 1, lj) or earlier_owner(an, k), reason("speaker.owner_after", cue=word))
                    or self._speaker_from(kana_subject(an, li, k, spoke=True), reason("speaker.kana_subject", verb=word))
                    or self._speaker_from(own_publication_subject(an, li, k, lj) or agreeing_subject(an, li, k),
                                          reason("speaker.subject_of", cue=word))
                    or (participle_before_noun(an, li, k) and self._speaker_from(self._clause_subject(li, k), reason("speaker.clause_subject", cue=word)))
                    or self._previous(reason("speaker.cue_previous", cue=word)))
        trail = self._cue(ti, min(tj, ti + 4), backwards=False)
        if trail and colon and lj > li and an.words[trail[1]] in REPLIED and (got := self._speaker_from(asker_before_colon(an, li, lj), reason("speaker.before_colon"))):
            return got        # «سألت رئيسة الجلسة المتهم: "…؟"، فرد المتهم بأن …»: the one who answers speaks next
        if trail:
            kind, k = trail
            word = an.doc.tokens[k].text
            if kind == "verb" or (kind == "according" and not (an.words[k + 1:k + 2] == ["ما"] and k + 2 < len(an.words) and not an.is_verb(k + 2) and not lexicon.report_verb_with_pronoun(an.words[k + 2]))):    # («وفق ما تنص عليه "…"»: a document's)
                got = self._speaker_from(phrase_after(an, k + 1, tj), reason("speaker.after_quote", cue=word))
                if got:
                    return got
            return (self._speaker_from((None if an.words[li] in COORDINATED_THAT else subject_before(an, li, lj)) or introduced_subject(an, li, lj), reason("speaker.subject_after_quote", cue=word))
                    or self._previous(reason("speaker.after_quote_previous", cue=word)))
        if lj > li and an.words[li] in ADDRESSING:
            return self._previous(reason("speaker.cue_previous", cue=an.doc.tokens[li].text))     # «…، مخاطباً الوزير بنبرة حادة: "…"»
        before = subject_before(an, li, lj) if colon and lj > li else None
        if before is not None and before[0].i > li and an.words[before[0].i - 1] in ADDRESSING:
            return self._previous(reason("speaker.cue_previous", cue=an.doc.tokens[before[0].i - 1].text))     # «وتابع المتهم مخاطباً هيئة المحكمة:»: the one addressed speaks not
        if got := self._speaker_from(before, reason("speaker.before_colon")):
            return got
        if any(an.words[k] in COORDINATED_THAT for k in range(li, lj)):
            # «اعتبر أن القرار «…»، وأن الحزب «…»»: the same reported speech goes on
            return self._previous(reason("speaker.coordinated_that"))
        # «وكان المجلس الجهوي للحسابات قد سجل، في تقريره، أن "…"»: no reporting verb, but «أن» and the quotation
        return self._speaker_from(kana_subject_before_that(an, li, lj), reason("speaker.kana_subject", verb="أن"))

    def _first_verbs_subject(self, li: int, k: int) -> tuple[Phrase, str] | None:
        """«وعبّر فلاح من منطقة الرمشي، الحاج بومدين، عن ارتياحه …، وقال للإذاعة إن»: a second
        reporting verb with no subject of its own goes on with the first one's, in the same sentence."""
        first = self._first_verb(li, k)
        found = subject_after_verb(self.an, first, k) if first is not None and first < k - 1 else None
        return found or opening_verb_subject(self.an, li, k)     # «يقف أبو خليل …، ويقول:»

    def _salvaged(self, li: int, k: int, lj: int, verb: str) -> tuple[str, Reason] | None:
        """The verb at k names its subject in a shape the first reading ran together (subject_salvage.py)."""
        return (self._speaker_from(restart_at_given_name(self.an, k + 1, lj), reason("speaker.after_verb", verb=verb))
                or self._speaker_from(antecedent_of_relative(self.an, li, k), reason("speaker.subject_before", verb=verb))
                or self._speaker_from(surname_in_clause(self.an, self.book.person_by_surname, li, k), reason("speaker.subject_before", verb=verb)))

    def _relayed_by(self, k: int, j: int) -> int | None:
        """After the according cue at k: the token of a relaying verb («وفق ما نقلته …»، «بحسب ما
        أوردته …»), or of a news outlet named right after the cue; None otherwise."""
        an = self.an
        x = k + 1
        while x < j and an.words[x] in lexicon.speech_fillers() | lexicon.relay_fillers():
            if an.words[x] in lexicon.relay_fillers():
                return x
            x += 1
        m = an.gaz_at.get(x) if x < j else None
        actor = m.of_kind("actor") if m is not None else None
        return x if actor is not None and actor.type == "media" else None

    def _clause_subject(self, i: int, j: int) -> tuple[Phrase, str] | None:
        """The subject of a clause written verb first («قدم عبد الوافي لفتيت … حصيلة»), or subject
        first («الرئيس X …»), after any connector («بدوره،»); None when neither reads as one."""
        an, start = self.an, clause_start(self.an, i, j)
        if start is None or inside_quotation(an, start):
            return None       # («في خطة "الاكتفاء الذاتي من المحروقات" …، مشيرة»: a quoted name opens no clause)
        i, w = start, an.words[start]
        if w in _NO_CLAUSE_VERB or (w[:1] in "وف" and w[1:] in _NO_CLAUSE_VERB) or "\u064b" in an.doc.tokens[i].text:
            # «رغم الزيادة الأخيرة …، مشدداً»، «ومن المقرر أن …، موضحاً»: a preposition opens no clause whose subject follows its verb
            return None
        subject_first = i in an.gaz_at or in_lex(w, lexicon.title_heads(), clitics=True) \
            or in_lex(w, lexicon.org_heads(), clitics=True) or (i > 0 and an.words[i - 1] == "اما")   # the topic: no verb
        start = i if subject_first else i + 1      # («"…" التابعة لشركة "هرمود"»: no verb is definite)
        if start >= j or has_break(an.doc.gap(start)) or (not subject_first and w.startswith("ال")):
            return None
        ph = presiding_subject(an, start, j) or parse_phrase(an, start, j)     # «وصدر الحكم برئاسة …»
        # «أشرف وزير الفلاحة …، يوسف شرفة، أمس …، مؤكدا أن …»: the title's holder is named after it, set off by commas
        ph = name_in_apposition(an, ph, j) or described_then_named(an, ph, j) or title_before_its_verb(an, ph, j)
        if ph is None or not (ph.name or ph.title) or (ph.j == ph.i + 1 and people_plural(an.words[ph.i])) or (ph.i in an.gaz_at and an.gaz_at[ph.i].of_kind("actor") is None):
            return None       # («ثم خاطب المدانين قائلاً»: whom he addressed; «القادمة من كيهيدي بالجائزة …، مؤكدة»: a town)
        if not ph.name:
            return ph, ""
        return ph, ph.title_text(an.doc) or title_after_name(an, ph, j)

    def _owner_after(self, i: int, j: int) -> tuple[Phrase, str] | None:
        """«جاء في بيان لهيئة الأركان»: the one whose statement it is, after «لـ»; not the outlet it was given to («في تصريح لوكالة الأنباء»)."""
        an = self.an
        if i + 1 < j and an.words[i] in _ISSUED and an.words[i + 1] == "عن":
            ph = parse_phrase(an, i + 2, j)     # «بيان صادر عن وزارة الاقتصاد»
            return (ph, ph.title_text(an.doc) if ph.name else "") if ph is not None else None
        w = an.words[i] if i < j else ""
        if w.startswith("ال") and i > 0 and an.words[i - 1] in TESTIMONIES and (ph := parse_phrase(an, i, j)) is not None and ph.name:
            return ph, ph.title_text(an.doc)      # «إفادة الضحية فاطمة نور …، قالت فيها»: the one who testified
        if not w.startswith("ل") or len(w) < 4 or an.is_outlet(i):
            return None
        bare = "ال" + w[2:] if w.startswith("لل") else w[1:]
        if bare in lexicon.addressees() or (w.startswith("لل") and bare not in lexicon.org_heads()) or programme_spoken_to(an, i):
            return None      # «للصحفيين»; but «بيان للقيادة المركزية» names its owner
        ph = parse_phrase(an, i, j)
        if ph is None or ph.kind == "person" and (not ph.name or ph.name[0] == i):
            return None      # «حسب بيان لمصالح الولاية»: «لـ» opens no name
        if ph.entry is not None and ph.entry.type == "media":
            return None
        return ph, ph.title_text(an.doc) if ph.name else ""

    def _honoured(self, k: int, j: int, verb: str) -> tuple[str, Reason] | None:
        """«دشّن … الأمير سعود بن مشعل …، وقال سموه إن …»: an honorific pronoun right after the reporting verb is the latest person the article named
        by name and title before it, quoted or not (the one a previous speaker would miss when the person was first named in narrative)."""
        an = self.an
        if k >= j or an.words[k] not in lexicon.honorific_pronouns():
            return None
        found = self.book.titled_person_before(an.doc.tokens[k].start, going_on=True)     # («وأضاف معاليه»: going on)
        why = reason("speaker.verb_continues", verb=verb) if found is not None and found == self.book.continuing \
            else reason("speaker.honorific", pronoun=an.doc.tokens[k].text, verb=verb)
        return (found, why) if found is not None else None

    def _previous(self, why: Reason, feminine: bool | None = None) -> tuple[str, Reason] | None:
        if self.pending_feminine is not None and feminine is not None and self.pending_feminine != feminine:
            self.pending_reporter = None     # «يستعد أبو خالد، وهو …. وقالت: "…"»: someone else
        self.pending_feminine = None
        if self.reporter is None and self.pending_reporter is not None:
            found, how = self.pending_reporter
            self.pending_reporter = None
            self.reporter = self._speaker_from(found, how)
        if self.reporter is not None:
            speaker, how = self.reporter
            self.reporter = None
            return speaker, reason("speaker.via_reporter", why=why, how=how)
        if self.last_speaker is None:
            return None
        return self.last_speaker, why

    def _note_reporter(self, i: int, j: int) -> None:
        """Remember who reports the indirect speech of tokens [i, j), if a reporting verb says."""
        an = self.an
        verb = self._first_verb(i, j)
        introduced = introduced_person(an, i, j) if verb is None and not byline(an, i, j) else None
        if introduced is not None:
            # no actor of its own unless the next bare «وقال:» of its gender is given to it
            found, self.pending_feminine = introduced
            self.reporter, self.pending_reporter = None, (found, reason("speaker.introduced"))
        if verb is None or byline(an, i, j):
            return
        if verb > 0 and an.words[verb - 1] == "ان" and an.words[verb][:1] in "تي":
            return      # «ومن المقرر أن تتابع الوزيرة الموقف»: «أن» and an imperfect say what is to be done
        # Only the subject after the verb, as news writes it («نفى الوزير X»); a phrase before it is as often the object of an earlier verb; but «وكان X قد أعلن …»
        # names it before, and what follows is what was announced («رفع عدد …») (a relayer «كان» opens, «وكانت صحيفة "الوطن" قد نقلت عن مصدر …», is not who spoke)
        found = (None if relaying(an, verb) else kana_subject(an, i, verb, strict=True)) or subject_after_verb(an, verb, j)
        if found is not None and found[0] is not None:
            why = reason("speaker.reporter_of", verb=an.doc.tokens[verb].text)
            if reports_unnamed(an, found[0]) or news_agency(an, found[0]) or complaint(an, verb):
                # «ويرى مراقبون أن …»: a view held by a group no one names is no actor's; «وذكرت وكالة أنباء الشرق الأوسط أن …»: an agency relays what others did or said. Either is an actor only if a later quotation is given to it.
                self.reporter, self.pending_reporter = None, (found, why)
                return
            # resolved now, so the book knows the full name («الفاتح قرشي») before a quote names the surname
            ph = found[0]
            one_word = not ph.title and ph.name and ph.name[1] - ph.name[0] == 1
            if one_word and authority_of_place(an, ph.name[0]):
                place = an.gaz_at[ph.name[0] + 1]
                body = Phrase(ph.i, place.j, list(range(ph.i, place.j)), None, None, "organization")
                self.reporter, self.pending_reporter = self._speaker_from((body, ""), why, reported=True), None
                return
            brand = one_word and self._verb_gender(ph.name[0]) and phrase_ends_at(self.an, ph.name[1], closely=True)
            if (one_word and not self.book.names_word(ph.name[0]) and not brand) or (not brand and not shows_whole(an, ph, self.book.names_word)):
                # «وأكد ترامب أن …» with no «دونالد ترامب» in the article, «دعت إليه …»: one untitled word shows it is a person only by a fuller name; «أقرت … بكلفة
                # تقارب»: a phrase that shows no whole name (reporter_evidence.py). No actor of its own, unless a quotation that continues it («وأضاف: "…"») is given to it. After a feminine verb it and ending the phrase it is a company's brand («أعلنت نوفاتك،»), which book.py keeps
                self.reporter, self.pending_reporter = None, (found, why)
                return
            self.reporter, self.pending_reporter = self._speaker_from(found, why, reported=True), None

    # --- the pass over an article ----------------------------------------

    def run(self, quoted: list[Quoted], sentences: list[tuple[int, int]]) -> list[QuoteFinding]:
        doc = self.an.doc
        out: list[QuoteFinding] = []
        for s_start, s_end in sentences:
            inside = [q for q in quoted if s_start <= q.start and q.end <= s_end]
            boundary = s_start
            speaker_here: str | None = None
            for n, q in enumerate(inside):
                ci, cj = doc.token_range(q.start, q.end)
                refused = self.name_reason(q, ci, cj)
                if refused:
                    self.rejected.append(Rejected(q.start, q.end, refused))
                    continue
                li, lj = doc.token_range(boundary, q.start)
                # a quoted name after the quotation («قال رئيس البحوث في شركة "نعيم" القابضة …») is part of its attribution; only the next quotation of speech ends it
                nxt = next((later.start for later in inside[n + 1:]
                            if not self.name_reason(later, *doc.token_range(later.start, later.end))), s_end)
                ti, tj = doc.token_range(q.end, nxt)
                lead_gap = doc.body[doc.tokens[lj - 1].end if lj > li else boundary:q.start]
                colon = ":" in lead_gap
                opens_sentence = lj == li
                short = cj - ci < _MIN_STATEMENT_WORDS
                got = self.attribute(li, lj, ti, tj, colon)
                if got is None and speaker_here is not None and cj - ci >= 3:
                    # «… أن هناك "تهديدات عامة" تهم الدول "يتعين أخذها بعين الاعتبار"»
                    got = speaker_here, reason("speaker.same_sentence")
                if got is None and opens_sentence and not short:
                    got = self._previous(reason("speaker.opens_sentence"))
                if got is None:
                    self.rejected.append(Rejected(q.start, q.end, "no attribution"))
                    continue
                speaker, rule = got
                start, end = _strip(doc.body, q.start, q.end)
                prev = self.an.words[lj - 1] if lj > li else ""
                partial = short or not (colon or opens_sentence or prev in lexicon.complementisers()
                                        or any(v in lexicon.report_nouns() | lexicon.report_participles()
                                               for v in variants(prev)))
                out.append(QuoteFinding(start, end, doc.body[start:end], speaker, partial, rule,
                                        (s_start, s_end)))
                self.last_speaker = speaker
                self.reporter = self.pending_reporter = None
                speaker_here = speaker
                boundary = q.end
            if speaker_here is None:
                # No quotation, or only names and labels in quotes: indirect speech, perhaps
                self._note_reporter(*doc.token_range(s_start, s_end))
        return out


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in "'‘’"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in "'‘’"):
        end -= 1
    return start, end
