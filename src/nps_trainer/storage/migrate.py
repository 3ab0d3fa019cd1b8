"""Schema revisions and the in-process Alembic runner.

The list of revisions is kept here so that opening an up-to-date database needs no Alembic import;
a test checks it against the migration scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

REVISIONS: tuple[str, ...] = ("0001", "0002")
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

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
