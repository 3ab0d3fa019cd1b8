"""One screening: sections with their completion state, the questions, live flags, and finishing, summaries
and amendments."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...identity.keys import ForeignKeyring
from ...screening import OverrideReasonRequired, SectionState, SectionStatus
from ...screening.engine import REQUIRED_MESSAGE
from ...screening_records import RecordMovedAway
from ...screening_records.store import MIN_REASON
from .. import messages
from ..error_dialog import short_reason
from ..help_window import NOT_REVIEWED
from ..widgets import FlowLayout, WrappingButton, heading
from ..widgets import note as note_label
from . import reason_dialog
from .amendments_view import AmendmentsView
from .autosave import AutoSaver
from .editor import RecordEditor, UnsavedWork
from .flags_panel import FlagsPanel
from .item_row import AnswerRow
from .repeat_group import RepeatGroup
from .section_view import SectionView
from .status_icons import status_icon
from .summary_export import SummaryExporter


def _text_width(widget: QWidget, characters: int) -> int:
    return widget.fontMetrics().averageCharWidth() * characters


class SectionList(QListWidget):
    """The sections, as wide as the text size needs (titles wrap), and narrower when the window is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # lines wrap again when the width changes
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _width(self, characters: int) -> int:
        icon = self.iconSize().width()
        if icon <= 0:
            icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return _text_width(self, characters) + icon + scroll_bar + 2 * self.frameWidth() + 12

    def sizeHint(self) -> QSize:
        return QSize(self._width(15), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(11), super().minimumSizeHint().height())


