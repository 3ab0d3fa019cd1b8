"""The module view reads images only from the module's own folder, whatever reached the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from nps_trainer.ui.learn.browser import ModuleBrowser

GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def test_images_load_only_from_inside_the_module_folder(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "module"
    folder.mkdir()
    (folder / "inside.gif").write_bytes(GIF)
    (tmp_path / "outside.gif").write_bytes(GIF)
    browser = ModuleBrowser()
    qtbot.addWidget(browser)
    image = QTextDocument.ResourceType.ImageResource.value
    inside = QUrl.fromLocalFile(str(folder / "inside.gif"))
    climbing = QUrl(f"{QUrl.fromLocalFile(str(folder)).toString()}/%2e%2e/outside.gif")
    assert browser.loadResource(image, inside) is None  # no folder set: nothing is read
    browser.image_folder = folder
    assert browser.loadResource(image, inside) is not None
    assert browser.loadResource(image, QUrl.fromLocalFile(str(tmp_path / "outside.gif"))) is None
    assert browser.loadResource(image, climbing) is None
    assert browser.loadResource(image, QUrl("https://example.org/x.gif")) is None
