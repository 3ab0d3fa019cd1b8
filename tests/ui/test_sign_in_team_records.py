"""What a sign-in brings with it: a new manager is given the certificate key, and a person's Progress page lists
their certificates and saves their CPD record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from nps_trainer.ui.main_window import MainWindow
from tests.team.helpers import PASSPHRASE, make_manager, make_person, sign_in
from tests.team.records_data import module_record
from tests.ui.helpers import show_active


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def _sign_in_at_gate(qtbot, window: MainWindow, profile_id: int) -> None:
    gate = window.gate
    ids = [gate.profile_list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(gate.profile_list.count())]
    gate.profile_list.setCurrentRow(ids.index(profile_id))
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)


def test_a_new_manager_is_given_the_certificate_key_when_they_sign_in(qtbot, services, shown_messages) -> None:
    ada = make_manager(services, "Ada")
    pat = make_person(services, "Pat")
    module_record(services, pat.id, "what-are-nps", completed=date.today() - timedelta(days=3))
    services.certificates.issue(ada, pat.id, "module", "what-are-nps")  # makes the key, held by Ada
    bea = make_person(services, "Bea", "manager", acting=ada)
    sign_in(services, bea)  # Bea sets her passphrase (and gets her key pair) but holds no share yet
    services.settings.last_profile_id = ada.profile.id
    window = _window(qtbot, services)
    _sign_in_at_gate(qtbot, window, ada.profile.id)  # Ada signs in: the key is shared with Bea shortly after
    qtbot.waitUntil(lambda: "share-signing-key" in [e.action for e in services.audit.entries()], timeout=5000)
    bea_in = sign_in(services, bea)
    second = services.certificates.issue(bea_in, pat.id, "module", "what-are-nps")
    assert services.certificates.verify(second.code).ok


def test_progress_lists_my_certificates_and_saves_my_cpd_record(qtbot, services, shown_messages, monkeypatch,
                                                                tmp_path) -> None:
    ada = make_manager(services, "Ada")
    pat = make_person(services, "Pat")
    module_record(services, pat.id, "what-are-nps", completed=date.today() - timedelta(days=3))
    issued = services.certificates.issue(ada, pat.id, "module", "what-are-nps")
    sign_in(services, pat)
    services.settings.last_profile_id = pat.id
    window = _window(qtbot, services)
    _sign_in_at_gate(qtbot, window, pat.id)
    progress = window.show_section("progress")
    table = progress.certificates.table
    assert table.rowCount() == 1
    shown = " ".join(table.item(0, c).text() for c in range(table.columnCount()) if table.item(0, c))
    assert issued.code in shown
    from nps_trainer.ui import cpd_export

    saved = {}
    monkeypatch.setattr(cpd_export, "ask_options", lambda *_a: saved.setdefault("asked", None))
    qtbot.mouseClick(progress.cpd_button, Qt.MouseButton.LeftButton)
    assert "asked" in saved  # the CPD export asked where to save (and was cancelled)
