<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n attendance</numerusform>
            <numerusform>%n attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {running} not ended; {attendances}</source>
        <translation>
            <numerusform>%n session, {running} not ended; {attendances}</numerusform>
            <numerusform>%n sessions, {running} not ended; {attendances}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s); {attendances}</source>
        <translation>
            <numerusform>%n session; {attendances}</numerusform>
            <numerusform>%n sessions; {attendances}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other session(s) not ended either: see the list.)</source>
        <translation>
            <numerusform>(%n other session not ended either: see the list.)</numerusform>
            <numerusform>(%n other sessions not ended either: see the list.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;%n topic(s) covered, {time} so far. Untick anyone who did not stay throughout: only people who stayed are credited with the sections covered.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;%n topic covered, {time} so far. Untick anyone who did not stay throughout: only people who stayed are credited with the sections covered.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;%n topics covered, {time} so far. Untick anyone who did not stay throughout: only people who stayed are credited with the sections covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} here: {sides} (%n guest(s))</source>
        <translation>
            <numerusform>{count} here: {sides} (%n guest)</numerusform>
            <numerusform>{count} here: {sides} (%n guests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s); the group&apos;s answer: &lt;b&gt;{answer}&lt;/b&gt;.</source>
        <translation>
            <numerusform>%n vote; the group&apos;s answer: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
            <numerusform>%n votes; the group&apos;s answer: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n vote.</numerusform>
            <numerusform>%n votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{length}&lt;/b&gt;, %n step(s). Version {version}.</source>
        <translation>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, %n step. Version {version}.</numerusform>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, %n steps. Version {version}.</numerusform>
        </translation>
    </message>
</context>
</TS>
