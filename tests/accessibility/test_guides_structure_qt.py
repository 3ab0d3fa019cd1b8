"""The user guide (F1) and the overdose guide (F2) through Qt's own accessibility interface (QAccessible,
offscreen): headings with their levels, lists and list items, and links reached by Tab, named and followed by
Enter (issue 13, point 3). The real windows with the bundled guides."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication

from nps_trainer.guides import GUIDE_FILE, load_overdose_guide
from nps_trainer.help import load_guide
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.accessible_roles import level_of
from nps_trainer.ui.help_window import HelpWindow
from nps_trainer.ui.learn.structured_view import HeadingBlock, ListBlock, ListItemBlock, TextBlock
from nps_trainer.ui.overdose_guide import OverdoseGuideDialog
from tests.ui.helpers import show_active


def _interface(widget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def _headings(view) -> list[tuple[QAccessible.Role, int, str]]:
    return [(_interface(h).role(), level_of(_interface(h)), _interface(h).text(QAccessible.Text.Name))
            for h in view.blocks if isinstance(h, HeadingBlock)]


def _help(qtbot) -> HelpWindow:
    window = HelpWindow(load_guide(bundled_content_dir() / "help", "en"), 11.0)
    show_active(qtbot, window)
    window.show_page("getting-started")
    QApplication.processEvents()
    return window


def test_the_user_guide_has_headings_with_levels(qtbot) -> None:
    window = _help(qtbot)
    found = _headings(window.text)
    heading = QAccessible.Role.Heading
    assert found[0] == (heading, 2, "Getting started and signing in")  # the page's title
    assert (heading, 3, "Signing in") in found and (heading, 3, "Forgotten your passphrase?") in found
    assert all(role == heading for role, _level, _name in found)
    assert [name for _role, _level, name in found[1:]] == list(window.current.headings)
    window.close()


def test_the_user_guide_has_lists_with_named_items(qtbot) -> None:
    window = _help(qtbot)
    lists = [block for block in window.text.blocks if isinstance(block, ListBlock)]
    assert lists and lists[0].ordered
    interface = _interface(lists[0])
    assert interface.role() == QAccessible.Role.List and interface.childCount() == 2
    assert interface.child(0).role() == QAccessible.Role.ListItem
    names = [_interface(item).text(QAccessible.Text.Name) for item in window.text.blocks
             if isinstance(item, ListItemBlock)]
    assert names[:2] == ["Under Who are you?, choose your name.",
                         "Type your Passphrase and choose Sign in (or press Enter)."]
    window.close()


def test_the_user_guide_links_are_reached_by_tab_named_and_followed_by_enter(qtbot) -> None:
    window = _help(qtbot)
    view = window.text
    expected = [text for block in view.tab_stops() if isinstance(block, TextBlock) for text in block.links]
    assert expected[:2] == ["the overdose guide", "setup codes"]
    # Tab from the page's start through every link, in reading order, each one named as it is reached
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    assert QApplication.focusWidget() is view.flow()[0]
    reached: list[str] = []
    for _step in range(len(expected) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if not view.isAncestorOf(focused):
            break
        assert isinstance(focused, TextBlock)
        words = focused.textCursor().selectedText()
        reached.append(words)
        assert _interface(focused).text(QAccessible.Text.Description) == f"Link: {words}"
    assert reached == expected
    assert not window.back_button.isEnabled()  # the first page shown: nothing to go back to
    assert QApplication.focusWidget() is window.shortcuts_button  # past the page's last link: on to the buttons
    window.contents.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.contents, Qt.Key.Key_Tab)  # and from the contents into the page's start
    assert QApplication.focusWidget() is view.flow()[0]
    # Enter on 'setup codes' opens another page at its part, with that part's heading at the top of the view
    block = next(block for block in view.tab_stops() if isinstance(block, TextBlock) and "setup codes" in block.links)
    block.setFocus(Qt.FocusReason.OtherFocusReason)
    for _step in range(len(block.links)):
        if block.textCursor().selectedText() == "setup codes":
            break
        qtbot.keyClick(block, Qt.Key.Key_Tab)
    assert block.textCursor().selectedText() == "setup codes"
    qtbot.keyClick(block, Qt.Key.Key_Return)
    assert (window.current.id, window.anchor) == ("team", "people-and-setup-codes")
    qtbot.wait(20)
    part = view.anchors["people-and-setup-codes"]
    assert isinstance(part, HeadingBlock) and part.text() == "People and setup codes"
    bar = view.verticalScrollBar()
    top = part.mapTo(view.widget(), QPoint(0, 0)).y()
    assert bar.value() == top or bar.value() == bar.maximum() > 0, (bar.value(), top, bar.maximum())
    assert view.isAncestorOf(QApplication.focusWidget())  # the keyboard stays in the page it opened
    window.close()


def test_the_overdose_guide_has_a_heading_and_its_steps_as_a_numbered_list(qtbot) -> None:
    guide = load_overdose_guide(bundled_content_dir() / GUIDE_FILE)[0]
    assert guide is not None
    dialog = OverdoseGuideDialog(guide, 11.0)
    show_active(qtbot, dialog)
    view = dialog.text
    assert _headings(view) == [(QAccessible.Role.Heading, 1, guide.title)]
    first = next(block for block in view.blocks if isinstance(block, TextBlock))
    assert first.plain_text() == guide.first  # 'Call 999 now …' straight after the title
    lists = [block for block in view.blocks if isinstance(block, ListBlock)]
    assert len(lists) == 1 and lists[0].ordered
    interface = _interface(lists[0])
    assert interface.role() == QAccessible.Role.List and interface.childCount() == len(guide.steps)
    items = [block for block in view.blocks if isinstance(block, ListItemBlock)]
    assert [item.marker for item in items] == [f"{n}." for n in range(1, len(guide.steps) + 1)]
    for item, step in zip(items, guide.steps, strict=True):
        child = _interface(item)
        assert child.role() == QAccessible.Role.ListItem
        assert child.text(QAccessible.Text.Name) == f"{step.heading}. {step.text}"
    # the guide has no links: the keyboard enters at its title and reads on with Down, step by step
    assert view.tab_stops() == [view.flow()[0]]
    assert QApplication.focusWidget() is view.flow()[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is first
    dialog.close()


def test_a_joint_session_plan_has_its_heading_lists_and_whole_step_numbers(qtbot, user_paths) -> None:
    from nps_trainer.services import build_services
    from nps_trainer.ui.sessions.setup_dialog import SetupDialog

    services = build_services(user_paths)
    try:
        dialog = SetupDialog(services, services.profiles.create("Fran", "facilitator"))
        show_active(qtbot, dialog)
        plan = dialog.chosen_plan()
        assert plan is not None and len(plan.steps) >= 10  # the first plan has ten steps or more
        view = dialog.details
        assert _headings(view) == [(QAccessible.Role.Heading, 2, plan.title)]
        lists = [block for block in view.blocks if isinstance(block, ListBlock)]
        assert [block.ordered for block in lists] == [False, True]  # the outcomes, then the steps
        steps = _interface(lists[1])
        assert steps.role() == QAccessible.Role.List and steps.childCount() == len(plan.steps)
        first = plan.steps[0]
        assert steps.child(0).text(QAccessible.Text.Name).endswith(f"{first.title} ({first.minutes} min)")
        items = [block for block in view.blocks if isinstance(block, ListItemBlock) and block.parent() is lists[1]]
        tenth = items[9]
        assert tenth.marker == "10."
        room = tenth.column.contentsMargins().left()
        assert tenth.fontMetrics().horizontalAdvance("10.") < room  # the number is drawn whole, not cut off
        dialog.reject()
    finally:
        services.close()
