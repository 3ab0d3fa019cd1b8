"""The passphrase key derived while it is typed (issue 15): handed to sign-in only for exactly the passphrase and
key header it was derived for, never checked ahead, and a wrong passphrase still costs a try and is audited."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore, SignInService, WrongPassphrase
from nps_trainer.identity import ahead as ahead_module
from nps_trainer.identity import crypto as crypto_module
from nps_trainer.identity.ahead import DerivationAhead
from nps_trainer.identity.crypto import FAST_TEST_KDF, KdfParams, KeyHeader, derive_key_encryption_key
from nps_trainer.profiles import ProfileService
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ProfileKey

ALEX = "alex walks the long canal path"


def _header(salt: bytes = b"s" * 16, kdf: KdfParams = FAST_TEST_KDF) -> KeyHeader:
    return KeyHeader(kdf, salt, b"")


class Counting:
    """The real derivation, counted, and (when ``gate`` is set) held until the test lets it go."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.gate: threading.Event | None = None
        self.started = threading.Event()

    def __call__(self, passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
        self.texts.append(passphrase)
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        return derive_key_encryption_key(passphrase, salt, kdf)


def test_the_key_for_the_typed_passphrase_is_handed_over_once() -> None:
    derive = Counting()
    ahead = DerivationAhead(lambda _profile: _header(), derive)
    ahead.offer(1, ALEX)
    assert ahead.wait_idle(10)
    key = ahead.take(1, ALEX, _header())
    assert key == derive_key_encryption_key(ALEX, b"s" * 16, FAST_TEST_KDF)
    assert ahead.take(1, ALEX, _header()) is None  # once only
    assert derive.texts == [ALEX]


@pytest.mark.parametrize("change", ["passphrase", "profile", "salt", "kdf"])
def test_nothing_is_handed_over_for_another_passphrase_profile_or_header(change: str) -> None:
    ahead = DerivationAhead(lambda _profile: _header(), Counting())
    ahead.offer(1, ALEX)
    assert ahead.wait_idle(10)
    profile, text, header = 1, ALEX, _header()
    if change == "passphrase":
        text = ALEX + "!"
    elif change == "profile":
        profile = 2
    elif change == "salt":  # the passphrase was changed elsewhere since the header was read
        header = _header(salt=b"t" * 16)
    else:
        header = _header(kdf=KdfParams(2, 8, 1))
    assert ahead.take(profile, text, header) is None


def test_typing_moves_on_to_the_newest_text_and_stale_results_are_not_kept() -> None:
    derive = Counting()
    derive.gate = threading.Event()
    ahead = DerivationAhead(lambda _profile: _header(), derive, shortest=1)
    ahead.offer(1, "a")
    assert derive.started.wait(10)  # "a" is being derived ...
    for typed in ("al", "ale", ALEX):  # ... while more is typed: only the newest waits its turn
        ahead.offer(1, typed)
    derive.gate.set()
    assert ahead.wait_idle(10)
    assert derive.texts == ["a", ALEX]
    assert ahead.take(1, "a", _header()) is None  # replaced by the newer text
    ahead.offer(1, ALEX)
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX, _header()) is not None


def test_sign_in_waits_for_its_own_passphrase_queued_behind_an_older_text_rather_than_deriving_alongside() -> None:
    """Return pressed while the worker still derives an older text: signing in waits for the worker to derive the
    whole passphrase next (two Argon2id at once take about twice as long each), and an older text that finishes
    after the hand-over is not kept."""
    derive = Counting()
    derive.gate = threading.Event()
    ahead = DerivationAhead(lambda _profile: _header(), derive)
    ahead.offer(1, ALEX[:-1])
    assert derive.started.wait(10)  # the older text is being derived ...
    ahead.offer(1, ALEX)  # ... when the last key is typed, and Return follows at once
    taken: list[bytes | None] = []
    taker = threading.Thread(target=lambda: taken.append(ahead.take(1, ALEX, _header())))
    taker.start()
    taker.join(0.2)
    assert taker.is_alive()  # waiting, not deriving it a second time beside the worker
    derive.gate.set()
    taker.join(10)
    assert taken == [derive_key_encryption_key(ALEX, b"s" * 16, FAST_TEST_KDF)]
    assert derive.texts == [ALEX[:-1], ALEX]
    assert ahead.wait_idle(10) and ahead.take(1, ALEX[:-1], _header()) is None


