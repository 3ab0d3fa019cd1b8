"""The command line, run as a user would: in a separate process, with the user folders redirected."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from nps_trainer.paths import UserPaths

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nps_trainer", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


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


def test_db_check_without_upgrade_leaves_an_old_database_alone(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    before = old.read_bytes()
    result = run("db", "check", "--database", str(old))
    assert result.returncode == 2
    assert "needs updating" in result.stderr and "db upgrade" in result.stderr
    assert old.read_bytes() == before


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
