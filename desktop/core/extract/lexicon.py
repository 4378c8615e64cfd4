"""Word lists for the extraction rules, written as a reader would and normalised once.

The lists describe Modern Standard Arabic news prose in general (reporting
verbs, titles, organisation heads, label nouns), not any one article.
"""
from __future__ import annotations

import functools

from desktop.core.extract.body_heads import org_heads, two_word_heads
from desktop.core.extract.label_words import label_nouns, title_labels
from desktop.core.extract.word_forms import forms

# `org_heads` lives in body_heads.py, `label_nouns`, `title_labels` in label_words.py, `forms` in word_forms.py; all read through here.
__all__ = ["forms", "label_nouns", "org_heads", "title_labels", "two_word_heads"]


# Reporting verbs, past and present, in the forms they take with subject suffixes; the conjunctions و/ف are stripped before lookup.
_VERB_BASES = (
    "قال أضاف أكد أوضح أشار تابع ذكر صرح لفت شدد اعتبر أعلن كشف حذر طالب أعرب أفاد "
    "استطرد أردف علق وصف اتهم توعد تعهد هدد أقر اعترف أبلغ أكمل جدد نوه لاحظ طمأن "
    "كتب غرد نفى دعا رأى بين أفصح استدرك ختم اختتم زاد رد أجاب قالوا زعم ادعى رجح توقع "
    # Verbs of praise, blame and appeal open a new speaker as «قال» does («وأشاد الوزير بـ"…"»).
    # Not «انتقد»: its object is as often a definite noun run into the subject («انتقد الحزب المعارض المقترح»);
    # not «أدان»: a court's «أدانت المحكمة فلانا» convicts, it says nothing.
    "استنكر ندد رحب أشاد ثمن حث ناشد نصح ألمح لمح أوصى اقترح برر نبه تساءل أصر"
)
_VERB_EXTRA = (
    "قالت أضافت أكدت أوضحت أشارت تابعت ذكرت صرحت لفتت شددت اعتبرت أعلنت كشفت حذرت "
    "طالبت أعربت أفادت نفت دعت رأت بينت ختمت اختتمت زادت ردت أجابت كتبت غردت علقت وصفت "
    "يقول تقول يضيف تضيف يؤكد تؤكد يرى ترى يشير تشير يعتبر تعتبر يوضح توضح يتابع تتابع "
    "قالا أكدا أضافا أكدوا أضافوا أشاروا أوضحوا ذكروا حذروا طالبوا نفوا دعوا رأوا "
    "ادعت يزعم تزعم يدعي تدعي يتوقع تتوقع يرجح ترجح عبرت عبروا روى روت يروي تروي حكى حكت يحكي تحكي حكوا واصل واصلت عدت عد "
    "وصفه وصفته وصفها وصفتها وصفوه وصفوها"   # «ما وصفته بـ"..."»
    " أبدى أبدت أبديا أبدوا يبدي تبدي أدلى أدلت"   # «أبدى قلقه من "…"»: expressed, as «أعرب عن»; «أدلى بشهادة»
    " اشتكى اشتكت اشتكوا يشتكي تشتكي شكا شكت يشكو تشكو يطالب فرد فردت ليرد لترد يقر تقر قدرت لخص لخصت"   # «اشتكت إحدى المتسوقات من أن "…"»، «ويطالب العزاوي بـ"…"»، «فرد المتهم:»، «ليرد هذا الأخير بأنه»; «"…"، بهذه العبارة لخّص …»
)


@functools.cache
def report_verbs() -> frozenset[str]:
    out = set(forms(_VERB_EXTRA))
    for base in forms(_VERB_BASES):     # (a final «ى», folded to «ي», drops before «ت»: «أوصى» -> «أوصت»)
        out.update({base, base + "ت", base + "ا", base + "تا", base + "وا"} | ({base[:-1] + "ت", base[:-1] + "وا"} if base.endswith("ي") else set()))
    return frozenset(out)


def report_verb_with_pronoun(word: str) -> bool:
    """«أعلنه»، «ذكره» (normalised): a reporting verb with its object's pronoun, never a name's first word."""
    return word.endswith("ه") and word[:-1] in report_verbs()


@functools.cache
def report_participles() -> frozenset[str]:
    """Circumstantial participles (قائلا، مضيفا): their subject is the clause's subject."""
    words = forms(
        "قائلا مضيفا مؤكدا موضحا مشيرا لافتا مشددا معتبرا محذرا متابعا معربا داعيا "
        "مطالبا منوها مستدركا مختتما معلنا كاشفا واصفا متهما متوعدا متسائلا مستطردا "
        "زاعما مدعيا مرجحا متوقعا معلقا مصرحا ومضيفا ومؤكدا وقائلا")
    out = set()
    for w in words:
        out.update({w, w.rstrip("ا"), w.rstrip("ا") + "ه", w.rstrip("ا") + "ين"})
    return frozenset(out - {"متهمين", "مدعي"})     # «بسجن تسعة متهمين»، «مدعي عام محكمة أمن الدولة»: nouns far more often


