"""Session plans as data: a good plan loads whole; each kind of mistake is a file:line: message at the right
line, the plan is listed as unavailable with its reasons, and the other plans still load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.cli.content_check import collect_problems
from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.quiz import load_quizzes
from nps_trainer.sessions.plan_model import SessionPlan
from nps_trainer.sessions.plans import load_plans
from tests.test_cli import run

GOOD = """\
id: {id}
title: NPS together
version: "1.0"
summary: A short joint session.
audience: Probation and drug service staff
minutes: 60
outcomes:
  - Name the main groups of NPS.
sources:
  - https://www.justiceinspectorates.gov.uk/hmiprobation/
reviewed: 2026-12-01
steps:
  - type: section
    module: what-are-nps
    section: what-counts-as-an-nps
    title: What counts as an NPS
    minutes: 10
    notes: Open with the definition.
  - type: discussion
    title: Spotting use
    prompt: What might tell you someone is using synthetic cannabinoids?
    probation: Ask at supervision and record it.
    drug_service: Offer harm reduction advice.
    minutes: 10
    notes: Draw out both views.
  - type: question
    quiz: what-are-nps
    question: synthetic-cannabis
    minutes: 5
    notes: Count hands.
  - type: break
    minutes: 10
  - type: scenario
    quiz: overdose-response
    question: office-overdose
    minutes: 15
    notes: Play it as a group.
  - type: activity
    title: Local services
    prompt: In mixed pairs, list local services.
    minutes: 10
    notes: Pairs.
