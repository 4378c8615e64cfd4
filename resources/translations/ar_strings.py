"""English source strings -> Arabic, by context, filled into marsad_ar.ts by fill_ts.py.

Kept beside the .ts so a translator can read and edit one plain table; the
.ts (for Qt Linguist) and the compiled .qm are what the app loads.
"""
from desktop.core.kinds import arabic_choices  # noqa: E402 - beside the repository root (fill_ts.py)

COMMON = {
    "Marsad": "مرصد",
    "Delete": "حذف",
    "Date": "التاريخ", "Title": "العنوان", "Place": "المكان", "Actors": "الفاعلون", "Status": "الحالة",
    "Review": "المراجعة", "Name": "الاسم", "English name": "الاسم بالإنجليزية", "Type": "النوع",
    "Quotes": "الاقتباسات", "Events": "الأحداث", "Text": "النص", "Speaker": "المتحدث", "Source": "المصدر",
    "Part of": "يتبع", "Outlet": "الوسيلة", "Published": "تاريخ النشر", "Places": "الأماكن",
    "Sources": "المصادر", "Event": "حدث", "Actor": "فاعل", "Quote": "اقتباس",
    "Context": "السياق", "Also known as": "يُعرف أيضًا باسم", "Affiliation": "الانتماء",
    "Description": "الوصف", "Category": "الفئة", "Summary": "الملخص", "Coordinates": "الإحداثيات",
    "Author": "الكاتب", "Address": "الرابط", "Notes": "ملاحظات", "Tags": "الوسوم",
    "In the source": "في المصدر", "Members and affiliates": "الأعضاء والتابعون", "Places within": "أماكن تتبعه",
    "This record no longer exists.": "لم يعد هذا السجل موجودًا.",
    "person": "شخص", "organization": "منظمة", "state": "دولة", "armed group": "جماعة مسلحة",
    "media": "وسيلة إعلام", "other": "أخرى", "country": "بلد", "province": "محافظة", "city": "مدينة",
    "site": "موقع", "occurred": "وقع", "announced": "أُعلن", "planned": "مخطط", "expected": "متوقع",
    "confirmed": "مؤكد", "unreviewed": "غير مراجَع", "exact": "دقيق", "approximate": "تقريبي",
    "There is no store at %1 yet.": "لا يوجد مخزن في %1 بعد.",
    "The store opened last, %1, cannot be found.": "لم يُعثر على المخزن الذي فُتح آخر مرة، %1.",
    "A4": "A4", "Letter": "خطاب",
    "Start with the sample store (the Ain al-Asad article and its records), or with an empty store?":
        "هل تبدأ بمخزن العينة (مقال عين الأسد وسجلاته) أم بمخزن فارغ؟",
    "Sample Store": "مخزن العينة", "Empty Store": "مخزن فارغ",
    "This store was written by a newer version of Marsad.": "كُتب هذا المخزن بإصدار أحدث من مرصد.",
    "The store cannot be opened.": "تعذّر فتح المخزن.",
    "Edit %1": "تعديل %1", "New %1": "%1 جديد",
    "Delete Actor": "حذف فاعل",
    "%1 still has quotes. What should happen to them?": "ما زالت لـ%1 اقتباسات. ماذا نفعل بها؟",
    "Delete the quotes too": "احذف الاقتباسات أيضًا",
    "Give the quotes to another actor:": "انسب الاقتباسات إلى فاعل آخر:",
    "Pick the actor who gets the quotes": "اختر الفاعل الذي تُنسب إليه الاقتباسات",
    "That actor is being deleted too": "هذا الفاعل سيُحذف أيضًا",
    "Select a record to see it whole.": "اختر سجلًا لعرضه كاملًا.",
    "Details": "التفاصيل",
    "&New Store…": "مخزن &جديد…", "&Open Store…": "&فتح مخزن…", "&Import…": "&استيراد…",
    "&Export…": "ت&صدير…", "&Back Up…": "نسخة &احتياطية…", "&Print Briefing…": "&طباعة إيجاز…",
    "Add to &Briefing": "إضافة إلى الإ&يجاز", "Re&view Proposals…": "&مراجعة المقترحات…",
    "Open the briefing composer: basket, options, preview, print and PDF":
        "افتح محرر الإيجاز: السلة والخيارات والمعاينة والطباعة وPDF",
    "Add the selected records, or what the search found, to the briefing":
        "أضف السجلات المحددة، أو نتائج البحث، إلى الإيجاز",
    "Review the records proposed by article imports, beside their article":
        "راجِع السجلات المقترحة من استيراد المقالات بجانب مقالها",
    "Records, articles and event data (*.jsonl *.ndjson *.txt *.html *.htm *.json *.csv *.tsv);;All files (*)":
        "سجلات ومقالات وبيانات أحداث (*.jsonl *.ndjson *.txt *.html *.htm *.json *.csv *.tsv);;كل الملفات (*)",
    "Briefings are not available in this build yet": "الإيجازات غير متاحة في هذا الإصدار بعد",
    "&Quit": "&خروج", "&New Record": "سجل &جديد", "Create a record of the kind shown": "أنشئ سجلًا من النوع المعروض",
    "&Edit…": "&تعديل…", "Edit the selected record": "عدّل السجل المحدد", "&Delete": "&حذف",
    "Delete the selected records": "احذف السجلات المحددة", "&Accept": "&قبول",
    "Mark the selected unreviewed records as confirmed": "اعتمد السجلات غير المراجعة المحددة",
    "&Reject": "&رفض", "Delete the selected unreviewed records": "احذف السجلات غير المراجعة المحددة",
    "Show &Unreviewed Only": "اعرض &غير المراجَع فقط", "&Undo": "&تراجع", "&Redo": "إ&عادة",
    "&Find": "&بحث", "Search every tab": "ابحث في كل التبويبات", "&Preferences…": "التف&ضيلات…",
    "Back": "رجوع", "Forward": "تقدّم", "Go to &Details": "انتقل إلى ال&تفاصيل", "Go to &Table": "انتقل إلى ال&جدول",
    "&About Marsad": "&عن مرصد", "&Keyboard Shortcuts": "اختصارات &لوحة المفاتيح", "&File": "&ملف",
    "&Edit": "ت&حرير", "New Record of Kind": "سجل جديد من نوع", "&View": "&عرض", "&Language": "ال&لغة",
    "&Help": "م&ساعدة", "Main toolbar": "شريط الأدوات الرئيسي",
    "Search everything (Ctrl+F): words, \"a phrase\", -word, actor:name":
        "ابحث في كل شيء (Ctrl+F): كلمات، \"عبارة\"، ‎-كلمة، فاعل:اسم",
    "Search": "بحث", " (read-only)": " (للقراءة فقط)", "Search: %1": "البحث: %1",
    "Marsad — %1": "مرصد — %1",
    "New Store": "مخزن جديد", "Marsad stores (*.db)": "مخازن مرصد (*.db)", "Open Store": "فتح مخزن",
    "Marsad stores (*.db);;All files (*)": "مخازن مرصد (*.db);;كل الملفات (*)", "Import": "استيراد",
    "Records (*.jsonl *.csv);;All files (*)": "سجلات (*.jsonl *.csv);;كل الملفات (*)",
    "Created %1, updated %2 records.": "أُنشئ %1 وحُدّث %2 من السجلات.", "Export": "تصدير",
    "JSON Lines (*.jsonl)": "JSON Lines (*.jsonl)", "Exported to %1": "صُدّر إلى %1", "Back Up": "نسخة احتياطية",
    "Backed up to %1": "حُفظت نسخة احتياطية في %1", "About Marsad": "عن مرصد",
    "An offline reference of events, actors, quotes, places and sources for news and security analysts.":
        "مرجع يعمل دون اتصال للأحداث والفاعلين والاقتباسات والأماكن والمصادر، لمحللي الأخبار والأمن.",
    "Preferences": "التفضيلات",
    "Automatic &backups kept per store": "عدد النسخ الا&حتياطية التلقائية لكل مخزن",
    "Marsad copies the store before upgrades, restores and large imports, and once a day when it changed; "
    "older copies beyond this number are removed.":
        "ينسخ مرصد المخزن قبل الترقية والاستعادة والاستيراد الكبير، ومرة في اليوم إذا تغيّر؛ "
        "وتُحذف النسخ الأقدم بعد هذا العدد.", "YYYY, YYYY-MM or YYYY-MM-DD": "سنة، أو سنة-شهر، أو سنة-شهر-يوم",
    "Tags (comma separated)": "الوسوم (مفصولة بفواصل)", "Title or position": "اللقب أو المنصب",
    "Other names (one a line)": "أسماء أخرى (واحد في كل سطر)", "Latitude": "خط العرض", "Longitude": "خط الطول",
    "Address (URL)": "الرابط (URL)", "Language": "اللغة", "Until": "حتى", "Precision": "الدقة",
    "The date is approximate": "التاريخ تقريبي",
    "Actors (one a line: name or id, then | role)": "الفاعلون (واحد في كل سطر: الاسم أو المعرّف ثم | الدور)",
    "actor:hussein-allawi | spokesman": "حسين علاوي | المتحدث",
    "Sources (ids, one a line)": "المصادر (المعرّفات، واحد في كل سطر)", "Partial": "جزئي",
    "An excerpt of a longer statement": "مقتطف من تصريح أطول",
    "No single actor matches “%1”": "لا يطابق «%1» فاعلًا واحدًا",
    "No source with the id %1": "لا يوجد مصدر بالمعرّف %1", "must be a number": "يجب أن يكون رقمًا",
    "From": "من", "To": "إلى", "YYYY-MM-DD": "سنة-شهر-يوم", "Any type": "كل الأنواع", "Any status": "كل الحالات",
    "Reviewed or not": "المراجَع وغيره",
    "No single record matches “%1”; pick one from the list": "لا يطابق «%1» سجلًا واحدًا؛ اختر من القائمة",
    "Keyboard Shortcuts": "اختصارات لوحة المفاتيح", "Action": "الإجراء", "Keys": "المفاتيح",
    "Checking the records…": "جارٍ فحص السجلات…",
    "Separated by commas": "مفصولة بفواصل", "Other names": "أسماء أخرى", "One a line": "واحد في كل سطر",
    "One a line: a name or id, then | and the role": "واحد في كل سطر: الاسم أو المعرّف، ثم | والدور",
    "Source ids, one a line": "معرّفات المصادر، واحد في كل سطر",
    "Print a briefing of the selected records, or of what the search found":
        "اطبع إيجازًا بالسجلات المحددة، أو بما وجده البحث",
    "Type more, or press Enter to search for “%1”": "اكتب المزيد، أو اضغط Enter للبحث عن «%1»",
    "Nothing matches “%1”": "لا شيء يطابق «%1»",
    "JSON Lines (*.jsonl);;CSV, the records of this tab (*.csv)":
        "JSON Lines (*.jsonl);;CSV، سجلات هذا التبويب (*.csv)",
}

