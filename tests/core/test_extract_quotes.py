"""Quotations and their speakers, on articles written in the style of several outlets."""
import json
from pathlib import Path

import pytest

from desktop.core import arabic
from desktop.core.extract import extract_article

# articles: written with the rules; articles_round2, _heldout and _heldout4: written
# afterwards in the style of other outlets and scored before any rule was changed
# for them (bench/extract_quality.py prints the scores; bench/README.md has the history).
FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted(p for name in ("articles", "articles_round2", "articles_heldout", "articles_heldout4")
                  for p in (FIXTURES / name).glob("*.json"))


def _quotes(body, published="2025-05-01", **kw):
    recs = extract_article({"id": "source:t", "body": body, "published": published}, **kw)
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "actor"}
    return [(r["text"], names.get(r["speaker"], r["speaker"])) for r in recs if r["kind"] == "quote"]


def _same(a, b):
    a, b = arabic.normalize(a), arabic.normalize(b)
    return a in b or b in a


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_outlet_articles(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    recs = extract_article(case["source"])
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "actor"}
    quotes = [r for r in recs if r["kind"] == "quote"]
    assert len(quotes) == len(case["quotes"])
    for text, speaker in case["quotes"]:
        hit = [q for q in quotes if arabic.normalize(text) in arabic.normalize(q["text"])]
        assert hit, text
        assert _same(names.get(hit[0]["speaker"], hit[0]["speaker"]), speaker), (text, hit[0]["notes"])
    for name in case["not_quotes"]:
        assert all(arabic.normalize(q["text"]) != arabic.normalize(name) for q in quotes)


def test_single_words_and_labels_are_names():
    body = 'قال الوزير محمد علي إن تنظيم "داعش" ما زال ينشط قرب قاعدة "عين الأسد" وإن عملية «درع الصحراء» بدأت.'
    assert _quotes(body) == []


def test_follow_on_quote_keeps_the_previous_speaker():
    body = ("قال وزير الدفاع العراقي ثابت العباسي إن «القوات جاهزة لتسلم المهام كاملة».\n\n"
            "وأضاف أن «التنسيق مع الحلفاء مستمر على أعلى المستويات».\n\n"
            "وأشار إلى أن «المرحلة المقبلة تتطلب جهدا استخباريا أكبر من السابق».")
    quotes = _quotes(body)
    assert [s for _, s in quotes] == ["ثابت العباسي"] * 3


def test_surname_resolves_to_the_full_name_seen_earlier():
    body = ("أكد رئيس الوزراء محمد شياع السوداني أن «الحكومة ماضية في حصر السلاح بيد الدولة».\n\n"
            "وقال السوداني، في كلمة متلفزة، إن «لا مكان للسلاح المنفلت في العراق بعد اليوم».")
    quotes = _quotes(body)
    assert [s for _, s in quotes] == ["محمد شياع السوداني"] * 2


def test_bidawrihi_names_the_new_speaker():
    body = ("قال المتحدث باسم الحكومة باسم العوادي إن «الاتفاق سيوقع الأسبوع المقبل في بغداد».\n\n"
            "بدوره، أكد النائب رائد المالكي أن «البرلمان لم يطلع على تفاصيل الاتفاق حتى الآن».")
    assert [s for _, s in _quotes(body)] == ["باسم العوادي", "رائد المالكي"]


def test_quote_before_its_attribution():
    body = "«لن نسمح بعودة الإرهاب إلى مدننا مهما كلف الأمر»، قال قائد الشرطة اللواء سعد معن."
    assert _quotes(body) == [("لن نسمح بعودة الإرهاب إلى مدننا مهما كلف الأمر", "سعد معن")]


def test_reversed_and_curly_marks():
    body = ("وقال وزير الخارجية فؤاد حسين ”إن العراق يرفض أن يكون ساحة لتصفية الحسابات الإقليمية“.\n"
            "وأضاف »نعمل مع الجميع من أجل التهدئة ومنع التصعيد في المنطقة«.")
    quotes = _quotes(body)
    assert len(quotes) == 2 and {s for _, s in quotes} == {"فؤاد حسين"}


