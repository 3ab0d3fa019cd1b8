"""What an amendment changed: answers and overrides compared path by path."""

from __future__ import annotations

from typing import Any


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """``{"substances": [{"category": "spice"}]}`` → ``{"substances[0].category": "spice"}``."""
    flat: dict[str, Any] = {}
    if isinstance(value, dict):
        for key, inner in value.items():
            flat.update(flatten(inner, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for index, inner in enumerate(value):
            flat.update(flatten(inner, f"{prefix}[{index}]"))
    else:
        flat[prefix] = value
    return flat


def changes_between(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Each changed path with its value before and after (None where absent), in path order."""
    old, new = flatten(before), flatten(after)
    return [{"path": path, "before": old.get(path), "after": new.get(path)}
            for path in sorted(old.keys() | new.keys()) if old.get(path) != new.get(path)]
