"""Learn: the module catalogue, the reader and completing a module, with progress kept per profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from ...content import Module
from ...progress.service import ProgressService
from .. import messages
from ..learn.catalogue_page import CataloguePage
from ..learn.library import Library, LibraryCache
from ..learn.reader_page import OVERVIEW, ReaderPage
from ..learn.reflection import ReflectionPage
from ..learn.session import ReadingSession
from .base import SectionPage


class LearnSection(SectionPage):
    title = "Learn"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress = ProgressService(self.services.database)
        self._cache = LibraryCache()
        self.library: Library | None = None
        self.session: ReadingSession | None = None

        self.stack = QStackedWidget()
        self.catalogue_page = CataloguePage()
        self.reader = ReaderPage()
        self.reflection = ReflectionPage()
        for page in (self.catalogue_page, self.reader, self.reflection):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.catalogue_page.open_requested.connect(self.open_module)
        self.reader.section_shown.connect(self._section_shown)
        self.reader.module_link_clicked.connect(self.open_module)
        self.reader.back_requested.connect(self.show_catalogue)
        self.reader.complete_requested.connect(self._start_completion)
        self.reflection.saved.connect(self._complete)
        self.reflection.cancelled.connect(self._cancel_completion)

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
        key = next((k for k, page in getattr(window, "pages", {}).items() if page is self), None)
        if key is not None and hasattr(window, "show_section"):
            window.show_section(key)  # show what the question is about
        title = self.session.module.title if self.session is not None else "this module"
        if messages.confirm(self, "Discard your reflection?",
                            f"Your reflection on “{title}” is not saved, and the module is not marked complete."
                            "\n\nDiscard it? Choose No to go back and save it."):
            return True
        self.reflection.learnt_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def shutdown(self) -> None:
        self._end_session()

    # -- catalogue ----------------------------------------------------------------------------------------
    def _refresh_catalogue(self) -> None:
        if self.library is None:
            return
        summaries = self.progress.summaries(self.profile.id)
        self.catalogue_page.show_catalogue(self.library.catalogue, self.library.index, summaries,
                                           self.services.config.content_dir)

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
            messages.warn(self, "Module not available",
                          f"The module “{module_id}” is not installed or could not be loaded.")
            return
        self._end_session()
        self.catalogue_page.show_status("")
        self.session = ReadingSession(self.progress, self.profile.id, module)
        self.reader.open(module, self.library.catalogue, self.text_point_size, self._start_position(module, anchor))
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
            self.session.viewed(anchor)

    def _end_session(self) -> None:
        if self.session is not None:
            self.session.end()
            self.session = None

    # -- completing ---------------------------------------------------------------------------------------
    def _start_completion(self) -> None:
        if self.session is None:
            return
        summary = self.progress.summary(self.profile.id, self.session.module.id)
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
        self.session.complete(learnt, use)
        self.show_catalogue()
        self.catalogue_page.show_status(f"Completed: {title}. Your progress is saved.")
