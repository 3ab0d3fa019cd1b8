"""The team matrix as a Qt table model: people as rows (their names in the row header), modules and quizzes as
columns, and compact cells of a symbol and a word ("✓ 12 Mar", "⚠ Overdue", "Due 3 Jan", "↻ Refresher",
"✓ 85%"). Colour is only ever a second signal beside the words; tooltips and accessible text say it in full.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from ...i18n import tr, tr_noop
from ...i18n.dates import day_month, short_date
from ...team import status as st
from ...team.records import Cell, MatrixPerson, TeamMatrix, TrainingItem
from .. import colours

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Cell itself
SHOW_CHOICES = (("all", tr_noop("Modules and quizzes")), ("module", tr_noop("Modules only")),
                ("quiz", tr_noop("Quizzes only")))



def tint_colours(tint: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) for a tinted cell: a soft accent tint of the table's Base colour with the accent as
    text, both from the current palette (at least 4.5:1); each tint goes with words in the cell."""
    base, text = colours.base_colours(palette)
    background = colours.tint(tint, base, text)
    return background, colours.accent(tint, background, text)

DUE_SOON_DAYS = 14  # a due date this close is tinted

LEGEND = tr_noop("✓ completed or passed (date, or best assessed score)   ◐ in progress (sections read)   "
                 "↻ refresher due   ✗ not passed   ⚠ overdue   ● due within 14 days   "
                 "* completed before every section had to be read")


def short_day(day: date) -> str:
    return day_month(day)


def long_day(day: date) -> str:
    return short_date(day)


def header_text(item: TrainingItem) -> str:
    return item.short_title if item.item_type == "module" else tr("Quiz · {title}").format(title=item.short_title)


def cell_text(item: TrainingItem, cell: Cell, today: date | None = None) -> str:
    """The few characters shown in the cell: overdue first, then the status; a due date only where nothing
    has been done yet (the tooltip always has it), with ● when it is near (its tint is never the only sign)."""
    if cell.overdue:
        return tr("⚠ Overdue")
    due = ""
    if cell.due_on is not None and not cell.done:
        soon = today is not None and (cell.due_on - today).days <= DUE_SOON_DAYS
        due = (tr("● Due {date}") if soon else tr("Due {date}")).format(date=short_day(cell.due_on))
    if item.item_type == "module":
        if cell.status == st.COMPLETED:
            return f"✓ {short_day(cell.date)}" if cell.date else tr("✓ Done")
        if cell.status == st.COMPLETED_UNREAD:
            return f"✓ {short_day(cell.date)}*" if cell.date else tr("✓ Done*")
        if cell.status == st.REFRESHER_DUE:
            return tr("↻ Refresher")
        if cell.status == st.IN_PROGRESS:
            return f"◐ {cell.sections_viewed}/{cell.sections_total}"
        return due
    if cell.status == st.PASSED:
        return f"✓ {cell.score:.0f}%"
    if cell.status == st.NOT_PASSED:
        return f"✗ {cell.score:.0f}%"
    if cell.status == st.PRACTICE_ONLY:
        return tr("Practice", "a quiz cell: practice attempts only")
    return due


def cell_tint(item: TrainingItem, cell: Cell, today: date | None = None) -> str | None:
    if cell.overdue:
        return "bad"
    if cell.done:
        return "good"
    if cell.status in (st.REFRESHER_DUE, st.COMPLETED_UNREAD, st.NOT_PASSED):
        return "warn"
    if cell.status in (st.IN_PROGRESS, st.PRACTICE_ONLY):
        return "info"
    if cell.due_on is not None and today is not None and (cell.due_on - today).days <= DUE_SOON_DAYS:
        return "info"
    return None


def item_line(item: TrainingItem) -> str:
    """'Module: Title (version 1.0)' or 'Quiz: Title (version 1.0)'."""
    if item.item_type == "module":
        return tr("Module: {title} (version {version})").format(title=item.title, version=item.version)
    return tr("Quiz: {title} (version {version})").format(title=item.title, version=item.version)


