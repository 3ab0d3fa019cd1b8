"""Team → Assignments: a manager sees the training assigned (what, to whom, when due, how many of the people
it covers have done it and how many are overdue), assigns a module, quiz or learning path to a person, a role
or a team with a due date, and cancels an assignment. Everything works from the keyboard; every change is
audited by the service."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...profiles import ROLES, NotAllowed, ProfileInfo
from ...services import Services
from ...team.assignments import ITEM_TYPES, AssignmentInfo, AssignmentProgress
from ...team.paths import LearningPath
from .. import messages
from ..assigned_panel import PathsCache, day_text, module_cache, overdue_colour, quiz_cache
from ..tables import setup_read_only_table
from ..widgets import buddy, heading, note, return_clicks

COLUMNS = ("What", "Assigned to", "Due", "People done", "Overdue")
DEFAULT_DAYS = 28  # a new assignment is due four weeks on unless the manager chooses otherwise
ROLE_PLURALS = {"practitioner": "probation practitioners", "drug_service": "drug service workers",
                "facilitator": "facilitators", "manager": "managers"}


class AssignmentsPage(QWidget):
    def __init__(self, services: Services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.today: date | None = None  # None: the real date (tests fix it)
        self.rows: list[AssignmentProgress] = []
        self.people: list[ProfileInfo] = []
        self.paths: list[LearningPath] = []
        self._paths_cache = PathsCache()
        self._titles: dict[tuple[str, str], str] = {}
        self._due_set = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = note("")
        self.summary.setObjectName("assignmentsSummary")
        layout.addWidget(self.summary)
        self.table = setup_read_only_table(QTableWidget(), COLUMNS, "Assignments",
                                           "Training assigned and not cancelled, soonest due first")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.cancel_button = QPushButton("Ca&ncel the chosen assignment…")
        self.cancel_button.setAccessibleName("Cancel the chosen assignment")
        self.cancel_button.clicked.connect(self.cancel_chosen)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        layout.addWidget(self._build_form())
        return_clicks(self.cancel_button, self.assign_button)
        self.setTabOrder(self.table, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.kind_combo)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox()
        box.setAccessibleName("New assignment")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # as wide as their choices
        form.addRow(heading("New assignment", 2))
        self.kind_combo = QComboBox()
        for key, label in ITEM_TYPES.items():
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_items())
        form.addRow(buddy("&Kind:", self.kind_combo), self.kind_combo)
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName("Training to assign")
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(buddy("&Training:", self.item_combo), self.item_combo)
        self.target_type_combo = QComboBox()
        for key, label in (("person", "A person"), ("role", "Everyone in a role"), ("team", "Everyone in a team")):
            self.target_type_combo.addItem(label, key)
        self.target_type_combo.currentIndexChanged.connect(lambda _i: self._fill_targets())
        form.addRow(buddy("Assign t&o:", self.target_type_combo), self.target_type_combo)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName("Who")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(buddy("&Who:", self.target_combo), self.target_combo)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.due_edit.setAccessibleName("Due date")
        self.due_edit.setAccessibleDescription("Type the date, or use the arrow keys; Alt+Down opens a calendar")
        form.addRow(buddy("D&ue on:", self.due_edit), self.due_edit)
        self.assign_button = QPushButton("&Assign")
        self.assign_button.setAccessibleName("Assign")
        self.assign_button.clicked.connect(self.assign)
        self.form_note = note("")
        self.form_note.setObjectName("assignmentsFormNote")
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.form_note, 1)
        form.addRow(row)
        return box

    @property
    def acting(self) -> ProfileInfo:
        return self.signed_in.profile

    def _today(self) -> date:
        return self.today or date.today()

    # -- showing ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        content_dir = self.services.config.content_dir
        catalogue = module_cache().load(content_dir).catalogue
        quizzes = quiz_cache().load(content_dir).quizzes
        self.paths = self._paths_cache.load(content_dir)
        self._titles = {("module", m.id): m.title for m in catalogue}
        self._titles.update({("quiz", q.id): q.title for q in quizzes})
        self._titles.update({("path", p.id): p.title for p in self.paths})
        self.people = sorted(self.services.profiles.list(), key=lambda p: p.display_name.casefold())
        today = self._today()
        chosen = self.current()
        active = self.services.assignments.active()
        self.rows = self.services.assignments.progress(active, self.paths, {m.id: m for m in catalogue}, today)
        self._fill_table(today)
        overdue = sum(r.overdue for r in self.rows)
        count = len(self.rows)
        text = (f"{count} assignment{'' if count == 1 else 's'} in force; {overdue} overdue, counted once for each "
                "assignment a person is behind on (Training shows each person once)." if count else
                "Nothing is assigned yet. Choose the training, who it is for and when it is due below.")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self._fill_items()
        self._fill_targets()
        self.due_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        if not self._due_set:  # four weeks on to start with; a date the manager chose is kept
            due = today + timedelta(days=DEFAULT_DAYS)
            self.due_edit.setDate(QDate(due.year, due.month, due.day))
            self._due_set = True
        self._select(chosen.id if chosen else None)
        self._update_buttons()

    def _fill_table(self, today: date) -> None:
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            assignment = row.assignment
            late = row.overdue > 0
            due = day_text(assignment.due_on) + (" (past)" if assignment.due_on < today else "")
            values = (self.what_text(assignment), self.target_text(assignment), due,
                      f"{row.done} of {row.people}", f"{row.overdue} overdue" if late else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, assignment.id)
                item.setToolTip(value)
                if late and column == 4:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QBrush(overdue_colour()))
                self.table.setItem(number, column, item)
            self.table.item(number, 0).setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{values[0]}, assigned to {values[1]}, due {values[2]}. {row.done} of {row.people} people done"
                + (f", {row.overdue} overdue." if late else "."))
        self.table.resizeRowsToContents()

    def what_text(self, assignment: AssignmentInfo) -> str:
        title = self._titles.get((assignment.item_type, assignment.item_id))
        label = ITEM_TYPES.get(assignment.item_type, assignment.item_type)
        return f"{label}: {title}" if title else f"{label}: {assignment.item_id} (no longer installed)"

    def target_text(self, assignment: AssignmentInfo) -> str:
        if assignment.target_type == "person":
            person = next((p for p in self.people if str(p.id) == assignment.target), None)
            return person.display_name if person else "A person no longer listed"
        if assignment.target_type == "role":
            return f"All {ROLE_PLURALS.get(assignment.target, assignment.target)}"
        return f"Team {assignment.target}"

    def _fill_items(self) -> None:
        kind = self.kind_combo.currentData()
        keep = self.item_combo.currentData()
        self.item_combo.clear()
        if kind == "path":
            for path in self.paths:
                roles = ", ".join(ROLES.get(r, r) for r in path.roles)
                self.item_combo.addItem(f"{path.title} ({len(path.items)} items; for {roles})", path.id)
        else:
            for (item_type, item_id), title in self._titles.items():
                if item_type == kind:
                    self.item_combo.addItem(title, item_id)
        index = self.item_combo.findData(keep)
        self.item_combo.setCurrentIndex(max(index, 0))

    def _fill_targets(self) -> None:
        kind = self.target_type_combo.currentData()
        keep = self.target_combo.currentData()
        self.target_combo.clear()
        if kind == "person":
            for person in self.people:
                where = f", {person.team}" if person.team else ""
                self.target_combo.addItem(f"{person.display_name} ({person.role_label}{where})", str(person.id))
        elif kind == "role":
            for key, label in ROLES.items():
                count = sum(p.role == key for p in self.people)
                self.target_combo.addItem(f"{label} ({count} {'person' if count == 1 else 'people'})", key)
        else:
            teams: dict[str, int] = {}
            for person in self.people:
                if person.team:
                    teams[person.team] = teams.get(person.team, 0) + 1
            for team in sorted(teams, key=str.casefold):
                self.target_combo.addItem(f"{team} ({teams[team]} {'person' if teams[team] == 1 else 'people'})",
                                          team)
        index = self.target_combo.findData(keep)
        self.target_combo.setCurrentIndex(max(index, 0))
        empty = self.target_combo.count() == 0
        hint = "No teams yet: set people's teams in People." if empty and kind == "team" else ""
        self.form_note.setText(hint)
        self.form_note.setAccessibleName(hint)

    def current(self) -> AssignmentInfo | None:
        number = self.table.currentRow()
        return self.rows[number].assignment if 0 <= number < len(self.rows) else None

    def _select(self, assignment_id: int | None) -> None:
        ids = [r.assignment.id for r in self.rows]
        if ids:
            self.table.setCurrentCell(ids.index(assignment_id) if assignment_id in ids else 0, 0)

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(self.current() is not None)

    # -- changing -----------------------------------------------------------------------------------------
    def assign(self) -> None:
        item_id, target = self.item_combo.currentData(), self.target_combo.currentData()
        if item_id is None or target is None:
            messages.warn(self, "New assignment", "Choose the training and who it is for first.")
            return
        picked = self.due_edit.date()
        due = date(picked.year(), picked.month(), picked.day())
        if due < self._today():
            messages.warn(self, "New assignment", "The due date has passed: choose today or a later date.")
            return
        try:
            made = self.services.assignments.assign(self.acting, self.kind_combo.currentData(), item_id,
                                                    self.target_type_combo.currentData(), target, due)
        except (NotAllowed, ValueError, LookupError) as exc:
            messages.warn(self, "New assignment", str(exc))
            return
        self.refresh()
        self._select(made.id)
        text = f"Assigned {self.what_text(made)} to {self.target_text(made)}, due {day_text(made.due_on)}."
        self.form_note.setText(text)
        self.form_note.setAccessibleName(text)

    def cancel_chosen(self) -> None:
        assignment = self.current()
        if assignment is None:
            return
        what, who = self.what_text(assignment), self.target_text(assignment)
        if not messages.confirm(self, "Cancel an assignment",
                                f"Cancel {what} for {who}, due {day_text(assignment.due_on)}? It will no longer "
                                "show as due. What people have already done is kept."):
            return
        try:
            self.services.assignments.cancel(self.acting, assignment.id)
        except (NotAllowed, ValueError, LookupError) as exc:
            messages.warn(self, "Cancel an assignment", str(exc))
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        text = f"Cancelled {what} for {who}."
        self.form_note.setText(text)
        self.form_note.setAccessibleName(text)
