"""Resolving where things are for this run: command line, then environment, then settings, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .paths import UserPaths, bundled_content_dir, bundled_screening_dir
from .settings import CONTENT_ENV, DATABASE_ENV, Settings


@dataclass(frozen=True)
class RunConfig:
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
        db_url, db_source = _as_url(database), "command line"
    elif os.environ.get(DATABASE_ENV, "").strip():
        db_url, db_source = _as_url(os.environ[DATABASE_ENV].strip()), "environment"
    elif settings.database_url:
        db_url, db_source = _as_url(settings.database_url), "settings"
    else:
        db_url, db_source = sqlite_url(paths.database_file), "default"

    if content:
        content_dir, content_source = Path(content).expanduser(), "command line"
    elif os.environ.get(CONTENT_ENV, "").strip():
        content_dir, content_source = Path(os.environ[CONTENT_ENV].strip()).expanduser(), "environment"
    elif settings.content_dir:
        content_dir, content_source = Path(settings.content_dir).expanduser(), "settings"
    else:
        content_dir, content_source = bundled_content_dir(), "default"

    # An organisation's content folder may carry its own screening forms beside modules and quizzes.
    own_screening = content_dir / "screening"
    screening_dir = own_screening if content_source != "default" and own_screening.is_dir() else (
        bundled_screening_dir()
    )
    return RunConfig(db_url, content_dir, screening_dir, db_source, content_source)


def _as_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain path to a SQLite file."""
    if "://" in value:
        return value
    from .storage.engine import sqlite_url

    return sqlite_url(Path(value).expanduser().resolve())
