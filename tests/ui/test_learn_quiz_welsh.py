"""Learn, Quizzes and the Refresher in Welsh: the app's own words around the content (headings, buttons, table
headers, progress lines, feedback, confirmations) come from translations/cy/learn.ts, counts take the Welsh plural
form for their number, and dates name the month in Welsh. Real widgets in a real main window, in Welsh throughout."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from nps_trainer.quiz import QuizMode
from nps_trainer.services import Services
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.quiz.text import duration, mode_text, when
from nps_trainer.ui.sections.learn import LearnSection
from nps_trainer.ui.sections.quizzes import QuizzesSection
from tests.ui.helpers import show_active

QUIZ = "overdose-response"


@pytest.fixture
def welsh(qapp):
    from nps_trainer.ui.translation import install

    assert install("cy"), "the Welsh translation file could not be loaded"
    yield
    # tests/conftest.py puts English back after every test


def _window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    window.resize(1100, 760)
    show_active(qtbot, window)
    profiles = services.profiles.list()
    window.use_profile(profiles[0] if profiles else services.profiles.create("Sam", "practitioner"))
    return window


def _grab(widget, name: str) -> None:
    """Save a picture of ``widget`` when NPS_TRAINER_GRAB_DIR names a folder (for a person to look at)."""
    folder = os.environ.get("NPS_TRAINER_GRAB_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_the_quiz_list_start_page_and_a_question_are_in_welsh(qtbot, services, shown_messages, welsh) -> None:
    window = _window(qtbot, services)
    section = window.show_section("quizzes")
    assert isinstance(section, QuizzesSection)
    table = section.list_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Cwis", "Modiwlau", "Cwestiynau", "Statws", "Sgôr orau wedi'i hasesu"]
    assert table.accessibleName() == "Cwisiau"
    assert {table.item(r, 3).text() for r in range(table.rowCount())} == {"Heb ei sefyll"}
    _grab(window, "quiz-list-cy")

    section.open_quiz(QUIZ)
    start = section.start_page
    assert start.start_button.text() == "&Dechrau'r cwis"
    assert start.back_button.text() == "&Yn ôl i'r cwisiau"
    assert start.facts.text().startswith("Yn seiliedig ar: ")
    assert "Marc llwyddo: " in start.facts.text()
    assert start.no_history.text() == "Nid ydych wedi sefyll y cwis hwn eto."
    assert start.cbm_box.text() == "Marcio ar sail &sicrwydd"
    _grab(window, "quiz-start-cy")

    section.start_attempt(QuizMode.ASSESSED.value)
    page = section.question_page
    total = len(page.session.attempt.question_ids)
    assert page.progress_label.text() == (f"Cwestiwn 1 o {total}  ·  Wedi'i asesu  ·  Wedi'u hateb: 0  ·  "
                                          "Dim terfyn amser")
    assert page.submit_button.text() in ("Cyflwyno'r ateb", "Gwneud y dewis hwn")
    assert page.finish_button.text() == "Gorffen y cw&is"
    assert page.prompt_label.accessibleName().startswith("Cwestiwn 1: ")
    _grab(window, "quiz-question-cy")

    page.finish()  # nothing answered: asked first, with the Welsh plural form for the number
    kind, title, text = shown_messages[-1]
    assert (kind, title) == ("confirm", "Gorffen y cwis?")
    assert text == f"Nid yw {total} o gwestiynau wedi'u hateb eto, a byddant yn sgorio 0. Gorffen nawr?"
    results = section.results_page
    assert results.title_label.text().startswith("Canlyniadau: ")
    assert results.score_label.text() == "Eich sgôr oedd 0%: heb lwyddo eto"
    assert results.retake_button.text() == "&Ailsefyll"
    assert "<b>Heb ei ateb</b>" in results.review.toHtml() or "Heb ei ateb" in results.review.toPlainText()
    assert "Eich ateb:" in results.review.toPlainText()
    _grab(window, "quiz-results-cy")


def test_learn_the_reader_and_completing_are_in_welsh(qtbot, services, shown_messages, welsh) -> None:
    window = _window(qtbot, services)
    section = window.show_section("learn")
    assert isinstance(section, LearnSection)
    catalogue = section.catalogue_page
    table = catalogue.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Modiwl", "Crynodeb", "Munudau", "Statws"]
    statuses = {table.item(r, 3).text() for r in range(table.rowCount()) if table.item(r, 3) is not None}
    assert statuses == {"Heb ddechrau"}
    assert catalogue.search_edit.placeholderText() == "Geiriau i'w canfod mewn unrhyw fodiwl"
    _grab(window, "learn-catalogue-cy")

    module = section.library.catalogue.modules[0]
    section.open_module(module.id)
    reader = section.reader
    assert reader.position_label.text() == "Trosolwg"
    assert reader.back_button.text() == "← &Yn ôl i'r modiwlau"
    assert reader.toc.item(0).text() == "Trosolwg"
    assert reader.toc.item(reader.toc.count() - 1).text() == "Am y modiwl hwn"
    reader.next()
    if reader.pages.currentWidget() is reader.warning_panel:
        assert reader.warning_panel.show_button.text() == "&Dangos yr adran hon"
        reader.warning_panel.show_button.click()
    assert reader.position_label.text() == f"Adran 1 o {len(module.sections)}"
    _grab(window, "learn-reader-cy")

    section._start_completion()  # sections unread: named, in Welsh, with the plural form for how many
    kind, title, text = shown_messages[-1]
    unread = len(module.sections) - 1
    assert (kind, title) == ("inform", "Adrannau heb eu darllen eto")
    assert text.startswith(f"Nid yw “{module.title}” yn gyflawn eto: mae {unread} o'r {len(module.sections)} adran")
    assert reader.unread_note.text().startswith(f"Heb {'ei' if unread == 1 else 'eu'} darllen eto ({unread} adran): ")


def test_dates_durations_and_modes_read_in_welsh(qapp, welsh) -> None:
    moment = dt.datetime(2026, 12, 4, 14, 30, tzinfo=dt.UTC).astimezone()
    assert when(moment) == moment.strftime("%d Rhag %Y, %H:%M")
    assert duration(42) == "42 eiliad"
    assert duration(125) == "2 mun 5 eiliad"
    assert duration(3 * 3600 + 60) == "3 awr 1 mun"
    assert mode_text(QuizMode.PRACTICE) == "Ymarfer"
    assert mode_text(QuizMode.ASSESSED) == "Wedi'i asesu"


def test_the_refresher_banner_counts_with_welsh_plural_forms(qapp, welsh) -> None:
    from nps_trainer.refresher import RefresherStatus
    from nps_trainer.ui.refresher.banner import RefresherBanner

    banner = RefresherBanner("Dechrau &Gloywi")
    names = {}
    for due in (1, 3, 6, 11):
        status = RefresherStatus(cards=due, due=due, reviewed_today=0, per_day=20, next_due=None)
        banner.show_status(status, "")
        names[due] = banner.button.accessibleName()
    assert names[1] == "Dechrau Gloywi: 1 cwestiwn i'w ateb nawr"
    assert names[3] == "Dechrau Gloywi: 3 o gwestiynau i'w hateb nawr"
    assert names[6] == "Dechrau Gloywi: 6 o gwestiynau i'w hateb nawr"
    assert names[11] == "Dechrau Gloywi: 11 o gwestiynau i'w hateb nawr"
    banner.show_status(None, "")
    assert banner.button.accessibleName() == "Agor Gloywi"


def test_a_refresher_day_is_named_in_the_language_in_use(qapp) -> None:
    from nps_trainer.ui.refresher.page import day_name
    from nps_trainer.ui.translation import install

    friday = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
    assert day_name(friday, dt.date(2026, 12, 6), dt.UTC) == "Friday 4 December"
    assert day_name(friday, dt.date(2027, 1, 6), dt.UTC) == "Friday 4 December 2026"
    install("cy")
    assert day_name(friday, dt.date(2026, 12, 6), dt.UTC) == "dydd Gwener 4 Rhagfyr"
    assert day_name(friday, dt.date(2027, 1, 6), dt.UTC) == "dydd Gwener 4 Rhagfyr 2026"
