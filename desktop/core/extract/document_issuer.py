"""«وأوضح البلاغ أن …» after «وحسب بلاغ صادر عن المجلس»: a definite document alone speaks for the
body that issued it, named where the article first wrote the document («بيان صادر عن وزارة
الداخلية»). With no such mention the document is no one's name, and the speaker before it goes
on (name_whole)."""
from __future__ import annotations

from dataclasses import replace

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.appositions import phrase_after
from desktop.core.extract.dashed_units import dashed_unit_after
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.kana_subject import kana_subject

_ISSUED = frozenset(arabic.normalize(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))
_ISSUER_WORDS = 10     # the issuer's phrase: a body's name and where it is


def _lone_document(an: Analysis, ph: Phrase) -> str | None:
    """The indefinite form of the definite document that is the whole of `ph` («البلاغ» → «بلاغ»),
    or that opens a name reading of it («ودعا البلاغ المربين إلى»: a document has no name)."""
    if ph.j - ph.i != 1 and (ph.title or not ph.name or ph.name[0] != ph.i):
        return None
    w = an.words[ph.i]
    w = w[1:] if w[:1] in "وف" and w[1:].startswith("ال") else w
    return w[2:] if w.startswith("ال") and w[2:] in lexicon.issued_documents() else None


# Past verbs of publishing or sending with the document's pronoun: «معطيات نشرها المرصد»، «تقرير
# أصدرته الهيئة»، «تعميم أرسلته لجنة المسابقات إلى الأندية»
PUBLISHED_IT = frozenset(arabic.normalize(v + p) for v in ("نشر", "أصدر", "أورد", "أعد", "قدم", "أرسل", "وجه", "عمم", "وزع")
                          for p in ("ه", "ها", "ته", "تها"))


