"""Who is named: title + name phrases and organisations, read from the tokens.

A speaker phrase such as «مستشار رئيس الوزراء حسين علاوي» or «نائب قائد العمليات المشتركة بالعراق،
الفريق أول الركن قيس المحمداوي» is read left to right: title heads (رئيس، وزير، الفريق...) and their
complements (definite words, gazetteer names, «باسم»/«في»/«لدى» links) make the title; the first word
that is none of these starts the name, which runs until a stop word, a time word, punctuation or four words;
`book.ActorBook` turns the phrases read here into actor ids."""
from __future__ import annotations

from desktop.core.extract import document, lexicon, name_lexicon
from desktop.core.extract.name_objects import calling_before_nationality, nationality_first, object_after_name
from desktop.core.extract.analysis import (
    JOINING_HYPHENS, Analysis, Phrase, QUOTE_MARKS, NAME_CONNECTORS, OFFICE_HEADS, has_phrase_break, in_lex)
from desktop.core.extract.body_chain import STATE_NOUNS, aim_of_body, between_two, sent_to_after_body
from desktop.core.extract.calling_complement import described_person_end, description_end
from desktop.core.extract.body_parts import WORKERS, definite_body, lam_of_member_bodies
from desktop.core.extract.eponyms import eponym_end
from desktop.core.extract.country_companies import company_named_for_country
from desktop.core.extract.told_about import told_about
from desktop.core.extract.people_plurals import people_in_construct, people_of_place, people_plural
from desktop.core.extract.territorial_offices import compass_region, territory_end
from desktop.core.extract.family_name import compound_given_name_end, function_word_name, particle_family_end, spanish_article
from desktop.core.extract.office_field import served_body
from desktop.core.extract.partitives import description_goes_on, one_of, one_of_end
from desktop.core.extract.name_end import HIS_SAYING, amin_in_given_name, his_event, name_ends_before
from desktop.core.extract.name_lookalikes import amir_given_name, kabir_given_name, lam_office_surname, malay_wan, name_run_at, sitt_given_name, stop_word_in_name, time_word_in_name, withholds_name
from desktop.core.extract.title_asides import (
    addressed_given_name, brief_end, coordinated_place_then_name, described_body_end, described_holder, place_words_on,
    purpose_of_body, so_called, source_from, subject_of_body, time_shaped_given_name)
from desktop.core.extract.name_shapes import (
    PATRONYMICS, after_patronym, amin_given_name, ba_family_name, city_opens_name, foreign_in_lam, honorific_given_name,
    patronym_follows, patronym_tail, place_as_surname, place_before_patronym, title_shaped_surname, title_word_in_name, verb_given_name,
    wale_given_name)
from desktop.core.extract.address_surname import surname_after_address
from desktop.core.extract.ali_name import ali, walde
from desktop.core.extract.phrase_again import phrase_read_again
from desktop.core.extract.phrase_ends import body_ends_before_holder, name_ends_at, title_goes_on
from desktop.core.extract.phrase_checks import (
    BODIES_CALLED, BODIES_PLURAL, accusative_descriptor, action_after_title, adjective_of_its_noun, body_acronym, body_of_definite_office, closes_quote,
    compass_nisba, conjoined_participle, coordinated_purpose, felt, part_of_quoted, listed_body, construct_place, founder_of_body, two_word_opener, gazetteer_body, government_object,
    governs_next, name_after_quoted, nisba, object_of_ba_verb, object_then_definite, opens_quote_before, organising,
    plural_action, plural_object_after_body, plural_of_its_body, pronoun_noun, quoted_body_in_title, quoted_body_of_office,
)
from desktop.core.extract.ranks import staff_words
from desktop.core.extract.phrase_parts import (
    FEDERAL, ORG_NAME_LONGEST, SOURCE_HEADS, addressee, apposition_after, body_in_construct, unnamed_person, org_name_words,
    conjoined_office_word, construct_genitive, coordinated_complement, described_from_place, feminine_nisba,
    general_or_ordinal, given_name_after_title, governed_office, governs, imperfect_verb, issued_document, name_words,
    number_word, opens_quote, plural_of_title_shape, possessed_head, quoted_name, spokes_word,
)
from desktop.core.extract.phrase_places import (
    ba_of_region, lam_of_place, place_name_after_title, place_name_in_title, place_noun_after_link, place_nisba_after_brand,
    preposition_on_noun, prepositional_place_end, shop_with_trade, source_body_in_ba, workplace_in_ba,
)


