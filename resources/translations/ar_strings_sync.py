"""Arabic for sync by file (issue 15): the messages of change bundles, peers and conflicts. Merged into
ar_strings.py's tables."""
ERRORS = {
    # the check (desktop/core/storage/checks.py)
    "check.untracked": ("المزامنة: {count} تغييرًا أُجري ببرنامج آخر ليس له إصدار بعد (يعطيه {repair_cmd} "
                        "إصدارًا، وكذلك التبادل التالي)"),
    # change bundles (desktop/core/bundles.py, sync.py)
    "bundle.empty": "الملف فارغ، وليس حزمة تغييرات من مرصد",
    "bundle.unreadable": "تتعذّر القراءة ({reason})",
    "bundle.line_too_long": "في الملف سطر أطول من {limit} بايت: ليس حزمة تغييرات من مرصد",
    "bundle.not_bundle": ("ليس حزمة تغييرات من مرصد (لا ترويسة حزمة فيه)؛ السجلات التي بلا إصدارات "
                          "(صيغة التبادل الأولى) تُستورد بالأمر {command}"),
    "bundle.newer": "حزمة بالصيغة {version} كتبها إصدار أحدث من مرصد؛ هذا الإصدار يقرأ الصيغة {supported}",
    "bundle.bad_header": "ترويسة الحزمة غير صالحة ({reason})؛ لم يُطبَّق شيء",
    "bundle.no_end": ("الحزمة مقطوعة أو تالفة: سطرها الأخير ليس سطر الختام الذي يحمل مجموعها الاختباري؛ "
                      "لم يُطبَّق شيء"),
    "bundle.checksum": ("غُيّرت الحزمة أو تلفت: محتواها لا يطابق مجموعها الاختباري (المكتوب {expected}، "
                        "والمحسوب {actual})؛ لم يُطبَّق شيء"),
    "bundle.count": "تقول الحزمة إن فيها {expected} تغييرًا، وفيها {actual}؛ لم يُطبَّق شيء",
    "bundle.bad_line": "ليس سجلًا ولا حذفًا من سجلات الحزمة؛ لم يُطبَّق شيء",
    "bundle.bad_sync": "إصدار التغيير غير صالح ({reason})؛ لم يُطبَّق شيء",
    "bundle.changed": "تغيّرت الحزمة في أثناء تطبيقها؛ لم يُطبَّق شيء",
    "bundle.own_site": ("كتب هذه الحزمةَ هذا المخزنُ نفسه (الموقع {site}): يجب أن تصير نسخةُ المخزن موقعًا "
                        "مستقلًا قبل أن تتبادل التغييرات (شغّل {command} على النسخة)"),
    "bundle.gap": ("تحمل هذه الحزمة تغييرات الموقع {site} بعد تغييره {start}، ولم يُطبَّق هنا منها إلا ما "
                   "حتى {applied}: طبّق الحزمة التي قبلها أولًا، أو اطلب من مرسلها {command}"),
    "input.bundle": "حزمة تغييرات من مرصد (صيغة التبادل الثانية): تُدمج بالأمر {command}",
    # peers and conflicts (desktop/core/sync.py, conflicts.py)
    "sync.unknown_peer": ("{peer}: لا نظير بهذا الاسم؛ سمِّ النظير بمعرّف موقعه (يطبعه {site_command}) أو "
                          "بالاسم الذي أعطاه إياه {name_command}"),
    "sync.bad_name": "«{name}»: اسم النظير كلمة واحدة من حروف وأرقام و- و_، وليس معرّف موقع",
    "sync.name_taken": "«{name}» اسمٌ للموقع {site} من قبل",
    "sync.own_site": "{site} هو موقع هذا المخزن نفسه، لا نظير له",
    "sync.bad_start": "{value}: تغييرات هذا المخزن مرقّمة من 0 إلى {last}",
    "sync.no_conflict": "{key}: لا تعارض مفتوح",
    "sync.bad_choice": "«{value}»: يُحلّ التعارض بنسختي أو بنسختهم أو بالدمج",
    "sync.merged_values": "الدمج: أعطِ القيم المختارة كائنًا من الحقول وقيمها",
    "sync.merged_deleted": "{key}: محذوف في الجهتين؛ حُلّه بنسختي أو بنسختهم",
    "sync.still_needed": ("لا يمكن حذف {key}: ما زال {count} سجلًا من نوع {kind_label} هنا يحتاج إليه "
                          "(في حقل {through})؛ احذفها أو أعطها سجلًا آخر أولًا"),
}
