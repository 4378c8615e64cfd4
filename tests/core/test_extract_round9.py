"""The general fixes prompted by round 9 of unseen reports: unnamed people described by an
aside, long titles joined with «و», documents and agencies that carry a body's words, bodies
that are not a person whose title names them, names written family name first, offices in
construct before a name, and counts that are no names.

Every text here is invented for the test; none is a fixture article.
"""
from tests.core.extract_cases import speakers as _speakers, actor_names as _actors, events as _events


# --- unnamed people ----------------------------------------------------------

def test_an_aside_that_withholds_the_name_is_no_name():
    # «رفض الكشف عن اسمه» after a title: the title is the one quoted
    body = ('في المقابل، قال نائب عن كتلة التجديد الوطني، رفض الكشف عن اسمه، لـ"الأفق" إن '
            '"الحكومة لم تعرض الاتفاق على اللجنة المختصة قبل توقيعه".')
    assert _speakers(body, outlet="الأفق") == ["نائب عن كتلة التجديد الوطني"]
    assert not any("الكشف" in a for a in _actors(body, outlet="الأفق"))


def test_a_source_that_asks_not_to_be_named_in_the_same_part_keeps_its_description():
    body = ('"لن نقبل بأي تأخير في تسليم المعدات"، قال مسؤول أوروبي طلب عدم نشر اسمه.')
    assert _speakers(body) == ["مسؤول أوروبي"]


def test_how_well_an_unnamed_source_knows_stays_in_its_name():
    # «مطلع»، «موثوق»: kept as written since session 25, as the annotators of rounds 400-548 keep
    # them (the early rounds left them out; see bench/README.md, "Session 25")
    # (and, since session 27, what it is informed of, as rounds 201 and 644 annotate it)
    body = ('وبحسب مصدر حكومي مطلع على سير المفاوضات، فإن "الجولة المقبلة ستعقد في عمّان قبل نهاية الشهر".')
    assert _speakers(body) == ["مصدر حكومي مطلع على سير المفاوضات"]
    body = 'وقال مصدر أمني موثوق للصحفيين إن "الطريق الدولي أعيد فتحه أمام الشاحنات".'
    assert _speakers(body) == ["مصدر أمني موثوق"]


def test_an_unnamed_source_in_a_body_keeps_the_body_with_its_ordinal():
    # «تجمع» heads a body; «الأول» after a definite word of a title is an ordinal, not «أمس الأول»
    body = ('من جهته، أكد مصدر في تجمع المدينة المنورة الصحي الأول لـ"الأفق" أن '
            '"المصابين الثلاثة غادروا المستشفى صباح اليوم".')
    assert _speakers(body, outlet="الأفق") == ["مصدر في تجمع المدينة المنورة الصحي الأول"]


# --- titles ------------------------------------------------------------------

def test_a_long_title_joined_with_wa_reaches_the_name_after_it():
    # «الأمين العام المساعد والناطق الرسمي باسم الاتحاد العام …»: «العام» after a body is
    # «general», not the year
    body = ('أما الأمين العام المساعد والناطق الرسمي باسم الاتحاد العام للعمال حسن الطيبي، فاعتبر '
            'في تصريح لـ"الأفق" أن القرار "جاء دون أي تشاور مع النقابات"، مؤكداً أن الاتحاد '
            '"سيدعو إلى إضراب عام في قطاع النقل".')
    assert _speakers(body, outlet="الأفق") == ["حسن الطيبي", "حسن الطيبي"]


def test_a_body_with_amm_after_its_head_speaks_and_the_year_stays_a_time():
    body = ('وكان الأمن العام قد دعا، عبر حسابه الرسمي على المنصة، إلى "عدم نشر صور المصابين '
            'احتراماً لخصوصية أسرهم".')
    assert _speakers(body) == ["الأمن العام"]
    body = 'وقال وزير المالية سامر الخطيب العام الماضي إن "العجز سيتراجع إلى النصف خلال عامين".'
    assert _speakers(body) == ["سامر الخطيب"]


def test_an_office_in_construct_before_a_name_is_part_of_the_title():
    # «مدير صحة حلب»: an office without «ال» governs the noun after it; «أبو» is in the name
    body = ('ونقلت الوكالة عن مدير تربية حمص الدكتور سامر أبو العز قوله إن '
            '"المدارس ستفتح أبوابها يوم الأحد المقبل في كل المناطق".')
    assert _speakers(body) == ["سامر أبو العز"]
    body = 'وقال مدير زراعة المحافظة المهندس خالد الحمدان إن "الموسم سيكون أفضل من سابقه".'
    assert _speakers(body) == ["خالد الحمدان"]


def test_a_feminine_nisba_and_a_count_are_no_names():
    # «جماعة قروية سابق»: an adjective of the body; «بثلاث سنوات»: a count
    body = ('أدانت المحكمة رئيس جماعة قروية سابق بإقليم تازة بثلاث سنوات حبسا نافذا بتهمة تبديد أموال عمومية.')
    actors = _actors(body)
    assert not any("بثلاث" in a or "قروية" in a for a in actors), actors


# --- bodies, documents and agencies ---------------------------------------------

def test_the_body_after_a_document_noun_speaks():
    body = ('وبحسب مذكرة وزارة الداخلية، فإن المتهمين "استعملوا وثائق مزورة لعبور الحدود".')
    assert _speakers(body) == ["وزارة الداخلية"]
    assert not any("مذكرة" in a or "بحسب" in a for a in _actors(body))


