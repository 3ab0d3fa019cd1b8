<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
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
        <translation>ni chafwyd hyd i&apos;r ffolder cartref y mae&apos;n dechrau ohono</translation>
    </message>
    <message>
        <source>it is not a valid file path</source>
        <translation>nid yw&apos;n llwybr ffeil dilys</translation>
    </message>
    <message>
        <source>The database location {value} cannot be used: {why}. It is set in {where}; correct it there, or ask your IT support to.</source>
        <translation>Ni ellir defnyddio lleoliad y gronfa ddata {value}: {why}. Mae wedi&apos;i osod yn {where}; cywirwch ef yno, neu gofynnwch i&apos;ch cymorth TG wneud hynny.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>version of the content</comment>
        <translation>ddim yn hysbys</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is no longer in quiz &apos;{quiz}&apos;; the attempt cannot resume</source>
        <translation>nid yw&apos;r cwestiwn &apos;{question}&apos; yn y cwis &apos;{quiz}&apos; mwyach; ni ellir ailgydio yn yr ymgais</translation>
    </message>
    <message>
        <source>an attempt is either practice or assessed</source>
        <translation>mae ymgais naill ai&apos;n ymarfer neu wedi&apos;i hasesu</translation>
    </message>
    <message>
        <source>certainty-based marking is for practice attempts only</source>
        <translation>mae marcio ar sail sicrwydd ar gyfer ymgeisiau ymarfer yn unig</translation>
    </message>
    <message>
        <source>quiz &apos;{quiz}&apos; can only be taken in {mode} mode</source>
        <translation>dim ond yn y modd {mode} y gellir gwneud y cwis &apos;{quiz}&apos;</translation>
    </message>
    <message>
        <source>unknown attempt format {format}</source>
        <translation>fformat ymgais anhysbys: {format}</translation>
    </message>
    <message>
        <source>attempt is for quiz &apos;{found}&apos;, not &apos;{quiz}&apos;</source>
        <translation>mae&apos;r ymgais ar gyfer y cwis &apos;{found}&apos;, nid &apos;{quiz}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is not part of this attempt</source>
        <translation>nid yw&apos;r cwestiwn &apos;{question}&apos; yn rhan o&apos;r ymgais hon</translation>
    </message>
    <message>
        <source>no question number {number}</source>
        <translation>nid oes cwestiwn rhif {number}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has already been answered in practice mode</source>
        <translation>mae&apos;r cwestiwn &apos;{question}&apos; eisoes wedi&apos;i ateb yn y modd ymarfer</translation>
    </message>
    <message>
        <source>say how sure you are of this answer (certainty 1, 2 or 3) before it is checked</source>
        <translation>dywedwch pa mor siŵr ydych chi o&apos;r ateb hwn (sicrwydd 1, 2 neu 3) cyn iddo gael ei wirio</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is not marked for certainty in this attempt</source>
        <translation>nid yw&apos;r cwestiwn &apos;{question}&apos; yn cael ei farcio ar sail sicrwydd yn yr ymgais hon</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is not a scenario</source>
        <translation>nid senario yw&apos;r cwestiwn &apos;{question}&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;{question}&apos; has already reached an ending</source>
        <translation>mae&apos;r senario &apos;{question}&apos; eisoes wedi cyrraedd diweddglo</translation>
    </message>
    <message>
        <source>the attempt is not finished</source>
        <translation>nid yw&apos;r ymgais wedi&apos;i gorffen</translation>
    </message>
    <message>
        <source>the attempt is finished</source>
        <translation>mae&apos;r ymgais wedi&apos;i gorffen</translation>
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
        <translation>Os yw&apos;n gywir: 1, 2 neu 3 marc. Os yw&apos;n anghywir: 0, −2 neu −6. Dewiswch Siŵr iawn dim ond os ydych chi&apos;n disgwyl bod yn gywir fwy na 4 gwaith o bob 5, ac Ansicr os llai na 2 waith o bob 3.</translation>
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
        <translation>Ni wnaethoch ateb unrhyw gwestiynau sy&apos;n cael eu marcio ar sail sicrwydd, felly nid oes marc ar sail sicrwydd.</translation>
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
        <translation>Ar gyfer y {answered} o&apos;r {total} cwestiwn a atebwyd gennych: cywirdeb {percent}, cyfartaledd {average}.</translation>
    </message>
    <message>
        <source>Your certainty matched how often you were right: well judged.</source>
        <translation>Roedd eich sicrwydd yn cyfateb i ba mor aml roeddech chi&apos;n gywir: wedi&apos;i farnu&apos;n dda.</translation>
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
        <comment>{times}: &apos;once&apos;, &apos;twice&apos; or &apos;3 times&apos;</comment>
        <translation>Dywedoch chi {label} {times}</translation>
    </message>
    <message>
        <source>You were a little over-confident: when you were {words} you were right only {accuracy} of the time. {label} pays best only when you expect to be right at least {low} of the time. ({said}.)</source>
        <translation>Roeddech chi braidd yn orhyderus: pan oeddech chi&apos;n {words}, roeddech chi&apos;n gywir dim ond {accuracy} o&apos;r amser. Mae {label} yn talu orau dim ond pan fyddwch chi&apos;n disgwyl bod yn gywir o leiaf {low} o&apos;r amser. ({said}.)</translation>
    </message>
    <message>
        <source>You were over-confident: when you were {words} you were right only {accuracy} of the time. {label} pays best only when you expect to be right at least {low} of the time. ({said}.)</source>
        <translation>Roeddech chi&apos;n orhyderus: pan oeddech chi&apos;n {words}, roeddech chi&apos;n gywir dim ond {accuracy} o&apos;r amser. Mae {label} yn talu orau dim ond pan fyddwch chi&apos;n disgwyl bod yn gywir o leiaf {low} o&apos;r amser. ({said}.)</translation>
    </message>
    <message>
        <source>You were a little under-confident: when you were {words} you were right {accuracy} of the time. Above {high}, {better} earns more marks, so you can trust yourself more. ({said}.)</source>
        <translation>Roeddech chi braidd yn brin o hyder: pan oeddech chi&apos;n {words}, roeddech chi&apos;n gywir {accuracy} o&apos;r amser. Dros {high}, mae {better} yn ennill mwy o farciau, felly gallwch chi ymddiried mwy yn eich hun. ({said}.)</translation>
    </message>
    <message>
        <source>You were under-confident: when you were {words} you were right {accuracy} of the time. Above {high}, {better} earns more marks, so you can trust yourself more. ({said}.)</source>
        <translation>Roeddech chi&apos;n brin o hyder: pan oeddech chi&apos;n {words}, roeddech chi&apos;n gywir {accuracy} o&apos;r amser. Dros {high}, mae {better} yn ennill mwy o farciau, felly gallwch chi ymddiried mwy yn eich hun. ({said}.)</translation>
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
        <translation>Pan oeddech chi&apos;n {words}, roeddech chi&apos;n gywir {percent} o&apos;r amser, sy&apos;n gweddu i {label} ({span}). ({said}.)</translation>
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
        <translation>(eitem nad yw&apos;n hysbys: {item})</translation>
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
        <source>choice &apos;{choice}&apos; has no goto rule that applies</source>
        <translation>nid oes rheol goto sy&apos;n berthnasol i&apos;r dewis &apos;{choice}&apos;</translation>
    </message>
    <message>
        <source>start node &apos;{start}&apos; does not exist</source>
        <translation>nid yw&apos;r nod cychwyn &apos;{start}&apos; yn bodoli</translation>
    </message>
    <message>
        <source>choice &apos;{cid}&apos; comes after the scenario has ended</source>
        <translation>mae&apos;r dewis &apos;{cid}&apos; yn dod ar ôl i&apos;r senario ddod i ben</translation>
    </message>
    <message>
        <source>choice &apos;{cid}&apos; is not offered at node &apos;{node}&apos;</source>
        <translation>nid yw&apos;r dewis &apos;{cid}&apos; yn cael ei gynnig yn y nod &apos;{node}&apos;</translation>
    </message>
    <message>
        <source>choices continue after ending &apos;{ending}&apos;</source>
        <translation>mae dewisiadau&apos;n parhau ar ôl y diweddglo &apos;{ending}&apos;</translation>
    </message>
    <message>
        <source>goto target &apos;{target}&apos; does not exist</source>
        <translation>nid yw&apos;r targed goto &apos;{target}&apos; yn bodoli</translation>
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
        <source>question &apos;{question}&apos; has no answer to save</source>
        <translation>nid oes gan y cwestiwn &apos;{question}&apos; ateb i&apos;w gadw</translation>
    </message>
    <message>
        <source>“{title}” has changed since you started this attempt (version {version}, now {current}), so it cannot be resumed: {reason}.</source>
        <translation>Mae “{title}” wedi newid ers i chi ddechrau&apos;r ymgais hon (fersiwn {version}, nawr {current}), felly ni ellir ailgydio ynddi: {reason}.</translation>
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
        <comment>a day and date in a sentence, e.g. &apos;due since Friday 4 December 2026&apos;</comment>
        <translation>dydd {weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>a day and date in a sentence, e.g. &apos;due since Friday 4 December&apos;</comment>
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
        <comment>a date in a sentence: &apos;due on Tuesday 8 December 2027&apos;</comment>
        <translation>ddydd {weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month}</source>
        <comment>a date in a sentence: &apos;due on Tuesday 8 December&apos;</comment>
        <translation>ddydd {weekday} {day} {month}</translation>
    </message>
    <message>
        <source>The next question is due {when}.</source>
        <comment>{when}: &apos;today&apos;, &apos;tomorrow&apos; or &apos;on Tuesday 8 December&apos;</comment>
        <translation>Mae&apos;r cwestiwn nesaf yn ddyledus {when}.</translation>
    </message>
    <message>
        <source>None of the questions scheduled for you can be asked: they are no longer in the installed quizzes. Questions are added as you answer questions in Quizzes.</source>
        <translation>Ni ellir gofyn yr un o&apos;r cwestiynau a drefnwyd ar eich cyfer: nid ydynt yn y cwisiau sydd wedi&apos;u gosod mwyach. Caiff cwestiynau eu hychwanegu wrth i chi ateb cwestiynau yn Cwisiau.</translation>
    </message>
    <message>
        <source>No questions are scheduled yet: they are added as you answer questions in Quizzes.</source>
        <translation>Nid oes cwestiynau wedi&apos;u trefnu eto: cânt eu hychwanegu wrth i chi ateb cwestiynau yn Cwisiau.</translation>
    </message>
    <message>
        <source>No questions are scheduled after today.</source>
        <translation>Nid oes cwestiynau wedi&apos;u trefnu ar ôl heddiw.</translation>
    </message>
    <message numerus="yes">
        <source>(%n question(s) from quizzes no longer installed are left out.)</source>
        <translation>
            <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi&apos;u gosod mwyach wedi&apos;u gadael allan.)</numerusform>
            <numerusform>(Mae %n cwestiwn o gwis nad yw wedi&apos;i osod mwyach wedi&apos;i adael allan.)</numerusform>
            <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi&apos;u gosod mwyach wedi&apos;u gadael allan.)</numerusform>
            <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi&apos;u gosod mwyach wedi&apos;u gadael allan.)</numerusform>
            <numerusform>(Mae %n o gwestiynau o gwisiau nad ydynt wedi&apos;u gosod mwyach wedi&apos;u gadael allan.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresher: nothing to refresh yet. Questions from quizzes you take come back here on a schedule, to help them stick.</source>
        <translation>Gloywi: dim byd i&apos;w loywi eto. Mae cwestiynau o&apos;r cwisiau rydych chi&apos;n eu gwneud yn dod yn ôl yma yn ôl amserlen, i&apos;ch helpu i&apos;w cofio.</translation>
    </message>
    <message>
        <source>Refresher: nothing to ask. The question scheduled for you is no longer in the installed quizzes, so it cannot be asked; questions from quizzes you take now will come back here.</source>
        <translation>Gloywi: dim i&apos;w ofyn. Nid yw&apos;r cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir ei ofyn; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</translation>
    </message>
    <message numerus="yes">
        <source>Refresher: nothing to ask. All %n questions scheduled for you are no longer in the installed quizzes, so none can be asked; questions from quizzes you take now will come back here.</source>
        <translation>
            <numerusform>Gloywi: dim i&apos;w ofyn. Nid oes yr un o&apos;r cwestiynau a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</numerusform>
            <numerusform>Gloywi: dim i&apos;w ofyn. Nid yw&apos;r cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir ei ofyn; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</numerusform>
            <numerusform>Gloywi: dim i&apos;w ofyn. Nid yw&apos;r un o&apos;r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</numerusform>
            <numerusform>Gloywi: dim i&apos;w ofyn. Nid yw&apos;r un o&apos;r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</numerusform>
            <numerusform>Gloywi: dim i&apos;w ofyn. Nid yw&apos;r un o&apos;r %n cwestiwn a drefnwyd ar eich cyfer yn y cwisiau sydd wedi&apos;u gosod mwyach, felly ni ellir gofyn yr un ohonynt; bydd cwestiynau o&apos;r cwisiau y byddwch chi&apos;n eu gwneud nawr yn dod yn ôl yma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresher: nothing due today. {next}</source>
        <comment>{next}: a sentence saying when the next question is due</comment>
        <translation>Gloywi: dim byd yn ddyledus heddiw. {next}</translation>
    </message>
    <message numerus="yes">
        <source>Refresher: you have answered today&apos;s %n question(s).</source>
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
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n.</numerusform>
            <numerusform>Gloywi: mae %n cwestiwn o&apos;ch cwisiau yn ddyledus heddiw.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher: %n question(s) from your quizzes due today; today&apos;s refresher asks {asked}.</source>
        <translation>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
            <numerusform>Gloywi: mae %n cwestiwn o&apos;ch cwisiau yn ddyledus heddiw; mae gloywi heddiw yn gofyn {asked}.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
            <numerusform>Gloywi: cwestiynau o&apos;ch cwisiau sy&apos;n ddyledus heddiw: %n; mae gloywi heddiw yn gofyn {asked}.</numerusform>
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
        <translation>amser cloi&apos;r sgrinio</translation>
    </message>
    <message>
        <source>the small-number threshold for caseload figures</source>
        <translation>y trothwy niferoedd bach ar gyfer ffigurau llwyth achosion</translation>
    </message>
    <message>
        <source>the organisation&apos;s address for learning records</source>
        <translation>cyfeiriad y sefydliad ar gyfer cofnodion dysgu</translation>
    </message>
    <message>
        <source>the learning record store&apos;s address</source>
        <translation>cyfeiriad y storfa cofnodion dysgu</translation>
    </message>
    <message>
        <source>the learning record store&apos;s key</source>
        <translation>allwedd y storfa cofnodion dysgu</translation>
    </message>
    <message>
        <source>whether names go into learning records</source>
        <translation>a yw enwau&apos;n mynd i mewn i gofnodion dysgu</translation>
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
        <translation>Mae NPS Trainer yn defnyddio ei osodiadau diofyn, gan gynnwys lleoliad diofyn y gronfa ddata, felly efallai nad y proffiliau a&apos;r cofnodion a welwch chi yw&apos;r rhai arferol.</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as:
{path}</source>
        <translation>Cadwyd copi o&apos;r ffeil sydd wedi&apos;i difrodi fel:
{path}</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside; it is still at:
{path}</source>
        <translation>Nid oedd modd symud y ffeil sydd wedi&apos;i difrodi o&apos;r ffordd; mae hi yma o hyd:
{path}</translation>
    </message>
    <message>
        <source>Your settings file could not be read because it is damaged.

{where}

{defaults} If you had chosen a database or content folder, choose it again in File → Settings, then close NPS Trainer and open it again.</source>
        <translation>Nid oedd modd darllen eich ffeil gosodiadau oherwydd ei bod wedi&apos;i difrodi.

{where}

{defaults} Os oeddech chi wedi dewis cronfa ddata neu ffolder cynnwys, dewiswch hi eto yn Ffeil → Gosodiadau, yna caewch NPS Trainer a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>Your settings file could not be read just now (another program may be using it):
{path}

{defaults} Your settings file has been left as it is: close NPS Trainer and open it again to use it. Changes to settings cannot be saved until then.</source>
        <translation>Nid oedd modd darllen eich ffeil gosodiadau y tro hwn (efallai fod rhaglen arall yn ei defnyddio):
{path}

{defaults} Mae eich ffeil gosodiadau wedi&apos;i gadael fel y mae: caewch NPS Trainer a&apos;i agor eto i&apos;w defnyddio. Ni ellir cadw newidiadau i&apos;r gosodiadau tan hynny.</translation>
    </message>
    <message>
        <source>This includes the database location, so the profiles and records you see may not be your usual ones.</source>
        <translation>Mae hyn yn cynnwys lleoliad y gronfa ddata, felly efallai nad y proffiliau a&apos;r cofnodion a welwch chi yw&apos;r rhai arferol.</translation>
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
        <translation>Ni ellir ysgrifennu&apos;r copi wrth gefn {path}: {reason}. Nid yw&apos;r gronfa ddata wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Could not make the backup {path} ({detail}). The database has not been changed.</source>
        <translation>Nid oedd modd gwneud y copi wrth gefn {path} ({detail}). Nid yw&apos;r gronfa ddata wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} refers to missing {parent}</source>
        <translation>allwedd estron: mae rhes {row} yn {table} yn cyfeirio at {parent} sydd ar goll</translation>
    </message>
    <message>
        <source>schema: tables that are not NPS Trainer&apos;s ({tables})</source>
        <translation>sgema: tablau nad ydynt yn perthyn i NPS Trainer ({tables})</translation>
    </message>
    <message>
        <source>schema: the database is empty (run &apos;nps-trainer db upgrade&apos; to set it up)</source>
        <translation>sgema: mae&apos;r gronfa ddata&apos;n wag (rhedwch &apos;nps-trainer db upgrade&apos; i&apos;w sefydlu)</translation>
    </message>
    <message>
        <source>schema {revision} was written by a newer version of NPS Trainer (this version uses {head}): install the newer version to use it</source>
        <translation>ysgrifennwyd sgema {revision} gan fersiwn mwy newydd o NPS Trainer (mae&apos;r fersiwn hwn yn defnyddio {head}): gosodwch y fersiwn mwy newydd i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <source>schema {revision} is older than this version&apos;s {head}: run &apos;nps-trainer db upgrade&apos; to update it (a backup is taken first)</source>
        <translation>mae sgema {revision} yn hŷn na {head} y fersiwn hwn: rhedwch &apos;nps-trainer db upgrade&apos; i&apos;w ddiweddaru (caiff copi wrth gefn ei wneud yn gyntaf)</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}. It has not been changed.</source>
        <translation>Ni ellir darllen ffeil y gronfa ddata {path}: {reason}. Nid yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>{path} is not an NPS Trainer database (it is not a SQLite file). It has been left untouched. Choose another database file in Settings, or move this file away.</source>
        <translation>Nid yw {path} yn gronfa ddata NPS Trainer (nid yw&apos;n ffeil SQLite). Nid yw wedi&apos;i chyffwrdd. Dewiswch ffeil cronfa ddata arall yn y Gosodiadau, neu symudwch y ffeil hon o&apos;r ffordd.</translation>
    </message>
    <message>
        <source>Cannot open the database {path} just now ({detail}). It has not been changed. If another program is using it, close that program or wait a moment, then try again.</source>
        <translation>Ni ellir agor y gronfa ddata {path} ar hyn o bryd ({detail}). Nid yw wedi&apos;i newid. Os yw rhaglen arall yn ei defnyddio, caewch y rhaglen honno neu arhoswch ennyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database {path} holds a change that a program stopped part-way through, and only a program that may write to it can undo that change. It has not been changed. Start NPS Trainer, or run &apos;nps-trainer db upgrade&apos;: either undoes it, and nothing saved before it is lost. Then try again.</source>
        <translation>Mae&apos;r gronfa ddata {path} yn dal newid y stopiodd rhaglen hanner ffordd drwyddo, a dim ond rhaglen sy&apos;n cael ysgrifennu iddi all ddadwneud y newid hwnnw. Nid yw wedi&apos;i newid. Dechreuwch NPS Trainer, neu rhedwch &apos;nps-trainer db upgrade&apos;: bydd y naill neu&apos;r llall yn ei ddadwneud, ac ni chollir dim a gadwyd cyn hynny. Yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The database file {path} is marked read-only, so nothing could be saved in it. It has not been changed. Ask your IT support to make it writable (or clear its read-only setting), or choose another database location in Settings.</source>
        <translation>Mae ffeil y gronfa ddata {path} wedi&apos;i nodi&apos;n ddarllen yn unig, felly ni ellid cadw dim ynddi. Nid yw wedi&apos;i newid. Gofynnwch i&apos;ch cymorth TG ei gwneud yn bosibl ysgrifennu iddi (neu glirio ei gosodiad darllen yn unig), neu dewiswch leoliad arall i&apos;r gronfa ddata yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>The disk that holds the database {path} is full, so NPS Trainer cannot open it. Nothing has been changed and nothing saved is lost. Free some space on that disk (the folder is {folder}), then start NPS Trainer again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal y gronfa ddata {path} yn llawn, felly ni all NPS Trainer ei hagor. Does dim wedi&apos;i newid a does dim byd sydd wedi&apos;i gadw wedi&apos;i golli. Rhyddhewch ychydig o le ar y ddisg honno (y ffolder yw {folder}), yna dechreuwch NPS Trainer eto.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: the file, or the folder it is in ({folder}), is not writable, and SQLite needs to write beside the database even to read it. It has not been changed. Ask your IT support to let you write to that folder, or choose another database location in Settings.</source>
        <translation>Ni ellir agor y gronfa ddata {path}: nid oes modd ysgrifennu i&apos;r ffeil, nac i&apos;r ffolder y mae ynddi ({folder}), ac mae angen i SQLite ysgrifennu wrth ymyl y gronfa ddata hyd yn oed i&apos;w darllen. Nid yw wedi&apos;i newid. Gofynnwch i&apos;ch cymorth TG adael i chi ysgrifennu i&apos;r ffolder honno, neu dewiswch leoliad arall i&apos;r gronfa ddata yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>nid ffeil ydyw</translation>
    </message>
    <message>
        <source>{path} is not a file (a named pipe or a device), so it cannot hold a database. It has not been changed. Choose another database location in Settings (or with --database).</source>
        <translation>Nid ffeil yw {path} (pibell a enwir neu ddyfais), felly ni all ddal cronfa ddata. Nid yw wedi&apos;i newid. Dewiswch leoliad arall i&apos;r gronfa ddata yn y Gosodiadau (neu gyda --database).</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {reason}. Nothing has been changed. Choose another database location in Settings (or with --database), or ask your IT support to let you write to that folder.</source>
        <translation>Ni ellir creu&apos;r gronfa ddata {path}: {reason}. Does dim wedi&apos;i newid. Dewiswch leoliad arall i&apos;r gronfa ddata yn y Gosodiadau (neu gyda --database), neu gofynnwch i&apos;ch cymorth TG adael i chi ysgrifennu i&apos;r ffolder honno.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not NPS Trainer&apos;s ({tables}). It has been left untouched.</source>
        <translation>Mae {where} yn dal tablau nad ydynt yn perthyn i NPS Trainer ({tables}). Nid yw wedi&apos;i gyffwrdd.</translation>
    </message>
    <message>
        <source>The database {where} is empty: start the app or run &apos;nps-trainer db upgrade&apos; to set it up. It has been left untouched.</source>
        <translation>Mae&apos;r gronfa ddata {where} yn wag: dechreuwch yr ap neu rhedwch &apos;nps-trainer db upgrade&apos; i&apos;w sefydlu. Nid yw wedi&apos;i chyffwrdd.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of NPS Trainer (schema {revision}). It has been left untouched. Install the newer version of NPS Trainer to open it.</source>
        <translation>Ysgrifennwyd y gronfa ddata {where} gan fersiwn mwy newydd o NPS Trainer (sgema {revision}). Nid yw wedi&apos;i chyffwrdd. Gosodwch y fersiwn mwy newydd o NPS Trainer i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The database {where} needs updating: run &apos;nps-trainer db upgrade&apos;.</source>
        <translation>Mae angen diweddaru&apos;r gronfa ddata {where}: rhedwch &apos;nps-trainer db upgrade&apos;.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It has been left untouched. Restore a backup from the backups folder, or ask your IT support for help.</source>
        <translation>Mae&apos;r gronfa ddata {path} wedi&apos;i difrodi ({detail}). Nid yw wedi&apos;i chyffwrdd. Adferwch gopi wrth gefn o&apos;r ffolder copïau wrth gefn, neu gofynnwch i&apos;ch cymorth TG am help.</translation>
    </message>
    <message>
        <source>There is no database at {path} yet: start the app or run &apos;nps-trainer db upgrade&apos; to create it.</source>
        <translation>Nid oes cronfa ddata yn {path} eto: dechreuwch yr ap neu rhedwch &apos;nps-trainer db upgrade&apos; i&apos;w chreu.</translation>
    </message>
    <message>
        <source>Setting up the new database {where} failed ({detail}); nothing was saved in it. Start NPS Trainer again; if it goes on, choose another database location.</source>
        <translation>Methodd sefydlu&apos;r gronfa ddata newydd {where} ({detail}); ni chadwyd dim ynddi. Dechreuwch NPS Trainer eto; os yw&apos;n parhau, dewiswch leoliad arall i&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {detail}</source>
        <translation>Ni ellir agor y gronfa ddata {where}: {detail}</translation>
    </message>
    <message>
        <source>the database {where}</source>
        <extracomment>The key of the PostgreSQL advisory lock held while the schema is created or migrated (any fixed 64-bit number other programs on the server are unlikely to use: these are the bytes of &quot;npstrain&quot;).</extracomment>
        <translation>y gronfa ddata {where}</translation>
    </message>
    <message>
        <source>Another computer has been setting up or updating the database {where} for over {seconds} seconds. Try again in a few minutes; if it goes on, ask your IT support to check the database server.</source>
        <translation>Mae cyfrifiadur arall wedi bod yn sefydlu neu&apos;n diweddaru&apos;r gronfa ddata {where} ers dros {seconds} eiliad. Rhowch gynnig arall arni ymhen ychydig funudau; os yw&apos;n parhau, gofynnwch i&apos;ch cymorth TG wirio gweinydd y gronfa ddata.</translation>
    </message>
    <message>
        <source>Updating the database {where} failed ({error}); it has been left as it was. A backup taken just before is at {backup}.</source>
        <translation>Methodd diweddaru&apos;r gronfa ddata {where} ({error}); mae wedi&apos;i gadael fel yr oedd. Mae copi wrth gefn a wnaed ychydig cyn hynny yn {backup}.</translation>
    </message>
    <message>
        <source>Updating the database {where} failed ({error}); it has been left as it was. </source>
        <translation>Methodd diweddaru&apos;r gronfa ddata {where} ({error}); mae wedi&apos;i gadael fel yr oedd. </translation>
    </message>
    <message>
        <source>Correct it in Settings (Database), the --database option or NPS_TRAINER_DATABASE_URL.</source>
        <translation>Cywirwch ef yn y Gosodiadau (Cronfa ddata), yn yr opsiwn --database neu yn NPS_TRAINER_DATABASE_URL.</translation>
    </message>
    <message>
        <source>The database address {address} names a kind of database NPS Trainer cannot use (&apos;{kind}&apos;). Use a SQLite file path or a PostgreSQL address such as postgresql+psycopg://user@server/nps_trainer. {advice}</source>
        <translation>Mae cyfeiriad y gronfa ddata {address} yn enwi math o gronfa ddata na all NPS Trainer ei ddefnyddio (&apos;{kind}&apos;). Defnyddiwch lwybr ffeil SQLite neu gyfeiriad PostgreSQL fel postgresql+psycopg://user@server/nps_trainer. {advice}</translation>
    </message>
    <message>
        <source>The database address {address} is not a valid address ({reason}). {advice}</source>
        <translation>Nid yw cyfeiriad y gronfa ddata {address} yn gyfeiriad dilys ({reason}). {advice}</translation>
    </message>
    <message>
        <source>its port must be a number</source>
        <translation>rhaid i&apos;r porth fod yn rhif</translation>
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
        <source>The database {address} needs the database driver &apos;{module}&apos;, which is not installed. For PostgreSQL, install NPS Trainer with its PostgreSQL extra (pip install &apos;nps-trainer[postgresql]&apos;, which brings psycopg) and use an address that starts postgresql+psycopg://. {advice}</source>
        <translation>Mae angen y gyrrwr cronfa ddata &apos;{module}&apos; ar y gronfa ddata {address}, ac nid yw wedi&apos;i osod. Ar gyfer PostgreSQL, gosodwch NPS Trainer gyda&apos;i ychwanegyn PostgreSQL (pip install &apos;nps-trainer[postgresql]&apos;, sy&apos;n dod â psycopg) a defnyddiwch gyfeiriad sy&apos;n dechrau â postgresql+psycopg://. {advice}</translation>
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
        <translation>mae rhan o&apos;r llwybr yn ffeil, nid yn ffolder</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ffolder ydyw</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>mae&apos;r ddisg yn ddarllen yn unig</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>gwrthodwyd caniatâd</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>nid yw&apos;r ffolder yn bodoli</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path} that keeps two copies of NPS Trainer from updating {what} at once: {reason}. Nothing has been changed.</source>
        <translation>Ni ellir creu&apos;r ffeil cloi {path} sy&apos;n atal dau gopi o NPS Trainer rhag diweddaru&apos;r canlynol ar yr un pryd: {what}. Y rheswm: {reason}. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Another copy of NPS Trainer has been updating {what} for over {seconds} seconds, so this one has not touched it. Wait for the other to finish (or close it), then try again.</source>
        <translation>Mae copi arall o NPS Trainer wedi bod yn diweddaru&apos;r canlynol ers dros {seconds} eiliad: {what}. Felly nid yw&apos;r copi hwn wedi&apos;i gyffwrdd. Arhoswch i&apos;r llall orffen (neu caewch ef), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>rhybudd: {message}</translation>
    </message>
    <message>
        <source>file is not UTF-8 text (byte {byte} on this line): save it as UTF-8</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8 (beit {byte} ar y llinell hon): cadwch hi fel UTF-8</translation>
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
        <source>closing &apos;:::&apos; without an opening callout</source>
        <translation>&apos;:::&apos; cau heb flwch agoriadol</translation>
    </message>
    <message>
        <source>callouts cannot be nested: &apos;{kind}&apos; opens inside the callout opened on line {line} (close that one with &apos;:::&apos; first)</source>
        <translation>ni ellir gosod blychau o fewn ei gilydd: mae &apos;{kind}&apos; yn agor y tu mewn i&apos;r blwch a agorwyd ar linell {line} (caewch hwnnw â &apos;:::&apos; yn gyntaf)</translation>
    </message>
    <message>
        <source>unknown callout kind &apos;{kind}&apos; (use one of: {known})</source>
        <translation>math anhysbys o flwch &apos;{kind}&apos; (defnyddiwch un o: {known})</translation>
    </message>
    <message>
        <source>callout &apos;{kind}&apos; is not closed (add a &apos;:::&apos; line after it)</source>
        <translation>nid yw&apos;r blwch &apos;{kind}&apos; wedi&apos;i gau (ychwanegwch linell &apos;:::&apos; ar ei ôl)</translation>
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
        <source>unknown field &apos;{name}&apos; (expected {fields})</source>
        <translation>maes anhysbys &apos;{name}&apos; (disgwylir {fields})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be text in quotes, e.g. {name}: &quot;{example}&quot;</source>
        <translation>rhaid i &apos;{name}&apos; fod yn destun mewn dyfynodau, e.e. {name}: &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>&apos;order&apos; must be a list of module ids</source>
        <translation>rhaid i &apos;order&apos; fod yn rhestr o ddynodwyr modiwlau</translation>
    </message>
    <message>
        <source>&apos;order&apos; entry {number} must be a module id</source>
        <translation>rhaid i gofnod {number} yn &apos;order&apos; fod yn ddynodwr modiwl</translation>
    </message>
    <message>
        <source>module &apos;{module}&apos; is listed twice in &apos;order&apos;</source>
        <translation>mae&apos;r modiwl &apos;{module}&apos; wedi&apos;i restru ddwywaith yn &apos;order&apos;</translation>
    </message>
    <message>
        <source>&apos;order&apos; names unknown module &apos;{module}&apos;</source>
        <translation>mae &apos;order&apos; yn enwi modiwl anhysbys &apos;{module}&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is already used by {path}</source>
        <translation>mae&apos;r dynodwr &apos;{id}&apos; eisoes yn cael ei ddefnyddio gan {path}</translation>
    </message>
    <message>
        <source>prerequisite &apos;{module}&apos; is not a known module</source>
        <translation>nid yw&apos;r rhagofyniad &apos;{module}&apos; yn fodiwl hysbys</translation>
    </message>
    <message>
        <source>prerequisites form a cycle: {cycle}</source>
        <translation>mae&apos;r rhagofynion yn ffurfio cylch: {cycle}</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos;: no module has id &apos;{id}&apos;</source>
        <translation>dolen &apos;{link}&apos;: nid oes gan unrhyw fodiwl y dynodwr &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos;: module &apos;{id}&apos; has no section with anchor &apos;{anchor}&apos;</source>
        <translation>dolen &apos;{link}&apos;: nid oes gan y modiwl &apos;{id}&apos; adran â&apos;r angor &apos;{anchor}&apos;</translation>
    </message>
    <message>
        <source>(put a value that contains &apos;: &apos; in quotes)</source>
        <translation>(rhowch werth sy&apos;n cynnwys &apos;: &apos; mewn dyfynodau)</translation>
    </message>
    <message>
        <source>(use spaces, not tabs)</source>
        <translation>(defnyddiwch fylchau, nid tabiau)</translation>
    </message>
    <message>
        <source>{what} is not valid YAML: {reason}</source>
        <translation>nid yw&apos;n YAML dilys ({what}): {reason}</translation>
    </message>
    <message>
        <source>{what} must be a set of &apos;field: value&apos; lines</source>
        <translation>rhaid cael set o linellau &apos;maes: gwerth&apos; ({what})</translation>
    </message>
    <message>
        <source>duplicate field &apos;{field}&apos;</source>
        <translation>maes dyblyg &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{what} has a value that cannot be read: {reason}</source>
        <translation>mae gan {what} werth na ellir ei ddarllen: {reason}</translation>
    </message>
    <message>
        <source>file must start with a &apos;---&apos; line opening the front matter</source>
        <translation>rhaid i&apos;r ffeil ddechrau â llinell &apos;---&apos; sy&apos;n agor y deunydd blaen</translation>
    </message>
    <message>
        <source>front matter is not closed (add a &apos;---&apos; line after it)</source>
        <translation>nid yw&apos;r deunydd blaen wedi&apos;i gau (ychwanegwch linell &apos;---&apos; ar ei ôl)</translation>
    </message>
    <message>
        <source>front matter</source>
        <comment>names the text in a message</comment>
        <translation>y deunydd blaen</translation>
    </message>
    <message>
        <source>bundled modules need a &apos;notice&apos; callout before any other callout (training, not clinical advice; 999 in an emergency; local drug services)</source>
        <translation>mae angen blwch &apos;notice&apos; ar fodiwlau sy&apos;n dod gyda&apos;r ap cyn unrhyw flwch arall (hyfforddiant, nid cyngor clinigol; 999 mewn argyfwng; gwasanaethau camddefnyddio sylweddau lleol)</translation>
    </message>
    <message>
        <source>bundled modules need at least one &apos;{kind}&apos; callout</source>
        <translation>mae angen o leiaf un blwch &apos;{kind}&apos; ar fodiwlau sy&apos;n dod gyda&apos;r ap</translation>
    </message>
    <message>
        <source>bundled modules need a &apos;## {section}&apos; section</source>
        <translation>mae angen adran &apos;## {section}&apos; ar fodiwlau sy&apos;n dod gyda&apos;r ap</translation>
    </message>
    <message>
        <source>bundled modules need at least {minimum} words (this one has {count})</source>
        <translation>mae angen o leiaf {minimum} o eiriau ar fodiwlau sy&apos;n dod gyda&apos;r ap (mae gan hwn {count})</translation>
    </message>
    <message>
        <source>the paragraph starting here has more than {limit} &apos;[&apos; characters: split it, or write them as \[</source>
        <translation>mae gan y paragraff sy&apos;n dechrau yma fwy na {limit} nod &apos;[&apos;: rhannwch ef, neu ysgrifennwch nhw fel \[</translation>
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
        <translation>mae&apos;r llinell yn {length} nod o hyd; {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>line is indented {indent} columns; at most {limit} (lists or code nested too deeply)</source>
        <translation>mae&apos;r llinell wedi&apos;i mewnoli {indent} colofn; {limit} ar y mwyaf (rhestrau neu god wedi&apos;u nythu&apos;n rhy ddwfn)</translation>
    </message>
    <message>
        <source>quotes are nested {depth} deep; at most {limit}</source>
        <translation>mae dyfyniadau wedi&apos;u nythu {depth} lefel; {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>&apos;translation_reviewed&apos; belongs in a translation (&lt;id&gt;.cy.md), not in the English module</source>
        <translation>mae &apos;translation_reviewed&apos; yn perthyn mewn cyfieithiad (&lt;id&gt;.cy.md), nid yn y modiwl Saesneg</translation>
    </message>
    <message>
        <source>&apos;translation_reviewed&apos; must be true or false (got {value})</source>
        <translation>rhaid i &apos;translation_reviewed&apos; fod yn true neu false (cafwyd {value})</translation>
    </message>
    <message>
        <source>content was last reviewed on {date}, more than 12 months ago: check it against its sources and update &apos;reviewed&apos;</source>
        <translation>adolygwyd y cynnwys ddiwethaf ar {date}, fwy na 12 mis yn ôl: gwiriwch ef yn erbyn ei ffynonellau a diweddarwch &apos;reviewed&apos;</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; date {date} is in the future</source>
        <translation>mae dyddiad &apos;reviewed&apos; {date} yn y dyfodol</translation>
    </message>
    <message>
        <source>file is too large for a module ({size} KB; at most {limit} KB)</source>
        <translation>mae&apos;r ffeil yn rhy fawr i fodiwl ({size} KB; {limit} KB ar y mwyaf)</translation>
    </message>
    <message>
        <source>file is empty: a module starts with front matter between &apos;---&apos; lines</source>
        <translation>mae&apos;r ffeil yn wag: mae modiwl yn dechrau â deunydd blaen rhwng llinellau &apos;---&apos;</translation>
    </message>
    <message>
        <source>module has no sections (add &apos;## &apos; headings)</source>
        <translation>nid oes adrannau yn y modiwl (ychwanegwch benawdau &apos;## &apos;)</translation>
    </message>
    <message>
        <source>section heading inside the &apos;{kind}&apos; callout opened on line {line} (close the callout first)</source>
        <translation>pennawd adran y tu mewn i&apos;r blwch &apos;{kind}&apos; a agorwyd ar linell {line} (caewch y blwch yn gyntaf)</translation>
    </message>
    <message>
        <source>content warning names section &apos;{name}&apos;, but there is no &apos;## {name}&apos; section</source>
        <translation>mae&apos;r rhybudd cynnwys yn enwi&apos;r adran &apos;{name}&apos;, ond nid oes adran &apos;## {name}&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; does not match the file name (expected &apos;{expected}&apos;)</source>
        <translation>nid yw&apos;r dynodwr &apos;{id}&apos; yn cyfateb i enw&apos;r ffeil (disgwylir &apos;{expected}&apos;)</translation>
    </message>
    <message>
        <source>raw HTML &lt;{tag}&gt; is not allowed and is removed when the module is shown</source>
        <translation>ni chaniateir HTML crai &lt;{tag}&gt; ac fe&apos;i tynnir pan ddangosir y modiwl</translation>
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
        <source>remote or non-file images are not allowed (&apos;{image}&apos;); put the image in the module folder</source>
        <translation>ni chaniateir delweddau o bell na delweddau nad ydynt yn ffeiliau (&apos;{image}&apos;); rhowch y ddelwedd yn ffolder y modiwl</translation>
    </message>
    <message>
        <source>image path &apos;{image}&apos; must be relative to the module folder</source>
        <translation>rhaid i lwybr y ddelwedd &apos;{image}&apos; fod yn berthynol i ffolder y modiwl</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; must be inside the module folder</source>
        <translation>rhaid i&apos;r ddelwedd &apos;{image}&apos; fod y tu mewn i ffolder y modiwl</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; must be in this module&apos;s own folder: put it in &apos;{folder}/&apos; beside {file} and write &apos;{folder}/{name}&apos;</source>
        <translation>rhaid i&apos;r ddelwedd &apos;{image}&apos; fod yn ffolder y modiwl hwn ei hun: rhowch hi yn &apos;{folder}/&apos; wrth ymyl {file} ac ysgrifennwch &apos;{folder}/{name}&apos;</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; not found in the folder &apos;{folder}/&apos; beside {file}</source>
        <translation>ni chafwyd hyd i&apos;r ddelwedd &apos;{image}&apos; yn y ffolder &apos;{folder}/&apos; wrth ymyl {file}</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; not found in the module folder</source>
        <translation>ni chafwyd hyd i&apos;r ddelwedd &apos;{image}&apos; yn ffolder y modiwl</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; has no alt text: say what it shows, as in ![The recovery position, seen from above]({image})</source>
        <translation>nid oes testun amgen gan y ddelwedd &apos;{image}&apos;: dywedwch beth mae&apos;n ei ddangos, fel yn ![Yr ystum adfer, o&apos;r uchod]({image})</translation>
    </message>
    <message>
        <source>&apos;{image}&apos; on line {line} of {file}</source>
        <translation>&apos;{image}&apos; ar linell {line} o {file}</translation>
    </message>
    <message>
        <source>module link &apos;{link}&apos; must be &apos;module:&lt;id&gt;&apos; or &apos;module:&lt;id&gt;#&lt;section-anchor&gt;&apos;</source>
        <translation>rhaid i&apos;r ddolen modiwl &apos;{link}&apos; fod yn &apos;module:&lt;id&gt;&apos; neu &apos;module:&lt;id&gt;#&lt;section-anchor&gt;&apos;</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; names no section in this module</source>
        <translation>nid yw&apos;r ddolen &apos;{link}&apos; yn enwi adran yn y modiwl hwn</translation>
    </message>
    <message>
        <source>unsupported link &apos;{link}&apos; (use https://..., module:&lt;id&gt; or module:&lt;id&gt;#&lt;section-anchor&gt;)</source>
        <translation>dolen na chefnogir &apos;{link}&apos; (defnyddiwch https://..., module:&lt;id&gt; neu module:&lt;id&gt;#&lt;section-anchor&gt;)</translation>
    </message>
    <message>
        <source>link &apos;{link}&apos; uses http://; use https:// where the site supports it</source>
        <translation>mae&apos;r ddolen &apos;{link}&apos; yn defnyddio http://; defnyddiwch https:// lle mae&apos;r wefan yn ei gefnogi</translation>
    </message>
    <message>
        <source>(did you mean &apos;#{anchor}&apos;?)</source>
        <translation>(oeddech chi&apos;n golygu &apos;#{anchor}&apos;?)</translation>
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
        <translation>Erbyn y diwedd byddwch chi&apos;n gallu</translation>
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
        <source>&apos;{name}&apos; must be some text</source>
        <translation>rhaid i &apos;{name}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a list (use [] for none)</source>
        <translation>rhaid i &apos;{name}&apos; fod yn rhestr (defnyddiwch [] ar gyfer dim)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a list with at least one entry</source>
        <translation>rhaid i &apos;{name}&apos; fod yn rhestr ag o leiaf un cofnod</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; needs at least one entry</source>
        <translation>mae angen o leiaf un cofnod ar &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; entry {number} must be some text</source>
        <translation>rhaid i gofnod {number} yn &apos;{name}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be lower-case letters, digits and hyphens (got {value})</source>
        <translation>rhaid i &apos;id&apos; fod yn llythrennau bach, digidau a chysylltnodau (cafwyd {value})</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be text in quotes, e.g. version: &quot;{value}&quot;</source>
        <translation>rhaid i &apos;version&apos; fod yn destun mewn dyfynodau, e.e. version: &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>&apos;minutes&apos; must be a whole number above 0 (got {value})</source>
        <translation>rhaid i &apos;minutes&apos; fod yn rhif cyfan uwchlaw 0 (cafwyd {value})</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written YYYY-MM-DD without quotes (got {value})</source>
        <translation>rhaid i &apos;reviewed&apos; fod yn ddyddiad ar y ffurf BBBB-MM-DD heb ddyfynodau (cafwyd {value})</translation>
    </message>
    <message>
        <source>unknown audience &apos;{item}&apos; (use: {choices})</source>
        <translation>cynulleidfa anhysbys &apos;{item}&apos; (defnyddiwch: {choices})</translation>
    </message>
    <message>
        <source>prerequisite &apos;{item}&apos; is not a module id</source>
        <translation>nid yw&apos;r rhagofyniad &apos;{item}&apos; yn ddynodwr modiwl</translation>
    </message>
    <message>
        <source>source {number} must have &apos;title&apos;, &apos;publisher&apos; or &apos;author&apos;, and &apos;year&apos;</source>
        <translation>rhaid i ffynhonnell {number} gynnwys &apos;title&apos;, &apos;publisher&apos; neu &apos;author&apos;, a &apos;year&apos;</translation>
    </message>
    <message>
        <source>source {number} needs a &apos;title&apos;</source>
        <translation>mae angen &apos;title&apos; ar ffynhonnell {number}</translation>
    </message>
    <message>
        <source>source {number} needs a &apos;publisher&apos; or an &apos;author&apos;</source>
        <translation>mae angen &apos;publisher&apos; neu &apos;author&apos; ar ffynhonnell {number}</translation>
    </message>
    <message>
        <source>source {number} &apos;{key}&apos; must be some text</source>
        <translation>rhaid i &apos;{key}&apos; ffynhonnell {number} fod yn destun</translation>
    </message>
    <message>
        <source>source {number} needs a &apos;year&apos; written as a number, e.g. 2021 (got {year})</source>
        <translation>mae angen &apos;year&apos; wedi&apos;i ysgrifennu fel rhif ar ffynhonnell {number}, e.e. 2021 (cafwyd {year})</translation>
    </message>
    <message>
        <source>source {number} &apos;url&apos; must start with https:// or http:// (got {url})</source>
        <translation>rhaid i &apos;url&apos; ffynhonnell {number} ddechrau â https:// neu http:// (cafwyd {url})</translation>
    </message>
    <message>
        <source>source {number} has an unknown field &apos;{key}&apos;</source>
        <translation>mae gan ffynhonnell {number} faes anhysbys &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be a list with at least one source</source>
        <translation>rhaid i &apos;sources&apos; fod yn rhestr gydag o leiaf un ffynhonnell</translation>
    </message>
    <message>
        <source>&apos;content_warnings&apos; must be a list (use [] for none)</source>
        <translation>rhaid i &apos;content_warnings&apos; fod yn rhestr (defnyddiwch [] os nad oes dim)</translation>
    </message>
    <message>
        <source>content warning {number} needs &apos;section&apos; and &apos;warning&apos; text</source>
        <translation>mae angen testun &apos;section&apos; a &apos;warning&apos; ar rybudd cynnwys {number}</translation>
    </message>
    <message>
        <source>front matter is missing &apos;{name}&apos;</source>
        <translation>mae &apos;{name}&apos; ar goll o&apos;r deunydd blaen</translation>
    </message>
    <message>
        <source>unknown front matter field &apos;{name}&apos;</source>
        <translation>maes deunydd blaen anhysbys &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;#&apos; headings are not allowed (the title comes from the front matter; use &apos;##&apos; for sections)</source>
        <translation>ni chaniateir penawdau &apos;#&apos; (daw&apos;r teitl o&apos;r deunydd blaen; defnyddiwch &apos;##&apos; ar gyfer adrannau)</translation>
    </message>
    <message>
        <source>section heading &apos;##&apos; has no text</source>
        <translation>nid oes testun yn y pennawd adran &apos;##&apos;</translation>
    </message>
    <message>
        <source>for example viewBox=&quot;0 0 640 400&quot;</source>
        <extracomment>Elements that run code, embed other documents or read other files.</extracomment>
        <translation>er enghraifft viewBox=&quot;0 0 640 400&quot;</translation>
    </message>
    <message>
        <source>the &lt;svg&gt; element&apos;s viewBox is empty: give min-x, min-y, width and height ({example})</source>
        <translation>mae viewBox yr elfen &lt;svg&gt; yn wag: rhowch min-x, min-y, lled ac uchder ({example})</translation>
    </message>
    <message>
        <source>the &lt;svg&gt; element&apos;s viewBox &quot;{value}&quot; is not four numbers (min-x, min-y, width and height; {example})</source>
        <translation>nid yw viewBox &quot;{value}&quot; yr elfen &lt;svg&gt; yn bedwar rhif (min-x, min-y, lled ac uchder; {example})</translation>
    </message>
    <message>
        <source>the &lt;svg&gt; element&apos;s viewBox &quot;{value}&quot; has a width or height of 0 or less, so nothing can be drawn: both must be more than 0 ({example})</source>
        <translation>mae gan viewBox &quot;{value}&quot; yr elfen &lt;svg&gt; led neu uchder o 0 neu lai, felly ni ellir llunio dim: rhaid i&apos;r ddau fod yn fwy na 0 ({example})</translation>
    </message>
    <message>
        <source>an SVG image may not have a DOCTYPE (remove the &apos;&lt;!DOCTYPE ...&gt;&apos; line)</source>
        <translation>ni chaiff delwedd SVG gynnwys DOCTYPE (tynnwch y llinell &apos;&lt;!DOCTYPE ...&gt;&apos;)</translation>
    </message>
    <message>
        <source>an SVG image may not declare entities</source>
        <translation>ni chaiff delwedd SVG ddatgan endidau</translation>
    </message>
    <message>
        <source>this is not an SVG image: its first element is &lt;{element}&gt;, not &lt;svg xmlns=&quot;{namespace}&quot;&gt;</source>
        <translation>nid delwedd SVG yw hon: ei helfen gyntaf yw &lt;{element}&gt;, nid &lt;svg xmlns=&quot;{namespace}&quot;&gt;</translation>
    </message>
    <message>
        <source>the &lt;svg&gt; element needs a viewBox (for example viewBox=&quot;0 0 640 400&quot;) so that it can be drawn at any size</source>
        <translation>mae angen viewBox ar yr elfen &lt;svg&gt; (er enghraifft viewBox=&quot;0 0 640 400&quot;) fel y gellir ei llunio ar unrhyw faint</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; is not allowed in an SVG image (it runs code or reads another file)</source>
        <translation>ni chaniateir &lt;{element}&gt; mewn delwedd SVG (mae&apos;n rhedeg cod neu&apos;n darllen ffeil arall)</translation>
    </message>
    <message>
        <source>the event handler &apos;{attribute}&apos; is not allowed in an SVG image</source>
        <translation>ni chaniateir y trinydd digwyddiad &apos;{attribute}&apos; mewn delwedd SVG</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is outside this image: an SVG image may only refer to its own parts (&apos;#id&apos;)</source>
        <translation>mae &apos;{target}&apos; y tu allan i&apos;r ddelwedd hon: dim ond at ei rhannau ei hun (&apos;#id&apos;) y caiff delwedd SVG gyfeirio</translation>
    </message>
    <message>
        <source>&apos;{attribute}&apos; refers outside this image: use url(#id) only</source>
        <translation>mae &apos;{attribute}&apos; yn cyfeirio y tu allan i&apos;r ddelwedd hon: defnyddiwch url(#id) yn unig</translation>
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
        <translation>mae&apos;r ddelwedd SVG yn rhy fawr ({size} KB; {limit} KB ar y mwyaf)</translation>
    </message>
    <message>
        <source>cannot read SVG image: {reason}</source>
        <translation>ni ellir darllen y ddelwedd SVG: {reason}</translation>
    </message>
    <message>
        <source>SVG image is not well-formed XML: {reason} (column {column})</source>
        <translation>nid yw&apos;r ddelwedd SVG yn XML wedi&apos;i ffurfio&apos;n dda: {reason} (colofn {column})</translation>
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
        <translation>mae&apos;r ffeil yn wag: mae cwis yn dechrau ag id, title, version a questions</translation>
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
        <source>question &apos;{id}&apos;</source>
        <translation>cwestiwn &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>GIFT files must be UTF-8 text, but this one is UTF-16 (it starts with a UTF-16 byte-order mark, as Notepad&apos;s &apos;Unicode&apos; writes). Save it as UTF-8 and import it again.</source>
        <translation>Rhaid i ffeiliau GIFT fod yn destun UTF-8, ond mae hon yn UTF-16 (mae&apos;n dechrau â nod trefn beit UTF-16, fel y mae &apos;Unicode&apos; Notepad yn ei ysgrifennu). Cadwch hi fel UTF-8 a&apos;i mewnforio eto.</translation>
    </message>
    <message>
        <source>GIFT files must be UTF-8 text, but byte {column} of line {line} ({byte}, offset {offset}) is not UTF-8. Save the file as UTF-8 (in Moodle&apos;s export it always is) and import it again.</source>
        <translation>Rhaid i ffeiliau GIFT fod yn destun UTF-8, ond nid yw beit {column} llinell {line} ({byte}, safle {offset}) yn UTF-8. Cadwch y ffeil fel UTF-8 (mae allforio Moodle bob amser yn gwneud hynny) a&apos;i mewnforio eto.</translation>
    </message>
    <message>
        <source>comment skipped: {comment}</source>
        <translation>hepgorwyd sylw: {comment}</translation>
    </message>
    <message>
        <source>Moodle question bank category &apos;{category}&apos; (not a question): kept as the quiz&apos;s category; the quiz takes its name from it</source>
        <translation>categori banc cwestiynau Moodle &apos;{category}&apos; (nid cwestiwn): wedi&apos;i gadw fel categori&apos;r cwis; mae&apos;r cwis yn cymryd ei enw ohono</translation>
    </message>
    <message>
        <source>Moodle question bank category &apos;{category}&apos; (not a question): a quiz has one category, so the questions after it are tagged &apos;{tag}&apos;</source>
        <translation>categori banc cwestiynau Moodle &apos;{category}&apos; (nid cwestiwn): un categori sydd gan gwis, felly mae&apos;r cwestiynau ar ei ôl wedi&apos;u tagio &apos;{tag}&apos;</translation>
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
        <source>{label}: {what} &apos;{text}&apos; was {format}; imported as plain text (answers are shown without formatting)</source>
        <translation>{label}: roedd {what} &apos;{text}&apos; yn {format}; wedi&apos;i fewnforio fel testun plaen (dangosir atebion heb fformatio)</translation>
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
        <source>{label}: extra &apos;#&apos; feedback after the second ignored</source>
        <translation>{label}: anwybyddwyd adborth &apos;#&apos; ychwanegol ar ôl yr ail</translation>
    </message>
    <message>
        <source>{label}: negative weight on &apos;{text}&apos; scored as 0</source>
        <translation>{label}: pwysiad negyddol ar &apos;{text}&apos; wedi&apos;i sgorio fel 0</translation>
    </message>
    <message>
        <source>{label}: several &apos;=&apos; answers; only the first is marked correct</source>
        <translation>{label}: sawl ateb &apos;=&apos;; dim ond y cyntaf sydd wedi&apos;i farcio&apos;n gywir</translation>
    </message>
    <message>
        <source>{label}: no answer has a positive weight, so none is correct</source>
        <translation>{label}: nid oes gan unrhyw ateb bwysiad positif, felly nid oes yr un yn gywir</translation>
    </message>
    <message>
        <source>{label}: wrong answers weighted -100%: imported as all-or-nothing</source>
        <translation>{label}: atebion anghywir â phwysiad -100%: wedi&apos;u mewnforio fel all-or-nothing</translation>
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
        <source>{label}: matching entry &apos;{text}&apos; is not &apos;left -&gt; right&apos;</source>
        <translation>{label}: nid yw&apos;r cofnod cyfatebol &apos;{text}&apos; ar y ffurf &apos;chwith -&gt; dde&apos;</translation>
    </message>
    <message>
        <source>{label}: Moodle&apos;s &apos;*&apos; (any other answer) is not supported; it and its feedback were left out</source>
        <translation>{label}: ni chefnogir &apos;*&apos; Moodle (unrhyw ateb arall); gadawyd hwnnw a&apos;i adborth allan</translation>
    </message>
    <message>
        <source>{label}: answer &apos;{text}&apos; with weight {weight}% earns 0</source>
        <translation>{label}: mae&apos;r ateb &apos;{text}&apos; â phwysiad {weight}% yn ennill 0</translation>
    </message>
    <message>
        <source>{label}: no answer is accepted</source>
        <translation>{label}: ni dderbynnir unrhyw ateb</translation>
    </message>
    <message>
        <source>{label}: text &apos;{text}&apos; after &apos;~&apos; ignored (only its feedback is used)</source>
        <translation>{label}: anwybyddwyd y testun &apos;{text}&apos; ar ôl &apos;~&apos; (dim ond ei adborth a ddefnyddir)</translation>
    </message>
    <message>
        <source>{label}: weight {weight}% on {number} scored as {scored}%</source>
        <translation>{label}: pwysiad {weight}% ar {number} wedi&apos;i sgorio fel {scored}%</translation>
    </message>
    <message>
        <source>{label}: no number is accepted</source>
        <translation>{label}: ni dderbynnir unrhyw rif</translation>
    </message>
    <message>
        <source>{label}: a second &apos;=*&apos; (any other number) is never reached in Moodle; it and its feedback were left out</source>
        <translation>{label}: ni chyrhaeddir ail &apos;=*&apos; (unrhyw rif arall) byth yn Moodle; gadawyd hwnnw a&apos;i adborth allan</translation>
    </message>
    <message>
        <source>{label}: Moodle&apos;s &apos;=*&apos; gives {weight}% for any other number; here any other number earns 0 and is shown its feedback</source>
        <translation>{label}: mae &apos;=*&apos; Moodle yn rhoi {weight}% am unrhyw rif arall; yma mae unrhyw rif arall yn ennill 0 ac yn cael ei adborth</translation>
    </message>
    <message>
        <source>{label}: &apos;=*&apos; (any other number) comes before the &apos;~&apos; feedback, as in Moodle, so the &apos;~&apos; feedback was left out</source>
        <translation>{label}: mae &apos;=*&apos; (unrhyw rif arall) yn dod cyn yr adborth &apos;~&apos;, fel yn Moodle, felly gadawyd yr adborth &apos;~&apos; allan</translation>
    </message>
    <message>
        <source>{label}: Moodle id number &apos;{moodle_id}&apos; is not a valid question id (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;): the question is &apos;{ident}&apos;</source>
        <translation>{label}: nid yw rhif adnabod Moodle &apos;{moodle_id}&apos; yn ddynodwr cwestiwn dilys (llythrennau, digidau, &apos;-&apos;, &apos;_&apos; a &apos;.&apos;): y cwestiwn yw &apos;{ident}&apos;</translation>
    </message>
    <message>
        <source>id &apos;{base}&apos; already used; this question is &apos;{ident}&apos;</source>
        <translation>mae&apos;r dynodwr &apos;{base}&apos; eisoes yn cael ei ddefnyddio; y cwestiwn hwn yw &apos;{ident}&apos;</translation>
    </message>
    <message>
        <source>&apos;{}&apos; is not a number, &apos;number:margin&apos; or &apos;low..high&apos;</source>
        <translation>nid yw &apos;{}&apos; yn rhif, yn &apos;rhif:lwfans&apos; nac yn &apos;isel..uchel&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large a number to work with (beyond about 1.8e308)</source>
        <translation>mae &apos;{text}&apos; yn rhif rhy fawr i weithio ag ef (dros tua 1.8e308)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds a number too close to 0 to work with (nearer than about 1e-308): it would be 0</source>
        <translation>mae &apos;{text}&apos; yn cynnwys rhif rhy agos at 0 i weithio ag ef (yn nes na thua 1e-308): byddai&apos;n 0</translation>
    </message>
    <message>
        <source>quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT</source>
        <translation>nid yw gosodiadau&apos;r cwis (modd, marc llwyddo, detholiad, cymysgu, rheolau sgorio) yn rhan o GIFT</translation>
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
        <source>quiz id &apos;{qid}&apos; differs from the file name &apos;{name}&apos;</source>
        <translation>mae dynodwr y cwis &apos;{qid}&apos; yn wahanol i enw&apos;r ffeil &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>quiz: &apos;version&apos; must be quoted text, e.g. &quot;{version}&quot;</source>
        <translation>cwis: rhaid i &apos;version&apos; fod yn destun mewn dyfynodau, e.e. &quot;{version}&quot;</translation>
    </message>
    <message>
        <source>quiz: &apos;modules&apos; must list at least one module id</source>
        <translation>cwis: rhaid i &apos;modules&apos; restru o leiaf un dynodwr modiwl</translation>
    </message>
    <message>
        <source>quiz: &apos;pass_mark&apos; is missing (a percentage, 0 to 100)</source>
        <translation>cwis: mae &apos;pass_mark&apos; ar goll (canran, 0 i 100)</translation>
    </message>
    <message>
        <source>quiz: &apos;selection&apos; (use &apos;all&apos; or a mapping with &apos;draw&apos;)</source>
        <translation>cwis: &apos;selection&apos; (defnyddiwch &apos;all&apos; neu fapio â &apos;draw&apos;)</translation>
    </message>
    <message>
        <source>selection: &apos;draw&apos;</source>
        <translation>selection: &apos;draw&apos;</translation>
    </message>
    <message>
        <source>selection: draw {number}</source>
        <translation>selection: draw {number}</translation>
    </message>
    <message>
        <source>selection: draw {number}: &apos;count&apos; must be a whole number of at least 1</source>
        <translation>selection: draw {number}: rhaid i &apos;count&apos; fod yn rhif cyfan o 1 o leiaf</translation>
    </message>
    <message>
        <source>selection: &apos;draw&apos; has no valid draws</source>
        <translation>selection: nid oes tyniadau dilys yn &apos;draw&apos;</translation>
    </message>
    <message>
        <source>quiz: &apos;shuffle&apos;</source>
        <translation>cwis: &apos;shuffle&apos;</translation>
    </message>
    <message>
        <source>quiz: &apos;scoring&apos; is missing (state the multiple_response and ordering credit rules)</source>
        <translation>cwis: mae &apos;scoring&apos; ar goll (nodwch y rheolau credyd multiple_response ac ordering)</translation>
    </message>
    <message>
        <source>quiz: &apos;scoring&apos;</source>
        <translation>cwis: &apos;scoring&apos;</translation>
    </message>
    <message>
        <source>quiz: &apos;questions&apos; is missing</source>
        <translation>cwis: mae &apos;questions&apos; ar goll</translation>
    </message>
    <message>
        <source>quiz: &apos;questions&apos;</source>
        <translation>cwis: &apos;questions&apos;</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>cwestiwn {number}</translation>
    </message>
    <message>
        <source>quiz: &apos;questions&apos; is empty</source>
        <translation>cwis: mae &apos;questions&apos; yn wag</translation>
    </message>
    <message>
        <source>question &apos;{qid}&apos;</source>
        <translation>cwestiwn &apos;{qid}&apos;</translation>
    </message>
    <message>
        <source>{what}: previous id &apos;{pid}&apos; must use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>{what}: rhaid i&apos;r dynodwr blaenorol &apos;{pid}&apos; ddefnyddio llythrennau, digidau, &apos;-&apos;, &apos;_&apos; a &apos;.&apos; yn unig, gan ddechrau â llythyren neu ddigid</translation>
    </message>
    <message>
        <source>{what}: &apos;source&apos; is missing (module and section the question draws on)</source>
        <translation>{what}: mae &apos;source&apos; ar goll (y modiwl a&apos;r adran y mae&apos;r cwestiwn yn seiliedig arnynt)</translation>
    </message>
    <message>
        <source>{what}: &apos;source&apos;</source>
        <translation>{what}: &apos;source&apos;</translation>
    </message>
    <message>
        <source>{what} source</source>
        <translation>{what}, source</translation>
    </message>
    <message>
        <source>{what}: &apos;options&apos; is missing</source>
        <translation>{what}: mae &apos;options&apos; ar goll</translation>
    </message>
    <message>
        <source>{what}: &apos;options&apos;</source>
        <translation>{what}: &apos;options&apos;</translation>
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
        <source>{what}: option &apos;{oid}&apos;</source>
        <translation>{what}: opsiwn &apos;{oid}&apos;</translation>
    </message>
    <message>
        <source>{what}: needs at least two options</source>
        <translation>{what}: mae angen o leiaf dau opsiwn</translation>
    </message>
    <message>
        <source>{what}: no correct answer (&apos;answer&apos; is missing)</source>
        <translation>{what}: dim ateb cywir (mae &apos;answer&apos; ar goll)</translation>
    </message>
    <message>
        <source>{what}: &apos;answer&apos; must be one option id (use multiple-response for several)</source>
        <translation>{what}: rhaid i &apos;answer&apos; fod yn un dynodwr opsiwn (defnyddiwch multiple-response ar gyfer sawl un)</translation>
    </message>
    <message>
        <source>{what}: answer refers to option &apos;{oid}&apos;, which does not exist</source>
        <translation>{what}: mae&apos;r ateb yn cyfeirio at yr opsiwn &apos;{oid}&apos;, nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <source>{what}: option &apos;{id}&apos;: &apos;credit&apos; is ignored in multiple-response questions</source>
        <translation>{what}: opsiwn &apos;{id}&apos;: anwybyddir &apos;credit&apos; mewn cwestiynau multiple-response</translation>
    </message>
    <message>
        <source>{what}: &apos;answer&apos; must be true or false</source>
        <translation>{what}: rhaid i &apos;answer&apos; fod yn true neu false</translation>
    </message>
    <message>
        <source>{what}: &apos;items&apos;</source>
        <translation>{what}: &apos;items&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;items&apos; is missing (list them in the right order)</source>
        <translation>{what}: mae &apos;items&apos; ar goll (rhestrwch nhw yn y drefn gywir)</translation>
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
        <source>{what}: item &apos;{iid}&apos;</source>
        <translation>{what}: eitem &apos;{iid}&apos;</translation>
    </message>
    <message>
        <source>{what}: needs at least two items to order</source>
        <translation>{what}: mae angen o leiaf ddwy eitem i&apos;w trefnu</translation>
    </message>
    <message>
        <source>{what}: &apos;pairs&apos;</source>
        <translation>{what}: &apos;pairs&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;pairs&apos; is missing</source>
        <translation>{what}: mae &apos;pairs&apos; ar goll</translation>
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
        <source>{what}: pair &apos;{pid}&apos;</source>
        <translation>{what}: pâr &apos;{pid}&apos;</translation>
    </message>
    <message>
        <source>{what}: needs at least two pairs</source>
        <translation>{what}: mae angen o leiaf ddau bâr</translation>
    </message>
    <message>
        <source>{what}: no correct answer (&apos;accept&apos; is missing or empty)</source>
        <translation>{what}: dim ateb cywir (mae &apos;accept&apos; ar goll neu&apos;n wag)</translation>
    </message>
    <message>
        <source>{what}: &apos;accept&apos; must be a list of accepted answers</source>
        <translation>{what}: rhaid i &apos;accept&apos; fod yn rhestr o atebion a dderbynnir</translation>
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
        <source>{what}: &apos;accept&apos; must be a list of accepted numbers</source>
        <translation>{what}: rhaid i &apos;accept&apos; fod yn rhestr o rifau a dderbynnir</translation>
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
        <source>{where}: give either &apos;value&apos; (with &apos;tolerance&apos;) or &apos;min&apos; and &apos;max&apos;, not both</source>
        <translation>{where}: rhowch naill ai &apos;value&apos; (gyda &apos;tolerance&apos;) neu &apos;min&apos; a &apos;max&apos;, nid y ddau</translation>
    </message>
    <message>
        <source>{where}: &apos;value&apos; is empty</source>
        <translation>{where}: mae &apos;value&apos; yn wag</translation>
    </message>
    <message>
        <source>{where}: &apos;min&apos; {low} is greater than &apos;max&apos; {high}</source>
        <translation>{where}: mae &apos;min&apos; {low} yn fwy na &apos;max&apos; {high}</translation>
    </message>
    <message>
        <source>{where}: &apos;tolerance&apos; goes with &apos;value&apos;, not with &apos;min&apos; and &apos;max&apos;</source>
        <translation>{where}: mae &apos;tolerance&apos; yn mynd gyda &apos;value&apos;, nid gyda &apos;min&apos; a &apos;max&apos;</translation>
    </message>
    <message>
        <source>{where}: needs &apos;value&apos; (and optionally &apos;tolerance&apos;), or &apos;min&apos; and &apos;max&apos;</source>
        <translation>{where}: mae angen &apos;value&apos; (a &apos;tolerance&apos; os mynnwch), neu &apos;min&apos; a &apos;max&apos;</translation>
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
        <source>unknown key &apos;{key}&apos; in {what} (ignored)</source>
        <translation>allwedd anhysbys &apos;{key}&apos; ({what}; wedi&apos;i hanwybyddu)</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; is missing</source>
        <translation>{what}: mae &apos;{key}&apos; ar goll</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be text</source>
        <translation>{what}: rhaid i &apos;{key}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; is empty</source>
        <translation>{what}: mae &apos;{key}&apos; yn wag</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>llythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>llythrennau, digidau, &apos;-&apos;, &apos;_&apos; a &apos;.&apos;, gan ddechrau â llythyren neu ddigid</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; &apos;{value}&apos; must use only {rule}</source>
        <translation>{what}: rhaid i &apos;{key}&apos; &apos;{value}&apos; ddefnyddio&apos;r canlynol yn unig: {rule}</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a list</source>
        <translation>{what}: rhaid i &apos;{key}&apos; fod yn rhestr</translation>
    </message>
    <message>
        <source>{what}: each entry of &apos;{key}&apos; must be text</source>
        <translation>{what}: rhaid i bob cofnod yn &apos;{key}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be true or false</source>
        <translation>{what}: rhaid i &apos;{key}&apos; fod yn true neu false</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a number</source>
        <translation>{what}: rhaid i &apos;{key}&apos; fod yn rhif</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; is too large a number to work with (beyond about 1.8e308)</source>
        <translation>{what}: mae &apos;{key}&apos; yn rhif rhy fawr i weithio ag ef (dros tua 1.8e308)</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; {value} is out of range ({low} to {high})</source>
        <translation>{what}: mae &apos;{key}&apos; {value} y tu allan i&apos;r amrediad ({low} i {high})</translation>
    </message>
    <message>
        <source>{what}: unknown {key} &apos;{value}&apos; (expected one of: {allowed})</source>
        <translation>{what}: {key} anhysbys &apos;{value}&apos; (disgwylir un o: {allowed})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos;</source>
        <translation>{what}: &apos;{key}&apos;</translation>
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
        <source>{what} node &apos;{nid}&apos;</source>
        <translation>{what}, nod &apos;{nid}&apos;</translation>
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
        <source>{where} choice &apos;{cid}&apos;</source>
        <translation>{where}, dewis &apos;{cid}&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;goto&apos; is missing</source>
        <translation>{what}: mae &apos;goto&apos; ar goll</translation>
    </message>
    <message>
        <source>{what}: &apos;goto&apos; must be a node id or a list of rules</source>
        <translation>{what}: rhaid i &apos;goto&apos; fod yn ddynodwr nod neu&apos;n rhestr o reolau</translation>
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
        <source>{what}: the last goto rule must have no &apos;if&apos; (the default)</source>
        <translation>{what}: rhaid i&apos;r rheol goto olaf fod heb &apos;if&apos; (y rhagosodiad)</translation>
    </message>
    <message>
        <source>{what}: goto rule without &apos;if&apos; before the last; later rules never apply</source>
        <translation>{what}: rheol goto heb &apos;if&apos; cyn yr olaf; ni fydd rheolau diweddarach byth yn berthnasol</translation>
    </message>
    <message>
        <source>{what}: &apos;if&apos;</source>
        <translation>{what}: &apos;if&apos;</translation>
    </message>
    <message>
        <source>{what} condition</source>
        <translation>{what}, amod</translation>
    </message>
    <message>
        <source>{what}: condition names no choices (use chosen, any_chosen or not_chosen)</source>
        <translation>{what}: nid yw&apos;r amod yn enwi unrhyw ddewisiadau (defnyddiwch chosen, any_chosen neu not_chosen)</translation>
    </message>
    <message>
        <source>{what}: ending</source>
        <translation>{what}: diweddglo</translation>
    </message>
    <message>
        <source>{what} ending &apos;{eid}&apos;</source>
        <translation>{what}, diweddglo &apos;{eid}&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;score&apos; is missing (0 to 1)</source>
        <translation>{where}: mae &apos;score&apos; ar goll (0 i 1)</translation>
    </message>
    <message>
        <source>quiz id &apos;{id}&apos; is also used by {path}</source>
        <translation>mae dynodwr y cwis &apos;{id}&apos; hefyd yn cael ei ddefnyddio gan {path}</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>dynodwr cwestiwn</translation>
    </message>
    <message>
        <source>{where}duplicate {what} &apos;{ident}&apos;</source>
        <translation>{where}{what} dyblyg &apos;{ident}&apos;</translation>
    </message>
    <message>
        <source>its own id</source>
        <translation>ei ddynodwr ei hun</translation>
    </message>
    <message>
        <source>the id of question &apos;{pid}&apos;</source>
        <translation>dynodwr y cwestiwn &apos;{pid}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: previous id &apos;{pid}&apos; is {which}</source>
        <translation>cwestiwn &apos;{id}&apos;: y dynodwr blaenorol &apos;{pid}&apos; yw {which}</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: previous id &apos;{pid}&apos; is also a previous id of question &apos;{owner}&apos;</source>
        <translation>cwestiwn &apos;{id}&apos;: mae&apos;r dynodwr blaenorol &apos;{pid}&apos; hefyd yn ddynodwr blaenorol i&apos;r cwestiwn &apos;{owner}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: </source>
        <translation>cwestiwn &apos;{id}&apos;: </translation>
    </message>
    <message>
        <source>option id</source>
        <translation>dynodwr opsiwn</translation>
    </message>
    <message>
        <source>{where}an option not named in &apos;answer&apos; has full credit</source>
        <translation>{where}mae gan opsiwn nad yw wedi&apos;i enwi yn &apos;answer&apos; gredyd llawn</translation>
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
        <source>{where}distractor &apos;{d}&apos; is also a right answer</source>
        <translation>{where}mae&apos;r ateb tynnu sylw &apos;{d}&apos; hefyd yn ateb cywir</translation>
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
        <source>{where}start node &apos;{start}&apos; does not exist</source>
        <translation>{where}nid yw&apos;r nod cychwyn &apos;{start}&apos; yn bodoli</translation>
    </message>
    <message>
        <source>{where}goto target &apos;{target}&apos; does not exist</source>
        <translation>{where}nid yw&apos;r targed goto &apos;{target}&apos; yn bodoli</translation>
    </message>
    <message>
        <source>{where}condition refers to choice &apos;{cid}&apos;, which does not exist</source>
        <translation>{where}mae&apos;r amod yn cyfeirio at y dewis &apos;{cid}&apos;, nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <source>{where}node &apos;{id}&apos; is unreachable from the start</source>
        <translation>{where}ni ellir cyrraedd y nod &apos;{id}&apos; o&apos;r dechrau</translation>
    </message>
    <message>
        <source>{where}ending &apos;{id}&apos; is unreachable from the start</source>
        <translation>{where}ni ellir cyrraedd y diweddglo &apos;{id}&apos; o&apos;r dechrau</translation>
    </message>
    <message>
        <source>{where}node &apos;{id}&apos; can never lead to an ending</source>
        <translation>{where}ni all y nod &apos;{id}&apos; byth arwain at ddiweddglo</translation>
    </message>
    <message>
        <source>selection: no question is tagged &apos;{tag}&apos;</source>
        <translation>selection: nid oes cwestiwn wedi&apos;i dagio &apos;{tag}&apos;</translation>
    </message>
    <message>
        <source>selection: draws {count} but only {available} question(s) qualify</source>
        <translation>selection: mae&apos;n tynnu {count} ond dim ond {available} cwestiwn sy&apos;n gymwys</translation>
    </message>
    <message>
        <source>selection: draws {taken} questions but the bank has {bank}</source>
        <translation>selection: mae&apos;n tynnu {taken} cwestiwn ond mae gan y banc {bank}</translation>
    </message>
    <message>
        <source>quiz links to unknown module &apos;{module}&apos;</source>
        <translation>mae&apos;r cwis yn cysylltu â modiwl anhysbys &apos;{module}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: unknown module &apos;{module}&apos;</source>
        <translation>cwestiwn &apos;{id}&apos;: modiwl anhysbys &apos;{module}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: module &apos;{module}&apos; has no section &apos;{section}&apos;</source>
        <translation>cwestiwn &apos;{id}&apos;: nid oes adran &apos;{section}&apos; yn y modiwl &apos;{module}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: module &apos;{module}&apos; is not in the quiz&apos;s modules</source>
        <translation>cwestiwn &apos;{id}&apos;: nid yw&apos;r modiwl &apos;{module}&apos; ymhlith modiwlau&apos;r cwis</translation>
    </message>
    <message>
        <source>a YAML alias (&apos;*name&apos;) is used inside the value it names</source>
        <translation>defnyddir alias YAML (&apos;*name&apos;) y tu mewn i&apos;r gwerth y mae&apos;n ei enwi</translation>
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
        <source>&apos;{value}&apos; is not {kind}</source>
        <translation>nid yw &apos;{value}&apos; yn {kind}</translation>
    </message>
    <message>
        <source>not {kind}</source>
        <translation>nid yw&apos;n {kind}</translation>
    </message>
    <message>
        <source>file is too large ({size} KB; at most {limit} KB)</source>
        <extracomment>Limits every YAML reader applies before building anything (docs/module-format.md, &quot;Limits&quot;): a file larger than MAX_YAML_BYTES, nested deeper than MAX_YAML_DEPTH, or whose aliases would expand it past MAX_YAML_EXPANDED values (a &apos;billion laughs&apos; file grows to gigabytes) is refused with one message.</extracomment>
        <translation>mae&apos;r ffeil yn rhy fawr ({size} KB; {limit} KB ar y mwyaf)</translation>
    </message>
    <message>
        <source>values are nested more than {limit} deep: this cannot be content</source>
        <translation>mae gwerthoedd wedi&apos;u nythu fwy na {limit} lefel: ni all hyn fod yn gynnwys</translation>
    </message>
    <message>
        <source>aliases (&apos;*name&apos;) here expand the file to more than {limit} values: write the values out instead of repeating aliases</source>
        <translation>mae aliasau (&apos;*name&apos;) yma yn ehangu&apos;r ffeil i fwy na {limit} o werthoedd: ysgrifennwch y gwerthoedd yn llawn yn lle ailadrodd aliasau</translation>
    </message>
    <message>
        <source>not valid YAML: {reason}</source>
        <translation>nid yw&apos;n YAML dilys: {reason}</translation>
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
        <source>duplicate key &apos;{key}&apos;</source>
        <translation>allwedd ddyblyg &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag &apos;{tag}&apos;</source>
        <translation>nid oedd modd pennu lluniwr ar gyfer y tag &apos;{tag}&apos;</translation>
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
        <source>there is no English module &apos;{id}&apos; for this {name} copy (it needs {id}.md beside it)</source>
        <translation>nid oes modiwl Saesneg &apos;{id}&apos; ar gyfer y copi {name} hwn (mae angen {id}.md wrth ei ymyl)</translation>
    </message>
    <message>
        <source>the {name} copy has {count} sections but the English module has {english}: keep one &apos;## &apos; section for each English one, in the same order</source>
        <translation>mae gan y copi {name} {count} adran ond mae gan y modiwl Saesneg {english}: cadwch un adran &apos;## &apos; ar gyfer pob un Saesneg, yn yr un drefn</translation>
    </message>
    <message>
        <source>the {name} copy is of version &apos;{version}&apos; but the English module is now &apos;{english}&apos;: the English module is shown until the translation is brought up to date and its &apos;version&apos; changed</source>
        <translation>mae&apos;r copi {name} o fersiwn &apos;{version}&apos; ond mae&apos;r modiwl Saesneg bellach yn &apos;{english}&apos;: dangosir y modiwl Saesneg nes bod y cyfieithiad wedi&apos;i ddiweddaru a&apos;i &apos;version&apos; wedi&apos;i newid</translation>
    </message>
    <message>
        <source>the {name} copy&apos;s content warnings cover sections {sections} but the English module&apos;s cover {english} (sections by their place, named in English): give each English warning its translation, on the section in the same place</source>
        <translation>mae rhybuddion cynnwys y copi {name} yn cwmpasu adrannau {sections} ond mae rhai&apos;r modiwl Saesneg yn cwmpasu {english} (adrannau yn ôl eu lle, wedi&apos;u henwi yn Saesneg): rhowch gyfieithiad o bob rhybudd Saesneg, ar yr adran yn yr un lle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>&apos;prerequisites&apos; differ from the English module&apos;s (the English ones are used)</source>
        <translation>mae &apos;prerequisites&apos; yn wahanol i rai&apos;r modiwl Saesneg (defnyddir y rhai Saesneg)</translation>
    </message>
    <message>
        <source>answer {answer} does not fit a {type} question</source>
        <translation>nid yw&apos;r ateb {answer} yn gweddu i gwestiwn {type}</translation>
    </message>
    <message>
        <source>cannot score a {type} question</source>
        <translation>ni ellir sgorio cwestiwn {type}</translation>
    </message>
    <message>
        <source>nps-trainer: cannot write the log file {file} ({problem}); nothing will be logged this run.</source>
        <translation>nps-trainer: ni ellir ysgrifennu&apos;r ffeil log {file} ({problem}); ni chaiff dim ei gofnodi y tro hwn.</translation>
    </message>
    <message>
        <source>nps-trainer: cannot write the log file {file} ({problem}); some entries may be missing.</source>
        <translation>nps-trainer: ni ellir ysgrifennu&apos;r ffeil log {file} ({problem}); efallai y bydd rhai cofnodion ar goll.</translation>
    </message>
</context>
</TS>
