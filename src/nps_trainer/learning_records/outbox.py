"""The outbox of learning records: statements written in the same transaction as the event that caused them,
with their UUID fixed then, so a crash neither loses nor duplicates one; sending state; export and import.

States (``xapi_statements.status``): ``waiting`` (to send; ``next_attempt_at`` holds a back-off after a
failure), ``sent`` (the LRS accepted it), ``rejected`` (the LRS refused it: kept with the reason in ``error``,
never sent again unless a manager asks), ``imported`` (read from another device's file: part of the team's
records here, not forwarded — the device that made it sends it itself).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ..clock import utcnow
from ..i18n import tr
from ..storage.database import Database
from ..storage.models import Profile, XapiActorLink, XapiStatement
from .statements import InvalidStatement, Statement, check_statement, timestamp, validate_statement

WAITING, SENT, REJECTED, IMPORTED = "waiting", "sent", "rejected", "imported"
BACKOFF_FIRST_S = 15.0  # after the first failure; doubled after each further one
BACKOFF_MAX_S = 3600.0  # never longer than an hour between tries of a statement
ERROR_CHARS = 2000  # how much of an LRS's reason is kept


class ScreeningStatement(ValueError):
    """Screening records are case records: they never become learning records."""


def enqueue(session: Session, statement: Statement, *, profile_id: int | None) -> str:
    """Add ``statement`` to the outbox inside the caller's transaction and return its id.

    The id (a UUID) is fixed here, once, and stored with the statement: if the transaction commits the
    statement will be sent with that id however often sending is retried; if it rolls back there is nothing
    to send. Raises :class:`InvalidStatement` rather than store something an LRS would refuse."""
    statement.setdefault("id", str(uuid.uuid4()))
    statement.setdefault("timestamp", timestamp(utcnow()))
    validate_statement(statement)
    object_id = str(statement["object"].get("id", ""))
    if "/screening" in object_id:
        raise ScreeningStatement("Screening records never produce learning records.")
    session.add(XapiStatement(statement_id=statement["id"], profile_id=profile_id, verb=statement["verb"]["id"],
                              object_id=object_id[:500], statement=statement, source="local", status=WAITING,
                              attempts=0))
    return statement["id"]


def backoff(attempts: int) -> timedelta:
    """How long to wait before the next try after ``attempts`` failed ones (15 s, 30 s, 1 min … 1 hour)."""
    return timedelta(seconds=min(BACKOFF_FIRST_S * 2 ** max(0, attempts - 1), BACKOFF_MAX_S))


@dataclass(frozen=True)
class OutboxStatus:
    waiting: int = 0
    due: int = 0  # waiting and not held back by a back-off
    sent: int = 0
    rejected: int = 0
    imported: int = 0
    last_sent_at: datetime | None = None
    last_error: str | None = None  # the latest failure, when it came after the latest success
    last_error_at: datetime | None = None
    next_attempt_at: datetime | None = None  # the earliest back-off still running
    last_rejection: str | None = None

    @property
    def local(self) -> int:
        return self.waiting + self.sent + self.rejected


@dataclass(frozen=True)
class Waiting:
    row_id: int
    statement_id: str
    statement: Statement
    attempts: int


@dataclass(frozen=True)
class Rejected:
    statement_id: str
    verb: str
    object_id: str
    profile_id: int | None
    reason: str

    @property
    def what(self) -> str:
        """'completed modules/nps-basics': the verb and the activity below the organisation's IRI."""
        from urllib.parse import unquote

        tail = self.object_id.split("/")
        for marker in ("modules", "quizzes", "joint-sessions"):
            if marker in tail:
                return f"{self.verb.rsplit('/', 1)[-1]} {unquote('/'.join(tail[tail.index(marker):]))}"
        return f"{self.verb.rsplit('/', 1)[-1]} {self.object_id}"


@dataclass
class ImportReport:
    added: int = 0
    already_had: int = 0
    linked: int = 0  # of those added, whose actor is a person here
    unmatched: list[str] = field(default_factory=list)  # account names of actors not yet linked to a person


@dataclass(frozen=True)
class UnmatchedActor:
    """Whose records these may be, for a manager to recognise: the other device's profile id, a name if that
    device sent names, how many records, their dates and the modules, quizzes and sessions they are about."""

    account_name: str
    home_page: str
    display_name: str  # when the other device sent names; otherwise empty
    statements: int
    first: date | None = None
    last: date | None = None
    items: tuple[str, ...] = ()


class ImportProblem(ValueError):
    """The statements file cannot be imported; nothing was added."""


