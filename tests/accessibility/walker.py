"""A keyboard and screen-reader walk of one page, through Qt's own accessibility interface (issue 13, point 4).

``walk(root)`` collects the page's Tab chain (``QWidget.nextInFocusChain`` from the page's first focusable
widget, keeping only the widgets Tab really stops at) and reports, in words, every control a keyboard or screen
reader user would be let down by:

- a control with no accessible role or no name (a combo box must be named by its prompt, not its current value);
- a Tab order that goes against reading order (top to bottom, then left to right, with a few pixels' tolerance;
  going up into a column to the right of the previous control is reading order too: a page read column by
  column, such as a list beside its details);
- a Return key that does not press the focused push button (every push button in the chain is tried, with its
  signals blocked and made checkable for the moment, so that pressing changes nothing but its checked state);
- an exclusive radio group whose Down arrow moves without choosing.

Question checks (``question_problems``) and content-warning checks are separate, because only the page knows which
widgets make up a question. Exceptions the walker allows are listed in ``ALLOWED`` with their reasons.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QButtonGroup,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

TOLERANCE = 8  # pixels: controls on one line may sit a little higher or lower than each other
NO_ROLES = {QAccessible.Role.NoRole}

# What the walker lets through, and why (reported with the results so nobody has to guess):
ALLOWED = {
    "check boxes": "each check box of a 'tick all that apply' question is its own Tab stop (Space ticks the "
                   "focused one), as in every desktop toolkit and the WAI-ARIA checkbox group pattern",
    "matching": "a matching question is one combo box per item to match: each is a question of its own, named "
                "'<item>: match'",
    "declined": "a screening question that cannot offer 'Declined to answer' and 'Not known' in its own combo "
                "box (text, number, date, multiple choice) has one more stop for them: every item of the form "
                "accepts those answers (docs/screening-format.md)",
    "ordering": "an ordering question is a list (arrow keys choose an item), its Move up and Move down buttons "
                "and 'Keep this order': each is a control of its own",
    "combo names": "Qt on Linux gives a combo box's current value as its accessible name and its prompt as the "
                   "'labelled by' relation of its buddy label: the prompt is looked for in the combo's own "
                   "accessible name (Windows and macOS) and its buddy label (Linux), never in its value",
    "scrolling": "a control inside a scroll area another control is not in is placed, for reading order, where the "
                 "scroll area is (its own place moves as the area scrolls)",
    "readable text": "a rich-text label that Tab reaches (a question's prompt, a scenario's story, feedback) is "
                     "reading, not a control: it is not counted as one of a question's stops",
}


@dataclass
class Stop:
    widget: QWidget
    role: QAccessible.Role | None
    name: str
    description: str
    rect: QRect  # in global coordinates

    def describe(self) -> str:
        widget = self.widget
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        shown = f" {str(text)[:40]!r}" if text else ""
        return f"{type(widget).__name__}({widget.objectName() or ''}){shown} named {self.name[:60]!r}"


@dataclass
class Walk:
    where: str
    stops: list[Stop] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [stop.name for stop in self.stops]

    def index_of(self, widget: QWidget) -> int:
        for number, stop in enumerate(self.stops):
            if stop.widget is widget:
                return number
        return -1


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop at ``widget`` as it is now (Qt's own rule: the Tab policy, no focus proxy, shown and
    enabled)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None \
        and widget.isVisible() and widget.isEnabled()


def _exclusive_peers(button: QRadioButton) -> list[QAbstractButton]:
    group = button.group()
    if group is not None:
        return list(group.buttons()) if group.exclusive() else [button]
    if button.autoExclusive() and button.parentWidget() is not None:
        return [b for b in button.parentWidget().findChildren(QRadioButton, options=Qt.FindChildOption.
                                                              FindDirectChildrenOnly) if b.autoExclusive()]
    return [button]


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets in ``root`` that Tab stops at, in the order Tab visits them. A radio group is one stop, as
    Qt makes it: its checked button, or (none checked) the first of them in the chain."""
    widgets: list[QWidget] = []
    seen: set[int] = set()
    widget = root
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is root or id(widget) in seen:
            break
        seen.add(id(widget))
        if (root.isAncestorOf(widget)) and takes_tab(widget) and widget.window() is root.window():
            widgets.append(widget)
    chain: list[QWidget] = []
    groups_done: list[list[QAbstractButton]] = []
    for widget in widgets:
        if isinstance(widget, QRadioButton):
            peers = [p for p in _exclusive_peers(widget) if takes_tab(p)]
            if len(peers) > 1:
                if any(widget in done for done in groups_done):
                    continue
                groups_done.append(peers)
                checked = [p for p in peers if p.isChecked()]
                chain.append(checked[0] if checked else widget)
                continue
        chain.append(widget)
    return _from_the_top(chain)


