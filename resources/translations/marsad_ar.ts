<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="104" />
            <location filename="../../desktop/ui/app.py" line="206" />
            <location filename="../../desktop/ui/failures.py" line="50" />
            <source>Marsad</source>
            <translation>مرصد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="100" />
            <source>There is no store at %1 yet.</source>
            <translation>لا يوجد مخزن في %1 بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="102" />
            <location filename="../../desktop/ui/app.py" line="306" />
            <source>The store opened last, %1, cannot be found.</source>
            <translation>لم يُعثر على المخزن الذي فُتح آخر مرة، %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="105" />
            <source>Start with the sample store (the Ain al-Asad article and its records), or with an empty store?</source>
            <translation>هل تبدأ بمخزن العينة (مقال عين الأسد وسجلاته) أم بمخزن فارغ؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="107" />
            <source>Sample Store</source>
            <translation>مخزن العينة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="108" />
            <source>Empty Store</source>
            <translation>مخزن فارغ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="194" />
            <source>This store was written by a newer version of Marsad.</source>
            <translation>كُتب هذا المخزن بإصدار أحدث من مرصد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="197" />
            <source>The store cannot be opened.</source>
            <translation>تعذّر فتح المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="286" />
            <source>The sample store cannot be made.</source>
            <translation>تعذّر إنشاء مخزن العينة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/failures.py" line="24" />
            <source>Something went wrong (%1). Your store is safe: every change to it is made whole or not at all. The details were written to the terminal; please report them.</source>
            <translation>حدث خطأ (%1). مخزنك سليم: كل تغيير فيه يتم كاملًا أو لا يتم. كُتبت التفاصيل في الطرفية؛ يُرجى الإبلاغ عنها.</translation>
        </message>
    </context>
    <context>
        <name>ArticleSheet</name>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="78" />
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="182" />
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="186" />
            <source>Import an Article</source>
            <translation>استيراد مقال</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="85" />
            <source>the pasted text</source>
            <translation>النص الملصوق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="86" />
            <source>Before extraction, check what %1 says about itself.</source>
            <translation>قبل الاستخراج، راجع ما يذكره %1 عن نفسه.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="113" />
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="113" />
            <source>&amp;Published</source>
            <translation>تاريخ ال&amp;نشر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="114" />
            <source>&amp;Outlet</source>
            <translation>ال&amp;وسيلة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="114" />
            <source>&amp;Address (URL)</source>
            <translation>ال&amp;رابط</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="115" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="127" />
            <source>the date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="127" />
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="131" />
            <source>the outlet</source>
            <translation>الوسيلة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="127" />
            <source>the address</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="128" />
            <source>Read from the article: %1.</source>
            <translation>قُرئ من المقال: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="129" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="131" />
            <source>From the last article: %1.</source>
            <translation>من المقال السابق: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="140" />
            <source>&amp;Import and Review</source>
            <translation>ا&amp;ستيراد ومراجعة</translation>
        </message>
    </context>
    <context>
        <name>BasketButton</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="172" />
            <source>Briefing: %n</source>
            <translation>
                <numerusform>الإيجاز: لا سجلات</numerusform>
                <numerusform>الإيجاز: سجل واحد</numerusform>
                <numerusform>الإيجاز: سجلان</numerusform>
                <numerusform>الإيجاز: %n سجلات</numerusform>
                <numerusform>الإيجاز: %n سجلًا</numerusform>
                <numerusform>الإيجاز: %n سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="173" />
            <source>Records in the briefing: %n. Click to open the briefing composer.</source>
            <translation>
                <numerusform>لا سجلات في الإيجاز. انقر لفتح محرر الإيجاز.</numerusform>
                <numerusform>في الإيجاز سجل واحد. انقر لفتح محرر الإيجاز.</numerusform>
                <numerusform>في الإيجاز سجلان. انقر لفتح محرر الإيجاز.</numerusform>
                <numerusform>في الإيجاز %n سجلات. انقر لفتح محرر الإيجاز.</numerusform>
                <numerusform>في الإيجاز %n سجلًا. انقر لفتح محرر الإيجاز.</numerusform>
                <numerusform>في الإيجاز %n سجل. انقر لفتح محرر الإيجاز.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../desktop/ui/commands.py" line="87" />
            <source>Edit %1</source>
            <translation>تعديل %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commands.py" line="88" />
            <source>New %1</source>
            <translation>%1 جديد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/commands.py" line="113" />
            <source>Delete %n record(s)</source>
            <translation>
                <numerusform>حذف لا سجلات</numerusform>
                <numerusform>حذف سجل واحد</numerusform>
                <numerusform>حذف سجلين</numerusform>
                <numerusform>حذف %n سجلات</numerusform>
                <numerusform>حذف %n سجلًا</numerusform>
                <numerusform>حذف %n سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/commands.py" line="137" />
            <source>Accept %n record(s)</source>
            <translation>
                <numerusform>قبول لا سجلات</numerusform>
                <numerusform>قبول سجل واحد</numerusform>
                <numerusform>قبول سجلين</numerusform>
                <numerusform>قبول %n سجلات</numerusform>
                <numerusform>قبول %n سجلًا</numerusform>
                <numerusform>قبول %n سجل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsButton</name>
        <message>
            <location filename="../../desktop/ui/team/review_link.py" line="32" />
            <source>Records changed here and at another store, waiting for you to choose what to keep</source>
            <translation>سجلات تغيّرت هنا وفي مخزن آخر، تنتظر أن تختار ما تُبقي عليه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/review_link.py" line="41" />
            <source>Conflicts (%1)…</source>
            <translation>التعارضات (%1)…</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="84" />
            <location filename="../../desktop/ui/team/conflicts_view.py" line="452" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="105" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="105" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="105" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="138" />
            <source>Only the fields that differ</source>
            <translation>الحقول المختلفة فقط</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="144" />
            <location filename="../../desktop/ui/team/conflicts_view.py" line="275" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="144" />
            <location filename="../../desktop/ui/team/conflicts_view.py" line="276" />
            <source>Mine (this store)</source>
            <translation>نسختي (هذا المخزن)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="144" />
            <source>Theirs</source>
            <translation>نسختهم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="164" />
            <source>Where the versions differ (marked), click the value to keep: the checks build the merged record.</source>
            <translation>حيث تختلف النسختان (المعلَّم)، انقر القيمة التي تُبقي عليها: علامات الاختيار تبني السجل المدموج.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="169" />
            <source>This store's value of the chosen field, whole</source>
            <translation>قيمة الحقل المختار في هذا المخزن كاملة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="170" />
            <source>Their value of the chosen field, whole</source>
            <translation>قيمة الحقل المختار في نسختهم كاملة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="182" />
            <source>Keep &amp;Mine</source>
            <translation>أبقِ &amp;نسختي</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="183" />
            <source>Keep this store's version as it is</source>
            <translation>أبقِ نسخة هذا المخزن كما هي</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="184" />
            <source>Take &amp;Theirs</source>
            <translation>خذ نسخ&amp;تهم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="185" />
            <source>Replace this store's version with theirs</source>
            <translation>استبدل بنسخة هذا المخزن نسختهم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="186" />
            <source>&amp;Save Merged</source>
            <translation>احفظ ال&amp;مدموج</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="187" />
            <source>Keep the values checked in each row: yours where mine is checked, theirs where theirs is</source>
            <translation>أبقِ القيم المختارة في كل صف: قيمتك حيث اختيرت نسختي، وقيمتهم حيث اختيرت نسختهم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="195" />
            <source>A resolution goes to the other stores at the next exchange or sync.</source>
            <translation>يصل الحلّ إلى المخازن الأخرى في التبادل أو المزامنة التالية.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="197" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="208" />
            <source>Choose a row to see both values whole.</source>
            <translation>اختر صفًّا لترى القيمتين كاملتين.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/conflicts_view.py" line="229" />
            <source>%n open conflict(s): records changed here and at another store. Choose what to keep for each.</source>
            <translation>
                <numerusform>لا تعارضات مفتوحة.</numerusform>
                <numerusform>تعارض مفتوح واحد: سجل تغيّر هنا وفي مخزن آخر. اختر ما تُبقي عليه.</numerusform>
                <numerusform>تعارضان مفتوحان: سجلان تغيّرا هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منهما.</numerusform>
                <numerusform>%n تعارضات مفتوحة: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها.</numerusform>
                <numerusform>%n تعارضًا مفتوحًا: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها.</numerusform>
                <numerusform>%n تعارض مفتوح: سجلات تغيّرت هنا وفي مخزن آخر. اختر ما تُبقي عليه في كل منها.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="231" />
            <source>No open conflicts: every record agrees with what came from the other stores.</source>
            <translation>لا تعارضات مفتوحة: كل السجلات متفقة مع ما ورد من المخازن الأخرى.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="241" />
            <source>Edited on both sides</source>
            <translation>عُدّل في الجهتين</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="242" />
            <source>Deleted here, edited there</source>
            <translation>حُذف هنا وعُدّل هناك</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="243" />
            <source>Edited here, deleted there</source>
            <translation>عُدّل هنا وحُذف هناك</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="244" />
            <source>Deleted there, but records here still need it</source>
            <translation>حُذف هناك، وسجلات هنا ما زالت تحتاج إليه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="245" />
            <source>Theirs refers to records this store does not have</source>
            <translation>نسختهم تشير إلى سجلات ليست في هذا المخزن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="246" />
            <source>Different on each side under the same version (edited with another program, or in a copy made before it became a store of its own)</source>
            <translation>مختلف في الجهتين تحت الإصدار نفسه (عُدّل ببرنامج آخر، أو في نسخة صُنعت قبل أن تصير مخزنًا مستقلًا)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="254" />
            <source>this store</source>
            <translation>هذا المخزن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="276" />
            <source>Mine: deleted</source>
            <translation>نسختي: محذوف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="277" />
            <source>Theirs (%1)</source>
            <translation>نسختهم (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="278" />
            <source>Theirs (%1): deleted</source>
            <translation>نسختهم (%1): محذوف</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/conflicts_view.py" line="285" />
            <source>%n record(s) here still need it</source>
            <translation>
                <numerusform>لا سجلات هنا تحتاج إليه</numerusform>
                <numerusform>سجل واحد هنا ما زال يحتاج إليه</numerusform>
                <numerusform>سجلان هنا ما زالا يحتاجان إليه</numerusform>
                <numerusform>%n سجلات هنا ما زالت تحتاج إليه</numerusform>
                <numerusform>%n سجلًا هنا ما زالت تحتاج إليه</numerusform>
                <numerusform>%n سجل هنا ما زالت تحتاج إليه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="287" />
            <source>missing here: %1</source>
            <translation>غير موجود هنا: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="299" />
            <source>Mine: version %1, changed %2 by %3</source>
            <translation>نسختي: الإصدار %1، غُيّر في %2 على يد %3</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="300" />
            <source>Theirs: version %1, changed %2 by %3</source>
            <translation>نسختهم: الإصدار %1، غُيّر في %2 على يد %3</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="350" />
            <source>The two versions differ here</source>
            <translation>تختلف النسختان هنا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="362" />
            <source>Deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="460" />
            <source>Keep this store's version of “%1”?</source>
            <translation>أتُبقي نسخة هذا المخزن من «%1»؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="461" />
            <source>Take their version of “%1”?</source>
            <translation>أتأخذ نسختهم من «%1»؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="462" />
            <source>Save the merged version of “%1”?</source>
            <translation>أتحفظ النسخة المدموجة من «%1»؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="463" />
            <source>Resolve Conflict</source>
            <translation>حلّ التعارض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/conflicts_view.py" line="466" />
            <source>The choice becomes a new change that goes to the other stores at the next exchange or sync. Undo cannot take it back.</source>
            <translation>يصير اختيارك تغييرًا جديدًا يصل إلى المخازن الأخرى في التبادل أو المزامنة التالية، ولا يمكن التراجع عنه.</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="82" />
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>سنة، أو سنة-شهر، أو سنة-شهر-يوم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="86" />
            <source>Year</source>
            <translation>سنة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="86" />
            <source>Month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="86" />
            <source>Day</source>
            <translation>يوم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="89" />
            <source>How much of the date is known: the year, the month or the day</source>
            <translation>ما يُعرف من التاريخ: السنة أو الشهر أو اليوم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="90" />
            <source>Date known to</source>
            <translation>التاريخ معروف حتى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="94" />
            <source>Pick the date in a calendar (Alt+Down)</source>
            <translation>اختر التاريخ من التقويم (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/date_input.py" line="95" />
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
    </context>
    <context>
        <name>DeleteDependentsDialog</name>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="61" />
            <source>Delete %1</source>
            <translation>حذف %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="73" />
            <source>Records still refer to %1: %2. What should happen to them?</source>
            <translation>ما زالت سجلات تشير إلى %1: %2. ماذا نفعل بها؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="86" />
            <source>Links that are removed as well: %1.</source>
            <translation>روابط تُحذف أيضًا: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="90" />
            <source>Delete them too</source>
            <translation>احذفها أيضًا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="91" />
            <source>Give them to another %1:</source>
            <translation>انسبها إلى %1 آخر:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="107" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="121" />
            <source>Pick the record that gets them</source>
            <translation>اختر السجل الذي تُنسب إليه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/delete_dependents.py" line="125" />
            <source>That record is being deleted too</source>
            <translation>هذا السجل سيُحذف أيضًا</translation>
        </message>
    </context>
    <context>
        <name>Detail</name>
        <message>
            <location filename="../../desktop/ui/detail.py" line="193" />
            <source>more</source>
            <translation>المزيد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/detail.py" line="194" />
            <source>less</source>
            <translation>أقل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/detail.py" line="271" />
            <source>In the source</source>
            <translation>في المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/detail.py" line="292" />
            <source>This record no longer exists.</source>
            <translation>لم يعد هذا السجل موجودًا.</translation>
        </message>
    </context>
    <context>
        <name>EmptyNotes</name>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="63" />
            <source>%1: none yet</source>
            <translation>%1: لا شيء بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="66" />
            <source>Import an article</source>
            <translation>استيراد مقال</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="67" />
            <source>File ▸ Import (Ctrl+I): Marsad proposes the article's events, actors, quotes and places for you to review.</source>
            <translation>ملف ◂ استيراد (Ctrl+I): يقترح مرصد أحداث المقال وفاعليه واقتباساته وأماكنه لتراجعها.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="69" />
            <source>Create a record</source>
            <translation>إنشاء سجل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="70" />
            <source>Edit ▸ New Record (Ctrl+N), of the kind of this tab.</source>
            <translation>تحرير ◂ سجل جديد (Ctrl+N)، من نوع هذا التبويب.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="71" />
            <source>Open the sample store</source>
            <translation>فتح مخزن العينة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="72" />
            <source>The Ain al-Asad article and its records, to see a filled store.</source>
            <translation>مقال عين الأسد وسجلاته، لترى مخزنًا عامرًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="74" />
            <source>This store is read-only: open another store to add records.</source>
            <translation>هذا المخزن للقراءة فقط: افتح مخزنًا آخر لإضافة سجلات.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="84" />
            <source>Nothing in %1 matches “%2”.</source>
            <translation>لا شيء في %1 يطابق «%2».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="88" />
            <source>Counting the matches in the other tabs…</source>
            <translation>يجري عدّ النتائج في التبويبات الأخرى…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="92" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="94" />
            <source>Found in: %1.</source>
            <translation>وُجدت نتائج في: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="97" />
            <source>No other tab has a match either. Check the spelling, leave out a word, or search for the start of a word (word*).</source>
            <translation>ولا شيء يطابقه في التبويبات الأخرى كذلك. تحقّق من الإملاء، أو احذف كلمة، أو ابحث ببداية الكلمة (كلمة*).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="103" />
            <source>The search cannot run.</source>
            <translation>تعذّر تنفيذ البحث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="108" />
            <source>Open the store again</source>
            <translation>افتح المخزن مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="109" />
            <source>The store cannot be read.</source>
            <translation>تتعذّر قراءة المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="113" />
            <source>No %1 pass this tab's filters.</source>
            <translation>لا شيء من %1 يجتاز مرشّحات هذا التبويب.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/empty_notes.py" line="114" />
            <source>Widen the dates or set a filter back to “all”.</source>
            <translation>وسّع نطاق التواريخ أو أعِد أحد المرشّحات إلى «الكل».</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/error_text.py" line="235" />
            <source>%1 is required</source>
            <translation>%1 مطلوب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/error_text.py" line="244" />
            <source>{file}:{line}</source>
            <translation>{file}، السطر {line}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/error_text.py" line="247" />
            <source>{file}: record {record}</source>
            <translation>{file}، السجل {record}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/error_text.py" line="250" />
            <source>record {record}</source>
            <translation>السجل {record}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/error_text.py" line="282" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… ولا شيء غيرها</numerusform>
                <numerusform>… وواحدة أخرى</numerusform>
                <numerusform>… واثنتان أخريان</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/error_text.py" line="314" />
            <source>the file cannot be read or written (%1)</source>
            <translation>تعذّرت قراءة الملف أو الكتابة عليه (%1)</translation>
        </message>
        <message>
            <source>field.not_text</source>
            <extracomment>must be text, not {type}</extracomment>
            <translation>يجب أن يكون نصًا</translation>
        </message>
        <message>
            <source>field.too_long</source>
            <extracomment>is {length:,} characters long; the limit is {limit:,}</extracomment>
            <translation>طوله {length} حرفًا، والحد الأقصى {limit}</translation>
        </message>
        <message>
            <source>field.nul</source>
            <extracomment>contains a NUL character</extracomment>
            <translation>يحتوي على محرف صفري</translation>
        </message>
        <message>
            <source>field.surrogate</source>
            <extracomment>contains an unpaired surrogate \u{codepoint:04x} at character {position}; it is not text</extracomment>
            <translation>يحتوي على نصف زوج بديل غير مكتمل ({codepoint}) عند المحرف {position}؛ هذا ليس نصًا</translation>
        </message>
        <message>
            <source>field.empty</source>
            <extracomment>must not be empty</extracomment>
            <translation>يجب ألا يكون فارغًا</translation>
        </message>
        <message>
            <source>field.not_choice</source>
            <extracomment>{value!r} is not one of {choices}</extracomment>
            <translation>«{value}» ليست من القيم: {choices}</translation>
        </message>
        <message>
            <source>field.not_list</source>
            <extracomment>must be a list</extracomment>
            <translation>يجب أن يكون قائمة</translation>
        </message>
        <message>
            <source>field.not_text_list</source>
            <extracomment>must be a list of text</extracomment>
            <translation>يجب أن يكون قائمة نصوص</translation>
        </message>
        <message>
            <source>field.list_too_long</source>
            <extracomment>has {length:,} items; the limit is {limit:,}</extracomment>
            <translation>فيه {length} عنصرًا، والحد الأقصى {limit}</translation>
        </message>
        <message>
            <source>field.date_not_text</source>
            <extracomment>must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD), not {type}</extracomment>
            <translation>يجب أن يكون تاريخًا مكتوبًا نصًا: سنة، أو سنة-شهر، أو سنة-شهر-يوم</translation>
        </message>
        <message>
            <source>field.not_date</source>
            <extracomment>{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</extracomment>
            <translation>«{value}» ليس تاريخًا: اكتب سنة، أو سنة-شهر، أو سنة-شهر-يوم</translation>
        </message>
        <message>
            <source>field.not_calendar_date</source>
            <extracomment>{value!r} is not a calendar date</extracomment>
            <translation>«{value}» ليس تاريخًا موجودًا في التقويم</translation>
        </message>
        <message>
            <source>field.not_typed_date</source>
            <extracomment>{value!r} is not a date (type 2025, 2025-03, 2025-03-14, March 2025 or 14 March 2025)</extracomment>
            <translation>«{value}» ليس تاريخًا (اكتب 2025 أو 2025-03 أو 2025-03-14 أو آذار 2025 أو 14 آذار 2025)</translation>
        </message>
        <message>
            <source>field.year_zero</source>
            <extracomment>{value!r}: year 0 does not exist</extracomment>
            <translation>«{value}»: لا توجد سنة صفر</translation>
        </message>
        <message>
            <source>field.not_number</source>
            <extracomment>must be a number</extracomment>
            <translation>يجب أن يكون رقمًا</translation>
        </message>
        <message>
            <source>field.not_count</source>
            <extracomment>must be a whole number of 0 or more</extracomment>
            <translation>يجب أن يكون عددًا صحيحًا من 0 فأكثر</translation>
        </message>
        <message>
            <source>field.out_of_range</source>
            <extracomment>{value} is outside {low}..{high}</extracomment>
            <translation>{value} خارج النطاق من {low} إلى {high}</translation>
        </message>
        <message>
            <source>field.not_bool</source>
            <extracomment>must be true or false</extracomment>
            <translation>يجب أن يكون صحيحًا أو خطأ</translation>
        </message>
        <message>
            <source>field.bad_span</source>
            <extracomment>must be [start, end] with 0 &lt;= start &lt;= end</extracomment>
            <translation>يجب أن يكون [البداية، النهاية] والبداية لا تتجاوز النهاية</translation>
        </message>
        <message>
            <source>field.bad_id</source>
            <extracomment>{value!r} is not an id like actor:hussein-allawi (kind, colon, no spaces)</extracomment>
            <translation>«{value}» ليس معرّفًا مثل {example_id} (النوع ثم نقطتان ثم اسم بلا مسافات)</translation>
        </message>
        <message>
            <source>field.bad_link</source>
            <extracomment>must be an id or {{"{target}": ..., "{role}": ...}}</extracomment>
            <translation>يجب أن يكون معرّفًا أو كائنًا فيه {target} و{role}</translation>
        </message>
        <message>
            <source>field.link_unknown</source>
            <extracomment>unknown field {name!r}</extracomment>
            <translation>حقل غير معروف «{name}»</translation>
        </message>
        <message>
            <source>field.link_missing_target</source>
            <extracomment>is missing "{target}"</extracomment>
            <translation>الحقل {target} غير موجود</translation>
        </message>
        <message>
            <source>record.not_object</source>
            <extracomment>a record must be a JSON object, not {type}</extracomment>
            <translation>يجب أن يكون السجل كائن {json}، لا {type}</translation>
        </message>
        <message>
            <source>record.kind_missing</source>
            <extracomment>is missing; every record starts with "kind"</extracomment>
            <translation>غير موجود؛ يبدأ كل سجل بالحقل {kind_key}</translation>
        </message>
        <message>
            <source>record.kind_unknown</source>
            <extracomment>unknown kind {value!r}; expected one of {choices}</extracomment>
            <translation>نوع غير معروف «{value}»؛ الأنواع المعروفة: {choices}</translation>
        </message>
        <message>
            <source>record.field_unknown</source>
            <extracomment>unknown field for a record of kind {kind}</extracomment>
            <translation>حقل غير معروف في سجل من نوع {kind_label}</translation>
        </message>
        <message>
            <source>record.field_required</source>
            <extracomment>is required for a record of kind {kind}</extracomment>
            <translation>مطلوب في سجل من نوع {kind_label}</translation>
        </message>
        <message>
            <source>record.id_wrong_kind</source>
            <extracomment>{value!r} does not start with {prefix!r}</extracomment>
            <translation>«{value}» لا يبدأ بـ«{prefix}»</translation>
        </message>
        <message>
            <source>record.end_without_date</source>
            <extracomment>is set but date is not</extracomment>
            <translation>محدد لكن التاريخ غير محدد</translation>
        </message>
        <message>
            <source>record.end_before_date</source>
            <extracomment>{end} is before the date {date}</extracomment>
            <translation>{end} يسبق التاريخ {date}</translation>
        </message>
        <message>
            <source>record.span_without_source</source>
            <extracomment>needs the source it points into</extracomment>
            <translation>يحتاج إلى المصدر الذي يشير إليه</translation>
        </message>
        <message>
            <source>record.span_past_text</source>
            <extracomment>ends at character {end:,}, past the end of {source}'s text ({length:,} characters)</extracomment>
            <translation>ينتهي عند الحرف {end}، بعد نهاية نص {source} ({length} حرفًا)</translation>
        </message>
        <message>
            <source>record.article_not_stored</source>
            <extracomment>articles are imported from files (marsad import), not stored directly</extracomment>
            <translation>تُستورد المقالات من الملفات، ولا تُخزَّن مباشرة</translation>
        </message>
        <message>
            <source>record.duplicate_id</source>
            <extracomment>duplicate id {value!r} (first at {first})</extracomment>
            <translation>المعرّف «{value}» مكرر (أول ظهور له في {first})</translation>
        </message>
        <message>
            <source>record.self_reference</source>
            <extracomment>a record cannot refer to itself</extracomment>
            <translation>لا يمكن للسجل أن يشير إلى نفسه</translation>
        </message>
        <message>
            <source>record.not_found</source>
            <extracomment>{key}: no such record</extracomment>
            <translation>{key}: لا يوجد سجل بهذا المعرّف</translation>
        </message>
        <message>
            <source>record.not_an_id</source>
            <extracomment>{key}: not a record id</extracomment>
            <translation>{key}: ليس معرّف سجل</translation>
        </message>
        <message>
            <source>ref.no_such_id</source>
            <extracomment>no {kind} with id {value!r} in the file or the store</extracomment>
            <translation>لا يوجد {kind_label} بالمعرّف «{value}» في الملف أو المخزن</translation>
        </message>
        <message>
            <source>ref.no_match</source>
            <extracomment>{value!r} matches no {kind} id, name or alias</extracomment>
            <translation>«{value}» لا يطابق معرّفًا أو اسمًا أو اسمًا بديلًا من نوع {kind_label}</translation>
        </message>
        <message>
            <source>ref.ambiguous</source>
            <extracomment>{value!r} is ambiguous: it names {keys}</extracomment>
            <translation>«{value}» ملتبس: يسمّي {keys}</translation>
        </message>
        <message>
            <source>ref.not_id</source>
            <extracomment>{value!r} is not a {kind} id (like {kind}:some-name)</extracomment>
            <translation>«{value}» ليس معرّفًا من نوع {kind_label}</translation>
        </message>
        <message>
            <source>input.no_file</source>
            <extracomment>no such file</extracomment>
            <translation>لا يوجد ملف بهذا الاسم</translation>
        </message>
        <message>
            <source>input.is_folder</source>
            <extracomment>is a folder; name the files to import</extracomment>
            <translation>مجلد؛ اختر الملفات التي تريد استيرادها</translation>
        </message>
        <message>
            <source>input.not_regular</source>
            <extracomment>is not a regular file (a pipe, a device or a socket); save the input to a file first</extracomment>
            <translation>ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس)؛ احفظ المدخلات في ملف أولًا</translation>
        </message>
        <message>
            <source>input.unreadable</source>
            <extracomment>cannot read ({reason})</extracomment>
            <translation>تعذّرت قراءته ({reason})</translation>
        </message>
        <message>
            <source>input.unknown_format</source>
            <extracomment>unknown format {suffix!r}; Marsad imports .jsonl records, .txt/.md/.html/.json articles, .csv/.tsv event data, and .zip/.gz archives of these</extracomment>
            <translation>صيغة غير معروفة «{suffix}»؛ يستورد مرصد السجلات ({jsonl}) والمقالات ({article_suffixes}) وبيانات الأحداث ({table_suffixes})، وهذه كلها داخل الأرشيفات المضغوطة أيضًا</translation>
        </message>
        <message>
            <source>input.line_too_long</source>
            <extracomment>the line is {length:,} bytes long; the limit is {limit:,}</extracomment>
            <translation>طول السطر {length} بايت، والحد الأقصى {limit}</translation>
        </message>
        <message>
            <source>input.bad_utf8</source>
            <extracomment>invalid UTF-8 at byte {position} of the line</extracomment>
            <translation>ترميز {utf8} غير صالح عند البايت {position} من السطر</translation>
        </message>
        <message>
            <source>input.bad_json</source>
            <extracomment>invalid JSON at column {column}: {reason}</extracomment>
            <translation>{json} غير صالح عند العمود {column}: {reason}</translation>
        </message>
        <message>
            <source>input.not_object</source>
            <extracomment>a record must be a JSON object, not {type}</extracomment>
            <translation>يجب أن يكون السجل كائن {json}، لا {type}</translation>
        </message>
        <message>
            <source>input.empty</source>
            <extracomment>the file is empty</extracomment>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>input.nothing_imported</source>
            <extracomment>nothing was imported</extracomment>
            <translation>لم يُستورد شيء</translation>
        </message>
        <message>
            <source>input.cancelled</source>
            <extracomment>import cancelled; nothing was written</extracomment>
            <translation>أُلغي الاستيراد؛ لم يُكتب شيء</translation>
        </message>
        <message>
            <source>input.worker_died</source>
            <extracomment>the import's worker process stopped unexpectedly; nothing was written</extracomment>
            <translation>توقفت عملية الاستيراد فجأة؛ لم يُكتب شيء</translation>
        </message>
        <message>
            <source>input.duplicate_article</source>
            <extracomment>skipped: the article is already in the store as {key}</extracomment>
            <translation>تُخطّي: المقال موجود في المخزن بالمعرّف {key}</translation>
        </message>
        <message>
            <source>article.no_text</source>
            <extracomment>the article body is empty</extracomment>
            <translation>نص المقال فارغ</translation>
        </message>
        <message>
            <source>article.title_only</source>
            <extracomment>only a title line; the article body is empty</extracomment>
            <translation>سطر العنوان فقط؛ نص المقال فارغ</translation>
        </message>
        <message>
            <source>article.paste_too_long</source>
            <extracomment>the pasted text is {length:,} characters long; an article may be at most {limit:,} (is it really one article?)</extracomment>
            <translation>طول النص الملصوق {length} حرفًا، والحد الأقصى للمقال {limit} (هل هو مقال واحد حقًا؟)</translation>
        </message>
        <message>
            <source>article.bad_date</source>
            <extracomment>{value!r} is not a date (type 2025-12-31, 31/12/2025 or 31 December 2025)</extracomment>
            <translation>«{value}» ليس تاريخًا (اكتب 2025-12-31 أو 31/12/2025 أو 31 ديسمبر 2025)</translation>
        </message>
        <message>
            <source>article.no_arabic</source>
            <extracomment>the text has no Arabic: Marsad's extraction reads Arabic reports</extracomment>
            <translation>لا عربية في النص: يقرأ الاستخراج في مرصد التقارير العربية</translation>
        </message>
        <message>
            <source>article.too_big</source>
            <extracomment>the file is {size} MB; an article may be at most {limit} MB (is it really one article?)</extracomment>
            <translation>حجم الملف {size} ميغابايت؛ الحد الأقصى للمقال {limit} ميغابايت (هل هو مقال واحد حقًا؟)</translation>
        </message>
        <message>
            <source>article.not_html</source>
            <extracomment>cannot parse the HTML ({reason})</extracomment>
            <translation>تعذّر تحليل {html} ({reason})</translation>
        </message>
        <message>
            <source>article.no_paragraphs</source>
            <extracomment>no article text found (no &lt;p&gt; paragraphs outside navigation, headers and footers); is this a saved news page?</extracomment>
            <translation>لم يُعثر على نص مقال (لا فقرات {p_tag} خارج أشرطة التنقل والترويسات والتذييلات)؛ هل هذه صفحة أخبار محفوظة؟</translation>
        </message>
        <message>
            <source>article.unknown_format</source>
            <extracomment>unknown article format {suffix!r}; expected .txt, .html/.htm or .json (JSONL article records go through import)</extracomment>
            <translation>صيغة مقال غير معروفة «{suffix}»؛ المتوقع {article_suffixes}</translation>
        </message>
        <message>
            <source>csv.bad_utf8</source>
            <extracomment>not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); save the file as UTF-8</extracomment>
            <translation>ليس نصًا بترميز {utf8} صالح (البايت {byte} عند الموضع {offset})؛ احفظ الملف بترميز {utf8}</translation>
        </message>
        <message>
            <source>csv.nul</source>
            <extracomment>contains a NUL character (byte offset {offset}); this is not a text CSV file</extracomment>
            <translation>يحتوي على محرف صفري (عند الموضع {offset})؛ هذا ليس ملف {csv} نصيًا</translation>
        </message>
        <message>
            <source>csv.malformed</source>
            <extracomment>malformed CSV ({reason})</extracomment>
            <translation>ملف {csv} معطوب ({reason})</translation>
        </message>
        <message>
            <source>csv.width</source>
            <extracomment>{width} cells where the header has {expected}; the row is not read into the wrong columns (a cell that holds the delimiter must be in quotes)</extracomment>
            <translation>في الصف {width} خلية، وفي سطر العناوين {expected}؛ لم يُقرأ الصف في أعمدة غير أعمدته (الخلية التي فيها الفاصل يجب أن تكون بين علامتَي تنصيص)</translation>
        </message>
        <message>
            <source>csv.width_layout</source>
            <extracomment>{width} cells; {format} rows have {expected}</extracomment>
            <translation>في الصف {width} خلية، وفي صفوف {format} {expected}</translation>
        </message>
        <message>
            <source>csv.raw_layout</source>
            <extracomment>{width} tab-separated columns and no header: not a layout Marsad knows ({layouts}); GDELT 1.0 files are not supported</extracomment>
            <translation>{width} عمودًا مفصولة بمسافات جدولة بلا سطر عناوين: ليس ترتيبًا يعرفه مرصد ({layouts})؛ ملفات {gdelt1} غير مدعومة</translation>
        </message>
        <message>
            <source>csv.unknown_layout</source>
            <extracomment>not an export Marsad recognises by its columns ({formats}); give a column mapping such as --map title=headline,date=day</extracomment>
            <translation>لم يتعرّف مرصد على أعمدة هذا الملف بوصفه تصديرًا من صيغة يعرفها ({formats})؛ حدّد مطابقة الأعمدة، مثل {map_example}</translation>
        </message>
        <message>
            <source>csv.cp1256</source>
            <extracomment>this file is in {encoding} (Arabic Windows), not UTF-8; save it as UTF-8</extracomment>
            <translation>هذا الملف بترميز {encoding} (ويندوز العربي) لا بترميز {utf8}؛ احفظه بترميز {utf8}</translation>
        </message>
        <message>
            <source>csv.latin1</source>
            <extracomment>this file is in {encoding} (Western European), not UTF-8; save it as UTF-8</extracomment>
            <translation>هذا الملف بترميز {encoding} (أوروبا الغربية) لا بترميز {utf8}؛ احفظه بترميز {utf8}</translation>
        </message>
        <message>
            <source>csv.utf16_no_bom</source>
            <extracomment>this file looks like {encoding} without a byte-order mark, not UTF-8; save it as UTF-8</extracomment>
            <translation>يبدو هذا الملف بترميز {encoding} بلا علامة ترتيب البايتات، لا بترميز {utf8}؛ احفظه بترميز {utf8}</translation>
        </message>
        <message>
            <source>csv.bad_utf16</source>
            <extracomment>not valid {encoding} (byte offset {offset}); save the file as UTF-8</extracomment>
            <translation>ليس نصًا صالحًا بترميز {encoding} (عند الموضع {offset})؛ احفظ الملف بترميز {utf8}</translation>
        </message>
        <message>
            <source>csv.missing_column</source>
            <extracomment>{format} column {column!r} is missing</extracomment>
            <translation>العمود «{column}» من {format} غير موجود</translation>
        </message>
        <message>
            <source>csv.unmapped_column</source>
            <extracomment>column {column!r} (mapped to {mapped}) is not in the header; columns: {columns}</extracomment>
            <translation>العمود «{column}» (المطابق للحقل {mapped}) ليس في سطر العناوين؛ الأعمدة: {columns}</translation>
        </message>
        <message>
            <source>cell.empty</source>
            <extracomment>is empty</extracomment>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>cell.empty_date</source>
            <extracomment>is empty; every event needs a date</extracomment>
            <translation>فارغ؛ يحتاج كل حدث إلى تاريخ</translation>
        </message>
        <message>
            <source>cell.empty_title</source>
            <extracomment>is empty; every event needs a title</extracomment>
            <translation>فارغ؛ يحتاج كل حدث إلى عنوان</translation>
        </message>
        <message>
            <source>cell.bad_date</source>
            <extracomment>{value!r} is not a date (expected 2024-09-27 or 16 May 2025)</extracomment>
            <translation>«{value}» ليس تاريخًا (المتوقع مثل 2024-09-27 أو {date_words_example})</translation>
        </message>
        <message>
            <source>cell.bad_month</source>
            <extracomment>{value!r}: unknown month name {month!r}</extracomment>
            <translation>«{value}»: اسم شهر غير معروف «{month}»</translation>
        </message>
        <message>
            <source>cell.not_calendar</source>
            <extracomment>{value!r} is not a calendar date</extracomment>
            <translation>«{value}» ليس تاريخًا موجودًا في التقويم</translation>
        </message>
        <message>
            <source>cell.not_number</source>
            <extracomment>{value!r} is not a number</extracomment>
            <translation>«{value}» ليس رقمًا</translation>
        </message>
        <message>
            <source>cell.out_of_range</source>
            <extracomment>{value} is outside {low}..{high}</extracomment>
            <translation>{value} خارج النطاق من {low} إلى {high}</translation>
        </message>
        <message>
            <source>cell.end_without_date</source>
            <extracomment>is set but there is no date column</extracomment>
            <translation>محدد لكن لا يوجد عمود للتاريخ</translation>
        </message>
        <message>
            <source>cell.end_before</source>
            <extracomment>{end} is before {date}</extracomment>
            <translation>{end} يسبق {date}</translation>
        </message>
        <message>
            <source>cell.bad_status</source>
            <extracomment>{value!r} is not occurred/announced/planned/expected</extracomment>
            <translation>«{value}» ليست من حالات الحدث المعروفة</translation>
        </message>
        <message>
            <source>cell.not_count</source>
            <extracomment>{value!r} is not a whole number of 0 or more</extracomment>
            <translation>«{value}» ليس عددًا صحيحًا يساوي صفرًا أو أكثر</translation>
        </message>
        <message>
            <source>cell.not_choice</source>
            <extracomment>{value!r} is not one of {choices}</extracomment>
            <translation>«{value}» ليس من {choices}</translation>
        </message>
        <message>
            <source>cell.bad_timestamp</source>
            <extracomment>{value!r} is not a date and time written as {pattern}</extracomment>
            <translation>«{value}» ليس تاريخًا ووقتًا مكتوبًا على صورة {pattern}</translation>
        </message>
        <message>
            <source>acled.precision</source>
            <extracomment>{value!r} is not 1, 2 or 3 (ACLED's precision codes)</extracomment>
            <translation>«{value}» ليس 1 أو 2 أو 3 (رموز الدقة في {acled})</translation>
        </message>
        <message>
            <source>gdelt.mentions_file</source>
            <extracomment>this is a GDELT mentions file: it lists where events were reported, not the events themselves; import the matching events file ({events_file}) instead</extracomment>
            <translation>هذا ملف إشارات من {gdelt}: يسرد أين ذُكرت الأحداث لا الأحداث نفسها؛ استورد ملف الأحداث المقابل ({events_file}) بدلًا منه</translation>
        </message>
        <message>
            <source>csv.unreadable</source>
            <extracomment>cannot read the file ({reason})</extracomment>
            <translation>تعذّرت قراءة الملف ({reason})</translation>
        </message>
        <message>
            <source>archive.damaged</source>
            <extracomment>not a readable {archive} archive: damaged or cut short; nothing was imported</extracomment>
            <translation>ليس أرشيف {archive} مقروءًا: معطوب أو مقطوع؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>archive.damaged_at</source>
            <extracomment>the archive is damaged or cut short here; nothing was imported</extracomment>
            <translation>الأرشيف معطوب أو مقطوع هنا؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>archive.empty</source>
            <extracomment>is an empty archive</extracomment>
            <translation>أرشيف فارغ</translation>
        </message>
        <message>
            <source>archive.encrypted</source>
            <extracomment>is encrypted; unpack it with its password, then import the files</extracomment>
            <translation>مشفّر؛ فكّه بكلمة مروره ثم استورد ملفاته</translation>
        </message>
        <message>
            <source>archive.nothing_to_import</source>
            <extracomment>holds no file Marsad imports (it holds: {members}); Marsad reads records, articles and event data, also inside {archives} archives</extracomment>
            <translation>لا ملف فيه يستورده مرصد (فيه: {members})؛ يقرأ مرصد السجلات والمقالات وبيانات الأحداث، وداخل أرشيفات {archives} أيضًا</translation>
        </message>
        <message>
            <source>archive.member_left_out</source>
            <extracomment>left out: not a file Marsad imports</extracomment>
            <translation>تُرك: ليس ملفًا يستورده مرصد</translation>
        </message>
        <message>
            <source>archive.text_left_out</source>
            <extracomment>left out: a text beside data files (such as a read-me) is not imported as an article</extracomment>
            <translation>تُرك: نص بجانب ملفات بيانات (كملف التعريف) لا يُستورد مقالًا</translation>
        </message>
        <message>
            <source>archive.not_one_table</source>
            <extracomment>holds {count} event-data tables where one was expected; import the archive to read them all</extracomment>
            <translation>فيه {count} جدول بيانات أحداث والمتوقع جدول واحد؛ استورد الأرشيف لقراءتها كلها</translation>
        </message>
        <message>
            <source>map.bad_dataset</source>
            <extracomment>{option} {value!r}: a dataset name needs letters or digits</extracomment>
            <translation>{option} «{value}»: يحتاج اسم مجموعة البيانات إلى حروف أو أرقام</translation>
        </message>
        <message>
            <source>map.reserved_dataset</source>
            <extracomment>{option} {value!r}: {reserved} name the built-in formats' records; choose another name</extracomment>
            <translation>{option} «{value}»: {reserved} أسماء سجلات الصيغ المدمجة؛ اختر اسمًا آخر</translation>
        </message>
        <message>
            <source>map.bad_part</source>
            <extracomment>--map: {part!r} is not FIELD=COLUMN</extracomment>
            <translation>{map_option}: «{part}» ليس على صورة حقل=عمود</translation>
        </message>
        <message>
            <source>map.unknown_field</source>
            <extracomment>--map: unknown field {field_name!r}; known fields: {fields}</extracomment>
            <translation>{map_option}: حقل غير معروف «{field_name}»؛ الحقول المعروفة: {fields}</translation>
        </message>
        <message>
            <source>map.no_column</source>
            <extracomment>--map: {field_name}= needs a column name</extracomment>
            <translation>{map_option}: {field_name}= يحتاج إلى اسم عمود</translation>
        </message>
        <message>
            <source>map.no_title</source>
            <extracomment>--map: a mapping needs at least title=COLUMN</extracomment>
            <translation>{map_option}: تحتاج المطابقة على الأقل إلى عمود للعنوان ({title_map})</translation>
        </message>
        <message>
            <source>map.auto_no_title</source>
            <extracomment>--map auto: no column looks like a title; columns: {columns}; name them, as in --map title=headline,date=day</extracomment>
            <translation>{map_option}: لا يبدو أي عمود عمودَ عنوان؛ الأعمدة: {columns}؛ سمِّها كما في {map_example}</translation>
        </message>
        <message>
            <source>query.not_text</source>
            <extracomment>the query must be text</extracomment>
            <translation>يجب أن يكون البحث نصًا.</translation>
        </message>
        <message>
            <source>query.too_long</source>
            <extracomment>the query is {length:,} characters long; the limit is {limit:,}</extracomment>
            <translation>طول البحث {length} حرفًا، والحد الأقصى {limit}.</translation>
        </message>
        <message>
            <source>query.too_many_terms</source>
            <extracomment>the query has more than {limit} terms; search with fewer words</extracomment>
            <translation>في البحث أكثر من {limit} كلمة؛ ابحث بكلمات أقل.</translation>
        </message>
        <message>
            <source>query.no_words</source>
            <extracomment>the query {text!r} has no words to search for (only operators, punctuation or diacritics)</extracomment>
            <translation>لا كلمات يُبحث عنها في «{text}»، ففيه عوامل أو علامات ترقيم أو تشكيل فقط.</translation>
        </message>
        <message>
            <source>query.bad_kind</source>
            <extracomment>{filter}:{value}: {bad!r} is not one of {choices}</extracomment>
            <translation>في {filter}:{value} ليس «{bad}» نوعًا من السجلات، والأنواع: {choices}.</translation>
        </message>
        <message>
            <source>query.bad_date</source>
            <extracomment>{filter}:{value}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</extracomment>
            <translation>المكتوب في {filter}:{value} ليس تاريخًا؛ اكتب سنة، أو سنة-شهر، أو سنة-شهر-يوم.</translation>
        </message>
        <message>
            <source>query.bad_value</source>
            <extracomment>{filter}:{value}: {bad!r} is not one of {choices}</extracomment>
            <translation>في {filter}:{value} ليست «{bad}» من القيم: {choices}.</translation>
        </message>
        <message>
            <source>query.bad_range</source>
            <extracomment>{filter}:{value}: a range runs from the first value to the second, such as {example}</extracomment>
            <translation>النطاق في {filter}:{value} معكوس؛ اكتب القيمة الصغرى أولًا، مثل {example}.</translation>
        </message>
        <message>
            <source>query.bad_number</source>
            <extracomment>{filter}:{value}: not a number, a comparison or a range; write it as {filter}:{equal}, {filter}:{at_least}, {filter}:{below} or {filter}:{between}</extracomment>
            <translation>المكتوب في {filter}:{value} ليس عددًا ولا مقارنة ولا نطاقًا؛ اكتبه هكذا: {filter}:{equal} أو {filter}:{at_least} أو {filter}:{below} أو {filter}:{between}.</translation>
        </message>
        <message>
            <source>query.unclosed_quote</source>
            <extracomment>unclosed quote at character {position}: searched as a phrase to the end</extracomment>
            <translation>علامة التنصيص عند المحرف {position} غير مغلقة، فبُحث عما بعدها عبارةً واحدة حتى النهاية.</translation>
        </message>
        <message>
            <source>query.near</source>
            <extracomment>NEAR is not supported: its words are searched anywhere</extracomment>
            <translation>المعامل {near} غير مدعوم، فيُبحث عن كلماته في أي موضع.</translation>
        </message>
        <message>
            <source>query.no_value</source>
            <extracomment>{filter}: has no value and was ignored</extracomment>
            <translation>المرشِّح {filter} بلا قيمة، فأُهمل.</translation>
        </message>
        <message>
            <source>query.missing_value</source>
            <extracomment>{filter}: needs a value right after the colon</extracomment>
            <translation>المرشِّح {filter} يحتاج إلى قيمة بعد النقطتين مباشرةً.</translation>
        </message>
        <message>
            <source>query.negated_filter</source>
            <extracomment>-{filter}: excluding by filter is not supported; the filter was applied as written</extracomment>
            <translation>الاستبعاد بالمرشِّح {filter} غير مدعوم، فطُبّق المرشِّح كما كُتب.</translation>
        </message>
        <message>
            <source>query.only_excluded</source>
            <extracomment>only excluded words: listing everything else</extracomment>
            <translation>في البحث كلمات مستبعدة فقط، فيُعرض كل ما سواها.</translation>
        </message>
        <message>
            <source>query.no_match</source>
            <extracomment>{filter}:{value} matches no {kind}</extracomment>
            <translation>لا يطابق {filter}:{value} أي {kind_label}.</translation>
        </message>
        <message>
            <source>query.failed</source>
            <extracomment>the search could not run ({reason}); `marsad check` tells whether the index is damaged</extracomment>
            <translation>تعذّر تنفيذ البحث ({reason})؛ يخبرك {check_cmd} إن كان الفهرس تالفًا.</translation>
        </message>
        <message>
            <source>view.bad_kind</source>
            <extracomment>{kind!r} is not one of {choices}</extracomment>
            <translation>«{kind}» ليس من {choices}</translation>
        </message>
        <message>
            <source>view.bad_column</source>
            <extracomment>{kind} has no column {column!r}</extracomment>
            <translation>ليس في {kind_label} عمود «{column}»</translation>
        </message>
        <message>
            <source>view.bad_filter</source>
            <extracomment>{kind} records have no {filter} to filter on</extracomment>
            <translation>لا يمكن تصفية سجلات {kind_label} حسب {filter}</translation>
        </message>
        <message>
            <source>view.bad_value</source>
            <extracomment>{value!r} is not one of {choices}</extracomment>
            <translation>«{value}» ليست من القيم: {choices}</translation>
        </message>
        <message>
            <source>store.not_found</source>
            <extracomment>{path}: no such store (create one with `marsad --db {path} init`)</extracomment>
            <translation>{path}: لا يوجد مخزن بهذا المسار</translation>
        </message>
        <message>
            <source>store.is_folder</source>
            <extracomment>{path}: is a folder, not a Marsad store</extracomment>
            <translation>{path}: مجلد، وليس مخزن مرصد</translation>
        </message>
        <message>
            <source>store.exists</source>
            <extracomment>{path}: already exists; open it, or choose another file</extracomment>
            <translation>{path}: موجود بالفعل؛ افتحه أو اختر ملفًا آخر</translation>
        </message>
        <message>
            <source>store.empty_file</source>
            <extracomment>{path}: is empty, not a Marsad store</extracomment>
            <translation>{path}: ملف فارغ، وليس مخزن مرصد</translation>
        </message>
        <message>
            <source>store.not_sqlite</source>
            <extracomment>{path}: not a Marsad store (not an SQLite file); it was not changed</extracomment>
            <translation>{path}: ليس مخزن مرصد (ليس ملف {sqlite})؛ لم يُغيَّر</translation>
        </message>
        <message>
            <source>store.not_marsad</source>
            <extracomment>{path}: an SQLite file, but not a Marsad store; it was not changed</extracomment>
            <translation>{path}: ملف {sqlite} لكنه ليس مخزن مرصد؛ لم يُغيَّر</translation>
        </message>
        <message>
            <source>store.unreadable</source>
            <extracomment>{path}: not a readable Marsad store ({reason})</extracomment>
            <translation>{path}: ليس مخزن مرصد قابلًا للقراءة ({reason})</translation>
        </message>
        <message>
            <source>store.cannot_read</source>
            <extracomment>{path}: cannot read ({reason})</extracomment>
            <translation>{path}: تعذّرت القراءة ({reason})</translation>
        </message>
        <message>
            <source>store.newer</source>
            <extracomment>{path}: written by a newer Marsad (schema {version}; this version reads up to {supported}); update Marsad to open it. The file was not changed.</extracomment>
            <translation>{path}: كتبه إصدار أحدث من مرصد (المخطط {version}، وهذا الإصدار يقرأ حتى {supported})؛ حدّث مرصد لتفتحه. لم يُغيَّر الملف.</translation>
        </message>
        <message>
            <source>store.needs_upgrade_readonly</source>
            <extracomment>{path}: needs an upgrade to schema {supported} but is read-only</extracomment>
            <translation>{path}: يحتاج إلى ترقية إلى المخطط {supported} لكنه للقراءة فقط</translation>
        </message>
        <message>
            <source>store.readonly</source>
            <extracomment>{path}: the store is read-only; nothing was changed</extracomment>
            <translation>{path}: المخزن للقراءة فقط؛ لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>store.busy</source>
            <extracomment>{path}: the store is busy in another program; try again</extracomment>
            <translation>{path}: المخزن مشغول في برنامج آخر؛ حاول مرة أخرى</translation>
        </message>
        <message>
            <source>store.disk_full</source>
            <extracomment>{path}: the disk is full (in {folder}); nothing was changed</extracomment>
            <translation>{path}: القرص ممتلئ (في {folder})؛ لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>store.damaged</source>
            <extracomment>{path}: the store is damaged ({reason}); restore it from a backup</extracomment>
            <translation>المخزن {path} تالف. استعِده من نسخة احتياطية.</translation>
        </message>
        <message>
            <source>store.version_reset</source>
            <extracomment>{path}: the store's schema version was reset to 0 although it holds Marsad's tables; restore it from a backup (marsad backups lists them); it was not changed</extracomment>
            <translation>{path}: أُعيد رقم مخطط المخزن إلى 0 مع أنه يحوي جداول مرصد؛ استعِده من نسخة احتياطية (يسردها الأمر {backups_command})؛ لم يُغيَّر</translation>
        </message>
        <message>
            <source>store.io</source>
            <extracomment>{path}: the disk could not be read or written ({reason})</extracomment>
            <translation>تعذّرت قراءة المخزن {path} من القرص أو الكتابة عليه. تحقّق من أن القرص موصول وفيه متّسع، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>store.sqlite</source>
            <extracomment>{path}: {reason}</extracomment>
            <translation>{path}: خطأ في قاعدة البيانات ({reason})</translation>
        </message>
        <message>
            <source>store.backup_same_file</source>
            <extracomment>{path}: is the store itself; choose another file</extracomment>
            <translation>{path}: هو المخزن نفسه؛ اختر ملفًا آخر</translation>
        </message>
        <message>
            <source>store.backup_failed</source>
            <extracomment>{path}: cannot write the backup ({reason})</extracomment>
            <translation>{path}: تعذّرت كتابة النسخة الاحتياطية ({reason})</translation>
        </message>
        <message>
            <source>store.backup_check_failed</source>
            <extracomment>{path}: the backup fails its check: {problem}</extracomment>
            <translation>{path}: لم تجتز النسخة الاحتياطية الفحص: {problem}</translation>
        </message>
        <message>
            <source>check.integrity</source>
            <extracomment>integrity: {line}</extracomment>
            <translation>السلامة: {line}</translation>
        </message>
        <message>
            <source>check.unreadable</source>
            <extracomment>integrity: the file cannot be read ({reason})</extracomment>
            <translation>السلامة: تعذّرت قراءة الملف ({reason})</translation>
        </message>
        <message>
            <source>check.foreign_key</source>
            <extracomment>foreign key: {table} row {row} points at a missing {parent} row</extracomment>
            <translation>مفتاح خارجي: الصف {row} في الجدول {table} يشير إلى صف مفقود في {parent}</translation>
        </message>
        <message>
            <source>check.fts</source>
            <extracomment>search index: the FTS5 index is damaged ({reason})</extracomment>
            <translation>فهرس البحث: فهرس {fts5} تالف ({reason})</translation>
        </message>
        <message>
            <source>check.missing</source>
            <extracomment>search index: {count} {kind} record(s) are not indexed</extracomment>
            <translation>فهرس البحث: {count} سجلًا من نوع {kind_label} غير مفهرسة</translation>
        </message>
        <message>
            <source>check.orphans</source>
            <extracomment>search index: {count} index row(s) point at deleted {kind} records</extracomment>
            <translation>فهرس البحث: {count} صفًا في الفهرس تشير إلى سجلات محذوفة من نوع {kind_label}</translation>
        </message>
        <message>
            <source>check.misfiled</source>
            <extracomment>search index: {count} index row(s) in the {kind} range name another record</extracomment>
            <translation>فهرس البحث: {count} صفًا في نطاق {kind_label} تسمّي سجلًا آخر</translation>
        </message>
        <message>
            <source>check.stale</source>
            <extracomment>search index: {count} {kind} record(s) indexed with outdated text, e.g. {example}</extracomment>
            <translation>فهرس البحث: {count} سجلًا من نوع {kind_label} مفهرسة بنص قديم، مثل {example}</translation>
        </message>
        <message>
            <source>check.marked_stale</source>
            <extracomment>search index: out of step with {count} record(s) changed outside Marsad (run `marsad check --repair`)</extracomment>
            <translation>فهرس البحث: غير متزامن مع {count} سجلًا غُيّرت خارج مرصد (شغّل {repair_cmd})</translation>
        </message>
        <message>
            <source>check.analyser</source>
            <extracomment>search index: built by analyser {built}, this Marsad analyses as {current} (run `marsad check --repair`)</extracomment>
            <translation>فهرس البحث: بناه المحلّل {built}، ومرصد هذا يحلّل بالإصدار {current} (شغّل {repair_cmd})</translation>
        </message>
        <message>
            <source>check.names</source>
            <extracomment>names: {count} {kind} record(s) have outdated normalised names, e.g. {example}</extracomment>
            <translation>الأسماء: {count} سجلًا من نوع {kind_label} أسماؤها المطبَّعة قديمة، مثل {example}</translation>
        </message>
        <message>
            <source>check.digest</source>
            <extracomment>sources: {count} source(s) have an outdated text hash, e.g. {example}</extracomment>
            <translation>المصادر: {count} مصدرًا بصمة نصها قديمة، مثل {example}</translation>
        </message>
        <message>
            <source>check.counts</source>
            <extracomment>counts: the {kind} counter says {stored} (unreviewed {stored_unreviewed}); the table holds {actual} ({actual_unreviewed})</extracomment>
            <translation>العدّادات: عدّاد {kind_label} يقول {stored} (غير المراجَع {stored_unreviewed})، والجدول فيه {actual} ({actual_unreviewed})</translation>
        </message>
        <message>
            <source>check.untracked</source>
            <extracomment>sync: {count} change(s) made with another program have no version yet (`marsad check --repair` gives them one; so does the next exchange)</extracomment>
            <translation>المزامنة: {count} تغييرًا أُجري ببرنامج آخر ليس له إصدار بعد (يعطيه {repair_cmd} إصدارًا، وكذلك التبادل التالي)</translation>
        </message>
        <message>
            <source>delete.has_dependents</source>
            <extracomment>{key} has {count} {kind} record(s) that need it ({through}): delete them too, or give them to another record</extracomment>
            <translation>يحتاج {count} سجلًا من نوع {kind_label} إلى {key} (في حقل {through}): احذفها أيضًا أو انسبها إلى سجل آخر</translation>
        </message>
        <message>
            <source>delete.no_target</source>
            <extracomment>{key}: no other {kind} with that id to give them to</extracomment>
            <translation>{key}: لا يوجد سجل آخر من نوع {kind_label} بهذا المعرّف تُنسب إليه</translation>
        </message>
        <message>
            <source>delete.bad_decision</source>
            <extracomment>{value!r}: expected 'delete' or 'reassign:&lt;id&gt;'</extracomment>
            <translation>قرار غير معروف «{value}»؛ المتوقع {delete_decisions}</translation>
        </message>
        <message>
            <source>progress.checked</source>
            <extracomment>{count:,} records checked</extracomment>
            <translation>فُحص {count} سجلًا</translation>
        </message>
        <message>
            <source>progress.indexed</source>
            <extracomment>{count:,} records indexed</extracomment>
            <translation>فُهرس {count} سجلًا</translation>
        </message>
        <message>
            <source>review.bad_state</source>
            <extracomment>review state {value!r}: expected confirmed or unreviewed</extracomment>
            <translation>حالة مراجعة غير معروفة «{value}»؛ المتوقع {review_states}</translation>
        </message>
        <message>
            <source>review.merge_kinds</source>
            <extracomment>{proposal} -&gt; {target}: a record merges only into another of its kind found by name</extracomment>
            <translation>دمج {proposal} في {target}: لا يُدمج سجل إلا في سجل آخر من نوعه يُعرف بالاسم</translation>
        </message>
        <message>
            <source>review.merge_self</source>
            <extracomment>{key}: a record cannot be merged into itself</extracomment>
            <translation>{key}: لا يمكن دمج السجل في نفسه</translation>
        </message>
        <message>
            <source>review.merge_gone</source>
            <extracomment>{key}: no such record (was it already merged or rejected?)</extracomment>
            <translation>{key}: لا يوجد سجل بهذا المعرّف (هل دُمج أو رُفض من قبل؟)</translation>
        </message>
        <message>
            <source>review.merge_no_target</source>
            <extracomment>{key}: no such record to merge into</extracomment>
            <translation>{key}: لا يوجد سجل بهذا المعرّف للدمج فيه</translation>
        </message>
        <message>
            <source>briefing.empty</source>
            <extracomment>the briefing is empty: select at least one event, quote, actor or source</extracomment>
            <translation>الإيجاز فارغ: اختر حدثًا أو اقتباسًا أو فاعلًا أو مصدرًا واحدًا على الأقل</translation>
        </message>
        <message>
            <source>briefing.none_found</source>
            <extracomment>none of the {count} selected records exists: {keys}</extracomment>
            <translation>لا يوجد أي من السجلات المختارة ({count}): {keys}</translation>
        </message>
        <message>
            <source>briefing.not_text</source>
            <extracomment>must be text</extracomment>
            <translation>يجب أن يكون نصًا</translation>
        </message>
        <message>
            <source>briefing.bad_date</source>
            <extracomment>{value!r} is not a day such as 2025-12-31</extracomment>
            <translation>«{value}» ليس يومًا مثل 2025-12-31</translation>
        </message>
        <message>
            <source>briefing.bad_digits</source>
            <extracomment>must be true, false or null</extracomment>
            <translation>يجب أن يكون واحدًا من {json_values}</translation>
        </message>
        <message>
            <source>briefing.bad_items</source>
            <extracomment>must be a list of record ids</extracomment>
            <translation>يجب أن يكون قائمة بمعرّفات السجلات</translation>
        </message>
        <message>
            <source>briefing.bad_section</source>
            <extracomment>unknown section {value!r}; sections are {choices}</extracomment>
            <translation>قسم غير معروف «{value}»؛ الأقسام: {choices}</translation>
        </message>
        <message>
            <source>briefing.bad_figure</source>
            <extracomment>a figure must name a view (timeline, links, map) and hold its drawing</extracomment>
            <translation>يجب أن يسمّي الشكل عرضًا (الخط الزمني أو مخطط الصلات أو الخريطة) وأن يحمل رسمه</translation>
        </message>
        <message>
            <source>briefing.not_object</source>
            <extracomment>a saved briefing must be a JSON object</extracomment>
            <translation>يجب أن يكون الإيجاز المحفوظ كائن {json}</translation>
        </message>
        <message>
            <source>briefing.newer</source>
            <extracomment>this briefing was saved by a newer Marsad (format {version!r}); this version reads format {supported}</extracomment>
            <translation>حُفظ هذا الإيجاز بإصدار أحدث من مرصد (الصيغة {version})؛ هذا الإصدار يقرأ الصيغة {supported}</translation>
        </message>
        <message>
            <source>gazetteer.bad_entry</source>
            <extracomment>needs kind actor/place, id and name</extracomment>
            <translation>يحتاج إلى النوع (فاعل أو مكان) والمعرّف والاسم</translation>
        </message>
        <message>
            <source>basemap.unreadable</source>
            <extracomment>{path}: the map's basemap cannot be read ({reason})</extracomment>
            <translation>{path}: تعذّرت قراءة خريطة الأساس ({reason})</translation>
        </message>
        <message>
            <source>bundle.empty</source>
            <extracomment>the file is empty, not a Marsad change bundle</extracomment>
            <translation>الملف فارغ، وليس حزمة تغييرات من مرصد</translation>
        </message>
        <message>
            <source>bundle.unreadable</source>
            <extracomment>cannot read ({reason})</extracomment>
            <translation>تتعذّر القراءة ({reason})</translation>
        </message>
        <message>
            <source>bundle.line_too_long</source>
            <extracomment>a line is longer than {limit:,} bytes: not a Marsad change bundle</extracomment>
            <translation>في الملف سطر أطول من {limit} بايت: ليس حزمة تغييرات من مرصد</translation>
        </message>
        <message>
            <source>bundle.not_bundle</source>
            <extracomment>not a Marsad change bundle (it has no bundle header); records without versions (interchange version 1) are imported with `{command}`</extracomment>
            <translation>ليس حزمة تغييرات من مرصد (لا ترويسة حزمة فيه)؛ السجلات التي بلا إصدارات (صيغة التبادل الأولى) تُستورد بالأمر {command}</translation>
        </message>
        <message>
            <source>bundle.newer</source>
            <extracomment>a bundle of format {version}, written by a newer Marsad; this version reads format {supported}</extracomment>
            <translation>حزمة بالصيغة {version} كتبها إصدار أحدث من مرصد؛ هذا الإصدار يقرأ الصيغة {supported}</translation>
        </message>
        <message>
            <source>bundle.bad_header</source>
            <extracomment>the bundle's header is not valid ({reason}); nothing was applied</extracomment>
            <translation>ترويسة الحزمة غير صالحة ({reason})؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.no_end</source>
            <extracomment>the bundle is cut short or damaged: its last line is not the closing line with its checksum; nothing was applied</extracomment>
            <translation>الحزمة مقطوعة أو تالفة: سطرها الأخير ليس سطر الختام الذي يحمل مجموعها الاختباري؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.checksum</source>
            <extracomment>the bundle was changed or damaged: its content does not match its checksum (sha256 {expected}, content {actual}); nothing was applied</extracomment>
            <translation>غُيّرت الحزمة أو تلفت: محتواها لا يطابق مجموعها الاختباري (المكتوب {expected}، والمحسوب {actual})؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.count</source>
            <extracomment>the bundle says it holds {expected} changes but holds {actual}; nothing was applied</extracomment>
            <translation>تقول الحزمة إن فيها {expected} تغييرًا، وفيها {actual}؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.bad_line</source>
            <extracomment>not a record or a deletion of a bundle; nothing was applied</extracomment>
            <translation>ليس سجلًا ولا حذفًا من سجلات الحزمة؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.bad_sync</source>
            <extracomment>the change's version is not valid ({reason}); nothing was applied</extracomment>
            <translation>إصدار التغيير غير صالح ({reason})؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.changed</source>
            <extracomment>the bundle changed while it was being applied; nothing was applied</extracomment>
            <translation>تغيّرت الحزمة في أثناء تطبيقها؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>bundle.own_site</source>
            <extracomment>this bundle was written by this very store (site {site}): a copy of a store must become a site of its own before it exchanges changes (`{command}` on the copy)</extracomment>
            <translation>كتب هذه الحزمةَ هذا المخزنُ نفسه (الموقع {site}): يجب أن تصير نسخةُ المخزن موقعًا مستقلًا قبل أن تتبادل التغييرات (شغّل {command} على النسخة)</translation>
        </message>
        <message>
            <source>bundle.gap</source>
            <extracomment>this bundle holds the changes of site {site} after its change {start}, but only those up to {applied} were applied here: apply the bundle before it first, or ask its sender for `{command}`</extracomment>
            <translation>تحمل هذه الحزمة تغييرات الموقع {site} بعد تغييره {start}، ولم يُطبَّق هنا منها إلا ما حتى {applied}: طبّق الحزمة التي قبلها أولًا، أو اطلب من مرسلها {command}</translation>
        </message>
        <message>
            <source>input.bundle</source>
            <extracomment>a Marsad change bundle (interchange version 2): merge it with `{command}`</extracomment>
            <translation>حزمة تغييرات من مرصد (صيغة التبادل الثانية): تُدمج بالأمر {command}</translation>
        </message>
        <message>
            <source>sync.unknown_peer</source>
            <extracomment>{peer}: no such peer; name a peer by its site id (`{site_command}` prints it) or by the name `{name_command}` gave it</extracomment>
            <translation>{peer}: لا نظير بهذا الاسم؛ سمِّ النظير بمعرّف موقعه (يطبعه {site_command}) أو بالاسم الذي أعطاه إياه {name_command}</translation>
        </message>
        <message>
            <source>sync.bad_name</source>
            <extracomment>{name!r}: a peer's name is one word of letters, digits, - or _, and not a site id</extracomment>
            <translation>«{name}»: اسم النظير كلمة واحدة من حروف وأرقام و- و_، وليس معرّف موقع</translation>
        </message>
        <message>
            <source>sync.name_taken</source>
            <extracomment>{name!r} is already the name of site {site}</extracomment>
            <translation>«{name}» اسمٌ للموقع {site} من قبل</translation>
        </message>
        <message>
            <source>sync.own_site</source>
            <extracomment>{site} is this store's own site, not a peer</extracomment>
            <translation>{site} هو موقع هذا المخزن نفسه، لا نظير له</translation>
        </message>
        <message>
            <source>sync.bad_start</source>
            <extracomment>{value}: this store's changes are numbered 0 to {last}</extracomment>
            <translation>{value}: تغييرات هذا المخزن مرقّمة من 0 إلى {last}</translation>
        </message>
        <message>
            <source>sync.no_conflict</source>
            <extracomment>{key}: no open conflict</extracomment>
            <translation>{key}: لا تعارض مفتوح</translation>
        </message>
        <message>
            <source>sync.bad_choice</source>
            <extracomment>{value!r}: a conflict is resolved as mine, theirs or merged</extracomment>
            <translation>«{value}»: يُحلّ التعارض بنسختي أو بنسختهم أو بالدمج</translation>
        </message>
        <message>
            <source>sync.merged_values</source>
            <extracomment>merged: give the chosen values as an object of field: value</extracomment>
            <translation>الدمج: أعطِ القيم المختارة كائنًا من الحقول وقيمها</translation>
        </message>
        <message>
            <source>sync.merged_deleted</source>
            <extracomment>{key}: deleted on both sides; resolve it as mine or theirs</extracomment>
            <translation>{key}: محذوف في الجهتين؛ حُلّه بنسختي أو بنسختهم</translation>
        </message>
        <message>
            <source>sync.still_needed</source>
            <extracomment>{key} cannot be deleted: {count} {kind} record(s) here still need it ({through}); delete them or give them another first</extracomment>
            <translation>لا يمكن حذف {key}: ما زال {count} سجلًا من نوع {kind_label} هنا يحتاج إليه (في حقل {through})؛ احذفها أو أعطها سجلًا آخر أولًا</translation>
        </message>
        <message>
            <source>hub.bad_url</source>
            <extracomment>{reason}: not a {server} connection string (such as {examples})</extracomment>
            <translation>{reason}: ليس عنوان اتصال بخادم {server} (مثل {examples})</translation>
        </message>
        <message>
            <source>hub.unreachable</source>
            <extracomment>cannot reach the team hub {hub} ({reason}); nothing was changed here. Marsad works on without it: sync again when the hub can be reached</extracomment>
            <translation>يتعذّر الوصول إلى خادم الفريق {hub} ({reason})؛ لم يتغيّر شيء هنا. يعمل مرصد من دونه: زامن حين يمكن الوصول إليه</translation>
        </message>
        <message>
            <source>hub.auth</source>
            <extracomment>the team hub {hub} refused the login ({reason}): check the user name, and the password in your passfile ({passfiles}) or service file; nothing was changed</extracomment>
            <translation>رفض خادم الفريق {hub} الدخول ({reason}): تحقّق من اسم المستخدم ومن كلمة المرور في ملف كلمات المرور ({passfiles}) أو في ملف الخدمة؛ لم يتغيّر شيء</translation>
        </message>
        <message>
            <source>hub.no_access</source>
            <extracomment>your role on {hub} may not use the team hub: ask its administrator to grant you {read_role} (to pull) or {write_role} (to push too)</extracomment>
            <translation>لا يحقّ لدورك في {hub} استعمال خادم الفريق: اطلب من مديره أن يمنحك {read_role} (للسحب) أو {write_role} (للإرسال أيضًا)</translation>
        </message>
        <message>
            <source>hub.not_initialised</source>
            <extracomment>{hub} holds no Marsad team hub: set one up with `{command}`</extracomment>
            <translation>لا خادم فريق لمرصد في {hub}: أنشئه بالأمر {command}</translation>
        </message>
        <message>
            <source>hub.not_hub</source>
            <extracomment>{hub} has a schema named {schema} that is not a Marsad team hub; it was left alone</extracomment>
            <translation>في {hub} مخطط اسمه {schema} ليس خادم فريق لمرصد؛ تُرك كما هو</translation>
        </message>
        <message>
            <source>hub.newer</source>
            <extracomment>the team hub {hub} was set up by a newer Marsad (hub schema {version}; this version knows up to {supported}): update Marsad; nothing was changed</extracomment>
            <translation>أعدّ خادمَ الفريق {hub} إصدارٌ أحدث من مرصد (مخطط الخادم {version}؛ هذا الإصدار يعرف حتى {supported}): حدّث مرصد؛ لم يتغيّر شيء</translation>
        </message>
        <message>
            <source>hub.read_only</source>
            <extracomment>your role on the team hub {hub} may only read: {count:,} changes made here cannot be pushed, and nothing was changed. `{command}` takes the team's changes without sending yours</extracomment>
            <translation>دورك في خادم الفريق {hub} للقراءة فقط: لا يمكن إرسال {count} تغييرًا أُجري هنا، ولم يتغيّر شيء. الأمر {command} يأخذ تغييرات الفريق دون إرسال تغييراتك</translation>
        </message>
        <message>
            <source>hub.dropped</source>
            <extracomment>the connection to the team hub {hub} was lost during the sync ({reason}); nothing was changed here: sync again</extracomment>
            <translation>انقطع الاتصال بخادم الفريق {hub} في أثناء المزامنة ({reason})؛ لم يتغيّر شيء هنا: زامن مرة أخرى</translation>
        </message>
        <message>
            <source>hub.busy</source>
            <extracomment>the team hub {hub} is busy with another laptop's sync; try again in a moment</extracomment>
            <translation>خادم الفريق {hub} مشغول بمزامنة حاسوب آخر؛ أعد المحاولة بعد قليل</translation>
        </message>
        <message>
            <source>hub.failed</source>
            <extracomment>the team hub {hub} refused the sync ({reason}); nothing was changed here</extracomment>
            <translation>رفض خادم الفريق {hub} المزامنة ({reason})؛ لم يتغيّر شيء هنا</translation>
        </message>
        <message>
            <source>hub.init_denied</source>
            <extracomment>cannot set up the team hub in {hub} ({reason}): run `{command}` as the database's owner, with the right to create roles (or create the roles {read_role} and {write_role} first)</extracomment>
            <translation>تعذّر إعداد خادم الفريق في {hub} ({reason}): شغّل {command} بصفتك مالك قاعدة البيانات مع حقّ إنشاء الأدوار (أو أنشئ الدورين {read_role} و{write_role} أولًا)</translation>
        </message>
        <message>
            <source>hub.bad_roles</source>
            <extracomment>{value!r}: a prefix for the hub's roles is a lower-case word of letters, digits and _</extracomment>
            <translation>«{value}»: بادئة أدوار الخادم كلمة بحروف لاتينية صغيرة وأرقام و_</translation>
        </message>
        <message>
            <source>hub.no_hub</source>
            <extracomment>this store has not synced with a team hub yet: name one, as in `{command}`</extracomment>
            <translation>لم يُزامَن هذا المخزن مع خادم فريق بعد: سمِّ الخادم، كما في {command}</translation>
        </message>
        <message>
            <source>hub.cancelled</source>
            <extracomment>the sync was cancelled; nothing was changed here or on the team hub</extracomment>
            <translation>أُلغيت المزامنة؛ لم يتغيّر شيء هنا ولا على خادم الفريق</translation>
        </message>
        <message>
            <source>progress.hub_pulled</source>
            <extracomment>{count:,} changes pulled from the team hub</extracomment>
            <translation>سُحب {count} تغييرًا من خادم الفريق</translation>
        </message>
        <message>
            <source>progress.hub_pushed</source>
            <extracomment>{count:,} changes pushed to the team hub</extracomment>
            <translation>أُرسل {count} تغييرًا إلى خادم الفريق</translation>
        </message>
        <message>
            <source>export.bad_kind</source>
            <extracomment>{kind!r} is not one of {choices}</extracomment>
            <translation>«{kind}» ليس من {choices}</translation>
        </message>
        <message>
            <source>export.unwritable</source>
            <extracomment>{path}: cannot write here ({reason})</extracomment>
            <translation>{path}: لا يمكن الكتابة هنا ({reason})</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../desktop/ui/file_dialogs.py" line="48" />
            <source>Drive</source>
            <translation>قرص</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_dialogs.py" line="50" />
            <source>Folder</source>
            <translation>مجلد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_dialogs.py" line="53" />
            <source>File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_dialogs.py" line="55" />
            <source>%1 file</source>
            <translation>ملف %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_listing.py" line="25" />
            <source>%1 bytes</source>
            <translation>%1 بايت</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_listing.py" line="25" />
            <source>%1 KB</source>
            <translation>%1 ك.ب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_listing.py" line="26" />
            <source>%1 MB</source>
            <translation>%1 م.ب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_listing.py" line="26" />
            <source>%1 GB</source>
            <translation>%1 ج.ب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_listing.py" line="27" />
            <source>%1 TB</source>
            <translation>%1 ت.ب</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/ui/tabs/filter_bar.py" line="33" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tabs/filter_bar.py" line="34" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tabs/filter_bar.py" line="38" />
            <source>%1: all</source>
            <translation>%1: الكل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tabs/filter_bar.py" line="60" />
            <source>YYYY-MM-DD</source>
            <translation>سنة-شهر-يوم</translation>
        </message>
    </context>
    <context>
        <name>HeaderMenu</name>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="129" />
            <source>Reset Columns</source>
            <translation>استعادة الأعمدة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="131" />
            <source>Show every column, in the first order and widths</source>
            <translation>إظهار كل الأعمدة بترتيبها وعرضها الأصليين</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="23" />
            <source>Team Hub</source>
            <translation>مركز الفريق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="26" />
            <source>The team hub is a PostgreSQL database the team shares. Marsad sends this store's changes there and brings back everyone else's.</source>
            <translation>مركز الفريق قاعدة بيانات PostgreSQL يتشاركها الفريق. يرسل مرصد إليها تغييرات هذا المخزن ويجلب منها تغييرات الآخرين.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="39" />
            <source>When the server offers it</source>
            <translation>حين يتيحه الخادم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="39" />
            <source>Always (encrypted)</source>
            <translation>دائمًا (اتصال مشفّر)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="40" />
            <source>Always, and check the server's certificate</source>
            <translation>دائمًا، مع التحقق من شهادة الخادم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="41" />
            <source>Always, and check the certificate and the server's name</source>
            <translation>دائمًا، مع التحقق من الشهادة ومن اسم الخادم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="42" />
            <source>Never (only on a network you trust)</source>
            <translation>أبدًا (على شبكة تثق بها فقط)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="47" />
            <source>&amp;Server:</source>
            <translation>ال&amp;خادم:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="48" />
            <source>&amp;Port:</source>
            <translation>الم&amp;نفذ:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="49" />
            <source>&amp;Database:</source>
            <translation>&amp;قاعدة البيانات:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="50" />
            <source>&amp;User name:</source>
            <translation>اسم الم&amp;ستخدم:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="51" />
            <source>&amp;Encryption (TLS):</source>
            <translation>الت&amp;شفير (TLS):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="52" />
            <source>Or a ser&amp;vice:</source>
            <translation>أو &amp;خدمة:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="55" />
            <source>Marsad never asks for the password and never keeps one. PostgreSQL finds it itself: put a line “server:port:database:user:password” in the file .pgpass in your home folder (on Windows, pgpass.conf in the postgresql folder of %APPDATA%), readable by you alone; or name a service of the file .pg_service.conf, which holds the server, database and user, with the password in .pgpass.</source>
            <translation>لا يسأل مرصد عن كلمة المرور ولا يحفظها أبدًا، بل يجدها PostgreSQL بنفسه: ضع سطرًا «⁦server:port:database:user:password⁩» في الملف ⁦.pgpass⁩ في مجلدك الشخصي (وفي ويندوز: ⁦pgpass.conf⁩ في المجلد ⁦postgresql⁩ داخل ⁦%APPDATA%⁩)، ولا يقرؤه أحد غيرك؛ أو سمِّ خدمة من الملف ⁦.pg_service.conf⁩ الذي يحمل الخادم وقاعدة البيانات والمستخدم، وكلمة المرور في ⁦.pgpass⁩.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="71" />
            <source>S&amp;ync</source>
            <translation>&amp;زامِن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_dialog.py" line="96" />
            <source>Give the server and the database, or a service.</source>
            <translation>أعطِ الخادم وقاعدة البيانات، أو خدمة.</translation>
        </message>
    </context>
    <context>
        <name>HubSearchDialog</name>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="56" />
            <location filename="../../desktop/ui/team/hub_search.py" line="176" />
            <source>Search the Team Hub</source>
            <translation>البحث في مركز الفريق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="60" />
            <source>Words, "a phrase", -word, kind:quote</source>
            <translation>كلمات، "عبارة"، ‎-كلمة، صنف:اقتباس</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="63" />
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="68" />
            <source>Hub: %1</source>
            <translation>المركز: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="74" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="74" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="74" />
            <source>Changed</source>
            <translation>آخر تغيير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="74" />
            <source>Here</source>
            <translation>هنا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="80" />
            <source>Searches every record the team has sent to the hub.</source>
            <translation>يبحث في كل سجل أرسله الفريق إلى المركز.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="103" />
            <source>Searching the hub…</source>
            <translation>يجري البحث في المركز…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/hub_search.py" line="124" />
            <source>%n record(s) found on the hub, newest changes first.</source>
            <translation>
                <numerusform>لا سجلات على المركز.</numerusform>
                <numerusform>سجل واحد على المركز.</numerusform>
                <numerusform>سجلان على المركز، الأحدث تغييرًا أولًا.</numerusform>
                <numerusform>%n سجلات على المركز، الأحدث تغييرًا أولًا.</numerusform>
                <numerusform>%n سجلًا على المركز، الأحدث تغييرًا أولًا.</numerusform>
                <numerusform>%n سجل على المركز، الأحدث تغييرًا أولًا.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="125" />
            <source>Nothing on the hub matches.</source>
            <translation>لا شيء على المركز يطابق البحث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="127" />
            <source>Only the newest %1 are shown: add words to narrow the search.</source>
            <translation>لا يُعرض إلا أحدث %1: أضف كلمات لتضييق البحث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="130" />
            <source>Not applied on the hub: %1 (the hub searches words and kind: only).</source>
            <translation>لا يُطبَّق على المركز: %1 (المركز يبحث في الكلمات و kind: فقط).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="146" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="146" />
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="160" />
            <source>This record is on the hub but not in this store yet: File ▸ Team ▸ Sync with Hub brings it here.</source>
            <translation>هذا السجل على المركز وليس في هذا المخزن بعد: ملف ◂ الفريق ◂ مزامنة مع المركز تأتي به إلى هنا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/hub_search.py" line="178" />
            <source>This copy of Marsad cannot reach a team hub: it was installed without PostgreSQL support.</source>
            <translation>لا تستطيع نسخة مرصد هذه الوصول إلى مركز فريق: ثُبّتت دون دعم PostgreSQL.</translation>
        </message>
    </context>
    <context>
        <name>ImportChanges</name>
        <message>
            <location filename="../../desktop/ui/import_changes.py" line="16" />
            <source>… and %1 more</source>
            <translation>… و%1 غيرها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_changes.py" line="47" />
            <source>Changed in records already stored:</source>
            <translation>ما تغيّر في سجلات كانت محفوظة:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_changes.py" line="48" />
            <source>Kept as stored, because the store holds a later revision:</source>
            <translation>بقي كما هو محفوظ، لأن المخزن فيه نسخة أحدث منه:</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <location filename="../../desktop/ui/team/worker.py" line="93" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/worker.py" line="101" />
            <source>Stopping at the next safe point…</source>
            <translation>يتوقف عند أول نقطة آمنة…</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <location filename="../../desktop/ui/labels.py" line="102" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/labels.py" line="103" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>LengthNote</name>
        <message>
            <location filename="../../desktop/ui/dialogs/length_note.py" line="52" />
            <source>%1: very long (%2 characters); titles and names are usually under %3.</source>
            <translation>%1: طويل جدًا (%2 حرف)؛ العناوين والأسماء عادة أقصر من %3 حرف.</translation>
        </message>
    </context>
    <context>
        <name>LinkChartView</name>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="84" />
            <source>From Selection</source>
            <translation>من التحديد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="85" />
            <source>Start the chart from the selected records</source>
            <translation>ابدأ المخطط من السجلات المحددة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="86" />
            <source>From Search</source>
            <translation>من البحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="87" />
            <source>Start the chart from the search's best hits</source>
            <translation>ابدأ المخطط من أفضل نتائج البحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="88" />
            <source>Follow Search</source>
            <translation>اتبع البحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="89" />
            <source>Start the chart again whenever the search changes</source>
            <translation>ابدأ المخطط من جديد كلما تغيّر البحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="92" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="93" />
            <source>Undo the last change to the chart (Ctrl+Z)</source>
            <translation>تراجع عن آخر تغيير في المخطط (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="94" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="95" />
            <source>Redo the change undone (Ctrl+Shift+Z)</source>
            <translation>أعد التغيير الذي تراجعت عنه (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="96" />
            <source>Relayout</source>
            <translation>أعد الترتيب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="97" />
            <source>Arrange the chart again; pinned nodes stay</source>
            <translation>رتّب المخطط من جديد؛ تبقى العُقد المثبّتة مكانها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="98" />
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="98" />
            <source>Show the whole chart (0)</source>
            <translation>اعرض المخطط كله (0)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="99" />
            <source>Show Hidden</source>
            <translation>أظهر المخفي</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="101" />
            <source>Export PNG…</source>
            <translation>تصدير PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="102" />
            <source>Export SVG…</source>
            <translation>تصدير SVG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="107" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="108" />
            <source>Save the chart as a picture</source>
            <translation>احفظ المخطط صورةً</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="205" />
            <source>Select one or more records first.</source>
            <translation>حدّد سجلًا أو أكثر أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="213" />
            <source>Type a search first.</source>
            <translation>اكتب بحثًا أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="227" />
            <source>No connection of up to %1 links was found.</source>
            <translation>لم يُعثر على صلة في حدود %1 روابط.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="229" />
            <source>No connection was found before the search reached its limit.</source>
            <translation>لم يُعثر على صلة قبل أن يبلغ البحث حدّه.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="336" />
            <source>Show More</source>
            <translation>اعرض المزيد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="336" />
            <source>Expand</source>
            <translation>وسّع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="341" />
            <source>Hide</source>
            <translation>أخفِ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="344" />
            <source>Unpin</source>
            <translation>ألغِ التثبيت</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="344" />
            <source>Pin</source>
            <translation>ثبّت</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="350" />
            <source>How Is This Connected to “%1”?</source>
            <translation>كيف يتصل هذا بـ«%1»؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="354" />
            <source>How Is This Connected to…</source>
            <translation>كيف يتصل هذا بـ…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="356" />
            <source>Select a second record (Ctrl+click) or show one in the details first</source>
            <translation>حدّد سجلًا ثانيًا (Ctrl+نقرة) أو اعرض سجلًا في التفاصيل أولًا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="359" />
            <source>Show Details</source>
            <translation>اعرض التفاصيل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="386" />
            <source>Export Link Chart as PNG</source>
            <translation>تصدير مخطط الصلات صورة PNG</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="386" />
            <source>Export Link Chart as SVG</source>
            <translation>تصدير مخطط الصلات رسمًا SVG</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="400" />
            <source>That cannot be done on this node.</source>
            <translation>لا يمكن فعل ذلك بهذه العقدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="411" />
            <source>Select a record or search, then choose “From Selection” or “From Search”.</source>
            <translation>حدّد سجلًا أو ابحث، ثم اختر «من التحديد» أو «من البحث».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="412" />
            <source>Double-click a node to show what it is tied to.</source>
            <translation>انقر عقدةً نقرًا مزدوجًا لتعرض ما ترتبط به.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="414" />
            <source>The layout was cut short to keep the chart responsive; choose Relayout to go on.</source>
            <translation>قُطع الترتيب قبل تمامه ليبقى المخطط سريع الاستجابة؛ اختر «أعد الترتيب» لمتابعته.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/link_chart.py" line="416" />
            <source>The chart holds at most %1 nodes; the rest wait behind the “more” nodes.</source>
            <translation>لا يتسع المخطط لأكثر من %1 عقدة؛ البقية تنتظر خلف عُقد «المزيد».</translation>
        </message>
    </context>
    <context>
        <name>LinkRow</name>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="68" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="59" />
            <source>The part this record played: pick one or type another</source>
            <translation>الدور الذي أدّاه: اختر واحدًا أو اكتب غيره</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="41" />
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="42" />
            <source>Remove this link</source>
            <translation>أزل هذا الربط</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="64" />
            <source>The part this record played</source>
            <translation>الدور الذي أدّاه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="66" />
            <source>Role, e.g. perpetrator</source>
            <translation>الدور، مثل: المنفذ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="106" />
            <source>Select a record to see it whole.</source>
            <translation>اختر سجلًا لعرضه كاملًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="115" />
            <location filename="../../desktop/ui/main_window.py" line="260" />
            <location filename="../../desktop/ui/main_window.py" line="265" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="146" />
            <source> (read-only)</source>
            <translation> (للقراءة فقط)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="325" />
            <source>Marsad — %1</source>
            <translation>مرصد — %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="376" />
            <source>Another program changed the store; the tabs show its changes.</source>
            <translation>غيّر برنامج آخر المخزن؛ تعرض التبويبات تغييراته.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="116" />
            <source>Added to the briefing: %n of %1. Press %2 again to add the next ones.</source>
            <translation>
                <numerusform>لم يُضف إلى الإيجاز شيء من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
                <numerusform>أُضيف إلى الإيجاز سجل واحد من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
                <numerusform>أُضيف إلى الإيجاز سجلان من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
                <numerusform>أُضيفت إلى الإيجاز %n سجلات من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
                <numerusform>أُضيف إلى الإيجاز %n سجلًا من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
                <numerusform>أُضيف إلى الإيجاز %n سجل من %1. اضغط %2 مرة أخرى لإضافة التالية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="124" />
            <source>Added to the briefing: %n</source>
            <translation>
                <numerusform>لم يُضف شيء إلى الإيجاز</numerusform>
                <numerusform>أُضيف سجل واحد إلى الإيجاز</numerusform>
                <numerusform>أُضيف سجلان إلى الإيجاز</numerusform>
                <numerusform>أُضيفت %n سجلات إلى الإيجاز</numerusform>
                <numerusform>أُضيف %n سجلًا إلى الإيجاز</numerusform>
                <numerusform>أُضيف %n سجل إلى الإيجاز</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/basket_status.py" line="123" />
            <source>Those records are already in the briefing.</source>
            <translation>هذه السجلات موجودة في الإيجاز من قبل.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/editing.py" line="129" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/editing.py" line="130" />
            <source>Delete %n record(s)? You can undo this.</source>
            <translation>
                <numerusform>لا سجلات للحذف.</numerusform>
                <numerusform>حذف سجل واحد؟ يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>حذف سجلين؟ يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>حذف %n سجلات؟ يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>حذف %n سجلًا؟ يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>حذف %n سجل؟ يمكنك التراجع عن ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/editing.py" line="157" />
            <location filename="../../desktop/ui/main_window.py" line="414" />
            <source>Marsad</source>
            <translation>مرصد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="413" />
            <source>About Marsad</source>
            <translation>عن مرصد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="415" />
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="416" />
            <source>An offline reference of events, actors, quotes, places and sources for news and security analysts.</source>
            <translation>مرجع يعمل دون اتصال للأحداث والفاعلين والاقتباسات والأماكن والمصادر، لمحللي الأخبار والأمن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="43" />
            <source>ID</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="50" />
            <source>New Store</source>
            <translation>مخزن جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="51" />
            <location filename="../../desktop/ui/file_actions.py" line="213" />
            <source>Marsad stores (*.db)</source>
            <translation>مخازن مرصد (*.db)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="57" />
            <source>Open Store</source>
            <translation>فتح مخزن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="58" />
            <source>Marsad stores (*.db);;All files (*)</source>
            <translation>مخازن مرصد (*.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="67" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="69" />
            <source>Records, articles and event data</source>
            <translation>سجلات ومقالات وبيانات أحداث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="71" />
            <source>All files</source>
            <translation>كل الملفات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="86" />
            <source>Article from Clipboard</source>
            <translation>مقال من الحافظة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="87" />
            <source>The clipboard holds no text. Copy an article first.</source>
            <translation>لا نص في الحافظة. انسخ مقالًا أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="118" />
            <source>Created %1, updated %2 records.</source>
            <translation>أُنشئ %1 وحُدّث %2 من السجلات.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="135" />
            <source>Export %n Selected Record(s)…</source>
            <translation>
                <numerusform>تصدير لا سجلات محددة…</numerusform>
                <numerusform>تصدير السجل المحدد…</numerusform>
                <numerusform>تصدير السجلين المحددين…</numerusform>
                <numerusform>تصدير %n سجلات محددة…</numerusform>
                <numerusform>تصدير %n سجلًا محددًا…</numerusform>
                <numerusform>تصدير %n سجل محدد…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="162" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="165" />
            <source>Export %n selected record(s)</source>
            <translation>
                <numerusform>تصدير لا سجلات محددة</numerusform>
                <numerusform>تصدير سجل محدد واحد</numerusform>
                <numerusform>تصدير سجلين محددين</numerusform>
                <numerusform>تصدير %n سجلات محددة</numerusform>
                <numerusform>تصدير %n سجلًا محددًا</numerusform>
                <numerusform>تصدير %n سجل محدد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="167" />
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="169" />
            <source>CSV, the records of this tab (*.csv)</source>
            <translation>CSV، سجلات هذا التبويب (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="171" />
            <source>CSV, the selected records (*.csv)</source>
            <translation>CSV، السجلات المحددة (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="172" />
            <source>FollowTheMoney for Aleph (*.ftm.json)</source>
            <translation>FollowTheMoney لمنصة Aleph (*.ftm.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="194" />
            <source>Exported to %1</source>
            <translation>صُدّر إلى %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="197" />
            <source>Exported %n selected record(s) to %1</source>
            <translation>
                <numerusform>لم يُصدَّر أي سجل محدد إلى %1</numerusform>
                <numerusform>صُدّر سجل محدد واحد إلى %1</numerusform>
                <numerusform>صُدّر سجلان محددان إلى %1</numerusform>
                <numerusform>صُدّرت %n سجلات محددة إلى %1</numerusform>
                <numerusform>صُدّر %n سجلًا محددًا إلى %1</numerusform>
                <numerusform>صُدّر %n سجل محدد إلى %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="207" />
            <source>%1 already exists. Replace it?</source>
            <translation>%1 موجود من قبل. أتستبدله؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="212" />
            <source>Back Up</source>
            <translation>نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="222" />
            <source>Backed up to %1</source>
            <translation>حُفظت نسخة احتياطية في %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="239" />
            <source>Replace everything in this store with the copy taken %1?

The store as it is now is copied first, so this can be undone the same way.</source>
            <translation>أتستبدل كل ما في هذا المخزن بالنسخة المأخوذة في %1؟

يُنسخ المخزن كما هو الآن أولًا، فيمكن التراجع عن ذلك بالطريقة نفسها.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/file_actions.py" line="253" />
            <source>Restored. The store as it was is kept among the automatic backups.</source>
            <translation>تم الاسترجاع. حُفظ المخزن كما كان بين النسخ الاحتياطية التلقائية.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="293" />
            <source>Today's automatic backup is done.</source>
            <translation>أُخذت نسخة اليوم الاحتياطية التلقائية من المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="299" />
            <source>The automatic backup failed: %1</source>
            <translation>تعذّر أخذ النسخة الاحتياطية التلقائية: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/basket_actions.py" line="18" />
            <source>Select records, or search, to add them to the briefing.</source>
            <translation>حدّد سجلات، أو ابحث، لإضافتها إلى الإيجاز.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_actions.py" line="64" />
            <source>Type more, or press Enter to search for “%1”</source>
            <translation>اكتب المزيد، أو اضغط Enter للبحث عن «%1»</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_actions.py" line="138" />
            <location filename="../../desktop/ui/search_actions.py" line="142" />
            <source>Search: %1</source>
            <translation>البحث: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/search_actions.py" line="155" />
            <source>%n found</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجةً</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_actions.py" line="158" />
            <source>Nothing matches “%1”</source>
            <translation>لا شيء يطابق «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/search_actions.py" line="159" />
            <source>in %n ms</source>
            <translation>
                <numerusform>في أقل من ملّي ثانية</numerusform>
                <numerusform>في ملّي ثانية واحدة</numerusform>
                <numerusform>في ملّي ثانيتين</numerusform>
                <numerusform>في %n ملّي ثانية</numerusform>
                <numerusform>في %n ملّي ثانية</numerusform>
                <numerusform>في %n ملّي ثانية</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_actions.py" line="213" />
            <source>Search for something first, then save the search.</source>
            <translation>ابحث عن شيء أولًا، ثم احفظ البحث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_actions.py" line="219" />
            <source>Saved the search as “%1”.</source>
            <translation>حُفظ البحث باسم «%1».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_actions.py" line="27" />
            <source>&amp;Timeline</source>
            <translation>ال&amp;خط الزمني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_actions.py" line="27" />
            <source>&amp;Link Chart</source>
            <translation>مخطط ال&amp;صلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_actions.py" line="27" />
            <source>&amp;Map</source>
            <translation>ال&amp;خريطة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_actions.py" line="86" />
            <source>Show the timeline, the link chart or the map first.</source>
            <translation>اعرض الخط الزمني أو مخطط الصلات أو الخريطة أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_actions.py" line="92" />
            <source>Figure added to the briefing.</source>
            <translation>أُضيف الشكل إلى الإيجاز.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/table_actions.py" line="46" />
            <source>Copied.</source>
            <translation>نُسخ.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="19" />
            <source>S&amp;ync with Hub…</source>
            <translation>م&amp;زامنة مع المركز…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="20" />
            <source>Send this store's changes to the team hub and bring back everyone else's</source>
            <translation>أرسل تغييرات هذا المخزن إلى مركز الفريق واجلب تغييرات الآخرين</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="22" />
            <source>Change &amp;Hub…</source>
            <translation>تغيير الم&amp;ركز…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="23" />
            <source>Sync with another hub, or correct this one's address</source>
            <translation>زامِن مع مركز آخر، أو صحّح عنوان هذا المركز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="24" />
            <source>&amp;Export Changes for a Peer…</source>
            <translation>ت&amp;صدير التغييرات إلى نظير…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="25" />
            <source>Write the changes another store has not had yet to a file, for air-gapped work</source>
            <translation>اكتب في ملف التغييرات التي لم تصل إلى مخزن آخر بعد، للعمل بلا شبكة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="27" />
            <source>&amp;Apply Changes from a Peer…</source>
            <translation>ت&amp;طبيق تغييرات من نظير…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="28" />
            <source>Merge a file of changes another store wrote</source>
            <translation>ادمج ملف تغييرات كتبه مخزن آخر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="29" />
            <source>Search the &amp;Hub…</source>
            <translation>البحث في الم&amp;ركز…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="30" />
            <source>Find the whole team's records on the hub, as this store's search finds its own</source>
            <translation>ابحث في سجلات الفريق كله على المركز، كما يبحث هذا المخزن في سجلاته</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="32" />
            <source>&amp;Conflicts…</source>
            <translation>الت&amp;عارضات…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="33" />
            <source>Records changed here and at another store: choose what to keep</source>
            <translation>سجلات تغيّرت هنا وفي مخزن آخر: اختر ما تُبقي عليه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/actions.py" line="38" />
            <source>&amp;Team</source>
            <translation>ال&amp;فريق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="51" />
            <source>&amp;New Store…</source>
            <translation>مخزن &amp;جديد…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="52" />
            <source>&amp;Open Store…</source>
            <translation>&amp;فتح مخزن…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="53" />
            <source>&amp;Import…</source>
            <translation>&amp;استيراد…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="54" />
            <source>Article from &amp;Clipboard…</source>
            <translation>مقال من ال&amp;حافظة…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="56" />
            <source>Import an article copied from a browser: its date, outlet and address first, then extraction and review</source>
            <translation>استيراد مقال منسوخ من المتصفح: تاريخه ووسيلته ورابطه أولًا، ثم الاستخراج والمراجعة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="58" />
            <source>&amp;Export…</source>
            <translation>ت&amp;صدير…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="64" />
            <source>&amp;Back Up…</source>
            <translation>نسخة &amp;احتياطية…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="65" />
            <source>&amp;Restore from an Automatic Backup…</source>
            <translation>ا&amp;سترجاع من نسخة احتياطية تلقائية…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="66" />
            <source>Put back the store as it was before an upgrade, a repair, a restore, a large import, or on an earlier day</source>
            <translation>إعادة المخزن إلى ما كان عليه قبل ترقية أو إصلاح أو استرجاع أو استيراد كبير، أو في يوم سابق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="68" />
            <source>&amp;Print Briefing…</source>
            <translation>&amp;طباعة إيجاز…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="69" />
            <source>Open the briefing composer: basket, options, preview, print and PDF</source>
            <translation>افتح محرر الإيجاز: السلة والخيارات والمعاينة والطباعة وPDF</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="70" />
            <source>Add to &amp;Briefing</source>
            <translation>إضافة إلى الإ&amp;يجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="71" />
            <source>Add the selected records, or what the search found, to the briefing</source>
            <translation>أضف السجلات المحددة، أو نتائج البحث، إلى الإيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="72" />
            <source>Re&amp;view Proposals…</source>
            <translation>&amp;مراجعة المقترحات…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="73" />
            <source>Review the records proposed by article imports, beside their article</source>
            <translation>راجِع السجلات المقترحة من استيراد المقالات بجانب مقالها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="74" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="77" />
            <source>&amp;New Record</source>
            <translation>سجل &amp;جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="78" />
            <source>Create a record of the kind shown</source>
            <translation>أنشئ سجلًا من النوع المعروض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="82" />
            <source>New %1</source>
            <translation>%1 جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="84" />
            <source>&amp;Edit…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="84" />
            <source>Edit the selected record</source>
            <translation>عدّل السجل المحدد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="85" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="86" />
            <source>Delete the selected records</source>
            <translation>احذف السجلات المحددة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="87" />
            <source>&amp;Accept</source>
            <translation>&amp;قبول</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="88" />
            <source>Mark the selected unreviewed records as confirmed</source>
            <translation>اعتمد السجلات غير المراجعة المحددة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="89" />
            <source>&amp;Reject</source>
            <translation>&amp;رفض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="90" />
            <source>Delete the selected unreviewed records</source>
            <translation>احذف السجلات غير المراجعة المحددة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="91" />
            <source>Show &amp;Unreviewed Only</source>
            <translation>اعرض &amp;غير المراجَع فقط</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="92" />
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="95" />
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="105" />
            <source>&amp;Find</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="106" />
            <source>Search every tab</source>
            <translation>ابحث في كل التبويبات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="107" />
            <source>&amp;Save Search…</source>
            <translation>&amp;حفظ البحث…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="108" />
            <source>Name this search, to run it again from Search ▸ Saved Searches</source>
            <translation>سمِّ هذا البحث لتعيد تشغيله من بحث ◂ عمليات البحث المحفوظة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="109" />
            <source>Sort by &amp;Relevance</source>
            <translation>الترتيب حسب ال&amp;صلة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="110" />
            <source>Best matches first, as the command line ranks them; click a column to sort by it instead</source>
            <translation>أقرب النتائج أولًا كما يرتّبها سطر الأوامر؛ انقر عمودًا للترتيب حسبه بدلًا من ذلك</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="113" />
            <source>&amp;Preferences…</source>
            <translation>التف&amp;ضيلات…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="120" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="121" />
            <source>Forward</source>
            <translation>تقدّم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="130" />
            <source>Go to &amp;Details</source>
            <translation>انتقل إلى ال&amp;تفاصيل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="131" />
            <source>Go to &amp;Table</source>
            <translation>انتقل إلى ال&amp;جدول</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="139" />
            <source>&amp;About Marsad</source>
            <translation>&amp;عن مرصد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="140" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="145" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="148" />
            <source>Open &amp;Recent</source>
            <translation>المخازن ال&amp;أخيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="159" />
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="164" />
            <source>New Record of Kind</source>
            <translation>سجل جديد من نوع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="170" />
            <source>&amp;Search</source>
            <translation>ب&amp;حث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="173" />
            <source>Sa&amp;ved Searches</source>
            <translation>عمليات البحث ال&amp;محفوظة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="176" />
            <source>Recent Searc&amp;hes</source>
            <translation>عمليات البحث الأ&amp;خيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="181" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="191" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="194" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="203" />
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="218" />
            <source>Search everything (Ctrl+F): words, "a phrase", -word, actor:name</source>
            <translation>ابحث في كل شيء (Ctrl+F): كلمات، "عبارة"، ‎-كلمة، فاعل:اسم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/window_actions.py" line="221" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="110" />
            <source>Places without coordinates</source>
            <translation>أماكن بلا إحداثيات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="158" />
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="158" />
            <source>Show every place drawn (0)</source>
            <translation>اعرض كل الأماكن المرسومة (0)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="159" />
            <source>Zoom In</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="160" />
            <source>Zoom in (+)</source>
            <translation>تكبير (+)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="161" />
            <source>Zoom Out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="162" />
            <source>Zoom out (−)</source>
            <translation>تصغير (−)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="163" />
            <source>World</source>
            <translation>العالم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="163" />
            <source>Show the whole world</source>
            <translation>اعرض العالم كله</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="165" />
            <source>Places Without Coordinates</source>
            <translation>أماكن بلا إحداثيات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="166" />
            <source>Show or hide the list of places the map cannot draw</source>
            <translation>أظهر أو أخفِ قائمة الأماكن التي لا تستطيع الخريطة رسمها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="170" />
            <source>Export PNG…</source>
            <translation>تصدير PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="171" />
            <source>Export SVG…</source>
            <translation>تصدير SVG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="172" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="173" />
            <source>Save the map as a picture</source>
            <translation>احفظ الخريطة صورةً</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="341" />
            <source>Zoom In Here</source>
            <translation>كبّر هنا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="344" />
            <source>Select These Places</source>
            <translation>حدّد هذه الأماكن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="348" />
            <source>Show Details</source>
            <translation>اعرض التفاصيل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="351" />
            <source>Select the Events Here</source>
            <translation>حدّد الأحداث هنا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="378" />
            <source>Places without coordinates: %1</source>
            <translation>أماكن بلا إحداثيات: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="382" />
            <source>Not on the map: %1</source>
            <translation>غير مرسومة على الخريطة: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="383" />
            <source>Approximate position: %1</source>
            <translation>موضع تقريبي: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="409" />
            <source>events: %1</source>
            <translation>الأحداث: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="392" />
            <source>%1 more; search to narrow the list</source>
            <translation>وغيرها: %1؛ ابحث لتضييق القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="421" />
            <source>Its events are drawn at “%1”, the nearest place around it with coordinates.</source>
            <translation>أحداثه مرسومة عند «%1»، أقرب مكان يحويه له إحداثيات.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="424" />
            <source>Drawn at an approximate position from the shipped gazetteer.</source>
            <translation>مرسوم في موقع تقريبي من المعجم الجغرافي المرفق.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="426" />
            <source>Drawn at the middle of the country on the basemap.</source>
            <translation>مرسوم في وسط البلد على الخريطة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="427" />
            <source>Not on the map: add its coordinates to place it.</source>
            <translation>ليس على الخريطة: أضف إحداثياته ليظهر عليها.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="468" />
            <source>Export Map as PNG</source>
            <translation>تصدير الخريطة صورة PNG</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/map_view.py" line="468" />
            <source>Export Map as SVG</source>
            <translation>تصدير الخريطة رسمًا SVG</translation>
        </message>
    </context>
    <context>
        <name>PeerDialog</name>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="39" />
            <source>Export Changes for a Peer</source>
            <translation>تصدير التغييرات إلى نظير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="42" />
            <source>Marsad writes the changes this peer has not been sent yet to a file, to carry to it and apply there (File ▸ Team ▸ Apply Changes from a Peer). A new peer gets every record.</source>
            <translation>يكتب مرصد في ملف التغييرات التي لم تُرسل إلى هذا النظير بعد، لتحملها إليه وتطبّقها هناك (ملف ◂ الفريق ◂ تطبيق تغييرات من نظير). والنظير الجديد يتلقى كل السجلات.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="52" />
            <source>This store's site:</source>
            <translation>موقع هذا المخزن:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="59" />
            <source>the other store's site id</source>
            <translation>معرّف موقع المخزن الآخر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="60" />
            <source>&amp;Peer:</source>
            <translation>ال&amp;نظير:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="64" />
            <source>office, field-laptop (optional)</source>
            <translation>⁦office⁩ أو ⁦field-laptop⁩ (اختياري)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="65" />
            <source>&amp;Name a new peer:</source>
            <translation>ا&amp;سم النظير الجديد:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="67" />
            <source>The other store shows its site id here too, or prints it with “marsad site”.</source>
            <translation>يعرض المخزن الآخر معرّف موقعه هنا أيضًا، أو يطبعه بالأمر «⁦marsad site⁩».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="96" />
            <source>Choose a peer, or give the other store's site id.</source>
            <translation>اختر نظيرًا، أو أعطِ معرّف موقع المخزن الآخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="98" />
            <source>That is this store's own site: give the other store's.</source>
            <translation>هذا موقع هذا المخزن نفسه: أعطِ موقع المخزن الآخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="100" />
            <source>A new peer is given by its site id (as “marsad site” prints it).</source>
            <translation>يُعطى النظير الجديد بمعرّف موقعه (كما يطبعه «⁦marsad site⁩»).</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="16" />
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="22" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="28" />
            <source>Marsad copies the store before upgrades, restores and large imports, and once a day when it changed; older copies beyond this number are removed.</source>
            <translation>ينسخ مرصد المخزن قبل الترقية والاستعادة والاستيراد الكبير، ومرة في اليوم إذا تغيّر؛ وتُحذف النسخ الأقدم بعد هذا العدد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="30" />
            <source>Automatic &amp;backups kept per store</source>
            <translation>عدد النسخ الا&amp;حتياطية التلقائية لكل مخزن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="37" />
            <source>Western (0123)</source>
            <translation>أرقام غربية (0123)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="38" />
            <source>Arabic-Indic (٠١٢٣)</source>
            <translation>أرقام مشرقية (٠١٢٣)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="40" />
            <source>The digits of counts and dates in the Arabic interface; the English interface always writes 0123.</source>
            <translation>أرقام الأعداد والتواريخ في الواجهة العربية؛ أما الواجهة الإنجليزية فتكتب 0123 دائمًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="42" />
            <source>&amp;Digits</source>
            <translation>الأ&amp;رقام</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="46" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="46" />
            <source>Letter</source>
            <translation>خطاب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="50" />
            <source>The paper a new briefing starts with; each briefing can change it.</source>
            <translation>الورق الذي يبدأ به كل إيجاز جديد؛ ولكل إيجاز أن يغيّره.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="51" />
            <source>Briefing &amp;paper</source>
            <translation>&amp;ورق الإيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="57" />
            <source>System size</source>
            <translation>حجم النظام</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="58" />
            <source> pt</source>
            <translation> نقطة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="60" />
            <source>The text size of the tables and the detail pane.</source>
            <translation>حجم نص الجداول ولوحة التفاصيل.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/preferences.py" line="61" />
            <source>&amp;Text size</source>
            <translation>حجم ال&amp;نص</translation>
        </message>
    </context>
    <context>
        <name>ReadFailures</name>
        <message>
            <location filename="../../desktop/ui/read_failures.py" line="58" />
            <source>The Store Cannot Be Read</source>
            <translation>تتعذّر قراءة المخزن</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_failures.py" line="61" />
            <source>The window keeps what it shows, which may be out of date. Open the store again to read it afresh.</source>
            <translation>تُبقي النافذة ما تعرضه، وقد لا يكون محدَّثًا. افتح المخزن مرة أخرى لتُقرأ محتوياته من جديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_failures.py" line="63" />
            <source>Open Again</source>
            <translation>افتحه مرة أخرى</translation>
        </message>
    </context>
    <context>
        <name>RecentStores</name>
        <message>
            <location filename="../../desktop/ui/recent_stores.py" line="52" />
            <source>%1 (missing)</source>
            <translation>%1 (غير موجود)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/recent_stores.py" line="59" />
            <source>No other stores opened lately</source>
            <translation>لم تُفتح مخازن أخرى مؤخرًا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/recent_stores.py" line="62" />
            <source>Remove Missing Stores</source>
            <translation>إزالة المخازن غير الموجودة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/recent_stores.py" line="66" />
            <source>Clear the List</source>
            <translation>مسح القائمة</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="71" />
            <source>Edit %1</source>
            <translation>تعديل %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="71" />
            <source>New %1</source>
            <translation>%1 جديد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="100" />
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="271" />
            <source>Save (Ctrl+S or Ctrl+Enter)</source>
            <translation>حفظ (Ctrl+S أو Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="196" />
            <source>The date is the source’s publication date; change it if the words are older.</source>
            <translation>التاريخ هو تاريخ نشر المصدر؛ غيّره إن كان الكلام أقدم.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="355" />
            <source>Discard your changes?</source>
            <translation>أتتخلى عن تغييراتك؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="357" />
            <source>Discard</source>
            <translation>تخلَّ عنها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="359" />
            <source>Keep Editing</source>
            <translation>تابع التحرير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/record_editor.py" line="386" />
            <source>Marsad</source>
            <translation>مرصد</translation>
        </message>
    </context>
    <context>
        <name>ReferenceEdit</name>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_edit.py" line="57" />
            <source>Type a name, then pick from the list</source>
            <translation>اكتب اسمًا ثم اختر من القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_edit.py" line="92" />
            <source>Create new %1 “%2”…</source>
            <translation>إنشاء %1 جديد «%2»…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_edit.py" line="222" />
            <source>No single record matches “%1”; pick one from the list</source>
            <translation>لا يطابق «%1» سجلًا واحدًا؛ اختر من القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/suggestion_view.py" line="45" />
            <source>also known as %1</source>
            <translation>ويُعرف باسم %1</translation>
        </message>
    </context>
    <context>
        <name>ReferenceList</name>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="99" />
            <source>Add: type a name, then pick from the list</source>
            <translation>إضافة: اكتب اسمًا ثم اختر من القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/reference_list.py" line="100" />
            <source>Add a %1</source>
            <translation>إضافة %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="27" />
            <source>Before the upgrade to schema %1</source>
            <translation>قبل الترقية إلى المخطط %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="29" />
            <source>Before a repair</source>
            <translation>قبل إصلاح</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="30" />
            <source>Before a restore</source>
            <translation>قبل استرجاع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="31" />
            <source>Before a large import</source>
            <translation>قبل استيراد كبير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="32" />
            <source>Daily</source>
            <translation>يومية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="42" />
            <source>Restore from an Automatic Backup</source>
            <translation>الاسترجاع من نسخة احتياطية تلقائية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="45" />
            <source>Marsad copies the store before upgrades, repairs, restores and large imports, and once a day. Restoring keeps a copy of the store as it is now.</source>
            <translation>ينسخ مرصد المخزن قبل الترقيات والإصلاحات والاسترجاع والاستيرادات الكبيرة، ومرة كل يوم. ويحتفظ الاسترجاع بنسخة من المخزن كما هو الآن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="50" />
            <source>Taken</source>
            <translation>أُخذت في</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="50" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="50" />
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="50" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="63" />
            <source>Cannot be read</source>
            <translation>تتعذّر قراءتها</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="64" />
            <source>%1 MB</source>
            <translation>%1 م.ب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="72" />
            <source>There are no automatic backups of this store yet.</source>
            <translation>لا توجد بعد نسخ احتياطية تلقائية لهذا المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/restore_backup.py" line="76" />
            <source>Restore</source>
            <translation>استرجاع</translation>
        </message>
    </context>
    <context>
        <name>ReviewConflicts</name>
        <message>
            <location filename="../../desktop/ui/team/review_link.py" line="64" />
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/review_link.py" line="65" />
            <source>No imported article has proposals waiting for review, but %n conflict(s) from other stores wait for you to choose what to keep. Show them?</source>
            <translation>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة. أتعرض التعارضات؟</numerusform>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن تعارضًا واحدًا مع مخزن آخر ينتظر أن تختار ما تُبقي عليه. أتعرضه؟</numerusform>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن تعارضين مع مخازن أخرى ينتظران أن تختار ما تُبقي عليه. أتعرضهما؟</numerusform>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارضات مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. أتعرضها؟</numerusform>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارضًا مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. أتعرضها؟</numerusform>
                <numerusform>لا مقال مستورد فيه مقترحات تنتظر المراجعة، لكن %n تعارض مع مخازن أخرى تنتظر أن تختار ما تُبقي عليه. أتعرضها؟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RowMenu</name>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="52" />
            <source>Copy with Citation</source>
            <translation>نسخ مع التوثيق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="55" />
            <source>The text with its speaker, title, outlet and date, ready to paste into a report</source>
            <translation>النص مع قائله وصفته والوسيلة والتاريخ، جاهزًا للصق في تقرير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="56" />
            <source>Copy with English Citation</source>
            <translation>نسخ مع توثيق بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="57" />
            <source>Copy with Arabic Citation</source>
            <translation>نسخ مع توثيق بالعربية</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="63" />
            <source>Copy as Plain Text</source>
            <translation>نسخ نصًّا عاديًّا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="70" />
            <source>Copy Record Ids</source>
            <translation>نسخ معرّفات السجلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="82" />
            <source>Open a Source</source>
            <translation>فتح مصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="90" />
            <source>Open the Source</source>
            <translation>فتح المصدر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="94" />
            <source>This record names no source</source>
            <translation>لا يذكر هذا السجل مصدرًا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="103" />
            <source>Filter by %1: %2</source>
            <translation>تصفية حسب %1: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/context_menus.py" line="107" />
            <source>Search for %1</source>
            <translation>البحث عن %1</translation>
        </message>
    </context>
    <context>
        <name>SearchHistory</name>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="114" />
            <source>No searches yet</source>
            <translation>لا عمليات بحث بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="116" />
            <source>Clear Recent Searches</source>
            <translation>مسح عمليات البحث الأخيرة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="131" />
            <source>No saved searches: search, then Search ▸ Save Search…</source>
            <translation>لا عمليات بحث محفوظة: ابحث، ثم بحث ◂ حفظ البحث…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="135" />
            <source>Forget a Saved Search</source>
            <translation>حذف بحث محفوظ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="144" />
            <source>Save Search</source>
            <translation>حفظ البحث</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/search_history.py" line="145" />
            <source>Name of the search “%1”:</source>
            <translation>اسم البحث «%1»:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/ui/dialogs/shortcuts.py" line="29" />
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/shortcuts.py" line="35" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/shortcuts.py" line="35" />
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>StoryArea</name>
        <message>
            <location filename="../../desktop/ui/story_area.py" line="58" />
            <source>Add this view to the briefing as a figure</source>
            <translation>أضف هذا العرض إلى الإيجاز شكلًا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_area.py" line="64" />
            <source>Hide the timeline, link chart and map</source>
            <translation>أخفِ الخط الزمني ومخطط الصلات والخريطة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_area.py" line="72" />
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_area.py" line="72" />
            <source>Link Chart</source>
            <translation>مخطط الصلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story_area.py" line="72" />
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
    </context>
    <context>
        <name>TeamExchange</name>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="109" />
            <source>Export Changes for a Peer</source>
            <translation>تصدير التغييرات إلى نظير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="111" />
            <source>This store is open read-only: exporting changes notes what was sent in it. Open it for writing first.</source>
            <translation>هذا المخزن مفتوح للقراءة فقط، وتصدير التغييرات يسجّل فيه ما أُرسل. افتحه للكتابة أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="127" />
            <source>Marsad change bundles (*.jsonl)</source>
            <translation>حزم تغييرات مرصد (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="138" />
            <source>Writing the changes…</source>
            <translation>تُكتب التغييرات…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="141" />
            <source>No changes were written to %1.</source>
            <translation>لم يُكتب شيء من التغييرات في %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="146" />
            <source>Wrote the changes for %1 to %2.</source>
            <translation>كُتبت التغييرات الموجّهة إلى %1 في %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="148" />
            <source>Changed records: %1</source>
            <translation>سجلات متغيّرة: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="150" />
            <source>Deletions: %1</source>
            <translation>محذوفات: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="158" />
            <source>Apply Changes from a Peer</source>
            <translation>تطبيق تغييرات من نظير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="160" />
            <source>This store is open read-only: applying changes would write to it. Open it for writing first.</source>
            <translation>هذا المخزن مفتوح للقراءة فقط، وتطبيق التغييرات يكتب فيه. افتحه للكتابة أولًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="166" />
            <source>Marsad change bundles (*.jsonl);;All files (*)</source>
            <translation>حزم تغييرات مرصد (*.jsonl);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="176" />
            <source>Applying the changes in %1…</source>
            <translation>تُطبَّق التغييرات التي في %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="181" />
            <source>The changes in %1 were not applied; nothing in the store changed.</source>
            <translation>لم تُطبَّق التغييرات التي في %1؛ ولم يتغيّر شيء في المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="194" />
            <source>Applied: %1</source>
            <translation>طُبّق: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="195" />
            <source>Skipped (here already, or older): %1</source>
            <translation>تُرك (موجود هنا، أو أقدم): %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="197" />
            <source>In conflict, waiting for you: %1</source>
            <translation>متعارضة تنتظر قرارك: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="200" />
            <source>Made alike on both sides: %1</source>
            <translation>متطابقة في الجهتين: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="203" />
            <source>Conflicts resolved at the other store: %1</source>
            <translation>تعارضات حُلّت في المخزن الآخر: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="205" />
            <source>Applied the changes from %1.</source>
            <translation>طُبّقت التغييرات الواردة من %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/exchange.py" line="207" />
            <source>This store already had every change from %1.</source>
            <translation>في هذا المخزن كل التغييرات الواردة من %1 من قبل.</translation>
        </message>
    </context>
    <context>
        <name>TeamReport</name>
        <message>
            <location filename="../../desktop/ui/team/report.py" line="27" />
            <source>Show &amp;Conflicts</source>
            <translation>عرض الت&amp;عارضات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/report.py" line="29" />
            <source>Change &amp;Hub…</source>
            <translation>تغيير الم&amp;ركز…</translation>
        </message>
    </context>
    <context>
        <name>TeamStatusButton</name>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="37" />
            <source>Hub: %1</source>
            <translation>المركز: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="39" />
            <source>Shared by file</source>
            <translation>مشاركة بالملفات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="41" />
            <source>No team hub</source>
            <translation>بلا مركز فريق</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="43" />
            <source>To send: %1</source>
            <translation>للإرسال: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="45" />
            <source>Conflicts: %1</source>
            <translation>تعارضات: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="51" />
            <source>Team hub: %1</source>
            <translation>مركز الفريق: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="52" />
            <source>This store is on no team hub; it exchanges changes by file (File ▸ Team).</source>
            <translation>هذا المخزن ليس على مركز فريق؛ يتبادل التغييرات بالملفات (ملف ◂ الفريق).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="54" />
            <source>Last sync: %1</source>
            <translation>آخر مزامنة: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="54" />
            <source>Last exchange: %1</source>
            <translation>آخر تبادل: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="57" />
            <source>Never synced</source>
            <translation>لم تجرِ مزامنة بعد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="59" />
            <source>Changes waiting to go out: %1</source>
            <translation>تغييرات تنتظر الإرسال: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="60" />
            <source>Open conflicts: %1</source>
            <translation>تعارضات مفتوحة: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/status.py" line="61" />
            <source>Click to see the conflicts and resolve them.</source>
            <translation>انقر لعرض التعارضات وحلّها.</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="39" />
            <location filename="../../desktop/ui/team/sync_run.py" line="90" />
            <source>Sync with Hub</source>
            <translation>المزامنة مع المركز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="41" />
            <source>This copy of Marsad cannot sync with a team hub: it was installed without PostgreSQL support.</source>
            <translation>لا تستطيع نسخة مرصد هذه المزامنة مع مركز فريق: ثُبّتت بلا دعم PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="44" />
            <source>Changes can still go to other stores by file: File ▸ Team ▸ Export Changes for a Peer.</source>
            <translation>ما زال بالإمكان نقل التغييرات إلى المخازن الأخرى بالملفات: ملف ◂ الفريق ◂ تصدير التغييرات إلى نظير.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="48" />
            <source>This store is open read-only: a sync would write to it. Open it for writing to sync.</source>
            <translation>هذا المخزن مفتوح للقراءة فقط، والمزامنة تكتب فيه. افتحه للكتابة لتزامنه.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="59" />
            <source>Syncing with %1…</source>
            <translation>تجري المزامنة مع %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="80" />
            <source>Syncing…</source>
            <translation>تجري المزامنة…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="96" />
            <source>Sent to the hub: %1</source>
            <translation>أُرسل إلى المركز: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="97" />
            <source>Received from the hub: %1</source>
            <translation>وصل من المركز: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="99" />
            <source>In conflict, waiting for you: %1</source>
            <translation>متعارضة تنتظر قرارك: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="101" />
            <source>Synced with %1.</source>
            <translation>تمّت المزامنة مع %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="107" />
            <source>The sync was stopped before it finished: nothing was changed, here or on the hub. Sync again when you are ready.</source>
            <translation>أُوقفت المزامنة قبل أن تكتمل: لم يتغيّر شيء هنا ولا على المركز. زامن من جديد متى شئت.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="112" />
            <source>Hub Not Reachable</source>
            <translation>تعذّر الوصول إلى المركز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="113" />
            <source>%1 cannot be reached just now, so nothing was synced. Marsad works on as before, and your changes wait here for the next sync.</source>
            <translation>لا يمكن الوصول إلى %1 الآن، فلم تجرِ مزامنة. يعمل مرصد كما كان، وتنتظر تغييراتك هنا المزامنة التالية.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="118" />
            <source>The sync with %1 did not complete; nothing more was changed.</source>
            <translation>لم تكتمل المزامنة مع %1؛ ولم يتغيّر شيء آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/sync_run.py" line="122" />
            <source>The sync with %1 stopped unexpectedly; what it finished is kept.</source>
            <translation>توقفت المزامنة مع %1 على غير المتوقع؛ وما أنجزته محفوظ.</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="174" />
            <source>No lanes</source>
            <translation>بلا مسارات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="174" />
            <source>By actor</source>
            <translation>حسب الفاعل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="175" />
            <source>By place</source>
            <translation>حسب المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="175" />
            <source>By category</source>
            <translation>حسب الفئة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="176" />
            <source>By status</source>
            <translation>حسب الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="178" />
            <source>What the rows of the timeline stand for</source>
            <translation>ما تمثله صفوف الخط الزمني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="180" />
            <source>Show quotes</source>
            <translation>اعرض الاقتباسات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="183" />
            <source>Zoom in (+)</source>
            <translation>تكبير (+)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="184" />
            <source>Zoom out (-)</source>
            <translation>تصغير (-)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="185" />
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="185" />
            <source>Show all the dates (Home)</source>
            <translation>اعرض كل التواريخ (Home)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="186" />
            <source>Flip</source>
            <translation>اعكس</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="186" />
            <source>Run time the other way</source>
            <translation>اجعل الزمن يجري في الاتجاه الآخر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="189" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="189" />
            <source>Save the timeline as a picture</source>
            <translation>احفظ الخط الزمني صورةً</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="191" />
            <source>As PNG image…</source>
            <translation>صورة PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="192" />
            <source>As SVG drawing…</source>
            <translation>رسم SVG…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="196" />
            <source>Lanes:</source>
            <translation>المسارات:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="211" />
            <source>Wheel: zoom. Drag: move. Shift+drag or drag along the dates: search that time span. Click: select.</source>
            <translation>العجلة: تكبير وتصغير. السحب: تحريك. Shift+سحب أو السحب على شريط التواريخ: ابحث في تلك الفترة. النقر: تحديد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/story/timeline_view.py" line="438" />
            <source>Export the timeline</source>
            <translation>تصدير الخط الزمني</translation>
        </message>
    </context>
    <context>
        <name>_DateField</name>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="41" />
            <source>31 December 2025</source>
            <translation>31 ديسمبر 2025</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="42" />
            <source>%1, %2 or %3</source>
            <translation>%1 أو %2 أو %3</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialogs/article_sheet.py" line="48" />
            <source>Calendar…</source>
            <translation>التقويم…</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Actor</source>
            <translation>فاعل</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>الفاعلون</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>مكان</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>مصدر</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>حدث</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>مقال</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>الاسم بالإنجليزية</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Title or position</source>
            <translation>اللقب أو المنصب</translation>
        </message>
        <message>
            <source>Also known as</source>
            <translation>يُعرف أيضًا باسم</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>الانتماء</translation>
        </message>
        <message>
            <source>Members and affiliates</source>
            <translation>الأعضاء والتابعون</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Type in the dataset</source>
            <translation>النوع في مجموعة البيانات</translation>
        </message>
        <message>
            <source>From the dataset</source>
            <translation>من مجموعة البيانات</translation>
        </message>
        <message>
            <source>Actor code</source>
            <translation>رمز الفاعل</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>رمز البلد</translation>
        </message>
        <message>
            <source>Type codes</source>
            <translation>رموز النوع</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>وُجد في</translation>
        </message>
        <message>
            <source>Span in the source</source>
            <translation>الموضع في المصدر</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>يتبع</translation>
        </message>
        <message>
            <source>Places within</source>
            <translation>أماكن تتبعه</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <source>Precision of the coordinates</source>
            <translation>دقة الإحداثيات</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة</translation>
        </message>
        <message>
            <source>Address (URL)</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>الموثوقية</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>حتى</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Credibility</source>
            <translation>المصداقية</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>الفاعلون</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Id in the dataset</source>
            <translation>المعرّف في مجموعة البيانات</translation>
        </message>
        <message>
            <source>Fatalities</source>
            <translation>القتلى</translation>
        </message>
        <message>
            <source>Fatalities, low estimate</source>
            <translation>القتلى، أدنى تقدير</translation>
        </message>
        <message>
            <source>Fatalities, high estimate</source>
            <translation>القتلى، أعلى تقدير</translation>
        </message>
        <message>
            <source>Fatalities, side A</source>
            <translation>قتلى الطرف الأول</translation>
        </message>
        <message>
            <source>Fatalities, side B</source>
            <translation>قتلى الطرف الثاني</translation>
        </message>
        <message>
            <source>Fatalities, civilians</source>
            <translation>قتلى المدنيين</translation>
        </message>
        <message>
            <source>Fatalities, unknown side</source>
            <translation>قتلى من طرف غير معروف</translation>
        </message>
        <message>
            <source>Disorder type</source>
            <translation>نوع الاضطراب</translation>
        </message>
        <message>
            <source>Type of violence</source>
            <translation>نوع العنف</translation>
        </message>
        <message>
            <source>Civilian targeting</source>
            <translation>استهداف المدنيين</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>التفاعل</translation>
        </message>
        <message>
            <source>Source scale</source>
            <translation>نطاق المصادر</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>النزاع</translation>
        </message>
        <message>
            <source>Dyad</source>
            <translation>طرفا النزاع</translation>
        </message>
        <message>
            <source>Event code (CAMEO)</source>
            <translation>رمز الحدث (كاميو)</translation>
        </message>
        <message>
            <source>Quad class</source>
            <translation>الفئة الرباعية</translation>
        </message>
        <message>
            <source>Goldstein scale</source>
            <translation>مقياس غولدستين</translation>
        </message>
        <message>
            <source>Average tone</source>
            <translation>متوسط النبرة</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>عدد الإشارات</translation>
        </message>
        <message>
            <source>Sources counted</source>
            <translation>عدد المصادر</translation>
        </message>
        <message>
            <source>Articles counted</source>
            <translation>عدد المقالات</translation>
        </message>
        <message>
            <source>Added to the dataset</source>
            <translation>أُضيف إلى مجموعة البيانات</translation>
        </message>
        <message>
            <source>Dataset timestamp</source>
            <translation>الطابع الزمني في مجموعة البيانات</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>جزئي</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>منظمة</translation>
        </message>
        <message>
            <source>state</source>
            <translation>دولة</translation>
        </message>
        <message>
            <source>armed group</source>
            <translation>جماعة مسلحة</translation>
        </message>
        <message>
            <source>media</source>
            <translation>وسيلة إعلام</translation>
        </message>
        <message>
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>مؤكد</translation>
        </message>
        <message>
            <source>unreviewed</source>
            <translation>غير مراجَع</translation>
        </message>
        <message>
            <source>country</source>
            <translation>بلد</translation>
        </message>
        <message>
            <source>province</source>
            <translation>محافظة</translation>
        </message>
        <message>
            <source>city</source>
            <translation>مدينة</translation>
        </message>
        <message>
            <source>site</source>
            <translation>موقع</translation>
        </message>
        <message>
            <source>water body</source>
            <translation>مسطح مائي</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>دقيق</translation>
        </message>
        <message>
            <source>near (within about 25 km)</source>
            <translation>قريب (في حدود 25 كم)</translation>
        </message>
        <message>
            <source>district</source>
            <translation>قضاء</translation>
        </message>
        <message>
            <source>approximate</source>
            <translation>تقريبي</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>occurred</source>
            <translation>وقع</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>أُعلن</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>متوقع</translation>
        </message>
        <message>
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <source>2</source>
            <translation>2</translation>
        </message>
        <message>
            <source>3</source>
            <translation>3</translation>
        </message>
        <message>
            <source>4</source>
            <translation>4</translation>
        </message>
        <message>
            <source>5</source>
            <translation>5</translation>
        </message>
        <message>
            <source>6</source>
            <translation>6</translation>
        </message>
        <message>
            <source>political violence</source>
            <translation>عنف سياسي</translation>
        </message>
        <message>
            <source>demonstrations</source>
            <translation>تظاهرات</translation>
        </message>
        <message>
            <source>political violence; demonstrations</source>
            <translation>عنف سياسي؛ تظاهرات</translation>
        </message>
        <message>
            <source>strategic developments</source>
            <translation>تطورات استراتيجية</translation>
        </message>
        <message>
            <source>state-based conflict</source>
            <translation>نزاع تكون الدولة طرفًا فيه</translation>
        </message>
        <message>
            <source>non-state conflict</source>
            <translation>نزاع بين أطراف غير حكومية</translation>
        </message>
        <message>
            <source>one-sided violence</source>
            <translation>عنف من طرف واحد</translation>
        </message>
    </context>
    <context>
        <name>Hints</name>
        <message>
            <source>One a line</source>
            <translation>واحد في كل سطر</translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Completely reliable</source>
            <translation>موثوق تمامًا</translation>
        </message>
        <message>
            <source>Usually reliable</source>
            <translation>موثوق عادةً</translation>
        </message>
        <message>
            <source>Fairly reliable</source>
            <translation>موثوق إلى حد ما</translation>
        </message>
        <message>
            <source>Not usually reliable</source>
            <translation>غير موثوق عادةً</translation>
        </message>
        <message>
            <source>Unreliable</source>
            <translation>غير موثوق</translation>
        </message>
        <message>
            <source>Reliability cannot be judged</source>
            <translation>لا يمكن الحكم على موثوقيته</translation>
        </message>
        <message>
            <source>Confirmed by other sources</source>
            <translation>مؤكدة من مصادر أخرى</translation>
        </message>
        <message>
            <source>Probably true</source>
            <translation>صحيحة على الأرجح</translation>
        </message>
        <message>
            <source>Possibly true</source>
            <translation>ربما تكون صحيحة</translation>
        </message>
        <message>
            <source>Doubtful</source>
            <translation>مشكوك فيها</translation>
        </message>
        <message>
            <source>Improbable</source>
            <translation>مستبعدة</translation>
        </message>
        <message>
            <source>Truth cannot be judged</source>
            <translation>لا يمكن الحكم على صحتها</translation>
        </message>
        <message>
            <source>One a line: a name or id, then | and the role</source>
            <translation>واحد في كل سطر: الاسم أو المعرّف، ثم | والدور</translation>
        </message>
        <message>
            <source>Source ids, one a line</source>
            <translation>معرّفات المصادر، واحد في كل سطر</translation>
        </message>
        <message>
            <source>Civilians were the target</source>
            <translation>كان المدنيون هم المستهدفين</translation>
        </message>
        <message>
            <source>Verbal cooperation</source>
            <translation>تعاون لفظي</translation>
        </message>
        <message>
            <source>Material cooperation</source>
            <translation>تعاون مادي</translation>
        </message>
        <message>
            <source>Verbal conflict</source>
            <translation>نزاع لفظي</translation>
        </message>
        <message>
            <source>Material conflict</source>
            <translation>نزاع مادي</translation>
        </message>
        <message>
            <source>An excerpt of a longer statement</source>
            <translation>مقتطف من تصريح أطول</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>event</source>
            <extracomment>event: trigger «{trigger}» ({category}); date «{date}» ({rule})</extracomment>
            <translation>حدث: الكلمة الدالة «{trigger}» ({category})؛ التاريخ «{date}» ({rule})</translation>
        </message>
        <message>
            <source>quote</source>
            <extracomment>quote; speaker {rule}</extracomment>
            <translation>اقتباس؛ المتكلم: {rule}</translation>
        </message>
        <message>
            <source>event.category_value</source>
            <extracomment>{category}</extracomment>
            <translation>{category}</translation>
        </message>
        <message>
            <source>actor.new</source>
            <extracomment>new actor: {why}</extracomment>
            <translation>فاعل جديد: {why}</translation>
        </message>
        <message>
            <source>actor.new_unnamed</source>
            <extracomment>new actor: {why} (an unnamed source, quoted by description)</extracomment>
            <translation>فاعل جديد: {why} (مصدر لم يُسمَّ، نُقل عنه بوصفه)</translation>
        </message>
        <message>
            <source>actor.gazetteer_match</source>
            <extracomment>gazetteer match ({why})</extracomment>
            <translation>مطابقة في المعجم الجغرافي ({why})</translation>
        </message>
        <message>
            <source>actor.written</source>
            <extracomment>«{text}»</extracomment>
            <translation>«{text}»</translation>
        </message>
        <message>
            <source>actor.after_title</source>
            <extracomment>a name after the title «{title}»</extracomment>
            <translation>اسم بعد الصفة «{title}»</translation>
        </message>
        <message>
            <source>actor.gazetteer</source>
            <extracomment>gazetteer</extracomment>
            <translation>من المعجم الجغرافي</translation>
        </message>
        <message>
            <source>actor.new_name</source>
            <extracomment>new</extracomment>
            <translation>جديد</translation>
        </message>
        <message>
            <source>actor.seen_earlier</source>
            <extracomment>seen earlier in the article</extracomment>
            <translation>ورد قبل ذلك في المقال</translation>
        </message>
        <message>
            <source>actor.in_store</source>
            <extracomment>resolved in the store</extracomment>
            <translation>موجود في المخزن</translation>
        </message>
        <message>
            <source>actor.title_word_of_speaker</source>
            <extracomment>«{name}» is the first word of an earlier speaker's title</extracomment>
            <translation>«{name}» هي الكلمة الأولى من صفة متكلم سابق</translation>
        </message>
        <message>
            <source>actor.refers_to_speaker</source>
            <extracomment>«{name}» refers back to an earlier speaker</extracomment>
            <translation>«{name}» يحيل إلى متكلم سابق</translation>
        </message>
        <message>
            <source>actor.office_and_family_name</source>
            <extracomment>«{name}» is the office and the family name of the person named before it</extracomment>
            <translation>«{name}» هو منصب من ذُكر قبله واسم عائلته</translation>
        </message>
        <message>
            <source>actor.refers_back</source>
            <extracomment>«{name}» refers back to «{earlier}» ({how})</extracomment>
            <translation>«{name}» يحيل إلى «{earlier}» ({how})</translation>
        </message>
        <message>
            <source>actor.refers_to_company</source>
            <extracomment>«{name}» refers back to the company named before it by its own name</extracomment>
            <translation>«{name}» يحيل إلى الشركة المذكورة قبله باسمها</translation>
        </message>
        <message>
            <source>actor.refers_to_person</source>
            <extracomment>«{name}» refers back to the person named before it</extracomment>
            <translation>«{name}» يحيل إلى الشخص المذكور قبله</translation>
        </message>
        <message>
            <source>actor.refers_to_untitled</source>
            <extracomment>«{name}» refers back to the person quoted before it with no title</extracomment>
            <translation>«{name}» يحيل إلى من نُقل كلامه قبله بلا صفة</translation>
        </message>
        <message>
            <source>actor.office_of_person</source>
            <extracomment>«{name}» is the office of the person named before it</extracomment>
            <translation>«{name}» هو مكتب الشخص المذكور قبله</translation>
        </message>
        <message>
            <source>actor.full_name</source>
            <extracomment>«{name}» = the full name seen earlier</extracomment>
            <translation>«{name}» = الاسم الكامل الوارد قبله</translation>
        </message>
        <message>
            <source>actor.first_word_of_full_name</source>
            <extracomment>«{name}» = the first word of the full name seen earlier</extracomment>
            <translation>«{name}» = الكلمة الأولى من الاسم الكامل الوارد قبله</translation>
        </message>
        <message>
            <source>actor.first_words_of_full_name</source>
            <extracomment>«{name}» = the first words of the full name seen earlier</extracomment>
            <translation>«{name}» = الكلمات الأولى من الاسم الكامل الوارد قبله</translation>
        </message>
        <message>
            <source>actor.written_elsewhere</source>
            <extracomment>«{name}» = «{fuller}» written elsewhere in the article ({how})</extracomment>
            <translation>«{name}» = «{fuller}» كما كُتب في موضع آخر من المقال ({how})</translation>
        </message>
        <message>
            <source>place.gazetteer_match</source>
            <extracomment>gazetteer match «{text}»</extracomment>
            <translation>مطابقة في المعجم الجغرافي «{text}»</translation>
        </message>
        <message>
            <source>place.parent</source>
            <extracomment>parent of «{name}» in the gazetteer</extracomment>
            <translation>المكان الذي يضم «{name}» في المعجم الجغرافي</translation>
        </message>
        <message>
            <source>speaker.found</source>
            <extracomment>{why}: «{name}» ({how})</extracomment>
            <translation>«{name}»، {why} ({how})</translation>
        </message>
        <message>
            <source>speaker.kana_qad_subject</source>
            <extracomment>subject of «كان … قد {verb}»</extracomment>
            <translation>فاعل «كان … قد {verb}»</translation>
        </message>
        <message>
            <source>speaker.after_verb</source>
            <extracomment>after the reporting verb «{verb}»</extracomment>
            <translation>بعد فعل القول «{verb}»</translation>
        </message>
        <message>
            <source>speaker.subject_before</source>
            <extracomment>subject before «{verb}»</extracomment>
            <translation>فاعل مذكور قبل «{verb}»</translation>
        </message>
        <message>
            <source>speaker.kana_subject</source>
            <extracomment>subject of «كان … {verb}»</extracomment>
            <translation>فاعل «كان … {verb}»</translation>
        </message>
        <message>
            <source>speaker.verb_continues</source>
            <extracomment>«{verb}» with no subject continues the previous speaker</extracomment>
            <translation>«{verb}» بلا فاعل، فالكلام للمتكلم السابق</translation>
        </message>
        <message>
            <source>speaker.after_cue</source>
            <extracomment>after «{cue}»</extracomment>
            <translation>بعد «{cue}»</translation>
        </message>
        <message>
            <source>speaker.cue_no_name</source>
            <extracomment>«{cue}» with no name: previous speaker</extracomment>
            <translation>«{cue}» بلا اسم: المتكلم السابق</translation>
        </message>
        <message>
            <source>speaker.an_cue</source>
            <extracomment>«عن … {cue}»</extracomment>
            <translation>«عن … {cue}»</translation>
        </message>
        <message>
            <source>speaker.clause_subject</source>
            <extracomment>subject of the clause of «{cue}»</extracomment>
            <translation>فاعل الجملة التي فيها «{cue}»</translation>
        </message>
        <message>
            <source>speaker.owner_after</source>
            <extracomment>«{cue} لـ…»</extracomment>
            <translation>«{cue} لـ…»</translation>
        </message>
        <message>
            <source>speaker.subject_of</source>
            <extracomment>subject of «{cue}»</extracomment>
            <translation>فاعل «{cue}»</translation>
        </message>
        <message>
            <source>speaker.cue_previous</source>
            <extracomment>«{cue}»: previous speaker</extracomment>
            <translation>«{cue}»: المتكلم السابق</translation>
        </message>
        <message>
            <source>speaker.after_quote</source>
            <extracomment>after the quote, «{cue}»</extracomment>
            <translation>بعد الاقتباس، «{cue}»</translation>
        </message>
        <message>
            <source>speaker.subject_after_quote</source>
            <extracomment>subject of «{cue}» after the quote</extracomment>
            <translation>فاعل «{cue}» بعد الاقتباس</translation>
        </message>
        <message>
            <source>speaker.after_quote_previous</source>
            <extracomment>«{cue}» after the quote: previous speaker</extracomment>
            <translation>«{cue}» بعد الاقتباس: المتكلم السابق</translation>
        </message>
        <message>
            <source>speaker.before_colon</source>
            <extracomment>name before a colon</extracomment>
            <translation>اسم قبل النقطتين</translation>
        </message>
        <message>
            <source>speaker.coordinated_that</source>
            <extracomment>«وأن» continues the previous speaker's clause</extracomment>
            <translation>«وأن» تواصل كلام المتكلم السابق</translation>
        </message>
        <message>
            <source>speaker.honorific</source>
            <extracomment>«{pronoun}» after «{verb}» is the latest person named with a title</extracomment>
            <translation>«{pronoun}» بعد «{verb}» هو آخر من ذُكر باسمه وصفته</translation>
        </message>
        <message>
            <source>speaker.via_reporter</source>
            <extracomment>{why} ({how})</extracomment>
            <translation>{why} ({how})</translation>
        </message>
        <message>
            <source>speaker.reporter_of</source>
            <extracomment>the reporter of «{verb}» before it</extracomment>
            <translation>صاحب القول «{verb}» قبله</translation>
        </message>
        <message>
            <source>speaker.same_sentence</source>
            <extracomment>a later quotation in the same sentence: the same speaker</extracomment>
            <translation>اقتباس تالٍ في الجملة نفسها: المتكلم نفسه</translation>
        </message>
        <message>
            <source>speaker.opens_sentence</source>
            <extracomment>a quotation opening its sentence continues the previous speaker</extracomment>
            <translation>اقتباس يفتتح جملته، فالكلام للمتكلم السابق</translation>
        </message>
        <message>
            <source>date.day_range</source>
            <extracomment>day range and month</extracomment>
            <translation>أيام من شهر</translation>
        </message>
        <message>
            <source>date.day_month</source>
            <extracomment>day and month</extracomment>
            <translation>يوم وشهر</translation>
        </message>
        <message>
            <source>date.day_month_year</source>
            <extracomment>day and month and year</extracomment>
            <translation>يوم وشهر وسنة</translation>
        </message>
        <message>
            <source>date.month_year</source>
            <extracomment>month and year</extracomment>
            <translation>شهر وسنة</translation>
        </message>
        <message>
            <source>date.month_relative</source>
            <extracomment>month relative to publication</extracomment>
            <translation>شهر محسوب من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.year_range</source>
            <extracomment>year range</extracomment>
            <translation>مدة من سنوات</translation>
        </message>
        <message>
            <source>date.year</source>
            <extracomment>year</extracomment>
            <translation>سنة</translation>
        </message>
        <message>
            <source>date.weekday</source>
            <extracomment>weekday relative to publication</extracomment>
            <translation>يوم من الأسبوع محسوب من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.yesterday</source>
            <extracomment>«أمس» relative to publication</extracomment>
            <translation>«أمس» محسوبًا من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.today</source>
            <extracomment>«اليوم» = publication date</extracomment>
            <translation>«اليوم» = تاريخ النشر</translation>
        </message>
        <message>
            <source>date.tomorrow</source>
            <extracomment>«غدا» relative to publication</extracomment>
            <translation>«غدًا» محسوبًا من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.week_relative</source>
            <extracomment>week relative to publication</extracomment>
            <translation>أسبوع محسوب من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.year_relative</source>
            <extracomment>year relative to publication</extracomment>
            <translation>سنة محسوبة من تاريخ النشر</translation>
        </message>
        <message>
            <source>date.vague_future</source>
            <extracomment>vague future «{words}»</extracomment>
            <translation>مستقبل غير محدد «{words}»</translation>
        </message>
        <message>
            <source>date.publication_period</source>
            <extracomment>the publication date (the date named is a period covered)</extracomment>
            <translation>تاريخ النشر (التاريخ المذكور مدة يغطيها الخبر)</translation>
        </message>
        <message>
            <source>date.publication_lead</source>
            <extracomment>the publication date (the lead names none)</extracomment>
            <translation>تاريخ النشر (لا تذكر مقدمة الخبر تاريخًا)</translation>
        </message>
        <message>
            <source>event.category.announcement</source>
            <extracomment>announcement</extracomment>
            <translation>إعلان</translation>
        </message>
        <message>
            <source>event.category.agreement</source>
            <extracomment>agreement</extracomment>
            <translation>اتفاق</translation>
        </message>
        <message>
            <source>event.category.attack</source>
            <extracomment>attack</extracomment>
            <translation>هجوم</translation>
        </message>
        <message>
            <source>event.category.withdrawal</source>
            <extracomment>withdrawal</extracomment>
            <translation>انسحاب</translation>
        </message>
        <message>
            <source>event.category.handover</source>
            <extracomment>handover</extracomment>
            <translation>تسليم</translation>
        </message>
        <message>
            <source>event.category.meeting</source>
            <extracomment>meeting</extracomment>
            <translation>لقاء</translation>
        </message>
        <message>
            <source>event.category.travel</source>
            <extracomment>travel</extracomment>
            <translation>انتقال</translation>
        </message>
        <message>
            <source>event.category.election</source>
            <extracomment>election</extracomment>
            <translation>انتخابات</translation>
        </message>
        <message>
            <source>event.category.founding</source>
            <extracomment>founding</extracomment>
            <translation>تأسيس</translation>
        </message>
        <message>
            <source>event.category.arrest</source>
            <extracomment>arrest</extracomment>
            <translation>اعتقال</translation>
        </message>
        <message>
            <source>event.category.military</source>
            <extracomment>military</extracomment>
            <translation>عمل عسكري</translation>
        </message>
        <message>
            <source>event.category.decision</source>
            <extracomment>decision</extracomment>
            <translation>قرار</translation>
        </message>
        <message>
            <source>event.category.plan</source>
            <extracomment>plan</extracomment>
            <translation>خطة</translation>
        </message>
        <message>
            <source>event.category.protest</source>
            <extracomment>protest</extracomment>
            <translation>احتجاج</translation>
        </message>
        <message>
            <source>event.category.deportation</source>
            <extracomment>deportation</extracomment>
            <translation>ترحيل</translation>
        </message>
        <message>
            <source>event.category.closure</source>
            <extracomment>closure</extracomment>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>event.category.disaster</source>
            <extracomment>disaster</extracomment>
            <translation>كارثة</translation>
        </message>
        <message>
            <source>event.category.other</source>
            <extracomment>other</extracomment>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>speaker.introduced</source>
            <extracomment>the person brought in with «وهو/وهي» before it</extracomment>
            <translation>من قُدّم بـ«وهو/وهي» قبله</translation>
        </message>
    </context>
</TS>