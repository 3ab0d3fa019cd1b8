"""A cheap fingerprint of a set of files (path, modification time, size), to reload content only when it
changed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

Signature = tuple[tuple[str, int, int], ...]


def files_signature(paths: Iterable[Path]) -> Signature:
    entries = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)
