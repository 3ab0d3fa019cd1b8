"""The reader: a module's contents, one page at a time (overview, each section, about), with previous and
next, content warnings before the sections they cover, and 'Complete module' at the end (which names the
sections still unread, if any, instead of completing)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...content import Catalogue, Module, render_about, render_overview, render_section
from ...i18n import tr, tr_noop
from .. import colours
from ..widgets import buddy, heading, note, return_clicks
from .module_pdf import save_module_pdf
from .structured_view import StructuredView
from .warning_panel import ContentWarningPanel

OVERVIEW = -1
JOINT_MARK = tr_noop("◆ seen in a joint session")  # shown indented under the section's title
JOINT_DESCRIPTION = tr_noop("Seen in a joint session: counts as viewed; you have not read it here yet")



class _TitleRow(QWidget):
    """Back, the module's title, then the About and PDF buttons: on one row when there is room, otherwise (a
    large text size in a small window) with the two buttons on a second row, so the reader never needs to
    scroll sideways."""

    def __init__(self, back: QWidget, title: QWidget, tools: list[QWidget]) -> None:
        super().__init__()
        self._back, self._title = back, title
        self._tools = QWidget()
        row = QHBoxLayout(self._tools)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for tool in tools:
            row.addWidget(tool, 0, Qt.AlignmentFlag.AlignTop)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._one_row: bool | None = None
        self._arrange(True)

    def _gap(self) -> int:
        return max(0, self._grid.horizontalSpacing())

    def _one_row_width(self) -> int:
        return (self._back.sizeHint().width() + self._title.minimumSizeHint().width()
                + self._tools.sizeHint().width() + 2 * self._gap())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        two_rows = max(self._back.sizeHint().width() + self._gap() + self._title.minimumSizeHint().width(),
                       self._tools.minimumSizeHint().width())
        hint.setWidth(two_rows)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() >= self._one_row_width())

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for widget in (self._back, self._title, self._tools):
            self._grid.removeWidget(widget)
        self._grid.addWidget(self._back, 0, 0, Qt.AlignmentFlag.AlignTop)
        if one_row:
            self._grid.addWidget(self._title, 0, 1)
            self._grid.addWidget(self._tools, 0, 2, Qt.AlignmentFlag.AlignTop)
        else:
            self._grid.addWidget(self._title, 0, 1, 1, 2)
            self._grid.addWidget(self._tools, 1, 0, 1, 3)
        self.updateGeometry()


class ReaderPage(QWidget):
    section_shown = Signal(str)  # anchor of a section whose text is now on screen
    module_link_clicked = Signal(str, str)  # another module: id, anchor ("" for its start)
    back_requested = Signal()
    complete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module: Module | None = None
        self.catalogue: Catalogue | None = None
        self.base_pt = 12.0
        colours.when_palette_changes(self._palette_changed)
        self.position = OVERVIEW
        self._shown_warnings: set[str] = set()

        layout = QVBoxLayout(self)
        self.back_button = QPushButton(tr("← &Back to modules"))
        self.back_button.setAccessibleName(tr("Back to modules"))
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = heading("")
        self.about_button = QPushButton(tr("About this &module"))
        self.about_button.setAccessibleName(tr("About this module: sources, version and review date"))
        self.about_button.clicked.connect(lambda: self.show_position(self.about_position))
        self.print_button = QPushButton(tr("Print or save as P&DF…"))
        self.print_button.setAccessibleName(tr("Print or save this module as a PDF"))
        self.print_button.setToolTip(tr("Save the whole module, with its diagrams and sources, as an A4 PDF to "
                                        "print or keep (Ctrl+P)"))
        self.print_button.clicked.connect(self.save_pdf)
        layout.addWidget(_TitleRow(self.back_button, self.title_label, [self.about_button, self.print_button]))
        # A translation no speaker of its language has reviewed says so above its text (issue 13).
        self.translation_note = note(tr("This translation has not yet been reviewed by a Welsh speaker."))
        self.translation_note.setObjectName("translationNotReviewed")
        self.translation_note.hide()
        layout.addWidget(self.translation_note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        contents = QWidget()
        column = QVBoxLayout(contents)
        column.setContentsMargins(0, 0, 0, 0)
        self.toc = QListWidget()
        self.toc.setAccessibleDescription(tr("Enter or click shows that part of the module"))
        self.toc.setWordWrap(True)
        self.toc.setSpacing(2)
        self.toc.itemActivated.connect(self._toc_chosen)
        self.toc.itemClicked.connect(self._toc_chosen)
        column.addWidget(buddy(tr("Con&tents"), self.toc))
        column.addWidget(self.toc, 1)
        splitter.addWidget(contents)

        self.pages = QStackedWidget()
        self.browser = StructuredView()  # native widgets with roles a screen reader can navigate (issue 13)
        self.browser.module_link_clicked.connect(self._follow_module_link)
        self.warning_panel = ContentWarningPanel()
        self.warning_panel.show_requested.connect(self._show_warned_section)
        self.warning_panel.skip_requested.connect(self._skip_warned_section)
        self.pages.addWidget(self.browser)
        self.pages.addWidget(self.warning_panel)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.unread_note = note("")
        self.unread_note.setObjectName("unreadSections")
        colours.keep_styled(self.unread_note,
                            lambda: f"QLabel#unreadSections {{ {colours.accent_style('bad')} }}")
        self.unread_note.hide()
        layout.addWidget(self.unread_note)

        bottom = QHBoxLayout()
        self.previous_button = QPushButton(tr("← &Previous"))
        self.previous_button.setAccessibleName(tr("Previous"))
        self.previous_button.setToolTip(tr("Previous (Alt+Left)"))
        self.previous_button.clicked.connect(self.previous)
        self.position_label = QLabel("")
        self.position_label.setMinimumWidth(140)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(tr("&Next →"))
        self.next_button.setAccessibleName(tr("Next"))
        self.next_button.setToolTip(tr("Next (Alt+Right)"))
        self.next_button.clicked.connect(self.next)
        self.complete_button = QPushButton(tr("&Complete module…"))
        self.complete_button.setAccessibleName(tr("Complete module"))
        self.complete_button.clicked.connect(self.complete_requested)
        return_clicks(self.back_button, self.about_button, self.print_button, self.previous_button,
                      self.next_button, self.complete_button)
        for widget in (self.previous_button, self.position_label, self.next_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.complete_button)
        layout.addLayout(bottom)

        # The context is set after making each shortcut: PySide6 ignores context= when a slot is given.
        for keys, slot in ((QKeySequence("Alt+Left"), self.previous), (QKeySequence("Alt+Right"), self.next)):
            QShortcut(keys, self, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Ctrl+P wherever focus is in the window, but only while the reader is shown (a hidden page's
        # window shortcut does not fire).
        QShortcut(QKeySequence("Ctrl+P"), self, self.save_pdf).setContext(Qt.ShortcutContext.WindowShortcut)
        self.setTabOrder(self.back_button, self.about_button)
        self.setTabOrder(self.about_button, self.print_button)
        self.setTabOrder(self.print_button, self.toc)
        self.setTabOrder(self.toc, self.browser)
        self.setTabOrder(self.browser, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.complete_button)

    # -- positions: OVERVIEW (-1), each section (0..n-1), then about (n) --------------------------------
    @property
    def about_position(self) -> int:
        return len(self.module.sections) if self.module else 0

    def show_unread(self, titles: list[str]) -> None:
        """Say which sections are still unread (after 'Complete' was refused); an empty list hides the note."""
        if titles:
            #: {titles}: the unread sections' numbers and titles, separated by semicolons
            text = tr("Still unread (%n section(s)): {titles}. Read them (choose from Contents), then choose "
                      "Complete module again.", "", len(titles)).format(titles="; ".join(titles))
        else:
            text = tr("Every section is read: you can complete this module now.")
        self.unread_note.setText(text)
        self.unread_note.setAccessibleName(text)
        self.unread_note.setVisible(True)

    def hide_unread(self) -> None:
        self.unread_note.clear()
        self.unread_note.hide()

    def open(self, module: Module, catalogue: Catalogue, base_pt: float, position: int = OVERVIEW,
             joint: Collection[str] = ()) -> None:
        """Show ``module`` at ``position``. ``joint``: anchors of sections the reader saw in a joint session (and
        has not read alone), marked as such in Contents."""
        self.module = module
        self.browser.image_folder = module.image_folder
        self.hide_unread()
        self.catalogue = catalogue
        self.base_pt = base_pt
        self._shown_warnings = set()
        self.title_label.setText(module.title)
        self.title_label.setAccessibleName(module.title)
        self.translation_note.setVisible(module.unreviewed_translation)
        self.toc.setAccessibleName(tr("Contents of {module}").format(module=module.title))
        self.toc.clear()
        self.toc.addItem(self._toc_item(tr("Overview"), OVERVIEW))
        for index, section in enumerate(module.sections):
            label = f"{index + 1}. {section.title}"
            if module.warning_for(section):
                label = tr("{number}. {title} (content warning)").format(number=index + 1, title=section.title)
            item = self._toc_item(label, index)
            if section.anchor in joint:
                item.setText(f"{label}\n   {tr(JOINT_MARK)}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}. {tr(JOINT_DESCRIPTION)}.")
                item.setToolTip(tr(JOINT_DESCRIPTION))
            self.toc.addItem(item)
        self.toc.addItem(self._toc_item(tr("About this module"), len(module.sections)))
        self.show_position(position)

    @staticmethod
    def _toc_item(text: str, position: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, position)
        return item

    def show_position(self, position: int) -> None:
        if self.module is None:
            return
        position = max(OVERVIEW, min(position, self.about_position))
        self.position = position
        if 0 <= position < len(self.module.sections):
            section = self.module.sections[position]
            warning = self.module.warning_for(section)
            if warning is not None and section.anchor not in self._shown_warnings:
                self.warning_panel.present(section.title, warning.warning)
                # Tab order is the order the reader is built in: the warning's buttons come after the page's
                # place and before the foot (no setTabOrder here: it would move the foot before the page).
                self.pages.setCurrentWidget(self.warning_panel)
                self.warning_panel.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
                self._update_controls()
                return
        focused = QApplication.focusWidget()
        was_reading = focused is not None and self.pages.isAncestorOf(focused)
        self._render()
        self.pages.setCurrentWidget(self.browser)
        if was_reading and not self.browser.isAncestorOf(QApplication.focusWidget()):
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)  # from the warning: on at the page's start
        self._update_controls()
        if 0 <= position < len(self.module.sections):
            self.section_shown.emit(self.module.sections[position].anchor)

    def set_text_size(self, base_pt: float) -> None:
        """Show the current page again at a new text size."""
        self.base_pt = base_pt
        if self.module is not None and self.pages.currentWidget() is self.browser:
            value = self.browser.verticalScrollBar().value()
            self._render()
            self.browser.verticalScrollBar().setValue(value)

    def _palette_changed(self, *_args: object) -> None:
        """Under a new system palette, draw the page again in its colours."""
        self.set_text_size(self.base_pt)

    def _render(self) -> None:
        assert self.module is not None
        if self.position == OVERVIEW:
            html = render_overview(self.module, self.base_pt, self.catalogue, colours.page_colours())
        elif self.position == self.about_position:
            html = render_about(self.module, self.base_pt, colours.page_colours())
        else:
            html = render_section(self.module, self.position, self.base_pt, colours.page_colours())
        self.browser.base_pt = self.base_pt  # diagrams are drawn to match the text size
        self.browser.colours = colours.page_colours()
        # Reading order is the order the reader is built in: the contents, the page (the view keeps its blocks
        # straight after itself in the focus chain), then Previous, Next and Complete, then on out to the rest
        # of the window. setTabOrder here would move the foot buttons before the page's end.
        self.browser.setHtml(html)

    def _update_controls(self) -> None:
        assert self.module is not None
        count = len(self.module.sections)
        self.previous_button.setEnabled(self.position > OVERVIEW)
        self.next_button.setEnabled(self.position < self.about_position)
        if self.position == OVERVIEW:
            text = tr("Overview")
        elif self.position == self.about_position:
            text = tr("About this module")
        else:
            text = tr("Section {number} of {count}").format(number=self.position + 1, count=count)
        self.position_label.setText(text)
        self.position_label.setAccessibleName(tr("Showing: {place}").format(place=text))
        self.complete_button.setVisible(self.position >= count - 1)
        self.toc.setCurrentRow(self.position + 1)

    # -- moving -------------------------------------------------------------------------------------------
    def previous(self) -> None:
        if self.module is not None and self.position > OVERVIEW:
            self.show_position(self.position - 1)

    def next(self) -> None:
        if self.module is not None and self.position < self.about_position:
            self.show_position(self.position + 1)

    def _toc_chosen(self, item: QListWidgetItem) -> None:
        self.show_position(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_warned_section(self) -> None:
        if self.module is not None and 0 <= self.position < len(self.module.sections):
            self._shown_warnings.add(self.module.sections[self.position].anchor)
            self.show_position(self.position)
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _skip_warned_section(self) -> None:
        self.show_position(self.position + 1)
        if self.pages.currentWidget() is self.browser:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pdf(self) -> None:
        """Ask where, then save the whole module (every section, diagrams, sources) as an A4 PDF."""
        if self.module is not None:
            save_module_pdf(self, self.module, self.catalogue)

    def _follow_module_link(self, module_id: str, anchor: str) -> None:
        if self.module is None or module_id != self.module.id:
            self.module_link_clicked.emit(module_id, anchor)
            return
        index = self.module.section_index(anchor) if anchor else None
        if index is not None or not anchor:
            self.show_position(OVERVIEW if index is None else index)
        else:
            self.browser.scrollToAnchor(anchor)
