"""``nps-trainer demo``: run as a user would, with the normal key derivation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nps_trainer.__main__ import main
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services

PASSPHRASE = "demo heron over the moor"
MADE = re.compile(r"^Passphrase for every demo profile: (\S+)$", re.MULTILINE)


def _sign_in_administrator(url: str, user_paths: UserPaths, passphrase: str):
    services = build_services(user_paths, database=url)
    try:
        people = sorted(services.profiles.list(), key=lambda p: p.id)
        return services.signin.sign_in(people[0].id, passphrase).profile, len(people)
    finally:
        services.close()


def test_the_command_prints_the_passphrase_it_made_and_every_profile_uses_it(
        tmp_path: Path, user_paths: UserPaths, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database", str(target)]) == 0
    out = capsys.readouterr().out
    made = MADE.search(out)
    assert made, out
    passphrase = made.group(1)
    assert len(passphrase) >= 12
    assert "Screenings: 300 (" in out and "Administrator: Helen Ashworth (manager)" in out
    assert re.search(r"People: 2\d \(", out) and "Probation" in out and "Drug service" in out
    assert re.search(r"Modules completed: \d+", out) and re.search(r"Quiz attempts: \d+", out)
    assert re.search(r"Assignments: \d+", out)
    assert f"Open it with: nps-trainer --database {target}" in out
    administrator, people = _sign_in_administrator(str(target), user_paths, passphrase)
    assert administrator.is_manager and people == 20


def test_a_second_run_on_the_same_file_is_refused_and_changes_nothing(
        tmp_path: Path, user_paths: UserPaths, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite3"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\nsecond line ignored\n", encoding="utf-8")
    assert main(["demo", "--database", str(target), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert f"uses the passphrase in {secret}" in out and not MADE.search(out) and PASSPHRASE not in out
    before = target.read_bytes()
    assert main(["demo", "--database", str(target), "--passphrase-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert "already holds data" in err and "Nothing was changed" in err
    assert target.read_bytes() == before
    administrator, _people = _sign_in_administrator(str(target), user_paths, PASSPHRASE)
    assert administrator.display_name == "Helen Ashworth"


def test_the_command_refuses_a_database_with_a_profile(database_url: str, user_paths: UserPaths,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    services = build_services(user_paths, database=database_url)
    try:
        services.profiles.create("Robin Existing", "manager")
    finally:
        services.close()
    assert main(["demo", "--database", database_url]) == 2
    assert "already holds data (in audit_log, profiles)" in capsys.readouterr().err
    services = build_services(user_paths, database=database_url)
    try:
        assert [p.display_name for p in services.profiles.list()] == ["Robin Existing"]
    finally:
        services.close()


@pytest.mark.parametrize(("args", "message"), [
    (["--passphrase-file", "{tmp}/missing.txt"], "cannot read the passphrase file"),
    (["--passphrase-file", "{tmp}/weak.txt"], "cannot be used: This passphrase is too weak"),
])
def test_a_missing_or_weak_passphrase_file_stops_before_the_database_is_made(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    (tmp_path / "weak.txt").write_text("short\n", encoding="utf-8")
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database", str(target), *[a.format(tmp=tmp_path) for a in args]]) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize(("database", "message"), [
    (None, "say which database to fill: --database URL"),
    ("nosuchkind://somewhere/db", "names a kind of database NPS Trainer cannot use"),
    ("{tmp}/a-file/demo.sqlite3", "Cannot create the database"),
])
def test_a_bad_database_is_refused_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  database: str | None, message: str) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    args = ["demo"] if database is None else ["demo", "--database", database.format(tmp=tmp_path)]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert message in captured.err, captured.err
    assert not (tmp_path / "a-file" / "demo.sqlite3").exists()


def test_the_real_command_in_its_own_process(tmp_path: Path, user_paths: UserPaths) -> None:
    """As a user runs it (normal key derivation); the time is printed, not asserted."""
    target = tmp_path / "demo.sqlite3"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "nps_trainer", "demo", "--database", str(target),
                             "--passphrase-file", str(secret)], capture_output=True, text=True, timeout=300,
                            env=dict(os.environ))
    seconds = time.perf_counter() - started
    print(f"nps-trainer demo took {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    assert "Screenings: 300 (" in result.stdout and "Demo team made in" in result.stdout
    administrator, people = _sign_in_administrator(str(target), user_paths, PASSPHRASE)
    assert administrator.is_manager and people == 20


def test_a_demo_that_stops_part_way_removes_the_new_file_it_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from nps_trainer.demo import build

    def fail(_ctx) -> None:
        raise RuntimeError("a step went wrong")

    monkeypatch.setattr(build, "STEPS", [build.add_team, fail])
    target = tmp_path / "demo.sqlite3"
    with pytest.raises(RuntimeError, match="a step went wrong"):
        main(["demo", "--database", str(target)])
    assert f"the new file {target} has been removed" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo")) == []


def test_content_without_modules_gives_people_and_screenings_but_no_learning(
        tmp_path: Path, user_paths: UserPaths, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "our content"
    content.mkdir()
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database", str(target), "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "No modules were found in" in out and "Modules completed: 0 " in out and "Quiz attempts: 0\n" in out
    assert "Screenings: 300 (" in out
    assert f"--content '{content}'" in out
