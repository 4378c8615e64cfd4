"""A body named in quote marks as the subject right after its verb: «وأكدت "غرفة طوارئ عطبرة" أن»،
«انتقدت "شبكة العمل المناخي في أوروبا" اللجوء إلى …، وقالت في بيان إن». Read by
`verb_subject.subject_after_verb` and `named_subject.opening_verb_subject`; its quoted name is no
quotation (`quoted_names.name_reason`)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.body_refs import body_of_short_form
from desktop.core.extract.country_nisba import country_nisba
from desktop.core.extract.phrase_parts import ORG_NAME_LONGEST, quoted_name


def quoted_body(an: Analysis, k: int, j: int) -> Phrase | None:
    """The body whose name, in quote marks, opens at token k on a body's head (two words at
    least, before j), or None."""
    if k >= j:
        return None
    end = quoted_name(an, k, j, longest=ORG_NAME_LONGEST)     # (None when no quote mark opens at k)
    if end == k + 1 and body_of_short_form(an, an.words[k]):
        return Phrase(k, k + 1, [k], None, None, "organization")     # «وأعلنت "سودما"» after «الوكالة … (سودما)»
    if end == k + 1 and _issues_statements(an, k, k + 1):
        return _body_named_before(an, k) or Phrase(k, k + 1, [k], None, None, "organization")
    if end is not None and 2 <= end - k <= 3 and _issues_statements(an, k, end):
        return Phrase(k, end, list(range(k, end)), None, None, "organization")     # «ذكرت "حفيت للقطارات"، في بيان»
    if end is not None and 2 <= end - k <= 4 and an.words[k].startswith("ال") and k > 0 and an.is_verb(k - 1) \
            and country_nisba(an, an.words[end - 1]) and end < len(an.words) and an.words[end] in lexicon.complementisers():
        return Phrase(k, end, list(range(k, end)), None, None, "organization")     # «وأعلن "الهلال الأحمر الليبي" أن»: a country's society
    if an.words[k] not in lexicon.org_heads():
        return None
    if end is None or end - k < 2:
        return None
    return Phrase(k, end, list(range(k, end)), None, None, "organization")


def named_right_after_verb(an: Analysis, ci: int, cj: int) -> bool:
    """«دعت "غرفة طوارئ عطبرة"، وهي مبادرة شبابية تطوعية، إلى "…"»: the quoted words at [ci, cj), right
    after a reporting verb, are a body's name (its head, a few words, no verb), then a comma or
    what the verb takes: the verb's subject, no quotation."""
    if ci < 1 or not an.is_verb(ci - 1) or has_phrase_break(an.doc.gap(ci).replace('"', "").replace("«", "")) or not 1 <= cj - ci <= 6 \
            or quoted_body(an, ci, cj + 1) is None or any(an.is_verb(x) for x in range(ci, cj)):
        return False
    after = an.words[cj] if cj < len(an.words) else ""
    return "،" in an.doc.gap(cj) or after in lexicon.complementisers()


def _issues_statements(an: Analysis, k: int, end: int) -> bool:
    """«وقالت "آفاد"، في بيان، إن»: a name quoted right after a reporting verb, [k, end), that speaks in a
    statement («في بيان/بلاغ») is a body's (a short name, or one of a few words)."""
    return 0 < k and an.is_verb(k - 1) and end + 1 < len(an.words) and an.words[end] == "في" \
        and (an.is_report_noun(end + 1) or an.words[end + 1] in ("تغريده", "تدوينه", "منشور")) and an.words[k].isalpha() and not an.words[k].startswith("ال")


def _body_named_before(an: Analysis, k: int) -> Phrase | None:
    """«وكانت رئاسة إدارة الكوارث … قد أرسلت …. وقالت "آفاد"، في بيان،»: a short name the article
    never spells out stands for the body it named last, within the few sentences before; its
    phrase there, or None."""
    from desktop.core.extract.actors import parse_phrase     # (actors imports this module's callers)
    for x in range(k - 2, max(1, k - _BODY_LOOKBACK) - 1, -1):     # (from 1: the word before is read)
        if an.words[x] not in lexicon.org_heads() or an.words[x - 1] in lexicon.prepositions():
            continue      # (not «إلى مراكز الإيواء»: where things went)
        ph = parse_phrase(an, x, min(len(an.words), x + 10))
        if ph is not None and ph.kind == "organization" and not ph.name and len(ph.title) >= 3:
            # («رئاسة إدارة الكوارث والطوارئ التركية»: Turkey's AFAD, the presidency of the body)
            return Phrase(x - 1, ph.j, [x - 1, *ph.title], None, None, "organization") if an.words[x - 1] == "رءاسه" else ph
    return None


_BODY_LOOKBACK = 60     # tokens: the sentence or two before
