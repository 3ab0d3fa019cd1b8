"""Team → Recovery key driven from the keyboard as a manager would (set up, move a case, reset a passphrase,
refusals), and the sign-in gate making a person whose passphrase was reset choose their own."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from nps_trainer.identity import PassphraseChangeRequired
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.recovery import RecoveryService
from nps_trainer.services import Services
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.team.recovery_page import RecoveryPage
from tests.team.helpers import PASSPHRASE, make_person, sign_in, use_fast_keys
from tests.ui.helpers import show_active

RECOVERY = "four managers hold this one phrase"


@pytest.fixture
def team(services: Services):
    use_fast_keys(services)
    services.__dict__["recovery"] = RecoveryService(services.database, services.audit, services.profiles,
                                                    FAST_TEST_KDF)
    boss = make_person(services, "Morgan Manager", "manager")
    pat = make_person(services, "Pat Price")
    sam = make_person(services, "Sam Shaw")
    return sign_in(services, boss), sign_in(services, pat), sign_in(services, sam)


def _page(qtbot, services: Services, signed_in) -> RecoveryPage:
    page = RecoveryPage(services, signed_in)
    page.resize(1100, 900)
    show_active(qtbot, page)
    return page


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _press(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _mnemonics(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        if match := re.search(r"(?<!&)&([^&\s])", text.replace("&&", "")):
            found.append(match.group(1).lower())
    return found


def test_every_control_has_an_accessible_name_and_a_key_of_its_own(qtbot, services, team) -> None:
    boss, _pat, _sam = team
    page = _page(qtbot, services, boss)
    for state in ("no key", "key"):
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractButton)) and widget.isVisibleTo(page):
                assert widget.accessibleName(), f"{state}: {type(widget).__name__} {widget.objectName()}"
        keys = _mnemonics(page)
        assert len(keys) == len(set(keys)) >= 3, (state, keys)
        assert not set(keys) & set("tpafhlygh"), (state, keys)  # the Team tabs and the menu bar
        if state == "no key":
            services.recovery.set_up(boss.profile, RECOVERY)
            page.refresh()


def test_setting_up_the_key_from_the_keyboard_with_its_refusals(qtbot, services, team, shown_messages) -> None:
    boss, _pat, _sam = team
    page = _page(qtbot, services, boss)
    assert page.setup_box.isVisible() and not page.move_box.isVisible()
    assert "no recovery key yet" in page.status.text()
    _type(qtbot, page.setup_passphrase, RECOVERY)
    _type(qtbot, page.setup_confirm, RECOVERY + "x")
    _press(qtbot, page.setup_confirm)
    assert shown_messages[-1][0] == "warn" and "not the same" in shown_messages[-1][2]
    assert page.setup_confirm.hasFocus() and not services.recovery.status().set_up
    page.setup_passphrase.clear()
    _type(qtbot, page.setup_passphrase, "short")
    _type(qtbot, page.setup_confirm, "short")
    _press(qtbot, page.setup_confirm)
    assert shown_messages[-1][0] == "warn" and "too weak" in shown_messages[-1][2]
    assert page.setup_passphrase.text() == "" and page.setup_confirm.text() == ""
    _type(qtbot, page.setup_passphrase, RECOVERY)
    _type(qtbot, page.setup_confirm, RECOVERY)
    _press(qtbot, page.setup_confirm)
    status = services.recovery.status()
    fingerprint = " ".join(status.key_id[i:i + 4] for i in range(0, 16, 4))  # as it is written down
    assert status.set_up and shown_messages[-1][0] == "inform" and fingerprint in shown_messages[-1][2]
    assert "Write down its fingerprint" in shown_messages[-1][2]
    assert not page.setup_box.isVisible() and page.move_box.isVisible() and page.reset_box.isVisible()
    assert fingerprint in page.status.text() and "Morgan Manager" in page.status.text()
    assert "Compare the fingerprint with the one written down" in page.status.text()


def test_moving_a_case_from_the_page(qtbot, services, team, shown_messages) -> None:
    boss, pat, sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    record = services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 42")
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 43")
    page = _page(qtbot, services, boss)
    _type(qtbot, page.case_reference, "crn 42")
    page.move_from.setCurrentIndex(page.move_from.findData(pat.profile.id))
    page.move_to.setCurrentIndex(page.move_to.findData(sam.profile.id))
    _type(qtbot, page.move_passphrase, "not the recovery phrase")
    _press(qtbot, page.move_passphrase)
    assert shown_messages[-1] == ("warn", "Move a case's screenings", shown_messages[-1][2])
    assert "not the recovery passphrase" in shown_messages[-1][2] and page.move_passphrase.text() == ""
    assert [r.case_reference for r in services.screening.list(sam.profile.id, sam.keyring)] == []
    _type(qtbot, page.move_passphrase, RECOVERY)
    _press(qtbot, page.move_passphrase)
    assert shown_messages[-1] == ("inform", "Move a case's screenings",
                                  "1 screening(s) of case crn 42 moved from Pat Price to Sam Shaw.")
    assert [r.id for r in services.screening.list(sam.profile.id, sam.keyring)] == [record.id]
    assert [r.case_reference for r in services.screening.list(pat.profile.id, pat.keyring)] == ["CRN 43"]
    assert page.move_passphrase.text() == "" and page.case_reference.text() == ""


def test_resetting_a_passphrase_from_the_page_shows_the_temporary_one_once(qtbot, services, team,
                                                                         shown_messages) -> None:
    boss, pat, _sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    record = services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 77")
    page = _page(qtbot, services, boss)
    assert page.reset_who.findData(boss.profile.id) < 0  # not one's own
    assert not page.temporary.isVisible()
    page.reset_who.setCurrentIndex(page.reset_who.findData(pat.profile.id))
    _type(qtbot, page.reset_passphrase, RECOVERY)
    _press(qtbot, page.reset_passphrase)
    assert shown_messages[-2][0] == "confirm" and "Reset Pat Price's passphrase?" in shown_messages[-2][2]
    assert shown_messages[-1][0] == "inform" and "1 screening record(s) were recovered" in shown_messages[-1][2]
    temporary = page.temporary.text()
    assert page.temporary.isVisible() and page.temporary.hasFocus() and len(temporary) == 23
    assert temporary not in shown_messages[-1][2]  # shown on the page only
    with pytest.raises(PassphraseChangeRequired):
        services.signin.sign_in(pat.profile.id, temporary)
    page.refresh()  # leaving and coming back: shown once, then gone
    assert page.temporary.text() == "" and not page.temporary.isVisible()
    signed = services.signin.sign_in(pat.profile.id, temporary, new_passphrase="pat chose this one herself")
    assert services.screening.open(pat.profile.id, signed.keyring, record.id).record.case_reference == "CRN 77"


def test_a_practitioner_is_refused(qtbot, services, team, shown_messages) -> None:
    boss, pat, sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    page = _page(qtbot, services, pat)
    _type(qtbot, page.case_reference, "CRN 1")
    page.move_from.setCurrentIndex(page.move_from.findData(pat.profile.id))
    page.move_to.setCurrentIndex(page.move_to.findData(sam.profile.id))
    _type(qtbot, page.move_passphrase, RECOVERY)
    _press(qtbot, page.move_passphrase)
    assert shown_messages[-1][0] == "warn" and "Only a manager" in shown_messages[-1][2]


def test_the_gate_makes_a_person_with_a_reset_passphrase_choose_their_own(qtbot, services, team,
                                                                         shown_messages) -> None:
    boss, pat, _sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 5")
    temporary = services.recovery.reset_passphrase(boss.profile, RECOVERY, pat.profile.id).temporary_passphrase
    services.settings.last_profile_id = pat.profile.id
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    gate = window.gate
    assert gate.selected_profile().id == pat.profile.id and not gate.reset_passphrase.isVisible()
    # The old passphrase no longer signs in.
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is None and "not Pat Price's passphrase" in shown_messages[-1][2]
    # The temporary one asks for their own, keeping itself for the next step.
    qtbot.keyClicks(gate.passphrase, temporary)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is None and shown_messages[-1][0] == "inform"
    assert "Choose a new passphrase of your own" in shown_messages[-1][2]
    assert gate.reset_passphrase.isVisible() and gate.reset_passphrase.hasFocus()
    assert gate.passphrase.text() == temporary
    assert gate.continue_button.accessibleName() == "Set new passphrase and sign in"
    keys = [*_mnemonics(gate), "f", "g", "h"]  # with the menu bar's
    assert len(keys) == len(set(keys)), keys
    # Too weak: refused, the temporary one still stands.
    qtbot.keyClicks(gate.reset_passphrase, "weak")
    qtbot.keyClick(gate.reset_passphrase, Qt.Key.Key_Return)
    assert gate.reset_confirm.hasFocus()
    qtbot.keyClicks(gate.reset_confirm, "weak")
    qtbot.keyClick(gate.reset_confirm, Qt.Key.Key_Return)
    assert window.signed_in is None and "too weak" in shown_messages[-1][2]
    assert gate.passphrase.text() == temporary and gate.reset_passphrase.hasFocus()
    mine = "pat walks the dog at dawn"
    qtbot.keyClicks(gate.reset_passphrase, mine)
    qtbot.keyClick(gate.reset_passphrase, Qt.Key.Key_Return)
    qtbot.keyClicks(gate.reset_confirm, mine)
    qtbot.keyClick(gate.reset_confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.signed_in is not None)
    assert window.signed_in.profile.id == pat.profile.id
    assert not services.keys.must_change_passphrase(pat.profile.id)
    rows = services.screening.list(pat.profile.id, window.signed_in.keyring)
    assert [(r.case_reference, r.damaged) for r in rows] == [("CRN 5", False)]
    assert window.signed_in.keyring in services.screening._unsealed  # unsealed while listing ...
    window.sign_out()
    assert len(services.screening._unsealed) == 0  # ... and gone at sign-out


def test_a_case_can_be_moved_only_to_probation_staff_who_screen(qtbot, services, team, shown_messages) -> None:
    boss, pat, sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    dee = sign_in(services, make_person(services, "Dee Drugservice", "drug_service"))
    page = _page(qtbot, services, boss)
    offered = {page.move_to.itemData(i) for i in range(page.move_to.count())}
    assert offered == {pat.profile.id, sam.profile.id}  # not the manager moving it, nor the drug service worker
    assert page.move_from.findData(dee.profile.id) >= 0  # anyone's cases may be moved away
    # And the domain refuses them whatever the panel offers.
    record = services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 9")
    for target in (boss.profile.id, dee.profile.id):
        with pytest.raises(ValueError):
            services.recovery.move_case(boss.profile, RECOVERY, "CRN 9", pat.profile.id, target)
    assert [r.id for r in services.screening.list(pat.profile.id, pat.keyring)] == [record.id]


def test_the_reset_confirmation_says_how_many_records_will_be_lost(qtbot, services, team, shown_messages) -> None:
    boss, pat, _sam = team
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 1")  # before the key
    services.recovery.set_up(boss.profile, RECOVERY)
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 2")
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 3")
    page = _page(qtbot, services, boss)
    page.reset_who.setCurrentIndex(page.reset_who.findData(pat.profile.id))
    from nps_trainer.ui import messages

    answers = iter([False])  # the manager reads it and says no

    def confirm(_parent, title, text):
        shown_messages.append(("confirm", title, text))
        return next(answers)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(messages, "confirm", confirm)
        _type(qtbot, page.reset_passphrase, RECOVERY)
        _press(qtbot, page.reset_passphrase)
    assert shown_messages[-1][0] == "confirm"
    assert ("1 of their 3 screening record(s) are not sealed to the recovery key and will be lost: nobody can "
            "read them after the reset.") in shown_messages[-1][2]
    assert services.signin.sign_in(pat.profile.id, PASSPHRASE).profile.id == pat.profile.id  # not reset
    services.screening.list(pat.profile.id, pat.keyring)  # Pat opens Screening: the first one is sealed too
    page.reset_passphrase.clear()
    _type(qtbot, page.reset_passphrase, RECOVERY)
    _press(qtbot, page.reset_passphrase)
    assert "All 3 of their screening record(s) are sealed to the recovery key" in shown_messages[-2][2]
    assert shown_messages[-1][0] == "inform" and "3 screening record(s) were recovered" in shown_messages[-1][2]


def test_the_panel_warns_of_a_recovery_key_altered_in_the_database(qtbot, services, team) -> None:
    from nps_trainer.identity.sealing import new_key_pair
    from nps_trainer.storage.models import RecoveryKey

    boss, _pat, _sam = team
    key_id = services.recovery.set_up(boss.profile, RECOVERY)
    with services.database.session() as session:
        session.get(RecoveryKey, key_id).public_key = new_key_pair()[1]
    page = _page(qtbot, services, boss)
    assert page.status.text().startswith("Warning: the recovery key stored in the database does not match its "
                                         "fingerprint")
    assert "no record is sealed to it" in page.status.text()


def _signed_in_window(qtbot, services, person):
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    window.use_profile(person)
    section = window.show_section("screening")
    qtbot.waitUntil(lambda: section.area is not None and section.area.keyring is not None)
    return window, section.area


def test_a_person_signed_in_when_their_passphrase_is_reset_is_told_and_signed_out(qtbot, services, team,
                                                                                shown_messages) -> None:
    boss, pat, _sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 5")
    window, area = _signed_in_window(qtbot, services, pat)
    assert [r.case_reference for r in area.list_page.rows] == ["CRN 5"]
    services.recovery.reset_passphrase(boss.profile, RECOVERY, pat.profile.id)  # at another PC
    qtbot.keyClicks(area.list_page.filter_reference, "CRN")  # the list refreshes with the old keys
    assert shown_messages[-1][:2] == ("warn", "Sign in again")
    assert "A manager reset your passphrase" in shown_messages[-1][2]
    assert not any("unexpected" in text for _kind, _title, text in shown_messages)
    qtbot.waitUntil(lambda: window.signed_in is None and window.stack.currentWidget() is window.gate)
    window.close()


def test_an_open_record_moved_away_says_so_and_stops_saving(qtbot, services, team, shown_messages) -> None:
    boss, pat, sam = team
    services.recovery.set_up(boss.profile, RECOVERY)
    record = services.screening.create(pat.profile.id, pat.keyring, "nps-screening", "CRN 8")
    window, area = _signed_in_window(qtbot, services, pat)
    area.open_record(record.id)
    assert area.form_page.editor is not None
    services.recovery.move_case(boss.profile, RECOVERY, "CRN 8", pat.profile.id, sam.profile.id)
    editor = area.form_page.editor
    editor.set("notes", "typed after the move")
    area.form_page.saver.changed(False)  # the autosave after a change
    assert shown_messages[-1][:2] == ("warn", "Screening moved")
    assert "was moved to another practitioner" in shown_messages[-1][2]
    assert area.form_page.editor is None and not area.form_page.saver.pending
    assert area.currentWidget() is area.list_page and area.list_page.rows == []
    before = len(shown_messages)
    area.form_page.saver.flush()  # nothing more is tried
    assert len(shown_messages) == before
    opened = services.screening.open(sam.profile.id, sam.keyring, record.id)
    assert "typed after the move" not in str(opened.record.answers)
    window.close()
