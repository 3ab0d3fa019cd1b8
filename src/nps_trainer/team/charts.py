"""The team charts as SVG: plain chart data in, SVG bytes out, drawn with matplotlib.

matplotlib is imported inside :func:`render_svg` only, so importing this module (and so starting the app)
does not load it. It draws through its SVG canvas (no pyplot, no global state, no Qt backend), with text kept as
text (``svg.fonttype = "none"``) so a PDF reader finds the labels. Its font cache lives in the user cache folder
(``MPLCONFIGDIR``), which is set before matplotlib is first imported.

A value hidden as a small number is never drawn as 0: its bar is hatched, outlined with a dashed line and
labelled ``<5`` (or ``<T`` for another threshold).
"""

from __future__ import annotations

import io
import os
import re
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

from ..i18n import tr, tr_noop

ChartKind = Literal["hbar", "bar", "line"]
Unit = Literal["percent", "count"]

# Colours: one dark blue for values (contrast 9:1 on white, dark in greyscale), a dark orange-red for the
# overdue line (distinct from blue for colour-blind readers and still dark in greyscale), grey for hidden values.
INK = "#1b1b1b"
MUTED = "#5a5a5a"
GRID = "#d9d9d9"
BAR = "#1f4e79"
LINE = "#b3441e"
HIDDEN_EDGE = "#4d4d4d"

WIDTH_INCHES = 6.7  # about the printable width of an A4 page with 18 mm margins (174 mm)
FONT_SIZE = 9.0
LABEL_CHARACTERS = 36  # longer category labels are wrapped onto two lines, then shortened with an ellipsis
SECONDARY_MARK = "*"  # as the caseload figures show a number hidden so that another cannot be worked out


