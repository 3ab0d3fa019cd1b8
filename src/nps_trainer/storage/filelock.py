"""An inter-process lock on a file, so two app instances never migrate the same database at once."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from ..i18n import tr
from .errors import DatabaseUnavailableError, describe_os_error


class FileLock:
    """``what`` names the thing the lock protects, for the message when it cannot be taken."""

    def __init__(self, path: Path, timeout: float = 60.0, what: str | None = None) -> None:
        self.path = path
        self.timeout = timeout
        self.what = what or path.name
        self._fd: int | None = None

    def __enter__(self) -> FileLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DatabaseUnavailableError(
                tr("Cannot create the lock file {path} that keeps two copies of NPS Trainer from updating "
                   "{what} at once: {reason}. Nothing has been changed.").format(
                    path=self.path, what=self.what, reason=describe_os_error(exc, self.path))
            ) from exc
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                _lock(fd)
                break
            except OSError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise DatabaseUnavailableError(
                        tr("Another copy of NPS Trainer has been updating {what} for over {seconds} "
                           "seconds, so this one has not touched it. Wait for the other to finish (or close it), "
                           "then try again.").format(what=self.what, seconds=f"{self.timeout:g}")
                    ) from None
                time.sleep(0.05)
        self._fd = fd
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


# The locking modules are imported when a lock is first taken: a start that migrates nothing takes none.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _lock(fd: int) -> None:
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_file_for(database: Path) -> Path:
    """The lock file beside a SQLite database that setting it up or migrating it holds."""
    return database.with_name(database.name + ".lock")
