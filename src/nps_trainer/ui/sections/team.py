"""Team (managers only): the team's training at a glance, people, assignments, caseload figures and charts.

Each tab's page is built the first time it is shown, so opening the section loads only what it shows (the
charts page is the one that loads matplotlib)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ..widgets import heading, note
from .base import SectionPage

# (tab label with mnemonic, module under nps_trainer.ui.team, page class)
TABS: tuple[tuple[str, str, str], ...] = (
    (tr_noop("&Training"), "training_page", "TrainingPage"),
    (tr_noop("&People"), "people_page", "PeoplePage"),
    (tr_noop("&Assignments"), "assignments_page", "AssignmentsPage"),
    (tr_noop("Caseload &figures"), "figures_page", "FiguresPage"),
    (tr_noop("C&harts"), "charts_page", "ChartsPage"),
    (tr_noop("&Learning records"), "learning_records_page", "LearningRecordsPage"),
    (tr_noop("Recover&y key"), "recovery_page", "RecoveryPage"),
)


class TeamSection(SectionPage):
    title = tr_noop("Team")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(self.title)))
        self.state_label = note(tr("Who has been trained and who is overdue, the people on this database, assigned "
                                   "training, anonymised caseload figures, and the recovery key for case records."))
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Team pages"))
        self.tabs.setDocumentMode(True)
        self.pages: dict[int, QWidget] = {}
        for label, _module, _cls in TABS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 8, 0, 0)
            self.tabs.addTab(holder, tr(label))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)

    def page(self, index: int) -> QWidget:
        """The page of tab ``index``, built on first use."""
        if index not in self.pages:
            _label, module, cls = TABS[index]
            page_class = getattr(import_module(f"nps_trainer.ui.team.{module}"), cls)
            page = page_class(self.services, self.signed_in)
            self.tabs.widget(index).layout().addWidget(page)
            self.pages[index] = page
        return self.pages[index]

    def page_named(self, cls: str) -> QWidget:
        return self.page([c for _l, _m, c in TABS].index(cls))

    def _tab_shown(self, index: int) -> None:
        if index >= 0 and self.signed_in is not None:
            self.page(index).refresh()

    def activate(self) -> None:
        self._tab_shown(self.tabs.currentIndex())

    def sign_in_changed(self, signed_in) -> None:
        super().sign_in_changed(signed_in)
        for page in self.pages.values():
            page.signed_in = signed_in
