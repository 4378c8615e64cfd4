<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="82" />
        <location filename="../../desktop/ui/app.py" line="137" />
        <source>Marsad</source>
        <translation>مرصد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="83" />
        <source>There is no store at %1 yet.</source>
        <translation>لا يوجد مخزن في %1 بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="85" />
        <source>Start with the sample store (the Ain al-Asad article and its records), or with an empty store?</source>
        <translation>هل تبدأ بمخزن العينة (مقال عين الأسد وسجلاته) أم بمخزن فارغ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="87" />
        <source>Sample Store</source>
        <translation>مخزن العينة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="88" />
        <source>Empty Store</source>
        <translation>مخزن فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="128" />
        <source>This store was written by a newer version of Marsad.</source>
        <translation>كُتب هذا المخزن بإصدار أحدث من مرصد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="131" />
        <source>The store cannot be opened.</source>
        <translation>تعذّر فتح المخزن.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="61" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62" />
        <source>Place</source>
        <comment>record kind</comment>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63" />
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65" />
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67" />
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="68" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="69" />
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="72" />
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="73" />
        <source>Source</source>
        <comment>record kind</comment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="74" />
        <source>Part of</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="75" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="76" />
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="26" />
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="27" />
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/commands.py" line="52" />
        <source>Delete %n record(s)</source>
        <translation><numerusform>حذف لا سجلات</numerusform><numerusform>حذف سجل واحد</numerusform><numerusform>حذف سجلين</numerusform><numerusform>حذف %n سجلات</numerusform><numerusform>حذف %n سجلًا</numerusform><numerusform>حذف %n سجل</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/commands.py" line="76" />
        <source>Accept %n record(s)</source>
        <translation><numerusform>قبول لا سجلات</numerusform><numerusform>قبول سجل واحد</numerusform><numerusform>قبول سجلين</numerusform><numerusform>قبول %n سجلات</numerusform><numerusform>قبول %n سجلًا</numerusform><numerusform>قبول %n سجل</numerusform></translation>
    </message>
