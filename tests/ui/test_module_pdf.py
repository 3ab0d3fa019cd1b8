"""Printing a learning module: Ctrl+P (or the button) in the reader saves the whole module as an A4 PDF through
the one PDF path, diagrams drawn as vectors, read back with poppler's tools as a practitioner's PDF viewer
would; and the room's screen draws a module's diagrams as sharply as the reader does."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStackedWidget, QWidget

from nps_trainer.content import Catalogue, load_catalogue
from nps_trainer.content.render import british_date
from nps_trainer.paths import bundled_content_dir
from nps_trainer.sessions.plan_model import SECTION
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.learn.module_pdf import TRAINING_NOTE, diagram_print_size, printable_module
from nps_trainer.ui.learn.reader_page import ReaderPage
from nps_trainer.ui.sessions.room import RoomScreen
from nps_trainer.ui.sessions.room_content import Scene
from nps_trainer.ui.widgets import documents_folder
from tests.content.test_reader_diagrams import shown_images, where_shown
from tests.ui.helpers import show_active
from tests.ui.learn_content import write_module

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfimages", "pdftoppm", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
MODULE_ID = "overdose-response"
CAPTION = re.compile(r"^\*(Figure \d+\..*)\*\s*$", re.MULTILINE)
SVG_TEXT = re.compile(r"<text\b[^>]*>([^<]+)<")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(bundled_content_dir() / "modules")


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def _words(text: str) -> str:
    return " ".join(text.split())


def _reader_with_another_page(qtbot, catalogue: Catalogue) -> tuple[QStackedWidget, QWidget, ReaderPage]:  # type: ignore[no-untyped-def]
    """The reader on a stack beside another page, as in the main window, in an active window."""
    stack = QStackedWidget()
    other = QWidget()
    reader = ReaderPage()
    stack.addWidget(other)
    stack.addWidget(reader)
    stack.resize(1200, 850)
    show_active(qtbot, stack)
    reader.open(catalogue[MODULE_ID], catalogue, 12.0)
    return stack, other, reader


@needs_poppler
def test_ctrl_p_saves_the_whole_module_as_an_a4_pdf_with_sharp_diagrams(qtbot, catalogue: Catalogue, tmp_path: Path,
                                                                      monkeypatch, shown_messages) -> None:  # type: ignore[no-untyped-def]
    module = catalogue[MODULE_ID]
    target = tmp_path / "printed module.pdf"
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda _parent, title, name: asked.append((title, name)) or target)
    stack, other, reader = _reader_with_another_page(qtbot, catalogue)

    qtbot.keyClick(other, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the reader is not shown: nothing
    assert asked == [] and not target.exists()
    stack.setCurrentWidget(reader)
    qtbot.keyClick(reader.browser, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    today = dt.date.today()
    assert asked == [("Print or save this module as a PDF", f"{MODULE_ID}-v{module.version}-{today.isoformat()}.pdf")]
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert shown_messages and shown_messages[-1][0] == "inform" and str(target) in shown_messages[-1][2]

    info = _run("pdfinfo", str(target))
    assert re.search(rf"^Title:\s+{re.escape(module.title)}$", info, re.MULTILINE), info
    facts = pdf.metadata_from_xmp(_run("pdfinfo", "-meta", str(target)))
    assert facts == {"module": MODULE_ID, "version": module.version, "printed": today.isoformat()}
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    assert re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE), info
    assert pages >= 4
    text = _words(_run("pdftotext", str(target), "-"))
    # Title, summary, every section heading, captions, sources, the training note, in that order.
    order = [module.title, _words(module.summary)] + [section.title for section in module.sections]
    order += ["About this module", "Sources", _words(module.sources[-1].title), TRAINING_NOTE]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [part for part, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    captions = [_words(caption) for section in module.sections for caption in CAPTION.findall(section.markdown)]
    assert len(captions) == 2 and all(caption in text for caption in captions), captions
    for source in module.sources:
        assert _words(source.title) in text
    # A section behind a content warning is printed, its warning straight after its heading.
    for warning in module.content_warnings:
        heading = text.index(warning.section)
        assert text.index(_words(warning.warning), heading) - heading < len(warning.section) + 40
    # Every page says which module, which version, when printed, and which page of how many.
    for number in range(1, pages + 1):
        page = _words(_run("pdftotext", "-f", str(number), "-l", str(number), str(target), "-"))
        assert f"Page {number} of {pages}" in page
        assert f"{module.title} · version {module.version} · printed {british_date(today)}" in page

    # The diagrams are vectors: no raster image at all, and their own labels are text in the PDF.
    images = _run("pdfimages", "-list", str(target)).strip().splitlines()
    assert len(images) == 2, "\n".join(images)  # the header lines only
    for svg in sorted((module.image_folder).glob("*.svg")):
        labels = [_words(label) for label in SVG_TEXT.findall(svg.read_text(encoding="utf-8")) if len(label) > 12]
        assert labels and all(label in text for label in labels[:3]), (svg.name, labels[:3])

    # As a practitioner sees it: the flow chart's red 'Call 999' step is painted on the page of Figure 1.
    figure_page = next(number for number in range(1, pages + 1)
                       if captions[0] in _words(_run("pdftotext", "-f", str(number), "-l", str(number),
                                                     str(target), "-")))
    _run("pdftoppm", "-png", "-r", "80", "-f", str(figure_page), "-l", str(figure_page), str(target),
         str(tmp_path / "page"))
    png = next(tmp_path.glob("page*.png"))
    image = QImage(str(png))
    assert image.width() == pytest.approx(662, abs=1) and image.height() == pytest.approx(935, abs=1)  # A4, 80 dpi
    red = QColor("#a4161a")
    reds = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if _close(image.pixelColor(x, y), red))
    assert reds > 800, reds  # a filled box some 330 × 30 px at 80 dpi, sampled every other pixel


def _close(colour: QColor, wanted: QColor) -> bool:
    return (abs(colour.red() - wanted.red()) + abs(colour.green() - wanted.green())
            + abs(colour.blue() - wanted.blue())) < 40


def test_the_print_button_has_a_name_and_cancelling_writes_nothing(qtbot, catalogue: Catalogue, tmp_path: Path,
                                                                  monkeypatch, shown_messages) -> None:  # type: ignore[no-untyped-def]
    started: list[str] = []

    def cancel(_parent, _title, directory, _filter):  # type: ignore[no-untyped-def]
        started.append(directory)
        return "", ""

    monkeypatch.setattr(pdf.QFileDialog, "getSaveFileName", cancel)
    stack, _other, reader = _reader_with_another_page(qtbot, catalogue)
    stack.setCurrentWidget(reader)
    button = reader.print_button
    assert button.accessibleName() == "Print or save this module as a PDF" and "Ctrl+P" in button.toolTip()
    assert "&" in button.text()
    button.click()
    module = catalogue[MODULE_ID]
    assert started == [str(documents_folder() / f"{MODULE_ID}-v{module.version}-{dt.date.today().isoformat()}.pdf")]
    assert shown_messages == [] and list(tmp_path.iterdir()) == []


def test_a_pdf_that_cannot_be_written_is_reported_with_its_path(qtbot, catalogue: Catalogue, tmp_path: Path,
                                                                monkeypatch, shown_messages) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no such folder" / "module.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_args: target)
    stack, _other, reader = _reader_with_another_page(qtbot, catalogue)
    stack.setCurrentWidget(reader)
    qtbot.keyClick(reader.print_button, Qt.Key.Key_Return)
    assert [kind for kind, _title, _text in shown_messages] == ["warn"]
    assert str(target) in shown_messages[0][2] and "could not be saved" in shown_messages[0][2]
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_diagram_that_fails_the_check_is_named_not_drawn_and_module_links_become_words(tmp_path: Path) -> None:
    write_module(tmp_path, "pictures", "Pictures", {
        "Shown": "![A good flow chart](pictures/good.svg)\n\n*Figure 1. Good.*\n\nSee [Other](module:other).",
        "Refused": "![A chart with a script](pictures/bad.svg)",
    })
    write_module(tmp_path, "other", "Other", {"Only": "Text."})
    folder = tmp_path / "modules" / "pictures"
    folder.mkdir()
    good = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 480" width="1280" height="480">'
            '<title>t</title><desc>d</desc><rect width="1280" height="480" fill="#123456"/></svg>')
    (folder / "good.svg").write_text(good, encoding="utf-8")
    (folder / "bad.svg").write_text(good, encoding="utf-8")
    catalogue = load_catalogue(tmp_path / "modules")
    # Changed after the content was loaded (a module with a refused SVG is not loaded at all).
    (folder / "bad.svg").write_text(good.replace("<rect", "<script>alert(1)</script><rect"), encoding="utf-8")
    printable = printable_module(catalogue["pictures"], catalogue, dt.date(2026, 12, 1))
    assert list(printable.svgs) == ["diagram-1"] and printable.svgs["diagram-1"] == good.encode()
    width, height = diagram_print_size(1280, 480)
    assert f'<p align="center"><img src="svg:diagram-1" width="{width}" height="{height}"></p>' in printable.html
    assert width < 660 and height == round(480 * width / 1280)  # shrunk to the A4 column, shape kept
    assert "[Diagram not shown: A chart with a script]" in printable.html
    assert "nps-module:" not in printable.html and "See Other." in printable.html
    assert "file:" not in printable.html
    assert printable.marks.footer == "Pictures · version 1.0 · printed 1 December 2026"


def test_the_room_screen_draws_a_diagram_at_its_device_pixel_ratio(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    svg = bundled_content_dir() / "modules" / MODULE_ID / "recovery-position.svg"
    module_id, index = where_shown(catalogue, svg)
    room = RoomScreen()
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show()
    qtbot.waitExposed(room)
    room.browser.devicePixelRatioF = lambda: 2.0  # as on a high-DPI projector or screen
    room.show_scene(Scene(SECTION, "The recovery position", 0, 5, module=catalogue[module_id], section_index=index))
    found = [(image, width) for name, image, width in shown_images(room.browser) if name.endswith(svg.name)]
    assert len(found) == 1
    image, width = found[0]
    assert image.devicePixelRatio() == 2.0
    assert image.width() == pytest.approx(2 * width, abs=2)  # a device pixel for every pixel shown
    assert width > 640  # grown with the room's large type, beyond the diagram's natural width
    assert width <= room.browser.available_width()
