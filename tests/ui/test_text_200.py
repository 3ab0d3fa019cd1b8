"""Text at 200%: at the largest text size in a 1366×768 window nothing is clipped, the sidebar and hint lines
grow with the setting, and drawn icons are sharp at a device pixel ratio of 2 (issue 13, point 5).

Every page is walked in English and in Welsh: the learning pages (Today, Learn, the reader, the Refresher, quizzes
with results and review, screening, Progress, Settings), every Team tab and a person's page, joint sessions (the
list, set-up, record, the register's dialogs, the console at every step), the user guide (F1), the overdose guide
(F2) and About. Nothing may be clipped, and no page or scroll area may need scrolling sideways (the Training
matrix's table scrolls sideways inside its own view by nature; the page around it is measured)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QScrollArea, QTabBar, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.screening import SectionStatus
from nps_trainer.services import Services, build_services
from nps_trainer.settings import TEXT_SIZES
from nps_trainer.ui.main_window import NAV_ITEM_MARGIN, NAV_ITEM_PADDING, MainWindow
from nps_trainer.ui.screening.status_icons import SIZE, status_icon
from nps_trainer.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import PASSPHRASE, unlock

WINDOW = (1366, 768)


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r} {text[:50]!r}"


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button and text box in ``root`` narrower than its text needs, or (a wrapped label)
    shorter than its lines need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QTabBar) and not widget.text():
            continue  # Qt's own arrows scrolling a tab bar too long for the window: arrows, not clipped words
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            if not widget.text().strip():
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{_describe(widget)}: {widget.height()} px high, needs {needed}")
                continue
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            found.append(f"{_describe(widget)}: {widget.width()} px wide, needs {needed}")
        elif isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():  # a label that wraps
            high = widget.heightForWidth(widget.width())
            if high > widget.height() + 1:
                found.append(f"{_describe(widget)}: {widget.height()} px high, needs {high}")
    return found


def page_problems(window: MainWindow) -> list[str]:
    """What is clipped in the window, and whether the section on show needs scrolling sideways to be seen."""
    found = clipped(window)
    holder = window.section_stack.currentWidget()
    if window.stack.currentWidget() is window.workspace and isinstance(holder, QScrollArea):
        sideways = holder.horizontalScrollBar().maximum()
        if sideways > 0:
            found.append(f"the section is {sideways} px wider than the window shows")
    return found


def sidebar_overflow(window: MainWindow) -> list[str]:
    """Sidebar items whose text (with the item padding and margins) is wider than the sidebar shows."""
    metrics = QFontMetrics(window.nav.font())
    room = window.nav.viewport().width()
    out = []
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        needed = metrics.horizontalAdvance(text) + 2 * NAV_ITEM_PADDING + 2 * NAV_ITEM_MARGIN
        if needed > room:
            out.append(f"{text!r} needs {needed} px, the sidebar shows {room}")
    return out


def _largest(services) -> None:
    largest = max(TEXT_SIZES, key=TEXT_SIZES.get)
    assert TEXT_SIZES[largest] >= 2 * TEXT_SIZES["normal"], "no choice reaches 200% of the normal size"
    services.settings.text_size = largest


def _signed_in_window(qtbot, services) -> MainWindow:
    _largest(services)
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    _settle(qtbot)
    return window


def _show(qtbot, window: MainWindow, title: str) -> QWidget:
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == title)
    window.nav.setCurrentRow(row)
    _settle(qtbot)
    return window.section_stack.currentWidget()


def test_at_200_percent_the_main_pages_are_not_clipped(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    sam = services.profiles.create("Sam K.", "manager")
    window = _signed_in_window(qtbot, services)
    assert window.width() <= WINDOW[0] and window.height() <= WINDOW[1]
    assert QApplication.font().pointSizeF() >= 2 * TEXT_SIZES["normal"]

    assert window.stack.currentWidget() is window.gate
    assert page_problems(window) == [], "sign-in gate"

    window.use_profile(services.signin.set_passphrase(sam.id, PASSPHRASE))
    _settle(qtbot)
    assert sidebar_overflow(window) == []

    learn = _show(qtbot, window, "Learn")
    assert page_problems(window) == [], "Learn catalogue"
    section = window.pages["learn"]
    assert learn is not None
    section.open_module(section.library.catalogue.modules[0].id)
    _settle(qtbot)
    assert section.stack.currentWidget() is section.reader
    assert page_problems(window) == [], "reader"

    _show(qtbot, window, "Quizzes")
    quizzes = window.pages["quizzes"]
    quizzes.open_quiz("overdose-response")
    _settle(qtbot)
    assert page_problems(window) == [], "quiz start page"
    quizzes.start_attempt("practice")
    _settle(qtbot)
    assert quizzes.stack.currentWidget() is quizzes.question_page
    assert page_problems(window) == [], "a quiz question"

    _show(qtbot, window, "Screening")
    screening = window.pages["screening"]
    unlock(qtbot, screening)
    _settle(qtbot)
    assert page_problems(window) == [], "screening list"
    screening.area.create_record("X123456", "nps-screening")
    _settle(qtbot)
    assert page_problems(window) == [], "screening form"

    _show(qtbot, window, "Progress")
    assert page_problems(window) == [], "progress"

    dialog = SettingsDialog(services.settings, services.config, window, organisation_settings=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    assert dialog.width() <= WINDOW[0] and dialog.height() <= WINDOW[1]
    # as wide as its settings need (never scrolled sideways), and that fits a 1366-pixel screen (the offscreen
    # test screen is only 800 wide, so the dialog's width on show cannot be measured here)
    assert dialog.minimumSizeHint().width() <= WINDOW[0]
    assert dialog.scroll.widget().minimumSizeHint().width() <= dialog.scroll.minimumWidth()
    assert clipped(dialog) == [], "settings dialog"
    assert shown_messages == []


def test_the_sidebar_and_hint_lines_grow_with_the_text_size(qtbot, fast_services) -> None:
    services = fast_services
    sam = services.profiles.create("Sam K.", "manager")
    services.settings.text_size = "normal"
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    window.use_profile(services.signin.set_passphrase(sam.id, PASSPHRASE))
    _settle(qtbot)
    nav_font, nav_width = QFontMetrics(window.nav.font()).height(), window.nav.width()
    hint = window.gate.set_hint
    hint_font = QFontMetrics(hint.font()).height()
    notice = window.gate.notice  # bold with a font of its own, not a style sheet: it must still follow the size
    notice_font = QFontMetrics(notice.font()).height()

    _largest(services)
    window.apply_text_size()
    _settle(qtbot)
    assert QFontMetrics(window.nav.font()).height() >= 1.8 * nav_font
    assert window.nav.width() > nav_width
    assert QFontMetrics(hint.font()).height() >= 1.8 * hint_font
    assert QFontMetrics(notice.font()).height() >= 1.8 * notice_font and notice.font().bold()
    assert sidebar_overflow(window) == []


def test_at_the_largest_text_the_sidebar_fits_its_names_on_the_first_sign_in(qtbot, fast_services) -> None:
    """The sidebar's style sheet (its padding and frame) is set when it is first shown: its width is worked out
    again then, so the first sign-in's sidebar is as wide as any later one's, with no sideways scrolling."""
    services = fast_services
    sam = services.profiles.create("Sam K.", "manager")
    services.signin.set_passphrase(sam.id, PASSPHRASE)
    _largest(services)
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    _settle(qtbot)  # the sign-in screen shown and idle before the person types, as at a real desk
    qtbot.keyClicks(window.gate.passphrase, PASSPHRASE)  # signed in at the gate, as a person does
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=5000)
    _settle(qtbot)
    first = window.nav.width()
    window._fit_nav()
    assert window.nav.width() == first
    assert not window.nav.horizontalScrollBar().isVisible()
    assert sidebar_overflow(window) == []


def test_a_status_icon_has_twice_the_pixels_at_device_pixel_ratio_2(qapp) -> None:
    icon = status_icon(SectionStatus.COMPLETE)
    single = icon.pixmap(SIZE)
    double = icon.pixmap(QSize(SIZE, SIZE), 2.0)
    assert single.width() == SIZE
    assert double.width() == 2 * SIZE and double.height() == 2 * SIZE
    assert double.devicePixelRatio() == 2.0


# -- every other page, in English and in Welsh ---------------------------------------------------------------------
# Welsh words are often longer than English ones, so each walk runs in both languages. The demo team (built once,
# copied per test, as tests/accessibility/test_every_page.py does) gives the team and joint-session pages data.
DEMO_PASSPHRASE = "demo heron over the moor"
LANGUAGES = ["en", "cy"]


def _language(code: str) -> None:
    if code != "en":
        from nps_trainer.ui.translation import install

        assert install(code)


def sideways(root: QWidget, allowed: tuple[QWidget, ...] = ()) -> list[str]:
    """Scroll areas in ``root`` (other than ``allowed``) whose contents are wider than they show."""
    out = []
    for area in root.findChildren(QScrollArea):
        if area.isVisible() and area not in allowed and area.horizontalScrollBar().maximum() > 0:
            out.append(f"{area.objectName() or area.accessibleName() or type(area).__name__} scrolls sideways by "
                       f"{area.horizontalScrollBar().maximum()} px")
    return out


def window_problems(window: MainWindow, where: str) -> list[str]:
    found = page_problems(window)
    if window.stack.currentWidget() is window.workspace:
        found += sideways(window.section_stack.currentWidget())
    return [f"{where}: {p}" for p in found]


def dialog_problems(qtbot, dialog: QWidget, where: str) -> list[str]:
    """A dialog or window at 200%: fits a 1366×768 screen, nothing clipped, nothing scrolled sideways."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if dialog.width() > WINDOW[0] or dialog.height() > WINDOW[1]:
        dialog.resize(min(dialog.width(), WINDOW[0]), min(dialog.height(), WINDOW[1]))
    _settle(qtbot)
    found = clipped(dialog) + sideways(dialog)
    hint = dialog.minimumSizeHint()
    if hint.width() > WINDOW[0] or hint.height() > WINDOW[1]:
        found.append(f"needs at least {hint.width()}×{hint.height()} px, more than a 1366×768 screen")
    return [f"{where}: {p}" for p in found]


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory) -> Path:
    """The demo team built once (fast key derivation), as a SQLite file each test copies."""
    from nps_trainer.demo import build_demo
    from nps_trainer.identity.crypto import FAST_TEST_KDF

    folder = tmp_path_factory.mktemp("demo200")
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
    window = _signed_in_window(qtbot, services)
    window.use_profile(services.signin.sign_in(person.id, DEMO_PASSPHRASE))
    _settle(qtbot)
    return window


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_200_percent_learning_pages_are_not_clipped(qtbot, fast_services, shown_messages, code) -> None:
    """The pages of the first test in Welsh too, then quiz results and review, the Refresher, Today."""
    _language(code)
    services = fast_services
    sam = services.profiles.create("Sam K.", "manager")
    window = _signed_in_window(qtbot, services)
    problems = window_problems(window, "sign-in gate")
    window.use_profile(services.signin.set_passphrase(sam.id, PASSPHRASE))
    _settle(qtbot)
    problems += [f"sidebar: {p}" for p in sidebar_overflow(window)]
    window.show_section("today")
    _settle(qtbot)
    problems += window_problems(window, "Today")
    learn = window.show_section("learn")
    _settle(qtbot)
    problems += window_problems(window, "Learn catalogue")
    learn.open_module(learn.library.catalogue.modules[0].id)
    _settle(qtbot)
    problems += window_problems(window, "reader")
    learn.open_refresher()
    _settle(qtbot)
    problems += window_problems(window, "Refresher")

    quizzes = window.show_section("quizzes")
    _settle(qtbot)
    problems += window_problems(window, "quiz list")
    quizzes.open_quiz("overdose-response")
    _settle(qtbot)
    problems += window_problems(window, "quiz start")
    quizzes.start_attempt("practice")
    _settle(qtbot)
    problems += window_problems(window, "a quiz question")
    quizzes.question_page.finish()
    _settle(qtbot)
    assert quizzes.stack.currentWidget() is quizzes.results_page
    problems += window_problems(window, "quiz results and review")

    screening = window.show_section("screening")
    unlock(qtbot, screening)
    _settle(qtbot)
    problems += window_problems(window, "screening list")
    screening.area.create_record("X123456", "nps-screening")
    _settle(qtbot)
    problems += window_problems(window, "screening form")
    screening.area.form_page.close_record(ask=False)
    window.show_section("progress")
    _settle(qtbot)
    problems += window_problems(window, "Progress")
    settings = SettingsDialog(services.settings, services.config, window, organisation_settings=True)
    problems += dialog_problems(qtbot, settings, "settings")
    settings.reject()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_200_percent_the_team_tabs_are_not_clipped(qtbot, demo_services, shown_messages, code) -> None:
    """Every Team tab and a person's page. The Training matrix is a table of people by modules, as wide as the
    team's training: it scrolls sideways inside its own table view by nature, so the table is not measured, but the
    page around it (and every other tab) must not be clipped nor scroll sideways."""
    from nps_trainer.ui.sections.team import TABS

    _language(code)
    window = _demo_window(qtbot, demo_services)
    team = window.show_section("team")
    problems: list[str] = []
    for index, (label, _module, _cls) in enumerate(TABS):
        team.tabs.setCurrentIndex(index)
        _settle(qtbot)
        page = team.page(index)
        if getattr(page, "drawing", False):
            # the charts are drawn on a worker thread; each caption's words change when its drawing arrives, and
            # measuring before the layout has caught up is a race with the machine's speed, not a clipped label
            qtbot.waitUntil(lambda page=page: not page.drawing, timeout=30_000)
            _settle(qtbot)
        problems += window_problems(window, f"team tab {label.replace('&', '')}")
    team.tabs.setCurrentIndex(0)
    team.page(0).open_row(0)
    _settle(qtbot)
    problems += window_problems(window, "a person's page")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_200_percent_joint_sessions_are_not_clipped(qtbot, demo_services, shown_messages, code) -> None:
    from nps_trainer.sessions.store import FINISHED
    from nps_trainer.ui.sessions.record_view import RecordView
    from nps_trainer.ui.sessions.register import AddPeopleDialog, GuestDialog
    from nps_trainer.ui.sessions.setup_dialog import SetupDialog

    _language(code)
    window = _demo_window(qtbot, demo_services)
    window.show_section("sessions")
    _settle(qtbot)
    problems = window_problems(window, "joint sessions list")
    acting = window.signed_in.profile
    setup = SetupDialog(demo_services, acting, parent=window)
    problems += dialog_problems(qtbot, setup, "session set-up")
    setup.reject()
    session_id = demo_services.joint_sessions.list(acting=acting, status=FINISHED)[0].id
    record = RecordView(demo_services, session_id, window)
    problems += dialog_problems(qtbot, record, "session record")
    record.reject()
    people = AddPeopleDialog(demo_services.profiles.list()[:6], window)
    problems += dialog_problems(qtbot, people, "register: add people")
    people.reject()
    guest = GuestDialog(window)
    problems += dialog_problems(qtbot, guest, "register: add a guest")
    guest.reject()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_200_percent_the_session_console_is_not_clipped(qtbot, fast_services, shown_messages, code) -> None:
    from tests.team.helpers import make_manager, make_person, sign_in
    from tests.ui.sessions.test_console import opened, start_session

    _language(code)
    _largest(fast_services)
    QApplication.setFont(_font_at(fast_services))
    manager = make_manager(fast_services)
    facilitator = sign_in(fast_services, make_person(fast_services, "Fran Facilitator", "facilitator",
                                                     "drug_service", acting=manager))
    member = make_person(fast_services, "Priya Profilename", "practitioner", "probation")
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    problems: list[str] = []
    try:
        run.console.showNormal()  # the offscreen screen is 800 px square, so the console opened maximised on it
        run.console.resize(*WINDOW)
        _settle(qtbot)
        assert run.console.size() == QSize(*WINDOW)
        for step in range(len(run.plan.steps)):
            _settle(qtbot)
            problems += [f"console step {step + 1}: {p}" for p in clipped(run.console) + sideways(run.console)]
            hint = run.console.minimumSizeHint()
            if hint.width() > WINDOW[0] or hint.height() > WINDOW[1]:
                problems.append(f"console step {step + 1}: needs at least {hint.width()}×{hint.height()} px")
            qtbot.keyClick(run.console, Qt.Key.Key_Right)
    finally:
        if not run.ended:
            run.close()
    assert problems == [], "\n".join(problems)


