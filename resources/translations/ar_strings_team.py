"""Arabic for working as a team in the GUI (issue 15): File ▸ Team, the hub's address, exchanging changes by file,
the conflicts view and the team's word in the status bar (desktop/ui/team). Merged into ar_strings.py's tables.

Words: hub «مركز الفريق» (short: «المركز»), sync «مزامنة», peer «نظير», change bundle «حزمة تغييرات»,
site «موقع», conflict «تعارض», mine «نسختي», theirs «نسختهم», deleted «محذوف»."""

# the window's File ▸ Team (desktop/ui/team/actions.py: a mixin of MainWindow)
_WINDOW = {
    ("MainWindow", "&Team"): "ال&فريق",
    ("MainWindow", "S&ync with Hub…"): "م&زامنة مع المركز…",
    ("MainWindow", "Send this store's changes to the team hub and bring back everyone else's"):
        "أرسل تغييرات هذا المخزن إلى مركز الفريق واجلب تغييرات الآخرين",
    ("MainWindow", "Change &Hub…"): "تغيير الم&ركز…",
    ("MainWindow", "Sync with another hub, or correct this one's address"):
        "زامِن مع مركز آخر، أو صحّح عنوان هذا المركز",
    ("MainWindow", "&Export Changes for a Peer…"): "ت&صدير التغييرات إلى نظير…",
    ("MainWindow", "Write the changes another store has not had yet to a file, for air-gapped work"):
        "اكتب في ملف التغييرات التي لم تصل إلى مخزن آخر بعد، للعمل بلا شبكة",
    ("MainWindow", "&Apply Changes from a Peer…"): "ت&طبيق تغييرات من نظير…",
    ("MainWindow", "Merge a file of changes another store wrote"): "ادمج ملف تغييرات كتبه مخزن آخر",
    ("MainWindow", "Search the &Hub…"): "البحث في الم&ركز…",
    ("MainWindow", "Find the whole team's records on the hub, as this store's search finds its own"):
        "ابحث في سجلات الفريق كله على المركز، كما يبحث هذا المخزن في سجلاته",
    ("MainWindow", "&Conflicts…"): "الت&عارضات…",
    ("MainWindow", "Records changed here and at another store: choose what to keep"):
        "سجلات تغيّرت هنا وفي مخزن آخر: اختر ما تُبقي عليه",
}

# the team in the status bar (desktop/ui/team/status.py)
_STATUS = {
    ("TeamStatusButton", "Hub: %1"): "المركز: %1",
    ("TeamStatusButton", "Shared by file"): "مشاركة بالملفات",
    ("TeamStatusButton", "No team hub"): "بلا مركز فريق",
    ("TeamStatusButton", "To send: %1"): "للإرسال: %1",
    ("TeamStatusButton", "Conflicts: %1"): "تعارضات: %1",
    ("TeamStatusButton", "Team hub: %1"): "مركز الفريق: %1",
    ("TeamStatusButton", "This store is on no team hub; it exchanges changes by file (File ▸ Team)."):
        "هذا المخزن ليس على مركز فريق؛ يتبادل التغييرات بالملفات (ملف ◂ الفريق).",
    ("TeamStatusButton", "Last sync: %1"): "آخر مزامنة: %1",
    ("TeamStatusButton", "Last exchange: %1"): "آخر تبادل: %1",
    ("TeamStatusButton", "Never synced"): "لم تجرِ مزامنة بعد",
    ("TeamStatusButton", "Changes waiting to go out: %1"): "تغييرات تنتظر الإرسال: %1",
    ("TeamStatusButton", "Open conflicts: %1"): "تعارضات مفتوحة: %1",
    ("TeamStatusButton", "Click to see the conflicts and resolve them."): "انقر لعرض التعارضات وحلّها.",
}

