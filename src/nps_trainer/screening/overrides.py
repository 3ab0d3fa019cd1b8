"""Practitioner overrides of raised flags: the practitioner's judgement, always with a recorded reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import tr

MIN_REASON_LENGTH = 10


class OverrideReasonRequired(ValueError):
    """An override was attempted without a meaningful reason."""


@dataclass(frozen=True)
class FlagOverride:
    reason: str
    by: str = ""
    at: str = ""  # ISO 8601 timestamp

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason, "by": self.by, "at": self.at}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlagOverride:
        return cls(str(data.get("reason", "")), str(data.get("by", "")), str(data.get("at", "")))


def override_flag(
    overrides: Mapping[str, Any],
    flag_id: str,
    reason: str,
    *,
    by: str = "",
    at: dt.datetime | None = None,
) -> dict[str, dict[str, str]]:
    """A copy of ``overrides`` (JSON form) with ``flag_id`` overridden; a reason is required."""
    text = (reason or "").strip()
    if len(text) < MIN_REASON_LENGTH:
        raise OverrideReasonRequired(
            tr("Give a reason for overriding this flag (at least {minimum} characters): it is recorded with the "
               "screening.").format(minimum=MIN_REASON_LENGTH)
        )
    when = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    result = {key: dict(value) for key, value in overrides.items()}
    result[flag_id] = FlagOverride(text, by, when).to_dict()
    return result


def clear_override(overrides: Mapping[str, Any], flag_id: str) -> dict[str, dict[str, str]]:
    result = {key: dict(value) for key, value in overrides.items()}
    result.pop(flag_id, None)
    return result


def parse_overrides(overrides: Mapping[str, Any] | None) -> dict[str, FlagOverride]:
    return {
        key: FlagOverride.from_dict(value)
        for key, value in (overrides or {}).items()
        if isinstance(value, dict)
    }
