"""Draw the app's icon (src/nps_trainer/ui/icons/nps-trainer.svg) as the PNG a Linux desktop file names and
the ICO a Windows build embeds. Run by packaging/build.sh; the results are build outputs, not committed.

With --window-icons, draw instead the PNGs the running app gives its windows (one per size, committed under
src/nps_trainer/ui/icons/; tests/ui/test_app_icon.py checks they are the SVG as it is): starting from the SVG
loaded Qt's SVG library and cost 1.4 MiB more at start (issue 15)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "src" / "nps_trainer" / "ui" / "icons"
SVG = ICONS / "nps-trainer.svg"


def draw(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out: Path, window_icons: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if window_icons:
        sys.path.insert(0, str(ROOT / "src"))
        from nps_trainer.ui.launch import WINDOW_ICON_SIZES  # the sizes the app loads

        for size in WINDOW_ICON_SIZES:
            if not draw(size).save(str(ICONS / f"nps-trainer-{size}.png")):
                print(f"cannot write {ICONS / f'nps-trainer-{size}.png'}", file=sys.stderr)
                return 1
        return 0
    out.mkdir(parents=True, exist_ok=True)
    for size in (48, 256):
        if not draw(size).save(str(out / f"nps-trainer-{size}.png")):
            print(f"cannot write {out / f'nps-trainer-{size}.png'}", file=sys.stderr)
            return 1
    if not draw(256).save(str(out / "nps-trainer.ico"), "ico"):
        print(f"cannot write {out / 'nps-trainer.ico'}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    arguments = [arg for arg in sys.argv[1:] if arg != "--window-icons"]
    raise SystemExit(main(Path(arguments[0]) if arguments else ROOT / "build" / "icons",
                          window_icons="--window-icons" in sys.argv[1:]))