# the hub's address (desktop/ui/team/hub_dialog.py) and the sync (sync_run.py, worker.py, report.py)
_SYNC = {
    ("HubDialog", "Team Hub"): "مركز الفريق",
    ("HubDialog", "The team hub is a PostgreSQL database the team shares. Marsad sends this store's changes "
                  "there and brings back everyone else's."):
        "مركز الفريق قاعدة بيانات PostgreSQL يتشاركها الفريق. يرسل مرصد إليها تغييرات هذا المخزن ويجلب منها "
        "تغييرات الآخرين.",
    ("HubDialog", "When the server offers it"): "حين يتيحه الخادم",
    ("HubDialog", "Always (encrypted)"): "دائمًا (اتصال مشفّر)",
    ("HubDialog", "Always, and check the server's certificate"): "دائمًا، مع التحقق من شهادة الخادم",
    ("HubDialog", "Always, and check the certificate and the server's name"):
        "دائمًا، مع التحقق من الشهادة ومن اسم الخادم",
    ("HubDialog", "Never (only on a network you trust)"): "أبدًا (على شبكة تثق بها فقط)",
    ("HubDialog", "&Server:"): "ال&خادم:",
    ("HubDialog", "&Port:"): "الم&نفذ:",
    ("HubDialog", "&Database:"): "&قاعدة البيانات:",
    ("HubDialog", "&User name:"): "اسم الم&ستخدم:",
    ("HubDialog", "&Encryption (TLS):"): "الت&شفير (TLS):",
    ("HubDialog", "Or a ser&vice:"): "أو &خدمة:",
    ("HubDialog", "Marsad never asks for the password and never keeps one. PostgreSQL finds it itself: put a "
                  "line “server:port:database:user:password” in the file .pgpass in your home folder (on "
                  "Windows, pgpass.conf in the postgresql folder of %APPDATA%), readable by you alone; or name "
                  "a service of the file .pg_service.conf, which holds the server, database and user, with the "
                  "password in .pgpass."):
        "لا يسأل مرصد عن كلمة المرور ولا يحفظها أبدًا، بل يجدها PostgreSQL بنفسه: ضع سطرًا "
        "«\u2066server:port:database:user:password\u2069» في الملف \u2066.pgpass\u2069 في مجلدك الشخصي (وفي "
        "ويندوز: \u2066pgpass.conf\u2069 في المجلد \u2066postgresql\u2069 داخل \u2066%APPDATA%\u2069)، ولا "
        "يقرؤه أحد غيرك؛ أو سمِّ خدمة من الملف \u2066.pg_service.conf\u2069 الذي يحمل الخادم وقاعدة البيانات "
        "والمستخدم، وكلمة المرور في \u2066.pgpass\u2069.",
    ("HubDialog", "S&ync"): "&زامِن",
    ("HubDialog", "Give the server and the database, or a service."): "أعطِ الخادم وقاعدة البيانات، أو خدمة.",
    ("JobProgress", "Cancel"): "إلغاء",
    ("JobProgress", "Stopping at the next safe point…"): "يتوقف عند أول نقطة آمنة…",
    ("TeamReport", "Show &Conflicts"): "عرض الت&عارضات",
    ("TeamReport", "Change &Hub…"): "تغيير الم&ركز…",
    ("TeamSync", "Sync with Hub"): "المزامنة مع المركز",
    ("TeamSync", "This copy of Marsad cannot sync with a team hub: it was installed without PostgreSQL "
                 "support."):
        "لا تستطيع نسخة مرصد هذه المزامنة مع مركز فريق: ثُبّتت بلا دعم PostgreSQL.",
    ("TeamSync", "Changes can still go to other stores by file: File ▸ Team ▸ Export Changes for a Peer."):
        "ما زال بالإمكان نقل التغييرات إلى المخازن الأخرى بالملفات: ملف ◂ الفريق ◂ تصدير التغييرات إلى نظير.",
    ("TeamSync", "This store is open read-only: a sync would write to it. Open it for writing to sync."):
        "هذا المخزن مفتوح للقراءة فقط، والمزامنة تكتب فيه. افتحه للكتابة لتزامنه.",
    ("TeamSync", "Syncing with %1…"): "تجري المزامنة مع %1…",
    ("TeamSync", "Syncing…"): "تجري المزامنة…",
    ("TeamSync", "Sent to the hub: %1"): "أُرسل إلى المركز: %1",
    ("TeamSync", "Received from the hub: %1"): "وصل من المركز: %1",
    ("TeamSync", "In conflict, waiting for you: %1"): "متعارضة تنتظر قرارك: %1",
    ("TeamSync", "Synced with %1."): "تمّت المزامنة مع %1.",
    ("TeamSync", "The sync was stopped before it finished: nothing was changed, here or on the hub. "
                 "Sync again when you are ready."):
        "أُوقفت المزامنة قبل أن تكتمل: لم يتغيّر شيء هنا ولا على المركز. زامن من جديد متى شئت.",
    ("TeamSync", "Hub Not Reachable"): "تعذّر الوصول إلى المركز",
    ("TeamSync", "%1 cannot be reached just now, so nothing was synced. Marsad works on as before, and your "
                 "changes wait here for the next sync."):
        "لا يمكن الوصول إلى %1 الآن، فلم تجرِ مزامنة. يعمل مرصد كما كان، وتنتظر تغييراتك هنا المزامنة التالية.",
    ("TeamSync", "The sync with %1 did not complete; nothing more was changed."):
        "لم تكتمل المزامنة مع %1؛ ولم يتغيّر شيء آخر.",
    ("TeamSync", "The sync with %1 stopped unexpectedly; what it finished is kept."):
        "توقفت المزامنة مع %1 على غير المتوقع؛ وما أنجزته محفوظ.",
}

