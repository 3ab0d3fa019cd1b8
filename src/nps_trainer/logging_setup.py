"""Logging to a rotating file in the user log folder. Nothing personal is logged: exceptions are written as
their type and stack frames, without their message (which could hold a name or a case reference)."""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LazyRotatingFileHandler(logging.Handler):
    """A rotating log file that is opened (and its folder made) only when the first record arrives, so a
    quiet run costs nothing at start-up and leaves no empty log behind."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self._inner: logging.Handler | None = None
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self._inner is None:
            from logging.handlers import RotatingFileHandler

            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            self._inner = RotatingFileHandler(self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                              encoding="utf-8")
            self._inner.setFormatter(self.formatter)
        self._inner.emit(record)

    def flush(self) -> None:
        if self._inner is not None:
            self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
        super().close()


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    handler = LazyRotatingFileHandler(log_file)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler


def describe_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The exception's type and where it happened, without its message."""
    import traceback

    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)
