"""Logging to a rotating file in the user log folder. Nothing personal is logged: exceptions are written as
their type and stack frames, without their message (which could hold a name or a case reference)."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from .i18n import tr

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _rotating_file(log_file: Path, on_error: Callable[[logging.LogRecord], None]) -> logging.Handler:
    """Open the rotating file, whose write errors go to ``on_error``. logging.handlers is imported only now: it
    brings in sockets, queues and pickle, which a quiet run never needs."""
    from logging.handlers import RotatingFileHandler

    class RotatingFile(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            on_error(record)

    return RotatingFile(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")


class LazyRotatingFileHandler(logging.Handler):
    """A rotating log file that is opened (and its folder made) only when the first record arrives, so a
    quiet run costs nothing at start-up and leaves no empty log behind.

    Logging must never stop the app: if the file cannot be opened (a read-only or missing log folder), the
    handler says so once on the console, if there is one, and drops every record for the rest of the run.
    A record that cannot be written to a file that did open (a full disk) is dropped in the same way, and
    the next record is tried again."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self._inner: logging.Handler | None = None
        self.unavailable = False  # the file could not be opened: behave as a null handler from now on
        self._told = False
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self.unavailable:
            return
        if self._inner is None:
            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                self._inner = _rotating_file(self.log_file, self.handleError)
            except Exception:
                self.unavailable = True
                self.handleError(record)
                return
            self._inner.setFormatter(self.formatter)
        try:
            self._inner.emit(record)  # reports its own failures through handleError
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Say once, in one line, that the log cannot be written. Never raises, and never echoes the record or
        a traceback: logging's default would print both, for every record, to a console nobody reads."""
        if self._told or not logging.raiseExceptions or sys.stderr is None:
            return
        self._told = True
        problem = type(sys.exc_info()[1]).__name__
        with contextlib.suppress(Exception):
            if self.unavailable:
                text = tr("nps-trainer: cannot write the log file {file} ({problem}); nothing will be logged this run.")
            else:
                text = tr("nps-trainer: cannot write the log file {file} ({problem}); some entries may be missing.")
            sys.stderr.write(text.format(file=self.log_file, problem=problem) + "\n")

    def flush(self) -> None:
        if self._inner is not None:
            with contextlib.suppress(OSError, ValueError):
                self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            with contextlib.suppress(OSError, ValueError):
                self._inner.close()
        super().close()


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    handler = LazyRotatingFileHandler(log_file)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler


def log_file_unavailable() -> bool:
    """True when the log file could not be opened this run, so nothing is being written to it."""
    return any(isinstance(h, LazyRotatingFileHandler) and h.unavailable for h in logging.getLogger().handlers)


def describe_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The exception's type and where it happened, without its message."""
    import traceback

    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)
