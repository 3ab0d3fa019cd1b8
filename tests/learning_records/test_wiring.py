"""Learning done in the app writes its statements through the services, in the same transaction: reading a
module, completing it and taking a quiz fill the outbox; a screening writes none."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from random import Random

import pytest

from nps_trainer.demo.learning import play_attempt
from nps_trainer.paths import UserPaths
from nps_trainer.quiz import load_quizzes
from nps_trainer.quiz.model import Scenario
from nps_trainer.services import build_services
from tests.team.helpers import make_person, sign_in


@pytest.fixture
def services(user_paths: UserPaths):
    built = build_services(user_paths)
    yield built
    built.close()


def _verbs(services) -> Counter:
    return Counter(s["verb"]["id"].rsplit("/", 1)[1] for s in services.outbox.export())


def test_reading_completing_and_a_quiz_become_statements(services) -> None:
    from nps_trainer.content import load_catalogue

    pat = make_person(services, "Pat")
    module = load_catalogue(services.config.content_dir / "modules")["what-are-nps"]
    anchors = [s.anchor for s in module.sections]
    visit = services.progress.start_visit(pat.id, module.id, module.version)
    for anchor in anchors:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.section_viewed(visit, anchors[0], anchors)  # seen again: no second statement
    services.progress.complete(pat.id, module.id, module.version, all_sections=anchors)
    verbs = _verbs(services)
    assert verbs["launched"] == 1 and verbs["experienced"] == len(anchors) and verbs["completed"] == 1
    launched = next(s for s in services.outbox.export() if s["verb"]["id"].endswith("launched"))
    assert launched["actor"]["account"]["name"] == pat.uid and "name" not in launched["actor"]
    assert launched["object"]["definition"]["name"]["en-GB"] == module.title

    quizzes, _problems = load_quizzes(services.config.content_dir / "quizzes", None)
    quiz = next(q for q in quizzes if any(isinstance(x, Scenario) for x in q.questions))
    played, _seconds = play_attempt(quiz, "practice", 0.9, datetime.now(UTC) - timedelta(hours=1), Random(7))
    attempt_id, _attempt = services.quiz_records.start(pat.id, quiz, "practice")
    answered = [q for q in played.question_ids if played.response(q) is not None]
    for question_id in answered:
        services.quiz_records.save_answer(attempt_id, played, question_id, 5.0)
    services.quiz_records.finish(attempt_id, played)
    services.quiz_records.finish(attempt_id, played)  # finishing again records nothing more
    verbs = _verbs(services)
    assert verbs["attempted"] == 1 and verbs["answered"] == len(answered)
    assert verbs["responded"] >= 1  # the scenario's choices
    finished = [s for s in services.outbox.export() if s["verb"]["id"].rsplit("/", 1)[1] in ("passed", "failed",
                                                                                             "completed")
                and "quiz" in s["object"]["id"]]
    assert len(finished) == 1 and finished[0]["result"]["score"]["scaled"] == pytest.approx(
        played.result().percent / 100)
    assert services.outbox.status().waiting == len(services.outbox.export())


def test_a_screening_writes_no_statement(services) -> None:
    pat = make_person(services, "Pat")
    signed = sign_in(services, pat)
    opened = services.screening.create(pat.id, signed.keyring, "nps-screening", "X123456")
    services.screening.finalise(pat.id, signed.keyring, opened.record)
    assert services.outbox.export() == []
