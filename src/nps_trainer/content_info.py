"""The name and version of a content folder, from its ``content.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ContentInfo:
    title: str
    version: str


def read_content_info(folder: Path) -> ContentInfo:
    import yaml

    try:
        raw = yaml.safe_load((folder / "content.yaml").read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError):  # ValueError: not UTF-8, or an impossible date
        return ContentInfo(title=folder.name, version="unknown")  # content check explains what is wrong
    if not isinstance(raw, dict):
        return ContentInfo(title=folder.name, version="unknown")
    return ContentInfo(title=str(raw.get("title", folder.name)), version=str(raw.get("version", "unknown")))
