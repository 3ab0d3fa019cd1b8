"""Learn: what is assigned to you, the refresher (questions from earlier quizzes due again), the module
catalogue, the reader and completing a module (only once every section is read), with progress kept per
profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from ...content import Module
from ...i18n import tr, tr_noop
from ...progress.service import ProgressService, SectionsUnread
from ...team.paths import order_for_role
from .. import messages
from ..assigned_panel import load_assigned, module_cache, paths_cache, quiz_cache
from ..learn.catalogue_page import CataloguePage, joint_session_anchors
from ..learn.library import Library
from ..learn.reader_page import OVERVIEW, ReaderPage
from ..learn.reflection import ReflectionPage
from ..learn.session import ReadingSession
from ..refresher.page import RefresherPage
from .base import SectionPage


class LearnSection(SectionPage):
    title = tr_noop("Learn")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress = ProgressService(self.services.database)
        self._cache = module_cache()  # shared with Quizzes' "Assigned to you"
        self.today: date | None = None  # None: the real date (tests fix it)
        self.library: Library | None = None
        self.session: ReadingSession | None = None

        self.stack = QStackedWidget()
        self.catalogue_page = CataloguePage()
        self.reader = ReaderPage()
        self.reflection = ReflectionPage()
        self.refresher_page = RefresherPage()
        for page in (self.catalogue_page, self.reader, self.reflection, self.refresher_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.catalogue_page.open_requested.connect(self.open_module)
        self.catalogue_page.assigned_open_requested.connect(self.open_assigned)
        self.reader.section_shown.connect(self._section_shown)
        self.reader.module_link_clicked.connect(self.open_module)
        self.reader.back_requested.connect(self.show_catalogue)
        self.reader.complete_requested.connect(self._start_completion)
        self.reflection.saved.connect(self._complete)
        self.reflection.cancelled.connect(self._cancel_completion)
        self.catalogue_page.refresher_banner.start_requested.connect(self.open_refresher)
        self.refresher_page.done.connect(self._refresher_done)
        self.refresher_page.read_more.connect(self.open_module)

    @property
    def text_point_size(self) -> float:
        return float(self.services.settings.text_point_size)

    # -- SectionPage --------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.library = self._cache.load(self.services.config.content_dir)
        self._refresh_catalogue()
        if self.stack.currentWidget() is self.reader:
            self.reader.set_text_size(self.text_point_size)

    def can_leave(self) -> bool:
        """Switching profile, quitting or opening another module (for example from a quiz's 'Read more') with a
        reflection typed but not saved asks before it is lost."""
        if self.stack.currentWidget() is not self.reflection or not self.reflection.is_changed():
            return True
        window = self.window()
        pages = getattr(window, "pages", None)
        key = pages.key_of(self) if pages is not None and hasattr(pages, "key_of") else None
        if key is not None and hasattr(window, "show_section"):
            window.show_section(key)  # show what the question is about
        if self.session is not None:
            text = tr("Your reflection on “{module}” is not saved, and the module is not marked complete.\n\n"
                      "Discard it? Choose No to go back and save it.").format(module=self.session.module.title)
        else:
            text = tr("Your reflection on this module is not saved, and the module is not marked complete.\n\n"
                      "Discard it? Choose No to go back and save it.")
        if messages.confirm(self, tr("Discard your reflection?"), text):
            return True
        self.reflection.learnt_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def shutdown(self) -> None:
        self._end_session()

    # -- catalogue ----------------------------------------------------------------------------------------
    def _refresh_catalogue(self) -> None:
        if self.library is None:
            return
        today = self.today or date.today()
        self.catalogue_page.today = today
        self.catalogue_page.show_assigned(load_assigned(self.services, self.profile, today))
        summaries = self.progress.summaries(self.profile.id)
        content_dir = self.services.config.content_dir
        order = order_for_role([m.id for m in self.library.catalogue.modules], paths_cache().load(content_dir),
                               self.profile.role)
        self.catalogue_page.show_catalogue(self.library.catalogue, self.library.index, summaries, content_dir,
                                           for_role=order.for_role)
        self.catalogue_page.refresher_banner.refresh(self.services.refresher, self.profile.id, None,
                                                     lambda: quiz_cache().load(content_dir))

    def open_refresher(self, came_from: str = "") -> None:
        """Today's refresher questions (or, honestly, that none are due and when the next is). ``came_from``:
        the section that opened it (Progress), where Back returns; "" for Learn."""
        if not self.can_leave():
            return
        self._end_session()
        self.catalogue_page.show_status("")
        self.refresher_page.start(self.services.refresher, self.profile.id,
                                  quiz_cache().load(self.services.config.content_dir), came_from)
        self.stack.setCurrentWidget(self.refresher_page)

    def _refresher_done(self) -> None:
        """Back from the refresher: to Learn's catalogue, then on to the section that opened it, if another."""
        came_from = self.refresher_page.came_from
        self.show_catalogue()
        window = self.window()
        if came_from and came_from in getattr(window, "pages", {}) and hasattr(window, "show_section"):
            section = window.show_section(came_from)
            banner = getattr(section, "refresher_banner", None)
            if banner is not None:
                banner.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_assigned(self, item_type: str, item_id: str) -> None:
        """Open an item from "Assigned to you": a module here, a quiz in Quizzes."""
        if item_type == "module":
            self.open_module(item_id)
            return
        window = self.window()
        quizzes = getattr(window, "pages", {}).get("quizzes")
        if quizzes is not None and hasattr(quizzes, "open_quiz") and hasattr(window, "show_section"):
            window.show_section("quizzes")
            quizzes.open_quiz(item_id)
        else:
            messages.inform(self, tr("Open in Quizzes"), tr("This is a quiz: open it in Quizzes."))

    def show_catalogue(self) -> None:
        module_id = self.session.module.id if self.session else None
        self._end_session()
        self._refresh_catalogue()
        self.catalogue_page.select_module(module_id)
        self.stack.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.focus_list()

    # -- reading ------------------------------------------------------------------------------------------
    def open_module(self, module_id: str, anchor: str = "") -> None:
        """Open a module in the reader (from the catalogue, a link, or 'Read more' in a quiz). A reflection
        typed but not saved is asked about first; kept, it stays on screen and nothing else opens."""
        if not self.can_leave():
            return
        if self.library is None:
            self.library = self._cache.load(self.services.config.content_dir)
        module = self.library.catalogue.get(module_id)
        if module is None:
            messages.warn(self, tr("Module not available"),
                          tr("The module “{module}” is not installed or could not be loaded.").format(module=module_id))
            return
        self._end_session()
        self.catalogue_page.show_status("")
        self.session = ReadingSession(self.progress, self.profile.id, module)
        summary = self.progress.summary(self.profile.id, module.id)
        self.reader.open(module, self.library.catalogue, self.text_point_size, self._start_position(module, anchor),
                         joint=joint_session_anchors(module, summary))
        self.stack.setCurrentWidget(self.reader)
        if self.reader.pages.currentWidget() is self.reader.browser:
            self.reader.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_position(self, module: Module, anchor: str) -> int:
        if anchor:
            return self.reader_position(module, anchor)
        summary = self.progress.summary(self.profile.id, module.id)
        return self.reader_position(module, summary.last_section if summary else None)

    @staticmethod
    def reader_position(module: Module, anchor: str | None) -> int:
        index = module.section_index(anchor) if anchor else None
        return OVERVIEW if index is None else index

    def _section_shown(self, anchor: str) -> None:
        if self.session is not None:
            summary = self.session.viewed(anchor)
            if summary is not None and self.reader.unread_note.isVisible():
                self.reader.show_unread(self._unread_titles(summary.unread(self.session.anchors)))

    def _unread_titles(self, anchors: list[str]) -> list[str]:
        """'3. Hard stories' for each unread anchor, in the module's order (as Contents numbers them)."""
        assert self.session is not None
        wanted = set(anchors)
        return [f"{number}. {section.title}" for number, section in enumerate(self.session.module.sections, start=1)
                if section.anchor in wanted]

    def _end_session(self) -> None:
        if self.session is not None:
            self.session.end()
            self.session = None

    # -- completing ---------------------------------------------------------------------------------------
    def _start_completion(self) -> None:
        if self.session is None:
            return
        summary = self.progress.summary(self.profile.id, self.session.module.id)
        unread = summary.unread(self.session.anchors) if summary else self.session.anchors
        if unread:
            self._say_unread(unread)
            return
        self.reflection.start(self.session.module.title, (summary.reflection_learnt or "") if summary else "",
                              (summary.reflection_use or "") if summary else "")
        self.stack.setCurrentWidget(self.reflection)
        self.reflection.learnt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_completion(self) -> None:
        self.stack.setCurrentWidget(self.reader)
        self.reader.complete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _complete(self, learnt: str, use: str) -> None:
        if self.session is None:
            return
        title = self.session.module.title
        try:
            self.session.complete(learnt, use)
        except SectionsUnread as refused:  # the module changed while the reflection was being written
            self.stack.setCurrentWidget(self.reader)
            self._say_unread(refused.missing)
            return
        self.show_catalogue()
        self.catalogue_page.show_status(tr("Completed: {module}. Your progress is saved.").format(module=title))

    def _say_unread(self, unread: list[str]) -> None:
        """'Complete' with sections unread: say which, by title, on the page and in a message; complete nothing."""
        assert self.session is not None
        titles = self._unread_titles(unread)
        self.reader.show_unread(titles)
        listed = "\n".join(f"• {title}" for title in titles)
        #: %n: the sections unread; {total}: the module's sections; {sections}: the unread ones, a line each
        text = tr("“{module}” is not complete yet: %n of {total} sections are still unread:\n\n{sections}\n\n"
                  "Read them (choose from Contents), then choose Complete module again.", "", len(titles))
        messages.inform(self, tr("Sections still unread"), text.format(
            module=self.session.module.title, total=len(self.session.anchors), sections=listed))
        self.reader.complete_button.setFocus(Qt.FocusReason.OtherFocusReason)
