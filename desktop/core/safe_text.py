"""Text from records and from input, made safe to print: no terminal control sequence gets through.

An imported article or CSV can carry escape sequences (ESC ] 0 sets the
window title, ESC ] 52 writes the clipboard, ESC ] 8 makes hyperlinks, CSI
clears the screen or hides text) and C1 controls (U+009B is a one-character
CSI on some terminals). Printed as they are, they act on the analyst's
terminal. So every human-readable line Marsad prints passes through
`shown`: controls become visible (ESC as ␛, other C0 as their control
pictures, C1 and DEL as <U+009B>), and bidi embedding, override and
isolate controls, which carry no text and can reorder what surrounds them,
are dropped. Newlines and tabs stay. `json_safe` does the same job for
JSON: such characters are written as \\u escapes, so a JSON document holds
them exactly but never in raw form.
"""
from __future__ import annotations

import json
from typing import Any

_BIDI_CONTROLS = tuple(range(0x202A, 0x202F)) + tuple(range(0x2066, 0x206A))


def _shown_table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
    table[0x7F] = "<U+007F>"
    table.update({c: f"<U+{c:04X}>" for c in range(0x80, 0xA0)})
    table.update({c: "" for c in _BIDI_CONTROLS})
    return table


def _json_table() -> dict[int, str]:
    escaped = [0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS, 0x2028, 0x2029]
    return {c: f"\\u{c:04x}" for c in escaped}


_SHOWN = _shown_table()
_JSON = _json_table()
# LRI, RLI, FSI, PDI: what the UI wraps names, ids and reasons in so that they keep their order
# inside a sentence. In a file or on the clipboard they are invisible characters that break
# a spreadsheet's matching and sorting, and they are no part of what the analyst wrote.
_NO_ISOLATES = {c: None for c in range(0x2066, 0x206A)}


def shown(text: Any) -> str:
    """`text` for a terminal: controls made visible, bidi controls dropped, newlines and tabs kept."""
    return str(text).replace("\r\n", "\n").translate(_SHOWN)


def without_isolates(data: Any) -> Any:
    """`data` (text, or a record's lists and dicts of it) with the bidi isolates taken out."""
    if isinstance(data, str):
        return data.translate(_NO_ISOLATES)
    if isinstance(data, list):
        return [without_isolates(item) for item in data]
    if isinstance(data, dict):
        return {key: without_isolates(value) for key, value in data.items()}
    return data


def json_safe(data: Any, **dumps_options) -> str:
    """json.dumps with UTF-8 text, and every control or bidi control character \\u-escaped."""
    # json.dumps escapes C0 itself; what remains raw can only stand inside a string, where
    # a \\u escape reads back as the same character.
    return json.dumps(data, ensure_ascii=False, **dumps_options).translate(_JSON)
