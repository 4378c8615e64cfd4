<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
    <context>
        <name>BasketPanel</name>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="342" />
            <source>Up</source>
            <translation>لأعلى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="342" />
            <source>Move the selected records up (Ctrl+Up)</source>
            <translation>انقل السجلات المحددة لأعلى (Ctrl+Up)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="344" />
            <source>Down</source>
            <translation>لأسفل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="344" />
            <source>Move the selected records down (Ctrl+Down)</source>
            <translation>انقل السجلات المحددة لأسفل (Ctrl+Down)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="346" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="346" />
            <source>Take the selected records out (Delete)</source>
            <translation>أخرج السجلات المحددة من الإيجاز (Delete)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="348" />
            <source>Clear</source>
            <translation>إفراغ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="348" />
            <source>Empty the briefing</source>
            <translation>أفرغ الإيجاز</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/basket.py" line="374" />
            <source>Records: %n</source>
            <translation>
                <numerusform>لا سجلات</numerusform>
                <numerusform>سجل واحد</numerusform>
                <numerusform>سجلان</numerusform>
                <numerusform>%n سجلات</numerusform>
                <numerusform>%n سجلًا</numerusform>
                <numerusform>%n سجل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingBasket</name>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="185" />
            <source>%1 (not in the store)</source>
            <translation>%1 (غير موجود في المخزن)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="192" />
            <source>No record %1 in this store: it will be left out.</source>
            <translation>لا يوجد السجل %1 في هذا المخزن: سيُستبعد.</translation>
        </message>
    </context>
    <context>
        <name>BriefingComposer</name>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="90" />
            <source>Briefing</source>
            <translation>إيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="141" />
            <source>None</source>
            <translation>بلا</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="150" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="151" />
            <source>&amp;Date:</source>
            <translation>الت&amp;اريخ:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="152" />
            <source>A&amp;uthor:</source>
            <translation>إ&amp;عداد:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="153" />
            <source>&amp;Caveat:</source>
            <translation>&amp;تصنيف التداول:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="156" />
            <source>&amp;Paper:</source>
            <translation>ال&amp;ورق:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="160" />
            <source>&amp;Language:</source>
            <translation>الل&amp;غة:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="165" />
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="167" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="167" />
            <source>Timeline</source>
            <translation>التسلسل الزمني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="167" />
            <source>Actors</source>
            <translation>الفاعلون</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="168" />
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="168" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="178" />
            <source>Summary: a few paragraphs, separated by an empty line. Printed as written.</source>
            <translation>الملخص: فقرات قليلة يفصل بينها سطر فارغ، تُطبع كما كُتبت.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="183" />
            <source>Records in the briefing</source>
            <translation>السجلات في الإيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="219" />
            <source>Fit Width</source>
            <translation>ملء العرض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="222" />
            <source>Whole Page</source>
            <translation>الصفحة كاملة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="226" />
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="230" />
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="234" />
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="247" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="248" />
            <source>&amp;Export PDF…</source>
            <translation>&amp;تصدير PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="249" />
            <source>&amp;Save…</source>
            <translation>&amp;حفظ…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="250" />
            <source>&amp;Open Saved…</source>
            <translation>&amp;فتح إيجاز محفوظ…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="262" />
            <source>The store is read-only: briefings cannot be saved in it.</source>
            <translation>المخزن للقراءة فقط: لا يمكن حفظ الإيجازات فيه.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="330" />
            <source>Added to the briefing: %n</source>
            <translation>
                <numerusform>لم يُضف أي سجل.</numerusform>
                <numerusform>أُضيف سجل واحد.</numerusform>
                <numerusform>أُضيف سجلان.</numerusform>
                <numerusform>أُضيفت %n سجلات.</numerusform>
                <numerusform>أُضيف %n سجلًا.</numerusform>
                <numerusform>أُضيف %n سجل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="337" />
            <source>Figure added to the briefing.</source>
            <translation>أُضيف الشكل إلى الإيجاز.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="409" />
            <source>Not in the store, left out: %n</source>
            <translation>
                <numerusform>لا سجلات مفقودة.</numerusform>
                <numerusform>سجل مختار غير موجود في المخزن وقد استُبعد.</numerusform>
                <numerusform>سجلان مختاران غير موجودين في المخزن وقد استُبعدا.</numerusform>
                <numerusform>%n سجلات مختارة غير موجودة في المخزن وقد استُبعدت.</numerusform>
                <numerusform>%n سجلًا مختارًا غير موجود في المخزن وقد استُبعد.</numerusform>
                <numerusform>%n سجل مختار غير موجود في المخزن وقد استُبعد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/basket.py" line="36" />
            <source>Drag to reorder. In the main window, %2 (“Add to Briefing”) adds the selected rows of any tab; with none selected while searching, that tab's results, best matches first, %1 at a time. For a briefing of a search, add the Events tab's first, for the timeline, then the Quotes tab's.</source>
            <translation>اسحب لتغيير الترتيب. في النافذة الرئيسية يضيف الاختصار %2 («إضافة إلى الإيجاز») الصفوف المحددة في أي تبويب؛ وإن لم يُحدَّد صف في أثناء البحث فنتائج ذلك التبويب، الأقرب إلى البحث أولًا، %1 في كل مرة. ولإيجاز عن بحث أضف نتائج تبويب الأحداث أولًا للتسلسل الزمني، ثم نتائج تبويب الاقتباسات.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="447" />
            <source>Pages: %n</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="331" />
            <source>Those records are already in the briefing.</source>
            <translation>هذه السجلات موجودة في الإيجاز من قبل.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="149" />
            <source>Arabic-Indic digits (٠١٢٣) in dates and page numbers</source>
            <translation>أرقام مشرقية (٠١٢٣) في التواريخ وأرقام الصفحات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="414" />
            <source>The briefing is empty.

