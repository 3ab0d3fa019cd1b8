<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>The module cannot be completed yet: {count} section still unread ({sections}).</source>
        <translation>Ni ellir cwblhau&apos;r modiwl eto: mae {count} adran heb ei darllen ({sections}).</translation>
    </message>
    <message>
        <source>The module cannot be completed yet: {count} sections still unread ({sections}).</source>
        <translation>Ni ellir cwblhau&apos;r modiwl eto: mae {count} o adrannau heb eu darllen ({sections}).</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modiwl</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cwis</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Llwybr dysgu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Choose a due date.</source>
        <translation>Dewiswch ddyddiad cwblhau.</translation>
    </message>
    <message>
        <source>There is no assignment {id}.</source>
        <translation>Nid oes aseiniad {id}.</translation>
    </message>
    <message>
        <source>Assignment {id} was already cancelled.</source>
        <translation>Roedd aseiniad {id} wedi&apos;i ddiddymu eisoes.</translation>
    </message>
    <message>
        <source>Unknown kind of training &apos;{kind}&apos;: use module, quiz or path.</source>
        <translation>Math anhysbys o hyfforddiant &apos;{kind}&apos;: defnyddiwch module, quiz neu path.</translation>
    </message>
    <message>
        <source>Choose the module to assign.</source>
        <translation>Dewiswch y modiwl i&apos;w aseinio.</translation>
    </message>
    <message>
        <source>Choose the quiz to assign.</source>
        <translation>Dewiswch y cwis i&apos;w aseinio.</translation>
    </message>
    <message>
        <source>Choose the learning path to assign.</source>
        <translation>Dewiswch y llwybr dysgu i&apos;w aseinio.</translation>
    </message>
    <message>
        <source>The {kind} id is too long: at most {count} characters.</source>
        <translation>Mae dynodydd y {kind} yn rhy hir: {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no person with the profile id &apos;{id}&apos;.</source>
        <translation>Nid oes person â&apos;r dynodydd proffil &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>{name}&apos;s profile is archived: restore it before assigning.</source>
        <translation>Mae proffil {name} wedi&apos;i archifo: adferwch ef cyn aseinio.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: use {roles}.</source>
        <translation>Rôl anhysbys &apos;{role}&apos;: defnyddiwch {roles}.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>Rhowch enw&apos;r tîm.</translation>
    </message>
    <message>
        <source>Unknown kind of target &apos;{kind}&apos;: use person, role or team.</source>
        <translation>Math anhysbys o darged &apos;{kind}&apos;: defnyddiwch person, role neu team.</translation>
    </message>
    <message>
        <source>Module: {title}</source>
        <translation>Modiwl: {title}</translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation>Cwis: {title}</translation>
    </message>
    <message>
        <source>Learning path: {title}</source>
        <translation>Llwybr dysgu: {title}</translation>
    </message>
    <message>
        <source>Joint session: {title}</source>
        <translation>Sesiwn ar y cyd: {title}</translation>
    </message>
    <message>
        <source>The certificate&apos;s signed facts cannot be read: they have been damaged.</source>
        <translation>Ni ellir darllen ffeithiau llofnodedig y dystysgrif: maent wedi&apos;u difrodi.</translation>
    </message>
    <message>
        <source>The signature does not match these facts (or this key): the certificate has been altered or was not issued with this key.</source>
        <translation>Nid yw&apos;r llofnod yn cyfateb i&apos;r ffeithiau hyn (neu i&apos;r allwedd hon): mae&apos;r dystysgrif wedi&apos;i newid neu ni chafodd ei chyhoeddi gyda&apos;r allwedd hon.</translation>
    </message>
    <message>
        <source>The facts name another signing key than the one they were checked with.</source>
        <translation>Mae&apos;r ffeithiau&apos;n enwi allwedd lofnodi wahanol i&apos;r un a ddefnyddiwyd i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>The signature matches: these facts are as the organisation issued them.</source>
        <translation>Mae&apos;r llofnod yn cyfateb: mae&apos;r ffeithiau hyn fel y&apos;u cyhoeddwyd gan y sefydliad.</translation>
    </message>
    <message>
        <source>This PDF does not carry an NPS Trainer certificate&apos;s signed facts.</source>
        <translation>Nid yw&apos;r PDF hwn yn cynnwys ffeithiau llofnodedig tystysgrif NPS Trainer.</translation>
    </message>
    <message>
        <source>The code does not belong to this PDF&apos;s certificate.</source>
        <translation>Nid yw&apos;r cod yn perthyn i dystysgrif y PDF hwn.</translation>
    </message>
    <message>
        <source>This is not the signed facts of an NPS Trainer certificate.</source>
        <translation>Nid ffeithiau llofnodedig tystysgrif NPS Trainer yw&apos;r rhain.</translation>
    </message>
    <message>
        <source>module &apos;{title}&apos;</source>
        <translation>y modiwl &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>quiz &apos;{title}&apos;</source>
        <translation>y cwis &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>There is no module, quiz or learning path with the id &apos;{id}&apos; in the content in use ({folder}).</source>
        <translation>Nid oes modiwl, cwis na llwybr dysgu â&apos;r dynodydd &apos;{id}&apos; yn y cynnwys sy&apos;n cael ei ddefnyddio ({folder}).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of more than one kind of item ({kinds}): say which with {choices}.</source>
        <translation>Mae &apos;{id}&apos; yn ddynodydd i fwy nag un math o eitem ({kinds}): nodwch pa un gyda {choices}.</translation>
    </message>
    <message>
        <source>There is no profile {id}.</source>
        <translation>Nid oes proffil {id}.</translation>
    </message>
    <message>
        <source>Only a manager can issue certificates.</source>
        <translation>Dim ond rheolwr sy&apos;n gallu cyhoeddi tystysgrifau.</translation>
    </message>
    <message>
        <source>Give a reason for revoking the certificate (it is shown to anyone who checks the code).</source>
        <translation>Rhowch reswm dros ddirymu&apos;r dystysgrif (mae&apos;n cael ei ddangos i unrhyw un sy&apos;n gwirio&apos;r cod).</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} characters.</source>
        <translation>Mae&apos;r rheswm yn rhy hir: {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no certificate with the code {code} in the register.</source>
        <translation>Nid oes tystysgrif â&apos;r cod {code} yn y gofrestr.</translation>
    </message>
    <message>
        <source>The certificate {code} was already revoked on {date}.</source>
        <translation>Roedd y dystysgrif {code} wedi&apos;i dirymu eisoes ar {date}.</translation>
    </message>
    <message>
        <source>Not a genuine verification code. {problem}</source>
        <translation>Nid yw&apos;n god dilysu dilys. {problem}</translation>
    </message>
    <message>
        <source>No certificate with the code {code} is in this register: it was not issued here, or the code has been misread.</source>
        <translation>Nid oes tystysgrif â&apos;r cod {code} yn y gofrestr hon: ni chafodd ei chyhoeddi yma, neu mae&apos;r cod wedi&apos;i gamddarllen.</translation>
    </message>
    <message>
        <source>The register entry for {code} has been altered: its signature does not match its facts. Do not rely on this certificate.</source>
        <translation>Mae&apos;r cofnod yn y gofrestr ar gyfer {code} wedi&apos;i newid: nid yw ei lofnod yn cyfateb i&apos;w ffeithiau. Peidiwch â dibynnu ar y dystysgrif hon.</translation>
    </message>
    <message>
        <source>The certificate {code} was revoked on {date}: {reason}</source>
        <translation>Cafodd y dystysgrif {code} ei dirymu ar {date}: {reason}</translation>
    </message>
    <message>
        <source>The register entry for {code} has been altered: the audit log shows it was revoked. Do not rely on this certificate.</source>
        <translation>Mae&apos;r cofnod yn y gofrestr ar gyfer {code} wedi&apos;i newid: mae&apos;r log archwilio&apos;n dangos iddi gael ei dirymu. Peidiwch â dibynnu ar y dystysgrif hon.</translation>
    </message>
    <message>
        <source>The certificate {code} is genuine.</source>
        <translation>Mae&apos;r dystysgrif {code} yn ddilys.</translation>
    </message>
    <message>
        <source>Certificates for joint sessions attended come with joint sessions, which this version does not have yet.</source>
        <translation>Daw tystysgrifau ar gyfer mynychu sesiynau ar y cyd gyda sesiynau ar y cyd, nad ydynt yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>Unknown kind of item &apos;{kind}&apos;: use module, quiz or path.</source>
        <translation>Math anhysbys o eitem &apos;{kind}&apos;: defnyddiwch module, quiz neu path.</translation>
    </message>
    <message>
        <source>Certificates for learning paths need learning paths, which this version does not have yet.</source>
        <translation>Mae tystysgrifau ar gyfer llwybrau dysgu angen llwybrau dysgu, nad ydynt yn y fersiwn hon eto.</translation>
    </message>
    <message>
        <source>There is no module with the id &apos;{id}&apos; in the content in use ({folder}).</source>
        <translation>Nid oes modiwl â&apos;r dynodydd &apos;{id}&apos; yn y cynnwys sy&apos;n cael ei ddefnyddio ({folder}).</translation>
    </message>
    <message>
        <source>There is no quiz with the id &apos;{id}&apos; in the content in use ({folder}).</source>
        <translation>Nid oes cwis â&apos;r dynodydd &apos;{id}&apos; yn y cynnwys sy&apos;n cael ei ddefnyddio ({folder}).</translation>
    </message>
    <message>
        <source>There is no learning path with the id &apos;{id}&apos; in the content in use ({folder}).</source>
        <translation>Nid oes llwybr dysgu â&apos;r dynodydd &apos;{id}&apos; yn y cynnwys sy&apos;n cael ei ddefnyddio ({folder}).</translation>
    </message>
    <message>
        <source>{name} cannot have a certificate for the module &apos;{title}&apos;: their completion was recorded before every section had to be read, so they need to read it and complete it again.</source>
        <translation>Ni all {name} gael tystysgrif ar gyfer y modiwl &apos;{title}&apos;: cofnodwyd ei gwblhau cyn bod rhaid darllen pob adran, felly mae angen iddynt ei ddarllen a&apos;i gwblhau eto.</translation>
    </message>
    <message>
        <source>{name} cannot have a certificate for the module &apos;{title}&apos;: they have not completed it.</source>
        <translation>Ni all {name} gael tystysgrif ar gyfer y modiwl &apos;{title}&apos;: nid ydynt wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>{name} cannot have a certificate for the quiz &apos;{title}&apos;: they have not passed it in assessed mode.</source>
        <translation>Ni all {name} gael tystysgrif ar gyfer y cwis &apos;{title}&apos;: nid ydynt wedi llwyddo ynddo yn y modd asesu.</translation>
    </message>
    <message>
        <source>{name} has not completed the learning path &apos;{title}&apos;: still to do {missing}.</source>
        <translation>Nid yw {name} wedi cwblhau&apos;r llwybr dysgu &apos;{title}&apos;: i&apos;w gwneud o hyd: {missing}.</translation>
    </message>
    <message>
        <source>{name} has not completed the learning path &apos;{title}&apos;: still to do its items.</source>
        <translation>Nid yw {name} wedi cwblhau&apos;r llwybr dysgu &apos;{title}&apos;: mae ei eitemau i&apos;w gwneud o hyd.</translation>
    </message>
    <message>
        <source>Your share of the signing key {key} cannot be opened: it has been altered in the database. Ask another manager to issue certificates.</source>
        <translation>Ni ellir agor eich cyfran chi o&apos;r allwedd lofnodi {key}: mae wedi&apos;i newid yn y gronfa ddata. Gofynnwch i reolwr arall gyhoeddi tystysgrifau.</translation>
    </message>
    <message>
        <source>Your share of the signing key {key} does not match its public half: the register has been altered.</source>
        <translation>Nid yw eich cyfran chi o&apos;r allwedd lofnodi {key} yn cyfateb i&apos;w hanner cyhoeddus: mae&apos;r gofrestr wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The organisation&apos;s signing key has not been shared with you yet. It is shared with you the next time {names} issues a certificate; then you can issue them too.</source>
        <translation>Nid yw allwedd lofnodi&apos;r sefydliad wedi&apos;i rhannu â chi eto. Bydd yn cael ei rhannu â chi y tro nesaf y bydd {names} yn cyhoeddi tystysgrif; yna gallwch chithau eu cyhoeddi hefyd.</translation>
    </message>
    <message>
        <source>No current manager could open the organisation&apos;s signing key {old} (those who held it have left or are no longer managers), so a new signing key {new} was made. Certificates issued before still verify.</source>
        <translation>Ni allai unrhyw reolwr presennol agor allwedd lofnodi&apos;r sefydliad {old} (mae&apos;r rhai a oedd yn ei dal wedi gadael neu nid ydynt yn rheolwyr mwyach), felly crëwyd allwedd lofnodi newydd {new}. Gellir dilysu tystysgrifau a gyhoeddwyd o&apos;r blaen o hyd.</translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <comment>a list of people, e.g. Ann, Bob or Cat</comment>
        <translation>{names} neu {last}</translation>
    </message>
    <message>
        <source>No team set</source>
        <translation>Dim tîm wedi&apos;i osod</translation>
    </message>
    <message>
        <source>no modules yet</source>
        <translation>dim modiwlau eto</translation>
    </message>
    <message>
        <source>{percent}% ({done} of {total} module places completed and up to date)</source>
        <translation>{percent}% ({done} o {total} o leoedd ar fodiwlau wedi&apos;u cwblhau ac yn gyfredol)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue for {people}</source>
        <translation>
            <numerusform>%n eitem yn hwyr i {people}</numerusform>
            <numerusform>%n eitem yn hwyr i {people}</numerusform>
            <numerusform>%n eitem yn hwyr i {people}</numerusform>
            <numerusform>%n eitem yn hwyr i {people}</numerusform>
            <numerusform>%n eitem yn hwyr i {people}</numerusform>
        </translation>
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
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Module completion</source>
        <translation>Cwblhau modiwlau</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>{done} of {total} people</source>
        <translation>{done} o {total} o bobl</translation>
    </message>
    <message>
        <source>Completion by module</source>
        <translation>Cwblhau fesul modiwl</translation>
    </message>
    <message>
        <source>People who have completed it and are up to date (%)</source>
        <translation>Pobl sydd wedi&apos;i gwblhau ac sy&apos;n gyfredol (%)</translation>
    </message>
    <message>
        <source>No modules to show.</source>
        <translation>Dim modiwlau i&apos;w dangos.</translation>
    </message>
    <message>
        <source>Completed and up to date</source>
        <translation>Wedi&apos;i gwblhau ac yn gyfredol</translation>
    </message>
    <message>
        <source>A completion counts when every section was read and no refresher is due.</source>
        <translation>Mae cwblhau&apos;n cyfrif pan ddarllenwyd pob adran ac nad oes angen gloywi.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of {places} module places, %n person(s)</source>
        <translation>
            <numerusform>{done} o {places} o leoedd ar fodiwlau, %n o bobl</numerusform>
            <numerusform>{done} o {places} o leoedd ar fodiwlau, %n person</numerusform>
            <numerusform>{done} o {places} o leoedd ar fodiwlau, %n o bobl</numerusform>
            <numerusform>{done} o {places} o leoedd ar fodiwlau, %n o bobl</numerusform>
            <numerusform>{done} o {places} o leoedd ar fodiwlau, %n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion by team</source>
        <translation>Cwblhau fesul tîm</translation>
    </message>
    <message>
        <source>Module places completed and up to date (%)</source>
        <translation>Lleoedd ar fodiwlau wedi&apos;u cwblhau ac yn gyfredol (%)</translation>
    </message>
    <message>
        <source>No people with modules to show.</source>
        <translation>Dim pobl â modiwlau i&apos;w dangos.</translation>
    </message>
    <message>
        <source>A module place is one person and one module.</source>
        <translation>Lle ar fodiwl yw un person ac un modiwl.</translation>
    </message>
    <message>
        <source>{passed} of {sat} who sat it</source>
        <translation>{passed} o&apos;r {sat} a&apos;i safodd</translation>
    </message>
    <message>
        <source>nobody has sat it</source>
        <translation>nid oes neb wedi&apos;i sefyll</translation>
    </message>
    <message>
        <source>Assessed quiz pass rates</source>
        <translation>Cyfraddau llwyddo cwisiau asesu</translation>
    </message>
    <message>
        <source>People who passed, of those who sat it (%)</source>
        <translation>Pobl a lwyddodd, o&apos;r rhai a&apos;i safodd (%)</translation>
    </message>
    <message>
        <source>No quizzes to show.</source>
        <translation>Dim cwisiau i&apos;w dangos.</translation>
    </message>
    <message>
        <source>Passed (assessed)</source>
        <translation>Wedi llwyddo (asesu)</translation>
    </message>
    <message>
        <source>Assessed attempts only; practice attempts never count.</source>
        <translation>Ymgeisiau asesu yn unig; nid yw ymgeisiau ymarfer byth yn cyfrif.</translation>
    </message>
    <message>
        <source>Overdue training over time</source>
        <translation>Hyfforddiant hwyr dros amser</translation>
    </message>
    <message>
        <source>Items overdue</source>
        <translation>Eitemau hwyr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>No assignments yet, so nothing can be overdue.</source>
        <translation>Dim aseiniadau eto, felly ni all dim fod yn hwyr.</translation>
    </message>
    <message>
        <source>Assigned modules and quizzes past their due date and not done, at the end of each month.</source>
        <translation>Modiwlau a chwisiau a aseiniwyd sydd wedi mynd heibio&apos;u dyddiad cwblhau heb eu gwneud, ar ddiwedd pob mis.</translation>
    </message>
    <message>
        <source>Screenings by month</source>
        <translation>Sgriniadau fesul mis</translation>
    </message>
    <message>
        <source>People screened</source>
        <translation>Pobl a sgriniwyd</translation>
    </message>
    <message>
        <source>No finished screenings in these months.</source>
        <translation>Dim sgriniadau wedi&apos;u gorffen yn y misoedd hyn.</translation>
    </message>
    <message>
        <source>Finished screenings; a case screened more than once in a month counts once.</source>
        <translation>Sgriniadau wedi&apos;u gorffen; mae achos a sgriniwyd fwy nag unwaith mewn mis yn cyfrif unwaith.</translation>
    </message>
    <message>
        <source>No flags raised in {period}.</source>
        <translation>Ni chodwyd unrhyw ddangosyddion risg yn y cyfnod {period}.</translation>
    </message>
    <message>
        <source>Finished screenings in {period} (this quarter); a case counts once, by its latest screening in the quarter. Not added up over the year: a total over months could give away a hidden number.</source>
        <translation>Sgriniadau wedi&apos;u gorffen yn y cyfnod {period} (y chwarter hwn); mae achos yn cyfrif unwaith, yn ôl ei sgriniad diweddaraf yn y chwarter. Nid ydynt yn cael eu hadio dros y flwyddyn: gallai cyfanswm dros fisoedd ddatgelu rhif cudd.</translation>
    </message>
    <message>
        <source>No flags raised this quarter.</source>
        <translation>Ni chodwyd unrhyw ddangosyddion risg y chwarter hwn.</translation>
    </message>
    <message>
        <source>Finished screenings this quarter (this quarter); a case counts once, by its latest screening in the quarter. Not added up over the year: a total over months could give away a hidden number.</source>
        <translation>Sgriniadau wedi&apos;u gorffen y chwarter hwn; mae achos yn cyfrif unwaith, yn ôl ei sgriniad diweddaraf yn y chwarter. Nid ydynt yn cael eu hadio dros y flwyddyn: gallai cyfanswm dros fisoedd ddatgelu rhif cudd.</translation>
    </message>
    <message>
        <source>Flags raised</source>
        <translation>Dangosyddion risg a godwyd</translation>
    </message>
    <message>
        <source>Screenings that raised the flag</source>
        <translation>Sgriniadau a gododd y dangosydd risg</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Dangosydd risg</translation>
    </message>
    <message>
        <source>Screenings that raised it</source>
        <translation>Sgriniadau a&apos;i cododd</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>a range of months, e.g. January to March 2026</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>a range of months, e.g. January 2026 to December 2026</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Dim byd i&apos;w ddangos eto.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>dim data</translation>
    </message>
    <message>
        <source>{value} ({detail})</source>
        <comment>a chart&apos;s value, then what it counts</comment>
        <translation>{value} ({detail})</translation>
    </message>
    <message>
        <source>{mark} means between 1 and {below}, hidden to protect privacy.</source>
        <translation>Mae {mark} yn golygu rhwng 1 a {below}, wedi&apos;i guddio i ddiogelu preifatrwydd.</translation>
    </message>
    <message>
        <source>{mark} means hidden so that another hidden number cannot be worked out.</source>
        <translation>Mae {mark} yn golygu wedi&apos;i guddio fel na ellir cyfrifo rhif cudd arall.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between clauses of a sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{mark}: 1 to {below}, hidden to protect privacy</source>
        <translation>{mark}: 1 i {below}, wedi&apos;i guddio i ddiogelu preifatrwydd</translation>
    </message>
    <message>
        <source>{mark}: hidden so that another hidden number cannot be worked out</source>
        <translation>{mark}: wedi&apos;i guddio fel na ellir cyfrifo rhif cudd arall</translation>
    </message>
    <message>
        <source>A verification code has {expected} letters and digits (hyphens aside); &apos;{code}&apos; has {count}.</source>
        <translation>Mae gan god dilysu {expected} o lythrennau a digidau (heb gyfrif cysylltnodau); mae gan &apos;{code}&apos; {count}.</translation>
    </message>
    <message>
        <source>&apos;{symbol}&apos; (position {position}) cannot appear in a verification code.</source>
        <translation>Ni all &apos;{symbol}&apos; (safle {position}) ymddangos mewn cod dilysu.</translation>
    </message>
    <message>
        <source>&apos;{symbol}&apos; cannot be the last symbol of a verification code.</source>
        <translation>Ni all &apos;{symbol}&apos; fod yn symbol olaf cod dilysu.</translation>
    </message>
    <message>
        <source>The verification code&apos;s last symbol does not match the others: a character has been changed or mistyped.</source>
        <translation>Nid yw symbol olaf y cod dilysu yn cyfateb i&apos;r lleill: mae nod wedi&apos;i newid neu wedi&apos;i deipio&apos;n anghywir.</translation>
    </message>
    <message>
        <source>Quiz (assessed)</source>
        <translation>Cwis (asesu)</translation>
    </message>
    <message>
        <source>Joint session</source>
        <translation>Sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Where joint sessions attended come from: a function of the profile id giving their CPD entries (the app passes ``JointSessions.cpd_entries``; a joint session&apos;s reflection comes as ``learnt``).</extracomment>
        <translation>fersiwn {version}</translation>
    </message>
    <message>
        <source>(completed before every section had to be read)</source>
        <translation>(cwblhawyd cyn bod rhaid darllen pob adran)</translation>
    </message>
    <message>
        <source>(refresher due)</source>
        <translation>(angen gloywi)</translation>
    </message>
    <message numerus="yes">
        <source>passed, best assessed score {score}% (pass mark {mark}%), %n assessed attempt(s)</source>
        <translation>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}% (marc llwyddo {mark}%), %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}% (marc llwyddo {mark}%), %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}% (marc llwyddo {mark}%), %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}% (marc llwyddo {mark}%), %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}% (marc llwyddo {mark}%), %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed, best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>wedi llwyddo, sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <source>Continuing professional development record</source>
        <translation>Cofnod datblygiad proffesiynol parhaus</translation>
    </message>
    <message>
        <source>Made on {date} by NPS Trainer</source>
        <translation>Gwnaed ar {date} gan NPS Trainer</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed ({time})</source>
        <translation>
            <numerusform>%n o fodiwlau wedi&apos;u cwblhau ({time})</numerusform>
            <numerusform>%n modiwl wedi&apos;i gwblhau ({time})</numerusform>
            <numerusform>%n o fodiwlau wedi&apos;u cwblhau ({time})</numerusform>
            <numerusform>%n o fodiwlau wedi&apos;u cwblhau ({time})</numerusform>
            <numerusform>%n o fodiwlau wedi&apos;u cwblhau ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed quiz(zes) passed ({time})</source>
        <translation>
            <numerusform>%n o gwisiau asesu wedi llwyddo ynddynt ({time})</numerusform>
            <numerusform>%n cwis asesu wedi llwyddo ynddo ({time})</numerusform>
            <numerusform>%n o gwisiau asesu wedi llwyddo ynddynt ({time})</numerusform>
            <numerusform>%n o gwisiau asesu wedi llwyddo ynddynt ({time})</numerusform>
            <numerusform>%n o gwisiau asesu wedi llwyddo ynddynt ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint session(s) ({time})</source>
        <translation>
            <numerusform>%n sesiwn ar y cyd ({time})</numerusform>
            <numerusform>%n sesiwn ar y cyd ({time})</numerusform>
            <numerusform>%n sesiwn ar y cyd ({time})</numerusform>
            <numerusform>%n sesiwn ar y cyd ({time})</numerusform>
            <numerusform>%n sesiwn ar y cyd ({time})</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {time}</source>
        <translation>Cyfanswm: {time}</translation>
    </message>
    <message>
        <source>No completed learning recorded yet.</source>
        <translation>Dim dysgu wedi&apos;i gwblhau wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Fy myfyrdodau</translation>
    </message>
    <message>
        <source>No reflections written.</source>
        <translation>Dim myfyrdodau wedi&apos;u hysgrifennu.</translation>
    </message>
    <message>
        <source>{title} (joint session, {date})</source>
        <translation>{title} (sesiwn ar y cyd, {date})</translation>
    </message>
    <message>
        <source>My reflection:</source>
        <translation>Fy myfyrdod:</translation>
    </message>
    <message>
        <source>What I learnt:</source>
        <translation>Beth a ddysgais:</translation>
    </message>
    <message>
        <source>How I will use it:</source>
        <translation>Sut y byddaf yn ei ddefnyddio:</translation>
    </message>
    <message>
        <source>Module time is the time each module is written to take; quiz time is the time spent answering; a joint session&apos;s time is the time the session ran. Reflections appear only when the person chooses to include them.</source>
        <translation>Amser modiwl yw&apos;r amser y mae pob modiwl wedi&apos;i ysgrifennu i&apos;w gymryd; amser cwis yw&apos;r amser a dreuliwyd yn ateb; amser sesiwn ar y cyd yw&apos;r amser y bu&apos;r sesiwn yn rhedeg. Dim ond pan fydd y person yn dewis eu cynnwys y mae myfyrdodau&apos;n ymddangos.</translation>
    </message>
    <message>
        <source>fewer than {threshold}</source>
        <translation>llai na {threshold}</translation>
    </message>
    <message>
        <source>part of a number that is fewer than {threshold}, so hidden with it</source>
        <translation>rhan o rif sy&apos;n llai na {threshold}, felly wedi&apos;i guddio gydag ef</translation>
    </message>
    <message>
        <source>hidden so that another hidden number cannot be worked out from the related numbers</source>
        <translation>wedi&apos;i guddio fel na ellir cyfrifo rhif cudd arall o&apos;r rhifau cysylltiedig</translation>
    </message>
    <message>
        <source>hidden so that the people outside the filter cannot be worked out (by subtracting this number from everyone&apos;s)</source>
        <translation>wedi&apos;i guddio fel na ellir cyfrifo&apos;r bobl y tu allan i&apos;r hidlydd (drwy dynnu&apos;r rhif hwn o rif pawb)</translation>
    </message>
    <message>
        <source>not shown for this filter: so few people outside the filter were screened that this number, beside everyone&apos;s, could give them away</source>
        <translation>heb ei ddangos ar gyfer yr hidlydd hwn: cyn lleied o bobl y tu allan i&apos;r hidlydd a sgriniwyd fel y gallai&apos;r rhif hwn, ochr yn ochr â rhif pawb, eu datgelu</translation>
    </message>
    <message>
        <source>People screened, in treatment</source>
        <translation>Pobl a sgriniwyd, mewn triniaeth</translation>
    </message>
    <message>
        <source>Using class A drugs</source>
        <translation>Yn defnyddio cyffuriau dosbarth A</translation>
    </message>
    <message>
        <source>Using class A drugs, in treatment</source>
        <translation>Yn defnyddio cyffuriau dosbarth A, mewn triniaeth</translation>
    </message>
    <message>
        <source>Using new psychoactive substances (NPS)</source>
        <translation>Yn defnyddio sylweddau seicoweithredol newydd (NPS)</translation>
    </message>
    <message>
        <source>Using new psychoactive substances (NPS), in treatment</source>
        <translation>Yn defnyddio sylweddau seicoweithredol newydd (NPS), mewn triniaeth</translation>
    </message>
    <message>
        <source>Using opioids</source>
        <translation>Yn defnyddio opioidau</translation>
    </message>
    <message>
        <source>Using opioids, in treatment</source>
        <translation>Yn defnyddio opioidau, mewn triniaeth</translation>
    </message>
    <message>
        <source>Using opioids, carrying naloxone</source>
        <translation>Yn defnyddio opioidau, yn cario naloxone</translation>
    </message>
    <message>
        <source>Injecting now (in the past 4 weeks)</source>
        <translation>Yn chwistrellu nawr (yn y 4 wythnos diwethaf)</translation>
    </message>
    <message>
        <source>Injecting now (in the past 4 weeks), in treatment</source>
        <translation>Yn chwistrellu nawr (yn y 4 wythnos diwethaf), mewn triniaeth</translation>
    </message>
    <message>
        <source>Released in the past 4 weeks (prison, hospital or residential treatment)</source>
        <translation>Wedi&apos;u rhyddhau yn y 4 wythnos diwethaf (carchar, ysbyty neu driniaeth breswyl)</translation>
    </message>
    <message>
        <source>in treatment</source>
        <translation>mewn triniaeth</translation>
    </message>
    <message>
        <source>carrying naloxone</source>
        <translation>yn cario naloxone</translation>
    </message>
    <message>
        <source>Flag: {title}</source>
        <translation>Dangosydd risg: {title}</translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation>tîm {team}</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>pawb</translation>
    </message>
    <message>
        <source>probation practitioners</source>
        <translation>ymarferwyr prawf</translation>
    </message>
    <message>
        <source>drug service workers</source>
        <translation>gweithwyr gwasanaethau camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>hwyluswyr</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>rheolwyr</translation>
    </message>
    <message>
        <source>not shown in this quarter: beside the quarter&apos;s other figures it would give away a small number, and hiding single numbers could not prevent that</source>
        <translation>heb ei ddangos yn y chwarter hwn: ochr yn ochr â ffigurau eraill y chwarter byddai&apos;n datgelu rhif bach, ac ni allai cuddio rhifau unigol atal hynny</translation>
    </message>
    <message>
        <source>figures are by month or by quarter, not &apos;{by}&apos;</source>
        <translation>mae&apos;r ffigurau fesul mis neu fesul chwarter, nid &apos;{by}&apos;</translation>
    </message>
    <message>
        <source>the start date {start} is after the end date {end}</source>
        <translation>mae&apos;r dyddiad dechrau {start} ar ôl y dyddiad gorffen {end}</translation>
    </message>
    <message>
        <source>that range has more than {count} months: choose a shorter one</source>
        <translation>mae gan yr ystod honno fwy na {count} mis: dewiswch un fyrrach</translation>
    </message>
    <message>
        <source>that range has more than {count} quarters: choose a shorter one</source>
        <translation>mae gan yr ystod honno fwy na {count} chwarter: dewiswch un fyrrach</translation>
    </message>
    <message>
        <source>These figures cannot be shown without giving away a small number in {quarter}. Choose quarters instead of months.</source>
        <translation>Ni ellir dangos y ffigurau hyn heb ddatgelu rhif bach yn {quarter}. Dewiswch chwarteri yn lle misoedd.</translation>
    </message>
    <message>
        <source>Figures for {what} in this range would be about too few people to publish safely: at least {people} people screened by at least {practitioners} practitioners are needed. Widen the date range or remove a filter.</source>
        <translation>Byddai ffigurau ar gyfer {what} yn yr ystod hon yn ymwneud â rhy ychydig o bobl i&apos;w cyhoeddi&apos;n ddiogel: mae angen o leiaf {people} o bobl wedi&apos;u sgrinio gan o leiaf {practitioners} o ymarferwyr. Ehangwch yr ystod dyddiadau neu dynnwch hidlydd.</translation>
    </message>
    <message>
        <source>Figures for {what} in this range leave out so few people that comparing them with the figures for everyone would show the people left out. Widen the date range or remove a filter.</source>
        <translation>Mae ffigurau ar gyfer {what} yn yr ystod hon yn gadael cyn lleied o bobl allan y byddai eu cymharu â&apos;r ffigurau ar gyfer pawb yn dangos y bobl a adawyd allan. Ehangwch yr ystod dyddiadau neu dynnwch hidlydd.</translation>
    </message>
    <message>
        <source>to them</source>
        <translation>iddyn nhw</translation>
    </message>
    <message>
        <source>to their role ({role})</source>
        <translation>i&apos;w rôl ({role})</translation>
    </message>
    <message>
        <source>to their team ({team})</source>
        <translation>i&apos;w tîm ({team})</translation>
    </message>
    <message>
        <source>Team training report</source>
        <translation>Adroddiad hyfforddiant y tîm</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Counted from the plain month and flags of finished screenings; nothing is decrypted.</source>
        <translation>Wedi&apos;u cyfrif o fis plaen a dangosyddion risg sgriniadau wedi&apos;u gorffen; nid oes dim yn cael ei ddadgryptio.</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gwnaed gan</translation>
    </message>
    <message>
        <source>Caseload charts</source>
        <translation>Siartiau llwyth achosion</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Crynodeb y tîm</translation>
    </message>
    <message>
        <source>Everyone with a profile who is not archived is counted. A module counts as completed when every section was read (or credited in a joint session) and no refresher is due.</source>
        <translation>Mae pawb sydd â phroffil nad yw wedi&apos;i archifo yn cael eu cyfrif. Mae modiwl yn cyfrif fel un wedi&apos;i gwblhau pan ddarllenwyd pob adran (neu pan gafodd ei chredydu mewn sesiwn ar y cyd) ac nad oes angen gloywi.</translation>
    </message>
    <message>
        <source>Made with NPS Trainer from the training records and finished screenings on this database. Caseload counts are anonymised: no case reference or answer is decrypted, and numbers from 1 to {below} are shown as &lt;{threshold} to protect privacy.</source>
        <translation>Gwnaed gydag NPS Trainer o&apos;r cofnodion hyfforddiant a&apos;r sgriniadau wedi&apos;u gorffen ar y gronfa ddata hon. Mae cyfrifon llwyth achosion yn ddienw: nid oes cyfeirnod achos nac ateb yn cael ei ddadgryptio, ac mae rhifau o 1 i {below} yn cael eu dangos fel &lt;{threshold} i ddiogelu preifatrwydd.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>&lt;{t}: a number from 1 to {below} (0 to {below} within a number under {t}), hidden to protect privacy. *: hidden so that another hidden number cannot be worked out.</source>
        <translation>&lt;{t}: rhif o 1 i {below} (0 i {below} o fewn rhif o dan {t}), wedi&apos;i guddio i ddiogelu preifatrwydd. *: wedi&apos;i guddio fel na ellir cyfrifo rhif cudd arall.</translation>
    </message>
    <message>
        <source>A case screened more than once in a month counts once in that month. There is no total over the months: a total compared with one for a neighbouring range would give away the months between.</source>
        <translation>Mae achos a sgriniwyd fwy nag unwaith mewn mis yn cyfrif unwaith yn y mis hwnnw. Nid oes cyfanswm dros y misoedd: byddai cyfanswm o&apos;i gymharu ag un ar gyfer ystod gyfagos yn datgelu&apos;r misoedd rhyngddynt.</translation>
    </message>
    <message>
        <source>Flags not raised in these months: {flags}.</source>
        <translation>Dangosyddion risg na chodwyd yn y misoedd hyn: {flags}.</translation>
    </message>
    <message>
        <source>Caseload figures</source>
        <translation>Ffigurau llwyth achosion</translation>
    </message>
    <message>
        <source>{first} to {last}, everyone&apos;s finished screenings, counted without decrypting any record.</source>
        <translation>{first} – {last}: sgriniadau gorffenedig pawb, wedi&apos;u cyfrif heb ddadgryptio unrhyw gofnod.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Angen gloywi</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Heb ei sefyll</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Wedi llwyddo</translation>
    </message>
    <message>
        <source>Done (was due {date})</source>
        <translation>Wedi&apos;i wneud (roedd i&apos;w wneud erbyn {date})</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due {date})</source>
        <translation>
            <numerusform>%n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>%n diwrnod yn hwyr (erbyn {date})</numerusform>
            <numerusform>%n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>%n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>%n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>I&apos;w wneud erbyn heddiw ({date})</translation>
    </message>
    <message>
        <source>Due tomorrow ({date})</source>
        <translation>I&apos;w wneud erbyn yfory ({date})</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s) ({date})</source>
        <translation>
            <numerusform>I&apos;w wneud ymhen %n o ddiwrnodau ({date})</numerusform>
            <numerusform>I&apos;w wneud ymhen %n diwrnod ({date})</numerusform>
            <numerusform>I&apos;w wneud ymhen %n o ddiwrnodau ({date})</numerusform>
            <numerusform>I&apos;w wneud ymhen %n o ddiwrnodau ({date})</numerusform>
            <numerusform>I&apos;w wneud ymhen %n o ddiwrnodau ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Module: {title} (part of {path})</source>
        <translation>Modiwl: {title} (rhan o {path})</translation>
    </message>
    <message>
        <source>Quiz: {title} (part of {path})</source>
        <translation>Cwis: {title} (rhan o {path})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Completed with sections unread: read them and complete it again</source>
        <translation>Wedi&apos;i gwblhau gydag adrannau heb eu darllen: darllenwch nhw a&apos;i gwblhau eto</translation>
    </message>
    <message>
        <source>Not yet passed in assessed mode</source>
        <translation>Heb lwyddo eto yn y modd asesu</translation>
    </message>
    <message>
        <source>Practised: take it in assessed mode to pass</source>
        <translation>Wedi ymarfer: sefwch ef yn y modd asesu i lwyddo</translation>
    </message>
    <message numerus="yes">
        <source>All %n assigned item(s) done. Well done.</source>
        <translation>
            <numerusform>Mae&apos;r %n eitem a aseiniwyd wedi&apos;u gwneud. Da iawn.</numerusform>
            <numerusform>Mae&apos;r %n eitem a aseiniwyd wedi&apos;i gwneud. Da iawn.</numerusform>
            <numerusform>Mae&apos;r %n eitem a aseiniwyd wedi&apos;u gwneud. Da iawn.</numerusform>
            <numerusform>Mae&apos;r %n eitem a aseiniwyd wedi&apos;u gwneud. Da iawn.</numerusform>
            <numerusform>Mae&apos;r %n eitem a aseiniwyd wedi&apos;u gwneud. Da iawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{to_do} to do, {overdue} overdue. Soonest due first; Enter opens the chosen one.</source>
        <translation>I&apos;w gwneud: {to_do}; yn hwyr: {overdue}. Y dyddiad cwblhau cynharaf yn gyntaf; mae Enter yn agor yr un a ddewiswyd.</translation>
    </message>
    <message>
        <source>{to_do} to do. Soonest due first; Enter opens the chosen one.</source>
        <translation>I&apos;w gwneud: {to_do}. Y dyddiad cwblhau cynharaf yn gyntaf; mae Enter yn agor yr un a ddewiswyd.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Wedi&apos;u haseinio i chi</translation>
    </message>
    <message>
        <source>Soonest due first. Enter opens the chosen module or quiz</source>
        <translation>Y dyddiad cwblhau cynharaf yn gyntaf. Mae Enter yn agor y modiwl neu&apos;r cwis a ddewiswyd</translation>
    </message>
    <message>
        <source>Enter opens the chosen module or quiz.</source>
        <translation>Mae Enter yn agor y modiwl neu&apos;r cwis a ddewiswyd.</translation>
    </message>
    <message>
        <source>Save CPD record</source>
        <translation>Cadw&apos;r cofnod DPP</translation>
    </message>
    <message>
        <source>Saves your CPD record, the modules completed, assessed quizzes passed and joint sessions attended, with the hours, as a PDF and a CSV file in the folder below.</source>
        <translation>Yn cadw eich cofnod DPP (datblygiad proffesiynol parhaus), y modiwlau a gwblhawyd, y cwisiau asesu y llwyddoch ynddynt a&apos;r sesiynau ar y cyd a fynychwyd, gyda&apos;r oriau, fel PDF a ffeil CSV yn y ffolder isod.</translation>
    </message>
    <message>
        <source>Saves {name}&apos;s CPD record, the modules completed, assessed quizzes passed and joint sessions attended, with the hours, as a PDF and a CSV file in the folder below.</source>
        <translation>Yn cadw cofnod DPP {name} (datblygiad proffesiynol parhaus), y modiwlau a gwblhawyd, y cwisiau asesu y llwyddwyd ynddynt a&apos;r sesiynau ar y cyd a fynychwyd, gyda&apos;r oriau, fel PDF a ffeil CSV yn y ffolder isod.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>Include my &amp;reflections</source>
        <translation>Cynnwys fy &amp;myfyrdodau</translation>
    </message>
    <message>
        <source>Your reflections are private unless you include them</source>
        <translation>Mae eich myfyrdodau&apos;n breifat oni bai eich bod yn eu cynnwys</translation>
    </message>
    <message>
        <source>Your reflections stay private unless you tick this.</source>
        <translation>Mae eich myfyrdodau&apos;n aros yn breifat oni bai eich bod yn ticio hwn.</translation>
    </message>
    <message>
        <source>Folder for the CPD record</source>
        <translation>Ffolder ar gyfer y cofnod DPP</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli.</translation>
    </message>
    <message>
        <source>CPD record: {name}</source>
        <translation>Cofnod DPP: {name}</translation>
    </message>
    <message>
        <source>The CPD record could not be saved: {error}</source>
        <translation>Nid oedd modd cadw&apos;r cofnod DPP: {error}</translation>
    </message>
    <message>
        <source>The CPD record was saved as
{pdf}
and
{csv}</source>
        <translation>Cafodd y cofnod DPP ei gadw fel
{pdf}
a
{csv}</translation>
    </message>
    <message>
        <source>has completed the module</source>
        <translation>wedi cwblhau&apos;r modiwl</translation>
    </message>
    <message>
        <source>has passed the assessed quiz</source>
        <translation>wedi llwyddo yn y cwis asesu</translation>
    </message>
    <message>
        <source>has completed the learning path</source>
        <translation>wedi cwblhau&apos;r llwybr dysgu</translation>
    </message>
    <message>
        <source>attended the joint session</source>
        <translation>wedi mynychu&apos;r sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Certificate of completion: {title}</source>
        <translation>Tystysgrif cwblhau: {title}</translation>
    </message>
    <message>
        <source>{hours} hour</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation>Oriau DPP</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>wedi cwblhau</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Tystysgrif cwblhau</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Mae hyn i dystio bod</translation>
    </message>
    <message>
        <source>Verification code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Cod dilysu: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To check this certificate, run {command} or ask {organisation} to check the code in its register of certificates.</source>
        <translation>I wirio&apos;r dystysgrif hon, rhedwch {command} neu gofynnwch i&apos;r sefydliad a&apos;i rhoddodd ({organisation}) wirio&apos;r cod yn ei gofrestr tystysgrifau.</translation>
    </message>
    <message>
        <source>The QR code holds the certificate&apos;s facts signed with the organisation&apos;s Ed25519 key (key ID {key}), so a copy can be checked without the register.</source>
        <translation>Mae&apos;r cod QR yn cynnwys ffeithiau&apos;r dystysgrif wedi&apos;u llofnodi ag allwedd Ed25519 y sefydliad (ID yr allwedd {key}), fel y gellir gwirio copi heb y gofrestr.</translation>
    </message>
    <message>
        <source>Nothing could be written to {path}.</source>
        <extracomment>The XMP namespace of the facts given as ``metadata`` (read back with ``pdfinfo -meta``).</extracomment>
        <translation>Nid oedd modd ysgrifennu dim i {path}.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Your certificates</source>
        <translation>Eich tystysgrifau</translation>
    </message>
    <message>
        <source>No certificates yet. A manager issues them for modules you complete, assessed quizzes you pass and learning paths you finish.</source>
        <translation>Dim tystysgrifau eto. Mae rheolwr yn eu cyhoeddi ar gyfer modiwlau rydych chi&apos;n eu cwblhau, cwisiau asesu rydych chi&apos;n llwyddo ynddynt a llwybrau dysgu rydych chi&apos;n eu gorffen.</translation>
    </message>
    <message>
        <source>Sections
