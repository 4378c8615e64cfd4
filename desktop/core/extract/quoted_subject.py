"""A body named in quote marks as the subject right after its verb: «وأكدت "غرفة طوارئ عطبرة" أن»،
«انتقدت "شبكة العمل المناخي في أوروبا" اللجوء إلى …، وقالت في بيان إن». Read by
`verb_subject.subject_after_verb` and `named_subject.opening_verb_subject`; its quoted name is no
quotation (`quoted_names.name_reason`)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.phrase_parts import ORG_NAME_LONGEST, quoted_name


def quoted_body(an: Analysis, k: int, j: int) -> Phrase | None:
    """The body whose name, in quote marks, opens at token k on a body's head (two words at
    least, before j), or None."""
    if k >= j or an.words[k] not in lexicon.org_heads():
        return None
    end = quoted_name(an, k, j, longest=ORG_NAME_LONGEST)     # (None when no quote mark opens at k)
    if end is None or end - k < 2:
        return None
    return Phrase(k, end, list(range(k, end)), None, None, "organization")


def named_right_after_verb(an: Analysis, ci: int, cj: int) -> bool:
    """«دعت "غرفة طوارئ عطبرة"، وهي مبادرة شبابية تطوعية، إلى "…"»: the quoted words at [ci, cj), right
    after a reporting verb, are a body's name (its head, a few words, no verb), then a comma or
    what the verb takes: the verb's subject, no quotation."""
    if ci < 1 or not an.is_verb(ci - 1) or has_phrase_break(an.doc.gap(ci).replace('"', "").replace("«", "")) or not 2 <= cj - ci <= 6 \
            or quoted_body(an, ci, cj + 1) is None or any(an.is_verb(x) for x in range(ci, cj)):
        return False
    after = an.words[cj] if cj < len(an.words) else ""
    return "،" in an.doc.gap(cj) or after in lexicon.complementisers()
