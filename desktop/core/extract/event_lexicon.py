"""Word lists for reading events, split from lexicon.py: the occasion of someone's words, the words
that schedule or forecast a happening or deny it, what is fired, and the words an event's title
neither begins nor ends on. Every list is of Modern Standard Arabic news prose in general."""
from __future__ import annotations

import functools

from desktop.core.extract.lexicon import forms


@functools.cache
def statement_venues() -> frozenset[str]:
    """«خلال مؤتمر صحفي»: the occasion of someone's words, not a happening an analyst keeps."""
    return forms("مؤتمر المؤتمر مؤتمرا")


@functools.cache
def venue_modifiers() -> frozenset[str]:
    """What makes «مؤتمر» a press conference: «مؤتمر صحفي»، «مؤتمر صحافي مشترك»."""
    return forms("صحفي صحافي الصحفي الصحافي صحفيا صحافيا")


@functools.cache
def planned_markers() -> frozenset[str]:
    """Words that schedule what follows («من المقرر أن»، «المزمع»، «يعتزم»): planned."""
    return forms("المقرر مقرر المزمع مزمع يعتزم تعتزم يعتزمون تقرر المرتقب المرتقبة المقررة")


@functools.cache
def expected_markers() -> frozenset[str]:
    """Words that forecast what follows («من المتوقع أن»، «من المنتظر»، «يرجح»): expected."""
    return forms("المتوقع متوقع يتوقع تتوقع يرجح ترجح المرجح يستعد تستعد يستعدون المنتظر منتظر")


@functools.cache
def title_leading_words() -> frozenset[str]:
    """Connectors an event's title does not begin with: «وكانت … قد»، «ومن المقرر أن»، «من جهته»."""
    return forms("و ف في وفي من ومن جهته جهتها جانبه جانبها بدوره بدورها كما فيما بينما أما وأما المقابل "
                  "السياق الأثناء ذلك يذكر ويذكر يُذكر ويُذكر وكان وكانت كان كانت قد وقد المقرر المتوقع المزمع "
                  "إثر عقب بعد خلال التي الذي ثم حيث منذ ومنذ إلى")   # «إلى ذلك، …»


@functools.cache
def date_prefixes() -> frozenset[str]:
    """Words that lead up to a date and go with it: «في»، «بحلول نهاية»، «اعتبارا من مطلع»."""
    return forms("في منذ خلال يوم يومي بحلول نهاية مطلع منتصف أواخر أوائل بداية حتى اعتبارا من مساء صباح "
                  "ظهر ليلة فجر عام العام حوالي نحو قبل بعد الربع الأخير النصف الثلث")


@functools.cache
def title_trailing_words() -> frozenset[str]:
    """Words a title cut at its length does not end on: prepositions, conjunctions, «أن»."""
    return forms("في من إلى على عن مع ب ل و أو ثم أن إن أنه أنها التي الذي الذين خلال عبر حول بين منذ لدى "
                  "تجاه ضد نحو عند بعد قبل إثر عقب وسط دون ما مطلع نهاية منتصف بداية أواخر أوائل")


@functools.cache
def projectiles() -> frozenset[str]:
    """What is fired: «إطلاق صواريخ»، «أطلق النار» (not «أطلق مبادرة»)."""
    return forms("النار نار صاروخ صاروخا صواريخ الصواريخ قذيفة قذائف القذائف رصاص الرصاص الرصاص مسيرة "
                  "مسيرات طائرات طائرة قنابل قنبلة")


@functools.cache
def negations() -> frozenset[str]:
    """Words that deny what follows: «لم تعلن»، «لن يشارك»، «عدم انسحاب»."""
    return forms("لم ولم لن ولن لا ولا عدم دون بدون")


@functools.cache
def coming_words() -> frozenset[str]:
    """«الاجتماع المقبل»: an adjective that puts the happening it follows ahead."""
    return forms("المقبل المقبلة القادم القادمة المرتقب المرتقبة")