def test_resolver_is_used_for_speakers():
    body = "وقال علاوي إن «القوات العراقية قادرة على حماية الحدود بالكامل»."
    recs = extract_article({"id": "source:t", "body": body, "published": "2025-01-01"},
                           resolve_actor=lambda n: "actor:hussein-allawi" if arabic.normalize(n) == "علاوي" else None)
    quote = next(r for r in recs if r["kind"] == "quote")
    assert quote["speaker"] == "actor:hussein-allawi"
    assert not any(r["kind"] == "actor" and r["name"] == "علاوي" for r in recs)


def test_unattributed_quoted_title_is_not_a_quote():
    body = "صدر كتاب جديد بعنوان «حروب المياه في الشرق الأوسط وتحولات الإقليم» عن دار نشر في بيروت."
    assert _quotes(body) == []


def test_fragment_in_indirect_speech_is_partial():
    body = "ووصف وزير الداخلية عبد الأمير الشمري الهجوم بأنه «عمل إرهابي جبان»."
    recs = extract_article({"id": "source:t", "body": body, "published": "2025-01-01"})
    quote = next(r for r in recs if r["kind"] == "quote")
    assert quote["text"] == "عمل إرهابي جبان" and quote["partial"] is True


def test_a_verb_after_a_negating_noun_reports_nothing():
    body = 'وقال مسؤول محلي، طلب عدم ذكر اسمه، لوكالة فرانس برس: "سمعنا انفجارات وإطلاق نار كثيف منذ الفجر".'
    assert _quotes(body) == [("سمعنا انفجارات وإطلاق نار كثيف منذ الفجر", "مسؤول محلي")]


def test_abbara_an_is_a_reporting_verb_but_abra_alone_is_via():
    body = 'أما البعثة الأممية فقد عبرت عن "قلق بالغ إزاء استخدام الأسلحة الثقيلة".'
    assert [s for _, s in _quotes(body)] == ["البعثة الأممية"]
    body = 'ونشر الجيش عبر منصة إكس صورا من "موقع الهجوم على القاعدة الجوية".'
    assert _quotes(body) == []


def test_a_possessed_noun_phrase_is_speech_not_a_name():
    body = 'وأعربت الأمم المتحدة عن "قلقها البالغ" إزاء تدهور الوضع.'
    assert [t for t, _ in _quotes(body)] == ["قلقها البالغ"]


def test_a_clause_after_a_label_noun_is_speech_a_short_name_is_not():
    body = ('وصرح المتحدث باسم الوزارة بأن الاتفاق "يغطي احتياجات السوق المحلية حتى نهاية مارس". '
            'وتعد المنطقة جزءا من اتفاق "خفض التصعيد".')
    assert [t for t, _ in _quotes(body)] == ["يغطي احتياجات السوق المحلية حتى نهاية مارس"]


def test_a_statement_owned_through_li():
    body = 'وجاء في بيان لهيئة الأركان العامة أن "القوات تصدت بحزم للإرهابيين وكبدتهم خسائر فادحة".'
    assert [s for _, s in _quotes(body)] == ["هيئة الأركان العامة"]
    body = 'وقال الوزير في تصريح لوكالة الأنباء إن "الحكومة ماضية في خطتها رغم كل الصعوبات".'
    assert [s for _, s in _quotes(body)] != ["لوكالة الأنباء"]


def test_a_quoted_bloc_name_inside_a_title_does_not_end_it():
    body = 'ورأى النائب عن كتلة "اللقاء الديموقراطي" بلال عبدالله أن "الظروف الأمنية في الجنوب لا تسمح بإجراء انتخابات".'
    assert [s for _, s in _quotes(body)] == ["بلال عبدالله"]


def test_long_names_with_connectors_and_honorifics():
    body = ('وكتب صاحب السمو الشيخ محمد بن راشد آل مكتوم على حسابه: "أرقامنا تتحدث عن نفسها واقتصادنا الأسرع نموا".\n\n'
            'وقال نظيره الإسباني فرناندو غراندي مارلاسكا إن "التعاون مع المغرب نموذج يحتذى به في المنطقة".')
    assert [s for _, s in _quotes(body)] == ["محمد بن راشد آل مكتوم", "فرناندو غراندي مارلاسكا"]


