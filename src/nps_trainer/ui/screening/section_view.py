"""One section of the form, built once from the form definition, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...i18n import tr
from ...screening import ItemType
from ...screening.model import Section
from .. import colours
from ..widgets import WrappingButton, heading
from .item_row import AnswerRow
from .repeat_group import RepeatGroup


def note_style() -> str:
    """A note in the form: a soft 'info' tint of the window with an accent edge, in the window's text colour."""
    background, text = colours.window_colours()
    return (f"background: {colours.tint('info', background, text).name()}; color: {text.name()}; "
            f"border-left: 4px solid {colours.border('info', background).name()}; padding: 6px;")


class SectionView(QScrollArea):
    def __init__(self, section: Section, is_last: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Questions: {section}").format(section=section.title))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(heading(section.title, 2))
        if section.description:
            description = QLabel(section.description)
            description.setWordWrap(True)
            layout.addWidget(description)
        self.rows: dict[str, AnswerRow] = {}
        self.groups: dict[str, RepeatGroup] = {}
        self.notes: dict[str, QLabel] = {}
        for item in section.items:
            if item.type is ItemType.NOTE:
                note = QLabel(item.label)
                note.setWordWrap(True)
                colours.keep_styled(note, note_style)
                note.setAccessibleName(item.label)
                self.notes[item.id] = note
                layout.addWidget(note)
            elif item.type is ItemType.REPEAT:
                group = RepeatGroup(item)
                self.groups[item.id] = group
                layout.addWidget(group)
            else:
                row = AnswerRow(item, item.id)
                self.rows[item.id] = row
                layout.addWidget(row)
        # two lines rather than a wider page when the label is long (Welsh, 200% text)
        self.next_button = WrappingButton(tr("Review flags and finish") if is_last else tr("Next section"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        # The questions wrap to the width given; should anything still need more, it can be scrolled to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Tab goes to the questions, not to the scroll area (a stop with nothing to see); it follows the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        """Room for lines of about 40 characters: the side panels give up their room before the questions do."""
        hint = super().sizeHint()
        hint.setWidth(max(self.minimumSizeHint().width(), self.fontMetrics().averageCharWidth() * 40
                          + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()))
        return hint

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the questions at their narrowest (they wrap to any more width than that), so that the
        window keeps room for them rather than cutting them off."""
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is not None:
            width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
            hint.setWidth(max(hint.width(), width))
        return hint

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the questions changed (say, a substance was added)
            self.updateGeometry()
        return handled

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for item in self.section.items:
            if item.id in self.rows:
                widgets += self.rows[item.id].focus_widgets()
            elif item.id in self.groups:
                widgets += self.groups[item.id].focus_widgets()
        return [*widgets, self.next_button]