viewed</source>
        <translation>Adrannau
a welwyd</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Best assessed
score</source>
        <translation>Sgôr asesu
orau</translation>
    </message>
    <message>
        <source>Assessed
attempts</source>
        <translation>Ymgeisiau
asesu</translation>
    </message>
    <message>
        <source>Best practice
score</source>
        <translation>Sgôr ymarfer
orau</translation>
    </message>
    <message>
        <source>Practice
attempts</source>
        <translation>Ymgeisiau
ymarfer</translation>
    </message>
    <message>
        <source>Choose a module in the table above to read its reflection in full here.</source>
        <translation>Dewiswch fodiwl yn y tabl uchod i ddarllen ei fyfyrdod yn llawn yma.</translation>
    </message>
    <message>
        <source>Updated since you completed it</source>
        <translation>Wedi&apos;i ddiweddaru ers i chi ei gwblhau</translation>
    </message>
    <message>
        <source>Completed unread</source>
        <translation>Wedi&apos;i gwblhau heb ei ddarllen</translation>
    </message>
    <message>
        <source>No reflection written for this module.</source>
        <translation>Dim myfyrdod wedi&apos;i ysgrifennu ar gyfer y modiwl hwn.</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(dim wedi&apos;i ysgrifennu)</translation>
    </message>
    <message>
        <source>What I learnt:
{learnt}

