"""The module reader's structure through Qt's own accessibility interface (QAccessible, offscreen), fast: the same
things the AT-SPI test (test_reader_structure.py) proves as a screen reader reads them (issue 13, point 3).

The real reader in a signed-in main window, real services on a temporary SQLite file, the bundled
overdose-response module."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.ui.accessible_roles import level_of
from nps_trainer.ui.learn.reader_page import ReaderPage
from nps_trainer.ui.learn.structured_view import (
    HeadingBlock,
    ImageBlock,
    ListBlock,
    ListItemBlock,
    NoteBlock,
    TableBlock,
    TextBlock,
)
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.sections.learn import LearnSection
from nps_trainer.ui.widgets import Heading
from tests.ui.helpers import show_active

MODULE = "overdose-response"


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    """Real services on a SQLite file in the temporary user folder (as tests/ui use)."""
    built = build_services(user_paths)
    yield built
    built.close()


def _interface(widget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def _name(widget) -> str:
    return _interface(widget).text(QAccessible.Text.Name)


def _reader(qtbot, services: Services, section_title: str | None = None) -> tuple[MainWindow, ReaderPage]:
    window = MainWindow(services)
    show_active(qtbot, window)
    window.resize(1200, 850)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    learn = window.pages["learn"]
    assert isinstance(learn, LearnSection)
    window.show_section("learn")
    learn.open_module(MODULE)
    reader = learn.reader
    if section_title is not None:
        index = next(i for i, section in enumerate(reader.module.sections) if section.title == section_title)
        reader.show_position(index)
        if reader.pages.currentWidget() is not reader.browser:  # a content warning first
            reader.warning_panel.show_button.click()
    QApplication.processEvents()
    return window, reader


def _section_markdown(reader: ReaderPage, title: str) -> str:
    return next(section.markdown for section in reader.module.sections if section.title == title)


def test_headings_have_roles_and_levels_and_the_page_title_is_a_level_1_heading(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    title = _interface(reader.title_label)
    assert title.role() == QAccessible.Role.Heading and level_of(title) == 1
    assert title.text(QAccessible.Text.Name) == reader.module.title
    headings = [block for block in reader.browser.blocks if isinstance(block, HeadingBlock)]
    found = [(_interface(h).role(), level_of(_interface(h)), _name(h)) for h in headings]
    assert (QAccessible.Role.Heading, 2, "Recognising an opioid overdose") in found
    reader.show_position(-1)  # the overview: the module's title is its level 1 heading, its parts level 3
    found = [(level_of(_interface(h)), _name(h)) for h in reader.browser.blocks if isinstance(h, HeadingBlock)]
    assert found[0] == (1, reader.module.title) and (3, "Sections") in found


def test_every_section_page_title_is_a_level_1_heading(qtbot, services) -> None:
    window, _reader_page = _reader(qtbot, services)
    checked = 0
    for key, page in window.pages.items():
        titles = [h for h in page.findChildren(Heading) if h.level == 1]
        for heading in titles:
            interface = _interface(heading)
            assert interface.role() == QAccessible.Role.Heading, key
            assert level_of(interface) == 1, key
            checked += 1
    assert checked >= 4


def test_a_table_has_rows_columns_and_header_cells(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    tables = [block for block in reader.browser.blocks if isinstance(block, TableBlock)]
    assert len(tables) == 1
    table = _interface(tables[0])
    assert table.role() == QAccessible.Role.Table
    assert tables[0].rowCount() == 4 and tables[0].columnCount() == 3  # as in the module's Markdown
    children = [table.child(i) for i in range(table.childCount())]
    headers = [child.text(QAccessible.Text.Name) for child in children
               if child.role() == QAccessible.Role.ColumnHeader]
    assert headers == ["", "Heavily intoxicated", "Possible overdose"]
    cell = next(child for child in children
                if child.role() == QAccessible.Role.Cell and child.text(QAccessible.Text.Name) == "Steady")
    info = cell.tableCellInterface()
    assert info is not None and (info.rowIndex(), info.columnIndex()) == (1, 1)
    assert [h.text(QAccessible.Text.Name) for h in info.columnHeaderCells()] == ["Heavily intoxicated"]
    assert tables[0].verticalScrollBar().isHidden() or not tables[0].verticalScrollBar().isVisible()
    last = tables[0].rowViewportPosition(3) + tables[0].rowHeight(3)
    assert last <= tables[0].viewport().height()  # every row shows: no inner scrolling


def test_lists_and_list_items(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    lists = [block for block in reader.browser.blocks if isinstance(block, ListBlock)]
    assert lists and _interface(lists[0]).role() == QAccessible.Role.List
    items = [block for block in reader.browser.blocks if isinstance(block, ListItemBlock)]
    names = [_name(item) for item in items]
    assert all(_interface(item).role() == QAccessible.Role.ListItem for item in items)
    assert "blue or grey lips and fingertips, and pale skin" in names
    interface = _interface(lists[0])
    assert interface.childCount() == 5 and interface.child(0).role() == QAccessible.Role.ListItem


def test_links_are_reached_by_tab_named_and_followed_by_enter(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    block = next(block for block in reader.browser.blocks
                 if isinstance(block, TextBlock) and "naloxone and probation" in block.links)
    assert block.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = reader.browser.flow()[reader.browser.flow().index(block) - 1]
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is block
    assert block.textCursor().selectedText() == "naloxone and probation"
    assert block.accessibleDescription() == "Link: naloxone and probation"
    stops = reader.browser.tab_stops()
    assert stops[0] is reader.browser.flow()[0] and block in stops  # Tab enters at the page's start
    assert stops[-1] is block and block.links == ["naloxone and probation"]  # the page's last link
    qtbot.keyClick(block, Qt.Key.Key_Tab)  # past the page's last link: on to Previous, not back to the top
    assert QApplication.focusWidget() is reader.previous_button, QApplication.focusWidget().toPlainText()[:80]
    block.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(block, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.module is not None and reader.module.id == "naloxone-probation")


def test_pictures_are_named_by_their_alt_text(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "The response, step by step")
    alt = re.search(r"!\[([^\]]+)\]", _section_markdown(reader, "The response, step by step")).group(1)
    images = [block for block in reader.browser.blocks if isinstance(block, ImageBlock)]
    assert len(images) == 1
    interface = _interface(images[0])
    assert interface.role() == QAccessible.Role.Graphic
    assert interface.text(QAccessible.Text.Name) == " ".join(alt.split())
    pixmap = images[0].pixmap()
    assert not pixmap.isNull() and pixmap.devicePixelRatio() == images[0].devicePixelRatioF()


def test_callouts_are_named_notes(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    notes = [block for block in reader.browser.blocks if isinstance(block, NoteBlock)]
    assert notes and _interface(notes[0]).role() == QAccessible.Role.Note
    assert _name(notes[0]) == "If in doubt, treat it as an overdose"


def test_text_reads_by_line_and_by_word_and_arrows_move_the_caret_through_the_page(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    reader.browser.resize(700, reader.browser.height())
    QApplication.processEvents()
    blocks = [block for block in reader.browser.flow() if isinstance(block, TextBlock)]
    long_block = max(blocks, key=lambda block: len(block.toPlainText()))
    text = _interface(long_block).textInterface()
    assert text is not None
    whole = text.text(0, text.characterCount())
    assert whole == long_block.toPlainText()
    # PySide does not bind textAtOffset (the AT-SPI test reads lines and words); here the interface's character
    # rectangles show the text is laid out in lines the width of the page, as the caret moves through them.
    tops = [text.characterRect(offset).top() for offset in range(len(whole))]
    first_line_end = next(i for i, top in enumerate(tops) if top > tops[0])
    layout_line = long_block.document().firstBlock().layout().lineAt(0)
    assert first_line_end == layout_line.textLength() and first_line_end < len(whole)
    long_block.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(long_block, Qt.Key.Key_Down)
    assert text.cursorPosition() > 0  # Down moved the caret a line on
    flow = reader.browser.flow()
    last = flow[-1] if isinstance(flow[-1], TextBlock) else next(b for b in reversed(flow) if isinstance(b, TextBlock))
    before = flow[flow.index(last) - 1]
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(30):  # Down reads on from one block into the next
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        if QApplication.focusWidget() is last:
            break
    assert QApplication.focusWidget() is last


def test_a_content_warning_is_read_with_its_buttons(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services)
    index = next(i for i, section in enumerate(reader.module.sections) if reader.module.warning_for(section))
    reader.show_position(index)
    panel = reader.warning_panel
    assert reader.pages.currentWidget() is panel
    warning = reader.module.warning_for(reader.module.sections[index]).warning
    for button in (panel.show_button, panel.skip_button):
        interface = _interface(button)
        assert warning in interface.text(QAccessible.Text.Description)


def test_at_the_largest_text_size_nothing_in_the_reader_is_clipped(qtbot, services) -> None:
    from tests.ui.test_text_200 import clipped

    services.settings.text_size = "largest"
    window, reader = _reader(qtbot, services, "Recognising an opioid overdose")
    window.resize(1366, 768)
    window.pages["learn"].activate()  # the text size applies as the page is shown
    QApplication.processEvents()
    qtbot.wait(120)  # the tables and pictures refit after the resize
    assert reader.base_pt >= 20
    assert clipped(reader) == []
    for block in reader.browser.blocks:  # every text block and table as tall as its contents
        if isinstance(block, TextBlock):
            assert block.height() >= block.document().size().height()
        if isinstance(block, TableBlock):
            last = block.rowCount() - 1
            assert block.rowViewportPosition(last) + block.rowHeight(last) <= block.viewport().height()


def test_the_quiz_review_has_question_headings_lists_and_read_more_links(qtbot, services, monkeypatch) -> None:
    from nps_trainer.quiz import QuizMode
    from nps_trainer.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    window = MainWindow(services)
    show_active(qtbot, window)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    quizzes = window.show_section("quizzes")
    quizzes.open_quiz(MODULE)
    quizzes.start_attempt(QuizMode.ASSESSED.value)
    quizzes.question_page.finish()  # nothing answered: every question is reviewed as not answered
    review = quizzes.results_page.review
    QApplication.processEvents()
    headings = [(level_of(_interface(block)), _name(block)) for block in review.blocks
                if isinstance(block, HeadingBlock)]
    assert headings[:2] == [(3, "Question 1"), (3, "Question 2")]
    assert all(_interface(block).role() == QAccessible.Role.Heading for block in review.blocks
               if isinstance(block, HeadingBlock))
    linked = [block for block in review.blocks if isinstance(block, TextBlock) and block.links]
    assert linked and all(block.focusPolicy() == Qt.FocusPolicy.StrongFocus for block in linked)
    assert "Your answer:" in review.toPlainText()
