"""The name and version of a content folder, from its ``content.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .i18n import tr


@dataclass(frozen=True)
class ContentInfo:
    title: str
    version: str


def read_content_info(folder: Path) -> ContentInfo:
    """Read as the content checker reads it; a missing or unusable file gives the folder's name and 'unknown'
    (``content check`` explains what is wrong)."""
    from .content.content_file import read_content_file

    fields, _problems = read_content_file(folder)
    data = fields.data if fields is not None else {}
    title, version = data.get("title"), data.get("version")
    return ContentInfo(title=folder.name if title is None else str(title),
                       version=tr("unknown", "version of the content") if version is None else str(version))
