"""Time loading the module catalogue and rendering the largest module.

    python benchmarks/bench_content.py [--runs 21] [--root content/modules] [--base-pt 11]

Reports the median of N runs, as a Markdown table with machine details and the date.
Targets: catalogue load <= 300 ms; one module render (parse, template and display) <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from machine_info import machine_rows

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
CATALOGUE_TARGET_MS = 300.0
RENDER_TARGET_MS = 50.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--root", type=Path, default=REPO / "content" / "modules")
    parser.add_argument("--base-pt", type=float, default=11.0)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QTextBrowser

    from nps_trainer.content.catalogue import load_catalogue
    from nps_trainer.content.loader import read_module_file
    from nps_trainer.content.render import render_module

    catalogue = load_catalogue(args.root)
    if not catalogue.modules:
        print(f"No loadable modules in {args.root}", file=sys.stderr)
        return 1
    largest = max(catalogue.modules, key=lambda m: (m.word_count, m.id))
    app = QApplication.instance() or QApplication([])
    browser = QTextBrowser()
    browser.resize(900, 700)
    browser.show()
    app.processEvents()

    def display(html: str) -> None:
        browser.setHtml(html)
        browser.document().size()  # forces the layout
        app.processEvents()

    def parse() -> object:
        return read_module_file(largest.path).module

    def template() -> str:
        return render_module(largest, args.base_pt, catalogue)

    html = template()
    display(html)  # warm up caches (templates, fonts)
    load_ms = median_ms(lambda: load_catalogue(args.root), args.runs)
    parse_ms = median_ms(parse, args.runs)
    template_ms = median_ms(template, args.runs)
    display_ms = median_ms(lambda: display(html), args.runs)
    def whole() -> None:
        module = read_module_file(largest.path).module or largest
        display(render_module(module, args.base_pt, catalogue))

    total_ms = median_ms(whole, args.runs)

    def verdict(value: float, target: float) -> str:
        return "ok" if value <= target else "OVER"

    print(f"## Content benchmark ({args.runs} runs, median)\n")
    print("| Measure | Median ms | Target ms | |")
    print("|---|---:|---:|---|")
    print(f"| Load catalogue ({len(catalogue)} modules, {len(catalogue.unavailable)} unavailable) "
          f"| {load_ms:.1f} | {CATALOGUE_TARGET_MS:.0f} | {verdict(load_ms, CATALOGUE_TARGET_MS)} |")
    print(f"| Parse largest module (`{largest.id}`, {largest.word_count} words) | {parse_ms:.1f} | | |")
    print(f"| Render to HTML (Markdown, sanitise, template; {len(html) // 1024} KiB) "
          f"| {template_ms:.1f} | | |")
    print(f"| Display in QTextBrowser (setHtml and layout) | {display_ms:.1f} | | |")
    print(f"| Parse + render + display, one module | {total_ms:.1f} | {RENDER_TARGET_MS:.0f} "
          f"| {verdict(total_ms, RENDER_TARGET_MS)} |")
    print("\n| Machine | |\n|---|---|")
    for name, value in machine_rows():
        print(f"| {name} | {value} |")
    browser.close()
    return 0 if load_ms <= CATALOGUE_TARGET_MS and total_ms <= RENDER_TARGET_MS else 2


if __name__ == "__main__":
    sys.exit(main())
