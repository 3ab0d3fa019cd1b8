"""Each screening record's own key, sealed to its practitioner and to the organisation's recovery key.

A record's case reference, answers and amendments are encrypted with a random 32-byte *record key* (through a
:class:`~nps_trainer.identity.crypto.Keyring`, with the same record and field binding as before). The record
key is sealed (X25519, :mod:`nps_trainer.identity.sealing`) to the practitioner's public key and, once the
organisation has one, to the recovery key's public half. The seal's purpose names the record id, so a sealed
key copied to another record does not open.

Records made before 0.3 have no sealed key: they are encrypted with the practitioner's data key until they are
converted (:func:`convert_legacy`) at their owner's next listing.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..i18n import tr
from ..identity.crypto import KEY_BYTES, DecryptionFailed, Keyring
from ..identity.sealing import Unsealer, seal
from ..storage.models import RecoveryKey
from ..storage.models import ScreeningRecord as RecordRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordKey:
    """A record's key, unsealed: its raw bytes (to seal it again) and the keyring that uses it."""

    raw: bytes
    keyring: Keyring

    @classmethod
    def new(cls) -> RecordKey:
        raw = os.urandom(KEY_BYTES)
        return cls(raw, Keyring(raw))

    @classmethod
    def of(cls, raw: bytes) -> RecordKey:
        return cls(raw, Keyring(raw))

    def __repr__(self) -> str:
        return "RecordKey(<unsealed>)"


def purpose(record_id: int | str) -> str:
    """What a record key's seal is bound to: this record and nothing else."""
    return f"screening-record-key:{record_id}"


def seal_to(key: RecordKey, public_key: bytes, record_id: int | str) -> bytes:
    return seal(key.raw, public_key, purpose=purpose(record_id))


def open_seal(sealed: bytes, private_key: Unsealer | bytes, record_id: int | str) -> RecordKey:
    """Raises :class:`DecryptionFailed` when the seal was altered or is not to this private key (pass an
    :class:`Unsealer` to open many)."""
    opener = private_key if isinstance(private_key, Unsealer) else Unsealer(private_key)
    raw = opener.unseal(sealed, purpose=purpose(record_id))
    if len(raw) != KEY_BYTES:
        raise DecryptionFailed(tr("the sealed key of record {record} is not a record key").format(record=record_id))
    return RecordKey.of(raw)


def current_recovery_key(session) -> RecoveryKey | None:
    """The organisation's current recovery key (at most one is not retired), or None before one is set up."""
    return session.scalars(select(RecoveryKey).where(RecoveryKey.retired_at.is_(None))
                           .order_by(RecoveryKey.created_at.desc()).limit(1)).first()


def fingerprint(public_key: bytes) -> str:
    """A recovery key's id: the first 16 hex digits of the SHA-256 of its public half."""
    return hashlib.sha256(bytes(public_key)).hexdigest()[:16]


def is_trusted(recovery: RecoveryKey | None) -> bool:
    """True when the recovery key's id is the fingerprint of its public half: a public half swapped in the
    database (keeping the id) is not trusted, and nothing is sealed to it."""
    return recovery is not None and fingerprint(recovery.public_key) == recovery.key_id


def seal_to_recovery(row: RecordRow, key: RecordKey, recovery: RecoveryKey | None) -> bool:
    """Seal ``row``'s key to the recovery key (when there is one it can trust), noting which key it is sealed
    to; False (nothing sealed) when there is none, or its id is not its public half's fingerprint."""
    if recovery is None:
        return False
    if not is_trusted(recovery):
        log.warning("The recovery key %s does not match its fingerprint: nothing is sealed to it", recovery.key_id)
        return False
    row.key_sealed_recovery = seal_to(key, recovery.public_key, row.id)
    row.recovery_key_id = recovery.key_id
    return True


def token(data: bytes | None) -> str:
    return (data or b"").decode("ascii")


def _encrypt(keyring: Keyring, value: Any, record_id: str, field: str) -> bytes:
    return keyring.encrypt_json(value, record_id=record_id, field=field).encode("ascii")


def re_encrypt(row: RecordRow, old: Keyring, amendment_fields) -> RecordKey:
    """Re-encrypt ``row``'s case reference, answers and amendments, now readable with ``old``, under a fresh
    record key (returned, to seal; the caller seals it). ``amendment_fields(amendment)`` gives the field-name
    pairs an amendment may be encrypted under, newest binding first. Raises :class:`DecryptionFailed` (nothing
    changed) when its case reference or answers do not decrypt: a damaged record stays as it is. An amendment
    that no longer decrypts stays as it was: it reads as unreadable, as it did before."""
    rid = str(row.id)
    reference = old.decrypt_json(token(row.case_ref_cipher), record_id=rid, field="case_reference")
    answers = old.decrypt_json(token(row.answers_cipher), record_id=rid, field="answers")
    amendments = []
    for amendment in row.amendments:
        for reason_field, changes_field in amendment_fields(amendment):
            try:
                reason = old.decrypt_json(token(amendment.reason_cipher), record_id=rid, field=reason_field)
                changes = old.decrypt_json(token(amendment.changes_cipher), record_id=rid, field=changes_field)
            except DecryptionFailed:
                continue
            amendments.append((amendment, reason_field, reason, changes_field, changes))
            break
    key = RecordKey.new()
    row.case_ref_cipher = _encrypt(key.keyring, reference, rid, "case_reference")
    row.answers_cipher = _encrypt(key.keyring, answers, rid, "answers")
    for amendment, reason_field, reason, changes_field, changes in amendments:
        amendment.reason_cipher = _encrypt(key.keyring, reason, rid, reason_field)
        amendment.changes_cipher = _encrypt(key.keyring, changes, rid, changes_field)
    return key


def convert_legacy(row: RecordRow, data_keyring: Keyring, owner_public: bytes, recovery: RecoveryKey | None,
                   amendment_fields) -> RecordKey:
    """Move a record encrypted with its owner's data key to a key of its own, sealed to the owner (and the
    recovery key). Raises :class:`DecryptionFailed` (nothing changed) as :func:`re_encrypt`."""
    key = re_encrypt(row, data_keyring, amendment_fields)
    row.key_sealed = seal_to(key, owner_public, row.id)
    seal_to_recovery(row, key, recovery)
    return key
