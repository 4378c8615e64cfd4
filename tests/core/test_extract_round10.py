"""The general fixes prompted by round 10 of unseen reports: the governor («والي»), private
people described before their name, unnamed officials of a body in construct or of «إحدى …»,
bodies with a long name of purpose, quoted names of bodies and lists, titles set off from
their name by commas, counterparts named by surname, offices of another nationality, the
first words of a fuller name, and a quotation that is the predicate of «أن».

Every text here is invented for the test; none is a fixture article.
"""
from tests.core.extract_cases import (
    extracted as _extract, quotes as _quotes, speakers as _speakers, actor_names as _actors)


# --- titles and names --------------------------------------------------------

def test_the_governor_written_wali_is_an_office_and_refers_back():
    # «والي» normalises as «وإلى» does; written with «ي» before a place, in an article that writes
    # the preposition «إلى», it is the governor
    body = ('وقال والي ولاية البحر الأحمر مصطفى محمد نور إن "الموانئ تعمل بكامل طاقتها منذ صباح اليوم".\n\n'
            'وأوضح الوالي أن "السلطات أعادت فتح الطريق إلى المطار أمام المسافرين".\n\n'
            'وإلى جانب ذلك، قال مدير الميناء حامد عثمان إن "حركة السفن عادت إلى طبيعتها بعد الظهر".')
    assert _speakers(body) == ["مصطفى محمد نور", "مصطفى محمد نور", "حامد عثمان"]


def test_a_purpose_after_a_bare_title_is_no_name():
    # «برئاسة الوالي لبحث خطة»: what the meeting is for, not the governor's name
    body = ('وقال والي ولاية الجزيرة الطاهر إبراهيم الخير إن "الوضع تحت السيطرة".\n\n'
            'ومن المقرر أن تعقد لجنة أمن الولاية اجتماعاً اليوم برئاسة الوالي لبحث خطة لتأمين المنشآت الحيوية.')
    assert not any("لبحث" in a for a in _actors(body))


def test_a_preposition_on_an_office_is_no_given_name():
    # «برئاسة العتيبي» elsewhere: «برئاسة» is «بـ» on an office, not the given name of «العتيبي»
    body = ('وعقدت اللجنة اجتماعها الأول برئاسة العتيبي في مقر الوزارة.\n\n'
            'وقال العتيبي إن "الخطة الجديدة ستعرض على مجلس الوزراء الأسبوع المقبل".')
    assert _speakers(body) == ["العتيبي"]
    assert not any("برئاسة" in a for a in _actors(body))


def test_what_a_private_person_is_comes_before_the_name_and_is_not_part_of_it():
    body = ('وفي سوق الخضار، قال المواطن سالم الحربي (٤٠ عاماً) لـ"الأفق": "الأسعار ارتفعت مرتين منذ بداية الشهر".\n\n'
            'وكتبت الناشطة منى العبدالله على حسابها: "لن نسكت عن رفع الأسعار بلا رقابة".')
    assert _speakers(body, outlet="الأفق") == ["سالم الحربي", "منى العبدالله"]
    actors = _actors(body, outlet="الأفق")
    assert not any("المواطن" in a or "الناشطة" in a for a in actors)


def test_a_title_set_off_from_its_name_by_commas_takes_the_name():
    # wire style: «المتحدثة …، كلير بيرجيه، قد قالت»; a bare title later refers back to her
    body = ('وكانت المتحدثة باسم وزارة الخارجية الفرنسية، كلير بيرجيه، قد قالت إن '
            '"باريس تدعم كل جهد للوساطة بين الطرفين".\n\n'
            'وأضافت المتحدثة باسم الخارجية الفرنسية أن "الاتصالات مستمرة على أعلى مستوى".')
    assert _speakers(body) == ["كلير بيرجيه", "كلير بيرجيه"]


def test_an_unnamed_source_set_off_by_commas_has_no_name():
    body = ('وقال مسؤول محلي، طلب عدم ذكر اسمه، للصحفيين: "سمعنا انفجارات قرب المعسكر طوال الليل".')
    assert _speakers(body) == ["مسؤول محلي"]
    assert not any("طلب" in a for a in _actors(body))


def test_the_first_words_of_a_fuller_name_are_the_same_person():
    # «آل …» ends the name it belongs to; a later mention may leave it out
    body = ('شدد رئيس الهيئة الشيخ خالد بن أحمد آل ثاني على أن "الخطة تشمل جميع المدن".\n\n'
            'وقال الشيخ خالد بن أحمد في كلمته إن "التمويل مؤمن بالكامل لهذا العام".')
    assert _speakers(body) == ["خالد بن أحمد آل ثاني", "خالد بن أحمد آل ثاني"]


# --- offices that refer back ---------------------------------------------------

