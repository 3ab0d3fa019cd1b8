"""Protection for screening records: passphrase-derived keys, AES-256-GCM fields and a blind index.

Scheme (version 1):

- A random 256-bit *data key* encrypts everything. It is stored wrapped (AES-256-GCM) under a *key-encryption
  key* derived from the passphrase with Argon2id, a random 16-byte salt and stored parameters. Changing the
  passphrase re-wraps the data key; no record needs re-encrypting.
- The wrapping's authentication tag is the passphrase verifier: a wrong passphrase cannot unwrap the key and
  gives :class:`WrongPassphrase`. The KDF parameters are bound in as associated data, so they cannot be
  weakened in the stored header without detection.
- Each field is AES-256-GCM with a fresh 96-bit nonce and associated data naming the record id and field, so a
  ciphertext copied to another record or field fails to decrypt (:class:`DecryptionFailed`).
- Subkeys for encryption and the blind index come from the data key via HKDF-SHA256 with distinct labels.
- The blind index is HMAC-SHA256 of the normalised case reference: equal references give equal index values,
  so storage can filter by exact case reference without decrypting, and without the key the value reveals
  nothing useful.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _json_string
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..i18n import tr

SCHEME_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
TOKEN_PREFIX = "v1."
MIN_PASSPHRASE_LENGTH = 12
MIN_DISTINCT_CHARACTERS = 5
_COMMON = frozenset(
    {
        "password1234",
        "passwordpassword",
        "123456789012",
        "qwertyuiopas",
        "letmeinletmein",
        "probation123",
        "iloveyou1234",
        "changeme1234",
    }
)
_WRAP_LABEL = b"nps-trainer key wrap v1"


class WrongPassphrase(ValueError):
    """The passphrase does not unlock this key store."""

    def __init__(self) -> None:
        super().__init__(tr("That passphrase is not correct for this data. Check it and try again."))


class DecryptionFailed(ValueError):
    """A ciphertext was altered, damaged, or belongs to a different record or field."""


class WeakPassphrase(ValueError):
    """A new passphrase does not meet the minimum rules; the message says why."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. The default follows RFC 9106's second recommendation (t=3, 64 MiB, p=4)."""

    iterations: int = 3
    memory_cost_kib: int = 64 * 1024
    lanes: int = 4

    def to_dict(self) -> dict[str, int]:
        return {"iterations": self.iterations, "memory_cost_kib": self.memory_cost_kib, "lanes": self.lanes}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(int(data["iterations"]), int(data["memory_cost_kib"]), int(data["lanes"]))


DEFAULT_KDF = KdfParams()
FAST_TEST_KDF = KdfParams(iterations=1, memory_cost_kib=8, lanes=1)  # for tests only


@dataclass(frozen=True)
class KeyHeader:
    """Stored in plain to unlock the data key again; nothing in it is usable without the passphrase."""

    kdf: KdfParams
    salt: bytes
    wrapped_key: bytes  # nonce + AES-GCM(ciphertext + tag)
    version: int = SCHEME_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "kdf": {"algorithm": "argon2id", **self.kdf.to_dict()},
            "salt": _b64(self.salt),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeyHeader:
        if int(data.get("version", 0)) != SCHEME_VERSION:
            raise ValueError(f"unsupported key header version {data.get('version')!r}")
        kdf = dict(data["kdf"])
        if kdf.pop("algorithm", "argon2id") != "argon2id":
            raise ValueError("unsupported key derivation algorithm")
        return cls(KdfParams.from_dict(kdf), _unb64(data["salt"]), _unb64(data["wrapped_key"]))


# ---------------------------------------------------------------- passphrases


def header_from_columns(kdf: dict[str, Any], salt: bytes, wrapped_key: bytes) -> KeyHeader:
    """A key header as the database keeps it: the scheme version and KDF parameters as JSON, the salt and the
    wrapped key as bytes (a profile's key row and the recovery key row alike)."""
    data = dict(kdf)
    data["salt"] = _b64(salt)
    data["wrapped_key"] = _b64(wrapped_key)
    return KeyHeader.from_dict(data)


def header_columns(header: KeyHeader) -> tuple[dict[str, Any], bytes, bytes]:
    """``header`` as the database keeps it: (version and KDF parameters, salt, wrapped key)."""
    stored = header.to_dict()
    return {"version": stored["version"], "kdf": stored["kdf"]}, header.salt, header.wrapped_key


def passphrase_problems(passphrase: str) -> list[str]:
    """Reasons a passphrase is too weak (empty when it is acceptable)."""
    problems: list[str] = []
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        problems.append(tr("Use at least {count} characters; three or more random words work well.").format(
            count=MIN_PASSPHRASE_LENGTH))
    if len(set(text.lower())) < MIN_DISTINCT_CHARACTERS:
        problems.append(tr("Use at least {count} different characters.").format(count=MIN_DISTINCT_CHARACTERS))
    if text.lower() in _COMMON:
        problems.append(tr("That passphrase is too common; choose something less predictable."))
    return problems


def check_passphrase(passphrase: str) -> None:
    problems = passphrase_problems(passphrase)
    if problems:
        #: {problems} is one or more of the sentences above, each ending with a full stop
        raise WeakPassphrase(tr("This passphrase is too weak. {problems}").format(problems=" ".join(problems)))


