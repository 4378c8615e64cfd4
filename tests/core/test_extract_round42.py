"""Rounds 42 to 44: a name read after a title in narrative, speaking no quotation, is an actor only
when it shows it is a person's (name_evidence.py): a given name the lexicon knows, a compound or a
lineage, a family name's shape, or the article writing it again. The clause a title runs on into
(«زيادة الإطلاقات»، «وخريطة الطريق»، «بحي شرق»، «وعد بدراسة الطلب») shows none."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- the clause after a title is no name -------------------------------------------------------------

def test_a_verbal_noun_and_its_object_after_a_title_is_no_name():
    body = 'وبحث الوزير أمس مع السفير الياباني في القاهرة مضاعفة الصادرات الزراعية إلى طوكيو.'
    assert not _has_word(actor_names(body), "مضاعفة")


def test_wa_and_a_common_noun_after_a_title_is_no_name():
    body = 'وأكد البيان دعم جهود المبعوث الدولي وخطوات التهدئة التي اتفق عليها الطرفان.'
    assert not _has_word(actor_names(body), "وخطوات")


def test_ba_and_a_place_noun_after_a_title_is_no_name():
    body = 'وقضت المحكمة بمعاقبة مدير إدارة الأراضي السابق بحي غرب مدينة حلوان بالسجن خمس سنوات.'
    assert not _has_word(actor_names(body), "بحي")


# --- real names of unusual shapes stay --------------------------------------------------------------

def test_a_known_given_name_after_a_title_stays():
    body = 'والتقى الوزير أمس السفير الياباني حمدان الكواري في مكتبه.'
    assert "حمدان الكواري" in actor_names(body)


def test_a_foreign_name_the_article_writes_again_stays():
    body = ('ووصل المبعوث الأممي غوتفريد هولمان إلى العاصمة أمس. وأضاف هولمان أن المحادثات ستستمر '
            'أسبوعا آخر.')
    assert _has_word(actor_names(body), "هولمان")


def test_a_kunya_after_a_title_stays():
    body = 'واستقبل الرئيس أمس القيادي أبو خليل الشمري في القصر.'
    assert _has_word(actor_names(body), "الشمري")


def test_a_family_nisba_keeps_an_unlisted_given_name():
    body = 'وشارك في الاجتماع وزير الزراعة مشهور الرواشدي إلى جانب عدد من النواب.'
    assert "مشهور الرواشدي" in actor_names(body)


def test_a_lineage_keeps_an_unlisted_given_name():
    body = 'وحضر الافتتاح وزير التجارة قابوس بن خلفان في المنطقة الحرة.'
    assert "قابوس بن خلفان" in actor_names(body)


def test_a_speaker_needs_no_other_evidence():
    body = 'وقال المبعوث الأممي غوتفريد هولمان إن "المحادثات ستستمر".'
    assert speakers(body) == ["غوتفريد هولمان"]


def test_a_body_without_a_known_head_stays():
    body = 'وأعلنت تنسيقية المزارعين المستقلين أن "الموسم تأخر".'
    assert any("تنسيقية" in n for n in actor_names(body))
