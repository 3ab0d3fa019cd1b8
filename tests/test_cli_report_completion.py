"""``nps-trainer report completion --csv FILE [--since DATE] [--until DATE]``: a manager's sign-in, one row per
person and item in a CSV that Excel opens cleanly and that never carries a formula, and clear errors."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.__main__ import main
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.team.records import COMPLETION_HEADER
from tests.team.helpers import PASSPHRASE, make_manager, make_person, sign_in
from tests.team.records_data import days_ago, module_record, quiz_attempt


@pytest.fixture
def setup(user_paths: UserPaths, tmp_path: Path) -> Iterator[tuple[Services, list[str], Path]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    built = build_services(user_paths, database=url)
    boss = make_manager(built, "Morgan Manager")
    ann = make_person(built, "=HYPERLINK(\"http://x\")", team="North")
    sign_in(built, make_person(built, "Pat Practitioner"))
    module_record(built, ann.id, "what-are-nps", completed=days_ago(30))
    module_record(built, ann.id, "drug-awareness", completed=days_ago(3), sections=2, unread=True)
    quiz_attempt(built, ann.id, "what-are-nps", 88.0, day=days_ago(29))
    built.assignments.assign(boss.profile, "module", "safeguarding", "person", str(ann.id), days_ago(2))
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield built, ["--database", url, "--passphrase-file", str(passphrase)], tmp_path
    built.close()


def read_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()), "Excel needs the byte order mark to read UTF-8"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_writes_one_row_per_person_and_item(setup, capsys) -> None:
    _services, options, folder = setup
    target = folder / "completion.csv"
    assert main(["report", "completion", "--csv", str(target), "--as", "Morgan Manager", *options]) == 0
    out = capsys.readouterr().out
    content = _services.team_records.content()
    items = len(content.items)  # every bundled module and quiz, for each person
    assert items >= 34
    assert f"Wrote {3 * items} rows (3 people) to {target}" in out
    rows = read_rows(target)
    assert tuple(rows[0]) == COMPLETION_HEADER
    assert len(rows) == 1 + 3 * items
    ann = [r for r in rows[1:] if r[4] == "North"]
    assert len(ann) == items
    assert ann[0][0] == "'=HYPERLINK(\"http://x\")"  # escaped: never a formula
    by_item = {(r[5], r[6]): dict(zip(COMPLETION_HEADER, r, strict=True)) for r in ann}
    module = by_item[("module", "what-are-nps")]
    assert module["status"] == "completed" and module["completed date"] == days_ago(30).isoformat()
    assert module["completed unread"] == "no" and module["refresher due"] == "no"
    assert by_item[("module", "drug-awareness")]["completed unread"] == "yes"
    quiz = by_item[("quiz", "what-are-nps")]
    assert (quiz["status"], quiz["assessed score"], quiz["attempts"]) == ("passed", "88.0", "1")
    overdue = by_item[("module", "safeguarding")]
    assert (overdue["due date"], overdue["overdue"]) == (days_ago(2).isoformat(), "yes")


def test_date_range(setup, capsys) -> None:
    _services, options, folder = setup
    target = folder / "recent.csv"
    status = main(["report", "completion", "--csv", str(target), "--since", days_ago(5).isoformat(),
                   "--until", days_ago(0).isoformat(), "--as", "Morgan Manager", *options])
    assert status == 0
    assert "Wrote 2 rows (1 person) with something from" in capsys.readouterr().out
    assert sorted((r[5], r[6]) for r in read_rows(target)[1:]) == [("module", "drug-awareness"),
                                                                   ("module", "safeguarding")]


@pytest.mark.parametrize(("extra", "message"), [
    (["--since", "2026-13-01"], "--since '2026-13-01' is not a date: write it as YYYY-MM-DD"),
    (["--until", "yesterday"], "--until 'yesterday' is not a date"),
    (["--since", "2026-05-01", "--until", "2026-04-01"], "--since 2026-05-01 is after --until 2026-04-01"),
])
def test_bad_dates_exit_2_with_a_clear_message(setup, capsys, extra, message) -> None:
    _services, options, folder = setup
    target = folder / "never.csv"
    assert main(["report", "completion", "--csv", str(target), *extra, "--as", "Morgan Manager", *options]) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_unwritable_file_exits_2(setup, capsys) -> None:
    _services, options, folder = setup
    missing = folder / "no-such-folder" / "out.csv"
    assert main(["report", "completion", "--csv", str(missing), "--as", "Morgan Manager", *options]) == 2
    err = capsys.readouterr().err
    assert f"the folder {missing.parent} does not exist" in err
    directory = folder / "a-directory.csv"
    directory.mkdir()
    assert main(["report", "completion", "--csv", str(directory), "--as", "Morgan Manager", *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nps-trainer: cannot write") and str(directory) in err


def test_needs_a_managers_sign_in(setup, capsys) -> None:
    _services, options, folder = setup
    target = folder / "refused.csv"
    assert main(["report", "completion", "--csv", str(target), "--as", "Pat Practitioner", *options]) == 2
    assert "Pat Practitioner is a probation practitioner: only a manager can" in capsys.readouterr().err
    wrong = folder / "wrong.txt"
    wrong.write_text("not the right passphrase at all\n", encoding="utf-8")
    status = main(["report", "completion", "--csv", str(target), "--as", "Morgan Manager",
                   "--database", options[1], "--passphrase-file", str(wrong)])
    assert status == 2
    assert capsys.readouterr().err.startswith("nps-trainer: ")
    assert not target.exists()