# Arabic has six plural forms: zero, one, two, few (3-10), many (11-99), other.
# Core's validation reasons, as the forms show them (desktop/ui/reasons.py).
COMMON.update({
    "must not be empty": "يجب ألا يكون فارغًا",
    "must be text": "يجب أن يكون نصًا",
    "is %1 characters long; the limit is %2": "طوله %1 حرفًا، والحد الأقصى %2",
    "contains a NUL character": "يحتوي على محرف NUL",
    "“%1” is not one of: %2": "«%1» ليست من القيم: %2",
    "must be a list of text": "يجب أن يكون قائمة نصوص",
    "must be a list": "يجب أن يكون قائمة",
    "has %1 items; the limit is %2": "فيه %1 عنصرًا، والحد الأقصى %2",
    "must be a date: YYYY, YYYY-MM or YYYY-MM-DD": "يجب أن يكون تاريخًا: YYYY أو YYYY-MM أو YYYY-MM-DD",
    "“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD": "«%1» ليس تاريخًا: اكتب YYYY أو YYYY-MM أو YYYY-MM-DD",
    "“%1” is not a date on the calendar": "«%1» ليس تاريخًا موجودًا في التقويم",
    "“%1”: there is no year 0": "«%1»: لا توجد سنة صفر",
    "must be a number": "يجب أن يكون رقمًا",
    "%1 is outside %2": "%1 خارج النطاق %2",
    "must be true or false": "يجب أن يكون صحيحًا أو خطأ",
    "“%1” is not an id like actor:hussein-allawi": "«%1» ليس معرّفًا مثل actor:hussein-allawi",
    "is required": "مطلوب",
    "“%1” does not start with the record's kind": "«%1» لا يبدأ بنوع السجل",
    "is set but the date is not": "محدد لكن التاريخ غير محدد",
    "%1 is before the date %2": "%1 يسبق التاريخ %2",
    "no record with the id “%2”": "لا يوجد سجل بالمعرّف «%2»",
    "“%1” matches no name, alias or id": "«%1» لا يطابق أي اسم أو اسم بديل أو معرّف",
    "“%1” names several records: %2": "«%1» يسمّي أكثر من سجل: %2",
    "“%1” is not an id": "«%1» ليس معرّفًا",
    "a record cannot refer to itself": "لا يمكن للسجل أن يشير إلى نفسه",
    "the actor is missing": "الفاعل غير محدد",
    "must be [start, end], start not after end": "يجب أن يكون [البداية، النهاية] والبداية لا تتجاوز النهاية",
    "needs the source it points into": "يحتاج إلى المصدر الذي يشير إليه",
})