@dataclass(frozen=True)
class Point:
    """One bar or point: ``value`` is None when it is hidden as a small number or there is nothing to show."""

    label: str  # in full, for the table and the spoken summary
    value: float | None
    detail: str = ""  # e.g. "12 of 20 people", for the table and the spoken summary
    hidden: bool = False  # hidden to protect privacy: a small number ("<T"), or "*" (see ``hidden_as``)
    hidden_as: str = ""  # "*" for a number hidden so that another hidden number cannot be worked out
    short: str = ""  # a shorter label for the chart's axis (the full one is wrapped or shortened when absent)

    @property
    def axis_label(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class ChartData:
    """Everything one chart needs, as plain values."""

    key: str  # a short identifier, also the SVG's name in the report ("svg:KEY")
    title: str
    kind: ChartKind
    points: tuple[Point, ...]
    value_label: str  # the value axis, e.g. "People who completed it (%)"
    category_label: str  # the category axis, e.g. "Module"
    unit: Unit = "count"
    threshold: int = 5  # hidden values are fewer than this
    empty_text: str = tr_noop("Nothing to show yet.")  # translated where shown (a tr() of it is harmless)
    note: str = ""  # one line under the chart on screen and in the report (e.g. the period covered)
    columns: tuple[str, str] = ("", "")  # table headings: category, value; default from the axis labels

    @property
    def hidden_text(self) -> str:
        return f"<{self.threshold}"

    @property
    def is_empty(self) -> bool:
        return not self.points or all(p.value is None and not p.hidden for p in self.points)

    @property
    def headings(self) -> tuple[str, str]:
        category, value = self.columns
        return (category or self.category_label, value or self.value_label)

    def value_text(self, point: Point) -> str:
        """The value as shown in the table and the summary: '60% (12 of 20)', '<5', '14', 'none'."""
        if point.hidden:
            return point.hidden_as or self.hidden_text
        if point.value is None:
            return point.detail or tr("no data")
        number = f"{point.value:.0f}%" if self.unit == "percent" else f"{point.value:g}"
        return tr("{value} ({detail})", "a chart's value, then what it counts").format(
            value=number, detail=point.detail) if point.detail else number

    def rows(self) -> list[tuple[str, str]]:
        """The chart's data as a two-column table: full label, value text."""
        return [(p.label, self.value_text(p)) for p in self.points]

    def hidden_explanations(self) -> list[str]:
        """What each kind of hidden value shown means, one sentence each."""
        kinds = {p.hidden_as or self.hidden_text for p in self.points if p.hidden}
        lines = []
        if self.hidden_text in kinds:
            lines.append(tr("{mark} means between 1 and {below}, hidden to protect privacy.").format(
                mark=self.hidden_text, below=self.threshold - 1))
        if SECONDARY_MARK in kinds:
            lines.append(tr("{mark} means hidden so that another hidden number cannot be worked out.").format(
                mark=SECONDARY_MARK))
        return lines

    def summary(self) -> str:
        """A short text version for screen readers and the PDF: every value, in order."""
        if self.is_empty:
            return f"{self.title}. {tr(self.empty_text)}"
        parts = [tr("{label}: {value}").format(label=label, value=value) for label, value in self.rows()]
        separator = tr("; ", "separator between clauses of a sentence")
        text = f"{self.title}. {separator.join(parts)}."
        text += "".join(f" {line}" for line in self.hidden_explanations())
        if self.note:
            text += f" {self.note}"
        return text


@dataclass
class _Matplotlib:
    lock: threading.Lock = field(default_factory=threading.Lock)  # guards ``ready``
    ready: bool = False
    # One chart at a time: the style is applied with matplotlib's rc_context, which sets its global rcParams for
    # the duration, and the Charts page draws on a worker thread while a report may be drawn on another.
    drawing: threading.Lock = field(default_factory=threading.Lock)


_MATPLOTLIB = _Matplotlib()


def cache_folder() -> Path:
    """Where matplotlib keeps its font cache: the app's user cache folder (``paths.py`` has no cache folder)."""
    import platformdirs

    from ..paths import APP_SLUG

    return Path(platformdirs.user_cache_dir(APP_SLUG, appauthor=False)) / "matplotlib"


def _prepare_matplotlib() -> None:
    """Point matplotlib's config and font cache at the user cache folder, once, before its first import.

    A folder already named by ``MPLCONFIGDIR`` is kept. Without a fixed folder matplotlib may use a temporary
    one and rebuild its font cache (seconds) on every start."""
    with _MATPLOTLIB.lock:
        if _MATPLOTLIB.ready:
            return
        if "MPLCONFIGDIR" not in os.environ:
            folder = cache_folder()
            folder.mkdir(parents=True, exist_ok=True)
            os.environ["MPLCONFIGDIR"] = str(folder)
        _MATPLOTLIB.ready = True


def _style() -> dict[str, Any]:
    return {
        "svg.fonttype": "none",  # text stays text: selectable, searchable, read back by pdftotext
        "svg.hashsalt": "nps-trainer",  # the same data gives the same SVG bytes
        "font.family": "sans-serif",
        "font.sans-serif": ["DejaVu Sans", "Arial", "Liberation Sans", "Helvetica"],
        "font.size": FONT_SIZE,
        "axes.labelsize": FONT_SIZE,
        "axes.labelcolor": INK,
        "axes.edgecolor": MUTED,
        "axes.linewidth": 0.8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.color": INK,
        "ytick.color": INK,
        "text.color": INK,
        "hatch.color": HIDDEN_EDGE,
        "hatch.linewidth": 0.8,
        "figure.facecolor": "white",
        "axes.facecolor": "white",
    }


def short_label(label: str, width: int = LABEL_CHARACTERS) -> str:
    """A category label that fits beside a bar: wrapped onto at most two lines, the rest shortened with '…'."""
    lines = textwrap.wrap(label, width=width, break_long_words=True) or [""]
    if len(lines) <= 2:
        return "\n".join(lines)
    second = textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="…")
    if second == "…" or len(second) > width:
        second = lines[1][: width - 1] + "…"
    return f"{lines[0]}\n{second}"


def figure_height(chart: ChartData) -> float:
    """Inches: horizontal bar charts grow with their number of bars; the others are a fixed height."""
    if chart.kind == "hbar" and not chart.is_empty:
        extra = sum(short_label(p.axis_label).count("\n") for p in chart.points)
        return max(1.8, 0.95 + 0.25 * len(chart.points) + 0.16 * extra)
    return 2.6


