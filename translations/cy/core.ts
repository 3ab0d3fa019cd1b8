<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>the --database option</source>
            <translation>yr opsiwn --database</translation>
        </message>
        <message>
            <source>the settings file {path}</source>
            <translation>y ffeil gosodiadau {path}</translation>
        </message>
        <message>
            <source>the home folder it starts from was not found</source>
            <translation>ni chafwyd hyd i'r ffolder cartref y mae'n dechrau ohono</translation>
        </message>
        <message>
            <source>it is not a valid file path</source>
            <translation>nid yw'n llwybr ffeil dilys</translation>
        </message>
        <message>
            <source>The database location {value} cannot be used: {why}. It is set in {where}; correct it there, or ask your IT support to.</source>
            <translation>Ni ellir defnyddio lleoliad y gronfa ddata {value}: {why}. Mae wedi'i osod yn {where}; cywirwch ef yno, neu gofynnwch i'ch cymorth TG wneud hynny.</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>version of the content</comment>
            <translation>ddim yn hysbys</translation>
        </message>
        <message>
            <source>question '{question}' is no longer in quiz '{quiz}'; the attempt cannot resume</source>
            <translation>nid yw'r cwestiwn '{question}' yn y cwis '{quiz}' mwyach; ni ellir ailgydio yn yr ymgais</translation>
        </message>
        <message>
            <source>an attempt is either practice or assessed</source>
            <translation>mae ymgais naill ai'n ymarfer neu wedi'i hasesu</translation>
        </message>
        <message>
            <source>certainty-based marking is for practice attempts only</source>
            <translation>mae marcio ar sail sicrwydd ar gyfer ymgeisiau ymarfer yn unig</translation>
        </message>
        <message>
            <source>quiz '{quiz}' can only be taken in {mode} mode</source>
            <translation>dim ond yn y modd {mode} y gellir gwneud y cwis '{quiz}'</translation>
        </message>
        <message>
            <source>unknown attempt format {format}</source>
            <translation>fformat ymgais anhysbys: {format}</translation>
        </message>
        <message>
            <source>attempt is for quiz '{found}', not '{quiz}'</source>
            <translation>mae'r ymgais ar gyfer y cwis '{found}', nid '{quiz}'</translation>
        </message>
        <message>
            <source>question '{question}' is not part of this attempt</source>
            <translation>nid yw'r cwestiwn '{question}' yn rhan o'r ymgais hon</translation>
        </message>
        <message>
            <source>no question number {number}</source>
            <translation>nid oes cwestiwn rhif {number}</translation>
        </message>
        <message>
            <source>question '{question}' has already been answered in practice mode</source>
            <translation>mae'r cwestiwn '{question}' eisoes wedi'i ateb yn y modd ymarfer</translation>
        </message>
        <message>
            <source>say how sure you are of this answer (certainty 1, 2 or 3) before it is checked</source>
            <translation>dywedwch pa mor siŵr ydych chi o'r ateb hwn (sicrwydd 1, 2 neu 3) cyn iddo gael ei wirio</translation>
        </message>
        <message>
            <source>question '{question}' is not marked for certainty in this attempt</source>
            <translation>nid yw'r cwestiwn '{question}' yn cael ei farcio ar sail sicrwydd yn yr ymgais hon</translation>
        </message>
        <message>
            <source>question '{question}' is not a scenario</source>
            <translation>nid senario yw'r cwestiwn '{question}'</translation>
        </message>
        <message>
            <source>scenario '{question}' has already reached an ending</source>
            <translation>mae'r senario '{question}' eisoes wedi cyrraedd diweddglo</translation>
        </message>
        <message>
            <source>the attempt is not finished</source>
            <translation>nid yw'r ymgais wedi'i gorffen</translation>
        </message>
        <message>
            <source>the attempt is finished</source>
            <translation>mae'r ymgais wedi'i gorffen</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Ansicr</translation>
        </message>
        <message>
            <source>Fairly sure</source>
            <translation>Eithaf siŵr</translation>
        </message>
        <message>
            <source>Very sure</source>
            <translation>Siŵr iawn</translation>
        </message>
        <message>
            <source>If right: 1, 2 or 3 marks. If wrong: 0, −2 or −6. Choose Very sure only if you expect to be right more than 4 times in 5, and Not sure if less than 2 times in 3.</source>
            <translation>Os yw'n gywir: 1, 2 neu 3 marc. Os yw'n anghywir: 0, −2 neu −6. Dewiswch Siŵr iawn dim ond os ydych chi'n disgwyl bod yn gywir fwy na 4 gwaith o bob 5, ac Ansicr os llai na 2 waith o bob 3.</translation>
        </message>
        <message>
            <source>plus</source>
            <translation>plws</translation>
        </message>
        <message>
            <source>minus</source>
            <translation>minws</translation>
        </message>
        <message>
            <source>You did not answer any questions marked for certainty, so there is no certainty-based mark.</source>
            <translation>Ni wnaethoch ateb unrhyw gwestiynau sy'n cael eu marcio ar sail sicrwydd, felly nid oes marc ar sail sicrwydd.</translation>
        </message>
        <message>
            <source>Accuracy: {percent} (how much you got right, leaving certainty aside).</source>
            <translation>Cywirdeb: {percent} (faint a gawsoch yn gywir, heb ystyried sicrwydd).</translation>
        </message>
        <message>
            <source>Average certainty-based mark: {average} a question. The best possible is {best} (everything right and very sure); every answer right but not sure gives 1.</source>
            <translation>Marc cyfartalog ar sail sicrwydd: {average} y cwestiwn. Y gorau posibl yw {best} (popeth yn gywir ac yn siŵr iawn); mae pob ateb cywir ond ansicr yn rhoi 1.</translation>
        </message>
        <message>
            <source>For the {answered} of {total} questions you answered: accuracy {percent}, average {average}.</source>
            <translation>Ar gyfer y {answered} o'r {total} cwestiwn a atebwyd gennych: cywirdeb {percent}, cyfartaledd {average}.</translation>
        </message>
        <message>
            <source>Your certainty matched how often you were right: well judged.</source>
            <translation>Roedd eich sicrwydd yn cyfateb i ba mor aml roeddech chi'n gywir: wedi'i farnu'n dda.</translation>
        </message>
        <message>
            <source>once</source>
            <translation>unwaith</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>ddwywaith</translation>
        </message>
        <message>
            <source>{count} times</source>
            <translation>{count} gwaith</translation>
        </message>
        <message>
            <source>You said {label} {times}</source>
            <comment>{times}: 'once', 'twice' or '3 times'</comment>
            <translation>Dywedoch chi {label} {times}</translation>
        </message>
        <message>
            <source>You were a little over-confident: when you were {words} you were right only {accuracy} of the time. {label} pays best only when you expect to be right at least {low} of the time. ({said}.)</source>
            <translation>Roeddech chi braidd yn orhyderus: pan oeddech chi'n {words}, roeddech chi'n gywir dim ond {accuracy} o'r amser. Mae {label} yn talu orau dim ond pan fyddwch chi'n disgwyl bod yn gywir o leiaf {low} o'r amser. ({said}.)</translation>
        </message>
        <message>
            <source>You were over-confident: when you were {words} you were right only {accuracy} of the time. {label} pays best only when you expect to be right at least {low} of the time. ({said}.)</source>
            <translation>Roeddech chi'n orhyderus: pan oeddech chi'n {words}, roeddech chi'n gywir dim ond {accuracy} o'r amser. Mae {label} yn talu orau dim ond pan fyddwch chi'n disgwyl bod yn gywir o leiaf {low} o'r amser. ({said}.)</translation>
        </message>
        <message>
            <source>You were a little under-confident: when you were {words} you were right {accuracy} of the time. Above {high}, {better} earns more marks, so you can trust yourself more. ({said}.)</source>
            <translation>Roeddech chi braidd yn brin o hyder: pan oeddech chi'n {words}, roeddech chi'n gywir {accuracy} o'r amser. Dros {high}, mae {better} yn ennill mwy o farciau, felly gallwch chi ymddiried mwy yn eich hun. ({said}.)</translation>
        </message>
        <message>
            <source>You were under-confident: when you were {words} you were right {accuracy} of the time. Above {high}, {better} earns more marks, so you can trust yourself more. ({said}.)</source>
            <translation>Roeddech chi'n brin o hyder: pan oeddech chi'n {words}, roeddech chi'n gywir {accuracy} o'r amser. Dros {high}, mae {better} yn ennill mwy o farciau, felly gallwch chi ymddiried mwy yn eich hun. ({said}.)</translation>
        </message>
        <message>
            <source>below {percent}</source>
            <translation>o dan {percent}</translation>
        </message>
        <message>
            <source>above {percent}</source>
            <translation>dros {percent}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <translation>rhwng {low} a {high}</translation>
        </message>
        <message>
            <source>When you were {words} you were right {percent} of the time, which suits {label} ({span}). ({said}.)</source>
            <translation>Pan oeddech chi'n {words}, roeddech chi'n gywir {percent} o'r amser, sy'n gweddu i {label} ({span}). ({said}.)</translation>
        </message>
        <message>
            <source>You said {label} and your answer was not right: certainty-based mark {mark}.</source>
            <translation>Dywedoch chi {label} ac nid oedd eich ateb yn gywir: marc ar sail sicrwydd {mark}.</translation>
        </message>
        <message>
            <source>You said {label} and your answer was right: certainty-based mark {mark}.</source>
            <translation>Dywedoch chi {label} ac roedd eich ateb yn gywir: marc ar sail sicrwydd {mark}.</translation>
        </message>
        <message>
            <source>You said {label} and your answer was partly right ({percent}): certainty-based mark {mark}.</source>
            <translation>Dywedoch chi {label} ac roedd eich ateb yn rhannol gywir ({percent}): marc ar sail sicrwydd {mark}.</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(dim ateb)</translation>
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
            <source>(unknown item {item})</source>
            <translation>(eitem nad yw'n hysbys: {item})</translation>
        </message>
        <message>
            <source>(also accepted: {answers})</source>
            <translation>(derbynnir hefyd: {answers})</translation>
        </message>
        <message>
            <source>; or </source>
            <comment>between two accepted numbers</comment>
            <translation>; neu </translation>
        </message>
        <message>
            <source>any number from {low} to {high} ({value} ± {tolerance})</source>
            <translation>unrhyw rif o {low} i {high} ({value} ± {tolerance})</translation>
        </message>
        <message>
            <source>Ending: {title}</source>
            <translation>Diweddglo: {title}</translation>
        </message>
        <message>
            <source>{right} of {total} in the right position.</source>
            <translation>{right} o {total} yn y safle cywir.</translation>
        </message>
        <message>
            <source>choice '{choice}' has no goto rule that applies</source>
            <translation>nid oes rheol goto sy'n berthnasol i'r dewis '{choice}'</translation>
        </message>
        <message>
            <source>start node '{start}' does not exist</source>
            <translation>nid yw'r nod cychwyn '{start}' yn bodoli</translation>
        </message>
        <message>
            <source>choice '{cid}' comes after the scenario has ended</source>
            <translation>mae'r dewis '{cid}' yn dod ar ôl i'r senario ddod i ben</translation>
        </message>
        <message>
            <source>choice '{cid}' is not offered at node '{node}'</source>
            <translation>nid yw'r dewis '{cid}' yn cael ei gynnig yn y nod '{node}'</translation>
        </message>
        <message>
            <source>choices continue after ending '{ending}'</source>
            <translation>mae dewisiadau'n parhau ar ôl y diweddglo '{ending}'</translation>
        </message>
        <message>
            <source>goto target '{target}' does not exist</source>
            <translation>nid yw'r targed goto '{target}' yn bodoli</translation>
        </message>
        <message>
            <source>best</source>
            <translation>gorau</translation>
        </message>
        <message>
            <source>acceptable</source>
            <translation>derbyniol</translation>
        </message>
        <message>
            <source>risky</source>
            <translation>peryglus</translation>
        </message>
        <message>
            <source>Ending: {title} (score {score})</source>
            <translation>Diweddglo: {title} (sgôr {score})</translation>
        </message>
        <message>
            <source>Not finished.</source>
            <translation>Heb ei orffen.</translation>
        </message>
        <message>
            <source>question '{question}' has no answer to save</source>
            <translation>nid oes gan y cwestiwn '{question}' ateb i'w gadw</translation>
        </message>
        <message>
            <source>“{title}” has changed since you started this attempt (version {version}, now {current}), so it cannot be resumed: {reason}.</source>
            <translation>Mae “{title}” wedi newid ers i chi ddechrau'r ymgais hon (fersiwn {version}, nawr {current}), felly ni ellir ailgydio ynddi: {reason}.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Ionawr</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Chwefror</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mawrth</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Ebrill</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Mehefin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Gorffennaf</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Hydref</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Tachwedd</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Rhagfyr</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Ion</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Chwef</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Ebr</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Meh</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Gorff</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Tach</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Rhag</translation>
        </message>
        <message>
            <source>Monday</source>
            <comment>in a date</comment>
            <translation>Llun</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <comment>in a date</comment>
            <translation>Mawrth</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <comment>in a date</comment>
            <translation>Mercher</translation>
        </message>
        <message>
            <source>Thursday</source>
            <comment>in a date</comment>
            <translation>Iau</translation>
        </message>
        <message>
            <source>Friday</source>
            <comment>in a date</comment>
            <translation>Gwener</translation>
        </message>
        <message>
            <source>Saturday</source>
            <comment>in a date</comment>
            <translation>Sadwrn</translation>
        </message>
        <message>
            <source>Sunday</source>
            <comment>in a date</comment>
            <translation>Sul</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date, e.g. 6 March 2026</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date with a short month, e.g. 6 Mar 2026</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month} {year} {time}</source>
            <comment>a date and time, e.g. 06 Mar 2026 14:05</comment>
            <translation>{day} {month} {year} {time}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month and year, e.g. March 2026</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day and short month, e.g. 6 Mar</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}</source>
            <comment>a day and date in a sentence, e.g. 'due since Friday 4 December 2026'</comment>
            <translation>dydd {weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <source>{weekday} {day} {month}</source>
            <comment>a day and date in a sentence, e.g. 'due since Friday 4 December'</comment>
            <translation>dydd {weekday} {day} {month}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heddiw</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>yfory</translation>
        </message>
        <message>
            <source>on {weekday} {day} {month} {year}</source>
            <comment>a date in a sentence: 'due on Tuesday 8 December 2027'</comment>
            <translation>ddydd {weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <source>on {weekday} {day} {month}</source>
            <comment>a date in a sentence: 'due on Tuesday 8 December'</comment>
            <translation>ddydd {weekday} {day} {month}</translation>
        </message>
        <message>
            <source>The next question is due {when}.</source>
            <comment>{when}: 'today', 'tomorrow' or 'on Tuesday 8 December'</comment>
            <translation>Mae'r cwestiwn nesaf yn ddyledus {when}.</translation>
        </message>
        <message>
            <source>None of the questions scheduled for you can be asked: they are no longer in the installed quizzes. Questions are added as you answer questions in Quizzes.</source>
            <translation>Ni ellir gofyn yr un o'r cwestiynau a drefnwyd ar eich cyfer: nid ydynt yn y cwisiau sydd wedi'u gosod mwyach. Caiff cwestiynau eu hychwanegu wrth i chi ateb cwestiynau yn Cwisiau.</translation>
        </message>
        <message>
            <source>No questions are scheduled yet: they are added as you answer questions in Quizzes.</source>
            <translation>Nid oes cwestiynau wedi'u trefnu eto: cânt eu hychwanegu wrth i chi ateb cwestiynau yn Cwisiau.</translation>
        </message>
        <message>
            <source>No questions are scheduled after today.</source>
            <translation>Nid oes cwestiynau wedi'u trefnu ar ôl heddiw.</translation>
        </message>
        <message numerus="yes">
            <source>(%n question(s) from quizzes no longer installed are left out.)</source>
            <translation>
                <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi'u gosod mwyach wedi'u gadael allan.)</numerusform>
                <numerusform>(Mae %n cwestiwn o gwis nad yw wedi'i osod mwyach wedi'i adael allan.)</numerusform>
                <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi'u gosod mwyach wedi'u gadael allan.)</numerusform>
                <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi'u gosod mwyach wedi'u gadael allan.)</numerusform>
                <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi'u gosod mwyach wedi'u gadael allan.)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresher: nothing to refresh yet. Questions from quizzes you take come back here on a schedule, to help them stick.</source>
            <translation>Gloywi: dim byd i'w loywi eto. Mae cwestiynau o'r cwisiau rydych chi'n eu gwneud yn dod yn ôl yma yn ôl amserlen, i'ch helpu i'w cofio.</translation>
        </message>
        <message>
            <source>Refresher: nothing to ask. The question scheduled for you is no longer in the installed quizzes, so it cannot be asked; questions from quizzes you take now will come back here.</source>
            <translation>Gloywi: dim i'w ofyn. Nid yw'r cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir ei ofyn; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</translation>
        </message>
        <message numerus="yes">
            <source>Refresher: nothing to ask. All %n questions scheduled for you are no longer in the installed quizzes, so none can be asked; questions from quizzes you take now will come back here.</source>
            <translation>
                <numerusform>Gloywi: dim i'w ofyn. Nid oes yr un o'r cwestiynau a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</numerusform>
                <numerusform>Gloywi: dim i'w ofyn. Nid yw'r cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir ei ofyn; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</numerusform>
                <numerusform>Gloywi: dim i'w ofyn. Nid yw'r un o'r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</numerusform>
                <numerusform>Gloywi: dim i'w ofyn. Nid yw'r un o'r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</numerusform>
                <numerusform>Gloywi: dim i'w ofyn. Nid yw'r un o'r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi'u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o'r cwisiau y byddwch chi'n eu gwneud nawr yn dod yn ôl yma.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresher: nothing due today. {next}</source>
            <comment>{next}: a sentence saying when the next question is due</comment>
            <translation>Gloywi: dim byd yn ddyledus heddiw. {next}</translation>
        </message>
        <message numerus="yes">
            <source>Refresher: you have answered today's %n question(s).</source>
            <translation>
                <numerusform>Gloywi: rydych chi wedi ateb y %n cwestiwn ar gyfer heddiw.</numerusform>
                <numerusform>Gloywi: rydych chi wedi ateb y %n cwestiwn ar gyfer heddiw.</numerusform>
                <numerusform>Gloywi: rydych chi wedi ateb y %n cwestiwn ar gyfer heddiw.</numerusform>
                <numerusform>Gloywi: rydych chi wedi ateb y %n cwestiwn ar gyfer heddiw.</numerusform>
                <numerusform>Gloywi: rydych chi wedi ateb y %n cwestiwn ar gyfer heddiw.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more are due and will be asked from tomorrow.</source>
            <translation>
                <numerusform>Mae %n arall yn ddyledus a chânt eu gofyn o yfory ymlaen.</numerusform>
                <numerusform>Mae %n arall yn ddyledus a chaiff ei ofyn o yfory ymlaen.</numerusform>
                <numerusform>Mae %n arall yn ddyledus a chânt eu gofyn o yfory ymlaen.</numerusform>
                <numerusform>Mae %n arall yn ddyledus a chânt eu gofyn o yfory ymlaen.</numerusform>
                <numerusform>Mae %n arall yn ddyledus a chânt eu gofyn o yfory ymlaen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refresher: %n question(s) from your quizzes due today.</source>
            <translation>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n.</numerusform>
                <numerusform>Gloywi: mae %n cwestiwn o'ch cwisiau yn ddyledus heddiw.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refresher: %n question(s) from your quizzes due today; today's refresher asks {asked}.</source>
            <translation>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
                <numerusform>Gloywi: mae %n cwestiwn o'ch cwisiau yn ddyledus heddiw; mae gloywi heddiw yn gofyn {asked}.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
                <numerusform>Gloywi: cwestiynau o'ch cwisiau sy'n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
            </translation>
        </message>
        <message>
            <source>the database location</source>
            <translation>lleoliad y gronfa ddata</translation>
        </message>
        <message>
            <source>the content folder</source>
            <translation>y ffolder cynnwys</translation>
        </message>
        <message>
            <source>the text size</source>
            <translation>maint y testun</translation>
        </message>
        <message>
            <source>the screening lock time</source>
            <translation>amser cloi'r sgrinio</translation>
        </message>
        <message>
            <source>the small-number threshold for caseload figures</source>
            <translation>y trothwy niferoedd bach ar gyfer ffigurau llwyth achosion</translation>
        </message>
        <message>
            <source>the organisation's address for learning records</source>
            <translation>cyfeiriad y sefydliad ar gyfer cofnodion dysgu</translation>
        </message>
        <message>
            <source>the learning record store's address</source>
            <translation>cyfeiriad y storfa cofnodion dysgu</translation>
        </message>
        <message>
            <source>the learning record store's key</source>
            <translation>allwedd y storfa cofnodion dysgu</translation>
        </message>
        <message>
            <source>whether names go into learning records</source>
            <translation>a yw enwau'n mynd i mewn i gofnodion dysgu</translation>
        </message>
        <message>
            <source>the protective marking on screening summaries</source>
            <translation>y marc diogelu ar grynodebau sgrinio</translation>
        </message>
        <message>
            <source>the number of refresher questions a day</source>
            <translation>nifer y cwestiynau gloywi bob dydd</translation>
        </message>
        <message>
            <source>the language</source>
            <translation>yr iaith</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read when NPS Trainer started, so it is left as it is until NPS Trainer is opened again.</source>
            <translation>Nid oedd modd darllen y ffeil gosodiadau {path} pan ddechreuodd NPS Trainer, felly caiff ei gadael fel y mae nes i NPS Trainer gael ei agor eto.</translation>
        </message>
        <message>
            <source>NPS Trainer is using its default settings, including the default database location, so the profiles and records you see may not be your usual ones.</source>
            <translation>Mae NPS Trainer yn defnyddio ei osodiadau diofyn, gan gynnwys lleoliad diofyn y gronfa ddata, felly efallai nad y proffiliau a'r cofnodion a welwch chi yw'r rhai arferol.</translation>
        </message>
        <message>
            <source>A copy of the damaged file was kept as:
{path}</source>
            <translation>Cadwyd copi o'r ffeil sydd wedi'i difrodi fel:
{path}</translation>
        </message>
        <message>
            <source>The damaged file could not be moved aside; it is still at:
{path}</source>
            <translation>Nid oedd modd symud y ffeil sydd wedi'i difrodi o'r ffordd; mae hi yma o hyd:
{path}</translation>
        </message>
        <message>
            <source>Your settings file could not be read because it is damaged.

