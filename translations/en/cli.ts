<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>conflicting option string: %s</numerusform>
            <numerusform>conflicting option strings: %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entr(y/ies) altered, removed from the middle or unhashed (ids {ids})</source>
        <translation>
            <numerusform>audit log: %n entry altered, removed from the middle or unhashed (ids {ids})</numerusform>
            <numerusform>audit log: %n entries altered, removed from the middle or unhashed (ids {ids})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{database}: %n problem(s) found:</source>
        <translation>
            <numerusform>{database}: %n problem found:</numerusform>
            <numerusform>{database}: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{database}: integrity ok, %n problem(s) found:</source>
        <translation>
            <numerusform>{database}: integrity ok, %n problem found:</numerusform>
            <numerusform>{database}: integrity ok, %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>{errors} and {warnings} are &quot;%n error(s)&quot; and &quot;%n warning(s)&quot;, translated on their own</extracomment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) from {source} into {target}.</source>
        <translation>
            <numerusform>Imported %n question from {source} into {target}.</numerusform>
            <numerusform>Imported %n questions from {source} into {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported quiz &apos;{id}&apos; to {target} (%n question(s) as GIFT).</source>
        <translation>
            <numerusform>Exported quiz &apos;{id}&apos; to {target} (%n question as GIFT).</numerusform>
            <numerusform>Exported quiz &apos;{id}&apos; to {target} (%n questions as GIFT).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>{people} is &quot;%n person(s)&quot;, translated on its own</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from {since} to {until} to {path}</source>
        <translation>
            <numerusform>Wrote %n row ({people}) with something from {since} to {until} to {path}</numerusform>
            <numerusform>Wrote %n rows ({people}) with something from {since} to {until} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from {since} to today to {path}</source>
        <translation>
            <numerusform>Wrote %n row ({people}) with something from {since} to today to {path}</numerusform>
            <numerusform>Wrote %n rows ({people}) with something from {since} to today to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from the start to {until} to {path}</source>
        <translation>
            <numerusform>Wrote %n row ({people}) with something from the start to {until} to {path}</numerusform>
            <numerusform>Wrote %n rows ({people}) with something from the start to {until} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) to {path}</source>
        <translation>
            <numerusform>Wrote %n row ({people}) to {path}</numerusform>
            <numerusform>Wrote %n rows ({people}) to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{probation} probation, {drug_service} drug service, {other} other; %n guest(s)</source>
        <translation>
            <numerusform>{probation} probation, {drug_service} drug service, {other} other; %n guest</numerusform>
            <numerusform>{probation} probation, {drug_service} drug service, {other} other; %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n attendee(s) of session {id} ({title}, {day}).</source>
        <translation>
            <numerusform>Wrote {path}: %n attendee of session {id} ({title}, {day}).</numerusform>
            <numerusform>Wrote {path}: %n attendees of session {id} ({title}, {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) since {since} to {path}</source>
        <translation>
            <numerusform>Wrote %n statement since {since} to {path}</numerusform>
            <numerusform>Wrote %n statements since {since} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n statement to {path}</numerusform>
            <numerusform>Wrote %n statements to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n statement(s) from {path} ({already} already here).</source>
        <translation>
            <numerusform>Imported %n statement from {path} ({already} already here).</numerusform>
            <numerusform>Imported %n statements from {path} ({already} already here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file are not linked to anyone here yet: link them in Team → Learning records.</source>
        <translation>
            <numerusform>%n person in the file is not linked to anyone here yet: link them in Team → Learning records.</numerusform>
            <numerusform>%n people in the file are not linked to anyone here yet: link them in Team → Learning records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probation practitioner(s)</source>
        <translation>
            <numerusform>%n probation practitioner</numerusform>
            <numerusform>%n probation practitioners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug service worker(s)</source>
        <translation>
            <numerusform>%n drug service worker</numerusform>
            <numerusform>%n drug service workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n facilitator</numerusform>
            <numerusform>%n facilitators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n manager</numerusform>
            <numerusform>%n managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n checklist(s) (all finished).</source>
        <translation>
            <numerusform>Made %n checklist (finished).</numerusform>
            <numerusform>Made %n checklists (all finished).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n refresher question(s) from the quiz answers ({due} due now).</source>
        <translation>
            <numerusform>Scheduled %n refresher question from the quiz answers ({due} due now).</numerusform>
            <numerusform>Scheduled %n refresher questions from the quiz answers ({due} due now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n assignment(s) ({cancelled} since cancelled).</source>
        <translation>
            <numerusform>Made %n assignment ({cancelled} since cancelled).</numerusform>
            <numerusform>Made %n assignments ({cancelled} since cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n screening(s) ({finished} finished, {drafts} drafts).</source>
        <translation>
            <numerusform>Made %n screening ({finished} finished, {drafts} drafts).</numerusform>
            <numerusform>Made %n screenings ({finished} finished, {drafts} drafts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n finished joint session(s).</source>
        <translation>
            <numerusform>Added %n finished joint session.</numerusform>
            <numerusform>Added %n finished joint sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n person(s), each with a passphrase.</source>
        <translation>
            <numerusform>Made %n person, with a passphrase.</numerusform>
            <numerusform>Made %n people, each with a passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this profile. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong passphrases for this profile. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong passphrases for this profile. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this profile. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong passphrases for this profile. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many wrong passphrases for this profile. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by the learning record store (failed %n time(s)): {reason}</source>
        <translation>
            <numerusform>Refused by the learning record store (failed %n time): {reason}</numerusform>
            <numerusform>Refused by the learning record store (failed %n times): {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong recovery passphrases. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong recovery passphrases. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong recovery passphrases. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong recovery passphrases. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong recovery passphrases. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many wrong recovery passphrases. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n learning record(s) (xAPI statements) for the demo team.</source>
        <translation>
            <numerusform>Made %n learning record (xAPI statement) for the demo team.</numerusform>
            <numerusform>Made %n learning records (xAPI statements) for the demo team.</numerusform>
        </translation>
    </message>
</context>
</TS>