def parse_phrase(an: Analysis, i: int, j: int) -> Phrase | None:
    """Read one title/name/organisation phrase starting at token i (before j)."""
    words, doc = an.words, an.doc
    ph = Phrase(i, i)
    prev_indef_desc = False
    after_acronym = -1
    k = i
    while k < j:
        w = words[k]
        acronym = body_acronym(an, ph, k, j)
        if acronym > k:
            ph.title.extend(range(k, acronym))   # «ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في السودان …»
            k = acronym
            after_acronym = k
            continue
        if (k > i and k != after_acronym and has_phrase_break(doc.gap(k))) or an.is_outlet(k):
            break      # the article's own outlet is spoken to, it is no part of a speaker
        if calling_before_nationality(an, ph, k, j):
            ph.title, ph.name, k = list(range(ph.name[0], k + 1)), None, k + 1     # «المنتج المنفذ الإيطالي ماركو …»
            continue
        if ph.name:
            n_i, n_j = ph.name
            # connectors and the tails of compound given names («الدين» of «قمر الدين»، «بيير» of «جان-بيير») are no words of their own
            connectors = sum(words[x] in NAME_CONNECTORS or words[x] in PATRONYMICS or spanish_article(words, x)
                             or (x > n_i and (words[x] in name_lexicon.name_tails() or doc.gap(x) in JOINING_HYPHENS)) for x in range(n_i, n_j))
            if words[n_j - 1] in NAME_CONNECTORS and w.isalpha():
                ph.name = (n_i, k + 1)   # «أبو علي»: «علي» here is no preposition
                k += 1
                continue
            if w in PATRONYMICS and not has_phrase_break(doc.gap(k)):
                if not patronym_follows(an, k, j):
                    break      # «محمد ولد في …»: «وُلد» (was born), no connector
                ph.name = (n_i, k + 2)   # «أحمد سالم ولد محمد الأمين»، «محمد ولد الشيخ الغزواني»
                k += 2
                continue
            if compound_given_name_end(an, k):
                ph.name = (n_i, k + 1)   # «النائب محمد بدر الدين الشيمي»: «بدر الدين» is one given name
                k += 1
                continue
            if function_word_name(an, k, j):
                ph.name = (n_i, k + 1)   # «الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا»
                k += 1
                continue
            family_end = particle_family_end(an, k, j) if n_j - n_i - connectors <= 3 else k
            if family_end > k:
                ph.name = (n_i, family_end)   # «نظيره الهولندي ديفيد فان فيل»
                k = family_end
                continue
            if after_patronym(words, n_i, n_j) == 1 and patronym_tail(an, k, j):
                ph.name = (n_i, k + 1)   # «ولد محمد الأمين»: a name after «ولد», not the office «الأمين»
                k += 1
                continue
            brand_end = place_nisba_after_brand(an, ph, k, j)
            if brand_end > k:
                ph.title, ph.name, ph.kind = list(range(n_i, brand_end)), None, "organization"   # «أرامكو السعودية»: a company
                k = brand_end
                break
            # «أمين» is a surname as often as a title («رولا أمين») but before «عام/سر»; so is an office word ending a name
            surname_amin = (w == "امين" and (k + 1 >= j or words[k + 1] not in ("عام", "العام", "سر"))) \
                or title_word_in_name(an, k, j, ph.title) or title_shaped_surname(an, k, j) or amin_in_given_name(an, n_i, n_j, k) \
                or ((w == "شيخ" or (w == "الشيخ" and ((ph.title and n_j - n_i == 1) or words[k - 1] in ("ولد", "بن", "بنت", "منت")))) and k + 1 < j
                    and (words[k + 1] in name_lexicon.given_names() or words[k + 1].startswith("عبد") or words[k + 1] == "ابو"))   # «حسن شيخ محمود»، «فارح شيخ عبدالقادر»
            if any(ch in QUOTE_MARKS or ch in "'‘’" for ch in doc.gap(k)) or "\u064b" in doc.tokens[k].text \
                    or (w[:1] in "وف" and w[1:] in lexicon.stop_words() and an.written(k)[1:] != "اي" and not malay_wan(an, k) and len(w) > 2 and doc.gap(k) not in JOINING_HYPHENS and doc.gap(k + 1) not in JOINING_HYPHENS and not walde(an, k, j)) or (an.is_time(k) and not time_word_in_name(an, k)):
                break      # quote marks, tanween («مجيباً») and a pronoun after «و» («وهو», not «وونغ كاه وو»، «تشي فو لين») end a name too
            if name_ends_before(an, n_i, n_j, k):
                break      # «محمد المنفي ورئيس حكومة …»، «طارق متري لدرس …»: the clause goes on
            place_name = coordinated_place_then_name(an, ph, k, j)
            if place_name is not None:
                ph.title.extend(range(n_i, place_name[0]))    # «محافظ طوباس والأغوار الشمالية أحمد …»
                ph.name, k = place_name if place_name[1] > place_name[0] else None, place_name[1]
                break
            if ((n_j - n_i - connectors >= 4 and not (w == "ال" and an.written(k) == "آل")) or (w in lexicon.stop_words() and not ali(an, k, j) and not stop_word_in_name(an, n_i, k) and doc.gap(k) not in JOINING_HYPHENS and not malay_wan(an, k))
                    or (w in lexicon.title_heads() and not surname_amin)
                    # «ياسر اسكندر وتوت لشفق نيوز»: after three names «لـ» is who was spoken to (two: «عبد الوافي لفتيت»)
                    or (n_j - n_i - connectors >= 3 and w.startswith("ل") and len(w) >= 4 and not foreign_in_lam(w)
                        and (k + 1 >= j or (words[k + 1] != "قد" and words[k + 1] not in HIS_SAYING and not (has_phrase_break(doc.gap(k + 1)) and ("،" in doc.gap(i) or (not addressee(w) and k not in an.gaz_at))))))     # «… محمد لفتاغرين قد دعا»، «، السيدة مسعودة بحام محمد لغظف،»، «… لغظف قولها»: a name
                    or (w in lexicon.time_words() and not time_word_in_name(an, k)) or (w.startswith(("بال", "لل")) and not ba_family_name(an, n_i, n_j, k, j))
                    or (w in lexicon.org_heads() and not (w == "قسم" and surname_amin)) or an.is_verb(k) or an.is_report_noun(k)
                    or an.is_participle(k) or (k in an.gaz_at and not place_as_surname(an, n_i, n_j, k) and doc.gap(k) not in JOINING_HYPHENS) or not w.isalpha()
                    or w.startswith(OFFICE_HEADS)
                    or (an.is_common_word(k) and w not in name_lexicon.article_given_names() and not an.written(k).startswith("أل")
                        and not place_as_surname(an, n_i, n_j, k) and not (n_j - n_i == 1 and words[n_i] == "محمد" and w in name_lexicon.given_names()))      # «نور العين»: a given name; «وضاح الصادق»: a surname; «محمد صادق معتمديان»
                    or (addressee(w) and not lam_office_surname(an, n_i, k)) or w == "ل"      # «هوراماني لاحقا»، «دوبرينت لوكالة الأنباء»: an adverb, the one spoken to
                    or (object_after_name(an, n_i, n_j - connectors, k, j) and not (surname_amin and w in lexicon.title_heads()))      # name_objects.py; «… عبد الحميد الأمير "…"»
                    or imperfect_verb(w) or (number_word(w) and not (an.written(k) == "ألفا"))):     # «جوزاف عون سيلتقي سلام»: a verb after the name; «مامادو ألفا سيلا»: Alpha, no «ألفاً»
                break
            ph.name = (n_i, k + 1)
            k += 1
            continue
        first = k == i
        if ph.kind == "organization" and ph.title and not ph.name and words[k - 1].startswith("ال") and object_then_definite(an, k, j):
            break      # «أعلنت الشركة السودانية لتوزيع الكهرباء عودة التيار الكهربائي»: what it announced
        if ph.title and not first and (pronoun_noun(an, k) and not governs_next(an, k - 1) and not adjective_of_its_noun(an, ph, k)
                                       and not conjoined_participle(an, ph, k) and not coordinated_purpose(an, ph, k)
                                       and not (any(words[x][:2] == "لل" for x in (k - 1, *ph.title)) and coordinated_complement(an, ph, k, j)) or felt(an, k)):     # («للحليب ومشتقاته»، «مركز … للتنبؤات المناخية وتطبيقاتها»)
            break      # «أعلنت فصائل مسلحة مسؤوليتها عنه»، «وأبدى الأمين العام ثقته»: the object
        if ph.title == [k - 1] and k > i and words[k - 1].startswith("ال") and w.startswith("ال") \
                and (w in lexicon.org_heads() and w not in FEDERAL or w in BODIES_PLURAL or people_plural(w) or listed_body(an, k)) \
                and (in_lex(words[k - 1], lexicon.title_heads()) or (words[k - 1] in lexicon.org_heads() and w in BODIES_CALLED)) or (ph.title and government_object(an, ph, k)):
            break      # «وطالب النائب الحكومة بعرض …»، «دعا المجلس الهيئة العامة للنقل»: a definite head has no complement
        if ph.title and not ph.name and len(ph.title) >= 2 and k > i and (w in BODIES_PLURAL or people_plural(w)) \
                and (words[k - 1].startswith("ال") or (k - 1) in an.gaz_at) and not has_phrase_break(doc.gap(k)) \
                and not (w.endswith(("يين", "يون")) and words[k - 1].endswith(("ين", "ون"))):     # «كبير المستشارين الاقتصاديين»: its adjective
            break      # «وجّه سمو ولي عهد عجمان الدوائر المعنية بـ…»: the title is whole; the bodies are its object
        if compass_region(an, ph, k, j) or compass_nisba(an, ph, k, j):     # «والي غرب كردفان»; «الجنوب إفريقي»
            ph.title.extend((k, k + 1))
            k += 2
            continue
        territory = territory_end(an, ph, k, j)
        if territory > k:
            ph.title.extend(range(k, territory))    # «والي جهة سوس ماسة عامل عمالة أكادير إداوتنان …»
            k, prev_indef_desc = territory, False     # «محافظ طولكرم مصطفى …»: no nisba after the place
            continue
        eponym = eponym_end(an, k, j) if ph.title else k
        if eponym > k:
            ph.title.extend(range(k, eponym))    # «… في مدينة الملك سعود الطبية الدكتورة نوال الشهري»
            k = eponym
            continue
        mention = an.gaz_at.get(k)
        mention = None if mention is not None and (city_opens_name(an, ph, mention, k, j) or part_of_quoted(an, mention.j, k) or place_before_patronym(an, mention)) \
            else mention      # «… ويلينغتون كو»، «"كوبا-كوجيكا"»
        if mention is not None:
            actor = mention.of_kind("actor")
            if ph.title and actor is not None and actor.type == "media" and (
                    (w[:1] == "ل" and not an.gaz.has_key(tuple(words[mention.i:mention.j])))
                    or not governs(an, k - 1)):
                break      # «للوكالة الفرنسية»، «أفاد مصدر طبي وكالة فرانس برس»: the outlet spoken to
            if not ph.title and actor is not None:
                ph.entry = None if company_named_for_country(an, mention) else actor     # («قطر للطاقة»: the company)
                ph.kind = "organization"
            ph.title.extend(range(mention.i, mention.j))
            k, prev_indef_desc = mention.j, False     # «عمدة موروني مصطفى …»: no nisba after the place
            continue
        if ph.title and ph.kind == "organization" and any(ch in "«“\"" for ch in doc.gap(k)):
            quoted = quoted_name(an, k, j, longest=ORG_NAME_LONGEST if ph.title == [k - 1] and not words[k - 1].startswith("ال") else 4)
            if quoted and len(ph.title) >= 3 and (quoted - k == 1 or (quoted - k == 2 and all(words[x].startswith("ال") for x in (k, k + 1)))) and not has_phrase_break(doc.gap(k)) \
                    and k not in an.gaz_at and (words[ph.title[0]] not in lexicon.media_nouns() or len(ph.title) >= 5):     # («شبكة إدارة معلومات … "سواليم"»)
                break      # «هيئة الصحة العامة "وقاية"»، «الدفاع المدني السوري "الخوذ البيضاء"»: a body named in full, then its short name
            if quoted:
                ph.title.extend(range(k, quoted))   # «منظمة "أطباء بلا حدود"»
                k = quoted
                break
        if ph.title and ph.kind in ("person", "anonymous") and not ph.name and any(ch in "«“\"" for ch in doc.gap(k)):
            # a body's quoted name after its head runs longer: «رئيسة حزب «البديل من أجل ألمانيا» أليس فايدل»
            quoted = quoted_name(an, k, j, longest=ORG_NAME_LONGEST if any(in_lex(words[t], lexicon.org_heads(), clitics=True) for t in (k - 1, k - 2) if t in ph.title) or words[k - 1] == "باسم" else 3)     # («لنقابة المدرسين "سنيس-إف إس أو"»)
            if quoted is None or quoted >= j or not name_after_quoted(an, quoted):
                quoted = quoted_body_in_title(an, ph, k, j)    # «منسقة منظمة "أطباء بلا حدود" في …»
            if quoted > k:
                # «رئيس مؤتمر الأمم المتحدة للمناخ "كوب 30" أندريه كوريا دو لاغو»: the gathering's quoted name is the title's
                ph.title.extend(range(k, quoted))
                k, prev_indef_desc = quoted, False     # («زعيم "شيغا" أندريه»: a name, no nisba)
                continue
        if (first or (len(ph.title) == 2 and words[k - 1] == "امر")) and one_of(an, k, j):
            # «أحد محامي الدفاع»، «إحدى المعلمات»، «ولي أمر أحد الطلبة»: one of a group; what «أحد» governs follows as the title goes on
            ph.title.extend(range(k, one_of_end(an, k, j)))
            ph.kind = "anonymous"
            k = ph.title[-1] + 1
            continue
        if first and (end := described_person_end(an, k, j)) > k:
            ph.title.extend(range(k, end))    # «المواطن عثمان الطيب»: what the person is, before the name
            k = end
            continue
        if not first and (end := verb_given_name(an, ph, k, j)) > k:
            ph.name = (k, end)   # «… في الحشد الشعبي طالب الموسوي لـ"…"»: Talib, not «طالبَ»
            k = end
            break
        if not first and (end := honorific_given_name(an, ph, k, j) or surname_after_address(an, ph, k, j)):
            ph.name = (k, end)   # «وزير المالية والميزانية شيخ ديبا أن»: a name, not a second office
            k = end
            break
        if amin_given_name(an, ph, k, j) or amir_given_name(an, ph, k, j):
            ph.name = (k, k + 1)   # «رئيس أرامكو السعودية … أمين الناصر قد أكد»، «لاعب الوسط أمير العماري»: a given name, not an office
            k += 1
            continue
        if first and plural_of_title_shape(an, k):
            return None    # «محافظ إلكترونية»: wallets, a plural; no governor takes a feminine adjective
        if ph.title and k + 1 < j and words[k + 1] in ("بن", "ابن", "بنت") and not w.startswith("ال") \
                and w.isalpha() and words[k - 1].startswith("ال") and not has_phrase_break(doc.gap(k + 1)):
            ph.name = (k, k + 1)   # «أمين العاصمة المقدسة مساعد بن …»: a patronym follows a name, never an office
            k += 1
            continue
        if body_ends_before_holder(an, ph, k):
            break      # «وحضر أشغال الهيئة الأمين العام …»: the body ends; its verb's subject follows
        described = first and (unnamed_person(w) or described_from_place(an, k, j))     # «وقال تاجر في صنعاء»: not named
        # «وأضاف الدبلوماسي البرازيلي»: an epithet, no name («الجندي» alone is as often a family name)
        epithet = (first and w.startswith("ال") and w[2:] in lexicon.descriptor_heads() and not w[2:].startswith("مص")
                   and k + 1 < j and nisba(an, k + 1)) or nationality_first(an, k, j, first)   # «الإسباني أريتز …»
        accusative = accusative_descriptor(an, k, first)
        pair = two_word_opener(an, k, j)     # («ضيفة شرف الدورة»: both words are the title's, «شرف» no name)
        if ((in_lex(w, lexicon.title_heads(), clitics=first and w not in name_lexicon.given_names()) and not kabir_given_name(an, k, j)) or in_lex(w, lexicon.descriptor_heads(), clitics=first)
                or described or epithet or founder_of_body(an, k, j) or pair or accusative or (first and possessed_head(w, doc.tokens[k].text) and w not in lexicon.org_heads()
                                 and not an.is_common_word(k))):   # «مندوبها الدائم»; «معاليه» is a pronoun
            if not ph.title and (described or accusative or in_lex(w, lexicon.descriptor_heads(), clitics=first) and (
                    not w.startswith("ال") or not in_lex(w, lexicon.title_heads(), clitics=first))):
                ph.kind = "anonymous"
            ph.title.extend(range(k, k + 1 + pair))
            # «للمخرجة سلمى»، «عمي أرزقي»، «رئيسه جياني»، «حجة الإسلام مجتبى»: a name, no nisba
            prev_indef_desc = not w.startswith(("ال", "لل")) and w not in ("عم", "عمي", "مختار") and not possessed_head(w, doc.tokens[k].text) and not (pair and words[k + 1].startswith("ال"))
            k += 1 + pair
            continue
        if first and opens_quote_before(doc.gap(k)) and not closes_quote(an, k):
            quoted_org = quoted_name(an, k, j) if w.isalpha() else None
            if quoted_org is None and w.isalpha() and in_lex(w, lexicon.org_heads()):
                # «لفتت "الجمعية اللبنانية من أجل ديموقراطية الانتخابات" (لادي)»: a body's long name
                quoted_org = quoted_name(an, k, j, longest=ORG_NAME_LONGEST)
                quoted_org = quoted_org if quoted_org and org_name_words(an, k, quoted_org) else None
            if not (quoted_org and (name_words(an, k, quoted_org) or org_name_words(an, k, quoted_org)) and (
                    in_lex(w, lexicon.org_heads()) or k in an.gaz_at or apposition_after(an, quoted_org))):
                return None    # «وأضاف: "نحن مستعدون …"»: a quotation is not who speaks
            ph.title.extend(range(k, quoted_org))    # «أكدت "تنسيقية لجان مقاومة الفاشر"، وهي …»
            ph.kind = "organization"
            k = quoted_org
            break
        media_name = quoted_name(an, k + 1, j) if first and (w in lexicon.media_nouns() or w == "مجموعه") else None   # «مجموعة "محامو الطوارئ"»
        if media_name:
            ph.title.extend(range(k, media_name))    # «صحيفة "هآرتس"»: the outlet is its quoted name
            ph.kind = "organization"
            k = media_name
            break
        # «منتدى الإنقاذ الصومالي»، «المنتدى التونسي للحقوق …»، Yemen's «الوحدة التنفيذية …» («الوحدة» alone: unity), Morocco's «كتابة الدولة», «البحرية الغامبية» (a navy; after a noun: maritime) open bodies; «قوه هاي يان» has no «ة»
        if (in_lex(w, lexicon.org_heads(), clitics=first) and not (w.endswith("ه") and an.written(k).endswith("ه"))) \
                or (first and (w in ("ولايه", "مصالح", "منتدي", "المنتدي", "البحريه", "وحده") or tuple(words[k:k + 2]) in lexicon.two_word_heads()) and k + 1 < j):
            if ph.title and w in lexicon.media_nouns() and not governs(an, k - 1):
                break      # «أفاد مصدر طبي وكالة الأنباء»: the agency is spoken to
            if ph.kind == "organization" and ph.title == [k - 1] and w.startswith("ال") \
                    and words[k - 1].startswith("ال") and in_lex(words[k - 1], lexicon.org_heads()) and not organising(an, k) \
                    and (k - 1) not in an.gaz_at and k not in an.gaz_at or government_object(an, ph, k):
                break      # «ودعت النقابة الحكومة إلى»، «حمّلت هيئة رئاسة المجلس … الحكومة»: the object
            if not ph.title:
                ph.kind = "organization"
            ph.title.append(k)
            prev_indef_desc = False
            k += 1
            continue
        if ph.title:
            nxt = words[k + 1] if k + 1 < j else ""
            goes_on = title_goes_on(an, ph, k, j)
            if goes_on > k:
                ph.title.extend(range(k, goes_on))    # «قائد اللواء 143 مشاة …»، «أمين سر دولة الفاتيكان»
                k = goes_on
                continue
            aside = so_called(an, ph, k, j)
            if aside > k:
                ph.title.extend(range(k, aside))    # «رئيس ما تسمى لجنة شؤون الأسرى …»
                k = aside
                continue
            if (both := between_two(an, ph, k, j)) > k:
                ph.title.extend(range(k, both))    # «… بين ولايتي بونتلاند وغلمدغ»: a dual names both, and ends a body
                k = both
                if ph.kind == "person":
                    continue      # «الوزير المكلّف بالتجارة بين كندا والولايات المتحدة دومينيك لوبلان»: the holder's name
                break
            aim = max(aim_of_body(an, ph, k, j), subject_of_body(an, ph, k, j), described_body_end(an, ph, k, j),
                      k + adjective_of_its_noun(an, ph, k), brief_end(an, ph, k, j))     # «الرئيس المنتهية ولايته»
            if aim > k:
                ph.title.extend(range(k, aim))    # «الجمعية اللبنانية من أجل ديمقراطية الانتخابات»
                k = aim
                continue
            if served_body(an, ph, k, j):
                ph.title.extend((k, k + 1))    # «الرئيس التنفيذي لميناء صحار … سالم …»: the office's field
                k += 2
                continue
            if issued_document(an, k, j):
                break      # «وقال البنك في المنشور»: where the body said it, not its name
            if governed_office(an, ph, k, j) and not (ph.kind == "anonymous" and source_body_in_ba(an, ph, k, j) > k + 1):
                ph.title.append(k)    # «مدير مكتب الصحة بمحافظة عدن»، «النائب الأول لرئيس مجلس الوزراء»
                k += 1
                continue
            source_body = source_body_in_ba(an, ph, k, j) if ph.kind == "anonymous" else workplace_in_ba(an, ph, k, j) - 1
            if source_body > k:
                ph.title.extend(range(k, source_body + 1))   # «مصدر بقطاع الطب الوقائي»: where the source works
                k = source_body + 1
                continue
            if ph.kind in ("anonymous", "organization") and (preposition_on_noun(an, k) or lam_of_place(an, ph, k)):
                # «مصدر من المديرية الجهوية للصحة بسوس ماسة»: where the body is stays with it
                end = prepositional_place_end(an, k, j)
                ph.title.extend(range(k, end))
                k = end
                continue
            # a person's title takes «بـ» on a place noun too: «عضو لجنة الخدمات بحي شمبات الطاهر …»
            region = max(ba_of_region(an, ph, k) if ph.kind in ("anonymous", "organization") or (
                ph.kind == "person" and words[k][1:] in lexicon.place_nouns()) else k, place_name_after_title(an, ph, k, j))
            if region > k:
                ph.title.extend(range(k, min(region, j)))   # «… للفلاحة بفاس مكناس»: the region it serves
                k = min(region, j)
                continue
            goes_on = description_goes_on(an, ph, k, j)
            if goes_on > k:
                ph.title.extend(range(k, goes_on))    # «مسؤول في إحدى الماكينات الانتخابية»
                k = goes_on
                continue
            if body_in_construct(an, ph, k, j):
                ph.title.append(k)    # «مسؤول في هيئة مياه ولاية نهر النيل»: what an indefinite body head governs
                k += 1
                continue
            purpose = purpose_of_body(an, ph, k, j)
            if purpose > k:
                ph.title.extend(range(k, purpose))   # «المؤسسة العامة لنقل وتوزيع الكهرباء»: what it is for
                k = purpose
                continue
            if coordinated_complement(an, ph, k, j):
                ph.title.append(k)    # «المنظمة الجزائرية لحماية وإرشاد المستهلك ومحيطه»
                k += 1
                continue
            if (ph.kind == "organization" or not ph.name and words[k][1:] in WORKERS) and lam_of_member_bodies(an, k, j):
                ph.title.extend((k, k + 1))   # «الاتحاد العام لنقابات عمال البحرين»: what the union unites
                k += 2
                continue
            if w == "من" and ph.kind == "anonymous" and not has_phrase_break(doc.gap(k + 1)) and (
                    nxt in lexicon.org_heads() or (k + 1) in an.gaz_at or nxt in lexicon.title_heads()
                    or nxt in lexicon.partitives() or definite_body(an, k + 1, j) or nxt in lexicon.premises_nouns()):
                ph.title.append(k)    # «مصدر من ديوان الحبوب»: the body a source is from
                k += 1
                continue
            source_end = source_from(an, ph, k, j)
            if source_end > k:
                ph.title.extend(range(k, source_end))   # «مصادر من داخل المجلس»، «مصدر من ولاية جهة …»
                k = source_end
                continue
            if w in ("باسمه", "باسمها", "باسمهم"):    # («باسم» links a spokesperson to the body once; a second is Basim)
                ph.title.append(k)    # «المتحدث باسمها فوزي برهوم»: the name follows the title
                k += 1
                continue
            # «المتحدث باسم الجيش»: the body spoken for follows; «القيادي في حماس باسم نعيم»: a name
            basim_link = w == "باسم" and "باسم" not in (words[x] for x in ph.title) and (
                nxt.startswith("ال") or nxt in lexicon.org_heads() or (k + 1) in an.gaz_at
                or (len(nxt) >= 4 and nxt.endswith(("ها", "هم", "هما")))     # «باسم إحداها»
                or spokes_word(words[k - 1]))    # «المتحدثة باسم برنامج الأغذية»: always the body
            if w == "ل" and (any(ch in QUOTE_MARKS for ch in doc.gap(k + 1)) or an.is_outlet(k + 1)):
                if (body_end := quoted_body_of_office(an, ph, k, j)) > k:     # «المدير العام لـ«روس آتوم» أليكسي …»
                    ph.title.extend(range(k, body_end))
                    k = body_end
                    continue
                break      # «المصدر لـ"بغداد اليوم"»: a quoted name after «لـ» is the outlet spoken to
            # (a body takes no «عن»: «بيان للوزارة عن وزير التجارة» relays the minister's words)
            if w in lexicon.title_links() and nxt and not has_phrase_break(doc.gap(k + 1)) \
                    and not (w == "عن" and ph.kind == "organization" and in_lex(nxt, lexicon.title_heads())) and not sent_to_after_body(an, ph, k) and not told_about(an, ph, k) and (
                    basim_link or (w != "باسم" and (
                        (k + 1) in an.gaz_at or nxt.startswith("ال") or nxt in lexicon.org_heads()
                        or nxt in lexicon.title_heads() or nxt in lexicon.title_modifiers()
                        or nxt in lexicon.place_nouns() or (w == "لدي" and nxt in STATE_NOUNS)     # «النائب عن مقاطعة توجنين»، «سفارة … لدى مملكة تايلند»
                        or (w == "في" and (nxt in lexicon.premises_nouns() or "ال" + nxt in BODIES_PLURAL))    # «مهندس في محطة كهرباء طبرق»
                        or (nxt in lexicon.partitives() and w != "ل") or (w == "عن" and people_in_construct(nxt))))):
                ph.title.append(k)
                k += 1
                continue
            if w.startswith("لل") and w[2:] in lexicon.addressees() and not body_of_definite_office(an, ph, k, j):
                break      # «وقال الوزير للصحفيين»; not «المدير العام للوكالة رافائيل غروسي»
            if given_name_after_title(an, ph, k, j) or time_shaped_given_name(an, ph, k, j) or (
                    w.startswith("ال") and nxt in ("ولد", "بنت") and not has_phrase_break(doc.gap(k + 1))
                    and patronym_follows(an, k + 1, j)):
                ph.name = (k, k + 1)   # «المتحدث الفاتح قرشي»، «اللواء صباح النعمان»، «… كيفة السالك ولد بوبكر»
                k += 1
                continue
            general = general_or_ordinal(an, ph, k, j)     # «الأمين العام»، «النائب الأول»: not the time words «العام»، «أمس الأول»
            if w.startswith("بال") and plural_action(w[3:]) or object_of_ba_verb(an, ph, k) or government_object(an, ph, k) or plural_object_after_body(an, ph, k):
                break      # «ورحبت الخارجية السعودية بالتطورات»، «ودعا الوالي المنظمات»: what it welcomed, whom it called on
            if name_ends_at(an, ph, k):
                break      # «منتدى الإنقاذ الصومالي المعارض»، «مصادر مطلعة "الوطن"» (phrase_ends.py)
            hamza_name = an.written(k)[:1] in "أإآ" and any(ch in "»”\"" for ch in doc.gap(k)) and name_after_quoted(an, k)   # «أليس»
            if w.startswith(("ال", "بال", "لل", "وال")) and len(w) > 3 and (general or not an.is_time(k)) and not wale_given_name(an, k) \
                    and not an.is_report_noun(k) and w not in lexicon.stop_words() and not hamza_name:   # «الوزير الذي أضاف»; «لجنة الأمن والدفاع النيابية»: a definite complement, also after «و»
                ph.title.append(k)
                prev_indef_desc = False   # after a definite complement no indefinite adjective can follow
                k += 1
                continue
            if (k - 1) in ph.title and words[k - 1] in lexicon.title_links() and len(w) >= 4 and w.endswith(("ها", "هم", "هما")):
                ph.title.append(k)     # «المتحدث باسم إحداها»: the body, named by a pronoun
                k += 1
                continue
            if (k - 1) in ph.title and plural_of_its_body(words[k - 1], w):
                ph.title.append(k)     # «وكبير إدارييها التنفيذيين»، «كبير مستشاريه»: its officers
                k += 1
                continue
            if place_name_in_title(an, ph, k) or place_words_on(an, ph, k) or place_noun_after_link(an, ph, k):
                ph.title.append(k)     # «رئيس حكومة إقليم كوردستان»: the place named after «إقليم»
                k, prev_indef_desc = k + 1, False     # «حاكم مقاطعة بوتلميت سيدي …»: no nisba after the place
                continue
            if construct_genitive(an, ph, k, j):
                ph.title.append(k)     # «مدير صحة حلب»، «وزير خارجية إيران»: the noun an indefinite office governs
                k += 1
                continue
            if feminine_nisba(an, ph, k):
                ph.title.append(k)     # «رئيس جماعة ترابية سابق»، «عضو لجنة وزارية»
                k += 1
                continue
            if nxt in ("بن", "ابن", "بنت") and w.isalpha():
                ph.name = (k, k + 1)   # «معالي الدكتور ثاني بن أحمد الزيودي»: a patronym follows a name
                k += 1
                continue
            if ((w in lexicon.title_modifiers() or staff_words(an, k)) and not kabir_given_name(an, k, j) and not (an.is_time(k) and k + 1 < j and an.is_time(k + 1))) or possessed_head(w, doc.tokens[k].text) or conjoined_office_word(w) or conjoined_participle(an, ph, k):
                ph.title.append(k)     # «أول»، «حكومتها» (her government), «قائدها»، «وشؤون»; Egypt's «اللواء أركان حرب»
                k += 1
                continue
            if prev_indef_desc and (w.endswith(("ي", "يه", "يين", "يون")) or (w.endswith("يا") and "\u064b" in doc.tokens[k].text)) and len(w) > 3 and not name_run_at(an, k, j) \
                    and not (w in name_lexicon.given_names() and k + 1 < j and words[k + 1].startswith("ال") and words[k + 1].endswith("ي") and not has_phrase_break(doc.gap(k + 1))):     # «… موسى الرجبي»
                ph.title.append(k)     # an indefinite nisba adjective: «مصدر أمني»، «مسؤولين أمريكيين»، «مصدراً طبياً» (not «مهندس ميرغني إدريس»)
                k += 1
                continue
            if ali(an, k, j):
                ph.name = (k, k + 1)   # «المحلل السياسي علي البيدر»: the name «علي», not «على»
                k += 1
                continue
        hyphened = (k + 1 < j and doc.gap(k + 1) in JOINING_HYPHENS and words[k + 1].isalpha()) or an.written(k) == "آن"     # «آن-كلير أمبرو»، «آن فرانسن»: Anne, no «أن»
        initial = (w == "في" and document.initial_at(doc, k)) or malay_wan(an, k)     # «في. آر. فينود»: V.; «وان روسدي»
        if (((w in lexicon.stop_words() or w in lexicon.prepositions()) and not ali(an, k, j) and not hyphened and not initial and not (w == "غير" and ph.kind == "organization" and description_end(an, ph, k, j) > k)) or an.is_time(k)
                or an.is_verb(k) or an.is_report_noun(k) or an.is_participle(k) or an.is_according(k)
                or not w.isalpha() or len(w) < 2 or (an.is_common_word(k) and not addressed_given_name(an, k) and not (ph.kind == "organization" and description_end(an, ph, k, j) > k)) or (k > i and addressee(w))
                or (number_word(w) and not sitt_given_name(an, k)) or an.written(k) in ("فإن", "وإن") or his_event(w) or withholds_name(an, k)     # «بخمس سنوات»: a count; «فإن»: no «فان» of a name
                or (k > i and opens_quote(doc.gap(k))) or action_after_title(an, ph, k, j)):
            # «مسؤول في وزارة الخزانة لشبكة CNN»: the one spoken to ends the phrase; so does a quotation
            break
        # «متحدث القوات المسلحة العميد يحيى سريع»: an indefinite spokesman may be named; «مصدر أمني» is not
        named_official = ph.kind == "anonymous" and (
            words[ph.title[0]] in ("متحدث", "ناطق")
            or any(words[x].startswith("ال") and words[x] in lexicon.title_heads() for x in ph.title[1:])
            # «مسؤول الدائرة الإعلامية في حركة المجاهدين مؤمن عزيز»: an organisation's official
            or any(words[x] in lexicon.org_heads() or gazetteer_body(an, x) for x in ph.title[1:])
            or described_holder(an, ph, k, j))      # «خبير أمن المعلومات أحمد طارق»
        unnamed_source = ph.kind == "anonymous" and words[ph.title[0]] in SOURCE_HEADS   # «مصدر من المديرية …»: never named
        if ph.kind in ("organization", "anonymous") and ph.title and (not named_official or unnamed_source):
            quoted = quoted_name(an, k, j)
            if ph.kind == "organization" and quoted:
                ph.title.extend(range(k, quoted))   # «تحالف "تقدم"»: the quoted name is the organisation's
                k = quoted
            elif (end := description_end(an, ph, k, j)) > k:
                ph.title.extend(range(k, end))      # «مركز عمليات طوارئ الصحة العامة»: to its definite end; «خريجة هندسة الحاسوب مريم …»
                k = ph.title[-1] + 1
                continue
            elif ph.kind == "organization" and construct_place(an, ph, k):
                ph.title.append(k)
                k += 1
            break      # an organisation's name ends where an unknown word begins
        if ph.title and (preposition_on_noun(an, k) or people_of_place(an, k)):
            break      # «رئيس مجلس الوزراء بمقر الحكومة»: where, not who; «… أهالي الأحساء»: whom
        if ph.title and (shop_end := shop_with_trade(an, k, j)):
            ph.title.extend(range(k, shop_end))     # «صاحب محل لبيع الملابس»: what he is, no name
            k = shop_end
            break
        ph.name = (k, k + 1)
        k += 1
    return phrase_read_again(an, ph, k, j)
