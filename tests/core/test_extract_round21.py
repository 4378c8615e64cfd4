"""Round 21: a company by its brand and «الشركة» after it, a title-shaped surname, a chief executive
after «لشركة X», given names with «ال», no «وكانت X» and no law as an actor; full stops, weekdays,
resumptions, protests and share prices in events."""
from tests.core.extract_cases import actor_names, events, speakers


def test_company_by_brand_and_country_then_the_company():
    body = ('أعلنت معادن السعودية، أمس الأحد، ارتفاع أرباحها الفصلية. '
            'وقالت الشركة في البيان إن "الطلب على الفوسفات تحسن في كل الأسواق".')
    assert speakers(body) == ["معادن السعودية"]


def test_a_brand_alone_after_a_feminine_verb_then_the_company():
    body = ('أعلنت نوفاتك، اليوم، خفض أسعار منتجاتها. '
            'وقالت الشركة في بيان إن "الطلب تراجع بشكل ملحوظ خلال هذا الربع".')
    assert speakers(body) == ["نوفاتك"]


def test_the_company_does_not_take_a_woman_named_in_full():
    body = ('وقالت سلمى حداد إن "السوق تتحسن ببطء شديد هذا العام". '
            'وأضافت الشركة أن "الخطة مستمرة كما أعلنت في الربيع".')
    assert speakers(body)[1] != "سلمى حداد"


def test_the_company_does_not_take_a_ministry():
    body = ('أعلنت وزارة الصناعة، أمس، خطة لدعم المصانع الصغيرة. '
            'وقالت الشركة إن "الإنتاج سيرتفع خلال الأشهر المقبلة بشكل واضح".')
    assert "وزارة الصناعة" not in speakers(body)


def test_a_country_after_a_name_before_that_stays_the_object():
    body = 'وأبلغ بايدن السعودية أن "الدعم الأمريكي مستمر مهما تغيرت الظروف في المنطقة".'
    assert "بايدن السعودية" not in actor_names(body)


def test_a_title_shaped_word_ending_the_name_is_its_surname():
    body = ('وقال المدير المالي للمجموعة سامر القاضي، خلال اجتماع مع المساهمين، إن '
            '"الديون تراجعت إلى أدنى مستوى منذ سنوات طويلة".')
    assert speakers(body) == ["سامر القاضي"]


def test_an_office_after_a_name_with_its_complement_is_no_surname():
    body = 'وقال سامر خليل المستشار في الوزارة إن "الخطة ستنفذ على مراحل خلال العام".'
    assert speakers(body) == ["سامر خليل"]


def test_the_chief_executive_after_lam_sharika_and_its_name():
    body = ('أعلنت شركة "طيران الجزيرة" عن وجهات جديدة. '
            '"الرحلات ستبدأ في الربيع بعد اكتمال الاستعدادات"، قال الرئيس التنفيذي لشركة طيران '
            'الجزيرة فادي حداد، مؤكدا أن "الطلب قوي".')
    assert speakers(body) == ["فادي حداد", "فادي حداد"]


def test_a_given_name_with_al_after_a_portfolio():
    body = 'وقال وزير الصحة والسكان الزين عبد الرحيم، في مؤتمر صحفي، إن "المستشفيات جاهزة لاستقبال الحالات".'
    assert speakers(body) == ["الزين عبد الرحيم"]


def test_a_body_named_al_nur_stays_in_the_title():
    body = 'وقال رئيس حزب النور أحمد سالم إن "الحزب سيشارك في الانتخابات المقبلة بقوائم كاملة".'
    assert speakers(body) == ["أحمد سالم"]


def test_kanat_is_no_given_name_before_a_brand():
    body = 'أعلنت نوفا، اليوم، نتائجها السنوية. وكانت نوفا قد وسعت أعمالها في الخليج العام الماضي.'
    assert not any("وكانت" in name for name in actor_names(body))


def test_a_law_or_a_plan_is_no_actor():
    body = ('وكان البرلمان قد أقر مشروع الموازنة العامة في يونيو الماضي. '
            'وأقرت الحكومة خطة الطوارئ الجديدة أمس.')
    names = actor_names(body)
    assert not any(name.startswith(("مشروع", "خطة")) for name in names)


def test_a_full_stop_inside_a_quotation_ends_the_happening_before_it():
    body = 'وقال الوزير: "انتهت أزمة الخبز في العاصمة. ما نريده اليوم من التجار هو الصبر".'
    assert not any("انتهت" in e["title"] for e in events(body))


def test_a_weekday_before_a_date_is_that_date():
    body = 'ويعقد المجلس اجتماعا يوم الخميس 9 أكتوبر المقبل لبحث أزمة الوقود في البلاد.'
    assert [e["date"] for e in events(body)] == ["2025-10-09"]


def test_resumed_and_protest_stands_are_happenings():
    body = ('واستؤنفت الدراسة في مدارس المدينة الأسبوع الماضي بعد توقف طويل. '
            'وستنظم النقابة وقفات احتجاجية أمام مقر الوزارة يوم الأحد المقبل.')
    assert sorted(e["category"] for e in events(body)) == ["plan", "protest"]


def test_a_share_closing_is_no_closure_but_a_crossing_is():
    assert events("وأغلق سهم الشركة في تعاملات اليوم مرتفعا 2% عند 30 ريالا.") == []
    closed = events("وأغلقت السلطات المعبر الحدودي اليوم أمام المسافرين والشاحنات.")
    assert [e["category"] for e in closed] == ["closure"]