# ---------------------------------------------------------------- key store


def derive_key_encryption_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_cost_kib,
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def _wrap_aad(kdf: KdfParams, salt: bytes) -> bytes:
    return _WRAP_LABEL + json.dumps(kdf.to_dict(), sort_keys=True).encode() + salt


def _wrap(data_key: bytes, passphrase: str, kdf: KdfParams) -> KeyHeader:
    salt = os.urandom(SALT_BYTES)
    kek = derive_key_encryption_key(passphrase, salt, kdf)
    nonce = os.urandom(NONCE_BYTES)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, data_key, _wrap_aad(kdf, salt))
    return KeyHeader(kdf, salt, wrapped)


def create_keyring(passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> tuple[Keyring, KeyHeader]:
    """A new random data key protected by ``passphrase``. Store the header; keep the keyring in memory."""
    check_passphrase(passphrase)
    data_key = AESGCM.generate_key(bit_length=256)
    return Keyring(data_key), _wrap(data_key, passphrase, kdf)


def unlock(passphrase: str, header: KeyHeader, *, derived: bytes | None = None) -> Keyring:
    """The keyring for ``header``; raises :class:`WrongPassphrase` if the passphrase is wrong. ``derived``: the
    key already derived from ``passphrase`` for this header (while it was typed, ``identity.ahead``)."""
    kek = derived if derived is not None else derive_key_encryption_key(passphrase, header.salt, header.kdf)
    nonce, body = header.wrapped_key[:NONCE_BYTES], header.wrapped_key[NONCE_BYTES:]
    try:
        data_key = AESGCM(kek).decrypt(nonce, body, _wrap_aad(header.kdf, header.salt))
    except InvalidTag:
        raise WrongPassphrase() from None
    return Keyring(data_key)


def change_passphrase(header: KeyHeader, old: str, new: str, *, kdf: KdfParams | None = None) -> KeyHeader:
    """A new header for the same data key, protected by ``new``."""
    keyring = unlock(old, header)
    check_passphrase(new)
    return _wrap(keyring._data_key, new, kdf or header.kdf)


# ---------------------------------------------------------------- field encryption and blind index


def normalise_case_reference(reference: str) -> str:
    text = unicodedata.normalize("NFKC", reference)
    return "".join(text.split()).upper()


class Keyring:
    """Unlocked keys. Hold only in memory, for as long as the practitioner is signed in."""

    def __init__(self, data_key: bytes, owner: int | None = None) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("data key must be 32 bytes")
        self._data_key = data_key
        self.owner = owner  # the profile whose key this is, as the key store unlocked it
        self._enc_key = _subkey(data_key, b"nps-trainer field encryption v1")
        self._aead = AESGCM(self._enc_key)  # reused: listing decrypts thousands of case references
        self._index_key = _subkey(data_key, b"nps-trainer blind index v1")

    def __repr__(self) -> str:
        return "Keyring(<unlocked>)"

    @property
    def key_check(self) -> str:
        """A one-way tag of the data key: stored beside a profile's key header, it lets a store refuse a
        keyring that is not that profile's without being able to derive anything from it."""
        return hmac.new(_subkey(self._data_key, b"nps-trainer key check v1"), b"key-check", hashlib.sha256).hexdigest()

    def encrypt_bytes(self, plaintext: bytes, *, record_id: str, field: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, plaintext, _field_aad(record_id, field))
        return TOKEN_PREFIX + _b64(nonce + body)

    def decrypt_bytes(self, token: str, *, record_id: str, field: str) -> bytes:
        if not isinstance(token, str) or not token.startswith(TOKEN_PREFIX):
            raise DecryptionFailed(tr("not an encrypted value from this application"))
        try:
            raw = _unb64(token[len(TOKEN_PREFIX) :])
        except ValueError:
            raise DecryptionFailed(tr("encrypted value is damaged")) from None
        nonce, body = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, body, _field_aad(record_id, field))
        except InvalidTag:
            raise DecryptionFailed(
                tr("cannot decrypt {field} of record {record}: altered, damaged or from another record").format(
                    field=repr(field), record=repr(record_id))
            ) from None

    def encrypt_json(self, value: Any, *, record_id: str, field: str) -> str:
        data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return self.encrypt_bytes(data, record_id=record_id, field=field)

    def decrypt_json(self, token: str, *, record_id: str, field: str) -> Any:
        return json.loads(self.decrypt_bytes(token, record_id=record_id, field=field).decode("utf-8"))

    def blind_index(self, case_reference: str, *, purpose: str = "case_reference") -> str:
        """Hex HMAC-SHA256 of the normalised reference (spaces removed, upper case)."""
        message = purpose.encode() + b"\x00" + normalise_case_reference(case_reference).encode("utf-8")
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()


def _subkey(data_key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=label).derive(data_key)


def _field_aad(record_id: str, field: str) -> bytes:
    """The same bytes as ``json.dumps(["nps-trainer/v1", record_id, field], separators=(",", ":"))``, built
    without a new JSON encoder per call (listing decrypts one field per record)."""
    return ('["nps-trainer/v1",' + _json_string(record_id) + "," + _json_string(field) + "]").encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError("invalid base64") from exc
