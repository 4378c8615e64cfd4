"""Arabic for the main window's everyday features (issue 13, part 4): the right-click menus, the notes of an
empty tab, recent stores, search history and saved searches, relevance order, the briefing count, and the
preferences for digits, paper and text size. Merged into ar_strings.py's tables by its _merge_parts()."""

COMMON = {
    # --- the window (MainWindow) ---------------------------------------------------------------------
    "Version %1": "الإصدار %1",
    "Select records, or search, to add them to the briefing.": "حدّد سجلات، أو ابحث، لإضافتها إلى الإيجاز.",
    "Those records are already in the briefing.": "هذه السجلات موجودة في الإيجاز من قبل.",
    "&Save Search…": "&حفظ البحث…",
    "Name this search, to run it again from Search ▸ Saved Searches":
        "سمِّ هذا البحث لتعيد تشغيله من بحث ◂ عمليات البحث المحفوظة",
    "Sort by &Relevance": "الترتيب حسب ال&صلة",
    "Best matches first, as the command line ranks them; click a column to sort by it instead":
        "أقرب النتائج أولًا كما يرتّبها سطر الأوامر؛ انقر عمودًا للترتيب حسبه بدلًا من ذلك",
    "Open &Recent": "المخازن ال&أخيرة",
    "&Search": "ب&حث",
    "Sa&ved Searches": "عمليات البحث ال&محفوظة",
    "Recent Searc&hes": "عمليات البحث الأ&خيرة",
    "Search for something first, then save the search.": "ابحث عن شيء أولًا، ثم احفظ البحث.",
    "Saved the search as “%1”.": "حُفظ البحث باسم «%1».",
    "Copied.": "نُسخ.",

    # --- the right-click menus (ContextMenus) ----------------------------------------------------------
    "Copy with Citation": "نسخ مع التوثيق",
    "The text with its speaker, title, outlet and date, ready to paste into a report":
        "النص مع قائله وصفته والوسيلة والتاريخ، جاهزًا للصق في تقرير",
    "Copy with English Citation": "نسخ مع توثيق بالإنجليزية",
    "Copy with Arabic Citation": "نسخ مع توثيق بالعربية",
    "Copy as Plain Text": "نسخ نصًّا عاديًّا",
    "Copy Record Ids": "نسخ معرّفات السجلات",
    "Open a Source": "فتح مصدر",
    "Open the Source": "فتح المصدر",
    "This record names no source": "لا يذكر هذا السجل مصدرًا",
    "Filter by %1: %2": "تصفية حسب %1: %2",
    "Search for %1": "البحث عن %1",
    "Reset Columns": "استعادة الأعمدة",
    "Show every column, in the first order and widths": "إظهار كل الأعمدة بترتيبها وعرضها الأصليين",

    # --- a tab with no rows (EmptyNotes) ----------------------------------------------------------------
    "%1: none yet": "%1: لا شيء بعد",
    "Import an article": "استيراد مقال",
    "File ▸ Import (Ctrl+I): Marsad proposes the article's events, actors, quotes and places for you to review.":
        "ملف ◂ استيراد (Ctrl+I): يقترح مرصد أحداث المقال وفاعليه واقتباساته وأماكنه لتراجعها.",
    "Create a record": "إنشاء سجل",
    "Edit ▸ New Record (Ctrl+N), of the kind of this tab.": "تحرير ◂ سجل جديد (Ctrl+N)، من نوع هذا التبويب.",
    "Open the sample store": "فتح مخزن العينة",
    "The Ain al-Asad article and its records, to see a filled store.": "مقال عين الأسد وسجلاته، لترى مخزنًا عامرًا.",
    "This store is read-only: open another store to add records.":
        "هذا المخزن للقراءة فقط: افتح مخزنًا آخر لإضافة سجلات.",
    "Nothing in %1 matches “%2”.": "لا شيء في %1 يطابق «%2».",
    "Counting the matches in the other tabs…": "يجري عدّ النتائج في التبويبات الأخرى…",
    "%1 (%2)": "%1 (%2)",
    "Found in: %1.": "وُجدت نتائج في: %1.",
    "No other tab has a match either. Check the spelling, leave out a word, "
    "or search for the start of a word (word*).":
        "ولا شيء يطابقه في التبويبات الأخرى كذلك. تحقّق من الإملاء، أو احذف كلمة، أو ابحث ببداية الكلمة (كلمة*).",
    "The search cannot run.": "تعذّر تنفيذ البحث.",
    "No %1 pass this tab's filters.": "لا شيء من %1 يجتاز مرشّحات هذا التبويب.",
    "Widen the dates or set a filter back to “all”.": "وسّع نطاق التواريخ أو أعِد أحد المرشّحات إلى «الكل».",

    # --- File ▸ Open Recent (RecentStores) -----------------------------------------------------------------
    "%1 (missing)": "%1 (غير موجود)",
    "No other stores opened lately": "لم تُفتح مخازن أخرى مؤخرًا",
    "Remove Missing Stores": "إزالة المخازن غير الموجودة",
    "Clear the List": "مسح القائمة",

    # --- recent and saved searches (SearchHistory) -----------------------------------------------------------
    "No searches yet": "لا عمليات بحث بعد",
    "Clear Recent Searches": "مسح عمليات البحث الأخيرة",
    "No saved searches: search, then Search ▸ Save Search…": "لا عمليات بحث محفوظة: ابحث، ثم بحث ◂ حفظ البحث…",
    "Forget a Saved Search": "حذف بحث محفوظ",
    "Save Search": "حفظ البحث",
    "Name of the search “%1”:": "اسم البحث «%1»:",

    # --- Preferences (PreferencesDialog) --------------------------------------------------------------------
    "Western (0123)": "أرقام غربية (0123)",
    "Arabic-Indic (٠١٢٣)": "أرقام مشرقية (٠١٢٣)",
    "The digits of counts and dates in the Arabic interface; the English interface always writes 0123.":
        "أرقام الأعداد والتواريخ في الواجهة العربية؛ أما الواجهة الإنجليزية فتكتب 0123 دائمًا.",
    "&Digits": "الأ&رقام",
    "The paper a new briefing starts with; each briefing can change it.":
        "الورق الذي يبدأ به كل إيجاز جديد؛ ولكل إيجاز أن يغيّره.",
    "Briefing &paper": "&ورق الإيجاز",
    "System size": "حجم النظام",
    " pt": " نقطة",
    "The text size of the tables and the detail pane.": "حجم نص الجداول ولوحة التفاصيل.",
    "&Text size": "حجم ال&نص",

    # --- the app (App) --------------------------------------------------------------------------------------
    "The sample store cannot be made.": "تعذّر إنشاء مخزن العينة.",
}

