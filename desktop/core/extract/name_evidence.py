"""Whether a name read after a title in narrative shows that it is a person's.

A title runs on into the clause as often as into a name: «مع السفير التركي زيادة الإطلاقات»
(the ambassador discussed raising the releases), «جهود المبعوث الأممي وخريطة الطريق», «مدير
الإدارة السابق بحي شرق مدينة نصر», «الوزير وعد بدراسة الطلب». Each new shape of that clause is a
word no list of bad shapes has yet, so the rule is positive: a name that speaks no quotation and
that the gazetteer does not know is kept only when something shows it is a person's, namely

  * its first word is a given name the lexicon knows (Arabic or foreign, `given_names`), one of
    the given names of another word's shape (name_lexicon.py), or opens a compound name («عبد»،
    «أبو»، «بن»، «آل»، «ولد»);
  * or its last word is a family name's shape: a nisba («العرباوي»، «الخالدي»، «جبالي»), or
    a king's ordinal («فيليبي السادس»، «عبدالله الثاني»);
  * or a word inside it links a compound or a lineage («محيي الدين سالم»، «مانع بن يمين»);
  * or it is written as foreign names are (`_transliterated`);
  * or the article writes the name again: the whole of it elsewhere, or its last word (a
    surname) right after a reporting verb.

A name the article quotes is exempt (the quotation is the evidence), as is every body, place and
unnamed source (they are not read as names after a title).
"""
from __future__ import annotations

import functools

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon


