<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>This link opens {address} in your email program, outside NPS Trainer. You will need an internet connection.

Open it?</source>
        <translation>Mae&apos;r ddolen hon yn agor {address} yn eich rhaglen e-bost, y tu allan i NPS Trainer. Bydd angen cysylltiad â&apos;r rhyngrwyd arnoch.

Ei hagor?</translation>
    </message>
    <message>
        <source>This link opens {address} in your web browser, outside NPS Trainer. You will need an internet connection.

Open it?</source>
        <translation>Mae&apos;r ddolen hon yn agor {address} yn eich porwr gwe, y tu allan i NPS Trainer. Bydd angen cysylltiad â&apos;r rhyngrwyd arnoch.

Ei hagor?</translation>
    </message>
    <message>
        <source>Open a link outside NPS Trainer</source>
        <translation>Agor dolen y tu allan i NPS Trainer</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Testun y modiwl</translation>
    </message>
    <message>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>Mae Tab yn symud rhwng dolenni; mae Enter yn dilyn dolen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modiwl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
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
        <source>For your role</source>
        <translation>Ar gyfer eich rôl</translation>
    </message>
    <message>
        <source>Other modules</source>
        <translation>Modiwlau eraill</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>A module state (team.status) as the catalogue shows it, for states without a fuller wording below.</extracomment>
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
        <source>Completed unread</source>
        <translation>Wedi&apos;i gwblhau heb ei ddarllen</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Angen gloywi</translation>
    </message>
    <message>
        <source>{group}, {position} of {count}: </source>
        <translation>{group}, {position} o {count}: </translation>
    </message>
    <message>
        <source>{count} seen in a joint session</source>
        <translation>{count} wedi&apos;u gweld mewn sesiwn ar y cyd</translation>
    </message>
    <message numerus="yes">
        <source>{viewed} of %n section(s) viewed</source>
        <extracomment>{viewed}: how many of the %n sections were viewed</extracomment>
        <translation>
            <numerusform>{viewed} o %n adran wedi&apos;u gweld</numerusform>
            <numerusform>{viewed} o %n adran wedi&apos;i gweld</numerusform>
            <numerusform>{viewed} o %n adran wedi&apos;u gweld</numerusform>
            <numerusform>{viewed} o %n adran wedi&apos;u gweld</numerusform>
            <numerusform>{viewed} o %n adran wedi&apos;u gweld</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress ({percent}%)</source>
        <translation>Ar y gweill ({percent}%)</translation>
    </message>
    <message>
        <source>the module has changed</source>
        <translation>mae&apos;r modiwl wedi newid</translation>
    </message>
    <message>
        <source>completed {day}</source>
        <comment>why a refresher is due</comment>
        <translation>cwblhawyd {day}</translation>
    </message>
    <message>
        <source>minor update since</source>
        <translation>mân ddiweddariad ers hynny</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>llinell {line}: {problem}</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problem anhysbys</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>a {count} arall</translation>
    </message>
    <message>
        <source>Unavailable modules (these could not be loaded; the others work as normal):</source>
        <translation>Modiwlau nad ydynt ar gael (nid oedd modd llwytho&apos;r rhain; mae&apos;r lleill yn gweithio fel arfer):</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Start the &amp;refresher</source>
        <translation>Dechrau &amp;Gloywi</translation>
    </message>
    <message>
        <source>Words to find in any module</source>
        <translation>Geiriau i&apos;w canfod mewn unrhyw fodiwl</translation>
    </message>
    <message>
        <source>Ctrl+F; results appear below, Enter moves to them</source>
        <translation>Ctrl+F; mae&apos;r canlyniadau&apos;n ymddangos isod, mae Enter yn symud atynt</translation>
    </message>
    <message>
        <source>&amp;Search modules:</source>
        <translation>Chwi&amp;lio&apos;r modiwlau:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Enter opens the module at that section</source>
        <translation>Mae Enter yn agor y modiwl yn yr adran honno</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modiwlau</translation>
    </message>
    <message>
        <source>Enter opens the chosen module</source>
        <translation>Mae Enter yn agor y modiwl a ddewiswyd</translation>
    </message>
    <message>
        <source>{title} · Cymraeg</source>
        <comment>catalogue: this module can be read in Welsh</comment>
        <translation>{title} · Cymraeg</translation>
    </message>
    <message>
        <source>{group}{title}. {minutes} minutes. {status}.</source>
        <extracomment>{group}: where the row sits, such as &apos;For your role, 2 of 3: &apos; (or nothing)</extracomment>
        <translation>{group}{title}. {minutes} munud. {status}.</translation>
    </message>
    <message>
        <source>No modules installed yet. The content folder in use is {folder}.</source>
        <translation>Does dim modiwlau wedi&apos;u gosod eto. Y ffolder cynnwys a ddefnyddir yw {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>For your role: %n module(s) from your role&apos;s learning paths</source>
        <translation>
            <numerusform>Ar gyfer eich rôl: %n modiwl o lwybrau dysgu eich rôl</numerusform>
            <numerusform>Ar gyfer eich rôl: %n modiwl o lwybrau dysgu eich rôl</numerusform>
            <numerusform>Ar gyfer eich rôl: %n o fodiwlau o lwybrau dysgu eich rôl</numerusform>
            <numerusform>Ar gyfer eich rôl: %n o fodiwlau o lwybrau dysgu eich rôl</numerusform>
            <numerusform>Ar gyfer eich rôl: %n o fodiwlau o lwybrau dysgu eich rôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Other modules: the rest of the catalogue</source>
        <translation>Modiwlau eraill: gweddill y catalog</translation>
    </message>
    <message>
        <source>No module mentions “{words}”.</source>
        <translation>Does dim modiwl yn sôn am “{words}”.</translation>
    </message>
    <message>
        <source>This is training, not clinical advice. In an emergency call 999. For clinical questions contact your local drug service.</source>
        <extracomment>Body text size of a printed module, in points (the reader&apos;s own text size is for the screen). A diagram is printed at its natural size (CSS pixels, 1/96 inch), but never wider than this: the A4 text column less a little air (210 mm less both margins is about 657 px). ... nor taller than this (about 17 cm), so that a tall flow chart is not pushed to a page of its own, leaving most of the page before it empty; its smallest labels still print at about 9 pt.</extracomment>
        <translation>Hyfforddiant yw hwn, nid cyngor clinigol. Mewn argyfwng, ffoniwch 999. Am gwestiynau clinigol, cysylltwch â&apos;ch gwasanaeth camddefnyddio sylweddau lleol.</translation>
    </message>
    <message>
        <source>Print or save this module as a PDF</source>
        <translation>Argraffu&apos;r modiwl hwn neu ei gadw fel PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r PDF yn {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{module}&apos; was saved to {path}. Open it to read or print it.</source>
        <translation>Cafodd &apos;{module}&apos; ei gadw yn {path}. Agorwch y ffeil i&apos;w darllen neu i&apos;w hargraffu.</translation>
    </message>
    <message>
        <source>{module} · version {version} · printed {date}</source>
        <translation>{module} · fersiwn {version} · argraffwyd {date}</translation>
    </message>
    <message>
        <source>Printed from NPS Trainer on {printed}: version {version} of this module, content last reviewed on {reviewed}.</source>
        <translation>Argraffwyd o NPS Trainer ar {printed}: fersiwn {version} o&apos;r modiwl hwn, adolygwyd y cynnwys ddiwethaf ar {reviewed}.</translation>
    </message>
    <message>
        <source>a diagram</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>[Diagram not shown: {description}]</source>
        <translation>[Diagram heb ei ddangos: {description}]</translation>
    </message>
    <message>
        <source>◆ seen in a joint session</source>
        <translation>◆ wedi&apos;i gweld mewn sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Seen in a joint session: counts as viewed; you have not read it here yet</source>
        <translation>Wedi&apos;i gweld mewn sesiwn ar y cyd: mae&apos;n cyfrif fel un a welwyd; nid ydych wedi&apos;i darllen yma eto</translation>
    </message>
    <message>
        <source>← &amp;Back to modules</source>
        <translation>← &amp;Yn ôl i&apos;r modiwlau</translation>
    </message>
    <message>
        <source>Back to modules</source>
        <translation>Yn ôl i&apos;r modiwlau</translation>
    </message>
    <message>
        <source>About this &amp;module</source>
        <translation>Am y modiwl &amp;hwn</translation>
    </message>
    <message>
        <source>About this module: sources, version and review date</source>
        <translation>Am y modiwl hwn: ffynonellau, fersiwn a dyddiad adolygu</translation>
    </message>
    <message>
        <source>Print or save as P&amp;DF…</source>
        <translation>Argraffu neu gadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the whole module, with its diagrams and sources, as an A4 PDF to print or keep (Ctrl+P)</source>
        <translation>Cadw&apos;r modiwl cyfan, gyda&apos;i ddiagramau a&apos;i ffynonellau, fel PDF A4 i&apos;w argraffu neu i&apos;w gadw (Ctrl+P)</translation>
    </message>
    <message>
        <source>This translation has not yet been reviewed by a Welsh speaker.</source>
        <translation>Nid yw siaradwr Cymraeg wedi adolygu&apos;r cyfieithiad hwn eto.</translation>
    </message>
    <message>
        <source>Enter or click shows that part of the module</source>
        <translation>Mae Enter neu glicio yn dangos y rhan honno o&apos;r modiwl</translation>
    </message>
    <message>
        <source>Con&amp;tents</source>
        <translation>Cynnwy&amp;s</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Previous (Alt+Left)</source>
        <translation>Blaenorol (Alt+Saeth Chwith)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nesaf →</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next (Alt+Right)</source>
        <translation>Nesaf (Alt+Saeth Dde)</translation>
    </message>
    <message>
        <source>&amp;Complete module…</source>
        <translation>C&amp;wblhau&apos;r modiwl…</translation>
    </message>
    <message>
        <source>Complete module</source>
        <translation>Cwblhau&apos;r modiwl</translation>
    </message>
    <message numerus="yes">
        <source>Still unread (%n section(s)): {titles}. Read them (choose from Contents), then choose Complete module again.</source>
        <extracomment>{titles}: the unread sections&apos; numbers and titles, separated by semicolons</extracomment>
        <translation>
            <numerusform>Heb eu darllen eto (%n adran): {titles}. Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Heb ei darllen eto (%n adran): {titles}. Darllenwch hi (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Heb eu darllen eto (%n adran): {titles}. Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Heb eu darllen eto (%n adran): {titles}. Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Heb eu darllen eto (%n adran): {titles}. Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is read: you can complete this module now.</source>
        <translation>Mae pob adran wedi&apos;i darllen: gallwch gwblhau&apos;r modiwl hwn nawr.</translation>
    </message>
    <message>
        <source>Contents of {module}</source>
        <translation>Cynnwys {module}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>{number}. {title} (content warning)</source>
        <translation>{number}. {title} (rhybudd cynnwys)</translation>
    </message>
    <message>
        <source>About this module</source>
        <translation>Am y modiwl hwn</translation>
    </message>
    <message>
        <source>Section {number} of {count}</source>
        <translation>Adran {number} o {count}</translation>
    </message>
    <message>
        <source>Showing: {place}</source>
        <translation>Yn dangos: {place}</translation>
    </message>
    <message>
        <source>Before you finish, you can note down what you took from this module. Both boxes are optional. Your reflection is saved with your progress in this profile and is not encrypted, so do not write names, case references or anything else that could identify a person you supervise.</source>
        <translation>Cyn i chi orffen, gallwch nodi&apos;r hyn a gawsoch o&apos;r modiwl hwn. Mae&apos;r ddau flwch yn ddewisol. Caiff eich myfyrdod ei gadw gyda&apos;ch cynnydd yn y proffil hwn ac nid yw wedi&apos;i amgryptio, felly peidiwch ag ysgrifennu enwau, cyfeirnodau achos nac unrhyw beth arall a allai ddatgelu pwy yw person rydych chi&apos;n ei oruchwylio.</translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation>Beth ddysgais i</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <source>What I &amp;learnt:</source>
        <translation>&amp;Beth ddysgais i:</translation>
    </message>
    <message>
        <source>How I will use it</source>
        <translation>Sut y bydda i&apos;n ei ddefnyddio</translation>
    </message>
    <message>
        <source>How I will &amp;use it in practice:</source>
        <translation>Sut y bydda i&apos;n ei &amp;ddefnyddio yn fy ymarfer:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>D&amp;iddymu</translation>
    </message>
    <message>
        <source>Cancel and go back to the module</source>
        <translation>Diddymu a mynd yn ôl i&apos;r modiwl</translation>
    </message>
    <message>
        <source>&amp;Save and complete</source>
        <translation>C&amp;adw a chwblhau</translation>
    </message>
    <message>
        <source>Save and complete</source>
        <translation>Cadw a chwblhau</translation>
    </message>
    <message>
        <source>Complete: {module}</source>
        <translation>Cwblhau: {module}</translation>
    </message>
    <message>
        <source>Link: {text}</source>
        <extracomment>said when Tab reaches a link in the module text</extracomment>
        <translation>Dolen: {text}</translation>
    </message>
    <message>
        <source>Table: {headers}</source>
        <translation>Tabl: {headers}</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Picture without a description</source>
        <translation>Llun heb ddisgrifiad</translation>
    </message>
    <message>
        <source>[Image not shown: {description}]</source>
        <translation>[Delwedd heb ei dangos: {description}]</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Rhybudd cynnwys</translation>
    </message>
    <message>
        <source>You can read it now, or skip this section and carry on with the next one.</source>
        <translation>Gallwch ei darllen nawr, neu hepgor yr adran hon a symud ymlaen i&apos;r un nesaf.</translation>
    </message>
    <message>
        <source>&amp;Show this section</source>
        <translation>&amp;Dangos yr adran hon</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Dangos yr adran hon</translation>
    </message>
    <message>
        <source>S&amp;kip this section</source>
        <translation>&amp;Hepgor yr adran hon</translation>
    </message>
    <message>
        <source>Skip this section</source>
        <translation>Hepgor yr adran hon</translation>
    </message>
    <message>
        <source>The section “{section}” contains material some people may find distressing.</source>
        <translation>Mae&apos;r adran “{section}” yn cynnwys deunydd a allai beri gofid i rai pobl.</translation>
    </message>
    <message>
        <source>Content warning: {warning}</source>
        <translation>Rhybudd cynnwys: {warning}</translation>
    </message>
    <message>
        <source>How sure are you of this answer?</source>
        <translation>Pa mor siŵr ydych chi o&apos;r ateb hwn?</translation>
    </message>
    <message>
        <source>Alt+{key}. If right {right}, if wrong {wrong}</source>
        <translation>Alt+{key}. Os yw&apos;n gywir {right}, os yw&apos;n anghywir {wrong}</translation>
    </message>
    <message>
        <source>Answer options: choose one</source>
        <translation>Dewisiadau ateb: dewiswch un</translation>
    </message>
    <message>
        <source>Answer options: tick all that apply (Space ticks)</source>
        <translation>Dewisiadau ateb: ticiwch bob un sy&apos;n berthnasol (mae&apos;r Bylchwr yn ticio)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Gwir</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gau</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Gwir neu gau</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Read more: {where}</source>
        <translation>Darllen rhagor: {where}</translation>
    </message>
    <message>
        <source>Opens this section in Learn</source>
        <translation>Yn agor yr adran hon yn Dysgu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Amser a gymerwyd</translation>
    </message>
    <message>
        <source>Your attempts at this quiz</source>
        <translation>Eich ymdrechion ar y cwis hwn</translation>
    </message>
    <message>
        <source>Newest first. Time taken counts the time spent on the questions.</source>
        <translation>Y diweddaraf yn gyntaf. Mae&apos;r amser a gymerwyd yn cyfrif yr amser a dreuliwyd ar y cwestiynau.</translation>
    </message>
    <message>
        <source>{started}, {mode}, score {score}, {result}, {time}</source>
        <translation>{started}, {mode}, sgôr {score}, {result}, {time}</translation>
    </message>
    <message>
        <source>Choose one answer (arrow keys move between them), then press Return.</source>
        <translation>Dewiswch un ateb (mae&apos;r bysellau saeth yn symud rhyngddynt), yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Tick all that apply (Tab moves, Space ticks), then press Return.</source>
        <translation>Ticiwch bob un sy&apos;n berthnasol (mae Tab yn symud, mae&apos;r Bylchwr yn ticio), yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Choose true or false, then press Return.</source>
        <translation>Dewiswch ‘Gwir’ neu ‘Gau’, yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Put the items in order: choose one with the Up and Down keys, move it with Alt+Up and Alt+Down, then press Return. If the order shown is already right, tick Keep this order (Alt+K).</source>
        <translation>Rhowch yr eitemau mewn trefn: dewiswch un gyda&apos;r bysellau Saeth i Fyny a Saeth i Lawr, symudwch hi gydag Alt+Saeth i Fyny ac Alt+Saeth i Lawr, yna pwyswch Return. Os yw&apos;r drefn a ddangosir eisoes yn gywir, ticiwch Cadw&apos;r drefn hon (Alt+R).</translation>
    </message>
    <message>
        <source>Choose a match for each item (Up and Down change the choice), then press Return.</source>
        <translation>Dewiswch ateb cyfatebol i bob eitem (mae Saeth i Fyny a Saeth i Lawr yn newid y dewis), yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Type your answer, then press Return.</source>
        <translation>Teipiwch eich ateb, yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Type a number (digits, with a full stop for decimals), then press Return.</source>
        <translation>Teipiwch rif (digidau, gydag atalnod llawn ar gyfer degolion), yna pwyswch Return.</translation>
    </message>
    <message>
        <source>A scenario: choose what you would do at each step, and press Return to go on.</source>
        <translation>Senario: dewiswch beth fyddech chi&apos;n ei wneud ar bob cam, a phwyswch Return i fynd ymlaen.</translation>
    </message>
    <message>
        <source>{section} (module: {module})</source>
        <translation>{section} (modiwl: {module})</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cwis</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Best assessed score</source>
        <translation>Sgôr orau wedi&apos;i hasesu</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Cwisiau</translation>
    </message>
    <message>
        <source>Check your learning. Choose a quiz and press Enter to open it. There is no time limit, and your answers are saved as you go.</source>
        <translation>Gwiriwch eich dysgu. Dewiswch gwis a phwyswch Enter i&apos;w agor. Does dim terfyn amser, ac mae eich atebion yn cael eu cadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>No quizzes are installed yet.</source>
        <translation>Does dim cwisiau wedi&apos;u gosod eto.</translation>
    </message>
    <message>
        <source>Enter opens the chosen quiz</source>
        <translation>Mae Enter yn agor y cwis a ddewiswyd</translation>
    </message>
    <message>
        <source>{quiz}. {count} questions. {status}. Best assessed score {best}.</source>
        <translation>{quiz}. Cwestiynau: {count}. {status}. Sgôr orau wedi&apos;i hasesu: {best}.</translation>
    </message>
    <message>
        <source>Some quiz files have problems, so the quizzes in them are not listed (the others work as normal):</source>
        <translation>Mae problemau gyda rhai ffeiliau cwis, felly nid yw&apos;r cwisiau ynddynt wedi&apos;u rhestru (mae&apos;r lleill yn gweithio fel arfer):</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, llinell {line}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more. Run &apos;nps-trainer content check&apos; for the full list.</source>
        <translation>… a {count} arall. Rhedwch &apos;nps-trainer content check&apos; i gael y rhestr lawn.</translation>
    </message>
    <message>
        <source>Choose a match…</source>
        <translation>Dewiswch ateb cyfatebol…</translation>
    </message>
    <message>
        <source>Up and Down choose the matching answer; Alt+Down opens the list</source>
        <translation>Mae Saeth i Fyny a Saeth i Lawr yn dewis yr ateb cyfatebol; mae Alt+Saeth i Lawr yn agor y rhestr</translation>
    </message>
    <message>
        <source>Type a number, such as 3 or 3.5, then press Return to submit it</source>
        <translation>Teipiwch rif, fel 3 neu 3.5, yna pwyswch Return i&apos;w gyflwyno</translation>
    </message>
    <message>
        <source>A number, such as 3.5</source>
        <translation>Rhif, fel 3.5</translation>
    </message>
    <message>
        <source>Your &amp;answer (a number):</source>
        <translation>Eich &amp;ateb (rhif):</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type digits, such as 3 or 3.5 (a full stop for decimals).</source>
        <translation>Nid yw &apos;{text}&apos; yn rhif: teipiwch ddigidau, fel 3 neu 3.5 (atalnod llawn ar gyfer degolion).</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>Eitemau i&apos;w rhoi mewn trefn</translation>
    </message>
    <message>
        <source>Up and Down choose an item; Alt+Up and Alt+Down move it</source>
        <translation>Mae Saeth i Fyny a Saeth i Lawr yn dewis eitem; mae Alt+Saeth i Fyny ac Alt+Saeth i Lawr yn ei symud</translation>
    </message>
    <message>
        <source>&amp;Keep this order as my answer</source>
        <translation>Cadw&apos;r d&amp;refn hon fel fy ateb</translation>
    </message>
    <message>
        <source>Keep this order as my answer</source>
        <translation>Cadw&apos;r drefn hon fel fy ateb</translation>
    </message>
    <message>
        <source>Tick to answer with the order shown; moving an item ticks it too</source>
        <translation>Ticiwch i ateb gyda&apos;r drefn a ddangosir; mae symud eitem yn ei thicio hefyd</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Symud i fyny (Alt+Saeth i Fyny)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Moves the chosen item one place up (Alt+Up)</source>
        <translation>Yn symud yr eitem a ddewiswyd un lle i fyny (Alt+Saeth i Fyny)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Symud i lawr (Alt+Saeth i Lawr)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Moves the chosen item one place down (Alt+Down)</source>
        <translation>Yn symud yr eitem a ddewiswyd un lle i lawr (Alt+Saeth i Lawr)</translation>
    </message>
    <message>
        <source>Moved “{item}” to position {position} of {count}.</source>
        <translation>Symudwyd “{item}” i safle {position} o {count}.</translation>
    </message>
    <message>
        <source>Moved to position {position} of {count}.</source>
        <translation>Symudwyd i safle {position} o {count}.</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Cyflwyno&apos;r ateb</translation>
    </message>
    <message>
        <source>Shortcut: Return</source>
        <translation>Llwybr byr: Return</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>F&amp;inish quiz</source>
        <translation>Gorffen y cw&amp;is</translation>
    </message>
    <message>
        <source>&amp;Leave for now</source>
        <translation>&amp;Gadael am y tro</translation>
    </message>
    <message>
        <source>Your answers are saved; you can carry on later</source>
        <translation>Mae eich atebion wedi&apos;u cadw; gallwch barhau yn nes ymlaen</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation>Cwestiwn {number}: {question}</translation>
    </message>
    <message>
        <source>Question {number} of {total}  ·  Practice  ·  {answered} answered  ·  No time limit</source>
        <translation>Cwestiwn {number} o {total}  ·  Ymarfer  ·  Wedi&apos;u hateb: {answered}  ·  Dim terfyn amser</translation>
    </message>
    <message>
        <source>Question {number} of {total}  ·  Assessed  ·  {answered} answered  ·  No time limit</source>
        <translation>Cwestiwn {number} o {total}  ·  Wedi&apos;i asesu  ·  Wedi&apos;u hateb: {answered}  ·  Dim terfyn amser</translation>
    </message>
    <message>
        <source>Make this choice</source>
        <translation>Gwneud y dewis hwn</translation>
    </message>
    <message>
        <source>Make this choice (Return)</source>
        <translation>Gwneud y dewis hwn (Return)</translation>
    </message>
    <message>
        <source>Submit answer (Return)</source>
        <translation>Cyflwyno&apos;r ateb (Return)</translation>
    </message>
    <message>
        <source>Choose an answer first, then press Return. Next (Alt+N) skips this question.</source>
        <translation>Dewiswch ateb yn gyntaf, yna pwyswch Return. Mae Nesaf (Alt+N) yn hepgor y cwestiwn hwn.</translation>
    </message>
    <message>
        <source>That was the last question. Choose Finish quiz (Alt+I) to see your results.</source>
        <translation>Dyna&apos;r cwestiwn olaf. Dewiswch Gorffen y cwis (Alt+I) i weld eich canlyniadau.</translation>
    </message>
    <message>
        <source>Say how sure you are of this answer (Alt+1, Alt+2 or Alt+3), then press Return.</source>
        <translation>Dywedwch pa mor siŵr ydych chi o&apos;r ateb hwn (Alt+1, Alt+2 neu Alt+3), yna pwyswch Return.</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Ateb heb ei gadw</translation>
    </message>
    <message>
        <source>That answer could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r ateb hwnnw: {reason}</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Ateb wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Answer saved. That was the last question: choose Finish quiz (Alt+I) when you are ready.</source>
        <translation>Ateb wedi&apos;i gadw. Dyna&apos;r cwestiwn olaf: dewiswch Gorffen y cwis (Alt+I) pan fyddwch yn barod.</translation>
    </message>
    <message>
        <source>Scenario finished. Your path is saved.</source>
        <translation>Senario wedi&apos;i orffen. Mae eich llwybr wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Finish the quiz?</source>
        <translation>Gorffen y cwis?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are not answered yet and will score 0. Finish now?</source>
        <translation>
            <numerusform>Does dim cwestiynau heb eu hateb. Gorffen nawr?</numerusform>
            <numerusform>Nid yw %n cwestiwn wedi&apos;i ateb eto, a bydd yn sgorio 0. Gorffen nawr?</numerusform>
            <numerusform>Nid yw %n o gwestiynau wedi&apos;u hateb eto, a byddant yn sgorio 0. Gorffen nawr?</numerusform>
            <numerusform>Nid yw %n o gwestiynau wedi&apos;u hateb eto, a byddant yn sgorio 0. Gorffen nawr?</numerusform>
            <numerusform>Nid yw %n o gwestiynau wedi&apos;u hateb eto, a byddant yn sgorio 0. Gorffen nawr?</numerusform>
        </translation>
    </message>
    <message>
        <source>How sure you were</source>
        <translation>Pa mor siŵr oeddech chi</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Ailsefyll</translation>
    </message>
    <message>
        <source>Starts a new attempt in the same mode</source>
        <translation>Yn dechrau ymdrech newydd yn yr un modd</translation>
    </message>
    <message>
        <source>Your a&amp;ttempts</source>
        <translation>Eich ym&amp;drechion</translation>
    </message>
    <message>
        <source>&amp;Back to quizzes</source>
        <translation>&amp;Yn ôl i&apos;r cwisiau</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Adolygiad o&apos;ch atebion</translation>
    </message>
    <message>
        <source>Tab moves between the &apos;Read more&apos; links; Enter opens one in Learn</source>
        <translation>Mae Tab yn symud rhwng y dolenni &apos;Darllen rhagor&apos;; mae Enter yn agor un yn Dysgu</translation>
    </message>
    <message>
        <source>Results: {quiz}</source>
        <translation>Canlyniadau: {quiz}</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>{answered} o {total} cwestiwn wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>You scored {score} in practice</source>
        <translation>Eich sgôr wrth ymarfer oedd {score}</translation>
    </message>
    <message>
        <source>You scored {score} in practice. Only an assessed attempt can pass; the pass mark is {pass_mark}.</source>
        <translation>Eich sgôr wrth ymarfer oedd {score}. Dim ond ymdrech wedi&apos;i hasesu all lwyddo; y marc llwyddo yw {pass_mark}.</translation>
    </message>
    <message>
        <source>Pass mark {pass_mark} (assessed attempts only)  ·  Practice mode  ·  {answered}</source>
        <translation>Marc llwyddo {pass_mark} (ymdrechion wedi&apos;u hasesu yn unig)  ·  Modd ymarfer  ·  {answered}</translation>
    </message>
    <message>
        <source>You scored {score}: passed</source>
        <translation>Eich sgôr oedd {score}: wedi llwyddo</translation>
    </message>
    <message>
        <source>You scored {score}: passed. The pass mark is {pass_mark}.</source>
        <translation>Eich sgôr oedd {score}: wedi llwyddo. Y marc llwyddo yw {pass_mark}.</translation>
    </message>
    <message>
        <source>You scored {score}: not yet passed</source>
        <translation>Eich sgôr oedd {score}: heb lwyddo eto</translation>
    </message>
    <message>
        <source>You scored {score}: not yet passed. The pass mark is {pass_mark}.</source>
        <translation>Eich sgôr oedd {score}: heb lwyddo eto. Y marc llwyddo yw {pass_mark}.</translation>
    </message>
    <message>
        <source>Pass mark {pass_mark}  ·  {mode} mode  ·  {answered}</source>
        <translation>Marc llwyddo {pass_mark}  ·  Modd: {mode}  ·  {answered}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Cwestiwn {number}</translation>
    </message>
    <message>
        <source>Scenarios are not marked for certainty, so these figures leave them out.</source>
        <translation>Nid yw senarios yn cael eu marcio ar sail sicrwydd, felly mae&apos;r ffigurau hyn yn eu hepgor.</translation>
    </message>
    <message>
        <source>Certainty-based marking</source>
        <translation>Marcio ar sail sicrwydd</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Correct</source>
        <comment>a quiz answer</comment>
        <translation>Cywir</translation>
    </message>
    <message>
        <source>Partly right ({percent})</source>
        <extracomment>{percent}: how much of the answer was right, such as 50%</extracomment>
        <translation>Yn rhannol gywir ({percent})</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Anghywir</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Eich ateb:</translation>
    </message>
    <message>
        <source>The right answer:</source>
        <translation>Yr ateb cywir:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Adborth:</translation>
    </message>
    <message>
        <source>Your path through the scenario:</source>
        <translation>Eich llwybr drwy&apos;r senario:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pam:</translation>
    </message>
    <message>
        <source>Read more: {link}</source>
        <extracomment>{link}: the section and module to read, as a link</extracomment>
        <translation>Darllen rhagor: {link}</translation>
    </message>
    <message>
        <source>{verdict}. Your answer: {answer}.</source>
        <translation>{verdict}. Eich ateb: {answer}.</translation>
    </message>
    <message>
        <source>The right answer: {answer}.</source>
        <translation>Yr ateb cywir: {answer}.</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Gorau</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Derbyniol</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Peryglus</translation>
    </message>
    <message>
        <source>Rated best: {rationale}</source>
        <extracomment>What a screen reader says after the choice made: &apos;Rated best: ...&apos; (one sentence per rating).</extracomment>
        <translation>Gradd: gorau. {rationale}</translation>
    </message>
    <message>
        <source>Rated acceptable: {rationale}</source>
        <translation>Gradd: derbyniol. {rationale}</translation>
    </message>
    <message>
        <source>Rated risky: {rationale}</source>
        <translation>Gradd: peryglus. {rationale}</translation>
    </message>
    <message>
        <source>What you have done so far</source>
        <translation>Beth rydych chi wedi&apos;i wneud hyd yma</translation>
    </message>
    <message>
        <source>What do you do? Choose one, then press Return</source>
        <translation>Beth ydych chi&apos;n ei wneud? Dewiswch un, yna pwyswch Return</translation>
    </message>
    <message>
        <source>Step {number}.</source>
        <translation>Cam {number}.</translation>
    </message>
    <message>
        <source>You chose: {choice}.</source>
        <translation>Eich dewis: {choice}.</translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation>Beth ydych chi&apos;n ei wneud?</translation>
    </message>
    <message>
        <source>The end: {ending}</source>
        <translation>Y diwedd: {ending}</translation>
    </message>
    <message>
        <source>You have reached the end of this scenario.</source>
        <translation>Rydych chi wedi cyrraedd diwedd y senario hwn.</translation>
    </message>
    <message>
        <source>Your path is reviewed with your results.</source>
        <translation>Caiff eich llwybr ei adolygu gyda&apos;ch canlyniadau.</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Ymarf&amp;er</translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation>Wedi&apos;i &amp;asesu</translation>
    </message>
    <message>
        <source>&amp;Certainty-based marking</source>
        <translation>Marcio ar sail &amp;sicrwydd</translation>
    </message>
    <message>
        <source>See whether each answer is right, with the explanation, as soon as you answer.</source>
        <translation>Gweld a yw pob ateb yn gywir, gyda&apos;r esboniad, cyn gynted ag y byddwch yn ateb.</translation>
    </message>
    <message>
        <source>Answer every question, then see your score and a review of each answer.</source>
        <translation>Ateb pob cwestiwn, yna gweld eich sgôr ac adolygiad o bob ateb.</translation>
    </message>
    <message>
        <source>This quiz is taken in practice mode.</source>
        <translation>Cwis ymarfer yw hwn.</translation>
    </message>
    <message>
        <source>This quiz is taken in assessed mode.</source>
        <translation>Cwis wedi&apos;i asesu yw hwn.</translation>
    </message>
    <message>
        <source>Practice only: with each answer, say how sure you are (Not sure, Fairly sure or Very sure). {marks} Your results show whether you were over- or under-confident.</source>
        <extracomment>{marks}: the marks for each level of certainty, explained in a sentence or two</extracomment>
        <translation>Ymarfer yn unig: gyda phob ateb, dywedwch pa mor siŵr ydych chi (Ansicr, Eithaf siŵr neu Siŵr iawn). {marks} Bydd eich canlyniadau&apos;n dangos a oeddech chi&apos;n rhy hyderus neu ddim yn ddigon hyderus.</translation>
    </message>
    <message>
        <source>Mode</source>
        <comment>quiz mode</comment>
        <translation>Modd</translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation>&amp;Dechrau&apos;r cwis</translation>
    </message>
    <message>
        <source>Starts a new attempt in the chosen mode</source>
        <translation>Yn dechrau ymdrech newydd yn y modd a ddewiswyd</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>Eich ymdrechion</translation>
    </message>
    <message>
        <source>You have not taken this quiz yet.</source>
        <translation>Nid ydych wedi sefyll y cwis hwn eto.</translation>
    </message>
    <message>
        <source>Drawn from: {modules}
Questions: {count}
Pass mark: {pass_mark}
No time limit. Your answers are saved as you go, so you can stop and carry on later.</source>
        <translation>Yn seiliedig ar: {modules}
Cwestiynau: {count}
Marc llwyddo: {pass_mark}
Dim terfyn amser. Mae eich atebion yn cael eu cadw wrth i chi fynd, felly gallwch stopio a pharhau yn nes ymlaen.</translation>
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
        <source>Not yet passed</source>
        <translation>Heb lwyddo eto</translation>
    </message>
    <message>
        <source>Practised (not assessed)</source>
        <translation>Wedi ymarfer (heb ei asesu)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a duration in seconds</comment>
        <translation>{seconds} eiliad</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <comment>a duration</comment>
        <translation>{minutes} mun {seconds} eiliad</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>a duration in minutes</comment>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>a duration</comment>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <source>Practice</source>
        <comment>quiz mode</comment>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>quiz mode</comment>
        <translation>Wedi&apos;i asesu</translation>
    </message>
    <message>
        <source>Set aside (started again)</source>
        <translation>Wedi&apos;i roi o&apos;r neilltu (dechreuwyd eto)</translation>
    </message>
    <message>
        <source>Practice (not assessed)</source>
        <translation>Ymarfer (heb ei asesu)</translation>
    </message>
    <message>
        <source>Type your answer, then press Return to submit it</source>
        <translation>Teipiwch eich ateb, yna pwyswch Return i&apos;w gyflwyno</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Eich &amp;ateb:</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Gloywi</translation>
    </message>
    <message numerus="yes">
        <source>Start the refresher: %n question(s) to answer now</source>
        <translation>
            <numerusform>Dechrau Gloywi: dim cwestiynau i&apos;w hateb nawr</numerusform>
            <numerusform>Dechrau Gloywi: %n cwestiwn i&apos;w ateb nawr</numerusform>
            <numerusform>Dechrau Gloywi: %n o gwestiynau i&apos;w hateb nawr</numerusform>
            <numerusform>Dechrau Gloywi: %n o gwestiynau i&apos;w hateb nawr</numerusform>
            <numerusform>Dechrau Gloywi: %n o gwestiynau i&apos;w hateb nawr</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the refresher</source>
        <translation>Agor Gloywi</translation>
    </message>
    <message>
        <source>How sure you are sets when the question comes back: a right answer you were very sure of comes back later, one you were not sure of sooner. Nothing is marked.</source>
        <translation>Mae eich sicrwydd yn pennu pryd y daw&apos;r cwestiwn yn ôl: daw ateb cywir yr oeddech chi&apos;n siŵr iawn ohono yn ôl yn nes ymlaen, ac un yr oeddech chi&apos;n ansicr ohono yn gynt. Does dim yn cael ei farcio.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Darllen rhagor</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Cwestiwn &amp;nesaf</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <source>&amp;Stop for now</source>
        <translation>&amp;Stopio am y tro</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Stopio am y tro</translation>
    </message>
    <message>
        <source>Your answers so far are saved; the questions left wait for you</source>
        <translation>Mae eich atebion hyd yma wedi&apos;u cadw; bydd y cwestiynau sydd ar ôl yn aros amdanoch chi</translation>
    </message>
    <message>
        <source>What you have done in the refresher</source>
        <translation>Beth rydych chi wedi&apos;i wneud yn Gloywi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Yn ôl i ble roeddech chi</translation>
    </message>
    <message>
        <source>Returns to {section}</source>
        <translation>Yn mynd yn ôl i&apos;r adran {section}</translation>
    </message>
    <message>
        <source>Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due today</source>
        <translation>Cwestiwn {number} o {total}  ·  o&apos;r cwis “{quiz}”  ·  i&apos;w ateb heddiw</translation>
    </message>
    <message>
        <source>Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due tomorrow</source>
        <translation>Cwestiwn {number} o {total}  ·  o&apos;r cwis “{quiz}”  ·  i&apos;w ateb yfory</translation>
    </message>
    <message>
        <source>Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due since {day}</source>
        <extracomment>{day}: a day&apos;s name and date, such as &apos;Friday 4 December&apos;</extracomment>
        <translation>Cwestiwn {number} o {total}  ·  o&apos;r cwis “{quiz}”  ·  i&apos;w ateb ers {day}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Finish the refresher</source>
        <translation>Gorffen Gloywi</translation>
    </message>
    <message>
        <source>Choose an answer first, then press Return. Stop for now is Alt+S.</source>
        <translation>Dewiswch ateb yn gyntaf, yna pwyswch Return. Alt+S yw Stopio am y tro.</translation>
    </message>
    <message>
        <source>Answer not checked</source>
        <translation>Ateb heb ei wirio</translation>
    </message>
    <message>
        <source>That answer could not be checked: {reason}</source>
        <translation>Nid oedd modd gwirio&apos;r ateb hwnnw: {reason}</translation>
    </message>
    <message>
        <source>This answer could not be saved, so the question stays due. Go on to the next one (Alt+N), or try again later.</source>
        <translation>Nid oedd modd cadw&apos;r ateb hwn, felly mae&apos;r cwestiwn yn dal i aros i&apos;w ateb. Ewch ymlaen i&apos;r un nesaf (Alt+N), neu rhowch gynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Saved. This question comes back {when}.</source>
        <extracomment>{when}: &apos;today&apos;, &apos;tomorrow&apos; or &apos;on Tuesday 8 December&apos;</extracomment>
        <translation>Wedi&apos;i gadw. Daw&apos;r cwestiwn hwn yn ôl {when}.</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n question(s) and got {right} right.</source>
        <translation>
            <numerusform>Fe wnaethoch adolygu %n cwestiwn a chael {right} yn gywir.</numerusform>
            <numerusform>Fe wnaethoch adolygu %n cwestiwn a chael {right} yn gywir.</numerusform>
            <numerusform>Fe wnaethoch adolygu %n o gwestiynau a chael {right} yn gywir.</numerusform>
            <numerusform>Fe wnaethoch adolygu %n o gwestiynau a chael {right} yn gywir.</numerusform>
            <numerusform>Fe wnaethoch adolygu %n o gwestiynau a chael {right} yn gywir.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped before answering a question: nothing was saved.</source>
        <translation>Fe wnaethoch stopio cyn ateb cwestiwn: ni chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Nothing is due in your refresher today.</source>
        <translation>Does dim i&apos;w ateb yn Gloywi heddiw.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are still due today: open the refresher again to answer them.</source>
        <translation>
            <numerusform>Does dim cwestiynau&apos;n dal i aros heddiw.</numerusform>
            <numerusform>Mae %n cwestiwn yn dal i aros i&apos;w ateb heddiw: agorwch Gloywi eto i&apos;w ateb.</numerusform>
            <numerusform>Mae %n o gwestiynau&apos;n dal i aros i&apos;w hateb heddiw: agorwch Gloywi eto i&apos;w hateb.</numerusform>
            <numerusform>Mae %n o gwestiynau&apos;n dal i aros i&apos;w hateb heddiw: agorwch Gloywi eto i&apos;w hateb.</numerusform>
            <numerusform>Mae %n o gwestiynau&apos;n dal i aros i&apos;w hateb heddiw: agorwch Gloywi eto i&apos;w hateb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have answered today&apos;s %n question(s); {more}</source>
        <extracomment>{more}: &apos;2 more are due and will be asked from tomorrow.&apos; (translated on its own)</extracomment>
        <translation>
            <numerusform>Rydych chi wedi ateb %n cwestiwn heddiw; {more}</numerusform>
            <numerusform>Rydych chi wedi ateb %n cwestiwn heddiw; {more}</numerusform>
            <numerusform>Rydych chi wedi ateb %n o gwestiynau heddiw; {more}</numerusform>
            <numerusform>Rydych chi wedi ateb %n o gwestiynau heddiw; {more}</numerusform>
            <numerusform>Rydych chi wedi ateb %n o gwestiynau heddiw; {more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are due and will be asked from tomorrow.</source>
        <comment>after a semicolon, so lower case</comment>
        <translation>
            <numerusform>does dim rhagor i&apos;w hateb.</numerusform>
            <numerusform>mae %n arall i&apos;w ateb, a chaiff ei ofyn o yfory ymlaen.</numerusform>
            <numerusform>mae %n arall i&apos;w hateb, a chânt eu gofyn o yfory ymlaen.</numerusform>
            <numerusform>mae %n arall i&apos;w hateb, a chânt eu gofyn o yfory ymlaen.</numerusform>
            <numerusform>mae %n arall i&apos;w hateb, a chânt eu gofyn o yfory ymlaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished for now</source>
        <translation>Wedi gorffen am y tro</translation>
    </message>
    <message>
        <source>Your reflection on “{module}” is not saved, and the module is not marked complete.

Discard it? Choose No to go back and save it.</source>
        <translation>Nid yw eich myfyrdod ar “{module}” wedi&apos;i gadw, ac nid yw&apos;r modiwl wedi&apos;i farcio&apos;n gyflawn.

Ei waredu? Dewiswch Na i fynd yn ôl a&apos;i gadw.</translation>
    </message>
    <message>
        <source>Your reflection on this module is not saved, and the module is not marked complete.

Discard it? Choose No to go back and save it.</source>
        <translation>Nid yw eich myfyrdod ar y modiwl hwn wedi&apos;i gadw, ac nid yw&apos;r modiwl wedi&apos;i farcio&apos;n gyflawn.

Ei waredu? Dewiswch Na i fynd yn ôl a&apos;i gadw.</translation>
    </message>
    <message>
        <source>Discard your reflection?</source>
        <translation>Gwaredu&apos;ch myfyrdod?</translation>
    </message>
    <message>
        <source>Open in Quizzes</source>
        <translation>Agor yn Cwisiau</translation>
    </message>
    <message>
        <source>This is a quiz: open it in Quizzes.</source>
        <translation>Cwis yw hwn: agorwch ef yn Cwisiau.</translation>
    </message>
    <message>
        <source>Module not available</source>
        <translation>Nid yw&apos;r modiwl ar gael</translation>
    </message>
    <message>
        <source>The module “{module}” is not installed or could not be loaded.</source>
        <translation>Nid yw&apos;r modiwl “{module}” wedi&apos;i osod, neu nid oedd modd ei lwytho.</translation>
    </message>
    <message>
        <source>Completed: {module}. Your progress is saved.</source>
        <translation>Wedi&apos;i gwblhau: {module}. Mae eich cynnydd wedi&apos;i gadw.</translation>
    </message>
    <message numerus="yes">
        <source>“{module}” is not complete yet: %n of {total} sections are still unread:

{sections}

Read them (choose from Contents), then choose Complete module again.</source>
        <extracomment>%n: the sections unread; {total}: the module&apos;s sections; {sections}: the unread ones, a line each</extracomment>
        <translation>
            <numerusform>Nid yw “{module}” yn gyflawn eto: mae %n o&apos;r {total} adran heb eu darllen:

{sections}

Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Nid yw “{module}” yn gyflawn eto: mae %n o&apos;r {total} adran heb ei darllen:

{sections}

Darllenwch hi (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Nid yw “{module}” yn gyflawn eto: mae %n o&apos;r {total} adran heb eu darllen:

{sections}

Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Nid yw “{module}” yn gyflawn eto: mae %n o&apos;r {total} adran heb eu darllen:

{sections}

Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
            <numerusform>Nid yw “{module}” yn gyflawn eto: mae %n o&apos;r {total} adran heb eu darllen:

{sections}

Darllenwch nhw (dewiswch o&apos;r Cynnwys), yna dewiswch Cwblhau&apos;r modiwl eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections still unread</source>
        <translation>Adrannau heb eu darllen eto</translation>
    </message>
    <message>
        <source>Quiz not available</source>
        <translation>Nid yw&apos;r cwis ar gael</translation>
    </message>
    <message>
        <source>The quiz “{quiz}” is not installed or has problems.</source>
        <translation>Nid yw&apos;r cwis “{quiz}” wedi&apos;i osod, neu mae problemau ag ef.</translation>
    </message>
    <message>
        <source>Quiz changed</source>
        <extracomment>{problem}: why the unfinished attempt cannot be resumed</extracomment>
        <translation>Mae&apos;r cwis wedi newid</translation>
    </message>
    <message>
        <source>{problem}

Your earlier answers stay in your history. You can start a fresh attempt now.</source>
        <translation>{problem}

Mae eich atebion cynharach yn aros yn eich hanes. Gallwch ddechrau ymdrech newydd nawr.</translation>
    </message>
    <message>
        <source>You have an unfinished attempt at this quiz, started {started}, with {answered} of {total} questions answered. The quiz has been updated since you started; your answers are kept.

Resume it where you left off? Choose No to start again.</source>
        <translation>Mae gennych ymdrech anorffenedig ar y cwis hwn, a ddechreuwyd {started}, gyda {answered} o {total} cwestiwn wedi&apos;u hateb. Mae&apos;r cwis wedi&apos;i ddiweddaru ers i chi ddechrau; mae eich atebion wedi&apos;u cadw.

Parhau o&apos;r man lle gwnaethoch adael? Dewiswch Na i ddechrau eto.</translation>
    </message>
    <message>
        <source>You have an unfinished attempt at this quiz, started {started}, with {answered} of {total} questions answered.

Resume it where you left off? Choose No to start again.</source>
        <translation>Mae gennych ymdrech anorffenedig ar y cwis hwn, a ddechreuwyd {started}, gyda {answered} o {total} cwestiwn wedi&apos;u hateb.

Parhau o&apos;r man lle gwnaethoch adael? Dewiswch Na i ddechrau eto.</translation>
    </message>
    <message>
        <source>Resume quiz?</source>
        <translation>Parhau â&apos;r cwis?</translation>
    </message>
    <message>
        <source>Your answers are saved. Open the quiz again to carry on.</source>
        <translation>Mae eich atebion wedi&apos;u cadw. Agorwch y cwis eto i barhau.</translation>
    </message>
    <message>
        <source>Read more in Learn: {where}.</source>
        <translation>Darllen rhagor yn Dysgu: {where}.</translation>
    </message>
</context>
</TS>
