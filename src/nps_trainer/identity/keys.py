"""Each profile's passphrase: set once, then used to sign in and to unlock the profile's data key.

The database holds only the key header (Argon2id parameters, salt, and the data key wrapped with the
passphrase-derived key), a one-way tag of the data key, and the profile's X25519 public key (its private half
encrypted with the data key): a copy of the database reveals nothing without the passphrase.

Wrong passphrases are counted per profile: after ``FREE_ATTEMPTS`` the next try must wait, twice as long after
each further failure, so guessing at a passphrase is slow. Every attempt is audited.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..audit import AuditLog
from ..clock import utcnow
from ..i18n import tr
from ..storage.database import Database
from ..storage.models import ProfileKey
from .crypto import (
    DEFAULT_KDF,
    KdfParams,
    KeyHeader,
    Keyring,
    WrongPassphrase,
    change_passphrase,
    check_passphrase,
    create_keyring,
    header_columns,
    header_from_columns,
    unlock,
)
from .sealing import new_key_pair

if TYPE_CHECKING:
    from .ahead import DerivationAhead

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 30
LONGEST_WAIT_SECONDS = 15 * 60


class ForeignKeyring(PermissionError):
    """A keyring used for a profile it does not belong to."""

    def __init__(self) -> None:
        super().__init__(tr("These keys do not belong to this profile: nothing was read or changed."))


class SignInThrottled(PermissionError):
    """Too many wrong passphrases: the next try must wait."""

    def __init__(self, retry_after: datetime, now: datetime) -> None:
        self.retry_after = retry_after
        self.seconds = max(1, math.ceil((retry_after - now).total_seconds()))
        super().__init__(_wait_message(self.seconds))


def _wait_message(seconds: int) -> str:
    if seconds < 60:
        return tr("Too many wrong passphrases for this profile. Wait %n second(s), then try again.", "", seconds)
    minutes = math.ceil(seconds / 60)
    return tr("Too many wrong passphrases for this profile. Wait %n minute(s), then try again.", "", minutes)


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row (0: no wait)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS))


def _header(row: ProfileKey) -> KeyHeader:
    return header_from_columns(row.kdf, row.salt, row.verifier)


def _store_header(row: ProfileKey, header: KeyHeader) -> None:
    row.kdf, row.salt, row.verifier = header_columns(header)


def _private_key_field(profile_id: int) -> tuple[str, str]:
    return f"profile:{profile_id}", "x25519_private_key"


def install_keys(row: ProfileKey, header: KeyHeader, keyring: Keyring) -> None:
    """Give a profile's key row a new passphrase-wrapped data key (``header``, ``keyring``) and a new X25519 key
    pair whose private half that key encrypts: a first passphrase, or a reset through the recovery key."""
    _store_header(row, header)
    row.key_check = keyring.key_check
    _add_key_pair(row, keyring)


def _add_key_pair(row: ProfileKey, keyring: Keyring) -> None:
    private, public = new_key_pair()
    record_id, field = _private_key_field(row.profile_id)
    row.public_key = public
    row.private_key_cipher = keyring.encrypt_bytes(private, record_id=record_id, field=field).encode("ascii")


def require_keyring(session, profile_id: int, keyring: Keyring) -> None:
    """Raise :class:`ForeignKeyring` unless ``keyring`` is ``profile_id``'s own (checked against the stored tag
    of its data key, inside the caller's transaction)."""
    row = session.get(ProfileKey, profile_id)
    if row is None or row.key_check is None or keyring.owner != profile_id or row.key_check != keyring.key_check:
        raise ForeignKeyring()


