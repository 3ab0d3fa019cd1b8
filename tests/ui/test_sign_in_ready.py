"""Signing in quickly: the window gets ready while the passphrase is typed, and makes only the section it shows.

How fast is measured in benchmarks/bench_sign_in.py; these tests check the mechanics that make it fast, and that
a section made later works as one made at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from nps_trainer.ui.assigned_panel import module_cache, paths_cache, quiz_cache
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active

PAT = "pat sails small boats at dawn"


def _window(qtbot, services) -> MainWindow:
    pat = services.profiles.create("Pat", "practitioner")
    services.signin.set_passphrase(pat.id, PAT)
    services.settings.last_profile_id = pat.id
    window = MainWindow(services)
    window.resize(1280, 860)
    show_active(qtbot, window)
    return window


def test_typing_a_passphrase_warms_up_and_start_up_does_not(qtbot, fast_services) -> None:
    window = _window(qtbot, fast_services)
    assert not window.warm_up.started  # nothing extra at start: a start-up that is not signed in stays light
    qtbot.keyClicks(window.gate.passphrase, PAT[:3])
    assert window.warm_up.started
    window.warm_up.wait(30)
    content = fast_services.config.content_dir
    # The content caches the first sections read are filled, and hold what a fresh read gives.
    assert module_cache()._library is not None and module_cache().load(content) is module_cache()._library
    assert quiz_cache()._library is not None and quiz_cache().load(content) is quiz_cache()._library
    assert paths_cache().load(content) is paths_cache().load(content)
    assert fast_services.database.engine_loaded
    qtbot.keyClicks(window.gate.passphrase, PAT[3:])
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is not None and window.current_section() is window.pages["learn"]


def test_signing_in_makes_only_the_section_shown_and_the_others_when_wanted(qtbot, fast_services) -> None:
    window = _window(qtbot, fast_services)
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    pages = window.pages
    assert list(pages) == ["learn", "quizzes", "screening", "progress"]
    assert [pages.is_made(key) for key in pages] == [True, False, False, False]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        "Learn", "Quizzes", "Screening", "Progress"]  # titles without making the sections
    window.nav.setCurrentRow(1)  # as a click or Ctrl+2 does
    quizzes = pages["quizzes"]
    assert pages.is_made("quizzes") and window.current_section() is quizzes and quizzes.isVisible()
    assert window.section_stack.count() == 4 and window.section_stack.currentIndex() == 1
    assert "screening" in pages and not pages.is_made("screening")  # asking whether it exists does not make it
    progress = pages["progress"]  # asked for by key (as Learn asks for Quizzes): made, not shown
    assert pages.is_made("progress") and window.current_section() is quizzes and not progress.isVisible()
    window.nav.setCurrentRow(3)
    assert window.current_section() is progress and progress.isVisible()


def test_signing_out_and_in_again_starts_from_nothing_made(qtbot, fast_services) -> None:
    window = _window(qtbot, fast_services)
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    window.nav.setCurrentRow(2)
    assert window.pages.is_made("screening")
    window.switch_action.trigger()  # File > Sign out
    assert window.stack.currentWidget() is window.gate
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert [window.pages.is_made(key) for key in window.pages] == [True, False, False, False]
