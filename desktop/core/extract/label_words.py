"""The nouns that introduce a quoted name rather than a quotation («قاعدة "عين الأسد"»، «عملية "…"»),
and those whose quoted name may be a whole sentence (a title, a slogan). Re-exported by lexicon.py,
where the word lists are read from."""
from __future__ import annotations

import functools

from desktop.core.extract.word_forms import forms


@functools.cache
def label_nouns() -> frozenset[str]:
    """Nouns that introduce a quoted NAME, not a statement: قاعدة «عين الأسد»، عملية «...»."""
    return forms(
        "قاعدة تنظيم وكالة عملية حركة جماعة حزب صحيفة جريدة قناة موقع مبادرة شركة مؤتمر "
        "منتدى برنامج مشروع قانون اتفاق اتفاقية ميليشيا مليشيا فصيل كتائب لواء سرايا مجموعة "
        "شبكة منصة تطبيق مخيم مطار معبر ميناء سجن مستشفى مدينة بلدة قرية حي منطقة جبهة "
        "ائتلاف تحالف كتلة تيار قائمة بعنوان عنوان شعار وسم هاشتاغ هاشتاج كتاب فيلم مسلسل "
        "تقرير دراسة خطة استراتيجية صفقة منظومة صاروخ صواريخ طائرة طائرات مسيرة مسيرات "
        "دبابة سفينة حاملة فرقاطة عقيدة مصطلح لقب اسم تسمية يسمى تسمى المسمى المسماة "
        "الملقب المعروف المعروفة مقر قوة وحدة كلمة عبارة منظمة هيئة مركز مجلس صندوق بنك "
        "جامعة مدرسة فندق شارع ساحة جسر سد حقل نهر جبل جزيرة ولاية إقليم محافظة قضاء ناحية "
        "بلدية مناورات مناورة تمرين حملة وثيقة معركة غزوة عصابات عصابة ضد دولة "
        "لائحة لوائح ملحق فعاليات رواية ديوان مسابقة جائزة نظام مبدأ صيغة معادلة نموذج "
        "معرض جمعية رؤية مؤسسة")    # «ضمن معرض "كنوز مستردة"»، «أكدت جمعية "عير عميم" الإسرائيلية أن»   # «لائحة "بيروت مدينتي"» (a list)، «ملحق "…"»، «ضمن فعاليات "…"»، «وفق نظام "…"»


@functools.cache
def title_labels() -> frozenset[str]:
    """Label nouns whose quoted name may be a whole sentence: a title, a slogan, a hashtag."""
    return forms(
        "بعنوان عنوان شعار وسم هاشتاغ هاشتاج كتاب فيلم مسلسل تقرير دراسة اسم تسمية يسمى تسمى "
        "المسمى المسماة الملقب لقب مصطلح عبارة كلمة المعروف المعروفة")
