"""Word lists about people's names, split from lexicon.py: given names that look like another kind
of word (a definite noun, a verb, a verbal noun) and the words for a private person written before a
name. Every list is of Modern Standard Arabic news prose in general, not of any one article."""
from __future__ import annotations

import functools

from desktop.core.arabic import normalize
from desktop.core.extract.lexicon import forms

# A person's part in a court case, written before the name or alone («وأضاف المتهم»): no family name
ROLES_IN_A_CASE = forms("المتهم المتهمة الضحية الموقوف المدان")


@functools.cache
def article_given_names() -> frozenset[str]:
    """Given names written with «ال» («المتحدث الفاتح قرشي»، «وزير التربية والتعليم التهامي
    الزين …»: Sudan, the Maghreb and the Gulf name so): after a title they start the name rather
    than continue the title. Words that are as often adjectives, places or bodies («العربي»،
    «المنصور»، «الرشيد»، «النور»: a party; «المكي»: «الحرم المكي»; «الأمين»: an office) are left out."""
    return forms("الفاتح الحافظ الصادق الطيب الهادي المهدي العباس الحسن الحسين الخضر المختار الطاهر "
                  "البشير الزبير النعمان الوليد الفضل الشاذلي المعتصم المأمون الواثق المنتصر "
                  "المثنى المقداد العاقب الرضا الباشا التهامي الزين الماحي الجيلي الصافي "
                  "النذير الخاتم السماني المصباح الشفيع الحبيب المنجي المولدي المنصف "
                  # Libya: «المهندس الصقر بوجواري»، «النائب العام المستشار الصديق الصور» («الصديق» after a
                  # title; «البلد الصديق» has a noun before it)
                  "الصقر المبروك الصديق "
                  # Morocco: «الأمين العام للاتحاد المغربي للشغل الميلودي المخارق»
                  "الميلودي المعطي الحسين النعم "    # «النعم ميارة»
                  # the Sahel: «وزير الاتصال الحمدو أغ إيليين»
                  "الحمدو "
                  # Mauritania: «الباحثة في المعهد الدكتورة السالكة منت سيدي المختار»
                  "السالكة "
                  # Algeria: «الأمين الولائي للاتحاد الوطني للفلاحين الجزائريين السعيد حمادي»
                  "السعيد")


@functools.cache
def foreign_article_names() -> frozenset[str]:
    """Foreign given names that begin like «ال» («ألكسندر دوبرينت»): after a title they
    start the name, not a definite complement of the title."""
    return forms("ألكسندر ألكسندرو أليكسندر ألكسي أليكسي أليكس ألبرتو ألبير ألبرت ألفونسو ألفريد "
                  "أليساندرو أليخاندرو ألان آلان أليكسيس ألكسيس ألبيرتو ألفارو "
                  # Arab given names that normalise like «ال»: «النائب إلياس جرادي»، «الوزيرة ألفة …»
                  "إلياس إلهام ألفة "
                  # West African ones: «السنغالي أليو سيسي»، «ألفا كوندي»
                  "أليو ألفا أليون")


@functools.cache
def verb_shaped_names() -> frozenset[str]:
    """Given names that begin like a verb in the present or future tense («يوسف»، «يائير»،
    «ستيف»): after a title they are names, not «الوزير يزور …»."""
    return forms("يوسف يحيى يحيي يزن ياسر يونس يعقوب يشار يوري يزيد يامن ياسين يسرى يمنى ياسمين يعرب "
                  "يوآف يائير يولي يوهان يان يوسي يسرائيل يغئال يفغيني ستيف ستيفان ستيفن ستافان سيرغي "
                  "سيرجي سيمون سيباستيان سيغريد ستانلي سنان سيف ستار ستيل ستيلا يسلم سيدي سيدأحمد "
                  "يوناس ستوره ستوري")     # Norway's «يوناس غار ستوره»: a family name too


@functools.cache
def address_titles() -> frozenset[str]:
    """Titles of address and ranks written right before a name («الدكتور سامر …»، «والي اترارزة،
    السيد إسلمو …»): after a place in a title they open the name."""
    return forms("الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة السيد السيدة اللواء "
                 "العميد العقيد المقدم الرائد النقيب الفريق القاضي المحامي الكابتن البروفيسور البروفيسورة "
                 "الحاجة")      # «قالت الحاجة صباح عبد المنعم»: the pilgrim, a woman of age


