<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CaseView</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_view.py" line="459" />
        <source>%n overdue task(s)</source>
        <translation><numerusform>%n overdue task</numerusform><numerusform>%n overdue tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/case_view.py" line="608" />
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message numerus="yes">
        <location filename="../../adviser_desk/ui/password_fields.py" line="69" />
        <source>Use at least %n characters.</source>
        <translation><numerusform>Use at least %n character.</numerusform><numerusform>Use at least %n characters.</numerusform></translation>
    </message>
</context>
</TS>