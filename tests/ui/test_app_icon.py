"""The app's icon (ui/icons/nps-trainer.svg): the window and every dialog carry the one the launcher sets (the SVG
drawn as PNGs, one per size), and About shows it, drawn sharp at the screen's pixel ratio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from nps_trainer.ui.about_dialog import ICON_SIZE, AboutDialog
from nps_trainer.ui.launch import WINDOW_ICON_SIZES, WINDOW_ICONS, window_icon
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.settings_dialog import SettingsDialog
from nps_trainer.ui.style import APP_ICON


def test_the_icon_is_on_the_window_every_dialog_and_in_about(qtbot, services) -> None:
    icon = window_icon()
    assert APP_ICON.is_file() and not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(WINDOW_ICON_SIZES)
    before = QApplication.windowIcon()
    QApplication.setWindowIcon(icon)  # as launch.py does when the app starts
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        about = AboutDialog(services, window)
        settings = SettingsDialog(services.settings, services.config, window)
        for widget in (window, about, settings):
            assert widget.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey(), type(widget).__name__
        picture = about.icon.pixmap()
        assert not picture.isNull()
        assert picture.deviceIndependentSize().width() == ICON_SIZE
        assert about.icon.accessibleName() == "NPS Trainer icon"
        image = picture.toImage()
        coloured = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
                    for y in range(0, image.height(), 4) if image.pixelColor(x, y).alpha() > 0}
        assert len(coloured) > 2  # the drawing itself, not an empty or one-colour square
    finally:
        QApplication.setWindowIcon(before)


@pytest.mark.parametrize("size", WINDOW_ICON_SIZES)
def test_the_window_icons_are_the_svg_as_it_is(qapp, size: int) -> None:
    """The PNGs the launcher gives the windows are APP_ICON drawn at their size: redraw them with
    `python packaging/make_icons.py --window-icons` whenever the SVG changes."""
    file = next(path for path in WINDOW_ICONS if path.name == f"nps-trainer-{size}.png")
    committed = QImage(str(file)).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = QImage(size, size, QImage.Format.Format_ARGB32)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    QSvgRenderer(str(APP_ICON)).render(painter)
    painter.end()
    assert committed.size() == QSize(size, size)
    worst = max(
        abs(getattr(committed.pixelColor(x, y), part)() - getattr(drawn.pixelColor(x, y), part)())
        for x in range(size) for y in range(size) for part in ("red", "green", "blue", "alpha")
    )
    assert worst <= 2  # antialiasing may differ by a shade between Qt builds; any change to the drawing is more