# exchanging changes by file (desktop/ui/team/exchange.py)
_EXCHANGE = {
    ("PeerDialog", "Export Changes for a Peer"): "تصدير التغييرات إلى نظير",
    ("PeerDialog", "Marsad writes the changes this peer has not been sent yet to a file, to carry to it and apply "
                   "there (File ▸ Team ▸ Apply Changes from a Peer). A new peer gets every record."):
        "يكتب مرصد في ملف التغييرات التي لم تُرسل إلى هذا النظير بعد، لتحملها إليه وتطبّقها هناك (ملف ◂ الفريق ◂ "
        "تطبيق تغييرات من نظير). والنظير الجديد يتلقى كل السجلات.",
    ("PeerDialog", "This store's site:"): "موقع هذا المخزن:",
    ("PeerDialog", "the other store's site id"): "معرّف موقع المخزن الآخر",
    ("PeerDialog", "&Peer:"): "ال&نظير:",
    ("PeerDialog", "office, field-laptop (optional)"): "\u2066office\u2069 أو \u2066field-laptop\u2069 (اختياري)",
    ("PeerDialog", "&Name a new peer:"): "ا&سم النظير الجديد:",
    ("PeerDialog", "The other store shows its site id here too, or prints it with “marsad site”."):
        "يعرض المخزن الآخر معرّف موقعه هنا أيضًا، أو يطبعه بالأمر «\u2066marsad site\u2069».",
    ("PeerDialog", "Choose a peer, or give the other store's site id."):
        "اختر نظيرًا، أو أعطِ معرّف موقع المخزن الآخر.",
    ("PeerDialog", "That is this store's own site: give the other store's."):
        "هذا موقع هذا المخزن نفسه: أعطِ موقع المخزن الآخر.",
    ("PeerDialog", "A new peer is given by its site id (as “marsad site” prints it)."):
        "يُعطى النظير الجديد بمعرّف موقعه (كما يطبعه «\u2066marsad site\u2069»).",
    ("TeamExchange", "Export Changes for a Peer"): "تصدير التغييرات إلى نظير",
    ("TeamExchange", "This store is open read-only: exporting changes notes what was sent in it. Open it for "
                     "writing first."):
        "هذا المخزن مفتوح للقراءة فقط، وتصدير التغييرات يسجّل فيه ما أُرسل. افتحه للكتابة أولًا.",
    ("TeamExchange", "Marsad change bundles (*.jsonl)"): "حزم تغييرات مرصد (*.jsonl)",
    ("TeamExchange", "Writing the changes…"): "تُكتب التغييرات…",
    ("TeamExchange", "No changes were written to %1."): "لم يُكتب شيء من التغييرات في %1.",
    ("TeamExchange", "Wrote the changes for %1 to %2."): "كُتبت التغييرات الموجّهة إلى %1 في %2.",
    ("TeamExchange", "Changed records: %1"): "سجلات متغيّرة: %1",
    ("TeamExchange", "Deletions: %1"): "محذوفات: %1",
    ("TeamExchange", "Apply Changes from a Peer"): "تطبيق تغييرات من نظير",
    ("TeamExchange", "This store is open read-only: applying changes would write to it. Open it for writing "
                     "first."):
        "هذا المخزن مفتوح للقراءة فقط، وتطبيق التغييرات يكتب فيه. افتحه للكتابة أولًا.",
    ("TeamExchange", "Marsad change bundles (*.jsonl);;All files (*)"):
        "حزم تغييرات مرصد (*.jsonl);;كل الملفات (*)",
    ("TeamExchange", "Applying the changes in %1…"): "تُطبَّق التغييرات التي في %1…",
    ("TeamExchange", "The changes in %1 were not applied; nothing in the store changed."):
        "لم تُطبَّق التغييرات التي في %1؛ ولم يتغيّر شيء في المخزن.",
    ("TeamExchange", "Applied: %1"): "طُبّق: %1",
    ("TeamExchange", "Skipped (here already, or older): %1"): "تُرك (موجود هنا، أو أقدم): %1",
    ("TeamExchange", "In conflict, waiting for you: %1"): "متعارضة تنتظر قرارك: %1",
    ("TeamExchange", "Made alike on both sides: %1"): "متطابقة في الجهتين: %1",
    ("TeamExchange", "Conflicts resolved at the other store: %1"): "تعارضات حُلّت في المخزن الآخر: %1",
    ("TeamExchange", "Applied the changes from %1."): "طُبّقت التغييرات الواردة من %1.",
    ("TeamExchange", "This store already had every change from %1."):
        "في هذا المخزن كل التغييرات الواردة من %1 من قبل.",
}

