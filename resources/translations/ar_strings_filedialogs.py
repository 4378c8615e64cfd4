"""Arabic for the type column of the app's file dialogs (desktop/ui/file_dialogs.py), which names a file
from its extension (merged into ar_strings.py)."""
COMMON = {
    "Drive": "قرص",
    "Folder": "مجلد",
    "File": "ملف",
    "%1 file": "ملف %1",
}
