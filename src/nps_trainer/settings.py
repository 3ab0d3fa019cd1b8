"""User settings, kept as JSON in the user config folder and written atomically.

Precedence for the database and content folder: command line, then environment
(``NPS_TRAINER_DATABASE_URL``, ``NPS_TRAINER_CONTENT_DIR``), then the settings file, then the defaults.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .atomic import write_text_atomic
from .i18n import tr, tr_noop
from .records import as_dict, record

log = logging.getLogger(__name__)

DATABASE_ENV = "NPS_TRAINER_DATABASE_URL"
CONTENT_ENV = "NPS_TRAINER_CONTENT_DIR"

TEXT_SIZES = {"small": 10, "normal": 12, "large": 14, "larger": 17, "largest": 24}  # largest: 200% of normal
IDLE_LOCK_MINUTES = (1, 60)  # the range the Settings dialog offers; a value outside is brought into it
SMALL_NUMBER_THRESHOLDS = (3, 20)  # caseload figures hide counts from 1 to the threshold less one
REFRESHER_PER_DAY = (1, 50)  # the range of the most questions the daily refresher asks


DEFAULT_PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"  # the Government Security Classifications' marking for this data
MAX_MARKING_LENGTH = 60


@record
class Settings:
    """What the person chose in Settings (kept in the settings file), with the defaults for a new one."""

    database_url: str = ""  # empty: the SQLite file in the user data folder
    content_dir: str = ""  # empty: the bundled content
    text_size: str = "normal"
    screening_idle_lock_minutes: int = 5
    last_profile_id: int | None = None
    small_number_threshold: int = 5  # caseload figures show counts from 1 to 4 as '<5' (docs/figures.md)
    # Learning records (docs/xapi.md). The LRS secret is never here: it is in its own owner-only file.
    xapi_base_iri: str = ""  # empty: learning_records.iris.DEFAULT_BASE_IRI
    lrs_endpoint: str = ""  # empty: no LRS; statements wait in the outbox (and can be exported)
    lrs_key: str = ""
    xapi_actor_names: bool = False  # put people's names in statements (off: their stable id only)
    # On every page of a screening summary PDF, top and foot (empty: none). The organisation sets it.
    protective_marking: str = DEFAULT_PROTECTIVE_MARKING
    refresher_per_day: int = 10  # the most questions the daily refresher asks (docs: README, Configuration)
    language: str = ""  # "en" or "cy"; empty: the system's language (docs/translation.md)

    @property
    def text_point_size(self) -> int:
        return TEXT_SIZES.get(self.text_size, TEXT_SIZES["normal"])


class SettingsNotSaved(OSError):
    """The settings file could not be read this run, so it is not written over."""


class _Unusable(Exception):
    """A setting's value is of the wrong kind: its default is used instead."""


def _text(value: Any) -> str:
    if not isinstance(value, str) or "\x00" in value:  # no path or address can hold a NUL character
        raise _Unusable
    return value.strip()


def _marking(value: Any) -> str:
    """Printed text: at most MAX_MARKING_LENGTH characters, no control characters."""
    text = _text(value)
    if len(text) > MAX_MARKING_LENGTH or any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise _Unusable
    return text


def _text_size(value: Any) -> str:
    if not isinstance(value, str) or value not in TEXT_SIZES:
        raise _Unusable
    return value


def _idle_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Unusable
    if isinstance(value, float) and math.isnan(value):
        raise _Unusable
    low, high = IDLE_LOCK_MINUTES
    if value <= low:
        return low
    if value >= high:
        return high
    return round(value)


def _threshold(value: Any) -> int:
    """A whole number; one outside the allowed range is brought into it (never below 3: '<2' would say 'exactly 1')."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Unusable
    low, high = SMALL_NUMBER_THRESHOLDS
    return min(max(value, low), high)


def _per_day(value: Any) -> int:
    """A whole number; one outside the allowed range is brought into it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Unusable
    low, high = REFRESHER_PER_DAY
    return min(max(value, low), high)


def _language(value: Any) -> str:
    if not isinstance(value, str) or value not in ("", "en", "cy"):
        raise _Unusable
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Unusable
    return value


