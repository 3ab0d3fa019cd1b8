"""Progress: this profile's refresher questions due, modules (status, sections viewed, those seen in a joint
session, reflections), quiz results, the joint sessions attended (with their reflections), certificates and the
CPD record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...content import Module
from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from ...progress import ModuleStatus, ModuleSummary
from .. import messages
from ..assigned_panel import module_cache, quiz_cache
from ..learn.catalogue_page import joint_session_anchors, sections_viewed
from ..quiz.text import percent, status_text
from ..refresher.banner import RefresherBanner
from ..tables import setup_read_only_table
from ..widgets import buddy, heading, note, return_clicks
from .base import SectionPage

MODULE_COLUMNS = [tr_noop("Module"), tr_noop("Status"), tr_noop("Sections\nviewed"), tr_noop("Completed"),
                  tr_noop("Reflection")]
QUIZ_COLUMNS = [tr_noop("Quiz"), tr_noop("Status"), tr_noop("Best assessed\nscore"), tr_noop("Assessed\nattempts"),
                tr_noop("Best practice\nscore"), tr_noop("Practice\nattempts")]
NO_MODULE = tr_noop("Choose a module in the table above to read its reflection in full here.")
# A module's status as the table shows it (ModuleStatus values are ids).
STATUS_WORDS = {
    ModuleStatus.NOT_STARTED: tr_noop("Not started"),
    ModuleStatus.IN_PROGRESS: tr_noop("In progress"),
    ModuleStatus.COMPLETED: tr_noop("Completed"),
    ModuleStatus.UPDATED: tr_noop("Updated since you completed it"),
    ModuleStatus.COMPLETED_UNREAD: tr_noop("Completed unread"),
}


def _date(moment) -> str:
    """'06 Mar 2026'."""
    day = moment.astimezone()
    return short_date(day, padded=True)


def _cell(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text if tooltip is None else tooltip)
    return item


def _table(columns: list[str], accessible_name: str, description: str = "") -> QTableWidget:
    """A read-only, row-selecting table whose first column stretches."""
    table = setup_read_only_table(QTableWidget(), [tr(c) for c in columns], accessible_name, description)
    table.setWordWrap(True)  # long titles wrap; rows are sized to fit them (``_fit_rows``)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def reflection_text(summary: ModuleSummary | None) -> str:
    """Both parts of a module's reflection, with the writer's own line breaks."""
    learnt = (summary.reflection_learnt or "") if summary else ""
    use = (summary.reflection_use or "") if summary else ""
    if not learnt and not use:
        return tr("No reflection written for this module.")
    nothing = tr("(nothing written)")
    return tr("What I learnt:\n{learnt}\n\nHow I will use it:\n{use}").format(learnt=learnt or nothing,
                                                                            use=use or nothing)


class ProgressSection(SectionPage):
    title = tr_noop("Progress")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Shared with Learn and Quizzes: content is read again only when its files change.
        self._modules = module_cache()
        self._quizzes = quiz_cache()
        self._module_rows: list[tuple[Module, ModuleSummary | None]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Progress")))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        self.refresher_banner = RefresherBanner(tr("&Do today's refresher"))  # opens it in Learn
        self.refresher_banner.start_requested.connect(self.open_refresher)
        layout.addWidget(self.refresher_banner)
        layout.addWidget(heading(tr("Modules"), level=2))
        self.modules_table = _table(MODULE_COLUMNS, tr("Module progress"),
                                    tr("The chosen module's full reflection is shown below the table"))
        self.modules_table.currentCellChanged.connect(lambda row, *_: self._show_reflection(row))
        layout.addWidget(self.modules_table, 3)

        self.reflection_view = QPlainTextEdit()
        self.reflection_view.setObjectName("reflectionView")
        self.reflection_view.setReadOnly(True)
        self.reflection_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reflection_view.setTabChangesFocus(True)
        self.reflection_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reflection_view.setMinimumHeight(80)
        self.reflection_view.setAccessibleDescription(tr("Read only. The reflection for the module chosen above."))
        self.reflection_label = buddy(tr("&Reflection on the chosen module:"), self.reflection_view)
        layout.addWidget(self.reflection_label)
        layout.addWidget(self.reflection_view, 1)

        layout.addWidget(heading(tr("Quizzes"), level=2))
        layout.addWidget(note(tr("Only assessed attempts count towards passing a quiz; practice scores are shown "
                                 "separately.")))
        self.quizzes_table = _table(QUIZ_COLUMNS, tr("Quiz results"))
        layout.addWidget(self.quizzes_table, 2)

        from ..sessions.attended import AttendedSessions

        self.joint_sessions = AttendedSessions(self.services, self.profile)
        layout.addWidget(self.joint_sessions)

        from ..my_certificates import MyCertificates

        self.certificates = MyCertificates(self.services, self.profile)
        layout.addWidget(self.certificates, 1)
        cpd_row = QHBoxLayout()
        self.cpd_button = QPushButton(tr("Save my &CPD record…"))
        self.cpd_button.setAccessibleName(tr("Save my CPD record as PDF and CSV"))
        self.cpd_button.clicked.connect(self.save_cpd)
        return_clicks(self.cpd_button)
        cpd_row.addWidget(self.cpd_button)
        cpd_row.addWidget(note(tr("Modules completed, assessed quizzes passed, joint sessions attended and hours, "
                                  "for your CPD portfolio; your reflections only if you choose.")), 1)
        layout.addLayout(cpd_row)
        self._fit_pending = False
        for table in (self.modules_table, self.quizzes_table):
            table.horizontalHeader().sectionResized.connect(lambda *_: self._schedule_fit())
        self.setTabOrder(self.refresher_banner.button, self.modules_table)
        self.setTabOrder(self.modules_table, self.reflection_view)
        self.setTabOrder(self.reflection_view, self.quizzes_table)
        self.setTabOrder(self.quizzes_table, self.joint_sessions.table)
        self.setTabOrder(self.joint_sessions.table, self.joint_sessions.reflect_button)
        self._show_reflection(-1)

    def activate(self) -> None:
        catalogue = self._modules.load(self.services.config.content_dir).catalogue
        summaries = self.services.progress.summaries(self.profile.id)
        current = max(self.modules_table.currentRow(), 0)
        self._module_rows = [(module, summaries.get(module.id)) for module in catalogue.modules]
        self.modules_table.setRowCount(len(self._module_rows))
        completed = started = 0
        for row, (module, summary) in enumerate(self._module_rows):
            status = summary.status(module.version) if summary else ModuleStatus.NOT_STARTED
            completed += status in (ModuleStatus.COMPLETED, ModuleStatus.UPDATED)
            started += status is not ModuleStatus.NOT_STARTED
            done = _date(summary.completed_at) if summary and summary.completed_at else ""
            viewed, total = sections_viewed(module, summary)  # as Learn counts them: completing reads nothing
            joint = len(joint_session_anchors(module, summary))  # counted in ``viewed``, shown as such
            words = tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status.value[0].upper() + status.value[1:]
            sections = (tr("{viewed} of {total}\n{joint} in a joint session") if joint
                        else tr("{viewed} of {total}", "sections viewed of all sections"))
            values = [module.title, words, sections.format(viewed=viewed, total=total, joint=joint), done]
            for column, value in enumerate(values):
                self.modules_table.setItem(row, column, _cell(value))
            if joint:
                self.modules_table.item(row, 2).setToolTip(
                    tr("{viewed} of {total} sections viewed, {joint} of them seen in a joint session").format(
                        viewed=viewed, total=total, joint=joint))
            written = summary is not None and bool(summary.reflection_learnt or summary.reflection_use)
            self.modules_table.setItem(row, 4, _cell(tr("Written", "a reflection has been written") if written else "",
                                                     reflection_text(summary) if written else ""))
        if self._module_rows:
            self.modules_table.setCurrentCell(min(current, len(self._module_rows) - 1), 0)
        self._show_reflection(self.modules_table.currentRow())
        if not catalogue.modules:
            text = tr("No modules installed yet.")
        elif not started:
            text = tr("You haven't started a module yet. Begin in Learn.")
        else:
            text = tr("You have completed {completed} of {total} modules.").format(completed=completed,
                                                                                   total=len(catalogue.modules))
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        self._show_quizzes()
        content_dir = self.services.config.content_dir
        self.refresher_banner.refresh(self.services.refresher, self.profile.id, None,
                                      lambda: self._quizzes.load(content_dir))
        self.joint_sessions.refresh()
        self.certificates.refresh()
        self._fit_rows()

    def open_refresher(self) -> None:
        """The refresher lives in Learn: go there and start it."""
        window = self.window()
        learn = getattr(window, "pages", {}).get("learn")
        if learn is not None and hasattr(learn, "open_refresher") and hasattr(window, "show_section"):
            window.show_section("learn")
            learn.open_refresher(came_from="progress")  # Back returns here
        else:
            messages.inform(self, tr("Refresher"), tr("The refresher is in Learn: open Learn and choose Start the "
                                                      "refresher."))

    def save_cpd(self) -> None:
        from ..cpd_export import export_cpd

        export_cpd(self, self.services, self.profile)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_rows)  # once the columns have their new widths

    def _fit_rows(self) -> None:
        """Rows tall enough for wrapped titles, so nothing is cut off."""
        self._fit_pending = False
        self.modules_table.resizeRowsToContents()
        self.quizzes_table.resizeRowsToContents()

    def _show_reflection(self, row: int) -> None:
        if 0 <= row < len(self._module_rows):
            module, summary = self._module_rows[row]
            text = reflection_text(summary)
            name = tr("Reflection on {title}").format(title=module.title)
        else:
            text, name = tr(NO_MODULE), tr("Reflection on the chosen module")
        self.reflection_view.setPlainText(text)
        self.reflection_view.setAccessibleName(name)

    def _show_quizzes(self) -> None:
        library = self._quizzes.load(self.services.config.content_dir)
        summaries = self.services.quiz_records.summaries(self.profile.id)
        self.quizzes_table.setRowCount(len(library.quizzes))
        for row, quiz in enumerate(library.quizzes):
            summary = summaries.get(quiz.id)
            values = [quiz.title, status_text(summary),
                      percent(summary.best_percent) if summary else percent(None),
                      str(summary.attempts if summary else 0),
                      percent(summary.best_practice_percent) if summary else percent(None),
                      str(summary.practice_attempts if summary else 0)]
            for column, value in enumerate(values):
                self.quizzes_table.setItem(row, column, _cell(value))
