"""'Assigned to you': the modules and quizzes a manager has assigned to this person (learning paths expanded),
soonest due first, overdue said in words as well as colour; Enter opens the chosen one. Shown at the top of
Learn and of Quizzes, and hidden for someone with nothing assigned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..content import Module
from ..file_signature import Signature, files_signature
from ..i18n import tr, tr_noop
from ..i18n.dates import short_date
from ..progress.service import ModuleSummary
from ..quiz_records import QuizStatus, QuizSummary
from ..team.assignments import DueItem
from ..team.paths import LearningPath, load_paths
from ..team.status import COMPLETED, module_state
from . import colours
from .learn.library import LibraryCache
from .quiz.library import QuizLibraryCache
from .tables import setup_read_only_table
from .widgets import heading, note

if TYPE_CHECKING:
    from ..profiles import ProfileInfo
    from ..services import Services

COLUMNS = (tr_noop("Due"), tr_noop("What"), tr_noop("Status"))
# A row's state as shown (the states are the ids team.status and QuizStatus give).
STATE_WORDS = {
    "not started": tr_noop("Not started"), "in progress": tr_noop("In progress"), "completed": tr_noop("Completed"),
    "refresher due": tr_noop("Refresher due"), "not installed": tr_noop("Not installed"),
    "not taken": tr_noop("Not taken"), "passed": tr_noop("Passed"),
}
TYPE_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def overdue_colour(palette: QPalette | None = None) -> QColor:
    """'Overdue' in the 'bad' accent, shaded to read on the table's Base colour (the word says it too)."""
    background, text = colours.base_colours(palette)
    return colours.accent("bad", background, text)
VISIBLE_ROWS = 5  # rows shown before the list scrolls, so the catalogue below keeps its room

# One catalogue and one quiz library for Learn and Quizzes together: each reloads only when its files change.
_MODULES = LibraryCache()
_QUIZZES = QuizLibraryCache()


def module_cache() -> LibraryCache:
    return _MODULES


def quiz_cache() -> QuizLibraryCache:
    return _QUIZZES


class PathsCache:
    """The learning paths of a content folder, read again only when paths.yaml changes."""

    def __init__(self) -> None:
        self._key: tuple[Path, Signature] | None = None
        self._paths: list[LearningPath] = []

    def load(self, content_dir: Path) -> list[LearningPath]:
        file = content_dir / "paths.yaml"
        key = (content_dir, files_signature([file] if file.exists() else []))
        if key != self._key:
            self._paths, _problems = load_paths(content_dir)  # problems: 'nps-trainer content check' shows them
            self._key = key
        return self._paths


@dataclass(frozen=True)
class AssignedRow:
    item_type: str  # module | quiz
    item_id: str
    title: str
    due_on: date
    state: str  # the person's standing, e.g. 'not started', 'refresher due', 'not passed', 'completed'
    done: bool
    path_title: str | None


def assigned_rows(due: Sequence[DueItem], modules: Mapping[str, Module], quiz_titles: Mapping[str, str],
                  module_summaries: Mapping[str, ModuleSummary], quiz_summaries: Mapping[str, QuizSummary],
                  paths: Sequence[LearningPath], today: date) -> list[AssignedRow]:
    """What is still to do, soonest due first, then what is done."""
    path_titles = {p.id: p.title for p in paths}
    rows: list[AssignedRow] = []
    for item in due:
        if item.item_type == "module":
            module = modules.get(item.item_id)
            title = module.title if module else item.item_id
            summary = module_summaries.get(item.item_id)
            state = module_state(summary, module, today) if module else "not installed"
            done = state == COMPLETED
        else:
            title = quiz_titles.get(item.item_id, item.item_id)
            summary_q = quiz_summaries.get(item.item_id)
            done = summary_q is not None and summary_q.status is QuizStatus.PASSED
            state = summary_q.status.value if summary_q else QuizStatus.NOT_TAKEN.value
        rows.append(AssignedRow(item.item_type, item.item_id, title, item.due_on, state, done,
                                path_titles.get(item.via_path) if item.via_path else None))
    return sorted(rows, key=lambda r: (r.done, r.due_on))


_PATHS = PathsCache()


def paths_cache() -> PathsCache:
    return _PATHS


def load_assigned(services: Services, profile: ProfileInfo, today: date) -> list[AssignedRow]:
    """This person's assigned modules and quizzes with their standing; nothing is loaded when nothing is
    assigned (most people, most days), and the quiz library only when a quiz is."""
    content_dir = services.config.content_dir
    paths = _PATHS.load(content_dir)
    due = services.assignments.due_items(profile, paths)
    if not due:
        return []
    kinds = {item.item_type for item in due}
    modules = {m.id: m for m in module_cache().load(content_dir).catalogue} if "module" in kinds else {}
    quiz_titles = {q.id: q.title for q in quiz_cache().load(content_dir).quizzes} if "quiz" in kinds else {}
    module_summaries = services.progress.summaries(profile.id) if "module" in kinds else {}
    quiz_summaries = services.quiz_records.summaries(profile.id) if "quiz" in kinds else {}
    return assigned_rows(due, modules, quiz_titles, module_summaries, quiz_summaries, paths, today)


def day_text(day: date) -> str:
    return short_date(day)


