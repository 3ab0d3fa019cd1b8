"""Today: the first page after sign-in. What needs the person today, by role, each with a button that opens it:
the refresher, assigned modules and quizzes (overdue first, said in words and a symbol as well as colour), modules
to finish, draft screenings (counted from plain columns: nothing is decrypted), joint sessions to resume or
record (facilitators and managers) and the team's overdue training (managers). An empty day says so kindly.

Built while the passphrase is checked (MainWindow._prepare_first_section), so it reads little and builds few
widgets; a manager's team overview, which reads everyone's records, is filled in just after the page shows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import cache

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...today import Today, TodayContent, TodayService
from .. import colours, messages, style
from ..assigned_panel import module_cache, paths_cache, quiz_cache
from ..sections.base import SectionPage
from ..widgets import action_button, heading, note
from . import wording

log = logging.getLogger(__name__)


def _card(object_name: str, title: str) -> tuple[QFrame, QVBoxLayout]:
    """A group on the page: a framed card with a level-2 heading."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setProperty("todayCard", True)
    frame.setAccessibleName(title)
    layout = QVBoxLayout(frame)
    style.group_margins(layout)
    layout.setSpacing(style.SPACE_M)  # items apart from each other; an item's own lines close together
    title_label = heading(title, level=2)
    title_label.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title_label)
    return frame, layout


def _card_style() -> str:
    background, text = colours.base_colours()
    edge = colours.mix(background, text, 0.25).name()
    return (f"QFrame[todayCard=\"true\"] {{ background: {background.name()}; border: 1px solid {edge}; "
            f"border-radius: 6px; }}"
            f"QFrame[todayCard=\"true\"] QLabel {{ background: transparent; border: none; color: {text.name()}; }}")


def _status_style(kind: str) -> str:
    """A status line in the ``kind`` accent, bold, chosen to read on the card (drawn in the palette's Base colour)."""
    background, text = colours.base_colours()
    return f"color: {colours.accent(kind, background, text).name()}; font-weight: bold; background: transparent;"


