"""An actor's role in an event, shown in the reader's language when it is a common one.

A role is free text in a record (DESIGN: an event's actors are [{actor, role}]),
typed by whoever made the record, usually in Arabic («القائد»، «المتسلم»).
Analysts reuse a handful of them, and an English briefing, or the English
window's detail pane and link chart, should not show those in Arabic; so a
small vocabulary pairs each common role's Arabic with its English, matched
loosely (Arabic spelling variants, the article, case).
Any other role is the analyst's own wording and is shown as typed, isolated
(FSI…PDI) so that an Arabic role in English text, or the reverse, keeps its
own order without reordering the brackets around it.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from desktop.core import arabic

FSI, PDI = "\u2068", "\u2069"

# (Arabic, English), the Arabic with its article as analysts write it.
VOCABULARY = (
    ("القائد", "leader"), ("المتسلم", "recipient"), ("المسلّم", "handing over"), ("عضو", "member"),
    ("طرف", "party"), ("المنسحب", "withdrawing"), ("المغادر", "departing"), ("معني", "concerned"),
    ("الموقّع", "signatory"), ("المهزوم", "defeated"), ("المنتصر", "victor"), ("المنفذ", "perpetrator"),
    ("المنشأ", "established"), ("المؤسس", "founder"), ("المعلن", "announcer"), ("المستهدف", "target"),
    ("الداعم", "supporter"), ("المهاجم", "attacker"), ("المدافع", "defender"), ("الضحية", "victim"),
    ("الوسيط", "mediator"), ("المفاوض", "negotiator"), ("المراقب", "observer"), ("المشارك", "participant"),
    ("المضيف", "host"), ("الراعي", "sponsor"), ("المنظم", "organiser"), ("المتبني", "claimant"),
    ("المتهم", "accused"), ("المتحدث", "spokesperson"),
)


def _key(text: str) -> str:
    """A role compared loosely: normalised, lower case, without the Arabic article or shadda."""
    key = arabic.normalize(re.sub(r"\s+", " ", text.strip()).lower())
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _index() -> MappingProxyType:
    out = {}
    for ar, en in VOCABULARY:
        out[_key(ar)] = (ar, en)
        out[_key(en)] = (ar, en)
    return MappingProxyType(out)


_KNOWN = _index()


def known_role(role: str, language: str) -> str | None:
    """The role's label in `language` ("ar" or "en") when it is a common one, else None."""
    pair = _KNOWN.get(_key(role)) if role and role.strip() else None
    if pair is None:
        return None
    return pair[0] if language == "ar" else pair[1]


def role_words(role: str, language: str) -> str:
    """The role's words for a reader of `language`: a common one in that language, any other as typed.
    A role already in the reader's script stays as its writer spelt it. For a place that isolates every
    role itself (the detail pane) or draws it on a line of its own (a link chart's edge); elsewhere
    shown_role."""
    typed = role.strip()
    known = known_role(typed, language)
    if known and arabic.contains_arabic(typed) == (language == "ar"):
        return typed
    return known or typed


def shown_role(role: str, language: str) -> str:
    """The role as a reader of `language` sees it (role_words), a role of the analyst's own wording
    isolated: in a briefing's text."""
    typed = role.strip()
    return role_words(typed, language) if known_role(typed, language) else f"{FSI}{typed}{PDI}"


def offered(used: list[str], language: str) -> list[str]:
    """The roles a link's drop-down offers: the store's own (`used`, most used first), then every common
    role in `language` not already among them under another spelling or in the other language."""
    out, seen = [], set()
    for role in used:
        if role.strip() and _key(role) not in seen:
            out.append(role)
            seen.add(_key(role))
            pair = _KNOWN.get(_key(role))
            if pair:
                seen.update({_key(pair[0]), _key(pair[1])})
    for ar, en in VOCABULARY:
        if _key(ar) not in seen:
            out.append(ar if language == "ar" else en)
            seen.update({_key(ar), _key(en)})
    return out
