"""Each profile's screening passphrase: set once, then used to unlock the profile's data key.

The database holds only the key header (Argon2id parameters, salt, and the data key wrapped with the
passphrase-derived key): a copy of the database reveals nothing without the passphrase.
"""

from __future__ import annotations

import base64

from ..audit import AuditLog
from ..screening.crypto import (
    DEFAULT_KDF,
    KdfParams,
    KeyHeader,
    Keyring,
    WrongPassphrase,
    check_passphrase,
    create_keyring,
    unlock,
)
from ..storage.database import Database
from ..storage.models import ProfileKey


def _header(row: ProfileKey) -> KeyHeader:
    data = dict(row.kdf)
    data["salt"] = base64.b64encode(row.salt).decode("ascii")
    data["wrapped_key"] = base64.b64encode(row.verifier).decode("ascii")
    return KeyHeader.from_dict(data)


class KeyStore:
    def __init__(self, database: Database, audit: AuditLog, kdf: KdfParams = DEFAULT_KDF) -> None:
        self._db = database
        self._audit = audit
        self._kdf = kdf

    def has_passphrase(self, profile_id: int) -> bool:
        with self._db.session() as session:
            return session.get(ProfileKey, profile_id) is not None

    def set_passphrase(self, profile_id: int, passphrase: str) -> Keyring:
        """Set the profile's passphrase the first time. Raises WeakPassphrase with the reason."""
        check_passphrase(passphrase)
        keyring, header = create_keyring(passphrase, kdf=self._kdf)
        stored = header.to_dict()
        with self._db.session() as session:
            if session.get(ProfileKey, profile_id) is not None:
                raise ValueError("This profile already has a screening passphrase.")
            session.add(ProfileKey(profile_id=profile_id,
                                   kdf={"version": stored["version"], "kdf": stored["kdf"]},
                                   salt=header.salt, verifier=header.wrapped_key))
            self._audit.write(session, profile_id=profile_id, action="set-passphrase", object_type="profile",
                              object_id=str(profile_id))
        return keyring

    def unlock(self, profile_id: int, passphrase: str) -> Keyring:
        """The profile's keyring. Raises WrongPassphrase, with a clear message, for a wrong passphrase.

        Both outcomes are audited, so that repeated guessing at a profile's passphrase shows in the log."""
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id)
            if row is None:
                raise LookupError("This profile has no screening passphrase yet.")
            header = _header(row)
        try:
            keyring = unlock(passphrase, header)
        except WrongPassphrase:
            self._audit.record(profile_id=profile_id, action="unlock-failed", object_type="profile",
                               object_id=str(profile_id))
            raise
        self._audit.record(profile_id=profile_id, action="unlock", object_type="profile", object_id=str(profile_id))
        return keyring