def actor_key(statement: Mapping[str, Any]) -> str | None:
    """The name a statement's actor is linked by: its account name (a profile's uid on the device that made
    it), or its mbox or openid for statements from another tool."""
    agent = statement.get("actor")
    if not isinstance(agent, Mapping):
        return None
    account = agent.get("account")
    if isinstance(account, Mapping) and account.get("name"):
        return str(account["name"])[:200]
    for key in ("mbox", "openid", "mbox_sha1sum"):
        if agent.get(key):
            return str(agent[key])[:200]
    return None


class Outbox:
    """Reading and changing the outbox's state; :func:`enqueue` adds to it."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- state --------------------------------------------------------------------------------------------
    def status(self, now: datetime | None = None) -> OutboxStatus:
        now = now or utcnow()
        with self._db.session() as session:
            counts = dict(session.execute(select(XapiStatement.status, func.count()).group_by(XapiStatement.status))
                          .all())
            waiting = select(XapiStatement).where(XapiStatement.status == WAITING)
            due = session.scalar(select(func.count()).select_from(waiting.where(or_(
                XapiStatement.next_attempt_at.is_(None), XapiStatement.next_attempt_at <= now)).subquery()))
            last_sent = session.scalar(select(func.max(XapiStatement.sent_at)))
            failed = session.execute(
                select(XapiStatement.error, XapiStatement.last_attempt_at)
                .where(XapiStatement.status == WAITING, XapiStatement.error.is_not(None))
                .order_by(XapiStatement.last_attempt_at.desc()).limit(1)).first()
            next_at = session.scalar(select(func.min(XapiStatement.next_attempt_at))
                                     .where(XapiStatement.status == WAITING, XapiStatement.next_attempt_at > now))
            rejection = session.scalar(select(XapiStatement.error).where(XapiStatement.status == REJECTED)
                                       .order_by(XapiStatement.last_attempt_at.desc()).limit(1))
        error, error_at = (failed[0], failed[1]) if failed else (None, None)
        if error_at is not None and last_sent is not None and last_sent > error_at:
            error, error_at = None, None
        return OutboxStatus(waiting=counts.get(WAITING, 0), due=due or 0, sent=counts.get(SENT, 0),
                            rejected=counts.get(REJECTED, 0), imported=counts.get(IMPORTED, 0),
                            last_sent_at=last_sent, last_error=error, last_error_at=error_at,
                            next_attempt_at=next_at, last_rejection=rejection)

    def waiting(self, batch: int = 100, now: datetime | None = None) -> list[Waiting]:
        """Up to ``batch`` statements due to be sent, oldest first (a statement in back-off is not due)."""
        now = now or utcnow()
        with self._db.session() as session:
            rows = session.execute(
                select(XapiStatement.id, XapiStatement.statement_id, XapiStatement.statement, XapiStatement.attempts)
                .where(XapiStatement.status == WAITING,
                       or_(XapiStatement.next_attempt_at.is_(None), XapiStatement.next_attempt_at <= now))
                .order_by(XapiStatement.id).limit(batch))
            return [Waiting(row_id, statement_id, statement, attempts or 0)
                    for row_id, statement_id, statement, attempts in rows]

    def mark_sent(self, row_ids: Sequence[int], now: datetime | None = None) -> None:
        now = now or utcnow()
        with self._db.session() as session:
            for chunk in _chunks(row_ids):
                session.execute(update(XapiStatement)
                                .where(XapiStatement.id.in_(chunk), XapiStatement.status == WAITING)
                                .values(status=SENT, sent_at=now, last_attempt_at=now, next_attempt_at=None,
                                        error=None, attempts=XapiStatement.attempts + 1))

    def mark_rejected(self, row_id: int, reason: str, now: datetime | None = None) -> None:
        """The LRS refused this statement: keep it, with the reason, and do not send it again."""
        now = now or utcnow()
        with self._db.session() as session:
            session.execute(update(XapiStatement).where(XapiStatement.id == row_id)
                            .values(status=REJECTED, error=reason[:ERROR_CHARS], last_attempt_at=now,
                                    next_attempt_at=None, attempts=XapiStatement.attempts + 1))

    def mark_retry(self, row_ids: Sequence[int], error: str, now: datetime | None = None) -> datetime | None:
        """Sending failed for a reason that may pass (network, LRS down): try again after a back-off that
        grows with each statement's failed attempts. Returns the earliest next try."""
        now = now or utcnow()
        earliest: datetime | None = None
        with self._db.session() as session:
            for chunk in _chunks(row_ids):
                for row in session.scalars(select(XapiStatement).where(XapiStatement.id.in_(chunk),
                                                                       XapiStatement.status == WAITING)):
                    row.attempts = (row.attempts or 0) + 1
                    row.last_attempt_at = now
                    row.next_attempt_at = now + backoff(row.attempts)
                    row.error = error[:ERROR_CHARS]
                    earliest = row.next_attempt_at if earliest is None else min(earliest, row.next_attempt_at)
        return earliest

    def end_back_off(self) -> int:
        """Make every waiting statement due now (someone asked to send); rejected ones stay rejected."""
        with self._db.session() as session:
            result = session.execute(update(XapiStatement).where(XapiStatement.status == WAITING,
                                                                 XapiStatement.next_attempt_at.is_not(None))
                                     .values(next_attempt_at=None))
            return result.rowcount or 0

    def send_rejected_again(self) -> int:
        """A manager's choice after fixing the cause: rejected statements wait to be sent again."""
        with self._db.session() as session:
            result = session.execute(update(XapiStatement).where(XapiStatement.status == REJECTED)
                                     .values(status=WAITING, next_attempt_at=None, attempts=0))
            return result.rowcount or 0

    def rejected(self, limit: int = 200) -> list[Rejected]:
        """Rejected statements, newest first."""
        with self._db.session() as session:
            rows = session.execute(select(XapiStatement.statement_id, XapiStatement.verb, XapiStatement.object_id,
                                          XapiStatement.profile_id, XapiStatement.error)
                                   .where(XapiStatement.status == REJECTED)
                                   .order_by(XapiStatement.id.desc()).limit(limit))
            return [Rejected(sid, verb, object_id, profile_id, error or "")
                    for sid, verb, object_id, profile_id, error in rows]

    # -- export ------------------------------------------------------------------------------------------
    def export(self, since: date | None = None) -> list[Statement]:
        """Every statement (made here and imported), oldest first; with ``since``, those whose timestamp is on
        or after that day (UTC)."""
        start = datetime(since.year, since.month, since.day, tzinfo=UTC) if since else None
        with self._db.session() as session:
            rows = session.scalars(select(XapiStatement.statement).order_by(XapiStatement.id))
            statements = list(rows)
        if start is None:
            return statements
        return [s for s in statements if _when(s) is None or _when(s) >= start]

    def write_export(self, path: Path, since: date | None = None) -> int:
        """Write :meth:`export` as a JSON array to ``path`` (owner-only, replaced atomically); the count."""
        from ..atomic import write_text_atomic

        statements = self.export(since)
        write_text_atomic(path, json.dumps(statements, ensure_ascii=False, indent=1))
        path.chmod(0o600)
        return len(statements)

    # -- import ------------------------------------------------------------------------------------------
    def import_file(self, path: Path, now: datetime | None = None) -> ImportReport:
        """Add the statements in a file made by ``nps-trainer xapi export`` (or an LRS): a JSON array of
        statements, an object with ``statements``, or one statement. Every statement is checked first; if any
        is invalid nothing is added. Statements already here (by id) are skipped, so importing the same file
        twice adds nothing. Actors are linked to people here by account name = profile uid, or by a link a
        manager made; the rest are listed in the report."""
        return self.import_statements(read_statements_file(path), now)

    def import_statements(self, statements: Sequence[Statement], now: datetime | None = None) -> ImportReport:
        now = now or utcnow()
        report = ImportReport()
        with self._db.session() as session:
            links = self._links(session)
            ids = [s["id"] for s in statements]
            existing: set[str] = set()
            for chunk in _chunks(ids):
                existing.update(session.scalars(select(XapiStatement.statement_id)
                                                .where(XapiStatement.statement_id.in_(chunk))))
            unmatched: dict[str, None] = {}
            for statement in statements:
                if statement["id"] in existing:
                    report.already_had += 1
                    continue
                existing.add(statement["id"])
                key = actor_key(statement)
                profile_id = links.get(key) if key else None
                if profile_id is None and key:
                    unmatched[key] = None
                else:
                    report.linked += 1
                session.add(XapiStatement(statement_id=statement["id"], profile_id=profile_id,
                                          verb=str(statement["verb"]["id"])[:200],
                                          object_id=str(statement["object"].get("id", ""))[:500],
                                          statement=statement, source="imported", status=IMPORTED, attempts=0,
                                          created_at=now))
                report.added += 1
            report.unmatched = list(unmatched)
        return report

    def _links(self, session: Session) -> dict[str, int]:
        """Account name → profile id: the links managers made, and every profile's own uid."""
        links = {uid: pid for pid, uid in session.execute(select(Profile.id, Profile.uid)) if uid}
        links.update(dict(session.execute(select(XapiActorLink.account_name, XapiActorLink.profile_id)).all()))
        return links

    def unmatched_actors(self) -> list[UnmatchedActor]:
        """Actors of imported statements not yet linked to a person here, with how many statements each."""
        from .iris import item_of

        counts: Counter[str] = Counter()
        details: dict[str, tuple[str, str]] = {}
        days: dict[str, list[date]] = {}
        items: dict[str, dict[tuple[str, str], str]] = {}  # actor → (item type, id) → its title, else its id
        with self._db.session() as session:
            rows = session.scalars(select(XapiStatement.statement).where(XapiStatement.source == "imported",
                                                                         XapiStatement.profile_id.is_(None)))
            for statement in rows:
                key = actor_key(statement)
                if not key:
                    continue
                counts[key] += 1
                agent = statement.get("actor") or {}
                account = agent.get("account") or {}
                details.setdefault(key, (str(account.get("homePage", "")), str(agent.get("name", ""))))
                when = _when(statement)
                if when is not None:
                    days.setdefault(key, []).append(when.date())
                obj = statement.get("object") or {}
                item = item_of(str(obj.get("id", "")))
                if item is not None:
                    names = (obj.get("definition") or {}).get("name") or {}
                    label = next(iter(names.values()), "") if isinstance(names, Mapping) else ""
                    known = items.setdefault(key, {})
                    if item not in known or (label and known[item] == item[1]):
                        known[item] = str(label or item[1])
        return [UnmatchedActor(key, *details[key], counts[key], min(days.get(key) or [None], key=_sortable),
                               max(days.get(key) or [None], key=_sortable), tuple(items.get(key, {}).values()))
                for key in sorted(counts)]

    def link_actor(self, account_name: str, profile_id: int, now: datetime | None = None) -> int:
        """Link an imported actor to a person here; their imported statements become that person's records.
        Returns how many statements were linked."""
        now = now or utcnow()
        with self._db.session() as session:
            if session.get(Profile, profile_id) is None:
                raise LookupError(f"No profile {profile_id}")
            link = session.get(XapiActorLink, account_name)
            if link is None:
                session.add(XapiActorLink(account_name=account_name, profile_id=profile_id, linked_at=now))
            else:
                link.profile_id, link.linked_at = profile_id, now
            linked = 0
            for row in session.scalars(select(XapiStatement).where(XapiStatement.source == "imported")):
                if actor_key(row.statement) == account_name and row.profile_id != profile_id:
                    row.profile_id = profile_id
                    linked += 1
            return linked