NUMERUS = {
    "%n found": ["لا نتائج", "نتيجة واحدة", "نتيجتان", "%n نتائج", "%n نتيجةً", "%n نتيجة"],
    # how long a search took, after "%n found"; 0 is a duration rounded down, under half a millisecond
    "in %n ms": ["في أقل من ملّي ثانية", "في ملّي ثانية واحدة", "في ملّي ثانيتين", "في %n ملّي ثانية",
                 "في %n ملّي ثانية", "في %n ملّي ثانية"],
    "Delete %n record(s)": ["حذف لا سجلات", "حذف سجل واحد", "حذف سجلين", "حذف %n سجلات", "حذف %n سجلًا",
                            "حذف %n سجل"],
    "Accept %n record(s)": ["قبول لا سجلات", "قبول سجل واحد", "قبول سجلين", "قبول %n سجلات", "قبول %n سجلًا",
                            "قبول %n سجل"],
    "Delete %n record(s)? You can undo this.": [
        "لا سجلات للحذف.", "حذف سجل واحد؟ يمكنك التراجع عن ذلك.", "حذف سجلين؟ يمكنك التراجع عن ذلك.",
        "حذف %n سجلات؟ يمكنك التراجع عن ذلك.", "حذف %n سجلًا؟ يمكنك التراجع عن ذلك.",
        "حذف %n سجل؟ يمكنك التراجع عن ذلك."],
}
# Where one English word needs another Arabic word in one context (a kind's name vs a column's).
# Keys are (context, source, disambiguation comment).
BY_CONTEXT = {
    ("Labels", "Place", "record kind"): "مكان", ("Labels", "Source", "record kind"): "مصدر",
    ("Labels", "Event", "record kind"): "حدث", ("Labels", "Actor", "record kind"): "فاعل",
    ("Labels", "Quote", "record kind"): "اقتباس",
}

