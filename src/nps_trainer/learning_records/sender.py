"""Sending the outbox to the organisation's LRS: HTTP POSTs of statement batches with the standard library,
on a background thread, so the app never waits on the network.

What happens to a batch, by the LRS's answer:

- 200 or 204: every statement in it is sent. (An LRS stores a statement id once, so a batch sent again after
  a crash between sending and recording it is harmless.)
- No answer (network down, LRS stopped, timeout), 401/403 (key or secret refused), 404 (wrong address), 408,
  429, 502, 503, 504: nothing is wrong with the statements; the batch waits with a growing back-off.
- Any other 4xx (400, 409, 413, 422 …): some statement is refused. The batch is split in halves until the
  refused statement is alone; it is marked rejected with the LRS's reason and never retried, the rest are sent.
- 500 and other 5xx: the batch is split the same way; a statement that alone keeps failing is retried with
  back-off and, after :data:`MAX_SERVER_ERRORS` tries, kept as rejected, so it does not hold up the rest.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..clock import utcnow
from ..i18n import tr, tr_noop
from .config import LrsConfig
from .outbox import Outbox, Waiting

log = logging.getLogger(__name__)

XAPI_VERSION = "1.0.3"
BATCH = 100
TIMEOUT_S = 30.0
MAX_SERVER_ERRORS = 8
RETRY_STATUSES = {401, 403, 404, 407, 408, 425, 429, 502, 503, 504}
_ROUNDS = threading.Lock()  # the app's background sender and Send now never POST the same statements at once


@dataclass
class SendReport:
    sent: int = 0
    rejected: int = 0
    waiting: int = 0  # put back to wait after a failure this round
    error: str | None = None  # why sending stopped, if it did

    def add(self, other: SendReport) -> None:
        self.sent += other.sent
        self.rejected += other.rejected
        self.waiting += other.waiting
        self.error = other.error or self.error


class LrsUnavailable(Exception):
    """The LRS could not take the batch for a reason that is not the statements' fault."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: str


