<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>&lt;p&gt;Training, quizzes and NPS-aware screening for probation practitioners in England and Wales.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hyfforddiant, cwisiau a sgrinio sy&apos;n ystyried NPS ar gyfer ymarferwyr prawf yng Nghymru a Lloegr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Content:&lt;/b&gt; {title}, version {version}&lt;br&gt;&lt;b&gt;Content folder:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Logs:&lt;/b&gt; {logs}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cynnwys:&lt;/b&gt; {title}, fersiwn {version}&lt;br&gt;&lt;b&gt;Ffolder cynnwys:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Cronfa ddata:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Logiau:&lt;/b&gt; {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is training, not clinical advice. In an emergency call 999. For clinical questions contact your local drug service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hyfforddiant yw hwn, nid cyngor clinigol. Mewn argyfwng, ffoniwch 999. Am gwestiynau clinigol, cysylltwch â&apos;ch gwasanaeth camddefnyddio sylweddau lleol.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NPS Trainer icon</source>
        <translation>Eicon NPS Trainer</translation>
    </message>
    <message>
        <source>About NPS Trainer</source>
        <translation>Ynghylch NPS Trainer</translation>
    </message>
    <message>
        <source>NPS Trainer could not save because the disk is full. Free some space, then try again. Everything saved before this is safe.</source>
        <translation>Methodd NPS Trainer â chadw am fod y ddisg yn llawn. Rhyddhewch ychydig o le, yna rhowch gynnig arall arni. Mae popeth a gadwyd cyn hyn yn ddiogel.</translation>
    </message>
    <message>
        <source>NPS Trainer could not save because another program is holding the database. Wait a moment and try again. Everything saved before this is safe.</source>
        <translation>Methodd NPS Trainer â chadw am fod rhaglen arall yn dal y gronfa ddata. Arhoswch ennyd a rhowch gynnig arall arni. Mae popeth a gadwyd cyn hyn yn ddiogel.</translation>
    </message>
    <message>
        <source>NPS Trainer could not save because it is not allowed to write to its data folder or database. Ask your IT support to check the permissions. Everything saved before this is safe.</source>
        <translation>Methodd NPS Trainer â chadw am nad oes ganddo ganiatâd i ysgrifennu i&apos;w ffolder data na&apos;i gronfa ddata. Gofynnwch i&apos;ch tîm cymorth TG wirio&apos;r caniatadau. Mae popeth a gadwyd cyn hyn yn ddiogel.</translation>
    </message>
    <message>
        <source>NPS Trainer hit an unexpected problem. Everything saved before this is safe: answers save as you go.</source>
        <translation>Cafodd NPS Trainer broblem annisgwyl. Mae popeth a gadwyd cyn hyn yn ddiogel: mae atebion yn cael eu cadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>Why a save failed, a phrase that callers put inside a sentence of their own; shown as tr(reason).</extracomment>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>mae rhaglen arall yn defnyddio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>no permission to write to the database</source>
        <translation>dim caniatâd i ysgrifennu i&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>gwall annisgwyl ({kind})</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>The details could not be written to the log file either ({file}): its folder cannot be written to. If this keeps happening, tell your IT support.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r manylion i&apos;r ffeil log chwaith ({file}): nid oes modd ysgrifennu i&apos;w ffolder. Os yw hyn yn dal i ddigwydd, dywedwch wrth eich tîm cymorth TG.</translation>
    </message>
    <message>
        <source>Details (with no personal information) were written to:
{file}

If this keeps happening, send that file to your IT support.</source>
        <translation>Mae&apos;r manylion (heb unrhyw wybodaeth bersonol) wedi&apos;u hysgrifennu i:
{file}

Os yw hyn yn dal i ddigwydd, anfonwch y ffeil honno at eich tîm cymorth TG.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Manylion y gwall</translation>
    </message>
    <message>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation>Nid yw&apos;r dudalen hon wedi&apos;i chyfieithu eto, felly fe&apos;i dangosir yn Saesneg.</translation>
    </message>
    <message>
        <source>This translation has not yet been reviewed by a Welsh speaker.</source>
        <translation>Nid yw siaradwr Cymraeg wedi adolygu&apos;r cyfieithiad hwn eto.</translation>
    </message>
    <message>
        <source>NPS Trainer user guide</source>
        <translation>Canllaw defnyddiwr NPS Trainer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation>Geiriau i&apos;w canfod yn y canllaw</translation>
    </message>
    <message>
        <source>Lists only the pages that contain every word typed</source>
        <translation>Yn rhestru dim ond y tudalennau sy&apos;n cynnwys pob gair a deipiwyd</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>The guide&apos;s pages; Enter or a click opens one</source>
        <translation>Tudalennau&apos;r canllaw; mae Enter neu glic yn agor un</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>Cy&amp;nnwys:</translation>
    </message>
    <message>
        <source>No page has those words.</source>
        <translation>Nid oes tudalen sy&apos;n cynnwys y geiriau hynny.</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Tudalen y canllaw</translation>
    </message>
    <message>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>Mae Tab yn symud rhwng dolenni; mae Enter yn dilyn dolen</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the page before</source>
        <translation>Yn ôl i&apos;r dudalen flaenorol</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <comment>the shortcut: Alt and the left arrow key</comment>
        <translation>Alt+Saeth chwith</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cau&apos;r canllaw</translation>
    </message>
    <message>
        <source>{page} – NPS Trainer user guide</source>
        <translation>{page} – Canllaw defnyddiwr NPS Trainer</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in {file}</source>
        <extracomment>The windows&apos; icon: APP_ICON drawn at each size (packaging/make_icons.py --window-icons). Loading the SVG itself loaded Qt&apos;s SVG library at start, 1.4 MiB more for an icon only drawn once.</extracomment>
        <translation>gwall annisgwyl ({kind}); mae&apos;r manylion yn {file}</translation>
    </message>
    <message>
        <source>NPS Trainer cannot open its database</source>
        <translation>Ni all NPS Trainer agor ei gronfa ddata</translation>
    </message>
    <message>
        <source>Cannot use {folder}: {reason}. Nothing has been changed. Ask your IT support to let you write to that folder.</source>
        <translation>Methu defnyddio {folder}: {reason}. Nid oes dim wedi&apos;i newid. Gofynnwch i&apos;ch tîm cymorth TG adael i chi ysgrifennu i&apos;r ffolder hwnnw.</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} yn aros</translation>
    </message>
    <message>
        <source>{count} kept on this device</source>
        <translation>{count} wedi&apos;u cadw ar y ddyfais hon</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>pob un wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>last sent {time}</source>
        <translation>anfonwyd ddiwethaf {time}</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} wedi&apos;u gwrthod</translation>
    </message>
    <message>
        <source>The LRS refused {count}: {reason}</source>
        <translation>Gwrthododd yr LRS {count}: {reason}</translation>
    </message>
    <message>
        <source>not sent: will retry</source>
        <translation>heb eu hanfon: bydd yn ceisio eto</translation>
    </message>
    <message>
        <source>Last error ({time}): {error}</source>
        <translation>Gwall diwethaf ({time}): {error}</translation>
    </message>
    <message>
        <source>No learning record store is set up: records are kept on this device (File → Settings).</source>
        <translation>Nid oes storfa cofnodion dysgu wedi&apos;i gosod: mae cofnodion yn cael eu cadw ar y ddyfais hon (Ffeil → Gosodiadau).</translation>
    </message>
    <message>
        <source>Learning records: {status}</source>
        <translation>Cofnodion dysgu: {status}</translation>
    </message>
    <message>
        <source>Learning records status</source>
        <translation>Statws cofnodion dysgu</translation>
    </message>
    <message>
        <source>Suspected overdose? (F2)</source>
        <translation>Amau gorddos? (F2)</translation>
    </message>
    <message>
        <source>Everything entered so far is saved either way. A session kept can be resumed from Joint sessions.</source>
        <extracomment>The sidebar items&apos; padding and margin either side, in pixels (its width follows its text: _fit_nav). A property set on the joint session&apos;s console and room windows: their dialogs belong to the session.</extracomment>
        <translation>Mae popeth a roddwyd hyd yma wedi&apos;i gadw y naill ffordd neu&apos;r llall. Gellir ailddechrau sesiwn a gadwyd o Sesiynau ar y cyd.</translation>
    </message>
    <message>
        <source>NPS Trainer</source>
        <translation>NPS Trainer</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Choose a section; Ctrl+1, Ctrl+2 and so on move between them</source>
        <translation>Dewiswch adran; mae Ctrl+1, Ctrl+2 ac ati yn symud rhyngddynt</translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation>Y proffil presennol</translation>
    </message>
    <message>
        <source>Suspected overdose: what to do now</source>
        <translation>Amau gorddos: beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <source>Opens the steps to take now, starting with calling 999</source>
        <translation>Yn agor y camau i&apos;w cymryd nawr, gan ddechrau â ffonio 999</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ga&amp;dael</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;User guide (F1)</source>
        <translation>&amp;Canllaw defnyddiwr (F1)</translation>
    </message>
    <message>
        <source>&amp;About NPS Trainer</source>
        <translation>&amp;Ynghylch NPS Trainer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>A joint session is still running. End it now, or keep it to resume later, before signing out?</source>
        <translation>Mae sesiwn ar y cyd yn dal i redeg. Ydych chi am ei gorffen nawr, neu ei chadw i&apos;w hailddechrau wedyn, cyn allgofnodi?</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on. The joint session carries on; its register is hidden until you sign in again.</source>
        <translation>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau. Mae&apos;r sesiwn ar y cyd yn parhau; mae ei chofrestr wedi&apos;i chuddio nes i chi fewngofnodi eto.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau. Mae&apos;r sesiwn ar y cyd yn parhau; mae ei chofrestr wedi&apos;i chuddio nes i chi fewngofnodi eto.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau. Mae&apos;r sesiwn ar y cyd yn parhau; mae ei chofrestr wedi&apos;i chuddio nes i chi fewngofnodi eto.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau. Mae&apos;r sesiwn ar y cyd yn parhau; mae ei chofrestr wedi&apos;i chuddio nes i chi fewngofnodi eto.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau. Mae&apos;r sesiwn ar y cyd yn parhau; mae ei chofrestr wedi&apos;i chuddio nes i chi fewngofnodi eto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on.</source>
        <translation>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau.</numerusform>
            <numerusform>Wedi allgofnodi ar ôl %n munud heb ddefnydd. Cadwyd eich gwaith: mewngofnodwch eto i barhau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Wedi mewngofnodi fel {name} ({role})</translation>
    </message>
    <message>
        <source>LRS secret not saved</source>
        <translation>Ni chadwyd cyfrinach yr LRS</translation>
    </message>
    <message>
        <source>NPS Trainer could not write the LRS secret to {path}. Ask your IT support to check that you can write to that folder.</source>
        <translation>Methodd NPS Trainer ag ysgrifennu cyfrinach yr LRS i {path}. Gofynnwch i&apos;ch tîm cymorth TG wirio y gallwch ysgrifennu i&apos;r ffolder hwnnw.</translation>
    </message>
    <message>
        <source>NPS Trainer could not write to {path}. Ask your IT support to check that you can write to that folder.</source>
        <translation>Methodd NPS Trainer ag ysgrifennu i {path}. Gofynnwch i&apos;ch tîm cymorth TG wirio y gallwch ysgrifennu i&apos;r ffolder hwnnw.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ni chadwyd y gosodiadau</translation>
    </message>
    <message>
        <source>Your changes are in use until you close NPS Trainer, but they were not saved. {why}</source>
        <translation>Mae eich newidiadau&apos;n cael eu defnyddio nes i chi gau NPS Trainer, ond ni chawsant eu cadw. {why}</translation>
    </message>
    <message>
        <source>NPS Trainer could not save the language, so it cannot start again in it. Ask your IT support to check that you can write to {path}.</source>
        <translation>Ni allai NPS Trainer gadw&apos;r iaith, felly ni all ailddechrau ynddi. Gofynnwch i&apos;ch cymorth TG wirio y gallwch ysgrifennu i {path}.</translation>
    </message>
    <message>
        <source>Joint sessions</source>
        <translation>Sesiynau ar y cyd</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Eich gosodiadau</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>A joint session is still running. End it now, or keep it to resume later, before closing NPS Trainer?</source>
        <translation>Mae sesiwn ar y cyd yn dal i redeg. Ydych chi am ei gorffen nawr, neu ei chadw i&apos;w hailddechrau wedyn, cyn cau NPS Trainer?</translation>
    </message>
    <message>
        <source>Save as A4 &amp;poster…</source>
        <translation>Cadw fel &amp;poster A4…</translation>
    </message>
    <message>
        <source>Save as pocket &amp;card…</source>
        <translation>Cadw fel &amp;cerdyn poced…</translation>
    </message>
    <message>
        <source>Save the overdose poster</source>
        <translation>Cadw&apos;r poster gorddos</translation>
    </message>
    <message>
        <source>Save the overdose pocket card</source>
        <translation>Cadw&apos;r cerdyn poced gorddos</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r PDF: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it at actual size.</source>
        <translation>Wedi&apos;i gadw yn {path}. Argraffwch ef ar ei wir faint.</translation>
    </message>
    <message>
        <source>Suspected overdose</source>
        <translation>Amau gorddos</translation>
    </message>
    <message>
        <source>Call 999 now. (The guide could not be read; see the log.)</source>
        <translation>Ffoniwch 999 nawr. (Nid oedd modd darllen y canllaw; gweler y log.)</translation>
    </message>
    <message>
        <source>Small</source>
        <extracomment>The languages, each named in itself (never translated: a Welsh speaker looks for &quot;Cymraeg&quot; in any interface). The text sizes&apos; names in the list (keys as in settings.TEXT_SIZES), shown as tr(label).</extracomment>
        <translation>Bach</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Mwyaf</translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>Where this run&apos;s database and content folder came from (RunConfig&apos;s sources), shown as tr(label).</extracomment>
        <translation>llinell orchymyn</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>amgylchedd</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>gosodiadau</translation>
    </message>
    <message>
        <source>default</source>
        <translation>rhagosodiad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in your user data folder</source>
        <translation>Gwag: y ffeil SQLite yn eich ffolder data defnyddiwr</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Lleoliad y gronfa ddata</translation>
    </message>
    <message>
        <source>A SQLite file path or a database URL such as postgresql+psycopg://server/nps. Empty for the default.</source>
        <translation>Llwybr ffeil SQLite neu URL cronfa ddata fel postgresql+psycopg://server/nps. Gwag ar gyfer y rhagosodiad.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <source>Browse for a database file</source>
        <translation>Pori am ffeil cronfa ddata</translation>
    </message>
    <message>
        <source>Empty: the content that came with NPS Trainer</source>
        <translation>Gwag: y cynnwys a ddaeth gyda NPS Trainer</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>Ffolder cynnwys</translation>
    </message>
    <message>
        <source>&amp;Content folder:</source>
        <translation>&amp;Ffolder cynnwys:</translation>
    </message>
    <message>
        <source>Browse for a content folder</source>
        <translation>Pori am ffolder cynnwys</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Maint y testun:</translation>
    </message>
    <message>
        <source>As the system (now: {language})</source>
        <translation>Fel y system (ar hyn o bryd: {language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>English or Cymraeg. The change shows when NPS Trainer starts again. The Welsh has not yet been reviewed by a Welsh speaker.</source>
        <translation>English neu Gymraeg. Daw&apos;r newid i rym pan fydd NPS Trainer yn ailddechrau. Nid yw siaradwr Cymraeg wedi adolygu&apos;r Gymraeg eto.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>The change shows when NPS Trainer starts again. The Welsh has not yet been reviewed by a Welsh speaker.</source>
        <translation>Daw&apos;r newid i rym pan fydd NPS Trainer yn ailddechrau. Nid yw siaradwr Cymraeg wedi adolygu&apos;r Gymraeg eto.</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>after a number in a spin box</comment>
        <translation> munud</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>Allgofnodi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>Sign &amp;out after (no use):</source>
        <translation>&amp;Allgofnodi ar ôl (dim defnydd):</translation>
    </message>
    <message>
        <source> questions</source>
        <comment>after a number in a spin box</comment>
        <translation> cwestiwn</translation>
    </message>
    <message>
        <source>Refresher questions per day</source>
        <translation>Cwestiynau gloywi bob dydd</translation>
    </message>
    <message>
        <source>The most questions from earlier quizzes the daily refresher asks; the rest wait for the next day</source>
        <translation>Y nifer mwyaf o gwestiynau o gwisiau cynharach y mae&apos;r gloywi dyddiol yn eu gofyn; mae&apos;r gweddill yn aros tan y diwrnod wedyn</translation>
    </message>
    <message>
        <source>Refresher &amp;questions per day:</source>
        <translation>Cwestiynau &amp;gloywi bob dydd:</translation>
    </message>
    <message>
        <source>Caseload figures: hide numbers below</source>
        <translation>Ffigurau llwyth achosion: cuddio rhifau o dan</translation>
    </message>
    <message>
        <source>Counts from 1 up to one less than this are shown as &apos;&lt;N&apos;</source>
        <translation>Dangosir cyfrifon o 1 hyd at un yn llai na hyn fel &apos;&lt;N&apos;</translation>
    </message>
    <message>
        <source>Figures: &amp;hide numbers below:</source>
        <translation>Ffigurau: cuddio &amp;rhifau o dan:</translation>
    </message>
    <message>
        <source>Empty: no marking</source>
        <translation>Gwag: dim marc</translation>
    </message>
    <message>
        <source>Protective marking on screening summaries</source>
        <translation>Marc diogelwch ar grynodebau sgrinio</translation>
    </message>
    <message>
        <source>Printed at the top and foot of every page of a screening summary; {marking} unless your organisation uses another</source>
        <translation>Wedi&apos;i argraffu ar frig a gwaelod pob tudalen o grynodeb sgrinio; {marking} oni bai bod eich sefydliad yn defnyddio un arall</translation>
    </message>
    <message>
        <source>Protective &amp;marking:</source>
        <translation>Marc &amp;diogelwch:</translation>
    </message>
    <message>
        <source>Learning records (xAPI)</source>
        <translation>Cofnodion dysgu (xAPI)</translation>
    </message>
    <message>
        <source>Empty: {address}</source>
        <translation>Gwag: {address}</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;address:</source>
        <translation>Cyfeiriad y &amp;sefydliad:</translation>
    </message>
    <message>
        <source>Empty: no LRS; records wait and can be exported</source>
        <translation>Gwag: dim LRS; mae cofnodion yn aros a gellir eu hallforio</translation>
    </message>
    <message>
        <source>&amp;LRS address:</source>
        <translation>Cyfeiriad yr &amp;LRS:</translation>
    </message>
    <message>
        <source>LRS &amp;key:</source>
        <translation>All&amp;wedd yr LRS:</translation>
    </message>
    <message>
        <source>LRS s&amp;ecret:</source>
        <translation>C&amp;yfrinach yr LRS:</translation>
    </message>
    <message>
        <source>&amp;Include people&apos;s names in learning records (off: a stable id only)</source>
        <translation>Cynnwys &amp;enwau pobl mewn cofnodion dysgu (i ffwrdd: dynodydd sefydlog yn unig)</translation>
    </message>
    <message>
        <source>Only a manager, signed in, can change the figures&apos; threshold, the protective marking and the learning record store.</source>
        <translation>Dim ond rheolwr sydd wedi mewngofnodi sy&apos;n gallu newid trothwy&apos;r ffigurau, y marc diogelwch a&apos;r storfa cofnodion dysgu.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Ffeil cronfa ddata</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cronfa ddata SQLite (*.sqlite3 *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>Cyfeiriad y sefydliad</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Cyfeiriad yr LRS</translation>
    </message>
    <message>
        <source>{value} names a home folder that does not exist on this computer. Enter a full path.</source>
        <translation>Mae {value} yn enwi ffolder cartref nad yw&apos;n bodoli ar y cyfrifiadur hwn. Rhowch lwybr llawn.</translation>
    </message>
    <message>
        <source>{path} is a folder. Enter the path of a database file in it, such as {example}.</source>
        <translation>Ffolder yw {path}. Rhowch lwybr ffeil cronfa ddata ynddo, fel {example}.</translation>
    </message>
    <message>
        <source>{path} is not a file (a named pipe or a device). Enter the path of a database file.</source>
        <translation>Nid ffeil yw {path} (pibell a enwir neu ddyfais). Rhowch lwybr ffeil cronfa ddata.</translation>
    </message>
    <message>
        <source>Correct it, or leave the field empty to use the file in your user data folder.</source>
        <translation>Cywirwch ef, neu gadewch y maes yn wag i ddefnyddio&apos;r ffeil yn eich ffolder data defnyddiwr.</translation>
    </message>
    <message>
        <source>In use now: database {database} ({database_source}); content {content} ({content_source}).</source>
        <translation>Ar waith nawr: cronfa ddata {database} ({database_source}); cynnwys {content} ({content_source}).</translation>
    </message>
    <message>
        <source>Changes to the database or content folder take effect when NPS Trainer next starts.</source>
        <translation>Daw newidiadau i&apos;r gronfa ddata neu&apos;r ffolder cynnwys i rym y tro nesaf y bydd NPS Trainer yn dechrau.</translation>
    </message>
    <message>
        <source>This run&apos;s database and content folder came from the command line or environment, which take precedence over these settings.</source>
        <translation>Daeth cronfa ddata a ffolder cynnwys y rhediad hwn o&apos;r llinell orchymyn neu&apos;r amgylchedd, sy&apos;n cael blaenoriaeth dros y gosodiadau hyn.</translation>
    </message>
    <message>
        <source>This run&apos;s database came from the command line or environment, which take precedence over these settings.</source>
        <translation>Daeth cronfa ddata&apos;r rhediad hwn o&apos;r llinell orchymyn neu&apos;r amgylchedd, sy&apos;n cael blaenoriaeth dros y gosodiadau hyn.</translation>
    </message>
    <message>
        <source>This run&apos;s content folder came from the command line or environment, which take precedence over these settings.</source>
        <translation>Daeth ffolder cynnwys y rhediad hwn o&apos;r llinell orchymyn neu&apos;r amgylchedd, sy&apos;n cael blaenoriaeth dros y gosodiadau hyn.</translation>
    </message>
    <message>
        <source>At least {count} characters; three or more random words work well. It also protects your screening records, so keep it to yourself.</source>
        <translation>O leiaf {count} nod; mae tri gair ar hap neu fwy yn gweithio&apos;n dda. Mae hefyd yn diogelu eich cofnodion sgrinio, felly cadwch ef i chi&apos;ch hun.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>The switch to the other language: its label and its accessible name, each in that language itself.</extracomment>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Welcome to NPS Trainer</source>
        <translation>Croeso i NPS Trainer</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Pwy ydych chi?</translation>
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
        <translation>Cadarnhau&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Ca&amp;darnhau&apos;r cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>Cod gosod</translation>
    </message>
    <message>
        <source>From the manager who added you, for example 7KQ2-M9XD-HP4A</source>
        <translation>Gan y rheolwr a&apos;ch ychwanegodd, er enghraifft 7KQ2-M9XD-HP4A</translation>
    </message>
    <message>
        <source>Setup c&amp;ode:</source>
        <translation>C&amp;od gosod:</translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation>Eich cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>Confirm your new passphrase</source>
        <translation>Cadarnhau eich cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>&amp;Confirm new passphrase:</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd ne&amp;wydd:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>New here? Cr&amp;eate your profile…</source>
        <translation>Newydd yma? C&amp;rëwch eich proffil…</translation>
    </message>
    <message>
        <source>New here? Create your profile</source>
        <translation>Newydd yma? Crëwch eich proffil</translation>
    </message>
    <message>
        <source>Create a profile</source>
        <translation>Creu proffil</translation>
    </message>
    <message>
        <source>For example, Sam K.</source>
        <translation>Er enghraifft, Sam K.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw i&apos;w ddangos</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Enw i&apos;w ddangos:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Se&amp;fydliad:</translation>
    </message>
    <message>
        <source>For example, Leeds North (optional)</source>
        <translation>Er enghraifft, Gogledd Leeds (dewisol)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>C&amp;yfrinymadrodd:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Confir&amp;m:</source>
        <translation>C&amp;adarnhau:</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>Yn ô&amp;l i fewngofnodi</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Yn ôl i fewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Create profile and sign in</source>
        <translation>Creu &amp;proffil a mewngofnodi</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>Creu proffil a mewngofnodi</translation>
    </message>
    <message>
        <source>Set up NPS Trainer on this database. The first profile is its administrator: a manager, who can add managers and facilitators and see the team&apos;s training. Choose a passphrase only you know; you will sign in with it.</source>
        <translation>Gosodwch NPS Trainer ar y gronfa ddata hon. Y proffil cyntaf yw ei gweinyddwr: rheolwr, sy&apos;n gallu ychwanegu rheolwyr a hwyluswyr a gweld hyfforddiant y tîm. Dewiswch gyfrinymadrodd mai dim ond chi sy&apos;n ei wybod; byddwch chi&apos;n mewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s profile</source>
        <translation>Creu proffil y gweinyddwr</translation>
    </message>
    <message>
        <source>Learning modules, quizzes and an NPS-aware screening form for probation and drug service staff. Sign in with your own passphrase; your records are yours.</source>
        <translation>Modiwlau dysgu, cwisiau a ffurflen sgrinio sy&apos;n ystyried NPS ar gyfer staff y gwasanaeth prawf a gwasanaethau camddefnyddio sylweddau. Mewngofnodwch gyda&apos;ch cyfrinymadrodd eich hun; chi biau eich cofnodion.</translation>
    </message>
    <message>
        <source>Managers and facilitators are set up by a manager.</source>
        <translation>Rheolwr sy&apos;n creu proffiliau ar gyfer rheolwyr a hwyluswyr.</translation>
    </message>
    <message>
        <source>This profile has no passphrase yet. Choose one now and enter it twice.</source>
        <translation>Nid oes gan y proffil hwn gyfrinymadrodd eto. Dewiswch un nawr a&apos;i roi ddwywaith.</translation>
    </message>
    <message>
        <source>You also need the setup code the manager who added you was given.</source>
        <translation>Bydd angen y cod gosod a gafodd y rheolwr a&apos;ch ychwanegodd hefyd.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and sign in</source>
        <translation>&amp;Gosod cyfrinymadrodd a mewngofnodi</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Enter it again in both boxes.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Rhowch ef eto yn y ddau flwch.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Enter it again in both boxes.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd newydd yr un fath. Rhowch ef eto yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Enter the passphrase for {name}.</source>
        <translation>Rhowch y cyfrinymadrodd ar gyfer {name}.</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s passphrase. Check it and try again.</source>
        <translation>Nid dyna gyfrinymadrodd {name}. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase and sign in</source>
        <translation>&amp;Gosod cyfrinymadrodd newydd a mewngofnodi</translation>
    </message>
    <message>
        <source>Set new passphrase and sign in</source>
        <translation>Gosod cyfrinymadrodd newydd a mewngofnodi</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>Mae&apos;r cyfrinymadrodd hwn yn rhy wan.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Newidiwyd yr iaith</translation>
    </message>
    <message>
        <source>NPS Trainer will be in Cymraeg (Welsh) when it starts again. Start it again now? You will need to sign in again; anything not yet saved is asked about first.</source>
        <translation>Bydd NPS Trainer yn Gymraeg pan fydd yn ailddechrau. Ailddechrau nawr? Bydd angen i chi fewngofnodi eto; gofynnir i chi&apos;n gyntaf am unrhyw beth sydd heb ei gadw.</translation>
    </message>
    <message>
        <source>NPS Trainer will be in English when it starts again. Start it again now? You will need to sign in again; anything not yet saved is asked about first.</source>
        <translation>Bydd NPS Trainer yn Saesneg pan fydd yn ailddechrau. Ailddechrau nawr? Bydd angen i chi fewngofnodi eto; gofynnir i chi&apos;n gyntaf am unrhyw beth sydd heb ei gadw.</translation>
    </message>
    <message>
        <source>Start &amp;again now</source>
        <translation>Ailddechrau &amp;nawr</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Wedyn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Part of today&apos;s list could not be read; the sections themselves show everything.</source>
        <translation>Nid oedd modd darllen rhan o restr heddiw; mae&apos;r adrannau eu hunain yn dangos popeth.</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Gloywi</translation>
    </message>
    <message>
        <source>Start today&apos;s &amp;refresher</source>
        <translation>Dechrau &amp;gloywi heddiw</translation>
    </message>
    <message>
        <source>Start today&apos;s refresher</source>
        <translation>Dechrau gloywi heddiw</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Wedi&apos;u haseinio i chi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Carry on reading</source>
        <translation>Parhau i ddarllen</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Carry on reading {title}</source>
        <translation>Parhau i ddarllen {title}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Screenings to finish</source>
        <translation>Sgrinio i&apos;w orffen</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Agor y drafft</translation>
    </message>
    <message>
        <source>Open draft screening {number}</source>
        <translation>Agor sgrinio drafft {number}</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sgrinio</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Resume joint session: {title}</source>
        <translation>Ailddechrau&apos;r sesiwn ar y cyd: {title}</translation>
    </message>
    <message>
        <source>Record who attended</source>
        <translation>Cofnodi pwy a fynychodd</translation>
    </message>
    <message>
        <source>Record who attended: {title}</source>
        <translation>Cofnodi pwy a fynychodd: {title}</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Eich tîm</translation>
    </message>
    <message>
        <source>Open the team&apos;s training</source>
        <translation>Agor hyfforddiant y tîm</translation>
    </message>
    <message>
        <source>Open the team&apos;s training in Team</source>
        <translation>Agor hyfforddiant y tîm yn Tîm</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Dim byd yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Nothing needs you today: no refresher questions, nothing assigned and nothing left half-done. Browse the modules in Learn whenever you have a few minutes.</source>
        <translation>Does dim angen eich sylw heddiw: dim cwestiynau gloywi, dim wedi&apos;i aseinio a dim wedi&apos;i adael ar ei hanner. Porwch y modiwlau yn Dysgu pryd bynnag y bydd gennych ychydig funudau.</translation>
    </message>
    <message>
        <source>Go to &amp;Learn</source>
        <translation>Mynd i &amp;Dysgu</translation>
    </message>
    <message>
        <source>Go to Learn</source>
        <translation>Mynd i Dysgu</translation>
    </message>
    <message>
        <source>That section is not available here.</source>
        <translation>Nid yw&apos;r adran honno ar gael yma.</translation>
    </message>
    <message>
        <source>{weekday} {date}. What needs you today, {name}.</source>
        <translation>Dydd {weekday} {date}. Beth sydd angen eich sylw heddiw, {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s refresher has %n question(s) from quizzes you have taken: a few minutes keeps them fresh.</source>
        <translation>
            <numerusform>Cwestiynau yng ngloywi heddiw, o gwisiau rydych wedi&apos;u gwneud: %n. Mae ychydig funudau&apos;n eu cadw&apos;n ffres.</numerusform>
            <numerusform>Cwestiynau yng ngloywi heddiw, o gwisiau rydych wedi&apos;u gwneud: %n. Mae ychydig funudau&apos;n ei gadw&apos;n ffres.</numerusform>
            <numerusform>Cwestiynau yng ngloywi heddiw, o gwisiau rydych wedi&apos;u gwneud: %n. Mae ychydig funudau&apos;n eu cadw&apos;n ffres.</numerusform>
            <numerusform>Cwestiynau yng ngloywi heddiw, o gwisiau rydych wedi&apos;u gwneud: %n. Mae ychydig funudau&apos;n eu cadw&apos;n ffres.</numerusform>
            <numerusform>Cwestiynau yng ngloywi heddiw, o gwisiau rydych wedi&apos;u gwneud: %n. Mae ychydig funudau&apos;n eu cadw&apos;n ffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{symbol} Overdue by %n day(s) (due {date})</source>
        <translation>
            <numerusform>{symbol} %n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>{symbol} %n diwrnod yn hwyr (erbyn {date})</numerusform>
            <numerusform>{symbol} %n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>{symbol} %n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
            <numerusform>{symbol} %n o ddiwrnodau&apos;n hwyr (erbyn {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>{symbol} Due today</source>
        <translation>{symbol} I&apos;w wneud erbyn heddiw</translation>
    </message>
    <message>
        <source>{symbol} Due tomorrow</source>
        <translation>{symbol} I&apos;w wneud erbyn yfory</translation>
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
        <source>Module: {title}</source>
        <translation>Modiwl: {title}</translation>
    </message>
    <message>
        <source>Quiz: {title} (part of {path})</source>
        <translation>Cwis: {title} (rhan o {path})</translation>
    </message>
    <message>
        <source>Quiz: {title}</source>
        <translation>Cwis: {title}</translation>
    </message>
    <message>
        <source>{what}. {state}.</source>
        <translation>{what}. {state}.</translation>
    </message>
    <message>
        <source>Completed with sections unread</source>
        <translation>Wedi&apos;i gwblhau gydag adrannau heb eu darllen</translation>
    </message>
    <message>
        <source>Not yet passed in assessed mode</source>
        <translation>Heb lwyddo eto yn y modd asesu</translation>
    </message>
    <message>
        <source>Practised: take it in assessed mode to pass</source>
        <translation>Wedi ymarfer: sefwch ef yn y modd asesu i lwyddo</translation>
    </message>
    <message>
        <source>Open module: {title}</source>
        <translation>Agor modiwl: {title}</translation>
    </message>
    <message>
        <source>Open quiz: {title}</source>
        <translation>Agor cwis: {title}</translation>
    </message>
    <message>
        <source>{title}: completed with sections unread ({viewed} of {total} read). Read them and complete it again.</source>
        <translation>{title}: wedi&apos;i gwblhau gydag adrannau heb eu darllen ({viewed} o {total} wedi&apos;u darllen). Darllenwch nhw a&apos;i gwblhau eto.</translation>
    </message>
    <message>
        <source>{title}: {viewed} of {total} sections read.</source>
        <translation>{title}: adrannau wedi&apos;u darllen: {viewed} o {total}.</translation>
    </message>
    <message>
        <source>Screening {number}: started {started}, last saved today.</source>
        <translation>Sgrinio {number}: dechreuwyd {started}, cadwyd ddiwethaf heddiw.</translation>
    </message>
    <message>
        <source>Screening {number}: started {started}, last saved {saved}.</source>
        <translation>Sgrinio {number}: dechreuwyd {started}, cadwyd ddiwethaf {saved}.</translation>
    </message>
    <message>
        <source>{title} ({date}): still running. Resume it to carry on or end it.</source>
        <translation>{title} ({date}): yn dal i redeg. Ailddechreuwch hi i barhau neu i&apos;w gorffen.</translation>
    </message>
    <message>
        <source>{title} ({date}): ended with nobody on the register. Record who attended so they get credit.</source>
        <translation>{title} ({date}): daeth i ben heb neb ar y gofrestr. Cofnodwch pwy a fynychodd fel eu bod yn cael cydnabyddiaeth.</translation>
    </message>
    <message>
        <source>{symbol} People with overdue training: {count} of {total}</source>
        <translation>{symbol} Pobl â hyfforddiant hwyr: {count} o {total}</translation>
    </message>
    <message>
        <source>{symbol} No one has overdue training</source>
        <translation>{symbol} Does gan neb hyfforddiant hwyr</translation>
    </message>
    <message>
        <source>No one is in your team on this database yet: add people in Team → People.</source>
        <translation>Does neb yn eich tîm ar y gronfa ddata hon eto: ychwanegwch bobl yn Tîm → Pobl.</translation>
    </message>
    <message>
        <source>{team}. Items overdue: {overdue}. Refreshers due: {refreshers}.</source>
        <translation>{team}. Eitemau hwyr: {overdue}. Gloywi&apos;n ddyledus: {refreshers}.</translation>
    </message>
    <message>
        <source>Everyone on this database. Items overdue: {overdue}. Refreshers due: {refreshers}.</source>
        <translation>Pawb ar y gronfa ddata hon. Eitemau hwyr: {overdue}. Gloywi&apos;n ddyledus: {refreshers}.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more in {section}.</source>
        <translation>
            <numerusform>A %n arall yn yr adran {section}.</numerusform>
            <numerusform>Ac %n arall yn yr adran {section}.</numerusform>
            <numerusform>A %n arall yn yr adran {section}.</numerusform>
            <numerusform>A %n arall yn yr adran {section}.</numerusform>
            <numerusform>A %n arall yn yr adran {section}.</numerusform>
        </translation>
    </message>
</context>
</TS>
