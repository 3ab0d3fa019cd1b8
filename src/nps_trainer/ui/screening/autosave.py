"""Saving a draft after every change: at once for choices, after a short pause while typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TYPING_PAUSE_MS = 300


class AutoSaver(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
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

    def flush(self) -> None:
        self.timer.stop()
        if self.pending:
            self.pending = False
            self._save()

    def cancel(self) -> None:
        self.timer.stop()
        self.pending = False