# the conflicts view (desktop/ui/team/conflicts_view.py) and its way in from the review (review_link.py)
_CONFLICTS = {
    ("ConflictsDialog", "Conflicts"): "التعارضات",
    ("ConflictsDialog", "Record"): "السجل",
    ("ConflictsDialog", "Kind"): "النوع",
    ("ConflictsDialog", "Why"): "السبب",
    ("ConflictsDialog", "Only the fields that differ"): "الحقول المختلفة فقط",
    ("ConflictsDialog", "Field"): "الحقل",
    ("ConflictsDialog", "Mine (this store)"): "نسختي (هذا المخزن)",
    ("ConflictsDialog", "Theirs"): "نسختهم",
    ("ConflictsDialog", "Where the versions differ (marked), click the value to keep: the checks build the "
                        "merged record."):
        "حيث تختلف النسختان (المعلَّم)، انقر القيمة التي تُبقي عليها: علامات الاختيار تبني السجل المدموج.",
    ("ConflictsDialog", "This store's value of the chosen field, whole"): "قيمة الحقل المختار في هذا المخزن كاملة",
    ("ConflictsDialog", "Their value of the chosen field, whole"): "قيمة الحقل المختار في نسختهم كاملة",
    ("ConflictsDialog", "Choose a row to see both values whole."): "اختر صفًّا لترى القيمتين كاملتين.",
    ("ConflictsDialog", "Keep &Mine"): "أبقِ &نسختي",
    ("ConflictsDialog", "Keep this store's version as it is"): "أبقِ نسخة هذا المخزن كما هي",
    ("ConflictsDialog", "Take &Theirs"): "خذ نسخ&تهم",
    ("ConflictsDialog", "Replace this store's version with theirs"): "استبدل بنسخة هذا المخزن نسختهم",
    ("ConflictsDialog", "&Save Merged"): "احفظ ال&مدموج",
    ("ConflictsDialog", "Keep the values checked in each row: yours where mine is checked, theirs where theirs "
                        "is"):
        "أبقِ القيم المختارة في كل صف: قيمتك حيث اختيرت نسختي، وقيمتهم حيث اختيرت نسختهم",
    ("ConflictsDialog", "A resolution goes to the other stores at the next exchange or sync."):
        "يصل الحلّ إلى المخازن الأخرى في التبادل أو المزامنة التالية.",
    ("ConflictsDialog", "Close"): "إغلاق",
    ("ConflictsDialog", "No open conflicts: every record agrees with what came from the other stores."):
        "لا تعارضات مفتوحة: كل السجلات متفقة مع ما ورد من المخازن الأخرى.",
    ("ConflictsDialog", "Edited on both sides"): "عُدّل في الجهتين",
    ("ConflictsDialog", "Deleted here, edited there"): "حُذف هنا وعُدّل هناك",
    ("ConflictsDialog", "Edited here, deleted there"): "عُدّل هنا وحُذف هناك",
    ("ConflictsDialog", "Deleted there, but records here still need it"): "حُذف هناك، وسجلات هنا ما زالت تحتاج إليه",
    ("ConflictsDialog", "Theirs refers to records this store does not have"):
        "نسختهم تشير إلى سجلات ليست في هذا المخزن",
    ("ConflictsDialog", "Different on each side under the same version (edited with another program, or in a "
                        "copy made before it became a store of its own)"):
        "مختلف في الجهتين تحت الإصدار نفسه (عُدّل ببرنامج آخر، أو في نسخة صُنعت قبل أن تصير مخزنًا مستقلًا)",
    ("ConflictsDialog", "this store"): "هذا المخزن",
    ("ConflictsDialog", "Mine: deleted"): "نسختي: محذوف",
    ("ConflictsDialog", "Theirs (%1)"): "نسختهم (%1)",
    ("ConflictsDialog", "Theirs (%1): deleted"): "نسختهم (%1): محذوف",
    ("ConflictsDialog", "missing here: %1"): "غير موجود هنا: %1",
    ("ConflictsDialog", "Mine: version %1, changed %2 by %3"): "نسختي: الإصدار %1، غُيّر في %2 على يد %3",
    ("ConflictsDialog", "Theirs: version %1, changed %2 by %3"): "نسختهم: الإصدار %1، غُيّر في %2 على يد %3",
    ("ConflictsDialog", "The two versions differ here"): "تختلف النسختان هنا",
    ("ConflictsDialog", "Deleted"): "محذوف",
    ("ConflictsDialog", "Keep this store's version of “%1”?"): "أتُبقي نسخة هذا المخزن من «%1»؟",
    ("ConflictsDialog", "Take their version of “%1”?"): "أتأخذ نسختهم من «%1»؟",
    ("ConflictsDialog", "Save the merged version of “%1”?"): "أتحفظ النسخة المدموجة من «%1»؟",
    ("ConflictsDialog", "Resolve Conflict"): "حلّ التعارض",
    ("ConflictsDialog", "The choice becomes a new change that goes to the other stores at the next exchange or "
                        "sync. Undo cannot take it back."):
        "يصير اختيارك تغييرًا جديدًا يصل إلى المخازن الأخرى في التبادل أو المزامنة التالية، ولا يمكن التراجع عنه.",
    ("ConflictsButton", "Records changed here and at another store, waiting for you to choose what to keep"):
        "سجلات تغيّرت هنا وفي مخزن آخر، تنتظر أن تختار ما تُبقي عليه",
    ("ConflictsButton", "Conflicts (%1)…"): "التعارضات (%1)…",
    ("ReviewConflicts", "Review"): "المراجعة",
}

