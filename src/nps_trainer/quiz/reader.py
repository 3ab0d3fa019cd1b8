"""Typed access to located YAML data, collecting ``file:line: message`` problems as it goes."""

from __future__ import annotations

import re
import sys
from enum import StrEnum
from typing import Any, TypeVar

from nps_trainer.i18n import tr
from nps_trainer.validation import ProblemLog
from nps_trainer.yaml_reader import LList, LMap, line_of

E = TypeVar("E", bound=StrEnum)

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TOO_LARGE = sys.float_info.max  # a whole number beyond this cannot be worked with as a float


class Reader(ProblemLog):

    def mapping(self, value: Any, line: int, what: str) -> LMap | None:
        if isinstance(value, LMap):
            return value
        self.error(line_of(value, line), tr("{what} must be a mapping of keys to values").format(what=what))
        return None

    def sequence(self, value: Any, line: int, what: str) -> LList | None:
        if isinstance(value, LList):
            return value
        self.error(line_of(value, line), tr("{what} must be a list").format(what=what))
        return None

    def check_keys(self, data: LMap, allowed: set[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.warn(data.line_of(key), tr("unknown key '{key}' in {what} (ignored)").format(key=key, what=what))

    def text(self, data: LMap, key: str, what: str, *, required: bool = True) -> str:
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, tr("{what}: '{key}' is missing").format(what=what, key=key))
            return ""
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(data.line_of(key), tr("{what}: '{key}' must be text").format(what=what, key=key))
            return ""
        text = str(value).strip()
        if required and not text:
            self.error(data.line_of(key), tr("{what}: '{key}' is empty").format(what=what, key=key))
        return text

    def ident(self, data: LMap, key: str, what: str, *, slug: bool = False) -> str:
        value = self.text(data, key, what)
        if not value:
            return ""
        pattern = SLUG_PATTERN if slug else ID_PATTERN
        if not pattern.match(value):
            rule = (
                tr("lowercase letters, digits and hyphens")
                if slug
                else tr("letters, digits, '-', '_' and '.', starting with a letter or digit")
            )
            self.error(data.line_of(key), tr("{what}: '{key}' '{value}' must use only {rule}").format(
                what=what, key=key, value=value, rule=rule))
        return value

    def text_list(self, data: LMap, key: str, what: str) -> list[str]:
        if key not in data or data[key] is None:
            return []
        value = data[key]
        if isinstance(value, str):
            return [value.strip()]
        if not isinstance(value, LList):
            self.error(data.line_of(key), tr("{what}: '{key}' must be a list").format(what=what, key=key))
            return []
        result: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                self.error(value.line_of(i), tr("{what}: each entry of '{key}' must be text").format(
                    what=what, key=key))
            else:
                result.append(str(item).strip())
        return result

    def flag(self, data: LMap, key: str, what: str, default: bool) -> bool:
        if key not in data or data[key] is None:
            return default
        value = data[key]
        if not isinstance(value, bool):
            self.error(data.line_of(key), tr("{what}: '{key}' must be true or false").format(what=what, key=key))
            return default
        return value

    def number(self, data: LMap, key: str, what: str, low: float, high: float) -> float | None:
        if key not in data or data[key] is None:
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(data.line_of(key), tr("{what}: '{key}' must be a number").format(what=what, key=key))
            return None
        if isinstance(value, int) and abs(value) > TOO_LARGE:  # float() of it would raise OverflowError
            self.error(data.line_of(key), tr("{what}: '{key}' is too large a number to work with (beyond about "
                                             "1.8e308)").format(what=what, key=key))
            return None
        if not low <= value <= high:
            self.error(data.line_of(key), tr("{what}: '{key}' {value} is out of range ({low} to {high})").format(
                what=what, key=key, value=value, low=f"{low:g}", high=f"{high:g}"))
            return None
        return float(value)

    def choice(self, data: LMap, key: str, what: str, enum: type[E], *, required: bool = False) -> E | None:
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, tr("{what}: '{key}' is missing").format(what=what, key=key))
            return None
        value = data[key]
        try:
            return enum(str(value).strip())
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.error(data.line_of(key), tr("{what}: unknown {key} '{value}' (expected one of: {allowed})").format(
                what=what, key=key, value=value, allowed=allowed))
            return None
