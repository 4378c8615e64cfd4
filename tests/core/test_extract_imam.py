"""«إمام» (an imam) normalises as the preposition «أمام» does. Written with the hamza under its alif
it is only the office: «وقال إمام المسجد …» had lost its quote. Found while writing a test in
session 16; not in any batch."""
from __future__ import annotations

from tests.core.extract_cases import speakers


def test_the_imam_of_a_mosque_speaks():
    body = 'وقال إمام المسجد الكبير الشيخ أحمد سالم: «نحن نرحب بالمصلين كل يوم».'
    assert speakers(body) == ["أحمد سالم"]


def test_an_imam_and_preacher_is_one_title():
    body = ('وقال إمام وخطيب المسجد الأموي الشيخ محمد الخطيب: «نحن نرحب بالمصلين». '
            'وأضاف الإمام أن «الصلاة ستقام في موعدها».')
    assert speakers(body) == ["محمد الخطيب", "محمد الخطيب"]


def test_an_unnamed_imam_is_his_office():
    assert speakers('وقال إمام المسجد: «نحن نرحب بالمصلين كل يوم».') == ["إمام المسجد"]


def test_in_front_of_stays_a_preposition():
    # guard: «أمام» and «امام» with no hamza under the alif are still «in front of»
    body = 'ووقف المصلون أمام المسجد، وقال أحدهم امام الكاميرا: «نحن هنا منذ الصباح».'
    assert speakers(body) == []
