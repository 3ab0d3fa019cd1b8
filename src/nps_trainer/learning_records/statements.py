"""xAPI 1.0.3 statements as plain dicts: one builder per learning event, and :func:`validate_statement`, which
checks the rules of the specification these statements (and imported ones) rely on.

Builders leave out ``id``: :func:`.outbox.enqueue` fixes it when the statement is written, in the event's own
transaction. ``actor`` comes from :func:`actor`: an account on the organisation's IRI named by the profile's
stable id, never an email address, and a display name only when the organisation turned that on.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..i18n import tr
from . import iris

Statement = dict[str, Any]

INTERACTION_TYPES = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing",
                     "likert", "numeric", "other"}
QUESTION_INTERACTIONS = {"single-choice": "choice", "multiple-response": "choice", "true-false": "true-false",
                         "ordering": "sequencing", "matching": "matching", "short-answer": "fill-in",
                         "numerical": "numeric", "scenario": "other"}
LANGUAGE = "en-GB"


# -- parts ----------------------------------------------------------------------------------------------------
def actor(organisation_iri: str, profile_uid: str, display_name: str | None = None) -> dict[str, Any]:
    """The learner as an account: ``homePage`` is the organisation's IRI, ``name`` the profile's stable id.
    ``display_name`` is added only when given (the organisation chose to send names)."""
    agent: dict[str, Any] = {"objectType": "Agent",
                             "account": {"homePage": iris.normalise_base(organisation_iri), "name": profile_uid}}
    if display_name:
        agent["name"] = display_name
    return agent


def timestamp(when: datetime) -> str:
    """ISO 8601 in UTC to the millisecond, as LRSs store it."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def duration(seconds: float) -> str:
    """An ISO 8601 duration, hours, minutes and seconds to the hundredth (xAPI keeps 0.01 s)."""
    total = max(0.0, float(seconds))
    hours, rest = divmod(round(total * 100), 360000)
    minutes, hundredths = divmod(rest, 6000)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    secs = hundredths / 100
    if secs or text == "PT":
        text += (f"{secs:.2f}".rstrip("0").rstrip(".") or "0") + "S"
    return text


def response_text(answer: Any) -> str:
    """A quiz answer (a JSON value) as an xAPI response string: lists joined with ``[,]``, matching pairs as
    ``pair[.]choice``, true and false as ``true``/``false``."""
    if answer is None:
        return ""
    if isinstance(answer, bool):
        return "true" if answer else "false"
    if isinstance(answer, Mapping):
        return "[,]".join(f"{key}[.]{value}" for key, value in answer.items())
    if isinstance(answer, list | tuple):
        return "[,]".join(str(item) for item in answer)
    return str(answer)


