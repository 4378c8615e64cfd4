"""Arabic for capturing an article: the import sheet (date, outlet, address, language) and its messages."""

ERRORS = {
    "article.paste_too_long": "طول النص الملصوق {length} حرفًا، والحد الأقصى للمقال {limit} (هل هو مقال واحد حقًا؟)",
    "article.bad_date": "«{value}» ليس تاريخًا (اكتب 2025-12-31 أو 31/12/2025 أو 31 ديسمبر 2025)",
    "article.no_arabic": "لا عربية في النص: يقرأ الاستخراج في مرصد التقارير العربية",
}

COMMON = {
    "31 December 2025": "31 ديسمبر 2025",
    "%1, %2 or %3": "%1 أو %2 أو %3",
    "Calendar…": "التقويم…",
    "Import an Article": "استيراد مقال",
    "the pasted text": "النص الملصوق",
    "Before extraction, check what %1 says about itself.": "قبل الاستخراج، راجع ما يذكره %1 عن نفسه.",
    "&Title": "ال&عنوان",
    "&Published": "تاريخ ال&نشر",
    "&Outlet": "ال&وسيلة",
    "&Address (URL)": "ال&رابط",
    "the date": "التاريخ",
    "the outlet": "الوسيلة",
    "the address": "الرابط",
    "Read from the article: %1.": "قُرئ من المقال: %1.",
    "From the last article: %1.": "من المقال السابق: %1.",
    ", ": "، ",
    "&Import and Review": "ا&ستيراد ومراجعة",
    "Article from &Clipboard…": "مقال من ال&حافظة…",
    "Article from Clipboard": "مقال من الحافظة",
    "Import an article copied from a browser: its date, outlet and address first, then extraction and review":
        "استيراد مقال منسوخ من المتصفح: تاريخه ووسيلته ورابطه أولًا، ثم الاستخراج والمراجعة",
    "The clipboard holds no text. Copy an article first.": "لا نص في الحافظة. انسخ مقالًا أولًا.",
}

# The language an article is in, named where a source's details are shown (the review dialog's meta line).
BY_CONTEXT = {
    ("Languages", "Arabic"): "العربية",
    ("Languages", "English"): "الإنجليزية",
}