{where}

{defaults} If you had chosen a database or content folder, choose it again in File → Settings, then close NPS Trainer and open it again.</source>
            <translation>Nid oedd modd darllen eich ffeil gosodiadau oherwydd ei bod wedi'i difrodi.

{where}

{defaults} Os oeddech chi wedi dewis cronfa ddata neu ffolder cynnwys, dewiswch hi eto yn Ffeil → Gosodiadau, yna caewch NPS Trainer a'i agor eto.</translation>
        </message>
        <message>
            <source>Your settings file could not be read just now (another program may be using it):
{path}

{defaults} Your settings file has been left as it is: close NPS Trainer and open it again to use it. Changes to settings cannot be saved until then.</source>
            <translation>Nid oedd modd darllen eich ffeil gosodiadau y tro hwn (efallai fod rhaglen arall yn ei defnyddio):
{path}

{defaults} Mae eich ffeil gosodiadau wedi'i gadael fel y mae: caewch NPS Trainer a'i agor eto i'w defnyddio. Ni ellir cadw newidiadau i'r gosodiadau tan hynny.</translation>
        </message>
        <message>
            <source>This includes the database location, so the profiles and records you see may not be your usual ones.</source>
            <translation>Mae hyn yn cynnwys lleoliad y gronfa ddata, felly efallai nad y proffiliau a'r cofnodion a welwch chi yw'r rhai arferol.</translation>
        </message>
        <message>
            <source>Some settings in your settings file could not be used, so their defaults are in use: {names}.{consequence}

The file is:
{path}

You can choose them again in File → Settings.</source>
            <translation>Nid oedd modd defnyddio rhai gosodiadau yn eich ffeil gosodiadau, felly mae eu gwerthoedd diofyn yn cael eu defnyddio: {names}.{consequence}

Y ffeil yw:
{path}

