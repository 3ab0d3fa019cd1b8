"""Start NPS Trainer again, for a change that shows only in a new run (the language)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:  # Qt's classes are named where used: the launcher imports this module at every exit
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def restart_command(argv: Sequence[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started, less ``--language`` (the new run
    takes the language from Settings) and less ``--exit-when-ready``."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--language":
            skip = True
            continue
        if arg.startswith("--language=") or arg == "--exit-when-ready":
            continue
        kept.append(arg)
    if frozen:  # a self-contained build: the program is the app itself
        return executable, kept
    return executable, ["-m", "nps_trainer", *kept]


def offer_restart(window: QWidget, language_code: str) -> bool:
    """Ask whether to start again now in ``language_code`` ("cy" or "en"); if so, close ``window`` (which asks
    about anything unsaved, and may be refused) and start the new run. Returns True when a new run will start."""
    if language_code == "cy":  # whole sentences: Welsh mutates a language's name after "yn"
        question = tr("NPS Trainer will be in Cymraeg (Welsh) when it starts again. Start it again now? You will "
                      "need to sign in again; anything not yet saved is asked about first.")
    else:
        question = tr("NPS Trainer will be in English when it starts again. Start it again now? You will need to "
                      "sign in again; anything not yet saved is asked about first.")
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, tr("Language changed"), question, parent=window)
    again = box.addButton(tr("Start &again now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is not again:
        return False
    return restart_now(window)


def restart_now(window: QWidget) -> bool:
    """Close ``window`` (which may ask about unsaved work, and may be refused); the app starts again once this run
    has closed its database (:func:`start_pending`, called last by the launcher). Returns True when it will."""
    if not window.close():
        return False  # the person chose to stay (unsaved work, a running session)
    _pending[:] = [restart_command(sys.argv[1:], sys.executable, bool(getattr(sys, "frozen", False)))]
    return True


_pending: list[tuple[str, list[str]]] = []


def pending() -> tuple[str, list[str]] | None:
    return _pending[0] if _pending else None


def start_pending() -> bool:
    """Start the new run asked for by :func:`restart_now`, if any. Returns whether one was started."""
    if not _pending:
        return False
    program, arguments = _pending.pop()
    from PySide6.QtCore import QProcess

    started = QProcess.startDetached(program, arguments)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        log.warning("Could not start NPS Trainer again")
    return ok