Select events, quotes, actors or sources in the main window and choose “Add to Briefing”, or add all search results.</source>
            <translation>الإيجاز فارغ.

حدّد أحداثًا أو اقتباسات أو فاعلين أو مصادر في النافذة الرئيسية واختر «إضافة إلى الإيجاز»، أو أضف كل نتائج البحث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="417" />
            <source>Nothing to print: none of the selected records is in this store.</source>
            <translation>لا شيء للطباعة: لا يوجد أي من السجلات المختارة في هذا المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/composer.py" line="469" />
            <source>The briefing is not remembered in the store: %1</source>
            <translation>لم يُحفظ الإيجاز في المخزن: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="40" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="46" />
            <source>Print Briefing</source>
            <translation>طباعة الإيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="47" />
            <source>The briefing could not be printed.</source>
            <translation>تعذّرت طباعة الإيجاز.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="49" />
            <source>Sent to the printer.</source>
            <translation>أُرسل إلى الطابعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="58" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="68" />
            <source>Export Briefing as PDF</source>
            <translation>تصدير الإيجاز بصيغة PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="59" />
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="69" />
            <source>The PDF could not be written.</source>
            <translation>تعذّرت كتابة ملف PDF.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="73" />
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="79" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="85" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="91" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="96" />
            <source>Save Briefing</source>
            <translation>حفظ الإيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="79" />
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="86" />
            <source>That name is kept for the briefing Marsad reopens; choose another.</source>
            <translation>هذا الاسم محجوز للإيجاز الذي يعيد مرصد فتحه؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="92" />
            <source>A briefing named “%1” exists. Replace it?</source>
            <translation>يوجد إيجاز باسم «%1». أتريد استبداله؟</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="97" />
            <source>The briefing could not be saved.</source>
            <translation>تعذّر حفظ الإيجاز.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="99" />
            <source>Saved as “%1”.</source>
            <translation>حُفظ باسم «%1».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="106" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="109" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="111" />
            <location filename="../../desktop/ui/briefing/outputs.py" line="121" />
            <source>Open Briefing</source>
            <translation>فتح إيجاز</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="109" />
            <source>No briefing has been saved yet.</source>
            <translation>لم يُحفظ أي إيجاز بعد.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="111" />
            <source>Briefing:</source>
            <translation>الإيجاز:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/outputs.py" line="122" />
            <source>The briefing could not be opened.</source>
            <translation>تعذّر فتح الإيجاز.</translation>
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="22" />
            <source>Figures</source>
            <translation>الأشكال</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="28" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="30" />
            <source>Earlier</source>
            <translation>تقديم</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="32" />
            <source>Later</source>
            <translation>تأخير</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="45" />
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="45" />
            <source>Link Chart</source>
            <translation>مخطط الصلات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/briefing/figures_panel.py" line="45" />
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
    </context>
</TS>