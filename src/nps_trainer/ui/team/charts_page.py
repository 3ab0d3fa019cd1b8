"""Team → Charts: completion by module and by team, assessed pass rates, overdue training over time, screenings
by month and flags raised, and "Save team report (PDF)…".

The charts are drawn by matplotlib as SVG (``team/charts.py``) and shown with QtSvg, so the screen and the PDF
show the same vector drawing. This module is imported only when the Charts tab is first shown, and matplotlib
only when the first chart is drawn, so start-up does not load either. Each chart can be reached with Tab and
has an accessible name (its title) and description (every value, in words) for screen readers.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...team import chart_data
from ...team.charts import WIDTH_INCHES, ChartData, render_svg
from .. import messages
from ..documents import pdf
from ..widgets import heading, note

GAP = 16  # px between charts side by side
CHART_TEXT_PIXELS = 12  # the charts' 9-point text at their natural size on a 96 dpi screen
SAVE_TITLE = tr_noop("Save the team report")


def natural_width(widget: QWidget) -> int:
    """The widest a chart is shown: where its text is about the size of the text around it. That is the width
    it was drawn for (as on the A4 page, where its text is 9 points, 12 pixels on a 96 dpi screen), made wider
    with a larger text size (Settings → Text size)."""
    text_pixels = QFontInfo(widget.font()).pixelSize()
    return round(WIDTH_INCHES * widget.logicalDpiX() * max(1.0, text_pixels / CHART_TEXT_PIXELS))


class ChartView(QSvgWidget):
    """One chart: the SVG scaled to the width available, keeping its proportions; focusable, so a screen reader
    user can move from chart to chart with Tab and hear each one's title and values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: ChartData | None = None
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMaximumWidth(natural_width(self))

    def show_chart(self, chart: ChartData, svg: bytes) -> None:
        self.chart = chart
        self.load(QByteArray(svg))
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.summary())
        self.setToolTip(chart.summary())
        self._fit_height()

    def _ratio(self) -> float:
        size = self.renderer().defaultSize()
        return size.height() / size.width() if size.width() > 0 else 0.5

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(min(width, self.maximumWidth()) * self._ratio())

    def sizeHint(self) -> QSize:
        width = self.maximumWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the drawing is at this width: the layout then neither stretches nor squashes it."""
        wanted = self.heightForWidth(self.width())
        if self.height() != wanted or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)


class ChartPanel(QWidget):
    """A chart with the line under it that says what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        self.view = ChartView()
        layout.addWidget(self.view)
        self.caption = note("")
        layout.addWidget(self.caption)

    def show_chart(self, chart: ChartData, svg: bytes) -> None:
        self.view.show_chart(chart, svg)
        lines = [chart.note, *(chart.hidden_explanations() if not chart.is_empty else [])]
        self._caption(" ".join(line for line in lines if line))

    def show_pending(self, chart: ChartData) -> None:
        """Named and described already (the numbers are known); the drawing follows."""
        self.view.setAccessibleName(chart.title)
        self.view.setAccessibleDescription(chart.summary())
        self._caption(tr("Drawing “{title}”…").format(title=chart.title))

    def _caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setAccessibleName(text)
        self.caption.setVisible(bool(text))


class _Delivery(QObject):
    """Carries drawn charts from the worker thread to the page (a queued signal: the page's thread handles it)."""

    drawn = Signal(int, str, object)  # refresh number, chart key, SVG bytes
    failed = Signal(int, str)  # refresh number, message


def _draw(delivery: _Delivery, refresh: int, charts: list[ChartData]) -> None:
    """On a worker thread: draw each chart and hand it to the page."""
    for chart in charts:
        try:
            svg = render_svg(chart)
        except Exception as exc:  # shown to the user: the page must not be left waiting
            _emit(delivery.failed, refresh, str(exc) or type(exc).__name__)
            return
        if not _emit(delivery.drawn, refresh, chart.key, svg):
            return


def _emit(signal, *args) -> bool:
    """Emit, or False when the page (and so its delivery object) has been deleted meanwhile."""
    try:
        signal.emit(*args)
    except RuntimeError:
        return False
    return True


