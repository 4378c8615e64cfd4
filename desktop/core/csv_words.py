"""A CSV cell's closed-list value or yes-or-no in the language of the UI it was exported from.

The stored codes («armed_group», «true») are for programs; an analyst's
spreadsheet reads the labels the tabs show («armed group», «جماعة مسلحة»).
The Arabic is core's one table of choice labels (kinds/arabic_choices),
which the UI's catalogue takes as it is.
"""
from __future__ import annotations

from typing import Any

from desktop.core.kinds import arabic_choices
from desktop.core.kinds import fields as f

YES_NO = {"en": ("yes", "no"), "ar": ("نعم", "لا")}


def word(fld, value: Any, language: str | None) -> Any:
    """`value` worded in `language`, when it is a choice or a yes-or-no; anything else as it is.
    Without a language, or for a code the registry does not list, the value itself."""
    if language is None or fld is None:
        return value
    if fld.type == f.FLAG and value is None:
        # The forms and the tables read a box never ticked as "no", as they do one unticked:
        # one word for it, not «لا» in one row and nothing in the next.
        value = False
    if value is None:
        return value
    if fld.type == f.FLAG and isinstance(value, bool):
        yes, no = YES_NO.get(language, YES_NO["en"])
        return yes if value else no
    if fld.type != f.CHOICE:
        return value
    found = fld.choice(value)
    if found is None:
        return value
    return arabic_choices.ARABIC.get(found.label, found.label) if language == "ar" else found.label
