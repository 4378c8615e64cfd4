"""Arabic for the record forms' pickers: references by name, "Create new…", dates with their precision,
saving from the keyboard and the question before changes are thrown away (merged into ar_strings.py)."""
COMMON = {
    # a reference picked by name (desktop/ui/dialogs/reference_edit.py, suggestion_view.py)
    "Type a name, then pick from the list": "اكتب اسمًا ثم اختر من القائمة",
    "Create new %1 “%2”…": "إنشاء %1 جديد «%2»…",
    "also known as %1": "ويُعرف باسم %1",
    # links with roles (reference_list.py)
    "Role": "الدور",
    "The part this record played: pick one or type another": "الدور الذي أدّاه: اختر واحدًا أو اكتب غيره",
    "The part this record played": "الدور الذي أدّاه",
    "Role, e.g. perpetrator": "الدور، مثل: المنفذ",
    "Remove this link": "أزل هذا الربط",
    "Add: type a name, then pick from the list": "إضافة: اكتب اسمًا ثم اختر من القائمة",
    "Add a %1": "إضافة %1",
    # dates at their precision (date_input.py)
    "Year": "سنة",
    "Month": "شهر",
    "Day": "يوم",
    "How much of the date is known: the year, the month or the day": "ما يُعرف من التاريخ: السنة أو الشهر أو اليوم",
    "Date known to": "التاريخ معروف حتى",
    "Pick the date in a calendar (Alt+Down)": "اختر التاريخ من التقويم (Alt+Down)",
    "Calendar": "التقويم",
    # the form (record_editor.py)
    "Save (Ctrl+S or Ctrl+Enter)": "حفظ (Ctrl+S أو Ctrl+Enter)",
    "Discard your changes?": "أتتخلى عن تغييراتك؟",
    "Discard": "تخلَّ عنها",
    "Keep Editing": "تابع التحرير",
    # a field left empty, named under it (error_text.under_field); every required field's name is masculine
    "%1 is required": "%1 مطلوب",
    # a quote's date filled from the source picked for it
    "The date is the source’s publication date; change it if the words are older.":
        "التاريخ هو تاريخ نشر المصدر؛ غيّره إن كان الكلام أقدم.",
    # deleting an actor: the records that only link to it lose the link
    "Links that are removed as well: %1.": "روابط تُحذف أيضًا: %1.",
}
