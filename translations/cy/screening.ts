<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>Declined to answer</source>
            <translation>Wedi gwrthod ateb</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Ddim yn hysbys</translation>
        </message>
        <message>
            <source>Not a number</source>
            <translation>Nid yw'n rhif</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>an answer to a yes/no question</comment>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <comment>an answer to a yes/no question</comment>
            <translation>Na</translation>
        </message>
        <message>
            <source>None selected</source>
            <translation>Dim wedi'i ddewis</translation>
        </message>
        <message numerus="yes">
            <source>%n recorded</source>
            <comment>how many entries a repeated question has, such as substances</comment>
            <translation>
                <numerusform>%n wedi'u cofnodi</numerusform>
                <numerusform>%n wedi'i gofnodi</numerusform>
                <numerusform>%n wedi'u cofnodi</numerusform>
                <numerusform>%n wedi'u cofnodi</numerusform>
                <numerusform>%n wedi'u cofnodi</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Ddim yn hysbys</translation>
        </message>
        <message>
            <source>An answer is needed (or record 'declined' or 'not known').</source>
            <translation>Mae angen ateb (neu cofnodwch 'wedi gwrthod ateb' neu 'ddim yn hysbys').</translation>
        </message>
        <message>
            <source>Raised by the answers recorded.</source>
            <translation>Wedi'i godi gan yr atebion a gofnodwyd.</translation>
        </message>
        <message>
            <source>Raised by: {answers}.</source>
            <translation>Wedi'i godi gan: {answers}.</translation>
        </message>
        <message>
            <source>This form ({form} version {version}) has no question '{question}', so this answer cannot be used.</source>
            <translation>Nid oes gan y ffurflen hon ({form} fersiwn {version}) gwestiwn '{question}', felly nid oes modd defnyddio'r ateb hwn.</translation>
        </message>
        <message>
            <source>'{question}' is a question inside '{group}' ({label}); its answer belongs in an entry of '{group}', not on its own.</source>
            <translation>Mae '{question}' yn gwestiwn o fewn '{group}' ({label}); mae ei ateb yn perthyn mewn cofnod o '{group}', nid ar ei ben ei hun.</translation>
        </message>
        <message>
            <source>'{group}' has no question '{question}', so this answer in entry {number} cannot be used.</source>
            <translation>Nid oes gan '{group}' gwestiwn '{question}', felly nid oes modd defnyddio'r ateb hwn yng nghofnod {number}.</translation>
        </message>
        <message>
            <source>The screening form {form}, version {version}, is not installed in this copy of the app, so a record made with it cannot be opened here.</source>
            <translation>Nid yw'r ffurflen sgrinio {form}, fersiwn {version}, wedi'i gosod yn y copi hwn o'r ap, felly nid oes modd agor cofnod a wnaed gyda hi yma.</translation>
        </message>
        <message>
            <source>The screening form {form} is not installed in this copy of the app.</source>
            <translation>Nid yw'r ffurflen sgrinio {form} wedi'i gosod yn y copi hwn o'r ap.</translation>
        </message>
        <message>
            <source>Give a reason for overriding this flag (at least {minimum} characters): it is recorded with the screening.</source>
            <translation>Rhowch reswm dros ddiystyru'r dangosydd risg hwn (o leiaf {minimum} nod): caiff ei gofnodi gyda'r sgrinio.</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Coch</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Ambr</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Gwybodaeth</translation>
        </message>
        <message>
            <source>The drug-service summary can only be produced when consent to share information with the drug service is recorded as 'yes' in this screening. Record consent, or produce the probation summary.</source>
            <translation>Dim ond pan fo cydsyniad i rannu gwybodaeth â'r gwasanaeth camddefnyddio sylweddau wedi'i gofnodi fel 'ie' yn y sgrinio hwn y gellir llunio'r crynodeb ar gyfer y gwasanaeth camddefnyddio sylweddau. Cofnodwch y cydsyniad, neu lluniwch y crynodeb ar gyfer y gwasanaeth prawf.</translation>
        </message>
        <message>
            <source>Summary for the drug service</source>
            <translation>Crynodeb ar gyfer y gwasanaeth camddefnyddio sylweddau</translation>
        </message>
        <message>
            <source>Probation record</source>
            <translation>Cofnod y gwasanaeth prawf</translation>
        </message>
        <message>
            <source>Form: {title} (version {version})</source>
            <translation>Ffurflen: {title} (fersiwn {version})</translation>
        </message>
        <message>
            <source>Case reference: {reference}</source>
            <translation>Cyfeirnod achos: {reference}</translation>
        </message>
        <message>
            <source>Produced: {date}</source>
            <translation>Lluniwyd: {date}</translation>
        </message>
        <message>
            <source>Not yet complete: {sections}.</source>
            <translation>Heb eu cwblhau eto: {sections}.</translation>
        </message>
        <message>
            <source>Skipped because an answer was declined or not known.</source>
            <translation>Wedi'u hepgor am fod ateb wedi'i wrthod neu nad yw'n hysbys.</translation>
        </message>
        <message>
            <source>Answers already given are kept and shown below.</source>
            <translation>Mae'r atebion a roddwyd eisoes wedi'u cadw ac i'w gweld isod.</translation>
        </message>
        <message>
            <source>Answers for questions this form does not have were not used: {answers}.</source>
            <translation>Ni ddefnyddiwyd atebion i gwestiynau nad ydynt ar y ffurflen hon: {answers}.</translation>
        </message>
        <message>
            <source>Shared with the drug service with the consent recorded in this screening. Items marked as probation-only are left out.</source>
            <translation>Wedi'i rannu â'r gwasanaeth camddefnyddio sylweddau gyda'r cydsyniad a gofnodwyd yn y sgrinio hwn. Mae eitemau sydd wedi'u marcio ar gyfer y gwasanaeth prawf yn unig wedi'u gadael allan.</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Dangosyddion risg</translation>
        </message>
        <message>
            <source>Suggested action:</source>
            <translation>Cam gweithredu a awgrymir:</translation>
        </message>
        <message>
            <source>No flags were raised by the answers recorded.</source>
            <translation>Ni chododd yr atebion a gofnodwyd unrhyw ddangosydd risg.</translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed by a Welsh speaker.</source>
            <translation>Nid yw siaradwr Cymraeg wedi adolygu'r cyfieithiad hwn eto.</translation>
        </message>
        <message>
            <source>{title} (section)</source>
            <translation>{title} (adran)</translation>
        </message>
        <message>
            <source>the questions without an answer were not asked, because: {reason}</source>
            <translation>ni ofynnwyd y cwestiynau heb ateb, oherwydd: {reason}</translation>
        </message>
        <message>
            <source>not asked, because: {reason}</source>
            <translation>ni ofynnwyd, oherwydd: {reason}</translation>
        </message>
        <message>
            <source>&lt;strong&gt;Overridden by practitioner&lt;/strong&gt; ({when}). The reason is free text and stays in the probation record.</source>
            <translation>&lt;strong&gt;Wedi'i ddiystyru gan yr ymarferydd&lt;/strong&gt; ({when}). Testun rhydd yw'r rheswm ac mae'n aros yng nghofnod y gwasanaeth prawf.</translation>
        </message>
        <message>
            <source>&lt;strong&gt;Overridden by practitioner&lt;/strong&gt;. The reason is free text and stays in the probation record.</source>
            <translation>&lt;strong&gt;Wedi'i ddiystyru gan yr ymarferydd&lt;/strong&gt;. Testun rhydd yw'r rheswm ac mae'n aros yng nghofnod y gwasanaeth prawf.</translation>
        </message>
        <message>
            <source>&lt;strong&gt;Overridden by practitioner&lt;/strong&gt; ({when}): {reason}</source>
            <translation>&lt;strong&gt;Wedi'i ddiystyru gan yr ymarferydd&lt;/strong&gt; ({when}): {reason}</translation>
        </message>
        <message>
            <source>&lt;strong&gt;Overridden by practitioner&lt;/strong&gt;: {reason}</source>
            <translation>&lt;strong&gt;Wedi'i ddiystyru gan yr ymarferydd&lt;/strong&gt;: {reason}</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Heb ei ateb</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Dim wedi'i gofnodi</translation>
        </message>
        <message>
            <source>'{answer}' is not one of the choices.</source>
            <translation>Nid yw '{answer}' yn un o'r dewisiadau.</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>Dewiswch o'r rhestr.</translation>
        </message>
        <message>
            <source>Not one of the choices: {answers}.</source>
            <translation>Ddim yn un o'r dewisiadau: {answers}.</translation>
        </message>
        <message>
            <source>A choice is selected twice.</source>
            <translation>Mae'r un dewis wedi'i ddewis ddwywaith.</translation>
        </message>
        <message>
            <source>Enter a date.</source>
            <translation>Rhowch ddyddiad.</translation>
        </message>
        <message>
            <source>Enter a real date (YYYY-MM-DD).</source>
            <translation>Rhowch ddyddiad go iawn (BBBB-MM-DD).</translation>
        </message>
        <message>
            <source>Enter text.</source>
            <translation>Rhowch destun.</translation>
        </message>
        <message>
            <source>Keep this to {limit} characters or fewer (now {length}).</source>
            <translation>Cadwch hwn i {limit} nod neu lai (nawr {length}).</translation>
        </message>
        <message>
            <source>Expected a list of entries.</source>
            <translation>Roedd disgwyl rhestr o gofnodion.</translation>
        </message>
        <message>
            <source>No more than {limit} entries.</source>
            <translation>Dim mwy na {limit} cofnod.</translation>
        </message>
        <message>
            <source>Answer yes or no: {answer} is not a yes/no answer (a yes/no question takes only true or false).</source>
            <translation>Atebwch ie neu na: nid yw {answer} yn ateb ie/na (dim ond true neu false y mae cwestiwn ie/na yn eu derbyn).</translation>
        </message>
        <message>
            <source>Enter a number, for example 12.</source>
            <translation>Rhowch rif, er enghraifft 12.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Rhowch rif cyfan.</translation>
        </message>
        <message>
            <source>Must be at least {value}.</source>
            <translation>Rhaid iddo fod yn {value} o leiaf.</translation>
        </message>
        <message>
            <source>Must be no more than {value}.</source>
            <translation>Ni chaiff fod yn fwy na {value}.</translation>
        </message>
        <message>
            <source>Screening record {record} (started {date}) cannot be read: its stored data is damaged or was altered. Your other records are not affected. Ask your IT support to restore the database from a backup taken before it was damaged; 'nps-trainer db check' checks the rest of the database.</source>
            <translation>Nid oes modd darllen cofnod sgrinio {record} (dechreuwyd {date}): mae ei ddata wedi'i ddifrodi neu wedi'i newid. Nid effeithiwyd ar eich cofnodion eraill. Gofynnwch i'ch tîm cymorth TG adfer y gronfa ddata o gopi wrth gefn a wnaed cyn iddo gael ei ddifrodi; mae 'nps-trainer db check' yn gwirio gweddill y gronfa ddata.</translation>
        </message>
        <message>
            <source>Screening record {record} (started {date}) was made before the recovery key (or never sealed to it) and sealed to your old passphrase: it cannot be opened after your passphrase was reset. Nothing is wrong with your other records.</source>
            <translation>Gwnaed cofnod sgrinio {record} (dechreuwyd {date}) cyn yr allwedd adfer (neu ni chafodd ei selio iddi erioed) ac fe'i seliwyd i'ch hen gyfrinymadrodd: nid oes modd ei agor ar ôl i'ch cyfrinymadrodd gael ei ailosod. Nid oes dim o'i le ar eich cofnodion eraill.</translation>
        </message>
        <message>
            <source>Screening record {record} was moved to another practitioner by a manager: it is no longer yours, so it cannot be opened or saved here. Changes made since it was moved were not saved.</source>
            <translation>Symudodd rheolwr gofnod sgrinio {record} i ymarferydd arall: nid yw'n eiddo i chi mwyach, felly nid oes modd ei agor na'i gadw yma. Ni chadwyd newidiadau a wnaed ers iddo gael ei symud.</translation>
        </message>
        <message>
            <source>This screening is finished and read-only. To correct it, add an amendment with a reason.</source>
            <translation>Mae'r sgrinio hwn wedi'i gwblhau ac yn ddarllen yn unig. I'w gywiro, ychwanegwch ddiwygiad gyda rheswm.</translation>
        </message>
        <message>
            <source>This amendment cannot be read: it was changed outside NPS Trainer (its who, when or content no longer match).</source>
            <translation>Nid oes modd darllen y diwygiad hwn: cafodd ei newid y tu allan i NPS Trainer (nid yw pwy, pryd na'i gynnwys yn cyfateb mwyach).</translation>
        </message>
        <message>
            <source>Enter a case reference (for example the case's CRN). No name is needed.</source>
            <translation>Rhowch gyfeirnod achos (er enghraifft CRN yr achos). Nid oes angen enw.</translation>
        </message>
        <message>
            <source>The case reference is too long: at most {limit} characters.</source>
            <translation>Mae'r cyfeirnod achos yn rhy hir: {limit} nod ar y mwyaf.</translation>
        </message>
        <message>
            <source>Give the reason for the amendment (at least {minimum} characters).</source>
            <translation>Rhowch y rheswm dros y diwygiad (o leiaf {minimum} nod).</translation>
        </message>
        <message>
            <source>A draft can be changed directly; amendments are for finished screenings.</source>
            <translation>Gellir newid drafft yn uniongyrchol; mae diwygiadau ar gyfer sgrinio sydd wedi'i gwblhau.</translation>
        </message>
        <message>
            <source>Nothing has changed, so there is nothing to amend.</source>
            <translation>Nid oes dim wedi newid, felly nid oes dim i'w ddiwygio.</translation>
        </message>
        <message>
            <source>record {record} is sealed to a key pair this profile does not have</source>
            <translation>mae'r cofnod {record} wedi'i selio i bâr allweddi nad oes gan y proffil hwn</translation>
        </message>
        <message>
            <source>No screening record {record} for this profile.</source>
            <translation>Nid oes cofnod sgrinio {record} ar gyfer y proffil hwn.</translation>
        </message>
        <message>
            <source>Override of the flag '{title}'</source>
            <translation>Diystyru'r dangosydd risg '{title}'</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>dim ateb</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Diwygiadau</translation>
        </message>
        <message>
            <source>None. A finished screening is corrected by an amendment with a reason.</source>
            <translation>Dim. Caiff sgrinio sydd wedi'i gwblhau ei gywiro drwy ddiwygiad gyda rheswm.</translation>
        </message>
        <message>
            <source>A manager reset your passphrase, so this sign-in can no longer open your screening records. Nothing more was saved. Sign in again: with the temporary passphrase the manager gives you (you then choose your own), or with the new passphrase you have chosen since.</source>
            <translation>Mae rheolwr wedi ailosod eich cyfrinymadrodd, felly ni all y mewngofnodi hwn agor eich cofnodion sgrinio mwyach. Ni chadwyd dim byd arall. Mewngofnodwch eto: gyda'r cyfrinymadrodd dros dro y mae'r rheolwr yn ei roi i chi (yna byddwch yn dewis eich un eich hun), neu gyda'r cyfrinymadrodd newydd rydych wedi'i ddewis ers hynny.</translation>
        </message>
        <message>
            <source>profile {number}</source>
            <translation>proffil {number}</translation>
        </message>
        <message numerus="yes">
            <source>Screening was locked after %n minute(s) without use. Your amendment is not saved yet: it is kept until you unlock, then save or cancel it; enter your passphrase to carry on.</source>
            <translation>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid yw eich diwygiad wedi'i gadw eto: caiff ei gadw nes i chi ddatgloi, ac yna gallwch ei gadw neu ei ddiddymu; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid yw eich diwygiad wedi'i gadw eto: caiff ei gadw nes i chi ddatgloi, ac yna gallwch ei gadw neu ei ddiddymu; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid yw eich diwygiad wedi'i gadw eto: caiff ei gadw nes i chi ddatgloi, ac yna gallwch ei gadw neu ei ddiddymu; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid yw eich diwygiad wedi'i gadw eto: caiff ei gadw nes i chi ddatgloi, ac yna gallwch ei gadw neu ei ddiddymu; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid yw eich diwygiad wedi'i gadw eto: caiff ei gadw nes i chi ddatgloi, ac yna gallwch ei gadw neu ei ddiddymu; rhowch eich cyfrinymadrodd i barhau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Screening was locked after %n minute(s) without use. Your latest answers could not be saved ({reason}): they are kept until you unlock, when saving is tried again; enter your passphrase to carry on.</source>
            <translation>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid oedd modd cadw eich atebion diweddaraf ({reason}): cânt eu cadw nes i chi ddatgloi, pan geisir eu cadw eto; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid oedd modd cadw eich atebion diweddaraf ({reason}): cânt eu cadw nes i chi ddatgloi, pan geisir eu cadw eto; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid oedd modd cadw eich atebion diweddaraf ({reason}): cânt eu cadw nes i chi ddatgloi, pan geisir eu cadw eto; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid oedd modd cadw eich atebion diweddaraf ({reason}): cânt eu cadw nes i chi ddatgloi, pan geisir eu cadw eto; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Nid oedd modd cadw eich atebion diweddaraf ({reason}): cânt eu cadw nes i chi ddatgloi, pan geisir eu cadw eto; rhowch eich cyfrinymadrodd i barhau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Screening was locked after %n minute(s) without use. Your answers were saved; enter your passphrase to carry on.</source>
            <translation>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Cadwyd eich atebion; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Cadwyd eich atebion; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Cadwyd eich atebion; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Cadwyd eich atebion; rhowch eich cyfrinymadrodd i barhau.</numerusform>
                <numerusform>Cafodd sgrinio ei gloi ar ôl %n munud heb ddefnydd. Cadwyd eich atebion; rhowch eich cyfrinymadrodd i barhau.</numerusform>
            </translation>
        </message>
        <message>
            <source>Start screening</source>
            <translation>Dechrau sgrinio</translation>
        </message>
        <message>
            <source>Open screening</source>
            <translation>Agor cofnod sgrinio</translation>
        </message>
        <message>
            <source>Screening moved</source>
            <translation>Cofnod sgrinio wedi'i symud</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Mewngofnodwch eto</translation>
        </message>
        <message>
            <source>Screening not saved</source>
            <translation>Ni chadwyd y sgrinio</translation>
        </message>
        <message>
            <source>Answers that were not saved were kept when screening locked. Leave without unlocking? They will be lost.</source>
            <translation>Cadwyd atebion nad oedd wedi'u cadw pan gafodd sgrinio ei gloi. Gadael heb ddatgloi? Byddant yn cael eu colli.</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Dangosydd risg coch</translation>
        </message>
        <message>
            <source>Amber flag</source>
            <translation>Dangosydd risg ambr</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>Er gwybodaeth</translation>
        </message>
        <message>
            <source>{flag} (overridden)</source>
            <translation>{flag} (wedi'i ddiystyru)</translation>
        </message>
        <message>
            <source>Suggested action: {action}</source>
            <translation>Cam gweithredu a awgrymir: {action}</translation>
        </message>
        <message>
            <source>Overridden by {name}: {reason}</source>
            <translation>Wedi'i ddiystyru ({name}): {reason}</translation>
        </message>
        <message>
            <source>Overridden: {reason}</source>
            <translation>Wedi'i ddiystyru: {reason}</translation>
        </message>
        <message>
            <source>Change override…</source>
            <translation>Newid y diystyru…</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>Diystyru…</translation>
        </message>
        <message>
            <source>Override flag: {title}</source>
            <translation>Diystyru'r dangosydd risg: {title}</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Cuddio'r manylion</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Dangos y manylion</translation>
        </message>
        <message>
            <source>Hide why and what to do: {title}</source>
            <translation>Cuddio pam a beth i'w wneud: {title}</translation>
        </message>
        <message>
            <source>Show why and what to do: {title}</source>
            <translation>Dangos pam a beth i'w wneud: {title}</translation>
        </message>
        <message>
            <source>No flags raised.</source>
            <translation>Dim dangosyddion risg wedi'u codi.</translation>
        </message>
        <message>
            <source>Flags raised</source>
            <translation>Dangosyddion risg a godwyd</translation>
        </message>
        <message>
            <source>The flags raised; the arrow keys scroll them</source>
            <translation>Y dangosyddion risg a godwyd; mae'r bysellau saeth yn eu sgrolio</translation>
        </message>
        <message numerus="yes">
            <source>%n red</source>
            <comment>how many red flags</comment>
            <translation>
                <numerusform>%n coch</numerusform>
                <numerusform>%n coch</numerusform>
                <numerusform>%n coch</numerusform>
                <numerusform>%n coch</numerusform>
                <numerusform>%n coch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n amber</source>
            <comment>how many amber flags</comment>
            <translation>
                <numerusform>%n ambr</numerusform>
                <numerusform>%n ambr</numerusform>
                <numerusform>%n ambr</numerusform>
                <numerusform>%n ambr</numerusform>
                <numerusform>%n ambr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for information</source>
            <comment>how many flags for information</comment>
            <translation>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flag(s) raised: {counts}.</source>
            <translation>
                <numerusform>Dangosyddion risg a godwyd: %n ({counts}).</numerusform>
                <numerusform>Dangosyddion risg a godwyd: %n ({counts}).</numerusform>
                <numerusform>Dangosyddion risg a godwyd: %n ({counts}).</numerusform>
                <numerusform>Dangosyddion risg a godwyd: %n ({counts}).</numerusform>
                <numerusform>Dangosyddion risg a godwyd: %n ({counts}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Cyflawn</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>Anghyflawn</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Heb ddechrau</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ddim yn berthnasol</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Sgrinio</translation>
        </message>
        <message>
            <source>No names are needed here: the case reference identifies the case.</source>
            <translation>Nid oes angen enwau yma: mae'r cyfeirnod achos yn nodi'r achos.</translation>
        </message>
        <message>
            <source>Screening sections</source>
            <translation>Adrannau'r sgrinio</translation>
        </message>
        <message>
            <source>Each section with its state; Ctrl+Page Down and Ctrl+Page Up move between sections</source>
            <translation>Pob adran a'i chyflwr; mae Ctrl+Page Down a Ctrl+Page Up yn symud rhwng adrannau</translation>
        </message>
        <message>
            <source>&amp;Back to list</source>
            <translation>&amp;Yn ôl i'r rhestr</translation>
        </message>
        <message>
            <source>Summary &amp;PDF…</source>
            <translation>&amp;PDF crynodeb…</translation>
        </message>
        <message>
            <source>Summary for &amp;drug service PDF…</source>
            <translation>PDF crynodeb ar gyfer y gwa&amp;sanaeth camddefnyddio sylweddau…</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>&amp;Diwygio…</translation>
        </message>
        <message>
            <source>&amp;Save amendment</source>
            <translation>Cadw'r di&amp;wygiad</translation>
        </message>
        <message>
            <source>Cancel amendment</source>
            <translation>Diddymu'r diwygiad</translation>
        </message>
        <message>
            <source>F&amp;inish screening…</source>
            <translation>&amp;Gorffen sgrinio…</translation>
        </message>
        <message>
            <source>Close screening</source>
            <translation>Cau'r sgrinio</translation>
        </message>
        <message>
            <source>The latest changes to this screening could not be saved ({reason}). Close it anyway and lose them?</source>
            <translation>Nid oedd modd cadw'r newidiadau diweddaraf i'r sgrinio hwn ({reason}). Ei gau beth bynnag a'u colli?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove {entry} and its answers?</source>
            <translation>Tynnu {entry} a'i atebion?</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
        <message>
            <source>The screening could not be saved: {reason}. Your answers are kept on screen, and saving is tried again with each change.</source>
            <translation>Nid oedd modd cadw'r sgrinio: {reason}. Mae eich atebion yn aros ar y sgrin, a cheisir eu cadw eto gyda phob newid.</translation>
        </message>
        <message numerus="yes">
            <source>Incomplete (%n answer(s) to correct)</source>
            <comment>a section's state</comment>
            <translation>
                <numerusform>Anghyflawn (atebion i'w cywiro: %n)</numerusform>
                <numerusform>Anghyflawn (atebion i'w cywiro: %n)</numerusform>
                <numerusform>Anghyflawn (atebion i'w cywiro: %n)</numerusform>
                <numerusform>Anghyflawn (atebion i'w cywiro: %n)</numerusform>
                <numerusform>Anghyflawn (atebion i'w cywiro: %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Incomplete ({answered} of {total} required answered)</source>
            <comment>a section's state</comment>
            <translation>Anghyflawn ({answered} o {total} ateb gofynnol wedi'u rhoi)</translation>
        </message>
        <message>
            <source>Correct these answers first (or choose 'declined' or 'not known'): {answers}.</source>
            <translation>Cywirwch yr atebion hyn yn gyntaf (neu dewiswch 'wedi gwrthod ateb' neu 'ddim yn hysbys'): {answers}.</translation>
        </message>
        <message>
            <source>Finished · amending: the change is kept only when you save the amendment</source>
            <translation>Wedi'i gwblhau · yn diwygio: caiff y newid ei gadw dim ond pan fyddwch yn cadw'r diwygiad</translation>
        </message>
        <message>
            <source>Draft · NOT saved — {reason}</source>
            <translation>Drafft · HEB ei gadw — {reason}</translation>
        </message>
        <message>
            <source>Draft · saving…</source>
            <translation>Drafft · yn cadw…</translation>
        </message>
        <message>
            <source>Draft · all changes saved</source>
            <translation>Drafft · pob newid wedi'i gadw</translation>
        </message>
        <message>
            <source>Finished · read-only</source>
            <translation>Wedi'i gwblhau · darllen yn unig</translation>
        </message>
        <message>
            <source>Available once consent to share with the drug service is recorded as 'Yes'</source>
            <translation>Ar gael unwaith y bydd cydsyniad i rannu â'r gwasanaeth camddefnyddio sylweddau wedi'i gofnodi fel 'Ie'</translation>
        </message>
        <message>
            <source>Override flag</source>
            <translation>Diystyru dangosydd risg</translation>
        </message>
        <message>
            <source>Why does your professional judgement differ from the flag '{title}'? The reason is recorded with the screening.</source>
            <translation>Pam mae eich barn broffesiynol yn wahanol i'r dangosydd risg '{title}'? Caiff y rheswm ei gofnodi gyda'r sgrinio.</translation>
        </message>
        <message>
            <source>Finish screening</source>
            <translation>Gorffen sgrinio</translation>
        </message>
        <message>
            <source>These sections still need answers (you can record 'declined' or 'not known'): {sections}.</source>
            <translation>Mae angen atebion o hyd yn yr adrannau hyn (gallwch gofnodi 'wedi gwrthod ateb' neu 'ddim yn hysbys'): {sections}.</translation>
        </message>
        <message>
            <source>Finish this screening? It becomes read-only; a later correction is recorded as an amendment with a reason.</source>
            <translation>Gorffen y sgrinio hwn? Bydd yn troi'n ddarllen yn unig; caiff cywiriad diweddarach ei gofnodi fel diwygiad gyda rheswm.</translation>
        </message>
        <message>
            <source>The screening could not be saved ({reason}), so it was not finished. Try again in a moment.</source>
            <translation>Nid oedd modd cadw'r sgrinio ({reason}), felly ni chafodd ei orffen. Rhowch gynnig arall arni mewn ychydig.</translation>
        </message>
        <message>
            <source>Amend screening</source>
            <translation>Diwygio'r sgrinio</translation>
        </message>
        <message>
            <source>Why does this finished screening need correcting? The reason is kept with the amendment, with your name and the time.</source>
            <translation>Pam mae angen cywiro'r sgrinio gorffenedig hwn? Caiff y rheswm ei gadw gyda'r diwygiad, gyda'ch enw a'r amser.</translation>
        </message>
        <message>
            <source>Save amendment</source>
            <translation>Cadw'r diwygiad</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>PDF crynodeb</translation>
        </message>
        <message>
            <source>Save or cancel the amendment first: a summary shows only what is saved.</source>
            <translation>Cadwch neu ddiddymwch y diwygiad yn gyntaf: dim ond yr hyn sydd wedi'i gadw y mae crynodeb yn ei ddangos.</translation>
        </message>
        <message>
            <source>The latest answers are not saved yet, so no summary was made. Try again once they are saved.</source>
            <translation>Nid yw'r atebion diweddaraf wedi'u cadw eto, felly ni luniwyd crynodeb. Rhowch gynnig arall arni unwaith y byddant wedi'u cadw.</translation>
        </message>
        <message>
            <source>Amendment not saved</source>
            <translation>Ni chadwyd y diwygiad</translation>
        </message>
        <message>
            <source>Leave without saving the amendment? The changes will be lost.</source>
            <translation>Gadael heb gadw'r diwygiad? Bydd y newidiadau'n cael eu colli.</translation>
        </message>
        <message>
            <source>The latest changes to this screening could not be saved ({reason}). Leave anyway and lose them?</source>
            <translation>Nid oedd modd cadw'r newidiadau diweddaraf i'r sgrinio hwn ({reason}). Gadael beth bynnag a'u colli?</translation>
        </message>
        <message>
            <source>{question} (required)</source>
            <translation>{question} (rhaid ateb)</translation>
        </message>
        <message>
            <source>Answered as shown</source>
            <translation>Wedi'i ateb fel y dangosir</translation>
        </message>
        <message>
            <source>{question}: declined or not known</source>
            <translation>{question}: wedi gwrthod ateb neu ddim yn hysbys</translation>
        </message>
        <message>
            <source>Record that they declined to answer, or that it is not known</source>
            <translation>Cofnodi eu bod wedi gwrthod ateb, neu nad yw'n hysbys</translation>
        </message>
        <message>
            <source>Or:</source>
            <comment>before 'Answered as shown', 'Declined to answer' or 'Not known'</comment>
            <translation>Neu:</translation>
        </message>
        <message>
            <source>Problem: {problems}</source>
            <translation>Problem: {problems}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <comment>the range a number must be in</comment>
            <translation>{low} i {high}</translation>
        </message>
        <message>
            <source>A number from {low} to {high}</source>
            <translation>Rhif o {low} i {high}</translation>
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation>DD/MM/BBBB</translation>
        </message>
        <message>
            <source>A date as day/month/year, for example 07/04/2025</source>
            <translation>Dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 07/04/2025</translation>
        </message>
        <message>
            <source>Enter the year in full, from {first} to {last}: for example 07/04/2025.</source>
            <translation>Rhowch y flwyddyn yn llawn, o {first} i {last}: er enghraifft 07/04/2025.</translation>
        </message>
        <message>
            <source>Enter a real date as DD/MM/YYYY.</source>
            <translation>Rhowch ddyddiad go iawn fel DD/MM/BBBB.</translation>
        </message>
        <message>
            <source>Keep this to {limit} characters or fewer.</source>
            <translation>Cadwch hwn i {limit} nod neu lai.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <source>Give a reason of at least {minimum} characters: it is kept with the record.</source>
            <translation>Rhowch reswm o {minimum} nod o leiaf: caiff ei gadw gyda'r cofnod.</translation>
        </message>
        <message>
            <source>DD/MM/YYYY (any date)</source>
            <translation>DD/MM/BBBB (unrhyw ddyddiad)</translation>
        </message>
        <message>
            <source>A date as day/month/year; leave empty for any date</source>
            <translation>Dyddiad fel diwrnod/mis/blwyddyn; gadewch yn wag ar gyfer unrhyw ddyddiad</translation>
        </message>
        <message>
            <source>Screenings</source>
            <translation>Cofnodion sgrinio</translation>
        </message>
        <message>
            <source>&amp;Open screening</source>
            <translation>&amp;Agor cofnod sgrinio</translation>
        </message>
        <message>
            <source>New screening (Ctrl+N)</source>
            <translation>Sgrinio newydd (Ctrl+N)</translation>
        </message>
        <message>
            <source>Use the case reference (for example the CRN). No names are needed, and none should be entered anywhere in the screening.</source>
            <translation>Defnyddiwch y cyfeirnod achos (er enghraifft y CRN). Nid oes angen enwau, ac ni ddylid rhoi unrhyw enw yn unman yn y sgrinio.</translation>
        </message>
        <message>
            <source>for example X123456</source>
            <translation>er enghraifft X123456</translation>
        </message>
        <message>
            <source>Case reference for the new screening</source>
            <translation>Cyfeirnod achos ar gyfer y sgrinio newydd</translation>
        </message>
        <message>
            <source>No names are needed</source>
            <translation>Nid oes angen enwau</translation>
        </message>
        <message>
            <source>Case &amp;reference:</source>
            <translation>C&amp;yfeirnod achos:</translation>
        </message>
        <message>
            <source>Screening form</source>
            <translation>Ffurflen sgrinio</translation>
        </message>
        <message>
            <source>&amp;Start screening</source>
            <translation>&amp;Dechrau sgrinio</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Hidlo</translation>
        </message>
        <message>
            <source>exact case reference</source>
            <translation>union gyfeirnod achos</translation>
        </message>
        <message>
            <source>Filter by case reference</source>
            <translation>Hidlo yn ôl cyfeirnod achos</translation>
        </message>
        <message>
            <source>An exact case reference</source>
            <translation>Union gyfeirnod achos</translation>
        </message>
        <message>
            <source>Case r&amp;eference:</source>
            <translation>Cyfei&amp;rnod achos:</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Hidlo yn ôl statws</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Unrhyw statws</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatws:</translation>
        </message>
        <message>
            <source>Started from</source>
            <translation>Dechreuwyd o</translation>
        </message>
        <message>
            <source>Started fro&amp;m:</source>
            <translation>Dechreuwyd &amp;o:</translation>
        </message>
        <message>
            <source>Started until</source>
            <translation>Dechreuwyd hyd at</translation>
        </message>
        <message>
            <source>Started &amp;until:</source>
            <translation>Dechreuwyd &amp;hyd at:</translation>
        </message>
        <message>
            <source>Filter by flag</source>
            <translation>Hidlo yn ôl dangosydd risg</translation>
        </message>
        <message>
            <source>Any or no flag</source>
            <translation>Unrhyw ddangosydd risg neu ddim</translation>
        </message>
        <message>
            <source>F&amp;lag:</source>
            <translation>Dangosydd r&amp;isg:</translation>
        </message>
        <message numerus="yes">
            <source>%n screening(s) match the filter.</source>
            <translation>
                <numerusform>Cofnodion sgrinio sy'n cyfateb i'r hidlo: %n.</numerusform>
                <numerusform>Cofnodion sgrinio sy'n cyfateb i'r hidlo: %n.</numerusform>
                <numerusform>Cofnodion sgrinio sy'n cyfateb i'r hidlo: %n.</numerusform>
                <numerusform>Cofnodion sgrinio sy'n cyfateb i'r hidlo: %n.</numerusform>
                <numerusform>Cofnodion sgrinio sy'n cyfateb i'r hidlo: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screening(s).</source>
            <translation>
                <numerusform>Cofnodion sgrinio: %n.</numerusform>
                <numerusform>Cofnodion sgrinio: %n.</numerusform>
                <numerusform>Cofnodion sgrinio: %n.</numerusform>
                <numerusform>Cofnodion sgrinio: %n.</numerusform>
                <numerusform>Cofnodion sgrinio: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No screenings match the filter.</source>
            <translation>Nid oes cofnod sgrinio yn cyfateb i'r hidlo.</translation>
        </message>
        <message>
            <source>No screenings yet.</source>
            <translation>Dim cofnodion sgrinio eto.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <source>Damaged: cannot be read</source>
            <translation>Wedi'i ddifrodi: nid oes modd ei ddarllen</translation>
        </message>
        <message>
            <source>Sealed to your old passphrase: cannot be opened after the reset</source>
            <translation>Wedi'i selio i'ch hen gyfrinymadrodd: nid oes modd ei agor ar ôl yr ailosod</translation>
        </message>
        <message>
            <source>Case reference</source>
            <translation>Cyfeirnod achos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Dechreuwyd</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Cadwyd ddiwethaf</translation>
        </message>
        <message numerus="yes">
            <source>%n info</source>
            <comment>how many flags for information, in a narrow table column</comment>
            <translation>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
                <numerusform>%n er gwybodaeth</numerusform>
            </translation>
        </message>
        <message>
            <source>None</source>
            <comment>no flags</comment>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Screening records</source>
            <translation>Cofnodion sgrinio</translation>
        </message>
        <message>
            <source>Press Enter to open the selected screening</source>
            <translation>Pwyswch Enter i agor y cofnod sgrinio a ddewiswyd</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>Tynnu {entry}</translation>
        </message>
        <message>
            <source>None recorded yet.</source>
            <translation>Dim wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <source>Add {entry}</source>
            <translation>Ychwanegu {entry}</translation>
        </message>
        <message>
            <source>Add {entry} to {question}</source>
            <translation>Ychwanegu {entry} at {question}</translation>
        </message>
        <message>
            <source>{entries} and {last}</source>
            <comment>a list of entries</comment>
            <translation>{entries} a {last}</translation>
        </message>
        <message>
            <source>Record '{answer}' for '{question}'? This removes {entries}, with all their answers.</source>
            <translation>Cofnodi '{answer}' ar gyfer '{question}'? Mae hyn yn tynnu {entries}, gyda'u holl atebion.</translation>
        </message>
        <message>
            <source>Questions: {section}</source>
            <translation>Cwestiynau: {section}</translation>
        </message>
        <message>
            <source>Review flags and finish</source>
            <translation>Adolygu'r dangosyddion risg a gorffen</translation>
        </message>
        <message>
            <source>Next section</source>
            <translation>Yr adran nesaf</translation>
        </message>
        <message>
            <source>Case reference {reference}</source>
            <comment>a page's heading line in a PDF</comment>
            <translation>Cyfeirnod achos {reference}</translation>
        </message>
        <message>
            <source>Practitioner {name}</source>
            <comment>a page's heading line in a PDF</comment>
            <translation>Ymarferydd {name}</translation>
        </message>
        <message>
            <source>Save the drug service summary</source>
            <translation>Cadw'r crynodeb ar gyfer y gwasanaeth camddefnyddio sylweddau</translation>
        </message>
        <message>
            <source>Save the {title}</source>
            <comment>window title; {title}: the summary's name, e.g. 'substance use screening summary'</comment>
            <translation>Cadw'r {title}</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>Nid oedd modd cadw'r PDF: {reason}</translation>
        </message>
        <message>
            <source>The PDF could not be written to {path}.</source>
            <translation>Nid oedd modd ysgrifennu'r PDF i {path}.</translation>
        </message>
        <message>
            <source>The summary was saved to {path}.</source>
            <translation>Cadwyd y crynodeb yn {path}.</translation>
        </message>
        <message>
            <source>Use at least {minimum} characters; three or more random words work well. Nobody can recover your screening records if you forget it.</source>
            <translation>Defnyddiwch o leiaf {minimum} nod; mae tri gair ar hap neu fwy yn gweithio'n dda. Ni all neb adfer eich cofnodion sgrinio os byddwch yn ei anghofio.</translation>
        </message>
        <message>
            <source>Unlock screening</source>
            <translation>Datgloi sgrinio</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>C&amp;yfrinymadrodd:</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Cadarnhau'r cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Confirm passphrase:</source>
            <translation>Ca&amp;darnhau'r cyfrinymadrodd:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Dat&amp;gloi</translation>
        </message>
        <message>
            <source>Set a screening passphrase</source>
            <translation>Gosod cyfrinymadrodd sgrinio</translation>
        </message>
        <message>
            <source>Screening records are encrypted with a passphrase that only you know. Choose it now and enter it twice. You will need it each time you open screening.</source>
            <translation>Caiff cofnodion sgrinio eu hamgryptio â chyfrinymadrodd mai dim ond chi sy'n ei wybod. Dewiswch ef nawr a'i roi ddwywaith. Bydd ei angen arnoch bob tro y byddwch yn agor sgrinio.</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>&amp;Gosod cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Enter your screening passphrase to see and add screening records.</source>
            <translation>Rhowch eich cyfrinymadrodd sgrinio i weld ac ychwanegu cofnodion sgrinio.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Enter it again in both boxes.</source>
            <translation>Nid yw'r ddau gyfrinymadrodd yr un fath. Rhowch ef eto yn y ddau flwch.</translation>
        </message>
        <message>
            <source>Enter your screening passphrase.</source>
            <translation>Rhowch eich cyfrinymadrodd sgrinio.</translation>
        </message>
        <message>
            <source>The team's caseload figures (people screened, substances, flags), with small numbers hidden, are in Team → Caseload figures.</source>
            <translation>Mae ffigurau llwyth achosion y tîm (pobl a sgriniwyd, sylweddau, dangosyddion risg), gyda rhifau bach wedi'u cuddio, yn Tîm → Ffigurau llwyth achosion.</translation>
        </message>
        <message>
            <source>You have no screening records yet.</source>
            <translation>Nid oes gennych gofnodion sgrinio eto.</translation>
        </message>
        <message numerus="yes">
            <source>You have %n screening record(s).</source>
            <translation>
                <numerusform>Nifer y cofnodion sgrinio sydd gennych: %n.</numerusform>
                <numerusform>Nifer y cofnodion sgrinio sydd gennych: %n.</numerusform>
                <numerusform>Nifer y cofnodion sgrinio sydd gennych: %n.</numerusform>
                <numerusform>Nifer y cofnodion sgrinio sydd gennych: %n.</numerusform>
                <numerusform>Nifer y cofnodion sgrinio sydd gennych: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>file is empty</source>
            <translation>mae'r ffeil yn wag</translation>
        </message>
        <message>
            <source>a form definition must be a mapping with id, version, title and sections</source>
            <translation>rhaid i ddiffiniad ffurflen fod yn fapio ag id, version, title a sections</translation>
        </message>
        <message>
            <source>{what}: unknown key '{key}' (allowed: {allowed})</source>
            <translation>{what}: allwedd anhysbys '{key}' (caniateir: {allowed})</translation>
        </message>
        <message>
            <source>{what}: '{key}' is required</source>
            <translation>{what}: mae angen '{key}'</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be text</source>
            <translation>{what}: rhaid i '{key}' fod yn destun</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be true or false</source>
            <translation>{what}: rhaid i '{key}' fod yn true neu false</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be a number</source>
            <translation>{what}: rhaid i '{key}' fod yn rhif</translation>
        </message>
        <message>
            <source>{what}: id '{id}' must be lowercase letters, digits and underscores</source>
            <translation>{what}: rhaid i'r dynodwr '{id}' fod yn llythrennau bach, digidau a thanlinellau</translation>
        </message>
        <message>
            <source>duplicate id '{id}' (first used on line {line})</source>
            <translation>dynodwr dyblyg '{id}' (fe'i defnyddiwyd gyntaf ar linell {line})</translation>
        </message>
        <message>
            <source>{where}: expression must be text</source>
            <translation>{where}: rhaid i'r mynegiad fod yn destun</translation>
        </message>
        <message>
            <source>{where}: cannot parse expression '{expression}': {reason}</source>
            <translation>{where}: ni ellir dosrannu'r mynegiad '{expression}': {reason}</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be a list</source>
            <translation>{what}: rhaid i '{key}' fod yn rhestr</translation>
        </message>
        <message>
            <source>{what}: each entry must be a mapping</source>
            <translation>{what}: rhaid i bob cofnod fod yn fapio</translation>
        </message>
        <message>
            <source>form</source>
            <comment>names the part of a screening form a message is about</comment>
            <translation>ffurflen</translation>
        </message>
        <message>
            <source>form id '{id}' must be lowercase letters, digits and hyphens</source>
            <translation>rhaid i ddynodwr y ffurflen '{id}' fod yn llythrennau bach, digidau a chysylltnodau</translation>
        </message>
        <message>
            <source>form: at least one section is needed</source>
            <translation>ffurflen: mae angen o leiaf un adran</translation>
        </message>
        <message>
            <source>duplicate flag id '{id}' (first used on line {line})</source>
            <translation>dynodwr dangosydd risg dyblyg '{id}' (fe'i defnyddiwyd gyntaf ar linell {line})</translation>
        </message>
        <message>
            <source>form share_consent</source>
            <comment>names a form's share_consent field in a message</comment>
            <translation>share_consent y ffurflen</translation>
        </message>
        <message>
            <source>form: unknown_conditions must be one of {allowed}, not '{value}'</source>
            <translation>ffurflen: rhaid i unknown_conditions fod yn un o'r rhain: {allowed}, nid '{value}'</translation>
        </message>
        <message>
            <source>form: 'figures' must be a mapping of {keys} to an item and values</source>
            <translation>ffurflen: rhaid i 'figures' fod yn fapio o {keys} i eitem a gwerthoedd</translation>
        </message>
        <message>
            <source>figures: '{key}' is required (an item marked summary: true and its values)</source>
            <translation>figures: mae angen '{key}' (eitem wedi'i marcio summary: true, a'i gwerthoedd)</translation>
        </message>
        <message>
            <source>{where}: must be a mapping with 'item' and 'values'</source>
            <translation>{where}: rhaid iddo fod yn fapio ag 'item' a 'values'</translation>
        </message>
        <message>
            <source>{where}: unknown item '{item}'</source>
            <translation>{where}: eitem anhysbys '{item}'</translation>
        </message>
        <message>
            <source>{where}: item '{item}' must be marked summary: true, so that its answer is kept in plain for counting</source>
            <translation>{where}: rhaid marcio'r eitem '{item}' â summary: true, fel bod ei hateb yn cael ei gadw heb ei amgryptio i'w gyfrif</translation>
        </message>
        <message>
            <source>{where}: 'values' must be a list of at least one choice id</source>
            <translation>{where}: rhaid i 'values' fod yn rhestr ag o leiaf un dynodwr dewis</translation>
        </message>
        <message>
            <source>{where}: each value must be a choice id</source>
            <translation>{where}: rhaid i bob gwerth fod yn ddynodwr dewis</translation>
        </message>
        <message>
            <source>{where}: '{value}' is not a choice of item '{item}' (choices: {choices})</source>
            <translation>{where}: nid yw '{value}' yn un o ddewisiadau'r eitem '{item}' (dewisiadau: {choices})</translation>
        </message>
        <message>
            <source>form: 'choice_lists' must be a mapping of name to choices</source>
            <translation>ffurflen: rhaid i 'choice_lists' fod yn fapio o enw i ddewisiadau</translation>
        </message>
        <message>
            <source>choice list '{name}' must be a list of choices</source>
            <translation>rhaid i'r rhestr dewisiadau '{name}' fod yn rhestr o ddewisiadau</translation>
        </message>
        <message>
            <source>choice list '{name}'</source>
            <translation>rhestr dewisiadau '{name}'</translation>
        </message>
        <message>
            <source>{what}: choice id '{id}' is reserved for special answers</source>
            <translation>{what}: mae'r dynodwr dewis '{id}' wedi'i gadw ar gyfer atebion arbennig</translation>
        </message>
        <message>
            <source>{what}: choice id '{id}' must be lowercase letters, digits and underscores</source>
            <translation>{what}: rhaid i'r dynodwr dewis '{id}' fod yn llythrennau bach, digidau a thanlinellau</translation>
        </message>
        <message>
            <source>{what}: duplicate choice '{id}'</source>
            <translation>{what}: dewis dyblyg '{id}'</translation>
        </message>
        <message>
            <source>section</source>
            <comment>names the part of a screening form a message is about</comment>
            <translation>adran</translation>
        </message>
        <message>
            <source>section '{id}'</source>
            <translation>adran '{id}'</translation>
        </message>
        <message>
            <source>{what} items</source>
            <translation>{what}, items</translation>
        </message>
        <message>
            <source>{what}: at least one item is needed</source>
            <translation>{what}: mae angen o leiaf un eitem</translation>
        </message>
        <message>
            <source>{what} visible_if</source>
            <translation>{what}, visible_if</translation>
        </message>
        <message>
            <source>item</source>
            <comment>names the part of a screening form a message is about</comment>
            <translation>eitem</translation>
        </message>
        <message>
            <source>item '{id}'</source>
            <translation>eitem '{id}'</translation>
        </message>
        <message>
            <source>{what}: unknown item type '{type}' (known: {known})</source>
            <translation>{what}: math anhysbys o eitem '{type}' (mathau hysbys: {known})</translation>
        </message>
        <message>
            <source>{what}: min ({min}) is greater than max ({max})</source>
            <translation>{what}: mae min ({min}) yn fwy na max ({max})</translation>
        </message>
        <message>
            <source>{what}: '{key}' only applies to number items</source>
            <translation>{what}: mae '{key}' yn berthnasol i eitemau rhif yn unig</translation>
        </message>
        <message>
            <source>{what}: 'max_length' only applies to text items</source>
            <translation>{what}: mae 'max_length' yn berthnasol i eitemau testun yn unig</translation>
        </message>
        <message>
            <source>{what}: only choice and yes/no items may go in the anonymised summary (no free text, numbers or dates)</source>
            <translation>{what}: dim ond eitemau dewis ac eitemau ie/na a gaiff fynd yn y crynodeb dienw (dim testun rhydd, rhifau na dyddiadau)</translation>
        </message>
        <message>
            <source>{what}: a note takes no answer, so cannot be required</source>
            <translation>{what}: nid yw nodyn yn cymryd ateb, felly ni all fod yn ofynnol</translation>
        </message>
        <message>
            <source>{what} constraints</source>
            <translation>{what}, constraints</translation>
        </message>
        <message>
            <source>{what}: repeat groups cannot be nested (inside '{group}')</source>
            <translation>{what}: ni ellir nythu grwpiau ailadrodd (y tu mewn i '{group}')</translation>
        </message>
        <message>
            <source>{what}: a repeat group needs at least one item</source>
            <translation>{what}: mae angen o leiaf un eitem ar grŵp ailadrodd</translation>
        </message>
        <message>
            <source>{what} calculations</source>
            <translation>{what}, calculations</translation>
        </message>
        <message>
            <source>{what}: '{key}' only applies to repeat groups</source>
            <translation>{what}: mae '{key}' yn berthnasol i grwpiau ailadrodd yn unig</translation>
        </message>
        <message>
            <source>{what}: a {type} item needs 'choices'</source>
            <translation>{what}: mae angen 'choices' ar eitem {type}</translation>
        </message>
        <message>
            <source>{what}: 'choices' only applies to choice items</source>
            <translation>{what}: mae 'choices' yn berthnasol i eitemau dewis yn unig</translation>
        </message>
        <message>
            <source>{what}: unknown choice list '{name}'</source>
            <translation>{what}: rhestr dewisiadau anhysbys '{name}'</translation>
        </message>
        <message>
            <source>{what}: needs at least one choice</source>
            <translation>{what}: mae angen o leiaf un dewis</translation>
        </message>
        <message>
            <source>{what}: 'choices' must be a list or the name of a choice list</source>
            <translation>{what}: rhaid i 'choices' fod yn rhestr neu'n enw rhestr dewisiadau</translation>
        </message>
        <message>
            <source>{what} constraint</source>
            <translation>{what}, cyfyngiad</translation>
        </message>
        <message>
            <source>{what} constraint: 'rule' is required</source>
            <translation>{what}, cyfyngiad: mae angen 'rule'</translation>
        </message>
        <message>
            <source>calculation</source>
            <comment>names the part of a screening form a message is about</comment>
            <translation>cyfrifiad</translation>
        </message>
        <message>
            <source>calculation '{id}'</source>
            <translation>cyfrifiad '{id}'</translation>
        </message>
        <message>
            <source>{what}: 'expression' is required</source>
            <translation>{what}: mae angen 'expression'</translation>
        </message>
        <message>
            <source>flag</source>
            <comment>names the part of a screening form a message is about</comment>
            <translation>dangosydd risg</translation>
        </message>
        <message>
            <source>flag '{id}'</source>
            <translation>dangosydd risg '{id}'</translation>
        </message>
        <message>
            <source>{what}: unknown severity '{severity}' (known: {known})</source>
            <translation>{what}: difrifoldeb anhysbys '{severity}' (gwerthoedd hysbys: {known})</translation>
        </message>
        <message>
            <source>{what} when</source>
            <translation>{what}, when</translation>
        </message>
        <message>
            <source>{what}: 'when' is required</source>
            <translation>{what}: mae angen 'when'</translation>
        </message>
        <message>
            <source>form: 'share_consent' is empty: write the condition for sharing the summary, or leave the key out</source>
            <translation>ffurflen: mae 'share_consent' yn wag: ysgrifennwch yr amod ar gyfer rhannu'r crynodeb, neu gadewch yr allwedd allan</translation>
        </message>
        <message>
            <source>screening form folder not found</source>
            <translation>ni chafwyd hyd i ffolder y ffurflenni sgrinio</translation>
        </message>
        <message>
            <source>no screening form definitions (*.yaml) found</source>
            <translation>ni chafwyd hyd i ddiffiniadau ffurflenni sgrinio (*.yaml)</translation>
        </message>
        <message>
            <source>form '{form}' version {version} is also defined in {file}</source>
            <translation>mae'r ffurflen '{form}' fersiwn {version} hefyd wedi'i diffinio yn {file}</translation>
        </message>
        <message>
            <source>a translation of {file}, but there is no such form beside it</source>
            <translation>cyfieithiad o {file}, ond nid oes ffurflen o'r fath wrth ei hymyl</translation>
        </message>
        <message>
            <source>calculation '{id}' has the same id as an item</source>
            <translation>mae gan y cyfrifiad '{id}' yr un dynodwr ag eitem</translation>
        </message>
        <message>
            <source>summary_date_item '{name}' must name a top-level date item</source>
            <translation>rhaid i summary_date_item '{name}' enwi eitem dyddiad ar y lefel uchaf</translation>
        </message>
        <message>
            <source>{where}: in '{expression}' (column {column})</source>
            <translation>{where}: yn '{expression}' (colofn {column})</translation>
        </message>
        <message>
            <source>{where}: unknown item or calculation '{name}'</source>
            <translation>{where}: eitem neu gyfrifiad anhysbys '{name}'</translation>
        </message>
        <message>
            <source>{where}: calculation '{name}' must be defined before it is used</source>
            <translation>{where}: rhaid diffinio'r cyfrifiad '{name}' cyn ei ddefnyddio</translation>
        </message>
        <message>
            <source>{where}: '{name}' is a repeat group; use count({name}), any({name}, ...), all({name}, ...) or sum({name}, ...)</source>
            <translation>{where}: grŵp ailadrodd yw '{name}'; defnyddiwch count({name}), any({name}, ...), all({name}, ...) neu sum({name}, ...)</translation>
        </message>
        <message>
            <source>{where}: '{name}' is a note and has no answer</source>
            <translation>{where}: nodyn yw '{name}', ac nid oes ateb iddo</translation>
        </message>
        <message>
            <source>{where}: item '{name}' is inside repeat group '{group}'; use any({group}, ...) or count({group}, ...)</source>
            <translation>{where}: mae'r eitem '{name}' y tu mewn i'r grŵp ailadrodd '{group}'; defnyddiwch any({group}, ...) neu count({group}, ...)</translation>
        </message>
        <message>
            <source>{where}: unknown function '{function}' (known: {known})</source>
            <translation>{where}: ffwythiant anhysbys '{function}' (ffwythiannau hysbys: {known})</translation>
        </message>
        <message>
            <source>{number} or more</source>
            <translation>{number} neu fwy</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} i {high}</translation>
        </message>
        <message>
            <source>{where}: {function}() takes {wanted} argument(s), not {count}</source>
            <translation>{where}: nifer yr argiau y mae {function}() yn eu cymryd: {wanted}, nid {count}</translation>
        </message>
        <message>
            <source>{where}: {function}() needs an item name</source>
            <translation>{where}: mae angen enw eitem ar {function}()</translation>
        </message>
        <message>
            <source>{where}: {function}() names unknown item '{name}'</source>
            <translation>{where}: mae {function}() yn enwi eitem anhysbys '{name}'</translation>
        </message>
        <message>
            <source>{where}: item '{name}' is inside repeat group '{group}'</source>
            <translation>{where}: mae'r eitem '{name}' y tu mewn i'r grŵp ailadrodd '{group}'</translation>
        </message>
        <message>
            <source>{where}: the first argument of {function}() must be a repeat group</source>
            <translation>{where}: rhaid mai grŵp ailadrodd yw arg cyntaf {function}()</translation>
        </message>
        <message>
            <source>{where}: cannot use {function}({name}, ...) inside repeat group '{group}'</source>
            <translation>{where}: ni ellir defnyddio {function}({name}, ...) y tu mewn i'r grŵp ailadrodd '{group}'</translation>
        </message>
        <message>
            <source>{where}: {function}({name}) needs an expression for each instance</source>
            <translation>{where}: mae angen mynegiad ar {function}({name}) ar gyfer pob cofnod</translation>
        </message>
        <message>
            <source>{where}: {function}({name}, ...) takes exactly 2 arguments</source>
            <translation>{where}: mae {function}({name}, ...) yn cymryd union 2 arg</translation>
        </message>
        <message>
            <source>{where}: '{item}' holds choice ids; compare it with text</source>
            <translation>{where}: mae '{item}' yn dal dynodwyr dewis; cymharwch hi â thestun</translation>
        </message>
        <message>
            <source>{where}: '{value}' is not a choice of '{item}' (choices: {choices})</source>
            <translation>{where}: nid yw '{value}' yn un o ddewisiadau '{item}' (dewisiadau: {choices})</translation>
        </message>
        <message>
            <source>{where}: '{item}' is a yes/no item; compare it with true or false</source>
            <translation>{where}: eitem ie/na yw '{item}'; cymharwch hi â true neu false</translation>
        </message>
        <message>
            <source>{where}: '{item}' is a number; compare it with a number</source>
            <translation>{where}: eitem rhif yw '{item}'; cymharwch hi â rhif</translation>
        </message>
        <message>
            <source>could not be worked out ({reason})</source>
            <translation>nid oedd modd ei gyfrifo ({reason})</translation>
        </message>
        <message>
            <source>'{name}' is a repeat group; use count(), any(), all() or sum()</source>
            <translation>grŵp ailadrodd yw '{name}'; defnyddiwch count(), any(), all() neu sum()</translation>
        </message>
        <message>
            <source>the right of 'in' must be a list or a multiple-choice item</source>
            <translation>rhaid i'r hyn sydd ar ochr dde 'in' fod yn rhestr neu'n eitem amlddewis</translation>
        </message>
        <message>
            <source>unknown function '{function}'</source>
            <translation>ffwythiant anhysbys '{function}'</translation>
        </message>
        <message>
            <source>{function}() needs an item name</source>
            <translation>mae angen enw eitem ar {function}()</translation>
        </message>
        <message>
            <source>{function}({name}) needs an expression for each instance</source>
            <translation>mae angen mynegiad ar {function}({name}) ar gyfer pob cofnod</translation>
        </message>
        <message>
            <source>'{operator}' needs numbers, got {value}</source>
            <translation>mae angen rhifau ar '{operator}', cafwyd {value}</translation>
        </message>
        <message>
            <source>cannot compare {left} {operator} {right}</source>
            <translation>ni ellir cymharu {left} {operator} {right}</translation>
        </message>
        <message>
            <source>days_between() needs two dates</source>
            <translation>mae angen dau ddyddiad ar days_between()</translation>
        </message>
        <message>
            <source>add_days() needs a date and a number of days</source>
            <translation>mae angen dyddiad a nifer o ddiwrnodau ar add_days()</translation>
        </message>
        <message>
            <source>count() needs a repeat group or a multiple-choice item</source>
            <translation>mae angen grŵp ailadrodd neu eitem amlddewis ar count()</translation>
        </message>
        <message>
            <source>{reason} (column {column})</source>
            <translation>{reason} (colofn {column})</translation>
        </message>
        <message>
            <source>malformed number '{number}'</source>
            <translation>rhif annilys '{number}'</translation>
        </message>
        <message>
            <source>number '{number}...' is too large</source>
            <translation>mae'r rhif '{number}...' yn rhy fawr</translation>
        </message>
        <message>
            <source>unterminated string</source>
            <translation>llinyn heb ei gau</translation>
        </message>
        <message>
            <source>use '==' to compare, not '='</source>
            <translation>defnyddiwch '==' i gymharu, nid '='</translation>
        </message>
        <message>
            <source>unexpected character '{character}'</source>
            <translation>nod annisgwyl '{character}'</translation>
        </message>
        <message>
            <source>expected '{expected}' but found {found}</source>
            <translation>roedd disgwyl '{expected}' ond cafwyd {found}</translation>
        </message>
        <message>
            <source>empty expression</source>
            <translation>mynegiad gwag</translation>
        </message>
        <message>
            <source>unexpected {found}</source>
            <translation>ni ddisgwylid {found}</translation>
        </message>
        <message>
            <source>comparisons cannot be chained; use 'and'</source>
            <translation>ni ellir cadwyno cymariaethau; defnyddiwch 'and'</translation>
        </message>
        <message>
            <source>end of expression</source>
            <translation>diwedd y mynegiad</translation>
        </message>
        <message>
            <source>expression must be text</source>
            <translation>rhaid i'r mynegiad fod yn destun</translation>
        </message>
        <message>
            <source>record {record} was filled with form '{form}' version {version}, not '{other}' version {other_version}</source>
            <translation>llenwyd y cofnod {record} â'r ffurflen '{form}' fersiwn {version}, nid '{other}' fersiwn {other_version}</translation>
        </message>
        <message>
            <source>the sealed key of record {record} is not a record key</source>
            <translation>nid allwedd cofnod yw'r allwedd a seliwyd ar gyfer y cofnod {record}</translation>
        </message>
        <message>
            <source>{what}: must be text</source>
            <extracomment>The languages a form can be translated into (English is the form itself).</extracomment>
            <translation>{what}: rhaid rhoi testun</translation>
        </message>
        <message>
            <source>{what}: the English form has no text here to translate</source>
            <translation>{what}: nid oes gan y ffurflen Saesneg destun yma i'w gyfieithu</translation>
        </message>
        <message>
            <source>'{key}' must be a mapping of ids to their texts</source>
            <translation>rhaid i '{key}' fod yn fapio o ddynodwyr i'w testunau</translation>
        </message>
        <message>
            <source>translation</source>
            <comment>a screening form's translation file, naming it in a message</comment>
            <translation>cyfieithiad</translation>
        </message>
        <message>
            <source>form {key}</source>
            <translation>{key} y ffurflen</translation>
        </message>
        <message>
            <source>{what} is not in the English form</source>
            <translation>nid yw {what} yn y ffurflen Saesneg</translation>
        </message>
        <message>
            <source>{what}: must be a mapping of {keys} to their translations</source>
            <translation>{what}: rhaid cael mapio o {keys} i'w cyfieithiadau</translation>
        </message>
        <message>
            <source>{what} {key}</source>
            <comment>e.g. item 'age' label</comment>
            <translation>{what}, {key}</translation>
        </message>
        <message>
            <source>item '{id}' takes its choices from the choice list '{list}': translate them under choice_lists</source>
            <translation>mae eitem '{id}' yn cymryd ei dewisiadau o'r rhestr dewisiadau '{list}': cyfieithwch nhw o dan choice_lists</translation>
        </message>
        <message>
            <source>item '{id}': 'choices' must be a mapping of choice ids to their labels</source>
            <translation>eitem '{id}': rhaid i 'choices' fod yn fapio o ddynodwyr dewisiadau i'w labeli</translation>
        </message>
        <message>
            <source>{what} has no choice '{choice}' (a YAML key yes, no, on or off is read as true or false: write "yes" or "no" in quotes)</source>
            <translation>{what}: nid oes dewis '{choice}' (mae YAML yn darllen yr allweddi yes, no, on ac off fel true neu false: ysgrifennwch "yes" neu "no" mewn dyfynodau)</translation>
        </message>
        <message>
            <source>{what} has no choice '{choice}'</source>
            <translation>{what}: nid oes dewis '{choice}'</translation>
        </message>
        <message>
            <source>{what} choice '{choice}'</source>
            <translation>{what}, dewis '{choice}'</translation>
        </message>
        <message>
            <source>item '{id}': 'constraints' must be a list of {count} message(s), one for each of the English constraints in order</source>
            <translation>eitem '{id}': rhaid i 'constraints' fod yn rhestr o negeseuon, un ar gyfer pob un o'r cyfyngiadau Saesneg yn eu trefn ({count} i gyd)</translation>
        </message>
        <message>
            <source>item '{id}' constraint {number}</source>
            <translation>eitem '{id}', cyfyngiad {number}</translation>
        </message>
        <message>
            <source>{what}: must be a mapping of choice ids to their labels</source>
            <translation>{what}: rhaid cael mapio o ddynodwyr dewisiadau i'w labeli</translation>
        </message>
        <message>
            <source>no translation for {what}: the English is shown</source>
            <translation>dim cyfieithiad ar gyfer {what}: dangosir y Saesneg</translation>
        </message>
        <message>
            <source>the form's {key}</source>
            <translation>{key} y ffurflen</translation>
        </message>
        <message>
            <source>a form translation must be a mapping with form, version and the translated texts</source>
            <translation>rhaid i gyfieithiad ffurflen fod yn fapio gyda form, version a'r testunau wedi'u cyfieithu</translation>
        </message>
        <message>
            <source>a form translation needs 'form' and 'version': the id and version of the form it translates ('{form}' version {version})</source>
            <translation>mae angen 'form' a 'version' ar gyfieithiad ffurflen: dynodwr a fersiwn y ffurflen y mae'n ei chyfieithu ('{form}' fersiwn {version})</translation>
        </message>
        <message>
            <source>'version' must be text: write it in quotes, as the form does (version: "{version}")</source>
            <translation>rhaid i 'version' fod yn destun: rhowch ef mewn dyfynodau, fel y mae'r ffurflen yn ei wneud (version: "{version}")</translation>
        </message>
        <message>
            <source>this translates form '{found}' version {found_version}, but the form beside it ({file}) is '{form}' version {version}: translate that version</source>
            <translation>mae hwn yn cyfieithu'r ffurflen '{found}' fersiwn {found_version}, ond y ffurflen wrth ei ymyl ({file}) yw '{form}' fersiwn {version}: cyfieithwch y fersiwn honno</translation>
        </message>
        <message>
            <source>'translation_reviewed' must be true or false</source>
            <translation>rhaid i 'translation_reviewed' fod yn true neu false</translation>
        </message>
    </context>
</TS>
