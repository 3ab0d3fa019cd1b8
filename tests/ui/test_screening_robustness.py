"""The Screening area when things go wrong or happen at awkward moments: locking during an amendment or a
dialog, a draft that cannot be saved, keyboard mnemonics and focus, shutting down and changed settings."""

from __future__ import annotations

import datetime as dt
import gc
import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from nps_trainer.identity.crypto import Keyring
from nps_trainer.services import Services
from nps_trainer.ui import messages
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.screening import reason_dialog
from nps_trainer.ui.sections.screening import ScreeningSection
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import (
    CASE_REFERENCE,
    PASSPHRASE,
    choose,
    complete_answers,
    fast_keys,
    press,
    tab_to,
    unlock,
)
from tests.ui.test_screening_ui import _practitioner, _rows, _stored_record, _unlocked

HOSTEL = "Hostel or approved premises"
AMEND_REASON = "Housing was recorded wrongly."


@pytest.fixture
def fast(services: Services) -> Services:
    fast_keys(services)
    return services


def _open_stored(qtbot, services: Services, finish: bool, **answers):
    profile = _practitioner(services)
    record_id = _stored_record(services, profile, complete_answers(dt.date.today(), **answers), finish=finish)
    section = _unlocked(qtbot, services, profile)
    section.area.open_record(record_id)
    return section, record_id


def _stored(services: Services, section, record_id: int):
    keyring = services.keys.unlock(section.profile.id, PASSPHRASE)
    return services.screening.open(section.profile.id, keyring, record_id)


def _pick(combo, label: str) -> None:
    combo.setCurrentIndex(combo.findText(label))


def _failing_saves(monkeypatch, services: Services) -> list[bool]:
    """Make the store's draft saves fail until the returned switch is cleared."""
    failing = [True]
    save_draft = services.screening.save_draft

    def maybe_refuse(*args, **kwargs):
        if failing[0]:
            # As SQLAlchemy raises it: the statement and its values (personal data) are in the text.
            raise OperationalError("UPDATE screening_records SET notes=? WHERE id=?", ("SECRET-NOTE", 1),
                                   sqlite3.OperationalError("database is locked"))
        return save_draft(*args, **kwargs)

    monkeypatch.setattr(services.screening, "save_draft", maybe_refuse)
    return failing


def _keyring_ids() -> set[int]:
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)  # deferred deletes
        QApplication.processEvents()
    gc.collect()
    return {id(o) for o in gc.get_objects() if isinstance(o, Keyring)}


@pytest.fixture
def _keyrings_alive():
    """How many keyrings made during this test are still alive (other tests' leftovers are not this test's)."""
    before = _keyring_ids()
    return lambda: len(_keyring_ids() - before)


# -- 1: the idle lock keeps an open amendment ----------------------------------------------------------------------
def test_locking_during_an_amendment_keeps_it_without_the_keyring(qtbot, fast, shown_messages, monkeypatch,
                                                                _keyrings_alive) -> None:
    section, record_id = _open_stored(qtbot, fast, finish=True)
    area = section.area
    page = area.form_page
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: AMEND_REASON)
    page._start_amendment()
    _pick(_rows(page)["housing"].input.combo, HOSTEL)
    assert page.editor.amending and page.editor.record.answers["housing"] != "settled"

    area.lock()
    assert area.currentWidget() is area.unlock_page and area.keyring is None and page.editor is None
    notice = area.unlock_page.notice.text()
    assert "answers were saved" not in notice and "amendment is not saved yet" in notice
    assert area.kept is not None and not any(isinstance(v, Keyring) for v in vars(area.kept).values())
    assert _keyrings_alive() == 0

    unlock(qtbot, section)
    assert area.currentWidget() is area.form_page
    assert page.editor.amending and page.editor.amendment_reason == AMEND_REASON
    assert _rows(page)["housing"].input.combo.currentText() == HOSTEL
    assert page.save_amendment_button.isVisible()
    page._save_amendment()
    stored = _stored(fast, section, record_id)
    assert stored.record.answers["housing"] == page.editor.record.answers["housing"] != "settled"
    assert [a.reason for a in stored.amendments] == [AMEND_REASON]


# -- 2: a lock while a dialog is open ----------------------------------------------------------------------------
def test_the_idle_lock_waits_for_an_open_modal_dialog(qtbot, fast, shown_messages) -> None:
    section, _ = _open_stored(qtbot, fast, finish=False)
    area = section.area
    dialog = QDialog(section)
    dialog.setModal(True)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    area.idle.set_interval_ms(30)
    qtbot.wait(300)
    assert area.keyring is not None and area.currentWidget() is area.form_page and area.idle.running
    dialog.close()
    qtbot.waitUntil(lambda: area.currentWidget() is area.unlock_page, timeout=3000)
    assert area.keyring is None


