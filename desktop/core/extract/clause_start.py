"""Where the clause a cue hangs on starts (`QuoteFinder._clause_subject`), and the verb that owns a
report noun (`QuoteFinder._cue`): the words set before a clause (connectors, a place in «في», a
preposition's phrase) are where, not who; a participle or the tail of a quoted sentence opens no
clause of its own."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_break, has_phrase_break
from desktop.core.extract.kana_subject import CONNECTORS
from desktop.core.extract.name_lexicon import masdar_shaped
from desktop.core.extract.name_evidence import fronted_preposition_word

VERB_NEGATORS = frozenset(("لم", "لن", "ما", "لا"))   # before a verb that opens a clause
_IN = frozenset(arabic.normalize(w) for w in ("في", "وفي", "ففي"))


def clause_start(an: Analysis, i: int, j: int) -> int | None:
    """The first token of the clause in [i, j) past what is set before it, or None when no clause
    of its own opens there."""
    # «ولم تخف السيدة …»: a negator in «و/ف» before the clause's verb, skipped as a connector is
    # («في المقابل، لم يستبعد مصدر في الوزارة …»: a negator on its own before the verb, too)
    if i + 1 < j and an.words[i] == "من" and an.words[i + 1] in ("طرف", "قبل") and any(ch in "»”\"" for ch in an.doc.gap(i)):
        return None     # «مما وصفه بـ"…" من طرف مصانع دقيق السمك، مضيفاً»: by whom, the rest of the sentence
    if i + 1 < j and an.words[i] == "غير" and an.words[i + 1] in ("ان", "انه"):
        i += 2      # «غير أن رئيس المحكمة قاطعه قائلاً»: but, then the clause
    while i < j and (an.words[i] in CONNECTORS or an.words[i] in lexicon.time_words()
                     or (an.words[i][:1] in "وف" and an.words[i][1:] in VERB_NEGATORS)
                     or (an.words[i] in ("لم", "لن") and i + 1 < j and an.words[i + 1][:1] in "يتنا")):
        i += 1
    # «وفي بكين، حمّل المتحدث …»: the place «في» set before the clause, skipped as a connector, is where
    place = an.gaz_at.get(i) if 0 < i < j and an.words[i - 1] in _IN else None
    if place is not None and place.of_kind("place") is not None and place.j < j and has_break(an.doc.gap(place.j)):
        i = place.j
    # «وبحقول القرية، لم يخف الفلاح …»: a preposition's phrase set before the clause by a comma
    # is where, not who; the clause starts after the comma, its verb after any negator
    comma = next((x for x in range(i + 1, min(j, i + 8)) if has_break(an.doc.gap(x))), None) \
        if i < j and (fronted_preposition_word(an.words[i]) or (i > 0 and an.words[i - 1] in _IN)) else None     # «وفي الداخل الأسترالي، انتقد»
    i = comma + (comma + 1 < j and an.words[comma] in VERB_NEGATORS) if comma is not None else i
    if i >= j or an.is_participle(i):
        return None     # «…، داعياً البنوك إلى …، ومشيراً إلى أن»: a participle before opens no clause of its own
    w = an.words[i]
    if any(ch in "»”\"" for ch in an.doc.gap(i)) and (w.startswith(("لل", "بال")) or w in lexicon.prepositions()
                                                      or (w[:1] == "ل" and masdar_shaped(w[1:]))):
        return None     # «"تدين بشدة السلوك الخطير" للسفن الصينية، مضيفةً»، «"…" لمواجهة موسم الحرائق، مؤكداً»: the rest of the quoted sentence
    return i


def verb_owning(an: Analysis, i: int, k: int) -> int | None:
    """«أما الشرقاوي، فقال في كلمته الأخيرة أمام المحكمة: "…"»: a report noun at k with its pronoun
    («كلمته»، «تصريحه»), or with no owner after it («في تصريحات لـ"جول"»), that a verb of speech
    in its clause governs through «في» is that verb's own saying; the verb's token, or None."""
    if k - 1 < i or an.words[k - 1] != "في":
        return None
    nxt = k + 1
    # «فقال في تصريحات لـ"جول"»: with no pronoun, only when no owner follows («في بيان للوزارة»)
    owned_by_next = nxt < len(an.words) and an.words[nxt][:1] == "ل" and an.words[nxt] != "ل" \
        and not has_phrase_break(an.doc.gap(nxt)) and not an.is_outlet(nxt) \
        and not any(ch in QUOTE_MARKS for ch in an.doc.gap(nxt))
    if not an.written(k).endswith(("ه", "ها")) and owned_by_next:
        return None
    verb = k - 2
    if verb > i and an.words[verb] in lexicon.honorific_pronouns() and an.is_verb(verb - 1) \
            and not has_phrase_break(an.doc.gap(verb)):
        return verb - 1      # «وقال سموه، في كلمته»: the verb, his honorific, then where he said it
    return verb if verb >= i and an.is_verb(verb) and not has_phrase_break(an.doc.gap(verb + 1)) \
        and not has_phrase_break(an.doc.gap(k - 1)) else None


def participle_before_noun(an: Analysis, li: int, k: int) -> bool:
    """«أدانت محافظة القدس عمليات الهدم، معتبرة في بيان أنها "…"»: a participle right before the
    report noun's «في» carries the statement, so the clause's subject speaks, as after «معتبرة أن»."""
    return k - 2 >= li and an.words[k - 1] in _IN and an.is_participle(k - 2) and not has_phrase_break(an.doc.gap(k - 1))


def title_before_its_verb(an: Analysis, ph: Phrase | None, j: int) -> Phrase | None:
    """«غير أن رئيس المحكمة قاطعه قائلاً»: a title whose one-word «name» ends the clause before the
    participle at j and carries an object pronoun is the title alone, the word its verb."""
    if ph is None or not ph.title or not ph.name or ph.name != (j - 1, j) or not an.written(j - 1).endswith(("ه", "ها")) \
            or an.words[j - 1] in name_lexicon.given_names() or len(an.written(j - 1)) < 4:
        return ph
    return Phrase(ph.i, ph.title[-1] + 1, list(ph.title), None, None, ph.kind)



def relative_before_participle(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«… أمام الهيئة التي يترأسها القاضي عبد الرحيم السعيد، الذي خاطب الدفاع قائلاً:»: a relative
    clause of a few words right before the participle at k is the antecedent's doing, so the one
    named before «الذي» speaks; None when no such clause is there."""
    from desktop.core.extract.subject_salvage import antecedent_of_relative     # (it reads clauses this module marks)
    r = next((x for x in range(k - 1, max(i, k - 6) - 1, -1) if an.words[x] in ("الذي", "التي")), None)
    if r is None or r + 1 >= k or any(has_phrase_break(an.doc.gap(y)) for y in range(r + 1, k)):
        return None
    return antecedent_of_relative(an, i, r + 1)
