"""The mouse wheel over the screening form scrolls it and never changes an answer in a combo box the person has
not chosen (issue 13): a practitioner scrolling past a question must not silently change its saved answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.screening_helpers import complete_answers
from tests.ui.test_screening_review_fixes import _opened, _rows, fast  # noqa: F401 (a fixture)


def _wheel(widget, steps: int) -> None:
    """One turn of the wheel over the middle of ``widget`` (negative: towards the person, scrolling down)."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def _scroller(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not (isinstance(parent, QScrollArea) and parent.widget().isAncestorOf(widget)):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def test_the_wheel_over_an_unfocused_answer_scrolls_the_form_and_keeps_the_answer(qtbot, fast,  # noqa: F811
                                                                                  shown_messages) -> None:
    section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    section.resize(1024, 480)  # short enough that the section scrolls
    row = _rows(page)["substances[0].category"]
    page.go_to_section(next(i for i, view in enumerate(page.views) if view.isAncestorOf(row)))
    qtbot.waitUntil(row.isVisible)
    QApplication.processEvents()
    combo = row.input.combo
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus
    area = _scroller(combo)
    area.ensureWidgetVisible(combo)
    bar = area.verticalScrollBar()
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 2)
    assert bar.maximum() > bar.minimum()
    page.title_label.setFocus()  # somewhere else
    answer, index, before = combo.value(), combo.currentIndex(), bar.value()

    _wheel(combo, -1)
    _wheel(combo, 1)
    _wheel(combo, 1)
    assert combo.value() == answer and combo.currentIndex() == index
    assert not combo.hasFocus()
    assert bar.value() != before  # the turns went to the form's scroll area

    combo.setFocus(Qt.FocusReason.TabFocusReason)  # chosen by the person: now the wheel changes it, as Qt does
    assert combo.hasFocus()
    _wheel(combo, -1)
    assert combo.currentIndex() != index
