"""Fill marsad_ar.ts from ar_strings.py and report what is left untranslated.

Run after pyside6-lupdate:  python resources/translations/fill_ts.py
then:                        pyside6-lrelease resources/translations/marsad_ar.ts
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ar_strings import BY_CONTEXT, COMMON, NUMERUS  # noqa: E402


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
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
                text = BY_CONTEXT.get((name, source, comment)) or COMMON.get(source)
                if text is None:
                    missing.append(f"{name}: {source}")
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(HERE / "marsad_ar.ts")
    for item in left:
        print("untranslated:", item)
    sys.exit(1 if left else 0)