def _profile_id(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Unusable
    return value


CHECKS: dict[str, Callable[[Any], Any]] = {
    "database_url": _text,
    "content_dir": _text,
    "text_size": _text_size,
    "screening_idle_lock_minutes": _idle_minutes,
    "last_profile_id": _profile_id,
    "small_number_threshold": _threshold,
    "xapi_base_iri": _text,
    "lrs_endpoint": _text,
    "lrs_key": _text,
    "xapi_actor_names": _flag,
    "protective_marking": _marking,
    "refresher_per_day": _per_day,
    "language": _language,
}

# How a setting the user chooses in File → Settings is named to them when its value could not be used. The
# profile used last is not among them: losing it only means the profile list starts at the top.
PLAIN_NAMES = {
    "database_url": tr_noop("the database location"),
    "content_dir": tr_noop("the content folder"),
    "text_size": tr_noop("the text size"),
    "screening_idle_lock_minutes": tr_noop("the screening lock time"),
    "small_number_threshold": tr_noop("the small-number threshold for caseload figures"),
    "xapi_base_iri": tr_noop("the organisation's address for learning records"),
    "lrs_endpoint": tr_noop("the learning record store's address"),
    "lrs_key": tr_noop("the learning record store's key"),
    "xapi_actor_names": tr_noop("whether names go into learning records"),
    "protective_marking": tr_noop("the protective marking on screening summaries"),
    "refresher_per_day": tr_noop("the number of refresher questions a day"),
    "language": tr_noop("the language"),
}


def peek_language(path: Path) -> str:
    """The language saved in the settings file ("en", "cy" or "" for the system's), read before anything else so
    that the first words shown are in that language. Unlike :meth:`SettingsStore.load` it changes nothing: a
    damaged file is left for the load that follows to set aside and report."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        return _language(raw.get("language", "")) if isinstance(raw, dict) else ""
    except (OSError, ValueError, _Unusable):
        return ""


class SettingsStore:
    """Loads and saves :class:`Settings`. A damaged file is set aside under a new name, never fatal; a setting
    of the wrong kind falls back to its default on its own. What went wrong is kept in :attr:`set_aside`,
    :attr:`unreadable` and :attr:`unusable` so the app can tell the user once (:meth:`take_notice`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damaged = False  # the file was not JSON, or not an object
        self.set_aside: Path | None = None  # where the damaged file was moved to (None: it could not be moved)
        self.unreadable = False  # the file is there but could not be read (locked, no permission)
        self.unusable: list[str] = []  # settings whose value was of the wrong kind
        self._noticed = False

    def load(self) -> Settings:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            # Perhaps only for a moment (another program has it open): keep the file as it is, and don't write
            # over it this run (see save), so the user's own settings are back next time.
            log.warning("Settings file unreadable (%s); using defaults", type(exc).__name__)
            self.unreadable = True
            return Settings()
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings file does not hold an object")
        except ValueError as exc:
            log.warning("Settings file damaged (%s); set aside, using defaults", type(exc).__name__)
            self.damaged = True
            self.set_aside = self._set_aside()
            return Settings()
        values: dict[str, Any] = {}
        for name, check in CHECKS.items():
            if name not in raw:
                continue
            try:
                values[name] = check(raw[name])
            except _Unusable:
                log.warning("Setting %s is not usable; using its default", name)  # the name only, never the value
                self.unusable.append(name)
                continue
            if values[name] != raw[name] and not isinstance(raw[name], str):
                log.warning("Setting %s was brought into range", name)
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        if self.unreadable or (self.damaged and self.set_aside is None):  # the only copy of what the user had
            raise SettingsNotSaved(tr("The settings file {path} could not be read when NPS Trainer started, "
                                      "so it is left as it is until NPS Trainer is opened again.").format(
                                          path=self.path))
        write_text_atomic(self.path, json.dumps(as_dict(settings), indent=2, sort_keys=True))

    def take_notice(self) -> str | None:
        """What the user should be told about the settings file this run, once: None when all was well, or
        when it has been taken already."""
        if self._noticed:
            return None
        self._noticed = True
        defaults = tr("NPS Trainer is using its default settings, including the default database location, so "
                      "the profiles and records you see may not be your usual ones.")
        if self.damaged:
            where = (tr("A copy of the damaged file was kept as:\n{path}").format(path=self.set_aside)
                     if self.set_aside is not None
                     else tr("The damaged file could not be moved aside; it is still at:\n{path}").format(
                         path=self.path))
            return tr("Your settings file could not be read because it is damaged.\n\n{where}\n\n{defaults} "
                      "If you had chosen a database or content folder, choose it again in File → Settings, then "
                      "close NPS Trainer and open it again.").format(where=where, defaults=defaults)
        if self.unreadable:
            return tr("Your settings file could not be read just now (another program may be using it):\n"
                      "{path}\n\n{defaults} Your settings file has been left as it is: close NPS Trainer "
                      "and open it again to use it. Changes to settings cannot be saved until then.").format(
                path=self.path, defaults=defaults)
        names = ", ".join(tr(PLAIN_NAMES[name]) for name in self.unusable if name in PLAIN_NAMES)
        if names:
            consequence = (" " + tr("This includes the database location, so the profiles and records you see may "
                                    "not be your usual ones.") if "database_url" in self.unusable else "")
            return tr("Some settings in your settings file could not be used, so their defaults are in use: "
                      "{names}.{consequence}\n\nThe file is:\n{path}\n\n"
                      "You can choose them again in File → Settings.").format(
                names=names, consequence=consequence, path=self.path)
        return None

    def _set_aside(self) -> Path | None:
        """Move the damaged file to a new, dated name beside it, never over an earlier copy."""
        from .clock import utcnow

        stamp = utcnow().astimezone().strftime("%Y%m%d-%H%M%S")
        for attempt in range(1, 100):
            suffix = f"-{attempt}" if attempt > 1 else ""
            target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{suffix}{self.path.suffix}")
            if target.exists():
                continue
            try:
                self.path.rename(target)
            except OSError as exc:
                log.warning("Damaged settings file could not be set aside (%s)", type(exc).__name__)
                return None
            return target
        return None