def test_text_shorter_than_any_passphrase_is_not_derived() -> None:
    derive = Counting()
    ahead = DerivationAhead(lambda _profile: _header(), derive)
    for typed in ("a", "al", "alex walks "):  # 11 characters
        ahead.offer(1, typed)
    assert ahead.wait_idle(10) and derive.texts == []
    ahead.offer(1, "alex walks t")  # 12
    assert ahead.wait_idle(10) and derive.texts == ["alex walks t"]


def test_sign_in_waits_no_longer_than_the_limit_for_a_stalled_worker(monkeypatch) -> None:
    release = threading.Event()

    def stalled(_profile: int) -> KeyHeader:
        release.wait(10)  # a header read held up (a locked database, say)
        return _header()

    monkeypatch.setattr(ahead_module, "LONGEST_WAIT_S", 0.3)
    ahead = DerivationAhead(stalled, Counting())
    ahead.offer(1, ALEX)
    started = time.perf_counter()
    assert ahead.take(1, ALEX, _header()) is None  # signing in derives it itself
    assert time.perf_counter() - started < 2
    release.set()
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX, _header()) is None  # what the stalled worker derived afterwards is not kept


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_worker_that_dies_does_not_stop_later_derivations() -> None:
    calls: list[int] = []

    def header_for(profile_id: int) -> KeyHeader:
        calls.append(profile_id)
        if len(calls) == 1:
            raise KeyboardInterrupt  # not an Exception: ends the worker thread
        return _header()

    ahead = DerivationAhead(header_for, Counting())
    ahead.offer(1, ALEX)
    # Its worker (gone already if it has ended, and then its exception has been reported, within this test).
    dying = [thread for thread in threading.enumerate() if thread.name == "nps-trainer key ahead"]
    assert ahead.wait_idle(10)
    ahead.offer(1, ALEX + "!")
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX + "!", _header()) is not None
    # Ended here, so that threading's hook reports its deliberate exception within this test (where the warning is
    # expected), not in whichever test runs next.
    for thread in dying:
        thread.join(10)
        assert not thread.is_alive()


def test_closed_it_reads_no_more_headers() -> None:
    reads: list[int] = []
    derive = Counting()
    derive.gate = threading.Event()
    ahead = DerivationAhead(lambda profile_id: reads.append(profile_id) or _header(), derive)
    ahead.offer(1, ALEX)
    assert derive.started.wait(10)
    closing = threading.Thread(target=ahead.close, kwargs={"timeout": 5})
    closing.start()
    derive.gate.set()  # the derivation under way ends; close waits for it
    closing.join(10)
    assert not closing.is_alive()
    ahead.offer(1, ALEX + "!")
    assert ahead.wait_idle(10)
    assert reads == [1]  # nothing read after close (the database is closed next)


def test_sign_in_waits_for_the_derivation_of_its_own_passphrase_under_way() -> None:
    derive = Counting()
    derive.gate = threading.Event()
    ahead = DerivationAhead(lambda _profile: _header(), derive)
    ahead.offer(1, ALEX)
    assert derive.started.wait(10)
    taken: list[bytes | None] = []
    taker = threading.Thread(target=lambda: taken.append(ahead.take(1, ALEX, _header())))
    taker.start()
    taker.join(0.2)
    assert taker.is_alive()  # waiting for the key being derived rather than deriving it a second time
    derive.gate.set()
    taker.join(10)
    assert taken == [derive_key_encryption_key(ALEX, b"s" * 16, FAST_TEST_KDF)]
    assert derive.texts == [ALEX]


