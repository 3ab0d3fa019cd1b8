"""A joint session's register as CSV: the columns, one row per attendee with their organisation as written and
their side, read back through the csv module; formula-like text made safe; an empty register."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from nps_trainer.sessions.export import CSV_HEADER, csv_rows, write_session_csv
from nps_trainer.sessions.record import (
    FINISHED,
    RUNNING,
    Amendment,
    Attendee,
    SessionRecord,
    StepRecord,
    VoteOption,
    VoteRecord,
)
from tests.sessions.helpers import HELD_ON, small_plan

FIRST = ("Aisha", "Ben", "Ciara", "Dev", "Eilidh", "Femi", "Gareth", "Hana", "Idris", "Jo", "Kasia", "Lewis", "Mo")
LAST = ("Okafor", "Hughes", "Nowak", "Patel", "Griffiths", "Reid", "Campbell", "Evans", "Shah", "Morgan")
SIDES = ("probation", "drug_service", "other")
ORGANISATIONS = {"probation": "Probation", "drug_service": "Drug service", "other": "Wexbridge Housing Association"}
SECONDS = (720, 540, 360, 0, 840, 0)  # step 4 (a break) and step 6 not covered: 41 min in all


def sample_record(attendees: int = 6, *, status: str = FINISHED, amended: bool = True) -> SessionRecord:
    """A record built by hand (as ``sessions.store`` reads one): ``attendees`` people spread over the three
    sides, every fourth a guest, the third one left early; a question and a two-decision scenario; an
    amendment."""
    plan = small_plan()
    people = []
    for i in range(attendees):
        side = SIDES[i % 3]
        guest = i % 4 == 3
        people.append(Attendee(
            id=i + 1, profile_id=None if guest else 100 + i, name=f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}",
            side=side, organisation="Change Ahead" if guest and side == "drug_service" else ORGANISATIONS[side],
            role="Recovery worker" if side == "drug_service" else "Probation practitioner", guest=guest,
            stayed_throughout=i != 2))
    steps = tuple(StepRecord(i, step.kind, step.title, step.minutes, SECONDS[i], SECONDS[i] > 0)
                  for i, step in enumerate(plan.steps))
    votes = (
        VoteRecord(2, "synthetic-cannabis", "", "Synthetic cannabis is a kind of cannabis.",
                   (VoteOption("true", "True"), VoteOption("false", "False", True)), {"true": 3, "false": 9},
                   ("false",)),
        VoteRecord(4, "office-overdose", "start", "Lee is slumped in the waiting room and not responding.",
                   (VoteOption("call", "Call 999 and check his breathing", True), VoteOption("wait", "Let him sleep")),
                   {"call": 11, "wait": 1}, ("call",)),
        VoteRecord(4, "office-overdose", "breathing", "He is breathing slowly; the ambulance is on its way.",
                   (VoteOption("naloxone", "Give naloxone and stay with him", True),
                    VoteOption("leave", "Go back to reception")), {"naloxone": 10, "leave": 2}, ("naloxone",)),
    )
    amendments = (Amendment(datetime(2026, 11, 21, 10, 5, tzinfo=UTC), "Morgan Manager",
                            "Ciara came back after the break",
                            {"stayed: Ciara Nowak": [False, True],
                             "place": ["Wexbridge", "Wexbridge Probation Office"]}),)
    return SessionRecord(
        id=12, plan=plan, held_on=HELD_ON, place="Wexbridge Probation Office", facilitator_id=5,
        facilitator_name="Rhiannon Pryce", co_facilitators=("Sunita Patel",), status=status, current_step=5,
        started_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        ended_at=datetime(2026, 11, 20, 10, 11, tzinfo=UTC) if status == FINISHED else None,
        attendees=tuple(people), steps=steps, votes=votes, amendments=amendments if amended else ())


def read_back(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()), "a byte order mark, so Excel reads UTF-8"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_the_header_names_every_column() -> None:
    assert CSV_HEADER == ("session id", "date", "session", "place", "facilitators", "attendee", "organisation",
                          "side", "role", "guest", "stayed throughout", "hours", "status", "amended")


def test_one_row_per_attendee_with_their_organisation_and_side(tmp_path: Path) -> None:
    record = sample_record(4)
    target = tmp_path / "register.csv"
    assert write_session_csv(record, target) == 4
    header, *rows = read_back(target)
    assert tuple(header) == CSV_HEADER
    assert rows == [
        ["12", "2026-11-20", "NPS together", "Wexbridge Probation Office", "Rhiannon Pryce; Sunita Patel",
         "Aisha Okafor", "Probation", "Probation", "Probation practitioner", "no", "yes", "0.68", "finished", "yes"],
        ["12", "2026-11-20", "NPS together", "Wexbridge Probation Office", "Rhiannon Pryce; Sunita Patel",
         "Ben Hughes", "Drug service", "Drug service", "Recovery worker", "no", "yes", "0.68", "finished", "yes"],
        ["12", "2026-11-20", "NPS together", "Wexbridge Probation Office", "Rhiannon Pryce; Sunita Patel",
         "Ciara Nowak", "Wexbridge Housing Association", "Other organisation", "Probation practitioner", "no", "no",
         "0.68", "finished", "yes"],
        ["12", "2026-11-20", "NPS together", "Wexbridge Probation Office", "Rhiannon Pryce; Sunita Patel",
         "Dev Patel", "Probation", "Probation", "Probation practitioner", "yes", "yes", "0.68", "finished", "yes"],
    ]


def test_a_guest_keeps_the_organisation_as_written(tmp_path: Path) -> None:
    record = sample_record(8)
    guest = record.attendees[7]
    assert guest.guest and guest.side == "drug_service"
    row = dict(zip(CSV_HEADER, csv_rows(record)[7], strict=True))
    assert (row["attendee"], row["organisation"], row["side"], row["guest"]) == (
        guest.name, "Change Ahead", "Drug service", "yes")


def test_a_running_unamended_session_says_so(tmp_path: Path) -> None:
    rows = csv_rows(sample_record(2, status=RUNNING, amended=False))
    assert {(row[12], row[13]) for row in rows} == {(RUNNING, "no")}


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    record = sample_record(1)
    hostile = replace(record.attendees[0], name="=HYPERLINK(\"http://x\")", organisation="+44 team", role="@role")
    record = replace(record, attendees=(hostile,), place="-Wexbridge")
    target = tmp_path / "register.csv"
    write_session_csv(record, target)
    [row] = read_back(target)[1:]
    assert row[3] == "'-Wexbridge" and row[5] == "'=HYPERLINK(\"http://x\")"
    assert row[6] == "'+44 team" and row[8] == "'@role"


def test_an_empty_register_writes_the_header_alone(tmp_path: Path) -> None:
    target = tmp_path / "empty.csv"
    assert write_session_csv(sample_record(0), target) == 0
    assert read_back(target) == [list(CSV_HEADER)]
