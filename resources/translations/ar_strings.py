"""English source strings -> Arabic, by context, filled into marsad_ar.ts by fill_ts.py.

Kept beside the .ts so a translator can read and edit one plain table; the
.ts (for Qt Linguist) and the compiled .qm are what the app loads.
"""
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
    "&Edit": "ت&حرير", "New Record Of Kind": "سجل جديد من نوع", "&View": "&عرض", "&Language": "ال&لغة",
    "&Help": "م&ساعدة", "Main toolbar": "شريط الأدوات الرئيسي",
    "Search everything (Ctrl+F): words, \"a phrase\", -word, actor:name":
        "ابحث في كل شيء (Ctrl+F): كلمات، \"عبارة\"، ‎-كلمة، actor:اسم",
    "Search": "بحث", " (read-only)": " (للقراءة فقط)", "Search: %1": "البحث: %1",
    "%1 found in %2 ms": "%1 نتيجة في %2 ملّي ثانية", "Marsad — %1": "مرصد — %1",
    "New Store": "مخزن جديد", "Marsad stores (*.db)": "مخازن مرصد (*.db)", "Open Store": "فتح مخزن",
    "Marsad stores (*.db);;All files (*)": "مخازن مرصد (*.db);;كل الملفات (*)", "Import": "استيراد",
    "Records (*.jsonl *.csv);;All files (*)": "سجلات (*.jsonl *.csv);;كل الملفات (*)",
    "Created %1, updated %2 records.": "أُنشئ %1 وحُدّث %2 من السجلات.", "Export": "تصدير",
    "JSON Lines (*.jsonl)": "JSON Lines (*.jsonl)", "Exported to %1": "صُدّر إلى %1", "Back Up": "نسخة احتياطية",
    "Backed up to %1": "حُفظت نسخة احتياطية في %1", "About Marsad": "عن مرصد",
    "An offline reference of events, actors, quotes, places and sources for news and security analysts.":
        "مرجع يعمل دون اتصال للأحداث والفاعلين والاقتباسات والأماكن والمصادر، لمحللي الأخبار والأمن.",
    "Preferences": "التفضيلات", "YYYY, YYYY-MM or YYYY-MM-DD": "سنة، أو سنة-شهر، أو سنة-شهر-يوم",
    "Tags (comma separated)": "الوسوم (مفصولة بفواصل)", "Title or position": "اللقب أو المنصب",
    "Other names (one a line)": "أسماء أخرى (واحد في كل سطر)", "Latitude": "خط العرض", "Longitude": "خط الطول",
    "Address (URL)": "الرابط (URL)", "Language code": "رمز اللغة", "Until": "حتى", "Precision": "الدقة",
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
