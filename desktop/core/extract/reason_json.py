"""A Reason as JSON, so the store keeps why extraction proposed a record, not only its words.

An import words each reason once, in the language of the tool that ran it
(the command line's English, the GUI's Arabic), and stores those words as the
record's notes. The store also keeps the Reason itself (schema 8,
`extraction_reasons`), so the UI words it again in its own language whenever
it shows the record. The form:

    {"code": "quote", "params": [["rule", {"code": "speaker.found", "params": [...]}]]}

A parameter's value is the article's text (a string), a nested Reason (an
object with "code"), or a closed-list value (an object with "field" and
"choice"). Reading is strict: a form this version cannot word in full (a code
it does not know, written by a newer Marsad, or a damaged row) is None, and
the UI shows the words the import stored.
"""
from __future__ import annotations

import json

from desktop.core.extract.reasons import REASONS, Choice, Reason, Value


def dumps(found: Reason) -> str:
    return json.dumps(_form(found), ensure_ascii=False, separators=(",", ":"))


def _form(found: Reason) -> dict:
    return {"code": found.code, "params": [[name, _value_form(value)] for name, value in found.params]}


def _value_form(value: Value):
    if isinstance(value, Reason):
        return _form(value)
    if isinstance(value, Choice):
        return {"field": value.field, "choice": value.code}
    return str(value)


def loads(text: str) -> Reason | None:
    """The Reason `text` holds, or None when it is not one this version can word."""
    try:
        return _reason(json.loads(text))
    except (ValueError, TypeError):
        return None


def _reason(form) -> Reason:
    if not isinstance(form, dict) or form.get("code") not in REASONS or not isinstance(form.get("params"), list):
        raise ValueError("not a reason this version knows")
    params = []
    for pair in form["params"]:
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
            raise ValueError("not a parameter")
        params.append((pair[0], _value(pair[1])))
    return Reason(form["code"], tuple(params))


def _value(form) -> Value:
    if isinstance(form, str):
        return form
    if isinstance(form, dict) and "code" in form:
        return _reason(form)
    if isinstance(form, dict) and isinstance(form.get("field"), str) and isinstance(form.get("choice"), str):
        return Choice(form["field"], form["choice"])
    raise ValueError("not a value")
