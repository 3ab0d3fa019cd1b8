"""The hook for unexpected exceptions, put in place at start: log them (type and stack only), then explain them in
the error dialog (``error_dialog``), which is imported only when there is something to show: naming its Qt
classes at start would make their Python types before the sign-in screen is shown."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from ..logging_setup import describe_exception

log = logging.getLogger("nps_trainer.errors")


def install_excepthook(log_file: Path, on_error: Callable[[BaseException], None] | None = None) -> None:
    """Log every unexpected exception (type and stack only), then show the error dialog; or, with
    ``on_error`` (for runs nobody watches, such as ``--exit-when-ready``), call that instead of showing a
    modal dialog that nobody would close."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected exception\n%s", describe_exception(exc_type, exc, tb))
        if on_error is not None:
            on_error(exc)
            return
        from PySide6.QtWidgets import QApplication

        if showing or QApplication.instance() is None:
            return
        from .error_dialog import ErrorDialog

        showing = True
        try:
            ErrorDialog(log_file, QApplication.activeWindow(), exc).exec()
        finally:
            showing = False

    sys.excepthook = hook
