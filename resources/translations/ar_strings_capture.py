"""Arabic for capturing an article: the import sheet (date, outlet, address, language) and its messages."""

ERRORS = {
    "article.paste_too_long": "طول النص الملصوق {length} حرفًا، والحد الأقصى للمقال {limit} (هل هو مقال واحد حقًا؟)",
    "article.bad_date": "«{value}» ليس تاريخًا (اكتب 2025-12-31 أو 31/12/2025 أو 31 كانون الأول 2025)",
    "article.no_arabic": "لا عربية في النص: يقرأ الاستخراج في مرصد التقارير العربية",
}

COMMON = {}
