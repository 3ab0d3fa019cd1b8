"""Signing in: one passphrase per person, which also unlocks their screening keys.

A profile that has no passphrase yet (made before sign-in existed, or by a manager for someone else) sets
one at its next sign-in. An archived profile cannot sign in.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr
from ..profiles import NotAllowed, ProfileInfo, ProfileService
from .crypto import Keyring
from .keys import KeyStore


@dataclass(frozen=True)
class SignedIn:
    """The person signed in, and their unlocked keys (held in memory only while they are signed in)."""

    profile: ProfileInfo
    keyring: Keyring

    @property
    def is_manager(self) -> bool:
        return self.profile.is_manager


class PassphraseChangeRequired(PermissionError):
    """The passphrase was right, but it is a temporary one a manager set: the person must choose their own."""

    def __init__(self) -> None:
        super().__init__("A manager reset this passphrase. Choose a new passphrase of your own now, and enter it "
                         "twice.")


class SignInService:
    def __init__(self, profiles: ProfileService, keys: KeyStore) -> None:
        self._profiles = profiles
        self._keys = keys

    def needs_passphrase(self, profile_id: int) -> bool:
        """True when the profile has not set its passphrase yet (it sets one at sign-in)."""
        return not self._keys.has_passphrase(profile_id)

    def sign_in(self, profile_id: int, passphrase: str, new_passphrase: str | None = None) -> SignedIn:
        """Raises WrongPassphrase, SignInThrottled, NotAllowed (archived) or LookupError (no passphrase yet:
        use :meth:`set_passphrase`). After a manager reset the passphrase, raises PassphraseChangeRequired
        until ``new_passphrase`` (the person's own: WeakPassphrase when too weak) is given with it."""
        from .crypto import check_passphrase

        self._current(profile_id)
        keyring = self._keys.unlock(profile_id, passphrase)
        if self._keys.must_change_passphrase(profile_id):
            if new_passphrase is None:
                raise PassphraseChangeRequired()
            check_passphrase(new_passphrase)
            if new_passphrase.strip() == passphrase.strip():
                raise ValueError(tr("Choose a passphrase of your own, not the temporary one the manager gave you."))
            self._keys.change_passphrase(profile_id, passphrase, new_passphrase)
        self._profiles.mark_used(profile_id)
        return SignedIn(self._current(profile_id), keyring)

    def set_passphrase(self, profile_id: int, passphrase: str, setup_code: str = "") -> SignedIn:
        """Set a profile's first passphrase and sign it in. Raises WeakPassphrase with the reason, or NotAllowed
        when the profile needs a setup code from a manager (one added by a manager, and any manager or
        facilitator unless no manager can sign in yet) and the code is missing or wrong."""
        from .crypto import check_passphrase

        profile = self._current(profile_id)
        check_passphrase(passphrase)  # before a setup code is spent
        rule = self._profiles.first_passphrase_rule(profile)
        if rule == "refused":
            #: {role} is the person's role in lower case, such as "facilitator"
            raise NotAllowed(tr("{name} is a {role}: their first passphrase needs a setup code. Ask a manager for "
                                "one (Team → People → Setup code).").format(name=profile.display_name,
                                                                           role=tr(profile.role_label).lower()))
        if rule == "code":
            self._profiles.use_setup_code(profile_id, setup_code)
        keyring = self._keys.set_passphrase(profile_id, passphrase)
        self._profiles.mark_used(profile_id)
        return SignedIn(self._current(profile_id), keyring)

    def refreshed(self, signed_in: SignedIn) -> SignedIn:
        """The same keys with the profile as it is now (after a rename or a role change)."""
        return SignedIn(self._current(signed_in.profile.id), signed_in.keyring)

    def _current(self, profile_id: int) -> ProfileInfo:
        profile = self._profiles.get(profile_id)
        if profile is None:
            raise LookupError(tr("No profile {id}.").format(id=profile_id))
        if profile.archived:
            raise NotAllowed(tr("{name}'s profile is archived. Ask a manager to restore it.").format(
                name=profile.display_name))
        return profile
