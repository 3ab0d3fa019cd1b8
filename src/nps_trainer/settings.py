"""User settings, kept as JSON in the user config folder and written atomically.

Precedence for the database and content folder: command line, then environment
(``NPS_TRAINER_DATABASE_URL``, ``NPS_TRAINER_CONTENT_DIR``), then the settings file, then the defaults.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .atomic import write_text_atomic

log = logging.getLogger(__name__)

DATABASE_ENV = "NPS_TRAINER_DATABASE_URL"
CONTENT_ENV = "NPS_TRAINER_CONTENT_DIR"

TEXT_SIZES = {"small": 10, "normal": 12, "large": 14, "larger": 17}


@dataclass
class Settings:
    database_url: str = ""  # empty: the SQLite file in the user data folder
    content_dir: str = ""  # empty: the bundled content
    text_size: str = "normal"
    screening_idle_lock_minutes: int = 5
    last_profile_id: int | None = None

    @property
    def text_point_size(self) -> int:
        return TEXT_SIZES.get(self.text_size, TEXT_SIZES["normal"])


class SettingsStore:
    """Loads and saves :class:`Settings`; a damaged file is set aside, never fatal."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as exc:
            log.warning("Settings file unreadable (%s); using defaults", type(exc).__name__)
            self._set_aside()
            return Settings()
        if not isinstance(raw, dict):
            return Settings()
        known = {f.name for f in fields(Settings)}
        settings = Settings(**{k: v for k, v in raw.items() if k in known})
        if settings.text_size not in TEXT_SIZES:
            settings.text_size = "normal"
        return settings

    def save(self, settings: Settings) -> None:
        write_text_atomic(self.path, json.dumps(asdict(settings), indent=2, sort_keys=True))

    def _set_aside(self) -> None:
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_suffix(".damaged.json"))
