"""Hashes Marsad keeps: of a text (one article, one source), of a record's id basis, of indexed text.

hashlib loads OpenSSL, a few milliseconds that a window opening a store has
no use for: it is imported on the first hash (the first write or check).
"""
from __future__ import annotations

from desktop.core import arabic


def body_hash(body: str) -> str:
    """sha256 of the normalised body with whitespace collapsed: the same story in any markup."""
    import hashlib
    norm = " ".join(arabic.normalize(body).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def short_sha1(text: str, length: int = 12) -> str:
    import hashlib
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def signature64(text: str) -> int:
    """A 64-bit signed hash of a text (what the search index keeps to know its text changed)."""
    import hashlib
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
