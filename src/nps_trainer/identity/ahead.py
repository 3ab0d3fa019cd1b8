"""Deriving the passphrase key while the passphrase is being typed, so that pressing Return does not wait for it.

Argon2id at RFC 9106's second recommended setting takes about 0.1 s, which is most of the wait between Return at
sign-in and the first page (issue 15). It cannot be made cheaper without weakening every screening record's
protection, but it can start earlier: as each character is typed, one worker thread derives the key for the text
as it stands, always moving on to the newest text. By the time Return is pressed the key for the whole passphrase
is usually derived, or being derived.

What this does not change:
- **Nothing is checked here.** Only the key is derived; whether it opens the person's keys is found out at sign-in,
  after the try is counted against the wrong-passphrase limit (``KeyStore.unlock``). So typing reveals nothing,
  and a wrong passphrase costs a try exactly as before.
- **One result is kept**, for the latest text, and handed over once: taken at sign-in, or dropped when the text is
  cleared, another profile is chosen or the app signs in. A derivation for text that has since changed is
  thrown away when it finishes (Argon2id cannot be stopped part-way).

This module is imported at start-up, so it imports nothing heavy: the key derivation (and ``cryptography``) is
loaded on the worker thread.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .crypto import KdfParams, KeyHeader

log = logging.getLogger(__name__)


class _Wanted(NamedTuple):
    profile_id: int
    passphrase: str
    generation: int


class _Derived(NamedTuple):
    profile_id: int
    passphrase: str
    salt: bytes
    kdf: KdfParams
    key: bytes


def _same_text(first: str, second: str) -> bool:
    return hmac.compare_digest(first.encode("utf-8"), second.encode("utf-8"))


#: Text shorter than this is not derived: no passphrase is shorter (identity.crypto.passphrase_problems), so the
#: worker does not spend a derivation on each of the first letters typed.
SHORTEST = 12
#: How long signing in waits for the worker at most, before deriving the key itself.
LONGEST_WAIT_S = 3.0


class DerivationAhead:
    """``offer`` the text typed so far; ``take`` the key for the passphrase at sign-in (or None: derive it then).

    ``header_for(profile_id)`` reads the profile's key header (its salt and Argon2id parameters), or returns None
    when the profile has no passphrase yet; it is called on the worker thread.

    When Return comes while the worker is still deriving an older text, ``take`` waits for the worker to finish it
    and derive the newest text next, rather than deriving it at the same time: Argon2id is memory-bound, and two
    at once take about twice as long each (measured on a 2-core machine: 437 to 569 ms instead of 210)."""

    def __init__(self, header_for: Callable[[int], KeyHeader | None],
                 derive: Callable[[str, bytes, KdfParams], bytes] | None = None, *, shortest: int = SHORTEST) -> None:
        self._header_for = header_for
        self._derive = derive
        self._shortest = shortest
        self._changed = threading.Condition()
        self._generation = 0  # moved on by forget() and take(): a derivation started before it is not kept
        self._wanted: _Wanted | None = None  # the newest text, not yet started
        self._running: _Wanted | None = None
        self._derived: _Derived | None = None
        self._worker: threading.Thread | None = None
        self._closed = False
        self.derivations = 0  # how many keys the worker has derived (for tests and benchmarks)

    def offer(self, profile_id: int, passphrase: str) -> None:
        """The text in the passphrase box has changed: derive its key next (empty text forgets instead)."""
        if not passphrase:
            self.forget()
            return
        with self._changed:
            if self._closed or len(passphrase) < self._shortest:
                self._wanted = None
                return
            if self._running is not None and self._matches(self._running, profile_id, passphrase):
                self._wanted = None  # already being derived
                return
            if self._derived is not None and self._derived.profile_id == profile_id and _same_text(
                    self._derived.passphrase, passphrase):
                self._wanted = None  # already derived
                return
            self._wanted = _Wanted(profile_id, passphrase, self._generation)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="nps-trainer key ahead", daemon=True)
                self._worker.start()

    def take(self, profile_id: int, passphrase: str, header: KeyHeader) -> bytes | None:
        """The key for ``passphrase`` under ``header`` if it has been derived, waiting (at most
        ``LONGEST_WAIT_S``) when it is being derived or is next in line; else None. Whatever was kept or is
        running is dropped either way: a key is handed over only once."""
        with self._changed:
            self._changed.wait_for(lambda: not self._coming(profile_id, passphrase), LONGEST_WAIT_S)
            derived, self._derived = self._derived, None
            self._wanted = None  # signing in derives it itself if need be: nothing more to start
            self._generation += 1  # an older text still being derived is not kept when it ends
            self._changed.notify_all()
        if derived is None or derived.profile_id != profile_id or not _same_text(derived.passphrase, passphrase):
            return None
        if derived.salt != header.salt or derived.kdf != header.kdf:
            return None  # the passphrase was changed (on another computer, say) since the header was read
        return derived.key

    def forget(self) -> None:
        """Drop what was derived and what was waiting; a derivation running now is dropped when it ends."""
        with self._changed:
            self._generation += 1
            self._wanted = None
            self._derived = None
            self._changed.notify_all()

    def close(self, timeout: float = 1.0) -> None:
        """Derive nothing more, and wait (at most ``timeout``) for a derivation under way: the database it reads
        headers from is about to close."""
        with self._changed:
            self._closed = True
        self.forget()
        self.wait_idle(timeout)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """True once nothing is being derived or waiting (for tests and benchmarks)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._running is None and self._wanted is None, timeout)

    def _coming(self, profile_id: int, passphrase: str) -> bool:
        """True while the key for this text is being derived, or is next in line for a worker that is alive."""
        if self._running is not None and self._matches(self._running, profile_id, passphrase):
            return True
        return (self._worker is not None and self._wanted is not None
                and self._matches(self._wanted, profile_id, passphrase))

    def _matches(self, wanted: _Wanted, profile_id: int, passphrase: str) -> bool:
        return (wanted.generation == self._generation and wanted.profile_id == profile_id
                and _same_text(wanted.passphrase, passphrase))

    def _work(self) -> None:
        try:
            while True:
                with self._changed:
                    wanted, self._wanted = self._wanted, None
                    if wanted is None or self._closed:
                        self._worker = None  # under the lock: an offer from now on starts a new worker
                        self._changed.notify_all()
                        return
                    self._running = wanted
                derived = None
                try:
                    derived = self._derive_for(wanted)
                except Exception as exc:  # only a head start: signing in derives the key itself, and reports errors
                    log.warning("Deriving the passphrase key ahead failed (%s); signing in derives it",
                                type(exc).__name__)
                finally:
                    with self._changed:
                        self._running = None
                        if derived is not None and wanted.generation == self._generation:
                            self._derived = derived
                        self._changed.notify_all()
        finally:
            with self._changed:  # whatever ended the loop, a later offer starts a new worker
                if self._worker is threading.current_thread():
                    self._worker = None
                self._running = None
                self._changed.notify_all()

    def _derive_for(self, wanted: _Wanted) -> _Derived | None:
        header = self._header_for(wanted.profile_id)
        if header is None:
            return None
        derive = self._derive
        if derive is None:
            from .crypto import derive_key_encryption_key as derive
        key = derive(wanted.passphrase, header.salt, header.kdf)
        self.derivations += 1
        return _Derived(wanted.profile_id, wanted.passphrase, header.salt, header.kdf, key)
