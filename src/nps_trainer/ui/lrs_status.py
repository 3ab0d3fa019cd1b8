"""Learning records in the main window: the status-bar line ("Learning records: 12 waiting · last sent 10:42")
refreshed from the outbox by a timer, and the background sender started with the window and stopped with it.

The main window needs two lines: ``self.learning_records = install_learning_records(self, services)`` after its
status bar is built, and ``self.learning_records.stop()`` in ``closeEvent``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from ..i18n import tr
from ..i18n.dates import day_month
from .elided_label import ElidedLabel

if TYPE_CHECKING:
    from ..learning_records.config import LrsConfig
    from ..learning_records.outbox import Outbox, OutboxStatus
    from ..learning_records.sender import SenderThread
    from ..services import Services

REFRESH_MS = 5000
SEND_INTERVAL_S = 30.0


def current_config(services: Services) -> LrsConfig:
    """The LRS as Settings say now, with the secret from its file."""
    from ..learning_records.config import LrsConfig

    return LrsConfig.from_settings(services.settings, services.paths.config)


def outbox_of(services: Services) -> Outbox:
    outbox = services.__dict__.get("outbox")  # services.outbox once the lead adds it
    if outbox is None:
        from ..learning_records.outbox import Outbox

        outbox = Outbox(services.database)
    return outbox


def _clock(when: datetime) -> str:
    """The time today, or the day, month and time before today, with the month named in the language in use."""
    local = when.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{day_month(local, padded=True)} {local:%H:%M}"


def describe(status: OutboxStatus, configured: bool) -> tuple[str, str]:
    """The status-bar text and its longer tooltip."""
    parts: list[str] = []
    tip: list[str] = []
    if status.waiting:
        parts.append(tr("{count} waiting").format(count=status.waiting) if configured
                     else tr("{count} kept on this device").format(count=status.waiting))
    elif status.sent:
        parts.append(tr("all sent"))
    if status.last_sent_at:
        parts.append(tr("last sent {time}").format(time=_clock(status.last_sent_at)))
    if status.rejected:
        parts.append(tr("{count} refused").format(count=status.rejected))
        tip.append(tr("The LRS refused {count}: {reason}").format(count=status.rejected,
                                                                   reason=status.last_rejection or ""))
    if status.last_error and configured:
        parts.append(tr("not sent: will retry"))
        tip.append(tr("Last error ({time}): {error}").format(
            time=_clock(status.last_error_at) if status.last_error_at else "", error=status.last_error))
    if not configured:
        tip.append(tr("No learning record store is set up: records are kept on this device (File → Settings)."))
    if not parts:
        return "", ""
    return tr("Learning records: {status}").format(status=" · ".join(parts)), "\n".join(tip)


class LrsStatusLabel(ElidedLabel):
    """The learning records line in the status bar; empty when there is nothing to say. It reads nothing until
    the database is in use (someone signed in), so the sign-in screen still loads no SQLAlchemy. Shortened with
    '…' when the bar is too narrow for it beside 'Signed in as …' (the largest text size)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.services = services
        self._outbox: Outbox | None = None
        self.setAccessibleName(tr("Learning records status"))
        self.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    @property
    def ready(self) -> bool:
        return self.services.database.engine_loaded

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            self._outbox = outbox_of(self.services)
        return self._outbox

    def refresh(self) -> None:
        if not self.ready:
            return
        try:
            status = self.outbox.status()
        except Exception:  # the database may be busy or gone for a moment: say nothing rather than fail
            return
        text, tip = describe(status, current_config(self.services).configured)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip or text)
        self.setVisible(bool(text))


class LearningRecords:
    """What the main window holds: the status line, and the sender thread, started once the database is in use
    (it is checked with the status line's timer)."""

    def __init__(self, label: LrsStatusLabel, interval: float = SEND_INTERVAL_S) -> None:
        self.label = label
        self.interval = interval
        self.sender: SenderThread | None = None
        label.timer.timeout.connect(self._start_when_ready)

    def _start_when_ready(self) -> None:
        if self.sender is None and self.label.ready:
            self.sender = start_sender(self.label.services, self.interval)

    def wake(self) -> None:
        """Send now (after Settings change)."""
        self._start_when_ready()
        if self.sender is not None:
            self.sender.wake()
        self.label.refresh()

    def stop(self) -> None:
        self.label.timer.stop()
        if self.sender is not None:
            self.sender.stop()
            self.sender = None


def start_sender(services: Services, interval: float = SEND_INTERVAL_S) -> SenderThread:
    from ..learning_records.sender import Sender, SenderThread

    thread = SenderThread(Sender(outbox_of(services), lambda: current_config(services)), interval)
    thread.start()
    return thread


def install_learning_records(window: QMainWindow, services: Services) -> LearningRecords:
    """Add the status line to ``window``'s status bar; sending starts in the background once the database is
    in use."""
    label = LrsStatusLabel(services, window)
    window.statusBar().addPermanentWidget(label)
    return LearningRecords(label)
