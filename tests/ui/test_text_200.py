"""Text at 200%: at the largest text size in a 1366×768 window nothing is clipped, the sidebar and hint lines
grow with the setting, and drawn icons are sharp at a device pixel ratio of 2 (issue 13, point 5)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QScrollArea, QWidget

from nps_trainer.screening import SectionStatus
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

    _largest(services)
    window.apply_text_size()
    _settle(qtbot)
    assert QFontMetrics(window.nav.font()).height() >= 1.8 * nav_font
    assert window.nav.width() > nav_width
    assert QFontMetrics(hint.font()).height() >= 1.8 * hint_font
    assert sidebar_overflow(window) == []


def test_a_status_icon_has_twice_the_pixels_at_device_pixel_ratio_2(qapp) -> None:
    icon = status_icon(SectionStatus.COMPLETE)
    single = icon.pixmap(SIZE)
    double = icon.pixmap(QSize(SIZE, SIZE), 2.0)
    assert single.width() == SIZE
    assert double.width() == 2 * SIZE and double.height() == 2 * SIZE
    assert double.devicePixelRatio() == 2.0
