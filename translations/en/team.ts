<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n item(s) overdue for {people}</source>
        <translation>
            <numerusform>%n item overdue for {people}</numerusform>
            <numerusform>%n items overdue for {people}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of {places} module places, %n person(s)</source>
        <translation>
            <numerusform>{done} of {places} module places, %n person</numerusform>
            <numerusform>{done} of {places} module places, %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed, best assessed score {score}% (pass mark {mark}%), %n assessed attempt(s)</source>
        <translation>
            <numerusform>passed, best assessed score {score}% (pass mark {mark}%), %n assessed attempt</numerusform>
            <numerusform>passed, best assessed score {score}% (pass mark {mark}%), %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed, best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>passed, best assessed score {score}%, %n assessed attempt</numerusform>
            <numerusform>passed, best assessed score {score}%, %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed ({time})</source>
        <translation>
            <numerusform>%n module completed ({time})</numerusform>
            <numerusform>%n modules completed ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed quiz(zes) passed ({time})</source>
        <translation>
            <numerusform>%n assessed quiz passed ({time})</numerusform>
            <numerusform>%n assessed quizzes passed ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint session(s) ({time})</source>
        <translation>
            <numerusform>%n joint session ({time})</numerusform>
            <numerusform>%n joint sessions ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due {date})</source>
        <translation>
            <numerusform>Overdue by %n day (due {date})</numerusform>
            <numerusform>Overdue by %n days (due {date})</numerusform>
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
        <source>All %n assigned item(s) done. Well done.</source>
        <translation>
            <numerusform>All %n assigned item done. Well done.</numerusform>
            <numerusform>All %n assigned items done. Well done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) in force; {overdue} overdue, counted once for each assignment a person is behind on (Training shows each person once).</source>
        <translation>
            <numerusform>%n assignment in force; {overdue} overdue, counted once for each assignment a person is behind on (Training shows each person once).</numerusform>
            <numerusform>%n assignments in force; {overdue} overdue, counted once for each assignment a person is behind on (Training shows each person once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n item(s); for {roles})</source>
        <translation>
            <numerusform>{title} (%n item; for {roles})</numerusform>
            <numerusform>{title} (%n items; for {roles})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n person(s))</source>
        <translation>
            <numerusform>{name} (%n person)</numerusform>
            <numerusform>{name} (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practice only: %n practice attempt(s), no assessed attempt</source>
        <translation>
            <numerusform>Practice only: %n practice attempt, no assessed attempt</numerusform>
            <numerusform>Practice only: %n practice attempts, no assessed attempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed: best assessed score {score}% on {date}, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Passed: best assessed score {score}% on {date}, %n assessed attempt</numerusform>
            <numerusform>Passed: best assessed score {score}% on {date}, %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed: best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Passed: best assessed score {score}%, %n assessed attempt</numerusform>
            <numerusform>Passed: best assessed score {score}%, %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not passed: best assessed score {score}% on {date}, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Not passed: best assessed score {score}% on {date}, %n assessed attempt</numerusform>
            <numerusform>Not passed: best assessed score {score}% on {date}, %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not passed: best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Not passed: best assessed score {score}%, %n assessed attempt</numerusform>
            <numerusform>Not passed: best assessed score {score}%, %n assessed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module visit(s)</source>
        <translation>
            <numerusform>%n module visit</numerusform>
            <numerusform>%n module visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module record(s)</source>
        <translation>
            <numerusform>%n module record</numerusform>
            <numerusform>%n module records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz attempt(s)</source>
        <translation>
            <numerusform>%n quiz attempt</numerusform>
            <numerusform>%n quiz attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning record(s) (xAPI)</source>
        <translation>
            <numerusform>%n learning record (xAPI)</numerusform>
            <numerusform>%n learning records (xAPI)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to imported records</source>
        <translation>
            <numerusform>%n link to imported records</numerusform>
            <numerusform>%n links to imported records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint session reflection(s)</source>
        <translation>
            <numerusform>%n joint session reflection</numerusform>
            <numerusform>%n joint session reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span class=&apos;bad&apos;&gt;%n overdue&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n overdue&lt;/span&gt;</numerusform>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n overdue&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue ({people})</source>
        <comment>a count of overdue items, then of people</comment>
        <translation>
            <numerusform>%n overdue ({people})</numerusform>
            <numerusform>%n overdue ({people})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refresher(s) due</source>
        <translation>
            <numerusform>%n refresher due</numerusform>
            <numerusform>%n refreshers due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n in all</source>
        <translation>
            <numerusform>of %n in all</numerusform>
            <numerusform>of %n in all</numerusform>
        </translation>
    </message>
</context>
</TS>
