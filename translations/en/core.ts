<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>(%n question(s) from quizzes no longer installed are left out.)</source>
        <translation>
            <numerusform>(%n question from quizzes no longer installed is left out.)</numerusform>
            <numerusform>(%n questions from quizzes no longer installed are left out.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher: nothing to ask. All %n questions scheduled for you are no longer in the installed quizzes, so none can be asked; questions from quizzes you take now will come back here.</source>
        <translation>
            <numerusform>Refresher: nothing to ask. The question scheduled for you is no longer in the installed quizzes, so it cannot be asked; questions from quizzes you take now will come back here.</numerusform>
            <numerusform>Refresher: nothing to ask. All %n questions scheduled for you are no longer in the installed quizzes, so none can be asked; questions from quizzes you take now will come back here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher: you have answered today&apos;s %n question(s).</source>
        <translation>
            <numerusform>Refresher: you have answered today&apos;s %n question.</numerusform>
            <numerusform>Refresher: you have answered today&apos;s %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are due and will be asked from tomorrow.</source>
        <translation>
            <numerusform>%n more is due and will be asked from tomorrow.</numerusform>
            <numerusform>%n more are due and will be asked from tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher: %n question(s) from your quizzes due today.</source>
        <translation>
            <numerusform>Refresher: %n question from your quizzes due today.</numerusform>
            <numerusform>Refresher: %n questions from your quizzes due today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher: %n question(s) from your quizzes due today; today&apos;s refresher asks {asked}.</source>
        <translation>
            <numerusform>Refresher: %n question from your quizzes due today; today&apos;s refresher asks {asked}.</numerusform>
            <numerusform>Refresher: %n questions from your quizzes due today; today&apos;s refresher asks {asked}.</numerusform>
        </translation>
    </message>
</context>
</TS>
