"""The vocabulary of NPS Trainer's statements: ADL verbs and activity types, and the IRIs of activities made
from the organisation's base IRI.

Activity ids are ``{base}/modules/{module_id}``, ``{base}/modules/{module_id}/sections/{anchor}``,
``{base}/quizzes/{quiz_id}``, ``{base}/quizzes/{quiz_id}/questions/{question_id}``,
``{base}/quizzes/{quiz_id}/scenarios/{question_id}`` (and ``…/steps/{node_id}`` for a scenario's choice points)
and ``{base}/joint-sessions/{session_id}``: stable for as long as the base IRI and the content ids stay the same.

Extension keys and categories are NPS Trainer's own, under :data:`VOCABULARY`, which does not depend on the
organisation, so that statements from every organisation and device read the same way.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from ..i18n import tr

DEFAULT_BASE_IRI = "https://nps-trainer.example/org"
"""Used until the organisation sets its own. ``.example`` is reserved (RFC 2606): it can never name somebody
else's site, and it is the same on every device, so records from an organisation's devices still agree."""

VOCABULARY = "https://nps-trainer.example/xapi"
"""NPS Trainer's own extension keys and categories (fixed: they name what a value means, not who owns it)."""

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"


def _verb(name: str) -> dict[str, object]:
    return {"id": ADL_VERBS + name, "display": {"en-GB": name}}


LAUNCHED = _verb("launched")
EXPERIENCED = _verb("experienced")
COMPLETED = _verb("completed")
ATTEMPTED = _verb("attempted")
ANSWERED = _verb("answered")
RESPONDED = _verb("responded")
PASSED = _verb("passed")
FAILED = _verb("failed")
ATTENDED = _verb("attended")
VERBS = (LAUNCHED, EXPERIENCED, COMPLETED, ATTEMPTED, ANSWERED, RESPONDED, PASSED, FAILED, ATTENDED)

MODULE = ADL_ACTIVITIES + "module"
LESSON = ADL_ACTIVITIES + "lesson"  # a section of a module
ASSESSMENT = ADL_ACTIVITIES + "assessment"  # a quiz
INTERACTION = ADL_ACTIVITIES + "cmi.interaction"  # a question, or a choice point of a scenario
SIMULATION = ADL_ACTIVITIES + "simulation"  # a scenario
MEETING = ADL_ACTIVITIES + "meeting"  # a joint session

EXT_MODE = f"{VOCABULARY}/extensions/quiz-mode"  # practice | assessed
EXT_VERSION = f"{VOCABULARY}/extensions/content-version"
EXT_PASS_MARK = f"{VOCABULARY}/extensions/pass-mark"  # percent
EXT_CHOICE_TEXT = f"{VOCABULARY}/extensions/choice-text"
EXT_ENDING = f"{VOCABULARY}/extensions/scenario-ending"
EXT_SECTIONS = f"{VOCABULARY}/extensions/sections-credited"
EXT_REASON = f"{VOCABULARY}/extensions/refresher-reason"
EXT_REFRESHER = f"{VOCABULARY}/extensions/refresher"  # true: answered in the spaced-review refresher
EXT_FSRS_RATING = f"{VOCABULARY}/extensions/fsrs-rating"  # 1 Again, 2 Hard, 3 Good, 4 Easy
EXT_CERTAINTY = f"{VOCABULARY}/extensions/certainty"  # 1 to 3, when the learner said how sure they were
CATEGORY_PRACTICE = f"{VOCABULARY}/categories/practice"
CATEGORY_REFRESHER = f"{VOCABULARY}/categories/refresher"

_ITEM = re.compile(r"/(modules|quizzes|joint-sessions)/([^/]+)$")
ITEM_TYPES = {"modules": "module", "quizzes": "quiz", "joint-sessions": "session"}


def normalise_base(base_iri: str) -> str:
    """The base IRI without a trailing slash; the default when empty."""
    base = (base_iri or "").strip().rstrip("/")
    return base or DEFAULT_BASE_IRI


def base_problem(base_iri: str) -> str | None:
    """Why ``base_iri`` cannot be the organisation's base IRI, or None. It is also the actor accounts'
    homePage, which xAPI requires to be a URL (an IRL), so it must be http or https."""
    base = (base_iri or "").strip()
    if not base:
        return None
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", base):
        return tr("'{address}' is not a web address: the organisation's base IRI must start with https:// (for "
                  "example https://training.example.org/nps-trainer)").format(address=base)
    return None


def segment(value: str) -> str:
    """One path segment of an IRI: content ids are kept readable, anything else percent-encoded."""
    return quote(str(value), safe="-._~")


def module_iri(base: str, module_id: str) -> str:
    return f"{normalise_base(base)}/modules/{segment(module_id)}"


def section_iri(base: str, module_id: str, anchor: str) -> str:
    return f"{module_iri(base, module_id)}/sections/{segment(anchor)}"


def quiz_iri(base: str, quiz_id: str) -> str:
    return f"{normalise_base(base)}/quizzes/{segment(quiz_id)}"


def question_iri(base: str, quiz_id: str, question_id: str) -> str:
    return f"{quiz_iri(base, quiz_id)}/questions/{segment(question_id)}"


def scenario_iri(base: str, quiz_id: str, question_id: str) -> str:
    return f"{quiz_iri(base, quiz_id)}/scenarios/{segment(question_id)}"


def scenario_step_iri(base: str, quiz_id: str, question_id: str, node_id: str) -> str:
    return f"{scenario_iri(base, quiz_id, question_id)}/steps/{segment(node_id)}"


def joint_session_iri(base: str, session_id: str) -> str:
    return f"{normalise_base(base)}/joint-sessions/{segment(session_id)}"


def item_of(activity_id: str) -> tuple[str, str] | None:
    """('module' | 'quiz' | 'session', id) for a module, quiz or joint session activity under any base IRI;
    None for anything else (sections, questions, another tool's activities)."""
    match = _ITEM.search(activity_id)
    if match is None:
        return None
    return ITEM_TYPES[match.group(1)], unquote(match.group(2))
