"""Alembic environment. The app runs migrations in-process with a connection it has opened
(``config.attributes["connection"]``); see ``nps_trainer.storage.migrate``."""

from __future__ import annotations

from alembic import context

from nps_trainer.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app's own runner is supported
    raise RuntimeError("Run migrations through 'nps-trainer db upgrade'.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
