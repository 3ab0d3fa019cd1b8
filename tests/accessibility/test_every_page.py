"""Every page by keyboard and screen reader (issue 13, point 4): each page is walked through Qt's accessibility
interface by tests/accessibility/walker.py (names and roles, Tab order against reading order, Return on every
focused button, arrow keys in radio groups), and the questions, the content warning, quiz feedback and the About
text are checked where they appear. Real services on a SQLite file; the demo team gives the team and session
pages their data."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.quiz.model import Numerical, NumericAnswer, Quiz, QuizMode
from nps_trainer.services import Services, build_services
from nps_trainer.ui.keyboard import install_keyboard_keys
from nps_trainer.ui.main_window import MainWindow
from tests.accessibility.walker import question_problems, walk
from tests.ui.helpers import show_active

PASSPHRASE = "heather lantern quietly 42"
DEMO_PASSPHRASE = "demo heron over the moor"


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _keys(qapp) -> None:
    """The keyboard keys the app installs when it starts (ui/launch.py and the main window do the same)."""
    install_keyboard_keys(qapp)


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    from nps_trainer.identity import KeyStore
    from nps_trainer.identity.crypto import FAST_TEST_KDF

    built = build_services(user_paths)
    built.keys = KeyStore(built.database, built.audit, FAST_TEST_KDF)
    yield built
    built.close()


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    from nps_trainer.ui import messages

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: shown.append(("inform", title, text)))
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: shown.append(("warn", title, text)))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: shown.append(("confirm", title, text)) or True)
    return shown


def _window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    _settle(qtbot)
    return window


def _page_root(window: MainWindow) -> QWidget:
    return window.stack.currentWidget()


def _activate(window: QWidget) -> None:
    """Make ``window`` the active window again (the offscreen platform leaves none active after some pages are
    built, which a desktop never does)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    QApplication.processEvents()