def due_text(row: AssignedRow, today: date) -> str:
    """'Overdue by 3 days (due 3 Dec 2026)', 'Due today', 'Due in 12 days (18 Dec 2026)' or 'Done'."""
    if row.done:
        return tr("Done (was due {date})").format(date=day_text(row.due_on))
    days = (row.due_on - today).days
    if days < 0:
        return tr("Overdue by %n day(s) (due {date})", "", -days).format(date=day_text(row.due_on))
    if days == 0:
        return tr("Due today ({date})").format(date=day_text(row.due_on))
    if days == 1:
        return tr("Due tomorrow ({date})").format(date=day_text(row.due_on))
    return tr("Due in %n day(s) ({date})", "", days).format(date=day_text(row.due_on))


def what_text(row: AssignedRow) -> str:
    if row.item_type == "module":
        text = tr("Module: {title} (part of {path})") if row.path_title else tr("Module: {title}")
    else:
        text = tr("Quiz: {title} (part of {path})") if row.path_title else tr("Quiz: {title}")
    return text.format(title=row.title, path=row.path_title)


def state_text(row: AssignedRow) -> str:
    if row.done:
        return tr("Done")
    if row.state == "completed unread":
        return tr("Completed with sections unread: read them and complete it again")
    if row.state == "not yet passed":
        return tr("Not yet passed in assessed mode")
    if row.state == "practised (not assessed)":
        return tr("Practised: take it in assessed mode to pass")
    if row.state in STATE_WORDS:
        return tr(STATE_WORDS[row.state])
    return row.state[0].upper() + row.state[1:]


def summary_text(rows: Sequence[AssignedRow], today: date) -> str:
    overdue = sum(not r.done and r.due_on < today for r in rows)
    open_rows = sum(not r.done for r in rows)
    if not open_rows:
        return tr("All %n assigned item(s) done. Well done.", "", len(rows))
    if overdue:
        return tr("{to_do} to do, {overdue} overdue. Soonest due first; Enter opens the chosen one.").format(
            to_do=open_rows, overdue=overdue)
    return tr("{to_do} to do. Soonest due first; Enter opens the chosen one.").format(to_do=open_rows)


class AssignedPanel(QWidget):
    """The list itself. ``open_requested`` gives (item_type, item_id)."""

    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AssignedRow] = []
        self._fit_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.title = heading(tr("Assigned to you"), 2)
        layout.addWidget(self.title)
        self.summary = note("")
        self.summary.setObjectName("assignedSummary")
        layout.addWidget(self.summary)
        self.table = setup_read_only_table(QTableWidget(), [tr(c) for c in COLUMNS], tr("Assigned to you"),
                                           tr("Soonest due first. Enter opens the chosen module or quiz"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        header.sectionResized.connect(lambda *_: self._schedule_fit())
        layout.addWidget(self.table)
        self.hide()

    def show_rows(self, rows: Sequence[AssignedRow], today: date) -> None:
        current = self.current_item()
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            overdue = not row.done and row.due_on < today
            cells = (due_text(row, today), what_text(row), state_text(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(TYPE_ROLE, row.item_type)
                item.setData(ID_ROLE, row.item_id)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if overdue and column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QBrush(overdue_colour(self.table.palette())))
                if row.done:
                    item.setForeground(QBrush(self.palette().placeholderText().color()))
                self.table.setItem(number, column, item)
            self.table.item(number, 0).setData(Qt.ItemDataRole.AccessibleTextRole,
                                               f"{what_text(row)}. {cells[0]}. {cells[2]}.")
        self._fit_rows()
        text = summary_text(self.rows, today) if self.rows else ""
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.table.setAccessibleDescription(f"{text} " + tr("Enter opens the chosen module or quiz."))
        self.setVisible(bool(self.rows))
        self.select(current)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_rows)  # cancelled if the panel is deleted first

    def _fit_rows(self) -> None:
        """Rows as tall as their (wrapped) text at the width the table has now, and the table as tall as the
        first few rows."""
        self._fit_pending = False
        table = self.table
        metrics = table.fontMetrics()
        padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        widths = [max(table.columnWidth(c) - padding, 20) for c in range(table.columnCount())]
        # Measured here rather than with resizeRowsToContents, whose estimate for wrapped text often adds a line.
        for row in range(table.rowCount()):
            height = max(metrics.boundingRect(QRect(0, 0, widths[c], 10_000), Qt.TextFlag.TextWordWrap,
                                              table.item(row, c).text()).height()
                         for c in range(table.columnCount()))
            table.setRowHeight(row, height + 8)
        self._fit_height()

    def _fit_height(self) -> None:
        shown = min(len(self.rows), VISIBLE_ROWS)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(shown))
        # At most about a quarter of a 768-pixel screen at any text size: a long list scrolls in its own table.
        cap = self.table.horizontalHeader().height() + 8 * self.fontMetrics().lineSpacing()
        self.table.setFixedHeight(min(max(height, self.table.horizontalHeader().height() + 8), cap))

    def current_item(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return (item.data(TYPE_ROLE), item.data(ID_ROLE)) if item else None

    def select(self, wanted: tuple[str, str] | None) -> None:
        for number, row in enumerate(self.rows):
            if (row.item_type, row.item_id) == wanted:
                self.table.setCurrentCell(number, 0)
                return
        if self.rows:
            self.table.setCurrentCell(0, 0)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_row(self, number: int) -> None:
        if 0 <= number < len(self.rows):
            row = self.rows[number]
            self.open_requested.emit(row.item_type, row.item_id)
