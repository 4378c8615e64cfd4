"""Verbs of praise, blame and appeal («أشاد», «رحب», «ندد», «ناشد»…) report speech as «قال» does: the
quotation after them is their subject's, not the previous speaker's."""
from __future__ import annotations

import pytest

from tests.core.extract_cases import speakers

_BEFORE = 'قال وزير النقل سالم الكندي إن "الطريق الجديد سيفتتح قبل نهاية العام الجاري". '


@pytest.mark.parametrize("verb", ["وأشاد", "ورحب", "وندد", "وناشد", "وثمن"])
def test_a_second_speaker_after_a_verb_of_praise_or_appeal(verb):
    body = _BEFORE + f'{verb} وزير المالية مراد الهاشمي بـ"الجهود التي بذلتها الفرق الفنية طوال الأشهر الماضية".'
    assert speakers(body) == ["سالم الكندي", "مراد الهاشمي"]