@functools.cache
def report_nouns() -> frozenset[str]:
    """Nouns that carry someone's words: «نقلت ... عن X قوله»، «في تصريحات».

    Their speaker is named before them (after «عن») or is the clause's subject.
    """
    return forms(
        "قوله قولها قولهم قولهما بقوله بقولها بالقول بالتأكيد تأكيده تأكيدها إشارته إشارتها "
        "تصريحه تصريحها تصريحات تصريحاته تصريحاتها تصريح حديثه حديثها تعبيره تعبيرها "
        "كلمته كلمتها تغريدته تغريدتها منشوره تدوينته تدوينة بيانه بيانها بيان البيان النشرة البلاغ بلاغه بلاغها")     # the Maghreb's «البلاغ»: a communiqué


@functools.cache
def according_to() -> frozenset[str]:
    """Cues whose speaker follows them: «بحسب X»، «وفقا لـX»، «نقلا عن X»."""
    # «على حد تعبير X»، «على لسان X»
    return forms("بحسب حسب حسبما وفق وفقا طبقا نقلا بحسبما وبحسب ووفق ووفقا وحسب تعبير لسان")


@functools.cache
def title_heads() -> frozenset[str]:
    """Words that open a person's title («مستشار رئيس الوزراء»، «الفريق أول الركن»)."""
    return forms(
        "رئيس الرئيس رئيسة الرئيسة نائب النائب نائبة النائبة وزير الوزير وزيرة الوزيرة "
        "مستشار المستشار مستشارة المستشارة لسان داتوك داتو متحدث المتحدث المتحدثة متحدثة ناطق الناطق الناطقة "
        "قائد القائد قائدة أمين الأمين مدير المدير مديرة المديرة سفير السفير سفيرة السفيرة "
        "ممثل الممثل ممثلة مبعوث المبعوث المبعوثة عضو العضو عضوة الفريق اللواء العميد "
        "العقيد المقدم الرائد النقيب الملازم المشير العماد الجنرال جنرال اللفتنانت الميجور الرقيب الأدميرال الكاردينال البطريرك الناخب البروفيسور البروفيسورة "
        "سيناتور السيناتور سيناتورة السيناتورة الشيخ الدكتور د السيد السيدة داتو داتوك "
        "الدكتورة الشيخة "    # feminine titles of address («الشيخة» is a title; «شيخة» a given name)
        "مولانا المولوي "     # Sudan's title of address for judges and prosecutors: «وكيل النيابة مولانا ياسر عبد القادر»; Afghanistan's clerics
        "الطبيب الطبيبة "     # «ولفت الطبيب» after «الدكتور …»: titles.same_office reads it as «الدكتور»
        "طبيب طبيبة "     # «طبيبة الاختصاص في أمراض القلب بالمستشفى، الدكتورة …»
        "متفقد المتفقد المتفقدة المفتش المفتشة "     # inspectors: «المتفقد الجهوي للشغل»، «المفتش الإقليمي للحزب»
        "عم عمي "     # Egypt's address for an older man: «قال عم سيد عبد الرحيم، وهو تاجر خضار»; the Maghreb's «عمي الطاهر»
        "مراقب المراقب "    # Libya's head of a town's office: «مراقب التربية والتعليم بالبيضاء» (not «مراقبة»: monitoring)
        "الأمينة "    # «الأمينة العامة»: with «ال» an office; «أمينة» alone is a given name
        "الأمير الأميرة الملك الملكة ولي ولية زعيم الزعيم زعيمة القيادي قيادي القيادية المرشد "
        "محافظ المحافظ حاكم الحاكم القاضي المدعي المدعية مدعي المفوض المفوضة منسق المنسق المنسقة مساعد "
        "المساعد مساعدة معاون المعاون معاونة وكيل الوكيل المرجع آية الإمام البابا المطران عمدة العمدة أمير "
        "نظير نظيره نظيرها نظيرته نظيرتها صاحب صاحبة مندوب المندوب مندوبة شيربا "
        "الباحث باحث الخبير الخبيرة المحلل المحللة محللة الكاتب كاتب الصحفي الإعلامي البرلماني مراسل المراسل "
        # «عالمة الحفريات في متحف …»، «المؤلف الأول للدراسة»، «الكاتبة الإقليمية للنقابة»، «عالم المصريات» (not «العالم»: the world)
        "عالم عالمة العالمة المؤلف المؤلفة مقرر المقرر مقررة المقررة الكاتبة "
        "مسؤول المسؤول مسؤولة المسؤولة كبير كبيرة رئيسا قائم مرشح المرشح مرشحة المرشحة مترشح المترشح مترشحة المترشحة "
        "قائممقام القائممقام قائمقام القائمقام شيخ أكيم "     # «أكيم مقاطعة قيزيلوردا»: Kazakhstan's governor
        "الوالي "     # the indefinite «والي» is written as «وإلى» is once normalised: see Analysis
        "معالي فخامة سعادة سمو سماحة نيافة "    # honorifics: «معالي الدكتور ثاني الزيودي»
        "الأنبا أسقف الأسقف "    # clergy: «نيافة الأنبا أغاثون، أسقف مغاغة والعدوة»
        "البروفيسور البروفسور البروفيسورة البروفسورة الكابتن"    # a calling, as «الدكتور» is
        # Maghreb offices: «المعتمد الأول بولاية القيروان»، «المكلف بالاتصال في شركة …»; not their
        # feminine forms, adjectives of a body as often («كتابة الدولة المكلفة بالصيد البحري»)
        " معتمد المعتمد مكلف المكلف"
        # kin in construct before the one they are kin of, then a name: «والدة الصحفي، أم سامر»
        " والد والدة شقيق شقيقة نجل نجلة زوجة"
        # «وأضاف التقني الجزائري»: the Maghreb's sports pages call a coach «التقني» (with «ال» only: «تقني» alone is an adjective, «فريق تقني»)
        " التقني"
        # a player by his place on the team: «مهاجم الهلال محمد عبد الرحمن»، «هداف البطولة» (top scorer)
        " مهاجم المهاجم لاعب اللاعب لاعبة اللاعبة حارس الحارس هداف الهداف"
        # «مؤسس المعرض ومدير مركز هرجيسا الثقافي جامع موسى جامع»: founder, without «ال» (with it an
        # adjective: «المؤتمر المؤسس»), never its feminine («مؤسسة»: an institution)
        " مؤسس"
        " مسجل مسير المسير"    # a county's registrar of voters: «مسجّل الناخبين بوب بيج»; the Maghreb's manager: «مسير شركة …» (not «مسيرة»: a march)
    ) | _office_forms()