def _font_at(services) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSize(services.settings.text_point_size)
    return font


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_200_percent_help_overdose_guide_and_about_are_not_clipped(qtbot, fast_services, shown_messages,
                                                                      code) -> None:
    """F1's guide (its contents list sized from the text size), F2's overdose guide and About."""
    from nps_trainer.i18n import language
    from nps_trainer.ui.about_dialog import AboutDialog
    from nps_trainer.ui.help_window import HelpWindow
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide

    _language(code)
    window = _signed_in_window(qtbot, fast_services)
    size = float(fast_services.settings.text_point_size)
    help_window = HelpWindow(fast_services.help_guide(language()), size, window)
    help_window.resize(*WINDOW)
    problems = dialog_problems(qtbot, help_window, "help")
    contents = help_window.contents
    metrics = QFontMetrics(contents.font())
    widest = max(metrics.horizontalAdvance(contents.item(row).text()) for row in range(contents.count()))
    if contents.viewport().width() < widest:
        problems.append(f"help: the contents list shows {contents.viewport().width()} px, its widest topic needs "
                        f"{widest}")
    help_window.close()
    guide = OverdoseGuideDialog(load_guide(fast_services), size, window)
    problems += dialog_problems(qtbot, guide, "overdose guide")
    guide.reject()
    about = AboutDialog(fast_services, window)
    problems += dialog_problems(qtbot, about, "about")
    about.reject()
    assert problems == [], "\n".join(problems)
