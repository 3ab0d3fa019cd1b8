"""The Today page: the first section after sign-in for every role, with real services on SQLite. Each item's
button opens the thing itself (module, quiz, refresher, draft screening, joint session, the team's training); an
empty day says so; it fits at 200% text in 1366x768; every control has a name; it reads in Welsh."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from nps_trainer.clock import utcnow
from nps_trainer.settings import TEXT_SIZES
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.today import TodaySection
from tests.accessibility.walker import walk
from tests.sessions.helpers import small_plan
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.helpers import show_active
from tests.ui.test_palettes import _widget_problems, system_palette  # noqa: F401 (a fixture)
from tests.ui.test_text_200 import WINDOW, page_problems

TODAY = date.today()


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _window(qtbot, services, signed_in) -> MainWindow:
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    window.use_profile(signed_in)
    _settle(qtbot)
    return window


def _button(page: TodaySection, name: str) -> QAbstractButton:
    found = [b for b in page.buttons if b.accessibleName() == name and b.isVisible()]
    assert len(found) == 1, [b.accessibleName() for b in page.buttons]
    return found[0]


def _texts(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _busy_practitioner(services):
    """A practitioner with refresher questions due, a module and a quiz assigned (one overdue), a module
    half-read and a draft screening."""
    boss = make_manager(services, team="North")
    pat = make_person(services, "Pat Practitioner", team="North")
    signed = sign_in(services, pat)
    with services.database.session() as session:
        services.refresher.record_answer(session, pat.id, "overdose-response", "signs-of-overdose", 0.0, None,
                                         utcnow() - timedelta(days=2))
    services.assignments.assign(boss.profile, "module", "overdose-response", "person", str(pat.id),
                                TODAY - timedelta(days=3))
    services.assignments.assign(boss.profile, "quiz", "what-are-nps", "person", str(pat.id),
                                TODAY + timedelta(days=20))
    anchors = services.module_sections("diverse-needs")
    visit = services.progress.start_visit(pat.id, "diverse-needs", "1.0")
    services.progress.section_viewed(visit, anchors[0], anchors)
    services.progress.end_visit(visit)
    draft = services.screening.create(pat.id, signed.keyring, "nps-screening", "X123456")
    return boss, signed, draft


def test_today_is_the_first_page_and_each_item_opens_its_thing(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    _boss, signed, draft = _busy_practitioner(services)
    window = _window(qtbot, services, signed)
    assert next(iter(window.pages)) == "today" and window.nav.item(0).text() == "Today"
    page = window.current_section()
    assert isinstance(page, TodaySection) and page.isVisible()
    text = _texts(page)
    for words in ("Refresher", "Today's refresher has 1 question from quizzes you have taken",
                  "Assigned to you", "⚠ Overdue by 3 days", "Due in 20 days", "Carry on reading",
                  "Screenings to finish", f"Screening {draft.id}: started"):
        assert words in text, words
    assert "X123456" not in text  # the case reference is not shown (nor decrypted) on Today

    next(b for b in page.buttons if b.accessibleName().startswith("Open module")).click()
    learn = window.pages["learn"]
    assert window.current_section() is learn and learn.stack.currentWidget() is learn.reader
    assert learn.session is not None and learn.session.module.id == "overdose-response"

    window.show_section("today")
    _settle(qtbot)
    next(b for b in page.buttons if b.accessibleName().startswith("Open quiz")).click()
    quizzes = window.pages["quizzes"]
    assert window.current_section() is quizzes and quizzes.quiz is not None
    assert quizzes.quiz.id == "what-are-nps" and quizzes.stack.currentWidget() is quizzes.start_page

    window.show_section("today")
    _settle(qtbot)
    _button(page, "Start today's refresher").click()
    assert window.current_section() is learn and learn.stack.currentWidget() is learn.refresher_page

    window.show_section("today")
    _settle(qtbot)
    next(b for b in page.buttons if b.accessibleName().startswith("Carry on reading")).click()
    assert learn.session is not None and learn.session.module.id == "diverse-needs"

    window.show_section("today")
    _settle(qtbot)
    _button(page, f"Open draft screening {draft.id}").click()
    _settle(qtbot)
    screening = window.pages["screening"]
    assert window.current_section() is screening
    editor = screening.area.form_page.editor
    assert editor is not None and editor.opened.id == draft.id
    window.close()


def test_an_empty_day_says_so_kindly_and_offers_learn(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    make_manager(services)
    drew = sign_in(services, make_person(services, "Drew Worker", "drug_service", "drug_service"))
    window = _window(qtbot, services, drew)
    page = window.current_section()
    assert isinstance(page, TodaySection)
    assert "Nothing needs you today" in _texts(page)
    assert [b.accessibleName() for b in page.buttons] == ["Go to Learn"]
    page.buttons[0].click()
    assert window.current_section() is window.pages["learn"]
    window.close()


def test_a_managers_team_and_a_facilitators_session_open_where_they_are_dealt_with(qtbot, fast_services,
                                                                                  shown_messages) -> None:
    services = fast_services
    boss = make_manager(services, team="North")
    make_person(services, "Pat Practitioner", team="North")
    make_person(services, "Sam South", team="South")
    services.assignments.assign(boss.profile, "module", "overdose-response", "team", "North",
                                TODAY - timedelta(days=4))
    window = _window(qtbot, services, boss)
    page = window.current_section()
    qtbot.waitUntil(lambda: page.day is not None and page.day.team is not None)  # filled once on screen
    _settle(qtbot)
    assert "People with overdue training: 2 of 2" in _texts(page) and "North. Items overdue: 2." in _texts(page)
    _button(page, "Open the team's training in Team").click()
    _settle(qtbot)
    team = window.pages["team"]
    assert window.current_section() is team and team.tabs.currentIndex() == 0
    training = team.page(0)
    assert training.team_combo.currentData() == "North" and training.model.rowCount() == 2

    fay = make_person(services, "Fay Facilitator", "facilitator", acting=boss)
    fay_in = sign_in(services, fay)
    ended = services.joint_sessions.start(small_plan(title="Friday session"), held_on=TODAY - timedelta(days=1),
                                          place="", co_facilitators=[], acting=fay)
    services.joint_sessions.end(ended, acting=fay)
    window.show_gate()
    window.use_profile(fay_in)
    _settle(qtbot)
    page = window.current_section()
    assert isinstance(page, TodaySection) and "Friday session" in _texts(page)
    _button(page, "Record who attended: Friday session").click()
    sessions = window.pages["sessions"]
    assert window.current_section() is sessions and sessions.current_id() == ended
    assert sessions.amend_button.isEnabled() and window.focusWidget() is sessions.amend_button
    window.close()


def test_today_fits_at_200_percent_and_names_every_control(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    services.settings.text_size = max(TEXT_SIZES, key=TEXT_SIZES.get)
    boss, signed, _draft = _busy_practitioner(services)
    window = _window(qtbot, services, boss)  # the manager: refresher-free, but assigned and team parts
    page = window.current_section()
    qtbot.waitUntil(lambda: page.day is not None and page.day.team is not None)
    _settle(qtbot)
    assert page_problems(window) == [], "Today (manager) at 200%"
    window.show_gate()
    window.use_profile(signed)
    _settle(qtbot)
    page = window.current_section()
    assert len(page.buttons) >= 5
    assert page_problems(window) == [], "Today (practitioner) at 200%"
    for widget in page.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QAbstractButton | QLabel) and widget.text().strip():
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.text()!r} has no accessible name"
    # The walker the accessibility tests use: every focusable control has a role and a name, focus in reading order.
    assert walk(page, "Today").problems == []
    # Tab goes through the buttons in reading order.
    page.buttons[0].setFocus()
    for following in page.buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following, following.accessibleName()
    window.close()


def test_today_reads_in_welsh(qtbot, fast_services, shown_messages) -> None:
    from nps_trainer.ui.translation import install

    services = fast_services
    _boss, signed, _draft = _busy_practitioner(services)
    assert install("cy")
    window = _window(qtbot, services, signed)
    page = window.current_section()
    text = _texts(page)
    assert window.nav.item(0).text() == "Heddiw"
    for words in ("Heddiw", "Gloywi", "Wedi'u haseinio i chi", "3 o ddiwrnodau'n hwyr", "Sgrinio i'w orffen",
                  "Parhau i ddarllen"):
        assert words in text, words
    assert "Start today's" not in text and "Assigned to you" not in text
    window.close()


def test_today_meets_wcag_contrast_under_every_palette(qtbot, fast_services, system_palette,  # noqa: F811
                                                        shown_messages) -> None:
    """Overdue lines in the 'bad' accent, the cards and their text: readable (4.5:1) under light, dark and high
    contrast palettes."""
    _boss, signed, _draft = _busy_practitioner(fast_services)
    window = _window(qtbot, fast_services, signed)
    page = window.current_section()
    assert isinstance(page, TodaySection) and page.day is not None and page.day.overdue == 1
    qtbot.wait(20)
    assert _widget_problems(window, f"Today ({system_palette})") == []
    window.close()
