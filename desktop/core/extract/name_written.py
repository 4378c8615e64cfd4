"""Where the article writes a short name in full: a patronym's or a surname's fuller form.

A speaker named by the end of a name («ولد محمد الأمين»، «برهوم») is the person the article named in
full elsewhere (a byline, a caption, the first mention); these find that fuller writing, as written.
"""
from __future__ import annotations

from desktop.core.extract.analysis import Analysis, has_phrase_break
from desktop.core.extract.titles import could_be_given_name


def fuller_patronym(an: Analysis, words: tuple[str, ...]) -> str | None:
    """«ولد محمد الأمين» -> «أحمد سالم ولد محمد الأمين»: the first place the article writes the
    words after one or two given names, as written there."""
    n = len(words)
    for k in range(1, len(an.words) - n + 1):
        if tuple(an.words[k:k + n]) != words or any(has_phrase_break(an.doc.gap(x)) for x in range(k, k + n)):
            continue
        start = k
        while start > 0 and k - start < 2 and could_be_given_name(an, start - 1) \
                and not has_phrase_break(an.doc.gap(start)):
            start -= 1
        if start < k:
            return an.doc.text(start, k + n)
    return None


def fuller_name(an: Analysis, surname: str) -> str | None:
    """«برهوم» -> «فوزي برهوم»: the first place the article writes the surname after a
    given name (a byline «فوزي برهوم - المتحدث …», a caption), as written there."""
    for k in range(1, len(an.words)):
        if an.words[k] != surname or has_phrase_break(an.doc.gap(k)):
            continue
        g = k - 1
        if could_be_given_name(an, g):
            start = g - 1 if g > 0 and an.words[g - 1] in ("عبد", "ابو") \
                and not has_phrase_break(an.doc.gap(g)) else g
            return an.doc.text(start, k + 1)
    return None
