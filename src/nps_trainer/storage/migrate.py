"""Schema revisions and the in-process Alembic runner.

The list of revisions is kept here so that opening an up-to-date database needs no Alembic import;
a test checks it against the migration scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD = REVISIONS[-1]
VERSION_TABLE = "alembic_version"


def current_revision(connection: Connection) -> str | None:
    """The schema revision of a database; None for an empty one.

    Raises LookupError when the database holds tables but no revision (not one of ours).
    """
    from sqlalchemy import inspect, text

    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if VERSION_TABLE not in tables:
        if tables:
            raise LookupError(", ".join(sorted(tables)[:5]))
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return row[0] if row else None


def alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "nps_trainer.storage:migrations")
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    _run(engine, lambda connection: command.upgrade(alembic_config(connection), target))


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    _run(engine, lambda connection: command.downgrade(alembic_config(connection), target))


def _run(engine: Engine, step) -> None:
    """Run migration steps in one transaction: on SQLite the engine makes DDL transactional, so a failure
    leaves the database exactly as it was.

    SQLite rebuilds a table to alter it, and dropping the old copy would fire ON DELETE CASCADE on the rows
    that refer to it; foreign keys are therefore off while migrating (a pragma that only takes effect outside
    a transaction) and checked before committing."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                step(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration would leave {len(broken)} broken reference(s): {broken[:3]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