# Offices whose four forms (with and without «ال», masculine and feminine) all open a title: «الممثلة الخاصة»،
# «المبعوثة»، «وكيلة الوزارة». Not «محافظة» (a governorate), «مساعدة» (aid), «أمينة» (a given name).
_OFFICE_BASES = ("رئيس نائب وزير مستشار متحدث ناطق قائد مدير سفير ممثل مبعوث موفد مندوب منسق مفوض وكيل "
                 "زعيم حاكم مسؤول سكرتير قاضي مشرف متصرف قنصل عريف")


# Professions written before a name as a title («أستاذ العلوم السياسية في جامعة بغداد الدكتور
# حيدر الساعدي»، «استشاري جراحة العظام»، «المهندس …»، «الباحثة في معهد …»): the name follows the whole title.
_PROFESSION_BASES = ("أستاذ استشاري اختصاصي أخصائي محاضر مهندس عميد محامي نقيب باحث مدرب روائي شاعر ناقد "
                     "مخرج فنان")


def _office_forms() -> frozenset[str]:
    return forms(" ".join(f"{b} ال{b} {b}ة ال{b}ة" for b in (_OFFICE_BASES + " " + _PROFESSION_BASES).split()))


@functools.cache
def adjective_offices() -> frozenset[str]:
    """Office words that are adjectives too, agreeing with a definite noun before them: «الأحزاب
    الحاكمة»، «الجهات المسؤولة» (ruling, responsible), never a title there."""
    return forms("الحاكم الحاكمة الحاكمين المسؤولة المسؤولين "
                 "التقني "      # «بالمركز التقني الوطني»: technical, not the coach
                 "الاتحادية "   # «المحكمة الاتحادية العليا»: federal, not Algeria's federation
                 "البلدية")   # «الانتخابات البلدية»: municipal, not the municipality


