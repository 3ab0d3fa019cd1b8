"""Shared helpers for the team tests: making people and signing them in quickly.

Use :func:`make_person` for every profile a test needs and :func:`sign_in` to get a :class:`SignedIn` for one.
Both work on real services (SQLite or PostgreSQL); the key store is swapped for one with a fast key
derivation the first time a helper needs it, so sign-in costs milliseconds instead of seconds.
"""

from __future__ import annotations

from nps_trainer.identity import KeyStore, SignedIn
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.profiles import ProfileInfo
from nps_trainer.services import Services

PASSPHRASE = "a long test passphrase"

# Cached services that hold the key store: dropped when it is replaced so they are rebuilt with the fast one.
_USES_KEYS = ("signin", "certificates")


def use_fast_keys(services: Services) -> None:
    """Make ``services.keys`` use the fast test key derivation (once; later calls change nothing)."""
    current = services.__dict__.get("keys")
    if isinstance(current, KeyStore) and current._kdf == FAST_TEST_KDF:
        return
    services.__dict__["keys"] = KeyStore(services.database, services.audit, FAST_TEST_KDF)
    for name in _USES_KEYS:
        services.__dict__.pop(name, None)


def make_person(services: Services, name: str, role: str = "practitioner", organisation: str | None = None,
                team: str = "", acting: ProfileInfo | SignedIn | None = None) -> ProfileInfo:
    """Make a profile. A manager or facilitator after the first profile needs ``acting`` (a manager's profile
    or SignedIn), as in the app."""
    if isinstance(acting, SignedIn):
        acting = acting.profile
    return services.profiles.create(name, role, organisation=organisation, team=team, acting=acting)


def sign_in(services: Services, profile: ProfileInfo, passphrase: str = PASSPHRASE) -> SignedIn:
    """Sign ``profile`` in, setting its passphrase first if it has none (fast key derivation)."""
    use_fast_keys(services)
    if services.signin.needs_passphrase(profile.id):
        # The key store directly, as a test fixture: the sign-in screen's rules (setup codes for people a
        # manager added) are tested on their own.
        services.keys.set_passphrase(profile.id, passphrase)
    return services.signin.sign_in(profile.id, passphrase)


def make_manager(services: Services, name: str = "Morgan Manager", organisation: str = "probation",
                 team: str = "", acting: ProfileInfo | SignedIn | None = None) -> SignedIn:
    """Make a manager and sign them in. The first profile on a database needs no ``acting``."""
    return sign_in(services, make_person(services, name, "manager", organisation, team, acting))
