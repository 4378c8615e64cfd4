"""A country's name that is also a common adjective («مالي»: Mali, and «financial») is read as the
adjective after a noun, and as the country elsewhere (issue 13: no common word as an actor)."""
from desktop.core.extract import extract_article


def _names(body: str) -> set[str]:
    source = {"id": "source:t", "published": "2025-06-01", "outlet": "الموقع", "title": "خبر", "body": body}
    return {r["name"] for r in extract_article(source) if r["kind"] in ("actor", "place")}


def test_financial_after_a_noun_is_no_country():
    names = _names("الرباط – الموقع\n\nصادق المجلس على ميزانية بغلاف مالي يناهز مليار درهم، "
                   "وسجلت المالية العامة فائض مالي بلغ 400 مليون.")
    assert "مالي" not in names


def test_mali_after_a_preposition_or_a_state_word_is_the_country():
    names = _names("باماكو – الموقع\n\nوصل الوزير إلى مالي أمس، والتقى رئيس مالي في القصر.")
    assert "مالي" in names
    names = _names("نواكشوط – الموقع\n\nأعلنت جمهورية مالي إغلاق حدودها.")
    assert "مالي" in names