def read_statements_file(path: Path) -> list[Statement]:
    """The statements in a file, each checked; :class:`ImportProblem` naming the file and the statement."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportProblem(tr("There is no file {path}.").format(path=path)) from exc
    except OSError as exc:
        raise ImportProblem(tr("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)) \
            from exc
    except UnicodeDecodeError as exc:
        raise ImportProblem(tr("{path} is not a statements file (it is not UTF-8 text).").format(path=path)) from exc
    except json.JSONDecodeError as exc:
        #: {problem} is Python's own description of the JSON error, in English
        raise ImportProblem(tr("{path} is not a statements file: not JSON (line {line}, column {column}: "
                               "{problem}).").format(path=path, line=exc.lineno, column=exc.colno,
                                                     problem=exc.msg)) from exc
    if isinstance(data, Mapping) and isinstance(data.get("statements"), list):
        data = data["statements"]
    elif isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list):
        raise ImportProblem(tr("{path} is not a statements file: it holds neither a statement nor a list of them.")
                            .format(path=path))
    problems: list[str] = []
    for index, statement in enumerate(data, start=1):
        found = check_statement(statement)
        if isinstance(statement, Mapping) and "id" not in statement:
            found.append(tr("id is missing (an imported statement needs its id, so it is never added twice)"))
        if found:
            sid = statement.get("id", tr("no id")) if isinstance(statement, Mapping) else tr("not an object")
            problems.append(tr("statement {number} ({id}): {problems}").format(number=index, id=sid,
                                                                              problems="; ".join(found)))
    if problems:
        shown = problems[:5] + ([tr("… and %n more", "", len(problems) - 5)] if len(problems) > 5 else [])
        raise ImportProblem(tr("{path} was not imported, nothing was added: {problems}").format(
            path=path, problems=" | ".join(shown)))
    return data


def _when(statement: Mapping[str, Any]) -> datetime | None:
    value = statement.get("timestamp")
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _sortable(day: date | None) -> date:
    return day or date.min


def _chunks(values: Sequence[Any] | Iterable[Any], size: int = 500) -> Iterable[list[Any]]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


__all__ = ["IMPORTED", "REJECTED", "SENT", "WAITING", "ImportProblem", "ImportReport", "InvalidStatement", "Outbox",
           "OutboxStatus", "Rejected", "ScreeningStatement", "UnmatchedActor", "Waiting", "actor_key", "backoff",
           "enqueue", "read_statements_file"]
