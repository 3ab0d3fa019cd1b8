"""The structured reader (ui/learn/structured_view.py) given pages it was not written for: a table too wide for
the page, a word too long for a heading's line, pictures that cannot be shown, and hostile HTML (empty headings,
lists straight inside lists, hundreds of nested divs, row header cells). Real widgets, shown offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from nps_trainer.ui.accessible_roles import level_of
from nps_trainer.ui.learn.structured_view import (
    HeadingBlock,
    ImageBlock,
    ListBlock,
    ListItemBlock,
    StructuredView,
    TableBlock,
    TextBlock,
)
from tests.ui.helpers import show_active

PARAGRAPH = "A paragraph of ordinary words that wraps at the width of the page like any other paragraph. " * 3


def _view(qtbot, html: str, width: int = 600, folder: Path | None = None) -> StructuredView:
    view = StructuredView(follow_links=False)
    view.image_folder = folder
    view.resize(width, 500)
    show_active(qtbot, view)
    view.setHtml(html)
    for _ in range(3):
        qtbot.wait(100)  # the view refits its pictures 80 ms after a resize; tables fit on the next turn
        QApplication.processEvents()
    return view


def _interface(widget):
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_a_table_of_fifty_columns_scrolls_inside_itself_and_the_page_stays_the_view_width(qtbot) -> None:
    header = "".join(f"<th>Heading {n}</th>" for n in range(50))
    row = "".join(f"<td>cell {n}</td>" for n in range(50))
    view = _view(qtbot, f"<p>{PARAGRAPH}</p><table><tr>{header}</tr><tr>{row}</tr></table><p>{PARAGRAPH}</p>")
    page = view.widget()
    assert page.width() <= view.viewport().width()
    paragraph = next(block for block in view.blocks if isinstance(block, TextBlock))
    assert paragraph.width() <= view.viewport().width()
    table = next(block for block in view.blocks if isinstance(block, TableBlock))
    assert table.width() <= view.viewport().width()
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0 and bar.isVisible()  # it scrolls sideways, inside its own block
    assert table.rowHeight(0) > 0 and table.viewport().height() >= table.rowHeight(0)  # the bar hides no row
    assert table.focusPolicy() & Qt.FocusPolicy.TabFocus and table in view.tab_stops()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_End)
    QApplication.processEvents()
    assert table.currentColumn() == 49 and bar.value() > 0  # the keyboard brings the last column into view


def test_a_narrow_table_still_shares_the_width_without_a_scroll_bar(qtbot) -> None:
    view = _view(qtbot, "<table><tr><th>One</th><th>Two</th></tr><tr><td>a</td><td>b</td></tr></table>")
    table = next(block for block in view.blocks if isinstance(block, TableBlock))
    assert table.horizontalScrollBar().maximum() == 0
    assert abs(table.columnWidth(0) - table.columnWidth(1)) <= 2


def test_a_very_long_word_in_a_heading_breaks_instead_of_widening_the_page(qtbot) -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
    view = _view(qtbot, f"<h2>Before {word} after</h2><p>{PARAGRAPH}</p>")
    heading = next(block for block in view.blocks if isinstance(block, HeadingBlock))
    assert view.widget().width() <= view.viewport().width()
    assert heading.width() <= view.viewport().width()
    assert heading.height() >= heading.heightForWidth(heading.width())  # its lines all shown
    assert heading.height() > 3 * heading.fontMetrics().height()  # the word broke over lines
    interface = _interface(heading)
    assert interface.role() == QAccessible.Role.Heading and level_of(interface) == 2
    assert interface.text(QAccessible.Text.Name) == f"Before {word} after"
    assert heading.plain_text() == f"Before {word} after"


def test_pictures_that_cannot_be_shown_show_their_description(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "broken.png").write_bytes(b"not a picture at all")
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"")
    html = (f'<p><img src="{(folder / "broken.png").as_uri()}" alt="A broken chart"></p>'
            f'<p><img src="{(folder / "missing.png").as_uri()}" alt="A missing chart"></p>'
            '<p><img src="https://example.org/remote.png" alt="A remote chart"></p>'
            f'<p><img src="{outside.as_uri()}" alt="A chart from elsewhere"></p>')
    view = _view(qtbot, html, folder=folder)
    images = [block for block in view.blocks if isinstance(block, ImageBlock)]
    names = ["A broken chart", "A missing chart", "A remote chart", "A chart from elsewhere"]
    assert [image.alt for image in images] == names
    for image, name in zip(images, names, strict=True):
        assert image.text() == f"[Image not shown: {name}]"
        assert image.isVisible() and image.height() > 0
        interface = _interface(image)
        assert interface.role() == QAccessible.Role.Graphic and interface.text(QAccessible.Text.Name) == name
    assert "[Image not shown: A remote chart]" in view.toPlainText()


def test_an_empty_heading_is_left_out(qtbot) -> None:
    view = _view(qtbot, "<h2></h2><h2>  </h2><p>Words</p><h3>Real</h3>")
    headings = [block for block in view.blocks if isinstance(block, HeadingBlock)]
    assert [heading.plain_text() for heading in headings] == ["Real"]
    assert view.tab_stops()[0] is not None and view.tab_stops()[0].accessibleName() == "Words"


def test_a_list_straight_inside_a_list_keeps_its_items(qtbot) -> None:
    view = _view(qtbot, "<ul><ul><li>Inner one</li><li>Inner two</li></ul><li>Outer</li></ul>")
    lists = [block for block in view.blocks if isinstance(block, ListBlock)]
    items = [block for block in view.blocks if isinstance(block, ListItemBlock)]
    assert len(lists) == 2
    assert [item.accessibleName() for item in items] == ["Inner one", "Inner two", "Outer"]
    assert "Inner one" in view.toPlainText() and "Outer" in view.toPlainText()


def test_five_hundred_nested_divs_and_deep_callouts_are_shown_flat(qtbot) -> None:
    deep = "<div>" * 500 + "Deep words" + "</div>" * 500 + "<p>After</p>"
    quotes = "<blockquote>" * 60 + "Quoted deep" + "</blockquote>" * 60
    view = _view(qtbot, deep + quotes)
    text = view.toPlainText()
    assert "Deep words" in text and "After" in text and "Quoted deep" in text
    assert view.widget().width() <= view.viewport().width()
    after = next(block for block in view.blocks if isinstance(block, TextBlock) and block.toPlainText() == "After")
    deep_block = next(block for block in view.blocks if isinstance(block, TextBlock)
                      and block.toPlainText() == "Deep words")
    assert deep_block.y() < after.y()


def test_th_cells_after_the_first_row_are_row_headers(qtbot) -> None:
    html = ("<table><tr><th></th><th>Effect</th><th>Risk</th></tr>"
            "<tr><th>Heroin</th><td>Sedation</td><td>High</td></tr>"
            "<tr><th>Nitazenes</th><td>Deep sedation</td><td>Very high</td></tr></table>")
    view = _view(qtbot, html)
    table = next(block for block in view.blocks if isinstance(block, TableBlock))
    assert table.columnCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Effect", "Risk"]
    assert not table.verticalHeader().isHidden()
    assert [table.verticalHeaderItem(r).text() for r in range(2)] == ["Heroin", "Nitazenes"]
    interface = _interface(table)
    children = [interface.child(i) for i in range(interface.childCount())]
    assert [child.text(QAccessible.Text.Name) for child in children
            if child.role() == QAccessible.Role.RowHeader] == ["Heroin", "Nitazenes"]
    cell = next(child for child in children if child.role() == QAccessible.Role.Cell
                and child.text(QAccessible.Text.Name) == "Deep sedation")
    rows = cell.tableCellInterface().rowHeaderCells()
    assert [row.text(QAccessible.Text.Name) for row in rows] == ["Nitazenes"]
    assert "Nitazenes\tDeep sedation\tVery high" in table.plain_text()


def test_th_cells_under_a_named_corner_stay_cells(qtbot) -> None:
    html = ("<table><tr><th>Drug</th><th>Effect</th></tr>"
            "<tr><th>Heroin</th><td>Sedation</td></tr></table>")
    view = _view(qtbot, html)
    table = next(block for block in view.blocks if isinstance(block, TableBlock))
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Drug", "Effect"]
    assert table.item(0, 0).text() == "Heroin"
