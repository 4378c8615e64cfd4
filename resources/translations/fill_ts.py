"""Fill marsad_ar.ts from ar_strings.py and report what is left untranslated.

Run after pyside6-lupdate:  python resources/translations/fill_ts.py
then:                        pyside6-lrelease resources/translations/marsad_ar.ts

lupdate finds the strings written in the UI's code. The words that live in
core it cannot see, so this adds them to the catalogue first:

- every label of the kind registry (desktop/core/kinds): kind names in the
  context "Kinds", field, column and list labels in "Fields", the labels of
  a closed list's values in "Choices", placeholders, captions and grade
  meanings in "Hints" (desktop/ui/labels.py reads them there);
- every error code of desktop/core/errors.py MESSAGES in "Errors", the code
  as the source and core's English as the translator's note
  (desktop/ui/error_text.py reads them there);
- every reason code of desktop/core/extract/reasons.py REASONS (why extraction
  proposed a record) in "Reasons", the same way (desktop/ui/reason_text.py).

A string with no Arabic is reported and the run fails, so a new kind, field,
choice, error code or reason code cannot ship untranslated.

lupdate files a mixin's `self.tr` strings under the mixin's class name, but
at run time `tr` looks them up under the class of the object, the window the
mixin is part of; `merge_mixins` moves them there, in every catalogue.
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from ar_strings import BY_CONTEXT, COMMON, ERRORS, NUMERUS, REASONS, REGISTRY  # noqa: E402

ERRORS_CONTEXT = "Errors"
REASONS_CONTEXT = "Reasons"
CATALOGS = ("marsad_ar.ts", "marsad_briefing_ar.ts", "marsad_import_ar.ts")
_CLASS = re.compile(r"^class (\w+)\(([^)]*)\):", re.M)


def mixin_owners() -> dict[str, str]:
    """Mixin class -> the class that inherits it (its strings' context at run time), from the UI's code."""
    out: dict[str, str] = {}
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for name, bases in _CLASS.findall(path.read_text(encoding="utf-8")):
            for base in (b.strip() for b in bases.split(",")):
                if base.endswith("Mixin"):
                    out[base] = name
    return out


def merge_mixins(root: ET.Element) -> None:
    """Move each mixin's messages into its owner's context.

    lupdate gave a moved string the translation it had in the owner's context
    (its same-text heuristic), marked unfinished: that translation is the
    reviewed one, so it is kept as finished.
    """
    owners = mixin_owners()
    for context in list(root.iter("context")):
        owner = owners.get(context.findtext("name") or "")
        if owner is None:
            continue
        target = _context(root, owner)
        known = {(m.findtext("source"), m.findtext("comment")) for m in target.iter("message")}
        for message in context.findall("message"):
            if (message.findtext("source"), message.findtext("comment")) not in known:
                translation = message.find("translation")
                if translation.get("type") == "unfinished" and (translation.text or len(translation)):
                    translation.attrib.pop("type")
                target.append(message)
        root.remove(context)


def registry_strings() -> list[tuple[str, str]]:
    """(context, English) of every label in the kind registry, each once, in registry order."""
    from desktop.core.kinds import registry
    out: dict[tuple[str, str], None] = {}

    def add(context: str, text: str) -> None:
        if text:
            out[(context, text)] = None

    for kind in registry.ALL:
        add("Kinds", kind.label)
        add("Kinds", kind.plural)
        for fld in kind.fields:
            add("Fields", fld.label)
            add("Fields", fld.reverse or "")
            add("Fields", fld.section)
            add("Hints", fld.hint)
            for choice in fld.choices:
                add("Choices", choice.label)
                add("Hints", choice.hint)
        for column in kind.columns:
            add("Fields", column.label)
    return list(out)


def error_codes() -> dict[str, str]:
    """Every error code core words, with its English template (the translator's note)."""
    from desktop.core.errors import MESSAGES
    return dict(MESSAGES)


def reason_codes() -> dict[str, str]:
    """Every reason code extraction words, with its English template (the translator's note)."""
    from desktop.core.extract.reasons import REASONS as ENGLISH
    return dict(ENGLISH)


def _registry_arabic(context: str, text: str) -> str | None:
    table = REGISTRY.get(context, {})
    if text in table:
        return table[text]
    # A label's capitalisation does not change its Arabic.
    folded = {k.casefold(): v for k, v in table.items()}
    return folded.get(text.casefold())


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _put(context: ET.Element, source: str, note: str = "") -> None:
    """A message for `source` in `context` (made once; filled below like any other)."""
    for message in context.iter("message"):
        if message.findtext("source") == source and not message.findtext("comment"):
            return
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    if note:
        ET.SubElement(message, "extracomment").text = note
    ET.SubElement(message, "translation").set("type", "unfinished")


def add_core_strings(root: ET.Element) -> dict[tuple[str, str], str | None]:
    """Add the registry's labels and core's error and reason codes; returns their Arabic by (context, source)."""
    arabic: dict[tuple[str, str], str | None] = {}
    for context_name, text in registry_strings():
        _put(_context(root, context_name), text)
        arabic[(context_name, text)] = _registry_arabic(context_name, text)
    errors = _context(root, ERRORS_CONTEXT)
    for code, english in error_codes().items():
        _put(errors, code, english)
        arabic[(ERRORS_CONTEXT, code)] = ERRORS.get(code)
    why = _context(root, REASONS_CONTEXT)
    for code, english in reason_codes().items():
        _put(why, code, english)
        arabic[(REASONS_CONTEXT, code)] = REASONS.get(code)
    return arabic


def merge_catalog(path: Path) -> None:
    tree = ET.parse(path)
    merge_mixins(tree.getroot())
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    core = add_core_strings(tree.getroot())
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if "%n" in source:
                # lupdate marks tr(..., n) as numerus but not QCoreApplication.translate(..., n).
                message.set("numerus", "yes")
            if message.get("numerus") == "yes":
                forms = NUMERUS.get(source)
                if not forms:
                    missing.append(f"{name}: {source}")
                    continue
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                comment = message.findtext("comment") or ""
                text = BY_CONTEXT.get((name, source, comment))
                if text is None and (name, source) in core:
                    text = core[(name, source)]
                elif text is None:
                    text = COMMON.get(source)
                if text is None:
                    missing.append(f"{name}: {source}")
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    for catalog in CATALOGS:
        merge_catalog(HERE / catalog)
    left = fill(HERE / "marsad_ar.ts")
    for item in left:
        print("untranslated:", item)
    sys.exit(1 if left else 0)