"""


@pytest.fixture(scope="module")
def known() -> tuple[dict, dict]:
    catalogue = load_catalogue(bundled_content_dir() / "modules")
    modules = {m.id: [s.anchor for s in m.sections] for m in catalogue.modules}
    quizzes, _ = load_quizzes(bundled_content_dir() / "quizzes", {k: set(v) for k, v in modules.items()})
    return modules, {q.id: q for q in quizzes}


def write(root: Path, name: str, text: str) -> Path:
    (root / "sessions").mkdir(parents=True, exist_ok=True)
    path = root / "sessions" / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_a_good_plan_loads_with_every_kind_of_step(tmp_path: Path, known) -> None:
    write(tmp_path, "nps-together", GOOD.format(id="nps-together"))
    library, problems = load_plans(tmp_path, *known, bundled=True)
    assert problems == [] and library.unavailable == ()
    [plan] = library.plans
    assert [s.kind for s in plan.steps] == ["section", "discussion", "question", "break", "scenario", "activity"]
    assert plan.steps[0].module == "what-are-nps" and plan.steps[0].section == "what-counts-as-an-nps"
    assert plan.steps[1].probation == "Ask at supervision and record it."
    assert plan.steps[2].title  # a question step takes the question's title or id
    assert plan.steps[3].title == "Break" and plan.planned_minutes == 60
    assert plan.sections_by_module() == {"what-are-nps": ["what-counts-as-an-nps"]}
    assert SessionPlan.from_snapshot(plan.to_snapshot()) == plan


CASES = [
    ("unknown module", ("module: what-are-nps", "module: no-such-module"), "module: no-such-module",
     "names unknown module 'no-such-module'"),
    ("unknown section", ("section: what-counts-as-an-nps", "section: nowhere"), "section: nowhere",
     "has no section 'nowhere'"),
    ("unknown quiz", ("quiz: what-are-nps", "quiz: no-quiz"), "quiz: no-quiz", "names unknown quiz 'no-quiz'"),
    ("unknown question", ("question: synthetic-cannabis", "question: nope"), "question: nope",
     "has no question 'nope'"),
    ("ordering question", ("question: synthetic-cannabis", "question: law-timeline"), "question: law-timeline",
     "'law-timeline' is an ordering question, which a group cannot answer"),
    ("scenario that is not one", ("question: office-overdose", "question: gasps"), "question: gasps",
     "step 5 is a scenario step but 'gasps' is a true-false question"),
    ("unknown type", ("type: activity", "type: game"), "type: game",
     "has type 'game': use one of section, discussion, question, scenario, activity, break"),
    ("bad minutes", ("    minutes: 15", "    minutes: soon"), "minutes: soon", "whole number of minutes"),
    ("id and file", ("id: {id}", "id: other-id"), "id: other-id", "must match the file name"),
    ("sum of minutes", ("minutes: 60", "minutes: 75"), "minutes: 75", "add up to 60 minutes but the plan says 75"),
    ("no prompt", ("    prompt: In mixed pairs, list local services.\n", ""), "type: activity", "has no 'prompt'"),
    ("no notes", ("    notes: Pairs.\n", ""), "type: activity", "no facilitator 'notes'"),
    ("id not lower-case words", ("id: {id}", "id: Broken_Plan"), "id: Broken_Plan",
     "must be lower-case words joined by hyphens"),
    ("step not a mapping", ("  - type: break\n    minutes: 10\n", "  - just a break\n"), "- just a break",
     "step 4 must be a set of fields"),
    ("step minutes 0", ("    minutes: 10\n    notes: Draw", "    minutes: 0\n    notes: Draw"), "minutes: 0",
     "'minutes' of step 2 must be a whole number of minutes from 1 to 600"),
    ("step without minutes", ("    minutes: 5\n", ""), "type: question", "step 3 has no 'minutes'"),
    ("section with a few anchors named", ("section: what-counts-as-an-nps", "section: nowhere"), "section: nowhere",
     "(its sections include what-counts-as-an-nps"),
    ("scenario with unknown quiz", ("quiz: overdose-response", "quiz: no-quiz"), "quiz: no-quiz",
     "step 5 names unknown quiz 'no-quiz'"),
    ("scenario with unknown question", ("question: office-overdose", "question: nope"), "question: nope",
     "quiz 'overdose-response' has no question 'nope'"),
    ("scenario as a question", ("quiz: what-are-nps\n    question: synthetic-cannabis",
                                "quiz: overdose-response\n    question: office-overdose"),
     "question: office-overdose", "step 3: 'office-overdose' is a scenario question, which a group cannot answer by "
     "a show of hands; use a single-choice, multiple-response or true-false question (use type: scenario)"),
    ("discussion without prompt", ("    prompt: What might tell you someone is using synthetic cannabinoids?\n", ""),
     "type: discussion", "step 2 has no 'prompt'"),
    ("discussion without title", ("    title: Spotting use\n", ""), "type: discussion", "step 2 has no 'title'"),
    ("activity with an empty prompt", ("prompt: In mixed pairs, list local services.", 'prompt: ""'), 'prompt: ""',
     "'prompt' of step 6 is empty"),
    ("reviewed not a date", ("reviewed: 2026-12-01", "reviewed: last week"), "reviewed: last week",
     "'reviewed' must be a date"),
    ("plan minutes not whole", ("minutes: 60\noutcomes", "minutes: 60.5\noutcomes"), "minutes: 60.5",
     "'minutes' of the plan must be a whole number"),
    ("text too long", ("summary: A short joint session.", "summary: " + "x" * 4001), "summary: xxx",
     "'summary' of the plan is too long (4001 characters; at most 4000)"),
    ("bundled: no sources", ("sources:\n  - https://www.justiceinspectorates.gov.uk/hmiprobation/\n", ""), "id: ",
     "the plan has no 'sources' list"),
    ("bundled: no reviewed", ("reviewed: 2026-12-01\n", ""), "id: ", "the plan has no 'reviewed' date"),
    ("bundled: too short", ("minutes: 60\noutcomes", "minutes: 45\noutcomes"), "minutes: 45",
     "a bundled plan runs 60 to 120 minutes, not 45"),
]


@pytest.mark.parametrize(("old_new", "at", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_mistake_is_named_at_its_line_and_the_good_plan_beside_it_still_loads(
        tmp_path: Path, known, old_new: tuple[str, str], at: str, message: str) -> None:
    old, new = old_new
    text = GOOD.replace(old, new, 1).format(id="broken-plan")
    path = write(tmp_path, "broken-plan", text)
    write(tmp_path, "nps-together", GOOD.format(id="nps-together"))
    library, problems = load_plans(tmp_path, *known, bundled=True)
    assert [p.id for p in library.plans] == ["nps-together"]
    [unavailable] = library.unavailable
    assert unavailable.path == path and unavailable.title == "NPS together"
    expected = f"{path}:{line_of(text, at)}: "
    assert any(reason.startswith(expected) and message in reason for reason in unavailable.reasons), (
        unavailable.reasons)
    assert any(str(p).startswith(expected) for p in problems)


def test_a_step_refused_for_its_ids_still_counts_towards_the_minutes(tmp_path: Path, known) -> None:
    path = write(tmp_path, "broken", GOOD.format(id="broken").replace("quiz: what-are-nps", "quiz: no-quiz"))
    _, problems = load_plans(tmp_path, *known, bundled=True)
    assert [str(p) for p in problems] == [f"{path}:27: step 3 names unknown quiz 'no-quiz'"]


@pytest.mark.parametrize("name", ["id", "title", "version", "summary", "audience", "minutes", "outcomes", "steps"])
def test_a_missing_or_empty_field_is_an_error(tmp_path: Path, known, name: str) -> None:
    missing = GOOD.format(id="plan").replace(f"\n{name}:", f"\nold_{name}:").replace("id: plan", "old_id: plan")
    if name != "id":
        missing = missing.replace("old_id: plan", "id: plan")
    write(tmp_path, "plan", missing)
    library, problems = load_plans(tmp_path, *known)
    assert library.plans == ()
    assert any(p.line == 1 and f"has no '{name}'" in p.message for p in problems), problems

    empty_value = {"outcomes": "[]", "steps": "[]", "minutes": "0"}.get(name, '""')
    text = GOOD.format(id="plan")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{name}:"))
    lines[index] = f"{name}: {empty_value}"
    if name == "steps":
        lines = lines[: index + 1]
    elif name == "outcomes":
        del lines[index + 1]
    write(tmp_path, "plan", "\n".join(lines) + "\n")
    library, problems = load_plans(tmp_path, *known)
    assert library.plans == ()
    assert any(p.line == index + 1 and p.severity.value == "error" for p in problems), problems


def test_unknown_fields_and_misplaced_sides_are_warnings_and_the_plan_still_loads(tmp_path: Path, known) -> None:
    text = (GOOD.format(id="plan").replace("audience:", "colour: blue\naudience:")
            .replace("    title: What counts as an NPS\n", "    title: What counts as an NPS\n    slides: 3\n")
            .replace("    notes: Count hands.\n", "    notes: Count hands.\n    probation: Record it.\n"))
    path = write(tmp_path, "plan", text)
    library, problems = load_plans(tmp_path, *known, bundled=True)
    assert [p.id for p in library.plans] == ["plan"] and library.unavailable == ()
    assert [p.severity.value for p in problems] == ["warning"] * 3
    got = [str(p) for p in problems]
    assert got[0].startswith(f"{path}:{line_of(text, 'colour: blue')}: warning: unknown field 'colour'")
    assert got[1].startswith(f"{path}:{line_of(text, 'slides: 3')}: warning: unknown field 'slides' in step 1")
    assert got[2] == (f"{path}:{line_of(text, 'probation: Record it.')}: warning: 'probation' is shown only for "
                      "a discussion; step 3 is a question")
    assert library.plans[0].steps[2].probation == ""


def test_no_sessions_folder_is_no_plans_and_no_problems(tmp_path: Path, known) -> None:
    library, problems = load_plans(tmp_path, *known)
    assert library.plans == () and library.unavailable == () and problems == []
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir(), root, ignore=shutil.ignore_patterns("sessions"))
    assert not (root / "sessions").exists()
    assert collect_problems(root, None, bundled=False) == []


def test_titles_default_to_the_anchor_in_words_and_the_question_title_or_id(tmp_path: Path, known) -> None:
    text = GOOD.format(id="plan").replace("    title: What counts as an NPS\n", "")
    write(tmp_path, "plan", text)
    library, _ = load_plans(tmp_path, *known)
    [plan] = library.plans
    quizzes = known[1]
    assert plan.steps[0].title == "What counts as an nps"
    assert quizzes["what-are-nps"].question("synthetic-cannabis").title == ""
    assert plan.steps[2].title == "synthetic-cannabis"
    assert plan.steps[4].title == quizzes["overdose-response"].question("office-overdose").title != ""
    library, _ = load_plans(tmp_path, None, None)
    assert library.plans[0].steps[4].title == "office-overdose"


@pytest.mark.parametrize(("content", "line", "message"), [
    (b"", 1, "file is empty"),
    (b"id: x\ntitle: \xff\n", 2, "not UTF-8"),
    (b"id: x\x00\n", 1, "NUL"),
    (b"- just\n- a list\n", 1, "must be a set of 'field: value' lines"),
    (b"id: [unclosed\n", 2, "not valid YAML"),
])
def test_files_that_are_not_plans(tmp_path: Path, known, content: bytes, line: int, message: str) -> None:
    (tmp_path / "sessions").mkdir()
    path = tmp_path / "sessions" / "x.yaml"
    path.write_bytes(content)
    library, problems = load_plans(tmp_path, *known)
    assert library.plans == ()
    assert any(str(p).startswith(f"{path}:{line}: ") and message in str(p) for p in problems), problems


def test_organisation_plans_are_held_to_fewer_house_rules(tmp_path: Path, known) -> None:
    text = GOOD.format(id="short").replace("minutes: 60", "minutes: 45").replace("    notes: Pairs.\n", "")
    text = text.replace("reviewed: 2026-12-01\n", "")
    write(tmp_path, "short", text)
    library, problems = load_plans(tmp_path, *known, bundled=False)
    assert [p.id for p in library.plans] == ["short"]
    assert [p.severity.value for p in problems] == ["warning"] and "add up to 60" in problems[0].message


def test_hostile_sizes_are_refused_quickly(tmp_path: Path, known) -> None:
    steps = "".join("  - type: break\n    minutes: 1\n" for _ in range(61))
    write(tmp_path, "many", GOOD.format(id="many").split("steps:")[0] + "steps:\n" + steps)
    write(tmp_path, "huge", "id: huge\ntitle: " + "x" * 300_000 + "\n")
    library, problems = load_plans(tmp_path, *known)
    assert library.plans == ()
    assert {Path(u.path).stem for u in library.unavailable} == {"many", "huge"}
    assert any("at most 60" in str(p) for p in problems) and any("too large" in str(p) for p in problems)


def test_the_same_id_twice(tmp_path: Path, known) -> None:
    # An id must match its file name, so a copy under another name is refused for that, at its id line.
    write(tmp_path, "nps-together", GOOD.format(id="nps-together"))
    second = write(tmp_path, "zz", "# a copy\n" + GOOD.format(id="nps-together"))
    library, problems = load_plans(tmp_path, *known)
    assert [p.id for p in library.plans] == ["nps-together"]
    assert [str(p) for p in problems] == [f"{second}:2: plan id 'nps-together' must match the file name 'zz'"]
    assert [u.path for u in library.unavailable] == [second]


def test_content_check_reports_a_bad_plan_by_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir(), root)
    text = GOOD.format(id="broken").replace("section: what-counts-as-an-nps", "section: nowhere")
    path = write(root, "broken", text)
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert f"{path}:{line_of(text, 'section: nowhere')}: " in result.stdout


def test_the_bundled_plans_pass_the_house_rules(known) -> None:
    library, problems = load_plans(bundled_content_dir(), *known, bundled=True)
    assert problems == []
    assert len(library.plans) >= 4
    for plan in library.plans:
        assert 60 <= plan.minutes <= 120 and plan.planned_minutes == plan.minutes
        assert any(s.kind == "question" for s in plan.steps)
        assert all(s.notes for s in plan.steps if s.kind != "break")