@functools.cache
def descriptor_heads() -> frozenset[str]:
    """Anonymous sources, quoted by description only («مصدر أمني»، «مسؤول أمريكي»)."""
    return forms(
        "مصدر المصدر مصادر المصادر مسؤول مسؤولة مسؤولون مسؤولين شهود شاهد سكان ناشطون ناشطين "
        "مراقبون خبراء خبير خبيرة محللون محلل دبلوماسي دبلوماسيون ضابط جندي مسعفون طبيب أطباء "
        "متحدث مصدران منظمات جمعيات أحزاب نقابات هيئات ممرض ممرضة متعامل "
        "نقابي نقابية نقابيون "     # «وأكد النقابي أن …» after «رئيس نقابة المعلمين … باحميش»
        "الفاعل الفاعلة مصرفي مصرفيون أكاديمي مفاوض مفاوضة مفاوضون عنصر")     # («قال عنصر في أحد أفواج الإطفاء»: a member of a unit)     # «قال مفاوض في أحد الوفود العربية»: a negotiator; the Maghreb's «الفاعل الجمعوي/الحقوقي» (an activist); «وقال مصرفي في أحد البنوك»: a banker; «وتابع الأكاديمي:» after a professor


@functools.cache
def title_modifiers() -> frozenset[str]:
    """Indefinite words that continue a title rather than start a name."""
    return forms(
        "أول ثان ثاني عام سابق أسبق أعلى ركن خاص دائم أركان الأركان وزراء حكومة مجلس "
        "متقاعد شبه "    # «العضو اللواء متقاعد عبدالله الحربي»: a retired rank; «المناطق الاستوائية شبه القاحلة»: semi-
        "جمهورية دولة إقليم شؤون لشؤون هيئة قوات جيش لجنة منظمة وزارة مكتب قيادة عمليات "
        "رئاسة برلمان نواب مجلسي كتلة حزب حركة جماعة أمن جهاز شرطة بعثة مفوضية سفارة "
        "رفيع رفيعة المستوى كبير مطلع مطلعة مقرب مقربة عيان أمني أمنية عسكري عسكرية حكومي حكومية رسمي رسمية "
        "دبلوماسي دبلوماسية بارز بارزة محلي محلية طبي طبية صحي صحية ميداني "
        "فني فنية مستقل مستقلة "    # «مصدر فني في محطة حلب الحرارية»، «مرشح مستقل في بلدية …»
        "شمال جنوب شمالي جنوبي شرقي غربي "
        "مشاة مشروع "    # «الفرقة السادسة مشاة»، «منسق مشروع "حزام الساحل الأخضر"»
        "لمنصب "    # «مرشحه لمنصب نائب الرئيس، …»: the post he runs for
        "عشيرة قبيلة "    # «زعيم عشيرة في منطقة مهداي، عثمان حسن أبوكر،»
        "مهندس بأعمال "    # «الفريق أول مهندس ميرغني …»: Sudan's engineer officers; «القائم بأعمال مدير …»: acting for the office
        "مستشاري "    # «السكرتير الصحفي لكبير مستشاري الحكومة الانتقالية شفيق العالم»    # «حاكم ولاية بورنو في شمال شرقي نيجيريا باباغانا …»
        "مدينة محافظة ولاية منطقة قضاء ناحية بلدية "   # «الناطق باسم الحركة عن مدينة القدس»، «قائممقام قضاء سنجار»
        "مكافحة حماية صحة تربية سياحة زراعة "   # «قوات مكافحة الإرهاب»، «جهاز حماية المنشآت»، Iraq's «مدير عام صحة كربلاء»
        "متعددة متعدد ثلاثي ثنائي")    # «الشركة الجهوية متعددة الخدمات …»، «للقطاع ثلاثي الأطوار للتربية»: adjectives in construct


@functools.cache
def title_links() -> frozenset[str]:
    """Prepositions that stay inside a title: «المتحدث باسم»، «سفير X لدى Y»، «القيادي في حماس»."""
    # «ضد»: a body's aim («المديرية العامة لمناهضة العنف ضد المرأة»)
    return forms("باسم باسمه باسمها باسمهم في لدى بـ ل عن إلى ضد")


@functools.cache
def event_name_heads() -> frozenset[str]:
    """Nouns that open the quoted name of an event: «"قمة لبنان للتكنولوجيا"»، «"مؤتمر الحوار"»."""
    return forms("قمة مؤتمر منتدى مهرجان معرض ملتقى ندوة جائزة")


@functools.cache
def outlet_verbs() -> frozenset[str]:
    """«حصلت "بغداد تايمز" على نسخة منه»: who obtained or received a text is an outlet, named."""
    return forms("حصلت اطلعت تلقت حصل اطلع تلقى وصل وصلت تلقته تلقتها تابعته تابعتها نشرته نشرتها "
                  "أوردته أوردتها بثته بثتها")   # «في تصريح تابعته "السومرية نيوز"»