def test_a_body_is_not_the_person_whose_title_names_it():
    # «وكيل وزارة الزراعة» named first; «وزارة الزراعة» later is the ministry itself
    body = ('وأوضح وكيل وزارة الزراعة للشؤون الفنية سالم الهنائي أن "إنتاج التمور ارتفع بنسبة عشرة بالمئة".\n\n'
            'وكانت وزارة الزراعة قد ذكرت، في بيان نشرته على موقعها، أن الموسم "سيبدأ مطلع الشهر المقبل".')
    assert _speakers(body) == ["سالم الهنائي", "وزارة الزراعة"]


def test_a_definite_body_refers_back_to_its_fuller_name_not_to_a_spokesman_link():
    # «وأشارت الإدارة» after «المتحدث باسم الإدارة العامة للمرور»: not «باسم الإدارة»
    body = ('وقال خالد العمري، المتحدث باسم الإدارة العامة للمرور، إن "الحوادث تراجعت هذا العام".\n\n'
            'وأشارت الإدارة، في بيان نشرته على موقعها، إلى أن "المخالفات المسجلة انخفضت بنسبة الربع".')
    assert _speakers(body) == ["خالد العمري", "الإدارة العامة للمرور"]


def test_the_agency_that_relayed_a_statement_does_not_speak():
    # «وفق ما نقلته …»: the reporting verb's subject spoke; the agency relayed
    body = ('أفادت المديرية العامة للدفاع المدني، وفق ما نقلته وكالة الأنباء السعودية (واس)، بأن فرقها '
            '"سيطرت على حريق في مستودع للأخشاب دون تسجيل إصابات".')
    assert _speakers(body) == ["المديرية العامة للدفاع المدني"]
    body = ('وقالت الشرطة، بحسب ما أوردته صحيفة "الأفق"، إن "المشتبه بهم سلموا أنفسهم صباح اليوم".')
    assert _speakers(body) == ["الشرطة"]
    # «بحسب ما قاله X» names the speaker
    body = 'وبحسب ما قاله مسؤول في الوزارة، فإن "الخطة ستعرض على مجلس الوزراء الأسبوع المقبل".'
    assert _speakers(body) == ["مسؤول في الوزارة"]


# --- names -------------------------------------------------------------------

def test_a_name_written_family_name_first_is_referred_to_by_its_first_word():
    body = ('وقال تشانغ وي مينغ، نائب وزير التجارة، إن "الصادرات حافظت على نموها رغم التحديات".\n\n'
            'وأضاف تشانغ أن "الصين ستفتح أسواقها أكثر أمام المنتجات الزراعية".')
    assert _speakers(body) == ["تشانغ وي مينغ", "تشانغ وي مينغ"]


def test_a_first_word_two_people_share_is_not_resolved_to_either():
    body = ('وقال تشانغ وي مينغ، نائب وزير التجارة، إن "الصادرات حافظت على نموها".\n\n'
            'وقالت تشانغ لي هوا، المتحدثة باسم وزارة الخارجية، إن "بكين ترفض العقوبات الأحادية".\n\n'
            'وأضاف تشانغ أن "الحوار هو الطريق الوحيد".')
    assert _speakers(body)[2] not in ("تشانغ وي مينغ", "تشانغ لي هوا")


# --- events ------------------------------------------------------------------

def test_relative_days_count_from_the_dateline_day():
    # filed on the 14th, published on the 15th: «اليوم» is the 14th and «غدًا» the 15th
    body = ('الدوحة في ١٤ مارس /قنا/ عقد وزير الدولة للشؤون الخارجية اليوم جلسة مباحثات مع نظيره التركي.\n\n'
            'ومن المقرر أن يلتقي الوزير التركي غدًا عددًا من رجال الأعمال في غرفة التجارة.')
    events = _events(body, published="2025-03-15")
    assert [e["date"] for e in events] == ["2025-03-14", "2025-03-15"], events


def test_a_dateline_far_from_publication_is_not_the_reference_day():
    # a date among the first words weeks before publication is no filing day: «اليوم» stays
    # the day of publication
    import datetime as dt

    from desktop.core.extract.dates import dates_in
    from desktop.core.extract.document import Document
    body = 'بيروت في ١ مارس - أعلنت الوزارة اليوم افتتاح معبر جديد على الحدود الشمالية.'
    today = [d for d in dates_in(Document.of(body), dt.date(2025, 4, 20)) if "اليوم" in body[d.start:d.end]]
    assert [d.date for d in today] == ["2025-04-20"]
    near = [d for d in dates_in(Document.of(body), dt.date(2025, 3, 2)) if "اليوم" in body[d.start:d.end]]
    assert [d.date for d in near] == ["2025-03-01"]


def test_a_day_range_with_min_and_ila_is_dated_by_its_first_day():
    body = 'وتستضيف المدينة معرض الكتاب الدولي في الفترة من 12 إلى 18 نوفمبر المقبل بمشاركة 300 دار نشر.'
    events = _events(body)
    assert events and events[0]["date"] == "2025-11-12" and events[0].get("date_end") == "2025-11-18", events


def test_a_dateline_with_a_byline_and_an_agency_is_left_out_of_the_title():
    body = 'سامر الحلبي- الأفق- جدة: أطاحت شرطة منطقة مكة المكرمة بثلاثة أشخاص سرقوا محلاً للمجوهرات أمس.'
    events = _events(body)
    assert events and not events[0]["title"].startswith(("الأفق", "جدة", "سامر")), events
    body = 'عمّان 5 أكتوبر 2025 (بترا) افتتح وزير الأشغال العامة اليوم طريقاً جديداً يربط العاصمة بالمطار.'
    events = _events(body, published="2025-10-05")
    assert events and events[0]["title"].startswith("افتتح"), events


def test_ila_dhalika_does_not_open_a_title():
    body = 'إلى ذلك، من المقرر أن تفتتح الوزارة مستشفى جديداً في المدينة يوم الأحد المقبل.'
    events = _events(body)
    assert events and not events[0]["title"].startswith(("إلى", "الى")), events