def test_emptied_text_forgets_and_a_derivation_running_then_is_dropped() -> None:
    derive = Counting()
    derive.gate = threading.Event()
    ahead = DerivationAhead(lambda _profile: _header(), derive)
    ahead.offer(1, ALEX)
    assert derive.started.wait(10)
    ahead.offer(1, "")  # the box was cleared (a wrong passphrase, another profile, signed in)
    derive.gate.set()
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX, _header()) is None


def test_a_profile_without_a_passphrase_or_a_failing_read_derives_nothing(caplog) -> None:
    ahead = DerivationAhead(lambda _profile: None, Counting())
    ahead.offer(1, ALEX)
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX, _header()) is None

    def broken(_profile: int) -> KeyHeader:
        raise OSError("disk gone")

    ahead = DerivationAhead(broken, Counting())
    ahead.offer(1, ALEX)
    assert ahead.wait_idle(10)
    assert ahead.take(1, ALEX, _header()) is None
    assert "signing in derives it" in caplog.text


@pytest.fixture
def keys_and_signin(database_url: str, tmp_path: Path):
    db = open_database(database_url, tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    holder: dict[str, KeyStore] = {}
    ahead = DerivationAhead(lambda profile_id: holder["keys"].header(profile_id))
    keys = holder["keys"] = KeyStore(db, audit, FAST_TEST_KDF, ahead=ahead)
    yield db, audit, profiles, keys, SignInService(profiles, keys), ahead
    db.close()


def test_sign_in_uses_the_key_derived_ahead_and_a_wrong_one_still_costs_a_try(keys_and_signin, monkeypatch) -> None:
    db, audit, profiles, keys, signin, ahead = keys_and_signin
    alex = profiles.create("Alex", "manager")
    signin.set_passphrase(alex.id, ALEX)
    assert keys.header(alex.id).salt == db_salt(db, alex.id)

    derived_at_sign_in: list[str] = []
    real = crypto_module.derive_key_encryption_key

    def counted(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
        if threading.current_thread() is threading.main_thread():
            derived_at_sign_in.append(passphrase)
        return real(passphrase, salt, kdf)

    monkeypatch.setattr(crypto_module, "derive_key_encryption_key", counted)

    ahead.offer(alex.id, "not alex's passphrase at all")
    assert ahead.wait_idle(10)
    with pytest.raises(WrongPassphrase):
        signin.sign_in(alex.id, "not alex's passphrase at all")
    assert derived_at_sign_in == []  # derived ahead: not again
    assert failed_attempts(db, alex.id) == 1  # counted all the same
    assert audit.entries(object_type="profile")[-1].action == "unlock-failed"

    ahead.offer(alex.id, ALEX)
    assert ahead.wait_idle(10)
    signed = signin.sign_in(alex.id, ALEX)
    assert signed.keyring.owner == alex.id
    assert derived_at_sign_in == []
    assert failed_attempts(db, alex.id) == 0

    ahead.offer(alex.id, ALEX[:-1])  # Return pressed before the last key's text was derived: derived then
    assert ahead.wait_idle(10)
    assert signin.sign_in(alex.id, ALEX).keyring.owner == alex.id
    assert derived_at_sign_in == [ALEX]


def test_a_try_refused_while_throttled_keeps_no_key_derived_for_it(keys_and_signin) -> None:
    _db, _audit, profiles, keys, signin, ahead = keys_and_signin
    alex = profiles.create("Alex", "manager")
    signin.set_passphrase(alex.id, ALEX)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            signin.sign_in(alex.id, "a wrong passphrase, long")
    ahead.offer(alex.id, ALEX)
    assert ahead.wait_idle(10)
    from nps_trainer.identity import SignInThrottled

    with pytest.raises(SignInThrottled):
        signin.sign_in(alex.id, ALEX)
    assert ahead.take(alex.id, ALEX, keys.header(alex.id)) is None


def db_salt(db, profile_id: int) -> bytes:
    with db.session() as session:
        return session.get(ProfileKey, profile_id).salt


def failed_attempts(db, profile_id: int) -> int:
    with db.session() as session:
        return session.get(ProfileKey, profile_id).failed_attempts or 0
