"""Who is signed in: passphrases, keys and sign-in. Qt-free.

Each person has one passphrase. It signs them in and unlocks their data key, which encrypts their screening
records; their X25519 key pair lets others seal secrets (the certificate-signing key) to them.
"""

from .crypto import Keyring, WeakPassphrase, WrongPassphrase
from .keys import ForeignKeyring, KeyStore, SignInThrottled, require_keyring
from .signin import PassphraseChangeRequired, SignedIn, SignInService

__all__ = ["ForeignKeyring", "KeyStore", "Keyring", "PassphraseChangeRequired", "SignInService", "SignInThrottled",
           "SignedIn", "WeakPassphrase", "WrongPassphrase", "require_keyring"]