def _quality_scorer():
    import importlib.util
    import sys
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("bench_extract_quality", root / "bench" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_quality_over_every_annotated_article_with_full_speaker_names():
    # The per-article test accepts a surname for a full name; this one wants the
    # whole annotated name inside the proposed one (bench/extract_quality.py).
    scorer = _quality_scorer()
    total = scorer.Score()
    for folder in scorer.DEFAULT_DIRS:
        if folder.name in ("articles", "articles_round2", "articles_heldout", "articles_heldout4"):
            total.add(scorer.score_dir(folder)[0])
    assert total.annotated == 107
    assert total.quote_precision == total.quote_recall == 1.0, (total.missed, total.spurious)
    # One known miss: «مستشار قائدها الباشا طبيق» reads «الباشا» as a title.
    assert total.speaker_precision >= 0.98 and total.speaker_recall >= 0.98, total.wrong_speaker
    assert total.names_taken == []


def test_a_kunya_keeps_its_name_and_yarwi_reports():
    body = ('"لم نر شيئا كهذا في حياتنا من قبل"، يقول أبو علي، وهو مزارع من ذي قار.\n\n'
            'ويروي محمد العلي (45 عاما) للجزيرة نت أنه وجد منزله "ركاما بلا سقف ولا جدران ولا أبواب".')
    assert [s for _, s in _quotes(body)] == ["أبو علي", "محمد العلي"]


def test_an_expert_in_a_field_keeps_his_name():
    body = 'ويرى الخبير في شؤون المياه رمضان حمزة أن "غياب اتفاقيات ملزمة سيجعل الأزمة تتكرر كل عام".'
    assert [s for _, s in _quotes(body)] == ["رمضان حمزة"]


def test_a_quoted_name_after_an_organisation_head_is_the_organisation():
    body = 'فيما طالب تحالف "تقدم" بـ"إعادة العد والفرز يدويا في عدد من المحطات".'
    assert [(t, s) for t, s in _quotes(body)] == [("إعادة العد والفرز يدويا في عدد من المحطات", "تحالف تقدم")]


def test_ala_hadd_tabir_names_the_speaker():
    body = 'وعلى حد تعبير دبلوماسي غربي، فإن "الأيام المقبلة ستكون حاسمة في مسار المفاوضات".'
    assert [s for _, s in _quotes(body)] == ["دبلوماسي غربي"]


def test_wa_anna_continues_the_reported_speech():
    body = 'اعتبر الحزب في بيان أن القرار "خطيئة كبرى"، وأن الحزب "سيتعامل معه كأنه غير موجود".'
    quotes = _quotes(body)
    assert [t for t, _ in quotes] == ["خطيئة كبرى", "سيتعامل معه كأنه غير موجود"]
    assert len({s for _, s in quotes}) == 1


def test_a_quotation_broken_across_lines_is_one():
    # Pages copied from the web often break a line inside a quotation.
    body = ('وقال بلينكن خلال مؤتمر مشترك :" تؤلمني مشاهد أطفال غزة وهم تحت الأنقاض\n'
            'ونحن قلقون من تصاعد وتيرة العنف في الضفة الغربية ".')
    (quote,) = _quotes(body)
    assert quote[0].startswith("تؤلمني") and quote[0].endswith("الغربية") and quote[1] == "بلينكن"


def test_a_mark_opening_the_next_line_does_not_close_the_last():
    body = ('وأشار المقداد إلى أن “إسرائيل” لا تريد حل الدولتين وتعمل على هذا الأساس”.\n'
            'وقال المقداد إن الرد السوري سيتم “معالجته إعلامياً” بالوقت المناسب.')
    assert ("معالجته إعلامياً", "المقداد") in _quotes(body)


def test_the_reporter_of_indirect_speech_speaks_a_nameless_follow_on():
    body = ('قال المتحدث باسم الحكومة باسم العوادي، السبت، إن الأراضي العراقية ليست المكان المناسب.\n'
            'وتابع: "نجدد رفضنا تحويل العراق إلى ساحة لتصفية الحسابات".\n'
            'نفى وزير الخارجية يوسف رجي، في تصريح، وجود أي تفاهم. وفي حديث لـ"الميادين"، أضاف: "ليس لدينا أي علم بذلك التفاهم".')
    assert [s for _, s in _quotes(body)] == ["باسم العوادي", "يوسف رجي"]


def test_an_outlet_that_obtained_a_copy_is_a_name():
    body = ('وكشف بيان لمكتب رئيس الوزراء وحصلت “بغداد تايمز ” على نسخة منه “نطمئن الجميع أن التعامل '
            'مع الحكومة العراقية كان ومازال واضحا”.')
    assert _quotes(body) == [("نطمئن الجميع أن التعامل مع الحكومة العراقية كان ومازال واضحا", "مكتب رئيس الوزراء")]


def test_ala_lisan_and_a_possessed_title():
    body = ('اعتبرت روسيا على لسان مندوبها الدائم لدى الأمم المتحدة، فاسيلي نيبينزيا أن '
            '"مؤتمر وارسو سيضر بأمن الشرق الأوسط".\n\nوواصل العوادي :"الضربة ستضع الأمن على حافة الهاوية".')
    assert [s for _, s in _quotes(body)] == ["فاسيلي نيبينزيا", "العوادي"]


def test_a_spokesman_written_indefinite_may_be_named_a_pure_description_not():
    body = ('وقال متحدث القوات المسلحة اليمنية العميد يحيى سريع إن “أبطال الجيش تمكنوا من التصدي لأكثر من 6 زحوفات”.\n'
            'وقال مسؤول أمريكي طلب عدم نشر اسمه إن "واشنطن لا تريد أن ترى تصعيدا في المنطقة".')
    assert [s for _, s in _quotes(body)] == ["يحيى سريع", "مسؤول أمريكي"]


def test_a_title_after_the_name_lets_a_bare_title_refer_back():
    body = ('أكد نبيل عبدالله المتحدث الرسمي باسم الجيش السوداني أن القوات المسلحة تبذل كل جهدها.\n'
            'وقال عبد الله “تعمل القوات المسلحة منذ بداية الحرب من أجل إنهاء التمرد”.\n'
            'وقال المتحدث إن الضربات الجوية الأخيرة “تأتي في إطار هذه الجهود المتواصلة”.')
    assert [s for _, s in _quotes(body)] == ["نبيل عبدالله"] * 2


def test_a_kunya_and_a_programme_name_are_names():
    body = ('وردا على سؤال بشأن علاقة "أبو لولو" بالقوات، قال المتحدث الفاتح قرشي: "نحن نطلب تحقيقا دوليا في هذا الأمر".\n'
            'وأضاف متحدث الجيش، خلال مداخلة ببرنامج «العرب في أسبوع»، أن الجيش يتمتع بالحاضنة الشعبية.')
    assert [t for t, _ in _quotes(body)] == ["نحن نطلب تحقيقا دوليا في هذا الأمر"]


def test_a_participle_after_a_subjectless_verb_keeps_the_previous_speaker():
    body = ('قال الناطق باسم القوات المسلحة العميد عبده مجلي إن الجيش حقق انتصارات كبيرة.\n'
            'وأوضح، أن القوات نجحت في السيطرة على مناطق منها مديرية الظاهر، متابعًا: «حققنا تقدمًا ملموسًا في السيطرة على السلاسل الجبلية».')
    assert [s for _, s in _quotes(body)] == ["عبده مجلي"]


def test_a_title_without_a_name_refers_back_to_who_holds_it():
    body = ('قال رئيس الحكومة اللبنانية نواف سلام، إنه لن يسمح بمغامرة جديدة، مضيفا: "دخلنا سابقا في مغامرة كلفتها كبيرة جدا".\n\n'
            'وأكمل رئيس الحكومة اللبنانية في جلسة حوارية: "ملتزمون بمسيرة الإصلاح واستعادة سيادة لبنان".\n\n'
            'أكد وزير الداخلية المغربي محمد حصاد أن "المغرب لا يواجه تهديدات إرهابية مباشرة في الوقت الراهن".\n'
            'وقال الوزير المغربي إن "المغرب تمكن من تفكيك مجموعات عديدة من الخلايا".')
    assert [s for _, s in _quotes(body)] == ["نواف سلام", "نواف سلام", "محمد حصاد", "محمد حصاد"]


def test_an_events_name_in_quotes_is_a_name_a_clause_is_not():
    body = ('وفي كلمة خلال “قمّة لبنان للتكنولوجيا والذكاء الاصطناعيّ”، أشار سلام إلى أنّ “عمليّة نزع السلاح ماضيةٌ”.\n'
            'واعتبر المندوب أن "مؤتمر وارسو سيضر بأمن الشرق الأوسط".')
    assert [t for t, _ in _quotes(body)] == ["عمليّة نزع السلاح ماضيةٌ", "مؤتمر وارسو سيضر بأمن الشرق الأوسط"]


def test_a_second_quotation_in_the_sentence_keeps_its_speaker():
    body = ('أكد وزير الداخلية محمد حصاد أن بلاده لا تواجه تهديدات، موضحًا أن هناك "تهديدات عامة" تهمّ عددًا '
            'كبيرًا من الدول "يتعيّن أخذها بعين الاعتبار في المقاربة الأمنية".')
    assert [s for _, s in _quotes(body)] == ["محمد حصاد", "محمد حصاد"]


def test_a_participles_subject_is_its_clauses_verb_first_or_after_a_connector():
    body = ('قدم عبد الوافي لفتيت، وزير الداخلية، حصيلة عمل السلطات المغربية، مشددا على أن المملكة '
            '"انخرطت بشكل جدي في مواجهة تحدي الإرهاب".\n'
            'بدوره، رحب رئيس الجبهة التركمانية حسن توران بالاتفاق، معتبرا إياه "خطوة في الاتجاه الصحيح نحو الاستقرار".')
    assert [s for _, s in _quotes(body)] == ["عبد الوافي لفتيت", "حسن توران"]


def test_one_office_by_any_of_its_names():
    body = ('أكد رئيس مجلس الوزراء نواف سلام أن "لبنان يسير بخطى ثابتة نحو استعادة دوره".\n'
            'وشدد رئيس الحكومة على أن "قرار الحرب والسلم هو حصرا بيد الحكومة اللبنانية".')
    assert [s for _, s in _quotes(body)] == ["نواف سلام", "نواف سلام"]


def test_bayna_is_between_unless_a_that_follows():
    body = ('أكدت حركة حماس أن "عمل مقاوم" يمتد، والاشتباكات بين الجماهير وقوات الاحتلال، و"الفعل المقاوم في قلب القدس" هو الرد.\n'
            'وبين المتحدث أن "التحالف الدولي خرج عن المهام الموكلة إليه".')
    quotes = _quotes(body)
    assert [s for _, s in quotes][:2] == ["حركة حماس", "حركة حماس"]


def test_a_sentence_with_only_quoted_names_still_has_a_reporter():
    body = ('وأضاف المتحدث باسم الحركة حازم قاسم، في تصريح صحفي، وصل "المشرق نيوز" نسخة عنه، أن شعبنا قرر طرد المحتل.\n'
            'وتابع "جماهير شعبنا على الأرض هي التي ستحسم الصراع وستنتزع حريتها".')
    assert _quotes(body) == [("جماهير شعبنا على الأرض هي التي ستحسم الصراع وستنتزع حريتها", "حازم قاسم")]


def test_an_official_of_a_named_organisation_may_be_named():
    body = ('أكد مسؤول الدائرة الإعلامية في “حركة المجاهدين” الفلسطينية مؤمن عزيز الاثنين أن '
            '“تصدي المواطنين لاقتحامات قوات الاحتلال يعبر عن حالة الرفض الشعبي”.\n'
            'قال الناطق باسم الحركة عن مدينة القدس المحتلة محمد حمادة في تصريح صحفي الأحد: "إن شعبنا لا ينكسر وسيرد بكل قوة".')
    assert [s for _, s in _quotes(body)] == ["مؤمن عزيز", "محمد حمادة"]


def test_a_name_with_bin_in_quotes_is_a_name():
    body = 'ردا على اقتحام الوزير المتطرف "إيتمار بن غفير" باحات المسجد الأقصى، قال المتحدث إن "شعبنا لا ينكسر أبدا".'
    assert [t for t, _ in _quotes(body)] == ["شعبنا لا ينكسر أبدا"]


def test_a_commander_of_counter_terrorism_forces_keeps_his_name():
    body = ('وقال قائد قوات مكافحة الإرهاب الفريق الركن عبد الغني الأسدي إن "القطعات العسكرية جاهزة لمساعدة كل العشائر".\n'
            'وعدّ المحلاوي، أن "الوضع الأمني في الأنبار مستقر بعد تطهير معظم مناطق المحافظة".')
    assert [s for _, s in _quotes(body)] == ["عبد الغني الأسدي", "المحلاوي"]


def test_a_given_name_with_the_article_after_a_title_starts_the_name():
    # «الفاتح»، «الصادق»، «المهدي»: given names written with «ال», which the title
    # reading would otherwise take as one more definite word of the title.
    body = ('وأكد المتحدث الفاتح قرشي أن "القوات لم ترتكب أي انتهاكات بحق المدنيين".\n\n'
            'وقال رئيس الحزب الصادق المهدي: "نرحب بأي عملية سلام".\n\n'
            'وقال المتحدث باسم الحكومة "نحن مستعدون للحوار".\n\n'
            'وقال قائد جيش المهدي إن "الهدنة صامدة".')
    speakers = [s for _, s in _quotes(body)]
    assert speakers[:2] == ["الفاتح قرشي", "الصادق المهدي"]
    assert not any(s.startswith("المهدي") for s in speakers[2:])


def test_a_title_set_after_the_subject_of_a_verb_first_clause_is_his():
    # «قدم X، وزير الداخلية، …» names the minister; «الوزير» later is the same man,
    # not a second, nameless «وزير الداخلية».
    body = ("عرض خالد العبيدي، وزير الدفاع، خطة الوزارة للعام المقبل أمام البرلمان، مؤكدا أن "
            "\"الجيش سيتسلم الملف الأمني كاملا\".\n"
            "وأضاف الوزير أن \"التسليح الجديد سيصل قبل نهاية العام\".")
    recs = extract_article({"id": "source:t", "body": body, "published": "2025-05-01"})
    actors = {r["id"]: r for r in recs if r["kind"] == "actor"}
    quotes = [r for r in recs if r["kind"] == "quote"]
    assert len(quotes) == 2
    assert {actors[q["speaker"]]["name"] for q in quotes} == {"خالد العبيدي"}
    assert actors[quotes[0]["speaker"]]["title"] == "وزير الدفاع"


def test_a_spokesman_named_again_in_other_words_is_the_same_man():
    body = ("قال الناطق باسم القوات المسلحة السودانية، العميد نبيل عبد الله، إن \"الجيش استعاد السيطرة على المدينة\".\n"
            "وأضاف متحدث الجيش السوداني، في مداخلة هاتفية، أن \"العمليات مستمرة حتى تأمين الطرق\".")
    assert [speaker for _, speaker in _quotes(body)] == ["نبيل عبد الله", "نبيل عبد الله"]


def test_another_office_with_the_same_head_is_not_the_same_man():
    body = ("قال وزير الداخلية العراقي عبد الأمير الشمري إن \"الحدود مؤمنة بالكامل\".\n"
            "وقال وزير الخارجية في بيان إن \"الحكومة ترفض التدخل في شؤونها\".")
    speakers = [speaker for _, speaker in _quotes(body)]
    assert speakers[0] == "عبد الأمير الشمري"
    assert speakers[1] != "عبد الأمير الشمري"


def test_a_surname_speaker_takes_the_full_name_written_in_a_byline():
    body = ("حازم قاسم - الناطق باسم حركة حماس\n\n"
            "رأت الحركة في بيان أن التصعيد الأخير \"يكشف أزمة الاحتلال\".\n"
            "وشدد قاسم على أن \"شعبنا سيواصل طريقه\".")
    assert _quotes(body)[-1][1] == "حازم قاسم"


def test_a_surname_after_a_verb_or_a_title_is_not_given_a_first_name():
    body = ("أكد المتحدث قاسم في مؤتمر صحفي أن \"المفاوضات متوقفة\".\n"
            "وشدد قاسم على أن \"الوفد لن يعود\".")
    assert {speaker for _, speaker in _quotes(body)} <= {"قاسم", "المتحدث قاسم"}


def test_what_is_adopted_or_launched_in_quote_marks_is_a_name_not_a_quote():
    # round 140: the names of a declaration, a plan and a fund were read as speech
    body = ('وقال وزير الخارجية إن المشاركين اعتمدوا "إعلان بكين" و"خطة العمل المشتركة 2025-2027"، '
            'وأعلنت المفوضة عن إطلاق "الصندوق الأوروبي الرائد لإعادة إعمار أوكرانيا" بمساهمة أولى. '
            'وأضاف الوزير: "سنعمل معاً على تنفيذ كل ما اتفقنا عليه".')
    assert [text for text, _ in _quotes(body)] == ["سنعمل معاً على تنفيذ كل ما اتفقنا عليه"]