# --- The window's own strings added with the registry-driven tabs, forms and error catalogue ---------
COMMON.update({
    "%1: all": "%1: الكل",
    "No record with the id %1": "لا يوجد سجل بالمعرّف %1",
    "No single record matches “%1”": "لا يطابق «%1» سجلًا واحدًا",
    "Delete %1": "حذف %1",
    "Records still refer to %1: %2. What should happen to them?": "ما زالت سجلات تشير إلى %1: %2. ماذا نفعل بها؟",
    "Delete them too": "احذفها أيضًا",
    "Give them to another %1:": "انسبها إلى %1 آخر:",
    "Pick the record that gets them": "اختر السجل الذي تُنسب إليه",
    "That record is being deleted too": "هذا السجل سيُحذف أيضًا",
    # where a problem is (desktop/ui/error_text.py); the file and line are filled in isolated
    "{file}:{line}": "{file}، السطر {line}",
    "{file}: record {record}": "{file}، السجل {record}",
    "record {record}": "السجل {record}",
    "the file cannot be read or written (%1)": "تعذّرت قراءة الملف أو الكتابة عليه (%1)",
})
# --- Automatic backups: File ▸ Restore from an automatic backup, and the day's copy ----------------
COMMON.update({
    "&Restore from an Automatic Backup…": "ا&سترجاع من نسخة احتياطية تلقائية…",
    "Put back the store as it was before an upgrade, a repair, a restore, a large import, or on an earlier day":
        "إعادة المخزن إلى ما كان عليه قبل ترقية أو إصلاح أو استرجاع أو استيراد كبير، أو في يوم سابق",
    "Replace everything in this store with the copy taken %1?\n\n"
    "The store as it is now is copied first, so this can be undone the same way.":
        "أتستبدل كل ما في هذا المخزن بالنسخة المأخوذة في %1؟\n\n"
        "يُنسخ المخزن كما هو الآن أولًا، فيمكن التراجع عن ذلك بالطريقة نفسها.",
    "Restored. The store as it was is kept among the automatic backups.":
        "تم الاسترجاع. حُفظ المخزن كما كان بين النسخ الاحتياطية التلقائية.",
    "Today's automatic backup is done.": "أُخذت نسخة اليوم الاحتياطية التلقائية من المخزن.",
    "The automatic backup failed: %1": "تعذّر أخذ النسخة الاحتياطية التلقائية: %1",
    "Restore from an Automatic Backup": "الاسترجاع من نسخة احتياطية تلقائية",
    "Marsad copies the store before upgrades, repairs, restores and large imports, and once a day. "
    "Restoring keeps a copy of the store as it is now.":
        "ينسخ مرصد المخزن قبل الترقيات والإصلاحات والاسترجاع والاستيرادات الكبيرة، ومرة كل يوم. "
        "ويحتفظ الاسترجاع بنسخة من المخزن كما هو الآن.",
    "Taken": "أُخذت في",
    "Why": "السبب",
    "Records": "السجلات",
    "Size": "الحجم",
    "Cannot be read": "تتعذّر قراءتها",
    "%1 MB": "%1 م.ب",
    "There are no automatic backups of this store yet.": "لا توجد بعد نسخ احتياطية تلقائية لهذا المخزن.",
    "Restore": "استرجاع",
    "Before the upgrade to schema %1": "قبل الترقية إلى المخطط %1",
    "Before a repair": "قبل إصلاح",
    "Before a restore": "قبل استرجاع",
    "Before a large import": "قبل استيراد كبير",
    "Daily": "يومية",
    "Something went wrong (%1). Your store is safe: every change to it is made whole or not at all. "
    "The details were written to the terminal; please report them.":
        "حدث خطأ (%1). مخزنك سليم: كل تغيير فيه يتم كاملًا أو لا يتم. كُتبت التفاصيل في الطرفية؛ "
        "يُرجى الإبلاغ عنها.",
    "Another program changed the store; the tabs show its changes.":
        "غيّر برنامج آخر المخزن؛ تعرض التبويبات تغييراته.",
})
NUMERUS.update({
    "… and %n more": ["… ولا شيء غيرها", "… وواحدة أخرى", "… واثنتان أخريان", "… و%n أخرى", "… و%n أخرى",
                      "… و%n أخرى"],
})

# --- Strings that live in core: lupdate cannot see them, fill_ts.py adds them to the catalogue --------
# The kind registry's labels (desktop/core/kinds/registry.py), by the context desktop/ui/labels.py reads
# them in. Keys are the registry's English; a label's capitalisation does not change its Arabic.
REGISTRY = {
    "Kinds": {
        "Actor": "فاعل", "Actors": "الفاعلون", "Event": "حدث", "Events": "الأحداث", "Quote": "اقتباس",
        "Quotes": "الاقتباسات", "Place": "مكان", "Places": "الأماكن", "Source": "مصدر", "Sources": "المصادر",
        "Article": "مقال", "Articles": "المقالات",
    },
    "Fields": {
        "Name": "الاسم", "English name": "الاسم بالإنجليزية", "Type": "النوع", "Title or position": "اللقب أو المنصب",
        "Also known as": "يُعرف أيضًا باسم", "Affiliation": "الانتماء", "Description": "الوصف",
        "Found in": "وُجد في", "Span in the source": "الموضع في المصدر", "Part of": "يتبع",
        "Latitude": "خط العرض", "Longitude": "خط الطول", "Title": "العنوان", "Summary": "الملخص", "Text": "النص",
        "Outlet": "الوسيلة", "Address (URL)": "الرابط", "Published": "تاريخ النشر", "Language": "اللغة",
        "Author": "الكاتب", "Date": "التاريخ", "Until": "حتى", "Precision": "الدقة", "Status": "الحالة",
        "Place": "المكان", "Category": "الفئة", "Actors": "الفاعلون", "Sources": "المصادر", "Speaker": "المتحدث",
        "Source": "المصدر", "Event": "الحدث", "Context": "السياق", "Partial": "جزئي", "Notes": "ملاحظات",
        "Tags": "الوسوم", "Review": "المراجعة", "Quotes": "الاقتباسات", "Events": "الأحداث",
        "Members and affiliates": "الأعضاء والتابعون", "Places within": "أماكن تتبعه",
        # the Admiralty grades (issue 12), ready for when the registry has them
        "Reliability": "الموثوقية", "Credibility": "المصداقية", "Source reliability": "موثوقية المصدر",
        "Information credibility": "مصداقية المعلومة",
    },
    # One table with core, which accepts these words in queries (status:مخطط).
    "Choices": dict(arabic_choices.ARABIC),
    "Hints": {
        "One a line": "واحد في كل سطر",
        "One a line: a name or id, then | and the role": "واحد في كل سطر: الاسم أو المعرّف، ثم | والدور",
        "Source ids, one a line": "معرّفات المصادر، واحد في كل سطر",
        "An excerpt of a longer statement": "مقتطف من تصريح أطول",
        "Separated by commas": "مفصولة بفواصل",
        # the Admiralty grades' meanings
        "Completely reliable": "موثوق تمامًا", "Usually reliable": "موثوق عادةً", "Fairly reliable": "موثوق إلى حد ما",
        "Not usually reliable": "غير موثوق عادةً", "Unreliable": "غير موثوق",
        "Reliability cannot be judged": "لا يمكن الحكم على موثوقيته",
        "Confirmed by other sources": "مؤكدة من مصادر أخرى", "Confirmed": "مؤكدة", "Probably true": "صحيحة على الأرجح",
        "Possibly true": "ربما تكون صحيحة", "Doubtful": "مشكوك فيها", "Improbable": "مستبعدة",
        "Truth cannot be judged": "لا يمكن الحكم على صحتها",
    },
}

