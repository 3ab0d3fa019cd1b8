"""The catalogue: what is assigned to this person first, then every module with its summary, length and
status (refresher due and completions made unread included), a search across module text, and a note of
modules that could not be loaded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...content import Catalogue, Module, SearchHit, SearchIndex, UnavailableModule
from ...i18n import tr, tr_noop
from ...progress.service import ModuleSummary
from ...team.status import (
    COMPLETED,
    COMPLETED_UNREAD,
    IN_PROGRESS,
    NOT_STARTED,
    REFRESHER_DUE,
    major_version,
    module_state,
)
from .. import colours
from ..assigned_panel import AssignedPanel, AssignedRow, day_text
from ..refresher.banner import RefresherBanner
from ..tables import setup_read_only_table
from ..widgets import buddy, heading, note

COLUMNS = (tr_noop("Module"), tr_noop("Summary"), tr_noop("Minutes"), tr_noop("Status"))
ID_ROLE = Qt.ItemDataRole.UserRole
ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_AIR = 10  # pixels added below each row's wrapped text
FOR_YOUR_ROLE = tr_noop("For your role")  # kept in English as the row's marker; translated where shown
OTHER_MODULES = tr_noop("Other modules")
#: A module state (team.status) as the catalogue shows it, for states without a fuller wording below.
STATE_LABELS = {NOT_STARTED: tr_noop("Not started"), IN_PROGRESS: tr_noop("In progress"),
                COMPLETED: tr_noop("Completed"), COMPLETED_UNREAD: tr_noop("Completed unread"),
                REFRESHER_DUE: tr_noop("Refresher due")}
SEPARATOR = " · "  # between the parts of a status, each a whole phrase of its own


def catalogue_rows(modules: Sequence[Module], for_role: Sequence[str]) -> list[Module | str]:
    """The catalogue's rows: with modules for the person's role, a "For your role" heading, those modules in the
    given order, then an "Other modules" heading (when any are left) and the rest in catalogue order; without,
    just the modules."""
    by_id = {module.id: module for module in modules}
    mine = [by_id[module_id] for module_id in for_role if module_id in by_id]
    if not mine:
        return list(modules)
    chosen = {module.id for module in mine}
    others = [module for module in modules if module.id not in chosen]
    return [FOR_YOUR_ROLE, *mine, *([OTHER_MODULES, *others] if others else [])]


def group_positions(rows: Sequence[Module | str]) -> dict[int, str]:
    """What a screen reader says before each module row's title so that the group is heard with the module
    ('For your role, 2 of 3: '): the heading rows themselves never take the focus, since the arrow keys pass
    them. Nothing for a catalogue without headings."""
    spoken: dict[int, str] = {}
    starts = [row for row, item in enumerate(rows) if isinstance(item, str)]
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(rows)
        members = range(start + 1, end)
        for position, row in enumerate(members, start=1):
            spoken[row] = tr("{group}, {position} of {count}: ").format(
                group=tr(rows[start]), position=position, count=len(members))
    return spoken


def sections_viewed(module: Module, summary: ModuleSummary | None) -> tuple[int, int]:
    """How many of the module's sections (as they are now) have been viewed, and how many there are."""
    anchors = [section.anchor for section in module.sections]
    return (summary.sections_viewed(anchors) if summary else 0), len(anchors)


def joint_session_anchors(module: Module, summary: ModuleSummary | None) -> list[str]:
    """The module's sections (anchors, in order) seen in a joint session and not (yet) read alone: counted in
    ``sections_viewed`` but shown as such, separate from reading alone."""
    if summary is None or not summary.sections_credited:
        return []
    credited, seen = set(summary.sections_credited), set(summary.sections_seen)
    return [s.anchor for s in module.sections if s.anchor in credited and s.anchor not in seen]


def joint_text(count: int) -> str:
    """'2 seen in a joint session' ('' for none)."""
    return tr("{count} seen in a joint session").format(count=count) if count else ""


def viewed_text(module: Module, summary: ModuleSummary | None) -> str:
    """'2 of 8 sections viewed': what was really read, whether or not the module is complete; '5 of 8 sections
    viewed · 2 seen in a joint session' when some were seen only in a joint session (counted in the 5)."""
    viewed, total = sections_viewed(module, summary)
    #: {viewed}: how many of the %n sections were viewed
    text = tr("{viewed} of %n section(s) viewed", "", total).format(viewed=viewed)
    joint = joint_text(len(joint_session_anchors(module, summary)))
    return f"{text}{SEPARATOR}{joint}" if joint else text


