<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="65" />
            <source>Columns of %1</source>
            <translation>أعمدة الملف %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="69" />
            <source>Marsad does not recognise this file as an export of a format it knows (%1). Choose the column that holds each field; only the title is required.</source>
            <translation>لم يتعرّف مرصد على هذا الملف بوصفه تصديرًا من صيغة يعرفها (%1). اختر العمود الذي يحمل كل حقل؛ العنوان وحده مطلوب.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="86" />
            <source>The columns are set as you chose last time for a file with these columns.</source>
            <translation>ضُبطت الأعمدة كما اخترتها آخر مرة لملف بهذه الأعمدة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="99" />
            <source>(not in the file)</source>
            <translation>(ليس في الملف)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="123" />
            <source>Dataset name (its records' ids start with it)</source>
            <translation>اسم مجموعة البيانات (تبدأ به معرّفات سجلاتها)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="135" />
            <source>&amp;Import</source>
            <translation>ا&amp;ستورد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="143" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="143" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="143" />
            <source>Until</source>
            <translation>حتى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="144" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="144" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="144" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="145" />
            <source>Identifier</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="145" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="145" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="146" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="146" />
            <source>Province</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="146" />
            <source>District</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="147" />
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="147" />
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="148" />
            <source>Actors (separated by ;)</source>
            <translation>الفاعلون (تفصل بينهم ;)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="148" />
            <source>First actor</source>
            <translation>الفاعل الأول</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="149" />
            <source>Second actor</source>
            <translation>الفاعل الثاني</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="149" />
            <source>Fatalities</source>
            <translation>القتلى</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="161" />
            <source>Choose the column that holds each event's title.</source>
            <translation>اختر العمود الذي يحمل عنوان كل حدث.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="164" />
            <source>Give the dataset a name.</source>
            <translation>أعطِ مجموعة البيانات اسمًا.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="168" />
            <source>Choose another dataset name: %1 are the built-in formats' own.</source>
            <translation>اختر اسمًا آخر لمجموعة البيانات: %1 أسماء الصيغ المدمجة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="171" />
            <source>Choose both latitude and longitude, or neither.</source>
            <translation>اختر خط العرض وخط الطول معًا، أو لا تختر أيًّا منهما.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/mapping.py" line="173" />
            <source>An end date needs a date column too.</source>
            <translation>تاريخ الانتهاء يحتاج إلى عمود للتاريخ أيضًا.</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="187" />
            <source>Import Failed</source>
            <translation>تعذّر الاستيراد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="191" />
            <source>Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import the valid rows and see the skipped ones listed with their lines.</source>
            <translation>
                <numerusform>لم يُستورد شيء: لا صفوف فيها مشكلات.</numerusform>
                <numerusform>لم يُستورد شيء: في صف واحد مشكلة. صحّح الملف واستورده من جديد، أو استورد الصفوف السليمة واعرض الصفوف المتخطّاة بأسطرها.</numerusform>
                <numerusform>لم يُستورد شيء: في صفّين مشكلات. صحّح الملف واستورده من جديد، أو استورد الصفوف السليمة واعرض الصفوف المتخطّاة بأسطرها.</numerusform>
                <numerusform>لم يُستورد شيء: في %n صفوف مشكلات. صحّح الملف واستورده من جديد، أو استورد الصفوف السليمة واعرض الصفوف المتخطّاة بأسطرها.</numerusform>
                <numerusform>لم يُستورد شيء: في %n صفًا مشكلات. صحّح الملف واستورده من جديد، أو استورد الصفوف السليمة واعرض الصفوف المتخطّاة بأسطرها.</numerusform>
                <numerusform>لم يُستورد شيء: في %n صف مشكلات. صحّح الملف واستورده من جديد، أو استورد الصفوف السليمة واعرض الصفوف المتخطّاة بأسطرها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="195" />
            <source>Nothing was imported: %n problem(s) were found. Correct the files and import them again.</source>
            <translation>
                <numerusform>لم يُستورد شيء: لم تُوجد مشكلات.</numerusform>
                <numerusform>لم يُستورد شيء: وُجدت مشكلة واحدة. صحّح الملفات واستوردها من جديد.</numerusform>
                <numerusform>لم يُستورد شيء: وُجدت مشكلتان. صحّح الملفات واستوردها من جديد.</numerusform>
                <numerusform>لم يُستورد شيء: وُجدت %n مشكلات. صحّح الملفات واستوردها من جديد.</numerusform>
                <numerusform>لم يُستورد شيء: وُجدت %n مشكلة. صحّح الملفات واستوردها من جديد.</numerusform>
                <numerusform>لم يُستورد شيء: وُجدت %n مشكلة. صحّح الملفات واستوردها من جديد.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="203" />
            <source>Copy All</source>
            <translation>نسخ الكل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="208" />
            <source>Import the valid rows and list the skipped ones</source>
            <translation>استيراد الصفوف السليمة وعرض المتخطّاة</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="134" />
            <location filename="../../desktop/ui/importing/run.py" line="342" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="135" />
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>لا ملفات للاستيراد…</numerusform>
                <numerusform>جارٍ استيراد ملف واحد…</numerusform>
                <numerusform>جارٍ استيراد ملفين…</numerusform>
                <numerusform>جارٍ استيراد %n ملفات…</numerusform>
                <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
                <numerusform>جارٍ استيراد %n ملف…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="136" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="149" />
            <source>Cancelling… nothing will be written.</source>
            <translation>جارٍ الإلغاء… لن يُكتب شيء.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="343" />
            <source>The import was cancelled; nothing was written.</source>
            <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="236" />
            <source>Checked, Nothing Written</source>
            <translation>فُحص الملف ولم يُكتب شيء</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="236" />
            <source>Import Finished</source>
            <translation>اكتمل الاستيراد</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="241" />
            <source>%n record(s) created</source>
            <translation>
                <numerusform>لم يُنشأ أي سجل</numerusform>
                <numerusform>أُنشئ سجل واحد</numerusform>
                <numerusform>أُنشئ سجلان</numerusform>
                <numerusform>أُنشئت %n سجلات</numerusform>
                <numerusform>أُنشئ %n سجلًا</numerusform>
                <numerusform>أُنشئ %n سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="242" />
            <source>%n record(s) updated</source>
            <translation>
                <numerusform>لم يُحدَّث أي سجل</numerusform>
                <numerusform>حُدِّث سجل واحد</numerusform>
                <numerusform>حُدِّث سجلان</numerusform>
                <numerusform>حُدِّثت %n سجلات</numerusform>
                <numerusform>حُدِّث %n سجلًا</numerusform>
                <numerusform>حُدِّث %n سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="244" />
            <source>%n of them are proposals waiting for review</source>
            <translation>
                <numerusform>لا مقترحات بينها</numerusform>
                <numerusform>منها مقترح واحد ينتظر المراجعة</numerusform>
                <numerusform>منها مقترحان ينتظران المراجعة</numerusform>
                <numerusform>منها %n مقترحات تنتظر المراجعة</numerusform>
                <numerusform>منها %n مقترحًا تنتظر المراجعة</numerusform>
                <numerusform>منها %n مقترح تنتظر المراجعة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="245" />
            <source>%1, %2; %3.</source>
            <translation>%1، و%2؛ %3.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="247" />
            <source>%1, %2.</source>
            <translation>%1، و%2.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="254" />
            <source>This was a check: the store was not changed.</source>
            <translation>كان هذا فحصًا فقط: لم يتغير المخزن.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="263" />
            <source>%1 new, %2 updated, %3 proposed</source>
            <translation>%1 جديد، %2 محدَّث، %3 مقترح</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="276" />
            <source>%n row(s) with problems were left out; the valid rows were imported. Each is listed below with its line and why.</source>
            <translation>
                <numerusform>لم يُتخطَّ أي صف؛ استُوردت الصفوف كلها.</numerusform>
                <numerusform>تُخطّي صف واحد فيه مشكلة، واستُوردت الصفوف السليمة. كل صف متخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>تُخطّي صفّان فيهما مشكلات، واستُوردت الصفوف السليمة. كل صف متخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>تُخطّيت %n صفوف فيها مشكلات، واستُوردت الصفوف السليمة. كل صف متخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>تُخطّي %n صفًا فيها مشكلات، واستُوردت الصفوف السليمة. كل صف متخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>تُخطّي %n صف فيها مشكلات، واستُوردت الصفوف السليمة. كل صف متخطّى مذكور أدناه بسطره وسببه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="279" />
            <source>%n row(s) with problems would be left out; the valid rows would be imported. Each is listed below with its line and why.</source>
            <translation>
                <numerusform>لن يُتخطّى أي صف؛ ستُستورد الصفوف كلها.</numerusform>
                <numerusform>سيُتخطّى صف واحد فيه مشكلة، وتُستورد الصفوف السليمة. كل صف سيُتخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>سيُتخطّى صفّان فيهما مشكلات، وتُستورد الصفوف السليمة. كل صف سيُتخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>ستُتخطّى %n صفوف فيها مشكلات، وتُستورد الصفوف السليمة. كل صف سيُتخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>سيُتخطّى %n صفًا فيها مشكلات، وتُستورد الصفوف السليمة. كل صف سيُتخطّى مذكور أدناه بسطره وسببه.</numerusform>
                <numerusform>سيُتخطّى %n صف فيها مشكلات، وتُستورد الصفوف السليمة. كل صف سيُتخطّى مذكور أدناه بسطره وسببه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="287" />
            <source>%n skipped row(s):</source>
            <translation>
                <numerusform>لم يُتخطَّ أي صف:</numerusform>
                <numerusform>الصف المتخطّى:</numerusform>
                <numerusform>الصفّان المتخطّيان:</numerusform>
                <numerusform>الصفوف المتخطّاة (%n):</numerusform>
                <numerusform>الصفوف المتخطّاة (%n):</numerusform>
                <numerusform>الصفوف المتخطّاة (%n):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="288" />
            <source>Skipped (%n):</source>
            <translation>
                <numerusform>لم يُتخطَّ شيء:</numerusform>
                <numerusform>تُخطّي مُدخل واحد:</numerusform>
                <numerusform>تُخطّي مُدخلان:</numerusform>
                <numerusform>تُخطّيت %n مُدخلات:</numerusform>
                <numerusform>تُخطّي %n مُدخلًا:</numerusform>
                <numerusform>تُخطّي %n مُدخل:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="298" />
            <source>Copy All</source>
            <translation>نسخ الكل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/run.py" line="303" />
            <source>Review Proposals…</source>
            <translation>مراجعة المقترحات…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="56" />
            <source>Merge into an Existing Record</source>
            <translation>دمج في سجل موجود</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="60" />
            <source>“%1” is a record the store already has:</source>
            <translation>«%1» سجل موجود في المخزن أصلًا:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="65" />
            <source>Type a name or another name, then pick from the list</source>
            <translation>اكتب اسمًا أو اسمًا آخر، ثم اختر من القائمة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="68" />
            <source>Keep “%1” as another name of that record</source>
            <translation>إبقاء «%1» اسمًا آخر لذلك السجل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="88" />
            <source>Pick the record to merge into.</source>
            <translation>اختر السجل الذي يُدمج فيه.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="90" />
            <source>No single record matches; pick one from the list.</source>
            <translation>لا يطابق سجل واحد؛ اختر من القائمة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="92" />
            <source>That is the proposed record itself.</source>
            <translation>هذا هو السجل المقترح نفسه.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="75" />
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../desktop/ui/importing/merge.py" line="30" />
            <source>Merge %1 into %2</source>
            <translation>دمج %1 في %2</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="69" />
            <source>Review Proposals: %1</source>
            <translation>مراجعة المقترحات: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="119" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="119" />
            <source>Proposed record</source>
            <translation>السجل المقترح</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="119" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="141" />
            <source>&amp;Accept</source>
            <translation>&amp;قبول</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="143" />
            <source>Accept the selected proposal (Ctrl+Enter)</source>
            <translation>قبول المقترح المحدد (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="144" />
            <source>&amp;Edit…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="145" />
            <source>&amp;Merge into…</source>
            <translation>&amp;دمج في…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="146" />
            <source>The proposed actor is one the store already has</source>
            <translation>الفاعل المقترح موجود في المخزن من قبل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="147" />
            <source>&amp;Reject</source>
            <translation>&amp;رفض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="149" />
            <source>Delete the selected proposal (Del)</source>
            <translation>حذف المقترح المحدد (Del)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="167" />
            <source>Accept A&amp;ll</source>
            <translation>قبول ال&amp;كل</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="173" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="175" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="191" />
            <source>Closing leaves the rest unreviewed.</source>
            <translation>الإغلاق يترك الباقي دون مراجعة.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="350" />
            <source>%n record(s) cannot be left without “%1”. Reject them too?</source>
            <translation>
                <numerusform>لا سجلات تحتاج إلى «%1».</numerusform>
                <numerusform>سجل واحد لا يبقى بلا «%1». أترفضه أيضًا؟</numerusform>
                <numerusform>سجلان لا يبقيان بلا «%1». أترفضهما أيضًا؟</numerusform>
                <numerusform>%n سجلات لا تبقى بلا «%1». أترفضها أيضًا؟</numerusform>
                <numerusform>%n سجلًا لا تبقى بلا «%1». أترفضها أيضًا؟</numerusform>
                <numerusform>%n سجل لا تبقى بلا «%1». أترفضها أيضًا؟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="354" />
            <source>To keep them under a record the store already has, use Merge instead.</source>
            <translation>لإبقائها تحت سجل موجود في المخزن، استخدم الدمج بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="355" />
            <source>Reject Them Too</source>
            <translation>رفضها معه</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="200" />
            <source>selected</source>
            <translation>المحدد</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="214" />
            <source>This source no longer exists.</source>
            <translation>لم يعد هذا المصدر موجودًا.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="235" />
            <source>%n proposal(s) waiting for review</source>
            <translation>
                <numerusform>لا مقترحات تنتظر المراجعة</numerusform>
                <numerusform>مقترح واحد ينتظر المراجعة</numerusform>
                <numerusform>مقترحان ينتظران المراجعة</numerusform>
                <numerusform>%n مقترحات تنتظر المراجعة</numerusform>
                <numerusform>%n مقترحًا ينتظر المراجعة</numerusform>
                <numerusform>%n مقترح ينتظر المراجعة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="236" />
            <source>Every proposal from this article has been reviewed.</source>
            <translation>رُوجعت كل مقترحات هذا المقال.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="275" />
            <source>Why: %1</source>
            <translation>السبب: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="310" />
            <location filename="../../desktop/ui/importing/review.py" line="418" />
            <location filename="../../desktop/ui/importing/review.py" line="428" />
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="329" />
            <source>Accept All</source>
            <translation>قبول الكل</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="330" />
            <source>Accept all %n proposal(s) as they are?</source>
            <translation>
                <numerusform>لا مقترحات لقبولها.</numerusform>
                <numerusform>قبول المقترح الوحيد كما هو؟</numerusform>
                <numerusform>قبول المقترحين كما هما؟</numerusform>
                <numerusform>قبول المقترحات الـ%n كلها كما هي؟</numerusform>
                <numerusform>قبول المقترحات الـ%n كلها كما هي؟</numerusform>
                <numerusform>قبول المقترحات الـ%n كلها كما هي؟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="346" />
            <source>Reject %1</source>
            <translation>رفض %1</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="349" />
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="419" />
            <source>No imported article has proposals waiting for review.</source>
            <translation>لا توجد مقالات مستوردة لها مقترحات تنتظر المراجعة.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/importing/review.py" line="429" />
            <source>Articles with proposals waiting for review:</source>
            <translation>مقالات لها مقترحات تنتظر المراجعة:</translation>
        </message>
    </context>
</TS>