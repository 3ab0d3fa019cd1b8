"""An attendee's reflection on a joint session they attended: one box, saved through the store (only the
attendee writes their own). A refused save keeps the dialog open with the text, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...i18n.dates import long_date
from ...profiles import ProfileInfo
from ...sessions.record import SessionRecord
from .. import messages
from ..widgets import buddy, heading, note

TITLE = tr_noop("Reflection on a joint session")


def session_line(record: SessionRecord) -> str:
    """'20 November 2026 · NPS together · facilitated by Fran Facilitator, Sam Co'."""
    return tr("{date} · {title} · facilitated by {names}").format(
        date=long_date(record.held_on), title=record.title, names=", ".join(record.facilitators))


class ReflectionDialog(QDialog):
    """Write or change ``acting``'s reflection on ``record``; Save stores it (an empty box removes it)."""

    def __init__(self, services, record: SessionRecord, acting: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record = record
        self.acting = acting
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr("Reflection on {title}").format(title=record.title))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(record.title, level=2))
        layout.addWidget(note(session_line(record)))
        layout.addWidget(note(tr("What you took from the session and how you will use it. It is yours: it goes "
                                 "on your CPD record only if you choose to include reflections. Do not write names "
                                 "or anything else that could identify a person you supervise.")))
        self.edit = QPlainTextEdit(services.joint_sessions.reflection(record.id, acting.id))
        self.edit.setAccessibleName(tr("My reflection"))
        self.edit.setAccessibleDescription(tr("What I learnt and how I will use it. Empty removes the reflection."))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(140)
        layout.addWidget(buddy(tr("&What I learnt and how I will use it:"), self.edit))
        layout.addWidget(self.edit, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(tr("Save reflection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Store the text; on a refusal say why and stay open (the text is kept)."""
        from ...profiles import NotAllowed
        from ...sessions.store import SessionError

        try:
            self.services.joint_sessions.set_reflection(self.record.id, self.acting.id, self.edit.toPlainText(),
                                                        acting=self.acting)
        except (SessionError, NotAllowed) as refused:
            messages.warn(self, tr(TITLE), tr("Your reflection was not saved: {reason}").format(reason=refused))
            return False
        self.accept()
        return True


def edit_reflection(parent: QWidget | None, services, record: SessionRecord, acting: ProfileInfo) -> bool:
    """Open the dialog; True when a reflection was saved. Tests drive :class:`ReflectionDialog` directly."""
    return ReflectionDialog(services, record, acting, parent).exec() == QDialog.DialogCode.Accepted
