"""The heads of organisation names («وزارة الخارجية»، «الجيش الإسرائيلي»): a list of its own, read
as `lexicon.org_heads()` with the other word lists."""
from __future__ import annotations

import functools

from desktop.core import arabic
from desktop.core.extract.word_forms import forms


@functools.cache
def org_heads() -> frozenset[str]:
    """Heads of organisation names («وزارة الخارجية»، «الجيش الإسرائيلي»)."""
    return forms(
        "وزارة الوزارة الحكومة حكومة الجيش جيش قيادة القيادة هيئة الهيئة مجلس المجلس لجنة "
        "اللجنة منظمة المنظمة وكالة الوكالة حركة الحركة حزب الحزب جماعة الجماعة مكتب المكتب "
        "جهاز الجهاز خلية الخلية قوات القوات الشرطة شرطة الرئاسة رئاسة الخارجية الداخلية "
        "الدفاع البرلمان برلمان السفارة سفارة القنصلية البعثة بعثة مديرية المديرية دائرة "
        "الدائرة المرصد مرصد الأمانة التحالف تحالف الحلف حلف سلسلة السلسلة تعاونية التعاونية قائمة البيت الكرملين الإليزيه البنتاغون "
        "المفوضية مفوضية المحكمة محكمة النيابة نيابة الادعاء الديوان ديوان الاستخبارات المخابرات "
        "شركة الشركة مؤسسة المؤسسة اتحاد الاتحاد نقابة النقابة الفصائل فصائل فصيل كتائب "
        "سرايا ألوية لواء فرقة الفرقة الفيلق فيلق كتيبة الكتيبة تنظيم التنظيم المقاومة السلطة السلطات "
        "سلطات الكتلة كتلة ائتلاف الائتلاف التيار تيار المرجعية الإعلام مركز المركز قوة القوة "
        "جمعية الجمعية تنسيقية التنسيقية رابطة الرابطة غرفة الغرفة شبكة الشبكة "
        # «الاتحادية الجزائرية لكرة القدم»: Algeria's word for a sports federation
        "اتحادية الاتحادية "
        # «المحامي بهيأة فاس»، «الهيأة الوطنية …»: Morocco's spelling of «هيئة» (a bar, an authority)
        "هيأة الهيأة "
        "مزرعة مصنع مسجد المكتبة "     # «رئيس مزرعة "آرال-نور" للأرز بكزات أومبيتوف»: a farm or a factory has a head; «إمام مسجد جينغاريبر الشيخ …»: a mosque, its imam
        "مراكز المراكز تكتل التكتل "     # «وأوضحت مراكز الرعاية الصحية الأولية»: centres speaking as one («المراكز الأفريقية لمكافحة الأمراض»); «تكتل الجمهورية القوية»: a bloc
        # «دار الإفتاء»، «دار نشر بيروتية»: an institution or a publisher («الدار» is a place's word)
        "دار "
        # «مصدر من قسم الشؤون الاقتصادية بالجماعة»: a department of a body; «الشعبة الإقليمية للصحة»: a division
        "قسم الشعبة "
        # «الناطق باسم محور تعز العقيد عبدالباسط البحر»: Yemen's and Sudan's military fronts
        "محور "
        # «المرفق الوطني للأرصاد الجوية»: a national service
        "مرفق المرفق "
        # «الصيدلية المركزية التونسية»: a state pharmacy that buys and stores medicines
        "الصيدلية "
        # «وحذرت البلدية» after «بلدية ظفار»: a municipality referred back to («بلدية» alone is the
        # place noun of a title: «رئيس بلدية الغبيري»)
        "البلدية بلدية "
        # «وأوضحت المحافظة، في بيان» after «محافظة الإسكندرية»: a governorate referred back (not
        # «محافظة» alone, the place noun of a title: «محافظ محافظة …»)
        "المحافظة "
        # «وقالت عمالة إقليم الناظور، في بلاغ»: Morocco's prefecture, which issues statements
        "عمالة "
        # «محاكم دبي»، «محاكم أبوظبي»: the Emirates' court departments, and «وقالت المحاكم» after them
        "محاكم المحاكم "
        # «فرع الجمعية المغربية لحماية المال العام»، «الفرع الجهوي للمنتدى»: a body's branch
        "فرع الفرع "
        # «برنامج الأمم المتحدة الإنمائي»، «برنامج الأغذية العالمي»: the UN's programmes
        "برنامج "    # not «البرنامج»: a plan or a schedule as often («نشر … البرنامج الرسمي للزيارة»)
        "مشروع "    # «مشروع إدارة معلومات المياه والأراضي في الصومال (سوالم)»: FAO's project that publishes; not «المشروع»
        # «سلطة المياه»، «سلطة النقد»، «سلطة الطيران المدني»: an authority named by its head
        "سلطة "
        # «الخدمة الصحفية للرئاسة الأوزبكية»: a head of state's press service (not «خدمة»: «خدمة العملاء»)
        "الخدمة "
        # «الإدارة العامة للجمارك»، «الأمن العام»، «تجمع الرياض الصحي»: a body named by its head
        "إدارة الإدارة الأمن تجمع التجمع "
        # «ذكرت مجموعة ميناء تيانجين»، «وأضافت المجموعة»: a company group
        "مجموعة المجموعة "
        # «وأفاد سلاح الجو الأوكراني، في بيان»: an arm of the forces; «المجموعة الإقليمية للدرك
        # الوطني»: Algeria's gendarmerie (not «مجموعة»: a group of anything)
        "سلاح المجموعة "
        # «وقال قصر الإليزيه، في بيان»، «أعلن قصر قرطاج»: a head of state's palace speaks for him
        "قصر "
        # «المفتشية العامة للمالية»، «مفتشية الشغل»: an inspectorate (the Maghreb)
        "مفتشية المفتشية "
        # «مصدر من مصالح الولاية»، «مصالح الأمن»: Algeria's services of a state or the police
        "مصالح "
        # «مصلحة الجمارك»، «مصلحة الضرائب»: a public service (Egypt, Libya, the Maghreb); not «المصلحة»,
        # an interest as often («المصلحة العامة»)
        "مصلحة "
        # «البنك المركزي المصري»، «صندوق النقد الدولي»، «جامعة بغداد»: banks, funds and universities
        "بنك البنك مصرف المصرف صندوق الصندوق جامعة الجامعة "
        # «مجمع "كوسيدار"»، «مجمع سوناطراك»، «مجمع اللغة العربية»: a state group of companies (the
        # Maghreb) or an academy
        "مجمع المجمع "
        # «أمانة محافظة جدة»، «أمانة عمان الكبرى»، «أمانة بغداد»: a city's municipality
        "أمانة "
        # «وذكرت الشؤون الصحية بوزارة الحرس الوطني»: the Gulf's directorates of affairs (not «شؤون»,
        # a title's brief: «وزير شؤون الرئاسة»)
        # «وحدة إدارة المياه والأراضي في الصومال»، «وحدة مكافحة الإرهاب»: a unit of a body (not
        # «الوحدة»: unity, and a club's name, as often)
        "وحدة "
        "الشؤون "
        # «المستشار عن فريق المعارضة»: a group of a council (Morocco's parliamentary «فريق»); not
        # «الفريق», a rank
        "فريق "
        # «وفد المجموعة العربية»: a delegation speaks as a body («ترأس عراقجي وفد …» is its object)
        "وفد الوفد "
        # «الكونفدرالية الديمقراطية للشغل»، «نادي الأسير الفلسطيني»: confederations, federations, clubs
        "كونفدرالية الكونفدرالية فيدرالية الفيدرالية فدرالية الفدرالية نادي النادي "
        # «لجان المقاومة»، «قوى الحرية والتغيير»: bodies named by a plural head
        "لجان اللجان قوى "
        # «غرف الطوارئ»، «غرف التجارة والصناعة»: rooms and chambers, a plural head like «لجان»
        "غرف الغرف "
        # «جبهة التحرير الوطني»، «الجبهة الشعبية»: a party or a movement named a front
        "جبهة الجبهة "
        # «حراك المعلمين»، «الحراك الجنوبي»: a movement that speaks through its coordinators
        "حراك الحراك "
        # «المعهد الوطني للإحصاء»، «الأكاديمية الإقليمية للغة الصومالية»: an institute or an academy speaks as a body
        "معهد المعهد أكاديمية الأكاديمية "
        # «المندوبية الجهوية للفلاحة»: a regional delegation of a ministry (the Maghreb);
        # «العتبة العباسية»: a shrine's administration. («منتدى» is left out: as often an event,
        # «منتدى الاستثمار», as a body that speaks)
        "مندوبية المندوبية العتبة "
        # «العصبة الوطنية لكرة القدم الاحترافية»، «العصبة الجهوية»: the Maghreb's word for a sports league
        "عصبة العصبة "
        # «المنسقية العامة للنازحين واللاجئين»: Sudan's coordination of the displaced
        "منسقية المنسقية "
        # «منظومة الصناعات الدفاعية السودانية»: Sudan's defence industries system (not «المنظومة»: a
        # system of anything, «المنظومة الصحية»)
        "منظومة "
        # «وقال خفر السواحل اليوناني في بيان»: a coast guard speaks as a body; «مصدر من الطاقم الطبي
        # للمنتخب»: a team's staff
        "خفر طاقم الطاقم")