@functools.cache
def negators() -> frozenset[str]:
    """Nouns that negate a following verbal noun: «طلب عدم ذكر اسمه» reports nothing."""
    return forms("عدم دون بدون")


@functools.cache
def stop_words() -> frozenset[str]:
    """Words that end a name: complementisers and common prepositions."""
    return forms(
        "أن إن أنه إنه أنها إنها بأن بأنه بأنها لأن وأن وإن في خلال عبر لدى على عن إلى "
        "من أمام أثناء عقب بعد قبل ضمن مع حول بشأن تجاه منذ حتى عند الذي التي الذين قد لقد "
        "كان كانت هو هي هم وهو وهي و أو ثم لكن بل ما لا لم لن إذ إذا كما بينما حيث يوم اليوم أمس "
        "مساء صباح ليلة فجر ظهر غدا إلا أي كل بعض أيضا نفسه ذاته عندما بدوره بدورها "
        "جميع كافة أننا إننا أنهما إنهما أنكم برفقة بحضور "
        "داخل خارج "    # «بنشر آلاف الجنود داخل أراضي بلادها»: where, never a name's word
        "هذا هذه ذلك تلك بهذا بهذه لهذا لهذه بذلك لذلك بتلك وبهذا وبذلك "   # «وقال بهذا الخصوص»
        # a preposition with its pronoun («دعت إليه النقابة»، «طالبت فيها»): never a name's word
        "فيه فيها فيهم فيهما إليه إليها إليهم إليهما عليه عليها عليهم عليهما منه منها منهم منهما "
        "عنه عنها عنهم عنهما لديه لديها لديهم معه معها معهم له لها لهم لنا لكم به بها بهم "
        # «ريم ذات الأعوام الأربعة»، «ولا ينوي»، «كيف غمرت»، «لا سيما»; the adverb of «وعاين الوزير بالمناسبة أشغال …»: never a name's word
        "ذات ذو ذوي ولا ولم ولن كيف سوى سيما بالمناسبة بالمقابل بالتزامن بالموازاة بالتالي")


@functools.cache
def prepositions() -> frozenset[str]:
    return forms(
        "في خلال عبر لدى على عن إلى من أمام أثناء عقب بعد قبل ضمن مع حول بشأن تجاه منذ تحت فوق وراء دون "
        "حتى وفي وخلال وعبر وعلى ومن ومع لـ ل بـ ب إثر إبان "
        # «استجوابه من طرف القاضي»: the Maghreb's «by», as «من قبل» («طرف» alone names no one)
        "طرف")


_WEEKDAY_NAMES = "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"


@functools.cache
def weekdays() -> frozenset[str]:
    return forms(_WEEKDAY_NAMES)


@functools.cache
def time_words() -> frozenset[str]:
    return forms(
        _WEEKDAY_NAMES + " اليوم أمس غدا يوم "
        "مساء صباح ليلة الليلة فجر ظهر عصر الماضي الماضية المقبل المقبلة الجاري الحالي "
        "القادم القادمة الأسبوع الشهر العام السنة مطلع نهاية بداية أواخر منتصف أمس الأول الأمس "
        "يومي قبيل")    # «إضراب بيومين في … شركة فسفاط قفصة يومي 4 و5 جوان»: the two days of


@functools.cache
def complementisers() -> frozenset[str]:
    return forms("أن إن أنه إنه أنها إنها بأن بأنه بأنها وأن وإن أنهم إنهم بأنهم إلى")


@functools.cache
def function_words() -> frozenset[str]:
    """Words that make a short quoted phrase a clause rather than a name."""
    # «"تحت أعين الجميع"»: a phrase of where, no name
    return stop_words() | where_words() | forms("لا لم لن ليس ليست قد سوف هذا هذه ذلك تلك هناك هنا أنا نحن أنت إنما")


@functools.cache
def where_words() -> frozenset[str]:
    """Words of where: no name's word after a name, and a short quoted phrase they open is said, no
    name. Not stop words, as an event's title keeps them."""
    return forms("بين تحت فوق عند قرب")


@functools.cache
def stood_at() -> frozenset[str]:
    """Where a person a feature brings in stood: «وقف محمد فواز أمام ما تبقى من منزله»، «وقف أبو محمد
    حلس أمام …»: after a name, it ends the name."""
    return forms("أمام قرب وسط بجوار خلف عند داخل")


