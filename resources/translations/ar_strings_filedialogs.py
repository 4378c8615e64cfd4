"""Arabic for the type and size columns of the app's file dialogs (desktop/ui/file_dialogs.py names a
file from its extension, desktop/ui/file_listing.py words its size; merged into ar_strings.py)."""
COMMON = {
    "Drive": "قرص",
    "Folder": "مجلد",
    "File": "ملف",
    "%1 file": "ملف %1",
    "%1 bytes": "%1 بايت",
    "%1 KB": "%1 ك.ب",
    "%1 MB": "%1 م.ب",
    "%1 GB": "%1 ج.ب",
    "%1 TB": "%1 ت.ب",
}
