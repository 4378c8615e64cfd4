"""Fill the English catalogues' plural forms from the "(s)" in each source.

Run after `pyside6-lupdate -target-language en`:  python resources/translations/fill_en_ts.py
then:  pyside6-lrelease resources/translations/marsad_en.ts (and the others).

The English UI is the source text itself, but a source counts with "%n" and
writes its plural as "record(s)", "match(es)" or "entry(ies)": without a
catalogue the English UI would show "24 record(s)". English has two forms
(one; any other number), and each is derived from those markers, so a new
counted string needs no English written by hand. Where the singular changes
more than its noun (a verb agreeing with it: "1 row has problems"), the
singular is written out in SINGULAR below; the run fails when a counted
string still shows a marker in either form.

Only counted strings stay in these catalogues: every other English string
is its own source, so the catalogues carry nothing else.
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fill_ts import merge_mixins  # noqa: E402

CATALOGS = ("marsad_en.ts", "marsad_briefing_en.ts", "marsad_import_en.ts")

# "entry(ies)" before "(es)" and "(s)": the longest marker is replaced first.
MARKERS = ((re.compile(r"y\(ies\)"), "y", "ies"), (re.compile(r"\(es\)"), "", "es"), (re.compile(r"\(s\)"), "", "s"))
LEFT = re.compile(r"\((?:s|es|ies)\)")

# Singulars whose verb or pronoun agrees with the count too ("1 row has", "Reject it too?").
SINGULAR = {
    "Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import the "
    "valid rows and see the skipped ones listed with their lines.":
        "Nothing was imported: %n row has problems. Correct the file and import it again, or import the "
        "valid rows and see the skipped one listed with its line.",
    "Nothing was imported: %n problem(s) were found. Correct the files and import them again.":
        "Nothing was imported: %n problem was found. Correct the files and import them again.",
    "%n row(s) with problems were left out; the valid rows were imported. Each is listed below with its "
    "line and why.":
        "%n row with a problem was left out; the valid rows were imported. It is listed below with its "
        "line and why.",
    "%n row(s) with problems would be left out; the valid rows would be imported. Each is listed below "
    "with its line and why.":
        "%n row with a problem would be left out; the valid rows would be imported. It is listed below "
        "with its line and why.",
    "%n record(s) cannot be left without “%1”. Reject them too?":
        "%n record cannot be left without “%1”. Reject it too?",
    "Accept all %n proposal(s) as they are?": "Accept the %n proposal as it is?",
    "%n of them are proposals waiting for review": "%n of them is a proposal waiting for review",
    "%n record(s) here still need it": "%n record here still needs it",
    "%n open conflict(s): records changed here and at another store. Choose what to keep for each.":
        "%n open conflict: a record changed here and at another store. Choose what to keep.",
    "No imported article has proposals waiting for review, but %n conflict(s) from other stores wait for "
    "you to choose what to keep. Show them?":
        "No imported article has proposals waiting for review, but %n conflict from another store waits "
        "for you to choose what to keep. Show it?",
}


def forms(source: str) -> tuple[str, str]:
    """(singular, plural) of a counted source."""
    singular = plural = source
    for pattern, one, many in MARKERS:
        singular = pattern.sub(one, singular)
        plural = pattern.sub(many, plural)
    return SINGULAR.get(source, singular), plural


def fill(path: Path) -> list[str]:
    """Keep only the counted messages of `path`, with their two forms; returns those still marked."""
    tree = ET.parse(path)
    root = tree.getroot()
    # A mixin's strings are looked up under the window it is part of, as in the Arabic catalogues.
    merge_mixins(root)
    left = []
    for context in list(root.iter("context")):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                context.remove(message)
                continue
            # lupdate marks tr(..., n) as numerus but not QCoreApplication.translate(..., n).
            message.set("numerus", "yes")
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop("type", None)
            for form in forms(source):
                ET.SubElement(translation, "numerusform").text = form
                if LEFT.search(form):
                    left.append(f"{context.findtext('name')}: {form}")
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return left


if __name__ == "__main__":
    still = [item for catalog in CATALOGS for item in fill(HERE / catalog)]
    for item in still:
        print("plural marker left:", item)
    sys.exit(1 if still else 0)
