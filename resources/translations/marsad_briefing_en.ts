<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>BasketPanel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/basket.py" line="374" />
            <source>Records: %n</source>
            <translation>
                <numerusform>Records: %n</numerusform>
                <numerusform>Records: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingComposer</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="330" />
            <source>Added to the briefing: %n</source>
            <translation>
                <numerusform>Added to the briefing: %n</numerusform>
                <numerusform>Added to the briefing: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="409" />
            <source>Not in the store, left out: %n</source>
            <translation>
                <numerusform>Not in the store, left out: %n</numerusform>
                <numerusform>Not in the store, left out: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/briefing/composer.py" line="447" />
            <source>Pages: %n</source>
            <translation>
                <numerusform>Pages: %n</numerusform>
                <numerusform>Pages: %n</numerusform>
            </translation>
        </message>
    </context>
</TS>