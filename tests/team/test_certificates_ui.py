"""The certificate dialog and lists driven with pytest-qt: a manager issues a certificate and saves its PDF, saves
it again from the person's list, revokes one with a reason; a person sees and saves their own."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.ui import messages
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.my_certificates import MyCertificates
from nps_trainer.ui.team import certificate_dialog as dialogs
from tests.team.helpers import make_manager, make_person, sign_in
from tests.team.records_data import days_ago, module_record, quiz_attempt


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: seen.append(("inform", title, text)))
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: seen.append(("warn", title, text)))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: seen.append(("confirm", title, text)) or True)
    return seen


@pytest.fixture
def saved_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    paths: list[Path] = []

    def ask(_parent, _title, file_name):
        paths.append(tmp_path / file_name)
        return paths[-1]

    monkeypatch.setattr(pdf, "ask_pdf_path", ask)
    return paths


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_a_manager_chooses_an_item_issues_and_saves_the_pdf(qtbot, services, shown, saved_to) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(5))
    quiz_attempt(services, ann.id, "what-are-nps", 85.0, day=days_ago(2), seconds=700)
    items = services.certificates.completed_items(ann.id)
    dialog = dialogs.IssueCertificateDialog(services, manager, ann, items)
    qtbot.addWidget(dialog)
    rows = [[dialog.items.item(r, c).text() for c in range(5)] for r in range(dialog.items.rowCount())]
    assert rows[0][0].startswith("Quiz: Check your learning") and rows[0][2:4] == ["85%", "0.25"]
    assert rows[1][0].startswith("Module: What are new psychoactive substances") and rows[1][2:] == ["—", "0.25", "—"]
    assert dialog.items.accessibleName() == "What the certificate is for"
    dialog.items.selectRow(1)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    assert dialog.issued is not None and dialog.result() == dialog.DialogCode.Accepted
    code = dialog.issued.code
    assert shown[-1][0] == "inform" and f"Verification code: {code}" in shown[-1][2]
    assert len(saved_to) == 1 and saved_to[0].name.endswith(f"{code}.pdf")
    assert f"Verification code: {code}" in _text(saved_to[0])
    assert services.certificates.verify(code).facts["item_type"] == "module"

    again = dialogs.IssueCertificateDialog(services, manager, ann, services.certificates.completed_items(ann.id))
    qtbot.addWidget(again)
    assert again.items.item(1, 4).text() == code and again.items.item(0, 4).text() == "—"


def test_nothing_completed_says_so_without_a_dialog(qtbot, services, shown, saved_to) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    dialogs.issue_certificate(None, services, manager, ann)
    assert shown == [("inform", dialogs.ISSUE_TITLE, shown[0][2])]
    assert "Ann Archer has not completed anything" in shown[0][2] and saved_to == []


def test_a_refusal_is_shown_and_the_dialog_stays_open(qtbot, services, shown, saved_to) -> None:
    first = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(5))
    services.certificates.issue(first, ann.id, "module", "what-are-nps")
    second = make_manager(services, "Sam Second", acting=first)
    dialog = dialogs.IssueCertificateDialog(services, second, ann, services.certificates.completed_items(ann.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert shown[-1][0] == "warn" and "has not been shared with you yet" in shown[-1][2]
    assert dialog.issued is None and dialog.isVisible() and saved_to == []


def test_the_list_saves_a_pdf_again_and_revokes_with_a_reason(qtbot, services, shown, saved_to, monkeypatch) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(5))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    listing = dialogs.CertificatesList(services, manager, ann.id)
    qtbot.addWidget(listing)
    assert listing.table.rowCount() == 1 and listing.table.item(0, 0).text() == issued.code
    assert listing.table.item(0, 4).text() == "Valid" and listing.revoke_button.isVisibleTo(listing)

    qtbot.mouseClick(listing.save_button, Qt.MouseButton.LeftButton)
    assert f"Verification code: {issued.code}" in _text(saved_to[-1])

    monkeypatch.setattr(dialogs, "ask_revoke_reason", lambda _parent, _record: "Issued by mistake")
    with qtbot.waitSignal(listing.changed):
        qtbot.mouseClick(listing.revoke_button, Qt.MouseButton.LeftButton)
    status = listing.table.item(0, 4).text()
    assert status.startswith("Revoked") and "Issued by mistake" in status
    assert not listing.revoke_button.isEnabled()
    assert services.certificates.verify(issued.code).status == "revoked"


def test_a_person_sees_and_saves_their_own_certificates_but_cannot_revoke(qtbot, services, shown,
                                                                        saved_to) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    sign_in(services, ann)
    widget = MyCertificates(services, ann)
    qtbot.addWidget(widget)
    assert widget.empty.isVisibleTo(widget) and not widget.table.isVisibleTo(widget)
    quiz_attempt(services, ann.id, "overdose-response", 90.0)
    issued = services.certificates.issue(manager, ann.id, "quiz", "overdose-response")
    widget.refresh()
    assert widget.table.rowCount() == 1 and widget.table.item(0, 0).text() == issued.code
    assert not widget.revoke_button.isVisibleTo(widget)
    widget.save_button.setFocus()
    qtbot.keyClick(widget.save_button, Qt.Key.Key_Return)
    assert f"Verification code: {issued.code}" in _text(saved_to[-1])
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(720, 260)
    widget.grab().save(str(saved_to[-1].with_suffix(".png")))


def test_issue_certificate_runs_the_dialog_to_the_end(qtbot, services, shown, saved_to) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    quiz_attempt(services, ann.id, "overdose-response", 90.0)
    seen = []

    def press_issue() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        try:
            qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # never leave the test waiting on a modal dialog
                dialog.reject()

    QTimer.singleShot(0, press_issue)
    dialogs.issue_certificate(None, services, manager, ann)
    assert seen == ["Issue a certificate to Ann Archer"]
    [record] = services.certificates.certificates_for(manager, ann.id)
    assert saved_to[-1].name.endswith(f"{record.code}.pdf") and saved_to[-1].exists()
    assert f"Verification code: {record.code}" in shown[-1][2]
