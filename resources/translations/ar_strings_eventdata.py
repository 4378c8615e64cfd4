"""Arabic for event data as its publishers ship it (issue 16): the fields ACLED, GDELT and UCDP GED
fill, their hints, and the messages of their importers. Merged into ar_strings.py's tables."""
REGISTRY = {
    "Fields": {
        "From the dataset": "من مجموعة البيانات",
        "Type in the dataset": "النوع في مجموعة البيانات",
        "Actor code": "رمز الفاعل",
        "Country code": "رمز البلد",
        "Type codes": "رموز النوع",
        "Precision of the coordinates": "دقة الإحداثيات",
        "Id in the dataset": "المعرّف في مجموعة البيانات",
        "Fatalities": "القتلى",
        "Fatalities, low estimate": "القتلى، أدنى تقدير",
        "Fatalities, high estimate": "القتلى، أعلى تقدير",
        "Fatalities, side A": "قتلى الطرف الأول",
        "Fatalities, side B": "قتلى الطرف الثاني",
        "Fatalities, civilians": "قتلى المدنيين",
        "Fatalities, unknown side": "قتلى من طرف غير معروف",
        "Disorder type": "نوع الاضطراب",
        "Type of violence": "نوع العنف",
        "Civilian targeting": "استهداف المدنيين",
        "Interaction": "التفاعل",
        "Source scale": "نطاق المصادر",
        "Conflict": "النزاع",
        "Dyad": "طرفا النزاع",
        "Event code (CAMEO)": "رمز الحدث (كاميو)",
        "Quad class": "الفئة الرباعية",
        "Goldstein scale": "مقياس غولدستين",
        "Average tone": "متوسط النبرة",
        "Mentions": "عدد الإشارات",
        "Sources counted": "عدد المصادر",
        "Articles counted": "عدد المقالات",
        "Added to the dataset": "أُضيف إلى مجموعة البيانات",
        "Dataset timestamp": "الطابع الزمني في مجموعة البيانات",
    },
    "Hints": {
        "Civilians were the target": "كان المدنيون هم المستهدفين",
        "Verbal cooperation": "تعاون لفظي",
        "Material cooperation": "تعاون مادي",
        "Verbal conflict": "نزاع لفظي",
        "Material conflict": "نزاع مادي",
    },
}
ERRORS = {
    # reading event data and archives (desktop/core/eventdata.py, inputs.py, text_encoding.py)
    "input.unknown_format": ("صيغة غير معروفة «{suffix}»؛ يستورد مرصد السجلات ({jsonl}) والمقالات ({article_suffixes}) "
                             "وبيانات الأحداث ({table_suffixes})، وهذه كلها داخل الأرشيفات المضغوطة أيضًا"),
    "csv.width": ("في الصف {width} خلية، وفي سطر العناوين {expected}؛ لم يُقرأ الصف في أعمدة غير أعمدته "
                  "(الخلية التي فيها الفاصل يجب أن تكون بين علامتَي تنصيص)"),
    "csv.width_layout": "في الصف {width} خلية، وفي صفوف {format} {expected}",
    "csv.raw_layout": ("{width} عمودًا مفصولة بمسافات جدولة بلا سطر عناوين: ليس ترتيبًا يعرفه مرصد ({layouts})؛ "
                       "ملفات {gdelt1} غير مدعومة"),
    "csv.unknown_layout": ("لم يتعرّف مرصد على أعمدة هذا الملف بوصفه تصديرًا من صيغة يعرفها ({formats})؛ "
                           "حدّد مطابقة الأعمدة، مثل {map_example}"),
    "csv.cp1256": "هذا الملف بترميز {encoding} (ويندوز العربي) لا بترميز {utf8}؛ احفظه بترميز {utf8}",
    "csv.latin1": "هذا الملف بترميز {encoding} (أوروبا الغربية) لا بترميز {utf8}؛ احفظه بترميز {utf8}",
    "csv.utf16_no_bom": "يبدو هذا الملف بترميز {encoding} بلا علامة ترتيب البايتات، لا بترميز {utf8}؛ احفظه بترميز {utf8}",
    "csv.bad_utf16": "ليس نصًا صالحًا بترميز {encoding} (عند الموضع {offset})؛ احفظ الملف بترميز {utf8}",
    "archive.damaged": "ليس أرشيف {archive} مقروءًا: معطوب أو مقطوع؛ لم يُستورد شيء",
    "archive.damaged_at": "الأرشيف معطوب أو مقطوع هنا؛ لم يُستورد شيء",
    "archive.empty": "أرشيف فارغ",
    "archive.encrypted": "مشفّر؛ فكّه بكلمة مروره ثم استورد ملفاته",
    "archive.nothing_to_import": ("لا ملف فيه يستورده مرصد (فيه: {members})؛ يقرأ مرصد السجلات والمقالات "
                                  "وبيانات الأحداث، وداخل أرشيفات {archives} أيضًا"),
    "archive.member_left_out": "تُرك: ليس ملفًا يستورده مرصد",
    "archive.text_left_out": "تُرك: نص بجانب ملفات بيانات (كملف التعريف) لا يُستورد مقالًا",
    "archive.not_one_table": "فيه {count} جدول بيانات أحداث والمتوقع جدول واحد؛ استورد الأرشيف لقراءتها كلها",
    "map.bad_dataset": "{option} «{value}»: يحتاج اسم مجموعة البيانات إلى حروف أو أرقام",
    "map.reserved_dataset": "{option} «{value}»: {reserved} أسماء سجلات الصيغ المدمجة؛ اختر اسمًا آخر",
    "cell.not_count": "«{value}» ليس عددًا صحيحًا يساوي صفرًا أو أكثر",
    "cell.not_choice": "«{value}» ليس من {choices}",
    "cell.bad_timestamp": "«{value}» ليس تاريخًا ووقتًا مكتوبًا على صورة {pattern}",
    "acled.precision": "«{value}» ليس 1 أو 2 أو 3 (رموز الدقة في {acled})",
    "gdelt.mentions_file": ("هذا ملف إشارات من {gdelt}: يسرد أين ذُكرت الأحداث لا الأحداث نفسها؛ "
                            "استورد ملف الأحداث المقابل ({events_file}) بدلًا منه"),
    "query.bad_number": ("المكتوب في {filter}:{value} ليس عددًا ولا مقارنة ولا نطاقًا؛ اكتبه هكذا: "
                         "{filter}:{equal} أو {filter}:{at_least} أو {filter}:{below} أو {filter}:{between}."),
}
COMMON = {
    # the import dialog's file types (desktop/ui/file_actions.py)
    "Records, articles and event data": "سجلات ومقالات وبيانات أحداث",
    "All files": "كل الملفات",
    # what an import changed in stored records (desktop/ui/import_changes.py)
    "Changed in records already stored:": "ما تغيّر في سجلات كانت محفوظة:",
    "Kept as stored, because the store holds a later revision:": "بقي كما هو محفوظ، لأن المخزن فيه نسخة أحدث منه:",
    "… and %1 more": "… و%1 غيرها",
}
