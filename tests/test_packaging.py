"""What the self-contained build and a desktop install rely on (packaging/; built and smoke-tested by .ci/run)."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from nps_trainer.ui.launch import APP_ICON

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_the_desktop_file_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "nps-trainer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "NPS Trainer"
    assert desktop["Exec"] == "nps-trainer" and desktop["Icon"] == "nps-trainer"
    assert desktop["Terminal"] == "false"
    # Matches QGuiApplication.setDesktopFileName in ui/launch.py, so the window is grouped under this entry.
    assert desktop["StartupWMClass"] == "nps-trainer"
    assert 'setDesktopFileName("nps-trainer")' in (ROOT / "src" / "nps_trainer" / "ui" / "launch.py").read_text()


def test_the_icon_is_a_self_contained_svg_in_the_package() -> None:
    assert APP_ICON.is_file() and APP_ICON.is_relative_to(ROOT / "src" / "nps_trainer")
    root = ElementTree.parse(APP_ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"
    text = APP_ICON.read_text(encoding="utf-8")
    assert "<image" not in text and "<text" not in text  # no bitmap, no font: it draws the same everywhere


def test_the_icon_draws(qapp) -> None:
    from PySide6.QtGui import QIcon

    pixmap = QIcon(str(APP_ICON)).pixmap(48, 48)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(24, 4).alpha() == 255  # the teal square fills the icon, not a blank


def test_the_build_carries_what_the_app_reads_as_files() -> None:
    spec = (PACKAGING / "nps-trainer.spec").read_text(encoding="utf-8")
    for needed in ('"nps_trainer/_bundled/content"', '"nps_trainer/_bundled/screening"',
                   'collect_data_files("nps_trainer.storage.migrations", include_py_files=True',
                   'collect_data_files("nps_trainer")', 'collect_submodules("markdown.extensions")'):
        assert needed in spec
    # The places the spec copies from are the ones the wheel bundles (pyproject's force-include).
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"content" = "nps_trainer/_bundled/content"' in pyproject
    assert '"screening" = "nps_trainer/_bundled/screening"' in pyproject
    assert '"translations" = "nps_trainer/_bundled/translations"' in pyproject
    assert '(str(root / "translations"), "nps_trainer/_bundled/translations")' in spec
