"""Storage errors, each with a message a practitioner can act on."""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr


class StorageError(Exception):
    """A problem with the database that the user must be told about. ``str()`` is the user message."""


class NotADatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class UnknownSchemaError(StorageError):
    pass


class MigrationError(StorageError):
    pass


class DatabaseUnavailableError(StorageError):
    pass


class EmptyDatabaseError(StorageError):
    """An empty (or missing) database given to a command that only reads: it is not set up for it."""


class BackupError(StorageError):
    pass


def describe_os_error(exc: OSError, target: Path | None = None) -> str:
    """Why a file operation on ``target`` failed, in a few plain words. The file or folder that was the
    problem is named when it is not ``target`` itself; a temporary file beside ``target`` is named by its
    folder, which is what the user can do something about."""
    import errno
    import os

    name = exc.filename
    if name is not None and target is not None:
        failed, wanted = Path(os.path.abspath(name)), Path(os.path.abspath(target))
        if failed == wanted:
            name = None
        elif failed.parent == wanted.parent:
            name = str(target.parent)
    where = f" ({name})" if name else ""
    if isinstance(exc, FileExistsError | NotADirectoryError):
        blocker = _nearest_existing(Path(exc.filename)) if exc.filename else None
        if blocker is not None and not blocker.is_dir():
            return tr("{path} is a file, not a folder").format(path=blocker)
        return tr("a part of the path is a file, not a folder")
    if isinstance(exc, IsADirectoryError):
        return tr("it is a folder")
    if exc.errno == errno.EROFS:
        return tr("the disk is read-only") + where
    if isinstance(exc, PermissionError):
        return tr("permission denied") + where
    if exc.errno == errno.ENOSPC:
        return tr("the disk is full")
    if isinstance(exc, FileNotFoundError):
        return tr("the folder does not exist") + where
    return (exc.strerror or type(exc).__name__).rstrip(".").lower() + where


def _nearest_existing(path: Path) -> Path | None:
    """``path`` or its nearest parent that exists: the file in the way of a folder that could not be made."""
    return next((p for p in (path, *path.parents) if p.exists()), None)
