"""Locks the screening area after a time without keyboard or mouse use anywhere in the application.

Never while a modal dialog is open (a reason being typed, a confirmation, a file dialog): the lock waits until
the dialog has closed, so no dialog returns into a locked area."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


@cache
def activity() -> frozenset[QEvent.Type]:
    """The events that count as someone using the app (QEvent is named when the lock first starts, not when the
    sign-in screen is built: see ``ui/qt_values.py``)."""
    from PySide6.QtCore import QEvent

    return frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                      QEvent.Type.TouchBegin})

MODAL_CHECK_MS = 250


def modal_open() -> bool:
    return QApplication.activeModalWidget() is not None


class IdleLock(QObject):
    """Emits ``idle`` after ``interval_ms`` without activity, while running (that is, while a keyring is held)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, *, wait_for_dialogs: bool = True) -> None:
        """``wait_for_dialogs``: hold the signal back while a modal dialog is open (the screening area's own
        lock); without it the signal comes on time and the receiver deals with open dialogs (the window's
        sign-out, which must never wait on a dialog left open)."""
        super().__init__(parent)
        self.wait_for_dialogs = wait_for_dialogs
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.postponed = QTimer(self)  # running while a modal dialog holds the lock back
        self.postponed.setInterval(MODAL_CHECK_MS)
        self.postponed.timeout.connect(self._check_modal)
        self.set_interval_ms(max(1, int(minutes * 60_000)))
        self._installed = False

    def set_interval_ms(self, interval: int) -> None:
        self.timer.setInterval(interval)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.postponed.stop()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.postponed.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def running(self) -> bool:
        return self.timer.isActive() or self.postponed.isActive()

    def _timed_out(self) -> None:
        if self.wait_for_dialogs and modal_open():
            self.postponed.start()
        else:
            self.idle.emit()

    def _check_modal(self) -> None:
        if not modal_open():
            self.postponed.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in activity() and self.running:
            self.postponed.stop()  # someone is here: count again from now
            self.timer.start()
        return False
