"""The console's register lock after a manager reset the facilitator's passphrase: it has no boxes for a new
passphrase, so it sends the facilitator to the main window's sign-in (which has them) instead of asking them to
'enter it twice' in boxes that are not there; signing in there unlocks the register."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.recovery import RecoveryService
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.sessions.test_console import opened, start_session

RECOVERY = "four managers hold this one phrase"


def test_a_temporary_passphrase_at_the_console_sends_the_facilitator_to_the_main_window(qtbot,
                                                                                     fast_services) -> None:
    services = fast_services
    manager = make_manager(services)
    facilitator = sign_in(services, make_person(services, "Fran Facilitator", "facilitator", "probation",
                                                acting=manager))
    member = make_person(services, "Priya Profilename", "practitioner", "probation")
    run = opened(qtbot, services, facilitator, start_session(services, facilitator, member))
    run.lock_register()
    recovery = RecoveryService(services.database, services.audit, services.profiles, FAST_TEST_KDF)
    recovery.set_up(manager.profile, RECOVERY)
    temporary = recovery.reset_passphrase(manager.profile, RECOVERY, facilitator.profile.id).temporary_passphrase
    run.console.passphrase.setText(temporary)
    qtbot.mouseClick(run.console.unlock_button, Qt.MouseButton.LeftButton)
    error = run.console.lock_error.text()
    assert run.locked and "main window" in error and "twice" not in error
    assert run.console.passphrase.text() == ""  # the temporary passphrase is not left in the box
    # Choosing their own at the sign-in screen (as the main window's gate does), the register unlocks with it.
    signed = services.signin.sign_in(facilitator.profile.id, temporary, new_passphrase="fran chose her own one")
    run.unlock_register(signed)
    assert not run.locked and run.console.register_stack.currentIndex() == 0
    run.close()
