"""Who is signed in: passphrases, keys and sign-in. Qt-free.

Each person has one passphrase. It signs them in and unlocks their data key, which encrypts their screening
records; their X25519 key pair lets others seal secrets (the certificate-signing key) to them.

The names below are loaded on first use: ``identity.ahead`` is imported while the sign-in screen is shown, and must
not bring ``cryptography`` and the database models with it onto the window's thread.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .crypto import Keyring, WeakPassphrase, WrongPassphrase
    from .keys import ForeignKeyring, KeyStore, SignInThrottled, require_keyring
    from .signin import PassphraseChangeRequired, SignedIn, SignInService

_WHERE = {
    "Keyring": "crypto", "WeakPassphrase": "crypto", "WrongPassphrase": "crypto",
    "ForeignKeyring": "keys", "KeyStore": "keys", "SignInThrottled": "keys", "require_keyring": "keys",
    "PassphraseChangeRequired": "signin", "SignedIn": "signin", "SignInService": "signin",
}

__all__ = ["ForeignKeyring", "KeyStore", "Keyring", "PassphraseChangeRequired", "SignInService", "SignInThrottled",
           "SignedIn", "WeakPassphrase", "WrongPassphrase", "require_keyring"]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
