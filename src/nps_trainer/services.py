"""The composition root: builds every service once, for the CLI and for the UI.

Nothing is created at import time; :func:`build_services` is the one place that opens the database and
reads settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .app_config import RunConfig, resolve
from .audit import AuditLog
from .paths import UserPaths, ensure_backups
from .profiles import ProfileService
from .settings import Settings, SettingsStore
from .storage.database import Database, SqlitePreflight, open_database

if TYPE_CHECKING:
    from .progress import ProgressService
    from .quiz_records import QuizRecords
    from .screening import FormLibrary
    from .screening_records import KeyStore, ScreeningStore


@dataclass
class Services:
    paths: UserPaths
    settings_store: SettingsStore
    settings: Settings
    config: RunConfig
    database: Database
    profiles: ProfileService
    audit: AuditLog

    # Built on first use, so that start-up loads only what the first screen needs.
    @cached_property
    def progress(self) -> ProgressService:
        from .progress import ProgressService

        return ProgressService(self.database)

    @cached_property
    def quiz_records(self) -> QuizRecords:
        from .quiz_records import QuizRecords

        return QuizRecords(self.database)

    @cached_property
    def forms(self) -> FormLibrary:
        from .screening import FormLibrary

        return FormLibrary.load(self.config.screening_dir)

    @cached_property
    def keys(self) -> KeyStore:
        from .screening_records import KeyStore

        return KeyStore(self.database, self.audit)

    @cached_property
    def screening(self) -> ScreeningStore:
        from .screening_records import ScreeningStore

        return ScreeningStore(self.database, self.audit, self.forms)

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def close(self) -> None:
        self.database.close()


def build_services(
    paths: UserPaths | None = None,
    *,
    database: str | None = None,
    content: str | None = None,
    upgrade: bool = True,
    on_checking: Callable[[], None] | None = None,
) -> Services:
    """Build every service. ``on_checking`` runs while the database file is being checked on another
    thread (the GUI loads Qt then)."""
    paths = paths or UserPaths.default()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    config = resolve(paths, settings, database=database, content=content)
    preflight = SqlitePreflight(config.database_url)
    if on_checking is not None:
        on_checking()
    db = open_database(config.database_url, ensure_backups(paths), upgrade=upgrade, preflight=preflight)
    return Services(
        paths=paths,
        settings_store=store,
        settings=settings,
        config=config,
        database=db,
        profiles=ProfileService(db),
        audit=AuditLog(db),
    )

