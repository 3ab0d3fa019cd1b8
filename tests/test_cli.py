"""The command line, run as a user would: in a separate process, with the user folders redirected."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths

FIXTURES = Path(__file__).parent / "fixtures"


NORMAL_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
               "--inh-caps=-dac_override,-dac_read_search,-fowner"]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120, as_user: bool = False,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``as_user``: without root's power to read and write anywhere, so that file permissions apply."""
    prefix: list[str] = []
    if as_user and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to run without root's file permissions")
        prefix = NORMAL_USER
    return subprocess.run([*prefix, sys.executable, "-m", "nps_trainer", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout, cwd=cwd)


def read_only_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    return folder


def test_version() -> None:
    from nps_trainer import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"NPS Trainer {__version__}"


def test_db_upgrade_backs_up_and_migrates_an_old_database(tmp_path: Path, user_paths: UserPaths) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    result = run("db", "upgrade", "--database", str(old))
    assert result.returncode == 0, result.stderr
    assert "from schema 0001 to" in result.stdout
    backups = list(user_paths.backups.glob("old-*-before-upgrade-from-0001.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in result.stdout
    check = run("db", "check", "--database", str(old))
    assert check.returncode == 0, check.stderr
    assert "integrity ok" in check.stdout
    again = run("db", "upgrade", "--database", str(old))
    assert "is up to date" in again.stdout


def test_db_check_of_an_old_database_checks_it_reports_the_schema_and_leaves_it_alone(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    before = old.read_bytes()
    result = run("db", "check", "--database", str(old))
    assert result.returncode == 1, result.stderr
    assert "integrity ok" in result.stdout
    assert "schema 0001 is older" in result.stdout and "db upgrade" in result.stdout
    assert old.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"old.sqlite3"}  # no -wal, -shm or lock


def test_db_backup_uses_the_environment_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    env = {"NPS_TRAINER_DATABASE_URL": f"sqlite:///{db}"}
    assert run("db", "upgrade", env=env).returncode == 0
    result = run("db", "backup", "--to", str(tmp_path / "copies"), env=env)
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "copies").glob("env-*-manual.sqlite3"))) == 1


