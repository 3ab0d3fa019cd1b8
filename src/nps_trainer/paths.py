"""Where NPS Trainer keeps its files: user folders from platformdirs, and the bundled data folders.

Nothing here creates a folder on import; callers ask for the backups folder with ``ensure_backups``.
"""

from __future__ import annotations

from pathlib import Path

from .records import record

APP_NAME = "NPS Trainer"
APP_SLUG = "nps-trainer"

_PACKAGE_DIR = Path(__file__).resolve().parent


@record(frozen=True)
class UserPaths:
    """The per-user folders: data (database, backups), config (settings) and logs."""

    data: Path
    config: Path
    logs: Path

    @classmethod
    def default(cls) -> UserPaths:
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_SLUG, appauthor=False)),
        )

    @property
    def database_file(self) -> Path:
        return self.data / "nps-trainer.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "nps-trainer.log"


def ensure_backups(paths: UserPaths) -> Path:
    """The backups folder, created owner-only (with the data folder above it) when missing."""
    from .private_files import private_folder

    private_folder(paths.data)
    return private_folder(paths.backups)


def _bundled(name: str) -> Path:
    """A bundled data folder: inside the installed package, or at the top of a source checkout."""
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent.parent / name
    return checkout


def bundled_content_dir() -> Path:
    return _bundled("content")


def bundled_screening_dir() -> Path:
    return _bundled("screening")


def bundled_translations_are_installed() -> bool:
    """True in an installed app (the wheel or a self-contained build), False in a source checkout."""
    return (_PACKAGE_DIR / "_bundled" / "translations").is_dir()


def translations_dir() -> Path:
    """The translation files: ``cy/*.ts`` and ``en/*.ts`` (read by the command line), ``qm/*.qm`` (by the app)."""
    return _bundled("translations")