def _activity(activity_id: str, activity_type: str, name: str = "", *, description: str = "",
              extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": activity_type}
    if name:
        definition["name"] = {LANGUAGE: name}
    if description:
        definition["description"] = {LANGUAGE: description}
    if extra:
        definition.update(extra)
    return {"objectType": "Activity", "id": activity_id, "definition": definition}


def _statement(agent: Mapping[str, Any], verb: Mapping[str, Any], obj: Mapping[str, Any], when: datetime, *,
               result: Mapping[str, Any] | None = None, parents: Sequence[Mapping[str, Any]] = (),
               categories: Iterable[str] = (), registration: str | None = None,
               extensions: Mapping[str, Any] | None = None) -> Statement:
    statement: Statement = {"actor": dict(agent), "verb": dict(verb), "object": dict(obj), "timestamp": timestamp(when)}
    if result:
        statement["result"] = dict(result)
    context: dict[str, Any] = {"platform": "NPS Trainer", "language": LANGUAGE}
    if registration:
        context["registration"] = registration
    activities: dict[str, Any] = {}
    if parents:
        activities["parent"] = [dict(p) for p in parents]
    category = [{"objectType": "Activity", "id": c} for c in categories]
    if category:
        activities["category"] = category
    if activities:
        context["contextActivities"] = activities
    clean = {k: v for k, v in (extensions or {}).items() if v is not None}
    if clean:
        context["extensions"] = clean
    statement["context"] = context
    return statement


def registration(profile_uid: str, kind: str, row_id: int | str) -> str:
    """A stable registration UUID tying together the statements of one quiz attempt or module visit: the same
    inputs always give the same UUID, different people's never collide (their uids differ)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{iris.VOCABULARY}/registrations/{profile_uid}/{kind}/{row_id}"))


def _module(base: str, module_id: str, title: str) -> dict[str, Any]:
    return _activity(iris.module_iri(base, module_id), iris.MODULE, title)


def _quiz(base: str, quiz_id: str, title: str) -> dict[str, Any]:
    return _activity(iris.quiz_iri(base, quiz_id), iris.ASSESSMENT, title)


def _mode_parts(mode: str) -> tuple[list[str], dict[str, Any]]:
    categories = [iris.CATEGORY_PRACTICE] if mode == "practice" else []
    return categories, {iris.EXT_MODE: mode}


# -- builders, one per event ----------------------------------------------------------------------------------
def module_launched(agent: Mapping[str, Any], base: str, when: datetime, module_id: str, *, title: str = "",
                    version: str = "", visit: str | None = None) -> Statement:
    return _statement(agent, iris.LAUNCHED, _module(base, module_id, title), when, registration=visit,
                      extensions={iris.EXT_VERSION: version or None})


def section_experienced(agent: Mapping[str, Any], base: str, when: datetime, module_id: str, anchor: str, *,
                        title: str = "", module_title: str = "", version: str = "",
                        visit: str | None = None) -> Statement:
    section = _activity(iris.section_iri(base, module_id, anchor), iris.LESSON, title)
    return _statement(agent, iris.EXPERIENCED, section, when, parents=[_module(base, module_id, module_title)],
                      registration=visit, extensions={iris.EXT_VERSION: version or None})


def module_completed(agent: Mapping[str, Any], base: str, when: datetime, module_id: str, *, title: str = "",
                     version: str = "", seconds: float | None = None, refresher: bool = False,
                     reason: str = "") -> Statement:
    result: dict[str, Any] = {"completion": True}
    if seconds is not None:
        result["duration"] = duration(seconds)
    return _statement(agent, iris.COMPLETED, _module(base, module_id, title), when, result=result,
                      categories=[iris.CATEGORY_REFRESHER] if refresher else [],
                      extensions={iris.EXT_VERSION: version or None, iris.EXT_REASON: reason or None})


def quiz_attempted(agent: Mapping[str, Any], base: str, when: datetime, quiz_id: str, *, mode: str,
                   title: str = "", version: str = "", attempt: str | None = None) -> Statement:
    categories, extensions = _mode_parts(mode)
    return _statement(agent, iris.ATTEMPTED, _quiz(base, quiz_id, title), when, categories=categories,
                      registration=attempt, extensions={**extensions, iris.EXT_VERSION: version or None})


def question_answered(agent: Mapping[str, Any], base: str, when: datetime, quiz_id: str, question_id: str, *,
                      mode: str, response: str, score: float, question_type: str = "", prompt: str = "",
                      quiz_title: str = "", seconds: float | None = None, attempt: str | None = None) -> Statement:
    """``score``: 0..1 for this question (partial credit allowed); success is full credit."""
    interaction = QUESTION_INTERACTIONS.get(question_type, "other")
    question = _activity(iris.question_iri(base, quiz_id, question_id), iris.INTERACTION, prompt,
                         extra={"interactionType": interaction})
    scaled = _unit(score)
    result: dict[str, Any] = {"response": response, "success": scaled >= 1.0, "completion": True,
                              "score": {"scaled": scaled, "raw": scaled, "min": 0, "max": 1}}
    if seconds is not None:
        result["duration"] = duration(seconds)
    categories, extensions = _mode_parts(mode)
    return _statement(agent, iris.ANSWERED, question, when, result=result, categories=categories,
                      parents=[_quiz(base, quiz_id, quiz_title)], registration=attempt, extensions=extensions)


def refresher_answered(agent: Mapping[str, Any], base: str, when: datetime, quiz_id: str, question_id: str, *,
                       score: float, rating: int, certainty: int | None = None, response: str | None = None,
                       question_type: str = "", prompt: str = "", quiz_title: str = "") -> Statement:
    """A question answered again in the refresher (spaced review): ``answered``, with the question as the
    object (the same activity as in its quiz), in the refresher category, with the FSRS ``rating`` (1..4) the
    answer gave and the learner's ``certainty`` (1..3) when given. It belongs to no quiz attempt, so it has no
    registration."""
    interaction = QUESTION_INTERACTIONS.get(question_type, "other")
    question = _activity(iris.question_iri(base, quiz_id, question_id), iris.INTERACTION, prompt,
                         extra={"interactionType": interaction})
    scaled = _unit(score)
    result: dict[str, Any] = {"success": scaled >= 1.0, "completion": True,
                              "score": {"scaled": scaled, "raw": scaled, "min": 0, "max": 1}}
    if response is not None:
        result = {"response": response, **result}
    return _statement(agent, iris.ANSWERED, question, when, result=result, categories=[iris.CATEGORY_REFRESHER],
                      parents=[_quiz(base, quiz_id, quiz_title)],
                      extensions={iris.EXT_REFRESHER: True, iris.EXT_FSRS_RATING: int(rating),
                                  iris.EXT_CERTAINTY: certainty})


def quiz_finished(agent: Mapping[str, Any], base: str, when: datetime, quiz_id: str, *, mode: str, scaled: float,
                  raw: float, raw_max: float, passed: bool, pass_mark: float | None = None, title: str = "",
                  version: str = "", seconds: float | None = None, attempt: str | None = None) -> Statement:
    """An assessed attempt is ``passed`` or ``failed``; a practice attempt ``completed`` (its success is in the
    result, and its practice category keeps it from counting as a pass)."""
    verb = (iris.PASSED if passed else iris.FAILED) if mode == "assessed" else iris.COMPLETED
    result: dict[str, Any] = {"score": {"scaled": _unit(scaled), "raw": _clamp(raw, 0, raw_max), "min": 0,
                                        "max": raw_max},
                              "success": bool(passed), "completion": True}
    if seconds is not None:
        result["duration"] = duration(seconds)
    categories, extensions = _mode_parts(mode)
    return _statement(agent, verb, _quiz(base, quiz_id, title), when, result=result, categories=categories,
                      registration=attempt,
                      extensions={**extensions, iris.EXT_PASS_MARK: pass_mark, iris.EXT_VERSION: version or None})


def scenario_choice(agent: Mapping[str, Any], base: str, when: datetime, quiz_id: str, scenario_id: str,
                    node_id: str, choice_id: str, *, mode: str, choice_text: str = "", prompt: str = "",
                    scenario_title: str = "", ending: str | None = None, score: float | None = None,
                    attempt: str | None = None) -> Statement:
    """A choice made at one step of a scenario; the step is a choice interaction whose parent is the scenario.
    ``ending`` and ``score`` are given when the choice reached an ending."""
    step = _activity(iris.scenario_step_iri(base, quiz_id, scenario_id, node_id), iris.INTERACTION, prompt,
                     extra={"interactionType": "choice"})
    result: dict[str, Any] = {"response": choice_id, "completion": ending is not None}
    if ending is not None and score is not None:
        result["score"] = {"scaled": _unit(score), "raw": _unit(score), "min": 0, "max": 1}
        result["success"] = _unit(score) >= 1.0
    if choice_text:
        result["extensions"] = {iris.EXT_CHOICE_TEXT: choice_text}
    scenario = _activity(iris.scenario_iri(base, quiz_id, scenario_id), iris.SIMULATION, scenario_title)
    categories, extensions = _mode_parts(mode)
    return _statement(agent, iris.RESPONDED, step, when, result=result, categories=categories,
                      parents=[scenario, _quiz(base, quiz_id, "")], registration=attempt,
                      extensions={**extensions, iris.EXT_ENDING: ending})


def session_attended(agent: Mapping[str, Any], base: str, when: datetime, session_id: str, *, title: str = "",
                     modules: Sequence[str] = (), sections: Sequence[str] = (),
                     seconds: float | None = None) -> Statement:
    """A joint session attended; ``modules`` are the modules it covered (context activities 'other'), and
    ``sections`` the section IRIs or anchors credited."""
    result: dict[str, Any] = {"completion": True}
    if seconds is not None:
        result["duration"] = duration(seconds)
    statement = _statement(agent, iris.ATTENDED, _activity(iris.joint_session_iri(base, session_id), iris.MEETING,
                                                           title), when, result=result,
                           extensions={iris.EXT_SECTIONS: list(sections) or None})
    if modules:
        statement["context"].setdefault("contextActivities", {})["other"] = [
            _module(base, module_id, "") for module_id in modules]
    return statement


def refresher_reviewed(agent: Mapping[str, Any], base: str, when: datetime, module_id: str, *, title: str = "",
                       version: str = "", seconds: float | None = None, reason: str = "") -> Statement:
    """A module reviewed again when its refresher was due: a completion in the refresher category."""
    return module_completed(agent, base, when, module_id, title=title, version=version, seconds=seconds,
                            refresher=True, reason=reason)


def _unit(value: float) -> float:
    return _clamp(value, 0.0, 1.0)


def _clamp(value: float, low: float, high: float) -> float:
    number = float(value)
    if math.isnan(number):
        return low
    return round(min(max(number, low), high), 4)


# -- validation -----------------------------------------------------------------------------------------------
STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                  "version", "attachments"}
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_URL = re.compile(r"^https?://[^\s/?#]+", re.IGNORECASE)
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_DURATION = re.compile(r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
                       r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


class InvalidStatement(ValueError):
    """A statement breaks xAPI 1.0.3; ``problems`` says where and how."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


def check_statement(statement: Any) -> list[str]:
    """Every problem found (empty when valid), each naming where, e.g. ``result.score.scaled``."""
    problems: list[str] = []
    if not isinstance(statement, Mapping):
        return [tr("a statement must be a JSON object")]
    extra = sorted(set(statement) - STATEMENT_KEYS)
    if extra:
        problems.append(tr("unknown properties {names}").format(names=", ".join(extra)))
    if "id" in statement and not _is_uuid(statement["id"]):
        problems.append(tr("id is not a UUID"))
    for required in ("actor", "verb", "object"):
        if required not in statement:
            problems.append(tr("{name} is missing").format(name=required))
    if "actor" in statement:
        _agent(statement["actor"], "actor", problems)
    if "verb" in statement:
        _verb(statement["verb"], problems)
    if "object" in statement:
        _object(statement["object"], "object", problems)
    if "result" in statement:
        _result(statement["result"], problems)
    if "context" in statement:
        _context(statement["context"], statement.get("object"), problems)
    for when in ("timestamp", "stored"):
        if when in statement and not _is_time(statement[when]):
            problems.append(tr("{when} is not an ISO 8601 date and time").format(when=when))
    if "version" in statement and not (isinstance(statement["version"], str)
                                       and statement["version"].startswith("1.0")):
        problems.append(tr("version must be 1.0.x"))
    return problems


def validate_statement(statement: Any) -> Statement:
    """The statement itself when it follows xAPI 1.0.3; :class:`InvalidStatement` otherwise."""
    problems = check_statement(statement)
    if problems:
        raise InvalidStatement(problems)
    return statement


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def _is_iri(value: Any) -> bool:
    return isinstance(value, str) and bool(_IRI.match(value))


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _language_map(value: Any, where: str, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("{where} must be a language map").format(where=where))
        return
    for tag, text in value.items():
        if not _LANGUAGE_TAG.match(str(tag)) or not isinstance(text, str):
            problems.append(tr("{where} has an entry '{tag}' that is not a language tag with text").format(
                where=where, tag=tag))


def _extensions(value: Any, where: str, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("{where} must be an object").format(where=where))
    elif any(not _is_iri(key) for key in value):
        problems.append(tr("{where} has keys that are not IRIs").format(where=where))


def _agent(value: Any, where: str, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("{where} must be an object").format(where=where))
        return
    kind = value.get("objectType", "Agent")
    ifis = [key for key in ("mbox", "mbox_sha1sum", "openid", "account") if key in value]
    if kind == "Group":
        members = value.get("member", [])
        if not ifis and not members:
            problems.append(tr("{where} is a group with neither an identifier nor members").format(where=where))
        for index, member in enumerate(members if isinstance(members, list) else []):
            _agent({**member, "objectType": member.get("objectType", "Agent")}, f"{where}.member[{index}]", problems)
        if len(ifis) > 1:
            problems.append(tr("{where} has more than one identifier ({identifiers})").format(
                where=where, identifiers=", ".join(ifis)))
        return
    if kind != "Agent":
        problems.append(tr("{where}.objectType must be Agent or Group").format(where=where))
    if len(ifis) != 1:
        problems.append(tr("{where} must have exactly one identifier (mbox, mbox_sha1sum, openid or account)").format(
            where=where))
    if "mbox" in value and not str(value["mbox"]).startswith("mailto:"):
        problems.append(tr("{where}.mbox must start with mailto:").format(where=where))
    if "openid" in value and not _is_iri(value["openid"]):
        problems.append(tr("{where}.openid must be an IRI").format(where=where))
    if "account" in value:
        account = value["account"]
        if not isinstance(account, Mapping) or set(account) != {"homePage", "name"}:
            problems.append(tr("{where}.account must have homePage and name, and nothing else").format(where=where))
        else:
            if not (isinstance(account["homePage"], str) and _URL.match(account["homePage"])):
                problems.append(tr("{where}.account.homePage must be a web address (IRL)").format(where=where))
            if not isinstance(account["name"], str) or not account["name"]:
                problems.append(tr("{where}.account.name must be text").format(where=where))
    if "name" in value and not isinstance(value["name"], str):
        problems.append(tr("{where}.name must be text").format(where=where))


def _verb(value: Any, problems: list[str]) -> None:
    if not isinstance(value, Mapping) or not _is_iri(value.get("id")):
        problems.append(tr("verb.id must be an IRI"))
        return
    if "display" in value:
        _language_map(value["display"], "verb.display", problems)


def _object(value: Any, where: str, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("{where} must be an object").format(where=where))
        return
    kind = value.get("objectType", "Activity")
    if kind in ("Agent", "Group"):
        _agent(value, where, problems)
        return
    if kind == "StatementRef":
        if not _is_uuid(value.get("id")):
            problems.append(tr("{where}.id must be a statement's UUID").format(where=where))
        return
    if kind == "SubStatement":
        for part in ("actor", "verb", "object"):
            if part not in value:
                problems.append(tr("{where}.{part} is missing").format(where=where, part=part))
        return
    if kind != "Activity":
        problems.append(tr("{where}.objectType '{kind}' is not an xAPI object type").format(where=where, kind=kind))
        return
    if not _is_iri(value.get("id")):
        problems.append(tr("{where}.id must be an IRI").format(where=where))
    definition = value.get("definition")
    if definition is None:
        return
    if not isinstance(definition, Mapping):
        problems.append(tr("{where}.definition must be an object").format(where=where))
        return
    for part in ("name", "description"):
        if part in definition:
            _language_map(definition[part], f"{where}.definition.{part}", problems)
    if "type" in definition and not _is_iri(definition["type"]):
        problems.append(tr("{where}.definition.type must be an IRI").format(where=where))
    if "interactionType" in definition and definition["interactionType"] not in INTERACTION_TYPES:
        problems.append(tr("{where}.definition.interactionType is not one of xAPI's").format(where=where))
    if "extensions" in definition:
        _extensions(definition["extensions"], f"{where}.definition.extensions", problems)


def _result(value: Any, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("result must be an object"))
        return
    for flag in ("success", "completion"):
        if flag in value and not isinstance(value[flag], bool):
            problems.append(tr("result.{flag} must be true or false").format(flag=flag))
    if "response" in value and not isinstance(value["response"], str):
        problems.append(tr("result.response must be text"))
    if "duration" in value and not (isinstance(value["duration"], str) and _DURATION.match(value["duration"])):
        problems.append(tr("result.duration is not an ISO 8601 duration"))
    if "extensions" in value:
        _extensions(value["extensions"], "result.extensions", problems)
    if "score" in value:
        score = value["score"]
        if not isinstance(score, Mapping):
            problems.append(tr("result.score must be an object"))
            return
        numbers = {key: score[key] for key in ("scaled", "raw", "min", "max") if key in score}
        if any(isinstance(n, bool) or not isinstance(n, int | float) for n in numbers.values()):
            problems.append(tr("result.score values must be numbers"))
            return
        if "scaled" in numbers and not -1 <= numbers["scaled"] <= 1:
            problems.append(tr("result.score.scaled must be between -1 and 1"))
        low, high = numbers.get("min"), numbers.get("max")
        if low is not None and high is not None and low >= high:
            problems.append(tr("result.score.min must be less than max"))
        raw = numbers.get("raw")
        if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
            problems.append(tr("result.score.raw must be between min and max"))


def _context(value: Any, obj: Any, problems: list[str]) -> None:
    if not isinstance(value, Mapping):
        problems.append(tr("context must be an object"))
        return
    if "registration" in value and not _is_uuid(value["registration"]):
        problems.append(tr("context.registration must be a UUID"))
    if "language" in value and not (isinstance(value["language"], str) and _LANGUAGE_TAG.match(value["language"])):
        problems.append(tr("context.language must be a language tag"))
    is_activity = isinstance(obj, Mapping) and obj.get("objectType", "Activity") == "Activity"
    for part in ("revision", "platform"):
        if part in value and (not isinstance(value[part], str) or not is_activity):
            problems.append(tr("context.{part} must be text, and only when the object is an activity").format(
                part=part))
    if "instructor" in value:
        _agent(value["instructor"], "context.instructor", problems)
    if "extensions" in value:
        _extensions(value["extensions"], "context.extensions", problems)
    activities = value.get("contextActivities")
    if activities is None:
        return
    if not isinstance(activities, Mapping):
        problems.append(tr("context.contextActivities must be an object"))
        return
    for key, listed in activities.items():
        if key not in ("parent", "grouping", "category", "other"):
            problems.append(tr("context.contextActivities.{key} is not parent, grouping, category or other").format(
                key=key))
            continue
        for index, activity in enumerate(listed if isinstance(listed, list) else [listed]):
            if not isinstance(activity, Mapping) or activity.get("objectType", "Activity") != "Activity":
                problems.append(tr("context.contextActivities.{key}[{index}] must be an activity").format(
                    key=key, index=index))
            else:
                _object(activity, f"context.contextActivities.{key}[{index}]", problems)