# File ▸ Team ▸ Search the Hub (desktop/ui/team/hub_search.py)
_SEARCH = {
    ("HubSearchDialog", "Search the Team Hub"): "البحث في مركز الفريق",
    ("HubSearchDialog", "Words, \"a phrase\", -word, kind:quote"): "كلمات، \"عبارة\"، ‎-كلمة، صنف:اقتباس",
    ("HubSearchDialog", "&Search"): "&بحث",
    ("HubSearchDialog", "Hub: %1"): "المركز: %1",
    ("HubSearchDialog", "Kind"): "النوع",
    ("HubSearchDialog", "Text"): "النص",
    ("HubSearchDialog", "Changed"): "آخر تغيير",
    ("HubSearchDialog", "Here"): "هنا",
    ("HubSearchDialog", "Yes"): "نعم",
    ("HubSearchDialog", "Not yet"): "ليس بعد",
    ("HubSearchDialog", "Searches every record the team has sent to the hub."):
        "يبحث في كل سجل أرسله الفريق إلى المركز.",
    ("HubSearchDialog", "Searching the hub…"): "يجري البحث في المركز…",
    ("HubSearchDialog", "Nothing on the hub matches."): "لا شيء على المركز يطابق البحث.",
    ("HubSearchDialog", "Only the newest %1 are shown: add words to narrow the search."):
        "لا يُعرض إلا أحدث %1: أضف كلمات لتضييق البحث.",
    ("HubSearchDialog", "Not applied on the hub: %1 (the hub searches words and kind: only)."):
        "لا يُطبَّق على المركز: %1 (المركز يبحث في الكلمات و kind: فقط).",
    ("HubSearchDialog", "This record is on the hub but not in this store yet: File ▸ Team ▸ Sync with Hub brings it "
                        "here."):
        "هذا السجل على المركز وليس في هذا المخزن بعد: ملف ◂ الفريق ◂ مزامنة مع المركز تأتي به إلى هنا.",
    ("HubSearchDialog", "This copy of Marsad cannot reach a team hub: it was installed without PostgreSQL support."):
        "لا تستطيع نسخة مرصد هذه الوصول إلى مركز فريق: ثُبّتت دون دعم PostgreSQL.",
}