# Core's errors (desktop/core/errors.py MESSAGES), by code: desktop/ui/error_text.py fills {name} with the
# error's values (isolated); {<param>_label} is a kind parameter's Arabic name; names in error_text.LITERALS
# ({utf8}, {repair_cmd}...) are technical words kept in Latin letters. A code's Arabic never depends on
# core's English wording.
ERRORS = {
    # a field's value
    "field.not_text": "يجب أن يكون نصًا",
    "field.too_long": "طوله {length} حرفًا، والحد الأقصى {limit}",
    "field.nul": "يحتوي على محرف صفري",
    "field.surrogate": "يحتوي على نصف زوج بديل غير مكتمل ({codepoint}) عند المحرف {position}؛ هذا ليس نصًا",
    "field.empty": "يجب ألا يكون فارغًا",
    "field.not_choice": "«{value}» ليست من القيم: {choices}",
    "field.not_list": "يجب أن يكون قائمة",
    "field.not_text_list": "يجب أن يكون قائمة نصوص",
    "field.list_too_long": "فيه {length} عنصرًا، والحد الأقصى {limit}",
    "field.date_not_text": "يجب أن يكون تاريخًا مكتوبًا نصًا: سنة، أو سنة-شهر، أو سنة-شهر-يوم",
    "field.not_date": "«{value}» ليس تاريخًا: اكتب سنة، أو سنة-شهر، أو سنة-شهر-يوم",
    "field.not_calendar_date": "«{value}» ليس تاريخًا موجودًا في التقويم",
    "field.not_typed_date": "«{value}» ليس تاريخًا (اكتب 2025 أو 2025-03 أو 2025-03-14 أو آذار 2025 أو 14 آذار 2025)",
    "field.year_zero": "«{value}»: لا توجد سنة صفر",
    "field.not_number": "يجب أن يكون رقمًا",
    "field.not_count": "يجب أن يكون عددًا صحيحًا من 0 فأكثر",
    "field.out_of_range": "{value} خارج النطاق من {low} إلى {high}",
    "field.not_bool": "يجب أن يكون صحيحًا أو خطأ",
    "field.bad_span": "يجب أن يكون [البداية، النهاية] والبداية لا تتجاوز النهاية",
    "field.bad_id": "«{value}» ليس معرّفًا مثل {example_id} (النوع ثم نقطتان ثم اسم بلا مسافات)",
    "field.bad_link": "يجب أن يكون معرّفًا أو كائنًا فيه {target} و{role}",
    "field.link_unknown": "حقل غير معروف «{name}»",
    "field.link_missing_target": "الحقل {target} غير موجود",
    # a record as a whole
    "record.not_object": "يجب أن يكون السجل كائن {json}، لا {type}",
    "record.kind_missing": "غير موجود؛ يبدأ كل سجل بالحقل {kind_key}",
    "record.kind_unknown": "نوع غير معروف «{value}»؛ الأنواع المعروفة: {choices}",
    "record.field_unknown": "حقل غير معروف في سجل من نوع {kind_label}",
    "record.field_required": "مطلوب في سجل من نوع {kind_label}",
    "record.id_wrong_kind": "«{value}» لا يبدأ بـ«{prefix}»",
    "record.end_without_date": "محدد لكن التاريخ غير محدد",
    "record.end_before_date": "{end} يسبق التاريخ {date}",
    "record.span_without_source": "يحتاج إلى المصدر الذي يشير إليه",
    "record.span_past_text": "ينتهي عند الحرف {end}، بعد نهاية نص {source} ({length} حرفًا)",
    "record.span_past_body": "[{start}، {end}] يتجاوز نهاية نص مصدره ({length} حرفًا)",
    "record.article_not_stored": "تُستورد المقالات من الملفات، ولا تُخزَّن مباشرة",
    "record.duplicate_id": "المعرّف «{value}» مكرر (أول ظهور له في {first})",
    "record.self_reference": "لا يمكن للسجل أن يشير إلى نفسه",
    "record.not_found": "{key}: لا يوجد سجل بهذا المعرّف",
    "record.not_an_id": "{key}: ليس معرّف سجل",
    # references
    "ref.no_such_id": "لا يوجد {kind_label} بالمعرّف «{value}» في الملف أو المخزن",
    "ref.no_match": "«{value}» لا يطابق معرّفًا أو اسمًا أو اسمًا بديلًا من نوع {kind_label}",
    "ref.ambiguous": "«{value}» ملتبس: يسمّي {keys}",
    "ref.not_id": "«{value}» ليس معرّفًا من نوع {kind_label}",
    # input files
    "input.no_file": "لا يوجد ملف بهذا الاسم",
    "input.is_folder": "مجلد؛ اختر الملفات التي تريد استيرادها",
    "input.not_regular": "ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس)؛ احفظ المدخلات في ملف أولًا",
    "input.unreadable": "تعذّرت قراءته ({reason})",
    "input.unknown_format": ("صيغة غير معروفة «{suffix}»؛ يستورد مرصد السجلات ({jsonl}) والمقالات ({article_suffixes}) "
                             "وبيانات الأحداث ({table_suffixes})"),
    "input.line_too_long": "طول السطر {length} بايت، والحد الأقصى {limit}",
    "input.bad_utf8": "ترميز {utf8} غير صالح عند البايت {position} من السطر",
    "input.bad_json": "{json} غير صالح عند العمود {column}: {reason}",
    "input.not_object": "يجب أن يكون السجل كائن {json}، لا {type}",
    "input.empty": "الملف فارغ",
    "input.nothing_imported": "لم يُستورد شيء",
    "input.cancelled": "أُلغي الاستيراد؛ لم يُكتب شيء",
    "input.worker_died": "توقفت عملية الاستيراد فجأة؛ لم يُكتب شيء",
    "input.duplicate_article": "تُخطّي: المقال موجود في المخزن بالمعرّف {key}",
    # articles
    "article.no_text": "نص المقال فارغ",
    "article.title_only": "سطر العنوان فقط؛ نص المقال فارغ",
    "article.too_big": "حجم الملف {size} ميغابايت؛ الحد الأقصى للمقال {limit} ميغابايت (هل هو مقال واحد حقًا؟)",
    "article.not_html": "تعذّر تحليل {html} ({reason})",
    "article.no_paragraphs": ("لم يُعثر على نص مقال (لا فقرات {p_tag} خارج أشرطة التنقل والترويسات والتذييلات)؛ "
                              "هل هذه صفحة أخبار محفوظة؟"),
    "article.unknown_format": "صيغة مقال غير معروفة «{suffix}»؛ المتوقع {article_suffixes}",
    # event data
    "csv.bad_utf8": "ليس نصًا بترميز {utf8} صالح (البايت {byte} عند الموضع {offset})؛ احفظ الملف بترميز {utf8}",
    "csv.nul": "يحتوي على محرف صفري (عند الموضع {offset})؛ هذا ليس ملف {csv} نصيًا",
    "csv.malformed": "ملف {csv} معطوب ({reason})",
    "csv.gdelt_width": "{width} عمودًا؛ في صفوف {gdelt2} {expected} عمودًا",
    "csv.gdelt_version": ("{width} عمودًا مفصولة بمسافات جدولة: في ملفات أحداث {gdelt2} {expected} عمودًا "
                          "(ملفات {gdelt1} غير مدعومة)"),
    "csv.unknown_layout": ("ليس ملفًا مصدّرًا من {acled} أو {gdelt} (لا أعمدة {acled_columns} أو {gdelt_column})؛ "
                           "حدّد مطابقة الأعمدة، مثل {map_example}"),
    "csv.missing_column": "العمود «{column}» من {format} غير موجود",
    "csv.unmapped_column": "العمود «{column}» (المطابق للحقل {mapped}) ليس في سطر العناوين؛ الأعمدة: {columns}",
    "cell.empty": "فارغ",
    "cell.empty_date": "فارغ؛ يحتاج كل حدث إلى تاريخ",
    "cell.empty_title": "فارغ؛ يحتاج كل حدث إلى عنوان",
    "cell.bad_date": "«{value}» ليس تاريخًا (المتوقع مثل 2024-09-27 أو {date_words_example})",
    "cell.bad_month": "«{value}»: اسم شهر غير معروف «{month}»",
    "cell.not_calendar": "«{value}» ليس تاريخًا موجودًا في التقويم",
    "cell.not_number": "«{value}» ليس رقمًا",
    "cell.out_of_range": "{value} خارج النطاق من {low} إلى {high}",
    "cell.end_without_date": "محدد لكن لا يوجد عمود للتاريخ",
    "cell.end_before": "{end} يسبق {date}",
    "cell.bad_status": "«{value}» ليست من حالات الحدث المعروفة",
    "csv.unreadable": "تعذّرت قراءة الملف ({reason})",
    "csv.first_line_utf8": "ليس نصًا بترميز {utf8} صالح (عند الموضع {offset})",
    "map.bad_part": "{map_option}: «{part}» ليس على صورة حقل=عمود",
    "map.unknown_field": "{map_option}: حقل غير معروف «{field_name}»؛ الحقول المعروفة: {fields}",
    "map.no_column": "{map_option}: {field_name}= يحتاج إلى اسم عمود",
    "map.no_title": "{map_option}: تحتاج المطابقة على الأقل إلى عمود للعنوان ({title_map})",
    # queries
    # each a whole sentence: it is shown on its own under and beside the search field
    "query.not_text": "يجب أن يكون البحث نصًا.",
    "query.too_long": "طول البحث {length} حرفًا، والحد الأقصى {limit}.",
    "query.too_many_terms": "في البحث أكثر من {limit} كلمة؛ ابحث بكلمات أقل.",
    "query.no_words": "لا كلمات يُبحث عنها في «{text}»، ففيه عوامل أو علامات ترقيم أو تشكيل فقط.",
    "query.bad_kind": "في {filter}:{value} ليس «{bad}» نوعًا من السجلات، والأنواع: {choices}.",
    "query.bad_date": "المكتوب في {filter}:{value} ليس تاريخًا؛ اكتب سنة، أو سنة-شهر، أو سنة-شهر-يوم.",
    "query.bad_value": "في {filter}:{value} ليست «{bad}» من القيم: {choices}.",
    "query.bad_range": "النطاق في {filter}:{value} معكوس؛ اكتب القيمة الصغرى أولًا، مثل {example}.",
    "query.unclosed_quote": "علامة التنصيص عند المحرف {position} غير مغلقة، فبُحث عما بعدها عبارةً واحدة حتى النهاية.",
    "query.near": "المعامل {near} غير مدعوم، فيُبحث عن كلماته في أي موضع.",
    "query.no_value": "المرشِّح {filter} بلا قيمة، فأُهمل.",
    "query.missing_value": "المرشِّح {filter} يحتاج إلى قيمة بعد النقطتين مباشرةً.",
    "query.negated_filter": "الاستبعاد بالمرشِّح {filter} غير مدعوم، فطُبّق المرشِّح كما كُتب.",
    "query.only_excluded": "في البحث كلمات مستبعدة فقط، فيُعرض كل ما سواها.",
    "query.no_match": "لا يطابق {filter}:{value} أي {kind_label}.",
    "query.failed": "تعذّر تنفيذ البحث ({reason})؛ يخبرك {check_cmd} إن كان الفهرس تالفًا.",
    # views
    "view.bad_kind": "«{kind}» ليس من {choices}",
    "view.bad_column": "ليس في {kind_label} عمود «{column}»",
    "view.bad_filter": "لا يمكن تصفية سجلات {kind_label} حسب {filter}",
    "view.bad_value": "«{value}» ليست من القيم: {choices}",
    # the store
    "store.not_found": "{path}: لا يوجد مخزن بهذا المسار",
    "store.is_folder": "{path}: مجلد، وليس مخزن مرصد",
    "store.exists": "{path}: موجود بالفعل؛ افتحه أو اختر ملفًا آخر",
    "store.empty_file": "{path}: ملف فارغ، وليس مخزن مرصد",
    "store.not_sqlite": "{path}: ليس مخزن مرصد (ليس ملف {sqlite})؛ لم يُغيَّر",
    "store.not_marsad": "{path}: ملف {sqlite} لكنه ليس مخزن مرصد؛ لم يُغيَّر",
    "store.unreadable": "{path}: ليس مخزن مرصد قابلًا للقراءة ({reason})",
    "store.cannot_read": "{path}: تعذّرت القراءة ({reason})",
    "store.newer": ("{path}: كتبه إصدار أحدث من مرصد (المخطط {version}، وهذا الإصدار يقرأ حتى {supported})؛ "
                    "حدّث مرصد لتفتحه. لم يُغيَّر الملف."),
    "store.needs_upgrade_readonly": "{path}: يحتاج إلى ترقية إلى المخطط {supported} لكنه للقراءة فقط",
    "store.readonly": "{path}: المخزن للقراءة فقط؛ لم يُغيَّر شيء",
    "store.busy": "{path}: المخزن مشغول في برنامج آخر؛ حاول مرة أخرى",
    "store.disk_full": "{path}: القرص ممتلئ (في {folder})؛ لم يُغيَّر شيء",
    "store.damaged": "المخزن {path} تالف. استعِده من نسخة احتياطية.",
    "store.version_reset": ("{path}: أُعيد رقم مخطط المخزن إلى 0 مع أنه يحوي جداول مرصد؛ استعِده من نسخة "
                            "احتياطية (يسردها الأمر {backups_command})؛ لم يُغيَّر"),
    "store.io": "تعذّرت قراءة المخزن {path} من القرص أو الكتابة عليه. تحقّق من أن القرص موصول وفيه متّسع، ثم حاول مرة أخرى.",
    "store.sqlite": "{path}: خطأ في قاعدة البيانات ({reason})",
    "store.migration_failed": "{path}: فشلت الترقية إلى المخطط {version} ({reason})؛ لم يُغيَّر المخزن",
    "store.backup_same_file": "{path}: هو المخزن نفسه؛ اختر ملفًا آخر",
    "store.backup_failed": "{path}: تعذّرت كتابة النسخة الاحتياطية ({reason})",
    "store.backup_check_failed": "{path}: لم تجتز النسخة الاحتياطية الفحص: {problem}",
    "store.index_out_of_step": "فهرس البحث غير متزامن مع {count} سجلًا غُيّرت خارج مرصد؛ شغّل {repair_cmd}",
    # what the store's check finds
    "check.integrity": "السلامة: {line}",
    "check.unreadable": "السلامة: تعذّرت قراءة الملف ({reason})",
    "check.foreign_key": "مفتاح خارجي: الصف {row} في الجدول {table} يشير إلى صف مفقود في {parent}",
    "check.fts": "فهرس البحث: فهرس {fts5} تالف ({reason})",
    "check.missing": "فهرس البحث: {count} سجلًا من نوع {kind_label} غير مفهرسة",
    "check.orphans": "فهرس البحث: {count} صفًا في الفهرس تشير إلى سجلات محذوفة من نوع {kind_label}",
    "check.misfiled": "فهرس البحث: {count} صفًا في نطاق {kind_label} تسمّي سجلًا آخر",
    "check.stale": "فهرس البحث: {count} سجلًا من نوع {kind_label} مفهرسة بنص قديم، مثل {example}",
    "check.marked_stale": "فهرس البحث: غير متزامن مع {count} سجلًا غُيّرت خارج مرصد (شغّل {repair_cmd})",
    "check.analyser": "فهرس البحث: بناه المحلّل {built}، ومرصد هذا يحلّل بالإصدار {current} (شغّل {repair_cmd})",
    "check.names": "الأسماء: {count} سجلًا من نوع {kind_label} أسماؤها المطبَّعة قديمة، مثل {example}",
    "check.digest": "المصادر: {count} مصدرًا بصمة نصها قديمة، مثل {example}",
    "check.counts": ("العدّادات: عدّاد {kind_label} يقول {stored} (غير المراجَع {stored_unreviewed})، "
                     "والجدول فيه {actual} ({actual_unreviewed})"),
    # deleting and reviewing
    "delete.has_dependents": ("يحتاج {count} سجلًا من نوع {kind_label} إلى {key} (في حقل {through}): "
                              "احذفها أيضًا أو انسبها إلى سجل آخر"),
    "delete.no_target": "{key}: لا يوجد سجل آخر من نوع {kind_label} بهذا المعرّف تُنسب إليه",
    "progress.checked": "فُحص {count} سجلًا",
    "progress.indexed": "فُهرس {count} سجلًا",
    "delete.bad_decision": "قرار غير معروف «{value}»؛ المتوقع {delete_decisions}",
    "review.bad_state": "حالة مراجعة غير معروفة «{value}»؛ المتوقع {review_states}",
    "review.merge_kinds": "دمج {proposal} في {target}: لا يُدمج سجل إلا في سجل آخر من نوعه يُعرف بالاسم",
    "review.merge_self": "{key}: لا يمكن دمج السجل في نفسه",
    "review.merge_gone": "{key}: لا يوجد سجل بهذا المعرّف (هل دُمج أو رُفض من قبل؟)",
    "review.merge_no_target": "{key}: لا يوجد سجل بهذا المعرّف للدمج فيه",
    # briefings and the gazetteer
    "briefing.empty": "الإيجاز فارغ: اختر حدثًا أو اقتباسًا أو فاعلًا أو مصدرًا واحدًا على الأقل",
    "briefing.none_found": "لا يوجد أي من السجلات المختارة ({count}): {keys}",
    "briefing.not_text": "يجب أن يكون نصًا",
    "briefing.bad_date": "«{value}» ليس يومًا مثل 2025-12-31",
    "briefing.bad_digits": "يجب أن يكون واحدًا من {json_values}",
    "briefing.bad_items": "يجب أن يكون قائمة بمعرّفات السجلات",
    "briefing.bad_section": "قسم غير معروف «{value}»؛ الأقسام: {choices}",
    "briefing.bad_figure": "يجب أن يسمّي الشكل عرضًا (الخط الزمني أو مخطط الصلات أو الخريطة) وأن يحمل رسمه",
    "briefing.not_object": "يجب أن يكون الإيجاز المحفوظ كائن {json}",
    "briefing.newer": "حُفظ هذا الإيجاز بإصدار أحدث من مرصد (الصيغة {version})؛ هذا الإصدار يقرأ الصيغة {supported}",
    "gazetteer.bad_entry": "يحتاج إلى النوع (فاعل أو مكان) والمعرّف والاسم",
    "basemap.unreadable": "{path}: تعذّرت قراءة خريطة الأساس ({reason})",
    "export.bad_kind": "«{kind}» ليس من {choices}",
    "export.unwritable": "{path}: لا يمكن الكتابة هنا ({reason})",
}

# Why extraction proposed a record, by reason code (context "Reasons"): ar_strings_reasons.py.
REASONS: dict[str, str] = {}


def _merge_parts() -> None:
    """Tables of one area of the UI may live in ar_strings_<area>.py beside this file (same names:
    COMMON, NUMERUS, BY_CONTEXT, ERRORS, REASONS, REGISTRY), so that work on separate areas never edits one
    file."""
    import importlib
    from pathlib import Path
    for part in sorted(Path(__file__).resolve().parent.glob("ar_strings_*.py")):
        module = importlib.import_module(part.stem)
        COMMON.update(getattr(module, "COMMON", {}))
        NUMERUS.update(getattr(module, "NUMERUS", {}))
        ERRORS.update(getattr(module, "ERRORS", {}))
        REASONS.update(getattr(module, "REASONS", {}))
        # (context, source) means no disambiguating comment: ("Ctx", "Text") is ("Ctx", "Text", "").
        BY_CONTEXT.update({key if len(key) == 3 else (*key, ""): text
                           for key, text in getattr(module, "BY_CONTEXT", {}).items()})
        for context, table in getattr(module, "REGISTRY", {}).items():
            REGISTRY.setdefault(context, {}).update(table)


_merge_parts()
