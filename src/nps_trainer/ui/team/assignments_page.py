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

from ...i18n import tr, tr_noop
from ...profiles import ROLES, NotAllowed, ProfileInfo
from ...services import Services
from ...team.assignments import ITEM_TYPES, AssignmentInfo, AssignmentProgress
from ...team.paths import LearningPath
from .. import messages
from ..assigned_panel import PathsCache, day_text, module_cache, overdue_colour, quiz_cache
from ..tables import setup_read_only_table
from ..widgets import buddy, heading, note, return_clicks

COLUMNS = (tr_noop("What"), tr_noop("Assigned to"), tr_noop("Due"), tr_noop("People done"), tr_noop("Overdue"))
DEFAULT_DAYS = 28  # a new assignment is due four weeks on unless the manager chooses otherwise
ROLE_EVERYONE = {"practitioner": tr_noop("All probation practitioners"),
                 "drug_service": tr_noop("All drug service workers"), "facilitator": tr_noop("All facilitators"),
                 "manager": tr_noop("All managers")}


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
        self.table = setup_read_only_table(QTableWidget(), [tr(c) for c in COLUMNS], tr("Assignments"),
                                           tr("Training assigned and not cancelled, soonest due first"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.cancel_button = QPushButton(tr("Ca&ncel the chosen assignment…"))
        self.cancel_button.setAccessibleName(tr("Cancel the chosen assignment"))
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
        box.setAccessibleName(tr("New assignment"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # as wide as their choices
        form.addRow(heading(tr("New assignment"), 2))
        self.kind_combo = QComboBox()
        for key, label in ITEM_TYPES.items():
            self.kind_combo.addItem(tr(label), key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_items())
        form.addRow(buddy(tr("&Kind:"), self.kind_combo), self.kind_combo)
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(tr("Training to assign"))
        # wide enough for most names without passing a small screen at 200% text (the list shows them whole)
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(28)
        form.addRow(buddy(tr("&Training:"), self.item_combo), self.item_combo)
        self.target_type_combo = QComboBox()
        for key, label in (("person", tr("A person")), ("role", tr("Everyone in a role")),
                           ("team", tr("Everyone in a team"))):
            self.target_type_combo.addItem(label, key)
        self.target_type_combo.currentIndexChanged.connect(lambda _i: self._fill_targets())
        form.addRow(buddy(tr("Assign t&o:"), self.target_type_combo), self.target_type_combo)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(tr("Who"))
        # wide enough for most names without passing a small screen at 200% text (the list shows them whole)
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(28)
        form.addRow(buddy(tr("&Who:"), self.target_combo), self.target_combo)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.due_edit.setAccessibleName(tr("Due date"))
        self.due_edit.setAccessibleDescription(tr("Type the date, or use the arrow keys; Alt+Down opens a calendar"))
        form.addRow(buddy(tr("D&ue on:"), self.due_edit), self.due_edit)
        self.assign_button = QPushButton(tr("&Assign"))
        self.assign_button.setAccessibleName(tr("Assign"))
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
        text = (tr("%n assignment(s) in force; {overdue} overdue, counted once for each assignment a person is "
                   "behind on (Training shows each person once).", "", count).format(overdue=overdue) if count else
                tr("Nothing is assigned yet. Choose the training, who it is for and when it is due below."))
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
            due = (tr("{date} (past)").format(date=day_text(assignment.due_on)) if assignment.due_on < today
                   else day_text(assignment.due_on))
            values = (self.what_text(assignment), self.target_text(assignment), due,
                      tr("{done} of {people}", "people done of people covered").format(done=row.done,
                                                                                       people=row.people),
                      tr("%n overdue", "", row.overdue) if late else "")
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
                (tr("{what}, assigned to {who}, due {due}. {done} of {people} people done, {overdue} overdue.") if late
                 else tr("{what}, assigned to {who}, due {due}. {done} of {people} people done.")).format(
                    what=values[0], who=values[1], due=values[2], done=row.done, people=row.people,
                    overdue=row.overdue))
        self.table.resizeRowsToContents()

    def what_text(self, assignment: AssignmentInfo) -> str:
        title = self._titles.get((assignment.item_type, assignment.item_id))
        label = tr(ITEM_TYPES[assignment.item_type]) if assignment.item_type in ITEM_TYPES else assignment.item_type
        if title:
            return f"{label}: {title}"
        return tr("{kind}: {id} (no longer installed)").format(kind=label, id=assignment.item_id)

    def target_text(self, assignment: AssignmentInfo) -> str:
        if assignment.target_type == "person":
            person = next((p for p in self.people if str(p.id) == assignment.target), None)
            return person.display_name if person else tr("A person no longer listed")
        if assignment.target_type == "role":
            if assignment.target in ROLE_EVERYONE:
                return tr(ROLE_EVERYONE[assignment.target])
            return tr("All {role}").format(role=assignment.target)
        return tr("Team {team}").format(team=assignment.target)

    def _fill_items(self) -> None:
        kind = self.kind_combo.currentData()
        keep = self.item_combo.currentData()
        self.item_combo.clear()
        if kind == "path":
            for path in self.paths:
                roles = ", ".join(tr(ROLES[r]) if r in ROLES else r for r in path.roles)
                self.item_combo.addItem(tr("{title} (%n item(s); for {roles})", "", len(path.items)).format(
                    title=path.title, roles=roles), path.id)
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
                self.target_combo.addItem(f"{person.display_name} ({tr(person.role_label)}{where})", str(person.id))
        elif kind == "role":
            for key, label in ROLES.items():
                count = sum(p.role == key for p in self.people)
                self.target_combo.addItem(tr("{name} (%n person(s))", "", count).format(name=tr(label)), key)
        else:
            teams: dict[str, int] = {}
            for person in self.people:
                if person.team:
                    teams[person.team] = teams.get(person.team, 0) + 1
            for team in sorted(teams, key=str.casefold):
                self.target_combo.addItem(tr("{name} (%n person(s))", "", teams[team]).format(name=team), team)
        index = self.target_combo.findData(keep)
        self.target_combo.setCurrentIndex(max(index, 0))
        empty = self.target_combo.count() == 0
        hint = tr("No teams yet: set people's teams in People.") if empty and kind == "team" else ""
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
            messages.warn(self, tr("New assignment"), tr("Choose the training and who it is for first."))
            return
        picked = self.due_edit.date()
        due = date(picked.year(), picked.month(), picked.day())
        if due < self._today():
            messages.warn(self, tr("New assignment"), tr("The due date has passed: choose today or a later date."))
            return
        try:
            made = self.services.assignments.assign(self.acting, self.kind_combo.currentData(), item_id,
                                                    self.target_type_combo.currentData(), target, due)
        except (NotAllowed, ValueError, LookupError) as exc:
            messages.warn(self, tr("New assignment"), str(exc))
            return
        self.refresh()
        self._select(made.id)
        text = tr("Assigned {what} to {who}, due {due}.").format(what=self.what_text(made),
                                                                 who=self.target_text(made), due=day_text(made.due_on))
        self.form_note.setText(text)
        self.form_note.setAccessibleName(text)

    def cancel_chosen(self) -> None:
        assignment = self.current()
        if assignment is None:
            return
        what, who = self.what_text(assignment), self.target_text(assignment)
        if not messages.confirm(self, tr("Cancel an assignment"),
                                tr("Cancel {what} for {who}, due {due}? It will no longer show as due. What people "
                                   "have already done is kept.").format(what=what, who=who,
                                                                        due=day_text(assignment.due_on))):
            return
        try:
            self.services.assignments.cancel(self.acting, assignment.id)
        except (NotAllowed, ValueError, LookupError) as exc:
            messages.warn(self, tr("Cancel an assignment"), str(exc))
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        text = tr("Cancelled {what} for {who}.").format(what=what, who=who)
        self.form_note.setText(text)
        self.form_note.setAccessibleName(text)