def test_a_counterpart_named_after_a_surname_takes_that_persons_office():
    # «وقال فيدان … مع نظيره المصري X»: X is «وزير الخارجية المصري», so a later «وزير الخارجية
    # المصري» is X, not «فيدان»
    body = ('أكد وزير الخارجية التركي، هاكان فيدان، اليوم، أن "أنقرة مستعدة لتوسيع التعاون".\n\n'
            'وقال فيدان، خلال مؤتمر صحفي مع نظيره المصري بدر عبد العاطي، إن "المحادثات كانت مثمرة".\n\n'
            'من جهته، لفت وزير الخارجية المصري إلى أن "القاهرة ترحب بكل مبادرة للتهدئة".')
    assert _speakers(body) == ["هاكان فيدان", "هاكان فيدان", "بدر عبد العاطي"]


def test_an_office_of_another_nationality_is_another_holder():
    body = ('قال وزير الخارجية الأردني أيمن الصفدي إن "الحل السياسي هو الطريق الوحيد".\n\n'
            'من جهته، قال وزير الخارجية اللبناني إن "بيروت تؤيد كل جهد عربي مشترك".')
    speakers = _speakers(body)
    assert speakers[0] == "أيمن الصفدي"
    assert speakers[1] != "أيمن الصفدي"


# --- bodies and unnamed officials ---------------------------------------------

def test_an_unnamed_official_of_a_body_in_construct_keeps_the_whole_body():
    # «هيئة كهرباء …»: the indefinite body head governs the noun after it, which is no name
    body = ('وحذّر مسؤول في هيئة كهرباء ولاية الجزيرة، رفض الكشف عن اسمه، من أن '
            '"المحطات تعمل بنصف طاقتها منذ أسبوع".')
    assert _speakers(body) == ["مسؤول في هيئة كهرباء ولاية الجزيرة"]


def test_one_of_a_definite_plural_keeps_the_description():
    body = ('وقال مسؤول في إحدى الشركات النفطية لـ"الأفق"، رفض الكشف عن اسمه، إن '
            '"الإنتاج تراجع بنحو عشرة في المئة خلال الربع الأخير".')
    assert _speakers(body, outlet="الأفق") == ["مسؤول في إحدى الشركات النفطية"]


def test_a_bodys_long_name_of_purpose_reaches_the_name_after_it():
    # «لحماية وتنمية البيئة ومواردها»: the body's purpose, coordinated nouns and a pronoun back to it
    body = ('اعتبر رئيس الجمعية الوطنية لحماية وتنمية البيئة ومواردها، سمير العنابي، أن '
            '"القانون الجديد لا يكفي وحده لوقف التلوث".')
    assert _speakers(body) == ["سمير العنابي"]
    assert not any("لحماية" in a for a in _actors(body))


def test_a_quoted_body_name_after_the_verb_speaks_and_is_no_quote():
    body = ('من جهتها، لفتت "الهيئة الوطنية من أجل نزاهة الانتخابات" (نزاهة)، في تقريرها الأولي، إلى أن '
            'مراقبيها "سجلوا 57 مخالفة في مراكز الاقتراع".')
    quotes = _quotes(body)
    assert [t for t, _ in quotes] == ["سجلوا 57 مخالفة في مراكز الاقتراع"]
    assert quotes[0][1] == "الهيئة الوطنية من أجل نزاهة الانتخابات"


def test_a_quoted_list_name_is_no_quote():
    # «لائحة» (an electoral list) labels a name, as «قائمة» does; «بحسب ما أظهرته أرقام …»: the
    # figures showed it, they do not speak
    body = ('وتقدمت لائحة "طرابلس أولاً" في النتائج الأولية، بحسب ما أظهرته أرقام الماكينات الانتخابية.')
    assert _quotes(body) == []
    assert not any("أظهرته" in a for a in _actors(body))


# --- what is a quotation --------------------------------------------------------

def test_a_quotation_after_that_and_a_definite_noun_is_its_predicate():
    body = ('واعتبر الخبير الاقتصادي سامر النجار أن الاتفاق "خطوة جاءت متأخرة"، مشيراً إلى أنه سيخفض الأسعار.')
    assert _quotes(body) == [("خطوة جاءت متأخرة", "سامر النجار")]


def test_a_quoted_name_after_an_indefinite_label_is_still_a_name():
    body = ('وأكد الوزير خالد الراشد أن مشروع "المدينة الذكية" سيكتمل العام المقبل.')
    assert _quotes(body) == []


# --- events ----------------------------------------------------------------------

def test_a_period_a_programme_covers_does_not_date_the_signing():
    # «للفترة 2027-2029»: the span the programme is for; the signing told in the past occurred
    body = ('التقى وزير الخارجية العراقي فؤاد حسين نظيره الأردني أيمن الصفدي في عمّان.\n\n'
            'ووقّع الوزيران في ختام المحادثات مذكرة تفاهم للتعاون الثقافي، إضافة إلى برنامج '
            'للمشاورات السياسية للفترة 2027-2029.')
    events = [r for r in _extract(body) if r["kind"] == "event" and "مذكرة" in r["title"]]
    assert events and all(e["status"] == "occurred" for e in events)
    assert all(not e["date"].startswith("2027") for e in events)
