"""Unexpected exceptions: logged (type and stack only) to the rotating log, then shown in a dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..logging_setup import describe_exception

log = logging.getLogger("nps_trainer.errors")


class ErrorDialog(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        layout = QVBoxLayout(self)
        text = QLabel(
            "NPS Trainer hit an unexpected problem. Your saved work is safe: every answer is saved as you go.\n\n"
            f"Details (with no personal information) were written to:\n{log_file}\n\n"
            "If this keeps happening, send that file to your IT support."
        )
        text.setWordWrap(True)
        text.setAccessibleName("Error details")
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def install_excepthook(log_file: Path) -> None:
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected exception\n%s", describe_exception(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            ErrorDialog(log_file, QApplication.activeWindow()).exec()
        finally:
            showing = False

    sys.excepthook = hook