def _dialog(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _activate(dialog)
    _settle(qtbot)
    return dialog


# -- the walker itself -------------------------------------------------------------------------------------------
def test_the_walker_reports_a_new_unnamed_control(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    named = QLineEdit()
    named.setAccessibleName("Case reference")
    layout.addWidget(named)
    show_active(qtbot, page)
    assert walk(page, "page").problems == []

    unnamed = QLineEdit()
    layout.addWidget(unnamed)
    unnamed.show()
    problems = walk(page, "page").problems
    assert len(problems) == 1 and "no accessible name" in problems[0] and "QLineEdit" in problems[0]


def test_return_presses_the_focused_button_even_in_a_dialog_with_a_default(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QRadioButton

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    pressed: list[str] = []
    other = QPushButton("Other")
    other.setAutoDefault(False)  # as the help window's buttons are: Qt would send Return to the default button
    default = QPushButton("OK")
    default.setDefault(True)
    for button in (other, default):
        button.clicked.connect(lambda _c=False, b=button: pressed.append(b.text()))
        layout.addWidget(button)
    radios = [QRadioButton(text) for text in ("One", "Two", "Three")]  # nothing chosen yet
    for radio in radios:
        layout.addWidget(radio)
    show_active(qtbot, dialog)
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert pressed == ["Other"] and dialog.isVisible()
    radios[0].setFocus()
    qtbot.keyClick(radios[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is radios[1] and radios[1].isChecked()
    qtbot.keyClick(radios[1], Qt.Key.Key_Down)
    assert radios[2].isChecked() and not radios[1].isChecked()
    assert walk(dialog, "dialog").problems == []


# -- pages of the main window --------------------------------------------------------------------------------------
def test_sign_in_gate_and_create_profile(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    problems = walk(_page_root(window), "create profile").problems
    sam = services.profiles.create("Sam K.", "manager")
    services.profiles.create("Another Person", "practitioner", acting=sam)
    services.signin.set_passphrase(sam.id, PASSPHRASE)
    window.show_gate()
    _settle(qtbot)
    problems += walk(_page_root(window), "sign-in gate").problems
    assert not problems, "\n".join(problems)


def _signed_in(qtbot, services: Services, role: str = "manager") -> MainWindow:
    window = _window(qtbot, services)
    person = services.profiles.create("Sam K.", role)
    window.use_profile(services.signin.set_passphrase(person.id, PASSPHRASE))
    _settle(qtbot)
    return window


def test_every_section_page(qtbot, services, shown_messages) -> None:
    window = _signed_in(qtbot, services)
    problems: list[str] = []
    for key in list(window.pages):
        window.show_section(key)
        _settle(qtbot)
        _activate(window)
        problems += walk(window, f"section {key}").problems
    assert not problems, "\n".join(problems)


def test_reader_and_the_content_warning(qtbot, services, shown_messages) -> None:
    from nps_trainer.content import load_catalogue

    window = _signed_in(qtbot, services)
    learn = window.show_section("learn")
    modules = list(load_catalogue(services.config.content_dir / "modules"))
    warned = next(m for m in modules if any(m.warning_for(s) for s in m.sections))
    learn.open_module(warned.id)
    _settle(qtbot)
    problems = walk(window, "reader").problems
    position = next(i for i, s in enumerate(warned.sections) if warned.warning_for(s))
    learn.reader.show_position(position)
    _settle(qtbot)
    panel = learn.reader.findChild(QWidget, "contentWarning")
    assert panel is not None and panel.isVisible()
    problems += walk(window, "content warning").problems
    warning = " ".join(warned.warning_for(warned.sections[position]).warning.split())
    for button in (panel.show_button, panel.skip_button):
        described = " ".join(button.accessibleDescription().split())
        if warning not in described:
            problems.append(f"content warning: {button.text()!r} does not carry the warning in its description "
                            f"({described[:60]!r})")
    assert not problems, "\n".join(problems)



def _all_types_quiz(services: Services) -> Quiz:
    """One question of every type, taken from the bundled quizzes (a numerical question is made here: none is
    bundled)."""
    from nps_trainer.ui.quiz.library import load_library

    library = load_library(services.config.content_dir)
    picked = {}
    for quiz in library.quizzes:
        for question in quiz.questions:
            picked.setdefault(type(question).__name__, question)
    picked["Numerical"] = Numerical(id="interval", prompt="After how many minutes do you give the next dose?",
                                    explanation="Two to three minutes.",
                                    accept=[NumericAnswer(2.5, 0.5, 1.0, "Right.")], wrong_feedback="2-3 minutes.")
    assert {"SingleChoice", "MultipleResponse", "TrueFalse", "ShortAnswer", "Numerical", "Matching", "Ordering",
            "Scenario"} <= set(picked)
    return Quiz(id="every-type", title="Every type", version="1", modules=[], questions=list(picked.values()))


def _allowed_extra_stops(walked, answer_input: QWidget) -> int:
    """The Tab stops a question's input may have beyond one (walker.ALLOWED): each check box of a 'tick all that
    apply', each item of a matching, the parts of an ordering. Any other input is one stop."""
    from nps_trainer.ui.quiz.choice_inputs import MultipleResponseInput
    from nps_trainer.ui.quiz.matching_input import MatchingInput
    from nps_trainer.ui.quiz.ordering_input import OrderingInput

    if not isinstance(answer_input, MultipleResponseInput | MatchingInput | OrderingInput):
        return 0
    inside = [s for s in walked.stops if answer_input.isAncestorOf(s.widget) and not isinstance(s.widget, QLabel)]
    return len(inside) - 1


def test_every_quiz_question_type_results_and_review(qtbot, services, shown_messages) -> None:
    from nps_trainer.ui.quiz.library import QuizLibrary, load_library
    from nps_trainer.ui.quiz.question_page import QuestionPage
    from nps_trainer.ui.quiz.session import QuizSession

    window = _signed_in(qtbot, services)
    quizzes = window.show_section("quizzes")
    _settle(qtbot)
    problems = walk(window, "quiz list").problems
    quizzes.open_quiz("overdose-response")
    _settle(qtbot)
    problems += walk(window, "quiz start").problems

    # The question types on a question page of their own (as tests/ui/test_quiz_numerical.py does): going from
    # question to question throws each input away, which must not take the main window's menus with it.
    quiz = _all_types_quiz(services)
    profile = window.profile
    attempt_id, attempt = services.quiz_records.start(profile.id, quiz, QuizMode.PRACTICE, seed=1)
    page = QuestionPage()
    page.resize(1000, 760)
    show_active(qtbot, page)
    window = page
    page.start(QuizSession(services.quiz_records, attempt_id, attempt),
               QuizLibrary((quiz, *load_library(services.config.content_dir).quizzes), ()))
    for position, question_id in enumerate(attempt.question_ids):
        page.session.go_to(position)
        page.show_current()
        _settle(qtbot)
        question = next(q for q in quiz.questions if q.id == question_id)
        where = f"quiz {type(question).__name__}"
        walked = walk(window, where)
        problems += walked.problems
        problems += question_problems(walked, page.prompt_label.accessibleName(), page.prompt_label, page.input,
                                      _allowed_extra_stops(walked, page.input))
        del walked  # the next question's page throws this one's widgets away
    assert not problems, "\n".join(problems)


def test_quiz_feedback_is_announced_once(qtbot, services, shown_messages) -> None:
    from nps_trainer.ui.quiz.library import QuizLibrary
    from nps_trainer.ui.quiz.question_page import QuestionPage
    from nps_trainer.ui.quiz.session import QuizSession

    quiz = _all_types_quiz(services)
    single = next(q for q in quiz.questions if type(q).__name__ == "SingleChoice")
    quiz = Quiz(id="one", title="One", version="1", modules=[], questions=[single])
    profile = services.profiles.create("Sam", "manager")
    attempt_id, attempt = services.quiz_records.start(profile.id, quiz, QuizMode.PRACTICE, seed=1)
    page = QuestionPage()
    page.resize(900, 700)
    show_active(qtbot, page)
    page.start(QuizSession(services.quiz_records, attempt_id, attempt), QuizLibrary((quiz,), ()))
    _settle(qtbot)
    first = page.input.buttons[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    moves: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: moves.append(new))
    qtbot.keyClick(first, Qt.Key.Key_Return)
    _settle(qtbot)
    assert page.feedback.isVisible()
    assert moves == [page.feedback.label], [type(w).__name__ for w in moves]
    assert page.feedback.label.accessibleDescription()


def test_results_review_and_refresher(qtbot, services, shown_messages) -> None:
    window = _signed_in(qtbot, services)
    quizzes = window.show_section("quizzes")
    quizzes.open_quiz("overdose-response")
    quizzes.start_attempt("practice")
    _settle(qtbot)
    quizzes.question_page.finish()
    _settle(qtbot)
    assert quizzes.stack.currentWidget() is quizzes.results_page
    problems = walk(window, "quiz results and review").problems
    learn = window.show_section("learn")
    learn.open_refresher()
    _settle(qtbot)
    problems += walk(window, "refresher").problems
    assert not problems, "\n".join(problems)


def _screening(qtbot, window: MainWindow):
    from tests.ui.screening_helpers import unlock

    screening = window.show_section("screening")
    _settle(qtbot)
    if screening.area.currentWidget() is screening.area.unlock_page:
        unlock(qtbot, screening)
        _settle(qtbot)
    return screening


def _screening_walk(qtbot, window: MainWindow, form_id: str, types_seen: set) -> list[str]:
    """Every section of a new record of ``form_id``, walked; every question shown checked as a question. A
    question hidden until an earlier answer shows it is not on the page, so is not walked."""
    from nps_trainer.screening.model import ItemType
    from nps_trainer.ui.screening.item_row import AnswerRow
    from nps_trainer.ui.screening.item_widgets import MultipleChoiceInput
    from nps_trainer.ui.screening.repeat_group import RepeatGroup

    screening = _screening(qtbot, window)
    screening.area.create_record("X123456", form_id)
    _settle(qtbot)
    form = screening.area.form_page
    for _ in range(3):  # 'Yes' to every yes/no question and one of each repeat, to show the questions they gate
        for view in form.views:
            for row in view.findChildren(AnswerRow):
                if row.item.type is ItemType.YES_NO and row.isVisibleTo(view) and row.value() is None:
                    row.input.combo.setCurrentIndex(row.input.combo.index_of(True))
            for group in view.findChildren(RepeatGroup):
                if group.isVisibleTo(view) and not group.boxes:
                    form._add_instance(group.item.id)
        _settle(qtbot)
    problems: list[str] = []
    checked = 0
    for position, view in enumerate(form.views):
        form.go_to_section(position)
        _settle(qtbot)
        walked = walk(window, f"{form_id} section {view.section.title!r}")
        problems += walked.problems
        for row in view.findChildren(AnswerRow):
            if not row.isVisible() or not row.isEnabled():
                continue
            extra = 1 if row.special is not None else 0  # walker.ALLOWED["declined"]
            if isinstance(row.input, MultipleChoiceInput):
                extra += len(row.input.boxes) - 1  # walker.ALLOWED["check boxes"]
            problems += question_problems(walked, row.item.label, row.label, row, extra)
            types_seen.add(row.item.type)
            checked += 1
    assert checked, f"{form_id}: no question was checked"
    form.close_record(ask=False)
    screening.area.show_list()
    _settle(qtbot)
    return problems


def test_every_screening_item_type_and_the_list(qtbot, services, shown_messages) -> None:
    from nps_trainer.screening.model import ItemType

    window = _signed_in(qtbot, services)
    screening = window.show_section("screening")
    _settle(qtbot)
    problems = []
    if screening.area.currentWidget() is screening.area.unlock_page:
        problems += walk(window, "screening unlock").problems
    _screening(qtbot, window)
    problems += walk(window, "screening list (empty)").problems
    types_seen: set[ItemType] = set()
    problems += _screening_walk(qtbot, window, "nps-screening", types_seen)
    problems += walk(window, "screening list").problems
    for form_id in ("drr-suitability", "release-handover"):  # the checklists
        problems += _screening_walk(qtbot, window, form_id, types_seen)
    assert not problems, "\n".join(problems)
    answerable = {t for t in ItemType if t not in (ItemType.NOTE, ItemType.REPEAT)}
    assert answerable <= types_seen, f"item types never shown: {answerable - types_seen}"


def test_progress_settings_about_and_help(qtbot, services, shown_messages) -> None:
    from nps_trainer.ui.about_dialog import AboutDialog
    from nps_trainer.ui.help_window import HelpWindow
    from nps_trainer.ui.settings_dialog import SettingsDialog

    window = _signed_in(qtbot, services)
    window.show_section("progress")
    _settle(qtbot)
    problems = walk(window, "progress").problems
    settings = _dialog(qtbot, SettingsDialog(services.settings, services.config, window, organisation_settings=True))
    problems += walk(settings, "settings").problems
    settings.reject()
    about = _dialog(qtbot, AboutDialog(services, window))
    walked = walk(about, "about")
    problems += walked.problems
    text = [s for s in walked.stops if s.widget is about.text]
    if not text:
        problems.append("about: the About text cannot be reached by Tab")
    elif "NPS Trainer" not in text[0].name + text[0].description:
        problems.append("about: the About text is reached but not read")
    about.reject()
    help_window = HelpWindow(services.help_guide(), 11.0)
    _dialog(qtbot, help_window)
    problems += walk(help_window, "help").problems
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide

    guide = _dialog(qtbot, OverdoseGuideDialog(load_guide(services), 11.0))
    problems += walk(guide, "suspected overdose guide").problems
    assert not problems, "\n".join(problems)


# -- the demo team: team pages and joint sessions ----------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_database(tmp_path_factory) -> Path:
    """The demo team built once (fast key derivation), as a SQLite file each test copies."""
    from nps_trainer.demo import build_demo
    from nps_trainer.identity.crypto import FAST_TEST_KDF

    folder = tmp_path_factory.mktemp("demo")
    paths = UserPaths(data=folder / "data", config=folder / "config", logs=folder / "logs")
    built = build_services(paths)
    try:
        build_demo(built, DEMO_PASSPHRASE, kdf=FAST_TEST_KDF)
    finally:
        built.close()
    return paths.database_file


@pytest.fixture
def demo_services(user_paths: UserPaths, demo_database: Path) -> Iterator[Services]:
    from nps_trainer.identity import KeyStore
    from nps_trainer.identity.crypto import FAST_TEST_KDF

    user_paths.database_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_database, user_paths.database_file)
    built = build_services(user_paths)
    built.keys = KeyStore(built.database, built.audit, FAST_TEST_KDF)
    yield built
    built.close()


def _demo_window(qtbot, services: Services, role: str = "manager") -> MainWindow:
    person = next(p for p in services.profiles.list() if p.role == role)
    window = _window(qtbot, services)
    window.use_profile(services.signin.sign_in(person.id, DEMO_PASSPHRASE))
    _settle(qtbot)
    _activate(window)
    return window


def test_every_team_tab_and_a_person(qtbot, demo_services, shown_messages) -> None:
    from nps_trainer.ui.sections.team import TABS

    window = _demo_window(qtbot, demo_services)
    team = window.show_section("team")
    problems: list[str] = []
    for index, (label, _module, _cls) in enumerate(TABS):
        team.tabs.setCurrentIndex(index)
        _settle(qtbot)
        _activate(window)
        problems += walk(window, f"team tab {label.replace('&', '')}").problems
    team.tabs.setCurrentIndex(0)
    team.page(0).open_row(0)
    _settle(qtbot)
    _activate(window)
    problems += walk(window, "team person").problems

    from nps_trainer.ui.team.certificate_dialog import IssueCertificateDialog

    signed_in = window.signed_in
    person = next(p for p in demo_services.profiles.list() if demo_services.certificates.completed_items(p.id))
    issue = _dialog(qtbot, IssueCertificateDialog(demo_services, signed_in, person,
                                                  demo_services.certificates.completed_items(person.id), window))
    problems += walk(issue, "issue a certificate").problems
    issue.reject()
    assert not problems, "\n".join(problems)


def test_joint_sessions_list_setup_record_and_amend(qtbot, demo_services, shown_messages) -> None:
    from nps_trainer.ui.sessions.amend_dialog import AmendDialog
    from nps_trainer.ui.sessions.record_view import RecordView
    from nps_trainer.ui.sessions.register import AddPeopleDialog, GuestDialog
    from nps_trainer.ui.sessions.setup_dialog import SetupDialog

    window = _demo_window(qtbot, demo_services)
    window.show_section("sessions")
    _settle(qtbot)
    _activate(window)
    problems = walk(window, "joint sessions list").problems
    acting = window.signed_in.profile
    setup = _dialog(qtbot, SetupDialog(demo_services, acting, parent=window))
    problems += walk(setup, "session setup").problems
    setup.reject()
    from nps_trainer.sessions.store import FINISHED

    session_id = demo_services.joint_sessions.list(acting=acting, status=FINISHED)[0].id
    record = _dialog(qtbot, RecordView(demo_services, session_id, window))
    problems += walk(record, "session record").problems
    record.reject()
    amend = _dialog(qtbot, AmendDialog(demo_services, session_id, acting, window))
    problems += walk(amend, "session amend").problems
    amend.reject()
    people = _dialog(qtbot, AddPeopleDialog(demo_services.profiles.list()[:6], window))
    problems += walk(people, "register: add people").problems
    people.reject()
    guest = _dialog(qtbot, GuestDialog(window))
    problems += walk(guest, "register: add a guest").problems
    guest.reject()
    from nps_trainer.ui.sessions.reflection_dialog import ReflectionDialog

    reflection = _dialog(qtbot, ReflectionDialog(demo_services, demo_services.joint_sessions.get(session_id), acting,
                                                 window))
    problems += walk(reflection, "session reflection").problems
    reflection.reject()
    assert not problems, "\n".join(problems)


def test_joint_session_console_register_and_end(qtbot, services, monkeypatch) -> None:
    fast_services = services
    from nps_trainer.ui.sessions.end_dialog import EndDialog
    from tests.team.helpers import make_manager, make_person, sign_in
    from tests.ui.sessions.test_console import opened, start_session

    manager = make_manager(fast_services)
    facilitator = sign_in(fast_services, make_person(fast_services, "Fran Facilitator", "facilitator",
                                                     "drug_service", acting=manager))
    member = make_person(fast_services, "Priya Profilename", "practitioner", "probation")
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    problems: list[str] = []
    try:
        for step in range(len(run.plan.steps)):
            _activate(run.console)
            problems += walk(run.console, f"session console step {step + 1}").problems
            qtbot.keyClick(run.console, Qt.Key.Key_Right)
            _settle(qtbot)
        end = _dialog(qtbot, EndDialog(fast_services, run.session_id, facilitator.profile, run.console))
        problems += walk(end, "session end").problems
        end.reject()
    finally:
        if not run.ended:
            run.close()
    assert not problems, "\n".join(problems)


def test_refresher_with_questions_due(qtbot, demo_services, shown_messages) -> None:
    """A demo person with refresher questions due: the question page of the Refresher, walked like a quiz's."""
    from nps_trainer.ui.quiz.library import load_library

    library = load_library(demo_services.config.content_dir)
    person = next(p for p in demo_services.profiles.list()
                  if demo_services.refresher.todays_refresher(p.id, library))
    window = _window(qtbot, demo_services)
    window.use_profile(demo_services.signin.sign_in(person.id, DEMO_PASSPHRASE))
    _settle(qtbot)
    learn = window.show_section("learn")
    learn.open_refresher()
    _settle(qtbot)
    _activate(window)
    page = learn.refresher_page
    assert page.items and page.input is not None
    walked = walk(window, "refresher question")
    problems = walked.problems + question_problems(walked, page.prompt_label.accessibleName(), page.prompt_label,
                                                   page.input, _allowed_extra_stops(walked, page.input))
    assert not problems, "\n".join(problems)