def post_statements(config: LrsConfig, statements: Sequence[dict], timeout: float = TIMEOUT_S) -> Answer:
    """POST ``statements`` as one JSON array; the LRS's answer (any HTTP status), or :class:`LrsUnavailable`
    when there is none."""
    body = json.dumps(list(statements), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    credentials = base64.b64encode(f"{config.key}:{config.secret}".encode()).decode("ascii")
    request = urllib.request.Request(config.statements_url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "X-Experience-API-Version": XAPI_VERSION,
        "Authorization": f"Basic {credentials}", "User-Agent": "NPS Trainer"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.status, response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as exc:
        try:
            text = exc.read().decode("utf-8", "replace")
        except OSError:
            text = ""
        return Answer(exc.code, text)
    except (urllib.error.URLError, http.client.HTTPException, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise LrsUnavailable(tr("The learning record store did not answer ({reason}).").format(reason=reason)) \
            from exc


Transport = Callable[[LrsConfig, Sequence[dict]], Answer]


def _describe(answer: Answer) -> str:
    detail = answer.body.strip()
    try:
        parsed = json.loads(detail)
        if isinstance(parsed, dict) and "detail" in parsed:
            detail = json.dumps(parsed["detail"], ensure_ascii=False) if not isinstance(parsed["detail"], str) \
                else parsed["detail"]
    except ValueError:
        pass
    meaning = tr(_MEANINGS[answer.status]) if answer.status in _MEANINGS else ""
    return f"HTTP {answer.status}{f' ({meaning})' if meaning else ''}: {detail[:1500]}".rstrip(": ")


_MEANINGS = {401: tr_noop("the key or secret was refused"), 403: tr_noop("the key may not send statements"),
             404: tr_noop("no xAPI statements resource at this address"),
             409: tr_noop("a different statement has this id"), 413: tr_noop("too large"),
             429: tr_noop("too many requests")}


class Sender:
    """Sends what the outbox holds, batch by batch. :meth:`send_once` is safe to call from any thread; the
    app runs it on a :class:`SenderThread`."""

    def __init__(self, outbox: Outbox, config: Callable[[], LrsConfig], *, batch: int = BATCH,
                 transport: Transport | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.outbox = outbox
        self._config = config
        self.batch = batch
        self._post = transport or post_statements
        self._clock = clock
        self._lock = _ROUNDS  # one round at a time in this process, whichever Sender runs it

    def send_once(self, limit: int | None = None, *, now: bool = False) -> SendReport:
        """Send every statement now due (or up to ``limit``), stopping at the first failure that is not the
        statements' fault (the rest wait for their back-off). ``now``: a person asked to send (Send now, the
        command line), so statements in back-off are tried at once too."""
        report = SendReport()
        config = self._config()
        problem = config.problem()
        if problem:
            report.error = problem
            return report
        with self._lock:
            if now:
                self.outbox.end_back_off()
            done = 0
            while limit is None or done < limit:
                size = self.batch if limit is None else min(self.batch, limit - done)
                batch = self.outbox.waiting(size, self._clock())
                if not batch:
                    break
                round_report = self._deliver(config, batch)
                report.add(round_report)
                done += len(batch)
                if round_report.waiting:
                    break
        return report

    def _deliver(self, config: LrsConfig, batch: list[Waiting]) -> SendReport:
        report = SendReport()
        try:
            answer = self._post(config, [w.statement for w in batch])
        except LrsUnavailable as exc:
            return self._retry(batch, str(exc))
        if answer.status in (200, 204):
            self.outbox.mark_sent([w.row_id for w in batch], self._clock())
            report.sent = len(batch)
            return report
        reason = _describe(answer)
        if answer.status in RETRY_STATUSES:
            return self._retry(batch, tr("The learning record store refused the batch: {reason}").format(
                reason=reason))
        if len(batch) > 1:
            middle = len(batch) // 2
            halves = [batch[:middle], batch[middle:]]
            for index, half in enumerate(halves):
                part = self._deliver(config, half)
                report.add(part)
                if part.waiting and not part.sent and not part.rejected:
                    # Nothing in this half got through: the LRS is failing, not one statement. Stop here.
                    rest = [w for later in halves[index + 1:] for w in later]
                    if rest:
                        report.add(self._retry(rest, part.error or reason))
                    break
            return report
        single = batch[0]
        if answer.status < 500 or single.attempts + 1 >= MAX_SERVER_ERRORS:
            if answer.status < 500:
                refused = tr("Refused by the learning record store: {reason}").format(reason=reason)
            else:
                refused = tr("Refused by the learning record store (failed %n time(s)): {reason}", "",
                             single.attempts + 1).format(reason=reason)
            self.outbox.mark_rejected(single.row_id, refused, self._clock())
            log.warning("LRS rejected statement %s: %s", single.statement_id, reason)
            report.rejected = 1
            return report
        return self._retry(batch, tr("The learning record store failed on this statement: {reason}").format(
            reason=reason))

    def _retry(self, batch: list[Waiting], error: str) -> SendReport:
        self.outbox.mark_retry([w.row_id for w in batch], error, self._clock())
        log.info("Learning records wait: %s", error)
        return SendReport(waiting=len(batch), error=error)


class SenderThread:
    """Runs a :class:`Sender` in the background: a round now, then whenever woken or every ``interval``
    seconds (sooner when a back-off ends). :meth:`stop` ends it within a moment; a round in progress finishes
    its current request (at most its timeout)."""

    def __init__(self, sender: Sender, interval: float = 60.0) -> None:
        self.sender = sender
        self.interval = interval
        self.last_report: SendReport | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="learning-records-sender", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Send now (a new statement, Send now, settings changed)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            delay = self.interval
            try:
                self.last_report = self.sender.send_once()
                status = self.sender.outbox.status()
                if status.next_attempt_at is not None:  # a back-off ends before the next regular round
                    wait = (status.next_attempt_at - utcnow()).total_seconds()
                    delay = max(0.5, min(delay, wait))
            except Exception:  # a database or programming error must not kill the thread silently
                log.exception("Sending learning records failed")
            if self._stop.is_set():
                break
            self._wake.wait(delay)


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass (for the CLI and tests)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
