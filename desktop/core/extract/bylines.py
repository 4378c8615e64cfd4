"""«كتب- محمد السيد»: the line naming the article's writer, who reports nothing in it, so no
quotation after it is his."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis

_BYLINE_VERBS = frozenset(arabic.normalize(w) for w in ("كتب", "كتبت", "بقلم", "إعداد", "تحرير"))


def byline(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a byline: a writing verb, at most four more words, then the line's end."""
    return i < j and j - i <= 5 and an.words[i] in _BYLINE_VERBS and "\n" in an.doc.body[an.doc.tokens[j - 1].end:][:2]
