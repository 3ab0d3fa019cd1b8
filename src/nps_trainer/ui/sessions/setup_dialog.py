"""'New joint session': choose a plan (what it covers shown; plans that cannot be used listed with their reasons,
not selectable), the date, the place and any co-facilitators; Start begins the session in the store. The
register can then be built here, before opening the console, or later from the console."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...i18n.dates import long_date
from ...sessions.plan_model import PlanLibrary, SessionPlan, kind_label
from ...sessions.wording import minutes_text
from .. import colours
from ..learn.structured_view import StructuredView
from ..widgets import buddy, heading, note

if TYPE_CHECKING:
    from ...profiles import ProfileInfo
    from ...services import Services

PLAN_ROLE = Qt.ItemDataRole.UserRole


def error_style() -> str:
    return colours.accent_style("bad")


def split_names(text: str) -> list[str]:
    """Co-facilitators typed one per line or separated by commas (or semicolons)."""
    names = (" ".join(part.split()) for part in re.split(r"[\n,;]", text))
    return list(dict.fromkeys(name for name in names if name))


def _minutes(minutes: int) -> str:
    if minutes >= 60:
        return tr("{hours} h {minutes} min", "hours and minutes, abbreviated").format(
            hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    return minutes_text(minutes)


def plan_html(plan: SessionPlan) -> str:
    """What the facilitator needs to choose a plan: length, summary, audience, outcomes, and the steps."""
    outcomes = "".join(f"<li>{escape(outcome)}</li>" for outcome in plan.outcomes)
    steps = "".join("<li>" + tr("{kind}: {title} ({minutes} min)", "a step of a plan").format(
        kind=escape(kind_label(step.kind)), title=escape(step.title), minutes=step.minutes) + "</li>"
        for step in plan.steps)
    length = tr("<b>{length}</b>, %n step(s). Version {version}.", "", len(plan.steps)).format(
        length=_minutes(plan.minutes), version=escape(plan.version))
    if plan.reviewed:
        length += " " + tr("Reviewed {date}.").format(date=long_date(plan.reviewed))
    audience = tr("<b>For:</b> {audience}").format(audience=escape(plan.audience))
    by_the_end = tr("<b>By the end, people will be able to:</b>")
    steps_heading = tr("<b>Steps</b>")
    return (f"<h2>{escape(plan.title)}</h2>"
            f"<p>{length}</p>"
            f"<p>{escape(plan.summary)}</p>"
            f"<p>{audience}</p>"
            + (f"<p>{by_the_end}</p><ul>{outcomes}</ul>" if outcomes else "")
            + f"<p>{steps_heading}</p><ol>{steps}</ol>")


class SetupDialog(QDialog):
    """After ``exec()``: ``session_id`` is the new session (None if none was started); Accepted means open the
    console now, Rejected after a start means the session waits to be resumed from Joint sessions."""

    def __init__(self, services: Services, acting: ProfileInfo, library: PlanLibrary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if library is None:
            from .plan_cache import plan_library

            library = plan_library(services)
        self.services = services
        self.acting = acting
        self.library = library
        self.session_id: int | None = None
        self.register = None
        self.setWindowTitle(tr("New joint session"))
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._plan_page())
        self.register_page = QWidget()
        QVBoxLayout(self.register_page)
        self.pages.addWidget(self.register_page)
        self.resize(1000, 680)
        if self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        self.plan_list.setFocus()

    # -- the first page: the plan and the details ---------------------------------------------------------
    def _plan_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("New joint session")))
        splitter = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.plan_list = QListWidget()
        self.plan_list.setWordWrap(True)
        self.plan_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.plan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_list.setSpacing(2)
        self.plan_list.setAccessibleDescription(tr("The session plans you can run; the details are shown beside"))
        column.addWidget(buddy(tr("&Plan:"), self.plan_list))
        for plan in self.library.plans:
            item = QListWidgetItem(tr("{title} ({length})", "a plan and its length").format(
                title=plan.title, length=_minutes(plan.minutes)))
            item.setData(PLAN_ROLE, plan.id)
            self.plan_list.addItem(item)
        column.addWidget(self.plan_list, 2)
        if not self.library.plans:
            column.addWidget(note(tr("There are no session plans that can be used. Plans are YAML files in the "
                                     "content folder's 'sessions' folder; 'nps-trainer content check' says what is "
                                     "wrong.")))
        self.unavailable_list = QListWidget()
        self.unavailable_list.setAccessibleName(tr("Plans that cannot be used"))
        self.unavailable_list.setAccessibleDescription(tr("Each with the reasons it cannot be used; not selectable"))
        self.unavailable_list.setWordWrap(True)
        self.unavailable_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.unavailable_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for plan in self.library.unavailable:
            # 'file:line: message' with the file's name only: the folder is the content folder's 'sessions'
            reasons = "\n".join(f"   {reason.replace(str(plan.path), plan.path.name)}" for reason in plan.reasons)
            item = QListWidgetItem(tr("{title} — cannot be used:\n{reasons}").format(title=plan.title, reasons=reasons))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not selectable: it cannot be run
            item.setToolTip("\n".join(plan.reasons))
            self.unavailable_list.addItem(item)
        self.unavailable_label = QLabel(tr("Not available ({count}):").format(count=len(self.library.unavailable)))
        self.unavailable_label.setBuddy(self.unavailable_list)
        column.addWidget(self.unavailable_label)
        column.addWidget(self.unavailable_list, 1)
        self.unavailable_label.setVisible(bool(self.library.unavailable))
        self.unavailable_list.setVisible(bool(self.library.unavailable))
        splitter.addWidget(left)
        self.details = StructuredView(follow_links=False)  # headings and lists a screen reader can move through
        self.details.setObjectName("planDetails")
        self.details.setAccessibleName(tr("The chosen plan"))
        self.details.setAccessibleDescription("")  # a plan has no links
        splitter.addWidget(self.details)
        splitter.setSizes([360, 620])
        layout.addWidget(splitter, 1)

        form = QFormLayout()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMaximumWidth(self.date_edit.fontMetrics().horizontalAdvance("30 September 2026") + 60)
        form.addRow(buddy(tr("&Date:"), self.date_edit), self.date_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.place_edit.setPlaceholderText(tr("For example: Training room 2, Leeds probation office"))
        form.addRow(buddy(tr("P&lace:"), self.place_edit), self.place_edit)
        self.co_edit = QPlainTextEdit()
        self.co_edit.setTabChangesFocus(True)
        self.co_edit.setPlaceholderText(tr("One per line, or separated by commas (you lead the session)"))
        self.co_edit.setFixedHeight(self.co_edit.fontMetrics().lineSpacing() * 3 + 14)
        form.addRow(buddy(tr("&Co-facilitators:"), self.co_edit), self.co_edit)
        layout.addLayout(form)
        self.problem = QLabel("")
        colours.keep_styled(self.problem, error_style)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(tr("&Start the session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(tr("Start the session"))
        self.start_button.setEnabled(bool(self.library.plans))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel: start nothing"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.plan_list.currentRowChanged.connect(self._show_plan)
        return page

    def chosen_plan(self) -> SessionPlan | None:
        item = self.plan_list.currentItem()
        return self.library.plan(item.data(PLAN_ROLE)) if item is not None else None

    def choose(self, plan_id: str) -> None:
        for row in range(self.plan_list.count()):
            if self.plan_list.item(row).data(PLAN_ROLE) == plan_id:
                self.plan_list.setCurrentRow(row)
                return
        raise LookupError(f"no usable plan {plan_id!r}")

    def _show_plan(self, _row: int) -> None:
        plan = self.chosen_plan()
        self.details.setHtml(plan_html(plan) if plan is not None else "")

    def held_on(self) -> date:
        return self.date_edit.date().toPython()

    def co_facilitators(self) -> list[str]:
        return split_names(self.co_edit.toPlainText())

    # -- starting -----------------------------------------------------------------------------------------
    def start(self) -> None:
        from ...sessions.store import SessionError

        plan = self.chosen_plan()
        if plan is None:
            self._problem(tr("Choose a plan first."))
            return
        try:
            self.session_id = self.services.joint_sessions.start(
                plan, held_on=self.held_on(), place=self.place_edit.text(), co_facilitators=self.co_facilitators(),
                acting=self.acting)
        except (SessionError, PermissionError) as error:
            self._problem(str(error))
            return
        self._show_register(plan)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _show_register(self, plan: SessionPlan) -> None:
        """The second page: the session has started; add people now, or open the console and add them there."""
        from .register import RegisterPanel

        layout = self.register_page.layout()
        layout.addWidget(heading(tr("{title}: who is here?").format(title=plan.title), 2))
        layout.addWidget(note(tr("The session has started. Add the people in the room now (or as they arrive), or "
                                 "open the console straight away: the register is in the console too. Everything is "
                                 "saved as you go.")))
        self.register = RegisterPanel(self.services, self.session_id, self.acting)
        layout.addWidget(self.register, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.later_button = QPushButton(tr("Close and resume &later"))
        self.later_button.setAccessibleName(tr("Close: the session waits in Joint sessions to be resumed"))
        self.later_button.clicked.connect(self.reject)
        self.open_button = QPushButton(tr("&Open the console"))
        self.open_button.setAccessibleName(tr("Open the facilitator's console and the room's screen"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.accept)
        row.addWidget(self.later_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.pages.setCurrentWidget(self.register_page)
        self.setWindowTitle(tr("New joint session – {title}").format(title=plan.title))
        self.register.add_people_button.setFocus()