@functools.cache
def addressees() -> frozenset[str]:
    """Who is spoken TO («للوكالة»، «للصحفيين»): never part of the speaker's title."""
    return forms("وكالة الوكالة صحفيين الصحفيين صحافة الصحافة تلفزيون التلفزيون قناة القناة إذاعة "
                  "الإذاعة صحيفة الصحيفة موقع الموقع مراسلين المراسلين مراسل المراسل صحافيين الصحافيين "
                  "وسائل محطة المحطة ميكروفون مندوب كاميرا")   # «قال … لميكروفون إذاعة تندوف»، «لمندوب الوكالة»، «لكاميرا "الشرقية"»


@functools.cache
def document_nouns() -> frozenset[str]:
    """Documents that carry a body's words: «بحسب ملتمسات النيابة العامة»، «وفق تقرير الهيئة»,
    «بحسب معطيات الوزارة»، «بحسب رواية مصدر أمني»: the one named after the document speaks, not
    the document."""
    return forms("ملتمسات ملتمس تقرير تقارير وثيقة وثائق بلاغ مذكرة معطيات إحصاءات إحصائيات أرقام "
                  "بيانات تقديرات سجلات محاضر محضر قرار رسالة خطاب نشرة رواية روايات دراسة دراسات إفادة إفادات")


@functools.cache
def issued_documents() -> frozenset[str]:
    """What a body issues and says things in: «وقال البنك في المنشور»، «وذكرت الوزارة في
    بيانها»، «أوضحت الهيئة في التعميم». After a speaker, «في/من» + one of them is where it said
    it, never part of its name."""
    return document_nouns() | forms(
        "منشور منشورات تعميم تعاميم بيان بيانات قرارات تقرير تصريح تصريحات نص مرسوم لائحة توجيه "
        "توجيهات إعلان رسالة كتاب خطاب مراسلة مراسلات وثيقة ملحق دليل نشرة إفصاح إفصاحها إفصاحه "
        "حيثيات")     # «وقالت المحكمة في حيثيات حكمها …، وأضافت الحيثيات»: the grounds of its ruling


@functools.cache
def number_words() -> frozenset[str]:
    """Numbers written out («ثلاثة ملفات»، «بخمس سنوات»): never a word of a name."""
    return forms("اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية "
                  "تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين مئة مائة مئات "
                  "ألف ألفي آلاف ألفا مليون ملايين مليار مليارات عشرات مليوني ملياري")     # («ملياري دينار»: two billion)


@functools.cache
def relay_fillers() -> frozenset[str]:
    """«وفق ما نقلته وكالة الأنباء»، «بحسب ما أوردته قناة …»: who relayed the words, not who
    said them (which «بحسب ما قاله X» names)."""
    return forms("نقله نقلته نقلت نقل نقلها أورده أوردته أوردت نشره نشرته نشرت بثه بثته بثت")


@functools.cache
def anonymity_words() -> frozenset[str]:
    """«رفض الكشف عن اسمه»، «طلب عدم ذكر هويته»: an aside that the one quoted is unnamed."""
    return forms("اسمه اسمها اسمهم هويته هويتها هويتهم")


@functools.cache
def speech_fillers() -> frozenset[str]:
    """«بحسب ما قاله X»: words between the cue and the speaker."""
    return forms("ما حسبما كما قاله قالته ذكره ذكرته أفاده أفادته أعلنه أعلنته أكده أكدته نقله نقلته أورده أوردته صرح به "
                  "أظهره أظهرته بينه بينته كشفه كشفته "   # «بحسب ما أظهرته أرقام الماكينات»
                  "جاء ورد")   # «وفق ما جاء في بيان لخلية الاتصال»



@functools.cache
def common_words() -> frozenset[str]:
    """Adverbs and circumstantial accusatives that follow a reporting verb or a title
    («وأضاف رئيس الحكومة مجدداً»، «وقال ردا على سؤال»، «وأكد غولر كذلك»): never a name."""
    return forms(
        "مجددا جديدا ردا تعليقا تعقيبا جوابا إجابة لاحقا سابقا مؤخرا حاليا كذلك أيضا حينها حينذاك "
        "أداء "    # «وانتقد الأمين العام أداء الحكومة»: the performance criticised
        "آنذاك وقتها عندها يومها مرارا تكرارا صراحة حرفيا علنا رسميا شخصيا مباشرة فورا تحديدا "
        "خصوصا خاصة أخيرا أولا ثانيا مثلا هاتفيا كتابيا مطولا ساخرا غاضبا مبتسما مازحا متأثرا "
        "محتجا طالبا مفضلا رافضا بالقول بلهجة بنبرة بصوت بحزم بوضوح بصراحة بغضب بحسرة بأسف بمرارة بفخر "
        "بثقة بحماس بهدوء "    # the last, the manner of speaking: «وتابع زيتوني بلهجة حازمة»
        # the object after a family name: «شكر اللبكي الجهات المانحة»، «الإعيسر جهات»; who else: «وعدد من …»
        "الجهات السلطات وعدد جهات "
        # «طمأن طبيب المنتخب الدكتور محمد العدوان الجماهير على …»: the public addressed
        "الجماهير المواطنين المؤمنين المصلين "
        # «وقف سالم بوخطوة يتأمل …»، «وقفت سامية عبد الله»: a verb of standing that brings a person on
        "وقف وقفت يقف تقف "
        "ترأس ترأست وترأس وترأست عقوبة عقوبات"    # «ترأس البابا لاون الرابع عشر قداساً»: presided; «والتمس … عقوبة الإعدام»: the penalty
    ) | honorific_pronouns() | manner_adverbs() | affirmed_nouns()


