<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>BasketButton</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="172" />
            <source>Briefing: %n</source>
            <translation>
                <numerusform>Briefing: %n</numerusform>
                <numerusform>Briefing: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="173" />
            <source>Records in the briefing: %n. Click to open the briefing composer.</source>
            <translation>
                <numerusform>Records in the briefing: %n. Click to open the briefing composer.</numerusform>
                <numerusform>Records in the briefing: %n. Click to open the briefing composer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/commands.py" line="113" />
            <source>Delete %n record(s)</source>
            <translation>
                <numerusform>Delete %n record</numerusform>
                <numerusform>Delete %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/commands.py" line="137" />
            <source>Accept %n record(s)</source>
            <translation>
                <numerusform>Accept %n record</numerusform>
                <numerusform>Accept %n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/conflicts_view.py" line="229" />
            <source>%n open conflict(s): records changed here and at another store. Choose what to keep for each.</source>
            <translation>
                <numerusform>%n open conflict: a record changed here and at another store. Choose what to keep.</numerusform>
                <numerusform>%n open conflicts: records changed here and at another store. Choose what to keep for each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/conflicts_view.py" line="285" />
            <source>%n record(s) here still need it</source>
            <translation>
                <numerusform>%n record here still needs it</numerusform>
                <numerusform>%n records here still need it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/error_text.py" line="282" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HubSearchDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/hub_search.py" line="124" />
            <source>%n record(s) found on the hub, newest changes first.</source>
            <translation>
                <numerusform>%n record found on the hub, newest changes first.</numerusform>
                <numerusform>%n records found on the hub, newest changes first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/editing.py" line="130" />
            <source>Delete %n record(s)? You can undo this.</source>
            <translation>
                <numerusform>Delete %n record? You can undo this.</numerusform>
                <numerusform>Delete %n records? You can undo this.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="116" />
            <source>Added to the briefing: %n of %1. Press %2 again to add the next ones.</source>
            <translation>
                <numerusform>Added to the briefing: %n of %1. Press %2 again to add the next ones.</numerusform>
                <numerusform>Added to the briefing: %n of %1. Press %2 again to add the next ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/basket_status.py" line="124" />
            <source>Added to the briefing: %n</source>
            <translation>
                <numerusform>Added to the briefing: %n</numerusform>
                <numerusform>Added to the briefing: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="135" />
            <source>Export %n Selected Record(s)…</source>
            <translation>
                <numerusform>Export %n Selected Record…</numerusform>
                <numerusform>Export %n Selected Records…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="165" />
            <source>Export %n selected record(s)</source>
            <translation>
                <numerusform>Export %n selected record</numerusform>
                <numerusform>Export %n selected records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/file_actions.py" line="197" />
            <source>Exported %n selected record(s) to %1</source>
            <translation>
                <numerusform>Exported %n selected record to %1</numerusform>
                <numerusform>Exported %n selected records to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/search_actions.py" line="155" />
            <source>%n found</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/search_actions.py" line="159" />
            <source>in %n ms</source>
            <translation>
                <numerusform>in %n ms</numerusform>
                <numerusform>in %n ms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewConflicts</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/team/review_link.py" line="65" />
            <source>No imported article has proposals waiting for review, but %n conflict(s) from other stores wait for you to choose what to keep. Show them?</source>
            <translation>
                <numerusform>No imported article has proposals waiting for review, but %n conflict from another store waits for you to choose what to keep. Show it?</numerusform>
                <numerusform>No imported article has proposals waiting for review, but %n conflicts from other stores wait for you to choose what to keep. Show them?</numerusform>
            </translation>
        </message>
    </context>
</TS>