Gallwch eu dewis eto yn Ffeil → Gosodiadau.</translation>
        </message>
        <message>
            <source>Cannot write the backup {path}: {reason}. The database has not been changed.</source>
            <translation>Ni ellir ysgrifennu'r copi wrth gefn {path}: {reason}. Nid yw'r gronfa ddata wedi'i newid.</translation>
        </message>
        <message>
            <source>Could not make the backup {path} ({detail}). The database has not been changed.</source>
            <translation>Nid oedd modd gwneud y copi wrth gefn {path} ({detail}). Nid yw'r gronfa ddata wedi'i newid.</translation>
        </message>
        <message>
            <source>foreign key: {table} row {row} refers to missing {parent}</source>
            <translation>allwedd estron: mae rhes {row} yn {table} yn cyfeirio at {parent} sydd ar goll</translation>
        </message>
        <message>
            <source>schema: tables that are not NPS Trainer's ({tables})</source>
            <translation>sgema: tablau nad ydynt yn perthyn i NPS Trainer ({tables})</translation>
        </message>
        <message>
            <source>schema: the database is empty (run 'nps-trainer db upgrade' to set it up)</source>
            <translation>sgema: mae'r gronfa ddata'n wag (rhedwch 'nps-trainer db upgrade' i'w sefydlu)</translation>
        </message>
        <message>
            <source>schema {revision} was written by a newer version of NPS Trainer (this version uses {head}): install the newer version to use it</source>
            <translation>ysgrifennwyd sgema {revision} gan fersiwn mwy newydd o NPS Trainer (mae'r fersiwn hwn yn defnyddio {head}): gosodwch y fersiwn mwy newydd i'w ddefnyddio</translation>
        </message>
        <message>
            <source>schema {revision} is older than this version's {head}: run 'nps-trainer db upgrade' to update it (a backup is taken first)</source>
            <translation>mae sgema {revision} yn hŷn na {head} y fersiwn hwn: rhedwch 'nps-trainer db upgrade' i'w ddiweddaru (caiff copi wrth gefn ei wneud yn gyntaf)</translation>
        </message>
        <message>
            <source>Cannot read the database file {path}: {reason}. It has not been changed.</source>
            <translation>Ni ellir darllen ffeil y gronfa ddata {path}: {reason}. Nid yw wedi'i newid.</translation>
        </message>
        <message>
            <source>{path} is not an NPS Trainer database (it is not a SQLite file). It has been left untouched. Choose another database file in Settings, or move this file away.</source>
            <translation>Nid yw {path} yn gronfa ddata NPS Trainer (nid yw'n ffeil SQLite). Nid yw wedi'i chyffwrdd. Dewiswch ffeil cronfa ddata arall yn y Gosodiadau, neu symudwch y ffeil hon o'r ffordd.</translation>
        </message>
        <message>
            <source>Cannot open the database {path} just now ({detail}). It has not been changed. If another program is using it, close that program or wait a moment, then try again.</source>
            <translation>Ni ellir agor y gronfa ddata {path} ar hyn o bryd ({detail}). Nid yw wedi'i newid. Os yw rhaglen arall yn ei defnyddio, caewch y rhaglen honno neu arhoswch ennyd, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>The database file {path} is marked read-only, so nothing could be saved in it. It has not been changed. Ask your IT support to make it writable (or clear its read-only setting), or choose another database location in Settings.</source>
            <translation>Mae ffeil y gronfa ddata {path} wedi'i nodi'n ddarllen yn unig, felly ni ellid cadw dim ynddi. Nid yw wedi'i newid. Gofynnwch i'ch cymorth TG ei gwneud yn bosibl ysgrifennu iddi (neu glirio ei gosodiad darllen yn unig), neu dewiswch leoliad arall i'r gronfa ddata yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>The disk that holds the database {path} is full, so NPS Trainer cannot open it. Nothing has been changed and nothing saved is lost. Free some space on that disk (the folder is {folder}), then start NPS Trainer again.</source>
            <translation>Mae'r ddisg sy'n dal y gronfa ddata {path} yn llawn, felly ni all NPS Trainer ei hagor. Does dim wedi'i newid a does dim byd sydd wedi'i gadw wedi'i golli. Rhyddhewch ychydig o le ar y ddisg honno (y ffolder yw {folder}), yna dechreuwch NPS Trainer eto.</translation>
        </message>
        <message>
            <source>Cannot open the database {path}: the file, or the folder it is in ({folder}), is not writable, and SQLite needs to write beside the database even to read it. It has not been changed. Ask your IT support to let you write to that folder, or choose another database location in Settings.</source>
            <translation>Ni ellir agor y gronfa ddata {path}: nid oes modd ysgrifennu i'r ffeil, nac i'r ffolder y mae ynddi ({folder}), ac mae angen i SQLite ysgrifennu wrth ymyl y gronfa ddata hyd yn oed i'w darllen. Nid yw wedi'i newid. Gofynnwch i'ch cymorth TG adael i chi ysgrifennu i'r ffolder honno, neu dewiswch leoliad arall i'r gronfa ddata yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>Cannot create the database {path}: {reason}. Nothing has been changed. Choose another database location in Settings (or with --database), or ask your IT support to let you write to that folder.</source>
            <translation>Ni ellir creu'r gronfa ddata {path}: {reason}. Does dim wedi'i newid. Dewiswch leoliad arall i'r gronfa ddata yn y Gosodiadau (neu gyda --database), neu gofynnwch i'ch cymorth TG adael i chi ysgrifennu i'r ffolder honno.</translation>
        </message>
        <message>
            <source>{where} holds tables that are not NPS Trainer's ({tables}). It has been left untouched.</source>
            <translation>Mae {where} yn dal tablau nad ydynt yn perthyn i NPS Trainer ({tables}). Nid yw wedi'i gyffwrdd.</translation>
        </message>
        <message>
            <source>The database {where} is empty: start the app or run 'nps-trainer db upgrade' to set it up. It has been left untouched.</source>
            <translation>Mae'r gronfa ddata {where} yn wag: dechreuwch yr ap neu rhedwch 'nps-trainer db upgrade' i'w sefydlu. Nid yw wedi'i chyffwrdd.</translation>
        </message>
        <message>
            <source>The database {where} was written by a newer version of NPS Trainer (schema {revision}). It has been left untouched. Install the newer version of NPS Trainer to open it.</source>
            <translation>Ysgrifennwyd y gronfa ddata {where} gan fersiwn mwy newydd o NPS Trainer (sgema {revision}). Nid yw wedi'i chyffwrdd. Gosodwch y fersiwn mwy newydd o NPS Trainer i'w hagor.</translation>
        </message>
        <message>
            <source>The database {where} needs updating: run 'nps-trainer db upgrade'.</source>
            <translation>Mae angen diweddaru'r gronfa ddata {where}: rhedwch 'nps-trainer db upgrade'.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}). It has been left untouched. Restore a backup from the backups folder, or ask your IT support for help.</source>
            <translation>Mae'r gronfa ddata {path} wedi'i difrodi ({detail}). Nid yw wedi'i chyffwrdd. Adferwch gopi wrth gefn o'r ffolder copïau wrth gefn, neu gofynnwch i'ch cymorth TG am help.</translation>
        </message>
        <message>
            <source>There is no database at {path} yet: start the app or run 'nps-trainer db upgrade' to create it.</source>
            <translation>Nid oes cronfa ddata yn {path} eto: dechreuwch yr ap neu rhedwch 'nps-trainer db upgrade' i'w chreu.</translation>
        </message>
        <message>
            <source>Setting up the new database {where} failed ({detail}); nothing was saved in it. Start NPS Trainer again; if it goes on, choose another database location.</source>
            <translation>Methodd sefydlu'r gronfa ddata newydd {where} ({detail}); ni chadwyd dim ynddi. Dechreuwch NPS Trainer eto; os yw'n parhau, dewiswch leoliad arall i'r gronfa ddata.</translation>
        </message>
        <message>
            <source>Cannot open the database {where}: {detail}</source>
            <translation>Ni ellir agor y gronfa ddata {where}: {detail}</translation>
        </message>
        <message>
            <source>the database {where}</source>
            <extracomment>The key of the PostgreSQL advisory lock held while the schema is created or migrated (any fixed 64-bit number other programs on the server are unlikely to use: these are the bytes of "npstrain").</extracomment>
            <translation>y gronfa ddata {where}</translation>
        </message>
        <message>
            <source>Another computer has been setting up or updating the database {where} for over {seconds} seconds. Try again in a few minutes; if it goes on, ask your IT support to check the database server.</source>
            <translation>Mae cyfrifiadur arall wedi bod yn sefydlu neu'n diweddaru'r gronfa ddata {where} ers dros {seconds} eiliad. Rhowch gynnig arall arni ymhen ychydig funudau; os yw'n parhau, gofynnwch i'ch cymorth TG wirio gweinydd y gronfa ddata.</translation>
        </message>
        <message>
            <source>Updating the database {where} failed ({error}); it has been left as it was. A backup taken just before is at {backup}.</source>
            <translation>Methodd diweddaru'r gronfa ddata {where} ({error}); mae wedi'i gadael fel yr oedd. Mae copi wrth gefn a wnaed ychydig cyn hynny yn {backup}.</translation>
        </message>
        <message>
            <source>Updating the database {where} failed ({error}); it has been left as it was. </source>
            <translation>Methodd diweddaru'r gronfa ddata {where} ({error}); mae wedi'i gadael fel yr oedd. </translation>
        </message>
        <message>
            <source>Correct it in Settings (Database), the --database option or NPS_TRAINER_DATABASE_URL.</source>
            <translation>Cywirwch ef yn y Gosodiadau (Cronfa ddata), yn yr opsiwn --database neu yn NPS_TRAINER_DATABASE_URL.</translation>
        </message>
        <message>
            <source>The database address {address} names a kind of database NPS Trainer cannot use ('{kind}'). Use a SQLite file path or a PostgreSQL address such as postgresql+psycopg://user@server/nps_trainer. {advice}</source>
            <translation>Mae cyfeiriad y gronfa ddata {address} yn enwi math o gronfa ddata na all NPS Trainer ei ddefnyddio ('{kind}'). Defnyddiwch lwybr ffeil SQLite neu gyfeiriad PostgreSQL fel postgresql+psycopg://user@server/nps_trainer. {advice}</translation>
        </message>
        <message>
            <source>The database address {address} is not a valid address ({reason}). {advice}</source>
            <translation>Nid yw cyfeiriad y gronfa ddata {address} yn gyfeiriad dilys ({reason}). {advice}</translation>
        </message>
        <message>
            <source>its port must be a number</source>
            <translation>rhaid i'r porth fod yn rhif</translation>
        </message>
        <message>
            <source>it should look like postgresql+psycopg://user@server/database</source>
            <translation>dylai edrych fel postgresql+psycopg://user@server/database</translation>
        </message>
        <message>
            <source>its driver</source>
            <translation>ei yrrwr</translation>
        </message>
        <message>
            <source>The database {address} needs the database driver '{module}', which is not installed. For PostgreSQL, install NPS Trainer with its PostgreSQL extra (pip install 'nps-trainer[postgresql]', which brings psycopg) and use an address that starts postgresql+psycopg://. {advice}</source>
            <translation>Mae angen y gyrrwr cronfa ddata '{module}' ar y gronfa ddata {address}, ac nid yw wedi'i osod. Ar gyfer PostgreSQL, gosodwch NPS Trainer gyda'i ychwanegyn PostgreSQL (pip install 'nps-trainer[postgresql]', sy'n dod â psycopg) a defnyddiwch gyfeiriad sy'n dechrau â postgresql+psycopg://. {advice}</translation>
        </message>
        <message>
            <source>The database address {address} cannot be used ({reason}). {advice}</source>
            <translation>Ni ellir defnyddio cyfeiriad y gronfa ddata {address} ({reason}). {advice}</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder</source>
            <translation>ffeil yw {path}, nid ffolder</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>mae rhan o'r llwybr yn ffeil, nid yn ffolder</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>ffolder ydyw</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>mae'r ddisg yn ddarllen yn unig</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>gwrthodwyd caniatâd</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>mae'r ddisg yn llawn</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>nid yw'r ffolder yn bodoli</translation>
        </message>
        <message>
            <source>Cannot create the lock file {path} that keeps two copies of NPS Trainer from updating {what} at once: {reason}. Nothing has been changed.</source>
            <translation>Ni ellir creu'r ffeil cloi {path} sy'n atal dau gopi o NPS Trainer rhag diweddaru'r canlynol ar yr un pryd: {what}. Y rheswm: {reason}. Does dim wedi'i newid.</translation>
        </message>
        <message>
            <source>Another copy of NPS Trainer has been updating {what} for over {seconds} seconds, so this one has not touched it. Wait for the other to finish (or close it), then try again.</source>
            <translation>Mae copi arall o NPS Trainer wedi bod yn diweddaru'r canlynol ers dros {seconds} eiliad: {what}. Felly nid yw'r copi hwn wedi'i gyffwrdd. Arhoswch i'r llall orffen (neu caewch ef), yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>rhybudd: {message}</translation>
        </message>
        <message>
            <source>file is not UTF-8 text (byte {byte} on this line): save it as UTF-8</source>
            <translation>nid yw'r ffeil yn destun UTF-8 (beit {byte} ar y llinell hon): cadwch hi fel UTF-8</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>Pwyntiau allweddol</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Diogelwch</translation>
        </message>
        <message>
            <source>Practice tip</source>
            <translation>Awgrym ymarfer</translation>
        </message>
        <message>
            <source>Case example</source>
            <translation>Enghraifft achos</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hysbysiad</translation>
        </message>
        <message>
            <source>closing ':::' without an opening callout</source>
            <translation>':::' cau heb flwch agoriadol</translation>
        </message>
        <message>
            <source>callouts cannot be nested: '{kind}' opens inside the callout opened on line {line} (close that one with ':::' first)</source>
            <translation>ni ellir gosod blychau o fewn ei gilydd: mae '{kind}' yn agor y tu mewn i'r blwch a agorwyd ar linell {line} (caewch hwnnw â ':::' yn gyntaf)</translation>
        </message>
        <message>
            <source>unknown callout kind '{kind}' (use one of: {known})</source>
            <translation>math anhysbys o flwch '{kind}' (defnyddiwch un o: {known})</translation>
        </message>
        <message>
            <source>callout '{kind}' is not closed (add a ':::' line after it)</source>
            <translation>nid yw'r blwch '{kind}' wedi'i gau (ychwanegwch linell ':::' ar ei ôl)</translation>
        </message>
        <message>
            <source>file is not UTF-8 text</source>
            <translation>nid yw'r ffeil yn destun UTF-8</translation>
        </message>
        <message>
            <source>cannot read file: {reason}</source>
            <translation>ni ellir darllen y ffeil: {reason}</translation>
        </message>
        <message>
            <source>file</source>
            <comment>names the text in a message</comment>
            <translation>y ffeil</translation>
        </message>
        <message>
            <source>unknown field '{name}' (expected {fields})</source>
            <translation>maes anhysbys '{name}' (disgwylir {fields})</translation>
        </message>
        <message>
            <source>'{name}' must be text in quotes, e.g. {name}: "{example}"</source>
            <translation>rhaid i '{name}' fod yn destun mewn dyfynodau, e.e. {name}: "{example}"</translation>
        </message>
        <message>
            <source>'order' must be a list of module ids</source>
            <translation>rhaid i 'order' fod yn rhestr o ddynodwyr modiwlau</translation>
        </message>
        <message>
            <source>'order' entry {number} must be a module id</source>
            <translation>rhaid i gofnod {number} yn 'order' fod yn ddynodwr modiwl</translation>
        </message>
        <message>
            <source>module '{module}' is listed twice in 'order'</source>
            <translation>mae'r modiwl '{module}' wedi'i restru ddwywaith yn 'order'</translation>
        </message>
        <message>
            <source>'order' names unknown module '{module}'</source>
            <translation>mae 'order' yn enwi modiwl anhysbys '{module}'</translation>
        </message>
        <message>
            <source>id '{id}' is already used by {path}</source>
            <translation>mae'r dynodwr '{id}' eisoes yn cael ei ddefnyddio gan {path}</translation>
        </message>
        <message>
            <source>prerequisite '{module}' is not a known module</source>
            <translation>nid yw'r rhagofyniad '{module}' yn fodiwl hysbys</translation>
        </message>
        <message>
            <source>prerequisites form a cycle: {cycle}</source>
            <translation>mae'r rhagofynion yn ffurfio cylch: {cycle}</translation>
        </message>
        <message>
            <source>link '{link}': no module has id '{id}'</source>
            <translation>dolen '{link}': nid oes gan unrhyw fodiwl y dynodwr '{id}'</translation>
        </message>
        <message>
            <source>link '{link}': module '{id}' has no section with anchor '{anchor}'</source>
            <translation>dolen '{link}': nid oes gan y modiwl '{id}' adran â'r angor '{anchor}'</translation>
        </message>
        <message>
            <source>(put a value that contains ': ' in quotes)</source>
            <translation>(rhowch werth sy'n cynnwys ': ' mewn dyfynodau)</translation>
        </message>
        <message>
            <source>(use spaces, not tabs)</source>
            <translation>(defnyddiwch fylchau, nid tabiau)</translation>
        </message>
        <message>
            <source>{what} is not valid YAML: {reason}</source>
            <translation>nid yw'n YAML dilys ({what}): {reason}</translation>
        </message>
        <message>
            <source>{what} must be a set of 'field: value' lines</source>
            <translation>rhaid cael set o linellau 'maes: gwerth' ({what})</translation>
        </message>
        <message>
            <source>duplicate field '{field}'</source>
            <translation>maes dyblyg '{field}'</translation>
        </message>
        <message>
            <source>{what} has a value that cannot be read: {reason}</source>
            <translation>mae gan {what} werth na ellir ei ddarllen: {reason}</translation>
        </message>
        <message>
            <source>file must start with a '---' line opening the front matter</source>
            <translation>rhaid i'r ffeil ddechrau â llinell '---' sy'n agor y deunydd blaen</translation>
        </message>
        <message>
            <source>front matter is not closed (add a '---' line after it)</source>
            <translation>nid yw'r deunydd blaen wedi'i gau (ychwanegwch linell '---' ar ei ôl)</translation>
        </message>
        <message>
            <source>front matter</source>
            <comment>names the text in a message</comment>
            <translation>y deunydd blaen</translation>
        </message>
        <message>
            <source>bundled modules need a 'notice' callout before any other callout (training, not clinical advice; 999 in an emergency; local drug services)</source>
            <translation>mae angen blwch 'notice' ar fodiwlau sy'n dod gyda'r ap cyn unrhyw flwch arall (hyfforddiant, nid cyngor clinigol; 999 mewn argyfwng; gwasanaethau camddefnyddio sylweddau lleol)</translation>
        </message>
        <message>
            <source>bundled modules need at least one '{kind}' callout</source>
            <translation>mae angen o leiaf un blwch '{kind}' ar fodiwlau sy'n dod gyda'r ap</translation>
        </message>
        <message>
            <source>bundled modules need a '## {section}' section</source>
            <translation>mae angen adran '## {section}' ar fodiwlau sy'n dod gyda'r ap</translation>
        </message>
        <message>
            <source>bundled modules need at least {minimum} words (this one has {count})</source>
            <translation>mae angen o leiaf {minimum} o eiriau ar fodiwlau sy'n dod gyda'r ap (mae gan hwn {count})</translation>
        </message>
        <message>
            <source>the paragraph starting here has more than {limit} '[' characters: split it, or write them as \[</source>
            <translation>mae gan y paragraff sy'n dechrau yma fwy na {limit} nod '[': rhannwch ef, neu ysgrifennwch nhw fel \[</translation>
        </message>
        <message>
            <source>a NUL character (U+0000) is not allowed in a text file (delete it)</source>
            <translation>ni chaniateir nod NUL (U+0000) mewn ffeil destun (dilëwch ef)</translation>
        </message>
        <message>
            <source>control character {code} is not allowed in a text file (delete it)</source>
            <translation>ni chaniateir y nod rheoli {code} mewn ffeil destun (dilëwch ef)</translation>
        </message>
        <message>
            <source>line is {length} characters long; at most {limit}</source>
            <translation>mae'r llinell yn {length} nod o hyd; {limit} ar y mwyaf</translation>
        </message>
        <message>
            <source>line is indented {indent} columns; at most {limit} (lists or code nested too deeply)</source>
            <translation>mae'r llinell wedi'i mewnoli {indent} colofn; {limit} ar y mwyaf (rhestrau neu god wedi'u nythu'n rhy ddwfn)</translation>
        </message>
        <message>
            <source>quotes are nested {depth} deep; at most {limit}</source>
            <translation>mae dyfyniadau wedi'u nythu {depth} lefel; {limit} ar y mwyaf</translation>
        </message>
        <message>
            <source>'translation_reviewed' belongs in a translation (&lt;id&gt;.cy.md), not in the English module</source>
            <translation>mae 'translation_reviewed' yn perthyn mewn cyfieithiad (&lt;id&gt;.cy.md), nid yn y modiwl Saesneg</translation>
        </message>
        <message>
            <source>'translation_reviewed' must be true or false (got {value})</source>
            <translation>rhaid i 'translation_reviewed' fod yn true neu false (cafwyd {value})</translation>
        </message>
        <message>
            <source>content was last reviewed on {date}, more than 12 months ago: check it against its sources and update 'reviewed'</source>
            <translation>adolygwyd y cynnwys ddiwethaf ar {date}, fwy na 12 mis yn ôl: gwiriwch ef yn erbyn ei ffynonellau a diweddarwch 'reviewed'</translation>
        </message>
        <message>
            <source>'reviewed' date {date} is in the future</source>
            <translation>mae dyddiad 'reviewed' {date} yn y dyfodol</translation>
        </message>
        <message>
            <source>file is too large for a module ({size} KB; at most {limit} KB)</source>
            <translation>mae'r ffeil yn rhy fawr i fodiwl ({size} KB; {limit} KB ar y mwyaf)</translation>
        </message>
        <message>
            <source>file is empty: a module starts with front matter between '---' lines</source>
            <translation>mae'r ffeil yn wag: mae modiwl yn dechrau â deunydd blaen rhwng llinellau '---'</translation>
        </message>
        <message>
            <source>module has no sections (add '## ' headings)</source>
            <translation>nid oes adrannau yn y modiwl (ychwanegwch benawdau '## ')</translation>
        </message>
        <message>
            <source>section heading inside the '{kind}' callout opened on line {line} (close the callout first)</source>
            <translation>pennawd adran y tu mewn i'r blwch '{kind}' a agorwyd ar linell {line} (caewch y blwch yn gyntaf)</translation>
        </message>
        <message>
            <source>content warning names section '{name}', but there is no '## {name}' section</source>
            <translation>mae'r rhybudd cynnwys yn enwi'r adran '{name}', ond nid oes adran '## {name}'</translation>
        </message>
        <message>
            <source>id '{id}' does not match the file name (expected '{expected}')</source>
            <translation>nid yw'r dynodwr '{id}' yn cyfateb i enw'r ffeil (disgwylir '{expected}')</translation>
        </message>
        <message>
            <source>raw HTML &lt;{tag}&gt; is not allowed and is removed when the module is shown</source>
            <translation>ni chaniateir HTML crai &lt;{tag}&gt; ac fe'i tynnir pan ddangosir y modiwl</translation>
        </message>
        <message>
            <source>Opens outside NPS Trainer</source>
            <translation>Yn agor y tu allan i NPS Trainer</translation>
        </message>
        <message>
            <source>[Image not shown: {description}]</source>
            <translation>[Delwedd heb ei dangos: {description}]</translation>
        </message>
        <message>
            <source>no description</source>
            <translation>dim disgrifiad</translation>
        </message>
        <message>
            <source>Picture: {description}</source>
            <translation>Llun: {description}</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>llinell {line}: {problem}</translation>
        </message>
        <message>
            <source>remote or non-file images are not allowed ('{image}'); put the image in the module folder</source>
            <translation>ni chaniateir delweddau o bell na delweddau nad ydynt yn ffeiliau ('{image}'); rhowch y ddelwedd yn ffolder y modiwl</translation>
        </message>
        <message>
            <source>image path '{image}' must be relative to the module folder</source>
            <translation>rhaid i lwybr y ddelwedd '{image}' fod yn berthynol i ffolder y modiwl</translation>
        </message>
        <message>
            <source>image '{image}' must be inside the module folder</source>
            <translation>rhaid i'r ddelwedd '{image}' fod y tu mewn i ffolder y modiwl</translation>
        </message>
        <message>
            <source>image '{image}' must be in this module's own folder: put it in '{folder}/' beside {file} and write '{folder}/{name}'</source>
            <translation>rhaid i'r ddelwedd '{image}' fod yn ffolder y modiwl hwn ei hun: rhowch hi yn '{folder}/' wrth ymyl {file} ac ysgrifennwch '{folder}/{name}'</translation>
        </message>
        <message>
            <source>image '{image}' not found in the folder '{folder}/' beside {file}</source>
            <translation>ni chafwyd hyd i'r ddelwedd '{image}' yn y ffolder '{folder}/' wrth ymyl {file}</translation>
        </message>
        <message>
            <source>image '{image}' not found in the module folder</source>
            <translation>ni chafwyd hyd i'r ddelwedd '{image}' yn ffolder y modiwl</translation>
        </message>
        <message>
            <source>image '{image}' has no alt text: say what it shows, as in ![The recovery position, seen from above]({image})</source>
            <translation>nid oes testun amgen gan y ddelwedd '{image}': dywedwch beth mae'n ei ddangos, fel yn ![Yr ystum adfer, o'r uchod]({image})</translation>
        </message>
        <message>
            <source>'{image}' on line {line} of {file}</source>
            <translation>'{image}' ar linell {line} o {file}</translation>
        </message>
        <message>
            <source>module link '{link}' must be 'module:&lt;id&gt;' or 'module:&lt;id&gt;#&lt;section-anchor&gt;'</source>
            <translation>rhaid i'r ddolen modiwl '{link}' fod yn 'module:&lt;id&gt;' neu 'module:&lt;id&gt;#&lt;section-anchor&gt;'</translation>
        </message>
        <message>
            <source>link '{link}' names no section in this module</source>
            <translation>nid yw'r ddolen '{link}' yn enwi adran yn y modiwl hwn</translation>
        </message>
        <message>
            <source>unsupported link '{link}' (use https://..., module:&lt;id&gt; or module:&lt;id&gt;#&lt;section-anchor&gt;)</source>
            <translation>dolen na chefnogir '{link}' (defnyddiwch https://..., module:&lt;id&gt; neu module:&lt;id&gt;#&lt;section-anchor&gt;)</translation>
        </message>
        <message>
            <source>link '{link}' uses http://; use https:// where the site supports it</source>
            <translation>mae'r ddolen '{link}' yn defnyddio http://; defnyddiwch https:// lle mae'r wefan yn ei gefnogi</translation>
        </message>
        <message>
            <source>(did you mean '#{anchor}'?)</source>
            <translation>(oeddech chi'n golygu '#{anchor}'?)</translation>
        </message>
        <message>
            <source>probation practitioner</source>
            <extracomment>The audiences a module is for (``schema.AUDIENCES``), as shown on its first page.</extracomment>
            <translation>ymarferydd prawf</translation>
        </message>
        <message>
            <source>drug service worker</source>
            <translation>gweithiwr gwasanaeth camddefnyddio sylweddau</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>hwylusydd</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>rheolwr</translation>
        </message>
        <message>
            <source>About this module</source>
            <translation>Am y modiwl hwn</translation>
        </message>
        <message>
            <source>Version {version}. Content last reviewed on {date}.</source>
            <translation>Fersiwn {version}. Adolygwyd y cynnwys ddiwethaf ar {date}.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Ffynonellau</translation>
        </message>
        <message>
            <source>About {minutes} minutes. For: {audience}.</source>
            <translation>Tua {minutes} munud. Ar gyfer: {audience}.</translation>
        </message>
        <message>
            <source>By the end you can</source>
            <translation>Erbyn y diwedd byddwch chi'n gallu</translation>
        </message>
        <message>
            <source>Read first:</source>
            <translation>Darllenwch yn gyntaf:</translation>
        </message>
        <message>
            <source>Content warning:</source>
            <translation>Rhybudd cynnwys:</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Adrannau</translation>
        </message>
        <message>
            <source>About – {title}</source>
            <translation>Ynghylch – {title}</translation>
        </message>
        <message>
            <source>'{name}' must be some text</source>
            <translation>rhaid i '{name}' fod yn destun</translation>
        </message>
        <message>
            <source>'{name}' must be a list (use [] for none)</source>
            <translation>rhaid i '{name}' fod yn rhestr (defnyddiwch [] ar gyfer dim)</translation>
        </message>
        <message>
            <source>'{name}' must be a list with at least one entry</source>
            <translation>rhaid i '{name}' fod yn rhestr ag o leiaf un cofnod</translation>
        </message>
        <message>
            <source>'{name}' needs at least one entry</source>
            <translation>mae angen o leiaf un cofnod ar '{name}'</translation>
        </message>
        <message>
            <source>'{name}' entry {number} must be some text</source>
            <translation>rhaid i gofnod {number} yn '{name}' fod yn destun</translation>
        </message>
        <message>
            <source>'id' must be lower-case letters, digits and hyphens (got {value})</source>
            <translation>rhaid i 'id' fod yn llythrennau bach, digidau a chysylltnodau (cafwyd {value})</translation>
        </message>
        <message>
            <source>'version' must be text in quotes, e.g. version: "{value}"</source>
            <translation>rhaid i 'version' fod yn destun mewn dyfynodau, e.e. version: "{value}"</translation>
        </message>
        <message>
            <source>'minutes' must be a whole number above 0 (got {value})</source>
            <translation>rhaid i 'minutes' fod yn rhif cyfan uwchlaw 0 (cafwyd {value})</translation>
        </message>
        <message>
            <source>'reviewed' must be a date written YYYY-MM-DD without quotes (got {value})</source>
            <translation>rhaid i 'reviewed' fod yn ddyddiad ar y ffurf BBBB-MM-DD heb ddyfynodau (cafwyd {value})</translation>
        </message>
        <message>
            <source>unknown audience '{item}' (use: {choices})</source>
            <translation>cynulleidfa anhysbys '{item}' (defnyddiwch: {choices})</translation>
        </message>
        <message>
            <source>prerequisite '{item}' is not a module id</source>
            <translation>nid yw'r rhagofyniad '{item}' yn ddynodwr modiwl</translation>
        </message>
        <message>
            <source>source {number} must have 'title', 'publisher' or 'author', and 'year'</source>
            <translation>rhaid i ffynhonnell {number} gynnwys 'title', 'publisher' neu 'author', a 'year'</translation>
        </message>
        <message>
            <source>source {number} needs a 'title'</source>
            <translation>mae angen 'title' ar ffynhonnell {number}</translation>
        </message>
        <message>
            <source>source {number} needs a 'publisher' or an 'author'</source>
            <translation>mae angen 'publisher' neu 'author' ar ffynhonnell {number}</translation>
        </message>
        <message>
            <source>source {number} '{key}' must be some text</source>
            <translation>rhaid i '{key}' ffynhonnell {number} fod yn destun</translation>
        </message>
        <message>
            <source>source {number} needs a 'year' written as a number, e.g. 2021 (got {year})</source>
            <translation>mae angen 'year' wedi'i ysgrifennu fel rhif ar ffynhonnell {number}, e.e. 2021 (cafwyd {year})</translation>
        </message>
        <message>
            <source>source {number} 'url' must start with https:// or http:// (got {url})</source>
            <translation>rhaid i 'url' ffynhonnell {number} ddechrau â https:// neu http:// (cafwyd {url})</translation>
        </message>
        <message>
            <source>source {number} has an unknown field '{key}'</source>
            <translation>mae gan ffynhonnell {number} faes anhysbys '{key}'</translation>
        </message>
        <message>
            <source>'sources' must be a list with at least one source</source>
            <translation>rhaid i 'sources' fod yn rhestr gydag o leiaf un ffynhonnell</translation>
        </message>
        <message>
            <source>'content_warnings' must be a list (use [] for none)</source>
            <translation>rhaid i 'content_warnings' fod yn rhestr (defnyddiwch [] os nad oes dim)</translation>
        </message>
        <message>
            <source>content warning {number} needs 'section' and 'warning' text</source>
            <translation>mae angen testun 'section' a 'warning' ar rybudd cynnwys {number}</translation>
        </message>
        <message>
            <source>front matter is missing '{name}'</source>
            <translation>mae '{name}' ar goll o'r deunydd blaen</translation>
        </message>
        <message>
            <source>unknown front matter field '{name}'</source>
            <translation>maes deunydd blaen anhysbys '{name}'</translation>
        </message>
        <message>
            <source>'#' headings are not allowed (the title comes from the front matter; use '##' for sections)</source>
            <translation>ni chaniateir penawdau '#' (daw'r teitl o'r deunydd blaen; defnyddiwch '##' ar gyfer adrannau)</translation>
        </message>
        <message>
            <source>section heading '##' has no text</source>
            <translation>nid oes testun yn y pennawd adran '##'</translation>
        </message>
        <message>
            <source>for example viewBox="0 0 640 400"</source>
            <extracomment>Elements that run code, embed other documents or read other files.</extracomment>
            <translation>er enghraifft viewBox="0 0 640 400"</translation>
        </message>
        <message>
            <source>the &lt;svg&gt; element's viewBox is empty: give min-x, min-y, width and height ({example})</source>
            <translation>mae viewBox yr elfen &lt;svg&gt; yn wag: rhowch min-x, min-y, lled ac uchder ({example})</translation>
        </message>
        <message>
            <source>the &lt;svg&gt; element's viewBox "{value}" is not four numbers (min-x, min-y, width and height; {example})</source>
            <translation>nid yw viewBox "{value}" yr elfen &lt;svg&gt; yn bedwar rhif (min-x, min-y, lled ac uchder; {example})</translation>
        </message>
        <message>
            <source>the &lt;svg&gt; element's viewBox "{value}" has a width or height of 0 or less, so nothing can be drawn: both must be more than 0 ({example})</source>
            <translation>mae gan viewBox "{value}" yr elfen &lt;svg&gt; led neu uchder o 0 neu lai, felly ni ellir llunio dim: rhaid i'r ddau fod yn fwy na 0 ({example})</translation>
        </message>
        <message>
            <source>an SVG image may not have a DOCTYPE (remove the '&lt;!DOCTYPE ...&gt;' line)</source>
            <translation>ni chaiff delwedd SVG gynnwys DOCTYPE (tynnwch y llinell '&lt;!DOCTYPE ...&gt;')</translation>
        </message>
        <message>
            <source>an SVG image may not declare entities</source>
            <translation>ni chaiff delwedd SVG ddatgan endidau</translation>
        </message>
        <message>
            <source>this is not an SVG image: its first element is &lt;{element}&gt;, not &lt;svg xmlns="{namespace}"&gt;</source>
            <translation>nid delwedd SVG yw hon: ei helfen gyntaf yw &lt;{element}&gt;, nid &lt;svg xmlns="{namespace}"&gt;</translation>
        </message>
        <message>
            <source>the &lt;svg&gt; element needs a viewBox (for example viewBox="0 0 640 400") so that it can be drawn at any size</source>
            <translation>mae angen viewBox ar yr elfen &lt;svg&gt; (er enghraifft viewBox="0 0 640 400") fel y gellir ei llunio ar unrhyw faint</translation>
        </message>
        <message>
            <source>&lt;{element}&gt; is not allowed in an SVG image (it runs code or reads another file)</source>
            <translation>ni chaniateir &lt;{element}&gt; mewn delwedd SVG (mae'n rhedeg cod neu'n darllen ffeil arall)</translation>
        </message>
        <message>
            <source>the event handler '{attribute}' is not allowed in an SVG image</source>
            <translation>ni chaniateir y trinydd digwyddiad '{attribute}' mewn delwedd SVG</translation>
        </message>
        <message>
            <source>'{target}' is outside this image: an SVG image may only refer to its own parts ('#id')</source>
            <translation>mae '{target}' y tu allan i'r ddelwedd hon: dim ond at ei rhannau ei hun ('#id') y caiff delwedd SVG gyfeirio</translation>
        </message>
        <message>
            <source>'{attribute}' refers outside this image: use url(#id) only</source>
            <translation>mae '{attribute}' yn cyfeirio y tu allan i'r ddelwedd hon: defnyddiwch url(#id) yn unig</translation>
        </message>
        <message>
            <source>a &lt;style&gt; in an SVG image may not import or refer to other files</source>
            <translation>ni chaiff &lt;style&gt; mewn delwedd SVG fewnforio ffeiliau eraill na chyfeirio atynt</translation>
        </message>
        <message>
            <source>(image {image})</source>
            <translation>(delwedd {image})</translation>
        </message>
        <message>
            <source>SVG image is too large ({size} KB; at most {limit} KB)</source>
            <translation>mae'r ddelwedd SVG yn rhy fawr ({size} KB; {limit} KB ar y mwyaf)</translation>
        </message>
        <message>
            <source>cannot read SVG image: {reason}</source>
            <translation>ni ellir darllen y ddelwedd SVG: {reason}</translation>
        </message>
        <message>
            <source>SVG image is not well-formed XML: {reason} (column {column})</source>
            <translation>nid yw'r ddelwedd SVG yn XML wedi'i ffurfio'n dda: {reason} (colofn {column})</translation>
        </message>
        <message>
            <source>SVG image has no &lt;svg&gt; element</source>
            <translation>nid oes elfen &lt;svg&gt; yn y ddelwedd SVG</translation>
        </message>
        <message>
            <source>module folder not found</source>
            <translation>ni chafwyd hyd i ffolder y modiwlau</translation>
        </message>
        <message>
            <source>cannot read quiz file: {reason}</source>
            <translation>ni ellir darllen ffeil y cwis: {reason}</translation>
        </message>
        <message>
            <source>file is empty: a quiz starts with id, title, version and questions</source>
            <translation>mae'r ffeil yn wag: mae cwis yn dechrau ag id, title, version a questions</translation>
        </message>
        <message>
            <source>a quiz file must be a YAML mapping (id, title, version, ..., questions)</source>
            <translation>rhaid i ffeil cwis fod yn fapio YAML (id, title, version, ..., questions)</translation>
        </message>
        <message>
            <source>info</source>
            <extracomment>How each kind of note is named where it is shown.</extracomment>
            <translation>gwybodaeth</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>newidiwyd</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>hepgorwyd</translation>
        </message>
        <message>
            <source>line {line}: {kind}: {message}</source>
            <translation>llinell {line}: {kind}: {message}</translation>
        </message>
        <message>
            <source>quiz</source>
            <translation>cwis</translation>
        </message>
        <message>
            <source>question '{id}'</source>
            <translation>cwestiwn '{id}'</translation>
        </message>
        <message>
            <source>GIFT files must be UTF-8 text, but this one is UTF-16 (it starts with a UTF-16 byte-order mark, as Notepad's 'Unicode' writes). Save it as UTF-8 and import it again.</source>
            <translation>Rhaid i ffeiliau GIFT fod yn destun UTF-8, ond mae hon yn UTF-16 (mae'n dechrau â nod trefn beit UTF-16, fel y mae 'Unicode' Notepad yn ei ysgrifennu). Cadwch hi fel UTF-8 a'i mewnforio eto.</translation>
        </message>
        <message>
            <source>GIFT files must be UTF-8 text, but byte {column} of line {line} ({byte}, offset {offset}) is not UTF-8. Save the file as UTF-8 (in Moodle's export it always is) and import it again.</source>
            <translation>Rhaid i ffeiliau GIFT fod yn destun UTF-8, ond nid yw beit {column} llinell {line} ({byte}, safle {offset}) yn UTF-8. Cadwch y ffeil fel UTF-8 (mae allforio Moodle bob amser yn gwneud hynny) a'i mewnforio eto.</translation>
        </message>
        <message>
            <source>comment skipped: {comment}</source>
            <translation>hepgorwyd sylw: {comment}</translation>
        </message>
        <message>
            <source>Moodle question bank category '{category}' (not a question): kept as the quiz's category; the quiz takes its name from it</source>
            <translation>categori banc cwestiynau Moodle '{category}' (nid cwestiwn): wedi'i gadw fel categori'r cwis; mae'r cwis yn cymryd ei enw ohono</translation>
        </message>
        <message>
            <source>Moodle question bank category '{category}' (not a question): a quiz has one category, so the questions after it are tagged '{tag}'</source>
            <translation>categori banc cwestiynau Moodle '{category}' (nid cwestiwn): un categori sydd gan gwis, felly mae'r cwestiynau ar ei ôl wedi'u tagio '{tag}'</translation>
        </message>
        <message>
            <source>{label}: no answer block, so not a question (description?)</source>
            <translation>{label}: dim bloc ateb, felly nid cwestiwn mohono (disgrifiad?)</translation>
        </message>
        <message>
            <source>question text</source>
            <translation>testun y cwestiwn</translation>
        </message>
        <message>
            <source>general feedback</source>
            <translation>adborth cyffredinol</translation>
        </message>
        <message>
            <source>{label}: {what} '{text}' was {format}; imported as plain text (answers are shown without formatting)</source>
            <translation>{label}: roedd {what} '{text}' yn {format}; wedi'i fewnforio fel testun plaen (dangosir atebion heb fformatio)</translation>
        </message>
        <message>
            <source>{label}: {lost} in the {what} not imported (only text is kept)</source>
            <translation>{label}: ni fewnforiwyd {lost} ({what}; dim ond testun a gedwir)</translation>
        </message>
        <message>
            <source>{label}: essay questions ({{}}) are not supported</source>
            <translation>{label}: ni chefnogir cwestiynau traethawd ({{}})</translation>
        </message>
        <message>
            <source>{label}: cannot read the answer block</source>
            <translation>{label}: ni ellir darllen y bloc ateb</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>adborth</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>ateb</translation>
        </message>
        <message>
            <source>{label}: extra '#' feedback after the second ignored</source>
            <translation>{label}: anwybyddwyd adborth '#' ychwanegol ar ôl yr ail</translation>
        </message>
        <message>
            <source>{label}: negative weight on '{text}' scored as 0</source>
            <translation>{label}: pwysiad negyddol ar '{text}' wedi'i sgorio fel 0</translation>
        </message>
        <message>
            <source>{label}: several '=' answers; only the first is marked correct</source>
            <translation>{label}: sawl ateb '='; dim ond y cyntaf sydd wedi'i farcio'n gywir</translation>
        </message>
        <message>
            <source>{label}: no answer has a positive weight, so none is correct</source>
            <translation>{label}: nid oes gan unrhyw ateb bwysiad positif, felly nid oes yr un yn gywir</translation>
        </message>
        <message>
            <source>{label}: wrong answers weighted -100%: imported as all-or-nothing</source>
            <translation>{label}: atebion anghywir â phwysiad -100%: wedi'u mewnforio fel all-or-nothing</translation>
        </message>
        <message>
            <source>{label}: GIFT weights replaced by the right-minus-wrong rule (each right answer counts equally; each wrong tick takes off its share)</source>
            <translation>{label}: disodlwyd pwysiadau GIFT gan y rheol right-minus-wrong (mae pob ateb cywir yn cyfrif yr un fath; mae pob tic anghywir yn tynnu ei gyfran)</translation>
        </message>
        <message>
            <source>matching item</source>
            <translation>eitem gyfatebol</translation>
        </message>
        <message>
            <source>{label}: matching entry '{text}' is not 'left -&gt; right'</source>
            <translation>{label}: nid yw'r cofnod cyfatebol '{text}' ar y ffurf 'chwith -&gt; dde'</translation>
        </message>
        <message>
            <source>{label}: Moodle's '*' (any other answer) is not supported; it and its feedback were left out</source>
            <translation>{label}: ni chefnogir '*' Moodle (unrhyw ateb arall); gadawyd hwnnw a'i adborth allan</translation>
        </message>
        <message>
            <source>{label}: answer '{text}' with weight {weight}% earns 0</source>
            <translation>{label}: mae'r ateb '{text}' â phwysiad {weight}% yn ennill 0</translation>
        </message>
        <message>
            <source>{label}: no answer is accepted</source>
            <translation>{label}: ni dderbynnir unrhyw ateb</translation>
        </message>
        <message>
            <source>{label}: text '{text}' after '~' ignored (only its feedback is used)</source>
            <translation>{label}: anwybyddwyd y testun '{text}' ar ôl '~' (dim ond ei adborth a ddefnyddir)</translation>
        </message>
        <message>
            <source>{label}: weight {weight}% on {number} scored as {scored}%</source>
            <translation>{label}: pwysiad {weight}% ar {number} wedi'i sgorio fel {scored}%</translation>
        </message>
        <message>
            <source>{label}: no number is accepted</source>
            <translation>{label}: ni dderbynnir unrhyw rif</translation>
        </message>
        <message>
            <source>{label}: a second '=*' (any other number) is never reached in Moodle; it and its feedback were left out</source>
            <translation>{label}: ni chyrhaeddir ail '=*' (unrhyw rif arall) byth yn Moodle; gadawyd hwnnw a'i adborth allan</translation>
        </message>
        <message>
            <source>{label}: Moodle's '=*' gives {weight}% for any other number; here any other number earns 0 and is shown its feedback</source>
            <translation>{label}: mae '=*' Moodle yn rhoi {weight}% am unrhyw rif arall; yma mae unrhyw rif arall yn ennill 0 ac yn cael ei adborth</translation>
        </message>
        <message>
            <source>{label}: '=*' (any other number) comes before the '~' feedback, as in Moodle, so the '~' feedback was left out</source>
            <translation>{label}: mae '=*' (unrhyw rif arall) yn dod cyn yr adborth '~', fel yn Moodle, felly gadawyd yr adborth '~' allan</translation>
        </message>
        <message>
            <source>{label}: Moodle id number '{moodle_id}' is not a valid question id (letters, digits, '-', '_' and '.'): the question is '{ident}'</source>
            <translation>{label}: nid yw rhif adnabod Moodle '{moodle_id}' yn ddynodwr cwestiwn dilys (llythrennau, digidau, '-', '_' a '.'): y cwestiwn yw '{ident}'</translation>
        </message>
        <message>
            <source>id '{base}' already used; this question is '{ident}'</source>
            <translation>mae'r dynodwr '{base}' eisoes yn cael ei ddefnyddio; y cwestiwn hwn yw '{ident}'</translation>
        </message>
        <message>
            <source>'{}' is not a number, 'number:margin' or 'low..high'</source>
            <translation>nid yw '{}' yn rhif, yn 'rhif:lwfans' nac yn 'isel..uchel'</translation>
        </message>
        <message>
            <source>'{text}' is too large a number to work with (beyond about 1.8e308)</source>
            <translation>mae '{text}' yn rhif rhy fawr i weithio ag ef (dros tua 1.8e308)</translation>
        </message>
        <message>
            <source>'{text}' holds a number too close to 0 to work with (nearer than about 1e-308): it would be 0</source>
            <translation>mae '{text}' yn cynnwys rhif rhy agos at 0 i weithio ag ef (yn nes na thua 1e-308): byddai'n 0</translation>
        </message>
        <message>
            <source>quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT</source>
            <translation>nid yw gosodiadau'r cwis (modd, marc llwyddo, detholiad, cymysgu, rheolau sgorio) yn rhan o GIFT</translation>
        </message>
        <message>
            <source>ordering questions</source>
            <translation>cwestiynau trefnu</translation>
        </message>
        <message>
            <source>branching scenarios</source>
            <translation>senarios canghennog</translation>
        </message>
        <message>
            <source>GIFT cannot express {kind}; not exported</source>
            <translation>ni all GIFT fynegi {kind}; heb eu hallforio</translation>
        </message>
        <message>
            <source>module section link {source} kept only as a comment Moodle ignores</source>
            <translation>cadwyd y ddolen i adran modiwl {source} fel sylw y mae Moodle yn ei anwybyddu yn unig</translation>
        </message>
        <message>
            <source>quiz id '{qid}' differs from the file name '{name}'</source>
            <translation>mae dynodwr y cwis '{qid}' yn wahanol i enw'r ffeil '{name}'</translation>
        </message>
        <message>
            <source>quiz: 'version' must be quoted text, e.g. "{version}"</source>
            <translation>cwis: rhaid i 'version' fod yn destun mewn dyfynodau, e.e. "{version}"</translation>
        </message>
        <message>
            <source>quiz: 'modules' must list at least one module id</source>
            <translation>cwis: rhaid i 'modules' restru o leiaf un dynodwr modiwl</translation>
        </message>
        <message>
            <source>quiz: 'pass_mark' is missing (a percentage, 0 to 100)</source>
            <translation>cwis: mae 'pass_mark' ar goll (canran, 0 i 100)</translation>
        </message>
        <message>
            <source>quiz: 'selection' (use 'all' or a mapping with 'draw')</source>
            <translation>cwis: 'selection' (defnyddiwch 'all' neu fapio â 'draw')</translation>
        </message>
        <message>
            <source>selection: 'draw'</source>
            <translation>selection: 'draw'</translation>
        </message>
        <message>
            <source>selection: draw {number}</source>
            <translation>selection: draw {number}</translation>
        </message>
        <message>
            <source>selection: draw {number}: 'count' must be a whole number of at least 1</source>
            <translation>selection: draw {number}: rhaid i 'count' fod yn rhif cyfan o 1 o leiaf</translation>
        </message>
        <message>
            <source>selection: 'draw' has no valid draws</source>
            <translation>selection: nid oes tyniadau dilys yn 'draw'</translation>
        </message>
        <message>
            <source>quiz: 'shuffle'</source>
            <translation>cwis: 'shuffle'</translation>
        </message>
        <message>
            <source>quiz: 'scoring' is missing (state the multiple_response and ordering credit rules)</source>
            <translation>cwis: mae 'scoring' ar goll (nodwch y rheolau credyd multiple_response ac ordering)</translation>
        </message>
        <message>
            <source>quiz: 'scoring'</source>
            <translation>cwis: 'scoring'</translation>
        </message>
        <message>
            <source>quiz: 'questions' is missing</source>
            <translation>cwis: mae 'questions' ar goll</translation>
        </message>
        <message>
            <source>quiz: 'questions'</source>
            <translation>cwis: 'questions'</translation>
        </message>
        <message>
            <source>question {number}</source>
            <translation>cwestiwn {number}</translation>
        </message>
        <message>
            <source>quiz: 'questions' is empty</source>
            <translation>cwis: mae 'questions' yn wag</translation>
        </message>
        <message>
            <source>question '{qid}'</source>
            <translation>cwestiwn '{qid}'</translation>
        </message>
        <message>
            <source>{what}: previous id '{pid}' must use only letters, digits, '-', '_' and '.', starting with a letter or digit</source>
            <translation>{what}: rhaid i'r dynodwr blaenorol '{pid}' ddefnyddio llythrennau, digidau, '-', '_' a '.' yn unig, gan ddechrau â llythyren neu ddigid</translation>
        </message>
        <message>
            <source>{what}: 'source' is missing (module and section the question draws on)</source>
            <translation>{what}: mae 'source' ar goll (y modiwl a'r adran y mae'r cwestiwn yn seiliedig arnynt)</translation>
        </message>
        <message>
            <source>{what}: 'source'</source>
            <translation>{what}: 'source'</translation>
        </message>
        <message>
            <source>{what} source</source>
            <translation>{what}, source</translation>
        </message>
        <message>
            <source>{what}: 'options' is missing</source>
            <translation>{what}: mae 'options' ar goll</translation>
        </message>
        <message>
            <source>{what}: 'options'</source>
            <translation>{what}: 'options'</translation>
        </message>
        <message>
            <source>{what}: option {number}</source>
            <translation>{what}: opsiwn {number}</translation>
        </message>
        <message>
            <source>{what} option</source>
            <translation>{what}, opsiwn</translation>
        </message>
        <message>
            <source>{what}: option '{oid}'</source>
            <translation>{what}: opsiwn '{oid}'</translation>
        </message>
        <message>
            <source>{what}: needs at least two options</source>
            <translation>{what}: mae angen o leiaf dau opsiwn</translation>
        </message>
        <message>
            <source>{what}: no correct answer ('answer' is missing)</source>
            <translation>{what}: dim ateb cywir (mae 'answer' ar goll)</translation>
        </message>
        <message>
            <source>{what}: 'answer' must be one option id (use multiple-response for several)</source>
            <translation>{what}: rhaid i 'answer' fod yn un dynodwr opsiwn (defnyddiwch multiple-response ar gyfer sawl un)</translation>
        </message>
        <message>
            <source>{what}: answer refers to option '{oid}', which does not exist</source>
            <translation>{what}: mae'r ateb yn cyfeirio at yr opsiwn '{oid}', nad yw'n bodoli</translation>
        </message>
        <message>
            <source>{what}: option '{id}': 'credit' is ignored in multiple-response questions</source>
            <translation>{what}: opsiwn '{id}': anwybyddir 'credit' mewn cwestiynau multiple-response</translation>
        </message>
        <message>
            <source>{what}: 'answer' must be true or false</source>
            <translation>{what}: rhaid i 'answer' fod yn true neu false</translation>
        </message>
        <message>
            <source>{what}: 'items'</source>
            <translation>{what}: 'items'</translation>
        </message>
        <message>
            <source>{what}: 'items' is missing (list them in the right order)</source>
            <translation>{what}: mae 'items' ar goll (rhestrwch nhw yn y drefn gywir)</translation>
        </message>
        <message>
            <source>{what}: item {number}</source>
            <translation>{what}: eitem {number}</translation>
        </message>
        <message>
            <source>{what} item</source>
            <translation>{what}, eitem</translation>
        </message>
        <message>
            <source>{what}: item '{iid}'</source>
            <translation>{what}: eitem '{iid}'</translation>
        </message>
        <message>
            <source>{what}: needs at least two items to order</source>
            <translation>{what}: mae angen o leiaf ddwy eitem i'w trefnu</translation>
        </message>
        <message>
            <source>{what}: 'pairs'</source>
            <translation>{what}: 'pairs'</translation>
        </message>
        <message>
            <source>{what}: 'pairs' is missing</source>
            <translation>{what}: mae 'pairs' ar goll</translation>
        </message>
        <message>
            <source>{what}: pair {number}</source>
            <translation>{what}: pâr {number}</translation>
        </message>
        <message>
            <source>{what} pair</source>
            <translation>{what}, pâr</translation>
        </message>
        <message>
            <source>{what}: pair '{pid}'</source>
            <translation>{what}: pâr '{pid}'</translation>
        </message>
        <message>
            <source>{what}: needs at least two pairs</source>
            <translation>{what}: mae angen o leiaf ddau bâr</translation>
        </message>
        <message>
            <source>{what}: no correct answer ('accept' is missing or empty)</source>
            <translation>{what}: dim ateb cywir (mae 'accept' ar goll neu'n wag)</translation>
        </message>
        <message>
            <source>{what}: 'accept' must be a list of accepted answers</source>
            <translation>{what}: rhaid i 'accept' fod yn rhestr o atebion a dderbynnir</translation>
        </message>
        <message>
            <source>{what}: accepted answer {number}</source>
            <translation>{what}: ateb a dderbynnir {number}</translation>
        </message>
        <message>
            <source>{what} accepted answer</source>
            <translation>{what}, ateb a dderbynnir</translation>
        </message>
        <message>
            <source>{what}: no accepted answer earns full credit</source>
            <translation>{what}: nid oes ateb a dderbynnir yn ennill credyd llawn</translation>
        </message>
        <message>
            <source>{what}: 'accept' must be a list of accepted numbers</source>
            <translation>{what}: rhaid i 'accept' fod yn rhestr o rifau a dderbynnir</translation>
        </message>
        <message>
            <source>{what}: accepted number {number}</source>
            <translation>{what}: rhif a dderbynnir {number}</translation>
        </message>
        <message>
            <source>{where}: numbers must be finite (not .inf or .nan) and no larger than about 1.8e308</source>
            <translation>{where}: rhaid i rifau fod yn feidraidd (nid .inf na .nan) a heb fod yn fwy na thua 1.8e308</translation>
        </message>
        <message>
            <source>{where} (a number, or a mapping with value or min and max)</source>
            <translation>{where} (rhif, neu fapio â value neu min a max)</translation>
        </message>
        <message>
            <source>{what} accepted number</source>
            <translation>{what}, rhif a dderbynnir</translation>
        </message>
        <message>
            <source>{what}: no accepted number earns full credit</source>
            <translation>{what}: nid oes rhif a dderbynnir yn ennill credyd llawn</translation>
        </message>
        <message>
            <source>{where}: give either 'value' (with 'tolerance') or 'min' and 'max', not both</source>
            <translation>{where}: rhowch naill ai 'value' (gyda 'tolerance') neu 'min' a 'max', nid y ddau</translation>
        </message>
        <message>
            <source>{where}: 'value' is empty</source>
            <translation>{where}: mae 'value' yn wag</translation>
        </message>
        <message>
            <source>{where}: 'min' {low} is greater than 'max' {high}</source>
            <translation>{where}: mae 'min' {low} yn fwy na 'max' {high}</translation>
        </message>
        <message>
            <source>{where}: 'tolerance' goes with 'value', not with 'min' and 'max'</source>
            <translation>{where}: mae 'tolerance' yn mynd gyda 'value', nid gyda 'min' a 'max'</translation>
        </message>
        <message>
            <source>{where}: needs 'value' (and optionally 'tolerance'), or 'min' and 'max'</source>
            <translation>{where}: mae angen 'value' (a 'tolerance' os mynnwch), neu 'min' a 'max'</translation>
        </message>
        <message>
            <source>{where}: numbers must be finite (not .inf or .nan)</source>
            <translation>{where}: rhaid i rifau fod yn feidraidd (nid .inf na .nan)</translation>
        </message>
        <message>
            <source>{what} must be a mapping of keys to values</source>
            <translation>{what}: rhaid iddo fod yn fapio o allweddi i werthoedd</translation>
        </message>
        <message>
            <source>{what} must be a list</source>
            <translation>{what}: rhaid iddo fod yn rhestr</translation>
        </message>
        <message>
            <source>unknown key '{key}' in {what} (ignored)</source>
            <translation>allwedd anhysbys '{key}' ({what}; wedi'i hanwybyddu)</translation>
        </message>
        <message>
            <source>{what}: '{key}' is missing</source>
            <translation>{what}: mae '{key}' ar goll</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be text</source>
            <translation>{what}: rhaid i '{key}' fod yn destun</translation>
        </message>
        <message>
            <source>{what}: '{key}' is empty</source>
            <translation>{what}: mae '{key}' yn wag</translation>
        </message>
        <message>
            <source>lowercase letters, digits and hyphens</source>
            <translation>llythrennau bach, digidau a chysylltnodau</translation>
        </message>
        <message>
            <source>letters, digits, '-', '_' and '.', starting with a letter or digit</source>
            <translation>llythrennau, digidau, '-', '_' a '.', gan ddechrau â llythyren neu ddigid</translation>
        </message>
        <message>
            <source>{what}: '{key}' '{value}' must use only {rule}</source>
            <translation>{what}: rhaid i '{key}' '{value}' ddefnyddio'r canlynol yn unig: {rule}</translation>
        </message>
        <message>
            <source>{what}: '{key}' must be a list</source>
            <translation>{what}: rhaid i '{key}' fod yn rhestr</translation>
        </message>
        <message>
            <source>{what}: each entry of '{key}' must be text</source>
            <translation>{what}: rhaid i bob cofnod yn '{key}' fod yn destun</translation>
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
            <source>{what}: '{key}' is too large a number to work with (beyond about 1.8e308)</source>
            <translation>{what}: mae '{key}' yn rhif rhy fawr i weithio ag ef (dros tua 1.8e308)</translation>
        </message>
        <message>
            <source>{what}: '{key}' {value} is out of range ({low} to {high})</source>
            <translation>{what}: mae '{key}' {value} y tu allan i'r amrediad ({low} i {high})</translation>
        </message>
        <message>
            <source>{what}: unknown {key} '{value}' (expected one of: {allowed})</source>
            <translation>{what}: {key} anhysbys '{value}' (disgwylir un o: {allowed})</translation>
        </message>
        <message>
            <source>{what}: '{key}'</source>
            <translation>{what}: '{key}'</translation>
        </message>
        <message>
            <source>{what}: {key} entry {number}</source>
            <translation>{what}: {key}, cofnod {number}</translation>
        </message>
        <message>
            <source>{what}: node</source>
            <translation>{what}: nod</translation>
        </message>
        <message>
            <source>{what} node '{nid}'</source>
            <translation>{what}, nod '{nid}'</translation>
        </message>
        <message>
            <source>{where}: has no choices (a dead end; use an ending instead)</source>
            <translation>{where}: nid oes dewisiadau (pen draw; defnyddiwch ddiweddglo yn lle hynny)</translation>
        </message>
        <message>
            <source>{where}: choice</source>
            <translation>{where}: dewis</translation>
        </message>
        <message>
            <source>{where} choice '{cid}'</source>
            <translation>{where}, dewis '{cid}'</translation>
        </message>
        <message>
            <source>{what}: 'goto' is missing</source>
            <translation>{what}: mae 'goto' ar goll</translation>
        </message>
        <message>
            <source>{what}: 'goto' must be a node id or a list of rules</source>
            <translation>{what}: rhaid i 'goto' fod yn ddynodwr nod neu'n rhestr o reolau</translation>
        </message>
        <message>
            <source>{what}: goto rule {number}</source>
            <translation>{what}: rheol goto {number}</translation>
        </message>
        <message>
            <source>{what} goto rule</source>
            <translation>{what}, rheol goto</translation>
        </message>
        <message>
            <source>{what}: the last goto rule must have no 'if' (the default)</source>
            <translation>{what}: rhaid i'r rheol goto olaf fod heb 'if' (y rhagosodiad)</translation>
        </message>
        <message>
            <source>{what}: goto rule without 'if' before the last; later rules never apply</source>
            <translation>{what}: rheol goto heb 'if' cyn yr olaf; ni fydd rheolau diweddarach byth yn berthnasol</translation>
        </message>
        <message>
            <source>{what}: 'if'</source>
            <translation>{what}: 'if'</translation>
        </message>
        <message>
            <source>{what} condition</source>
            <translation>{what}, amod</translation>
        </message>
        <message>
            <source>{what}: condition names no choices (use chosen, any_chosen or not_chosen)</source>
            <translation>{what}: nid yw'r amod yn enwi unrhyw ddewisiadau (defnyddiwch chosen, any_chosen neu not_chosen)</translation>
        </message>
        <message>
            <source>{what}: ending</source>
            <translation>{what}: diweddglo</translation>
        </message>
        <message>
            <source>{what} ending '{eid}'</source>
            <translation>{what}, diweddglo '{eid}'</translation>
        </message>
        <message>
            <source>{where}: 'score' is missing (0 to 1)</source>
            <translation>{where}: mae 'score' ar goll (0 i 1)</translation>
        </message>
        <message>
            <source>quiz id '{id}' is also used by {path}</source>
            <translation>mae dynodwr y cwis '{id}' hefyd yn cael ei ddefnyddio gan {path}</translation>
        </message>
        <message>
            <source>question id</source>
            <translation>dynodwr cwestiwn</translation>
        </message>
        <message>
            <source>{where}duplicate {what} '{ident}'</source>
            <translation>{where}{what} dyblyg '{ident}'</translation>
        </message>
        <message>
            <source>its own id</source>
            <translation>ei ddynodwr ei hun</translation>
        </message>
        <message>
            <source>the id of question '{pid}'</source>
            <translation>dynodwr y cwestiwn '{pid}'</translation>
        </message>
        <message>
            <source>question '{id}': previous id '{pid}' is {which}</source>
            <translation>cwestiwn '{id}': y dynodwr blaenorol '{pid}' yw {which}</translation>
        </message>
        <message>
            <source>question '{id}': previous id '{pid}' is also a previous id of question '{owner}'</source>
            <translation>cwestiwn '{id}': mae'r dynodwr blaenorol '{pid}' hefyd yn ddynodwr blaenorol i'r cwestiwn '{owner}'</translation>
        </message>
        <message>
            <source>question '{id}': </source>
            <translation>cwestiwn '{id}': </translation>
        </message>
        <message>
            <source>option id</source>
            <translation>dynodwr opsiwn</translation>
        </message>
        <message>
            <source>{where}an option not named in 'answer' has full credit</source>
            <translation>{where}mae gan opsiwn nad yw wedi'i enwi yn 'answer' gredyd llawn</translation>
        </message>
        <message>
            <source>{where}every option is correct; ticking everything scores full marks</source>
            <translation>{where}mae pob opsiwn yn gywir; mae ticio popeth yn sgorio marciau llawn</translation>
        </message>
        <message>
            <source>item id</source>
            <translation>dynodwr eitem</translation>
        </message>
        <message>
            <source>pair id</source>
            <translation>dynodwr pâr</translation>
        </message>
        <message>
            <source>{where}distractor '{d}' is also a right answer</source>
            <translation>{where}mae'r ateb tynnu sylw '{d}' hefyd yn ateb cywir</translation>
        </message>
        <message>
            <source>accepted answer</source>
            <translation>ateb a dderbynnir</translation>
        </message>
        <message>
            <source>{where}scenario has no endings</source>
            <translation>{where}nid oes diweddgloeon yn y senario</translation>
        </message>
        <message>
            <source>{where}scenario has no nodes</source>
            <translation>{where}nid oes nodau yn y senario</translation>
        </message>
        <message>
            <source>node or ending id</source>
            <translation>dynodwr nod neu ddiweddglo</translation>
        </message>
        <message>
            <source>choice id</source>
            <translation>dynodwr dewis</translation>
        </message>
        <message>
            <source>{where}start node '{start}' does not exist</source>
            <translation>{where}nid yw'r nod cychwyn '{start}' yn bodoli</translation>
        </message>
        <message>
            <source>{where}goto target '{target}' does not exist</source>
            <translation>{where}nid yw'r targed goto '{target}' yn bodoli</translation>
        </message>
        <message>
            <source>{where}condition refers to choice '{cid}', which does not exist</source>
            <translation>{where}mae'r amod yn cyfeirio at y dewis '{cid}', nad yw'n bodoli</translation>
        </message>
        <message>
            <source>{where}node '{id}' is unreachable from the start</source>
            <translation>{where}ni ellir cyrraedd y nod '{id}' o'r dechrau</translation>
        </message>
        <message>
            <source>{where}ending '{id}' is unreachable from the start</source>
            <translation>{where}ni ellir cyrraedd y diweddglo '{id}' o'r dechrau</translation>
        </message>
        <message>
            <source>{where}node '{id}' can never lead to an ending</source>
            <translation>{where}ni all y nod '{id}' byth arwain at ddiweddglo</translation>
        </message>
        <message>
            <source>selection: no question is tagged '{tag}'</source>
            <translation>selection: nid oes cwestiwn wedi'i dagio '{tag}'</translation>
        </message>
        <message>
            <source>selection: draws {count} but only {available} question(s) qualify</source>
            <translation>selection: mae'n tynnu {count} ond dim ond {available} cwestiwn sy'n gymwys</translation>
        </message>
        <message>
            <source>selection: draws {taken} questions but the bank has {bank}</source>
            <translation>selection: mae'n tynnu {taken} cwestiwn ond mae gan y banc {bank}</translation>
        </message>
        <message>
            <source>quiz links to unknown module '{module}'</source>
            <translation>mae'r cwis yn cysylltu â modiwl anhysbys '{module}'</translation>
        </message>
        <message>
            <source>question '{id}': unknown module '{module}'</source>
            <translation>cwestiwn '{id}': modiwl anhysbys '{module}'</translation>
        </message>
        <message>
            <source>question '{id}': module '{module}' has no section '{section}'</source>
            <translation>cwestiwn '{id}': nid oes adran '{section}' yn y modiwl '{module}'</translation>
        </message>
        <message>
            <source>question '{id}': module '{module}' is not in the quiz's modules</source>
            <translation>cwestiwn '{id}': nid yw'r modiwl '{module}' ymhlith modiwlau'r cwis</translation>
        </message>
        <message>
            <source>a YAML alias ('*name') is used inside the value it names</source>
            <translation>defnyddir alias YAML ('*name') y tu mewn i'r gwerth y mae'n ei enwi</translation>
        </message>
        <message>
            <source>a real date</source>
            <translation>ddyddiad go iawn</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>rhif cyfan</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>rhif</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true neu false</translation>
        </message>
        <message>
            <source>syntax error</source>
            <translation>gwall cystrawen</translation>
        </message>
        <message>
            <source>control character {code} is not allowed (delete it)</source>
            <translation>ni chaniateir y nod rheoli {code} (dilëwch ef)</translation>
        </message>
        <message>
            <source>a value that can be read</source>
            <translation>werth y gellir ei ddarllen</translation>
        </message>
        <message>
            <source>'{value}' is not {kind}</source>
            <translation>nid yw '{value}' yn {kind}</translation>
        </message>
        <message>
            <source>not {kind}</source>
            <translation>nid yw'n {kind}</translation>
        </message>
        <message>
            <source>file is too large ({size} KB; at most {limit} KB)</source>
            <extracomment>Limits every YAML reader applies before building anything (docs/module-format.md, "Limits"): a file larger than MAX_YAML_BYTES, nested deeper than MAX_YAML_DEPTH, or whose aliases would expand it past MAX_YAML_EXPANDED values (a 'billion laughs' file grows to gigabytes) is refused with one message.</extracomment>
            <translation>mae'r ffeil yn rhy fawr ({size} KB; {limit} KB ar y mwyaf)</translation>
        </message>
        <message>
            <source>values are nested more than {limit} deep: this cannot be content</source>
            <translation>mae gwerthoedd wedi'u nythu fwy na {limit} lefel: ni all hyn fod yn gynnwys</translation>
        </message>
        <message>
            <source>aliases ('*name') here expand the file to more than {limit} values: write the values out instead of repeating aliases</source>
            <translation>mae aliasau ('*name') yma yn ehangu'r ffeil i fwy na {limit} o werthoedd: ysgrifennwch y gwerthoedd yn llawn yn lle ailadrodd aliasau</translation>
        </message>
        <message>
            <source>not valid YAML: {reason}</source>
            <translation>nid yw'n YAML dilys: {reason}</translation>
        </message>
        <message>
            <source>{reason}: give each key once</source>
            <translation>{reason}: rhowch bob allwedd unwaith</translation>
        </message>
        <message>
            <source>cannot read value: {reason}</source>
            <translation>ni ellir darllen y gwerth: {reason}</translation>
        </message>
        <message>
            <source>duplicate key '{key}'</source>
            <translation>allwedd ddyblyg '{key}'</translation>
        </message>
        <message>
            <source>could not determine a constructor for the tag '{tag}'</source>
            <translation>nid oedd modd pennu lluniwr ar gyfer y tag '{tag}'</translation>
        </message>
        <message>
            <source>unsupported YAML node</source>
            <translation>nod YAML na chefnogir</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>ni ellir ei ddarllen</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>Cymraeg</translation>
        </message>
        <message>
            <source>there is no English module '{id}' for this {name} copy (it needs {id}.md beside it)</source>
            <translation>nid oes modiwl Saesneg '{id}' ar gyfer y copi {name} hwn (mae angen {id}.md wrth ei ymyl)</translation>
        </message>
        <message>
            <source>the {name} copy has {count} sections but the English module has {english}: keep one '## ' section for each English one, in the same order</source>
            <translation>mae gan y copi {name} {count} adran ond mae gan y modiwl Saesneg {english}: cadwch un adran '## ' ar gyfer pob un Saesneg, yn yr un drefn</translation>
        </message>
        <message>
            <source>the {name} copy is of version '{version}' but the English module is now '{english}': the English module is shown until the translation is brought up to date and its 'version' changed</source>
            <translation>mae'r copi {name} o fersiwn '{version}' ond mae'r modiwl Saesneg bellach yn '{english}': dangosir y modiwl Saesneg nes bod y cyfieithiad wedi'i ddiweddaru a'i 'version' wedi'i newid</translation>
        </message>
        <message>
            <source>the {name} copy's content warnings cover sections {sections} but the English module's cover {english} (sections by their place, named in English): give each English warning its translation, on the section in the same place</source>
            <translation>mae rhybuddion cynnwys y copi {name} yn cwmpasu adrannau {sections} ond mae rhai'r modiwl Saesneg yn cwmpasu {english} (adrannau yn ôl eu lle, wedi'u henwi yn Saesneg): rhowch gyfieithiad o bob rhybudd Saesneg, ar yr adran yn yr un lle</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(dim)</translation>
        </message>
        <message>
            <source>'prerequisites' differ from the English module's (the English ones are used)</source>
            <translation>mae 'prerequisites' yn wahanol i rai'r modiwl Saesneg (defnyddir y rhai Saesneg)</translation>
        </message>
        <message>
            <source>answer {answer} does not fit a {type} question</source>
            <translation>nid yw'r ateb {answer} yn gweddu i gwestiwn {type}</translation>
        </message>
        <message>
            <source>cannot score a {type} question</source>
            <translation>ni ellir sgorio cwestiwn {type}</translation>
        </message>
        <message>
            <source>nps-trainer: cannot write the log file {file} ({problem}); nothing will be logged this run.</source>
            <translation>nps-trainer: ni ellir ysgrifennu'r ffeil log {file} ({problem}); ni chaiff dim ei gofnodi y tro hwn.</translation>
        </message>
        <message>
            <source>nps-trainer: cannot write the log file {file} ({problem}); some entries may be missing.</source>
            <translation>nps-trainer: ni ellir ysgrifennu'r ffeil log {file} ({problem}); efallai y bydd rhai cofnodion ar goll.</translation>
        </message>
    </context>
</TS>
