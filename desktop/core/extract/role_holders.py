"""People named in narrative with the office they take, in the accusative of state: «أدى رودريغو
باز، أمس السبت، اليمين الدستورية رئيساً لبوليفيا»، «انتُخب نبيه بري رئيساً للبرلمان»، «عُيّن
فلان وزيراً للدفاع». Read before the quotes (as people.scan_people), so that «وقال الرئيس الجديد»
and «وأضاف باز» later find the person, with the office as a title: «رئيس بوليفيا»."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase
from desktop.core.extract.book import ActorBook
from desktop.core.extract.name_lexicon import article_given_names
from desktop.core.extract.reasons import reason

# Verbs that take an office in the accusative of state, past and passive (the same letters)
_ROLE_VERBS = frozenset(arabic.normalize(w) for w in (
    "أدى", "انتخب", "عين", "اختير", "أصبح", "بات", "نصب", "كلف", "سمي"))
_REACH = 18           # the verb, its subject, asides and the oath before the office
_FIELD = 3            # the words of the office's field after it («رئيساً لبوليفيا»)
_TANWEEN_FATH = "\u064b"


def _office_in_accusative(an: Analysis, k: int) -> str | None:
    """«رئيساً»، «وزيراً»: the office (normalised, without its «ا») written at k with tanween."""
    w = an.words[k]
    if _TANWEEN_FATH not in an.doc.tokens[k].text or not w.endswith(("ا", "ه")):
        return None
    base = w[:-1] if w.endswith("ا") else w      # «رئيسةً للوزراء»: a woman's office, no «ا» written
    return base if base in lexicon.title_heads() and not base.startswith("ال") else None


def _field(an: Analysis, k: int) -> str:
    """The office's field as written after it, without the «لـ» that joins it («لبوليفيا» -> «بوليفيا»)."""
    words = []
    for x in range(k + 1, min(len(an.words), k + 1 + _FIELD)):
        if an.doc.gap(x).strip():
            break
        text = an.doc.tokens[x].text
        if x == k + 1:
            if not text.startswith("ل") or len(text) < 4:
                break
            text = text[1:] if not text.startswith("لل") else "ال" + text[2:]
        elif not an.words[x].startswith("ال"):
            break
        words.append(text)
    return " ".join(words)


def _object_before(an: Analysis, verb: int, k: int) -> Phrase | None:
    """«انتخب البرلمان الألماني … زعيم الاتحاد المسيحي الديمقراطي فريدريش ميرتس مستشاراً»: an active
    verb's subject is the body that chose; the one chosen is the name of two words or more right
    before the office, its own title before it."""
    best = None
    for start in range(k - 2, max(verb, k - 2 - _NAME_WORDS), -1):
        ph = parse_phrase(an, start, k)
        if ph is None or ph.title or ph.j != k or ph.name != (start, k) or ph.entry is not None \
                or (start < k - 2 and an.words[start].startswith("ال") and an.words[start] not in article_given_names()):
            break      # («رئيسة الحزب الليبرالي الديمقراطي ساناي تاكايتشي»: the party's adjective opens no name)
        best = ph
    return best


_NAME_WORDS = 4


def scan_role_holders(an: Analysis, book: ActorBook) -> None:
    """Propose each person a role verb names with the office it gives them."""
    doc = an.doc
    for k in range(1, len(an.words)):
        office = _office_in_accusative(an, k)
        if office is None:
            continue
        verb = None
        for x in range(k - 1, max(-1, k - _REACH), -1):
            if any(ch in ".؟!\n" for ch in doc.gap(x + 1)):
                break
            if any(v in _ROLE_VERBS for v in (an.words[x], an.words[x][1:] if an.words[x][:1] in "وف" else "")):
                verb = x
                break
        if verb is None or verb + 1 >= k:
            continue
        ph = parse_phrase(an, verb + 1, k)
        if ph is None or ph.title or ph.name is None or ph.name[1] - ph.name[0] < 2 or ph.entry is not None:
            ph = _object_before(an, verb, k)
            if ph is None:
                continue
        field = _field(an, k)
        title = f"{doc.tokens[k].text.rstrip(_TANWEEN_FATH + 'ا')} {field}".strip()
        person = Phrase(ph.name[0], ph.name[1], [], ph.name, None, "person")
        book.for_phrase(person, title, reason("actor.after_title", title=title))