class ChartsPage(QWidget):
    charts_ready = Signal()

    def __init__(self, services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.data: chart_data.TeamCharts | None = None
        self._svgs: dict[ChartData, bytes] = {}  # charts already drawn: refresh redraws only what changed
        self._refreshes = 0
        self._waiting: set[str] = set()  # keys of the charts being drawn for the latest refresh
        self._delivery = _Delivery(self)
        self._delivery.drawn.connect(self._drawn)
        self._delivery.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = note("")
        self.summary.setObjectName("chartsSummary")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save team report (PDF)…"))
        self.save_button.setAccessibleName(tr("Save team report (PDF)"))
        self.save_button.setAccessibleDescription(tr("The team summary, these charts with their numbers, and the "
                                                     "caseload figures, as an A4 PDF"))
        self.save_button.clicked.connect(self.save_report)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(tr("Team charts"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the charts inside take focus, one by one
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 12, 0)
        self.grid.setHorizontalSpacing(GAP)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.panels: dict[str, ChartPanel] = {}
        self.sections: list[tuple[QLabel, list[str]]] = []
        for title, keys in ((tr("Training"), chart_data.CHART_KEYS[:4]),
                           (tr("Caseload"), chart_data.CHART_KEYS[4:])):
            self.sections.append((heading(title, 2), list(keys)))
            for key in keys:
                self.panels[key] = ChartPanel()
        self.columns = 0
        self._lay_out(1)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

    def _lay_out(self, columns: int) -> None:
        """Each section's heading on a row of its own, then its charts in ``columns`` columns, in reading order
        (left to right, then down), which is also the Tab order."""
        if columns == self.columns:
            return
        self.columns = columns
        for label, keys in self.sections:
            self.grid.removeWidget(label)
            for key in keys:
                self.grid.removeWidget(self.panels[key])
        row = 0
        previous: QWidget | None = None
        for label, keys in self.sections:
            self.grid.addWidget(label, row, 0, 1, columns)
            row += 1
            for index, key in enumerate(keys):
                panel = self.panels[key]
                self.grid.addWidget(panel, row + index // columns, index % columns,
                                    Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if previous is not None:
                    QWidget.setTabOrder(previous, panel.view)
                previous = panel.view
            row += (len(keys) + columns - 1) // columns

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # From the page's own width: the scroll area's viewport is not laid out yet when the page is first shown.
        room = (self.width() - self.scroll.verticalScrollBar().sizeHint().width() - 2 * self.scroll.frameWidth()
                - self.grid.contentsMargins().right())
        # Side by side once each chart can be at least 85% of its natural width (its text about 10 px or more).
        self._lay_out(2 if room >= 2 * round(0.85 * natural_width(self)) + GAP else 1)

    def charts(self) -> list[ChartView]:
        return [panel.view for panel in self.panels.values()]

    @property
    def drawing(self) -> bool:
        """True while charts of the latest refresh are still being drawn."""
        return bool(self._waiting)

    def refresh(self) -> None:
        """Gather the data again (a few queries, and the caseload figures' suppression) and redraw, on a worker
        thread, the charts whose data changed, so the window stays responsive while matplotlib loads and draws.
        ``charts_ready`` is emitted when every chart is shown."""
        self._refreshes += 1
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = chart_data.gather(self.services, dt.date.today())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.summary.setText(self._summary_text(self.data))
        self.summary.setAccessibleName(self.summary.text())
        pending = []
        for chart in self.data.charts:
            svg = self._svgs.get(chart)
            if svg is None:
                pending.append(chart)
                self.panels[chart.key].show_pending(chart)
            else:
                self.panels[chart.key].show_chart(chart, svg)
        self._svgs = {chart: svg for chart, svg in self._svgs.items() if chart in self.data.charts}
        self._waiting = {chart.key for chart in pending}
        if pending:
            QThreadPool.globalInstance().start(partial(_draw, self._delivery, self._refreshes, pending))
        else:
            self.charts_ready.emit()

    def _drawn(self, refresh: int, key: str, svg: bytes) -> None:
        if refresh != self._refreshes or self.data is None:
            return  # from an earlier refresh: its data has been replaced
        chart = self.data.chart(key)
        self._svgs[chart] = svg
        self.panels[key].show_chart(chart, svg)
        self._waiting.discard(key)
        if not self._waiting:
            self.charts_ready.emit()

    def _failed(self, refresh: int, message: str) -> None:
        if refresh != self._refreshes:
            return
        for key in self._waiting:
            self.panels[key]._caption(tr("This chart could not be drawn: {error}").format(error=message))
        self._waiting.clear()
        messages.warn(self, tr("Team charts"), tr("The charts could not be drawn: {error}").format(error=message))

    @staticmethod
    def _summary_text(data: chart_data.TeamCharts) -> str:
        parts = tr("; ", "separator between clauses of a sentence").join(
            tr("{label}: {value}").format(label=label, value=value) for label, value in data.summary.lines())
        return tr("{summary}. Caseload charts: {period}.").format(summary=parts, period=data.period)

    def save_report(self) -> None:
        from ...team.team_report import file_name, team_report

        today = dt.date.today()
        path = pdf.ask_pdf_path(self, tr(SAVE_TITLE), file_name(today))
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = team_report(self.services, self.signed_in, today, drawn=self._svgs)
            pdf.write_pdf(report.html, path, report.title, svgs=report.svgs)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.warn(self, tr(SAVE_TITLE), tr("The team report could not be saved to {path}: {error}").format(
                path=path, error=exc.strerror or exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="export", object_type="team_report",
                                   detail=f"team report PDF for {today.isoformat()}")
        messages.inform(self, tr(SAVE_TITLE), tr("The team report was saved to {path}.").format(path=path))
