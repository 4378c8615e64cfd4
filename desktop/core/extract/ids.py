"""Deterministic record ids: the same name or source always gives the same id."""
from __future__ import annotations

import hashlib
import re
from types import MappingProxyType

from desktop.core import arabic

_LATIN = MappingProxyType({
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", " ": "-",
})


def transliterate(text: str) -> str:
    """A rough ASCII rendering of normalised Arabic, for readable ids only."""
    out = "".join(_LATIN.get(ch, ch) for ch in arabic.normalize(text))
    out = re.sub(r"[^a-z0-9]+", "-", out.lower()).strip("-")
    return out[:60].strip("-")


def slug(text: str) -> str:
    """A readable, collision-safe id part: transliteration plus a short hash of the normal form."""
    norm = arabic.normalize(text).strip()
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:6]
    base = transliterate(norm)
    return f"{base}-{digest}" if base else digest


def source_slug(source: dict) -> str:
    """The part of a source id after «source:», made safe for use inside other ids."""
    sid = str(source.get("id") or "")
    part = sid.split(":", 1)[1] if sid.startswith("source:") else sid
    part = re.sub(r"[\s/\\]+", "-", part).strip("-")
    if part:
        return part[:120]
    basis = (source.get("url") or "") + "\x1f" + arabic.normalize(source.get("body") or "")
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