def _forms(words: str) -> frozenset[str]:
    return frozenset(arabic.normalize(w) for w in words.split())


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names of Arab news (men's and women's, Maghreb and Gulf spellings), and the
    first names of foreign officials the Arab press writes most."""
    return _forms(
        "محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعد سعيد سعود سالم سليم سليمان صالح "
        "إبراهيم إسماعيل إسحاق يعقوب يوسف يونس يحيى زكريا موسى عيسى داود هارون آدم نوح إدريس إلياس "
        "أيوب خليل جميل جمال كمال كامل عادل فاضل فضل نبيل نبيه وليد وائل طارق ماجد مجيد حميد حامد "
        "حمد حمدي حمدان حمزة أسامة أسعد أنس أنور أيمن أمين أمجد أشرف أكرم باسم باسل بشار بشير بكر "
        "بلال بدر تامر توفيق تميم ثامر ثابت جابر جاسم جعفر جبار جبريل جهاد جورج حازم حاتم حسام حسان "
        "حكمت حيدر خضر خلف خليفة راشد رامي رائد رضا رشيد رشاد رفيق رمضان رياض زياد زيد زهير سامر "
        "سامي سمير سهيل سفيان سلطان سلمان شادي شريف شاكر صابر صادق صباح صلاح ضياء طلال طه عامر "
        "عباس عبيد عدنان عزيز عزام عزت عصام عقيل علاء عماد عمار عمرو عمران عوض غازي غسان فؤاد فادي "
        "فارس فاروق فراس فرج فهد فيصل فتحي حنفي طيف نذير قاسم قيس كريم لؤي لطفي ماهر مازن مالك مأمون مبارك مجدي "
        "مراد مروان مسعود مشعل مصعب معاذ معتز مقتدى منذر منصور منير مهدي مهند موفق مؤيد ناجي ناصر "
        "نادر نايف نبراس نزار نصر نصار نعيم نمر نواف نور نوري هادي هاشم هاني هشام هيثم وسام وجدي "
        "ياسر ياسين يزن يزيد مطهر معمر مظلوم منصف منجي ثاني تركي سرمد رزق رجب عزمي عقيلة "
        "فاطمة عائشة خديجة زينب مريم آمنة سارة ليلى هدى منى مها نورة نور رانيا رنا رشا ريم سلوى "
        "سهى سعاد سميرة جميلة ليلى هالة هند دعاء إيمان أمل أميرة بسمة جمانة حنان دينا رولا زينة "
        "سناء شيماء عبير عبلة علياء غادة فدوى لبنى لينا ماجدة مريم نادية نجلاء نجوى نسرين هبة وفاء "
        "منال مدحت مرهف مسعد مطر نعمان شاهر عون فرهاد آرام فيان يسرى يمنى ياسمين مي ميساء شيخة لطيفة موزة حصة دليلة جليلة نعمة "
        "دونالد ماريا كارولين كايا جيريمي سكوت ريك جولي إيفيت فرناندو خوسيه ماتيلد جو جوزيف جون جيمس ديفيد مايكل بول بيتر روبرت ريتشارد توماس توم مارك ستيف ستيفن "
        "أنطونيو إيمانويل فرانسوا جان بيير ميشال ميشيل أوليفييه هيرفيه جيروم مارين كاترين "
        "فلاديمير سيرغي دميتري يوري ألكسندر أنغيلا أولاف فريدريش كير ريشي بوريس جورجيا ماريو "
        "رجب هاكان دولت مسعود عباس بنيامين يائير إيتمار أفيخاي هانس هانا مورغان ستيفاني أنطونيو "
        "جوزاف رودولف ميشال سامي نجيب بطرس إيلي شربل فيليبي طوني روبير")


# The first words of compound names: «أبو مازن»، «بن سلمان»، «آل ثاني»، «ولد الغزواني»، «أم سامر»
# («عبد …» by its prefix).
_OPENERS = _forms("أبو أبي ابن بن آل ولد بنت أم")


def _plain(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def known_first_word(word: str) -> bool:
    """A given name the lexicons know, or the opener of a compound name."""
    return (word in given_names() or word in name_lexicon.article_given_names()
            or word in name_lexicon.verb_shaped_names() or word in name_lexicon.masdar_shaped_names()
            or word in name_lexicon.foreign_article_names() or word.startswith("عبد")
            or word in _OPENERS or (len(word) > 5 and word.endswith("الله")))


# A king's or a pope's ordinal after his name: «محمد السادس»، «فيليبي السادس»، «عبدالله الثاني».
_ORDINALS = _forms("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")


def family_shaped(word: str) -> bool:
    """A last word shaped as a family name: a nisba in «ي» («العرباوي»، «جبالي»، «سامي») or an
    ordinal of a king."""
    return word in _ORDINALS or (word.endswith("ي") and len(word[2:] if word.startswith("ال") else word) >= 4)


def written_again(words: list[str], name: list[str], at: int) -> bool:
    """Whether the article writes `name` (found at token `at`) again: whole, or its last word as
    a surname after a reporting verb («وأضاف براون»)."""
    n = len(name)
    for k in range(len(words) - n + 1):
        if k != at and words[k:k + n] == name:
            return True
    last = name[-1]
    if len(name) < 2:
        return False
    for k, w in enumerate(words):
        if at <= k < at + n or w != last:
            continue
        before = _plain(words[k - 1]) if k > 0 else ""
        if before in lexicon.report_verbs() or words[k - 1] in lexicon.report_verbs():
            return True
    return False


def _transliterated(name: list[str]) -> bool:
    """«كارل هانسن»، «دينيس براون»: words with no «ال», no clitic, no «ة», each with a long vowel
    inside, as foreign names are written; common nouns and verbs run on with «ال» or a clitic."""
    return len(name) >= 2 and all(
        not w.startswith(("ال", "و", "ب", "ل", "ف")) and not w.endswith("ه") and any(ch in "اوي" for ch in w[1:])
        for w in name)


def shows_a_person(words: list[str], at: int, n: int) -> bool:
    """Whether the name of tokens [at, at + n) shows that it is a person's (see the module)."""
    name = words[at:at + n]
    linked = any(w in _OPENERS or w in name_lexicon.name_tails() for w in name[1:-1] + name[1:2])
    return bool(name) and (known_first_word(name[0]) or (len(name) >= 2 and family_shaped(name[-1])) or linked or _transliterated(name)
                           or written_again(words, name, at))
