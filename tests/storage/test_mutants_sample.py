"""Survivors of the seeded mutation sample (benchmarks/mutation_sample.py) in storage, killed here."""

from __future__ import annotations

import logging
from pathlib import Path

from nps_trainer.storage import new_database, schema_image
from nps_trainer.storage.database import open_database
from tests.storage.test_integrity_edge import damaged_index_database


def test_check_by_default_is_the_full_integrity_check(tmp_path: Path) -> None:
    """Database.check() is what `db check` runs: by default the full check, which finds a damaged index."""
    path = damaged_index_database(tmp_path)
    database = open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
    try:
        assert any("index" in problem for problem in database.check())
    finally:
        database.close()


def test_writing_the_image_writes_what_the_migrations_make(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "latest_schema.sql"
    monkeypatch.setattr(schema_image, "IMAGE", target)
    assert schema_image.write_image() == target
    assert target.read_text(encoding="utf-8") == new_database.IMAGE.read_text(encoding="utf-8")


def test_a_new_database_is_logged_with_its_schema(tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="nps_trainer.storage.database"):
        open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "backups").close()
    from nps_trainer.storage import migrate

    assert f"Created a new database at the latest schema ({migrate.HEAD})" in caplog.messages
