"""The app's frame in Welsh: the sign-in screen, menus, Settings, the guides' windows and the status line read in
Welsh once it is chosen, keyboard mnemonics stay unique in each menu and form in both languages, and counts read
right in each ("1 minute", "5 minutes"; "5 munud")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active

PAT = "pat sails small boats at dawn"


def _install(language: str) -> None:
    from nps_trainer.ui.translation import install

    assert install(language), f"the {language} translation files did not load"


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (a '&&' is a literal ampersand), lower-cased; None without one."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else None


def mnemonics_in(widgets: list[QWidget]) -> list[str]:
    """The mnemonic letters of the labels, buttons and group boxes in ``widgets`` and their children."""
    letters = []
    for widget in widgets:
        for child in [widget, *widget.findChildren(QWidget)]:
            if isinstance(child, QLabel | QAbstractButton):
                text = child.text()
            elif isinstance(child, QGroupBox):
                text = child.title()
            else:
                continue
            letter = mnemonic(text)
            if letter is not None:
                letters.append(letter)
    return letters


def assert_unique(letters: list[str], where: str) -> None:
    repeated = sorted({letter for letter in letters if letters.count(letter) > 1})
    assert not repeated, f"{where}: mnemonic letters used twice: {repeated} (all: {letters})"


def menu_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    menus = {"menu bar": [mnemonic(action.text()) for action in window.menuBar().actions()]}
    for action in window.menuBar().actions():
        menu: QMenu = action.menu()
        menus[action.text()] = [mnemonic(item.text()) for item in menu.actions() if not item.isSeparator()]
    return menus


@pytest.mark.parametrize("language", ["en", "cy"])
def test_mnemonics_are_unique_in_every_menu_and_form(qtbot, fast_services, language) -> None:
    _install(language)
    pat = fast_services.profiles.create("Pat", "practitioner")
    fast_services.signin.set_passphrase(pat.id, PAT)
    window = MainWindow(fast_services)
    qtbot.addWidget(window)
    gate = window.gate
    assert_unique(mnemonics_in([gate.existing_box, gate.create_toggle]), "signing in")
    assert_unique(mnemonics_in([gate.new_box]), "creating a profile")

    window.use_profile(pat)  # the Go menu has the sections
    for name, letters in menu_mnemonics(window).items():
        assert None not in letters, f"{name}: an item without a mnemonic: {letters}"
        assert_unique(letters, name)

    from nps_trainer.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(fast_services.settings, fast_services.config, window, organisation_settings=True)
    qtbot.addWidget(settings)
    assert_unique(mnemonics_in([settings]), "Settings")

    from nps_trainer.ui.help_window import HelpWindow
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide

    guide = HelpWindow(fast_services.help_guide(), 11.0, window)
    qtbot.addWidget(guide)
    assert_unique(mnemonics_in([guide]), "user guide")
    overdose = OverdoseGuideDialog(load_guide(fast_services), 11.0, window)
    qtbot.addWidget(overdose)
    assert_unique(mnemonics_in([overdose]), "overdose guide")


def test_the_first_screen_menus_and_settings_read_in_welsh(qtbot, services) -> None:
    _install("cy")
    window = MainWindow(services)
    window.resize(1000, 760)
    show_active(qtbot, window)
    gate = window.gate
    assert gate.new_box.isVisible() and gate.new_box.title() == "Creu proffil y gweinyddwr"  # a new database
    assert gate.intro.text().startswith("Gosodwch NPS Trainer ar y gronfa ddata hon.")
    assert gate.create_button.text() == "Creu &proffil a mewngofnodi"
    assert gate.create_button.accessibleName() == "Creu proffil a mewngofnodi"
    assert gate.name_edit.placeholderText() == "Er enghraifft, Sam K."
    assert gate.new_note.text().startswith("O leiaf 12 nod;")
    assert window.overdose_button.text() == "Amau gorddos? (F2)"
    assert window.nav.accessibleName() == "Adrannau"
    assert [action.text() for action in window.menuBar().actions()] == ["&Ffeil", "&Mynd", "&Cymorth"]
    assert [action.text() for action in window.menuBar().actions()[2].menu().actions()] == [
        "&Canllaw defnyddiwr (F1)", "&Llwybrau byr bysellfwrdd", "&Ynghylch NPS Trainer"]

    from nps_trainer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, services.config, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Gosodiadau"
    assert [dialog.text_size_combo.itemText(i) for i in range(dialog.text_size_combo.count())] == [
        "Bach", "Arferol", "Mawr", "Mwy", "Mwyaf"]
    assert dialog.idle_spin.text().endswith(" munud")
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Ar waith nawr: cronfa ddata" in notes and "(rhagosodiad)" in notes
    assert "Dim ond rheolwr sydd wedi mewngofnodi" in notes  # nobody signed in: the organisation's part is locked
    for english in ("In use now", "Only a manager", "Empty:"):
        assert english not in notes


def test_the_idle_sign_out_notice_counts_minutes_in_each_language(qtbot, fast_services) -> None:
    pat = fast_services.profiles.create("Pat", "practitioner")
    fast_services.signin.set_passphrase(pat.id, PAT)
    window = MainWindow(fast_services)
    window.resize(1000, 760)
    show_active(qtbot, window)
    expected = {("en", 1): "Signed out after 1 minute without use.",
                ("en", 5): "Signed out after 5 minutes without use.",
                ("cy", 1): "Wedi allgofnodi ar ôl 1 munud heb ddefnydd.",
                ("cy", 5): "Wedi allgofnodi ar ôl 5 munud heb ddefnydd."}
    for (language, minutes), start in expected.items():
        _install(language)
        fast_services.settings.screening_idle_lock_minutes = minutes
        window.gate.reload()
        qtbot.keyClicks(window.gate.passphrase, PAT)
        qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
        assert window.signed_in is not None
        window.sign_out_idle()
        assert window.gate.notice.text().startswith(start), window.gate.notice.text()


def test_the_learning_records_line_and_save_errors_in_welsh(qapp) -> None:
    from nps_trainer.learning_records.outbox import OutboxStatus
    from nps_trainer.ui.error_dialog import explain, short_reason
    from nps_trainer.ui.lrs_status import describe

    _install("cy")
    sent = datetime(2026, 11, 3, 10, 42, tzinfo=UTC)
    assert sent.date() < (datetime.now(UTC) - timedelta(days=1)).date()
    status = OutboxStatus(waiting=3, rejected=1, last_rejection="bad", last_sent_at=sent)
    text, tip = describe(status, configured=True)
    assert text.startswith("Cofnodion dysgu: 3 yn aros · anfonwyd ddiwethaf 03 Tach ")
    assert text.endswith(" · 1 wedi'u gwrthod") and tip == "Gwrthododd yr LRS 1: bad"
    text, tip = describe(OutboxStatus(waiting=2), configured=False)
    assert text == "Cofnodion dysgu: 2 wedi'u cadw ar y ddyfais hon" and "(Ffeil → Gosodiadau)" in tip
    full = OSError(28, "No space left on device")
    assert short_reason(full) == "mae'r ddisg yn llawn"
    assert explain(full).startswith("Methodd NPS Trainer â chadw am fod y ddisg yn llawn.")