def test_db_commands_report_a_non_database_clearly(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    result = run("db", "check", "--database", str(bogus))
    assert result.returncode == 2
    assert "is not an NPS Trainer database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bogus.read_text() == "not a database"


def test_exit_when_ready_starts_the_app_and_exits(user_paths: UserPaths) -> None:
    result = run("--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert user_paths.database_file.exists()  # the default SQLite file in the user data folder
    assert user_paths.log_file.parent.is_dir()


def test_exit_when_ready_refuses_a_newer_database_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite3"
    assert run("db", "upgrade", "--database", str(path)).returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run("--exit-when-ready", "--database", str(path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "newer version of NPS Trainer" in result.stderr


def test_db_check_reports_a_tampered_audit_log(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "audited.sqlite3"
    assert run("db", "upgrade", "--database", str(path)).returncode == 0
    from nps_trainer.audit import AuditLog
    from nps_trainer.storage.database import open_database

    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        for n in range(3):
            AuditLog(db).record(profile_id=None, action="open", object_type="screening_record", object_id=str(n))
    finally:
        db.close()
    intact = run("db", "check", "--database", str(path))
    assert intact.returncode == 0 and "audit log chain intact" in intact.stdout
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE audit_log SET action = 'export' WHERE object_id = '1'")
    tampered = run("db", "check", "--database", str(path))
    assert tampered.returncode == 1
    assert "audit log: 1 entry altered" in tampered.stdout


@pytest.mark.parametrize(("url", "expected"), [
    ("foo://x", "names a kind of database NPS Trainer cannot use ('foo')"),
    ("postgresql+psycopg://me:s3cret@host:54x2/nps", "port must be a number"),
    ("postgresql+psycopg2://me:s3cret@h/d", "pip install 'nps-trainer[postgresql]'"),
])
def test_db_commands_explain_a_database_address_they_cannot_use(url: str, expected: str) -> None:
    for command in ("check", "upgrade"):
        result = run("db", command, env={"NPS_TRAINER_DATABASE_URL": url})
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert expected in result.stderr
        assert "s3cret" not in result.stderr
        assert url.split("://")[0] in result.stderr  # the address is named, password hidden


def test_exit_when_ready_explains_an_unusable_database_address_and_exits() -> None:
    result = run("--exit-when-ready", "--database", "postgresql+psycopg://me@host:54x2/nps",
                 env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 2
    assert "postgresql+psycopg://me@host:54x2/nps is not a valid address" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_database_whose_folder_cannot_be_made_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, where the database's folder should be")
    result = run("db", "upgrade", "--database", str(blocker / "nps" / "nps.sqlite3"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Cannot create the database {blocker / 'nps' / 'nps.sqlite3'}" in result.stderr
    assert f"{blocker} is a file, not a folder" in result.stderr
    assert blocker.read_text() == "a file, where the database's folder should be"


def test_a_database_in_a_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = read_only_folder(tmp_path / "shared")
    result = run("db", "upgrade", "--database", str(folder / "nps.sqlite3"), as_user=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Cannot create the database {folder / 'nps.sqlite3'}: permission denied" in result.stderr
    assert list(folder.iterdir()) == []


def test_exit_when_ready_explains_a_data_folder_it_cannot_make(tmp_path: Path, user_paths: UserPaths) -> None:
    blocker = user_paths.data.parent
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the data folders should be")
    result = run("--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{blocker} is a file, not a folder" in result.stderr


def test_read_only_commands_refuse_an_empty_database_and_leave_it_untouched(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch(mode=0o644)
    empty.chmod(0o644)
    for command in (["check"], ["backup", "--to", str(tmp_path / "copies")]):
        result = run("db", *command, "--database", str(empty))
        assert result.returncode == 2
        assert f"The database {empty} is empty: start the app or run 'nps-trainer db upgrade'" in result.stderr
        assert empty.stat().st_size == 0 and empty.stat().st_mode & 0o777 == 0o644
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"empty.sqlite3"}


def test_db_backup_copies_a_database_at_an_older_or_a_newer_schema(tmp_path: Path) -> None:
    import sqlite3

    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    for path, revision in ((old, "0001"), (newer, "9999")):
        before = path.read_bytes()
        result = run("db", "backup", "--database", str(path), "--to", str(tmp_path / "copies"))
        assert result.returncode == 0, result.stderr
        assert f"(schema {revision})" in result.stdout
        assert path.read_bytes() == before
        [copy] = (tmp_path / "copies").glob(f"{path.stem}-*-manual.sqlite3")
        with sqlite3.connect(copy) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert connection.execute("SELECT display_name FROM profiles").fetchall() == [("Alex Example",)]
    check = run("db", "check", "--database", str(newer))
    assert check.returncode == 1
    assert "integrity ok" in check.stdout and "schema 9999 was written by a newer version" in check.stdout


def test_db_check_of_a_database_in_a_read_only_folder_says_what_is_not_writable(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    assert run("db", "upgrade", "--database", str(folder / "nps.sqlite3")).returncode == 0
    read_only_folder(folder)
    result = run("db", "check", "--database", str(folder / "nps.sqlite3"), as_user=True)
    assert result.returncode == 2
    assert f"the folder it is in ({folder}), is not writable" in result.stderr
    assert "close that program" not in result.stderr


def test_db_backup_to_a_folder_it_cannot_write_leaves_nothing_behind(tmp_path: Path) -> None:
    database = tmp_path / "nps.sqlite3"
    assert run("db", "upgrade", "--database", str(database)).returncode == 0
    copies = read_only_folder(tmp_path / "copies")
    for target in (copies, copies / "new"):
        result = run("db", "backup", "--database", str(database), "--to", str(target), as_user=True)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert f"Cannot write the backup {target}{os.sep}nps-" in result.stderr and "permission denied" in result.stderr
    assert list(copies.iterdir()) == []


def test_db_upgrade_explains_a_backups_folder_it_cannot_make(tmp_path: Path, user_paths: UserPaths) -> None:
    user_paths.data.parent.mkdir(parents=True)
    user_paths.data.write_text("a file where the data folder should be")
    result = run("db", "upgrade", "--database", str(tmp_path / "nps.sqlite3"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Cannot create the backups folder {user_paths.backups}: {user_paths.data} is a file" in result.stderr
    assert not (tmp_path / "nps.sqlite3").exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    check = run("db", "check", "--database", str(folder))
    assert check.returncode == 2 and f"Cannot read the database file {folder}: it is a folder" in check.stderr


def test_a_command_tells_when_the_settings_file_was_damaged(tmp_path: Path, user_paths: UserPaths) -> None:
    user_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    user_paths.settings_file.write_text("{not json", encoding="utf-8")
    result = run("content", "check")
    assert result.returncode == 0, result.stderr
    assert "settings file could not be read because it is damaged" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("argv", [
    [], ["--exit-when-ready"], ["--database", "x.sqlite3"], ["--database=x.sqlite3", "--content", "c"],
    ["--content=c", "--exit-when-ready", "--database", "sqlite:///y"], ["--language", "cy"], ["--language=en"],
    ["--database="], ["--database", "a", "--database", "b"], ["--exit-when-ready", "--exit-when-ready"],
])
def test_starting_the_app_reads_its_options_as_the_full_command_line_does(argv: list[str]) -> None:
    """Start-up reads the app's own options by hand; what it reads must be what the full command line reads."""
    from nps_trainer.__main__ import app_options
    from nps_trainer.cli.parser import build_parser

    read = app_options(argv)
    assert read is not None
    assert vars(read) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["db", "check"], ["--database"], ["demo"],
                                  ["--database", "x", "content", "check"], ["--exit-when-readyy"],
                                  ["--language", "fr"], ["--language=de"], ["--database", "--exit-when-ready"],
                                  ["--exit-when-ready=1"], ["--data", "x"], ["-h"], ["x.sqlite3"]])
def test_anything_else_goes_to_the_full_command_line(argv: list[str]) -> None:
    """A command, help, or anything the full command line would refuse or explain (an unknown language, a missing
    value, an abbreviation) is left to it."""
    from nps_trainer.__main__ import app_options

    assert app_options(argv) is None


def test_an_unknown_language_is_refused_with_the_full_command_lines_message(capsys) -> None:
    from nps_trainer.__main__ import main

    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr"])
    assert stopped.value.code == 2
    assert "invalid choice: 'fr' (choose from 'cy', 'en')" in capsys.readouterr().err