def test_a_lock_inside_the_amendment_reason_dialog_does_not_crash(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, _ = _open_stored(qtbot, fast, finish=True)
    area = section.area

    def ask(*_a, **_k):
        area.lock()
        return AMEND_REASON

    monkeypatch.setattr(reason_dialog, "ask_reason", ask)
    area.form_page._start_amendment()
    assert area.currentWidget() is area.unlock_page and area.form_page.editor is None


def test_a_lock_inside_the_finish_confirmation_does_not_finish(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, record_id = _open_stored(qtbot, fast, finish=False)
    area = section.area

    def confirm(*_a):
        area.lock()
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    area.form_page._finish()
    assert "finalise" not in [e.action for e in fast.audit.entries(object_type="screening_record")]
    assert _stored(fast, section, record_id).status == "draft"


def test_a_lock_inside_the_remove_confirmation_removes_nothing(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, record_id = _open_stored(qtbot, fast, finish=False)
    area = section.area

    def confirm(*_a):
        area.lock()
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    area.form_page._remove_instance("substances", 0)
    assert area.form_page.editor is None
    assert len(_stored(fast, section, record_id).record.answers["substances"]) == 1


def test_a_lock_inside_the_override_dialog_overrides_nothing(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, record_id = _open_stored(qtbot, fast, finish=False)
    area = section.area

    def ask(*_a, **_k):
        area.lock()
        return "Seen by the prison nurse this morning; naloxone given."

    monkeypatch.setattr(reason_dialog, "ask_reason", ask)
    area.form_page._override("overdose_after_release")
    assert area.form_page.editor is None
    assert _stored(fast, section, record_id).record.overrides == {}


# -- 3: a draft that cannot be saved ------------------------------------------------------------------------------
def test_a_failed_save_is_shown_and_kept_pending(qtbot, fast, shown_messages, monkeypatch) -> None:
    section = _unlocked(qtbot, fast)
    area = section.area
    area.create_record(CASE_REFERENCE, "nps-screening")
    page = area.form_page
    failing = _failing_saves(monkeypatch, fast)
    choose(qtbot, _rows(page)["purpose_explained"].input.combo, "Yes")
    assert page.state_label.text() == "Draft · NOT saved — the database is in use by another program"
    assert not any("SECRET" in text or "UPDATE" in text for _kind, _title, text in shown_messages)
    assert page.saver.pending and page.flush() is False
    assert [m[:2] for m in shown_messages] == [("warn", "Not saved")]  # told once, not at every change
    choose(qtbot, _rows(page)["purpose_explained"].input.combo, "No")
    assert len(shown_messages) == 1 and page.state_label.text().startswith("Draft · NOT saved")

    failing[0] = False
    assert page.flush() is True
    assert page.state_label.text() == "Draft · all changes saved" and not page.saver.pending


def test_leaving_asks_when_changes_could_not_be_saved(qtbot, fast, monkeypatch) -> None:
    section = _unlocked(qtbot, fast)
    area = section.area
    area.create_record(CASE_REFERENCE, "nps-screening")
    page = area.form_page
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(messages, "warn", lambda *_a: None)
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t: asked.append(title) or answer[0])
    _failing_saves(monkeypatch, fast)
    choose(qtbot, _rows(page)["purpose_explained"].input.combo, "Yes")

    assert section.can_leave() is False and asked == ["Screening not saved"]
    page.leave()
    assert area.currentWidget() is area.form_page and page.editor is not None
    assert page.close_record() is False and page.editor is not None
    assert len(asked) == 3

    answer[0] = True
    page.leave()
    assert area.currentWidget() is area.list_page and page.editor is None


def test_locking_keeps_answers_that_could_not_be_saved(qtbot, fast, shown_messages, monkeypatch) -> None:
    section = _unlocked(qtbot, fast)
    area = section.area
    area.create_record(CASE_REFERENCE, "nps-screening")
    page = area.form_page
    record_id = page.editor.opened.id
    failing = _failing_saves(monkeypatch, fast)
    choose(qtbot, _rows(page)["purpose_explained"].input.combo, "Yes")
    area.lock()
    notice = area.unlock_page.notice.text()
    assert "answers were saved" not in notice
    assert "could not be saved (the database is in use by another program)" in notice
    assert "SECRET" not in notice and "UPDATE" not in notice

    failing[0] = False
    unlock(qtbot, section)
    assert _rows(page)["purpose_explained"].input.combo.currentText() == "Yes"
    assert page.state_label.text() == "Draft · all changes saved"
    assert _stored(fast, section, record_id).record.answers["purpose_explained"] is True


def test_leaving_while_locked_with_kept_answers_asks(qtbot, fast, monkeypatch) -> None:
    section, _ = _open_stored(qtbot, fast, finish=True)
    area = section.area
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: AMEND_REASON)
    area.form_page._start_amendment()
    area.lock()
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t: asked.append(title) or False)
    assert section.can_leave() is False and asked == ["Screening not saved"]
    assert area.kept is not None


# -- 4: mnemonics -------------------------------------------------------------------------------------------------
def _mnemonic(text: str) -> str | None:
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        if action.isVisible() and action.isEnabled() and (key := _mnemonic(action.text())):
            found.append((key, action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        found += [(key, text) for text in texts if (key := _mnemonic(text))]
    return found


def _assert_unique(window: MainWindow, where: str) -> None:
    found = _mnemonics(window)
    keys = [key for key, _ in found]
    clashes = sorted({f"Alt+{k.upper()}: " + " / ".join(t for key, t in found if key == k)
                      for k in keys if keys.count(k) > 1})
    assert not clashes, f"{where}: {clashes}"
    assert len(found) >= 3, found  # the menus at least


@pytest.mark.parametrize("role", ["practitioner", "manager"])
def test_no_mnemonic_is_used_twice_on_any_screening_page(qtbot, fast, shown_messages, monkeypatch, role) -> None:
    window = MainWindow(fast)
    window.resize(1400, 900)
    show_active(qtbot, window)
    profile = fast.profiles.create("Sam K.", role)
    finished = _stored_record(fast, profile, complete_answers(dt.date.today()), "X111111", finish=True)
    window.use_profile(profile)
    section = window.show_section("screening")
    area = section.area
    _assert_unique(window, "unlock page")
    unlock(qtbot, section)
    _assert_unique(window, "list page")
    area.create_record(CASE_REFERENCE, "nps-screening")
    _assert_unique(window, "draft form")
    area.open_record(finished)
    _assert_unique(window, "finished form")
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: AMEND_REASON)
    area.form_page._start_amendment()
    _assert_unique(window, "amending form")


# -- 5: keyboard focus after rebuilding -------------------------------------------------------------------------
def test_focus_stays_on_the_flag_after_overriding_it(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, _ = _open_stored(qtbot, fast, finish=False)
    page = section.area.form_page
    monkeypatch.setattr(reason_dialog, "ask_reason",
                        lambda *_a, **_k: "Seen by the prison nurse this morning; naloxone given.")
    card = next(c for c in page.flags_panel.cards if c.flag.id == "overdose_after_release")
    assert not card.override_button.isVisible()  # the flags are titles at first: open one to act on it
    tab_to(qtbot, card.toggle)
    press(qtbot, Qt.Key.Key_Space)
    assert card.expanded and card.override_button.isVisible() and card.toggle.text() == "Hide details"
    tab_to(qtbot, card.override_button)
    press(qtbot, Qt.Key.Key_Space)

    def overridden_card():
        return next(c for c in page.flags_panel.cards if c.flag.id == "overdose_after_release")

    qtbot.waitUntil(lambda: overridden_card().flag.overridden, timeout=3000)
    card = overridden_card()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.override_button, timeout=3000)


def test_focus_returns_to_amend_after_cancelling_an_amendment(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, _ = _open_stored(qtbot, fast, finish=True)
    page = section.area.form_page
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: AMEND_REASON)
    tab_to(qtbot, page.amend_button)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.cancel_amendment_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.editor.amending, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.amend_button, timeout=3000)


# -- 6 and 7: shutting down, changed settings ------------------------------------------------------------------
def test_shutdown_forgets_the_keyring_and_the_decrypted_list(qtbot, fast, _keyrings_alive) -> None:
    profile = _practitioner(fast)
    _stored_record(fast, profile, {}, "X111111")
    section = _unlocked(qtbot, fast, profile)
    area = section.area
    assert area.list_page.rows and area.list_page.table.rowCount() == 1
    section.shutdown()
    assert area.keyring is None and area.list_page.keyring is None
    assert area.list_page.rows == [] and area.list_page.table.rowCount() == 0
    assert _keyrings_alive() == 0


def test_a_changed_idle_lock_setting_applies_at_once(qtbot, fast) -> None:
    profile = _practitioner(fast)
    unbuilt = ScreeningSection(fast, profile)
    qtbot.addWidget(unbuilt)
    unbuilt.apply_settings()  # not shown yet, so nothing built: nothing to do
    assert unbuilt.area is None
    section = _unlocked(qtbot, fast, profile)
    assert section.area.idle.timer.interval() == 5 * 60_000
    fast.settings.screening_idle_lock_minutes = 2
    section.apply_settings()
    assert section.area.idle.timer.interval() == 120_000 and section.area.idle.running
