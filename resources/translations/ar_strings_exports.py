"""Arabic for exports an analyst can hand on (issue 13): CSV headers and the export dialog, and
the error of `import --map auto`. Merged into ar_strings.py's tables (see _merge_parts there).

The import dialogs' own strings (skipping bad rows, remembered column mappings) are translated
in marsad_import_ar.ts directly, like the rest of that catalogue.
"""
COMMON = {
    # File ▸ Export (desktop/ui/file_actions.py)
    "ID": "المعرّف",
    "CSV, the records of this tab (*.csv)": "CSV، سجلات هذا التبويب (*.csv)",
    "CSV, the selected records (*.csv)": "CSV، السجلات المحددة (*.csv)",
    "%1 already exists. Replace it?": "%1 موجود من قبل. أتستبدله؟",
}

# File ▸ Export of the selected rows (more than one is selected)
NUMERUS = {
    "Export %n selected record(s)": [
        "تصدير لا سجلات محددة", "تصدير سجل محدد واحد", "تصدير سجلين محددين", "تصدير %n سجلات محددة",
        "تصدير %n سجلًا محددًا", "تصدير %n سجل محدد"],
    # File ▸ Export Selected Records and the row menu: the selection, one row included
    "Export %n Selected Record(s)…": [
        "تصدير لا سجلات محددة…", "تصدير السجل المحدد…", "تصدير السجلين المحددين…", "تصدير %n سجلات محددة…",
        "تصدير %n سجلًا محددًا…", "تصدير %n سجل محدد…"],
    "Exported %n selected record(s) to %1": [
        "لم يُصدَّر أي سجل محدد إلى %1", "صُدّر سجل محدد واحد إلى %1", "صُدّر سجلان محددان إلى %1",
        "صُدّرت %n سجلات محددة إلى %1", "صُدّر %n سجلًا محددًا إلى %1", "صُدّر %n سجل محدد إلى %1"],
}

ERRORS = {
    "map.auto_no_title": "{map_option}: لا يبدو أي عمود عمودَ عنوان؛ الأعمدة: {columns}؛ سمِّها كما في {map_example}",
}
