"""Team → Learning records and the status-bar line, with real widgets, a real database and the real Ralph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from nps_trainer.learning_records.config import LrsConfig, secret_path, write_secret
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.imported import imported_completions
from nps_trainer.learning_records.sender import wait_until
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import XapiStatement
from nps_trainer.ui import lrs_status
from nps_trainer.ui.team import learning_records_page as page_module
from nps_trainer.ui.team.learning_records_page import LearningRecordsPage
from tests.team.helpers import make_manager, make_person

from .helpers import KINDS, one_of_each
from .ralph_server import free_port


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str, str]]:
    from nps_trainer.ui import messages

    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: seen.append(("inform", title, text)))
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: seen.append(("warn", title, text)))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: seen.append(("confirm", title, text)) or True)
    return seen


def _use_lrs(services: Services, ralph) -> None:
    services.settings.lrs_endpoint = ralph.endpoint
    services.settings.lrs_key = ralph.key
    write_secret(secret_path(services.paths.config), ralph.secret)


def test_page_sends_exports_imports_and_links(qtbot, services, ralph, shown, tmp_path, monkeypatch, user_paths):
    manager = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Practitioner")
    with services.database.session() as session:
        one_of_each(LearningEvents(LrsConfig()), session, ann.id)
    page = LearningRecordsPage(services, manager)
    qtbot.addWidget(page)
    page.resize(900, 700)
    assert f"Waiting:</b> {len(KINDS)}" in page.summary.text() and "none set up" in page.summary.text()
    assert not page.send_button.isEnabled()

    _use_lrs(services, ralph)
    page.refresh()
    assert page.send_button.isEnabled() and ralph.endpoint in page.summary.text()
    page.send_button.click()
    assert page.send_button.text() == "Sending…" and not page.send_button.isEnabled()
    page.wait_for_sending()
    assert shown[-1] == ("inform", "Learning records", f"Sent {len(KINDS)}; refused 0; waiting 0.")
    assert f"Sent:</b> {len(KINDS)}" in page.summary.text()
    assert len(ralph.statements_of(services.profiles.get(ann.id).uid, LrsConfig().organisation_iri)) == len(KINDS)

    target = tmp_path / "records.json"
    monkeypatch.setattr(page_module, "ask_save_path", lambda *_: target)
    page.export_button.click()
    assert shown[-1][2] == f"Wrote {len(KINDS)} learning records to {target}."
    assert len(json.loads(target.read_text())) == len(KINDS)

    # The manager's own database elsewhere: import, link Ann's records to the Ann there.
    other = build_services(user_paths, database=f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        boss = make_manager(other, "Morgan Manager")
        ann_there = make_person(other, "Ann Practitioner")
        other_page = LearningRecordsPage(other, boss)
        qtbot.addWidget(other_page)
        other_page.resize(900, 700)
        monkeypatch.setattr(page_module, "ask_open_path", lambda *_: target)
        other_page.import_button.click()
        assert shown[-1][2].startswith(f"Added {len(KINDS)} learning records from records.json; 0 were already here.")
        assert other_page.unmatched_table.rowCount() == 1
        assert other_page.unmatched_table.item(0, 1).text() == str(len(KINDS))
        assert other_page.unmatched_table.item(0, 2).text() == "03 Nov 2026"
        assert other_page.unmatched_table.item(0, 3).text() == "NPS basics, Check your learning: NPS, Joint session"
        other_page.import_button.click()
        assert shown[-1][2].startswith(f"Added 0 learning records from records.json; {len(KINDS)} were already here.")
        other_page.show()
        other_page.grab().save(str(Path("/tmp") / "learning-records-page.png"))
        other_page.unmatched_table.selectRow(0)
        other_page.person_combo.setCurrentIndex(other_page.person_combo.findData(ann_there.id))
        assert other_page.link_button.isEnabled()
        other_page.link_button.click()
        assert shown[-1][2] == f"{len(KINDS)} imported records are now the training of Ann Practitioner " \
                               "(Probation practitioner)."
        assert other_page.unmatched_table.rowCount() == 0
        assert {c.profile_id for c in imported_completions(other.database)} == {ann_there.id}
        actions = [e.action for e in other.audit.entries(object_type="xapi_statements")]
        assert actions == ["import", "import"]
    finally:
        other.close()


def test_a_bad_file_is_refused_with_where(qtbot, services, shown, tmp_path, monkeypatch):
    manager = make_manager(services, "Morgan Manager")
    page = LearningRecordsPage(services, manager)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x"}]')
    monkeypatch.setattr(page_module, "ask_open_path", lambda *_: bad)
    page.import_button.click()
    assert shown[-1][0] == "warn" and "statement 1 (x)" in shown[-1][2] and "nothing was added" in shown[-1][2]


def test_status_line(qtbot, services, ralph, tmp_path):
    ann = make_person(services, "Ann Practitioner")
    with services.database.session() as session:
        for n in range(3):
            LearningEvents(LrsConfig()).section_experienced(session, ann.id, "m1", f"s{n}")
    label = lrs_status.LrsStatusLabel(services)
    qtbot.addWidget(label)
    label.refresh()
    assert label.text() == "Learning records: 3 kept on this device" and "No learning record store" in label.toolTip()
    services.settings.lrs_endpoint = f"http://127.0.0.1:{free_port()}/xAPI"  # nothing listens there
    services.settings.lrs_key = "k"
    write_secret(secret_path(services.paths.config), "s")
    thread = lrs_status.start_sender(services, interval=0.2)
    try:
        assert wait_until(lambda: (label.refresh(), "not sent: will retry" in label.text())[1], 10), label.text()
        assert label.text().startswith("Learning records: 3 waiting") and "did not answer" in label.toolTip()
        _use_lrs(services, ralph)
        thread.wake()
        # The three are in back-off: they go when it ends (15 s); bring it forward as a manager's Send now would.
        with services.database.session() as session:
            session.execute(update(XapiStatement).values(next_attempt_at=None))
        thread.wake()
        assert wait_until(lambda: (label.refresh(), "all sent" in label.text())[1], 15), label.text()
        assert "last sent" in label.text() and "will retry" not in label.text()
    finally:
        thread.stop()


def test_main_window_helper_waits_for_the_database_then_sends_and_stops(qtbot, user_paths, ralph):
    from PySide6.QtWidgets import QMainWindow

    first = build_services(user_paths)
    ann = make_person(first, "Ann Practitioner")
    with first.database.session() as session:
        LearningEvents(LrsConfig()).module_completed(session, ann.id, "m1")
    first.close()

    services = build_services(user_paths)  # an up-to-date file: opened without SQLAlchemy, as at the sign-in screen
    _use_lrs(services, ralph)
    try:
        assert not services.database.engine_loaded
        window = QMainWindow()
        qtbot.addWidget(window)
        records = lrs_status.install_learning_records(window, services)
        records.label.timer.timeout.emit()
        assert records.sender is None and not services.database.engine_loaded
        assert not records.label.isVisibleTo(window)
        with services.database.session():  # someone signs in and learns: the database is in use
            pass
        records.label.timer.timeout.emit()
        assert records.sender is not None and records.sender.running
        assert wait_until(lambda: (records.label.refresh(), "all sent" in records.label.text())[1], 15), \
            records.label.text()
        assert records.label.isVisibleTo(window)
        records.stop()
        assert records.sender is None
        uid = services.profiles.get(ann.id).uid
        assert len(ralph.statements_of(uid, LrsConfig().organisation_iri)) == 1
    finally:
        services.close()


def test_refused_records_are_shown_with_the_reason_and_can_be_sent_again(qtbot, services, shown):
    from nps_trainer.learning_records.outbox import Outbox

    manager = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Practitioner")
    with services.database.session() as session:
        LearningEvents(LrsConfig()).module_completed(session, ann.id, "nps-basics")
    outbox = Outbox(services.database)
    outbox.mark_rejected(outbox.waiting(1)[0].row_id, "Refused by the learning record store: HTTP 409 (…)")
    page = LearningRecordsPage(services, manager)
    qtbot.addWidget(page)
    assert page.rejected_table.rowCount() == 1
    assert [page.rejected_table.item(0, c).text() for c in range(3)] == [
        "Ann Practitioner", "completed modules/nps-basics", "Refused by the learning record store: HTTP 409 (…)"]
    assert page.retry_button.isEnabled()
    page.retry_button.click()
    assert shown[-1][0] == "confirm" and page.rejected_table.rowCount() == 0
    assert outbox.status().waiting == 1 and not page.rejected_table.isVisibleTo(page)
    assert [e.action for e in services.audit.entries(object_type="xapi_statements")] == ["retry"]
