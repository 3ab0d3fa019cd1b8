"""The Learn section driven as a person would: catalogue, reader, content warnings, links, search, completing
a module with a reflection, and progress that survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.progress.service import ProgressService
from nps_trainer.services import Services, build_services
from nps_trainer.ui.learn import browser as browser_module
from nps_trainer.ui.learn.structured_view import HeadingBlock, StructuredView
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.sections.learn import LearnSection
from tests.ui.helpers import show_active
from tests.ui.learn_content import write_module, write_small_library


def _learn(qtbot, services: Services) -> tuple[MainWindow, LearnSection]:
    window = MainWindow(services)
    show_active(qtbot, window)
    profiles = services.profiles.list()
    profile = profiles[0] if profiles else services.profiles.create("Sam", "practitioner")
    window.use_profile(profile)
    learn = window.show_section("learn")  # the first page after sign-in is Today
    assert isinstance(learn, LearnSection)
    return window, learn


def _row_of(learn: LearnSection, module_id: str) -> int:
    table = learn.catalogue_page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == module_id:
            return row
    raise AssertionError(f"{module_id} not listed")


def _status(learn: LearnSection, module_id: str) -> str:
    return learn.catalogue_page.table.item(_row_of(learn, module_id), 3).text()


def _open_by_keyboard(qtbot, learn: LearnSection, module_id: str) -> None:
    table = learn.catalogue_page.table
    table.setFocus()
    table.setCurrentCell(_row_of(learn, module_id), 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert learn.stack.currentWidget() is learn.reader
    assert learn.reader.module is not None and learn.reader.module.id == module_id


def _read_every_section(learn: LearnSection) -> None:
    """Show each section of the open module in turn (through its content warning), as a reader would."""
    reader = learn.reader
    for position in range(len(reader.module.sections)):
        reader.show_position(position)
        if reader.pages.currentWidget() is reader.warning_panel:
            reader.warning_panel.show_button.click()
        assert reader.position == position and reader.pages.currentWidget() is reader.browser


def _seen(services: Services, profile_id: int, module_id: str) -> list[tuple[str, ...]]:
    return [visit.sections_seen for visit in ProgressService(services.database).visits(profile_id, module_id)]


@pytest.fixture
def small_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write_small_library(folder)
    return folder


@pytest.fixture
def small_services(user_paths: UserPaths, small_content: Path):
    built = build_services(user_paths, content=str(small_content))
    yield built
    built.close()


# -- the whole journey on the bundled content ---------------------------------------------------------------
def test_read_by_keyboard_complete_with_reflection_and_restart(qtbot, user_paths: UserPaths) -> None:
    first = build_services(user_paths)
    window, learn = _learn(qtbot, first)
    profile_id = learn.profile.id
    assert learn.catalogue_page.table.rowCount() >= 10
    assert _status(learn, "what-are-nps") == "Not started"

    _open_by_keyboard(qtbot, learn, "what-are-nps")
    reader = learn.reader
    module = reader.module
    assert reader.position == -1 and reader.position_label.text() == "Overview"
    assert not reader.previous_button.isEnabled()
    assert _seen(first, profile_id, module.id) == [()]

    qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    if reader.pages.currentWidget() is reader.warning_panel:
        qtbot.mouseClick(reader.warning_panel.show_button, Qt.MouseButton.LeftButton)
    assert reader.position == 0
    assert module.sections[0].title in reader.browser.toPlainText()
    assert _seen(first, profile_id, module.id) == [(module.sections[0].anchor,)]

    last = len(module.sections) - 1
    while reader.position < last:
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        if reader.pages.currentWidget() is reader.warning_panel:
            qtbot.mouseClick(reader.warning_panel.show_button, Qt.MouseButton.LeftButton)
    assert _seen(first, profile_id, module.id) == [tuple(s.anchor for s in module.sections)]
    assert reader.complete_button.isVisible()

    qtbot.mouseClick(reader.complete_button, Qt.MouseButton.LeftButton)
    assert learn.stack.currentWidget() is learn.reflection
    notices = " ".join(label.text() for label in learn.reflection.findChildren(QLabel))
    assert "not encrypted" in notices and "case references" in notices  # reflections are plain: say so
    qtbot.keyClicks(learn.reflection.learnt_edit, "NPS change quickly.")
    qtbot.keyClicks(learn.reflection.use_edit, "Ask about them every time.")
    qtbot.mouseClick(learn.reflection.save_button, Qt.MouseButton.LeftButton)
    assert learn.stack.currentWidget() is learn.catalogue_page
    assert _status(learn, "what-are-nps") == "Completed"
    assert "Completed: " in learn.catalogue_page.status_note.text()
    visits = ProgressService(first.database).visits(profile_id, module.id)
    assert visits[0].ended_at is not None
    window.close()
    first.close()

    again = build_services(user_paths)
    try:
        _window, learn = _learn(qtbot, again)
        assert _status(learn, "what-are-nps") == "Completed"
        summary = ProgressService(again.database).summary(profile_id, "what-are-nps")
        assert summary.reflection_learnt == "NPS change quickly."
        assert summary.reflection_use == "Ask about them every time."
    finally:
        _window.close()
        again.close()


def test_search_finds_a_word_from_a_module_body_and_opens_that_section(qtbot, services) -> None:
    _window, learn = _learn(qtbot, services)
    page = learn.catalogue_page
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "nitazenes")
    assert page.views.currentWidget() is page.results
    assert page.results.count() > 1
    first = page.results.item(0)
    assert "nitazene" in first.text().casefold()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.results.hasFocus()
    target = page.results.currentItem()
    module_id = target.data(Qt.ItemDataRole.UserRole)
    anchor = target.data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert learn.reader.module.id == module_id
    expected = learn.reader.module.section_index(anchor) if anchor else -1
    assert learn.reader.position == expected

    learn.reader.back_button.click()
    page.search_edit.setText("zzqqxx")
    assert page.results.count() == 1 and "No module mentions" in page.results.item(0).text()
    page.search_edit.clear()
    assert page.views.currentWidget() is page.table


def test_text_size_setting_changes_the_rendered_font_size(qtbot, services) -> None:
    _window, learn = _learn(qtbot, services)
    learn.open_module("what-are-nps")
    services.settings.text_size = "small"
    learn.activate()
    small = _heading_size(learn.reader.browser)
    services.settings.text_size = "larger"
    learn.activate()
    larger = _heading_size(learn.reader.browser)
    assert small == pytest.approx(10 * 1.7)
    assert larger == pytest.approx(17 * 1.7)
    assert learn.reader.base_pt == 17


def _heading_size(view: StructuredView) -> float:
    """The point size the page's title (its level 1 heading) is shown at."""
    found = [block for block in view.blocks if isinstance(block, HeadingBlock) and block.heading_level == 1]
    assert found
    return found[0].font().pointSizeF()