@functools.cache
def womens_plain_names() -> frozenset[str]:
    """Women's given names that end in no «ة», «اء» or «ى» («مريم»، «زينب»): a feminine nisba after
    one is her family name («مريم البلوشية»), as after «فاطمة»."""
    return forms("مريم زينب هند سعاد نور رباب أمل إيمان سهام وداد ملاك شهد جنان رغد عبير ريم هيام "
                 "نوال منال سوزان ياسمين كوثر آمال ابتسام إخلاص أريج بيسان تغريد تهاني جيهان حنان "
                 "خلود رشا رنا رهف روان سماح سوسن شيرين صباح عفاف مرام نسرين ميسون نهاد ليال لين "
                 "ديما دينا رزان سهير نجاح وفاء غدير ابتهال أحلام أفنان بشرى رحاب زينات سميرة")


@functools.cache
def person_descriptors() -> frozenset[str]:
    """What a private person is, written before the name («المواطن عثمان الطيب»، «الشاهدة
    منى سعيد»، «الناشط …»): a description, never a word of the name."""
    return forms("المواطن المواطنة الشاهد الشاهدة التاجر التاجرة الناشط الناشطة الطالب الطالبة "
                  "المزارع المزارعة الصياد السائق الموظف الموظفة المعلم المعلمة الحاج الحاجة الشاب "
                  "الشابة المسن المسنة النازح النازحة اللاجئ اللاجئة الأسير الأسيرة المعتقل المعتقلة "
                  "المتظاهر المتظاهرة العامل العاملة المغرد المغردة المدون المدونة الناجي الناجية "
                  "الجريح الجريحة المريض المريضة الأرملة الممرض الممرضة المسعف المقاول الحرفي "
                  "الفلاح الراعي البائع البائعة الحرفية الفلاحة الراعية الصيادة السائقة البحار الصراف الأب "
                  "المنمي المنمية الهجان المنخرط المنخرطة الموال المتسوق المتسوقة الزبون الزبونة المتقاعد المتقاعدة صانع صانعة "     # a herder, a camel rider; a club's member: «وأضاف المنمي:»؛ Algeria's herder
                  # «قال دفاع الرئيس السابق، المحامي …»: the defence, a lawyer described
                  "الدفاع "
                  # callings written before the name as a title of respect: «المربية هيام مصاروة»
                  "المربي المربية الفنان الفنانة الرسام الرسامة "
                  # callings of the culture pages: «بدا الناشر سامر الحلو راضياً»، «الروائية سلمى الطيب»
                  "الناشر الناشرة الروائي الروائية المصور المصورة الكاتبة "
                  "المغني المغنية المطرب المطربة الملحن الملحنة "     # not «مغنية», a family name too
                  # «قالت الخريجة سعدية محمد حسين»: a graduate, a volunteer described then named
                  "الخريج الخريجة المتطوع المتطوعة "
                  # «رجعنا قبل شهر …»، قال العائد عبد الرحمن إبراهيم: one who came back home
                  "العائد العائدة القروي القروية السائح السائحة "     # (and «وتروي القروية سيتي رحمة»: a villager; «قالت السائحة الهولندية …»: a tourist)
                  # «وقال المشجع عبد الله شيخ حسن»: a fan of a team; a defender («وقال المدافع عالي عبيد»), a surgeon, a migrant
                  "المشجع المشجعة المناصر المناصرة المدافع المدافعة الجراح المهاجر المهاجرة "     # (the Maghreb's «المناصر»)
                  "المترشح المترشحة الناخب الناخبة "     # an exam's candidate: «قالت المترشحة ملاك بوشامة»; a voter
                  "المشتكي المشتكية الشاكي الشاكية "     # a complainant: «قالت المشتكية سهام الزعبي»
                  "المستورد المستوردة المتساكن المتساكنة")     # «قال مستورد الخضار فهد الجهني»: an importer; Tunisia's «المتساكن»: a resident


@functools.cache
def masdar_shaped_names() -> frozenset[str]:
    """Given names shaped like a verbal noun («تفعيل»، «إفعال»، «افتعال»): «توفيق»، «إيمان»،
    «انتصار». A name's word of that shape is a name, not the action a clause goes on with."""
    return forms("تحسين توفيق تيسير تمكين تغريد تحرير تسنيم تهاني تماضر إحسان إيمان إسلام إيهاب إكرام إنعام "
                  "إقبال إخلاص إلهام إشراق أبرار إسراء إنصاف إيناس إصلاح إعمار إياد إبراهيم إسماعيل ابتسام "
                  "ابتهال اعتدال انتصار اعتماد امتثال اتحاد معاوية مباركة مشاعل")


