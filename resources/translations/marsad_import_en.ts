<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>ImportErrorsDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="191" />
            <source>Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import the valid rows and see the skipped ones listed with their lines.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has problems. Correct the file and import it again, or import the valid rows and see the skipped one listed with its line.</numerusform>
                <numerusform>Nothing was imported: %n rows have problems. Correct the file and import it again, or import the valid rows and see the skipped ones listed with their lines.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="195" />
            <source>Nothing was imported: %n problem(s) were found. Correct the files and import them again.</source>
            <translation>
                <numerusform>Nothing was imported: %n problem was found. Correct the files and import them again.</numerusform>
                <numerusform>Nothing was imported: %n problems were found. Correct the files and import them again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="135" />
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Importing %n file…</numerusform>
                <numerusform>Importing %n files…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="241" />
            <source>%n record(s) created</source>
            <translation>
                <numerusform>%n record created</numerusform>
                <numerusform>%n records created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="242" />
            <source>%n record(s) updated</source>
            <translation>
                <numerusform>%n record updated</numerusform>
                <numerusform>%n records updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="244" />
            <source>%n of them are proposals waiting for review</source>
            <translation>
                <numerusform>%n of them is a proposal waiting for review</numerusform>
                <numerusform>%n of them are proposals waiting for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="276" />
            <source>%n row(s) with problems were left out; the valid rows were imported. Each is listed below with its line and why.</source>
            <translation>
                <numerusform>%n row with a problem was left out; the valid rows were imported. It is listed below with its line and why.</numerusform>
                <numerusform>%n rows with problems were left out; the valid rows were imported. Each is listed below with its line and why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="279" />
            <source>%n row(s) with problems would be left out; the valid rows would be imported. Each is listed below with its line and why.</source>
            <translation>
                <numerusform>%n row with a problem would be left out; the valid rows would be imported. It is listed below with its line and why.</numerusform>
                <numerusform>%n rows with problems would be left out; the valid rows would be imported. Each is listed below with its line and why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="287" />
            <source>%n skipped row(s):</source>
            <translation>
                <numerusform>%n skipped row:</numerusform>
                <numerusform>%n skipped rows:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/run.py" line="288" />
            <source>Skipped (%n):</source>
            <translation>
                <numerusform>Skipped (%n):</numerusform>
                <numerusform>Skipped (%n):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="235" />
            <source>%n proposal(s) waiting for review</source>
            <translation>
                <numerusform>%n proposal waiting for review</numerusform>
                <numerusform>%n proposals waiting for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="330" />
            <source>Accept all %n proposal(s) as they are?</source>
            <translation>
                <numerusform>Accept the %n proposal as it is?</numerusform>
                <numerusform>Accept all %n proposals as they are?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/importing/review.py" line="350" />
            <source>%n record(s) cannot be left without “%1”. Reject them too?</source>
            <translation>
                <numerusform>%n record cannot be left without “%1”. Reject it too?</numerusform>
                <numerusform>%n records cannot be left without “%1”. Reject them too?</numerusform>
            </translation>
        </message>
    </context>
</TS>