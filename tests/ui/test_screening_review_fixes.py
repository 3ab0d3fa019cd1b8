"""The screening form after review: text that is not an answer holds back finishing, declining a repeat group
asks first, the form fits 1024 × 640 at every text size, Tab goes round the page, amendments name the questions,
the record list's columns fit, and unlocking returns to the section in use."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QScrollArea, QWidget

from nps_trainer import i18n
from nps_trainer.screening import load_form
from nps_trainer.screening_records import RecordListRow
from nps_trainer.services import Services
from nps_trainer.settings import TEXT_SIZES
from nps_trainer.ui import messages
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.screening import reason_dialog
from nps_trainer.ui.screening.record_table import COLUMNS, RecordTable, local_time
from nps_trainer.ui.screening.section_view import SectionView
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import (
    PASSPHRASE,
    choose,
    complete_answers,
    fast_keys,
    focused,
    press,
    shown_section,
    tab_to,
    type_into,
    unlock,
    use_english_as_shown,
)


@pytest.fixture
def fast(services: Services) -> Services:
    fast_keys(services)
    return services


def _stored(services: Services, profile, answers: dict, reference: str = "X123456", finish: bool = False) -> int:
    keyring = (services.keys.unlock(profile.id, PASSPHRASE) if services.keys.has_passphrase(profile.id)
               else services.keys.set_passphrase(profile.id, PASSPHRASE))
    opened = services.screening.create(profile.id, keyring, "nps-screening", reference)
    opened.record.answers = answers
    services.screening.save_draft(profile.id, keyring, opened.record)
    if finish:
        services.screening.finalise(profile.id, keyring, opened.record)
    return opened.id


def _opened(qtbot, services: Services, answers: dict, finish: bool = False):
    profile = services.profiles.create("Sam K.", "practitioner")
    record_id = _stored(services, profile, answers, finish=finish)
    section = shown_section(qtbot, services, profile)
    unlock(qtbot, section)
    section.area.open_record(record_id)
    return section, section.area.form_page, profile, record_id


def _rows(page) -> dict:
    return {path: row for view in page.views for path, row in page._all_rows(view).items()}


def _position(page, section_id: str) -> int:
    return next(i for i, view in enumerate(page.views) if view.section.id == section_id)


# -- 1. text that is not a number or a date ---------------------------------------------------------------------
@pytest.fixture
def english():
    """Counts in English as the app shows them ('1 answer to correct', not '1 answer(s) to correct')."""
    use_english_as_shown()
    yield
    i18n.reset()


def test_text_that_is_not_a_number_holds_back_finishing(qtbot, fast, shown_messages, english) -> None:
    answers = complete_answers(dt.date.today(), domestic_abuse=["experiencing"])
    section, page, profile, record_id = _opened(qtbot, fast, answers)
    safeguarding = _position(page, "safeguarding")
    page.go_to_section(safeguarding)
    row = _rows(page)["dash_score"]
    type_into(qtbot, row.input.edit, "15 (high)")
    assert row.error_label.isVisible() and row.error_label.text() == "Enter a number, for example 12."
    state = page.section_list.item(safeguarding).text()
    assert "Complete" not in state and "1 answer to correct" in state

    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    kind, title, text = shown_messages[-1]
    assert (kind, title) == ("warn", "Finish screening")
    assert "Safeguarding: DASH risk checklist score" in text and "Enter a number" in text
    assert not any(m[0] == "confirm" for m in shown_messages)  # never got as far as 'Finish this screening?'
    assert page.section_list.currentRow() == safeguarding and focused() is row.input.edit
    assert fast.screening.open(profile.id, section.area.keyring, record_id).status == "draft"

    row.input.edit.selectAll()
    qtbot.keyClicks(row.input.edit, "15")
    assert not row.error_label.isVisible()
    assert page.section_list.item(safeguarding).text().endswith("Complete")
    assert "marac_threshold" in page.editor.evaluation.flag_ids
    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    stored = fast.screening.open(profile.id, section.area.keyring, record_id)
    assert stored.status == "final" and stored.record.answers["dash_score"] == 15


def test_declined_instead_of_a_bad_number_lets_finishing_go_ahead(qtbot, fast, shown_messages) -> None:
    answers = complete_answers(dt.date.today(), domestic_abuse=["experiencing"])
    section, page, profile, record_id = _opened(qtbot, fast, answers)
    page.go_to_section(_position(page, "safeguarding"))
    row = _rows(page)["dash_score"]
    type_into(qtbot, row.input.edit, "high")
    assert row.error_label.isVisible()
    choose(qtbot, row.special, "Declined to answer")  # instead: the text in the box is no longer the answer
    assert not row.error_label.isVisible()
    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    assert fast.screening.open(profile.id, section.area.keyring, record_id).status == "final"


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "Infinity", "1e999"])
def test_numbers_that_are_not_finite_are_not_numbers(qtbot, fast, shown_messages, text: str) -> None:
    _section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    page.go_to_section(_position(page, "funding"))
    row = _rows(page)["weekly_spend"]
    with qtbot.capture_exceptions() as exceptions:
        row.input.edit.selectAll()
        type_into(qtbot, row.input.edit, text)
        choose(qtbot, _rows(page)["major_activity"].input.combo, "Yes")  # the engine evaluates again
    assert exceptions == []
    assert row.input.value() is None and page.editor.record.answers.get("weekly_spend") is None
    assert row.error_label.text() == "Enter a number, for example 12."


def test_a_date_needs_its_year_in_full(qtbot, fast, shown_messages) -> None:
    _section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    row = _rows(page)["screening_date"]
    for typed in ("01/02/0025", "01/02/1066", "01/02/9025"):
        row.input.edit.clear()
        type_into(qtbot, row.input.edit, typed)
        assert page.editor.record.answers.get("screening_date") is None, typed
        assert "year in full" in row.error_label.text(), typed
    row.input.edit.clear()
    type_into(qtbot, row.input.edit, "01/02/2025")
    assert page.editor.record.answers["screening_date"] == "2025-02-01" and not row.error_label.isVisible()
    from nps_trainer.ui.screening.item_widgets import parse_date

    assert parse_date("01/02/0025") is None and parse_date("0025-02-01") is None
    assert parse_date("01/02/0025", any_year=True) == dt.date(25, 2, 1)
    # A date stored before the check is shown as it is, with its problem, not hidden.
    row.set_value("0025-02-01")
    assert row.input.edit.text() == "01/02/0025" and "year in full" in row.local_error()


# -- 2. declining a repeat group --------------------------------------------------------------------------------
def test_declining_a_group_with_entries_asks_and_no_keeps_them(qtbot, fast, shown_messages, monkeypatch) -> None:
    answers = complete_answers(dt.date.today())
    answers["substances"].append({"category": "crack", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]})
    section, page, profile, record_id = _opened(qtbot, fast, answers)
    page.go_to_section(_position(page, "pattern"))
    group = page.views[_position(page, "pattern")].groups["substances"]
    before = page.editor.record.answers["substances"]
    asked: list[str] = []

    def refuse(_parent, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", refuse)
    tab_to(qtbot, group.special)  # the first stop after the question before: one Down arrow too many
    press(qtbot, Qt.Key.Key_Down)
    assert asked == ["Record 'Declined to answer' for 'Substances used'? This removes Substance 1 and Substance 2, "
                     "with all their answers."]
    assert group.special.currentText() == "Answered as shown" and len(group.boxes) == 2
    assert page.editor.record.answers["substances"] == before
    assert focused() is group.special

    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    choose(qtbot, group.special, "Not known")
    assert not group.boxes and page.editor.record.answers["substances"] == "__not_known__"
    page.flush()
    stored = fast.screening.open(profile.id, section.area.keyring, record_id)
    assert stored.record.answers["substances"] == "__not_known__"


def test_a_lock_inside_the_group_confirmation_loses_nothing(qtbot, fast, shown_messages, monkeypatch) -> None:
    section, page, profile, record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    group = page.views[_position(page, "pattern")].groups["substances"]

    def confirm(*_a) -> bool:
        section.area.lock()
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    with qtbot.capture_exceptions() as exceptions:
        group.special.set_value("__declined__")
    assert exceptions == [] and page.editor is None
    unlock(qtbot, section)
    assert len(fast.screening.open(profile.id, section.area.keyring, record_id).record.answers["substances"]) == 1


def test_declining_an_empty_group_asks_nothing(qtbot, fast, shown_messages) -> None:
    answers = complete_answers(dt.date.today(), children_contact=True)
    _section, page, _profile, _record_id = _opened(qtbot, fast, answers)
    page.go_to_section(_position(page, "safeguarding"))
    group = page.views[_position(page, "safeguarding")].groups["children"]
    assert not group.boxes
    choose(qtbot, group.special, "Not known")
    assert not any(m[0] == "confirm" for m in shown_messages)
    assert page.editor.record.answers["children"] == "__not_known__"


# -- 3. the form fits a 1024 × 640 window -----------------------------------------------------------------------
def _clipped(view: SectionView) -> list[str]:
    """What in ``view`` is cut off: wider than the view, or a wrapped label shorter than its text needs."""
    body, viewport = view.widget(), view.viewport()
    found = []
    for widget in body.findChildren(QWidget):
        if not widget.isVisibleTo(body) or not isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit):
            continue
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if right > viewport.width() or widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name[:50]} ({widget.width()} px, ends at {right} of {viewport.width()})")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.heightForWidth(widget.width()) > \
                widget.height():
            found.append(f"{name[:50]} (too short for its lines)")
        elif isinstance(widget, QAbstractButton) and widget.sizeHint().height() > widget.height():
            found.append(f"{name[:50]} (too short for its lines)")  # a check box's wrapped text
    return found


@pytest.mark.parametrize("size", ["normal", "larger"])
def test_the_form_fits_a_1024_by_640_window(qtbot, fast, shown_messages, size: str) -> None:
    # the largest size below 200%; 200% itself ('largest') is checked at 1366×768 in test_text_200.py
    assert max(v for v in TEXT_SIZES.values() if v < 2 * TEXT_SIZES["normal"]) == TEXT_SIZES["larger"]
    fast.settings.text_size = size
    profile = fast.profiles.create("Sam K.", "practitioner")
    answers = complete_answers(dt.date.today(), children_contact=True, domestic_abuse=["experiencing"],
                               children=[{"child_age": 4, "child_contact_type": "lives_with"}], dash_score=15,
                               shared_equipment=["pipes_straws"], injecting_ever="past_4_weeks")
    answers["substances"].append({"category": "opioid_medicines_not_theirs", "routes": ["injected"]})
    record_id = _stored(fast, profile, answers)
    window = MainWindow(fast)
    window.resize(1024, 640)
    show_active(qtbot, window)
    window.use_profile(profile)
    section = window.show_section("screening")
    unlock(qtbot, section)
    section.area.open_record(record_id)
    page = section.area.form_page
    for position, view in enumerate(page.views):
        page.section_list.setCurrentRow(position)
        qtbot.wait(20)
        window.resize(1024, 640)
        qtbot.wait(20)
        where = f"{view.section.title} at {size} text"
        assert window.minimumSizeHint().width() <= 1024, where
        assert window.width() == 1024, where
        assert view.widget().minimumSizeHint().width() <= view.viewport().width(), where
        assert not view.horizontalScrollBar().isVisible(), where
        assert _clipped(view) == [], where
    buttons = [page.back_button, page.summary_button, page.drug_button, page.finish_button]
    for button in buttons:  # on more than one line if need be, but all on the page
        top_left = button.mapTo(page, QPoint(0, 0))
        assert button.isVisible() and page.rect().contains(QRect(top_left, button.size())), button.text()


def test_a_combo_narrows_but_its_list_shows_every_choice_in_full(qtbot, fast, shown_messages) -> None:
    answers = complete_answers(dt.date.today())
    _section, page, _profile, _record_id = _opened(qtbot, fast, answers)
    combo = _rows(page)["substances[0].category"].input.combo
    longest = max(combo.itemText(i) for i in range(combo.count()))
    assert combo.minimumSizeHint().width() < combo.fontMetrics().horizontalAdvance(longest)
    combo.showPopup()
    try:
        assert combo.view().width() >= combo.view().sizeHintForColumn(0)
    finally:
        combo.hidePopup()


# -- 4. Tab goes round the page, never to a scroll area ----------------------------------------------------------
def test_tab_goes_round_to_the_section_list_and_never_stops_on_a_scroll_area(qtbot, fast, shown_messages) -> None:
    _section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    assert focused() is page.section_list
    page.go_to_section(2)
    stops: list[QWidget] = []
    for _ in range(200):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
        if focused() is page.section_list:
            break
    assert stops[-1] is page.section_list, "Tab never reached the list of sections"
    assert stops[-2] is page.finish_button
    assert not [w for w in stops if isinstance(w, QScrollArea)]
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is page.finish_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.section_list
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.views[2].focus_widgets()[0]  # into the section on show


def test_after_finishing_tab_reads_the_flags_then_goes_round(qtbot, fast, shown_messages) -> None:
    _section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()), finish=True)
    assert page.flags_panel.cards and not page.editor.editable
    stops: list[QWidget] = []
    for _ in range(200):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
        if focused() is page.section_list:
            break
    assert stops[-1] is page.section_list and stops[-2] is page.amend_button
    assert [w for w in stops if isinstance(w, QScrollArea)] == [page.flags_panel.scroll]  # shown by a border
    assert not [w for w in stops if isinstance(w, SectionView)]


# -- 5. amendments name the questions ---------------------------------------------------------------------------
def test_an_amendment_shows_each_change_from_old_to_new(qtbot, fast, shown_messages, monkeypatch) -> None:
    _section, page, _profile, _record_id = _opened(qtbot, fast, complete_answers(dt.date.today()), finish=True)
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "Recorded wrongly at the time.")
    tab_to(qtbot, page.amend_button)
    press(qtbot, Qt.Key.Key_Space)
    rows = _rows(page)
    page.go_to_section(_position(page, "health"))
    choose(qtbot, rows["housing"].input.combo, "Hostel or approved premises")
    page.go_to_section(_position(page, "pattern"))
    choose(qtbot, rows["substances[0].category"].input.combo, "Crack cocaine")
    tab_to(qtbot, page.save_amendment_button)
    press(qtbot, Qt.Key.Key_Space)
    text = page.amendments.text.toPlainText()
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0].endswith(": Recorded wrongly at the time.")
    assert sorted(lines[1:]) == ["Housing: Settled → Hostel or approved premises",
                                 "Substance 1 › Substance: Heroin → Crack cocaine"], text
    assert "answers." not in text


def test_changed_paths_read_as_the_form_names_them() -> None:
    from nps_trainer.paths import bundled_screening_dir
    from nps_trainer.ui.screening.amendments_view import changed_name

    form = load_form(bundled_screening_dir() / "nps-screening.yaml")
    assert changed_name("answers.housing", form) == "Housing"
    assert changed_name("answers.substances[1].days_used_28", form) == \
        f"Substance 2 › {form.item('days_used_28').label}"
    assert changed_name("answers.substances", form) == form.item("substances").label
    flag = form.flags[0]
    assert changed_name(f"overrides.{flag.id}.reason", form) == f"Override of the flag '{flag.title}'"
    assert changed_name("answers.no_such_item", form) == "no_such_item"  # from an older form version
    assert changed_name("answers.housing", None) == "answers.housing"


# -- 6. the record list's columns fit their dates and headers ----------------------------------------------------
@pytest.mark.parametrize("size", ["normal", "larger"])
def test_record_list_columns_fit_their_dates_and_headers(qtbot, qapp, size: str) -> None:
    font = QFont(qapp.font())
    font.setPointSize(TEXT_SIZES[size])
    qapp.setFont(font)
    moment = dt.datetime(2026, 11, 23, 20, 58, tzinfo=dt.UTC)
    rows = [RecordListRow(i, f"X{i:06d}", "final", moment, moment, None, (), "nps-screening", "1")
            for i in range(10_000)]
    table = RecordTable(lambda flag_id: flag_id)
    qtbot.addWidget(table)
    table.set_rows(rows)
    table.resize(1000, 400)
    table.show()
    qtbot.waitExposed(table)
    cells, header = table.fontMetrics(), table.horizontalHeader().fontMetrics()
    for column in range(len(COLUMNS) - 1):
        texts = [table.cell_text(row, column) for row in range(20)]
        needed = max(cells.horizontalAdvance(text) for text in texts)
        assert table.columnWidth(column) > needed + 6, (COLUMNS[column], table.columnWidth(column), needed)
        assert table.columnWidth(column) > header.horizontalAdvance(COLUMNS[column]) + 6, COLUMNS[column]
    assert local_time(moment) in texts


def test_record_list_columns_follow_a_change_of_text_size(qtbot, qapp) -> None:
    table = RecordTable(lambda flag_id: flag_id)
    qtbot.addWidget(table)
    before = table.columnWidth(2)
    font = QFont(qapp.font())
    font.setPointSize(font.pointSize() * 2)
    table.setFont(font)
    QApplication.processEvents()
    assert table.columnWidth(2) > before * 1.5


# -- 7. unlocking returns to the section in use -----------------------------------------------------------------
def test_unlocking_returns_to_the_section_in_use(qtbot, fast, shown_messages) -> None:
    section, page, _profile, record_id = _opened(qtbot, fast, complete_answers(dt.date.today()))
    health = _position(page, "health")
    page.go_to_section(health)
    section.area.lock()
    assert section.area.currentWidget() is section.area.unlock_page
    unlock(qtbot, section)
    assert section.area.currentWidget() is page and page.editor.opened.id == record_id
    assert page.section_list.currentRow() == health and page.stack.currentWidget() is page.views[health]


def test_changed_values_read_as_the_form_shows_them() -> None:
    from nps_trainer.paths import bundled_screening_dir
    from nps_trainer.screening import FormLibrary
    from nps_trainer.screening_records import AmendmentView
    from nps_trainer.ui.screening.amendments_view import NO_ANSWER, changed_value, describe

    form = FormLibrary.load(bundled_screening_dir()).get("nps-screening", "1")
    assert changed_value("answers.housing", "hostel_ap", form) == "Hostel or approved premises"
    assert changed_value("answers.housing", None, form) == NO_ANSWER
    assert changed_value("answers.substances[0].category", "heroin", form) == "Heroin"
    assert changed_value("answers.no_such_item", 3, form) == "3"  # an item an older form version had
    assert changed_value("overrides.some_flag.reason", "Seen by the GP today", form) == "Seen by the GP today"
    amendment = AmendmentView(dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC), 7, "Typed in the wrong box.",
                              [{"path": "answers.housing", "before": None, "after": "settled"}])
    lines = describe(amendment, lambda _id: "Sam K.", form).splitlines()
    assert lines[0].endswith(", Sam K.: Typed in the wrong box.")
    assert lines[1] == "    Housing: no answer → Settled"
