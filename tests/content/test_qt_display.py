"""Rendered pages load in a QTextBrowser (the reader's widget) with anchors and styled callouts."""

from __future__ import annotations

import pytest

from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.render import render_module

QtWidgets = pytest.importorskip("PySide6.QtWidgets")


def test_module_page_in_qtextbrowser(qtbot, good_catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    browser = QtWidgets.QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(800, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setHtml(render_module(good_catalogue["basics"], 12))
    document = browser.document()
    text = document.toPlainText()
    assert "Why it matters" in text
    assert "Remember this" in text
    assert "Blue lips" in text
    assert document.size().height() > 600
    assert browser.verticalScrollBar().maximum() > 0
    # '<a name>' anchors let the reader scroll to a section.
    browser.scrollToAnchor("in-practice-supervision")
    html = document.toHtml()
    assert 'name="in-practice-supervision"' in html
    assert 'bgcolor="#e8f4ea"' in html  # the key-points callout colour survives Qt's import