class TodaySection(SectionPage):
    title = tr_noop("Today")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today: date | None = None  # None: the real date (tests fix it)
        self.service = TodayService(self.services)
        self.day: Today | None = None
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        style.page_margins(layout)
        layout.addWidget(heading(tr(self.title)))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        self.cards = QWidget()
        self.cards.setObjectName("todayCards")
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, style.SPACE_XS, 0, 0)
        self.cards_layout.setSpacing(style.SPACE_M)
        layout.addWidget(self.cards)
        layout.addStretch(1)
        colours.keep_styled(self.cards, _card_style)
        self._team_pending = False

    # -- SectionPage ------------------------------------------------------------------------------------------
    def activate(self) -> None:
        day = self.today or date.today()
        content_dir = self.services.config.content_dir
        # Each read once a showing at most (the caches check their files' dates on every load).
        content = TodayContent(modules=cache(lambda: module_cache().load(content_dir).catalogue.modules),
                               quizzes=cache(lambda: quiz_cache().load(content_dir)),
                               paths=cache(lambda: paths_cache().load(content_dir)))
        self.day = self.service.for_profile(self.profile, content, day, team=False)
        self.show_day(self.day)
        if self.profile.is_manager and not self._team_pending:
            self._team_pending = True  # read everyone's records once the page is on screen
            QTimer.singleShot(0, self, self._fill_team)

    def _fill_team(self) -> None:
        self._team_pending = False
        if self.day is None:
            return
        try:
            team = self.service.team(self.profile, self.day.day)
        except Exception:
            log.exception("Today: could not read the team's records")
            return
        from dataclasses import replace

        self.day = replace(self.day, team=team)
        self.show_day(self.day)

    # -- showing the day --------------------------------------------------------------------------------------
    def show_day(self, day: Today) -> None:
        # Kept only when the focus is on this page now: self.focusWidget() is the last one it had, even while the
        # person is in the Sections list (going back to Today with Up must leave them there).
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            focused = None
        focus_name = focused.accessibleName() if isinstance(focused, QPushButton) else None
        self._clear()
        self.state_label.setText(wording.day_heading(day.day, self.profile.display_name))
        self.state_label.setAccessibleName(self.state_label.text())
        if day.refresher_due:
            self._refresher_card(day)
        if day.assigned:
            self._assigned_card(day)
        if day.drafts:
            self._drafts_card(day)
        if day.to_finish:
            self._finish_card(day)
        if day.sessions:
            self._sessions_card(day)
        if day.team is not None:
            self._team_card(day)
        if day.empty:
            self._empty_card()
        if day.notes:
            problem = note(tr("Part of today's list could not be read; the sections themselves show everything."))
            self.cards_layout.addWidget(problem)
        for previous, following in zip(self.buttons, self.buttons[1:], strict=False):
            self.setTabOrder(previous, following)
        if focus_name:
            again = next((b for b in self.buttons if b.accessibleName() == focus_name), None)
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self) -> None:
        self.buttons = []
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = action_button(text, name, lambda _checked=False: slot())  # clicked(bool) never reaches the slot
        button.setObjectName("todayOpen")
        self.buttons.append(button)
        return button

    def _row(self, layout: QVBoxLayout, text: str, button: QPushButton, status: tuple[str, str] | None = None
             ) -> None:
        """One item: its status (symbol and words, coloured), what it is, and the button that opens it."""
        row = QHBoxLayout()
        row.setSpacing(style.SPACE_M)
        words = QVBoxLayout()
        words.setSpacing(0)
        if status is not None:
            status_text, kind = status
            status_label = QLabel(status_text)
            status_label.setObjectName("todayStatus")
            status_label.setWordWrap(True)
            status_label.setAccessibleName(status_text)
            if kind:
                colours.keep_styled(status_label, lambda kind=kind: _status_style(kind))
            words.addWidget(status_label)
        label = note(text)
        words.addWidget(label)
        row.addLayout(words, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        if status is not None:
            button.setAccessibleDescription(f"{status[0]}. {text}")
        else:
            button.setAccessibleDescription(text)
        layout.addLayout(row)

    def _more(self, layout: QVBoxLayout, count: int, where: str) -> None:
        if count:
            layout.addWidget(note(wording.more_text(count, where)))

    def _refresher_card(self, day: Today) -> None:
        frame, layout = _card("todayRefresher", tr("Refresher"))
        self._row(layout, wording.refresher_text(day.refresher_due),
                  self._button(tr("Start today's &refresher"), tr("Start today's refresher"), self.open_refresher))
        self.cards_layout.addWidget(frame)

    def _assigned_card(self, day: Today) -> None:
        frame, layout = _card("todayAssigned", tr("Assigned to you"))
        for item in day.assigned:
            button = self._button(tr("Open"), wording.open_name(item),
                                  lambda item=item: self.open_item(item.item_type, item.item_id))
            self._row(layout, wording.assigned_text(item), button, wording.due_text(item, day.day))
        self._more(layout, day.assigned_more, tr("Learn"))
        self.cards_layout.addWidget(frame)

    def _finish_card(self, day: Today) -> None:
        frame, layout = _card("todayFinish", tr("Carry on reading"))
        for item in day.to_finish:
            button = self._button(tr("Carry on"), tr("Carry on reading {title}").format(title=item.title),
                                  lambda item=item: self.open_item("module", item.module_id))
            self._row(layout, wording.finish_text(item), button)
        self._more(layout, day.to_finish_more, tr("Progress"))
        self.cards_layout.addWidget(frame)

    def _drafts_card(self, day: Today) -> None:
        frame, layout = _card("todayDrafts", tr("Screenings to finish"))
        for draft in day.drafts:
            button = self._button(tr("Open draft"), tr("Open draft screening {number}").format(number=draft.record_id),
                                  lambda draft=draft: self.open_draft(draft.record_id))
            self._row(layout, wording.draft_text(draft, day.day), button)
        self._more(layout, day.drafts_more, tr("Screening"))
        self.cards_layout.addWidget(frame)

    def _sessions_card(self, day: Today) -> None:
        frame, layout = _card("todaySessions", tr("Joint sessions"))
        for item in day.sessions:
            if item.running:
                button = self._button(tr("Resume"), tr("Resume joint session: {title}").format(title=item.title),
                                      lambda item=item: self.open_session(item.session_id, True))
            else:
                button = self._button(tr("Record who attended"),
                                      tr("Record who attended: {title}").format(title=item.title),
                                      lambda item=item: self.open_session(item.session_id, False))
            self._row(layout, wording.session_text(item), button)
        self.cards_layout.addWidget(frame)

    def _team_card(self, day: Today) -> None:
        assert day.team is not None
        frame, layout = _card("todayTeam", tr("Your team"))
        status = wording.team_status(day.team) if day.team.people else None
        self._row(layout, wording.team_text(day.team),
                  self._button(tr("Open the team's training"), tr("Open the team's training in Team"),
                               lambda: self.open_team(day.team.team if day.team else "")), status)
        self.cards_layout.addWidget(frame)

    def _empty_card(self) -> None:
        frame, layout = _card("todayEmpty", tr("Nothing due today"))
        self._row(layout, tr("Nothing needs you today: no refresher questions, nothing assigned and nothing left "
                             "half-done. Browse the modules in Learn whenever you have a few minutes."),
                  self._button(tr("Go to &Learn"), tr("Go to Learn"), lambda: self._go("learn")))
        self.cards_layout.addWidget(frame)

    # -- opening things -----------------------------------------------------------------------------------------
    def _go(self, key: str):
        """The section ``key`` on show (None, and a message, if this window has no such section)."""
        window = self.window()
        pages = getattr(window, "pages", None)
        if pages is None or key not in pages or not hasattr(window, "show_section"):
            messages.inform(self, tr("Today"), tr("That section is not available here."))
            return None
        return window.show_section(key)

    def open_refresher(self) -> None:
        learn = self._go("learn")
        if learn is not None:
            learn.open_refresher(came_from="today")

    def open_item(self, item_type: str, item_id: str) -> None:
        if item_type == "module":
            learn = self._go("learn")
            if learn is not None:
                learn.open_module(item_id)
        else:
            quizzes = self._go("quizzes")
            if quizzes is not None:
                quizzes.open_quiz(item_id)

    def open_draft(self, record_id: int) -> None:
        """Screening, with the draft open (once Screening is unlocked, if it is locked)."""
        screening = self._go("screening")
        if screening is None or screening.area is None:
            return
        area = screening.area
        if area.keyring is None:
            area.resume_id = record_id  # opened as soon as the passphrase is entered
        elif area.can_leave():
            area.open_record(record_id)

    def open_session(self, session_id: int, running: bool) -> None:
        sessions = self._go("sessions")
        if sessions is None:
            return
        sessions.select(session_id)
        if running:
            sessions.resume_current()
        else:
            sessions.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_team(self, team: str) -> None:
        """Team → Training, showing the manager's own team."""
        section = self._go("team")
        if section is None:
            return
        section.tabs.setCurrentIndex(0)
        training = section.page(0)
        if team:
            index = training.team_combo.findData(team)
            if index >= 0:
                training.team_combo.setCurrentIndex(index)
        if not training.isVisible():
            training.show()  # built just now: Qt would show it only when the event loop next runs, too late for focus
        training.table.setFocus(Qt.FocusReason.OtherFocusReason)
