<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n recorded</source>
        <comment>how many entries a repeated question has, such as substances</comment>
        <translation>
            <numerusform>%n recorded</numerusform>
            <numerusform>%n recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screening was locked after %n minute(s) without use. Your amendment is not saved yet: it is kept until you unlock, then save or cancel it; enter your passphrase to carry on.</source>
        <translation>
            <numerusform>Screening was locked after %n minute without use. Your amendment is not saved yet: it is kept until you unlock, then save or cancel it; enter your passphrase to carry on.</numerusform>
            <numerusform>Screening was locked after %n minutes without use. Your amendment is not saved yet: it is kept until you unlock, then save or cancel it; enter your passphrase to carry on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screening was locked after %n minute(s) without use. Your latest answers could not be saved ({reason}): they are kept until you unlock, when saving is tried again; enter your passphrase to carry on.</source>
        <translation>
            <numerusform>Screening was locked after %n minute without use. Your latest answers could not be saved ({reason}): they are kept until you unlock, when saving is tried again; enter your passphrase to carry on.</numerusform>
            <numerusform>Screening was locked after %n minutes without use. Your latest answers could not be saved ({reason}): they are kept until you unlock, when saving is tried again; enter your passphrase to carry on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screening was locked after %n minute(s) without use. Your answers were saved; enter your passphrase to carry on.</source>
        <translation>
            <numerusform>Screening was locked after %n minute without use. Your answers were saved; enter your passphrase to carry on.</numerusform>
            <numerusform>Screening was locked after %n minutes without use. Your answers were saved; enter your passphrase to carry on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red</source>
        <comment>how many red flags</comment>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n red</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amber</source>
        <comment>how many amber flags</comment>
        <translation>
            <numerusform>%n amber</numerusform>
            <numerusform>%n amber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <comment>how many flags for information</comment>
        <translation>
            <numerusform>%n for information</numerusform>
            <numerusform>%n for information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised: {counts}.</source>
        <translation>
            <numerusform>%n flag raised: {counts}.</numerusform>
            <numerusform>%n flags raised: {counts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete (%n answer(s) to correct)</source>
        <comment>a section&apos;s state</comment>
        <translation>
            <numerusform>Incomplete (%n answer to correct)</numerusform>
            <numerusform>Incomplete (%n answers to correct)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s) match the filter.</source>
        <translation>
            <numerusform>%n screening matches the filter.</numerusform>
            <numerusform>%n screenings match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s).</source>
        <translation>
            <numerusform>%n screening.</numerusform>
            <numerusform>%n screenings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <comment>how many flags for information, in a narrow table column</comment>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n screening record(s).</source>
        <translation>
            <numerusform>You have %n screening record.</numerusform>
            <numerusform>You have %n screening records.</numerusform>
        </translation>
    </message>
</context>
</TS>
