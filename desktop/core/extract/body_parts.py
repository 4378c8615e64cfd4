"""What a body's name takes after its head, read by `actors.parse_phrase`: the bodies a union
gathers («لنقابات عمال …») and the body a source is from («مصدر من الصيدلية المركزية»)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, QUOTE_MARKS, has_phrase_break


# «الجامعة الوطنية لعمال الطاقة»، «نقابة موظفي …»: the workers a union gathers, in construct
WORKERS = lexicon.forms("عمال موظفي مستخدمي مهندسي أطباء معلمي أساتذة صيادلة فلاحي تجار سائقي أعوان")   # Tunisia's staff: «أعوان الصحة»


def lam_of_member_bodies(an: Analysis, k: int, j: int) -> bool:
    """«لنقابات عمال»، «لجمعيات المزارعين»: «لـ» on the plural of a body head (in «ات») and the
    noun it governs, after a body's name: the bodies a union or federation gathers, part of its
    name (the one spoken to is a single body or a person: «لوكالة»، «للصحفيين»)."""
    w = an.words[k]
    workers = w.startswith("ل") and w[1:] in WORKERS and k + 1 < j and an.words[k + 1].startswith("ال")
    if not workers and (not (w.startswith("ل") and not w.startswith("لل") and w.endswith("ات") and len(w) >= 6)
                        or k + 1 >= j):
        return False
    stem = w[1:-2]
    if not workers and stem + "ه" not in lexicon.org_heads() and stem not in lexicon.org_heads():
        return False
    nxt = an.words[k + 1]
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1))
            and not an.is_outlet(k + 1) and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions()
            and not an.is_time(k + 1) and not an.is_verb(k + 1)
            and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)))


def definite_body(an: Analysis, k: int, j: int) -> bool:
    """«مصدر من الصيدلية المركزية»: a definite noun and its definite nisba adjective after «من»
    name the body a source is from (not «مصدر من الداخل»)."""
    if k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    w, adj = an.words[k], an.words[k + 1]
    return (w.startswith("ال") and len(w) >= 5 and w.isalpha() and not an.is_time(k)
            and w not in lexicon.stop_words() and adj.startswith("ال") and adj.endswith(("ي", "يه"))
            and len(adj) >= 6 and adj.isalpha() and not an.is_time(k + 1))
