"""The Arabic label of each choice in the registry (a status, a type, a precision), keyed by its English label.

Kept in core, not only in the translation catalog, because a query names a
choice by its label in either language (`status:مخطط`, `type:منظمة`) and
core never reads Qt's catalogs. The translations (resources/translations/
ar_strings.py) take these same words, so the UI shows what a query accepts.
"""
from __future__ import annotations

ARABIC = {
    "person": "شخص", "organization": "منظمة", "state": "دولة", "armed group": "جماعة مسلحة",
    "media": "وسيلة إعلام", "other": "أخرى", "country": "بلد", "province": "محافظة", "city": "مدينة",
    "site": "موقع", "occurred": "وقع", "announced": "أُعلن", "planned": "مخطط", "expected": "متوقع",
    "confirmed": "مؤكد", "unreviewed": "غير مراجَع", "exact": "دقيق", "approximate": "تقريبي",
    "water body": "مسطح مائي", "near (within about 25 km)": "قريب (في حدود 25 كم)", "district": "قضاء",
    "political violence": "عنف سياسي", "demonstrations": "تظاهرات",
    "political violence; demonstrations": "عنف سياسي؛ تظاهرات", "strategic developments": "تطورات استراتيجية",
    "state-based conflict": "نزاع تكون الدولة طرفًا فيه", "non-state conflict": "نزاع بين أطراف غير حكومية",
    "one-sided violence": "عنف من طرف واحد",
    # the Admiralty grades keep their letters and digits in both languages (their meanings are hints)
    "A": "A", "B": "B", "C": "C", "D": "D", "E": "E", "F": "F",
    "1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "6": "6",
}
