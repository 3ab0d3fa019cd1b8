"""A joint session in Welsh: the console, the room's screen, the register and the record use the words in
translations/cy (the plan's own text is content, translated per file), counts read naturally, and the console's
keyboard mnemonics stay unique on every kind of step."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from nps_trainer.sessions.export import CSV_HEADER, csv_rows
from nps_trainer.sessions.wording import duration
from nps_trainer.ui.documents.session_pdf import session_html
from nps_trainer.ui.sessions.room_content import Scene, room_html
from tests.ui.sessions.test_console import _close_runs, opened, people, start_session  # noqa: F401 (fixtures)


def _mnemonics(window: QWidget) -> list[str]:
    """The mnemonic letters of the window's buttons, labels and group boxes on show ('&&' is a literal '&')."""
    texts = [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
             if w.isVisibleTo(window)]
    texts += [box.title() for box in window.findChildren(QGroupBox) if box.isVisibleTo(window)]
    return [match.group(1).lower() for text in texts for match in re.finditer(r"(?<!&)&([^&\s])", text)]


def _assert_unique(window: QWidget) -> None:
    letters = _mnemonics(window)
    assert letters and len(letters) == len(set(letters)), sorted(letters)


def test_the_console_and_the_room_in_welsh(qtbot, fast_services, people, welsh) -> None:  # noqa: F811
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    console = run.console

    assert console.windowTitle() == "Consol yr hwylusydd – A joint test session"
    assert console.next_button.text() == "&Nesaf ▶" and console.next_button.accessibleName() == "Cam nesaf"
    assert console.step_line.text() == "Cam 1 o 6 · Adran modiwl · cynlluniwyd 10 mun"
    assert console.step_clock.text().startswith("Y cam hwn: 0:")
    assert "Cam 1 o 6" in run.room.text()
    assert console.register.counts.text() == (
        "2 yma: 1 o'r gwasanaeth prawf, 1 o wasanaeth camddefnyddio sylweddau (gwesteion: 1)")
    table = console.register.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Enw", "Sefydliad", "Rôl", "Gwestai", "Arhosodd drwy'r\namser"]
    assert {table.item(row, 1).text() for row in range(table.rowCount())} == {"Gwasanaeth Prawf", "Forward Leeds"}
    # a profile's role is stored in English (the CSV keeps it) and shown in Welsh; a guest's role as written
    assert {table.item(row, 2).text() for row in range(table.rowCount())} == {"Ymarferydd prawf", "Recovery worker"}
    _assert_unique(console)

    run.next()  # a discussion: the answers box and its button
    assert console.answers_box.accessibleName() == "Beth fyddai pob gwasanaeth yn ei wneud (ar gyfer y drafodaeth)"
    assert console.answers_heading.text() == "<b>Beth fyddai pob gwasanaeth yn ei wneud (ar gyfer y drafodaeth)</b>"
    assert console.probation.text().startswith("<b>Y gwasanaeth prawf:</b>")
    _assert_unique(console)
    console.reveal_answers.click()
    assert "Beth fyddai'r gwasanaeth camddefnyddio sylweddau yn ei wneud" in run.room.text()

    run.next()  # a group question: the counts and the reveals
    panel = console.question_panel
    assert panel.reveal_votes.text() == "Datgelu'r pleidlei&siau"
    assert panel.status.text().startswith("Yn gofyn: rhowch sawl un a ddewisodd bob opsiwn")
    _assert_unique(console)
    first, second = (option.id for option in run.options()[:2])
    run.set_votes({first: 1, second: 3}, [second])
    run.set_stage("votes")
    assert "Pleidleisiau: 4; ateb y grŵp: B." in run.room.text()

    run.next()  # a group scenario
    assert console.scenario_panel.continue_button.text() == "Par&hau â'r senario"
    _assert_unique(console)

    run.lock_register()  # the passphrase page takes the register's place
    assert console.lock_message.text() == "Rhowch eich cyfrinymadrodd i weld y gofrestr."
    _assert_unique(console)


def test_the_room_counts_and_the_record_in_welsh(fast_services, people, welsh) -> None:  # noqa: F811
    assert "7 munud ar ôl" in room_html(Scene("break", "Egwyl", 4, 5, minutes_left=7), 30)
    assert duration(3 * 3600 + 5 * 60) == "3 awr 5 mun" and duration(40) == "40 e"
    facilitator, member = people
    store = fast_services.joint_sessions
    session_id = start_session(fast_services, facilitator, member)
    store.go_to_step(session_id, 0, acting=facilitator.profile)
    record = store.end(session_id, acting=facilitator.profile)
    html = unescape(session_html(record))
    for expected in ("Presenoldeb (2)", "Pynciau a drafodwyd", "Gwasanaeth Prawf (1)",
                     "2 o bobl (1 o'r gwasanaeth prawf, 1 o wasanaeth camddefnyddio sylweddau, 0 arall; "
                     "1 gwestai); 0 wedi gadael yn gynnar",
                     "Cofnod hyfforddiant, nid cyngor clinigol. Mewn argyfwng ffoniwch 999."):
        assert expected in html, expected
    assert "Attendance" not in html and "Topics covered" not in html
    # the register's roles: a profile's in Welsh, a guest's as written; the CSV export keeps English
    register = html[html.index("Presenoldeb (2)"):html.index("Pynciau a drafodwyd")]
    assert "Ymarferydd prawf" in register and "Recovery worker" in register
    assert "Probation practitioner" not in register
    assert {row[header.index("role")] for header in [list(CSV_HEADER)] for row in csv_rows(record)} == {
        "Probation practitioner", "Recovery worker"}
