"""The article in the review dialog: its body as rich text, each proposal's evidence highlighted.

The body is record text: it is escaped piece by piece (html.escape of
body[a:b]) between the span boundaries, so markup in an article shows as
text and the highlights land on the right characters.
"""
from __future__ import annotations

import html

from desktop.core import kinds
from desktop.core import review as core_review
from desktop.core.kinds import fields as f
from desktop.ui import labels

# Light backgrounds with black text: readable on light and dark palettes alike. One per kind that
# extraction proposes, in the registry's order (core_review.KIND_ORDER), then round again.
PALETTE = ("#cfe3ff", "#e6dcff", "#dcefd3", "#fff0bf", "#ffd9d9", "#d4f1f1")
STYLE_SELECTED = "background-color:#ffa726; color:#000000; text-decoration:underline;"


def kind_style(kind: str) -> str:
    """The highlight of a proposal of `kind` in the article."""
    order = core_review.KIND_ORDER
    at = order.index(kind) if kind in order else len(order)
    return f"background-color:{PALETTE[at % len(PALETTE)]}; color:#000000;"


def evidence_span(rec: dict) -> list[int] | None:
    """Where a proposal's evidence is in its source's text: its kind's span field, from the registry."""
    kind = kinds.get(rec["kind"])
    name = next((fld.name for fld in kind.fields if fld.type == f.SPAN), None)
    return rec.get(name) if name else None


def anchor(index: int) -> str:
    return f"p{index}"


def _escaped(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br/>")


def article_html(body: str, proposals: list[dict], selected: int | None = None, rtl: bool = True) -> str:
    """The body as rich text, each proposal's span highlighted; `selected` (an index) emphasised.

    Spans nest and overlap (a name inside a quoted sentence): each piece
    between boundaries takes the colour of the innermost span covering it,
    and the selected proposal's colour wherever it covers.
    """
    spans = [evidence_span(p) for p in proposals]
    starts: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        if span and 0 <= span[0] < len(body):
            starts.setdefault(span[0], []).append(i)
    out = []
    for start, end, covering in core_review.segments(len(body), spans):
        text = _escaped(body[start:end])
        # An anchor per proposal at its first character, so selecting it can scroll there.
        names = "".join(f'<a name="{anchor(i)}"></a>' for i in starts.pop(start, []))
        if not covering:
            out.append(names + text)
            continue
        if selected is not None and selected in covering:
            style = STYLE_SELECTED
        else:
            inner = min(covering, key=lambda i: spans[i][1] - spans[i][0])
            style = kind_style(proposals[inner]["kind"])
        out.append(f'{names}<span style="{style}">{text}</span>')
    direction = "rtl" if rtl else "ltr"
    align = "right" if rtl else "left"
    return f'<div dir="{direction}" align="{align}" style="line-height:160%;">{"".join(out)}</div>'


def legend_html(selected: str) -> str:
    """The colours' key under the article: each kind's highlight by its name, then the selected one's
    (`selected`, the word the dialog translated). Fixed words and colours only: no record text."""
    def chip(style: str, text: str) -> str:
        return f'<span style="{style}">&nbsp;{html.escape(text)}&nbsp;</span>'
    chips = [chip(kind_style(kind), labels.kind(kind)) for kind in core_review.KIND_ORDER]
    return "&nbsp;&nbsp;".join(chips + [chip(STYLE_SELECTED, selected)])
