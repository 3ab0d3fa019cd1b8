"""The team charts as SVG: text kept as text, hidden numbers drawn as '<5' never as 0, long labels shortened,
and matplotlib loaded only when a chart is drawn, with its font cache in the user cache folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from nps_trainer.team import chart_data as cd
from nps_trainer.team.charts import SECONDARY_MARK, ChartData, Point, cache_folder, render_svg, short_label

LONG_TITLE = "Other drug emergencies: synthetic cannabinoids, stimulants and hallucinogens in custody"
SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(svg: bytes) -> list[str]:
    """Every text run in the SVG, in document order (matplotlib splits no label when fonttype is 'none')."""
    root = ElementTree.fromstring(svg)
    texts = []
    for element in root.iter(f"{SVG}text"):
        texts.append("".join(element.itertext()).strip())
    return [t for t in texts if t]


def test_bar_chart_keeps_its_labels_as_text() -> None:
    chart = cd.screenings_by_month({"2026-01": cd.Count(12), "2026-02": cd.Count(7)}, ["2026-01", "2026-02"], 5)
    svg = render_svg(chart)
    assert svg.startswith(b"<?xml")
    texts = svg_texts(svg)
    for expected in ("Screenings by month", "People screened", "Month", "Jan", "2026", "Feb", "12", "7"):
        assert any(expected in t for t in texts), f"{expected!r} not drawn as text: {texts}"
    assert b"<image" not in svg  # vectors only, no embedded bitmap


def test_hidden_value_is_drawn_as_less_than_five_not_zero() -> None:
    counts = {"2026-01": cd.Count(12), "2026-02": cd.Count(None, "<5"), "2026-03": cd.Count(0)}
    chart = cd.screenings_by_month(counts, ["2026-01", "2026-02", "2026-03"], 5)
    texts = svg_texts(render_svg(chart))
    assert "<5" in texts  # the bar's label
    assert any("hidden to protect privacy" in t for t in texts)  # the legend says what '<5' means
    # The only '0' labels are the axis origin and March's true zero: February is never labelled 0.
    value_labels = [t for t in texts if t in ("0", "<5", "12")]
    assert value_labels.count("<5") == 1
    assert chart.rows()[1] == ("February 2026", "<5")
    assert chart.points[1].value is None and chart.points[1].hidden


def test_hidden_bar_is_drawn_hatched_at_the_threshold_height() -> None:
    hidden = ChartData("t", "Hidden", "bar", (Point("A", 10.0), Point("B", None, hidden=True)), "Count", "Group")
    shown = ChartData("t", "Hidden", "bar", (Point("A", 10.0), Point("B", 5.0)), "Count", "Group")
    hidden_svg, shown_svg = render_svg(hidden), render_svg(shown)
    assert b"<pattern" in hidden_svg and b"<pattern" not in shown_svg  # the hatch
    assert b"stroke-dasharray" in hidden_svg  # the dashed outline

    def bar_heights(svg: bytes) -> list[float]:
        root = ElementTree.fromstring(svg)
        patches = root.find(f".//{SVG}g[@id='axes_1']")
        heights = []
        for group in patches.findall(f"{SVG}g"):
            if group.get("id", "").startswith("patch_"):
                path = group.find(f"{SVG}path")
                if path is not None and path.get("d", "").count("L") == 3 and "z" in path.get("d", ""):
                    ys = [float(y) for y in re.findall(r"[ML] [\d.]+ ([\d.]+)", path.get("d"))]
                    heights.append(round(max(ys) - min(ys), 1))
        return heights

    # The hidden bar stands as high as a 5 would (the threshold): never flat like a 0. (The tallest rectangle
    # is the plot's background.)
    for svg in (hidden_svg, shown_svg):
        low, high, _background = sorted(bar_heights(svg))
        assert low == pytest.approx(high / 2, rel=0.01)  # B beside A's 10


def test_a_number_hidden_to_protect_another_is_marked_with_a_star() -> None:
    counts = {"a": cd.Count(20), "b": cd.Count(None, "<5"), "c": cd.Count(None, SECONDARY_MARK)}
    chart = cd.flags_raised(counts, {"a": "Alpha", "b": "Beta", "c": "Gamma"}, 5)
    assert chart.rows() == [("Alpha", "20"), ("Beta", "<5"), ("Gamma", "*")]
    texts = svg_texts(render_svg(chart))
    assert "*" in texts and "<5" in texts
    assert any("cannot be worked out" in t for t in texts)
    assert "cannot be worked out" in chart.summary()


def test_horizontal_bars_shorten_long_labels_and_keep_them_in_full_in_the_summary() -> None:
    chart = ChartData("m", "Completion by module", "hbar",
                      (Point(LONG_TITLE, 50.0, "3 of 6 people"), Point("Naloxone", 100.0, "6 of 6 people")),
                      "People who completed it (%)", "Module", unit="percent")
    texts = svg_texts(render_svg(chart))
    assert "Completion by module" in texts and "People who completed it (%)" in texts
    assert "50%" in texts and "100%" in texts
    drawn = [t for t in texts if t.startswith("Other drug")]
    assert drawn and all(len(line) <= 36 for line in drawn[0].splitlines())
    assert LONG_TITLE not in texts
    assert LONG_TITLE in chart.summary() and "50% (3 of 6 people)" in chart.summary()


def test_short_label_wraps_then_ends_with_an_ellipsis() -> None:
    assert short_label("Naloxone") == "Naloxone"
    assert short_label("Talking about drug use in supervision") == "Talking about drug use in\nsupervision"
    lines = short_label(LONG_TITLE).splitlines()
    assert len(lines) == 2 and lines[1].endswith("…") and all(len(line) <= 36 for line in lines)


def test_line_chart_and_empty_chart() -> None:
    line = cd.overdue_over_time([("2026-01", 3), ("2026-02", 0)])
    texts = svg_texts(render_svg(line))
    assert "Overdue training over time" in texts and "Items overdue" in texts and "3" in texts
    empty = cd.flags_raised({}, {}, 5)
    texts = svg_texts(render_svg(empty))
    assert "Flags raised" in texts and "No flags raised this quarter." in texts
    dated = svg_texts(render_svg(cd.flags_raised({}, {}, 5, "October to December 2026")))
    assert "No flags raised in October to December 2026." in dated


def test_same_data_gives_the_same_svg() -> None:
    chart = cd.overdue_over_time([("2026-01", 3), ("2026-02", 1)])
    assert render_svg(chart) == render_svg(chart)


def test_font_cache_is_kept_in_the_user_cache_folder(tmp_path: Path) -> None:
    """In a fresh interpreter (matplotlib reads MPLCONFIGDIR once, on first import)."""
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    script = (
        "import sys\n"
        "from nps_trainer.team import chart_data as cd\n"
        "from nps_trainer.team.charts import cache_folder, render_svg\n"
        "assert 'matplotlib' not in sys.modules\n"
        "render_svg(cd.overdue_over_time([('2026-01', 1)]))\n"
        "import matplotlib\n"
        "print(matplotlib.get_cachedir())\n"
        "print(cache_folder())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
                            check=True)
    used, expected = result.stdout.split()
    assert used == expected
    assert Path(expected).is_relative_to(tmp_path / "cache" / "nps-trainer")
    assert list(Path(expected).glob("fontlist-*.json")), "the font cache was not written there"


def test_cache_folder_is_under_the_app_cache(user_paths) -> None:
    assert cache_folder().parts[-2:] == ("nps-trainer", "matplotlib")
    assert str(cache_folder()).startswith(os.environ["XDG_CACHE_HOME"])


@pytest.mark.parametrize("modules", [
    ["nps_trainer.__main__", "nps_trainer.ui.launch", "nps_trainer.ui.main_window"],
    ["nps_trainer.ui.sections.team", "nps_trainer.team.chart_data", "nps_trainer.team.team_report",
     "nps_trainer.cli.report_team"],
])
def test_start_up_does_not_load_matplotlib(tmp_path: Path, modules: list[str]) -> None:
    """Building the main window (and importing the Team section and the chart modules) leaves matplotlib out."""
    script = (
        "import importlib, os, sys\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "if 'nps_trainer.ui.main_window' in sys.modules:\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    from nps_trainer.services import build_services\n"
        "    from nps_trainer.ui.main_window import MainWindow\n"
        "    app = QApplication([])\n"
        "    services = build_services()\n"
        "    window = MainWindow(services)\n"
        "    window.show()\n"
        "    app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy', 'PIL')))\n"
    )
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"loaded at start-up: {result.stdout}"


def test_ligature_pairs_are_split_so_pdf_readers_find_the_words() -> None:
    from nps_trainer.team.charts import without_ligatures

    svg = '<text style="font-size: 9px" x="1">Offer flag</text><text style="font-size: 9px">Month</text>'
    split = without_ligatures(svg)
    # The style changes between the letters of each pair (and only there): 'Of' | 'fer f' | 'lag'.
    assert split == ('<text style="font-size: 9px" x="1">Of<tspan style="font-size: 9.01px">fer f</tspan>lag'
                     '</text><text style="font-size: 9px">Month</text>')
    texts = svg_texts(render_svg(cd.flags_raised({"a": cd.Count(9)}, {"a": "Offer naloxone"}, 5)))
    assert "Offer naloxone" in texts and "Screenings that raised the flag" in texts
