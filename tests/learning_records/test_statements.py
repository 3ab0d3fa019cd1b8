"""The statements themselves: valid xAPI 1.0.3, the right verbs, activity types and IRIs, and an actor that is
an account, never an email address or a name unless the organisation turns that on."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime

import pytest

from nps_trainer.learning_records import iris
from nps_trainer.learning_records import statements as st

BASE = "https://training.example.org/nps"
AGENT = st.actor(BASE, "b5c1e0aa-uid")
WHEN = datetime(2026, 11, 3, 10, 15, 30, 123456, tzinfo=UTC)


def _valid(statement: dict) -> dict:
    statement = {**statement, "id": str(uuid.uuid4())}
    assert st.check_statement(statement) == []
    return statement


def test_actor_is_an_account_on_the_organisation_iri_without_name_or_email():
    assert AGENT == {"objectType": "Agent", "account": {"homePage": BASE, "name": "b5c1e0aa-uid"}}
    named = st.actor(BASE + "/", "b5c1e0aa-uid", "Nadia Hussain")
    assert named["name"] == "Nadia Hussain" and named["account"]["homePage"] == BASE
    assert "mbox" not in named


def test_default_base_iri_is_used_when_none_is_set():
    assert iris.module_iri("", "m1") == "https://nps-trainer.example/org/modules/m1"
    assert iris.base_problem("") is None
    assert iris.base_problem("training.example.org") is not None
    assert iris.base_problem("https://training.example.org/nps") is None


def test_activity_iris_are_stable_and_percent_encode_odd_ids():
    assert iris.section_iri(BASE, "nps-basics", "what-are-nps") == f"{BASE}/modules/nps-basics/sections/what-are-nps"
    assert iris.question_iri(BASE, "q quiz", "q/1") == f"{BASE}/quizzes/q%20quiz/questions/q%2F1"
    assert iris.item_of(iris.quiz_iri(BASE, "q quiz")) == ("quiz", "q quiz")
    assert iris.item_of(iris.joint_session_iri("https://other.example", "s1")) == ("session", "s1")
    assert iris.item_of(iris.section_iri(BASE, "m", "a")) is None


def test_module_statements():
    launched = _valid(st.module_launched(AGENT, BASE, WHEN, "nps-basics", title="NPS basics", version="2",
                                         visit=st.registration("uid", "visit", 1)))
    assert launched["verb"]["id"] == "http://adlnet.gov/expapi/verbs/launched"
    assert launched["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/module"
    assert launched["timestamp"] == "2026-11-03T10:15:30.123Z"
    assert launched["context"]["extensions"][iris.EXT_VERSION] == "2"
    section = _valid(st.section_experienced(AGENT, BASE, WHEN, "nps-basics", "harms", title="Harms"))
    assert section["verb"]["id"].endswith("/experienced")
    assert section["object"]["id"] == f"{BASE}/modules/nps-basics/sections/harms"
    assert section["context"]["contextActivities"]["parent"][0]["id"] == f"{BASE}/modules/nps-basics"
    completed = _valid(st.module_completed(AGENT, BASE, WHEN, "nps-basics", seconds=3725.5))
    assert completed["result"] == {"completion": True, "duration": "PT1H2M5.5S"}
    assert "contextActivities" not in completed["context"]
    refresher = _valid(st.refresher_reviewed(AGENT, BASE, WHEN, "nps-basics", reason="content changed"))
    assert refresher["verb"]["id"].endswith("/completed")
    assert refresher["context"]["contextActivities"]["category"] == [
        {"objectType": "Activity", "id": iris.CATEGORY_REFRESHER}]


def test_quiz_statements_carry_results():
    attempt = st.registration("uid", "attempt", 9)
    assert attempt == st.registration("uid", "attempt", 9) != st.registration("uid2", "attempt", 9)
    answered = _valid(st.question_answered(AGENT, BASE, WHEN, "quiz", "q1", mode="assessed", response="a[,]c",
                                           score=0.5, question_type="multiple-response", prompt="Which?",
                                           seconds=12.346, attempt=attempt))
    assert answered["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert answered["result"] == {"response": "a[,]c", "success": False, "completion": True,
                                  "score": {"scaled": 0.5, "raw": 0.5, "min": 0, "max": 1}, "duration": "PT12.35S"}
    assert answered["context"]["registration"] == attempt
    passed = _valid(st.quiz_finished(AGENT, BASE, WHEN, "quiz", mode="assessed", scaled=0.8, raw=4, raw_max=5,
                                     passed=True, pass_mark=70, seconds=300))
    assert passed["verb"]["id"].endswith("/passed")
    assert passed["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment"
    assert passed["result"] == {"score": {"scaled": 0.8, "raw": 4.0, "min": 0, "max": 5}, "success": True,
                                "completion": True, "duration": "PT5M"}
    failed = _valid(st.quiz_finished(AGENT, BASE, WHEN, "quiz", mode="assessed", scaled=0.2, raw=1, raw_max=5,
                                     passed=False))
    assert failed["verb"]["id"].endswith("/failed") and failed["result"]["success"] is False
    practice = _valid(st.quiz_finished(AGENT, BASE, WHEN, "quiz", mode="practice", scaled=1, raw=5, raw_max=5,
                                       passed=True))
    assert practice["verb"]["id"].endswith("/completed")
    assert practice["context"]["contextActivities"]["category"][0]["id"] == iris.CATEGORY_PRACTICE
    choice = _valid(st.scenario_choice(AGENT, BASE, WHEN, "quiz", "sc1", "n2", "c3", mode="assessed",
                                       choice_text="Refer", ending="good", score=1.0))
    assert choice["verb"]["id"].endswith("/responded")
    assert choice["object"]["id"] == f"{BASE}/quizzes/quiz/scenarios/sc1/steps/n2"
    assert choice["result"]["response"] == "c3" and choice["result"]["success"] is True
    assert choice["context"]["contextActivities"]["parent"][0]["definition"]["type"].endswith("/simulation")


def test_joint_session_attended():
    attended = _valid(st.session_attended(AGENT, BASE, WHEN, "s-1", title="Joint session", modules=["m1", "m2"],
                                          sections=["a"], seconds=5400))
    assert attended["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attended"
    assert attended["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/meeting"
    assert [a["id"] for a in attended["context"]["contextActivities"]["other"]] == [f"{BASE}/modules/m1",
                                                                                    f"{BASE}/modules/m2"]
    assert attended["result"]["duration"] == "PT1H30M"


@pytest.mark.parametrize(("seconds", "text"), [(0, "PT0S"), (59.999, "PT1M"), (61, "PT1M1S"), (3600, "PT1H"),
                                               (0.01, "PT0.01S")])
def test_duration(seconds, text):
    assert st.duration(seconds) == text


@pytest.mark.parametrize(("answer", "text"), [(None, ""), (True, "true"), (["b", "a"], "b[,]a"),
                                              ({"p1": "x"}, "p1[.]x"), ("typed", "typed")])
def test_response_text(answer, text):
    assert st.response_text(answer) == text


BREAKS = [
    (lambda s: s.update(id="not-a-uuid"), "id is not a UUID"),
    (lambda s: s.pop("actor"), "actor is missing"),
    (lambda s: s["actor"].update(mbox="mailto:a@b.org"), "exactly one identifier"),
    (lambda s: s["actor"]["account"].update(homePage="nowhere"), "homePage"),
    (lambda s: s["verb"].update(id="launched"), "verb.id must be an IRI"),
    (lambda s: s["verb"].update(display={"en GB": "x"}), "verb.display"),
    (lambda s: s["object"].update(id="module 1"), "object.id must be an IRI"),
    (lambda s: s["object"]["definition"].update(interactionType="essay"), "interactionType"),
    (lambda s: s.update(result={"score": {"scaled": 1.5}}), "scaled"),
    (lambda s: s.update(result={"score": {"raw": 6, "min": 0, "max": 5}}), "raw"),
    (lambda s: s.update(result={"success": "yes"}), "result.success"),
    (lambda s: s.update(result={"duration": "5 minutes"}), "duration"),
    (lambda s: s["context"].update(registration="r1"), "registration"),
    (lambda s: s["context"].update(extensions={"mode": 1}), "not IRIs"),
    (lambda s: s["context"].update(contextActivities={"parents": []}), "parent, grouping"),
    (lambda s: s.update(timestamp="yesterday"), "timestamp"),
    (lambda s: s.update(colour="blue"), "unknown properties colour"),
]


@pytest.mark.parametrize(("breaking", "message"), BREAKS)
def test_validation_names_what_is_wrong(breaking, message):
    statement = _valid(st.question_answered(AGENT, BASE, WHEN, "quiz", "q1", mode="assessed", response="a",
                                            score=1))
    broken = copy.deepcopy(statement)
    breaking(broken)
    problems = st.check_statement(broken)
    assert any(message in p for p in problems), problems
    with pytest.raises(st.InvalidStatement):
        st.validate_statement(broken)


def test_screening_code_never_makes_learning_records():
    """Screening records are case records: nothing in the screening packages reaches the learning records."""
    from pathlib import Path

    root = Path(st.__file__).resolve().parents[1]
    screening_files = [*root.glob("screening/**/*.py"), *root.glob("screening_records/**/*.py"),
                       *root.glob("ui/screening/**/*.py")]
    assert screening_files
    for path in screening_files:
        text = path.read_text(encoding="utf-8")
        assert "learning_records" not in text and "LearningEvents" not in text, path