@functools.cache
def name_tails() -> frozenset[str]:
    """Definite words that end a compound given name: «بدر الدين»، «بهاء الدين»، «جار الله»،
    «بنعبد الله»."""
    return forms("الدين الله الرحمن الرحيم الكريم المولى")     # «فضل المولى»


@functools.cache
def place_ending_given_names() -> frozenset[tuple[str, str]]:
    """Compound given names whose second word is also a place the gazetteer knows (Al Ain)."""
    return frozenset((normalize(a), normalize(b)) for a, b in (("نور", "العين"), ("قرة", "العين")))


def masdar_shaped(word: str) -> bool:
    """A verbal noun of an action, by its pattern (normalised, indefinite, no conjunction):
    تفعيل، تفعلة، إفعال، افتعال، انفعال، استفعال، مفاعلة, and their plurals in «ات»; not a given name of
    that shape (`masdar_shaped_names`)."""
    if word in masdar_shaped_names():
        return False
    w = word[:-2] if word.endswith("ات") and len(word) >= 7 else word
    n = len(w)
    return ((n == 5 and w[0] == "ت" and w[3] == "ي")                      # تخصيص، ترتيب
            or (n == 5 and w[0] == "ا" and w[3] == "ا")                   # انشاء، اعلان
            or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")   # اجتماع
            or (n == 6 and w.startswith("ان") and w[4] == "ا")            # انسحاب
            or (n == 7 and w.startswith("است") and w[5] == "ا")           # استهداف
            or (n == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه")   # مكافحة
            or (n == 5 and w[0] == "ت" and w[-1] == "ه" and w[1] != "ا"))  # تهنئة، تنمية، تسوية


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names of Arab news (men's and women's, Maghreb and Gulf spellings), and the
    first names of foreign officials the Arab press writes most."""
    return forms(
        "محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعد سعيد سعود سالم سليم سليمان صالح "
        "إبراهيم إسماعيل إسحاق يعقوب يوسف يونس يحيى زكريا موسى عيسى داود هارون آدم نوح إدريس إلياس "
        "أيوب خليل جميل جمال كمال كامل عادل فاضل فضل نبيل نبيه وليد وائل طارق ماجد مجيد حميد حامد "
        "حمد حمدي حمدان حمزة أسامة أسعد أنس أنيس أنور أيمن أمين أمجد أشرف أكرم باسم باسل بشار بشير بكر "
        "بلال بدر تامر توفيق تميم ثامر ثابت جابر جاسم جعفر جبار جبريل جهاد جورج حازم حاتم حسام حسان "
        "حكمت حيدر خضر خلف خليفة راشد رامي رائد رضا رشيد رشاد رأفت رفيق رمضان رياض زياد زيد زهير سامر "
        "سامي سمير سهيل سفيان سلطان سلمان سيف شادي شريف شاكر صابر صادق صباح صلاح ضياء طلال طه عامر "
        "عباس عبيد عدنان عزيز عزام عزت عصام عقيل علاء عماد عمار عمرو عمران عوض غازي غسان فؤاد فادي "
        "فارس فاروق فراس فرج فهد فيصل فتحي فاتح حنفي طيف نذير قاسم قيس كريم لؤي لطفي ماهر مازن مالك مأمون مبارك مجدي ربيع بابكر أبوبكر خير مبروك "
        "مراد مروان مسعود مشعل مصعب معاذ معتز مقتدى منذر منصور منير مهدي مهند موفق مؤيد ناجي ناصر "
        "نادر نايف نبراس نزار نصر نصار نعيم نمر نواف نور نوري هادي هاشم هاني هشام هيثم وسام وجدي ورسمي "
        "ياسر ياسين يزن يزيد مطهر معمر مظلوم منصف منجي ثاني تركي سرمد رزق رجب عزمي عقيلة "
        "فاطمة عائشة خديجة زينب مريم آمنة سارة ليلى هدى منى مها نورة نور رانيا رنا رشا ريم سلوى "
        "سهى سعاد سميرة جميلة ليلى هالة هند دعاء إيمان أمل أميرة بسمة جمانة حنان دينا رولا زينة "
        "سناء شيماء عبير عبلة علياء غادة فدوى لبنى لينا ليا ماجدة مريم نادية نجلاء نجوى نسرين هبة وفاء حفصة رهف بدرية "
        "منال مدحت مرهف مسعد مطر نعمان شاهر عون فرهاد آرام فيان يسرى يمنى ياسمين مي ميساء شيخة لطيفة موزة حصة دليلة جليلة نعمة "
        "دونالد ماريا كارولين كايا جيريمي سكوت ريك جولي إيفيت فرناندو خوسيه ماتيلد جو جوزيف جون جيمس ديفيد مايكل بول بيتر روبرت ريتشارد توماس توم مارك ستيف ستيفن ويليام وليام إدوارد "
        "أنطونيو إيمانويل فرانسوا جان بيير ميشال ميشيل أوليفييه هيرفيه جيروم مارين كاترين إتيان إيتيان "
        "فلاديمير سيرغي دميتري يوري ألكسندر أنغيلا أولاف فريدريش كير ريشي بوريس جورجيا ماريو "
        "رجب هاكان دولت مسعود عباس بنيامين يائير إيتمار أفيخاي هانس هانا مورغان ستيفاني أنطونيو "
        "جوزاف رودولف ميشال سامي نجيب بطرس إيلي شربل فيليبي طوني روبير فيليكس أندريه "
        # foreign given names in «ل», which «لـ» on a noun would take («ليوناردو سانتوس سيماو»)
        "ليوناردو ليونيل لوكاس لويس لورا لوران لورانس لورنس ليزا ليندا لوسي لويز لارس لامين لحسن "
        # women's names of the Maghreb and the Levant that are no common word (not «حياة»، «زهرة»، «رجاء»)
        "نعيمة حليمة سلمى مليكة فتيحة صليحة فوزية حورية نوال سوسن لمياء ربيعة يمينة فتحية صفية رقية "
        "حفيظة هيفاء حسناء سامية زليخة إسراء نجاة حنين "
        "حمادي "    # «إبراهيم سعيد حمادي»
        "أعمر "     # Kabylie's «أعمر آيت سعيد» (Amar)
        "عبا "      # Nigeria's «عبّا كبير يوسف» (Abba), which reads as «عبّأ» (he mobilised) otherwise
        "فخري "    # «عضو لجنة الدفاع عن أراضي سلوان فخري أبو دياب» (no «ال»: «الفخري», honorary)
        "حاجي "    # Somalia's «علي حاجي آدم أبوبكر» (Xaaji), which after «علي» read «على» otherwise
        "ميرغني "    # Sudan's «الفريق أول مهندس ميرغني إدريس سليمان» (no «ال»: «الميرغني», a family)
        "كاظم "    # Iraq's «المزارع كاظم عبد الحسين فرحان»
        "سيدي")    # Mauritania's «سيدي محمد ولد اباه» (a place's first word only before its name: «سيدي بلعباس»)


def ba_family_name_word(word: str) -> bool:
    """«بالحاج»، «بالقاسم»: a Maghreb family name, «بـ» and «ال» on a given name or on «حاج», not «بـ» on
    a definite noun («بالقرار»)."""
    return word.startswith("بال") and (word[3:] in given_names() or word[3:] == "حاج")


# Who someone is to the person before, with the pronoun: «ويرى جاره خالد، بائع الملابس، أن …»
_KIN = forms("جار جارت زوج زوجت ابن ابنت شقيق شقيقت صديق صديقت زميل زميلت والد والدت شريك شريكت "
             "دفاع")    # not «رفيقة», a given name; «اعتبر دفاعه، المحامي …،»: his counsel


def kin_of(word: str) -> bool:
    """«جاره»، «زميلتها»، «شقيقهم»: a word of kin or of neighbourhood with its pronoun, before a
    name; no given name itself."""
    return any(word.endswith(p) and word[:-len(p)] in _KIN for p in ("هما", "هم", "ها", "ه"))


@functools.cache
def regnal_ordinals() -> frozenset[str]:
    """The numbers after a pope's, a king's or a patriarch's name: «البابا لاون الرابع»، «الملك تشارلز الثالث»."""
    return forms("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي")


@functools.cache
def regnal_titles() -> frozenset[str]:
    """Titles whose holders take a regnal number after their name."""
    return forms("البابا بابا الملك ملك البطريرك بطريرك الإمبراطور")


@functools.cache
def sellers() -> frozenset[str]:
    """«بائع الخضر سليم الجلاصي»: one who sells, whose next word is what he sells («الخضر» is no
    al-Khidr there), before his name."""
    return forms("بائع بائعة تاجر تاجرة باعة تجار مستورد مستوردة")
