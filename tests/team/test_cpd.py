"""A person's CPD record on SQLite and PostgreSQL: what counts, the hours, reflections only when chosen, the
CSV through the one CSV writer, and the hook for joint sessions."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.team.cpd import (
    JOINT_SESSION,
    MODULE,
    QUIZ,
    CpdEntry,
    build_cpd,
    cpd_html,
    hours_text,
    write_cpd_csv,
)
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import days_ago, module_record, moment, quiz_attempt

TODAY = date.today()


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


@pytest.fixture
def priya(services: Services):
    make_manager(services)
    person = make_person(services, "=Priya Patel", team="North")
    module_record(services, person.id, "what-are-nps", completed=days_ago(40), learnt="Nitazenes are strong.\nVery.",
                  use="Ask about naloxone.")
    module_record(services, person.id, "drug-awareness", completed=days_ago(20), sections=3, unread=True)
    module_record(services, person.id, "safeguarding", sections=4, learnt="Not finished yet.")
    quiz_attempt(services, person.id, "what-are-nps", 70.0, day=days_ago(39), seconds=600)
    quiz_attempt(services, person.id, "what-are-nps", 90.0, day=days_ago(38), seconds=540)
    quiz_attempt(services, person.id, "what-are-nps", 50.0, mode="practice", day=days_ago(41), seconds=660)
    quiz_attempt(services, person.id, "drug-awareness", 60.0, day=days_ago(19), seconds=300)  # not passed
    quiz_attempt(services, person.id, "safeguarding", 100.0, mode="practice", day=days_ago(3))  # practice only
    return person


def test_cpd_lists_completed_modules_and_passed_quizzes_with_hours(services: Services, priya) -> None:
    record = build_cpd(services.team_records, priya.id, TODAY)
    assert [(e.kind, e.item_id) for e in record.entries] == [
        (MODULE, "what-are-nps"), (QUIZ, "what-are-nps"), (MODULE, "drug-awareness")]
    module, quiz, unread = record.entries
    assert module.day == moment(days_ago(40)).astimezone().date()
    what_are_nps = services.team_records.content().get("module", "what-are-nps")
    assert module.hours == pytest.approx(what_are_nps.module.minutes / 60)
    version = what_are_nps.version
    assert module.detail == f"version {version}" and module.learnt == ""  # reflections not chosen
    assert quiz.day == moment(days_ago(38), 11).astimezone().date()  # the first assessed pass
    assert quiz.hours == pytest.approx((600 + 540 + 660) / 3600)  # every finished attempt, practice too
    assert quiz.detail == "passed, best assessed score 90% (pass mark 80%), 2 assessed attempts"
    unread_version = services.team_records.content().get("module", "drug-awareness").version
    assert unread.detail == f"version {unread_version} (completed before every section had to be read)"
    minutes = {m: services.team_records.content().get("module", m).module.minutes
               for m in ("what-are-nps", "drug-awareness")}
    assert record.total_hours == pytest.approx((minutes["what-are-nps"] + minutes["drug-awareness"]) / 60 + 0.5)
    assert record.hours_by_kind()[JOINT_SESSION] == 0 and record.count(MODULE) == 2
    assert (record.name, record.role, record.team) == ("=Priya Patel", "Probation practitioner", "North")


def test_reflections_only_when_the_person_chooses(services: Services, priya, tmp_path: Path) -> None:
    private = build_cpd(services.team_records, priya.id, TODAY)
    shared = build_cpd(services.team_records, priya.id, TODAY, include_reflections=True)
    assert "Nitazenes" not in cpd_html(private) and "My reflections" not in cpd_html(private)
    assert shared.entries[0].learnt == "Nitazenes are strong.\nVery." and shared.entries[0].use == "Ask about naloxone."
    html = cpd_html(shared)
    assert "Nitazenes are strong.<br>Very." in html and "Not finished yet" not in html  # only completed modules

    without = tmp_path / "private.csv"
    assert write_cpd_csv(private, without) == 3
    rows = list(csv.reader(without.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["name", "date", "activity", "id", "title", "detail", "hours"]
    assert rows[1][0] == "'=Priya Patel"  # a formula is never written
    assert rows[1][1] == private.entries[0].day.isoformat() and rows[1][6] == "0.33"
    with_reflections = tmp_path / "shared.csv"
    write_cpd_csv(shared, with_reflections)
    text = with_reflections.read_text(encoding="utf-8-sig")
    header = next(csv.reader([text.splitlines()[0]]))
    assert header[-2:] == ["what I learnt", "how I will use it"]
    assert "Nitazenes are strong.\nVery." in text


def test_joint_sessions_come_through_the_hook(services: Services, priya) -> None:
    session = CpdEntry(days_ago(1), JOINT_SESSION, "js-1", "Joint session: naloxone", "with the drug service", 1.5)
    record = build_cpd(services.team_records, priya.id, TODAY, joint_sessions=lambda pid: [session] if pid == priya.id
                       else [])
    assert record.entries[-1] == session and record.hours_by_kind()[JOINT_SESSION] == 1.5
    assert "1 joint session (1 h 30 min)" in cpd_html(record)


def test_nothing_completed_yet(services: Services) -> None:
    boss = make_manager(services)
    record = build_cpd(services.team_records, boss.profile.id, TODAY, include_reflections=True)
    assert record.entries == () and record.total_hours == 0
    assert "No completed learning recorded yet." in cpd_html(record)
    assert (hours_text(0), hours_text(0.25), hours_text(1.0), hours_text(1.51)) == ("0 min", "15 min", "1 h",
                                                                                    "1 h 31 min")
