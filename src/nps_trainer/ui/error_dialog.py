"""What to tell the user about an unexpected exception, and the dialog that tells them (``error_hook`` shows it)."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..i18n import tr, tr_noop
from ..logging_setup import log_file_unavailable


def _storage_problem(exc: BaseException | None) -> str | None:
    """'full', 'locked' or 'denied' for the storage failures a user can act on; None otherwise."""
    text = str(getattr(exc, "orig", None) or exc or "").lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text or "no space" in text:
        return "full"
    if "database is locked" in text or "could not obtain lock" in text:
        return "locked"
    if "read-only" in text or "readonly" in text or isinstance(exc, PermissionError):
        return "denied"
    return None


def explain(exc: BaseException | None) -> str:
    """What to tell the user about an exception: storage failures get advice they can act on."""
    problem = _storage_problem(exc)
    if problem == "full":
        return tr("NPS Trainer could not save because the disk is full. Free some space, then try again. "
                  "Everything saved before this is safe.")
    if problem == "locked":
        return tr("NPS Trainer could not save because another program is holding the database. Wait a moment "
                  "and try again. Everything saved before this is safe.")
    if problem == "denied":
        return tr("NPS Trainer could not save because it is not allowed to write to its data folder or "
                  "database. Ask your IT support to check the permissions. Everything saved before this is safe.")
    return tr("NPS Trainer hit an unexpected problem. Everything saved before this is safe: answers save as you go.")


#: Why a save failed, a phrase that callers put inside a sentence of their own; shown as tr(reason).
SHORT_REASONS = {
    "full": tr_noop("the disk is full"),
    "locked": tr_noop("the database is in use by another program"),
    "denied": tr_noop("no permission to write to the database"),
}


def short_reason(exc: BaseException) -> str:
    """Why a save failed, in a few plain words for a status line. Never the exception's own text for storage
    errors: a database error carries the SQL statement and could carry the values being saved."""
    problem = _storage_problem(exc)
    if problem is not None:
        return tr(SHORT_REASONS[problem])
    if isinstance(exc, ValueError | LookupError):  # our own domain messages, written for the user
        return str(exc).strip() or type(exc).__name__
    return tr("an unexpected error ({kind})").format(kind=type(exc).__name__)


class ErrorDialog(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None, exc: BaseException | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        layout = QVBoxLayout(self)
        if log_file_unavailable():
            details = tr("The details could not be written to the log file either ({file}): its folder "
                         "cannot be written to. If this keeps happening, tell your IT support.").format(file=log_file)
        else:
            details = tr("Details (with no personal information) were written to:\n{file}\n\n"
                         "If this keeps happening, send that file to your IT support.").format(file=log_file)
        text = QLabel(f"{explain(exc)}\n\n{details}")
        text.setWordWrap(True)
        text.setAccessibleName(tr("Error details"))
        self.message = text
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

