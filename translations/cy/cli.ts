<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>the language: cy (Cymraeg) or en (English) (default: Settings, then the system&apos;s language)</source>
        <translation>yr iaith: cy (Cymraeg) neu en (Saesneg) (rhagosodiad: Gosodiadau, yna iaith y system)</translation>
    </message>
    <message>
        <source>SQLAlchemy URL or SQLite file path (default: NPS_TRAINER_DATABASE_URL, then Settings, then the SQLite file in the user data folder)</source>
        <translation>URL SQLAlchemy neu lwybr ffeil SQLite (rhagosodiad: NPS_TRAINER_DATABASE_URL, yna Gosodiadau, yna&apos;r ffeil SQLite yn ffolder data&apos;r defnyddiwr)</translation>
    </message>
    <message>
        <source>content folder with modules/ and quizzes/ (default: NPS_TRAINER_CONTENT_DIR, then Settings, then the bundled content)</source>
        <translation>ffolder cynnwys gyda modules/ a quizzes/ (rhagosodiad: NPS_TRAINER_CONTENT_DIR, yna Gosodiadau, yna&apos;r cynnwys sy&apos;n dod gyda&apos;r ap)</translation>
    </message>
    <message>
        <source>NPS Trainer: training, quizzes and NPS-aware screening for probation practitioners.</source>
        <translation>NPS Trainer: hyfforddiant, cwisiau a sgrinio sy&apos;n ystyried sylweddau seicoweithredol newydd (NPS) ar gyfer ymarferwyr prawf.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>dangos rhif fersiwn y rhaglen a gadael</translation>
    </message>
    <message>
        <source>start normally, then exit as soon as the main window is shown and idle (for tests and benchmarks)</source>
        <translation>cychwyn fel arfer, yna gadael cyn gynted ag y bydd y brif ffenestr i&apos;w gweld ac yn segur (ar gyfer profion a meincnodau)</translation>
    </message>
    <message>
        <source>look after the database</source>
        <translation>gofalu am y gronfa ddata</translation>
    </message>
    <message>
        <source>back up, then migrate the database to this version</source>
        <translation>gwneud copi wrth gefn, yna mudo&apos;r gronfa ddata i&apos;r fersiwn hon</translation>
    </message>
    <message>
        <source>write a backup copy of the database</source>
        <translation>ysgrifennu copi wrth gefn o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backups folder)</source>
        <translation>ffolder ar gyfer y copi wrth gefn (rhagosodiad: y ffolder copïau wrth gefn)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema</source>
        <translation>gwirio cywirdeb a sgema&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>work with content files</source>
        <translation>gweithio gyda ffeiliau cynnwys</translation>
    </message>
    <message>
        <source>validate modules, quizzes and screening forms</source>
        <translation>dilysu modiwlau, cwisiau a ffurflenni sgrinio</translation>
    </message>
    <message>
        <source>content folder (default: the content in use)</source>
        <translation>ffolder cynnwys (rhagosodiad: y cynnwys sy&apos;n cael ei ddefnyddio)</translation>
    </message>
    <message>
        <source>move quiz questions to and from Moodle (GIFT)</source>
        <translation>symud cwestiynau cwis i Moodle ac oddi yno (GIFT)</translation>
    </message>
    <message>
        <source>import a GIFT file as a quiz</source>
        <translation>mewnforio ffeil GIFT fel cwis</translation>
    </message>
    <message>
        <source>GIFT file to read</source>
        <translation>y ffeil GIFT i&apos;w darllen</translation>
    </message>
    <message>
        <source>id for the new quiz (default: from the file name)</source>
        <translation>dynodydd y cwis newydd (rhagosodiad: o enw&apos;r ffeil)</translation>
    </message>
    <message>
        <source>title for the new quiz (default: the file&apos;s Moodle $CATEGORY, else from the id)</source>
        <translation>teitl y cwis newydd (rhagosodiad: $CATEGORY Moodle y ffeil, neu o&apos;r dynodydd)</translation>
    </message>
    <message>
        <source>module the quiz belongs to (repeatable)</source>
        <translation>y modiwl y mae&apos;r cwis yn perthyn iddo (gellir ei ailadrodd)</translation>
    </message>
    <message>
        <source>folder for the quiz file (default: the quizzes folder of --content when that is given, otherwise the current folder)</source>
        <translation>ffolder ar gyfer ffeil y cwis (rhagosodiad: ffolder cwisiau --content pan roddir hwnnw, fel arall y ffolder presennol)</translation>
    </message>
    <message>
        <source>replace a quiz file that already exists</source>
        <translation>disodli ffeil cwis sy&apos;n bodoli eisoes</translation>
    </message>
    <message>
        <source>export a quiz as a GIFT file</source>
        <translation>allforio cwis fel ffeil GIFT</translation>
    </message>
    <message>
        <source>team reports for managers (sign-in needed)</source>
        <translation>adroddiadau tîm ar gyfer rheolwyr (angen mewngofnodi)</translation>
    </message>
    <message>
        <source>one row per person and item: status, dates, scores (CSV)</source>
        <translation>un rhes i bob person ac eitem: statws, dyddiadau, sgorau (CSV)</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>y ffeil CSV i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>anonymised caseload figures, small numbers suppressed (CSV)</source>
        <translation>ffigurau llwyth achosion dienw, gyda niferoedd bach wedi&apos;u cuddio (CSV)</translation>
    </message>
    <message>
        <source>one column per month (default) or per quarter</source>
        <translation>un golofn i bob mis (rhagosodiad) neu i bob chwarter</translation>
    </message>
    <message>
        <source>the team report with its charts (PDF)</source>
        <translation>adroddiad y tîm gyda&apos;i siartiau (PDF)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>issue a certificate: certificate PROFILE_NAME ITEM_ID --pdf FILE; check one: certificate verify CODE</source>
        <translation>rhoi tystysgrif: certificate PROFILE_NAME ITEM_ID --pdf FILE; gwirio un: certificate verify CODE</translation>
    </message>
    <message>
        <source>PROFILE_NAME ITEM_ID (ITEM_ID: a module, quiz or learning path id), or verify CODE</source>
        <translation>PROFILE_NAME ITEM_ID (ITEM_ID: dynodydd modiwl, cwis neu lwybr dysgu), neu verify CODE</translation>
    </message>
    <message>
        <source>PDF file to write (when issuing), or a certificate PDF to check by itself (with verify)</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu (wrth roi tystysgrif), neu PDF tystysgrif i&apos;w wirio ar ei ben ei hun (gyda verify)</translation>
    </message>
    <message>
        <source>learning records for the organisation&apos;s LRS (sign-in needed)</source>
        <translation>cofnodion dysgu ar gyfer LRS y sefydliad (angen mewngofnodi)</translation>
    </message>
    <message>
        <source>every statement as a JSON array</source>
        <translation>pob datganiad fel arae JSON</translation>
    </message>
    <message>
        <source>JSON file to write</source>
        <translation>y ffeil JSON i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>statements from this date (YYYY-MM-DD), inclusive</source>
        <translation>datganiadau o&apos;r dyddiad hwn (BBBB-MM-DD) ymlaen, yn gynhwysol</translation>
    </message>
    <message>
        <source>send waiting statements now and report the counts</source>
        <translation>anfon y datganiadau sy&apos;n aros nawr a rhoi&apos;r cyfansymiau</translation>
    </message>
    <message>
        <source>the LRS&apos;s xAPI address (default: Settings)</source>
        <translation>cyfeiriad xAPI yr LRS (rhagosodiad: Gosodiadau)</translation>
    </message>
    <message>
        <source>the LRS key (default: Settings)</source>
        <translation>allwedd yr LRS (rhagosodiad: Gosodiadau)</translation>
    </message>
    <message>
        <source>first line: the LRS secret (default: the one saved in Settings)</source>
        <translation>y llinell gyntaf: cyfrinach yr LRS (rhagosodiad: yr un a gadwyd yn Gosodiadau)</translation>
    </message>
    <message>
        <source>the outbox: waiting, sent, refused, last error</source>
        <translation>y blwch allan: yn aros, wedi&apos;u hanfon, wedi&apos;u gwrthod, y gwall diwethaf</translation>
    </message>
    <message>
        <source>add a statements file made on another device</source>
        <translation>ychwanegu ffeil datganiadau a wnaed ar ddyfais arall</translation>
    </message>
    <message>
        <source>statements file (JSON) to read</source>
        <translation>y ffeil datganiadau (JSON) i&apos;w darllen</translation>
    </message>
    <message>
        <source>joint session records (manager or facilitator sign-in)</source>
        <translation>cofnodion sesiynau ar y cyd (mewngofnodi fel rheolwr neu hwylusydd)</translation>
    </message>
    <message>
        <source>one line per session, its id first</source>
        <translation>un llinell i bob sesiwn, gyda&apos;i dynodydd yn gyntaf</translation>
    </message>
    <message>
        <source>only sessions run from this plan</source>
        <translation>dim ond sesiynau a gynhaliwyd o&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>only running or finished sessions (default: all)</source>
        <translation>dim ond sesiynau sy&apos;n rhedeg neu sydd wedi gorffen (rhagosodiad: y cyfan)</translation>
    </message>
    <message>
        <source>write a session&apos;s record: CSV, and PDF if asked</source>
        <translation>ysgrifennu cofnod sesiwn: CSV, a PDF os gofynnir</translation>
    </message>
    <message>
        <source>the session&apos;s id (the first column of &apos;session list&apos;)</source>
        <translation>dynodydd y sesiwn (colofn gyntaf &apos;session list&apos;)</translation>
    </message>
    <message>
        <source>CSV file to write: one row per attendee, with their organisation</source>
        <translation>y ffeil CSV i&apos;w hysgrifennu: un rhes i bob mynychwr, gyda&apos;i sefydliad</translation>
    </message>
    <message>
        <source>PDF file to write: the record for both organisations</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu: y cofnod ar gyfer y ddau sefydliad</translation>
    </message>
    <message>
        <source>fill a new, empty database with a realistic synthetic team</source>
        <translation>llenwi cronfa ddata newydd, wag â thîm synthetig realistig</translation>
    </message>
    <message>
        <source>first line: the passphrase for every demo profile (default: one is made and printed)</source>
        <translation>y llinell gyntaf: y cyfrinymadrodd ar gyfer pob proffil arddangos (rhagosodiad: gwneir un a&apos;i argraffu)</translation>
    </message>
    <message>
        <source>read the signing-in passphrase from the first line of FILE instead of asking</source>
        <translation>darllen y cyfrinymadrodd mewngofnodi o linell gyntaf FILE yn lle gofyn</translation>
    </message>
    <message>
        <source>the display name to sign in as (default: the only manager, or asked)</source>
        <translation>enw dangos y person sy&apos;n mewngofnodi (rhagosodiad: yr unig reolwr, neu gofynnir amdano)</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD), inclusive</source>
        <translation>o&apos;r dyddiad hwn (BBBB-MM-DD), yn gynhwysol</translation>
    </message>
    <message>
        <source>up to this date (YYYY-MM-DD), inclusive</source>
        <translation>hyd at y dyddiad hwn (BBBB-MM-DD), yn gynhwysol</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>defnydd: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ymresymiadau safleol</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiynau</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>is-orchmynion</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>ymresymiad %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: gwall: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ymresymiadau heb eu hadnabod: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mae angen yr ymresymiadau canlynol: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>mae angen un o&apos;r ymresymiadau %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ni chaniateir gyda&apos;r ymresymiad %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>anwybyddwyd yr ymresymiad penodol %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>disgwyliwyd un ymresymiad</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>disgwyliwyd un ymresymiad ar y mwyaf</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>disgwyliwyd o leiaf un ymresymiad</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsiwn amwys: gallai %(option)s gyfateb i %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>llinyn opsiwn annisgwyl: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>gwerth %(type)s annilys: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>dewis annilys: %(value)r (dewiswch o blith %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nid oes gorchymyn %(parser_name)r (dewisiadau: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>methu agor &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>disgwyliwyd %s o ymresymiadau</numerusform>
            <numerusform>disgwyliwyd %s ymresymiad</numerusform>
            <numerusform>disgwyliwyd %s o ymresymiadau</numerusform>
            <numerusform>disgwyliwyd %s o ymresymiadau</numerusform>
            <numerusform>disgwyliwyd %s o ymresymiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>llinynnau opsiwn sy&apos;n gwrthdaro: %s</numerusform>
            <numerusform>llinyn opsiwn sy&apos;n gwrthdaro: %s</numerusform>
            <numerusform>llinynnau opsiwn sy&apos;n gwrthdaro: %s</numerusform>
            <numerusform>llinynnau opsiwn sy&apos;n gwrthdaro: %s</numerusform>
            <numerusform>llinynnau opsiwn sy&apos;n gwrthdaro: %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Dynodydd yr eitem</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Cwblhawyd ar</translation>
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
        <source>Issued by</source>
        <translation>Cyhoeddwyd gan</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Cyhoeddwyd ar</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allwedd lofnodi</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Dynodydd y person</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modiwl</translation>
    </message>
    <message>
        <source>assessed quiz</source>
        <translation>cwis wedi&apos;i asesu</translation>
    </message>
    <message>
        <source>learning path</source>
        <translation>llwybr dysgu</translation>
    </message>
    <message>
        <source>joint session</source>
        <translation>sesiwn ar y cyd</translation>
    </message>
    <message>
        <source>Issued a certificate to {name} for the module &apos;{title}&apos;.</source>
        <translation>Cafodd {name} dystysgrif am y modiwl &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Issued a certificate to {name} for the assessed quiz &apos;{title}&apos;.</source>
        <translation>Cafodd {name} dystysgrif am y cwis wedi&apos;i asesu &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Issued a certificate to {name} for the learning path &apos;{title}&apos;.</source>
        <translation>Cafodd {name} dystysgrif am y llwybr dysgu &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Issued a certificate to {name} for the joint session &apos;{title}&apos;.</source>
        <translation>Cafodd {name} dystysgrif am y sesiwn ar y cyd &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Issued a certificate to {name} for &apos;{title}&apos;.</source>
        <translation>Cafodd {name} dystysgrif am &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>methu darllen {path}: {reason}</translation>
    </message>
    <message>
        <source>Signed with {key_id}, a signing key of the organisation on this computer&apos;s database. This copy cannot show a revocation: `nps-trainer certificate verify CODE` checks the register.</source>
        <translation>Wedi&apos;i llofnodi gyda {key_id}, un o allweddi llofnodi&apos;r sefydliad ar gronfa ddata&apos;r cyfrifiadur hwn. Ni all y copi hwn ddangos a gafodd ei dirymu: mae `nps-trainer certificate verify CODE` yn gwirio&apos;r gofrestr.</translation>
    </message>
    <message>
        <source>Signed with key {key_id}, which is not on this computer&apos;s database: the certificate is genuine only if that is the issuing organisation&apos;s key id. Ask them, or check the code against their register.</source>
        <translation>Wedi&apos;i llofnodi gyda&apos;r allwedd {key_id}, nad yw ar gronfa ddata&apos;r cyfrifiadur hwn: mae&apos;r dystysgrif yn ddilys dim ond os mai dyna ddynodydd allwedd y sefydliad a&apos;i cyhoeddodd. Gofynnwch iddyn nhw, neu gwiriwch y cod yn erbyn eu cofrestr.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Dirymwyd ar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>give --pdf FILE: the certificate&apos;s PDF is written there when it is issued</source>
        <translation>rhowch --pdf FILE: mae PDF y dystysgrif yn cael ei ysgrifennu yno pan gaiff ei rhoi</translation>
    </message>
    <message>
        <source>there is no profile called &apos;{name}&apos; on {database}</source>
        <translation>nid oes proffil o&apos;r enw &apos;{name}&apos; ar {database}</translation>
    </message>
    <message>
        <source>more than one profile is called &apos;{name}&apos;: rename one in the app first</source>
        <translation>mae mwy nag un proffil o&apos;r enw &apos;{name}&apos;: ailenwch un yn yr ap yn gyntaf</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation>Cod dilysu: {code}</translation>
    </message>
    <message>
        <source>the certificate is in the register, but its PDF cannot be written to {path}: {reason}. Save it again from the person&apos;s certificates in the app.</source>
        <translation>mae&apos;r dystysgrif yn y gofrestr, ond ni ellir ysgrifennu ei PDF i {path}: {reason}. Cadwch hi eto o dystysgrifau&apos;r person yn yr ap.</translation>
    </message>
    <message>
        <source>PDF written to {path}</source>
        <translation>PDF wedi&apos;i ysgrifennu i {path}</translation>
    </message>
    <message>
        <source>unknown command {command}</source>
        <translation>nid oes gorchymyn {command}</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {folder}: {reason}. Nothing has been changed.</source>
        <translation>Methu creu&apos;r ffolder copïau wrth gefn {folder}: {reason}. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>Upgraded {database} from schema {found} to {head}.</source>
        <translation>Uwchraddiwyd {database} o sgema {found} i {head}.</translation>
    </message>
    <message>
        <source>Upgraded {database} from schema empty to {head}.</source>
        <translation>Uwchraddiwyd {database} o sgema gwag i {head}.</translation>
    </message>
    <message>
        <source>Backup taken first: {path}</source>
        <translation>Gwnaed copi wrth gefn yn gyntaf: {path}</translation>
    </message>
    <message>
        <source>{database} is up to date (schema {head}).</source>
        <translation>Mae {database} yn gyfredol (sgema {head}).</translation>
    </message>
    <message>
        <source>Backed up {database} (schema {revision}) to {path}</source>
        <translation>Gwnaed copi wrth gefn o {database} (sgema {revision}) i {path}</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entr(y/ies) altered, removed from the middle or unhashed (ids {ids})</source>
        <translation>
            <numerusform>log archwilio: %n o gofnodion wedi&apos;u newid, wedi&apos;u tynnu o&apos;r canol neu heb stwnsh (ids {ids})</numerusform>
            <numerusform>log archwilio: %n cofnod wedi&apos;i newid, wedi&apos;i dynnu o&apos;r canol neu heb stwnsh (ids {ids})</numerusform>
            <numerusform>log archwilio: %n o gofnodion wedi&apos;u newid, wedi&apos;u tynnu o&apos;r canol neu heb stwnsh (ids {ids})</numerusform>
            <numerusform>log archwilio: %n o gofnodion wedi&apos;u newid, wedi&apos;u tynnu o&apos;r canol neu heb stwnsh (ids {ids})</numerusform>
            <numerusform>log archwilio: %n o gofnodion wedi&apos;u newid, wedi&apos;u tynnu o&apos;r canol neu heb stwnsh (ids {ids})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{database}: %n problem(s) found:</source>
        <translation>
            <numerusform>{database}: problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: problemau a gafwyd: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{database}: integrity ok, %n problem(s) found:</source>
        <translation>
            <numerusform>{database}: cywirdeb yn iawn, problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: cywirdeb yn iawn, problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: cywirdeb yn iawn, problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: cywirdeb yn iawn, problemau a gafwyd: %n</numerusform>
            <numerusform>{database}: cywirdeb yn iawn, problemau a gafwyd: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: integrity ok, audit log chain intact, schema {head}.</source>
        <translation>{database}: cywirdeb yn iawn, cadwyn y log archwilio yn gyfan, sgema {head}.</translation>
    </message>
    <message>
        <source>content folder not found</source>
        <translation>heb ddod o hyd i&apos;r ffolder cynnwys</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>{errors} and {warnings} are &quot;%n error(s)&quot; and &quot;%n warning(s)&quot;, translated on their own</extracomment>
        <translation>
            <numerusform>%n o wallau</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n o wallau</numerusform>
            <numerusform>%n o wallau</numerusform>
            <numerusform>%n o wallau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n o rybuddion</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n o rybuddion</numerusform>
            <numerusform>%n o rybuddion</numerusform>
            <numerusform>%n o rybuddion</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {content} and {screening}: {errors}, {warnings}.</source>
        <translation>Gwiriwyd {content} a {screening}: {errors}, {warnings}.</translation>
    </message>
    <message>
        <source>Checked {content}: {errors}, {warnings}.</source>
        <translation>Gwiriwyd {content}: {errors}, {warnings}.</translation>
    </message>
    <message>
        <source>{option} {value} is not a date: write it as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>nid yw {option} {value} yn ddyddiad: ysgrifennwch ef fel BBBB-MM-DD, e.e. 2026-04-01</translation>
    </message>
    <message>
        <source>--since {since} is after --until {until}: swap them</source>
        <translation>mae --since {since} ar ôl --until {until}: cyfnewidiwch nhw</translation>
    </message>
    <message>
        <source>say which database to fill: --database URL (a new SQLite file path, or the address of an empty PostgreSQL database)</source>
        <translation>dywedwch pa gronfa ddata i&apos;w llenwi: --database URL (llwybr ffeil SQLite newydd, neu gyfeiriad cronfa ddata PostgreSQL wag)</translation>
    </message>
    <message>
        <source>{database} already holds data (in {tables}): the demo only fills a new, empty database. Nothing was changed. Give the path of a new file, or an empty database.</source>
        <translation>mae data yn {database} eisoes (yn {tables}): dim ond cronfa ddata newydd, wag y mae&apos;r arddangosiad yn ei llenwi. Does dim wedi newid. Rhowch lwybr ffeil newydd, neu gronfa ddata wag.</translation>
    </message>
    <message>
        <source>the passphrase in {path} cannot be used: {reason}</source>
        <translation>ni ellir defnyddio&apos;r cyfrinymadrodd yn {path}: {reason}</translation>
    </message>
    <message>
        <source>Filling {database} with a demo team (this takes a few seconds)...</source>
        <translation>Yn llenwi {database} â thîm arddangos (mae hyn yn cymryd ychydig eiliadau)...</translation>
    </message>
    <message>
        <source>the demo stopped part-way; the new file {path} has been removed.</source>
        <translation>daeth yr arddangosiad i ben hanner ffordd; mae&apos;r ffeil newydd {path} wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>the demo stopped part-way; {database} now holds part of the demo. Empty it (or make a new database) before trying again.</source>
        <translation>daeth yr arddangosiad i ben hanner ffordd; mae rhan o&apos;r arddangosiad yn {database} nawr. Gwagiwch hi (neu gwnewch gronfa ddata newydd) cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Demo team made in {database} in {seconds} s. Every person, case and answer is made up.</source>
        <translation>Gwnaed y tîm arddangos yn {database} mewn {seconds} e. Mae pob person, achos ac ateb yn ffug.</translation>
    </message>
    <message>
        <source>Every demo profile uses the passphrase in {path} (its first line).</source>
        <translation>Mae pob proffil arddangos yn defnyddio&apos;r cyfrinymadrodd yn {path} (ei linell gyntaf).</translation>
    </message>
    <message>
        <source>The recovery passphrase (Team → Recovery key) is &apos;{prefix}&apos; followed by that passphrase.</source>
        <translation>Y cyfrinymadrodd adfer (Tîm → Allwedd adfer) yw &apos;{prefix}&apos; wedi&apos;i ddilyn gan y cyfrinymadrodd hwnnw.</translation>
    </message>
    <message>
        <source>Passphrase for every demo profile: {passphrase}</source>
        <translation>Cyfrinymadrodd pob proffil arddangos: {passphrase}</translation>
    </message>
    <message>
        <source>Recovery passphrase (Team → Recovery key, for managers): {passphrase}</source>
        <translation>Cyfrinymadrodd adfer (Tîm → Allwedd adfer, ar gyfer rheolwyr): {passphrase}</translation>
    </message>
    <message>
        <source>Open it with: {command}</source>
        <translation>Agorwch hi gyda: {command}</translation>
    </message>
    <message>
        <source>Sign in as {name}, the administrator, to see the team&apos;s training and reports.</source>
        <translation>Mewngofnodwch fel {name}, y gweinyddwr, i weld hyfforddiant ac adroddiadau&apos;r tîm.</translation>
    </message>
    <message>
        <source>Sign in as {first} or {second}, the facilitators, to run a joint session (Joint sessions).</source>
        <translation>Mewngofnodwch fel {first} neu {second}, yr hwyluswyr, i gynnal sesiwn ar y cyd (Sesiynau ar y cyd).</translation>
    </message>
    <message>
        <source>(type the passphrase when asked)</source>
        <translation>(teipiwch y cyfrinymadrodd pan ofynnir)</translation>
    </message>
    <message>
        <source>A report from the command line: {command}</source>
        <translation>Adroddiad o&apos;r llinell orchymyn: {command}</translation>
    </message>
    <message>
        <source>cannot write a file: {reason}</source>
        <translation>methu ysgrifennu ffeil: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>methu ysgrifennu {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid quiz id: use lower-case letters and digits in words joined by single hyphens, such as &apos;overdose-basics&apos;. Nothing has been written.</source>
        <translation>nid yw &apos;{id}&apos; yn ddynodydd cwis dilys: defnyddiwch lythrennau bach a digidau mewn geiriau wedi&apos;u cysylltu â chysylltnodau sengl, fel &apos;overdose-basics&apos;. Does dim wedi&apos;i ysgrifennu.</translation>
    </message>
    <message>
        <source>its questions would make a quiz file of at least {size}</source>
        <translation>byddai ei gwestiynau&apos;n gwneud ffeil cwis o {size} o leiaf</translation>
    </message>
    <message>
        <source>no questions could be imported from {path}.</source>
        <translation>ni ellid mewnforio unrhyw gwestiynau o {path}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another --id or use --force.</source>
        <translation>mae {path} yn bodoli eisoes; dewiswch --id arall neu defnyddiwch --force.</translation>
    </message>
    <message>
        <source>its {count} questions would make a quiz file of {size}</source>
        <translation>byddai ei {count} cwestiwn yn gwneud ffeil cwis o {size}</translation>
    </message>
    <message>
        <source>the quiz file it would make breaks a limit: {limit}</source>
        <translation>byddai&apos;r ffeil cwis y byddai&apos;n ei gwneud yn torri terfyn: {limit}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) from {source} into {target}.</source>
        <translation>
            <numerusform>Mewnforiwyd %n o gwestiynau o {source} i {target}.</numerusform>
            <numerusform>Mewnforiwyd %n cwestiwn o {source} i {target}.</numerusform>
            <numerusform>Mewnforiwyd %n o gwestiynau o {source} i {target}.</numerusform>
            <numerusform>Mewnforiwyd %n o gwestiynau o {source} i {target}.</numerusform>
            <numerusform>Mewnforiwyd %n o gwestiynau o {source} i {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before this quiz is used, edit it to fix:</source>
        <translation>Cyn defnyddio&apos;r cwis hwn, golygwch ef i gywiro:</translation>
    </message>
    <message>
        <source>{path} is too large to import as one quiz: {why}, and the app reads quiz files of at most {size}. Split the GIFT file into smaller files (for example one per category, or a few hundred questions each) and import each with its own --id. Nothing has been written.</source>
        <extracomment>{why} is one of the reasons above, such as &quot;its questions would make a quiz file of at least 2,048 KB&quot;</extracomment>
        <translation>mae {path} yn rhy fawr i&apos;w mewnforio fel un cwis: {why}, ac mae&apos;r ap yn darllen ffeiliau cwis o {size} ar y mwyaf. Rhannwch y ffeil GIFT yn ffeiliau llai (er enghraifft un i bob categori, neu ychydig gannoedd o gwestiynau yr un) a mewnforiwch bob un gyda&apos;i --id ei hun. Does dim wedi&apos;i ysgrifennu.</translation>
    </message>
    <message>
        <source>quiz &apos;{id}&apos; exists ({path}) but has problems, so it cannot be exported until they are fixed:</source>
        <translation>mae&apos;r cwis &apos;{id}&apos; yn bodoli ({path}) ond mae problemau ynddo, felly ni ellir ei allforio nes eu bod wedi&apos;u cywiro:</translation>
    </message>
    <message>
        <source>no quiz &apos;{id}&apos;: {folder} does not exist (is the content folder right?).</source>
        <translation>dim cwis &apos;{id}&apos;: nid yw {folder} yn bodoli (ai dyma&apos;r ffolder cynnwys cywir?).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no quizzes</comment>
        <translation>dim</translation>
    </message>
    <message>
        <source>no quiz &apos;{id}&apos; in {folder} (quizzes: {known}).</source>
        <translation>dim cwis &apos;{id}&apos; yn {folder} (cwisiau: {known}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported quiz &apos;{id}&apos; to {target} (%n question(s) as GIFT).</source>
        <translation>
            <numerusform>Allforiwyd y cwis &apos;{id}&apos; i {target} (%n o gwestiynau fel GIFT).</numerusform>
            <numerusform>Allforiwyd y cwis &apos;{id}&apos; i {target} (%n cwestiwn fel GIFT).</numerusform>
            <numerusform>Allforiwyd y cwis &apos;{id}&apos; i {target} (%n o gwestiynau fel GIFT).</numerusform>
            <numerusform>Allforiwyd y cwis &apos;{id}&apos; i {target} (%n o gwestiynau fel GIFT).</numerusform>
            <numerusform>Allforiwyd y cwis &apos;{id}&apos; i {target} (%n o gwestiynau fel GIFT).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>{people} is &quot;%n person(s)&quot;, translated on its own</extracomment>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from {since} to {until} to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n rhes ({people}) sydd â rhywbeth rhwng {since} a {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a {until} i {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from {since} to today to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a heddiw i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n rhes ({people}) sydd â rhywbeth rhwng {since} a heddiw i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a heddiw i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a heddiw i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth rhwng {since} a heddiw i {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) with something from the start to {until} to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth o&apos;r dechrau hyd {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n rhes ({people}) sydd â rhywbeth o&apos;r dechrau hyd {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth o&apos;r dechrau hyd {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth o&apos;r dechrau hyd {until} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) sydd â rhywbeth o&apos;r dechrau hyd {until} i {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) ({people}) to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o resi ({people}) i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n rhes ({people}) i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o resi ({people}) i {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{option} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, for example 2026-04-01</source>
        <translation>nid yw {option} &apos;{value}&apos; yn ddyddiad: ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-04-01</translation>
    </message>
    <message>
        <source>Wrote caseload figures for {first} to {last} by quarter (screenings by {practitioners} practitioners; {hidden} numbers hidden) to {path}</source>
        <translation>Ysgrifennwyd ffigurau llwyth achosion ar gyfer {first} – {last} fesul chwarter (sgriniadau gan {practitioners} o ymarferwyr; {hidden} o rifau wedi&apos;u cuddio) i {path}</translation>
    </message>
    <message>
        <source>Wrote caseload figures for {first} to {last} by month (screenings by {practitioners} practitioners; {hidden} numbers hidden) to {path}</source>
        <translation>Ysgrifennwyd ffigurau llwyth achosion ar gyfer {first} – {last} fesul mis (sgriniadau gan {practitioners} o ymarferwyr; {hidden} o rifau wedi&apos;u cuddio) i {path}</translation>
    </message>
    <message>
        <source>Screenings are dated by month only, so the figures cover whole quarters.</source>
        <translation>Dim ond y mis sydd ar sgriniadau, felly mae&apos;r ffigurau&apos;n cwmpasu chwarteri cyfan.</translation>
    </message>
    <message>
        <source>Screenings are dated by month only, so the figures cover whole months.</source>
        <translation>Dim ond y mis sydd ar sgriniadau, felly mae&apos;r ffigurau&apos;n cwmpasu misoedd cyfan.</translation>
    </message>
    <message>
        <source>Wrote the team report for {day} to {path}</source>
        <translation>Ysgrifennwyd adroddiad y tîm ar gyfer {day} i {path}</translation>
    </message>
    <message>
        <source>No joint sessions.</source>
        <translation>Dim sesiynau ar y cyd.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n o fynychwyr</numerusform>
            <numerusform>%n mynychwr</numerusform>
            <numerusform>%n o fynychwyr</numerusform>
            <numerusform>%n o fynychwyr</numerusform>
            <numerusform>%n o fynychwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{probation} probation, {drug_service} drug service, {other} other; %n guest(s)</source>
        <translation>
            <numerusform>{probation} prawf, {drug_service} gwasanaeth camddefnyddio sylweddau, {other} arall; %n o westeion</numerusform>
            <numerusform>{probation} prawf, {drug_service} gwasanaeth camddefnyddio sylweddau, {other} arall; %n gwestai</numerusform>
            <numerusform>{probation} prawf, {drug_service} gwasanaeth camddefnyddio sylweddau, {other} arall; %n o westeion</numerusform>
            <numerusform>{probation} prawf, {drug_service} gwasanaeth camddefnyddio sylweddau, {other} arall; %n o westeion</numerusform>
            <numerusform>{probation} prawf, {drug_service} gwasanaeth camddefnyddio sylweddau, {other} arall; %n o westeion</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>running</source>
        <comment>a joint session&apos;s status</comment>
        <translation>yn rhedeg</translation>
    </message>
    <message>
        <source>finished</source>
        <comment>a joint session&apos;s status</comment>
        <translation>wedi gorffen</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a session id: &apos;nps-trainer session list&apos; shows them</source>
        <translation>nid yw &apos;{id}&apos; yn ddynodydd sesiwn: mae &apos;nps-trainer session list&apos; yn eu dangos</translation>
    </message>
    <message>
        <source>{problem} &apos;nps-trainer session list&apos; shows the sessions there are.</source>
        <translation>{problem} Mae &apos;nps-trainer session list&apos; yn dangos y sesiynau sydd ar gael.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n attendee(s) of session {id} ({title}, {day}).</source>
        <translation>
            <numerusform>Ysgrifennwyd {path}: %n o fynychwyr sesiwn {id} ({title}, {day}).</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n mynychwr sesiwn {id} ({title}, {day}).</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n o fynychwyr sesiwn {id} ({title}, {day}).</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n o fynychwyr sesiwn {id} ({title}, {day}).</numerusform>
            <numerusform>Ysgrifennwyd {path}: %n o fynychwyr sesiwn {id} ({title}, {day}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: the session record as PDF.</source>
        <translation>Ysgrifennwyd {path}: cofnod y sesiwn fel PDF.</translation>
    </message>
    <message>
        <source>Note: this session has not ended yet; its record may still change.</source>
        <translation>Sylwch: nid yw&apos;r sesiwn hon wedi dod i ben eto; gall ei chofnod newid o hyd.</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {reason}</source>
        <translation>methu darllen y ffeil cyfrinymadrodd {path}: {reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text</source>
        <translation>nid testun UTF-8 yw&apos;r ffeil cyfrinymadrodd {path}</translation>
    </message>
    <message>
        <source>the passphrase file {path} has no passphrase on its first line</source>
        <translation>nid oes cyfrinymadrodd ar linell gyntaf y ffeil cyfrinymadrodd {path}</translation>
    </message>
    <message>
        <source>only a manager can see staff records</source>
        <translation>dim ond rheolwr all weld cofnodion staff</translation>
    </message>
    <message>
        <source>only a manager can see team reports</source>
        <translation>dim ond rheolwr all weld adroddiadau tîm</translation>
    </message>
    <message>
        <source>only a manager can issue certificates</source>
        <translation>dim ond rheolwr all roi tystysgrifau</translation>
    </message>
    <message>
        <source>only a manager can see or send learning records</source>
        <translation>dim ond rheolwr all weld neu anfon cofnodion dysgu</translation>
    </message>
    <message>
        <source>only a manager or facilitator can see joint session records</source>
        <translation>dim ond rheolwr neu hwylusydd all weld cofnodion sesiynau ar y cyd</translation>
    </message>
    <message>
        <source>there is no manager on {database}: {only}</source>
        <translation>nid oes rheolwr ar {database}: {only}</translation>
    </message>
    <message>
        <source>there is no manager or facilitator on {database}: {only}</source>
        <translation>nid oes rheolwr na hwylusydd ar {database}: {only}</translation>
    </message>
    <message>
        <source>{name} is a {role}: {only}</source>
        <extracomment>{role} is the person&apos;s role in lower case, such as &quot;probation practitioner&quot;</extracomment>
        <translation>rôl {name} yw {role}: {only}</translation>
    </message>
    <message>
        <source>Sign in as ({names}) [{default}]: </source>
        <translation>Mewngofnodi fel ({names}) [{default}]: </translation>
    </message>
    <message>
        <source>Signing in as {name}, the administrator (--as NAME signs in someone else).</source>
        <translation>Yn mewngofnodi fel {name}, y gweinyddwr (mae --as NAME yn mewngofnodi rhywun arall).</translation>
    </message>
    <message>
        <source>{name} has not set a passphrase yet: sign in once in the app first</source>
        <translation>nid yw {name} wedi gosod cyfrinymadrodd eto: mewngofnodwch unwaith yn yr ap yn gyntaf</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Cyfrinymadrodd {name}: </translation>
    </message>
    <message>
        <source>a passphrase is needed: give --passphrase-file FILE (its first line), or run this at a terminal to be asked</source>
        <translation>mae angen cyfrinymadrodd: rhowch --passphrase-file FILE (ei linell gyntaf), neu rhedwch hwn mewn terfynell i gael cais amdano</translation>
    </message>
    <message>
        <source>{name}&apos;s passphrase was reset by a manager: sign in once in the app to choose your own, then run this again</source>
        <translation>ailosododd rheolwr gyfrinymadrodd {name}: mewngofnodwch unwaith yn yr ap i ddewis eich un eich hun, yna rhedwch hwn eto</translation>
    </message>
    <message>
        <source>there is no database at {path}: check --database (nothing was created)</source>
        <translation>nid oes cronfa ddata yn {path}: gwiriwch --database (ni chrëwyd dim)</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name in it</source>
        <translation>methu ysgrifennu {path}: ffolder ydyw; rhowch enw ffeil ynddo</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>methu ysgrifennu {path}: nid yw&apos;r ffolder {folder} yn bodoli</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) since {since} to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o ddatganiadau ers {since} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n datganiad ers {since} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau ers {since} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau ers {since} i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau ers {since} i {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) to {path}</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o ddatganiadau i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n datganiad i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau i {path}</numerusform>
            <numerusform>Ysgrifennwyd %n o ddatganiadau i {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the secret file {path}: there is no such file</source>
        <translation>methu darllen y ffeil gyfrinach {path}: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>the secret file {path} has no secret on its first line</source>
        <translation>nid oes cyfrinach ar linell gyntaf y ffeil gyfrinach {path}</translation>
    </message>
    <message>
        <source>Sent {sent}, rejected {rejected}, still waiting {waiting} (to {address}).</source>
        <translation>Wedi anfon {sent}, wedi&apos;u gwrthod {rejected}, yn dal i aros {waiting} (i {address}).</translation>
    </message>
    <message>
        <source>Stopped: {error}</source>
        <translation>Wedi stopio: {error}</translation>
    </message>
    <message>
        <source>Rejected statements are kept with the LRS&apos;s reason: see &apos;nps-trainer xapi status&apos;.</source>
        <translation>Mae datganiadau a wrthodwyd yn cael eu cadw gyda rheswm yr LRS: gweler &apos;nps-trainer xapi status&apos;.</translation>
    </message>
    <message>
        <source>Learning records on {database}:</source>
        <translation>Cofnodion dysgu ar {database}:</translation>
    </message>
    <message>
        <source>LRS: {address}</source>
        <translation>LRS: {address}</translation>
    </message>
    <message>
        <source>LRS: none set up (records wait here)</source>
        <translation>LRS: dim un wedi&apos;i osod (mae cofnodion yn aros yma)</translation>
    </message>
    <message>
        <source>Waiting: {waiting} ({held} in back-off until {when})</source>
        <translation>Yn aros: {waiting} ({held} yn oedi tan {when})</translation>
    </message>
    <message>
        <source>Waiting: {waiting}</source>
        <translation>Yn aros: {waiting}</translation>
    </message>
    <message>
        <source>Sent: {sent}, last at {when}</source>
        <translation>Wedi&apos;u hanfon: {sent}, y diwethaf am {when}</translation>
    </message>
    <message>
        <source>Sent: {sent}</source>
        <translation>Wedi&apos;u hanfon: {sent}</translation>
    </message>
    <message>
        <source>Rejected: {rejected}</source>
        <translation>Wedi&apos;u gwrthod: {rejected}</translation>
    </message>
    <message>
        <source>Imported from other devices: {imported}</source>
        <translation>Wedi&apos;u mewnforio o ddyfeisiau eraill: {imported}</translation>
    </message>
    <message>
        <source>Last error ({when}): {error}</source>
        <translation>Y gwall diwethaf ({when}): {error}</translation>
    </message>
    <message>
        <source>rejected {id} ({what}): {reason}</source>
        <translation>gwrthodwyd {id} ({what}): {reason}</translation>
    </message>
    <message>
        <source>Imported records not yet linked to a person: {count} (link them in Team → Learning records)</source>
        <translation>Cofnodion wedi&apos;u mewnforio heb eu cysylltu â pherson eto: {count} (cysylltwch nhw yn Tîm → Cofnodion dysgu)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n statement(s) from {path} ({already} already here).</source>
        <translation>
            <numerusform>Mewnforiwyd %n o ddatganiadau o {path} ({already} yma eisoes).</numerusform>
            <numerusform>Mewnforiwyd %n datganiad o {path} ({already} yma eisoes).</numerusform>
            <numerusform>Mewnforiwyd %n o ddatganiadau o {path} ({already} yma eisoes).</numerusform>
            <numerusform>Mewnforiwyd %n o ddatganiadau o {path} ({already} yma eisoes).</numerusform>
            <numerusform>Mewnforiwyd %n o ddatganiadau o {path} ({already} yma eisoes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file are not linked to anyone here yet: link them in Team → Learning records.</source>
        <translation>
            <numerusform>Nid yw %n o bobl yn y ffeil wedi&apos;u cysylltu â neb yma eto: cysylltwch nhw yn Tîm → Cofnodion dysgu.</numerusform>
            <numerusform>Nid yw %n person yn y ffeil wedi&apos;i gysylltu â neb yma eto: cysylltwch nhw yn Tîm → Cofnodion dysgu.</numerusform>
            <numerusform>Nid yw %n o bobl yn y ffeil wedi&apos;u cysylltu â neb yma eto: cysylltwch nhw yn Tîm → Cofnodion dysgu.</numerusform>
            <numerusform>Nid yw %n o bobl yn y ffeil wedi&apos;u cysylltu â neb yma eto: cysylltwch nhw yn Tîm → Cofnodion dysgu.</numerusform>
            <numerusform>Nid yw %n o bobl yn y ffeil wedi&apos;u cysylltu â neb yma eto: cysylltwch nhw yn Tîm → Cofnodion dysgu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{option} {value} is not a date (YYYY-MM-DD)</source>
        <translation>nid yw {option} {value} yn ddyddiad (BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>The database {database} already holds data (in {tables}): the demo only fills a new, empty database. Nothing was changed.</source>
        <translation>Mae data yn y gronfa ddata {database} eisoes (yn {tables}): dim ond cronfa ddata newydd, wag y mae&apos;r arddangosiad yn ei llenwi. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>Quiz attempts: {count} ({modes})</source>
        <translation>Ymdrechion cwis: {count} ({modes})</translation>
    </message>
    <message>
        <source>Quiz attempts: {count}</source>
        <translation>Ymdrechion cwis: {count}</translation>
    </message>
    <message>
        <source>Recovery key: {count} records sealed to it</source>
        <translation>Allwedd adfer: {count} o gofnodion wedi&apos;u selio iddi</translation>
    </message>
    <message>
        <source>Recovery key: none</source>
        <translation>Allwedd adfer: dim</translation>
    </message>
    <message>
        <source>People: {count} ({roles})</source>
        <translation>Pobl: {count} ({roles})</translation>
    </message>
    <message>
        <source>Organisations: {organisations}</source>
        <translation>Sefydliadau: {organisations}</translation>
    </message>
    <message>
        <source>Teams: {teams}</source>
        <translation>Timau: {teams}</translation>
    </message>
    <message>
        <source>Modules completed: {completed} ({unread} completed before every section was read); {started} in progress</source>
        <translation>Modiwlau wedi&apos;u cwblhau: {completed} ({unread} wedi&apos;u cwblhau cyn darllen pob adran); {started} ar y gweill</translation>
    </message>
    <message>
        <source>Assignments: {count}</source>
        <translation>Aseiniadau: {count}</translation>
    </message>
    <message>
        <source>Screenings: {count} ({finished} finished, {drafts} drafts)</source>
        <translation>Sgriniadau: {count} ({finished} wedi&apos;u gorffen, {drafts} drafft)</translation>
    </message>
    <message>
        <source>Checklists: {count}</source>
        <translation>Rhestrau gwirio: {count}</translation>
    </message>
    <message>
        <source>Joint sessions: {count} finished ({attendees} attendees, {guests} of them guests)</source>
        <translation>Sesiynau ar y cyd: {count} wedi&apos;u gorffen ({attendees} o fynychwyr, {guests} ohonynt yn westeion)</translation>
    </message>
    <message>
        <source>Administrator: {name} (manager)</source>
        <translation>Gweinyddwr: {name} (rheolwr)</translation>
    </message>
    <message numerus="yes">
        <source>%n probation practitioner(s)</source>
        <translation>
            <numerusform>%n o ymarferwyr prawf</numerusform>
            <numerusform>%n ymarferydd prawf</numerusform>
            <numerusform>%n o ymarferwyr prawf</numerusform>
            <numerusform>%n o ymarferwyr prawf</numerusform>
            <numerusform>%n o ymarferwyr prawf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug service worker(s)</source>
        <translation>
            <numerusform>%n o weithwyr gwasanaeth camddefnyddio sylweddau</numerusform>
            <numerusform>%n gweithiwr gwasanaeth camddefnyddio sylweddau</numerusform>
            <numerusform>%n o weithwyr gwasanaeth camddefnyddio sylweddau</numerusform>
            <numerusform>%n o weithwyr gwasanaeth camddefnyddio sylweddau</numerusform>
            <numerusform>%n o weithwyr gwasanaeth camddefnyddio sylweddau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitator(s)</source>
        <translation>
            <numerusform>%n o hwyluswyr</numerusform>
            <numerusform>%n hwylusydd</numerusform>
            <numerusform>%n o hwyluswyr</numerusform>
            <numerusform>%n o hwyluswyr</numerusform>
            <numerusform>%n o hwyluswyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n o reolwyr</numerusform>
            <numerusform>%n rheolwr</numerusform>
            <numerusform>%n o reolwyr</numerusform>
            <numerusform>%n o reolwyr</numerusform>
            <numerusform>%n o reolwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} practice</source>
        <comment>quiz attempts</comment>
        <translation>{count} ymarfer</translation>
    </message>
    <message>
        <source>{count} assessed</source>
        <comment>quiz attempts</comment>
        <translation>{count} wedi&apos;u hasesu</translation>
    </message>
    <message>
        <source>The checklist form &apos;{form}&apos; is not installed: none made.</source>
        <translation>Nid yw&apos;r ffurflen rhestr wirio &apos;{form}&apos; wedi&apos;i gosod: ni wnaed dim.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n checklist(s) (all finished).</source>
        <translation>
            <numerusform>Gwnaed %n o restrau gwirio (pob un wedi&apos;i gorffen).</numerusform>
            <numerusform>Gwnaed %n rhestr wirio (wedi&apos;i gorffen).</numerusform>
            <numerusform>Gwnaed %n o restrau gwirio (pob un wedi&apos;i gorffen).</numerusform>
            <numerusform>Gwnaed %n o restrau gwirio (pob un wedi&apos;i gorffen).</numerusform>
            <numerusform>Gwnaed %n o restrau gwirio (pob un wedi&apos;i gorffen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No modules were found in {folder}: no learning records made.</source>
        <translation>Ni chafwyd hyd i fodiwlau yn {folder}: ni wnaed cofnodion dysgu.</translation>
    </message>
    <message>
        <source>Added a year of module visits, completions and quiz attempts.</source>
        <translation>Ychwanegwyd blwyddyn o ymweliadau â modiwlau, cwblhadau ac ymdrechion cwis.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n refresher question(s) from the quiz answers ({due} due now).</source>
        <translation>
            <numerusform>Trefnwyd %n o gwestiynau gloywi o&apos;r atebion cwis ({due} i&apos;w gwneud nawr).</numerusform>
            <numerusform>Trefnwyd %n cwestiwn gloywi o&apos;r atebion cwis ({due} i&apos;w gwneud nawr).</numerusform>
            <numerusform>Trefnwyd %n o gwestiynau gloywi o&apos;r atebion cwis ({due} i&apos;w gwneud nawr).</numerusform>
            <numerusform>Trefnwyd %n o gwestiynau gloywi o&apos;r atebion cwis ({due} i&apos;w gwneud nawr).</numerusform>
            <numerusform>Trefnwyd %n o gwestiynau gloywi o&apos;r atebion cwis ({due} i&apos;w gwneud nawr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n assignment(s) ({cancelled} since cancelled).</source>
        <translation>
            <numerusform>Gwnaed %n o aseiniadau ({cancelled} wedi&apos;u diddymu ers hynny).</numerusform>
            <numerusform>Gwnaed %n aseiniad ({cancelled} wedi&apos;u diddymu ers hynny).</numerusform>
            <numerusform>Gwnaed %n o aseiniadau ({cancelled} wedi&apos;u diddymu ers hynny).</numerusform>
            <numerusform>Gwnaed %n o aseiniadau ({cancelled} wedi&apos;u diddymu ers hynny).</numerusform>
            <numerusform>Gwnaed %n o aseiniadau ({cancelled} wedi&apos;u diddymu ers hynny).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery key set up by the administrator</source>
        <translation>Allwedd adfer wedi&apos;i gosod gan y gweinyddwr</translation>
    </message>
    <message>
        <source>The screening form &apos;{form}&apos; is not installed: no screenings made.</source>
        <translation>Nid yw&apos;r ffurflen sgrinio &apos;{form}&apos; wedi&apos;i gosod: ni wnaed sgriniadau.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n screening(s) ({finished} finished, {drafts} drafts).</source>
        <translation>
            <numerusform>Gwnaed %n o sgriniadau ({finished} wedi&apos;u gorffen, {drafts} drafft).</numerusform>
            <numerusform>Gwnaed %n sgriniad ({finished} wedi&apos;u gorffen, {drafts} drafft).</numerusform>
            <numerusform>Gwnaed %n o sgriniadau ({finished} wedi&apos;u gorffen, {drafts} drafft).</numerusform>
            <numerusform>Gwnaed %n o sgriniadau ({finished} wedi&apos;u gorffen, {drafts} drafft).</numerusform>
            <numerusform>Gwnaed %n o sgriniadau ({finished} wedi&apos;u gorffen, {drafts} drafft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n finished joint session(s).</source>
        <translation>
            <numerusform>Ychwanegwyd %n o sesiynau ar y cyd wedi&apos;u gorffen.</numerusform>
            <numerusform>Ychwanegwyd %n sesiwn ar y cyd wedi&apos;i gorffen.</numerusform>
            <numerusform>Ychwanegwyd %n o sesiynau ar y cyd wedi&apos;u gorffen.</numerusform>
            <numerusform>Ychwanegwyd %n o sesiynau ar y cyd wedi&apos;u gorffen.</numerusform>
            <numerusform>Ychwanegwyd %n o sesiynau ar y cyd wedi&apos;u gorffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n person(s), each with a passphrase.</source>
        <translation>
            <numerusform>Gwnaed %n o bobl, pob un â chyfrinymadrodd.</numerusform>
            <numerusform>Gwnaed %n person, gyda chyfrinymadrodd.</numerusform>
            <numerusform>Gwnaed %n o bobl, pob un â chyfrinymadrodd.</numerusform>
            <numerusform>Gwnaed %n o bobl, pob un â chyfrinymadrodd.</numerusform>
            <numerusform>Gwnaed %n o bobl, pob un â chyfrinymadrodd.</numerusform>
        </translation>
    </message>
    <message>
        <source>This translation has not yet been reviewed by a Welsh speaker.</source>
        <translation>Nid yw siaradwr Cymraeg wedi adolygu&apos;r cyfieithiad hwn eto.</translation>
    </message>
    <message>
        <source>cannot read the guide: {reason}</source>
        <translation>methu darllen y canllaw: {reason}</translation>
    </message>
    <message>
        <source>the guide must be a set of &apos;field: value&apos; lines</source>
        <translation>rhaid i&apos;r canllaw fod yn set o linellau &apos;maes: gwerth&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text</source>
        <translation>rhaid i &apos;{key}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is longer than {count} characters</source>
        <translation>mae &apos;{key}&apos; yn hwy na {count} nod</translation>
    </message>
    <message>
        <source>unknown field &apos;{key}&apos; (expected: {known})</source>
        <translation>maes annisgwyl &apos;{key}&apos; (disgwylir: {known})</translation>
    </message>
    <message>
        <source>&apos;first&apos; must tell the reader to call 999</source>
        <translation>rhaid i &apos;first&apos; ddweud wrth y darllenydd am ffonio 999</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of 1 to {count} steps</source>
        <translation>rhaid i &apos;steps&apos; fod yn rhestr o 1 i {count} cam</translation>
    </message>
    <message>
        <source>step {number} needs a &apos;heading&apos; and a &apos;text&apos;</source>
        <translation>mae angen &apos;heading&apos; a &apos;text&apos; ar gam {number}</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must list where the steps come from</source>
        <translation>rhaid i &apos;sources&apos; restru o ble y daw&apos;r camau</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date such as 2026-12-06</source>
        <translation>rhaid i &apos;reviewed&apos; fod yn ddyddiad fel 2026-12-06</translation>
    </message>
    <message>
        <source>the translation has {count} steps but the English guide has {english}: keep one step for each English step, in the same order</source>
        <translation>mae gan y cyfieithiad {count} cam ond mae gan y canllaw Saesneg {english}: cadwch un cam ar gyfer pob cam Saesneg, yn yr un drefn</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be the English guide&apos;s (&apos;{source}&apos;)</source>
        <translation>rhaid i &apos;source&apos; fod yr un fath ag un y canllaw Saesneg (&apos;{source}&apos;)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has the numbers {numbers} but the English has {english}: a translation must keep every number (999, times, rates, doses)</source>
        <translation>mae gan &apos;{key}&apos; y rhifau {numbers} ond mae gan y Saesneg {english}: rhaid i gyfieithiad gadw pob rhif (999, amseroedd, cyfraddau, dosau)</translation>
    </message>
    <message>
        <source>step {number} has the numbers {numbers} but the English has {english}: a translation must keep every number (999, times, rates, doses)</source>
        <translation>mae gan gam {number} y rhifau {numbers} ond mae gan y Saesneg {english}: rhaid i gyfieithiad gadw pob rhif (999, amseroedd, cyfraddau, dosau)</translation>
    </message>
    <message>
        <source>there is no English guide for this translation (it needs {name} beside it)</source>
        <translation>nid oes canllaw Saesneg ar gyfer y cyfieithiad hwn (mae angen {name} wrth ei ymyl)</translation>
    </message>
    <message>
        <source>Sources: {sources}. Reviewed {date}.</source>
        <translation>Ffynonellau: {sources}. Adolygwyd {date}.</translation>
    </message>
    <message>
        <source>cannot read the help page: {reason}</source>
        <translation>methu darllen y dudalen gymorth: {reason}</translation>
    </message>
    <message>
        <source>front matter needs &apos;{key}&apos; ({explanation})</source>
        <translation>mae angen &apos;{key}&apos; yn y rhagymadrodd ({explanation})</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be the file&apos;s name, &apos;{name}&apos;</source>
        <translation>rhaid i &apos;id&apos; fod yn enw&apos;r ffeil, &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;title&apos; must be text</source>
        <translation>rhaid i &apos;title&apos; fod yn destun</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a whole number</source>
        <translation>rhaid i &apos;order&apos; fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>&apos;audience&apos; must list some of: {audiences}</source>
        <translation>rhaid i &apos;audience&apos; restru rhai o: {audiences}</translation>
    </message>
    <message>
        <source>&apos;translation_reviewed&apos; belongs in a translation (such as cy/), not in English</source>
        <translation>mae &apos;translation_reviewed&apos; yn perthyn i gyfieithiad (fel cy/), nid i&apos;r Saesneg</translation>
    </message>
    <message>
        <source>&apos;translation_reviewed&apos; must be true or false (got {value})</source>
        <translation>rhaid i &apos;translation_reviewed&apos; fod yn true neu false (cafwyd {value})</translation>
    </message>
    <message>
        <source>&apos;covers&apos; must list the places this page explains, e.g. [learn, learn.reader]</source>
        <translation>rhaid i &apos;covers&apos; restru&apos;r mannau y mae&apos;r dudalen hon yn eu hesbonio, e.e. [learn, learn.reader]</translation>
    </message>
    <message>
        <source>&apos;covers&apos; entry {entry} must be a key such as &apos;learn&apos; or &apos;learn.reader#reading-a-module&apos;</source>
        <translation>rhaid i&apos;r cofnod {entry} yn &apos;covers&apos; fod yn allwedd fel &apos;learn&apos; neu &apos;learn.reader#reading-a-module&apos;</translation>
    </message>
    <message>
        <source>&apos;covers&apos; entry &apos;{entry}&apos;: this page has no part &apos;#{anchor}&apos; (its parts: {parts})</source>
        <translation>cofnod &apos;{entry}&apos; yn &apos;covers&apos;: nid oes rhan &apos;#{anchor}&apos; ar y dudalen hon (ei rhannau: {parts})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no parts</comment>
        <translation>dim</translation>
    </message>
    <message>
        <source>&apos;covers&apos; names &apos;{key}&apos; twice</source>
        <translation>mae &apos;covers&apos; yn enwi &apos;{key}&apos; ddwywaith</translation>
    </message>
    <message>
        <source>the file&apos;s name without .md</source>
        <translation>enw&apos;r ffeil heb .md</translation>
    </message>
    <message>
        <source>the page&apos;s title</source>
        <translation>teitl y dudalen</translation>
    </message>
    <message>
        <source>the places in the app it explains</source>
        <translation>y mannau yn yr ap y mae&apos;n eu hesbonio</translation>
    </message>
    <message>
        <source>the date it was last checked</source>
        <translation>y dyddiad y cafodd ei gwirio ddiwethaf</translation>
    </message>
    <message>
        <source>link &apos;{target}&apos;: there is no help page &apos;{page}&apos; (pages: {pages})</source>
        <translation>dolen &apos;{target}&apos;: nid oes tudalen gymorth &apos;{page}&apos; (tudalennau: {pages})</translation>
    </message>
    <message>
        <source>link &apos;{target}&apos;: page &apos;{page}&apos; has no part &apos;#{anchor}&apos; (its parts: {parts})</source>
        <translation>dolen &apos;{target}&apos;: nid oes rhan &apos;#{anchor}&apos; ar y dudalen &apos;{page}&apos; (ei rhannau: {parts})</translation>
    </message>
    <message>
        <source>the guide needs its English pages in &apos;en/&apos;</source>
        <translation>mae angen tudalennau Saesneg y canllaw yn &apos;en/&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is covered by both &apos;{first}&apos; and &apos;{second}&apos;</source>
        <translation>mae &apos;{key}&apos; yn cael sylw gan &apos;{first}&apos; a &apos;{second}&apos; ill dwy</translation>
    </message>
    <message>
        <source>there is no English page &apos;{page}&apos; for this copy</source>
        <translation>nid oes tudalen Saesneg &apos;{page}&apos; ar gyfer y copi hwn</translation>
    </message>
    <message>
        <source>Opens outside NPS Trainer</source>
        <translation>Yn agor y tu allan i NPS Trainer</translation>
    </message>
    <message>
        <source>Checked {date}. NPS Trainer is training, not clinical advice.</source>
        <translation>Gwiriwyd {date}. Hyfforddiant yw NPS Trainer, nid cyngor clinigol.</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this data. Check it and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir ar gyfer y data hyn. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Use at least {count} characters; three or more random words work well.</source>
        <translation>Defnyddiwch {count} nod o leiaf; mae tri neu fwy o eiriau ar hap yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Use at least {count} different characters.</source>
        <translation>Defnyddiwch {count} nod gwahanol o leiaf.</translation>
    </message>
    <message>
        <source>That passphrase is too common; choose something less predictable.</source>
        <translation>Mae&apos;r cyfrinymadrodd hwnnw&apos;n rhy gyffredin; dewiswch rywbeth llai rhagweladwy.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. {problems}</source>
        <extracomment>{problems} is one or more of the sentences above, each ending with a full stop</extracomment>
        <translation>Mae&apos;r cyfrinymadrodd hwn yn rhy wan. {problems}</translation>
    </message>
    <message>
        <source>not an encrypted value from this application</source>
        <translation>nid yw&apos;n werth wedi&apos;i amgryptio gan y rhaglen hon</translation>
    </message>
    <message>
        <source>encrypted value is damaged</source>
        <translation>mae&apos;r gwerth wedi&apos;i amgryptio wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>cannot decrypt {field} of record {record}: altered, damaged or from another record</source>
        <translation>ni ellir dadgryptio {field} y cofnod {record}: mae wedi&apos;i newid, wedi&apos;i ddifrodi neu&apos;n dod o gofnod arall</translation>
    </message>
    <message>
        <source>These keys do not belong to this profile: nothing was read or changed.</source>
        <translation>Nid yw&apos;r allweddi hyn yn perthyn i&apos;r proffil hwn: ni ddarllenwyd na newidiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this profile. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this profile. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion anghywir ar gyfer y proffil hwn. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile already has a passphrase.</source>
        <translation>Mae gan y proffil hwn gyfrinymadrodd eisoes.</translation>
    </message>
    <message>
        <source>This profile has no passphrase yet.</source>
        <translation>Nid oes gan y proffil hwn gyfrinymadrodd eto.</translation>
    </message>
    <message>
        <source>Choose a passphrase of your own, not the temporary one the manager gave you.</source>
        <translation>Dewiswch eich cyfrinymadrodd eich hun, nid yr un dros dro a roddodd y rheolwr i chi.</translation>
    </message>
    <message>
        <source>{name} is a {role}: their first passphrase needs a setup code. Ask a manager for one (Team → People → Setup code).</source>
        <extracomment>{role} is the person&apos;s role in lower case, such as &quot;facilitator&quot;</extracomment>
        <translation>Rôl {name} yw {role}: mae angen cod gosod ar gyfer eu cyfrinymadrodd cyntaf. Gofynnwch i reolwr am un (Tîm → Pobl → Cod gosod).</translation>
    </message>
    <message>
        <source>No profile {id}.</source>
        <translation>Dim proffil {id}.</translation>
    </message>
    <message>
        <source>{name}&apos;s profile is archived. Ask a manager to restore it.</source>
        <translation>Mae proffil {name} wedi&apos;i archifo. Gofynnwch i reolwr ei adfer.</translation>
    </message>
    <message>
        <source>No learning record store is set up: records wait on this device (File → Settings).</source>
        <translation>Nid oes storfa cofnodion dysgu wedi&apos;i gosod: mae cofnodion yn aros ar y ddyfais hon (Ffeil → Gosodiadau).</translation>
    </message>
    <message>
        <source>The learning record store needs a key and a secret.</source>
        <translation>Mae angen allwedd a chyfrinach ar y storfa cofnodion dysgu.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address (for example https://lrs.example.org/xAPI/).</source>
        <translation>Nid yw &apos;{address}&apos; yn gyfeiriad gwe (er enghraifft https://lrs.example.org/xAPI/).</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not encrypted (http): use the LRS&apos;s https address, so the key and secret are not sent in the clear.</source>
        <translation>Nid yw &apos;{address}&apos; wedi&apos;i amgryptio (http): defnyddiwch gyfeiriad https yr LRS, fel nad yw&apos;r allwedd a&apos;r gyfrinach yn cael eu hanfon yn agored.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address: the organisation&apos;s base IRI must start with https:// (for example https://training.example.org/nps-trainer)</source>
        <translation>Nid yw &apos;{address}&apos; yn gyfeiriad gwe: rhaid i IRI sylfaen y sefydliad ddechrau gyda https:// (er enghraifft https://training.example.org/nps-trainer)</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Nid oes ffeil {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Methu darllen {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a statements file (it is not UTF-8 text).</source>
        <translation>Nid ffeil datganiadau yw {path} (nid testun UTF-8 yw hi).</translation>
    </message>
    <message>
        <source>{path} is not a statements file: not JSON (line {line}, column {column}: {problem}).</source>
        <extracomment>{problem} is Python&apos;s own description of the JSON error, in English</extracomment>
        <translation>Nid ffeil datganiadau yw {path}: nid JSON yw hi (llinell {line}, colofn {column}: {problem}).</translation>
    </message>
    <message>
        <source>{path} is not a statements file: it holds neither a statement nor a list of them.</source>
        <translation>Nid ffeil datganiadau yw {path}: nid oes datganiad na rhestr ohonynt ynddi.</translation>
    </message>
    <message>
        <source>id is missing (an imported statement needs its id, so it is never added twice)</source>
        <translation>mae&apos;r id ar goll (mae angen ei id ar ddatganiad wedi&apos;i fewnforio, fel na chaiff ei ychwanegu ddwywaith)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>dim id</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nid gwrthrych</translation>
    </message>
    <message>
        <source>statement {number} ({id}): {problems}</source>
        <translation>datganiad {number} ({id}): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was not imported, nothing was added: {problems}</source>
        <translation>Ni fewnforiwyd {path}, ni ychwanegwyd dim: {problems}</translation>
    </message>
    <message>
        <source>The learning record store did not answer ({reason}).</source>
        <translation>Ni atebodd y storfa cofnodion dysgu ({reason}).</translation>
    </message>
    <message>
        <source>the key or secret was refused</source>
        <translation>gwrthodwyd yr allwedd neu&apos;r gyfrinach</translation>
    </message>
    <message>
        <source>the key may not send statements</source>
        <translation>ni chaiff yr allwedd anfon datganiadau</translation>
    </message>
    <message>
        <source>no xAPI statements resource at this address</source>
        <translation>dim adnodd datganiadau xAPI yn y cyfeiriad hwn</translation>
    </message>
    <message>
        <source>a different statement has this id</source>
        <translation>mae gan ddatganiad gwahanol yr id hwn</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>rhy fawr</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>gormod o geisiadau</translation>
    </message>
    <message>
        <source>The learning record store refused the batch: {reason}</source>
        <translation>Gwrthododd y storfa cofnodion dysgu y swp: {reason}</translation>
    </message>
    <message>
        <source>Refused by the learning record store: {reason}</source>
        <translation>Wedi&apos;i wrthod gan y storfa cofnodion dysgu: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the learning record store (failed %n time(s)): {reason}</source>
        <translation>
            <numerusform>Wedi&apos;i wrthod gan y storfa cofnodion dysgu (methodd %n gwaith): {reason}</numerusform>
            <numerusform>Wedi&apos;i wrthod gan y storfa cofnodion dysgu (methodd %n gwaith): {reason}</numerusform>
            <numerusform>Wedi&apos;i wrthod gan y storfa cofnodion dysgu (methodd %n gwaith): {reason}</numerusform>
            <numerusform>Wedi&apos;i wrthod gan y storfa cofnodion dysgu (methodd %n gwaith): {reason}</numerusform>
            <numerusform>Wedi&apos;i wrthod gan y storfa cofnodion dysgu (methodd %n gwaith): {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The learning record store failed on this statement: {reason}</source>
        <translation>Methodd y storfa cofnodion dysgu ar y datganiad hwn: {reason}</translation>
    </message>
    <message>
        <source>Probation practitioner</source>
        <translation>Ymarferydd prawf</translation>
    </message>
    <message>
        <source>Drug service worker</source>
        <translation>Gweithiwr gwasanaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Gwasanaeth Prawf</translation>
    </message>
    <message>
        <source>Drug service</source>
        <translation>Gwasanaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Only a manager can assign training</source>
        <translation>Dim ond rheolwr all neilltuo hyfforddiant</translation>
    </message>
    <message>
        <source>Only a manager can cancel an assignment</source>
        <translation>Dim ond rheolwr all ddiddymu aseiniad</translation>
    </message>
    <message>
        <source>Only a manager can issue certificates</source>
        <translation>Dim ond rheolwr all roi tystysgrifau</translation>
    </message>
    <message>
        <source>Only a manager can see another person&apos;s certificates</source>
        <translation>Dim ond rheolwr all weld tystysgrifau person arall</translation>
    </message>
    <message>
        <source>Only a manager can revoke certificates</source>
        <translation>Dim ond rheolwr all ddirymu tystysgrifau</translation>
    </message>
    <message>
        <source>Only a manager can make a facilitator profile</source>
        <translation>Dim ond rheolwr all wneud proffil hwylusydd</translation>
    </message>
    <message>
        <source>Only a manager can make a manager profile</source>
        <translation>Dim ond rheolwr all wneud proffil rheolwr</translation>
    </message>
    <message>
        <source>Only a manager can erase a person&apos;s learning records</source>
        <translation>Dim ond rheolwr all ddileu cofnodion dysgu person</translation>
    </message>
    <message>
        <source>Only a manager can give a setup code</source>
        <translation>Dim ond rheolwr all roi cod gosod</translation>
    </message>
    <message>
        <source>Only a manager can rename another person&apos;s profile</source>
        <translation>Dim ond rheolwr all ailenwi proffil person arall</translation>
    </message>
    <message>
        <source>Only a manager can change another person&apos;s organisation or team</source>
        <translation>Dim ond rheolwr all newid sefydliad neu dîm person arall</translation>
    </message>
    <message>
        <source>Only a manager can change a role</source>
        <translation>Dim ond rheolwr all newid rôl</translation>
    </message>
    <message>
        <source>Only a manager can archive a profile</source>
        <translation>Dim ond rheolwr all archifo proffil</translation>
    </message>
    <message>
        <source>Only a manager can restore an archived profile</source>
        <translation>Dim ond rheolwr all adfer proffil sydd wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Only a manager can set up the recovery key</source>
        <translation>Dim ond rheolwr all osod yr allwedd adfer</translation>
    </message>
    <message>
        <source>Only a manager can replace the recovery key</source>
        <translation>Dim ond rheolwr all ddisodli&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Only a manager can move a case&apos;s screenings</source>
        <translation>Dim ond rheolwr all symud sgriniadau achos</translation>
    </message>
    <message>
        <source>Only a manager can reset a passphrase</source>
        <translation>Dim ond rheolwr all ailosod cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Rhowch enw dangos.</translation>
    </message>
    <message>
        <source>The display name is too long: at most {count} characters.</source>
        <translation>Mae&apos;r enw dangos yn rhy hir: {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The team name is too long: at most {count} characters.</source>
        <translation>Mae enw&apos;r tîm yn rhy hir: {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Nid yw &apos;{role}&apos; yn rôl.</translation>
    </message>
    <message>
        <source>Unknown organisation &apos;{organisation}&apos;: use probation or drug_service.</source>
        <translation>Nid yw &apos;{organisation}&apos; yn sefydliad: defnyddiwch probation neu drug_service.</translation>
    </message>
    <message>
        <source>You cannot archive your own profile while signed in.</source>
        <translation>Ni allwch archifo eich proffil eich hun tra byddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>{name} has set a passphrase already: no setup code is needed.</source>
        <translation>Mae {name} wedi gosod cyfrinymadrodd eisoes: nid oes angen cod gosod.</translation>
    </message>
    <message>
        <source>There is no setup code for this profile. Ask a manager for one.</source>
        <translation>Nid oes cod gosod ar gyfer y proffil hwn. Gofynnwch i reolwr am un.</translation>
    </message>
    <message>
        <source>This setup code has expired. Ask a manager for a new one (Team → People).</source>
        <translation>Mae&apos;r cod gosod hwn wedi dod i ben. Gofynnwch i reolwr am un newydd (Tîm → Pobl).</translation>
    </message>
    <message>
        <source>That setup code is not right. Check it with the manager who gave it to you.</source>
        <translation>Nid yw&apos;r cod gosod hwnnw&apos;n gywir. Gwiriwch ef gyda&apos;r rheolwr a&apos;i rhoddodd i chi.</translation>
    </message>
    <message>
        <source>{only}, and you are no longer a manager here.</source>
        <translation>{only}, ac nid ydych yn rheolwr yma bellach.</translation>
    </message>
    <message>
        <source>There is already a profile called {name}. Use a name that tells you apart, for example with an initial.</source>
        <translation>Mae proffil o&apos;r enw {name} eisoes. Defnyddiwch enw sy&apos;n eich gwahaniaethu, er enghraifft gyda llythyren gyntaf.</translation>
    </message>
    <message>
        <source>You cannot archive the only manager: make someone else a manager first.</source>
        <translation>Ni allwch archifo&apos;r unig reolwr: gwnewch rywun arall yn rheolwr yn gyntaf.</translation>
    </message>
    <message>
        <source>You cannot change the role of the only manager: make someone else a manager first.</source>
        <translation>Ni allwch newid rôl yr unig reolwr: gwnewch rywun arall yn rheolwr yn gyntaf.</translation>
    </message>
    <message>
        <source>The recovery key stored in the database does not match its fingerprint: it was changed outside NPS Trainer. Nothing was read or changed, and no record is sealed to it. Compare the fingerprint on Team → Recovery key with the one written down when the key was made, and ask your IT support to check the database.</source>
        <translation>Nid yw&apos;r allwedd adfer sydd yn y gronfa ddata yn cyfateb i&apos;w hôl bys: cafodd ei newid y tu allan i NPS Trainer. Ni ddarllenwyd na newidiwyd dim, ac nid oes cofnod wedi&apos;i selio iddi. Cymharwch yr ôl bys ar Tîm → Allwedd adfer â&apos;r un a ysgrifennwyd pan wnaed yr allwedd, a gofynnwch i&apos;ch tîm cymorth TG wirio&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>That is not the recovery passphrase. Nothing was read or changed. Check it with the managers who hold it and try again.</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd adfer. Ni ddarllenwyd na newidiwyd dim. Gwiriwch ef gyda&apos;r rheolwyr sy&apos;n ei gadw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The organisation has no recovery key yet. A manager sets one up in Team → Recovery key; records made or opened after that can be recovered.</source>
        <translation>Nid oes gan y sefydliad allwedd adfer eto. Mae rheolwr yn gosod un yn Tîm → Allwedd adfer; gellir adfer cofnodion a wneir neu a agorir ar ôl hynny.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong recovery passphrases. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong recovery passphrases. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o gyfrinymadroddion adfer anghywir. Arhoswch %n munud, yna rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation already has a recovery key. To change its passphrase, replace it (you need the current recovery passphrase).</source>
        <translation>Mae gan y sefydliad allwedd adfer eisoes. I newid ei chyfrinymadrodd, disodlwch hi (mae angen y cyfrinymadrodd adfer presennol arnoch).</translation>
    </message>
    <message>
        <source>Enter the case reference of the screenings to move.</source>
        <translation>Rhowch gyfeirnod achos y sgriniadau i&apos;w symud.</translation>
    </message>
    <message>
        <source>Choose two different practitioners: the one who has the case now, and the one it moves to.</source>
        <translation>Dewiswch ddau ymarferydd gwahanol: yr un sydd â&apos;r achos nawr, a&apos;r un y mae&apos;n symud ato.</translation>
    </message>
    <message>
        <source>You cannot move a case&apos;s screenings to yourself: the manager who moves them is not shown them. Choose the practitioner who takes the case on.</source>
        <translation>Ni allwch symud sgriniadau achos atoch chi eich hun: ni chaiff y rheolwr sy&apos;n eu symud eu gweld. Dewiswch yr ymarferydd sy&apos;n cymryd yr achos.</translation>
    </message>
    <message>
        <source>{name} ({role}, {organisation}, archived) cannot be given probation screening records. Choose a probation practitioner, facilitator or manager who is not archived.</source>
        <translation>Ni all {name} ({role}, {organisation}, wedi&apos;i archifo) gael cofnodion sgrinio&apos;r gwasanaeth prawf. Dewiswch ymarferydd prawf, hwylusydd neu reolwr nad yw wedi&apos;i archifo.</translation>
    </message>
    <message>
        <source>{name} ({role}, {organisation}) cannot be given probation screening records. Choose a probation practitioner, facilitator or manager who is not archived.</source>
        <translation>Ni all {name} ({role}, {organisation}) gael cofnodion sgrinio&apos;r gwasanaeth prawf. Dewiswch ymarferydd prawf, hwylusydd neu reolwr nad yw wedi&apos;i archifo.</translation>
    </message>
    <message>
        <source>{name} has not signed in with a passphrase yet, so nothing can be sealed to them. Move the case once they have.</source>
        <translation>Nid yw {name} wedi mewngofnodi gyda chyfrinymadrodd eto, felly ni ellir selio dim iddyn nhw. Symudwch yr achos pan fyddan nhw wedi gwneud hynny.</translation>
    </message>
    <message>
        <source>You cannot reset your own passphrase here: change it with your current one, or ask another manager to reset it.</source>
        <translation>Ni allwch ailosod eich cyfrinymadrodd eich hun yma: newidiwch ef gyda&apos;ch un presennol, neu gofynnwch i reolwr arall ei ailosod.</translation>
    </message>
    <message>
        <source>{name} has never set a passphrase, so there is nothing to reset. Give them a setup code instead (Team → People).</source>
        <translation>Nid yw {name} erioed wedi gosod cyfrinymadrodd, felly nid oes dim i&apos;w ailosod. Rhowch god gosod iddyn nhw yn lle hynny (Tîm → Pobl).</translation>
    </message>
    <message>
        <source>The recovery key was replaced meanwhile. Use the new recovery passphrase.</source>
        <translation>Cafodd yr allwedd adfer ei disodli yn y cyfamser. Defnyddiwch y cyfrinymadrodd adfer newydd.</translation>
    </message>
    <message>
        <source>a statement must be a JSON object</source>
        <translation>rhaid i ddatganiad fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>unknown properties {names}</source>
        <translation>priodweddau annisgwyl {names}</translation>
    </message>
    <message>
        <source>id is not a UUID</source>
        <translation>nid UUID yw id</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>mae {name} ar goll</translation>
    </message>
    <message>
        <source>{when} is not an ISO 8601 date and time</source>
        <translation>nid dyddiad ac amser ISO 8601 yw {when}</translation>
    </message>
    <message>
        <source>version must be 1.0.x</source>
        <translation>rhaid i version fod yn 1.0.x</translation>
    </message>
    <message>
        <source>{where} must be a language map</source>
        <translation>rhaid i {where} fod yn fap iaith</translation>
    </message>
    <message>
        <source>{where} has an entry &apos;{tag}&apos; that is not a language tag with text</source>
        <translation>mae gan {where} gofnod &apos;{tag}&apos; nad yw&apos;n dag iaith gyda thestun</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>rhaid i {where} fod yn wrthrych</translation>
    </message>
    <message>
        <source>{where} has keys that are not IRIs</source>
        <translation>mae gan {where} allweddi nad ydynt yn IRIs</translation>
    </message>
    <message>
        <source>{where} is a group with neither an identifier nor members</source>
        <translation>grŵp heb ddynodydd nac aelodau yw {where}</translation>
    </message>
    <message>
        <source>{where} has more than one identifier ({identifiers})</source>
        <translation>mae gan {where} fwy nag un dynodydd ({identifiers})</translation>
    </message>
    <message>
        <source>{where}.objectType must be Agent or Group</source>
        <translation>rhaid i {where}.objectType fod yn Agent neu Group</translation>
    </message>
    <message>
        <source>{where} must have exactly one identifier (mbox, mbox_sha1sum, openid or account)</source>
        <translation>rhaid i {where} gael union un dynodydd (mbox, mbox_sha1sum, openid neu account)</translation>
    </message>
    <message>
        <source>{where}.mbox must start with mailto:</source>
        <translation>rhaid i {where}.mbox ddechrau gyda mailto:</translation>
    </message>
    <message>
        <source>{where}.openid must be an IRI</source>
        <translation>rhaid i {where}.openid fod yn IRI</translation>
    </message>
    <message>
        <source>{where}.account must have homePage and name, and nothing else</source>
        <translation>rhaid i {where}.account gael homePage a name, a dim byd arall</translation>
    </message>
    <message>
        <source>{where}.account.homePage must be a web address (IRL)</source>
        <translation>rhaid i {where}.account.homePage fod yn gyfeiriad gwe (IRL)</translation>
    </message>
    <message>
        <source>{where}.account.name must be text</source>
        <translation>rhaid i {where}.account.name fod yn destun</translation>
    </message>
    <message>
        <source>{where}.name must be text</source>
        <translation>rhaid i {where}.name fod yn destun</translation>
    </message>
    <message>
        <source>verb.id must be an IRI</source>
        <translation>rhaid i verb.id fod yn IRI</translation>
    </message>
    <message>
        <source>{where}.id must be a statement&apos;s UUID</source>
        <translation>rhaid i {where}.id fod yn UUID datganiad</translation>
    </message>
    <message>
        <source>{where}.{part} is missing</source>
        <translation>mae {where}.{part} ar goll</translation>
    </message>
    <message>
        <source>{where}.objectType &apos;{kind}&apos; is not an xAPI object type</source>
        <translation>nid yw {where}.objectType &apos;{kind}&apos; yn fath o wrthrych xAPI</translation>
    </message>
    <message>
        <source>{where}.id must be an IRI</source>
        <translation>rhaid i {where}.id fod yn IRI</translation>
    </message>
    <message>
        <source>{where}.definition must be an object</source>
        <translation>rhaid i {where}.definition fod yn wrthrych</translation>
    </message>
    <message>
        <source>{where}.definition.type must be an IRI</source>
        <translation>rhaid i {where}.definition.type fod yn IRI</translation>
    </message>
    <message>
        <source>{where}.definition.interactionType is not one of xAPI&apos;s</source>
        <translation>nid yw {where}.definition.interactionType yn un o rai xAPI</translation>
    </message>
    <message>
        <source>result must be an object</source>
        <translation>rhaid i result fod yn wrthrych</translation>
    </message>
    <message>
        <source>result.{flag} must be true or false</source>
        <translation>rhaid i result.{flag} fod yn true neu false</translation>
    </message>
    <message>
        <source>result.response must be text</source>
        <translation>rhaid i result.response fod yn destun</translation>
    </message>
    <message>
        <source>result.duration is not an ISO 8601 duration</source>
        <translation>nid hyd ISO 8601 yw result.duration</translation>
    </message>
    <message>
        <source>result.score must be an object</source>
        <translation>rhaid i result.score fod yn wrthrych</translation>
    </message>
    <message>
        <source>result.score values must be numbers</source>
        <translation>rhaid i werthoedd result.score fod yn rhifau</translation>
    </message>
    <message>
        <source>result.score.scaled must be between -1 and 1</source>
        <translation>rhaid i result.score.scaled fod rhwng -1 ac 1</translation>
    </message>
    <message>
        <source>result.score.min must be less than max</source>
        <translation>rhaid i result.score.min fod yn llai na max</translation>
    </message>
    <message>
        <source>result.score.raw must be between min and max</source>
        <translation>rhaid i result.score.raw fod rhwng min a max</translation>
    </message>
    <message>
        <source>context must be an object</source>
        <translation>rhaid i context fod yn wrthrych</translation>
    </message>
    <message>
        <source>context.registration must be a UUID</source>
        <translation>rhaid i context.registration fod yn UUID</translation>
    </message>
    <message>
        <source>context.language must be a language tag</source>
        <translation>rhaid i context.language fod yn dag iaith</translation>
    </message>
    <message>
        <source>context.{part} must be text, and only when the object is an activity</source>
        <translation>rhaid i context.{part} fod yn destun, a dim ond pan fo&apos;r gwrthrych yn weithgaredd</translation>
    </message>
    <message>
        <source>context.contextActivities must be an object</source>
        <translation>rhaid i context.contextActivities fod yn wrthrych</translation>
    </message>
    <message>
        <source>context.contextActivities.{key} is not parent, grouping, category or other</source>
        <translation>nid yw context.contextActivities.{key} yn parent, grouping, category nac other</translation>
    </message>
    <message>
        <source>context.contextActivities.{key}[{index}] must be an activity</source>
        <translation>rhaid i context.contextActivities.{key}[{index}] fod yn weithgaredd</translation>
    </message>
    <message>
        <source>Added a joint session ended two days ago with its register still to be entered.</source>
        <translation>Ychwanegwyd sesiwn ar y cyd a ddaeth i ben ddeuddydd yn ôl, a’i chofrestr heb ei chofnodi eto.</translation>
    </message>
    <message>
        <source>cannot open the sealed {purpose}: altered or sealed to someone else</source>
        <translation>ni ellir agor yr hyn a seliwyd ({purpose}): mae wedi&apos;i newid neu wedi&apos;i selio i rywun arall</translation>
    </message>
    <message numerus="yes">
        <source>Made %n learning record(s) (xAPI statements) for the demo team.</source>
        <translation>
            <numerusform>Gwnaed %n o gofnodion dysgu (datganiadau xAPI) ar gyfer y tîm arddangos.</numerusform>
            <numerusform>Gwnaed %n cofnod dysgu (datganiad xAPI) ar gyfer y tîm arddangos.</numerusform>
            <numerusform>Gwnaed %n o gofnodion dysgu (datganiadau xAPI) ar gyfer y tîm arddangos.</numerusform>
            <numerusform>Gwnaed %n o gofnodion dysgu (datganiadau xAPI) ar gyfer y tîm arddangos.</numerusform>
            <numerusform>Gwnaed %n o gofnodion dysgu (datganiadau xAPI) ar gyfer y tîm arddangos.</numerusform>
        </translation>
    </message>
</context>
</TS>