def status_text(module: Module, summary: ModuleSummary | None, today: date | None = None) -> str:
    """The module's status in Learn. A completed module read only in part (a completion made before every
    section had to be read) says how much was read ('Completed unread · 2 of 8 sections viewed'), so completion
    never overstates the reading; Progress counts with the same ``sections_viewed``, so the two agree. Sections
    seen only in a joint session are counted and also named as such ('In progress (57%) · 2 seen in a joint
    session'). A refresher says why it is due."""
    today = today or date.today()
    state = module_state(summary, module, today)
    viewed, total = sections_viewed(module, summary)
    joint = joint_text(len(joint_session_anchors(module, summary)))
    if state == IN_PROGRESS:
        text = tr("In progress ({percent}%)").format(percent=round(100 * viewed / total) if total else 0)
        return f"{text}{SEPARATOR}{joint}" if joint else text
    if state == COMPLETED_UNREAD:
        return tr("Completed unread") + SEPARATOR + viewed_text(module, summary)
    if state == REFRESHER_DUE and summary is not None and summary.completed_at is not None:
        changed = major_version(summary.version_completed) != major_version(module.version)
        why = tr("the module has changed") if changed and summary.version_completed else \
            tr("completed {day}", "why a refresher is due").format(
                day=day_text(summary.completed_at.astimezone().date()))
        return tr("Refresher due") + SEPARATOR + why
    if state == COMPLETED and summary is not None:
        text = tr("Completed")
        if summary.version_completed != module.version:
            text += SEPARATOR + tr("minor update since")  # a correction: no refresher needed
        if viewed < total:
            return f"{text}{SEPARATOR}{viewed_text(module, summary)}"
        return f"{text}{SEPARATOR}{joint}" if joint else text
    return tr(STATE_LABELS[state]) if state in STATE_LABELS else state[0].upper() + state[1:]


def reason_text(item: UnavailableModule, most: int = 3) -> str:
    reasons = [tr("line {line}: {problem}").format(line=p.line, problem=p.message) if p.line else p.message
               for p in item.problems]
    if not reasons:
        return tr("unknown problem")
    more = len(reasons) - most
    return "; ".join(reasons[:most] + ([tr("and {count} more").format(count=more)] if more > 0 else []))


def unavailable_text(unavailable: tuple[UnavailableModule, ...]) -> str:
    lines = [tr("Unavailable modules (these could not be loaded; the others work as normal):")]
    for item in unavailable:
        label = item.title or item.id or item.path.name
        lines.append(f"• {label} ({item.path.name}): {reason_text(item)}")
    return "\n".join(lines)