NUMERUS = {
    "Added to the briefing: %n": [
        "لم يُضف شيء إلى الإيجاز", "أُضيف سجل واحد إلى الإيجاز", "أُضيف سجلان إلى الإيجاز",
        "أُضيفت %n سجلات إلى الإيجاز", "أُضيف %n سجلًا إلى الإيجاز", "أُضيف %n سجل إلى الإيجاز"],
    "Added to the briefing: %n of %1. Press %2 again to add the next ones.": [
        "لم يُضف إلى الإيجاز شيء من %1. اضغط %2 مرة أخرى لإضافة التالية.",
        "أُضيف إلى الإيجاز سجل واحد من %1. اضغط %2 مرة أخرى لإضافة التالية.",
        "أُضيف إلى الإيجاز سجلان من %1. اضغط %2 مرة أخرى لإضافة التالية.",
        "أُضيفت إلى الإيجاز %n سجلات من %1. اضغط %2 مرة أخرى لإضافة التالية.",
        "أُضيف إلى الإيجاز %n سجلًا من %1. اضغط %2 مرة أخرى لإضافة التالية.",
        "أُضيف إلى الإيجاز %n سجل من %1. اضغط %2 مرة أخرى لإضافة التالية."],
    "Briefing: %n": [
        "الإيجاز: لا سجلات", "الإيجاز: سجل واحد", "الإيجاز: سجلان", "الإيجاز: %n سجلات", "الإيجاز: %n سجلًا",
        "الإيجاز: %n سجل"],
    "Records in the briefing: %n. Click to open the briefing composer.": [
        "لا سجلات في الإيجاز. انقر لفتح محرر الإيجاز.", "في الإيجاز سجل واحد. انقر لفتح محرر الإيجاز.",
        "في الإيجاز سجلان. انقر لفتح محرر الإيجاز.", "في الإيجاز %n سجلات. انقر لفتح محرر الإيجاز.",
        "في الإيجاز %n سجلًا. انقر لفتح محرر الإيجاز.", "في الإيجاز %n سجل. انقر لفتح محرر الإيجاز."],
}
