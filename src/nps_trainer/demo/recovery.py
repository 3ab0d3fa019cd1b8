"""The demo's organisation recovery key, set up by the administrator before any screening is written, so that
every demo record is sealed to it and a manager can try moving a case or resetting a passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:
    from .build import DemoContext

RECOVERY_PREFIX = "recovery key for "


def recovery_passphrase(passphrase: str) -> str:
    """The demo's recovery passphrase: made from the demo profiles' one, so there is one thing to remember."""
    return RECOVERY_PREFIX + passphrase


def add_recovery_key(ctx: DemoContext) -> None:
    from ..recovery import RecoveryService

    service = RecoveryService(ctx.services.database, ctx.services.audit, ctx.services.profiles, ctx.kdf)
    service.set_up(ctx.administrator.profile, recovery_passphrase(ctx.passphrase))
    ctx.say(tr("Recovery key set up by the administrator"))
