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
    assert window.signed_in is not None and window.current_section() is window.pages["today"]


def test_signing_in_makes_only_the_section_shown_and_the_others_when_wanted(qtbot, fast_services) -> None:
    window = _window(qtbot, fast_services)
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    pages = window.pages
    assert list(pages) == ["today", "learn", "quizzes", "screening", "progress"]
    assert [pages.is_made(key) for key in pages] == [True, False, False, False, False]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        "Today", "Learn", "Quizzes", "Screening", "Progress"]  # titles without making the sections
    window.nav.setCurrentRow(2)  # as a click or Ctrl+3 does
    quizzes = pages["quizzes"]
    assert pages.is_made("quizzes") and window.current_section() is quizzes and quizzes.isVisible()
    assert window.section_stack.count() == 5 and window.section_stack.currentIndex() == 2
    assert "screening" in pages and not pages.is_made("screening")  # asking whether it exists does not make it
    progress = pages["progress"]  # asked for by key (as Learn asks for Quizzes): made, not shown
    assert pages.is_made("progress") and window.current_section() is quizzes and not progress.isVisible()
    window.nav.setCurrentRow(4)
    assert window.current_section() is progress and progress.isVisible()


def test_signing_out_and_in_again_starts_from_nothing_made(qtbot, fast_services) -> None:
    window = _window(qtbot, fast_services)
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    window.nav.setCurrentRow(3)
    assert window.pages.is_made("screening")
    window.switch_action.trigger()  # File > Sign out
    assert window.stack.currentWidget() is window.gate
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert [window.pages.is_made(key) for key in window.pages] == [True, False, False, False, False]


def test_the_first_section_is_made_while_the_passphrase_is_checked_on_another_thread(qtbot, fast_services,
                                                                                     monkeypatch) -> None:
    import threading

    from nps_trainer.ui.today import TodaySection

    window = _window(qtbot, fast_services)
    seen: list[tuple[str, object]] = []
    check = fast_services.signin.sign_in

    def sign_in(profile_id: int, passphrase: str):
        seen.append(("check", threading.current_thread() is threading.main_thread()))
        return check(profile_id, passphrase)

    monkeypatch.setattr(fast_services.signin, "sign_in", sign_in)
    made: list[TodaySection] = []
    activate = TodaySection.activate

    def activated(page: TodaySection) -> None:
        made.append(page)
        seen.append(("loaded", "before sign-in" if window.signed_in is None else "after"))
        activate(page)

    monkeypatch.setattr(TodaySection, "activate", activated)
    qtbot.keyClicks(window.gate.passphrase, PAT)
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    # The check ran off the GUI thread; the Today page was made and loaded before the person was signed in...
    assert sorted(seen) == [("check", False), ("loaded", "before sign-in")]
    # ...and that same page is the one shown, loaded once, not made or loaded again.
    today = window.pages["today"]
    assert made == [today] and window.current_section() is today and today.isVisible()
    assert window._prepared is None
    assert today.cards.isVisible() and today.buttons


def test_a_wrong_passphrase_drops_the_page_made_meanwhile_and_shows_nothing(qtbot, fast_services,
                                                                            shown_messages) -> None:
    window = _window(qtbot, fast_services)
    dropped: list[object] = []
    window.gate.preparing.connect(dropped.append)
    qtbot.keyClicks(window.gate.passphrase, "not pat's passphrase at all")
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert [p.display_name if p is not None else None for p in dropped] == ["Pat", None]
    assert window._prepared is None and window.signed_in is None
    assert window.stack.currentWidget() is window.gate and len(window.pages) == 0
    assert shown_messages and "not Pat's passphrase" in shown_messages[-1][2]
    qtbot.keyClicks(window.gate.passphrase, PAT)  # the right one next: made again, and shown
    qtbot.keyClick(window.gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is not None and window.current_section() is window.pages["today"]


def test_the_key_is_derived_while_the_passphrase_is_typed_and_not_again_at_return(qtbot, fast_services, shown_messages,
                                                                                  monkeypatch) -> None:
    """Argon2id runs on a worker as each key is typed; Return then only checks the key and counts the try. A wrong
    passphrase typed the same way is refused and counted as before, and its key is not kept."""
    import threading

    from nps_trainer.identity import crypto

    window = _window(qtbot, fast_services)
    gate, ahead = window.gate, fast_services.key_ahead
    on_the_window_thread: list[str] = []
    real = crypto.derive_key_encryption_key

    def derive(passphrase: str, salt: bytes, kdf) -> bytes:
        if threading.current_thread() is threading.main_thread():
            on_the_window_thread.append(passphrase)
        return real(passphrase, salt, kdf)

    monkeypatch.setattr(crypto, "derive_key_encryption_key", derive)
    qtbot.keyClicks(gate.passphrase, "not pat at all, no")
    assert ahead.wait_idle(10) and ahead.derivations >= 1
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is None and gate.passphrase.text() == ""  # refused, and the box emptied
    assert [kind for kind, _title, _text in shown_messages] == ["warn"]
    assert on_the_window_thread == []
    assert ahead.take(gate.selected_profile().id, "not pat at all, no", fast_services.keys.header(
        gate.selected_profile().id)) is None  # emptying the box forgot it

    qtbot.keyClicks(gate.passphrase, PAT)
    assert ahead.wait_idle(10)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    assert window.signed_in is not None and window.current_section() is window.pages["today"]
    assert on_the_window_thread == []  # the sign-in used the key derived as Pat typed
    assert fast_services.audit.entries(object_type="profile")[-1].action == "unlock"