How I will use it:
{use}</source>
        <translation>Beth a ddysgais:
{learnt}

Sut y byddaf yn ei ddefnyddio:
{use}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>&amp;Do today&apos;s refresher</source>
        <translation>&amp;Gwneud gloywi heddiw</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modiwlau</translation>
    </message>
    <message>
        <source>Module progress</source>
        <translation>Cynnydd modiwlau</translation>
    </message>
    <message>
        <source>The chosen module&apos;s full reflection is shown below the table</source>
        <translation>Dangosir myfyrdod llawn y modiwl a ddewiswyd o dan y tabl</translation>
    </message>
    <message>
        <source>Read only. The reflection for the module chosen above.</source>
        <translation>Darllen yn unig. Y myfyrdod ar gyfer y modiwl a ddewiswyd uchod.</translation>
    </message>
    <message>
        <source>&amp;Reflection on the chosen module:</source>
        <translation>&amp;Myfyrdod ar y modiwl a ddewiswyd:</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Cwisiau</translation>
    </message>
    <message>
        <source>Only assessed attempts count towards passing a quiz; practice scores are shown separately.</source>
        <translation>Dim ond ymgeisiau asesu sy&apos;n cyfrif tuag at lwyddo mewn cwis; dangosir sgoriau ymarfer ar wahân.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Canlyniadau cwisiau</translation>
    </message>
    <message>
        <source>Save my &amp;CPD record…</source>
        <translation>Cadw fy &amp;nghofnod DPP…</translation>
    </message>
    <message>
        <source>Save my CPD record as PDF and CSV</source>
        <translation>Cadw fy nghofnod DPP fel PDF a CSV</translation>
    </message>
    <message>
        <source>Modules completed, assessed quizzes passed, joint sessions attended and hours, for your CPD portfolio; your reflections only if you choose.</source>
        <translation>Modiwlau a gwblhawyd, cwisiau asesu y llwyddwyd ynddynt, sesiynau ar y cyd a fynychwyd ac oriau, ar gyfer eich portffolio DPP; eich myfyrdodau dim ond os byddwch chi&apos;n dewis.</translation>
    </message>
    <message>
        <source>{viewed} of {total}
{joint} in a joint session</source>
        <translation>{viewed} o {total}
{joint} mewn sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>{viewed} of {total}</source>
        <comment>sections viewed of all sections</comment>
        <translation>{viewed} o {total}</translation>
    </message>
    <message>
        <source>{viewed} of {total} sections viewed, {joint} of them seen in a joint session</source>
        <translation>{viewed} o {total} adran wedi&apos;u gweld, {joint} ohonynt mewn sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Written</source>
        <comment>a reflection has been written</comment>
        <translation>Wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>No modules installed yet.</source>
        <translation>Dim modiwlau wedi&apos;u gosod eto.</translation>
    </message>
    <message>
        <source>You haven&apos;t started a module yet. Begin in Learn.</source>
        <translation>Nid ydych wedi dechrau modiwl eto. Dechreuwch yn Dysgu.</translation>
    </message>
    <message>
        <source>You have completed {completed} of {total} modules.</source>
        <translation>Rydych chi wedi cwblhau {completed} o {total} o fodiwlau.</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Gloywi</translation>
    </message>
    <message>
        <source>The refresher is in Learn: open Learn and choose Start the refresher.</source>
        <translation>Mae&apos;r gloywi yn Dysgu: agorwch Dysgu a dewiswch Dechrau&apos;r gloywi.</translation>
    </message>
    <message>
        <source>Reflection on {title}</source>
        <translation>Myfyrdod: {title}</translation>
    </message>
    <message>
        <source>Reflection on the chosen module</source>
        <translation>Myfyrdod ar y modiwl a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Hyfforddiant</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Aseiniadau</translation>
    </message>
    <message>
        <source>Caseload &amp;figures</source>
        <translation>Ffigurau &amp;llwyth achosion</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Siartiau</translation>
    </message>
    <message>
        <source>&amp;Learning records</source>
        <translation>&amp;Cofnodion dysgu</translation>
    </message>
    <message>
        <source>Recover&amp;y key</source>
        <translation>Allwedd a&amp;dfer</translation>
    </message>
    <message>
        <source>Who has been trained and who is overdue, the people on this database, assigned training, anonymised caseload figures, and the recovery key for case records.</source>
        <translation>Pwy sydd wedi&apos;u hyfforddi a phwy sy&apos;n hwyr, y bobl ar y gronfa ddata hon, hyfforddiant a aseiniwyd, ffigurau llwyth achosion dienw, a&apos;r allwedd adfer ar gyfer cofnodion achos.</translation>
    </message>
    <message>
        <source>Team pages</source>
        <translation>Tudalennau&apos;r tîm</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Wedi&apos;i aseinio i</translation>
    </message>
    <message>
        <source>People done</source>
        <translation>Pobl sydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>All probation practitioners</source>
        <translation>Pob ymarferydd prawf</translation>
    </message>
    <message>
        <source>All drug service workers</source>
        <translation>Pob gweithiwr gwasanaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Pob hwylusydd</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Pob rheolwr</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Aseiniadau</translation>
    </message>
    <message>
        <source>Training assigned and not cancelled, soonest due first</source>
        <translation>Hyfforddiant a aseiniwyd ac na chafodd ei ddiddymu, y dyddiad cwblhau cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the chosen assignment…</source>
        <translation>Diddymu&apos;r asei&amp;niad a ddewiswyd…</translation>
    </message>
    <message>
        <source>Cancel the chosen assignment</source>
        <translation>Diddymu&apos;r aseiniad a ddewiswyd</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Aseiniad newydd</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Training to assign</source>
        <translation>Hyfforddiant i&apos;w aseinio</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>Hyff&amp;orddiant:</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Everyone in a role</source>
        <translation>Pawb mewn rôl</translation>
    </message>
    <message>
        <source>Everyone in a team</source>
        <translation>Pawb mewn tîm</translation>
    </message>
    <message>
        <source>Assign t&amp;o:</source>
        <translation>Aseinio &amp;i:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>P&amp;wy:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Type the date, or use the arrow keys; Alt+Down opens a calendar</source>
        <translation>Teipiwch y dyddiad, neu defnyddiwch y bysellau saeth; mae Alt+Down yn agor calendr</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>Erb&amp;yn:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>As&amp;einio</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Aseinio</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) in force; {overdue} overdue, counted once for each assignment a person is behind on (Training shows each person once).</source>
        <translation>
            <numerusform>Aseiniadau mewn grym: %n; yn hwyr: {overdue}, wedi&apos;u cyfrif unwaith ar gyfer pob aseiniad y mae person ar ei hôl hi gydag ef (mae Hyfforddiant yn dangos pob person unwaith).</numerusform>
            <numerusform>Aseiniadau mewn grym: %n; yn hwyr: {overdue}, wedi&apos;u cyfrif unwaith ar gyfer pob aseiniad y mae person ar ei hôl hi gydag ef (mae Hyfforddiant yn dangos pob person unwaith).</numerusform>
            <numerusform>Aseiniadau mewn grym: %n; yn hwyr: {overdue}, wedi&apos;u cyfrif unwaith ar gyfer pob aseiniad y mae person ar ei hôl hi gydag ef (mae Hyfforddiant yn dangos pob person unwaith).</numerusform>
            <numerusform>Aseiniadau mewn grym: %n; yn hwyr: {overdue}, wedi&apos;u cyfrif unwaith ar gyfer pob aseiniad y mae person ar ei hôl hi gydag ef (mae Hyfforddiant yn dangos pob person unwaith).</numerusform>
            <numerusform>Aseiniadau mewn grym: %n; yn hwyr: {overdue}, wedi&apos;u cyfrif unwaith ar gyfer pob aseiniad y mae person ar ei hôl hi gydag ef (mae Hyfforddiant yn dangos pob person unwaith).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is assigned yet. Choose the training, who it is for and when it is due below.</source>
        <translation>Nid oes dim wedi&apos;i aseinio eto. Dewiswch yr hyfforddiant, ar gyfer pwy y mae, a phryd y mae i&apos;w gwblhau isod.</translation>
    </message>
    <message>
        <source>{date} (past)</source>
        <translation>{date} (wedi mynd heibio)</translation>
    </message>
    <message>
        <source>{done} of {people}</source>
        <comment>people done of people covered</comment>
        <translation>{done} o {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}, assigned to {who}, due {due}. {done} of {people} people done, {overdue} overdue.</source>
        <translation>{what}. Pwy: {who}. Erbyn {due}. Wedi&apos;i wneud: {done} o {people} o bobl; yn hwyr: {overdue}.</translation>
    </message>
    <message>
        <source>{what}, assigned to {who}, due {due}. {done} of {people} people done.</source>
        <translation>{what}. Pwy: {who}. Erbyn {due}. Wedi&apos;i wneud: {done} o {people} o bobl.</translation>
    </message>
    <message>
        <source>{kind}: {id} (no longer installed)</source>
        <translation>{kind}: {id} (nid yw wedi&apos;i osod mwyach)</translation>
    </message>
    <message>
        <source>A person no longer listed</source>
        <translation>Person nad yw wedi&apos;i restru mwyach</translation>
    </message>
    <message>
        <source>All {role}</source>
        <translation>Pob {role}</translation>
    </message>
    <message>
        <source>Team {team}</source>
        <translation>Tîm {team}</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n item(s); for {roles})</source>
        <translation>
            <numerusform>{title} (%n eitem; ar gyfer {roles})</numerusform>
            <numerusform>{title} (%n eitem; ar gyfer {roles})</numerusform>
            <numerusform>{title} (%n eitem; ar gyfer {roles})</numerusform>
            <numerusform>{title} (%n eitem; ar gyfer {roles})</numerusform>
            <numerusform>{title} (%n eitem; ar gyfer {roles})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n person(s))</source>
        <translation>
            <numerusform>{name} (%n o bobl)</numerusform>
            <numerusform>{name} (%n person)</numerusform>
            <numerusform>{name} (%n o bobl)</numerusform>
            <numerusform>{name} (%n o bobl)</numerusform>
            <numerusform>{name} (%n o bobl)</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet: set people&apos;s teams in People.</source>
        <translation>Dim timau eto: gosodwch dimau pobl yn Pobl.</translation>
    </message>
    <message>
        <source>Choose the training and who it is for first.</source>
        <translation>Dewiswch yr hyfforddiant ac ar gyfer pwy y mae yn gyntaf.</translation>
    </message>
    <message>
        <source>The due date has passed: choose today or a later date.</source>
        <translation>Mae&apos;r dyddiad cwblhau wedi mynd heibio: dewiswch heddiw neu ddyddiad diweddarach.</translation>
    </message>
    <message>
        <source>Assigned {what} to {who}, due {due}.</source>
        <translation>Aseiniwyd {what}. Pwy: {who}. Erbyn {due}.</translation>
    </message>
    <message>
        <source>Cancel an assignment</source>
        <translation>Diddymu aseiniad</translation>
    </message>
    <message>
        <source>Cancel {what} for {who}, due {due}? It will no longer show as due. What people have already done is kept.</source>
        <translation>Diddymu {what} ar gyfer {who}, erbyn {due}? Ni fydd yn ymddangos fel rhywbeth i&apos;w wneud mwyach. Mae&apos;r hyn y mae pobl wedi&apos;i wneud eisoes yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Cancelled {what} for {who}.</source>
        <translation>Diddymwyd {what} ar gyfer {who}.</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>Cyhoeddi tystysgrif</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Cadw&apos;r dystysgrif</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Cod dilysu</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Certificate already issued</source>
        <translation>Tystysgrif wedi&apos;i chyhoeddi eisoes</translation>
    </message>
    <message>
        <source>The content could not be read: {error}</source>
        <translation>Nid oedd modd darllen y cynnwys: {error}</translation>
    </message>
    <message>
        <source>{name} has not completed anything a certificate can be issued for yet: a module with every section read, an assessed quiz passed, or a whole learning path.</source>
        <translation>Nid yw {name} wedi cwblhau dim y gellir cyhoeddi tystysgrif ar ei gyfer eto: modiwl â phob adran wedi&apos;i darllen, cwis asesu wedi llwyddo ynddo, neu lwybr dysgu cyfan.</translation>
    </message>
    <message>
        <source>The certificate could not be saved to {path}: {error}</source>
        <translation>Nid oedd modd cadw&apos;r dystysgrif i {path}: {error}</translation>
    </message>
    <message>
        <source>Issue a certificate to {name}</source>
        <translation>Cyhoeddi tystysgrif: {name}</translation>
    </message>
    <message>
        <source>Certificate for {name}</source>
        <translation>Tystysgrif ar gyfer {name}</translation>
    </message>
    <message>
        <source>What the certificate is for</source>
        <translation>Beth yw diben y dystysgrif</translation>
    </message>
    <message>
        <source>The person&apos;s completed modules, passed assessed quizzes and completed learning paths, most recent first</source>
        <translation>Modiwlau a gwblhawyd gan y person, cwisiau asesu y llwyddodd ynddynt a llwybrau dysgu a gwblhawyd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;What the certificate is for:</source>
        <translation>&amp;Beth yw diben y dystysgrif:</translation>
    </message>
    <message>
        <source>The certificate is signed with the organisation&apos;s key and recorded in its register. Anyone can check its verification code; you can revoke it later.</source>
        <translation>Mae&apos;r dystysgrif wedi&apos;i llofnodi ag allwedd y sefydliad a&apos;i chofnodi yn ei gofrestr. Gall unrhyw un wirio ei chod dilysu; gallwch ei dirymu yn nes ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Issue and save PDF…</source>
        <translation>&amp;Cyhoeddi a chadw PDF…</translation>
    </message>
    <message>
        <source>Issue and save PDF</source>
        <translation>Cyhoeddi a chadw PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Choose what the certificate is for.</source>
        <translation>Dewiswch beth yw diben y dystysgrif.</translation>
    </message>
    <message>
        <source>Certificate issued to {name} for {what}.