@functools.cache
def affirmed_nouns() -> frozenset[str]:
    """What a verb of speech affirms, written right after its subject («أكد الوزير أحمد عطاف أهمية
    الحوار»، «أكد المدرب جولن لوبيتيغي جاهزية "العنابي"»): never a name's last word."""
    # («ووجه رئيس المحكمة المستشار سامح عبد الرحيم كلمة إلى المتهم»: a speech addressed)
    # («وأعلن أبو ليمون صرف إعانة عاجلة»، «وأعلن الحاكم صرف مساعدات»: a disbursement announced)
    bases = forms("أهمية ضرورة جاهزية استعداد التزام حرص رفض تمسك أولوية عزم دعم تضامن كلمة رسالة صرف")
    # «وأعلن سانشيز عزمه اقتراح …»، «أكد استعداده»: with the subject's pronoun too
    own = frozenset(b[:-1] + "ت" if b.endswith("ه") else b for b in bases)
    return bases | frozenset(b + p for b in own for p in ("ه", "ها", "هم"))


@functools.cache
def honorific_pronouns() -> frozenset[str]:
    """«وأضاف معاليه»، «وقال سموه»: an honorific pronoun is the person spoken of before (the
    latest named with a title), never a name."""
    return forms("معاليه سموه فخامته سعادته سماحته معاليها سموها فخامتها سعادتها سماحتها")



@functools.cache
def place_nouns() -> frozenset[str]:
    """Nouns a place's name follows inside a title: «رئيس حكومة إقليم كوردستان»."""
    # «مقاطعة»: a district of Mauritania or a province of Lebanon («النائب عن مقاطعة توجنين»)
    # «حي»: a quarter of a town («عضو لجنة الخدمات بحي شمبات»); «كانتون»: Switzerland's states; «عمالة»: Morocco's prefectures
    return forms("إقليم محافظة ولاية مدينة منطقة قضاء ناحية بلدية جهة مقاطعة حي كانتون عمالة بلدة قرية حوض أرخبيل")


@functools.cache
def outlet_suffixes() -> frozenset[str]:
    """Generic last words of an outlet's name, often left out in its text: «بي بي سي (عربي)»،
    «موزاييك إف إم»."""
    return forms("عربي عربية العربية بالعربية نت نيوز الإخباري الإخبارية أونلاين إف إم")



@functools.cache
def media_nouns() -> frozenset[str]:
    """Nouns an outlet's quoted name follows: «صحيفة "هآرتس"»، «موقع "واللا"»، «قناة "الجزيرة"»."""
    return forms("صحيفة جريدة موقع قناة وكالة شبكة إذاعة منصة مجلة دورية راديو تلفزيون")


@functools.cache
def partitives() -> frozenset[str]:
    """«مسؤول في إحدى الماكينات الانتخابية»، «مصدر في أحد الأحزاب»: one of a definite plural,
    inside a description."""
    return forms("أحد إحدى")


@functools.cache
def purpose_nouns() -> frozenset[str]:
    """«اجتماعاً برئاسة الوالي لبحث خطة …»: «لـ» on a verbal noun of purpose opens what a meeting
    or a step is for; never a word of a name."""
    return forms("لبحث لمناقشة لدراسة لمتابعة لتنفيذ لوضع لإيجاد لحل لدعم لضمان لمواجهة لمعالجة لتقديم "
                  "لإعداد لتأمين لمنع لوقف لإنهاء لتسوية لتحديد لاتخاذ لتنسيق لتقييم لمراجعة لإقرار لاعتماد "
                  "لشرح لعرض لاستعراض لتوضيح لتوقيع لتفقد")


