"""The migration scripts, the revision list and the ORM models agree."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import Base


def test_revision_list_matches_the_scripts() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "nps_trainer.storage:migrations")
    scripts = ScriptDirectory.from_config(config)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == migrate.REVISIONS
    assert scripts.get_current_head() == migrate.HEAD


def test_models_match_the_migrated_schema(database_url: str, tmp_path: Path) -> None:
    db = open_database(database_url, tmp_path / "backups")
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        db.close()


def test_downgrade_to_the_first_schema_and_back(database_url: str, tmp_path: Path) -> None:
    db = open_database(database_url, tmp_path / "backups")
    try:
        migrate.downgrade(db.engine, "0001")
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == "0001"
        migrate.upgrade(db.engine)
        assert db.check() == []
    finally:
        db.close()