BY_CONTEXT: dict[tuple[str, str], str] = {**_WINDOW, **_STATUS, **_SYNC, **_EXCHANGE, **_CONFLICTS, **_SEARCH}

NUMERUS = {
    "%n record(s) found on the hub, newest changes first.": [
        "لا سجلات على المركز.", "سجل واحد على المركز.", "سجلان على المركز، الأحدث تغييرًا أولًا.",
        "%n سجلات على المركز، الأحدث تغييرًا أولًا.", "%n سجلًا على المركز، الأحدث تغييرًا أولًا.",
        "%n سجل على المركز، الأحدث تغييرًا أولًا."],
    "%n open conflict(s): records changed here and at another store. Choose what to keep for each.": [
        "لا تعارضات مفتوحة.",
        "تعارض مفتوح واحد: سجل تغيّر هنا وفي مخزن آخر. اختر ما تُبقي عليه.",
        "تعارضان مفتوحان: سجلان تغيّرا هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منهما.",
        "%n تعارضات مفتوحة: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها.",
        "%n تعارضًا مفتوحًا: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها.",
        "%n تعارض مفتوح: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها."],
    "%n record(s) here still need it": [
        "لا سجلات هنا تحتاج إليه", "سجل واحد هنا ما زال يحتاج إليه", "سجلان هنا ما زالا يحتاجان إليه",
        "%n سجلات هنا ما زالت تحتاج إليه", "%n سجلًا هنا ما زالت تحتاج إليه", "%n سجل هنا ما زالت تحتاج إليه"],
    "No imported article has proposals waiting for review, but %n conflict(s) from other stores wait for you to "
    "choose what to keep. Show them?": [
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة. أتعرض التعارضات؟",
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن تعارضًا واحدًا مع مخزن آخر ينتظر أن تختار ما تُبقي عليه. "
        "أتعرضه؟",
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن تعارضين مع مخازن أخرى ينتظران أن تختار ما تُبقي عليه. "
        "أتعرضهما؟",
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارضات مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. "
        "أتعرضها؟",
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارضًا مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. "
        "أتعرضها؟",
        "لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارض مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. "
        "أتعرضها؟"],
}
