"""Whether a word is in the genitive after a preposition, so that no verb's subject starts there.

A body after «في»/«من» is where something happened or came from («… من كلية الطب بجامعة الخرطوم»);
a body in construct with a plain noun after a preposition is as far from being the subject
(«أودعت في حساب وزارة المالية …، في خطوة قالت إنها "…"»: the government that deposited speaks,
not the ministry whose account took the money)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break, in_lex
from desktop.core.extract.name_lexicon import masdar_shaped

# Prepositions whose noun is in the genitive, never a verb's subject.
# «مع» is left out: «وناقش الوزير العلاقات مع الاتحاد الأوروبي، وقال» would fall back on a title
# read with its object («الوزير العلاقات»).
_GENITIVE_PREPOSITIONS = frozenset(("في", "من", "ومن", "عن", "الي", "علي", "لدي", "ضمن", "داخل", "امام", "تحت", "فوق", "بين", "عند", "قرب",
                                    "خارج", "خلف", "حول",    # «المنضوية تحت لواء الكونفدرالية»: under its banner
                                    "حين", "لحين",    # «إلى حين تنظيم الانتخابات»: until, no subject after it
                                    "طرف", "قبل"))    # «استجوابه من طرف القاضي»، «من قبل الشرطة»: by whom

# Members in construct with the body they belong to: «75 محتجزاً من منتسبي القوات الحكومية»
_MEMBERS_OF = frozenset(arabic.normalize(w) for w in ("منتسبي", "ومنتسبي", "محتجزي", "أسرى", "موظفي", "عمال"))

# Plain nouns a body's name follows in construct after a preposition: the account, the budget,
# the coffers or the headquarters of the body, never its speaker
_HELD_BY_BODIES = lexicon.forms("حساب حسابات خزينة خزانة ميزانية موازنة صندوق مقر مخازن")


def in_genitive_after(an: Analysis, k: int, i: int) -> bool:
    """Whether token k (after i) is governed by the word before it: a preposition, a noun of
    members («منتسبي»), an indefinite verbal noun («توسيع برنامج …»), or a noun of what a body
    holds set after a preposition («في حساب»)."""
    if has_phrase_break(an.doc.gap(k)):
        return False
    prev = an.words[k - 1]
    if prev in _GENITIVE_PREPOSITIONS or prev in _MEMBERS_OF:
        return True
    if prev == "عبر" and k - 1 >= i and k >= 2 and not has_phrase_break(an.doc.gap(k - 1)):
        return True       # «"…" عبر برنامج "العودة إلى التعلّم"»: through it (not «في المقابل، عبر رئيس …»: he expressed)
    if masdar_shaped(prev) and len(prev) >= 5 and not prev.startswith("ال") and not an.words[k].startswith("ال") \
            and not an.is_verb(k - 1) and prev not in lexicon.document_nouns() and not an.is_report_noun(k - 1) \
            and not in_lex(prev, lexicon.title_heads(), clitics=True) and (k - 1) not in an.gaz_at:
        return True       # «قررت الشركة … توسيع برنامج خفض ضغط المياه»: what a verbal noun acts on
    return (k - 2 >= i and prev in _HELD_BY_BODIES and an.words[k - 2] in _GENITIVE_PREPOSITIONS
            and not has_phrase_break(an.doc.gap(k - 1)))
