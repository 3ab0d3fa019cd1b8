"""Logging to a rotating file in the user log folder. Nothing personal is logged: exceptions are written as
their type and stack frames, without their message (which could hold a name or a case reference)."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler


def describe_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The exception's type and where it happened, without its message."""
    frames = traceback.extract_tb(tb)
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)
