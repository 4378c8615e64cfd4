"""The few shapes fields come in, and the fields every stored kind has."""
from __future__ import annotations

from desktop.core.kinds import fields as f
from desktop.core.kinds.fields import Choice, Field

REVIEW = (Choice("confirmed", "confirmed"), Choice("unreviewed", "unreviewed"))


def text_field(name, label, *, limit=f.MAX_SHORT, long=False, required=False, column=True, **kw) -> Field:
    check = f.required_text(limit) if required else f.text(limit)
    return Field(name, label, f.LONG_TEXT if long else f.TEXT, check, required=required,
                 column=name if column else None, **kw)


def choice_field(name, label, choices, **kw) -> Field:
    return Field(name, label, f.CHOICE, f.choice(tuple(c.code for c in choices)), column=name,
                 choices=choices, **kw)


def date_field(name, label, **kw) -> Field:
    return Field(name, label, f.DATE, f.date, column=name, ltr=True, **kw)


def ref_field(name, label, target, *, by_name=False, column=None, **kw) -> Field:
    return Field(name, label, f.REF, f.reference, column=column or f"{name}_id", ref=target, by_name=by_name,
                 **kw)


def common() -> tuple[Field, ...]:
    """Fields every stored kind has, after its own."""
    return (
        text_field("notes", "Notes", long=True, search="body"),
        Field("tags", "Tags", f.TAGS, f.text_list, column="tags", search="body", hint="Separated by commas"),
        choice_field("review", "Review", REVIEW, filter="review", form=False, default="confirmed"),
    )