def cell_summary(item: TrainingItem, cell: Cell) -> str:
    """One sentence about the cell, for screen readers and the first line of the tooltip."""
    parts: list[str] = []
    if item.item_type == "module":
        if cell.status == st.NOT_STARTED:
            parts.append(tr("Not started"))
        elif cell.status == st.IN_PROGRESS:
            parts.append(tr("In progress: {read} of {total} sections read").format(
                read=cell.sections_viewed, total=cell.sections_total))
        else:
            parts.append(tr("Completed on {date}").format(date=long_day(cell.date)) if cell.date
                         else tr("Completed"))
            if cell.completed_unread:
                parts.append(tr("completed before every section had to be read ({read} of {total} read)").format(
                    read=cell.sections_viewed, total=cell.sections_total))
            if cell.refresher_due:
                parts.append(tr("refresher due (12 months since completion, or the module changed in substance)"))
    else:
        if cell.status == st.NOT_STARTED:
            parts.append(tr("Not attempted"))
        elif cell.status == st.PRACTICE_ONLY:
            parts.append(tr("Practice only: %n practice attempt(s), no assessed attempt", "",
                            cell.practice_attempts))
        else:
            score = f"{cell.score:.0f}"
            if cell.status == st.PASSED:
                text = (tr("Passed: best assessed score {score}% on {date}, %n assessed attempt(s)", "", cell.attempts)
                        if cell.date else tr("Passed: best assessed score {score}%, %n assessed attempt(s)", "",
                                             cell.attempts))
            else:
                text = (tr("Not passed: best assessed score {score}% on {date}, %n assessed attempt(s)", "",
                           cell.attempts)
                        if cell.date else tr("Not passed: best assessed score {score}%, %n assessed attempt(s)", "",
                                             cell.attempts))
            parts.append(text.format(score=score, date=long_day(cell.date) if cell.date else ""))
    if cell.due_on is not None:
        if cell.overdue:
            parts.append(tr("overdue: it was due on {date}").format(date=long_day(cell.due_on)))
        elif cell.done:
            parts.append(tr("assigned, due {date}: done").format(date=long_day(cell.due_on)))
        else:
            parts.append(tr("assigned, due {date}").format(date=long_day(cell.due_on)))
    text = tr("; ", "separator between clauses of a sentence").join(parts)
    return text[:1].upper() + text[1:] + "."


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: TeamMatrix | None = None
        self.columns: list[int] = []  # indices into matrix.items of the columns shown
        self.show = "all"

    # -- filling --------------------------------------------------------------------------------------------
    def set_matrix(self, matrix: TeamMatrix, show: str | None = None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        if show is not None:
            self.show = show
        self.columns = [i for i, item in enumerate(matrix.items) if self.show in ("all", item.item_type)]
        self.endResetModel()

    def person(self, row: int) -> MatrixPerson | None:
        if self.matrix is None or not 0 <= row < len(self.matrix.people):
            return None
        return self.matrix.people[row]

    def item(self, column: int) -> TrainingItem | None:
        if self.matrix is None or not 0 <= column < len(self.columns):
            return None
        return self.matrix.items[self.columns[column]]

    def cell(self, row: int, column: int) -> Cell:
        assert self.matrix is not None
        return self.matrix.cells[row][self.columns[column]]

    # -- the model --------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        item = self.matrix.items[self.columns[index.column()]]
        cell = self.matrix.cells[index.row()][self.columns[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item, cell, self.matrix.today)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tint = cell_tint(item, cell, self.matrix.today)
            if tint is None:
                # A due date not yet near: quieter text, so what has happened stands out.
                return (QBrush(colours.muted(*colours.base_colours()))
                        if role == Qt.ItemDataRole.ForegroundRole and cell.due_on else None)
            background, foreground = tint_colours(tint)
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else foreground)
        if role == Qt.ItemDataRole.FontRole and cell.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{name}, {column}: {summary}", "a matrix cell for a screen reader").format(
                name=self.matrix.people[index.row()].name, column=header_text(item), summary=cell_summary(item, cell))
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self.matrix.people[index.row()]
            return f"{person.name}\n{item_line(item)}\n{cell_summary(item, cell)}"
        if role == CELL_ROLE:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            item = self.matrix.items[self.columns[section]]
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(item)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return item_line(item)
            return None
        if not 0 <= section < len(self.matrix.people):
            return None
        person = self.matrix.people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            team = f" · {person.team}" if person.team else ""
            return f"{person.name}\n{tr(person.role_label)} · {tr(person.organisation_label)}{team}\n" + \
                tr("Double-click or press Return to open their record")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class RotatedHeader(QHeaderView):
    """Column titles written upwards, so many narrow columns keep readable titles; the full title is in the
    tooltip and the accessible text."""

    def __init__(self, parent: QWidget | None = None, height: int = 120) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._height = height
        self._fitted: dict[tuple, str] = {}  # titles shortened to fit, worked out once per size and font
        self.setSectionsClickable(False)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self._height)
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        text = str(self.model().headerData(logical_index, Qt.Orientation.Horizontal,
                                           Qt.ItemDataRole.DisplayRole) or "")
        item = getattr(self.model(), "item", lambda _c: None)(logical_index)
        painter.save()
        font = QFont(self.font())
        if item is not None and item.item_type == "module":
            font.setBold(True)
        painter.setFont(font)
        # Upwards, bottom to top, wrapped over up to three lines across the column's width.
        length, across = rect.height() - 12, rect.width() - 6
        painter.translate(rect.left() + 3, rect.bottom() - 6)
        painter.rotate(-90)
        area = QRectF(0, 0, length, across)
        painter.setClipRect(area)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        key = (text, length, across, font.key())
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = self._fitted[key] = _fit(painter.fontMetrics(), text, length, across)
        painter.drawText(area, flags, fitted)
        painter.restore()
        if item is not None and item.item_type == "module" and logical_index > 0:
            painter.save()
            painter.setPen(self.palette().color(self.foregroundRole()).lighter(250))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.restore()


def _fit(metrics: QFontMetrics, text: str, length: float, across: float) -> str:
    """``text`` shortened with an ellipsis until it wraps into the lines that fit ``across``."""
    lines = max(1, int(across // metrics.lineSpacing()))
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        return metrics.boundingRect(QRect(0, 0, int(length), 10_000), flags, candidate).height() \
            <= lines * metrics.lineSpacing()

    if fits(text):
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if fits(candidate):
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(length))
