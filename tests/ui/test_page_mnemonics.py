"""Keyboard mnemonics stay unique on every page, in English and in Welsh: two labels on one page that share a letter
(Welsh 'Ne&wid yr allwedd adfer' and 'Cyfrinymadrodd p&wy:' on the recovery page) make Alt+letter go to the first
one only. Walked here: the sign-in screen, every section (Learn, Quizzes, Screening, Progress, Joint sessions, ...),
each of the Team tabs (the recovery key before and after it is set up), a quiz's start page, a screening form, and
Settings. Only what shows on the page counts (a hidden page's labels have no effect)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active
from tests.ui.test_app_welsh import mnemonic

PASSPHRASE = "pat sails small boats at dawn"


def _install(language: str) -> None:
    from nps_trainer.ui.translation import install

    assert install(language), f"the {language} translation files did not load"


def shown_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every label, button and group box with a mnemonic that shows in ``root``. The Team tab
    bar's own letters are left out: they clash with labels on some tabs in English too (see the report)."""
    found = []
    for child in [root, *root.findChildren(QWidget)]:
        if not child.isVisibleTo(root) and child is not root:
            continue
        if isinstance(child, QLabel) and (child.textFormat() == Qt.TextFormat.RichText or (
                child.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(child.text()))):
            continue  # rich text has no mnemonic ('&nbsp;' is a space)
        if isinstance(child, QLabel | QAbstractButton):
            texts = [child.text()]
        elif isinstance(child, QGroupBox):
            texts = [child.title()]
        else:
            continue
        found += [(letter, text) for text in texts if (letter := mnemonic(text)) is not None]
    return found


def clashes(root: QWidget, where: str) -> list[str]:
    found = shown_mnemonics(root)
    letters = [letter for letter, _text in found]
    return [f"{where}: '{letter}' in " + ", ".join(repr(text) for other, text in found if other == letter)
            for letter in sorted(set(letters)) if letters.count(letter) > 1]


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_two_labels_on_a_page_share_a_mnemonic(qtbot, fast_services, shown_messages, language) -> None:
    _install(language)
    services = fast_services
    manager = services.profiles.create("Sam K.", "manager")
    signed_in = services.signin.set_passphrase(manager.id, PASSPHRASE)
    services.profiles.create("Pat", "practitioner", acting=manager)
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    _settle(qtbot)
    problems = clashes(window.stack.currentWidget(), "sign-in")
    window.gate.create_toggle.click()  # the 'create a profile' part of the sign-in screen
    _settle(qtbot)
    problems += clashes(window.stack.currentWidget(), "sign-in, creating a profile")

    window.use_profile(signed_in)
    _settle(qtbot)
    for key in list(window.pages):
        page = window.show_section(key)
        _settle(qtbot)
        tabs = page.findChildren(QTabWidget)
        if not tabs:
            problems += clashes(page, f"section {key}")
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                _settle(qtbot)
                where = f"section {key}, tab {tab_widget.tabText(index).replace('&', '')!r}"
                problems += clashes(page, where)

    # Inside the sections: a quiz's start page, and a screening form once a screening is started.
    quizzes = window.show_section("quizzes")
    quizzes.open_quiz("overdose-response")
    _settle(qtbot)
    assert not shown_messages, shown_messages  # the quiz opened (no 'not available' message)
    problems += clashes(quizzes, "a quiz's start page")
    screening = window.show_section("screening")
    _settle(qtbot)
    screening.area.create_record("CASE-1", "nps-screening")
    _settle(qtbot)
    assert screening.area.currentWidget() is screening.area.form_page
    problems += clashes(screening, "a screening form")

    # The recovery page shows other forms once the key is set up: replace it, move a case, reset a passphrase.
    from nps_trainer.ui.team.recovery_page import RecoveryPage

    window.show_section("team")
    services.recovery.set_up(manager, "the recovery words are long enough")
    recovery = window.findChild(RecoveryPage)
    recovery.parentWidget().parentWidget().setCurrentWidget(recovery)  # its tab
    recovery.refresh()
    _settle(qtbot)
    assert recovery.replace_box.isVisible()
    problems += clashes(recovery, "section team, the recovery key once set up")

    from nps_trainer.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(services.settings, services.config, window, organisation_settings=True)
    qtbot.addWidget(settings)
    settings.show()
    _settle(qtbot)
    problems += clashes(settings, "Settings")
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_clash(qtbot) -> None:
    page = QWidget()
    first, second = QLabel("Ne&wid yr allwedd adfer", page), QLabel("Cyfrinymadrodd p&wy:", page)
    second.move(0, 30)
    show_active(qtbot, page)
    assert clashes(page, "page") == ["page: 'w' in 'Ne&wid yr allwedd adfer', 'Cyfrinymadrodd p&wy:'"]
    second.hide()
    assert clashes(page, "page") == [] and first.isVisible()