@functools.cache
def two_word_heads() -> frozenset[tuple[str, str]]:
    """Pairs of words that open a body's name when neither word alone does: Yemen's «الوحدة التنفيذية»
    («الوحدة» alone: unity), Morocco's «كتابة الدولة», and the emergency services («خدمة الإنقاذ
    البحري الإسبانية»; «خدمة» alone is as often a service sold or offered: «خدمة الدفع»)."""
    pairs = ("الوحدة التنفيذية", "كتابة الدولة", "خدمة الإنقاذ", "خدمة الإسعاف", "خدمة الطوارئ", "خدمة الإطفاء",
             "خدمة الأرصاد", "خدمة الصحة", "خدمة السجون", "خدمة الهجرة", "المصلحة الوطنية", "البرنامج الوطني",
             "مؤتمر نقابات", "المنطقة الحرة", "محافظة الغابات",     # (Algeria's forest service)
             "قطاع خفر",     # «قطاع خفر السواحل في محافظة شبوة»: Yemen's coast guard sector (not «قطاع غزة»)
             "مقر قيادة",     # China's «مقر قيادة مكافحة الفيضانات …»: a headquarters set up for a task (not «في مقر قيادة الجيش»)
             "الإقليم الجهوي")     # Tunisia's «الإقليم الجهوي للشركة الوطنية لاستغلال وتوزيع المياه بسليانة»: a utility's district
    return frozenset(tuple(arabic.normalize(p).split()) for p in pairs)
