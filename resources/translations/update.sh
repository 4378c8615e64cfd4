#!/bin/sh
# Re-extract our strings, fill the Arabic and the English plurals, compile: run from the repository root.
# Three catalogs: the main window's (filled from ar_strings.py, with the kind
# registry's labels and core's error codes, which lupdate cannot see), and the
# briefing composer's and the import dialogs' (translated in their .ts files directly).
# fill_ts.py also files each mixin's strings under the window it is part of.
# The English catalogues hold only the counted strings ("%n record(s)"), their
# singular and plural made by fill_en_ts.py from the "(s)" in the source.
set -e
BIN=${BIN:-.venv/bin}
T=resources/translations
for language in ar en; do
  $BIN/pyside6-lupdate $(find desktop/ui -name "*.py" ! -name printing.py ! -name fonts.py \
      ! -path "desktop/ui/briefing/*" ! -path "desktop/ui/importing/*" | sort) \
      -target-language $language -no-obsolete -ts $T/marsad_$language.ts
  $BIN/pyside6-lupdate desktop/ui/briefing/*.py -target-language $language -no-obsolete \
      -ts $T/marsad_briefing_$language.ts
  $BIN/pyside6-lupdate desktop/ui/importing/*.py -target-language $language -no-obsolete \
      -ts $T/marsad_import_$language.ts
done
$BIN/python $T/fill_ts.py
$BIN/python $T/fill_en_ts.py
for catalog in marsad marsad_briefing marsad_import; do
  $BIN/pyside6-lrelease $T/${catalog}_en.ts
done
# qt_supplement_ar.ts (Arabic for Qt's own dialogs where qtbase_ar.qm lacks it) is written by hand.
for catalog in marsad marsad_briefing marsad_import qt_supplement; do
  $BIN/pyside6-lrelease $T/${catalog}_ar.ts
done
