"""The module reader's page view: QTextBrowser (one flat block to a screen reader) against the structured view of
native widgets (ui/learn/structured_view.py), on the bundled overdose-response module (issue 13, point 3).

For one kind per process (so that memory is that kind's alone): time from process start to the first page
shown, resident memory 1.5 s after, and the time to show every page of the module (overview, each section, about)
in turn, median of ``--runs`` passes.

    xvfb-run -a env QT_QPA_PLATFORM=xcb python benchmarks/bench_reader_structured.py textbrowser|structured
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

START = time.perf_counter()


def _rss_mib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=("textbrowser", "structured"))
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication([])
    from nps_trainer.content import load_catalogue, render_about, render_overview, render_section
    from nps_trainer.paths import bundled_content_dir
    from nps_trainer.ui import colours
    from nps_trainer.ui.learn.structured_view import StructuredView

    module = load_catalogue(bundled_content_dir() / "modules")["overdose-response"]
    page_colours = colours.page_colours()
    pages = [render_overview(module, 12.0, None, page_colours)]
    pages += [render_section(module, index, 12.0, page_colours) for index in range(len(module.sections))]
    pages.append(render_about(module, 12.0, page_colours))

    if options.kind == "structured":
        view = StructuredView()
        view.image_folder = module.image_folder
        view.colours = page_colours
    else:
        view = QTextBrowser()
    view.resize(1000, 700)
    view.setHtml(pages[1])
    view.show()
    result: dict[str, object] = {"kind": options.kind}

    def shown() -> None:
        result["first_page_shown_ms"] = round((time.perf_counter() - START) * 1000)
        QTimer.singleShot(1500, measure)

    def measure() -> None:
        result["rss_mib"] = _rss_mib()
        passes = []
        for _ in range(options.runs):
            begin = time.perf_counter()
            for html in pages:
                view.setHtml(html)
                app.processEvents()
            passes.append((time.perf_counter() - begin) * 1000 / len(pages))
        result["per_page_ms_median"] = round(statistics.median(passes), 1)
        result["pages"] = len(pages)
        print(json.dumps(result))
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    main()
