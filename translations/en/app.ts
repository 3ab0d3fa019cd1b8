<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on. The joint session carries on; its register is hidden until you sign in again.</source>
        <translation>
            <numerusform>Signed out after %n minute without use. Your work was kept: sign in again to carry on. The joint session carries on; its register is hidden until you sign in again.</numerusform>
            <numerusform>Signed out after %n minutes without use. Your work was kept: sign in again to carry on. The joint session carries on; its register is hidden until you sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on.</source>
        <translation>
            <numerusform>Signed out after %n minute without use. Your work was kept: sign in again to carry on.</numerusform>
            <numerusform>Signed out after %n minutes without use. Your work was kept: sign in again to carry on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s refresher has %n question(s) from quizzes you have taken: a few minutes keeps them fresh.</source>
        <translation>
            <numerusform>Today&apos;s refresher has %n question from quizzes you have taken: a few minutes keeps it fresh.</numerusform>
            <numerusform>Today&apos;s refresher has %n questions from quizzes you have taken: a few minutes keeps them fresh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{symbol} Overdue by %n day(s) (due {date})</source>
        <translation>
            <numerusform>{symbol} Overdue by %n day (due {date})</numerusform>
            <numerusform>{symbol} Overdue by %n days (due {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s) ({date})</source>
        <translation>
            <numerusform>Due in %n day ({date})</numerusform>
            <numerusform>Due in %n days ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more in {section}.</source>
        <translation>
            <numerusform>And %n more in {section}.</numerusform>
            <numerusform>And %n more in {section}.</numerusform>
        </translation>
    </message>
</context>
</TS>
