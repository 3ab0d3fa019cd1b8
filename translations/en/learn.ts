<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>{viewed} of %n section(s) viewed</source>
        <extracomment>{viewed}: how many of the %n sections were viewed</extracomment>
        <translation>
            <numerusform>{viewed} of %n section viewed</numerusform>
            <numerusform>{viewed} of %n sections viewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For your role: %n module(s) from your role&apos;s learning paths</source>
        <translation>
            <numerusform>For your role: %n module from your role&apos;s learning paths</numerusform>
            <numerusform>For your role: %n modules from your role&apos;s learning paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still unread (%n section(s)): {titles}. Read them (choose from Contents), then choose Complete module again.</source>
        <extracomment>{titles}: the unread sections&apos; numbers and titles, separated by semicolons</extracomment>
        <translation>
            <numerusform>Still unread (%n section): {titles}. Read it (choose from Contents), then choose Complete module again.</numerusform>
            <numerusform>Still unread (%n sections): {titles}. Read them (choose from Contents), then choose Complete module again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the refresher: %n question(s) to answer now</source>
        <translation>
            <numerusform>Start the refresher: %n question to answer now</numerusform>
            <numerusform>Start the refresher: %n questions to answer now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n question(s) and got {right} right.</source>
        <translation>
            <numerusform>You reviewed %n question and got {right} right.</numerusform>
            <numerusform>You reviewed %n questions and got {right} right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are still due today: open the refresher again to answer them.</source>
        <translation>
            <numerusform>%n question is still due today: open the refresher again to answer them.</numerusform>
            <numerusform>%n questions are still due today: open the refresher again to answer them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are due and will be asked from tomorrow.</source>
        <comment>after a semicolon, so lower case</comment>
        <translation>
            <numerusform>%n more is due and will be asked from tomorrow.</numerusform>
            <numerusform>%n more are due and will be asked from tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have answered today&apos;s %n question(s); {more}</source>
        <extracomment>{more}: &apos;2 more are due and will be asked from tomorrow.&apos; (translated on its own)</extracomment>
        <translation>
            <numerusform>You have answered today&apos;s %n question; {more}</numerusform>
            <numerusform>You have answered today&apos;s %n questions; {more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are not answered yet and will score 0. Finish now?</source>
        <translation>
            <numerusform>%n question is not answered yet and will score 0. Finish now?</numerusform>
            <numerusform>%n questions are not answered yet and will score 0. Finish now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{module}” is not complete yet: %n of {total} sections are still unread:

{sections}

Read them (choose from Contents), then choose Complete module again.</source>
        <extracomment>%n: the sections unread; {total}: the module&apos;s sections; {sections}: the unread ones, a line each</extracomment>
        <translation>
            <numerusform>“{module}” is not complete yet: %n of {total} sections is still unread:

{sections}

Read it (choose from Contents), then choose Complete module again.</numerusform>
            <numerusform>“{module}” is not complete yet: %n of {total} sections are still unread:

{sections}

Read them (choose from Contents), then choose Complete module again.</numerusform>
        </translation>
    </message>
</context>
</TS>
