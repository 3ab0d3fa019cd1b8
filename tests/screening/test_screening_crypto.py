"""Passphrase-derived keys, AES-GCM field encryption with bound associated data, and the blind index."""

from __future__ import annotations

import base64
import json

import pytest

from nps_trainer.identity.crypto import (
    FAST_TEST_KDF,
    DecryptionFailed,
    KdfParams,
    KeyHeader,
    WeakPassphrase,
    WrongPassphrase,
    change_passphrase,
    check_passphrase,
    create_keyring,
    passphrase_problems,
    unlock,
)

GOOD = "correct horse battery staple"


@pytest.fixture(scope="module")
def pair():
    return create_keyring(GOOD, kdf=FAST_TEST_KDF)


def test_round_trip(pair) -> None:
    keyring, _ = pair
    payload = {"answers": {"housing": "settled", "notes": "Café visit – ok"}, "n": [1, 2]}
    token = keyring.encrypt_json(payload, record_id="r1", field="answers")
    assert token.startswith("v1.") and "settled" not in token
    assert keyring.decrypt_json(token, record_id="r1", field="answers") == payload
    assert keyring.encrypt_json(payload, record_id="r1", field="answers") != token  # fresh nonce


def test_header_round_trip_and_unlock(pair) -> None:
    keyring, header = pair
    stored = json.loads(json.dumps(header.to_dict()))
    assert stored["kdf"] == {"algorithm": "argon2id", "iterations": 1, "memory_cost_kib": 8, "lanes": 1}
    again = unlock(GOOD, KeyHeader.from_dict(stored))
    token = keyring.encrypt_json("x", record_id="r", field="f")
    assert again.decrypt_json(token, record_id="r", field="f") == "x"


def test_wrong_passphrase(pair) -> None:
    _, header = pair
    with pytest.raises(WrongPassphrase, match="not correct"):
        unlock("correct horse battery stapler", header)


def test_weakened_kdf_parameters_are_detected(pair) -> None:
    _, header = pair
    tampered = KeyHeader(KdfParams(1, 16, 1), header.salt, header.wrapped_key)
    with pytest.raises(WrongPassphrase):
        unlock(GOOD, tampered)


@pytest.mark.parametrize("where", [3, 20, -1])
def test_tampered_ciphertext_fails(pair, where: int) -> None:
    keyring, _ = pair
    token = keyring.encrypt_json({"a": 1}, record_id="r1", field="answers")
    raw = bytearray(base64.urlsafe_b64decode(token[3:]))
    raw[where] ^= 0x01
    bad = "v1." + base64.urlsafe_b64encode(bytes(raw)).decode()
    with pytest.raises(DecryptionFailed):
        keyring.decrypt_json(bad, record_id="r1", field="answers")


def test_associated_data_binds_record_and_field(pair) -> None:
    keyring, _ = pair
    token = keyring.encrypt_json({"a": 1}, record_id="r1", field="answers")
    with pytest.raises(DecryptionFailed):
        keyring.decrypt_json(token, record_id="r2", field="answers")
    with pytest.raises(DecryptionFailed):
        keyring.decrypt_json(token, record_id="r1", field="overrides")
    with pytest.raises(DecryptionFailed):
        keyring.decrypt_json("not a token", record_id="r1", field="answers")


def test_other_keyring_cannot_decrypt(pair) -> None:
    keyring, _ = pair
    other, _ = create_keyring(GOOD, kdf=FAST_TEST_KDF)
    token = keyring.encrypt_json(1, record_id="r", field="f")
    with pytest.raises(DecryptionFailed):
        other.decrypt_json(token, record_id="r", field="f")


def test_blind_index(pair) -> None:
    keyring, header = pair
    a = keyring.blind_index("X123456")
    assert a == keyring.blind_index(" x123 456 ")  # normalised: spaces and case
    assert a != keyring.blind_index("X123457")
    assert len(a) == 64 and "X123456" not in a
    assert unlock(GOOD, header).blind_index("X123456") == a  # stable across unlocks
    other, _ = create_keyring(GOOD, kdf=FAST_TEST_KDF)
    assert other.blind_index("X123456") != a  # keyed, not a plain hash
    assert keyring.blind_index("X123456", purpose="other") != a


def test_change_passphrase_keeps_data(pair) -> None:
    keyring, header = pair
    token = keyring.encrypt_json({"k": "v"}, record_id="r", field="f")
    new_header = change_passphrase(header, GOOD, "another long pass phrase")
    assert unlock("another long pass phrase", new_header).decrypt_json(token, record_id="r", field="f") == {"k": "v"}
    with pytest.raises(WrongPassphrase):
        unlock(GOOD, new_header)
    with pytest.raises(WrongPassphrase):
        change_passphrase(header, "wrong wrong wrong", "another long pass phrase")


@pytest.mark.parametrize(
    ("passphrase", "fragment"),
    [("short", "at least 12 characters"), ("aaaaaaaaaaaaaaaa", "different characters"),
     ("password1234", "too common"), ("   ", "at least 12")],
)
def test_weak_passphrases_rejected(passphrase: str, fragment: str) -> None:
    with pytest.raises(WeakPassphrase, match=fragment):
        check_passphrase(passphrase)
    with pytest.raises(WeakPassphrase):
        create_keyring(passphrase, kdf=FAST_TEST_KDF)


def test_good_passphrase_accepted() -> None:
    assert passphrase_problems(GOOD) == []


def test_default_kdf_is_strong() -> None:
    default = KdfParams()
    assert default.memory_cost_kib >= 64 * 1024 and default.iterations >= 3