class KeyStore:
    def __init__(self, database: Database, audit: AuditLog, kdf: KdfParams = DEFAULT_KDF,
                 ahead: DerivationAhead | None = None) -> None:
        """``ahead``: where keys derived while a passphrase was typed wait for ``unlock``."""
        self._db = database
        self._audit = audit
        self._kdf = kdf
        self.ahead = ahead

    def _forget_ahead(self) -> None:
        if self.ahead is not None:
            self.ahead.forget()

    def header(self, profile_id: int) -> KeyHeader | None:
        """The profile's key header (salt and Argon2id parameters, with the wrapped key), read only; None when the
        profile has no passphrase yet."""
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id)
            return _header(row) if row is not None else None

    def has_passphrase(self, profile_id: int) -> bool:
        with self._db.session() as session:
            return session.get(ProfileKey, profile_id) is not None

    def set_passphrase(self, profile_id: int, passphrase: str) -> Keyring:
        """Set the profile's passphrase the first time. Raises WeakPassphrase with the reason."""
        check_passphrase(passphrase)
        keyring, header = create_keyring(passphrase, kdf=self._kdf)
        keyring.owner = profile_id
        with self._db.session() as session:
            if session.get(ProfileKey, profile_id, with_for_update=True) is not None:
                raise ValueError(tr("This profile already has a passphrase."))
            row = ProfileKey(profile_id=profile_id, failed_attempts=0)
            install_keys(row, header, keyring)
            session.add(row)
            self._audit.write(session, profile_id=profile_id, action="set-passphrase", object_type="profile",
                              object_id=str(profile_id))
        return keyring

    def unlock(self, profile_id: int, passphrase: str) -> Keyring:
        """The profile's keyring. Raises WrongPassphrase for a wrong passphrase, SignInThrottled while a wait
        after several wrong ones is running (the passphrase is then not even tried).

        Each try is counted as a failure, and the wait it would earn set, in one locked transaction BEFORE the
        passphrase is checked; a right passphrase then clears the count. So tries made in parallel (several
        processes at once) are throttled like tries made one after another. Every outcome is audited."""
        now = utcnow()
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id, with_for_update=True)
            if row is None:
                self._forget_ahead()
                raise LookupError(tr("This profile has no passphrase yet."))
            retry_after = row.retry_after
            if retry_after is None or retry_after <= now:
                row.failed_attempts = (row.failed_attempts or 0) + 1
                wait = wait_after(row.failed_attempts)
                row.retry_after = now + timedelta(seconds=wait) if wait else None
                failures = row.failed_attempts
            header = _header(row)
        if retry_after is not None and retry_after > now:
            self._forget_ahead()  # not tried: a key derived for it is not kept either
            self._audit.record(profile_id=profile_id, action="unlock-throttled", object_type="profile",
                               object_id=str(profile_id))
            raise SignInThrottled(retry_after, now)
        derived = self.ahead.take(profile_id, passphrase, header) if self.ahead is not None else None
        try:
            keyring = unlock(passphrase, header, derived=derived)
        except WrongPassphrase:
            self._audit.record(profile_id=profile_id, action="unlock-failed", object_type="profile",
                               object_id=str(profile_id), detail=f"{failures} in a row")
            raise
        keyring.owner = profile_id
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id, with_for_update=True)
            row.failed_attempts = 0
            row.retry_after = None
            if row.key_check is None:  # a key set before 0.2: tag it now
                row.key_check = keyring.key_check
            if row.public_key is None:
                _add_key_pair(row, keyring)
            self._audit.write(session, profile_id=profile_id, action="unlock", object_type="profile",
                              object_id=str(profile_id))
        return keyring

    def retry_after(self, profile_id: int) -> datetime | None:
        """When the next try is allowed, if a wait is running."""
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id)
            if row is None or row.retry_after is None or row.retry_after <= utcnow():
                return None
            return row.retry_after

    def change_passphrase(self, profile_id: int, old: str, new: str) -> None:
        """Re-wrap the profile's data key under a new passphrase; no record needs re-encrypting. Clears the
        need to choose one after a manager's reset."""
        keyring = self.unlock(profile_id, old)
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id, with_for_update=True)
            _store_header(row, change_passphrase(_header(row), old, new, kdf=self._kdf))
            row.must_change_passphrase = False
            self._audit.write(session, profile_id=profile_id, action="change-passphrase", object_type="profile",
                              object_id=str(profile_id))
        del keyring

    def must_change_passphrase(self, profile_id: int) -> bool:
        """True after a manager reset the passphrase through the recovery key, until the person chooses theirs."""
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id)
            return bool(row is not None and row.must_change_passphrase)

    def public_key(self, profile_id: int) -> bytes | None:
        with self._db.session() as session:
            row = session.get(ProfileKey, profile_id)
            return row.public_key if row is not None else None

    def private_key(self, keyring: Keyring) -> bytes:
        """The signed-in profile's X25519 private key (to open what was sealed to it)."""
        if keyring.owner is None:
            raise ForeignKeyring()
        with self._db.session() as session:
            require_keyring(session, keyring.owner, keyring)
            row = session.get(ProfileKey, keyring.owner)
            record_id, field = _private_key_field(keyring.owner)
            return keyring.decrypt_bytes(row.private_key_cipher.decode("ascii"), record_id=record_id, field=field)
