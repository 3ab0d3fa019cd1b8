"""The flags raised by the answers so far, red first with their counts: each a title to read at a glance, which opens
to why it was raised, what to do and an 'Override…' button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...screening import RaisedFlag
from .. import colours
from ..widgets import heading

SEVERITY = {  # words first (never colour alone; shown through tr()), then the accent kind from ui.colours
    "red": (tr_noop("Red flag"), "bad"),
    "amber": (tr_noop("Amber flag"), "warn"),
    "info": (tr_noop("For information"), "info"),
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
    def __init__(self, flag: RaisedFlag, parent: QWidget | None = None, *, expanded: bool = False) -> None:
        super().__init__(parent)
        self.flag = flag
        severity, self.kind = SEVERITY[flag.severity.value]
        severity = tr(severity)
        self.setObjectName("flagCard")
        colours.keep_styled(self, lambda: colours.notice_style("#flagCard", self.kind, edge=0, left_edge=5,
                                                               radius=0))
        self.setAccessibleName(f"{severity}: {flag.rule.title}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(3)
        title = f"{severity}: {flag.rule.title}"
        if flag.overridden:
            title = tr("{flag} (overridden)").format(flag=title)
        self.title_label = _label(title, bold=True)
        layout.addWidget(self.title_label)
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setFlat(True)
        self.toggle.setAccessibleDescription(f"{severity}: {flag.rule.title}")
        self.toggle.toggled.connect(self._show_details)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(3)
        details.addWidget(_label(flag.rule.explanation))
        self.reason_label = _label(flag.reason)
        details.addWidget(self.reason_label)
        action = tr("Suggested action: {action}").format(action=flag.rule.action)
        details.addWidget(_label(action))
        if flag.override is not None:
            if flag.override.by:
                overridden = tr("Overridden by {name}: {reason}").format(name=flag.override.by,
                                                                         reason=flag.override.reason)
            else:
                overridden = tr("Overridden: {reason}").format(reason=flag.override.reason)
            details.addWidget(_label(overridden, bold=True))
        self.override_button = QPushButton(tr("Change override…") if flag.overridden else tr("Override…"))
        self.override_button.setAccessibleName(tr("Override flag: {title}").format(title=flag.rule.title))
        self.override_button.setAccessibleDescription(f"{flag.rule.explanation} {flag.reason} {action}")
        details.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self._show_details(expanded)
        self.toggle.setChecked(expanded)


    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(tr("Hide details") if shown else tr("Show details"))
        self.toggle.setAccessibleName((tr("Hide why and what to do: {title}") if shown
                                       else tr("Show why and what to do: {title}")).format(title=self.flag.rule.title))


class FlagsPanel(QWidget):
    override_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Flags"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("Flags"), 2))
        self.count_label = QLabel(tr("No flags raised."))
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(tr("Flags raised"))
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the override buttons, which the scrolling follows. On a finished screening (no buttons to
        # press) the flags themselves take the focus, shown by a border, for reading with the arrow keys.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setObjectName("flagsScroll")
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)  # drawn by the style sheet: a border only with focus
        self.scroll.setStyleSheet("#flagsScroll { border: 2px solid transparent; } "
                                  "#flagsScroll:focus { border-color: palette(highlight); }")
        self.scroll.setAccessibleDescription(tr("The flags raised; the arrow keys scroll them"))
        self.body = QWidget()
        self.cards_layout = QVBoxLayout(self.body)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)
        self.cards: list[FlagCard] = []
        self._shown: tuple = ()
        self._editable = True
        self._opened: dict[str, bool] = {}  # flags the person opened or closed: kept when the flags are rebuilt

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
        shown_ids = {flag.id for flag in flags}
        self._opened = {flag_id: opened for flag_id, opened in self._opened.items() if flag_id in shown_ids}
        ordered = sorted(flags, key=lambda f: -f.severity.rank)  # red first; the form's order within each
        for position, flag in enumerate(ordered):
            card = FlagCard(flag, expanded=self._opened.get(flag.id, False))
            card.toggle.toggled.connect(lambda opened, fid=flag.id: self._opened.__setitem__(fid, opened))
            card.override_button.setEnabled(editable)
            card.override_button.clicked.connect(lambda _=False, fid=flag.id: self.override_requested.emit(fid))
            self.cards_layout.insertWidget(position, card)
            card.show()
            self.cards.append(card)
        readable = bool(flags) and not editable
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if readable else Qt.FocusPolicy.NoFocus)
        counts = {value: sum(1 for f in flags if f.severity.value == value) for value in ("red", "amber", "info")}
        words = [tr("%n red", "how many red flags", counts["red"]) if counts["red"] else "",
                 tr("%n amber", "how many amber flags", counts["amber"]) if counts["amber"] else "",
                 tr("%n for information", "how many flags for information", counts["info"]) if counts["info"] else ""]
        text = tr("%n flag(s) raised: {counts}.", "", len(flags)).format(counts=", ".join(w for w in words if w))
        self.count_label.setText(text if flags else tr("No flags raised."))
        self.count_label.setAccessibleName(self.count_label.text())
        return True

    def focus_widgets(self) -> list[QWidget]:
        """Each flag's Show/Hide button, then its override button (reached only while it is open); on a finished
        screening, the flags' scroll area first, for reading with the arrow keys."""
        widgets: list[QWidget] = [self.scroll] if self.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus else []
        for card in self.cards:
            widgets += [card.toggle, card.override_button]
        return widgets