@functools.cache
def generic_plurals() -> frozenset[str]:
    """«يرى مراقبون أن …»، «قال محللون»: a group named by a bare plural, with no description, body
    or place after it. It says who holds a view, not who someone is: never an actor of its own
    (only the speaker of a quotation it is given, as a description)."""
    return forms("مراقبون مراقبين خبراء محللون محللين مسؤولون مسؤولين شهود سكان ناشطون ناشطين "
                  "اقتصاديون اقتصاديين دبلوماسيون دبلوماسيين مسعفون أطباء مختصون مختصين متابعون متابعين "
                  "معارضون منتقدون مواطنون "
                  "مهنيون مهنيين")



@functools.cache
def action_nouns() -> frozenset[str]:
    """Verbal nouns of plain actions (the pattern فَعْل and kin, which no shape tells from a given
    name: «سير» is «سعد»'s shape) that head an object: «يتفقد الوزير سير العمل». Never a given name
    before a definite word."""
    return forms("سير عمل دعم بحث حل وضع نقل رفع منع وقف سحب فرض نشر طرح بناء ضم شن فحص رصد صرف كشف "
                  "توزيع تطوير تنفيذ متابعة مراقبة إعادة استئناف حماية رعاية سد")


@functools.cache
def manner_adverbs() -> frozenset[str]:
    """«بـ» on a noun of manner («قال مسؤول في الوزارة بوضوح»): how it was said, never where a body
    is."""
    return forms("بوضوح بشدة بقوة بحزم بصراحة بسرعة بدقة بإيجاز باختصار بتفاؤل بحذر بأسف بحماس بهدوء "
                  "بنفسه بنفسها بصوت")     # «قال شراب بصوت متعب»


@functools.cache
def ba_phrases() -> frozenset[str]:
    """Nouns in «بـ» that open a circumstance, not a place: «بمشاركة»، «بحضور»، «بموجب»، «بشكل»."""
    return forms("بشكل بنحو بحسب بسبب بعد بين بدون بدوره بدورها بدءا بناء بمشاركة بحضور بمناسبة برئاسة "
                  "بمبادرة بدعم بطلب بهدف بغية بفضل بخصوص بشأن بموجب بمقتضى بمعزل بغض بصفته بصفتها بعيدا")


@functools.cache
def quantity_nouns() -> frozenset[str]:
    """«وأبدى عدد من السكان»، «معظمها»، «عناصر من التنظيم»: how many of a group, or its members, never a name's first word."""
    return forms("عدد العدد معظم أغلب غالبية بعض كل جميع كافة العديد الكثير كثير كثيرون قليل بضع "
                  "نصف ثلث ربع أكثر أقل مئات آلاف عشرات ملايين عناصر أفراد")


@functools.cache
def premises_nouns() -> frozenset[str]:
    """Buildings, sites and works named after a person («مطار الملك عبدالعزيز»، «بقصر قرطاج»):
    after one, a title and a name name the place, and «بـ» on one ends a name."""
    return forms("قصر مقر مبنى مطار فندق قاعة مستشفى جامعة كلية مسجد جامع ميناء معبر مخيم سجن مركز ساحة سوق "
                  "ميدان شارع طريق جسر سد ملعب استاد مجمع مدرسة معهد متحف قاعدة مدينة حي قرية منتجع "
                  "كورنيش حديقة مستشفيات مصنع محطة مرفأ مستودع مصفاة")


@functools.cache
def shop_nouns() -> frozenset[str]:
    """Shops and workshops («محل»، «متجر»، «ورشة»): with «لـ» and what is done there after them
    («محل لبيع الملابس») they are a place, never a person's or a body's name."""
    return shops() | forms("صالون معرض معارض مكتب مكاتب") | premises_nouns()


@functools.cache
def shops() -> frozenset[str]:
    """Shop nouns that are never a name word («صاحب محل بقالة»: no person is called «محل»)."""
    return forms("محل محلات متجر متاجر دكان دكاكين مطعم مطاعم مقهى مخبز مخابز ورشة بقالة صيدلية "
                  "كشك مغسلة")


@functools.cache
def trade_nouns() -> frozenset[str]:
    """What is done in a shop, as plain verbal nouns not of a derived pattern («بيع»، «صيانة»)."""
    return forms("بيع شراء صيانة غسيل خياطة حلاقة صرافة تجارة صناعة إصلاح طباعة تعبئة توزيع نقل شحن "
                  "تأجير تصليح استيراد تصدير")


@functools.cache
def happening_nouns() -> frozenset[str]:
    """Verbal nouns of a happening a body announces: «عودة التيار»، «بدء العمل»، «توقف الضخ»."""
    return forms("عودة بدء توقف استئناف انقطاع وصول انطلاق إطلاق افتتاح تعليق")
