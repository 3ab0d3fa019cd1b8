"""Saving a draft after every change: at once for choices, after a short pause while typing.

A change stays pending until a save succeeds, so a failed save is retried (on the next change, or when
leaving) and never reported as saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TYPING_PAUSE_MS = 300


class AutoSaver(QObject):
    flushed = Signal(bool)  # after each save attempt: True when saved

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None) -> None:
        """``save`` returns True when the draft was saved."""
        super().__init__(parent)
        self._save = save
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.flush)

    def changed(self, typing: bool) -> None:
        self.pending = True
        if typing:
            self.timer.start()
        else:
            self.flush()

    def flush(self) -> bool:
        """Save anything pending now. True when nothing is left unsaved."""
        self.timer.stop()
        if self.pending:
            saved = self._save()
            if saved:
                self.pending = False
            self.flushed.emit(saved)
        return not self.pending

    def cancel(self) -> None:
        self.timer.stop()
        self.pending = False
