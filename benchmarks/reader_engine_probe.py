"""One module page shown in QtWebEngine or in QTextBrowser: the time from process start to the page shown, and the
memory of every process it runs (QtWebEngine starts several). The numbers chose the reader (docs/accessibility.md).

    QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=xcb xvfb-run -a python benchmarks/reader_engine_probe.py \\
        webengine|textbrowser PAGE.html

QtWebEngine is in PySide6-Addons, which the app does not depend on: install it in a scratch environment to run
the ``webengine`` case. Prints one JSON line: shown_ms, rss_mib (all processes), processes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()


def rss_of_tree(root: int) -> tuple[int, int]:
    """Resident memory (MiB) of ``root`` and its children, and how many processes that is."""
    family = {root}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().split()
        except OSError:
            continue
        if int(stat[3]) in family:
            family.add(int(entry))
    total_kib = 0
    for pid in family:
        try:
            status = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            continue
        total_kib += sum(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    return total_kib // 1024, len(family)


def main() -> int:
    kind, page = sys.argv[1], Path(sys.argv[2])
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication(sys.argv[:1])
    html = page.read_text(encoding="utf-8")
    result: dict[str, int] = {}

    def finish() -> None:
        result["rss_mib"], result["processes"] = rss_of_tree(os.getpid())
        print(json.dumps(result))
        app.quit()

    def shown(*_args: object) -> None:
        result["shown_ms"] = round((time.perf_counter() - START) * 1000)
        QTimer.singleShot(1500, finish)  # let every process settle before measuring memory

    if kind == "webengine":
        from PySide6.QtWebEngineWidgets import QWebEngineView

        view = QWebEngineView()
        view.loadFinished.connect(shown)
        view.setHtml(html, QUrl("file:///tmp/"))
    else:
        view = QTextBrowser()
        view.setHtml(html)
        QTimer.singleShot(0, shown)
    view.resize(1000, 700)
    view.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
