<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Arabic for strings of Qt's own dialogs that Qt's qtbase_ar.qm lacks (their English changed in
     Qt 6, or was never translated): the file, print and page-setup dialogs. Loaded after qtbase_ar,
     so it is asked first. tests/ui/test_qt_dialogs_translated.py finds any string still missing. -->
<TS version="2.1" language="ar">
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Drive</source><translation>قرص</translation></message>
    <message><source>Folder</source><comment>All other platforms</comment><translation>مجلد</translation></message>
    <message><source>File Folder</source><comment>Match Windows Explorer</comment><translation>مجلد ملفات</translation></message>
    <message><source>Folder</source><comment>Match OS X Finder</comment><translation>مجلد</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Type</source><comment>All other platforms</comment><translation>النوع</translation></message>
    <message><source>Kind</source><comment>Match OS X Finder</comment><translation>النوع</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>ا&amp;بحث في:</translation></message>
    <message><source>Files of &amp;type:</source><translation>الملفات من ال&amp;نوع:</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Page &amp;order:</source><translation>&amp;ترتيب الصفحات:</translation></message>
    <message><source>Pages &amp;per sheet:</source><translation>الصفحات في ال&amp;ورقة:</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Double Sided Printing</source><translation>الطباعة على الوجهين</translation></message>
    <message><source>Long side binding</source><translation>التجليد على الحافة الطويلة</translation></message>
    <message><source>Short side binding</source><translation>التجليد على الحافة القصيرة</translation></message>
    <message><source>Off</source><translation>معطّلة</translation></message>
    <message><source>Page &amp;Set:</source><translation>&amp;مجموعة الصفحات:</translation></message>
    <message><source>Pages</source><translation>الصفحات</translation></message>
    <message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>اكتب الصفحات أو المديات مفصولة بفواصل. المدى رقمان بينهما شرطة، مثلًا: 3,5-7,9 يطبع الصفحات 3 و5 و6 و7 و9.</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>Control</source><translation>Control</translation></message>
    <message><source>Calendar</source><translation>التقويم</translation></message>
    <message><source>Keyboard</source><translation>لوحة المفاتيح</translation></message>
    <message><source>Memo</source><translation>مذكرة</translation></message>
    <message><source>To-do list</source><translation>قائمة المهام</translation></message>
    <message><source>Adjust contrast</source><translation>ضبط التباين</translation></message>
    <message><source>Launch (G)</source><translation>تشغيل (G)</translation></message>
    <message><source>Launch (H)</source><translation>تشغيل (H)</translation></message>
</context>
</TS>