def render_svg(chart: ChartData) -> bytes:
    """The chart as SVG bytes (UTF-8), sized for the printable width of an A4 page. Safe to call from any
    thread (charts are drawn one at a time)."""
    _prepare_matplotlib()
    with _MATPLOTLIB.drawing:
        return _render(chart)


def _render(chart: ChartData) -> bytes:
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with rc_context(_style()):
        figure = Figure(figsize=(WIDTH_INCHES, figure_height(chart)), layout="constrained")
        FigureCanvasSVG(figure)
        figure.suptitle(chart.title, x=0.0, ha="left", fontsize=FONT_SIZE + 2, fontweight="bold")
        axes = figure.add_subplot()
        if chart.is_empty:
            _draw_empty(axes, chart)
        elif chart.kind == "hbar":
            _draw_hbar(axes, chart)
        elif chart.kind == "bar":
            _draw_bar(axes, chart)
        else:
            _draw_line(axes, chart)
        if any(p.hidden for p in chart.points):
            _hidden_legend(figure, chart)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "NPS Trainer"})
    return without_ligatures(buffer.getvalue().decode("utf-8")).encode("utf-8")


_TEXT = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")
_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)px")
_LIGATURE_START = "f"
_LIGATURE_NEXT = "fil"  # fi, fl, ff, ffi, ffl


def without_ligatures(svg: str) -> str:
    """Keep 'fi', 'fl' and 'ff' as separate letters when QtSvg draws the text (into the PDF too), so a PDF reader
    finds 'flag', not 'ﬂag'. QtSvg has no way to turn ligatures off, but it shapes text in runs of one style, so
    the letter after such an 'f' goes in a span whose font is 0.01 px larger (invisible), ending the run."""

    def split(match: re.Match[str]) -> str:
        opening, text, closing = match.groups()
        if not any(a == _LIGATURE_START and b in _LIGATURE_NEXT for a, b in pairwise(text)):
            return match.group(0)
        size = _FONT_SIZE.search(opening)
        other = f"font-size: {float(size.group(1)) + 0.01:g}px" if size else "font-size: 100.1%"
        pieces: list[str] = [""]
        for index, char in enumerate(text):
            if index and text[index - 1] == _LIGATURE_START and char in _LIGATURE_NEXT:
                pieces.append("")
            pieces[-1] += char
        out = [piece if index % 2 == 0 else f'<tspan style="{other}">{piece}</tspan>'
               for index, piece in enumerate(pieces)]
        return opening + "".join(out) + closing

    return _TEXT.sub(split, svg)


def _draw_empty(axes: Any, chart: ChartData) -> None:
    axes.set_axis_off()
    axes.text(0.5, 0.5, tr(chart.empty_text), ha="center", va="center", color=MUTED, transform=axes.transAxes)


def _scale(chart: ChartData) -> float:
    """The top of the value axis, leaving room for the value labels at the bars' ends."""
    if chart.unit == "percent":
        return 100.0
    largest = max([p.value or 0.0 for p in chart.points] + [float(chart.threshold)])
    return largest


def _value_label(chart: ChartData, point: Point) -> str:
    if point.hidden:
        return point.hidden_as or chart.hidden_text
    if point.value is None:
        return point.detail or tr("no data")
    return f"{point.value:.0f}%" if chart.unit == "percent" else f"{point.value:g}"


def _hidden_height(chart: ChartData) -> float:
    """A hidden bar is drawn as tall as the threshold, hatched: it says 'fewer than T', never 0."""
    return float(chart.threshold)