class CataloguePage(QWidget):
    open_requested = Signal(str, str)  # module id, section anchor ("" for where the reader left off)
    assigned_open_requested = Signal(str, str)  # item type ('module' | 'quiz'), id: from "Assigned to you"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._fit_pending = False
        self.today: date | None = None  # None: the real date (tests fix it)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Learn")))
        self.assigned = AssignedPanel()
        self.assigned.open_requested.connect(self.assigned_open_requested)
        layout.addWidget(self.assigned)
        # questions due again (LearnSection fills it)
        self.refresher_banner = RefresherBanner(tr("Start the &refresher"))
        layout.addWidget(self.refresher_banner)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Words to find in any module"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleDescription(tr("Ctrl+F; results appear below, Enter moves to them"))
        search_row.addWidget(buddy(tr("&Search modules:"), self.search_edit))
        search_row.addWidget(self.search_edit, 1)
        layout.addLayout(search_row)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._focus_results)
        # The context is set after: PySide6 ignores the constructor's context= when given a slot.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.status_note = note("")
        self.status_note.setObjectName("learnStatus")
        self.status_note.hide()
        layout.addWidget(self.status_note)

        self.views = QStackedWidget()
        self.table = self._build_table()
        self.results = QListWidget()
        self.results.setAccessibleName(tr("Search results"))
        self.results.setAccessibleDescription(tr("Enter opens the module at that section"))
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.itemActivated.connect(self._open_hit)
        self.empty_note = note("")
        self.empty_note.setObjectName("learnEmpty")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for view in (self.table, self.results, self.empty_note):
            self.views.addWidget(view)
        layout.addWidget(self.views, 1)

        self.unavailable_note = note("")
        self.unavailable_note.setObjectName("unavailableModules")
        colours.keep_styled(self.unavailable_note, lambda: f"QLabel {{ {colours.accent_style('bad')} }}")
        self.unavailable_note.hide()
        layout.addWidget(self.unavailable_note)
        self.setTabOrder(self.assigned.table, self.refresher_banner.button)
        self.setTabOrder(self.refresher_banner.button, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.results)

    def _build_table(self) -> QTableWidget:
        table = setup_read_only_table(QTableWidget(), [tr(column) for column in COLUMNS], tr("Modules"),
                                      tr("Enter opens the chosen module"))
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Status wraps ("Completed · 2 of 8 sections viewed") rather than taking the summary's room.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setColumnWidth(0, 260)
        table.setColumnWidth(3, table.fontMetrics().horizontalAdvance(tr("Completed unread") + SEPARATOR + "10 of "))
        header.sectionResized.connect(lambda *_: self._schedule_fit())
        table.activated.connect(lambda index: self._open_row(index.row()))
        return table

    # -- filling ------------------------------------------------------------------------------------------
    def show_catalogue(self, catalogue: Catalogue, index: SearchIndex,
                       summaries: Mapping[str, ModuleSummary], content_dir: Path,
                       for_role: Sequence[str] = ()) -> None:
        """Fill the table; ``for_role`` (module ids, in order) come first under a "For your role" heading."""
        self._index = index
        current = self.current_module_id()
        rows = catalogue_rows(catalogue.modules, for_role)
        role_count = (rows.index(OTHER_MODULES) if OTHER_MODULES in rows else len(rows)) - 1  # after the heading
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        groups = group_positions(rows)
        for row, module in enumerate(rows):
            if isinstance(module, str):
                self._heading_row(row, module, role_count)
                continue
            status_label = status_text(module, summaries.get(module.id), self.today)
            title = module.title
            if "cy" in module.languages:  # the module can be read in Welsh (issue 13)
                title = tr("{title} · Cymraeg", "catalogue: this module can be read in Welsh").format(title=title)
            cells = (title, module.summary, str(module.minutes), status_label)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, module.id)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            title = self.table.item(row, 0)
            #: {group}: where the row sits, such as 'For your role, 2 of 3: ' (or nothing)
            title.setData(Qt.ItemDataRole.AccessibleTextRole,
                          tr("{group}{title}. {minutes} minutes. {status}.").format(
                              group=groups.get(row, ""), title=module.title, minutes=module.minutes,
                              status=status_label))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self._fit_rows()
        first = next((row.id for row in rows if not isinstance(row, str)), None)
        self.select_module(current or first)

        if catalogue.unavailable:
            self.unavailable_note.setText(unavailable_text(catalogue.unavailable))
            self.unavailable_note.setAccessibleName(self.unavailable_note.text())
        self.unavailable_note.setVisible(bool(catalogue.unavailable))
        if not catalogue.modules:
            text = tr("No modules installed yet. The content folder in use is {folder}.").format(folder=content_dir)
            self.empty_note.setText(text)
            self.empty_note.setAccessibleName(text)
        self._search(self.search_edit.text())

    def _heading_row(self, row: int, text: str, role_count: int) -> None:
        """A row across the table naming the group below it; it cannot be chosen, and the arrow keys pass it."""
        for column in range(1, self.table.columnCount()):
            self.table.takeItem(row, column)  # a module's cells from an earlier fill
        item = QTableWidgetItem(tr(text))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(QBrush(colours.accent("info", *colours.base_colours(self.table.palette()))))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        spoken = (tr("For your role: %n module(s) from your role's learning paths", "", role_count)
                  if text == FOR_YOUR_ROLE else tr("Other modules: the rest of the catalogue"))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, self.table.columnCount())

    def heading_rows(self) -> dict[str, int]:
        """The group headings shown in the table and their rows (none when nobody's role has a path)."""
        return {item.text(): row for row in range(self.table.rowCount())
                if (item := self.table.item(row, 0)) is not None and item.data(ID_ROLE) is None}

    def show_assigned(self, rows: Sequence[AssignedRow]) -> None:
        """Fill "Assigned to you" (hidden when nothing is assigned)."""
        self.assigned.show_rows(rows, self.today or date.today())

    def show_status(self, text: str) -> None:
        self.status_note.setText(text)
        self.status_note.setAccessibleName(text)
        self.status_note.setVisible(bool(text))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_rows)  # cancelled if this page is deleted first

    def _fit_rows(self) -> None:
        """Rows tall enough for the wrapped summary, with a little air between modules."""
        self._fit_pending = False
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_AIR)

    # -- choosing -----------------------------------------------------------------------------------------
    def current_module_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item else None

    def select_module(self, module_id: str | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and module_id is not None and item.data(ID_ROLE) == module_id:
                self.table.setCurrentCell(row, 0)
                return

    def focus_list(self) -> None:
        self.views.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(ID_ROLE):
            self.open_requested.emit(item.data(ID_ROLE), "")

    # -- searching ----------------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        if not text.strip():
            self.views.setCurrentWidget(self.table if self.table.rowCount() else self.empty_note)
            return
        self.results.clear()
        hits = self._index.search(text) if self._index is not None else []
        for hit in hits:
            self.results.addItem(self._hit_item(hit))
        if not hits:
            item = QListWidgetItem(tr("No module mentions “{words}”.").format(words=text.strip()))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
        self.views.setCurrentWidget(self.results)

    @staticmethod
    def _hit_item(hit: SearchHit) -> QListWidgetItem:
        where = f"{hit.module_title} — {hit.section_title}" if hit.section_title else hit.module_title
        item = QListWidgetItem(f"{where}\n{hit.snippet}")
        item.setData(ID_ROLE, hit.module_id)
        item.setData(ANCHOR_ROLE, hit.section_anchor or "")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{where}: {hit.snippet}")
        return item

    def _focus_results(self) -> None:
        if self.views.currentWidget() is self.results and self.results.count():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.table.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_hit(self, item: QListWidgetItem) -> None:
        module_id = item.data(ID_ROLE)
        if module_id:
            self.open_requested.emit(module_id, item.data(ANCHOR_ROLE) or "")
