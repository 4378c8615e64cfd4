#!/bin/sh
# Re-extract our strings, fill the Arabic, compile: run from the repository root.
set -e
BIN=${BIN:-.venv/bin}
$BIN/pyside6-lupdate $(find desktop/ui -name "*.py" ! -name printing.py ! -name fonts.py | sort) \
    -target-language ar -no-obsolete -ts resources/translations/marsad_ar.ts
$BIN/python resources/translations/fill_ts.py
$BIN/pyside6-lrelease resources/translations/marsad_ar.ts