def _draw_hbar(axes: Any, chart: ChartData) -> None:
    points = chart.points
    positions = list(range(len(points)))[::-1]  # first point at the top
    top = _scale(chart)
    for position, point in zip(positions, points, strict=True):
        if point.hidden:
            axes.barh(position, _hidden_height(chart), height=0.66, color="white", edgecolor=HIDDEN_EDGE,
                      hatch="///", linestyle="--", linewidth=0.9)
            end = _hidden_height(chart)
        else:
            end = point.value or 0.0
            axes.barh(position, end, height=0.66, color=BAR)
        axes.text(end + top * 0.012, position, _value_label(chart, point), va="center", ha="left",
                  fontsize=FONT_SIZE - 0.5, color=INK)
    axes.set_yticks(positions, [short_label(p.axis_label) for p in points])
    axes.set_xlim(0, top * 1.12)
    axes.set_xlabel(chart.value_label)
    axes.tick_params(axis="y", length=0, labelsize=FONT_SIZE - 0.5)
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.spines["left"].set_visible(False)
    if chart.unit == "percent":
        axes.set_xticks([0, 25, 50, 75, 100])
    else:
        _integer_ticks(axes.xaxis)


def _draw_bar(axes: Any, chart: ChartData) -> None:
    points = chart.points
    positions = list(range(len(points)))
    top = _scale(chart)
    for position, point in zip(positions, points, strict=True):
        if point.hidden:
            axes.bar(position, _hidden_height(chart), width=0.66, color="white", edgecolor=HIDDEN_EDGE,
                     hatch="///", linestyle="--", linewidth=0.9)
            end = _hidden_height(chart)
        else:
            end = point.value or 0.0
            axes.bar(position, end, width=0.66, color=BAR)
        axes.text(position, end + top * 0.02, _value_label(chart, point), ha="center", va="bottom",
                  fontsize=FONT_SIZE - 1, color=INK)
    axes.set_xticks(positions, [p.axis_label for p in points], rotation=0 if len(points) <= 14 else 45,
                    ha="center" if len(points) <= 14 else "right", rotation_mode="anchor")
    axes.set_ylim(0, top * 1.18)
    axes.set_xlabel(chart.category_label)
    axes.set_ylabel(chart.value_label)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(axis="x", length=0)
    _integer_ticks(axes.yaxis)


def _draw_line(axes: Any, chart: ChartData) -> None:
    points = chart.points
    positions = list(range(len(points)))
    values = [p.value if p.value is not None and not p.hidden else float("nan") for p in points]
    top = _scale(chart)
    axes.plot(positions, values, color=LINE, linewidth=2.0, marker="o", markersize=4.5)
    for position, point, value in zip(positions, points, values, strict=True):
        if point.hidden or point.value is not None:
            height = _hidden_height(chart) if point.hidden else value
            axes.annotate(_value_label(chart, point), (position, height), textcoords="offset points",
                          xytext=(0, 6), ha="center", fontsize=FONT_SIZE - 1, color=INK)
    axes.set_xticks(positions, [p.axis_label for p in points], rotation=0 if len(points) <= 14 else 45,
                    ha="center" if len(points) <= 14 else "right", rotation_mode="anchor")
    axes.set_ylim(0, max(top, 1.0) * 1.2)
    axes.set_xlabel(chart.category_label)
    axes.set_ylabel(chart.value_label)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    _integer_ticks(axes.yaxis)


def _integer_ticks(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, nbins=6))


def _hidden_legend(figure: Any, chart: ChartData) -> None:
    from matplotlib.patches import Patch

    kinds = {p.hidden_as or chart.hidden_text for p in chart.points if p.hidden}
    labels = []
    if chart.hidden_text in kinds:
        labels.append(tr("{mark}: 1 to {below}, hidden to protect privacy").format(mark=chart.hidden_text,
                                                                                    below=chart.threshold - 1))
    if SECONDARY_MARK in kinds:
        labels.append(tr("{mark}: hidden so that another hidden number cannot be worked out").format(
            mark=SECONDARY_MARK))
    handles = [Patch(facecolor="white", edgecolor=HIDDEN_EDGE, hatch="///", linestyle="--", label=label)
               for label in labels]
    figure.legend(handles=handles, loc="outside lower right", frameon=False, fontsize=FONT_SIZE - 1)


def render_all(charts: Sequence[ChartData]) -> dict[str, bytes]:
    """Each chart's SVG, by its key."""
    return {chart.key: render_svg(chart) for chart in charts}