class SidePanel(QWidget):
    """The flags and the amendments beside the questions: sized from the text, narrower when room is short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(_text_width(self, 26), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(max(_text_width(self, 16), super().minimumSizeHint().width()), super().minimumSizeHint().height())


STATUS_TEXT = {  # shown through tr()
    SectionStatus.COMPLETE: tr_noop("Complete"),
    SectionStatus.INCOMPLETE: tr_noop("Incomplete"),
    SectionStatus.NOT_STARTED: tr_noop("Not started"),
    SectionStatus.NOT_APPLICABLE: tr_noop("Not applicable"),
}


class FormPage(QWidget):
    back_requested = Signal()
    record_gone = Signal(object)  # saving found it moved to someone else, or the keys no longer the person's

    def __init__(self, names: Callable[[int], str], parent: QWidget | None = None, *,
                 marking: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.editor: RecordEditor | None = None
        self.views: list[SectionView] = []
        self.show_required = False
        self._shown_state: tuple = ()
        self.save_error: str | None = None  # why the last save failed, until a save succeeds
        self._warn_save_failure = True
        self.saver = AutoSaver(self._save, self)
        self.saver.flushed.connect(lambda _saved: self._show_state())
        self.exporter = SummaryExporter(self) if marking is None else SummaryExporter(self, marking)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title_label = heading(tr("Screening"), 2)
        self.state_label = QLabel("")
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 3)
        top.addWidget(self.state_label, 2)
        outer.addLayout(top)
        no_names = QLabel(tr("No names are needed here: the case reference identifies the case."))
        no_names.setWordWrap(True)
        outer.addWidget(no_names)
        # A form shown in a translation no Welsh speaker has reviewed says so, as the guide and reader do.
        self.translation_note = note_label(tr(NOT_REVIEWED))
        self.translation_note.setObjectName("translationNotReviewed")
        self.translation_note.hide()
        outer.addWidget(self.translation_note)

        # the sections, the questions and the flags side by side; the flags go under the questions when the page is
        # too narrow for three columns (Welsh at 200% text): see resizeEvent
        self.middle = middle = QGridLayout()
        self.section_list = SectionList()
        self.section_list.setAccessibleName(tr("Screening sections"))
        self.section_list.setAccessibleDescription(tr("Each section with its state; Ctrl+Page Down and Ctrl+Page Up "
                                                      "move between sections"))
        self.section_list.currentRowChanged.connect(self._show_section)
        middle.addWidget(self.section_list, 0, 0, 2, 1)
        self.stack = QStackedWidget()
        middle.addWidget(self.stack, 0, 1)
        middle.setColumnStretch(1, 2)
        middle.setRowStretch(0, 1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.flags_panel = FlagsPanel()
        self.flags_panel.override_requested.connect(self._override)
        right.addWidget(self.flags_panel, 3)
        self.amendments = AmendmentsView()
        right.addWidget(self.amendments, 1)
        self.side_panel = SidePanel()
        self.side_panel.setLayout(right)
        self.side_panel.setMinimumWidth(1)  # never widens the page: it goes under the questions instead
        self.side_below = False
        middle.addWidget(self.side_panel, 0, 2)
        middle.setColumnStretch(2, 1)
        outer.addLayout(middle, 1)

        buttons = QHBoxLayout()
        self.back_button = self._button(tr("&Back to list"), self.leave, buttons)
        buttons.setAlignment(self.back_button, Qt.AlignmentFlag.AlignTop)
        buttons.addSpacing(12)
        actions = QWidget()
        flow = FlowLayout(actions)
        buttons.addWidget(actions, 1)
        self.summary_button = self._button(tr("Summary &PDF…"), lambda: self._export(False), flow)
        self.drug_button = self._button(tr("Summary for &drug service PDF…"), lambda: self._export(True), flow)
        self.amend_button = self._button(tr("A&mend…"), self._start_amendment, flow)
        self.save_amendment_button = self._button(tr("&Save amendment"), self._save_amendment, flow)
        self.cancel_amendment_button = self._button(tr("Cancel amendment"), self._cancel_amendment, flow)
        self.finish_button = self._button(tr("F&inish screening…"), self._finish, flow)
        for button in (self.amend_button, self.save_amendment_button, self.cancel_amendment_button):
            button.hide()  # until a record shows which apply
        outer.addLayout(buttons)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._step_section(s))

    def resizeEvent(self, event) -> None:
        """Flags beside the questions when the three columns fit, under them when they do not."""
        super().resizeEvent(event)
        gap = max(self.middle.horizontalSpacing(), 0)
        needed = (self.section_list.minimumSizeHint().width() + self.stack.minimumSizeHint().width()
                  + self.side_panel.minimumSizeHint().width() + 2 * gap)
        below = event.size().width() < needed
        if below != self.side_below:
            self.side_below = below
            self.middle.removeWidget(self.side_panel)
            if below:
                self.middle.addWidget(self.side_panel, 1, 1)
            else:
                self.middle.addWidget(self.side_panel, 0, 2)
            self.middle.setColumnStretch(2, 0 if below else 1)

    def _button(self, text: str, slot: Callable[[], None], layout: QLayout) -> QPushButton:
        button = WrappingButton(text)  # a long label (Welsh, 200% text) takes two lines rather than widening the page
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- opening ------------------------------------------------------------------------------------------------
    def open(self, editor: RecordEditor) -> bool:
        """Show ``editor``'s record; False (the open record kept) when unsaved changes there must not be lost."""
        if not self.close_record():
            return False
        self.editor = editor
        self.show_required = False
        self._shown_state = ()
        sections = editor.form.sections
        for position, section in enumerate(sections):
            view = SectionView(section, position == len(sections) - 1)
            view.next_button.clicked.connect(lambda _=False, p=position: self._next_from(p))
            for row in view.rows.values():
                row.answered.connect(self._answered)
            for group in view.groups.values():
                group.answered.connect(self._answered)
                group.add_requested.connect(self._add_instance)
                group.remove_requested.connect(self._remove_instance)
            self.views.append(view)
            self.stack.addWidget(view)
            item = QListWidgetItem(section.title)
            self.section_list.addItem(item)
        self._load_values()
        self.title_label.setText(tr("Case reference: {reference}").format(reference=editor.record.case_reference))
        self.title_label.setAccessibleName(self.title_label.text())
        self.translation_note.setVisible(editor.form.unreviewed_translation)
        self._refresh()
        self.section_list.setCurrentRow(0)
        self._fix_tab_order()
        return True

    def close_record(self, ask: bool = True) -> bool:
        """Save anything pending and forget the record (on leaving or opening another). When the changes cannot
        be saved, asks whether to lose them (unless ``ask`` is False) and returns False if not."""
        if self.editor is None:
            self.forget()
            return True
        if not self.flush(warn=False) and ask and not self._lose_unsaved(
                tr("Close screening"), tr("The latest changes to this screening could not be saved ({reason}). Close "
                                          "it anyway and lose them?")):
            return False
        self.forget()
        return True

    def _lose_unsaved(self, title: str, question: str) -> bool:
        """Ask whether to lose changes that could not be saved; True (and nothing pending) when agreed.
        ``question`` (translated) has ``{reason}`` where why they could not be saved goes."""
        if not messages.confirm(self, title, question.format(reason=self.save_error)):
            return False
        self.saver.cancel()
        return True

    def unsaved_work(self) -> UnsavedWork | None:
        """What a lock would lose: an open amendment, or draft changes that could not be saved (no keyring)."""
        editor = self.editor
        if editor is None or not (editor.amending or (editor.is_draft and self.saver.pending)):
            return None
        return editor.unsaved_work()

    def restore(self, work: UnsavedWork) -> None:
        """Put back work kept through a lock into the freshly opened record (saving a draft's at once)."""
        editor = self.editor
        if editor is None or editor.opened.id != work.record_id:
            return
        editor.restore(work)
        self._rebuild_groups()
        self._refresh()
        if editor.is_draft:
            self.saver.changed(False)
        self._show_state()

    def forget(self) -> None:
        """Forget the record without saving (after saving, or when its unsaved changes are given up)."""
        self.saver.cancel()
        self.save_error = None
        self.editor = None
        self._shown_state = ()
        self.section_list.blockSignals(True)
        self.section_list.clear()
        self.section_list.blockSignals(False)
        for view in self.views:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views = []
        # Nothing decrypted stays behind in a widget (reachable by accessibility tools) once the record is closed.
        for label in (self.title_label, self.state_label):
            label.setText("")
            label.setAccessibleName("")
        self.flags_panel.show_flags([], editable=False)
        self.amendments.clear()

    def _load_values(self) -> None:
        assert self.editor is not None
        answers = self.editor.record.answers
        for view in self.views:
            for group in view.groups.values():
                group.set_value(answers.get(group.item.id))
            for path, row in view.rows.items():
                row.set_value(answers.get(path))

    @staticmethod
    def _all_rows(view: SectionView) -> dict[str, AnswerRow]:
        rows = dict(view.rows)
        for group in view.groups.values():
            rows.update(group.rows)
        return rows

    # -- changes ------------------------------------------------------------------------------------------------
    def _answered(self, path: str, value: Any, typing: bool) -> None:
        if self.editor is None or not self.editor.editable:
            return
        self.editor.set(path, value)
        group = self._group(path)
        if group is not None:
            group.set_value(self.editor.record.answers.get(path))
            self._fix_tab_order()
        self._changed(typing)

    def _add_instance(self, group_id: str) -> None:
        if self.editor is None or not self.editor.editable:
            return
        index = self.editor.add_instance(group_id)
        group = self._group(group_id)
        assert group is not None
        group.set_value(self.editor.record.answers.get(group_id))
        self._changed(False)
        self._fix_tab_order()
        box = group.boxes[index]
        first = next(iter(box.rows.values()), None)
        if first is not None:
            first.focus_widgets()[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.current_view().ensureWidgetVisible(box)

    def _remove_instance(self, group_id: str, index: int) -> None:
        if self.editor is None or not self.editor.editable:
            return
        group = self._group(group_id)
        assert group is not None
        editor = self.editor
        title = group.boxes[index].accessibleName()
        if not messages.confirm(self, tr("Remove"), tr("Remove {entry} and its answers?").format(entry=title)) \
                or self.editor is not editor:
            return
        self.editor.remove_instance(group_id, index)
        group.set_value(self.editor.record.answers.get(group_id))
        self._changed(False)
        self._fix_tab_order()
        group.add_button.setFocus()

    def _changed(self, typing: bool) -> None:
        self._refresh()
        assert self.editor is not None
        if self.editor.is_draft:
            self.saver.changed(typing)
        self._show_state()

    def _group(self, group_id: str) -> RepeatGroup | None:
        for view in self.views:
            if group_id in view.groups:
                return view.groups[group_id]
        return None

    def _save(self) -> bool:
        """Save the draft; True when saved. A failure is shown in the state (and told once, unless quiet)."""
        if self.editor is None:
            return True
        try:
            self.editor.save()
        except (RecordMovedAway, ForeignKeyring) as exc:  # it can never be saved here: the area says why
            self.saver.cancel()
            self.record_gone.emit(exc)
            return False
        except Exception as exc:  # any failure must be shown, and the change kept pending
            first = self.save_error is None
            self.save_error = short_reason(exc)
            if first and self._warn_save_failure:
                messages.warn(self, tr("Not saved"), tr("The screening could not be saved: {reason}. Your answers are "
                                                        "kept on screen, and saving is tried again with each change."
                                                        ).format(reason=self.save_error))
            return False
        self.save_error = None
        return True

    def flush(self, warn: bool = True) -> bool:
        """Save anything pending now; True when nothing is left unsaved."""
        self._warn_save_failure = warn
        try:
            return self.saver.flush()
        finally:
            self._warn_save_failure = True

    # -- display ------------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        editor = self.editor
        if editor is None:
            return
        evaluation = editor.evaluation
        editable = editor.editable
        for position, view in enumerate(self.views):
            for item_id, note in view.notes.items():
                if note.isVisibleTo(view) != (item_id in evaluation.visible):
                    note.setVisible(item_id in evaluation.visible)
            for group in view.groups.values():
                group.update_state(group.item.id in evaluation.visible, self._errors(group.item.id), editable)
            for path, row in self._all_rows(view).items():
                row.update_state(path in evaluation.visible, self._errors(path), editable)
            self._show_section_state(position, view, evaluation.sections[view.section.id])
        if self.flags_panel.show_flags(evaluation.flags, editable):
            self._fix_tab_order()
        self.amendments.show_amendments(editor.opened.amendments, self.names, editor.form)
        if self.amendments.isVisibleTo(self) == editor.is_draft:
            self.amendments.setVisible(not editor.is_draft)
        self._show_state()

    def _show_section_state(self, position: int, view: SectionView, state: SectionState) -> None:
        item = self.section_list.item(position)
        shown = state.status
        status = tr(STATUS_TEXT[shown])
        problems = len(self._local_problems(view))
        if problems and shown is not SectionStatus.NOT_APPLICABLE:
            # The engine counts such a box as unanswered, which for an optional question looks complete.
            shown = SectionStatus.INCOMPLETE
            status = tr("Incomplete (%n answer(s) to correct)", "a section's state", problems)
        elif state.status is SectionStatus.INCOMPLETE and state.required_total:
            status = tr("Incomplete ({answered} of {total} required answered)", "a section's state").format(
                answered=state.required_answered, total=state.required_total)
        text = f"{view.section.title}\n{status}"
        if item.text() == text:
            return
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{view.section.title}: {status}")
        item.setIcon(status_icon(shown))
        applicable = state.status is not SectionStatus.NOT_APPLICABLE
        item.setForeground(self.palette().text() if applicable else self.palette().placeholderText())

    def _local_problems(self, view: SectionView) -> list[tuple[AnswerRow, str]]:
        """The shown questions of ``view`` whose box holds text that is not an answer (not a number, not a date),
        in the order on screen, each with its problem."""
        assert self.editor is not None
        visible = self.editor.evaluation.visible
        rows: list[AnswerRow] = []
        for item in view.section.items:
            if item.id in view.rows:
                rows.append(view.rows[item.id])
            elif item.id in view.groups and item.id in visible:
                rows += view.groups[item.id].rows.values()
        return [(row, problem) for row in rows if row.path in visible and (problem := row.local_error())]

    def _stop_for_problems(self, title: str) -> bool:
        """When a box holds text that is not an answer, say which (and go to the first): True when there were.
        Such text is stored as no answer, so finishing or saving now would lose it, and any flag it raises."""
        editor = self.editor
        assert editor is not None
        found = [(position, row, problem) for position, view in enumerate(self.views)
                 if view.section.id in editor.evaluation.visible_sections
                 for row, problem in self._local_problems(view)]
        if not found:
            return False
        listed = "; ".join(f"{self.views[position].section.title}: {row.input.accessible_name} ({problem.rstrip('.')})"
                           for position, row, problem in found)
        messages.warn(self, title, tr("Correct these answers first (or choose 'declined' or 'not known'): {answers}."
                                      ).format(answers=listed))
        if self.editor is not editor:
            return True
        position, row, _problem = found[0]
        self.section_list.setCurrentRow(position)
        widget = row.focus_widgets()[0]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.views[position].ensureWidgetVisible(row)
        return True

    def _errors(self, path: str) -> list[str]:
        assert self.editor is not None
        found = self.editor.evaluation.errors.get(path, [])
        return found if self.show_required else [m for m in found if m != tr(REQUIRED_MESSAGE)]

    def _show_state(self) -> None:
        editor = self.editor
        if editor is None:
            return
        if editor.amending:
            text = tr("Finished · amending: the change is kept only when you save the amendment")
        elif editor.is_draft:
            if self.saver.pending and self.save_error is not None:
                text = tr("Draft · NOT saved — {reason}").format(reason=self.save_error)
            else:
                text = tr("Draft · saving…") if self.saver.pending else tr("Draft · all changes saved")
        else:
            text = tr("Finished · read-only")
        consent = self.exporter.consent_recorded(editor)
        key = (text, editor.is_draft, editor.amending, consent)
        if key == self._shown_state:
            return
        self._shown_state = key
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        self.finish_button.setVisible(editor.is_draft)
        self.amend_button.setVisible(not editor.is_draft and not editor.amending)
        self.save_amendment_button.setVisible(editor.amending)
        self.cancel_amendment_button.setVisible(editor.amending)
        for button in (self.summary_button, self.drug_button):
            button.setEnabled(not editor.amending)  # a summary shows only what is saved
        self.drug_button.setAccessibleDescription(
            "" if consent else tr("Available once consent to share with the drug service is recorded as 'Yes'"))
        self.drug_button.setToolTip(self.drug_button.accessibleDescription())

    # -- sections -----------------------------------------------------------------------------------------------
    def current_view(self) -> SectionView:
        view = self.stack.currentWidget()
        assert isinstance(view, SectionView)
        return view

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        self.stack.setCurrentIndex(row)

    def _step_section(self, step: int) -> None:
        count = self.section_list.count()
        if count:
            self.section_list.setCurrentRow((self.section_list.currentRow() + step) % count)

    def _next_from(self, position: int) -> None:
        assert self.editor is not None
        for later in range(position + 1, len(self.views)):
            if self.views[later].section.id in self.editor.evaluation.visible_sections:
                self.go_to_section(later)
                return
        buttons = self.flags_panel.focus_widgets()
        (buttons[0] if buttons else self.finish_button).setFocus(Qt.FocusReason.TabFocusReason)

    def current_section(self) -> int:
        """The position of the section on show (-1 with no record open)."""
        return self.section_list.currentRow() if self.editor is not None else -1

    def go_to_section(self, position: int) -> None:
        self.section_list.setCurrentRow(position)
        widgets = [w for w in self.views[position].focus_widgets() if w.isVisibleTo(self.views[position])]
        if widgets:
            widgets[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.section_list]
        for view in self.views:
            chain += view.focus_widgets()
        chain += self.flags_panel.focus_widgets()
        chain += [self.back_button, self.summary_button, self.drug_button, self.amend_button,
                  self.save_amendment_button, self.cancel_amendment_button, self.finish_button]
        return chain

    def _fix_tab_order(self) -> None:
        for first, second in itertools.pairwise(self._tab_chain()):
            QWidget.setTabOrder(first, second)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab from the last button goes round to the section list, and Shift+Tab from the list to the last
        button: the keyboard stays on the screening, as the mouse does."""
        current = QApplication.focusWidget()
        reachable = [w for w in self._tab_chain() if w.isVisible() and w.isEnabled()
                     and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if self.editor is not None and reachable and current is not None:
            if forward and current is reachable[-1]:
                reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if not forward and current is reachable[0]:
                reachable[-1].setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    # -- flags, finishing, amending, exporting -------------------------------------------------------------------
    def _override(self, flag_id: str) -> None:
        editor = self.editor
        if editor is None or not editor.editable:
            return
        title = editor.form.flag(flag_id).title
        reason = reason_dialog.ask_reason(
            self, tr("Override flag"), tr("Why does your professional judgement differ from the flag '{title}'? The "
                                          "reason is recorded with the screening.").format(title=title), MIN_REASON)
        if reason is None or self.editor is not editor:
            return
        try:
            editor.override(flag_id, reason)
        except OverrideReasonRequired as exc:
            messages.warn(self, tr("Override flag"), str(exc))
            return
        self._changed(False)
        self._focus_override(flag_id)

    def _focus_override(self, flag_id: str) -> None:
        """The flags were rebuilt: keep the keyboard on the same flag's button."""
        for card in self.flags_panel.cards:
            if card.flag.id == flag_id:
                card.override_button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _finish(self) -> None:
        editor = self.editor
        if editor is None or not editor.is_draft:
            return
        if self._stop_for_problems(tr("Finish screening")):
            return
        evaluation = editor.evaluation
        unfinished = [view.section.title for view in self.views
                      if evaluation.sections[view.section.id].status not in (SectionStatus.COMPLETE,
                                                                             SectionStatus.NOT_APPLICABLE)]
        if unfinished:
            self.show_required = True
            self._refresh()
            messages.warn(self, tr("Finish screening"),
                          tr("These sections still need answers (you can record 'declined' or 'not known'): "
                             "{sections}.").format(sections="; ".join(unfinished)))
            if self.editor is not editor:
                return
            first = next(i for i, v in enumerate(self.views) if v.section.title == unfinished[0])
            self.go_to_section(first)
            return
        if not messages.confirm(self, tr("Finish screening"),
                                tr("Finish this screening? It becomes read-only; a later correction is "
                                   "recorded as an amendment with a reason.")) or self.editor is not editor:
            return
        if not self.flush(warn=False):
            messages.warn(self, tr("Finish screening"), tr("The screening could not be saved ({reason}), so it was not "
                                                           "finished. Try again in a moment.").format(
                                                               reason=self.save_error))
            return
        editor.finish()
        self._refresh()
        self.amend_button.setFocus()

    def _start_amendment(self) -> None:
        editor = self.editor
        if editor is None or editor.is_draft:
            return
        reason = reason_dialog.ask_reason(
            self, tr("Amend screening"), tr("Why does this finished screening need correcting? The reason is kept "
                                            "with the amendment, with your name and the time."), MIN_REASON)
        if reason is None or self.editor is not editor:
            return
        editor.start_amendment(reason)
        self._refresh()
        self.go_to_section(max(0, self.section_list.currentRow()))

    def _save_amendment(self) -> None:
        if self.editor is None or not self.editor.amending:
            return
        if self._stop_for_problems(tr("Save amendment")):
            return
        try:
            self.editor.save_amendment()
        except ValueError as exc:
            messages.warn(self, tr("Save amendment"), str(exc))
            return
        self._load_values()
        self._refresh()
        self.amend_button.setFocus()

    def _cancel_amendment(self) -> None:
        if self.editor is None or not self.editor.amending:
            return
        self.editor.cancel_amendment()
        self._rebuild_groups()
        self._refresh()
        self.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_groups(self) -> None:
        self._load_values()
        self._fix_tab_order()

    def _export(self, for_drug_service: bool) -> None:
        """A summary shows only what is saved: never an open amendment, nor a draft change that failed to save
        (otherwise, for example, consent given only in an unsaved amendment would release the drug-service
        summary)."""
        editor = self.editor
        if editor is None:
            return
        title = tr("Summary PDF")
        if editor.amending:
            messages.warn(self, title, tr("Save or cancel the amendment first: a summary shows only what is saved."))
            return
        if not self.flush():
            messages.warn(self, title, tr("The latest answers are not saved yet, so no summary was made. "
                                          "Try again once they are saved."))
            return
        self.exporter.export(editor, for_drug_service)

    # -- leaving ------------------------------------------------------------------------------------------------
    def can_leave(self) -> bool:
        editor = self.editor
        if editor is None:
            return True
        if editor.amending:
            if not messages.confirm(self, tr("Amendment not saved"),
                                    tr("Leave without saving the amendment? The changes will be lost.")):
                return False
            if self.editor is editor:
                editor.cancel_amendment()
        elif not self.flush(warn=False):
            return self._lose_unsaved(tr("Screening not saved"), tr(
                "The latest changes to this screening could not be saved ({reason}). Leave anyway and lose them?"))
        return True

    def leave(self) -> None:
        if self.can_leave() and self.close_record():
            self.back_requested.emit()
