"""The organisation's recovery key: making it, and opening its private half with the recovery passphrase.

The key pair is X25519 (:mod:`nps_trainer.identity.sealing`). Its private half is encrypted with a keyring made
from the recovery passphrase exactly as a person's data key is made from theirs (Argon2id, then AES-256-GCM;
:func:`nps_trainer.identity.crypto.create_keyring`), so the database holds only the parameters, the salt, the
wrapped key and the encrypted private half: never the passphrase or the private key in plain.

The key id is the key's *fingerprint*: the first 16 hex digits of the SHA-256 of its public half. Nothing is
sealed to a row whose id is not its public half's fingerprint (``record_keys.is_trusted``), and opening checks
that the private half the passphrase opens belongs to the stored public half, so a public half swapped in the
database is noticed. A whole row replaced (id included) is not: only the fingerprint written down when the key was made
tells it apart.

Wrong recovery passphrases are throttled like sign-in (:func:`nps_trainer.identity.keys.wait_after`), counted
from the audit log: every try is written *before* the passphrase is checked (inside a transaction that locks
the key's row), and the tries since the key was last opened or made are counted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..clock import utcnow
from ..i18n import tr
from ..identity.crypto import (
    DecryptionFailed,
    KdfParams,
    KeyHeader,
    Keyring,
    create_keyring,
    header_columns,
    header_from_columns,
    unlock,
)
from ..identity.keys import SignInThrottled, wait_after
from ..identity.sealing import new_key_pair, public_key_of
from ..screening_records.record_keys import fingerprint
from ..storage.models import AuditEntry, RecoveryKey

log = logging.getLogger(__name__)

OBJECT_TYPE = "recovery_key"
FAILED, THROTTLED = "recovery-passphrase-wrong", "recovery-throttled"
TRIED, OPENED, ALTERED = "recovery-passphrase-tried", "recovery-key-opened", "recovery-key-altered"


def shown(key_id: str) -> str:
    """A fingerprint as people read it out and write it down: ``1a2b 3c4d 5e6f 7a8b``."""
    return " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))


class RecoveryKeyAltered(PermissionError):
    def __init__(self) -> None:
        super().__init__(tr("The recovery key stored in the database does not match its fingerprint: it was "
                            "changed outside NPS Trainer. Nothing was read or changed, and no record is sealed to "
                            "it. Compare the fingerprint on Team → Recovery key with the one written down when the "
                            "key was made, and ask your IT support to check the database."))


class WrongRecoveryPassphrase(ValueError):
    def __init__(self) -> None:
        super().__init__(tr("That is not the recovery passphrase. Nothing was read or changed. Check it with the "
                            "managers who hold it and try again."))


class NoRecoveryKey(LookupError):
    def __init__(self) -> None:
        super().__init__(tr("The organisation has no recovery key yet. A manager sets one up in Team → Recovery "
                            "key; records made or opened after that can be recovered."))


@dataclass(frozen=True)
class OpenedRecoveryKey:
    """The recovery key's private half, unlocked: held in memory for one operation only."""

    key_id: str
    public_key: bytes
    private_key: bytes

    def __repr__(self) -> str:
        return f"OpenedRecoveryKey({self.key_id}, <unlocked>)"


def _private_field(key_id: str) -> tuple[str, str]:
    return f"recovery:{key_id}", "x25519_private_key"


def _header(row: RecoveryKey) -> KeyHeader:
    return header_from_columns(row.kdf, row.salt, row.wrapped_key)


def new_recovery_key(passphrase: str, kdf: KdfParams, created_by: int) -> tuple[RecoveryKey, OpenedRecoveryKey]:
    """A new key pair protected by ``passphrase`` (raises WeakPassphrase with the reason): the row to add, and
    the key opened (to seal records to it, or re-seal them from an old one)."""
    keyring, header = create_keyring(passphrase, kdf=kdf)
    private, public = new_key_pair()
    key_id = fingerprint(public)
    kdf_columns, salt, wrapped_key = header_columns(header)
    record_id, field = _private_field(key_id)
    row = RecoveryKey(key_id=key_id, public_key=public, kdf=kdf_columns, salt=salt, wrapped_key=wrapped_key,
                      private_key_cipher=keyring.encrypt_bytes(private, record_id=record_id, field=field).encode(),
                      created_at=utcnow(), created_by=created_by)
    return row, OpenedRecoveryKey(key_id, public, private)


def open_recovery_key(row: RecoveryKey, passphrase: str, *, repair: bool = False) -> OpenedRecoveryKey:
    """Raises :class:`WrongRecoveryPassphrase` (from the key wrapping's authentication tag), and
    :class:`RecoveryKeyAltered` when the private half the passphrase opens is not the stored public half's, or
    the key id is not the public half's fingerprint. With ``repair`` (replacing the key) a swapped public half
    is allowed when the private half matches the key id: the opened key carries the genuine public half."""
    from ..identity.crypto import WrongPassphrase

    try:
        keyring: Keyring = unlock(passphrase, _header(row))
    except WrongPassphrase:
        raise WrongRecoveryPassphrase() from None
    record_id, field = _private_field(row.key_id)
    try:  # bound to the key id: a row whose id was changed does not open
        private = keyring.decrypt_bytes(bytes(row.private_key_cipher).decode("ascii"), record_id=record_id,
                                        field=field)
        public = public_key_of(private)
    except (DecryptionFailed, ValueError):
        raise RecoveryKeyAltered() from None
    if fingerprint(public) != row.key_id or (public != bytes(row.public_key) and not repair):
        raise RecoveryKeyAltered()
    return OpenedRecoveryKey(row.key_id, public, private)


def failures_in_a_row(session) -> tuple[int, datetime | None]:
    """Tries of the recovery passphrase since the recovery key was last opened or made, and when the last was.
    A try is counted when it starts (so a try running now counts as wrong until it opens the key)."""
    count, last = 0, None
    query = (select(AuditEntry.action, AuditEntry.at).where(AuditEntry.object_type == OBJECT_TYPE)
             .order_by(AuditEntry.id.desc()).limit(64))
    for action, at in session.execute(query):
        if action in (THROTTLED, FAILED, ALTERED):  # a try's outcome: the try itself was counted
            continue
        if action != TRIED:
            break
        count += 1
        last = last or at
    return count, last


class RecoveryThrottled(SignInThrottled):
    """Too many wrong recovery passphrases in a row: the next try must wait."""

    def __init__(self, retry_after: datetime, now: datetime) -> None:
        super().__init__(retry_after, now)
        if self.seconds < 60:
            text = tr("Too many wrong recovery passphrases. Wait %n second(s), then try again.", "", self.seconds)
        else:
            text = tr("Too many wrong recovery passphrases. Wait %n minute(s), then try again.", "",
                      -(-self.seconds // 60))
        self.args = (text,)


def check_not_throttled(session, now: datetime) -> None:
    """Raise :class:`RecoveryThrottled` while the wait earned by earlier wrong recovery passphrases runs."""
    count, last = failures_in_a_row(session)
    wait = wait_after(count)
    if wait and last is not None and last + timedelta(seconds=wait) > now:
        raise RecoveryThrottled(last + timedelta(seconds=wait), now)
