"""The flags raised by the answers so far: severity, why, what to do, and an 'Override…' button each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...screening import RaisedFlag
from ..widgets import heading

SEVERITY = {
    "red": ("Red flag", "#d4351c", "#fdecea"),
    "amber": ("Amber flag", "#f47738", "#fff4e5"),
    "info": ("For information", "#1d70b8", "#eef3f8"),
}


def _label(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class FlagCard(QFrame):
    def __init__(self, flag: RaisedFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        severity, colour, background = SEVERITY[flag.severity.value]
        self.setObjectName("flagCard")
        self.setStyleSheet(f"#flagCard {{ border-left: 5px solid {colour}; background: {background}; }}")
        self.setAccessibleName(f"{severity}: {flag.rule.title}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(3)
        self.title_label = _label(f"{severity}: {flag.rule.title}", bold=True)
        layout.addWidget(self.title_label)
        layout.addWidget(_label(flag.rule.explanation))
        self.reason_label = _label(flag.reason)
        layout.addWidget(self.reason_label)
        layout.addWidget(_label(f"Suggested action: {flag.rule.action}"))
        if flag.override is not None:
            by = f" by {flag.override.by}" if flag.override.by else ""
            layout.addWidget(_label(f"Overridden{by}: {flag.override.reason}", bold=True))
        self.override_button = QPushButton("Change override…" if flag.overridden else "Override…")
        self.override_button.setAccessibleName(f"Override flag: {flag.rule.title}")
        self.override_button.setAccessibleDescription(f"{flag.rule.explanation} {flag.reason} "
                                                      f"Suggested action: {flag.rule.action}")
        layout.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)


class FlagsPanel(QWidget):
    override_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Flags")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Flags", 2))
        self.count_label = QLabel("No flags raised.")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName("Flags raised")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the override buttons, which the scrolling follows. On a finished screening (no buttons to
        # press) the flags themselves take the focus, shown by a border, for reading with the arrow keys.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setObjectName("flagsScroll")
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)  # drawn by the style sheet: a border only with focus
        self.scroll.setStyleSheet("#flagsScroll { border: 2px solid transparent; } "
                                  "#flagsScroll:focus { border-color: palette(highlight); }")
        self.scroll.setAccessibleDescription("The flags raised; the arrow keys scroll them")
        self.body = QWidget()
        self.cards_layout = QVBoxLayout(self.body)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)
        self.cards: list[FlagCard] = []
        self._shown: tuple = ()
        self._editable = True

    def show_flags(self, flags: list[RaisedFlag], editable: bool) -> bool:
        """Show the flags; rebuilds only when they changed. True when rebuilt."""
        key = (tuple((f.id, f.reason, f.override) for f in flags), editable)
        if key == self._shown:
            return False
        self._shown = key
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, flag in enumerate(flags):
            card = FlagCard(flag)
            card.override_button.setEnabled(editable)
            card.override_button.clicked.connect(lambda _=False, fid=flag.id: self.override_requested.emit(fid))
            self.cards_layout.insertWidget(position, card)
            card.show()
            self.cards.append(card)
        readable = bool(flags) and not editable
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if readable else Qt.FocusPolicy.NoFocus)
        red = sum(1 for f in flags if f.severity.value == "red")
        text = f"{len(flags)} flag{'s' if len(flags) != 1 else ''} raised" + (f", {red} red." if red else ".")
        self.count_label.setText(text if flags else "No flags raised.")
        self.count_label.setAccessibleName(self.count_label.text())
        return True

    def focus_widgets(self) -> list[QWidget]:
        """The override buttons; on a finished screening, the flags' scroll area itself."""
        if self.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return [self.scroll]
        return [card.override_button for card in self.cards]
