"""The app's icon (ui/icons/nps-trainer.svg): the window and every dialog carry the one the launcher sets, and
About shows it, drawn sharp at the screen's pixel ratio."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from nps_trainer.ui.about_dialog import ICON_SIZE, AboutDialog
from nps_trainer.ui.launch import APP_ICON as LAUNCHED_ICON
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.settings_dialog import SettingsDialog
from nps_trainer.ui.style import APP_ICON


def test_the_icon_is_on_the_window_every_dialog_and_in_about(qtbot, services) -> None:
    assert LAUNCHED_ICON == APP_ICON  # the one the launcher sets is the one About shows
    icon = QIcon(str(APP_ICON))
    assert APP_ICON.is_file() and not icon.isNull()
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
