"""The main window driven as a person would: first run, create a profile, restart, pick it, move around."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QLineEdit, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import read_and_complete, show_active

REPO = Path(__file__).resolve().parents[2]


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    show_active(qtbot, window)
    return window


PASSPHRASE = "heather lantern quietly 42"


def test_first_run_makes_the_administrator_then_shows_the_sections(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    assert window.stack.currentWidget() is window.gate
    assert not window.gate.existing_box.isVisible()
    assert window.gate.name_edit.hasFocus()
    assert not window.gate.role_combo.isEnabled() and window.gate.role_combo.currentData() == "manager"

    qtbot.keyClicks(window.gate.name_edit, "Sam K.")
    qtbot.keyClick(window.gate.name_edit, Qt.Key.Key_Return)  # on to the passphrase
    assert window.gate.new_passphrase.hasFocus()
    qtbot.keyClicks(window.gate.new_passphrase, PASSPHRASE)
    qtbot.keyClick(window.gate.new_passphrase, Qt.Key.Key_Return)
    qtbot.keyClicks(window.gate.new_confirm, PASSPHRASE)
    qtbot.keyClick(window.gate.new_confirm, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.workspace
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Today", "Learn", "Quizzes", "Screening", "Progress", "Joint sessions", "Team"]
    assert "palette(highlight)" in window.nav.styleSheet()  # styled when first shown, not at start-up
    assert window.profile_label.text() == "Signed in as Sam K. (Manager)"
    assert [(p.display_name, p.role) for p in services.profiles.list()] == [("Sam K.", "manager")]
    assert window.signed_in is not None and services.keys.has_passphrase(window.profile.id)
    assert window.gate.new_passphrase.text() == "" and window.gate.new_confirm.text() == ""
    assert shown_messages == []


def test_an_empty_name_is_refused_with_a_message(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    window.gate.new_passphrase.setText(PASSPHRASE)
    window.gate.new_confirm.setText(PASSPHRASE)
    qtbot.mouseClick(window.gate.create_button, Qt.MouseButton.LeftButton)
    assert shown_messages == [("warn", "Create a profile", "Enter a display name.")]
    assert window.stack.currentWidget() is window.gate
    assert services.profiles.list() == []


def test_restart_offers_the_profile_list_with_the_last_profile_chosen(qtbot, user_paths: UserPaths) -> None:
    first = build_services(user_paths)
    first.profiles.create("Another Person", "manager")
    sam = first.profiles.create("Sam K.", "practitioner")
    window = _window(qtbot, first)
    window.use_profile(first.signin.set_passphrase(sam.id, PASSPHRASE))
    window.close()
    first.close()

    again = build_services(user_paths)
    try:
        window = _window(qtbot, again)
        assert window.gate.existing_box.isVisible()
        assert window.gate.profile_list.count() == 2
        assert window.gate.profile_list.currentItem().text() == "Sam K. — Probation practitioner"
        assert window.gate.passphrase.hasFocus()  # a returning person just types their passphrase
        qtbot.keyClicks(window.gate.passphrase, PASSPHRASE)
        qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.workspace
        assert window.profile.id == sam.id and window.signed_in.keyring.owner == sam.id
    finally:
        window.close()
        again.close()


def test_sections_by_keyboard_show_their_true_state(qtbot, services) -> None:
    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    for number, title in enumerate(["Today", "Learn", "Quizzes", "Screening", "Progress"], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section().title == title
    progress = window.pages["progress"]
    assert progress.state_label.text() == "You haven't started a module yet. Begin in Learn."
    assert progress.modules_table.rowCount() == 17
    assert progress.modules_table.item(0, 1).text() == "Not started"
    screening = window.pages["screening"]
    window.show_section("screening")
    assert "no screening records yet" in screening.state_label.text()


def test_switch_profile_returns_to_the_gate(qtbot, services) -> None:
    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.gate
    assert window.nav.count() == 0


def test_settings_dialog_saves_text_size_and_folders(qtbot, services, user_paths, monkeypatch, tmp_path) -> None:
    window = _window(qtbot, services)
    from nps_trainer.ui import settings_dialog

    def run(dialog):
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("large"))
        dialog.content_edit.setText(str(tmp_path / "org-content"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", run)
    window.open_settings()
    assert QApplication.instance().font().pointSize() == 14
    saved = services.settings_store.load()
    assert saved.text_size == "large"
    assert saved.content_dir == str(tmp_path / "org-content")


def test_every_input_has_an_accessible_name(qtbot, services) -> None:
    from nps_trainer.ui.about_dialog import AboutDialog
    from nps_trainer.ui.settings_dialog import SettingsDialog

    window = _window(qtbot, services)
    dialogs = [SettingsDialog(services.settings, services.config, window), AboutDialog(services, window)]
    for widget in [window, *dialogs]:
        for child in widget.findChildren(QWidget):
            if _inside_combo_or_line_edit(child):
                continue
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                if type(child).__name__ in {"QScrollBar", "QMenuBar", "QTabBar", "QToolButton"}:
                    continue
                text = getattr(child, "text", lambda: "")()
                assert child.accessibleName() or text, f"{type(child).__name__} has no accessible name"


def _inside_combo_or_line_edit(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox | QLineEdit):
            return True
        parent = parent.parent()
    return False


def test_about_shows_app_and_content_versions(qtbot, services) -> None:
    from nps_trainer import __version__
    from nps_trainer.ui.about_dialog import AboutDialog

    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert f"NPS Trainer {__version__}" in dialog.text.text()
    assert "version 2026.11" in dialog.text.text()
    assert "999" in dialog.text.text()


def test_unexpected_errors_are_logged_without_their_message(qtbot, services, user_paths, monkeypatch) -> None:
    import sys

    from nps_trainer.logging_setup import configure_logging
    from nps_trainer.ui import error_dialog, error_hook

    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = configure_logging(user_paths.log_file)
    try:
        error_hook.install_excepthook(user_paths.log_file)
        try:
            raise ValueError("case reference X123456 must never reach the log")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = user_paths.log_file.read_text()
    assert "builtins.ValueError" in text and "test_shell.py" in text
    assert "X123456" not in text
    assert len(shown) == 1


def test_progress_shows_completed_modules_with_reflection(qtbot, services) -> None:
    window = _window(qtbot, services)
    profile = services.profiles.create("Sam", "practitioner")
    count = read_and_complete(services, profile.id, "what-are-nps", learnt="Spice varies batch to batch.")
    window.use_profile(profile)
    page = window.show_section("progress")
    assert page.state_label.text() == "You have completed 1 of 17 modules."
    row = next(r for r in range(page.modules_table.rowCount())
               if page.modules_table.item(r, 0).text().startswith("What are new psychoactive"))
    assert page.modules_table.item(row, 1).text() == "Completed"
    assert page.modules_table.item(row, 2).text() == f"{count} of {count}"
    assert page.modules_table.item(row, 4).text() == "Written"
    page.modules_table.setCurrentCell(row, 0)
    assert "Spice varies batch to batch." in page.reflection_view.toPlainText()  # the chosen row's, in full
    assert page.quizzes_table.rowCount() == 17
    assert page.quizzes_table.item(0, 0).text().startswith("Check your learning")
    assert page.quizzes_table.item(0, 1).text() == "Not taken"


def test_a_full_disk_is_explained_in_plain_words(qtbot, user_paths, monkeypatch) -> None:
    import sqlite3
    import sys

    from nps_trainer.ui import error_dialog, error_hook

    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self.message.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install_excepthook(user_paths.log_file)
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    assert shown and shown[0].startswith("NPS Trainer could not save because the disk is full.")


def test_every_focusable_widget_in_every_section_has_a_name(qtbot, services) -> None:
    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Sam", "manager"))
    missing: list[str] = []
    for key in list(window.pages):
        page = window.show_section(key)
        qtbot.wait(10)
        for child in page.findChildren(QWidget):
            if _inside_combo_or_line_edit(child) or not child.isVisibleTo(page):
                continue
            if not (child.focusPolicy() & Qt.FocusPolicy.TabFocus) or not child.isEnabled():
                continue
            if type(child).__name__ in {"QScrollBar", "QTabBar", "QToolButton"}:
                continue
            text = getattr(child, "text", lambda: "")()
            if not (child.accessibleName() or text):
                missing.append(f"{key}: {type(child).__name__} {child.objectName()}")
    assert missing == []


def test_the_gate_heading_is_built_at_the_saved_text_size(qtbot, services) -> None:
    services.settings.text_size = "larger"
    window = _window(qtbot, services)
    assert QApplication.font().pointSizeF() == 17
    title = window.gate.findChild(QLabel, "heading1")
    assert title.text() == "Welcome to NPS Trainer"
    assert title.font().pointSizeF() == pytest.approx(17 * 1.6) and title.font().bold()


def test_changing_the_text_size_rescales_headings_and_the_question(qtbot, services, monkeypatch) -> None:
    from nps_trainer.ui import settings_dialog

    window = _window(qtbot, services)
    gate_title = window.gate.findChild(QLabel, "heading1")
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    quizzes = window.show_section("quizzes")
    quizzes.open_quiz("overdose-response")
    quizzes.start_attempt("practice")
    page = quizzes.question_page
    labels = {"gate": gate_title, "quiz list": quizzes.list_page.findChild(QLabel, "heading1"),
              "quiz title": page.title_label, "prompt": page.prompt_label}
    before = {key: label.font().pointSizeF() for key, label in labels.items()}
    assert QApplication.font().pointSizeF() == 12
    assert before == pytest.approx({"gate": 12 * 1.6, "quiz list": 12 * 1.6, "quiz title": 12 * 1.25,
                                    "prompt": 12 * 1.15})

    def run(dialog):
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("larger"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", run)
    window.open_settings()
    QApplication.processEvents()  # Qt's own ApplicationFontChange must not undo it
    assert QApplication.font().pointSizeF() == 17
    after = {key: label.font().pointSizeF() for key, label in labels.items()}
    assert after == pytest.approx({key: size * 17 / 12 for key, size in before.items()})
    assert page.title_label.font().bold() and not page.prompt_label.font().bold()


def test_settings_are_passed_to_sections_that_take_them(qtbot, services, monkeypatch) -> None:
    from nps_trainer.ui import settings_dialog

    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    applied: list[str] = []
    learn = window.pages["learn"]
    monkeypatch.setattr(learn, "apply_settings", lambda: applied.append(services.settings.text_size), raising=False)
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.open_settings()
    assert applied == []  # cancelled: nothing to apply

    def run(dialog):
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("large"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", run)
    window.open_settings()  # the other sections have no apply_settings: that is fine
    assert applied == ["large"]


def test_signing_out_selects_the_person_who_was_just_using_the_app(qtbot, fast_services) -> None:
    services = fast_services
    bea = services.profiles.create("Bea", "manager")
    alex = services.profiles.create("Alex", "practitioner")
    for person in (alex, bea):
        services.signin.set_passphrase(person.id, PASSPHRASE)
    services.profiles.mark_used(alex.id)  # Alex used the app last time
    services.settings.last_profile_id = alex.id
    window = _window(qtbot, services)
    assert window.gate.profile_list.currentItem().text() == "Alex — Probation practitioner"
    qtbot.keyClick(window.gate.profile_list, Qt.Key.Key_Down)
    assert window.gate.profile_list.currentItem().text() == "Bea — Manager"
    qtbot.keyClick(window.gate.profile_list, Qt.Key.Key_Return)  # Bea this time: on to her passphrase
    qtbot.keyClicks(window.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert window.profile.id == bea.id
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.gate and window.signed_in is None
    assert window.gate.profile_list.count() == 2
    assert window.gate.profile_list.currentItem().text() == "Bea — Manager"
    qtbot.keyClicks(window.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert window.profile.id == bea.id


# -- a settings file the app cannot use, and a config folder it cannot write ------------------------------------------
def _services_with_settings_file(user_paths: UserPaths, content: str):
    user_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    user_paths.settings_file.write_text(content, encoding="utf-8")
    return build_services(user_paths)


def test_a_damaged_settings_file_is_explained_once_after_the_window_shows(qtbot, user_paths, shown_messages) -> None:
    services = _services_with_settings_file(user_paths, '{"database_url": "/their/own.sqlite3", ')
    try:
        window = MainWindow(services)
        assert shown_messages == []  # not before the window is on screen
        show_active(qtbot, window)
        qtbot.waitUntil(lambda: len(shown_messages) == 1)
        kind, title, text = shown_messages[0]
        assert title == "Your settings"
        copy = services.settings_store.set_aside
        assert kind == "inform" and copy is not None and copy.read_text().startswith('{"database_url"')
        assert "damaged" in text and str(copy) in text and "default database location" in text
        window.hide()
        window.show()  # shown again (restored from minimised): not told twice
        qtbot.wait(20)
        assert len(shown_messages) == 1
        assert window.stack.currentWidget() is window.gate  # and the app is usable
        window.close()
    finally:
        services.close()


def test_a_good_settings_file_gives_no_notice(qtbot, services, shown_messages) -> None:
    _window(qtbot, services)
    qtbot.wait(20)
    assert shown_messages == []


@pytest.mark.parametrize(("minutes", "interval_ms"), [('"ten"', 300_000), ("null", 300_000), ("0", 60_000),
                                                      ("-3", 60_000), ("1e9", 3_600_000)])
def test_a_bad_screening_lock_time_still_opens_screening_and_settings(qtbot, user_paths, shown_messages,
                                                                       minutes: str, interval_ms: int) -> None:
    from nps_trainer.ui.settings_dialog import SettingsDialog

    services = _services_with_settings_file(user_paths, f'{{"screening_idle_lock_minutes": {minutes}}}')
    try:
        window = _window(qtbot, services)
        window.use_profile(services.profiles.create("Sam", "practitioner"))
        screening = window.show_section("screening")
        assert screening.area.idle.timer.interval() == interval_ms
        dialog = SettingsDialog(services.settings, services.config, window)
        assert dialog.idle_spin.value() == interval_ms // 60_000
        dialog.close()
        window.close()
    finally:
        services.close()


def test_a_profile_is_entered_when_the_settings_cannot_be_saved(qtbot, user_paths, shown_messages, caplog) -> None:
    user_paths.settings_file.mkdir(parents=True)  # cannot be read or written: a file nobody should write over
    services = build_services(user_paths)
    try:
        window = _window(qtbot, services)
        qtbot.waitUntil(lambda: len(shown_messages) == 1)  # the notice that the settings file could not be read
        shown_messages.clear()
        with caplog.at_level(logging.WARNING, logger="nps_trainer.ui.main_window"):
            window.use_profile(services.profiles.create("Sam", "practitioner"))
        assert window.stack.currentWidget() is window.workspace and window.nav.count() == 5
        assert shown_messages == []  # remembering the last profile is a convenience: no message for it
        assert "Could not remember the last profile (SettingsNotSaved)" in caplog.text
        assert user_paths.settings_file.is_dir()
        window.close()
    finally:
        services.close()


def test_settings_that_cannot_be_saved_are_used_for_this_run_and_the_user_told(
        qtbot, user_paths, shown_messages, monkeypatch) -> None:
    from nps_trainer.ui import settings_dialog

    user_paths.settings_file.mkdir(parents=True)
    services = build_services(user_paths)
    try:
        window = _window(qtbot, services)
        qtbot.waitUntil(lambda: len(shown_messages) == 1)
        shown_messages.clear()

        def run(dialog):
            dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData("large"))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", run)
        window.open_settings()
        assert QApplication.instance().font().pointSize() == 14
        assert [(kind, title) for kind, title, _ in shown_messages] == [("warn", "Settings not saved")]
        assert str(user_paths.settings_file) in shown_messages[0][2]
        window.close()
    finally:
        services.close()


@pytest.mark.skipif(shutil.which("setpriv") is None and os.geteuid() == 0, reason="needs setpriv to drop root")
def test_a_read_only_config_folder_still_lets_a_profile_in(user_paths: UserPaths) -> None:
    """A real read-only folder, in a process without root's power to write anyway."""
    user_paths.config.mkdir(parents=True)
    user_paths.settings_file.write_text('{"text_size": "normal"}')
    user_paths.config.chmod(0o555)
    command = [sys.executable, "-m", "tests.ui.readonly_config_child"]
    not_root = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
                "--inh-caps=-dac_override,-dac_read_search,-fowner"]
    try:
        child = subprocess.run([*not_root, *command] if os.geteuid() == 0 else command, cwd=REPO,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
                               capture_output=True, text=True, timeout=120)
    finally:
        user_paths.config.chmod(0o755)
    assert child.returncode == 0, child.stderr
    summary = json.loads(child.stdout.strip().splitlines()[-1])
    assert summary["in_sections"] and summary["sections"] == 5
    assert summary["point_size"] == 14  # the new text size is used for this run
    assert [kind_title[:2] for kind_title in summary["messages"]] == [["warn", "Settings not saved"]]
    assert "could not write to" in summary["messages"][0][2]
    assert user_paths.settings_file.read_text() == '{"text_size": "normal"}'


def test_the_error_hook_survives_a_log_file_that_cannot_be_opened(qtbot, user_paths, monkeypatch) -> None:
    from nps_trainer.logging_setup import configure_logging
    from nps_trainer.ui import error_dialog, error_hook

    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    user_paths.log_file.mkdir(parents=True)
    root_level = logging.getLogger().level
    handler = configure_logging(user_paths.log_file)
    try:
        error_hook.install_excepthook(user_paths.log_file)
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # the log.error inside must not raise
        assert len(shown) == 1
        text = shown[0].message.text()  # it does not claim the details were logged
        assert "could not be written to the log file" in text and "were written to" not in text
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(root_level)
        handler.close()
