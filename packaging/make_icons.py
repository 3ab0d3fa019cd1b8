"""Draw the app's icon (src/nps_trainer/ui/icons/nps-trainer.svg) as the PNG a Linux desktop file names and
the ICO a Windows build embeds. Run by packaging/build.sh; the results are build outputs, not committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "nps_trainer" / "ui" / "icons" / "nps-trainer.svg"


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


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
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
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
