"""Training done on another device, from imported statements whose actor is linked to a person here, in the
shape the team records merge with their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from ..storage.database import Database
from ..storage.models import XapiStatement
from . import iris

COUNTED_VERBS = {iris.COMPLETED["id"], iris.PASSED["id"], iris.FAILED["id"], iris.ATTENDED["id"]}


@dataclass(frozen=True)
class ImportedCompletion:
    profile_id: int
    item_type: str  # module | quiz | session
    item_id: str
    date: date
    score: float | None  # percent, for quizzes
    passed: bool | None  # for quizzes
    refresher: bool = False  # a module reviewed again when its refresher was due


def imported_completions(database: Database) -> list[ImportedCompletion]:
    """Modules completed (refreshers included), assessed quizzes passed or failed, and joint sessions
    attended, from imported statements linked to a person, oldest first. Practice attempts do not count."""
    with database.session() as session:
        rows = list(session.execute(
            select(XapiStatement.profile_id, XapiStatement.verb, XapiStatement.object_id, XapiStatement.statement)
            .where(XapiStatement.source == "imported", XapiStatement.profile_id.is_not(None),
                   XapiStatement.verb.in_(COUNTED_VERBS)).order_by(XapiStatement.id)))
    found: list[ImportedCompletion] = []
    for profile_id, verb, object_id, statement in rows:
        item = iris.item_of(object_id)
        when = _date(statement.get("timestamp"))
        if item is None or when is None:
            continue
        item_type, item_id = item
        context = statement.get("context") or {}
        categories = {c.get("id") for c in (context.get("contextActivities") or {}).get("category", [])
                      if isinstance(c, dict)}
        if iris.CATEGORY_PRACTICE in categories:
            continue
        if item_type == "module" and verb == iris.COMPLETED["id"]:
            found.append(ImportedCompletion(profile_id, "module", item_id, when, None, None,
                                            iris.CATEGORY_REFRESHER in categories))
        elif item_type == "quiz" and verb in (iris.PASSED["id"], iris.FAILED["id"]):
            scaled = ((statement.get("result") or {}).get("score") or {}).get("scaled")
            score = round(float(scaled) * 100, 2) if isinstance(scaled, int | float) else None
            found.append(ImportedCompletion(profile_id, "quiz", item_id, when, score, verb == iris.PASSED["id"]))
        elif item_type == "session" and verb == iris.ATTENDED["id"]:
            found.append(ImportedCompletion(profile_id, "session", item_id, when, None, None))
    return found


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC).date()
