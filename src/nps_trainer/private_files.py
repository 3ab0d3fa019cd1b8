"""Files and folders that hold personal data are readable by their owner only.

On POSIX systems a new file is otherwise readable by every user of the machine (umask 022). On Windows the
modes below mean little, but the user's own folders are already private to them.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_folder(folder: Path) -> Path:
    """Create ``folder`` owner-only if it is missing (missing parents get the usual mode). An existing folder
    is left as it is: it may be one the user chose and shares on purpose."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    return folder


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only, or make an existing file owner-only; its content is kept.

    SQLite gives a database's ``-wal`` and ``-shm`` files the database file's mode, so creating the database
    this way protects those too."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(descriptor)
    os.chmod(path, PRIVATE_FILE_MODE)
    return path
