"""A new SQLite database is made from the latest schema's image, without SQLAlchemy or Alembic, and is the same
database the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.new_database import IMAGE, create_latest, image_of
from nps_trainer.storage.schema_image import migrated_image


def test_the_image_is_what_the_migrations_make() -> None:
    """Fails when a migration changed the schema and `python -m nps_trainer.storage.schema_image` was not run."""
    assert IMAGE.read_text(encoding="utf-8") == migrated_image()


def test_a_new_database_from_the_image_is_at_the_latest_schema_and_checks_clean(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert database.report.migrated and not database.engine_loaded
    assert database.check() == []  # integrity, foreign keys, audit chain, and the schema against the models
    assert database.schema_problem() is None
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert image_of(path) == IMAGE.read_text(encoding="utf-8")
    database.close()
    reopened = open_database(f"sqlite:///{path}", tmp_path / "backups")  # as any later start
    assert reopened.report.found_revision == migrate.HEAD and not reopened.report.migrated
    reopened.close()


def test_a_first_start_loads_neither_sqlalchemy_nor_alembic(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "from nps_trainer.storage.database import open_database\n"
        f"open_database('sqlite:///{tmp_path / 'new.sqlite3'}', Path({str(tmp_path / 'backups')!r}))\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_two_instances_making_one_new_database_at_once_both_open_it(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    results: list[object] = []

    def start() -> None:
        try:
            results.append(open_database(f"sqlite:///{path}", tmp_path / "backups"))
        except Exception as exc:  # pragma: no cover - the failure the test is about
            results.append(exc)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not isinstance(r, Exception) for r in results), results
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    for database in results:
        database.close()


def test_a_file_filled_meanwhile_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE other (x)")
    assert create_latest(path, str(path), 5.0) is False
    with sqlite3.connect(path) as connection:
        assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master")] == ["other"]


def test_a_new_database_that_cannot_be_set_up_is_removed_and_explained(tmp_path: Path, monkeypatch) -> None:
    from nps_trainer.storage import new_database
    from nps_trainer.storage.errors import MigrationError

    broken = tmp_path / "broken.sql"
    broken.write_text(IMAGE.read_text(encoding="utf-8").replace("COMMIT;", "CREATE TABLE oops (;\nCOMMIT;"),
                      encoding="utf-8")
    monkeypatch.setattr(new_database, "IMAGE", broken)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(MigrationError, match=r"Setting up the new database .* failed") as raised:
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert str(raised.value).endswith("nothing was saved in it. Start NPS Trainer again; if it goes on, choose "
                                      "another database location.")
    assert not path.exists() and not path.with_name("new.sqlite3-wal").exists()
    monkeypatch.setattr(new_database, "IMAGE", IMAGE)
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")  # the next start sets it up
    assert database.report.migrated and database.schema_problem() is None
    database.close()