Verification code: {code}</source>
        <translation>Mae {name} wedi cael tystysgrif ar gyfer {what}.

Cod dilysu: {code}</translation>
    </message>
    <message>
        <source>The PDF was not saved: save it any time from the person&apos;s certificates (Save PDF…).</source>
        <translation>Ni chafodd y PDF ei gadw: cadwch ef unrhyw bryd o dystysgrifau&apos;r person (Cadw PDF…).</translation>
    </message>
    <message>
        <source>Revoke the certificate</source>
        <translation>Dirymu&apos;r dystysgrif</translation>
    </message>
    <message>
        <source>Why is the certificate {code} ({title}) revoked?
The reason is shown to anyone who checks the code.</source>
        <translation>Pam mae&apos;r dystysgrif {code} ({title}) yn cael ei dirymu?
Dangosir y rheswm i unrhyw un sy&apos;n gwirio&apos;r cod.</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Tystysgrifau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>No certificates have been issued to this person.</source>
        <translation>Nid oes tystysgrifau wedi&apos;u cyhoeddi i&apos;r person hwn.</translation>
    </message>
    <message>
        <source>Each certificate&apos;s verification code, what it is for, dates and status</source>
        <translation>Cod dilysu pob tystysgrif, ei diben, dyddiadau a statws</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Cad&amp;w PDF…</translation>
    </message>
    <message>
        <source>Save certificate PDF</source>
        <translation>Cadw PDF y dystysgrif</translation>
    </message>
    <message>
        <source>Save the chosen certificate as a PDF again</source>
        <translation>Cadw&apos;r dystysgrif a ddewiswyd fel PDF eto</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Dirym&amp;u…</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Dirymu tystysgrif</translation>
    </message>
    <message>
        <source>Revoke the chosen certificate, giving a reason</source>
        <translation>Dirymu&apos;r dystysgrif a ddewiswyd, gan roi rheswm</translation>
    </message>
    <message>
        <source>The register entry for {code} has been altered since it was signed, so no certificate can be made from it.</source>
        <translation>Mae&apos;r cofnod yn y gofrestr ar gyfer {code} wedi&apos;i newid ers iddo gael ei lofnodi, felly ni ellir gwneud tystysgrif ohono.</translation>
    </message>
    <message>
        <source>The certificate {code} was revoked: anyone who checks its code is told so. Save its PDF anyway?</source>
        <translation>Cafodd y dystysgrif {code} ei dirymu: dywedir hynny wrth unrhyw un sy&apos;n gwirio ei chod. Cadw ei PDF beth bynnag?</translation>
    </message>
    <message>
        <source>Register entry altered: not valid</source>
        <translation>Cofnod y gofrestr wedi&apos;i newid: ddim yn ddilys</translation>
    </message>
    <message>
        <source>Revoked {date}: {reason}</source>
        <translation>Dirymwyd {date}: {reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Dilys</translation>
    </message>
    <message>
        <source>Save the team report</source>
        <translation>Cadw adroddiad y tîm</translation>
    </message>
    <message>
        <source>Drawing “{title}”…</source>
        <translation>Wrthi&apos;n lluniadu “{title}”…</translation>
    </message>
    <message>
        <source>&amp;Save team report (PDF)…</source>
        <translation>Cadw adroddiad y tî&amp;m (PDF)…</translation>
    </message>
    <message>
        <source>Save team report (PDF)</source>
        <translation>Cadw adroddiad y tîm (PDF)</translation>
    </message>
    <message>
        <source>The team summary, these charts with their numbers, and the caseload figures, as an A4 PDF</source>
        <translation>Crynodeb y tîm, y siartiau hyn gyda&apos;u rhifau, a&apos;r ffigurau llwyth achosion, fel PDF A4</translation>
    </message>
    <message>
        <source>Team charts</source>
        <translation>Siartiau&apos;r tîm</translation>
    </message>
    <message>
        <source>This chart could not be drawn: {error}</source>
        <translation>Nid oedd modd lluniadu&apos;r siart hwn: {error}</translation>
    </message>
    <message>
        <source>The charts could not be drawn: {error}</source>
        <translation>Nid oedd modd lluniadu&apos;r siartiau: {error}</translation>
    </message>
    <message>
        <source>{summary}. Caseload charts: {period}.</source>
        <translation>{summary}. Siartiau llwyth achosion: {period}.</translation>
    </message>
    <message>
        <source>The team report could not be saved to {path}: {error}</source>
        <translation>Nid oedd modd cadw adroddiad y tîm i {path}: {error}</translation>
    </message>
    <message>
        <source>The team report was saved to {path}.</source>
        <translation>Cafodd adroddiad y tîm ei gadw i {path}.</translation>
    </message>
    <message>
        <source>Choose a number in the table to see what it counts, or why it is hidden.</source>
        <translation>Dewiswch rif yn y tabl i weld beth mae&apos;n ei gyfrif, neu pam mae wedi&apos;i guddio.</translation>
    </message>
    <message>
        <source>Counts of finished screenings, made without decrypting any record. A case screened more than once in a period counts once there, and periods are not added up. Small numbers are hidden to protect the people counted: choose a hidden number to see why.</source>
        <translation>Cyfrifon o sgriniadau wedi&apos;u gorffen, wedi&apos;u gwneud heb ddadgryptio unrhyw gofnod. Mae achos a sgriniwyd fwy nag unwaith mewn cyfnod yn cyfrif unwaith yno, ac nid yw cyfnodau&apos;n cael eu hadio. Mae rhifau bach wedi&apos;u cuddio i ddiogelu&apos;r bobl a gyfrifwyd: dewiswch rif cudd i weld pam.</translation>
    </message>
    <message>
        <source>First day of the figures</source>
        <translation>Diwrnod cyntaf y ffigurau</translation>
    </message>
    <message>
        <source>Last day of the figures</source>
        <translation>Diwrnod olaf y ffigurau</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>One column per month or per quarter</source>
        <translation>Un golofn fesul mis neu fesul chwarter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>H&amp;yd at:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Fes&amp;ul:</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Unrhyw sefydliad</translation>
    </message>
    <message>
        <source>Organisation of the practitioner who screened</source>
        <translation>Sefydliad yr ymarferydd a wnaeth y sgrinio</translation>
    </message>
    <message>
        <source>Team of the practitioner who screened</source>
        <translation>Tîm yr ymarferydd a wnaeth y sgrinio</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Unrhyw rôl</translation>
    </message>
    <message>
        <source>Role of the practitioner who screened</source>
        <translation>Rôl yr ymarferydd a wnaeth y sgrinio</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Se&amp;fydliad:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Ynghylch y ffigurau hyn</translation>
    </message>
    <message>
        <source>One row per measure, one column per period. Hidden numbers show as a symbol; the panel below says why.</source>
        <translation>Un rhes fesul mesur, un golofn fesul cyfnod. Mae rhifau cudd yn ymddangos fel symbol; mae&apos;r panel isod yn dweud pam.</translation>
    </message>
    <message>
        <source>About the chosen number</source>
        <translation>Ynghylch y rhif a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;About the chosen number:</source>
        <translation>Ynghylch y rhif a ddewis&amp;wyd:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
        <source>Export these figures as a CSV file</source>
        <translation>Allforio&apos;r ffigurau hyn fel ffeil CSV</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Unrhyw dîm</translation>
    </message>
    <message>
        <source>{first} to {last}, {who}: screenings by {practitioners} practitioners.</source>
        <translation>{first} – {last}, {who}: sgriniadau gan {practitioners} o ymarferwyr.</translation>
    </message>
    <message>
        <source>Screenings are dated by month only, so whole months are counted.</source>
        <translation>Mae sgriniadau wedi&apos;u dyddio fesul mis yn unig, felly mae misoedd cyfan yn cael eu cyfrif.</translation>
    </message>
    <message>
        <source>&lt;{t} is 1 to {below} (0 to {below} within a measure under {t}); * is a number hidden so that a hidden one cannot be worked out; n/a is not shown for this filter.</source>
        <translation>Mae &lt;{t} yn 1 i {below} (0 i {below} o fewn mesur o dan {t}); mae * yn rhif wedi&apos;i guddio fel na ellir cyfrifo un cudd; nid yw n/a yn cael ei ddangos ar gyfer yr hidlydd hwn.</translation>
    </message>
    <message>
        <source>&lt;{t} is 1 to {below} (0 to {below} within a measure under {t}); * is a number hidden so that a hidden one cannot be worked out.</source>
        <translation>Mae &lt;{t} yn 1 i {below} (0 i {below} o fewn mesur o dan {t}); mae * yn rhif wedi&apos;i guddio fel na ellir cyfrifo un cudd.</translation>
    </message>
    <message>
        <source>No total over the range is given: compared with the total for a neighbouring range it would give away the periods between.</source>
        <translation>Nid oes cyfanswm dros yr ystod: o&apos;i gymharu â&apos;r cyfanswm ar gyfer ystod gyfagos byddai&apos;n datgelu&apos;r cyfnodau rhyngddynt.</translation>
    </message>
    <message>
        <source>Hidden: {reason}.</source>
        <translation>Wedi&apos;i guddio: {reason}.</translation>
    </message>
    <message>
        <source>hidden, {reason}</source>
        <translation>wedi&apos;i guddio, {reason}</translation>
    </message>
    <message>
        <source>{measure}, {where}: {value}.</source>
        <translation>{measure}, {where}: {value}.</translation>
    </message>
    <message>
        <source>{measure}, {where}: hidden because it is {reason} (but more than 0). Small numbers can point to a person, so they are never shown.</source>
        <translation>{measure}, {where}: wedi&apos;i guddio oherwydd ei fod yn {reason} (ond yn fwy na 0). Gall rhifau bach bwyntio at berson, felly nid ydynt byth yn cael eu dangos.</translation>
    </message>
    <message>
        <source>{measure}, {where}: hidden because it is {reason} (a total or a measure of fewer than {threshold}). It may be 0 or a small number: showing it would tell the others apart.</source>
        <translation>{measure}, {where}: wedi&apos;i guddio oherwydd ei fod yn {reason} (cyfanswm neu fesur o lai na {threshold}). Gall fod yn 0 neu&apos;n rhif bach: byddai ei ddangos yn gwahaniaethu rhwng y lleill.</translation>
    </message>
    <message>
        <source>{measure}, {where}: {reason}. It is not itself a small number, but everyone&apos;s figure for it is shown, and the difference (the people outside the filter) is fewer than {threshold}.</source>
        <translation>{measure}, {where}: {reason}. Nid yw ynddo&apos;i hun yn rhif bach, ond dangosir ffigur pawb ar ei gyfer, ac mae&apos;r gwahaniaeth (y bobl y tu allan i&apos;r hidlydd) yn llai na {threshold}.</translation>
    </message>
    <message>
        <source>{measure}, {where}: {reason}. Hiding single numbers could not protect them here, so this measure is not shown for the filter in this quarter. Everyone&apos;s figures still show it.</source>
        <translation>{measure}, {where}: {reason}. Ni allai cuddio rhifau unigol eu diogelu yma, felly nid yw&apos;r mesur hwn yn cael ei ddangos ar gyfer yr hidlydd yn y chwarter hwn. Mae ffigurau pawb yn dal i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>{measure}, {where}: {reason}. It is not itself a small number, but with it shown, a small number elsewhere in this period, in the rows it belongs to, in its quarter or (with a filter) among the people outside the filter could be worked out by adding and subtracting.</source>
        <translation>{measure}, {where}: {reason}. Nid yw ynddo&apos;i hun yn rhif bach, ond pe bai&apos;n cael ei ddangos, gellid cyfrifo rhif bach yn rhywle arall yn y cyfnod hwn, yn y rhesi y mae&apos;n perthyn iddynt, yn ei chwarter neu (gyda hidlydd) ymhlith y bobl y tu allan i&apos;r hidlydd drwy adio a thynnu.</translation>
    </message>
    <message>
        <source>Export caseload figures</source>
        <translation>Allforio ffigurau llwyth achosion</translation>
    </message>
    <message>
        <source>The figures could not be saved to {path}:
{error}</source>
        <translation>Nid oedd modd cadw&apos;r ffigurau i {path}:
{error}</translation>
    </message>
    <message>
        <source>The figures were saved to {path}.</source>
        <translation>Cafodd y ffigurau eu cadw i {path}.</translation>
    </message>
    <message>
        <source>Statements (*.json)</source>
        <translation>Datganiadau (*.json)</translation>
    </message>
    <message>
        <source>Statements (*.json);;All files (*)</source>
        <translation>Datganiadau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Every module, quiz, refresher and joint session completed here becomes a learning record for the organisation&apos;s learning record store (LRS). Records wait here until they can be sent; a laptop that is never online can send them by file.</source>
        <translation>Mae pob modiwl, cwis, gloywi a sesiwn ar y cyd a gwblheir yma yn dod yn gofnod dysgu ar gyfer storfa cofnodion dysgu (LRS) y sefydliad. Mae cofnodion yn aros yma nes y gellir eu hanfon; gall gliniadur nad yw byth ar-lein eu hanfon drwy ffeil.</translation>
    </message>
    <message>
        <source>Learning records summary</source>
        <translation>Crynodeb o&apos;r cofnodion dysgu</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>A&amp;nfon nawr</translation>
    </message>
    <message>
        <source>Send waiting learning records now</source>
        <translation>Anfon y cofnodion dysgu sy&apos;n aros nawr</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Allfo&amp;rio…</translation>
    </message>
    <message>
        <source>Export every learning record to a statements file</source>
        <translation>Allforio pob cofnod dysgu i ffeil datganiadau</translation>
    </message>
    <message>
        <source>&amp;Import a statements file…</source>
        <translation>&amp;Mewnforio ffeil datganiadau…</translation>
    </message>
    <message>
        <source>Import a statements file made on another device</source>
        <translation>Mewnforio ffeil datganiadau a wnaed ar ddyfais arall</translation>
    </message>
    <message>
        <source>Send &amp;refused again</source>
        <translation>Anfon y rhai a &amp;wrthodwyd eto</translation>
    </message>
    <message>
        <source>Send the learning records the LRS refused again</source>
        <translation>Anfon eto&apos;r cofnodion dysgu a wrthodwyd gan yr LRS</translation>
    </message>
    <message>
        <source>Refused by the LRS</source>
        <translation>Wedi&apos;u gwrthod gan yr LRS</translation>
    </message>
    <message>
        <source>The LRS&apos;s reason</source>
        <translation>Rheswm yr LRS</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>ID y datganiad</translation>
    </message>
    <message>
        <source>Learning records the LRS refused</source>
        <translation>Cofnodion dysgu a wrthodwyd gan yr LRS</translation>
    </message>
    <message>
        <source>Kept with the LRS&apos;s reason and not sent again unless you choose Send refused again</source>
        <translation>Wedi&apos;u cadw gyda rheswm yr LRS a heb eu hanfon eto oni bai eich bod yn dewis Anfon y rhai a wrthodwyd eto</translation>
    </message>
    <message>
        <source>People in imported files not linked yet</source>
        <translation>Pobl mewn ffeiliau a fewnforiwyd nad ydynt wedi&apos;u cysylltu eto</translation>
    </message>
    <message>
        <source>Records imported from another device name the person by that device&apos;s profile id. Choose each, then the person here whose training it is, and Link.</source>
        <translation>Mae cofnodion a fewnforiwyd o ddyfais arall yn enwi&apos;r person yn ôl ID proffil y ddyfais honno. Dewiswch bob un, yna&apos;r person yma y mae&apos;r hyfforddiant yn perthyn iddo, a Cysylltu.</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>Enw a roddwyd</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Profile id on the other device</source>
        <translation>ID proffil ar y ddyfais arall</translation>
    </message>
    <message>
        <source>People in imported records not yet linked to anyone here</source>
        <translation>Pobl mewn cofnodion a fewnforiwyd nad ydynt wedi&apos;u cysylltu â neb yma eto</translation>
    </message>
    <message>
        <source>&amp;Person here:</source>
        <translation>Person &amp;yma:</translation>
    </message>
    <message>
        <source>&amp;Link to this person</source>
        <translation>Cysyll&amp;tu â&apos;r person hwn</translation>
    </message>
    <message>
        <source>Link the chosen imported records to the chosen person</source>
        <translation>Cysylltu&apos;r cofnodion a fewnforiwyd a ddewiswyd â&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>Everyone in imported files is linked to a person here.</source>
        <translation>Mae pawb mewn ffeiliau a fewnforiwyd wedi&apos;u cysylltu â pherson yma.</translation>
    </message>
    <message>
        <source>none set up — records are kept on this device (File → Settings)</source>
        <translation>dim wedi&apos;i gosod — cedwir cofnodion ar y ddyfais hon (Ffeil → Gosodiadau)</translation>
    </message>
    <message>
        <source>&lt;b&gt;LRS:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;LRS:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting:&lt;/b&gt; {waiting} &amp;nbsp; &lt;b&gt;Sent:&lt;/b&gt; {sent} &amp;nbsp; &lt;b&gt;Refused:&lt;/b&gt; {refused} &amp;nbsp; &lt;b&gt;Imported from other devices:&lt;/b&gt; {imported}</source>
        <translation>&lt;b&gt;Yn aros:&lt;/b&gt; {waiting} &amp;nbsp; &lt;b&gt;Wedi&apos;u hanfon:&lt;/b&gt; {sent} &amp;nbsp; &lt;b&gt;Wedi&apos;u gwrthod:&lt;/b&gt; {refused} &amp;nbsp; &lt;b&gt;Wedi&apos;u mewnforio o ddyfeisiau eraill:&lt;/b&gt; {imported}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last sent:&lt;/b&gt; {when}</source>
        <translation>&lt;b&gt;Anfonwyd ddiwethaf:&lt;/b&gt; {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next try:&lt;/b&gt; {when}</source>
        <translation>&lt;b&gt;Cynnig nesaf:&lt;/b&gt; {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last error&lt;/b&gt; ({when}): {error}</source>
        <translation>&lt;b&gt;Gwall diwethaf&lt;/b&gt; ({when}): {error}</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items} a {count} arall</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(heb ei anfon)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wrthi&apos;n anfon…</translation>
    </message>
    <message>
        <source>Learning records</source>
        <translation>Cofnodion dysgu</translation>
    </message>
    <message>
        <source>Sending stopped: {error}</source>
        <translation>Daeth yr anfon i ben: {error}</translation>
    </message>
    <message>
        <source>Sent {sent}; refused {refused}; waiting {waiting}.</source>
        <translation>Wedi&apos;u hanfon: {sent}; wedi&apos;u gwrthod: {refused}; yn aros: {waiting}.</translation>
    </message>
    <message>
        <source>Send refused records again</source>
        <translation>Anfon eto&apos;r cofnodion a wrthodwyd</translation>
    </message>
    <message>
        <source>Send the records the LRS refused again? Do this after the cause was fixed (for example the LRS&apos;s settings); otherwise it will refuse them again.</source>
        <translation>Anfon eto&apos;r cofnodion a wrthodwyd gan yr LRS? Gwnewch hyn ar ôl i&apos;r achos gael ei drwsio (er enghraifft gosodiadau&apos;r LRS); fel arall bydd yn eu gwrthod eto.</translation>
    </message>
    <message>
        <source>Export learning records</source>
        <translation>Allforio cofnodion dysgu</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Nid oedd modd ysgrifennu {path}: {error}</translation>
    </message>
    <message>
        <source>Wrote {count} learning records to {path}.</source>
        <translation>Ysgrifennwyd {count} o gofnodion dysgu i {path}.</translation>
    </message>
    <message>
        <source>Import a statements file</source>
        <translation>Mewnforio ffeil datganiadau</translation>
    </message>
    <message>
        <source>Added {added} learning records from {file}; {already} were already here.</source>
        <translation>Ychwanegwyd {added} o gofnodion dysgu o {file}; roedd {already} yma eisoes.</translation>
    </message>
    <message>
        <source>{count} person(s) in the file are not linked to anyone here yet: choose each in the list below and link them to the person whose training it is.</source>
        <translation>Nid yw {count} o bobl yn y ffeil wedi&apos;u cysylltu â neb yma eto: dewiswch bob un yn y rhestr isod a&apos;u cysylltu â&apos;r person y mae&apos;r hyfforddiant yn perthyn iddo.</translation>
    </message>
    <message>
        <source>Link imported records</source>
        <translation>Cysylltu cofnodion a fewnforiwyd</translation>
    </message>
    <message>
        <source>{count} imported records are now the training of {person}.</source>
        <translation>Mae {count} o gofnodion a fewnforiwyd bellach yn hyfforddiant {person}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Modules and quizzes</source>
        <translation>Modiwlau a chwisiau</translation>
    </message>
    <message>
        <source>Modules only</source>
        <translation>Modiwlau yn unig</translation>
    </message>
    <message>
        <source>Quizzes only</source>
        <translation>Cwisiau yn unig</translation>
    </message>
    <message>
        <source>✓ completed or passed (date, or best assessed score)   ◐ in progress (sections read)   ↻ refresher due   ✗ not passed   ⚠ overdue   ● due within 14 days   * completed before every section had to be read</source>
        <translation>✓ wedi&apos;i gwblhau neu wedi llwyddo (dyddiad, neu&apos;r sgôr asesu orau)   ◐ ar y gweill (adrannau a ddarllenwyd)   ↻ angen gloywi   ✗ heb lwyddo   ⚠ yn hwyr   ● i&apos;w wneud o fewn 14 diwrnod   * cwblhawyd cyn bod rhaid darllen pob adran</translation>
    </message>
    <message>
        <source>Quiz · {title}</source>
        <translation>Cwis · {title}</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Yn hwyr</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Erbyn {date}</translation>
    </message>
    <message>
        <source>● Due {date}</source>
        <translation>● Erbyn {date}</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>✓ Done*</source>
        <translation>✓ Wedi&apos;i wneud*</translation>
    </message>
    <message>
        <source>↻ Refresher</source>
        <translation>↻ Gloywi</translation>
    </message>
    <message>
        <source>Practice</source>
        <comment>a quiz cell: practice attempts only</comment>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Module: {title} (version {version})</source>
        <translation>Modiwl: {title} (fersiwn {version})</translation>
    </message>
    <message>
        <source>Quiz: {title} (version {version})</source>
        <translation>Cwis: {title} (fersiwn {version})</translation>
    </message>
    <message>
        <source>In progress: {read} of {total} sections read</source>
        <translation>Ar y gweill: {read} o {total} adran wedi&apos;u darllen</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Cwblhawyd ar {date}</translation>
    </message>
    <message>
        <source>completed before every section had to be read ({read} of {total} read)</source>
        <translation>cwblhawyd cyn bod rhaid darllen pob adran ({read} o {total} wedi&apos;u darllen)</translation>
    </message>
    <message>
        <source>refresher due (12 months since completion, or the module changed in substance)</source>
        <translation>angen gloywi (12 mis ers ei gwblhau, neu newidiodd y modiwl yn sylweddol)</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Heb roi cynnig arno</translation>
    </message>
    <message numerus="yes">
        <source>Practice only: %n practice attempt(s), no assessed attempt</source>
        <translation>
            <numerusform>Ymarfer yn unig: %n ymgais ymarfer, dim ymgais asesu</numerusform>
            <numerusform>Ymarfer yn unig: %n ymgais ymarfer, dim ymgais asesu</numerusform>
            <numerusform>Ymarfer yn unig: %n ymgais ymarfer, dim ymgais asesu</numerusform>
            <numerusform>Ymarfer yn unig: %n ymgais ymarfer, dim ymgais asesu</numerusform>
            <numerusform>Ymarfer yn unig: %n ymgais ymarfer, dim ymgais asesu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed: best assessed score {score}% on {date}, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed: best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Wedi llwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not passed: best assessed score {score}% on {date}, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}% ar {date}, %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not passed: best assessed score {score}%, %n assessed attempt(s)</source>
        <translation>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
            <numerusform>Heb lwyddo: sgôr asesu orau {score}%, %n ymgais asesu</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue: it was due on {date}</source>
        <translation>yn hwyr: roedd i&apos;w wneud erbyn {date}</translation>
    </message>
    <message>
        <source>assigned, due {date}: done</source>
        <translation>wedi&apos;i aseinio, erbyn {date}: wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>assigned, due {date}</source>
        <translation>wedi&apos;i aseinio, erbyn {date}</translation>
    </message>
    <message>
        <source>{name}, {column}: {summary}</source>
        <comment>a matrix cell for a screen reader</comment>
        <translation>{name}, {column}: {summary}</translation>
    </message>
    <message>
        <source>Double-click or press Return to open their record</source>
        <translation>Cliciwch ddwywaith neu pwyswch Return i agor eu cofnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Wedi mewngofnodi ddiwethaf</translation>
    </message>
    <message numerus="yes">
        <source>%n module visit(s)</source>
        <translation>
            <numerusform>%n o ymweliadau â modiwlau</numerusform>
            <numerusform>%n ymweliad â modiwl</numerusform>
            <numerusform>%n o ymweliadau â modiwlau</numerusform>
            <numerusform>%n o ymweliadau â modiwlau</numerusform>
            <numerusform>%n o ymweliadau â modiwlau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module record(s)</source>
        <translation>
            <numerusform>%n o gofnodion modiwl</numerusform>
            <numerusform>%n cofnod modiwl</numerusform>
            <numerusform>%n o gofnodion modiwl</numerusform>
            <numerusform>%n o gofnodion modiwl</numerusform>
            <numerusform>%n o gofnodion modiwl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz attempt(s)</source>
        <translation>
            <numerusform>%n o ymgeisiau ar gwisiau</numerusform>
            <numerusform>%n ymgais ar gwis</numerusform>
            <numerusform>%n o ymgeisiau ar gwisiau</numerusform>
            <numerusform>%n o ymgeisiau ar gwisiau</numerusform>
            <numerusform>%n o ymgeisiau ar gwisiau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n o aseiniadau</numerusform>
            <numerusform>%n aseiniad</numerusform>
            <numerusform>%n o aseiniadau</numerusform>
            <numerusform>%n o aseiniadau</numerusform>
            <numerusform>%n o aseiniadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n o dystysgrifau</numerusform>
            <numerusform>%n tystysgrif</numerusform>
            <numerusform>%n o dystysgrifau</numerusform>
            <numerusform>%n o dystysgrifau</numerusform>
            <numerusform>%n o dystysgrifau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning record(s) (xAPI)</source>
        <translation>
            <numerusform>%n o gofnodion dysgu (xAPI)</numerusform>
            <numerusform>%n cofnod dysgu (xAPI)</numerusform>
            <numerusform>%n o gofnodion dysgu (xAPI)</numerusform>
            <numerusform>%n o gofnodion dysgu (xAPI)</numerusform>
            <numerusform>%n o gofnodion dysgu (xAPI)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to imported records</source>
        <translation>
            <numerusform>%n o gysylltiadau â chofnodion a fewnforiwyd</numerusform>
            <numerusform>%n cysylltiad â chofnodion a fewnforiwyd</numerusform>
            <numerusform>%n o gysylltiadau â chofnodion a fewnforiwyd</numerusform>
            <numerusform>%n o gysylltiadau â chofnodion a fewnforiwyd</numerusform>
            <numerusform>%n o gysylltiadau â chofnodion a fewnforiwyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint session reflection(s)</source>
        <translation>
            <numerusform>%n o fyfyrdodau o sesiynau ar y cyd</numerusform>
            <numerusform>%n myfyrdod o sesiwn ar y cyd</numerusform>
            <numerusform>%n o fyfyrdodau o sesiynau ar y cyd</numerusform>
            <numerusform>%n o fyfyrdodau o sesiynau ar y cyd</numerusform>
            <numerusform>%n o fyfyrdodau o sesiynau ar y cyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Enw i&apos;w ddangos:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>They choose their own passphrase the first time they sign in.</source>
        <translation>Maen nhw&apos;n dewis eu cyfrinymadrodd eu hunain y tro cyntaf y byddant yn mewngofnodi.</translation>
    </message>
    <message>
        <source>Show a&amp;rchived profiles</source>
        <translation>Dangos proffiliau wedi&apos;u harchif&amp;o</translation>
    </message>
    <message>
        <source>Everyone with a profile on this database</source>
        <translation>Pawb sydd â phroffil ar y gronfa ddata hon</translation>
    </message>
    <message>
        <source>A&amp;dd person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Setup code…</source>
        <translation>Cod &amp;gosod…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arch&amp;ifo</translation>
    </message>
    <message>
        <source>&amp;Erase learning records…</source>
        <translation>Dileu co&amp;fnodion dysgu…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Change the chosen person&apos;s name, role, organisation or team</source>
        <translation>Newid enw, rôl, sefydliad neu dîm y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Give the chosen person a new setup code</source>
        <translation>Rhoi cod gosod newydd i&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>Archive or restore the chosen person</source>
        <translation>Archifo neu adfer y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Erase the chosen person&apos;s learning records</source>
        <translation>Dileu cofnodion dysgu&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a passphrase has been set</comment>
        <translation>Wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Not yet (setup code given)</source>
        <translation>Ddim eto (cod gosod wedi&apos;i roi)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Active people: {people}. Managers: {managers}. People you add choose their passphrase when they first sign in, with the one-time setup code you give them.</source>
        <translation>Pobl weithredol: {people}. Rheolwyr: {managers}. Mae pobl rydych chi&apos;n eu hychwanegu yn dewis eu cyfrinymadrodd pan fyddant yn mewngofnodi gyntaf, gyda&apos;r cod gosod untro rydych chi&apos;n ei roi iddynt.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Adf&amp;er</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>Cod gosod</translation>
    </message>
    <message>
        <source>{name}&apos;s setup code is

{code}

Give it to them in person. They enter it with their new passphrase the first time they sign in. It works once, for {days} days, and is not shown again: make a new one if it is lost.</source>
        <translation>Cod gosod {name} yw

{code}

Rhowch ef iddynt wyneb yn wyneb. Maen nhw&apos;n ei roi gyda&apos;u cyfrinymadrodd newydd y tro cyntaf y byddant yn mewngofnodi. Mae&apos;n gweithio unwaith, am {days} diwrnod, ac ni chaiff ei ddangos eto: gwnewch un newydd os caiff ei golli.</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Newid {name}</translation>
    </message>
    <message>
        <source>Restore a profile</source>
        <translation>Adfer proffil</translation>
    </message>
    <message>
        <source>Archive a profile</source>
        <translation>Archifo proffil</translation>
    </message>
    <message>
        <source>You cannot archive your own profile while signed in.</source>
        <translation>Ni allwch archifo eich proffil eich hun tra byddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Archive {name}? They will no longer be able to sign in. Their records are kept, and a manager can restore the profile.</source>
        <translation>Archifo {name}? Ni fyddant yn gallu mewngofnodi mwyach. Mae eu cofnodion yn cael eu cadw, a gall rheolwr adfer y proffil.</translation>
    </message>
    <message>
        <source>Erase learning records</source>
        <translation>Dileu cofnodion dysgu</translation>
    </message>
    <message>
        <source>This erases {name}&apos;s module progress, reflections, quiz attempts, assignments to them and certificates, for good. Their screening records are case records and are kept, still encrypted.

To confirm, type their name ({name}):</source>
        <translation>Mae hyn yn dileu cynnydd modiwlau, myfyrdodau, ymgeisiau ar gwisiau, aseiniadau iddynt a thystysgrifau {name}, am byth. Mae eu cofnodion sgrinio yn gofnodion achos ac yn cael eu cadw, wedi&apos;u hamgryptio o hyd.

I gadarnhau, teipiwch eu henw ({name}):</translation>
    </message>
    <message>
        <source>The name typed does not match, so nothing was erased.</source>
        <translation>Nid yw&apos;r enw a deipiwyd yn cyfateb, felly ni ddilëwyd dim.</translation>
    </message>
    <message>
        <source>Erased for {name}: {counts}.</source>
        <translation>Wedi&apos;u dileu ar gyfer {name}: {counts}.</translation>
    </message>
    <message>
        <source>&lt;span class=&apos;bad&apos;&gt;Overdue&lt;/span&gt; (due {date})</source>
        <translation>&lt;span class=&apos;bad&apos;&gt;Yn hwyr&lt;/span&gt; (erbyn {date})</translation>
    </message>
    <message>
        <source>Due {date} · done</source>
        <translation>Erbyn {date} · wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Heb lwyddo</translation>
    </message>
    <message>
        <source>Practice only</source>
        <translation>Ymarfer yn unig</translation>
    </message>
    <message>
        <source>{date}: assessed, not finished</source>
        <translation>{date}: asesu, heb ei orffen</translation>
    </message>
    <message>
        <source>{date}: practice, not finished</source>
        <translation>{date}: ymarfer, heb ei orffen</translation>
    </message>
    <message>
        <source>{date}: assessed, set aside</source>
        <translation>{date}: asesu, wedi&apos;i roi o&apos;r neilltu</translation>
    </message>
    <message>
        <source>{date}: practice, set aside</source>
        <translation>{date}: ymarfer, wedi&apos;i roi o&apos;r neilltu</translation>
    </message>
    <message>
        <source>{date}: assessed {score}% passed</source>
        <translation>{date}: asesu {score}% wedi llwyddo</translation>
    </message>
    <message>
        <source>{date}: assessed {score}% not passed</source>
        <translation>{date}: asesu {score}% heb lwyddo</translation>
    </message>
    <message>
        <source>{date}: practice {score}%</source>
        <translation>{date}: ymarfer {score}%</translation>
    </message>
    <message>
        <source>{read} of {total} · {joint} seen in a joint session</source>
        <translation>{read} o {total} · {joint} wedi&apos;u gweld mewn sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>{read} of {total}</source>
        <comment>sections read of all sections</comment>
        <translation>{read} o {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;archived {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;wedi&apos;i archifo {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span class=&apos;note&apos;&gt;Profile id {id}&lt;/span&gt;</source>
        <translation>&lt;span class=&apos;note&apos;&gt;ID proffil {id}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {total}&lt;/b&gt; modules completed ({refreshers} due a refresher)</source>
        <translation>&lt;b&gt;{done} o {total}&lt;/b&gt; o fodiwlau wedi&apos;u cwblhau ({refreshers} angen gloywi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {total}&lt;/b&gt; modules completed</source>
        <translation>&lt;b&gt;{done} o {total}&lt;/b&gt; o fodiwlau wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>&lt;b&gt;{passed} of {total}&lt;/b&gt; quizzes passed</source>
        <translation>&lt;b&gt;{passed} o {total}&lt;/b&gt; o gwisiau wedi llwyddo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span class=&apos;bad&apos;&gt;%n overdue&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n yn hwyr&lt;/span&gt;</numerusform>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n yn hwyr&lt;/span&gt;</numerusform>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n yn hwyr&lt;/span&gt;</numerusform>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n yn hwyr&lt;/span&gt;</numerusform>
            <numerusform>&lt;span class=&apos;bad&apos;&gt;%n yn hwyr&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>dim byd yn hwyr</translation>
    </message>
    <message>
        <source>Learning records erased on {date} at the person&apos;s request: anything before that date is gone.</source>
        <translation>Cafodd cofnodion dysgu eu dileu ar {date} ar gais y person: mae unrhyw beth cyn y dyddiad hwnnw wedi mynd.</translation>
    </message>
    <message>
        <source>Assigned training</source>
        <translation>Hyfforddiant a aseiniwyd</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Aseiniwyd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who assigned it</comment>
        <translation>Gan</translation>
    </message>
    <message>
        <source>&lt;span class=&apos;bad&apos;&gt;Overdue&lt;/span&gt;</source>
        <translation>&lt;span class=&apos;bad&apos;&gt;Yn hwyr&lt;/span&gt;</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <source>Nothing is assigned.</source>
        <translation>Nid oes dim wedi&apos;i aseinio.</translation>
    </message>
    <message>
        <source>Sections read</source>
        <translation>Adrannau a ddarllenwyd</translation>
    </message>
    <message>
        <source>Completed unread (before every section had to be read)</source>
        <translation>Wedi&apos;i gwblhau heb ei ddarllen (cyn bod rhaid darllen pob adran)</translation>
    </message>
    <message>
        <source>{state}; refresher due</source>
        <translation>{state}; angen gloywi</translation>
    </message>
    <message>
        <source>(version {version})</source>
        <translation>(fersiwn {version})</translation>
    </message>
    <message>
        <source>Only assessed attempts count towards passing; practice attempts are listed too.</source>
        <translation>Dim ond ymgeisiau asesu sy&apos;n cyfrif tuag at lwyddo; mae ymgeisiau ymarfer wedi&apos;u rhestru hefyd.</translation>
    </message>
    <message>
        <source>Best assessed</source>
        <translation>Asesu gorau</translation>
    </message>
    <message>
        <source>Attempts (newest first)</source>
        <translation>Ymgeisiau (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>For</source>
        <comment>what a certificate is for</comment>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who issued it</comment>
        <translation>Gan</translation>
    </message>
    <message>
        <source>&lt;span class=&apos;bad&apos;&gt;Revoked {date}&lt;/span&gt;: {reason}</source>
        <translation>&lt;span class=&apos;bad&apos;&gt;Dirymwyd {date}&lt;/span&gt;: {reason}</translation>
    </message>
    <message>
        <source>&lt;span class=&apos;bad&apos;&gt;Revoked {date}&lt;/span&gt;</source>
        <translation>&lt;span class=&apos;bad&apos;&gt;Dirymwyd {date}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No certificates issued.</source>
        <translation>Dim tystysgrifau wedi&apos;u cyhoeddi.</translation>
    </message>
    <message>
        <source>← &amp;Back to the team</source>
        <translation>← &amp;Yn ôl i&apos;r tîm</translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation>Yn ôl i&apos;r tîm</translation>
    </message>
    <message>
        <source>Issue &amp;certificate…</source>
        <translation>Cyhoeddi &amp;tystysgrif…</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Cyhoeddi tystysgrif</translation>
    </message>
    <message>
        <source>Issue a completion certificate to this person</source>
        <translation>Cyhoeddi tystysgrif cwblhau i&apos;r person hwn</translation>
    </message>
    <message>
        <source>CP&amp;D record…</source>
        <translation>C&amp;ofnod DPP…</translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation>Cofnod DPP</translation>
    </message>
    <message>
        <source>Save this person&apos;s CPD record as PDF and CSV</source>
        <translation>Cadw cofnod DPP y person hwn fel PDF a CSV</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Cofnod hyfforddiant</translation>
    </message>
    <message>
        <source>Read only: the person&apos;s assignments, modules, quizzes and certificates</source>
        <translation>Darllen yn unig: aseiniadau, modiwlau, cwisiau a thystysgrifau&apos;r person</translation>
    </message>
    <message>
        <source>Person not found</source>
        <translation>Heb ddod o hyd i&apos;r person</translation>
    </message>
    <message>
        <source>This profile is no longer on the database.</source>
        <translation>Nid yw&apos;r proffil hwn ar y gronfa ddata mwyach.</translation>
    </message>
    <message>
        <source>Training record of {name}</source>
        <translation>Cofnod hyfforddiant {name}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Each screening record&apos;s key is sealed to the practitioner who made it and to the organisation&apos;s recovery key. With the recovery passphrase, which managers hold and keep out of the app, a manager can move a case&apos;s screenings to another practitioner and reset a forgotten passphrase. Nobody else can read a record; every use of the recovery key is written to the audit log.</source>
        <translation>Mae allwedd pob cofnod sgrinio wedi&apos;i selio i&apos;r ymarferydd a&apos;i gwnaeth ac i allwedd adfer y sefydliad. Gyda&apos;r cyfrinymadrodd adfer, y mae rheolwyr yn ei ddal ac yn ei gadw y tu allan i&apos;r ap, gall rheolwr symud sgriniadau achos at ymarferydd arall ac ailosod cyfrinymadrodd a anghofiwyd. Ni all neb arall ddarllen cofnod; mae pob defnydd o&apos;r allwedd adfer yn cael ei ysgrifennu i&apos;r log archwilio.</translation>
    </message>
    <message>
        <source>Recovery key status</source>
        <translation>Statws yr allwedd adfer</translation>
    </message>
    <message>
        <source>Set up the recovery key</source>
        <translation>Gosod yr allwedd adfer</translation>
    </message>
    <message>
        <source>Choose a recovery passphrase (at least 12 characters; several random words work well). Write it down and keep it where only managers can get it: it is not stored anywhere, and without it nothing can be recovered.</source>
        <translation>Dewiswch gyfrinymadrodd adfer (o leiaf 12 nod; mae sawl gair ar hap yn gweithio&apos;n dda). Ysgrifennwch ef i lawr a&apos;i gadw lle mai dim ond rheolwyr sy&apos;n gallu ei gael: nid yw&apos;n cael ei storio yn unman, a hebddo ni ellir adfer dim.</translation>
    </message>
    <message>
        <source>New recovery passphrase</source>
        <translation>Cyfrinymadrodd adfer newydd</translation>
    </message>
    <message>
        <source>&amp;New recovery passphrase:</source>
        <translation>Cyfrinymadrodd adfer &amp;newydd:</translation>
    </message>
    <message>
        <source>Confirm the new recovery passphrase</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd adfer newydd</translation>
    </message>
    <message>
        <source>Confirm &amp;it:</source>
        <translation>Cada&amp;rnhau:</translation>
    </message>
    <message>
        <source>Set &amp;up the recovery key</source>
        <translation>Gosod yr allwedd ad&amp;fer</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Newid yr allwedd adfer</translation>
    </message>
    <message>
        <source>For a new recovery passphrase (a manager who knew it has left, say). Every record sealed to the current key is sealed to the new one; the old passphrase stops working.</source>
        <translation>Ar gyfer cyfrinymadrodd adfer newydd (os yw rheolwr a oedd yn ei wybod wedi gadael, er enghraifft). Mae pob cofnod sydd wedi&apos;i selio i&apos;r allwedd bresennol yn cael ei selio i&apos;r un newydd; mae&apos;r hen gyfrinymadrodd yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>Current recovery passphrase</source>
        <translation>Cyfrinymadrodd adfer presennol</translation>
    </message>
    <message>
        <source>&amp;Current recovery passphrase:</source>
        <translation>Cyfrinymadrodd adfer presenn&amp;ol:</translation>
    </message>
    <message>
        <source>Replace the recovery &amp;key</source>
        <translation>New&amp;id yr allwedd adfer</translation>
    </message>
    <message>
        <source>Move a case&apos;s screenings to another practitioner</source>
        <translation>Symud sgriniadau achos at ymarferydd arall</translation>
    </message>
    <message>
        <source>Case reference of the screenings to move</source>
        <translation>Cyfeirnod achos y sgriniadau i&apos;w symud</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>C&amp;yfeirnod achos:</translation>
    </message>
    <message>
        <source>Practitioner who made the screenings</source>
        <translation>Yr ymarferydd a wnaeth y sgriniadau</translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation>Gwnaed &amp;gan:</translation>
    </message>
    <message>
        <source>Practitioner to move them to</source>
        <translation>Yr ymarferydd i&apos;w symud atynt</translation>
    </message>
    <message>
        <source>Move t&amp;o:</source>
        <translation>Symud a&amp;t:</translation>
    </message>
    <message>
        <source>Recovery passphrase to move the screenings</source>
        <translation>Cyfrinymadrodd adfer i symud y sgriniadau</translation>
    </message>
    <message>
        <source>R&amp;ecovery passphrase:</source>
        <translation>Cyfrinymadrodd adf&amp;er:</translation>
    </message>
    <message>
        <source>Mo&amp;ve these screenings</source>
        <translation>Sy&amp;mud y sgriniadau hyn</translation>
    </message>
    <message>
        <source>Move these screenings</source>
        <translation>Symud y sgriniadau hyn</translation>
    </message>
    <message>
        <source>Reset a forgotten passphrase</source>
        <translation>Ailosod cyfrinymadrodd a anghofiwyd</translation>
    </message>
    <message>
        <source>They get a temporary passphrase, shown here once: give it to them in person. At their next sign-in they must choose their own. Records not yet sealed to the recovery key cannot be recovered.</source>
        <translation>Maen nhw&apos;n cael cyfrinymadrodd dros dro, a ddangosir yma unwaith: rhowch ef iddynt wyneb yn wyneb. Y tro nesaf y byddant yn mewngofnodi rhaid iddynt ddewis eu cyfrinymadrodd eu hunain. Ni ellir adfer cofnodion nad ydynt wedi&apos;u selio i&apos;r allwedd adfer eto.</translation>
    </message>
    <message>
        <source>Whose passphrase to reset</source>
        <translation>Cyfrinymadrodd pwy i&apos;w ailosod</translation>
    </message>
    <message>
        <source>&amp;Whose passphrase:</source>
        <translation>Cyfrinymadrodd p&amp;wy:</translation>
    </message>
    <message>
        <source>Recovery passphrase to reset a passphrase</source>
        <translation>Cyfrinymadrodd adfer i ailosod cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Recovery pa&amp;ssphrase:</source>
        <translation>Cyfrinymadrodd ad&amp;fer:</translation>
    </message>
    <message>
        <source>Reset passphrase an&amp;d show a temporary one</source>
        <translation>Ailosod y cyfrinymadrodd a dangos &amp;un dros dro</translation>
    </message>
    <message>
        <source>Reset passphrase and show a temporary one</source>
        <translation>Ailosod y cyfrinymadrodd a dangos un dros dro</translation>
    </message>
    <message>
        <source>Temporary passphrase, shown once</source>
        <translation>Cyfrinymadrodd dros dro, a ddangosir unwaith</translation>
    </message>
    <message>
        <source>Temporary passphrase:</source>
        <translation>Cyfrinymadrodd dros dro:</translation>
    </message>
    <message>
        <source>The recovery key with fingerprint {fingerprint} was set up on {date} by {name}.</source>
        <translation>Gosododd {name} yr allwedd adfer ag ôl bys {fingerprint} ar {date}.</translation>
    </message>
    <message>
        <source>The recovery key with fingerprint {fingerprint} was set up on {date}.</source>
        <translation>Cafodd yr allwedd adfer ag ôl bys {fingerprint} ei gosod ar {date}.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one written down when the key was made: if they differ, the key was replaced outside NPS Trainer.</source>
        <translation>Cymharwch yr ôl bys â&apos;r un a ysgrifennwyd pan wnaed yr allwedd: os ydynt yn wahanol, cafodd yr allwedd ei newid y tu allan i NPS Trainer.</translation>
    </message>
    <message>
        <source>Warning: the recovery key stored in the database does not match its fingerprint {fingerprint}: it was changed outside NPS Trainer, and no record is sealed to it until it is repaired. Replace the recovery key below (with the recovery passphrase) and ask your IT support to check the database.</source>
        <translation>Rhybudd: nid yw&apos;r allwedd adfer sydd wedi&apos;i storio yn y gronfa ddata yn cyfateb i&apos;w hôl bys {fingerprint}: cafodd ei newid y tu allan i NPS Trainer, ac ni chaiff unrhyw gofnod ei selio iddi nes iddi gael ei thrwsio. Newidiwch yr allwedd adfer isod (gyda&apos;r cyfrinymadrodd adfer) a gofynnwch i&apos;ch cymorth TG wirio&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>{not_sealed} of {records} screening record(s) are not sealed to it yet: each is sealed when its practitioner next opens Screening. Until then it cannot be moved or recovered.</source>
        <translation>Nid yw {not_sealed} o&apos;r {records} o gofnodion sgrinio wedi&apos;u selio iddi eto: mae pob un yn cael ei selio pan fydd ei ymarferydd yn agor Sgrinio nesaf. Tan hynny ni ellir ei symud na&apos;i adfer.</translation>
    </message>
    <message>
        <source>All {records} screening record(s) are sealed to it.</source>
        <translation>Mae pob un o&apos;r {records} o gofnodion sgrinio wedi&apos;u selio iddi.</translation>
    </message>
    <message>
        <source>There is no recovery key yet: a forgotten passphrase loses that person&apos;s screening records, and a case&apos;s screenings cannot move to another practitioner. Set one up below.</source>
        <translation>Nid oes allwedd adfer eto: mae cyfrinymadrodd a anghofiwyd yn colli cofnodion sgrinio&apos;r person hwnnw, ac ni all sgriniadau achos symud at ymarferydd arall. Gosodwch un isod.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(wedi&apos;i archifo)</translation>
    </message>
    <message>
        <source>The two recovery passphrases are not the same. Enter it again in both boxes.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd adfer yr un fath. Rhowch ef eto yn y ddau flwch.</translation>
    </message>
    <message>
        <source>The recovery key is set up. Write down its fingerprint, {fingerprint}, with the date, and keep it apart from the database: Team → Recovery key always shows the current key&apos;s, to compare. Every new screening is sealed to it, and each existing one when its practitioner next opens Screening. Keep the recovery passphrase where only managers can get it.</source>
        <translation>Mae&apos;r allwedd adfer wedi&apos;i gosod. Ysgrifennwch ei hôl bys, {fingerprint}, gyda&apos;r dyddiad, a&apos;i gadw ar wahân i&apos;r gronfa ddata: mae Tîm → Allwedd adfer bob amser yn dangos ôl bys yr allwedd bresennol, i&apos;w gymharu. Mae pob sgriniad newydd yn cael ei selio iddi, a phob un sy&apos;n bodoli pan fydd ei ymarferydd yn agor Sgrinio nesaf. Cadwch y cyfrinymadrodd adfer lle mai dim ond rheolwyr sy&apos;n gallu ei gael.</translation>
    </message>
    <message>
        <source>The two new recovery passphrases are not the same. Enter it again in both boxes.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd adfer newydd yr un fath. Rhowch ef eto yn y ddau flwch.</translation>
    </message>
    <message>
        <source>The recovery key is replaced: write down its new fingerprint, {fingerprint}. {count} record(s) were sealed to it.</source>
        <translation>Mae&apos;r allwedd adfer wedi&apos;i newid: ysgrifennwch ei hôl bys newydd, {fingerprint}. Cafodd {count} o gofnodion eu selio iddi.</translation>
    </message>
    <message>
        <source>{count} record(s) were not sealed to the old key: each is sealed to the new one when its practitioner next opens Screening.</source>
        <translation>Nid oedd {count} o gofnodion wedi&apos;u selio i&apos;r hen allwedd: mae pob un yn cael ei selio i&apos;r un newydd pan fydd ei ymarferydd yn agor Sgrinio nesaf.</translation>
    </message>
    <message>
        <source>Move a case&apos;s screenings</source>
        <translation>Symud sgriniadau achos</translation>
    </message>
    <message>
        <source>Choose who made the screenings and who they move to.</source>
        <translation>Dewiswch pwy wnaeth y sgriniadau ac at bwy y maent yn symud.</translation>
    </message>
    <message>
        <source>{count} screening(s) of case {case} moved from {source} to {target}.</source>
        <translation>Symudwyd {count} o sgriniadau o achos {case} oddi wrth {source} at {target}.</translation>
    </message>
    <message>
        <source>{source} has no recoverable screening of case {case}: nothing was moved.</source>
        <translation>Nid oes gan {source} sgriniad y gellir ei adfer o achos {case}: ni symudwyd dim.</translation>
    </message>
    <message>
        <source>{count} of {source}&apos;s screening(s) are not sealed to the recovery key yet, so they could not be checked; they stay with {source}.</source>
        <translation>Nid yw {count} o sgriniadau {source} wedi&apos;u selio i&apos;r allwedd adfer eto, felly nid oedd modd eu gwirio; maent yn aros gyda {source}.</translation>
    </message>
    <message>
        <source>{count} record(s) could not be read (damaged) and stay as they were.</source>
        <translation>Nid oedd modd darllen {count} o gofnodion (wedi&apos;u difrodi) ac maent yn aros fel yr oeddent.</translation>
    </message>
    <message>
        <source>Choose whose passphrase to reset.</source>
        <translation>Dewiswch gyfrinymadrodd pwy i&apos;w ailosod.</translation>
    </message>
    <message>
        <source>{lost} of their {total} screening record(s) are not sealed to the recovery key and will be lost: nobody can read them after the reset.</source>
        <translation>Nid yw {lost} o&apos;u {total} o gofnodion sgrinio wedi&apos;u selio i&apos;r allwedd adfer a byddant yn cael eu colli: ni all neb eu darllen ar ôl yr ailosod.</translation>
    </message>
    <message>
        <source>All {total} of their screening record(s) are sealed to the recovery key and will be recovered.</source>
        <translation>Mae pob un o&apos;u {total} o gofnodion sgrinio wedi&apos;u selio i&apos;r allwedd adfer a byddant yn cael eu hadfer.</translation>
    </message>
    <message>
        <source>Reset {name}&apos;s passphrase? Their current passphrase stops working at once.</source>
        <translation>Ailosod cyfrinymadrodd {name}? Mae eu cyfrinymadrodd presennol yn peidio â gweithio ar unwaith.</translation>
    </message>
    <message>
        <source>{name}&apos;s temporary passphrase is shown on this page once: give it to them in person. At their next sign-in they choose their own. {count} screening record(s) were recovered.</source>
        <translation>Dangosir cyfrinymadrodd dros dro {name} ar y dudalen hon unwaith: rhowch ef iddynt wyneb yn wyneb. Y tro nesaf y byddant yn mewngofnodi byddant yn dewis eu cyfrinymadrodd eu hunain. Cafodd {count} o gofnodion sgrinio eu hadfer.</translation>
    </message>
    <message>
        <source>{count} record(s) were not sealed to the recovery key and can no longer be read by anyone.</source>
        <translation>Nid oedd {count} o gofnodion wedi&apos;u selio i&apos;r allwedd adfer ac ni all neb eu darllen mwyach.</translation>
    </message>
    <message>
        <source>{count} record(s) could not be read (damaged).</source>
        <translation>Nid oedd modd darllen {count} o gofnodion (wedi&apos;u difrodi).</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Rhan o enw</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Hidlo yn ôl rôl</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>S&amp;efydliad:</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Hidlo yn ôl sefydliad</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Hidlo yn ôl tîm</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Da&amp;ngos:</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Colofnau i&apos;w dangos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Chwilio yn ôl enw</translation>
    </message>
    <message>
        <source>Team training matrix</source>
        <translation>Matrics hyfforddiant y tîm</translation>
    </message>
    <message>
        <source>People in rows, modules and quizzes in columns. Arrow keys move between cells; Return opens the person&apos;s record.</source>
        <translation>Pobl mewn rhesi, modiwlau a chwisiau mewn colofnau. Mae&apos;r bysellau saeth yn symud rhwng celloedd; mae Return yn agor cofnod y person.</translation>
    </message>
    <message>
        <source>{legend}. Double-click a person, or press Return, to open their whole record.</source>
        <translation>{legend}. Cliciwch ddwywaith ar berson, neu pwyswch Return, i agor ei gofnod cyfan.</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Pob sefydliad</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>No one on this database yet: add people in the People tab.</source>
        <translation>Neb ar y gronfa ddata hon eto: ychwanegwch bobl yn y tab Pobl.</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Does neb yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue ({people})</source>
        <comment>a count of overdue items, then of people</comment>
        <translation>
            <numerusform>%n yn hwyr ({people})</numerusform>
            <numerusform>%n yn hwyr ({people})</numerusform>
            <numerusform>%n yn hwyr ({people})</numerusform>
            <numerusform>%n yn hwyr ({people})</numerusform>
            <numerusform>%n yn hwyr ({people})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refresher(s) due</source>
        <translation>
            <numerusform>%n angen gloywi</numerusform>
            <numerusform>%n angen gloywi</numerusform>
            <numerusform>%n angen gloywi</numerusform>
            <numerusform>%n angen gloywi</numerusform>
            <numerusform>%n angen gloywi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n in all</source>
        <translation>
            <numerusform>o %n i gyd</numerusform>
            <numerusform>o %n i gyd</numerusform>
            <numerusform>o %n i gyd</numerusform>
            <numerusform>o %n i gyd</numerusform>
            <numerusform>o %n i gyd</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <comment>names the text in a message</comment>
        <translation>y ffeil</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; (expected paths)</source>
        <translation>maes anhysbys &apos;{name}&apos; (disgwylir paths)</translation>
    </message>
    <message>
        <source>no &apos;paths&apos; list: start the file with &apos;paths:&apos; and list the paths under it</source>
        <translation>dim rhestr &apos;paths&apos;: dechreuwch y ffeil â &apos;paths:&apos; a rhestrwch y llwybrau oddi tano</translation>
    </message>
    <message>
        <source>&apos;paths&apos; must be a list of paths, each starting with &apos;- id:&apos;</source>
        <translation>rhaid i &apos;paths&apos; fod yn rhestr o lwybrau, pob un yn dechrau â &apos;- id:&apos;</translation>
    </message>
    <message>
        <source>path id &apos;{id}&apos; is also used on line {line}</source>
        <translation>mae dynodwr y llwybr &apos;{id}&apos; hefyd yn cael ei ddefnyddio ar linell {line}</translation>
    </message>
    <message>
        <source>path {number} must be a set of fields (id, title, summary, roles, items)</source>
        <translation>rhaid i lwybr {number} fod yn set o feysydd (id, title, summary, roles, items)</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; in a path (expected {fields})</source>
        <translation>maes anhysbys &apos;{name}&apos; mewn llwybr (disgwylir {fields})</translation>
    </message>
    <message>
        <source>path {number}</source>
        <translation>llwybr {number}</translation>
    </message>
    <message>
        <source>path id &apos;{id}&apos; must be lower-case words joined by hyphens, e.g. practitioner-essentials</source>
        <translation>rhaid i ddynodwr y llwybr &apos;{id}&apos; fod yn eiriau mewn llythrennau bach wedi&apos;u cysylltu â chysylltnodau, e.e. practitioner-essentials</translation>
    </message>
    <message>
        <source>path &apos;{id}&apos;</source>
        <translation>llwybr &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>{where} has no &apos;{field}&apos;</source>
        <translation>{where}: nid oes &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; of {where} must be text</source>
        <translation>{where}: rhaid i &apos;{field}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>{where} has no &apos;roles&apos; (the roles it suits: {roles})</source>
        <translation>{where}: nid oes &apos;roles&apos; (y rolau y mae&apos;n addas ar eu cyfer: {roles})</translation>
    </message>
    <message>
        <source>&apos;roles&apos; of {where} must be a list such as [practitioner, drug_service]</source>
        <translation>{where}: rhaid i &apos;roles&apos; fod yn rhestr fel [practitioner, drug_service]</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; in {where} (use {roles})</source>
        <translation>{where}: rôl anhysbys &apos;{role}&apos; (defnyddiwch {roles})</translation>
    </message>
    <message>
        <source>{where} has no &apos;items&apos; (the modules and quizzes to take, in order)</source>
        <translation>{where}: nid oes &apos;items&apos; (y modiwlau a&apos;r cwisiau i&apos;w gwneud, yn eu trefn)</translation>
    </message>
    <message>
        <source>&apos;items&apos; of {where} must be a list of &apos;- module: ID&apos; and &apos;- quiz: ID&apos;</source>
        <translation>{where}: rhaid i &apos;items&apos; fod yn rhestr o &apos;- module: ID&apos; a &apos;- quiz: ID&apos;</translation>
    </message>
    <message>
        <source>item {number} of {where} must be one &apos;- module: ID&apos; or &apos;- quiz: ID&apos;</source>
        <translation>{where}: rhaid i eitem {number} fod yn un &apos;- module: ID&apos; neu &apos;- quiz: ID&apos;</translation>
    </message>
    <message>
        <source>item {number} of {where} is a &apos;{type}&apos;: use module or quiz</source>
        <translation>{where}: mae eitem {number} yn &apos;{type}&apos;: defnyddiwch module neu quiz</translation>
    </message>
    <message>
        <source>item {number} of {where} must name a {type} id</source>
        <translation>{where}: rhaid i eitem {number} roi dynodwr ar ôl &apos;{type}:&apos;</translation>
    </message>
    <message>
        <source>{where} names unknown module &apos;{id}&apos;</source>
        <translation>{where}: mae&apos;n enwi modiwl anhysbys &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>{where} names unknown quiz &apos;{id}&apos;</source>
        <translation>{where}: mae&apos;n enwi cwis anhysbys &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>module &apos;{id}&apos; is listed twice in {where}</source>
        <translation>{where}: mae&apos;r modiwl &apos;{id}&apos; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <source>quiz &apos;{id}&apos; is listed twice in {where}</source>
        <translation>{where}: mae&apos;r cwis &apos;{id}&apos; wedi&apos;i restru ddwywaith</translation>
    </message>
</context>
</TS>
