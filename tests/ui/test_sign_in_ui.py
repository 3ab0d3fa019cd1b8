"""Signing in, wrong passphrases, idle sign-out and the People page, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from nps_trainer.screening import set_answer
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.team import people_page
from tests.ui.helpers import show_active

ADA = "ada reads maps by lamplight"
PAT = "pat sails small boats at dawn"


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    return window


def _type_passphrase(qtbot, window: MainWindow, passphrase: str) -> None:
    qtbot.keyClicks(window.gate.passphrase, passphrase)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)


def _team(services):
    ada = services.profiles.create("Ada", "manager")
    pat = services.profiles.create("Pat", "practitioner")
    services.signin.set_passphrase(ada.id, ADA)
    services.signin.set_passphrase(pat.id, PAT)
    services.settings.last_profile_id = pat.id
    return ada, pat


def test_a_wrong_passphrase_is_refused_cleared_and_slows_later_tries(qtbot, fast_services, shown_messages) -> None:
    _ada, pat = _team(fast_services)
    window = _window(qtbot, fast_services)
    assert window.gate.selected_profile().id == pat.id
    for _ in range(3):
        _type_passphrase(qtbot, window, "pat sails big boats at dusk")
    assert window.stack.currentWidget() is window.gate and window.signed_in is None
    assert window.gate.passphrase.text() == "" and window.gate.passphrase.hasFocus()
    assert shown_messages[0] == ("warn", "Sign in", "That is not Pat's passphrase. Check it and try again.")
    _type_passphrase(qtbot, window, PAT)  # right, but too soon after three wrong ones
    assert window.signed_in is None
    assert shown_messages[-1][2].startswith("Too many wrong passphrases for this profile. Wait ")


def test_the_gate_makes_only_practitioners_and_drug_service_workers_after_the_first(qtbot, fast_services,
                                                                                     shown_messages) -> None:
    _team(fast_services)
    window = _window(qtbot, fast_services)
    gate = window.gate
    assert gate.existing_box.isVisible() and not gate.new_box.isVisible()
    qtbot.mouseClick(gate.create_toggle, Qt.MouseButton.LeftButton)
    assert gate.new_box.isVisible() and not gate.existing_box.isVisible() and gate.name_edit.hasFocus()
    assert [gate.role_combo.itemData(i) for i in range(gate.role_combo.count())] == ["practitioner",
                                                                                      "drug_service"]
    gate.name_edit.setText("Dee")
    gate.role_combo.setCurrentIndex(1)
    assert gate.organisation_combo.currentData() == "drug_service"
    gate.team_edit.setText("Forward Steps")
    gate.new_passphrase.setText("dee walks dogs on the beach")
    gate.new_confirm.setText("dee walks dogs on the beach")
    qtbot.mouseClick(gate.create_button, Qt.MouseButton.LeftButton)
    assert window.profile.display_name == "Dee" and window.profile.role == "drug_service"
    assert window.profile.team == "Forward Steps" and window.signed_in.keyring.owner == window.profile.id
    assert "team" not in window.pages  # only managers see Team


def test_a_profile_without_a_passphrase_sets_one_at_sign_in(qtbot, fast_services, shown_messages) -> None:
    ada = fast_services.profiles.create("Ada", "manager")
    fast_services.settings.last_profile_id = ada.id
    window = _window(qtbot, fast_services)
    gate = window.gate
    assert gate.confirm.isVisible() and gate.continue_button.text() == "&Set passphrase and sign in"
    qtbot.keyClicks(gate.passphrase, ADA)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)  # on to the confirmation
    assert gate.confirm.hasFocus()
    qtbot.keyClicks(gate.confirm, ADA)
    qtbot.keyClick(gate.confirm, Qt.Key.Key_Return)
    assert window.signed_in is not None and fast_services.keys.has_passphrase(ada.id)
    assert "team" in window.pages


def test_idle_sign_out_keeps_an_unsaved_amendment_for_the_same_person(qtbot, fast_services, shown_messages) -> None:
    _ada, pat = _team(fast_services)
    keyring = fast_services.signin.sign_in(pat.id, PAT).keyring
    opened = fast_services.screening.create(pat.id, keyring, "nps-screening", "X424242")
    fast_services.screening.finalise(pat.id, keyring, opened.record)
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, PAT)
    section = window.show_section("screening")
    area = section.area
    assert area.keyring is not None and area.currentWidget() is area.list_page  # no second passphrase
    area.open_record(opened.id)
    form = area.form_page
    form.editor.start_amendment("Corrected after a call with the drug service")
    assert form.editor.amending
    window.idle.set_interval_ms(30)
    qtbot.waitUntil(lambda: window.signed_in is None, timeout=3000)
    assert window.stack.currentWidget() is window.gate
    assert "Signed out after" in window.gate.notice.text() and window.gate.selected_profile().id == pat.id
    assert area.keyring is None and form.editor is None  # nothing decrypted stays in the widgets
    assert not any(action.isEnabled() for action in window.go_menu.actions())  # Ctrl+1 … do nothing at the gate
    _type_passphrase(qtbot, window, PAT)
    assert window.stack.currentWidget() is window.workspace and window.current_section() is section
    assert area.keyring is not None and form.editor is not None and form.editor.opened.id == opened.id
    assert form.editor.amending  # the amendment begun before the sign-out is still open, to save or cancel
    assert all(action.isEnabled() for action in window.go_menu.actions())


def test_someone_else_signing_in_after_an_idle_sign_out_starts_afresh(qtbot, fast_services, shown_messages) -> None:
    ada, _pat = _team(fast_services)
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, PAT)
    learn = window.pages["learn"]
    window.sign_out_idle()
    window.gate.profile_list.setCurrentRow([window.gate.profile_list.item(i).data(Qt.ItemDataRole.UserRole).id
                                            for i in range(window.gate.profile_list.count())].index(ada.id))
    _type_passphrase(qtbot, window, ADA)
    assert window.profile.id == ada.id and window.pages["learn"] is not learn
    assert "team" in window.pages
    actions = [e.action for e in fast_services.audit.entries(object_type="profile")]
    assert "sign-out" in actions


def test_a_manager_adds_changes_archives_and_erases_people(qtbot, fast_services, shown_messages,
                                                           monkeypatch) -> None:
    ada, pat = _team(fast_services)
    fast_services.settings.last_profile_id = ada.id
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, ADA)
    team = window.show_section("team")
    team.tabs.setCurrentIndex(1)
    page = team.page_named("PeoplePage")
    assert page.table.rowCount() == 2

    def add(dialog: people_page.PersonDialog) -> int:
        dialog.name_edit.setText("Fay")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("facilitator"))
        dialog.team_edit.setText("Leeds North")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(people_page.PersonDialog, "exec", add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fay = fast_services.profiles.find_by_name("Fay")[0]
    assert (fay.role, fay.team, fay.has_passphrase) == ("facilitator", "Leeds North", False)
    assert page.table.rowCount() == 3

    page.table.setCurrentCell([p.id for p in page.people].index(fay.id), 0)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)  # the fixture answers yes
    assert fast_services.profiles.get(fay.id).archived and page.table.rowCount() == 2

    progress = fast_services.progress
    visit = progress.start_visit(pat.id, "what-are-nps", "1.0")
    progress.section_viewed(visit, "a", ["a", "b"])
    page.table.setCurrentCell([p.id for p in page.people].index(pat.id), 0)
    monkeypatch.setattr(people_page.QInputDialog, "getText", lambda *a, **k: ("pat", True))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert progress.summaries(pat.id) == {}
    assert shown_messages[-1][0] == "inform" and "1 module visit," in shown_messages[-1][2]


def test_a_practitioners_screening_answers_survive_a_sign_out(qtbot, fast_services, shown_messages) -> None:
    _ada, pat = _team(fast_services)
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, PAT)
    section = window.show_section("screening")
    section.area.create_record("X777777", "nps-screening")
    editor = section.area.form_page.editor
    editor.opened.record.answers = set_answer(editor.opened.record.answers, "any_use_past_year", "no")
    record_id = editor.opened.id
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.gate and window.pages == {}
    keyring = fast_services.signin.sign_in(pat.id, PAT).keyring
    assert fast_services.screening.open(pat.id, keyring, record_id).record.case_reference == "X777777"


def test_a_person_added_by_a_manager_signs_in_first_with_the_setup_code(qtbot, fast_services,
                                                                      shown_messages, monkeypatch) -> None:
    ada, _pat = _team(fast_services)
    fast_services.settings.last_profile_id = ada.id
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, ADA)
    team = window.show_section("team")
    team.tabs.setCurrentIndex(1)
    page = team.page_named("PeoplePage")

    def add(dialog: people_page.PersonDialog) -> int:
        dialog.name_edit.setText("Priya")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("manager"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(people_page.PersonDialog, "exec", add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    kind, title, text = shown_messages[-1]
    assert (kind, title) == ("inform", "Setup code")
    code = text.split("\n\n")[1]
    priya = fast_services.profiles.find_by_name("Priya")[0]
    window.switch_action.trigger()
    gate = window.gate
    ids = [gate.profile_list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(gate.profile_list.count())]
    gate.profile_list.setCurrentRow(ids.index(priya.id))
    assert gate.setup_code.isVisible() and gate.confirm.isVisible()
    new = "priya keeps a tidy allotment"
    for edit, value in ((gate.passphrase, new), (gate.confirm, new), (gate.setup_code, "WRON-GCOD-E000")):
        qtbot.keyClicks(edit, value)
    qtbot.keyClick(gate.setup_code, Qt.Key.Key_Return)
    assert window.signed_in is None and "not right" in shown_messages[-1][2]
    for edit, value in ((gate.passphrase, new), (gate.confirm, new), (gate.setup_code, code)):
        qtbot.keyClicks(edit, value)
    qtbot.keyClick(gate.setup_code, Qt.Key.Key_Return)
    assert window.signed_in is not None and window.profile.id == priya.id and window.profile.is_manager


def test_idle_sign_out_does_not_wait_for_a_dialog_left_open(qtbot, fast_services) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    _ada, _pat = _team(fast_services)
    window = _window(qtbot, fast_services)
    _type_passphrase(qtbot, window, PAT)
    window.idle.set_interval_ms(50)
    window.idle.start()
    QTimer.singleShot(10_000, window, lambda: window.gate.isVisible() or QApplication.closeAllWindows())  # never hang
    seen_in_dialog: list[bool] = []
    QTimer.singleShot(20, lambda: seen_in_dialog.append(window.signed_in is not None))
    answer = QMessageBox.question(window, "Leave?", "A question left open")  # returns when the sign-out cancels it
    assert seen_in_dialog == [True] and answer != QMessageBox.StandardButton.Yes
    assert window.stack.currentWidget() is window.gate  # nothing personal behind the cancelled dialog
    qtbot.waitUntil(lambda: window.signed_in is None, timeout=3000)
    assert QApplication.activeModalWidget() is None and "Signed out after" in window.gate.notice.text()