</context>
<context>
    <name>DeleteActorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="13" />
        <source>Delete Actor</source>
        <translation>حذف فاعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="16" />
        <source>%1 still has quotes. What should happen to them?</source>
        <translation>ما زالت لـ%1 اقتباسات. ماذا نفعل بها؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="19" />
        <source>Delete the quotes too</source>
        <translation>احذف الاقتباسات أيضًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="20" />
        <source>Give the quotes to another actor:</source>
        <translation>انسب الاقتباسات إلى فاعل آخر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="36" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="47" />
        <source>Pick the actor who gets the quotes</source>
        <translation>اختر الفاعل الذي تُنسب إليه الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/delete_actor.py" line="51" />
        <source>That actor is being deleted too</source>
        <translation>هذا الفاعل سيُحذف أيضًا</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../desktop/ui/detail.py" line="101" />
        <source>This record no longer exists.</source>
        <translation>لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="117" />
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="118" />
        <location filename="../../desktop/ui/detail.py" line="132" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="119" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="120" />
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="121" />
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="123" />
        <location filename="../../desktop/ui/detail.py" line="141" />
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="124" />
        <location filename="../../desktop/ui/detail.py" line="142" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="125" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="126" />
        <location filename="../../desktop/ui/detail.py" line="144" />
        <source>Also known as</source>
        <translation>يُعرف أيضًا باسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="127" />
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="128" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="133" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="134" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="135" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="136" />
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="137" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="139" />
        <location filename="../../desktop/ui/detail.py" line="152" />
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="143" />
        <source>Part of</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="145" />
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="148" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="149" />
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="150" />
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="151" />
        <source>Address</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="154" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="156" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="161" />
        <source>In the source</source>
        <translation>في المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="166" />
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="171" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="173" />
        <source>Members and affiliates</source>
        <translation>الأعضاء والتابعون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="176" />
        <source>Places within</source>
        <translation>أماكن تتبعه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="181" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>Event</source>
        <comment>record kind</comment>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>Actor</source>
        <comment>record kind</comment>
        <translation>فاعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>Quote</source>
        <comment>record kind</comment>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>Place</source>
        <comment>record kind</comment>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <source>Source</source>
        <comment>record kind</comment>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37" />
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38" />
        <source>organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39" />
        <source>state</source>
        <translation>دولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>province</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45" />
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46" />
        <source>site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47" />
        <source>occurred</source>
        <translation>وقع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>announced</source>
        <translation>أُعلن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51" />
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52" />
        <source>unreviewed</source>
        <translation>غير مراجَع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53" />
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54" />
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114" />
        <source>Select a record to see it whole.</source>
        <translation>اختر سجلًا لعرضه كاملًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123" />
        <location filename="../../desktop/ui/main_window.py" line="433" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>&amp;New Store…</source>
        <translation>مخزن &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160" />
        <source>&amp;Open Store…</source>
        <translation>&amp;فتح مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161" />
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162" />
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163" />
        <source>&amp;Back Up…</source>
        <translation>نسخة &amp;احتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164" />
        <source>&amp;Print Briefing…</source>
        <translation>&amp;طباعة إيجاز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165" />
        <source>Open the briefing composer: basket, options, preview, print and PDF</source>
        <translation>افتح محرر الإيجاز: السلة والخيارات والمعاينة والطباعة وPDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>Add to &amp;Briefing</source>
        <translation>إضافة إلى الإ&amp;يجاز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167" />
        <source>Add the selected records, or what the search found, to the briefing</source>
        <translation>أضف السجلات المحددة، أو نتائج البحث، إلى الإيجاز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168" />
        <source>Re&amp;view Proposals…</source>
        <translation>&amp;مراجعة المقترحات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>Review the records proposed by article imports, beside their article</source>
        <translation>راجِع السجلات المقترحة من استيراد المقالات بجانب مقالها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>&amp;New Record</source>
        <translation>سجل &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173" />
        <source>Create a record of the kind shown</source>
        <translation>أنشئ سجلًا من النوع المعروض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179" />
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179" />
        <source>Edit the selected record</source>
        <translation>عدّل السجل المحدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180" />
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181" />
        <source>Delete the selected records</source>
        <translation>احذف السجلات المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183" />
        <source>Mark the selected unreviewed records as confirmed</source>
        <translation>اعتمد السجلات غير المراجعة المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184" />
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185" />
        <source>Delete the selected unreviewed records</source>
        <translation>احذف السجلات غير المراجعة المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>Show &amp;Unreviewed Only</source>
        <translation>اعرض &amp;غير المراجَع فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195" />
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196" />
        <source>Search every tab</source>
        <translation>ابحث في كل التبويبات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197" />
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205" />
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209" />
        <source>Go to &amp;Details</source>
        <translation>انتقل إلى ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210" />
        <source>Go to &amp;Table</source>
        <translation>انتقل إلى ال&amp;جدول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>&amp;About Marsad</source>
        <translation>&amp;عن مرصد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>New Record Of Kind</source>
        <translation>سجل جديد من نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254" />
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269" />
        <source>Search everything (Ctrl+F): words, "a phrase", -word, actor:name</source>
        <translation>ابحث في كل شيء (Ctrl+F): كلمات، "عبارة"، ‎-كلمة، actor:اسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284" />
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>Type more, or press Enter to search for “%1”</source>
        <translation>اكتب المزيد، أو اضغط Enter للبحث عن «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386" />
        <location filename="../../desktop/ui/main_window.py" line="404" />
        <source>Search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417" />
        <source>%1 found in %2 ms</source>
        <translation>%1 نتيجة في %2 ملّي ثانية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="487" />
        <source>Marsad — %1</source>
        <translation>مرصد — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="69" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/editing.py" line="70" />
        <source>Delete %n record(s)? You can undo this.</source>
        <translation><numerusform>لا سجلات للحذف.</numerusform><numerusform>حذف سجل واحد؟ يمكنك التراجع عن ذلك.</numerusform><numerusform>حذف سجلين؟ يمكنك التراجع عن ذلك.</numerusform><numerusform>حذف %n سجلات؟ يمكنك التراجع عن ذلك.</numerusform><numerusform>حذف %n سجلًا؟ يمكنك التراجع عن ذلك.</numerusform><numerusform>حذف %n سجل؟ يمكنك التراجع عن ذلك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="98" />
        <location filename="../../desktop/ui/file_actions.py" line="59" />
        <location filename="../../desktop/ui/main_window.py" line="528" />
        <source>Marsad</source>
        <translation>مرصد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="527" />
        <source>About Marsad</source>
        <translation>عن مرصد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="529" />
        <source>An offline reference of events, actors, quotes, places and sources for news and security analysts.</source>
        <translation>مرجع يعمل دون اتصال للأحداث والفاعلين والاقتباسات والأماكن والمصادر، لمحللي الأخبار والأمن.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="18" />
        <source>New Store</source>
        <translation>مخزن جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="19" />
        <location filename="../../desktop/ui/file_actions.py" line="83" />
        <source>Marsad stores (*.db)</source>
        <translation>مخازن مرصد (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="25" />
        <source>Open Store</source>
        <translation>فتح مخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="26" />
        <source>Marsad stores (*.db);;All files (*)</source>
        <translation>مخازن مرصد (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="34" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="35" />
        <source>Records, articles and event data (*.jsonl *.ndjson *.txt *.html *.htm *.json *.csv *.tsv);;All files (*)</source>
        <translation>سجلات ومقالات وبيانات أحداث (*.jsonl *.ndjson *.txt *.html *.htm *.json *.csv *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="54" />
        <source>Created %1, updated %2 records.</source>
        <translation>أُنشئ %1 وحُدّث %2 من السجلات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="64" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="65" />
        <source>JSON Lines (*.jsonl);;CSV, the records of this tab (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV، سجلات هذا التبويب (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="78" />
        <source>Exported to %1</source>
        <translation>صُدّر إلى %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="82" />
        <source>Back Up</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="92" />
        <source>Backed up to %1</source>
        <translation>حُفظت نسخة احتياطية في %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences.py" line="10" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences.py" line="16" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="19" />
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="20" />
        <source>must be text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="21" />
        <source>is %1 characters long; the limit is %2</source>
        <translation>طوله %1 حرفًا، والحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="22" />
        <source>contains a NUL character</source>
        <translation>يحتوي على محرف NUL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="23" />
        <source>“%1” is not one of: %2</source>
        <translation>«%1» ليست من القيم: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="24" />
        <source>must be a list of text</source>
        <translation>يجب أن يكون قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="25" />
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="26" />
        <source>has %1 items; the limit is %2</source>
        <translation>فيه %1 عنصرًا، والحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="27" />
        <source>must be a date: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا: YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="28" />
        <source>“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا: اكتب YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="29" />
        <source>“%1” is not a date on the calendar</source>
        <translation>«%1» ليس تاريخًا موجودًا في التقويم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="30" />
        <source>“%1”: there is no year 0</source>
        <translation>«%1»: لا توجد سنة صفر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="31" />
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="32" />
        <source>%1 is outside %2</source>
        <translation>%1 خارج النطاق %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="33" />
        <source>must be true or false</source>
        <translation>يجب أن يكون صحيحًا أو خطأ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="34" />
        <source>“%1” is not an id like actor:hussein-allawi</source>
        <translation>«%1» ليس معرّفًا مثل actor:hussein-allawi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="35" />
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="36" />
        <source>“%1” does not start with the record's kind</source>
        <translation>«%1» لا يبدأ بنوع السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="37" />
        <source>is set but the date is not</source>
        <translation>محدد لكن التاريخ غير محدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="38" />
        <source>%1 is before the date %2</source>
        <translation>%1 يسبق التاريخ %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="39" />
        <source>no record with the id “%2”</source>
        <translation>لا يوجد سجل بالمعرّف «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="40" />
        <source>“%1” matches no name, alias or id</source>
        <translation>«%1» لا يطابق أي اسم أو اسم بديل أو معرّف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="41" />
        <source>“%1” names several records: %2</source>
        <translation>«%1» يسمّي أكثر من سجل: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="42" />
        <source>“%1” is not an id</source>
        <translation>«%1» ليس معرّفًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="43" />
        <source>a record cannot refer to itself</source>
        <translation>لا يمكن للسجل أن يشير إلى نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="44" />
        <source>the actor is missing</source>
        <translation>الفاعل غير محدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="45" />
        <source>must be [start, end], start not after end</source>
        <translation>يجب أن يكون [البداية، النهاية] والبداية لا تتجاوز النهاية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="46" />
        <source>needs the source it points into</source>
        <translation>يحتاج إلى المصدر الذي يشير إليه</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="33" />
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="33" />
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="95" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>سنة، أو سنة-شهر، أو سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="118" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="122" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="132" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="123" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="133" />
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="124" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="134" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="125" />
        <source>Title or position</source>
        <translation>اللقب أو المنصب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="119" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="119" />
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="126" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="136" />
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="126" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="136" />
        <source>One a line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="127" />
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="128" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="135" />
        <source>Part of</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="137" />
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="138" />
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="142" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="153" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="143" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="144" />
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="145" />
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="146" />
        <source>Address (URL)</source>
        <translation>الرابط (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="147" />
        <source>Language code</source>
        <translation>رمز اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="148" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="165" />
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="149" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="169" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="154" />
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="171" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="155" />
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="156" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="156" />
        <source>The date is approximate</source>
        <translation>التاريخ تقريبي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="157" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="158" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="159" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="160" />
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="161" />
        <source>One a line: a name or id, then | and the role</source>
        <translation>واحد في كل سطر: الاسم أو المعرّف، ثم | والدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="163" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="164" />
        <source>Source ids, one a line</source>
        <translation>معرّفات المصادر، واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="170" />
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="172" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="173" />
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="174" />
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="175" />
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="175" />
        <source>An excerpt of a longer statement</source>
        <translation>مقتطف من تصريح أطول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="238" />
        <source>No single actor matches “%1”</source>
        <translation>لا يطابق «%1» فاعلًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="247" />
        <source>No source with the id %1</source>
        <translation>لا يوجد مصدر بالمعرّف %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/record_editor.py" line="257" />
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="91" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="91" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="94" />
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="103" />
        <source>Any type</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="103" />
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tabs/record_tab.py" line="110" />
        <source>Reviewed or not</source>
        <translation>المراجَع وغيره</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../desktop/ui/dialogs/reference_edit.py" line="79" />
        <source>No single record matches “%1”; pick one from the list</source>
        <translation>لا يطابق «%1» سجلًا واحدًا؛ اختر من القائمة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="11" />
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="17" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="17" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
</TS>