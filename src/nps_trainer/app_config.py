"""Resolving where things are for this run: command line, then environment, then settings, then defaults."""

from __future__ import annotations

import os
from pathlib import Path

from .i18n import tr
from .paths import UserPaths, bundled_content_dir, bundled_screening_dir
from .records import record
from .settings import CONTENT_ENV, DATABASE_ENV, Settings


@record(frozen=True)
class RunConfig:
    """The database and the content this run uses, and where each choice came from."""

    database_url: str
    content_dir: Path
    screening_dir: Path
    database_source: str  # "command line", "environment", "settings" or "default": shown in Settings
    content_source: str


def resolve(
    paths: UserPaths,
    settings: Settings,
    *,
    database: str | None = None,
    content: str | None = None,
) -> RunConfig:
    from .storage.engine import sqlite_url

    if database:
        db_url, db_source = _as_url(database, tr("the --database option")), "command line"
    elif os.environ.get(DATABASE_ENV, "").strip():
        db_url, db_source = _as_url(os.environ[DATABASE_ENV].strip(), DATABASE_ENV), "environment"
    elif settings.database_url:
        db_url, db_source = _as_url(
            settings.database_url, tr("the settings file {path}").format(path=paths.settings_file)), "settings"
    else:
        db_url, db_source = sqlite_url(paths.database_file), "default"

    if content:
        content_dir, content_source = _folder(content), "command line"
    elif os.environ.get(CONTENT_ENV, "").strip():
        content_dir, content_source = _folder(os.environ[CONTENT_ENV].strip()), "environment"
    elif settings.content_dir:
        content_dir, content_source = _folder(settings.content_dir), "settings"
    else:
        content_dir, content_source = bundled_content_dir(), "default"

    # An organisation's content folder may carry its own screening forms beside modules and quizzes.
    own_screening = content_dir / "screening"
    screening_dir = own_screening if content_source != "default" and own_screening.is_dir() else (
        bundled_screening_dir()
    )
    return RunConfig(db_url, content_dir, screening_dir, db_source, content_source)


def _folder(value: str) -> Path:
    """A folder as given, with ``~`` expanded where it can be. ``~name`` of someone with no home folder is kept
    as written: the sections then say that no content was found in it, rather than the app not starting."""
    try:
        return Path(value).expanduser()
    except RuntimeError:
        return Path(value)


def _as_url(value: str, where: str) -> str:
    """Accept a SQLAlchemy URL or a plain path to a SQLite file. A path that cannot be one (``~name`` of someone
    with no home folder) is refused with a message naming ``where`` it was set."""
    if "://" in value:
        return value
    from .storage.engine import sqlite_url

    try:
        path = Path(value).expanduser().resolve()
    except (RuntimeError, ValueError, OSError) as exc:
        from .storage.errors import DatabaseUnavailableError

        why = tr("the home folder it starts from was not found") if isinstance(exc, RuntimeError) else (
            tr("it is not a valid file path"))
        raise DatabaseUnavailableError(
            tr("The database location {value} cannot be used: {why}. It is set in {where}; correct it there, or "
               "ask your IT support to.").format(value=value, why=why, where=where)
        ) from exc
    return sqlite_url(path)
