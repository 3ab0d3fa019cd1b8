"""Sealing a secret to a profile's public key, so that only that profile (signed in) can open it.

X25519 key agreement with a fresh ephemeral key, HKDF-SHA256, then AES-256-GCM; the associated data names
what the secret is for, so a sealed value moved to another purpose does not open. Used to share the
organisation's certificate-signing key with each manager without any of them knowing another's passphrase.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..i18n import tr
from .crypto import DecryptionFailed

_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}
_LABEL = b"nps-trainer sealed v1"
NONCE_BYTES = 12


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    return raw_private, private.public_key().public_bytes(**_RAW)


def public_key_of(private_key: bytes) -> bytes:
    """The raw public half of a raw X25519 private key (to check a stored public half belongs to it)."""
    return X25519PrivateKey.from_private_bytes(bytes(private_key)).public_key().public_bytes(**_RAW)


def _key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes, purpose: str) -> bytes:
    info = _LABEL + b"\x00" + purpose.encode("utf-8") + ephemeral_public + recipient_public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def seal(secret: bytes, recipient_public: bytes, *, purpose: str) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(**_RAW)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(NONCE_BYTES)
    body = AESGCM(_key(shared, ephemeral_public, recipient_public, purpose)).encrypt(
        nonce, secret, purpose.encode("utf-8"))
    return ephemeral_public + nonce + body


class Unsealer:
    """Opens secrets sealed to one key pair, its private key parsed once (listing records unseals one key per
    record: this halves the cost of each)."""

    def __init__(self, recipient_private: bytes) -> None:
        self._private = X25519PrivateKey.from_private_bytes(recipient_private)
        self._public = self._private.public_key().public_bytes(**_RAW)

    def __repr__(self) -> str:
        return "Unsealer(<private key>)"

    def unseal(self, sealed: bytes, *, purpose: str) -> bytes:
        ephemeral_public, nonce, body = sealed[:32], sealed[32:32 + NONCE_BYTES], sealed[32 + NONCE_BYTES:]
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            return AESGCM(_key(shared, ephemeral_public, self._public, purpose)).decrypt(
                nonce, body, purpose.encode("utf-8"))
        except (InvalidTag, ValueError):
            raise DecryptionFailed(tr("cannot open the sealed {purpose}: altered or sealed to someone else").format(
                purpose=purpose)) from None


def unseal(sealed: bytes, recipient_private: bytes, *, purpose: str) -> bytes:
    return Unsealer(recipient_private).unseal(sealed, purpose=purpose)
