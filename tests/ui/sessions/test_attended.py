"""What an attendee sees after a joint session: the session in Progress with its facilitators, time and
attendance, a reflection added through the dialog and saved; the CPD record (PDF read back with pdftotext, and
CSV) listing the session, its reflection only when reflections are included; the sections covered shown in
Learn, the reader and Progress as seen in a joint session, separately from reading alone."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.content import load_catalogue
from nps_trainer.services import Services
from nps_trainer.ui.cpd_export import CpdOptions, export_cpd
from nps_trainer.ui.learn.reader_page import JOINT_DESCRIPTION
from nps_trainer.ui.sections.learn import LearnSection
from nps_trainer.ui.sections.progress import ProgressSection
from nps_trainer.ui.sessions import reflection_dialog
from nps_trainer.ui.sessions.attended import LEFT_EARLY, NONE_ATTENDED
from tests.sessions.helpers import HELD_ON, Clock, Team, clocked_store, make_team, small_plan
from tests.team.helpers import make_person
from tests.ui.helpers import show_active

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

MODULE = "what-are-nps"
COVERED = "what-counts-as-an-nps"  # the one section step of small_plan()
REFLECTION = "Both services see synthetic cannabinoid use first.\nAsk at the first supervision."


@pytest.fixture
def team(fast_services: Services) -> Team:
    return make_team(fast_services)


@pytest.fixture
def finished(fast_services: Services, team: Team):
    """A finished session of small_plan(): Pat stayed throughout, Drew left early, a guest came too; 41 minutes
    on four steps (the section step among them)."""
    clock = Clock()
    store = clocked_store(fast_services, clock)
    acting = team.facilitator.profile
    session_id = store.start(small_plan(), held_on=HELD_ON, place="Wexbridge Probation Office",
                             co_facilitators=["Sam Co"], acting=acting)
    store.add_attendee(session_id, acting=acting, profile_id=team.practitioner.id)
    drew = store.add_attendee(session_id, acting=acting, profile_id=team.worker.id)
    store.add_attendee(session_id, acting=acting, name="Gita Guest", side="drug_service",
                       organisation="Change Ahead", role="Recovery worker")
    store.set_stayed(session_id, drew, False, acting=acting)
    for index, minutes in ((0, 12), (1, 9), (2, 6), (4, 14)):
        store.go_to_step(session_id, index)
        clock.advance(minutes=minutes)
    return store.end(session_id, acting=acting)


def progress_page(qtbot, services: Services, profile) -> ProgressSection:
    page = ProgressSection(services, profile)
    page.resize(1100, 1000)
    show_active(qtbot, page)
    page.activate()
    return page


def row_texts(page: ProgressSection, row: int = 0) -> list[str]:
    table = page.joint_sessions.table
    return [table.item(row, column).text() for column in range(table.columnCount())]


def write_in_dialog(monkeypatch, text: str, results: list[bool]) -> None:
    """Answer the reflection dialog as a person would: the real dialog, text typed, Save pressed."""

    def edit(parent, services, record, acting):
        dialog = reflection_dialog.ReflectionDialog(services, record, acting, parent)
        dialog.edit.setPlainText(text)
        results.append(dialog.save())
        dialog.deleteLater()
        return results[-1]

    monkeypatch.setattr(reflection_dialog, "edit_reflection", edit)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_an_attendee_sees_the_session_in_progress_and_adds_a_reflection(qtbot, fast_services: Services, team: Team,
                                                                        finished, monkeypatch,
                                                                        shown_messages) -> None:
    page = progress_page(qtbot, fast_services, team.practitioner)
    group = page.joint_sessions
    assert group.table.isVisible() and not group.none_note.isVisible()
    assert group.table.rowCount() == 1
    assert row_texts(page) == ["20 Nov 2026", "NPS together", "Fran Facilitator, Sam Co", "41 min", "Throughout", ""]
    assert group.table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "NPS together, 20 Nov 2026, facilitated by Fran Facilitator, Sam Co, 41 min, no reflection yet.")
    assert group.reflect_button.text() == "Add r&eflection…"
    assert group.reflect_button.accessibleName() == "Add reflection on NPS together, 20 Nov 2026"

    results: list[bool] = []
    write_in_dialog(monkeypatch, REFLECTION, results)
    group.table.setFocus()
    qtbot.keyClick(group.table, Qt.Key.Key_Tab)  # the keyboard path: from the list to its button
    assert group.reflect_button.hasFocus()
    qtbot.keyClick(group.reflect_button, Qt.Key.Key_Return)
    assert results == [True]
    assert fast_services.joint_sessions.reflection(finished.id, team.practitioner.id) == REFLECTION
    assert row_texts(page)[5] == "Written" and group.reflect_button.text() == "&Edit reflection…"

    # Too long: refused with the reason, the dialog stays open and the saved reflection is unchanged.
    write_in_dialog(monkeypatch, "x" * 5000, results)
    group.edit_reflection(0)
    assert results[-1] is False
    assert shown_messages[-1][0] == "warn" and "too long" in shown_messages[-1][2]
    assert fast_services.joint_sessions.reflection(finished.id, team.practitioner.id) == REFLECTION


def test_left_early_and_no_sessions(qtbot, fast_services: Services, team: Team, finished) -> None:
    drew = progress_page(qtbot, fast_services, team.worker)
    assert row_texts(drew)[4] == LEFT_EARLY
    assert "left early" in drew.joint_sessions.table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    nobody = make_person(fast_services, "Nia Newcomer")
    page = progress_page(qtbot, fast_services, nobody)
    group = page.joint_sessions
    assert group.none_note.isVisible() and group.none_note.text() == NONE_ATTENDED
    assert not group.table.isVisible() and not group.reflect_button.isVisible()


def test_the_cpd_record_lists_the_session_and_the_reflection_only_when_included(
        qtbot, fast_services: Services, team: Team, finished, tmp_path: Path, monkeypatch, shown_messages) -> None:
    from nps_trainer.ui import cpd_export

    fast_services.joint_sessions.set_reflection(finished.id, team.practitioner.id, REFLECTION,
                                                acting=team.practitioner)
    for include in (False, True):
        folder = tmp_path / f"with-{include}"
        folder.mkdir()
        monkeypatch.setattr(cpd_export, "ask_options", lambda *_a, f=folder, i=include: CpdOptions(f, i))
        export_cpd(None, fast_services, team.practitioner)
        [pdf] = folder.glob("*.pdf")
        [csv_path] = folder.glob("*.csv")
        text = " ".join(pdf_text(pdf).split())
        assert "Joint session NPS together" in text
        assert "facilitated by Fran Facilitator, Sam Co;" in text and "Wexbridge Probation Office" in text
        assert "20 November 2026" in text and "1 joint session (41 min)" in text
        with csv_path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        [joint] = [row for row in rows if row["activity"] == "Joint session"]
        assert joint["title"] == "NPS together" and joint["date"] == "2026-11-20"
        assert joint["hours"] == "0.68" and "Fran Facilitator, Sam Co" in joint["detail"]
        if include:
            assert "My reflection: Both services see synthetic cannabinoid use first." in text
            assert joint["what I learnt"] == REFLECTION
        else:
            assert "synthetic cannabinoid use first" not in text and "My reflections" not in text
            assert "what I learnt" not in joint and "synthetic cannabinoid" not in csv_path.read_text("utf-8-sig")
    # A manager saving someone else's record (the team view) lists the session, never the reflection.
    folder = tmp_path / "manager"
    folder.mkdir()
    monkeypatch.setattr(cpd_export, "ask_options", lambda *_a: CpdOptions(folder, True))
    export_cpd(None, fast_services, team.practitioner, allow_reflections=False)
    [pdf] = folder.glob("*.pdf")
    assert "NPS together" in pdf_text(pdf) and "synthetic cannabinoid use first" not in pdf_text(pdf)


def test_sections_seen_in_a_joint_session_are_shown_apart_from_reading_alone(qtbot, fast_services: Services,
                                                                             team: Team, finished) -> None:
    module = load_catalogue(fast_services.config.content_dir / "modules")[MODULE]
    anchors = [s.anchor for s in module.sections]
    other = next(a for a in anchors if a != COVERED)
    visit = fast_services.progress.start_visit(team.practitioner.id, MODULE, module.version)
    fast_services.progress.section_viewed(visit, other, anchors)  # one section read alone
    summary = fast_services.progress.summary(team.practitioner.id, MODULE)
    assert summary.sections_viewed(anchors) == 2 and summary.sections_credited == (COVERED,)
    total = len(anchors)
    percent = round(100 * 2 / total)

    learn = LearnSection(fast_services, team.practitioner)
    learn.resize(1100, 800)
    show_active(qtbot, learn)
    learn.activate()
    table = learn.catalogue_page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == MODULE)
    assert table.item(row, 3).text() == f"In progress ({percent}%) · 1 seen in a joint session"
    assert "1 seen in a joint session" in table.item(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)

    learn.open_module(MODULE)
    toc = learn.reader.toc
    index = anchors.index(COVERED)
    marked = toc.item(index + 1)  # after "Overview"
    assert "seen in a joint session" in marked.text()
    assert marked.data(Qt.ItemDataRole.AccessibleTextRole).endswith(f"{JOINT_DESCRIPTION}.")
    read_alone = toc.item(anchors.index(other) + 1)
    assert "joint session" not in read_alone.text() and read_alone.data(Qt.ItemDataRole.AccessibleTextRole) is None
    learn.shutdown()

    page = progress_page(qtbot, fast_services, team.practitioner)
    modules = page.modules_table
    row = next(r for r in range(modules.rowCount()) if modules.item(r, 0).text() == module.title)
    assert modules.item(row, 2).text() == f"2 of {total}\n1 in a joint session"
    # Drew left early: nothing credited, nothing shown as seen in a joint session.
    assert fast_services.progress.summary(team.worker.id, MODULE) is None or not fast_services.progress.summary(
        team.worker.id, MODULE).sections_credited


def test_the_person_page_says_the_same(fast_services, team, finished) -> None:
    from datetime import date

    from nps_trainer.ui.team.person_page import record_html

    html = record_html(fast_services.team_records.person(team.practitioner.id, date(2026, 12, 6)))
    assert "1 of 7 · 1 seen in a joint session" in html
