<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Module section</source>
        <extracomment>The kinds of step a plan may have, in the words the YAML uses (``type:``). Each kind&apos;s label, marked for translation: show it with ``tr(KIND_LABELS[kind])`` (or :func:`kind_label`).</extracomment>
        <translation>Adran modiwl</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Trafodaeth</translation>
    </message>
    <message>
        <source>Group question</source>
        <translation>Cwestiwn grŵp</translation>
    </message>
    <message>
        <source>Group scenario</source>
        <translation>Senario grŵp</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Egwyl</translation>
    </message>
    <message>
        <source>plan id &apos;{id}&apos; is also used by {file}</source>
        <translation>mae&apos;r dynodydd cynllun &apos;{id}&apos; hefyd yn cael ei ddefnyddio gan {file}</translation>
    </message>
    <message>
        <source>the plan could not be read</source>
        <translation>nid oedd modd darllen y cynllun</translation>
    </message>
    <message>
        <source>file is too large for a session plan ({size} KB; at most {limit} KB)</source>
        <translation>mae&apos;r ffeil yn rhy fawr i fod yn gynllun sesiwn ({size} KB; {limit} KB ar y mwyaf)</translation>
    </message>
    <message>
        <source>file is not UTF-8 text: save it as UTF-8</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8: cadwch hi fel UTF-8</translation>
    </message>
    <message>
        <source>cannot read file: {reason}</source>
        <translation>ni ellir darllen y ffeil: {reason}</translation>
    </message>
    <message>
        <source>file is empty: a plan needs id, title, version, summary, audience, minutes, outcomes and steps</source>
        <translation>mae&apos;r ffeil yn wag: mae cynllun angen id, title, version, summary, audience, minutes, outcomes a steps</translation>
    </message>
    <message>
        <source>file contains a NUL character</source>
        <translation>mae nod NUL yn y ffeil</translation>
    </message>
    <message>
        <source>plan</source>
        <comment>names the text in a message</comment>
        <translation>y cynllun</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; (expected {fields})</source>
        <translation>maes anhysbys &apos;{name}&apos; (disgwylir {fields})</translation>
    </message>
    <message>
        <source>plan id &apos;{id}&apos; must be lower-case words joined by hyphens, e.g. overdose-naloxone-release</source>
        <translation>rhaid i&apos;r dynodydd cynllun &apos;{id}&apos; fod yn eiriau llythrennau bach wedi&apos;u cysylltu â chysylltnodau, e.e. overdose-naloxone-release</translation>
    </message>
    <message>
        <source>plan id &apos;{id}&apos; must match the file name &apos;{name}&apos;</source>
        <translation>rhaid i&apos;r dynodydd cynllun &apos;{id}&apos; gyfateb i enw&apos;r ffeil &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the steps add up to {total} minutes but the plan says {minutes}</source>
        <translation>mae&apos;r camau&apos;n dod i gyfanswm o {total} munud ond mae&apos;r cynllun yn dweud {minutes}</translation>
    </message>
    <message>
        <source>a bundled plan runs {least} to {most} minutes, not {minutes}</source>
        <translation>mae cynllun sy&apos;n dod gyda&apos;r ap yn para rhwng {least} a {most} munud, nid {minutes}</translation>
    </message>
    <message>
        <source>the plan has no &apos;{field}&apos;</source>
        <translation>nid oes &apos;{field}&apos; gan y cynllun</translation>
    </message>
    <message>
        <source>step {number} has no &apos;{field}&apos;</source>
        <translation>nid oes &apos;{field}&apos; gan gam {number}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of the plan must be text</source>
        <translation>rhaid i &apos;{field}&apos; y cynllun fod yn destun</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of step {number} must be text</source>
        <translation>rhaid i &apos;{field}&apos; cam {number} fod yn destun</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of the plan is empty</source>
        <translation>mae &apos;{field}&apos; y cynllun yn wag</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of step {number} is empty</source>
        <translation>mae &apos;{field}&apos; cam {number} yn wag</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of the plan is too long ({length} characters; at most {limit})</source>
        <translation>mae &apos;{field}&apos; y cynllun yn rhy hir ({length} nod; {limit} ar y mwyaf)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of step {number} is too long ({length} characters; at most {limit})</source>
        <translation>mae &apos;{field}&apos; cam {number} yn rhy hir ({length} nod; {limit} ar y mwyaf)</translation>
    </message>
    <message>
        <source>the plan has no &apos;minutes&apos;</source>
        <translation>nid oes &apos;minutes&apos; gan y cynllun</translation>
    </message>
    <message>
        <source>step {number} has no &apos;minutes&apos;</source>
        <translation>nid oes &apos;minutes&apos; gan gam {number}</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; of the plan must be a whole number of minutes from 1 to 600</source>
        <translation>rhaid i &apos;minutes&apos; y cynllun fod yn nifer cyfan o funudau rhwng 1 a 600</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; of step {number} must be a whole number of minutes from 1 to 600</source>
        <translation>rhaid i &apos;minutes&apos; cam {number} fod yn nifer cyfan o funudau rhwng 1 a 600</translation>
    </message>
    <message>
        <source>the plan has no &apos;{field}&apos; list</source>
        <translation>nid oes rhestr &apos;{field}&apos; gan y cynllun</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list, each line starting with &apos;- &apos;</source>
        <translation>rhaid i &apos;{field}&apos; fod yn rhestr, gyda phob llinell yn dechrau â &apos;- &apos;</translation>
    </message>
    <message>
        <source>item {number} of &apos;{field}&apos; must be text</source>
        <translation>rhaid i eitem {number} o &apos;{field}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>item {number} of &apos;{field}&apos; is too long (at most {limit} characters)</source>
        <translation>mae eitem {number} o &apos;{field}&apos; yn rhy hir ({limit} nod ar y mwyaf)</translation>
    </message>
    <message>
        <source>the plan has no &apos;reviewed&apos; date (when its content was last checked, e.g. 2026-12-01)</source>
        <translation>nid oes dyddiad &apos;reviewed&apos; gan y cynllun (pryd y cafodd ei gynnwys ei wirio ddiwethaf, e.e. 2026-12-01)</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written as YYYY-MM-DD</source>
        <translation>rhaid i &apos;reviewed&apos; fod yn ddyddiad wedi&apos;i ysgrifennu fel BBBB-MM-DD</translation>
    </message>
    <message>
        <source>the plan has no &apos;steps&apos;: list them under &apos;steps:&apos;, each starting with &apos;- type:&apos;</source>
        <translation>nid oes &apos;steps&apos; gan y cynllun: rhestrwch nhw o dan &apos;steps:&apos;, pob un yn dechrau â &apos;- type:&apos;</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps, each starting with &apos;- type:&apos;</source>
        <translation>rhaid i &apos;steps&apos; fod yn rhestr o gamau, pob un yn dechrau â &apos;- type:&apos;</translation>
    </message>
    <message>
        <source>the plan has {count} steps; at most {limit}</source>
        <translation>mae gan y cynllun {count} o gamau; {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>step {number} must be a set of fields starting with &apos;- type:&apos;</source>
        <translation>rhaid i gam {number} fod yn set o feysydd sy&apos;n dechrau â &apos;- type:&apos;</translation>
    </message>
    <message>
        <source>step {number} has type &apos;{type}&apos;: use one of {types}</source>
        <translation>math cam {number} yw &apos;{type}&apos;: defnyddiwch un o {types}</translation>
    </message>
    <message>
        <source>step {number} has no type: use one of {types}</source>
        <translation>nid oes math gan gam {number}: defnyddiwch un o {types}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is shown only for a discussion; step {number} is a {type}</source>
        <translation>dim ond ar gyfer trafodaeth y dangosir &apos;{field}&apos;; math cam {number} yw {type}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; in step {number} (a {type} step has {fields})</source>
        <translation>maes anhysbys &apos;{field}&apos; yng ngham {number} (meysydd cam {type} yw {fields})</translation>
    </message>
    <message>
        <source>step {number} has no facilitator &apos;notes&apos;: every step of a bundled plan needs them</source>
        <translation>nid oes &apos;notes&apos; i&apos;r hwylusydd gan gam {number}: mae eu hangen ar bob cam mewn cynllun sy&apos;n dod gyda&apos;r ap</translation>
    </message>
    <message>
        <source>step {number} names unknown module &apos;{module}&apos;</source>
        <translation>mae cam {number} yn enwi modiwl anhysbys &apos;{module}&apos;</translation>
    </message>
    <message>
        <source>step {number}: module &apos;{module}&apos; has no section &apos;{section}&apos; (its sections include {some})</source>
        <translation>cam {number}: nid oes adran &apos;{section}&apos; gan fodiwl &apos;{module}&apos; (mae ei adrannau&apos;n cynnwys {some})</translation>
    </message>
    <message>
        <source>step {number} names unknown quiz &apos;{quiz}&apos;</source>
        <translation>mae cam {number} yn enwi cwis anhysbys &apos;{quiz}&apos;</translation>
    </message>
    <message>
        <source>step {number}: quiz &apos;{quiz}&apos; has no question &apos;{question}&apos;</source>
        <translation>cam {number}: nid oes cwestiwn &apos;{question}&apos; gan gwis &apos;{quiz}&apos;</translation>
    </message>
    <message>
        <source>step {number} is a scenario step but &apos;{question}&apos; is {a_type} question: use type: question, or name a scenario</source>
        <extracomment>{a_type} is the type with &apos;a&apos; or &apos;an&apos; before it, for the English; {type} is the type alone</extracomment>
        <translation>cam senario yw cam {number} ond cwestiwn {type} yw &apos;{question}&apos;: defnyddiwch type: question, neu enwch senario</translation>
    </message>
    <message>
        <source>step {number}: &apos;{question}&apos; is {a_type} question, which a group cannot answer by a show of hands; use a single-choice, multiple-response or true-false question (use type: scenario)</source>
        <extracomment>{a_type} is the type with &apos;a&apos; or &apos;an&apos; before it, for the English; {type} is the type alone</extracomment>
        <translation>cam {number}: cwestiwn {type} yw &apos;{question}&apos;, ac ni all grŵp ei ateb drwy godi dwylo; defnyddiwch gwestiwn single-choice, multiple-response neu true-false (defnyddiwch type: scenario)</translation>
    </message>
    <message>
        <source>step {number}: &apos;{question}&apos; is {a_type} question, which a group cannot answer by a show of hands; use a single-choice, multiple-response or true-false question</source>
        <extracomment>{a_type} is the type with &apos;a&apos; or &apos;an&apos; before it, for the English; {type} is the type alone</extracomment>
        <translation>cam {number}: cwestiwn {type} yw &apos;{question}&apos;, ac ni all grŵp ei ateb drwy godi dwylo; defnyddiwch gwestiwn single-choice, multiple-response neu true-false</translation>
    </message>
    <message>
        <source>Probation</source>
        <extracomment>Where an attendee works, in English (the CSV export&apos;s words); shown translated by :func:`side_name`.
----------
The attendance sheet&apos;s groups, in order: probation, then the drug service, then everyone else.</extracomment>
        <translation>Gwasanaeth Prawf</translation>
    </message>
    <message>
        <source>Drug service</source>
        <translation>Gwasanaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Sefydliad arall</translation>
    </message>
    <message>
        <source>This session has ended: correct it with an amendment.</source>
        <extracomment>The console banks the time every 30 seconds (``checkpoint``), so a longer gap since the last bank means no console was running (closed to resume later, the laptop asleep, a crash): only this much of it counts.</extracomment>
        <translation>Mae&apos;r sesiwn hon wedi dod i ben: cywirwch hi drwy ddiwygiad.</translation>
    </message>
    <message>
        <source>The place is too long: at most {limit} characters.</source>
        <translation>Mae&apos;r lleoliad yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to run a joint session.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i gynnal sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to change the register.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i newid y gofrestr.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to end a joint session.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i orffen sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to discard a joint session.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i ddileu sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to see joint session records.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i weld cofnodion sesiynau ar y cyd.</translation>
    </message>
    <message>
        <source>Sign in as a facilitator or manager to amend a joint session.</source>
        <translation>Mewngofnodwch fel hwylusydd neu reolwr i ddiwygio sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can run a joint session.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu cynnal sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can change the register.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu newid y gofrestr.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can end a joint session.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu gorffen sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can discard a joint session.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu dileu sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can see joint session records.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu gweld cofnodion sesiynau ar y cyd.</translation>
    </message>
    <message>
        <source>Only a facilitator or a manager can amend a joint session.</source>
        <translation>Dim ond hwylusydd neu reolwr sy&apos;n gallu diwygio sesiwn ar y cyd.</translation>
    </message>
    <message>
        <source>The co-facilitator&apos;s name is too long: at most {limit} characters.</source>
        <translation>Mae enw&apos;r cyd-hwylusydd yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no joint session {id}.</source>
        <translation>Nid oes sesiwn ar y cyd {id}.</translation>
    </message>
    <message>
        <source>The plan &apos;{title}&apos; has no steps.</source>
        <translation>Nid oes camau yn y cynllun &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Choose the date of the session.</source>
        <translation>Dewiswch ddyddiad y sesiwn.</translation>
    </message>
    <message>
        <source>There is no profile {id}.</source>
        <translation>Nid oes proffil {id}.</translation>
    </message>
    <message>
        <source>{name}&apos;s profile is archived: restore it first, or add them as a guest.</source>
        <translation>Mae proffil {name} wedi&apos;i archifo: adferwch ef yn gyntaf, neu ychwanegwch yr unigolyn fel gwestai.</translation>
    </message>
    <message>
        <source>{name} is already on the register.</source>
        <translation>Mae {name} ar y gofrestr yn barod.</translation>
    </message>
    <message>
        <source>Choose where the guest works: probation, drug service, other organisation.</source>
        <translation>Dewiswch ble mae&apos;r gwestai&apos;n gweithio: y gwasanaeth prawf, gwasanaeth camddefnyddio sylweddau, sefydliad arall.</translation>
    </message>
    <message>
        <source>The guest&apos;s name is too long: at most {limit} characters.</source>
        <translation>Mae enw&apos;r gwestai&apos;n rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Give the guest&apos;s name.</source>
        <translation>Rhowch enw&apos;r gwestai.</translation>
    </message>
    <message>
        <source>The organisation is too long: at most {limit} characters.</source>
        <translation>Mae&apos;r sefydliad yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The role is too long: at most {limit} characters.</source>
        <translation>Mae&apos;r rôl yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no attendee {attendee} on session {id}&apos;s register.</source>
        <translation>Nid oes mynychwr {attendee} ar gofrestr sesiwn {id}.</translation>
    </message>
    <message>
        <source>Session {id} has no step {step}.</source>
        <translation>Nid oes cam {step} yn sesiwn {id}.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is not one of this question&apos;s options.</source>
        <translation>Nid yw &apos;{option}&apos; yn un o opsiynau&apos;r cwestiwn hwn.</translation>
    </message>
    <message>
        <source>A count must be a whole number from 0 to {most}.</source>
        <translation>Rhaid i gyfrif fod yn nifer cyfan rhwng 0 a {most}.</translation>
    </message>
    <message>
        <source>The agreed answer must be one of the options.</source>
        <translation>Rhaid i&apos;r ateb y cytunwyd arno fod yn un o&apos;r opsiynau.</translation>
    </message>
    <message>
        <source>Step {step} of session {id} is not a group question or scenario: there is nothing to vote on.</source>
        <translation>Nid yw cam {step} sesiwn {id} yn gwestiwn grŵp nac yn senario: nid oes dim i bleidleisio arno.</translation>
    </message>
    <message>
        <source>A finished session cannot be discarded: correct it with an amendment.</source>
        <translation>Ni ellir dileu sesiwn sydd wedi gorffen: cywirwch hi drwy ddiwygiad.</translation>
    </message>
    <message>
        <source>Give a reason for the amendment: it is kept with the record.</source>
        <translation>Rhowch reswm dros y diwygiad: caiff ei gadw gyda&apos;r cofnod.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} characters.</source>
        <translation>Mae&apos;r rheswm yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>This session is still running: change it from its console.</source>
        <translation>Mae&apos;r sesiwn hon yn dal i redeg: newidiwch hi o&apos;i chonsol.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is nothing to amend.</source>
        <translation>Ni newidiwyd dim: nid oes dim i&apos;w ddiwygio.</translation>
    </message>
    <message>
        <source>facilitated by {names}</source>
        <translation>hwyluswyr: {names}</translation>
    </message>
    <message>
        <source>did not stay throughout</source>
        <translation>heb aros drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Only the person who attended can write their reflection.</source>
        <translation>Dim ond yr unigolyn a fynychodd sy&apos;n gallu ysgrifennu ei fyfyrdod.</translation>
    </message>
    <message>
        <source>The reflection is too long: at most {limit} characters.</source>
        <translation>Mae&apos;r myfyrdod yn rhy hir: {limit} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>You can reflect on a session once it has ended.</source>
        <translation>Gallwch fyfyrio ar sesiwn unwaith y bydd wedi dod i ben.</translation>
    </message>
    <message>
        <source>You are not on this session&apos;s register.</source>
        <translation>Nid ydych ar gofrestr y sesiwn hon.</translation>
    </message>
    <message>
        <source>True</source>
        <extracomment>Question types a group can answer together by a show of hands.</extracomment>
        <translation>Gwir</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gau</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, abbreviated</comment>
        <translation>{seconds} e</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes, abbreviated</comment>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Co-facilitators</source>
        <translation>Cyd-hwyluswyr</translation>
    </message>
    <message>
        <source>Stayed throughout, {name}</source>
        <translation>Arhosodd drwy&apos;r amser, {name}</translation>
    </message>
    <message>
        <source>Attendee removed: {name}</source>
        <translation>Mynychwr wedi&apos;i dynnu: {name}</translation>
    </message>
    <message>
        <source>Attendee added: {name}</source>
        <translation>Mynychwr wedi&apos;i ychwanegu: {name}</translation>
    </message>
    <message>
        <source>Training record, not clinical advice. In an emergency call 999.</source>
        <translation>Cofnod hyfforddiant, nid cyngor clinigol. Mewn argyfwng ffoniwch 999.</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Sefydliadau eraill</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The table&apos;s headers (two-line last header: narrow in the console), marked here and translated by :func:`columns`.</extracomment>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Stayed throughout</source>
        <translation>Arhosodd drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Joint session record: {title}</source>
        <translation>Cofnod sesiwn ar y cyd: {title}</translation>
    </message>
    <message>
        <source>Joint probation and drug service training session · record {id} · amended (see the end)</source>
        <translation>Sesiwn hyfforddi ar y cyd rhwng y gwasanaeth prawf a gwasanaethau camddefnyddio sylweddau · cofnod {id} · wedi&apos;i ddiwygio (gweler y diwedd)</translation>
    </message>
    <message>
        <source>Joint probation and drug service training session · record {id}</source>
        <translation>Sesiwn hyfforddi ar y cyd rhwng y gwasanaeth prawf a gwasanaethau camddefnyddio sylweddau · cofnod {id}</translation>
    </message>
    <message>
        <source>This session has not ended yet: its record may still change.</source>
        <translation>Nid yw&apos;r sesiwn hon wedi dod i ben eto: gall ei chofnod newid o hyd.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Deilliannau dysgu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Hwyluswyr</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>{time} (planned {minutes} min): {span}</source>
        <translation>{time} (cynlluniwyd {minutes} mun): {span}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>{title} ({id}, version {version})</source>
        <comment>a plan, its id and version</comment>
        <translation>{title} ({id}, fersiwn {version})</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Attendance ({count})</source>
        <translation>Presenoldeb ({count})</translation>
    </message>
    <message>
        <source>Nobody is on the register.</source>
        <translation>Nid oes neb ar y gofrestr.</translation>
    </message>
    <message>
        <source>Session {id}, {date}. The signature column is for a paper copy.</source>
        <translation>Sesiwn {id}, {date}. Mae&apos;r golofn llofnod ar gyfer copi papur.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>do</translation>
    </message>
    <message>
        <source>no, left early</source>
        <translation>naddo, gadawodd yn gynnar</translation>
    </message>
    <message>
        <source>no</source>
        <translation>naddo</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>heb ei gwmpasu</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>the kind of step</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Cynlluniwyd</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Amser a dreuliwyd</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Pynciau a drafodwyd</translation>
    </message>
    <message>
        <source>Not covered: {steps}.</source>
        <translation>Heb eu cwmpasu: {steps}.</translation>
    </message>
    <message>
        <source>Counts of hands, entered by the facilitator; no one&apos;s own answer is recorded. ✓ marks the right (or best) answer.</source>
        <translation>Nifer y dwylo, wedi&apos;u cofnodi gan yr hwylusydd; ni chofnodir ateb neb unigol. Mae ✓ yn dangos yr ateb cywir (neu&apos;r gorau).</translation>
    </message>
    <message>
        <source>The group&apos;s answers</source>
        <translation>Atebion y grŵp</translation>
    </message>
    <message>
        <source>(group scenario)</source>
        <translation>(senario grŵp)</translation>
    </message>
    <message>
        <source>(group question)</source>
        <translation>(cwestiwn grŵp)</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Cam {number}</translation>
    </message>
    <message>
        <source>Decision {number}: {prompt}</source>
        <translation>Penderfyniad {number}: {prompt}</translation>
    </message>
    <message>
        <source>The path the group took</source>
        <translation>Y llwybr a gymerodd y grŵp</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>the group&apos;s answer</comment>
        <translation>cytunwyd</translation>
    </message>
    <message>
        <source>Hands counted</source>
        <translation>Dwylo a gyfrifwyd</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opsiwn</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <source>The group&apos;s answer</source>
        <translation>Ateb y grŵp</translation>
    </message>
    <message>
        <source>no agreed choice</source>
        <translation>dim dewis y cytunwyd arno</translation>
    </message>
    <message>
        <source>not played</source>
        <translation>heb ei chwarae</translation>
    </message>
    <message>
        <source>The record above is as amended; each change is kept with its reason.</source>
        <translation>Mae&apos;r cofnod uchod fel y&apos;i diwygiwyd; caiff pob newid ei gadw gyda&apos;i reswm.</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Diwygiadau</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what}: {old} → {new}</translation>
    </message>
    <message>
        <source>nobody on the register</source>
        <translation>neb ar y gofrestr</translation>
    </message>
    <message>
        <source>{count} probation</source>
        <comment>people on the register from probation</comment>
        <translation>{count} o&apos;r gwasanaeth prawf</translation>
    </message>
    <message>
        <source>{count} drug service</source>
        <comment>people on the register from a drug service</comment>
        <translation>{count} o wasanaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>{count} other</source>
        <comment>people on the register from another organisation</comment>
        <translation>{count} arall</translation>
    </message>
    <message>
        <source>{people} ({sides}; {guests}); {left} left early</source>
        <comment>the attendance in figures</comment>
        <translation>{people} ({sides}; {guests}); {left} wedi gadael yn gynnar</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gwestai</numerusform>
            <numerusform>%n gwestai</numerusform>
            <numerusform>%n gwestai</numerusform>
            <numerusform>%n gwestai</numerusform>
            <numerusform>%n gwestai</numerusform>
        </translation>
    </message>
    <message>
        <source>started {time}, not ended</source>
        <translation>dechreuwyd {time}, heb ddod i ben</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <comment>from one time to another</comment>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>{name} &lt;i&gt;(guest)&lt;/i&gt;</source>
        <translation>{name} &lt;i&gt;(gwestai)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Running (not ended)</source>
        <comment>a joint session&apos;s status</comment>
        <translation>Yn rhedeg (heb ddod i ben)</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>a joint session&apos;s status</comment>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no attendees</comment>
        <translation>neb</translation>
    </message>
    <message>
        <source>{count}: {sides}</source>
        <comment>attendees in all: by side</comment>
        <translation>{count}: {sides}</translation>
    </message>
    <message>
        <source>Joint sessions</source>
        <translation>Sesiynau ar y cyd</translation>
    </message>
    <message>
        <source>Joint probation and drug-service training sessions: start one from a plan, resume one that was not ended, and keep each session&apos;s record.</source>
        <translation>Sesiynau hyfforddi ar y cyd rhwng y gwasanaeth prawf a gwasanaethau camddefnyddio sylweddau: dechreuwch un o gynllun, ailddechreuwch un na ddaeth i ben, a chadwch gofnod pob sesiwn.</translation>
    </message>
    <message>
        <source>Title, place or facilitator</source>
        <translation>Teitl, lleoliad neu hwylusydd</translation>
    </message>
    <message>
        <source>Held on or after</source>
        <translation>Cynhaliwyd ar neu ar ôl</translation>
    </message>
    <message>
        <source>Held on or before</source>
        <translation>Cynhaliwyd ar neu cyn</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>H&amp;yd at:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Newest first; Enter opens a finished session&apos;s record or resumes a running one</source>
        <translation>Y diweddaraf yn gyntaf; mae Enter yn agor cofnod sesiwn sydd wedi gorffen neu&apos;n ailddechrau un sy&apos;n rhedeg</translation>
    </message>
    <message>
        <source>How many sessions are listed</source>
        <translation>Faint o sesiynau sydd wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Sesiwn &amp;newydd…</translation>
    </message>
    <message>
        <source>Start a new joint session from a plan</source>
        <translation>Dechrau sesiwn ar y cyd newydd o gynllun</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Ailddechrau</translation>
    </message>
    <message>
        <source>Resume the chosen running session</source>
        <translation>Ailddechrau&apos;r sesiwn a ddewiswyd sy&apos;n rhedeg</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Agor y co&amp;fnod</translation>
    </message>
    <message>
        <source>Open the chosen finished session&apos;s record</source>
        <translation>Agor cofnod y sesiwn a ddewiswyd sydd wedi gorffen</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>D&amp;iwygio…</translation>
    </message>
    <message>
        <source>Correct the chosen finished session, with a reason</source>
        <translation>Cywiro&apos;r sesiwn a ddewiswyd sydd wedi gorffen, gyda rheswm</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Delete the chosen running session, started by mistake</source>
        <translation>Dileu&apos;r sesiwn a ddewiswyd sy&apos;n rhedeg, a ddechreuwyd trwy gamgymeriad</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>&apos;Any&apos; (the earliest date) for no limit</source>
        <translation>&apos;Unrhyw un&apos; (y dyddiad cynharaf) am ddim terfyn</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Nid oes sesiynau&apos;n cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>No joint sessions yet: start one with New session…</source>
        <translation>Dim sesiynau ar y cyd eto: dechreuwch un gyda Sesiwn newydd…</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n presenoldeb</numerusform>
            <numerusform>%n presenoldeb</numerusform>
            <numerusform>%n presenoldeb</numerusform>
            <numerusform>%n presenoldeb</numerusform>
            <numerusform>%n presenoldeb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {running} not ended; {attendances}</source>
        <translation>
            <numerusform>%n sesiwn, {running} heb ddod i ben; {attendances}</numerusform>
            <numerusform>%n sesiwn, {running} heb ddod i ben; {attendances}</numerusform>
            <numerusform>%n sesiwn, {running} heb ddod i ben; {attendances}</numerusform>
            <numerusform>%n sesiwn, {running} heb ddod i ben; {attendances}</numerusform>
            <numerusform>%n sesiwn, {running} heb ddod i ben; {attendances}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s); {attendances}</source>
        <translation>
            <numerusform>%n sesiwn; {attendances}</numerusform>
            <numerusform>%n sesiwn; {attendances}</numerusform>
            <numerusform>%n sesiwn; {attendances}</numerusform>
            <numerusform>%n sesiwn; {attendances}</numerusform>
            <numerusform>%n sesiwn; {attendances}</numerusform>
        </translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Unrhyw gynllun</translation>
    </message>
    <message>
        <source>New joint session</source>
        <translation>Sesiwn ar y cyd newydd</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is still open in its console: end it, or close its console to resume it later, before starting another.</source>
        <translation>Mae &apos;{title}&apos; yn dal ar agor yn ei gonsol: gorffennwch hi, neu caewch ei chonsol i&apos;w hailddechrau&apos;n ddiweddarach, cyn dechrau un arall.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is open in its console: end it, or close its console to resume it later, before opening another.</source>
        <translation>Mae &apos;{title}&apos; ar agor yn ei gonsol: gorffennwch hi, neu caewch ei chonsol i&apos;w hailddechrau&apos;n ddiweddarach, cyn agor un arall.</translation>
    </message>
    <message>
        <source>A session you were running on {date} was not ended: &apos;{title}&apos;, {place}. Resume it?</source>
        <translation>Ni ddaeth sesiwn yr oeddech yn ei chynnal ar {date} i ben: &apos;{title}&apos;, {place}. Ei hailddechrau?</translation>
    </message>
    <message>
        <source>A session you were running on {date} was not ended: &apos;{title}&apos;. Resume it?</source>
        <translation>Ni ddaeth sesiwn yr oeddech yn ei chynnal ar {date} i ben: &apos;{title}&apos;. Ei hailddechrau?</translation>
    </message>
    <message numerus="yes">
        <source>(%n other session(s) not ended either: see the list.)</source>
        <translation>
            <numerusform>(Mae %n sesiwn arall heb ddod i ben chwaith: gweler y rhestr.)</numerusform>
            <numerusform>(Mae %n sesiwn arall heb ddod i ben chwaith: gweler y rhestr.)</numerusform>
            <numerusform>(Mae %n sesiwn arall heb ddod i ben chwaith: gweler y rhestr.)</numerusform>
            <numerusform>(Mae %n sesiwn arall heb ddod i ben chwaith: gweler y rhestr.)</numerusform>
            <numerusform>(Mae %n sesiwn arall heb ddod i ben chwaith: gweler y rhestr.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume a joint session</source>
        <translation>Ailddechrau sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>This session is open in its console: close the console first.</source>
        <translation>Mae&apos;r sesiwn hon ar agor yn ei chonsol: caewch y consol yn gyntaf.</translation>
    </message>
    <message>
        <source>Discard the session</source>
        <translation>Dileu&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Discard &apos;{title}&apos; of {date}, started by mistake? Its register ({people}) and everything entered are deleted, and no one is credited. This cannot be undone.</source>
        <translation>Dileu &apos;{title}&apos; ar {date}, a ddechreuwyd trwy gamgymeriad? Caiff ei chofrestr ({people}) a phopeth a gofnodwyd eu dileu, ac ni chaiff neb gredyd. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Joint session record</source>
        <translation>Cofnod sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>{name} (to be added)</source>
        <translation>{name} (i&apos;w ychwanegu)</translation>
    </message>
    <message>
        <source>Amend the record – {title}</source>
        <translation>Diwygio&apos;r cofnod – {title}</translation>
    </message>
    <message>
        <source>Amend: {title}</source>
        <translation>Diwygio: {title}</translation>
    </message>
    <message>
        <source>A finished session&apos;s record is corrected by an amendment: every change is kept with its old and new value, your reason, your name and the time, and audited. People added with a profile are credited as if they had been registered on the day.</source>
        <translation>Caiff cofnod sesiwn sydd wedi gorffen ei gywiro drwy ddiwygiad: caiff pob newid ei gadw gyda&apos;i hen werth a&apos;i werth newydd, eich rheswm, eich enw a&apos;r amser, a&apos;i archwilio. Caiff pobl sy&apos;n cael eu hychwanegu â phroffil gredyd fel pe baent wedi&apos;u cofrestru ar y diwrnod.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Un ar bob llinell, neu wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>&amp;Co-facilitators:</source>
        <translation>Cyd-&amp;hwyluswyr:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Cofrestr</translation>
    </message>
    <message>
        <source>Space ticks &apos;stayed throughout&apos; or &apos;remove&apos; in the current cell</source>
        <translation>Mae Bwlch yn ticio &apos;arhosodd drwy&apos;r amser&apos; neu &apos;tynnu&apos; yn y gell gyfredol</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Cofrestr:</translation>
    </message>
    <message>
        <source>Add &amp;people…</source>
        <translation>Ychwanegu &amp;pobl…</translation>
    </message>
    <message>
        <source>Add people with a profile to the register</source>
        <translation>Ychwanegu pobl sydd â phroffil at y gofrestr</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>Ychwanegu gwest&amp;ai…</translation>
    </message>
    <message>
        <source>Add a guest to the register</source>
        <translation>Ychwanegu gwestai at y gofrestr</translation>
    </message>
    <message>
        <source>Why the record is being corrected (required): kept with the record</source>
        <translation>Pam mae&apos;r cofnod yn cael ei gywiro (gofynnol): caiff ei gadw gyda&apos;r cofnod</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>&amp;Rheswm (gofynnol):</translation>
    </message>
    <message>
        <source>What the record will keep</source>
        <translation>Beth fydd y cofnod yn ei gadw</translation>
    </message>
    <message>
        <source>{when}, {name}: {reason} — {changes}</source>
        <comment>an earlier amendment</comment>
        <translation>{when}, {name}: {reason} — {changes}</translation>
    </message>
    <message>
        <source>Earlier amendments:
{amendments}</source>
        <translation>Diwygiadau cynharach:
{amendments}</translation>
    </message>
    <message>
        <source>Save the &amp;amendment</source>
        <translation>Cadw&apos;r diwyg&amp;iad</translation>
    </message>
    <message>
        <source>Save the amendment</source>
        <translation>Cadw&apos;r diwygiad</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Diddymu: newid dim</translation>
    </message>
    <message>
        <source>place: {old} → {new}</source>
        <translation>lleoliad: {old} → {new}</translation>
    </message>
    <message>
        <source>date: {old} → {new}</source>
        <translation>dyddiad: {old} → {new}</translation>
    </message>
    <message>
        <source>co-facilitators: {old} → {new}</source>
        <translation>cyd-hwyluswyr: {old} → {new}</translation>
    </message>
    <message>
        <source>stayed throughout, {name}: {old} → {new}</source>
        <translation>arhosodd drwy&apos;r amser, {name}: {old} → {new}</translation>
    </message>
    <message>
        <source>taken off the register: {name} ({organisation}) → {nothing}</source>
        <translation>wedi&apos;i dynnu oddi ar y gofrestr: {name} ({organisation}) → {nothing}</translation>
    </message>
    <message>
        <source>added to the register: {nothing} → {name} ({organisation})</source>
        <translation>wedi&apos;i ychwanegu at y gofrestr: {nothing} → {name} ({organisation})</translation>
    </message>
    <message>
        <source>No changes yet. The record keeps each change as old → new.</source>
        <translation>Dim newidiadau eto. Mae&apos;r cofnod yn cadw pob newid fel hen → newydd.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Rheswm: {reason}</translation>
    </message>
    <message>
        <source>Reason: (required: give one before saving)</source>
        <translation>Rheswm: (gofynnol: rhowch un cyn cadw)</translation>
    </message>
    <message>
        <source>The record will keep (old → new):</source>
        <translation>Bydd y cofnod yn cadw (hen → newydd):</translation>
    </message>
    <message>
        <source>By {name}, now.</source>
        <translation>{name} sy&apos;n ei wneud, nawr.</translation>
    </message>
    <message>
        <source>Nothing has been changed: there is nothing to amend.</source>
        <translation>Nid oes dim wedi newid: nid oes dim i&apos;w ddiwygio.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>You have not attended a joint session yet. Sessions you attend appear here once they end.</source>
        <translation>Nid ydych wedi mynychu sesiwn ar y cyd eto. Bydd y sesiynau y byddwch yn eu mynychu&apos;n ymddangos yma pan fyddant wedi dod i ben.</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Gadawodd yn gynnar</translation>
    </message>
    <message>
        <source>Joint sessions attended</source>
        <translation>Sesiynau ar y cyd a fynychwyd</translation>
    </message>
    <message>
        <source>Joint probation and drug service sessions you attended. Enter adds or edits your reflection on the chosen session.</source>
        <translation>Sesiynau ar y cyd rhwng y gwasanaeth prawf a gwasanaethau camddefnyddio sylweddau a fynychwyd gennych. Mae Enter yn ychwanegu neu&apos;n golygu eich myfyrdod ar y sesiwn a ddewiswyd.</translation>
    </message>
    <message>
        <source>Add r&amp;eflection…</source>
        <translation>Ychwanegu m&amp;yfyrdod…</translation>
    </message>
    <message>
        <source>Your reflections are private: they go on your CPD record only if you choose.</source>
        <translation>Mae eich myfyrdodau&apos;n breifat: dim ond os dewiswch chi y byddant yn mynd ar eich cofnod DPP.</translation>
    </message>
    <message>
        <source>Throughout</source>
        <translation>Drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Written</source>
        <comment>a reflection</comment>
        <translation>Wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>wedi gadael yn gynnar</translation>
    </message>
    <message>
        <source>reflection written</source>
        <translation>myfyrdod wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>no reflection yet</source>
        <translation>dim myfyrdod eto</translation>
    </message>
    <message>
        <source>&amp;Edit reflection…</source>
        <translation>&amp;Golygu&apos;r myfyrdod…</translation>
    </message>
    <message>
        <source>Add reflection on the chosen joint session</source>
        <translation>Ychwanegu myfyrdod ar y sesiwn ar y cyd a ddewiswyd</translation>
    </message>
    <message>
        <source>Edit reflection on {title}, {date}</source>
        <translation>Golygu&apos;r myfyrdod: {title}, {date}</translation>
    </message>
    <message>
        <source>Add reflection on {title}, {date}</source>
        <translation>Ychwanegu myfyrdod: {title}, {date}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <source>The second display was disconnected: the room&apos;s screen is hidden. Press F5 (or Show room screen) to show it over the console.</source>
        <translation>Cafodd yr ail sgrin ei datgysylltu: mae sgrin yr ystafell wedi&apos;i chuddio. Pwyswch F5 (neu Dangos sgrin yr ystafell) i&apos;w dangos dros y consol.</translation>
    </message>
    <message>
        <source>Enter your passphrase to see the register and end the session.</source>
        <translation>Rhowch eich cyfrinymadrodd i weld y gofrestr a gorffen y sesiwn.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has ended: open its record to read or amend it.</source>
        <translation>Mae &apos;{title}&apos; wedi dod i ben: agorwch ei chofnod i&apos;w ddarllen neu ei ddiwygio.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s console – {title}</source>
        <translation>Consol yr hwylusydd – {title}</translation>
    </message>
    <message>
        <source>Facilitator&apos;s console</source>
        <translation>Consol yr hwylusydd</translation>
    </message>
    <message>
        <source>Time on the session</source>
        <translation>Amser ar y sesiwn</translation>
    </message>
    <message>
        <source>&amp;Yes, move the room screen there</source>
        <translation>&amp;Ie, symud sgrin yr ystafell yno</translation>
    </message>
    <message>
        <source>Move the room screen to the new display</source>
        <translation>Symud sgrin yr ystafell i&apos;r sgrin newydd</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Camau&apos;r cynllun</translation>
    </message>
    <message>
        <source>S&amp;teps (✓ shown):</source>
        <translation>Ca&amp;mau (✓ wedi&apos;u dangos):</translation>
    </message>
    <message>
        <source>Time on this step</source>
        <translation>Amser ar y cam hwn</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Nodiadau&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>Notes (&amp;for you only):</source>
        <translation>Nodiadau (i &amp;chi&apos;n unig):</translation>
    </message>
    <message>
        <source>What each service would do (for the discussion)</source>
        <translation>Beth fyddai pob gwasanaeth yn ei wneud (ar gyfer y drafodaeth)</translation>
    </message>
    <message>
        <source>Show these to the &amp;room</source>
        <translation>Dangos y rhain i&apos;r ystafe&amp;ll</translation>
    </message>
    <message>
        <source>Show what each service would do to the room</source>
        <translation>Dangos i&apos;r ystafell beth fyddai pob gwasanaeth yn ei wneud</translation>
    </message>
    <message>
        <source>&lt;b&gt;The room sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mae&apos;r ystafell yn gweld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview of the room&apos;s screen</source>
        <translation>Rhagolwg o sgrin yr ystafell</translation>
    </message>
    <message>
        <source>Scroll the room&apos;s page up</source>
        <translation>Sgrolio tudalen yr ystafell i fyny</translation>
    </message>
    <message>
        <source>Scroll the room&apos;s page down</source>
        <translation>Sgrolio tudalen yr ystafell i lawr</translation>
    </message>
    <message>
        <source>◀ Previ&amp;ous</source>
        <translation>◀ &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Cam blaenorol</translation>
    </message>
    <message>
        <source>Page Up, Left, P</source>
        <comment>keys</comment>
        <translation>Page Up, Chwith, P</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nesaf ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>Page Down, Right, Space, N</source>
        <comment>keys</comment>
        <translation>Page Down, De, Bwlch, N</translation>
    </message>
    <message>
        <source>&amp;Show room screen</source>
        <translation>Dan&amp;gos sgrin yr ystafell</translation>
    </message>
    <message>
        <source>Show the room screen</source>
        <translation>Dangos sgrin yr ystafell</translation>
    </message>
    <message>
        <source>&amp;Blank room screen</source>
        <translation>D&amp;uo sgrin yr ystafell</translation>
    </message>
    <message>
        <source>Blank the room screen</source>
        <translation>Duo sgrin yr ystafell</translation>
    </message>
    <message>
        <source>B or full stop</source>
        <comment>keys</comment>
        <translation>B neu atalnod llawn</translation>
    </message>
    <message>
        <source>&amp;White</source>
        <translation>G&amp;wyn</translation>
    </message>
    <message>
        <source>Show a white room screen</source>
        <translation>Dangos sgrin wen yn yr ystafell</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>Gorff&amp;en y sesiwn…</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>The register appears here.</source>
        <translation>Mae&apos;r gofrestr yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Enter your passphrase to see the register.</source>
        <translation>Rhowch eich cyfrinymadrodd i weld y gofrestr.</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <comment>unlocks the register in the facilitator&apos;s console</comment>
        <translation>Cyf&amp;rinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Unlock the register</source>
        <translation>Datgloi&apos;r go&amp;frestr</translation>
    </message>
    <message>
        <source>Unlock the register</source>
        <translation>Datgloi&apos;r gofrestr</translation>
    </message>
    <message>
        <source>{mark} {number}. {kind}: {title} ({minutes} min)</source>
        <comment>a step in the console&apos;s list</comment>
        <translation>{mark} {number}. {kind}: {title} ({minutes} mun)</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Dim nodiadau ar gyfer y cam hwn.</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {kind} · planned {minutes} min</source>
        <translation>Cam {number} o {count} · {kind} · cynlluniwyd {minutes} mun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Probation:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Y gwasanaeth prawf:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drug service:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Gwasanaeth camddefnyddio sylweddau:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Hide these from the &amp;room</source>
        <translation>Cuddio&apos;r rhain rhag yr ystafe&amp;ll</translation>
    </message>
    <message>
        <source>Un&amp;blank room screen</source>
        <translation>Dad-dd&amp;uo sgrin yr ystafell</translation>
    </message>
    <message>
        <source>Un&amp;white</source>
        <translation>Diffodd y g&amp;wyn</translation>
    </message>
    <message>
        <source>Back to the con&amp;sole (Esc)</source>
        <translation>Yn ôl i&apos;r c&amp;onsol (Esc)</translation>
    </message>
    <message>
        <source>&amp;Show room screen (F5)</source>
        <translation>Dan&amp;gos sgrin yr ystafell (F5)</translation>
    </message>
    <message>
        <source>This step: {spent} of {planned}  – over time</source>
        <translation>Y cam hwn: {spent} o {planned}  – dros amser</translation>
    </message>
    <message>
        <source>This step: {spent} of {planned}</source>
        <translation>Y cam hwn: {spent} o {planned}</translation>
    </message>
    <message>
        <source>Session: {spent} of {minutes} min</source>
        <translation>Sesiwn: {spent} o {minutes} mun</translation>
    </message>
    <message>
        <source>Room screen: hidden (press F5 to show it on the second display).</source>
        <translation>Sgrin yr ystafell: wedi&apos;i chuddio (pwyswch F5 i&apos;w dangos ar yr ail sgrin).</translation>
    </message>
    <message>
        <source>Room screen: full screen on {display}.</source>
        <translation>Sgrin yr ystafell: sgrin lawn ar {display}.</translation>
    </message>
    <message>
        <source>Room screen: full screen on the second display.</source>
        <translation>Sgrin yr ystafell: sgrin lawn ar yr ail sgrin.</translation>
    </message>
    <message>
        <source>Room screen: showing over the console (Esc to come back).</source>
        <translation>Sgrin yr ystafell: yn dangos dros y consol (Esc i ddod yn ôl).</translation>
    </message>
    <message>
        <source>Room screen: one display: press F5 to show it over the console.</source>
        <translation>Sgrin yr ystafell: un sgrin: pwyswch F5 i&apos;w dangos dros y consol.</translation>
    </message>
    <message>
        <source>It is blanked (black).</source>
        <translation>Mae wedi&apos;i duo (du).</translation>
    </message>
    <message>
        <source>It is blanked (white).</source>
        <translation>Mae wedi&apos;i gwynnu (gwyn).</translation>
    </message>
    <message>
        <source>More of the page below: ▼ scrolls it.</source>
        <translation>Mae rhagor o&apos;r dudalen isod: mae ▼ yn ei sgrolio.</translation>
    </message>
    <message>
        <source>new display</source>
        <comment>a connected display without a name</comment>
        <translation>sgrin newydd</translation>
    </message>
    <message>
        <source>A display was connected ({name}). Move the room&apos;s screen there?</source>
        <translation>Cafodd sgrin ei chysylltu ({name}). Symud sgrin yr ystafell yno?</translation>
    </message>
    <message>
        <source>That display is no longer connected.</source>
        <translation>Nid yw&apos;r sgrin honno wedi&apos;i chysylltu mwyach.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A manager reset your passphrase, and that is the temporary one. Choose your own first: sign in at the main window&apos;s sign-in screen, which asks for a new passphrase of your own. The register unlocks when you have.</source>
        <translation>Mae rheolwr wedi ailosod eich cyfrinymadrodd, a&apos;r un dros dro yw hwnnw. Dewiswch eich un eich hun yn gyntaf: mewngofnodwch ar sgrin fewngofnodi&apos;r brif ffenestr, sy&apos;n gofyn am gyfrinymadrodd newydd eich hun. Bydd y gofrestr yn datgloi pan fyddwch wedi gwneud hynny.</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Cau&apos;r consol</translation>
    </message>
    <message>
        <source>The session has not ended. Keep it to resume later, or end it now?</source>
        <translation>Nid yw&apos;r sesiwn wedi dod i ben. Ei chadw i&apos;w hailddechrau&apos;n ddiweddarach, neu ei gorffen nawr?</translation>
    </message>
    <message>
        <source>Everything entered so far is saved either way.</source>
        <translation>Mae popeth a gofnodwyd hyd yma wedi&apos;i gadw y naill ffordd neu&apos;r llall.</translation>
    </message>
    <message>
        <source>&amp;Keep to resume later</source>
        <translation>&amp;Cadw i&apos;w hailddechrau&apos;n ddiweddarach</translation>
    </message>
    <message>
        <source>&amp;End it now…</source>
        <translation>&amp;Gorffen nawr…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;%n topic(s) covered, {time} so far. Untick anyone who did not stay throughout: only people who stayed are credited with the sections covered.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pynciau a drafodwyd: %n; {time} hyd yma. Dad-diciwch unrhyw un nad arhosodd drwy&apos;r amser: dim ond y rhai a arhosodd sy&apos;n cael credyd am yr adrannau a drafodwyd.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pynciau a drafodwyd: %n; {time} hyd yma. Dad-diciwch unrhyw un nad arhosodd drwy&apos;r amser: dim ond y rhai a arhosodd sy&apos;n cael credyd am yr adrannau a drafodwyd.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pynciau a drafodwyd: %n; {time} hyd yma. Dad-diciwch unrhyw un nad arhosodd drwy&apos;r amser: dim ond y rhai a arhosodd sy&apos;n cael credyd am yr adrannau a drafodwyd.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pynciau a drafodwyd: %n; {time} hyd yma. Dad-diciwch unrhyw un nad arhosodd drwy&apos;r amser: dim ond y rhai a arhosodd sy&apos;n cael credyd am yr adrannau a drafodwyd.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pynciau a drafodwyd: %n; {time} hyd yma. Dad-diciwch unrhyw un nad arhosodd drwy&apos;r amser: dim ond y rhai a arhosodd sy&apos;n cael credyd am yr adrannau a drafodwyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register: who stayed throughout</source>
        <translation>Cofrestr: pwy arhosodd drwy&apos;r amser</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (gwestai)</translation>
    </message>
    <message>
        <source>Nobody is on the register: the session will end with no attendees.</source>
        <translation>Nid oes neb ar y gofrestr: bydd y sesiwn yn gorffen heb fynychwyr.</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>Carry on with the session</source>
        <translation>Parhau â&apos;r sesiwn</translation>
    </message>
    <message>
        <source>End the session now? Attendees with a profile are credited and the record becomes read-only (corrected only by an amendment).</source>
        <translation>Gorffen y sesiwn nawr? Caiff mynychwyr sydd â phroffil gredyd a bydd y cofnod yn troi&apos;n ddarllen yn unig (dim ond diwygiad all ei gywiro).</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>How many chose {letter}</source>
        <translation>Sawl un a ddewisodd {letter}</translation>
    </message>
    <message>
        <source>The group agreed on {letter}</source>
        <translation>Cytunodd y grŵp ar {letter}</translation>
    </message>
    <message>
        <source>Reveal &amp;votes</source>
        <translation>Datgelu&apos;r pleidlei&amp;siau</translation>
    </message>
    <message>
        <source>Reveal the votes to the room</source>
        <translation>Datgelu&apos;r pleidleisiau i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Reveal the &amp;answer</source>
        <translation>&amp;Datgelu&apos;r ateb</translation>
    </message>
    <message>
        <source>Reveal the answer to the room</source>
        <translation>Datgelu&apos;r ateb i&apos;r ystafell</translation>
    </message>
    <message>
        <source>&amp;Hide again</source>
        <translation>Cuddio e&amp;to</translation>
    </message>
    <message>
        <source>Hide the votes and answer again</source>
        <translation>Cuddio&apos;r pleidleisiau a&apos;r ateb eto</translation>
    </message>
    <message>
        <source>This question is not in the installed quizzes: talk it through from the notes.</source>
        <translation>Nid yw&apos;r cwestiwn hwn yn y cwisiau sydd wedi&apos;u gosod: trafodwch ef gan ddefnyddio&apos;r nodiadau.</translation>
    </message>
    <message>
        <source>The group talks this one through; reveal the answer when ready.</source>
        <translation>Mae&apos;r grŵp yn trafod hwn; datgelwch yr ateb pan fyddwch yn barod.</translation>
    </message>
    <message>
        <source>Asking: enter how many chose each option, or tick the agreed answer. The room sees the question only.</source>
        <translation>Yn gofyn: rhowch sawl un a ddewisodd bob opsiwn, neu ticiwch yr ateb y cytunwyd arno. Dim ond y cwestiwn y mae&apos;r ystafell yn ei weld.</translation>
    </message>
    <message>
        <source>Votes revealed: the room sees the chart. Counts are locked (Hide again to correct them).</source>
        <translation>Pleidleisiau wedi&apos;u datgelu: mae&apos;r ystafell yn gweld y siart. Mae&apos;r cyfrifon wedi&apos;u cloi (Cuddio eto i&apos;w cywiro).</translation>
    </message>
    <message>
        <source>Answer revealed: the room sees the right option(s) and the explanation.</source>
        <translation>Ateb wedi&apos;i ddatgelu: mae&apos;r ystafell yn gweld yr opsiwn(au) cywir a&apos;r esboniad.</translation>
    </message>
    <message>
        <source>Save the session record as PDF</source>
        <translation>Cadw cofnod y sesiwn fel PDF</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF heb ei gadw</translation>
    </message>
    <message>
        <source>NPS Trainer could not write {path}: {reason}.</source>
        <translation>Nid oedd NPS Trainer yn gallu ysgrifennu {path}: {reason}.</translation>
    </message>
    <message>
        <source>Save the register as CSV</source>
        <translation>Cadw&apos;r gofrestr fel CSV</translation>
    </message>
    <message>
        <source>CSV not saved</source>
        <translation>CSV heb ei gadw</translation>
    </message>
    <message>
        <source>Joint session record – {title}, {date}</source>
        <translation>Cofnod sesiwn ar y cyd – {title}, {date}</translation>
    </message>
    <message>
        <source>The session&apos;s record</source>
        <translation>Cofnod y sesiwn</translation>
    </message>
    <message>
        <source>Read-only: a finished session is corrected with Amend… in Joint sessions</source>
        <translation>Darllen yn unig: caiff sesiwn sydd wedi gorffen ei chywiro gyda Diwygio… yn Sesiynau ar y cyd</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the record as a PDF: an attendance sheet for both organisations</source>
        <translation>Cadw&apos;r cofnod fel PDF: taflen bresenoldeb i&apos;r ddau sefydliad</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Cadw &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the register as a CSV file, one row per attendee</source>
        <translation>Cadw&apos;r gofrestr fel ffeil CSV, un rhes i bob mynychwr</translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation>Cau&apos;r cofnod</translation>
    </message>
    <message>
        <source>Reflection on a joint session</source>
        <translation>Myfyrdod ar sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>{date} · {title} · facilitated by {names}</source>
        <translation>{date} · {title} · hwyluswyr: {names}</translation>
    </message>
    <message>
        <source>Reflection on {title}</source>
        <translation>Myfyrdod: {title}</translation>
    </message>
    <message>
        <source>What you took from the session and how you will use it. It is yours: it goes on your CPD record only if you choose to include reflections. Do not write names or anything else that could identify a person you supervise.</source>
        <translation>Beth gawsoch chi o&apos;r sesiwn a sut y byddwch yn ei ddefnyddio. Eich myfyrdod chi yw hwn: dim ond os dewiswch gynnwys myfyrdodau y bydd yn mynd ar eich cofnod DPP. Peidiwch ag ysgrifennu enwau nac unrhyw beth arall a allai adnabod person rydych yn ei oruchwylio.</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>Fy myfyrdod</translation>
    </message>
    <message>
        <source>What I learnt and how I will use it. Empty removes the reflection.</source>
        <translation>Beth ddysgais i a sut y bydda i&apos;n ei ddefnyddio. Mae gadael y blwch yn wag yn dileu&apos;r myfyrdod.</translation>
    </message>
    <message>
        <source>&amp;What I learnt and how I will use it:</source>
        <translation>&amp;Beth ddysgais i a sut y bydda i&apos;n ei ddefnyddio:</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Cadw&apos;r myfyrdod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Your reflection was not saved: {reason}</source>
        <translation>Ni chafodd eich myfyrdod ei gadw: {reason}</translation>
    </message>
    <message>
        <source>Stayed
throughout</source>
        <translation>Arhosodd drwy&apos;r
amser</translation>
    </message>
    <message>
        <source>The register is hidden: NPS Trainer signed you out after a time without use. Enter your passphrase to see it again. The session carries on.</source>
        <translation>Mae&apos;r gofrestr wedi&apos;i chuddio: gwnaeth NPS Trainer eich allgofnodi ar ôl cyfnod heb ei ddefnyddio. Rhowch eich cyfrinymadrodd i&apos;w gweld eto. Mae&apos;r sesiwn yn parhau.</translation>
    </message>
    <message>
        <source>stayed throughout</source>
        <translation>arhosodd drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Nobody is on the register yet.</source>
        <translation>Nid oes neb ar y gofrestr eto.</translation>
    </message>
    <message numerus="yes">
        <source>{count} here: {sides} (%n guest(s))</source>
        <translation>
            <numerusform>{count} yma: {sides} (gwesteion: %n)</numerusform>
            <numerusform>{count} yma: {sides} (gwesteion: %n)</numerusform>
            <numerusform>{count} yma: {sides} (gwesteion: %n)</numerusform>
            <numerusform>{count} yma: {sides} (gwesteion: %n)</numerusform>
            <numerusform>{count} yma: {sides} (gwesteion: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} here: {sides}</source>
        <translation>{count} yma: {sides}</translation>
    </message>
    <message>
        <source>Add people to the register</source>
        <translation>Ychwanegu pobl at y gofrestr</translation>
    </message>
    <message>
        <source>Tick everyone who is here (Space ticks the highlighted name). Guests without a profile are added with &apos;Add guest…&apos;.</source>
        <translation>Ticiwch bawb sydd yma (mae Bwlch yn ticio&apos;r enw sydd wedi&apos;i amlygu). Caiff gwesteion heb broffil eu hychwanegu gydag &apos;Ychwanegu gwestai…&apos;.</translation>
    </message>
    <message>
        <source>Type part of a name, a role, a team or an organisation</source>
        <translation>Teipiwch ran o enw, rôl, tîm neu sefydliad</translation>
    </message>
    <message>
        <source>People on this database</source>
        <translation>Pobl ar y gronfa ddata hon</translation>
    </message>
    <message>
        <source>Tick the people to add to the register</source>
        <translation>Ticiwch y bobl i&apos;w hychwanegu at y gofrestr</translation>
    </message>
    <message>
        <source>{name} — {role}, {organisation}, {team}</source>
        <translation>{name} — {role}, {organisation}, {team}</translation>
    </message>
    <message>
        <source>{name} — {role}, {organisation}</source>
        <translation>{name} — {role}, {organisation}</translation>
    </message>
    <message>
        <source>Everyone with a profile on this database is already on the register.</source>
        <translation>Mae pawb sydd â phroffil ar y gronfa ddata hon ar y gofrestr yn barod.</translation>
    </message>
    <message>
        <source>&amp;Add to the register</source>
        <translation>&amp;Ychwanegu at y gofrestr</translation>
    </message>
    <message>
        <source>Add the ticked people to the register</source>
        <translation>Ychwanegu&apos;r bobl sydd wedi&apos;u ticio at y gofrestr</translation>
    </message>
    <message>
        <source>{count} ticked</source>
        <translation>Wedi ticio: {count}</translation>
    </message>
    <message>
        <source>Nobody ticked yet</source>
        <translation>Neb wedi&apos;i dicio eto</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Ychwanegu gwestai</translation>
    </message>
    <message>
        <source>A guest is on the register and the attendance sheet but, without a profile, gets no credit or CPD entry in NPS Trainer.</source>
        <translation>Mae gwestai ar y gofrestr a&apos;r daflen bresenoldeb ond, heb broffil, nid yw&apos;n cael credyd na chofnod DPP yn NPS Trainer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>For example: Change Grow Live, Anytown</source>
        <translation>Er enghraifft: Change Grow Live, Caerdydd</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <comment>narrows the list of people to add to the register</comment>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <comment>where a guest works</comment>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Yn gweithio i:</translation>
    </message>
    <message>
        <source>Probation, a drug service, or another organisation</source>
        <translation>Y gwasanaeth prawf, gwasanaeth camddefnyddio sylweddau, neu sefydliad arall</translation>
    </message>
    <message>
        <source>For example: Recovery worker</source>
        <translation>Er enghraifft: Gweithiwr adferiad</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>Ychwanegu &amp;gwestai</translation>
    </message>
    <message>
        <source>Who is here, by side</source>
        <translation>Pwy sydd yma, fesul ochr</translation>
    </message>
    <message>
        <source>Everyone here; Space ticks or unticks &apos;stayed throughout&apos;</source>
        <translation>Pawb sydd yma; mae Bwlch yn ticio neu&apos;n dad-dicio &apos;arhosodd drwy&apos;r amser&apos;</translation>
    </message>
    <message>
        <source>Add people with a profile</source>
        <translation>Ychwanegu pobl sydd â phroffil</translation>
    </message>
    <message>
        <source>Add a guest without a profile</source>
        <translation>Ychwanegu gwestai heb broffil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Tynnu i ffw&amp;rdd</translation>
    </message>
    <message>
        <source>Remove the selected people from the register</source>
        <translation>Tynnu&apos;r bobl a ddewiswyd oddi ar y gofrestr</translation>
    </message>
    <message>
        <source>Register hidden</source>
        <translation>Cofrestr wedi&apos;i chuddio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Tynnu oddi ar y gofrestr</translation>
    </message>
    <message>
        <source>Take {names} off the register?</source>
        <translation>Tynnu {names} oddi ar y gofrestr?</translation>
    </message>
    <message>
        <source>Room screen – NPS Trainer</source>
        <translation>Sgrin yr ystafell – NPS Trainer</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Sgrin yr ystafell</translation>
    </message>
    <message>
        <source>The step shown to the room</source>
        <translation>Y cam a ddangosir i&apos;r ystafell</translation>
    </message>
    <message>
        <source>A strong response</source>
        <translation>Ymateb cryf</translation>
    </message>
    <message>
        <source>An acceptable response</source>
        <translation>Ymateb derbyniol</translation>
    </message>
    <message>
        <source>A risky response</source>
        <translation>Ymateb peryglus</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Cam {number} o {count}</translation>
    </message>
    <message>
        <source>This section is not in the installed modules.</source>
        <translation>Nid yw&apos;r adran hon yn y modiwlau sydd wedi&apos;u gosod.</translation>
    </message>
    <message>
        <source>What probation would do</source>
        <translation>Beth fyddai&apos;r gwasanaeth prawf yn ei wneud</translation>
    </message>
    <message>
        <source>What the drug service would do</source>
        <translation>Beth fyddai&apos;r gwasanaeth camddefnyddio sylweddau yn ei wneud</translation>
    </message>
    <message>
        <source> &lt;b&gt;✓ right&lt;/b&gt;</source>
        <comment>after the right option</comment>
        <translation> &lt;b&gt;✓ cywir&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s); the group&apos;s answer: &lt;b&gt;{answer}&lt;/b&gt;.</source>
        <translation>
            <numerusform>Pleidleisiau: %n; ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
            <numerusform>Pleidleisiau: %n; ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
            <numerusform>Pleidleisiau: %n; ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
            <numerusform>Pleidleisiau: %n; ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
            <numerusform>Pleidleisiau: %n; ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>Pleidleisiau: %n.</numerusform>
            <numerusform>Pleidleisiau: %n.</numerusform>
            <numerusform>Pleidleisiau: %n.</numerusform>
            <numerusform>Pleidleisiau: %n.</numerusform>
            <numerusform>Pleidleisiau: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group&apos;s answer: &lt;b&gt;{answer}&lt;/b&gt;.</source>
        <translation>Ateb y grŵp: &lt;b&gt;{answer}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This question is not in the installed quizzes.</source>
        <translation>Nid yw&apos;r cwestiwn hwn yn y cwisiau sydd wedi&apos;u gosod.</translation>
    </message>
    <message>
        <source>This scenario is not in the installed quizzes.</source>
        <translation>Nid yw&apos;r senario hwn yn y cwisiau sydd wedi&apos;u gosod.</translation>
    </message>
    <message>
        <source>The group&apos;s path:</source>
        <translation>Llwybr y grŵp:</translation>
    </message>
    <message>
        <source>The group chose: &lt;b&gt;{choice}&lt;/b&gt;</source>
        <translation>Dewisodd y grŵp: &lt;b&gt;{choice}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>We are about to start again.</source>
        <translation>Rydym ar fin ailddechrau.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
            <numerusform>%n munud ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal the &amp;consequence</source>
        <translation>Datgelu&apos;r canl&amp;yniad</translation>
    </message>
    <message>
        <source>Reveal the consequence to the room</source>
        <translation>Datgelu&apos;r canlyniad i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Continue the scenar&amp;io</source>
        <translation>Par&amp;hau â&apos;r senario</translation>
    </message>
    <message>
        <source>Continue the scenario</source>
        <translation>Parhau â&apos;r senario</translation>
    </message>
    <message>
        <source>&amp;Decide again</source>
        <translation>Pen&amp;derfynu eto</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Dadwneud y penderfyniad diwethaf</translation>
    </message>
    <message>
        <source>This scenario is not in the installed quizzes: talk it through from the notes.</source>
        <translation>Nid yw&apos;r senario hwn yn y cwisiau sydd wedi&apos;u gosod: trafodwch ef gan ddefnyddio&apos;r nodiadau.</translation>
    </message>
    <message>
        <source>Ending reached: {ending}. Next moves on to the next step.</source>
        <translation>Cyrhaeddwyd diweddglo: {ending}. Mae Nesaf yn symud ymlaen i&apos;r cam nesaf.</translation>
    </message>
    <message>
        <source>Decision {number}: enter how many chose each choice and tick the one the group agreed (it decides where the scenario goes).</source>
        <translation>Penderfyniad {number}: rhowch sawl un a ddewisodd bob dewis a thiciwch yr un y cytunodd y grŵp arno (mae&apos;n penderfynu i ble mae&apos;r senario&apos;n mynd).</translation>
    </message>
    <message>
        <source>Decision {number}: the room sees the votes.</source>
        <translation>Penderfyniad {number}: mae&apos;r ystafell yn gweld y pleidleisiau.</translation>
    </message>
    <message>
        <source>Decision {number}: the room sees the consequence. Continue follows the choice.</source>
        <translation>Penderfyniad {number}: mae&apos;r ystafell yn gweld y canlyniad. Mae Parhau yn dilyn y dewis.</translation>
    </message>
    <message>
        <source>Tick the choice the group agreed first.</source>
        <translation>Ticiwch y dewis y cytunodd y grŵp arno yn gyntaf.</translation>
    </message>
    <message>
        <source>{kind}: {title} ({minutes} min)</source>
        <comment>a step of a plan</comment>
        <translation>{kind}: {title} ({minutes} mun)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{length}&lt;/b&gt;, %n step(s). Version {version}.</source>
        <translation>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, camau: %n. Fersiwn {version}.</numerusform>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, camau: %n. Fersiwn {version}.</numerusform>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, camau: %n. Fersiwn {version}.</numerusform>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, camau: %n. Fersiwn {version}.</numerusform>
            <numerusform>&lt;b&gt;{length}&lt;/b&gt;, camau: %n. Fersiwn {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed {date}.</source>
        <translation>Adolygwyd {date}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For:&lt;/b&gt; {audience}</source>
        <translation>&lt;b&gt;Ar gyfer:&lt;/b&gt; {audience}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By the end, people will be able to:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erbyn y diwedd, bydd pobl yn gallu:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Camau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The session plans you can run; the details are shown beside</source>
        <translation>Y cynlluniau sesiwn y gallwch eu cynnal; dangosir y manylion wrth eu hochr</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Cynllun:</translation>
    </message>
    <message>
        <source>{title} ({length})</source>
        <comment>a plan and its length</comment>
        <translation>{title} ({length})</translation>
    </message>
    <message>
        <source>There are no session plans that can be used. Plans are YAML files in the content folder&apos;s &apos;sessions&apos; folder; &apos;nps-trainer content check&apos; says what is wrong.</source>
        <translation>Nid oes cynlluniau sesiwn y gellir eu defnyddio. Ffeiliau YAML yw cynlluniau, yn ffolder &apos;sessions&apos; y ffolder cynnwys; mae &apos;nps-trainer content check&apos; yn dweud beth sydd o&apos;i le.</translation>
    </message>
    <message>
        <source>Plans that cannot be used</source>
        <translation>Cynlluniau na ellir eu defnyddio</translation>
    </message>
    <message>
        <source>Each with the reasons it cannot be used; not selectable</source>
        <translation>Pob un gyda&apos;r rhesymau na ellir ei ddefnyddio; ni ellir eu dewis</translation>
    </message>
    <message>
        <source>{title} — cannot be used:
{reasons}</source>
        <translation>{title} — ni ellir ei ddefnyddio:
{reasons}</translation>
    </message>
    <message>
        <source>Not available ({count}):</source>
        <translation>Ddim ar gael ({count}):</translation>
    </message>
    <message>
        <source>The chosen plan</source>
        <translation>Y cynllun a ddewiswyd</translation>
    </message>
    <message>
        <source>For example: Training room 2, Leeds probation office</source>
        <translation>Er enghraifft: Ystafell hyfforddi 2, swyddfa brawf Caerdydd</translation>
    </message>
    <message>
        <source>One per line, or separated by commas (you lead the session)</source>
        <translation>Un ar bob llinell, neu wedi&apos;u gwahanu gan atalnodau (chi sy&apos;n arwain y sesiwn)</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>Dechrau&apos;r &amp;sesiwn</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Dechrau&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Cancel: start nothing</source>
        <translation>Diddymu: dechrau dim</translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation>Dewiswch gynllun yn gyntaf.</translation>
    </message>
    <message>
        <source>{title}: who is here?</source>
        <translation>{title}: pwy sydd yma?</translation>
    </message>
    <message>
        <source>The session has started. Add the people in the room now (or as they arrive), or open the console straight away: the register is in the console too. Everything is saved as you go.</source>
        <translation>Mae&apos;r sesiwn wedi dechrau. Ychwanegwch y bobl yn yr ystafell nawr (neu wrth iddynt gyrraedd), neu agorwch y consol yn syth: mae&apos;r gofrestr yn y consol hefyd. Caiff popeth ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>Close and resume &amp;later</source>
        <translation>Cau ac ailddechrau&apos;n &amp;ddiweddarach</translation>
    </message>
    <message>
        <source>Close: the session waits in Joint sessions to be resumed</source>
        <translation>Cau: mae&apos;r sesiwn yn aros yn Sesiynau ar y cyd i&apos;w hailddechrau</translation>
    </message>
    <message>
        <source>&amp;Open the console</source>
        <translation>Agor y c&amp;onsol</translation>
    </message>
    <message>
        <source>Open the facilitator&apos;s console and the room&apos;s screen</source>
        <translation>Agor consol yr hwylusydd a sgrin yr ystafell</translation>
    </message>
    <message>
        <source>New joint session – {title}</source>
        <translation>Sesiwn ar y cyd newydd – {title}</translation>
    </message>
</context>
</TS>