def _from_the_top(chain: list[QWidget]) -> list[QWidget]:
    """The chain is a ring (Tab from the last control goes back to the first): start it where a reader starts, the
    place that leaves the fewest steps against reading order (the top-left control, on a page read in one column;
    the top of the left column, on a page of columns)."""
    if len(chain) < 2:
        return chain
    stops = [Stop(w, None, "", "", _global_rect(w)) for w in chain]
    best = min(range(len(chain)), key=lambda i: (len(order_problems(stops[i:] + stops[:i])),
                                                 stops[i].rect.top() // (TOLERANCE * 2), stops[i].rect.left()))
    return chain[best:] + chain[:best]


def accessible(widget: QWidget) -> tuple[QAccessible.Role | None, str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return None, "", ""
    return interface.role(), interface.text(QAccessible.Text.Name).strip(), \
        interface.text(QAccessible.Text.Description).strip()


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(":").strip().lower()


def _unbracketed(text: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", _plain(text)).replace(" ?", "?").split())


def _buddy_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]


def name_problems(stops: Iterable[Stop]) -> list[str]:
    problems = []
    for stop in stops:
        if stop.role is None or stop.role in NO_ROLES:
            problems.append(f"no accessible role: {stop.describe()}")
        if not stop.name:
            problems.append(f"no accessible name: {stop.describe()}")
        if isinstance(stop.widget, QComboBox):
            # Qt on Linux gives a combo box's current value as its interface's name, by design: its prompt
            # reaches a screen reader as its 'labelled by' relation (a label whose buddy it is), and on Windows
            # and macOS as its accessible name. So the prompt is looked for there, and must not be the value.
            combo = stop.widget
            value = _plain(combo.currentText())
            prompts = [_plain(text) for text in (combo.accessibleName(), *_buddy_texts(combo)) if _plain(text)]
            if not prompts:
                problems.append(f"combo box with no prompt (no accessible name, no label): {stop.describe()}")
            elif value and all(prompt == value for prompt in prompts):
                problems.append(f"combo box named by its current value, not its prompt: {stop.describe()}")
            # Compared without any words in brackets: a label may add '(required)' that the name leaves out.
            labels = [_unbracketed(text) for text in _buddy_texts(combo)]
            name = _unbracketed(combo.accessibleName())
            if labels and name and not any(label in name or name in label for label in labels):
                problems.append(f"combo box named {name!r}, not by its label {labels[0]!r}: {stop.describe()}")
    return problems


def _scrollers(widget: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas ``widget`` scrolls with, outermost first."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            found.append(parent)
        parent = parent.parentWidget()
    return found[::-1]


def _placed(before: Stop, after: Stop) -> tuple[QRect, QRect]:
    """Where two stops are, to compare in reading order: a control inside a scroll area the other is not in stands
    at the scroll area's place (its own place moves as the area scrolls, and it is read where the area is)."""
    mine, theirs = _scrollers(before.widget), _scrollers(after.widget)
    shared = 0
    while shared < min(len(mine), len(theirs)) and mine[shared] is theirs[shared]:
        shared += 1
    a = _global_rect(mine[shared]) if len(mine) > shared else before.rect
    b = _global_rect(theirs[shared]) if len(theirs) > shared else after.rect
    return a, b


def order_problems(stops: list[Stop]) -> list[str]:
    """Each stop must come after the one before it in reading order (see the module's docstring)."""
    problems = []
    for before, after in itertools.pairwise(stops):
        a, b = _placed(before, after)
        if b.top() < a.top() - TOLERANCE:
            if b.left() >= a.right() - TOLERANCE:
                continue  # up into the next column, to the right: read column by column
            problems.append(f"Tab goes up the page, from {before.describe()} at {a.x()},{a.y()} to "
                            f"{after.describe()} at {b.x()},{b.y()}")
        elif abs(b.top() - a.top()) <= TOLERANCE and b.left() < a.left() - TOLERANCE and b.bottom() <= a.bottom() \
                + TOLERANCE:
            problems.append(f"Tab goes right to left on one line, from {before.describe()} at {a.x()},{a.y()} to "
                            f"{after.describe()} at {b.x()},{b.y()}")
    return problems


def return_problems(stops: list[Stop]) -> list[str]:
    """Return on each focused push button must press that button (and no other). Every push button in the window
    is made checkable with its signals blocked while this runs, so a press only flips its checked state."""
    buttons = [s.widget for s in stops if isinstance(s.widget, QPushButton)]
    if not buttons:
        return []
    window = buttons[0].window()
    everyone = window.findChildren(QPushButton)
    saved = [(b, b.isCheckable(), b.isChecked(), b.signalsBlocked()) for b in everyone]
    problems = []
    try:
        for b in everyone:
            b.blockSignals(True)
            b.setCheckable(True)
        for button in buttons:
            if not button.isVisible() or not button.isEnabled():
                continue
            before = {id(b): b.isChecked() for b in everyone}
            button.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            if QApplication.focusWidget() is not button:
                problems.append(f"focus cannot be put on {button.text()!r} ({button.accessibleName()!r})")
                continue
            QTest.keyClick(button, Qt.Key.Key_Return)
            pressed = [b for b in everyone if b.isChecked() != before[id(b)]]
            if pressed != [button]:
                others = ", ".join(repr(b.text()) for b in pressed if b is not button) or "nothing"
                problems.append(f"Return on the focused button {button.text()!r} pressed {others}"
                                if button not in pressed else
                                f"Return on {button.text()!r} also pressed {others}")
    finally:
        for b, checkable, checked, blocked in saved:
            b.setChecked(checked)
            b.setCheckable(checkable)
            b.blockSignals(blocked)
    return problems


def radio_groups(root: QWidget) -> list[list[QAbstractButton]]:
    """Exclusive groups of two or more radio buttons shown and enabled in ``root``."""
    groups: list[list[QAbstractButton]] = []
    for radio in root.findChildren(QRadioButton):
        if not takes_tab(radio) or any(radio in g for g in groups):
            continue
        peers = [p for p in _exclusive_peers(radio) if takes_tab(p)]
        if len(peers) > 1:
            groups.append(peers)
    return groups


def arrow_problems(root: QWidget) -> list[str]:
    """In every exclusive radio group, Down on an option must choose the next option, whether or not anything
    was chosen before (each group's choice is put back afterwards)."""
    problems = []
    for peers in radio_groups(root):
        first = peers[0]
        group: QButtonGroup | None = first.group()
        was = [p.isChecked() for p in peers]
        if group is not None:
            group.setExclusive(False)
        for p in peers:
            p.setChecked(False)
        if group is not None:
            group.setExclusive(True)
        first.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        QTest.keyClick(first, Qt.Key.Key_Down)
        QApplication.processEvents()
        moved_to = QApplication.focusWidget()
        if moved_to is first or moved_to not in peers:
            problems.append(f"Down does not move from {first.text()!r} to another option")
        elif not moved_to.isChecked():
            problems.append(f"Down moves from {first.text()!r} to {moved_to.text()!r} without choosing it")
        if group is not None:
            group.setExclusive(False)
        for p, on in zip(peers, was, strict=True):
            p.setChecked(on)
        if group is not None:
            group.setExclusive(True)
    return problems


def walk(root: QWidget, where: str, *, press_return: bool = True, arrows: bool = True) -> Walk:
    """Everything the walker checks on one page; ``where`` names the page in the problems reported."""
    # Tab and back, as a person starting to move would: a window may settle its Tab order as Tab is pressed (the
    # main window keeps its 'Suspected overdose' button last then). Asked of the window itself, since the focused
    # control may keep Tab (a table moves between its cells).
    window = root.window()
    step = getattr(window, "focusNextPrevChild", None)
    if step is not None and window.isVisible():
        try:
            step(True)
            step(False)
        except (TypeError, AttributeError):  # a Qt class's own window: the method is not Python's to call
            pass
    QApplication.processEvents()
    result = Walk(where)
    for widget in tab_chain(root):
        role, name, description = accessible(widget)
        result.stops.append(Stop(widget, role, name, description, _global_rect(widget)))
    problems = name_problems(result.stops) + order_problems(result.stops)
    if press_return:
        problems += return_problems(result.stops)
    if arrows:
        problems += arrow_problems(root)
    result.problems = [f"{where}: {problem}" for problem in problems]
    return result


# -- questions ------------------------------------------------------------------------------------------------------
def labelled_by(widget: QWidget) -> list[str]:
    """The names of the labels that label ``widget`` for assistive technology: Qt reports a label whose buddy is
    the widget as its 'labelled by' relation. (Read from the labels themselves: the interfaces Qt's ``relations()``
    returns are Qt's own, and a Python wrapper of them must not outlive the walk.)"""
    found = []
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            _role, name, _ = accessible(label)
            found.append(name or label.text())
    return found


def question_problems(walk_: Walk, question: str, prompt: QWidget | None, group: QWidget,
                      extra_stops: int = 0) -> list[str]:
    """One question: its text names its option group (or labels it), its options follow its text in Tab order,
    and it is one Tab stop (plus ``extra_stops`` where the walker allows them: see ALLOWED)."""
    problems = []
    words = _plain(question)
    _role, group_name, _ = accessible(group)
    named = words in _plain(group_name) or any(words in _plain(text) for text in labelled_by(group))
    # Text a reader can stop at (a readable label, such as a scenario's story) is reading, not a control.
    inside = [s for s in walk_.stops if (s.widget is group or group.isAncestorOf(s.widget))
              and not isinstance(s.widget, QLabel)]
    if not named and inside:
        first = inside[0].widget
        named = words in _plain(inside[0].name) or any(words in _plain(t) for t in labelled_by(first))
    if not named:
        problems.append(f"the question {question[:50]!r} neither names nor labels its options "
                        f"(group named {group_name[:60]!r})")
    if not inside:
        problems.append(f"the options of {question[:50]!r} are not in the Tab chain")
    elif len(inside) > 1 + extra_stops:
        problems.append(f"{question[:50]!r} is {len(inside)} Tab stops: "
                        + "; ".join(s.describe() for s in inside))
    if prompt is not None and inside:
        at = walk_.index_of(prompt)
        if at >= 0 and walk_.index_of(inside[0].widget) < at:
            problems.append(f"the options of {question[:50]!r} come before the question in Tab order")
        if _global_rect(prompt).top() > inside[0].rect.top() + TOLERANCE:
            problems.append(f"the options of {question[:50]!r} are above the question")
    return [f"{walk_.where}: {p}" for p in problems]
