"""«كتب- محمد السيد»: the line naming the article's writer, who reports nothing in it, so no
quotation after it is his."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis

_BYLINE_VERBS = frozenset(arabic.normalize(w) for w in ("كتب", "كتبت", "بقلم", "إعداد", "تحرير"))


def byline(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a byline: a writing verb (opening them, or after the dateline's dash:
    «مسافر يطا – «الأيام» – كتب مهند الجعبري:»), at most four more words, then the line's end."""
    start = next((x for x in range(i, j) if an.words[x] in _BYLINE_VERBS and (x == i or any(ch in "–-—" for ch in an.doc.gap(x)))), None)
    return start is not None and j - start <= 5 and "\n" in an.doc.body[an.doc.tokens[j - 1].end:][:2]