def published_by(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«وبحسب معطيات نشرها المرصد الوطني للفلاحة، فإن "…"»: after an indefinite document (at k - 1),
    a past verb of publishing with the document's pronoun at k, then who published it: a body,
    written before the part ends (j)."""
    if k + 1 >= j or an.words[k] not in PUBLISHED_IT or has_phrase_break(an.doc.gap(k)) \
            or has_phrase_break(an.doc.gap(k + 1)):
        return None
    ph = parse_phrase(an, k + 1, min(j, k + 1 + _ISSUER_WORDS))
    return (ph, "") if ph is not None and ph.kind == "organization" and ph.title and not ph.name else None


def published_thing_by(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«وبحسب الجدول الذي نشرته المحكمة …»، «وحسب بطاقة تقنية قدمها المكتب الوطني …»: after «بحسب»,
    a thing written of in a few words from k, then a verb of publishing with its pronoun: who published it."""
    at = next((p for p in range(k + 1, min(j, k + 4)) if an.words[p] in PUBLISHED_IT), None)
    if at is None or any(has_phrase_break(an.doc.gap(p)) for p in range(k + 1, at + 1)):
        return None
    return published_by(an, at, j)


def issuer_of_document(an: Analysis, ph: Phrase) -> tuple[int, Phrase] | None:
    """(where the document was first written, its issuer's phrase) for a speaker phrase that is
    a definite document alone, when the article wrote «DOCUMENT صادر عن ISSUER» before it; None
    otherwise."""
    bare = _lone_document(an, ph)
    if bare is None:
        return None
    words = an.words
    for x in range(ph.i - 1, -1, -1):
        w = words[x]
        if not (w == bare or (w[:1] in "وفب" and w[1:] == bare)) or x + 3 >= len(words):
            continue
        if words[x + 1] in _ISSUED and words[x + 2] == "عن" and not has_phrase_break(an.doc.gap(x + 1)) \
                and not has_phrase_break(an.doc.gap(x + 3)):
            issuer = parse_phrase(an, x + 3, min(len(words), x + 3 + _ISSUER_WORDS))
            return (x, issuer) if issuer is not None and issuer.title else None
        if x > 1 and words[x - 1] == "في":
            # «أكدت وزارة التربية، في بلاغ نشرته …»: the subject of the verb the statement went with
            verb = next((v for v in range(x - 2, max(-1, x - 14), -1) if an.is_verb(v)), None)
            if verb is not None and not any("." in an.doc.gap(y) or "\n" in an.doc.gap(y) for y in range(verb + 1, x)):
                found = phrase_after(an, verb + 1, x - 1)
                if found is not None and found[0] is not None and found[0].title and not found[0].name:
                    return verb, found[0]
    return None


def earlier_owner(an: Analysis, k: int) -> tuple[Phrase, str] | None:
    """«وحسب بيان للمجموعة الإقليمية للدرك الوطني بتلمسان، فإن … وجاء في البيان أن "…"»: the definite
    document at k is the one written before with its owner after «لـ» (or «صادر عن»): that owner,
    as (phrase, ""), or None."""
    w = an.words[k]
    bare = w[2:] if w.startswith("ال") and w[2:] in lexicon.issued_documents() else None
    if bare is None:
        return None
    held = _gathering_owner(an, k)
    if held is not None:
        return held, ""
    words = an.words
    for x in range(k - 1, -1, -1):
        if words[x] in (bare + "ها", bare + "ه") and (body := _sentence_body(an, x)) is not None:
            return body, ""       # «وكانت وزارة التجارة … قد أطلقت …، ونقل بيانها عن الوزير …» before «وأضاف البيان»
        issuer = _issued_by_relative(an, x) if words[x] in (bare, "ال" + bare) or words[x][1:] in (bare, "ال" + bare) else None
        if issuer is not None:
            return issuer, ""     # «وبحسب النشرة الأسبوعية التي يصدرها المعهد الوطني للصحة العامة» before «وجاء في النشرة»
        if words[x] != bare and not (words[x][:1] in "وفب" and words[x][1:] == bare) \
                and not (words[x] == "ال" + bare and _speaker_through(an, x) is not None):
            continue      # (the first written definite only in an aside: «دعت حركة الشعب، في البيان الختامي …»)
        # («ونقل بيان صادر عن مكتب النائب العام عن …»، «ونقل بيان الوزارة عن …»: after «صادر عن», or in construct)
        at = x + 3 if x + 3 < len(words) and words[x + 1] in _ISSUED and words[x + 2] == "عن" else x + 1
        subject = words[x - 1] != "في"     # («وقال الإصلاح، في بيان صادر عن الأمانة العامة»: the speaker's own, not the issuer's)
        if at < len(words) and (words[at].startswith("ل") or (subject and (at > x + 1 or in_lex(words[at], lexicon.org_heads())))) and len(words[at]) > 3 \
                and not has_phrase_break(an.doc.gap(x + 1)):
            owner = parse_phrase(an, at, min(len(words), at + _ISSUER_WORDS))
            if owner is not None and owner.title and not owner.name and owner.kind == "organization":
                return _speaker_through(an, x) or (dashed_unit_after(an, owner) or owner, "")
        return _speaker_through(an, x)     # «وذكرت اللجنة المنظمة، في بيان، أن … وأوضح البيان أن»
    return None


_ISSUES_IT = frozenset(arabic.normalize(v) for v in ("يصدرها", "تصدرها", "أصدرها", "أصدرته", "يصدره", "تصدره", "ينشرها", "تنشرها", "نشرها", "نشرته"))


def _issued_by_relative(an: Analysis, x: int) -> Phrase | None:
    """The body a relative clause right after the document at x says issues it («النشرة الأسبوعية التي يصدرها المعهد …»), or None."""
    words = an.words
    r = x + 1
    while r < len(words) and r - x <= 3 and words[r].startswith("ال") and words[r] not in ("التي", "الذي") and not has_phrase_break(an.doc.gap(r)):
        r += 1      # the document's adjectives
    if r + 2 >= len(words) or words[r] not in ("التي", "الذي") or words[r + 1] not in _ISSUES_IT \
            or any(has_phrase_break(an.doc.gap(y)) for y in (r, r + 1, r + 2)):
        return None
    owner = parse_phrase(an, r + 2, min(len(words), r + 2 + _ISSUER_WORDS))
    return owner if owner is not None and owner.kind == "organization" and owner.title and not owner.name else None


def _sentence_body(an: Analysis, x: int) -> Phrase | None:
    """The first body named in the sentence of token x, before it: whose «بيانها» it is."""
    start = next((y for y in range(x, 0, -1) if "." in an.doc.gap(y) or "\n" in an.doc.gap(y)), 0)
    for y in range(start, x):
        if in_lex(an.words[y], lexicon.org_heads()):
            body = parse_phrase(an, y, x)
            return body if body is not None and body.kind == "organization" and not body.name and body.entry is None else None
    return None


# What a statement is called beside its name: «البيان الختامي»، «البيان المشترك»
_DOCUMENT_ADJECTIVES = frozenset(arabic.normalize(w) for w in ("الختامي", "الختامية", "المشترك", "المشتركة", "الرسمي"))
# Gatherings a body holds, whose statement is the body's: «البيان الختامي للدورة» after «الدورة
# الرابعة للجنة التقنية …»
_GATHERINGS = frozenset(arabic.normalize(w) for w in ("الدورة", "الاجتماع", "الجلسة", "المؤتمر"))
_GATHERING_WORDS = 3     # «الدورة الرابعة» / «الدورة العادية الثانية» before «للجنة …»


def _gathering_owner(an: Analysis, k: int) -> Phrase | None:
    """«وجاء في البيان الختامي للدورة أن …» after «أشغال الدورة الرابعة للجنة التقنية
    الجزائرية-الموريتانية»: the statement of a gathering the article said a body held is that
    body's; its phrase, or None."""
    words = an.words
    x = k + 1
    while x < len(words) and words[x] in _DOCUMENT_ADJECTIVES and not has_phrase_break(an.doc.gap(x)):
        x += 1
    if x >= len(words) or has_phrase_break(an.doc.gap(x)) or not words[x].startswith("لل") \
            or "ال" + words[x][2:] not in _GATHERINGS:
        return None
    gathering = "ال" + words[x][2:]
    for y in range(k - 1, -1, -1):
        if gathering not in (words[y], words[y][1:]):
            continue
        for z in range(y + 1, min(len(words), y + 1 + _GATHERING_WORDS)):
            if has_phrase_break(an.doc.gap(z)):
                break
            if words[z].startswith("ل") and len(words[z]) > 3:
                owner = parse_phrase(an, z, min(len(words), z + _ISSUER_WORDS))
                return owner if owner is not None and owner.title and not owner.name \
                    and owner.kind == "organization" else None
        return None
    return None


def _speaker_through(an: Analysis, x: int) -> tuple[Phrase, str] | None:
    """«وقال الجيش، في بيان لمديرية التوجيه، إن …»: a statement in an aside right after a verb of
    speech and its body is that body's, issued through its directorate; the body."""
    words = an.words
    if x < 3 or words[x - 1] != "في" or not any(c in an.doc.gap(x - 1) for c in "،,"):
        return None
    # («وأعلنت وزارة المياه والصرف الصحي، في بيان»: a body's name of up to six words)
    verb = next((v for v in range(x - 2, max(-1, x - 9), -1) if an.is_verb(v)), None)
    if verb is None or any(has_phrase_break(an.doc.gap(v)) for v in range(verb + 1, x - 1)):
        return None
    if verb + 1 == x - 1:
        # «وكانت وزارة الزراعة قد نقلت، في بيان …»: the body between «كان» and «قد», before the verb
        start = next((y for y in range(verb, 0, -1) if "." in an.doc.gap(y) or "\n" in an.doc.gap(y)), 0)
        found = kana_subject(an, start, verb, strict=True)
        return found if found is not None and not found[0].name and found[0].kind == "organization" else None
    body = parse_phrase(an, verb + 1, x - 1)
    if body is None or body.j != x - 1 or body.name or body.kind != "organization":
        return None
    return body, ""


# A court's ruling, by the part of it read out: «وجاء في منطوق الحكم»، «في أسباب الحكم»، «في حيثيات الحكم»
_RULING_PARTS = frozenset(arabic.normalize(w) for w in ("منطوق", "أسباب", "حيثيات", "قرار", "حكم"))
_RULINGS = frozenset(arabic.normalize(w) for w in ("الحكم", "القرار", "المحكمة"))      # («وجاء في حكم المحكمة أن»)
_CAME_IN = frozenset(arabic.normalize(w) for w in ("جاء", "وجاء", "ورد", "وورد"))
# Who read it out or issued it, after «الذي»: «منطوق الحكم الذي تلته رئيسة الجلسة»
_READ_OUT = frozenset(arabic.normalize(w) for w in ("تلته", "تلاه", "أصدرته", "أصدره", "أصدرها", "تلاها"))
_COURTS = frozenset(arabic.normalize(w) for w in ("محكمة", "المحكمة", "ومحكمة", "والمحكمة"))
_COURT_REACH = 120      # words back to the court that ruled
_SENTENCES = frozenset(arabic.normalize(w) for w in ("سجن", "السجن", "حبس", "الحبس", "إعدام", "الإعدام", "تغريم", "براءة"))    # «محكمة … بسجن …»


def ruling_speaker(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«وجاء في منطوق الحكم الذي تلته رئيسة الجلسة أن "…"»، «وجاء في أسباب الحكم أن "…"»: a court's
    ruling at k + 2 after «جاء في» (the verb at k) speaks for the one who read it out, when the article
    says who did, else for the court it named last before it."""
    words = an.words
    if k + 3 >= j or words[k] not in _CAME_IN or words[k + 1] != "في" or words[k + 2] not in _RULING_PARTS \
            or words[k + 3] not in _RULINGS:
        return None
    x = k + 4
    if x + 2 < j and words[x] in ("الذي", "التي") and words[x + 1] in _READ_OUT:
        # a person who read it out, named or reading its «منطوق» («قرار الحكم، الذي تلاه رئيس هيئة المحكمة»: the court's);
        # a chamber that issued it («الدائرة برئاسة …») is the court's
        reader = parse_phrase(an, x + 2, j)
        if reader is not None and reader.kind == "person" and (reader.name or (reader.title and words[k + 2] == "منطوق")):
            return reader, reader.title_text(an.doc) if reader.name else ""
    for y in range(k - 1, max(-1, k - _COURT_REACH), -1):
        if words[y] in _COURTS:
            court = parse_phrase(an, y, min(len(words), y + _ISSUER_WORDS))
            if court is not None and court.kind == "organization" and not court.name:
                # («وقضت المحكمة بسجن المتهم …»: what it sentenced to is no word of the court's name)
                cut = next((t for t in court.title[1:] if words[t][:1] == "ب" and (words[y].endswith("المحكمه") or words[t][1:] in _SENTENCES)), None)
                return (replace(court, j=cut, title=[t for t in court.title if t < cut]) if cut else court), ""
    return None


def publisher_after_came_in(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«وجاء في تعميم أرسلته لجنة المسابقات إلى الأندية أن "…"»، «وورد في تقرير أصدرته الهيئة»: an
    indefinite document at k + 2 after «جاء في» (the verb at k), then who published or sent it
    (`published_by`): that body speaks."""
    words = an.words
    if k + 3 >= j or words[k] not in _CAME_IN or words[k + 1] != "في" or words[k + 2] not in lexicon.issued_documents():
        return None
    if in_lex(words[k + 3], lexicon.org_heads()) and not has_phrase_break(an.doc.gap(k + 3)):
        # «وجاء في تقرير المجلس، الذي حمل عنوان "…"، أن "…"»: the body in construct with it
        owner = parse_phrase(an, k + 3, j)
        if owner is not None and owner.kind == "organization" and not owner.name and owner.entry is None:
            return owner, ""
    return published_by(an, k + 3, j)


def document_it_came_in(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«واستند إلى تقرير المفتشية العامة للإدارة الترابية، الذي جاء فيه أن "…"»: «جاء فيه» (the
    verb at k) after a document and the body in construct with it, named before «الذي»: that body."""
    words = an.words
    if k < 3 or k + 1 >= j or words[k] not in _CAME_IN or words[k + 1] not in ("فيه", "فيها") \
            or words[k - 1] not in ("الذي", "التي"):
        return None
    doc = next((y for y in range(k - 2, max(-1, k - _ISSUER_WORDS - 2), -1) if an.words[y] in lexicon.issued_documents()
                or an.words[y][:1] in "لبو" and an.words[y][1:] in lexicon.issued_documents()), None)
    if doc is None or not in_lex(words[doc + 1], lexicon.org_heads()) or has_phrase_break(an.doc.gap(doc + 1)):
        return None
    owner = parse_phrase(an, doc + 1, k - 1)
    return (owner, "") if owner is not None and owner.kind == "organization" and not owner.name and owner.j == k - 1 else None


def ruling_in(an: Analysis, i: int, j: int) -> tuple[int, tuple[Phrase, str]] | None:
    """(where «جاء» stands, its speaker) for a court's ruling (`ruling_speaker`) or a document its
    publisher sent (`publisher_after_came_in`) that tokens [i, j) quote."""
    return next(((k, got) for k in range(i, j)
                 for got in (ruling_speaker(an, k, j) or publisher_after_came_in(an, k, j) or document_it_came_in(an, k, j),)
                 if got is not None), None)


def construct_owner(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """«وأوضح بيان المجلس البلدي أن …»، «بيان وزارة الصحة»: a body in construct right after a
    statement noun at i - 1 owns it, as «بيان للوزارة» does; (phrase, "") or None."""
    if i >= j or i < 1 or has_phrase_break(an.doc.gap(i)):
        return None
    w = an.words[i]
    if w in _DOCUMENT_ADJECTIVES and an.words[i - 1][2:] in _STATEMENTS and i + 1 < j and an.words[i + 1].startswith("لل"):
        # «وجاء في البيان الختامي للمجلس أن …»: the body the closing statement is of
        owner = parse_phrase(an, i + 1, j)
        return (owner, "") if owner is not None and owner.kind == "organization" and not owner.name else None
    if an.words[i - 1] not in _STATEMENTS:
        return None
    if not (in_lex(w, lexicon.org_heads()) or (i in an.gaz_at and an.gaz_at[i].of_kind("actor") is not None)):
        return None
    ph = parse_phrase(an, i, j)
    if ph is None or ph.kind != "organization" or ph.name or (ph.entry is not None and ph.entry.type == "media"):
        return None
    return ph, ""


_STATEMENTS = frozenset(arabic.normalize(w) for w in ("بيان", "بلاغ", "تصريح", "منشور"))


def issuer_of_quoted_report(an: Analysis, k: int, j: int) -> tuple[Phrase, str] | None:
    """«رأى تقرير "Lebanon This Week" الصادر عن مجموعة بنك بيبلوس أن»: a document at k, its quoted
    title, then «الصادر عن» and a body: the body speaks, not the title read as a name."""
    words = an.words
    if k + 3 >= j or words[k] not in lexicon.issued_documents() or not any(ch in '"«“' for ch in an.doc.gap(k + 1)):
        return None
    end = next((x for x in range(k + 2, min(j, k + 8)) if any(ch in '"»”' for ch in an.doc.gap(x))), None)
    if end is None or end + 2 >= j or words[end] not in _ISSUED or words[end + 1] != "عن":
        return None
    ph = parse_phrase(an, end + 2, min(j, end + 2 + _ISSUER_WORDS))
    if (ph is None or ph.kind != "organization") and words[end + 2] in lexicon.label_nouns():
        # «مجموعة بنك بيبلوس»: a group of companies, named by the body that heads it
        held = parse_phrase(an, end + 3, min(j, end + 3 + _ISSUER_WORDS))
        ph = Phrase(end + 2, held.j, [end + 2, *held.title], None, None, "organization") \
            if held is not None and held.kind == "organization" and held.title and not held.name else ph
    return (ph, "") if ph is not None and ph.kind == "organization" and ph.title and not ph.name else None