def test_every_input_has_an_accessible_name(qtbot, services) -> None:
    _window, learn = _learn(qtbot, services)
    learn.open_module("overdose-response", "why-overdose-response-matters-in-probation")
    for child in learn.findChildren(QWidget):
        if isinstance(child.parent(), QComboBox | QLineEdit):
            continue
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and type(child).__name__ not in {"QScrollBar"}:
            assert child.accessibleName(), f"{type(child).__name__} has no accessible name"


def test_screenshots_of_the_catalogue_and_reader(qtbot, services, tmp_path: Path) -> None:
    window, learn = _learn(qtbot, services)
    assert window.grab().save(str(tmp_path / "learn-catalogue.png"))
    learn.open_module("overdose-response", "cpr-and-the-recovery-position")
    assert window.grab().save(str(tmp_path / "learn-reader.png"))


# -- a small content folder of our own ----------------------------------------------------------------------
def test_broken_module_is_listed_as_unavailable_while_others_load(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    page = learn.catalogue_page
    assert page.table.rowCount() == 2
    assert [page.table.item(r, 0).text() for r in range(2)] == ["Alpha basics", "Beta follow-up"]
    assert page.table.item(0, 2).text() == "7"
    assert page.unavailable_note.isVisible()
    text = page.unavailable_note.text()
    assert "Gamma (gamma.md)" in text and "missing 'version'" in text and "more" in text


def test_empty_content_folder_says_no_modules_yet(qtbot, user_paths, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    built = build_services(user_paths, content=str(empty))
    try:
        _window, learn = _learn(qtbot, built)
        page = learn.catalogue_page
        assert page.views.currentWidget() is page.empty_note
        assert "No modules installed yet" in page.empty_note.text()
        assert not page.unavailable_note.isVisible()
    finally:
        _window.close()
        built.close()


def test_content_warning_comes_first_and_skip_passes_the_section(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    reader = learn.reader
    learn.open_module("alpha")
    reader.next()
    assert reader.position == 0
    reader.next()
    assert reader.pages.currentWidget() is reader.warning_panel
    assert "Describes a fatal overdose." in reader.warning_panel.warning_label.text()
    assert "Hard stories" in reader.toc.item(2).text() and "content warning" in reader.toc.item(2).text()
    assert reader.warning_panel.show_button.hasFocus()
    qtbot.keyClick(reader.warning_panel, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # S&kip
    qtbot.waitUntil(lambda: reader.pages.currentWidget() is reader.browser)  # mnemonics animate the click
    assert reader.position == 2
    assert _seen(small_services, learn.profile.id, "alpha") == [("first-steps", "wider-reading")]

    reader.previous()
    assert reader.pages.currentWidget() is reader.warning_panel
    qtbot.keyClick(reader.warning_panel, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Show
    qtbot.waitUntil(lambda: reader.pages.currentWidget() is reader.browser)
    assert "A difficult account" in reader.browser.toPlainText()
    assert _seen(small_services, learn.profile.id, "alpha")[0][-1] == "hard-stories"


def test_resume_at_the_last_section_even_after_a_killed_process(qtbot, user_paths, small_content) -> None:
    first = build_services(user_paths, content=str(small_content))
    _window, learn = _learn(qtbot, first)
    learn.open_module("beta")
    learn.reader.toc.setFocus()
    learn.reader.toc.setCurrentRow(2)
    qtbot.keyClick(learn.reader.toc, Qt.Key.Key_Return)
    assert learn.reader.position == 1
    assert _status(learn, "beta") == "Not started"  # the list refreshes when the reader is left
    learn.reader.back_button.click()
    assert _status(learn, "beta") == "In progress (50%)"
    learn.open_module("beta")
    assert learn.reader.position == 1
    assert "The detail lives here." in learn.reader.browser.toPlainText()
    # No shutdown and no end of visit: as if the process were killed.
    first.close()

    again = build_services(user_paths, content=str(small_content))
    try:
        _window2, learn = _learn(qtbot, again)
        assert _status(learn, "beta") == "In progress (50%)"
        learn.open_module("beta")
        assert learn.reader.position == 1
        visits = ProgressService(again.database).visits(learn.profile.id, "beta")
        assert [v.ended_at is None for v in visits] == [False, True, True]  # the last is still open
    finally:
        _window2.close()
        again.close()


def test_a_minor_update_keeps_the_completion_and_a_major_one_makes_a_refresher_due(qtbot, user_paths,
                                                                                   small_content) -> None:
    services = build_services(user_paths, content=str(small_content))
    try:
        _window, learn = _learn(qtbot, services)
        learn.open_module("alpha")
        _read_every_section(learn)
        learn.reader.complete_button.click()
        learn.reflection.save_button.click()
        assert _status(learn, "alpha") == "Completed"

        write_small_library(small_content, version="1.1")  # a correction
        learn.activate()
        assert _status(learn, "alpha") == "Completed · minor update since"
        write_small_library(small_content, version="2.0")  # changed in substance
        learn.activate()
        assert _status(learn, "alpha") == "Refresher due · the module has changed"
        assert _status(learn, "beta") == "Not started"
    finally:
        _window.close()
        services.close()


def test_module_link_opens_the_other_module_at_its_section(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    learn.open_module("alpha", "first-steps")
    html = learn.reader.browser.toHtml()
    assert "nps-module://beta#beta-detail" in html
    learn.reader.browser.anchorClicked.emit(QUrl("nps-module://beta#beta-detail"))
    assert learn.reader.module.id == "beta"
    assert learn.reader.position == 1
    progress = ProgressService(small_services.database)
    assert progress.visits(learn.profile.id, "alpha")[0].ended_at is not None
    assert progress.visits(learn.profile.id, "beta")[0].sections_seen == ("beta-detail",)

    learn.reader.browser.anchorClicked.emit(QUrl("nps-module://beta#beta-intro"))  # same module
    assert learn.reader.position == 0
    assert len(progress.visits(learn.profile.id, "beta")) == 1


def test_external_link_opens_only_after_confirmation(qtbot, small_services, monkeypatch) -> None:
    from nps_trainer.ui import messages

    opened: list[str] = []
    answers = [False, True]
    asked: list[str] = []

    def confirm(_parent, title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(browser_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    _window, learn = _learn(qtbot, small_services)
    learn.open_module("alpha", "wider-reading")
    view = learn.reader.browser
    view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the link
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(asked) == 1 and "justiceinspectorates.gov.uk" in asked[0]
    assert opened == []
    view.anchorClicked.emit(QUrl("https://www.justiceinspectorates.gov.uk/hmiprobation/"))
    assert opened == ["https://www.justiceinspectorates.gov.uk/hmiprobation/"]
    assert learn.reader.module.id == "alpha" and learn.reader.position == 2


def test_about_shows_sources_version_and_review_date(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    learn.open_module("beta")
    qtbot.keyClick(learn.reader, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # About this &module
    qtbot.waitUntil(lambda: learn.reader.position == learn.reader.about_position)
    text = learn.reader.browser.toPlainText()
    assert "Version 1.0" in text and "1 June 2026" in text
    assert "A joint thematic inspection" in text
    assert learn.reader.complete_button.isVisible()


def test_unknown_module_link_warns(qtbot, small_services, shown_messages) -> None:
    _window, learn = _learn(qtbot, small_services)
    learn.open_module("alpha")
    learn.reader.browser.anchorClicked.emit(QUrl("nps-module://gamma"))
    assert shown_messages and shown_messages[0][1] == "Module not available"
    assert learn.reader.module.id == "alpha"


def test_shutdown_ends_the_visit(qtbot, small_services) -> None:
    window, learn = _learn(qtbot, small_services)
    learn.open_module("beta")
    window.close()
    visits = ProgressService(small_services.database).visits(learn.profile.id, "beta")
    assert visits[0].ended_at is not None


def test_write_module_helper_makes_a_valid_module(tmp_path: Path) -> None:
    from nps_trainer.content import load_catalogue

    write_module(tmp_path, "solo", "Solo", {"One": "Text."})
    assert load_catalogue(tmp_path / "modules").ids() == ["solo"]


def _mnemonics(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy() is not None):
            keys.append(widget.text())
    return [text[text.index("&") + 1].lower() for text in keys if "&" in text]


def test_mnemonics_do_not_clash_on_any_page(qtbot, small_services) -> None:
    window, learn = _learn(qtbot, small_services)
    for show in (lambda: None, lambda: learn.open_module("alpha", "first-steps"),
                 lambda: learn.reader.show_position(1), lambda: _read_every_section(learn),
                 lambda: learn.reader.complete_button.click()):
        show()
        keys = _mnemonics(window)
        assert len(keys) == len(set(keys)), keys


def test_back_to_modules_by_keyboard_selects_the_module_read(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    learn.open_module("beta", "beta-detail")
    qtbot.keyClick(learn.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert learn.reader.position == 0
    qtbot.keyClick(learn.reader, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: learn.stack.currentWidget() is learn.catalogue_page)
    assert learn.catalogue_page.current_module_id() == "beta"
    assert learn.catalogue_page.table.hasFocus()


def _reflection_typed(qtbot, learn: LearnSection, module_id: str = "alpha") -> None:
    learn.open_module(module_id)
    _read_every_section(learn)
    learn.reader.complete_button.click()
    assert learn.stack.currentWidget() is learn.reflection
    qtbot.keyClicks(learn.reflection.learnt_edit, "Ask early.")


def test_switching_profile_with_an_unsaved_reflection_asks_before_discarding_it(qtbot, small_services,
                                                                                shown_messages) -> None:
    window, learn = _learn(qtbot, small_services)
    _reflection_typed(qtbot, learn)
    window.switch_action.trigger()  # the fixture answers yes: discard
    assert [(kind, title) for kind, title, _text in shown_messages] == [("confirm", "Discard your reflection?")]
    assert "Alpha" in shown_messages[0][2] and "not saved" in shown_messages[0][2]
    assert window.stack.currentWidget() is window.gate
    summary = ProgressService(small_services.database).summary(learn.profile.id, "alpha")
    assert summary is None or (summary.reflection_learnt is None and summary.completed_at is None)


def test_answering_no_keeps_the_reflection_and_shows_it(qtbot, small_services, shown_messages, monkeypatch) -> None:
    from nps_trainer.ui import messages

    window, learn = _learn(qtbot, small_services)
    _reflection_typed(qtbot, learn)
    window.show_section("progress")  # the question brings Learn back into view

    def say_no(_parent, title: str, text: str) -> bool:
        shown_messages.append(("confirm", title, text))
        assert window.current_section() is learn
        return False

    monkeypatch.setattr(messages, "confirm", say_no)
    window.switch_action.trigger()
    assert [title for _kind, title, _text in shown_messages] == ["Discard your reflection?"]
    assert window.stack.currentWidget() is window.workspace and window.current_section() is learn
    assert learn.stack.currentWidget() is learn.reflection
    assert learn.reflection.learnt_edit.toPlainText() == "Ask early."


def test_quitting_with_an_unsaved_reflection_asks_first(qtbot, small_services, monkeypatch) -> None:
    from nps_trainer.ui import messages

    window, learn = _learn(qtbot, small_services)
    _reflection_typed(qtbot, learn)
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t: asked.append(title) or answers.pop(0))
    window.close()
    assert window.isVisible() and learn.reflection.learnt_edit.toPlainText() == "Ask early."
    window.close()
    assert not window.isVisible()
    assert asked == ["Discard your reflection?", "Discard your reflection?"]


def test_leaving_an_untouched_reflection_page_does_not_ask(qtbot, small_services, shown_messages) -> None:
    window, learn = _learn(qtbot, small_services)
    learn.open_module("alpha")
    _read_every_section(learn)
    learn.reader.complete_button.click()
    assert learn.stack.currentWidget() is learn.reflection
    assert learn.can_leave()
    learn.reflection.learnt_edit.setPlainText("Changed")
    learn.reflection.learnt_edit.setPlainText("")  # typed and rubbed out: nothing to lose
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.gate
    assert shown_messages == []


# -- 'Read more' from a quiz while a reflection is being written ---------------------------------------------
def _reflection_then_read_more(qtbot, window: MainWindow, learn: LearnSection) -> None:
    """Type a reflection on overdose-response, go to Quizzes, start a practice attempt and follow 'Read more'."""
    learn.open_module("overdose-response")
    _read_every_section(learn)
    learn.reader.complete_button.click()
    assert learn.stack.currentWidget() is learn.reflection
    qtbot.keyClicks(learn.reflection.learnt_edit, "Typed for ten minutes.")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Today, Learn, Quizzes
    quizzes = window.current_section()
    assert quizzes is window.pages["quizzes"]
    quizzes.open_quiz("overdose-response")
    quizzes.start_attempt("practice")
    quizzes.question_page.read_more.emit("overdose-response", "recognising-an-opioid-overdose")


def test_read_more_from_a_quiz_asks_before_discarding_a_reflection_and_no_keeps_it(qtbot, services,
                                                                                   monkeypatch) -> None:
    from nps_trainer.ui import messages

    window, learn = _learn(qtbot, services)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t: asked.append(title) or False)
    _reflection_then_read_more(qtbot, window, learn)
    assert asked == ["Discard your reflection?"]
    assert window.current_section() is learn and learn.stack.currentWidget() is learn.reflection
    assert learn.reflection.learnt_edit.toPlainText() == "Typed for ten minutes."
    assert learn.reflection.learnt_edit.hasFocus()
    summary = ProgressService(services.database).summary(learn.profile.id, "overdose-response")
    assert summary.completed_at is None


def test_read_more_from_a_quiz_opens_the_section_once_the_reflection_is_discarded(qtbot, services,
                                                                                  shown_messages) -> None:
    window, learn = _learn(qtbot, services)
    _reflection_then_read_more(qtbot, window, learn)  # the fixture answers yes: discard
    assert [title for _kind, title, _text in shown_messages] == ["Discard your reflection?"]
    assert window.current_section() is learn and learn.stack.currentWidget() is learn.reader
    assert learn.reader.position == learn.reader.module.section_index("recognising-an-opioid-overdose")


# -- Return presses the focused button ------------------------------------------------------------------------
def test_return_presses_the_focused_button_in_the_reader_and_reflection(qtbot, small_services) -> None:
    _window, learn = _learn(qtbot, small_services)
    reader = learn.reader
    learn.open_module("alpha", "first-steps")
    reader.next_button.setFocus()
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Return)  # Next → the content warning
    assert reader.pages.currentWidget() is reader.warning_panel and reader.warning_panel.show_button.hasFocus()
    qtbot.keyClick(reader.warning_panel.show_button, Qt.Key.Key_Return)  # Show this section
    assert reader.pages.currentWidget() is reader.browser and reader.position == 1
    reader.show_position(2)
    reader.show_position(3)
    reader.complete_button.setFocus()
    qtbot.keyClick(reader.complete_button, Qt.Key.Key_Return)  # Complete module…
    assert learn.stack.currentWidget() is learn.reflection
    qtbot.keyClicks(learn.reflection.learnt_edit, "One")
    qtbot.keyClick(learn.reflection.learnt_edit, Qt.Key.Key_Return)  # a new line, not Save
    qtbot.keyClicks(learn.reflection.learnt_edit, "Two")
    assert learn.stack.currentWidget() is learn.reflection
    assert learn.reflection.learnt_edit.toPlainText() == "One\nTwo"
    learn.reflection.save_button.setFocus()
    qtbot.keyClick(learn.reflection.save_button, Qt.Key.Key_Return)  # Save and complete
    assert learn.stack.currentWidget() is learn.catalogue_page
    assert ProgressService(small_services.database).summary(learn.profile.id, "alpha").reflection_learnt == "One\nTwo"
    learn.open_module("beta")
    reader.back_button.setFocus()
    qtbot.keyClick(reader.back_button, Qt.Key.Key_Return)  # Back to modules
    assert learn.stack.currentWidget() is learn.catalogue_page


# -- completing needs every section read -----------------------------------------------------------------------
def test_complete_with_sections_unread_says_which_by_title_and_completes_nothing(qtbot, small_services,
                                                                                 shown_messages) -> None:
    window, learn = _learn(qtbot, small_services)
    reader = learn.reader
    learn.open_module("alpha", "first-steps")
    reader.show_position(3)  # two of four sections viewed
    reader.complete_button.setFocus()
    qtbot.keyClick(reader.complete_button, Qt.Key.Key_Return)  # Complete module…
    assert learn.stack.currentWidget() is learn.reader  # not the reflection page
    [(kind, title, text)] = shown_messages
    assert (kind, title) == ("inform", "Sections still unread")
    assert "“Alpha basics” is not complete yet: 2 of 4 sections are still unread" in text
    assert "• 2. Hard stories\n• 3. Wider reading" in text
    note = reader.unread_note
    assert note.isVisible() and note.accessibleName() == note.text()
    assert note.text().startswith("Still unread (2 sections): 2. Hard stories; 3. Wider reading.")
    assert reader.complete_button.hasFocus()
    summary = ProgressService(small_services.database).summary(learn.profile.id, "alpha")
    assert summary.completed_at is None and summary.progress == 0.5

    reader.show_position(2)  # reading one of them: the note keeps count
    assert note.text().startswith("Still unread (1 section): 2. Hard stories.")
    reader.back_button.click()
    assert _status(learn, "alpha") == "In progress (75%)"
    progress = window.show_section("progress")
    table = progress.modules_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Alpha basics")
    assert [table.item(row, c).text() for c in (1, 2)] == ["In progress", "3 of 4"]

    window.show_section("learn")
    learn.open_module("alpha", "hard-stories")
    assert not reader.unread_note.isVisible()  # a fresh visit starts without the note
    reader.warning_panel.show_button.click()
    reader.complete_button.click()
    assert learn.stack.currentWidget() is learn.reflection and len(shown_messages) == 1
    learn.reflection.save_button.click()
    assert _status(learn, "alpha") == "Completed"
    window.show_section("progress")
    assert [table.item(row, c).text() for c in (1, 2)] == ["Completed", "4 of 4"]
