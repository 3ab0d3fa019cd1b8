"""Reading and checking session plans: ``content/sessions/*.yaml`` (format: docs/sessions-format.md).

Each file is one plan. A plan with an error is listed as unavailable with its reasons (``file:line: message``);
the others still load. Given the modules' section anchors and the loaded quizzes, a step naming a module,
section, quiz or question that is not there is an error, as is a question a group cannot answer together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..validation import FieldProblems, Problem, Severity
from .plan_model import (
    ACTIVITY,
    BREAK,
    DISCUSSION,
    QUESTION,
    SCENARIO,
    SECTION,
    STEP_KINDS,
    PlanLibrary,
    PlanStep,
    SessionPlan,
    UnavailablePlan,
)
from .votes import GROUP_QUESTION_TYPES

if TYPE_CHECKING:
    from ..quiz import Quiz

SESSIONS_FOLDER = "sessions"
MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 60
MAX_TEXT = 4000
BUNDLED_MINUTES = (60, 120)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PLAN_FIELDS = ("id", "title", "version", "summary", "audience", "minutes", "outcomes", "sources", "reviewed",
                "steps")
_STEP_FIELDS = {
    SECTION: ("module", "section"),
    DISCUSSION: ("prompt", "probation", "drug_service"),
    QUESTION: ("quiz", "question"),
    SCENARIO: ("quiz", "question"),
    ACTIVITY: ("prompt",),
    BREAK: (),
}
_COMMON_STEP_FIELDS = ("type", "title", "minutes", "notes")


def plan_files(content_dir: Path) -> list[Path]:
    folder = content_dir / SESSIONS_FOLDER
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_plans(content_dir: Path, modules: Mapping[str, Sequence[str]] | None,
               quizzes: Mapping[str, Quiz] | None, *, bundled: bool = False) -> tuple[PlanLibrary, list[Problem]]:
    """The plans in ``content_dir/sessions/`` and every problem found. ``modules`` maps module id -> section
    anchors, ``quizzes`` quiz id -> Quiz (None: those ids are not checked)."""
    plans: list[SessionPlan] = []
    unavailable: list[UnavailablePlan] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for file in plan_files(content_dir):
        plan, found = read_plan(file, modules, quizzes, bundled=bundled)
        if plan is not None and plan.id in seen:
            found.append(Problem(file, _field_line(file, "id"),
                                 f"plan id '{plan.id}' is also used by {seen[plan.id].name}"))
            plan = None
        problems += found
        errors = [str(p) for p in found if p.severity is Severity.ERROR]
        if plan is None or errors:
            unavailable.append(UnavailablePlan(file, _title_of(file), tuple(errors) or ("the plan could not be read",)))
            continue
        seen[plan.id] = file
        plans.append(plan)
    return PlanLibrary(tuple(plans), tuple(unavailable)), problems


def check_plans(content_dir: Path, modules: Mapping[str, Sequence[str]] | None, quizzes: Mapping[str, Quiz] | None,
                *, bundled: bool) -> list[Problem]:
    """Every problem in the plans (for ``nps-trainer content check``)."""
    return load_plans(content_dir, modules, quizzes, bundled=bundled)[1]


def _field_line(file: Path, name: str) -> int:
    """The line of a top-level field (1 if a quick look does not find it)."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")[:MAX_FILE_BYTES]
    except OSError:
        return 1
    return next((number for number, line in enumerate(text.splitlines(), start=1)
                 if line.startswith(f"{name}:")), 1)


def _title_of(file: Path) -> str:
    """The plan's title as written, if a quick look finds one; else the file name."""
    try:
        with file.open(encoding="utf-8", errors="replace") as handle:
            for line in handle.read(MAX_FILE_BYTES).splitlines():
                if line.startswith("title:"):
                    title = line[len("title:"):].strip().strip("'\"")
                    if title:
                        return title[:120]
    except OSError:
        pass
    return file.name


def read_plan(file: Path, modules: Mapping[str, Sequence[str]] | None, quizzes: Mapping[str, Quiz] | None, *,
              bundled: bool = False) -> tuple[SessionPlan | None, list[Problem]]:
    """One plan file: the plan (None when it cannot be used) and its problems."""
    from ..content.frontmatter import read_yaml_fields

    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(file, 1, f"file is too large for a session plan ({size // 1024} KB; at most "
                                           f"{MAX_FILE_BYTES // 1024} KB)")]
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = file.read_bytes()[: exc.start].count(b"\n") + 1
        return None, [Problem(file, line, "file is not UTF-8 text: save it as UTF-8")]
    except OSError as exc:
        return None, [Problem(file, 1, f"cannot read file: {exc.strerror or exc}")]
    text = text.lstrip("\ufeff")
    if not text.strip():
        return None, [Problem(file, 1, "file is empty: a plan needs id, title, version, summary, audience, "
                                       "minutes, outcomes and steps")]
    if "\x00" in text:
        return None, [Problem(file, text[: text.index("\x00")].count("\n") + 1, "file contains a NUL character")]
    fields, problems = read_yaml_fields(text, file, 1, "plan")
    if fields is None:
        return None, problems
    reader = _Reader(file, fields.lines, problems, modules, quizzes, bundled)
    plan = reader.plan(fields.data)
    return plan, reader.sorted()


class _Reader(FieldProblems):
    """Checks one plan, collecting problems at the line of each field."""

    def __init__(self, file: Path, lines: dict, problems: list[Problem], modules: Mapping[str, Sequence[str]] | None,
                 quizzes: Mapping[str, Quiz] | None, bundled: bool) -> None:
        super().__init__(file, lines, problems)
        self.modules = modules
        self.quizzes = quizzes
        self.bundled = bundled
        self.step_minutes: list[int | None] = []  # each step's minutes as read (None: could not be read)

    def _errors(self) -> int:
        return sum(p.severity is Severity.ERROR for p in self.problems)

    # -- the plan -----------------------------------------------------------------------------------------
    def plan(self, data: dict[str, Any]) -> SessionPlan | None:
        before = self._errors()
        for name in data:
            if name not in _PLAN_FIELDS:
                self.warn((name,), f"unknown field '{name}' (expected {', '.join(_PLAN_FIELDS)})")
        plan_id = self._text(data, (), "id", "the plan")
        if plan_id is not None:
            if not _ID.match(plan_id):
                self.error(("id",), f"plan id '{plan_id}' must be lower-case words joined by hyphens, e.g. "
                           "overdose-naloxone-release")
            elif plan_id != self.file.stem:
                self.error(("id",), f"plan id '{plan_id}' must match the file name '{self.file.stem}'")
        title = self._text(data, (), "title", "the plan")
        version = self._text(data, (), "version", "the plan", allow_number=True)
        summary = self._text(data, (), "summary", "the plan")
        audience = self._text(data, (), "audience", "the plan")
        minutes = self._minutes(data, ("minutes",), "the plan")
        outcomes = self._texts(data, "outcomes", required=True)
        sources = self._texts(data, "sources", required=self.bundled)
        reviewed = self._reviewed(data)
        steps = self._steps(data)
        if minutes is not None:
            # Only when every step's minutes could be read: a step refused for another reason still counts.
            if self.step_minutes and None not in self.step_minutes:
                total = sum(m for m in self.step_minutes if m is not None)
                if total != minutes:
                    message = f"the steps add up to {total} minutes but the plan says {minutes}"
                    (self.error if self.bundled else self.warn)(("minutes",), message)
            if self.bundled and not BUNDLED_MINUTES[0] <= minutes <= BUNDLED_MINUTES[1]:
                self.error(("minutes",), f"a bundled plan runs {BUNDLED_MINUTES[0]} to {BUNDLED_MINUTES[1]} "
                           f"minutes, not {minutes}")
        if self._errors() > before:
            return None
        return SessionPlan(plan_id or "", title or "", version or "", summary or "", audience or "",
                           minutes or 0, tuple(outcomes), tuple(steps), tuple(sources), reviewed, self.file)

    def _text(self, entry: dict, at: tuple, name: str, where: str, *, required: bool = True,
              allow_number: bool = False, limit: int = MAX_TEXT) -> str | None:
        if name not in entry or entry[name] is None:
            if required:
                self.error(at, f"{where} has no '{name}'")
            return None
        value = entry[name]
        if allow_number and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error((*at, name), f"'{name}' of {where} must be text")
            return None
        if not value.strip():
            if required:
                self.error((*at, name), f"'{name}' of {where} is empty")
            return None
        if len(value) > limit:
            self.error((*at, name), f"'{name}' of {where} is too long ({len(value)} characters; at most {limit})")
            return None
        return value.strip()

    def _minutes(self, entry: dict, key: tuple, where: str) -> int | None:
        value = entry.get(key[-1])
        if key[-1] not in entry:
            self.error(key[:-1], f"{where} has no 'minutes'")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1 or value > 600:
            self.error(key, f"'minutes' of {where} must be a whole number of minutes from 1 to 600")
            return None
        return value

    def _texts(self, data: dict, name: str, *, required: bool) -> list[str]:
        value = data.get(name)
        if value is None:
            if required:
                self.error((), f"the plan has no '{name}' list")
            return []
        if not isinstance(value, list) or not value:
            self.error((name,), f"'{name}' must be a list, each line starting with '- '")
            return []
        texts = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error((name, index), f"item {index + 1} of '{name}' must be text")
            elif len(item) > MAX_TEXT:
                self.error((name, index), f"item {index + 1} of '{name}' is too long (at most {MAX_TEXT} characters)")
            else:
                texts.append(" ".join(item.split()))
        return texts

    def _reviewed(self, data: dict) -> date | None:
        if "reviewed" not in data:
            if self.bundled:
                self.error((), "the plan has no 'reviewed' date (when its content was last checked, e.g. "
                           "2026-12-01)")
            return None
        value = data["reviewed"]
        if isinstance(value, date):
            return value
        self.error(("reviewed",), "'reviewed' must be a date written as YYYY-MM-DD")
        return None

    # -- steps --------------------------------------------------------------------------------------------
    def _steps(self, data: dict) -> list[PlanStep]:
        value = data.get("steps")
        if value is None:
            self.error((), "the plan has no 'steps': list them under 'steps:', each starting with '- type:'")
            return []
        if not isinstance(value, list) or not value:
            self.error(("steps",), "'steps' must be a list of steps, each starting with '- type:'")
            return []
        if len(value) > MAX_STEPS:
            self.error(("steps",), f"the plan has {len(value)} steps; at most {MAX_STEPS}")
            return []
        steps = []
        for index, entry in enumerate(value):
            step = self._step(index, entry)
            if step is not None:
                steps.append(step)
        return steps

    def _step(self, index: int, entry: object) -> PlanStep | None:
        at = ("steps", index)
        where = f"step {index + 1}"
        if not isinstance(entry, dict):
            self.error(at, f"{where} must be a set of fields starting with '- type:'")
            self.step_minutes.append(None)
            return None
        before = self._errors()
        kind = entry.get("type")
        if kind not in STEP_KINDS:
            shown = f"'{kind}'" if isinstance(kind, str) else "missing"
            self.error((*at, "type") if "type" in entry else at,
                       f"{where} has type {shown}: use one of {', '.join(STEP_KINDS)}")
            self.step_minutes.append(None)
            return None
        allowed = (*_COMMON_STEP_FIELDS, *_STEP_FIELDS[kind])
        for name in entry:
            if name in ("probation", "drug_service") and kind != DISCUSSION:
                self.warn((*at, name), f"'{name}' is shown only for a discussion; {where} is a {kind}")
            elif name not in allowed:
                self.warn((*at, name), f"unknown field '{name}' in {where} (a {kind} step has "
                          f"{', '.join(allowed)})")
        minutes = self._minutes(entry, (*at, "minutes"), where)
        self.step_minutes.append(minutes)
        title = self._text(entry, at, "title", where, required=kind in (DISCUSSION, ACTIVITY), limit=200)
        notes = self._text(entry, at, "notes", where, required=False) or ""
        if self.bundled and kind != BREAK and not notes:
            self.error(at, f"{where} has no facilitator 'notes': every step of a bundled plan needs them")
        fields: dict[str, str] = {}
        if kind == SECTION:
            fields = self._section(entry, at, where)
            title = title or _words(fields.get("section", ""))
        elif kind in (QUESTION, SCENARIO):
            fields, question_title = self._question(entry, at, where, kind)
            title = title or question_title
        elif kind in (DISCUSSION, ACTIVITY):
            prompt = self._text(entry, at, "prompt", where)
            fields = {"prompt": prompt or ""}
            if kind == DISCUSSION:
                fields["probation"] = self._text(entry, at, "probation", where, required=False) or ""
                fields["drug_service"] = self._text(entry, at, "drug_service", where, required=False) or ""
        elif kind == BREAK:
            title = title or "Break"
        if self._errors() > before or minutes is None:
            return None
        return PlanStep(kind, title or "", minutes, notes, line=self.line(at), **fields)

    def _section(self, entry: dict, at: tuple, where: str) -> dict[str, str]:
        module = self._text(entry, at, "module", where, limit=100)
        section = self._text(entry, at, "section", where, limit=200)
        if module is None or section is None:
            return {}
        if self.modules is not None:
            if module not in self.modules:
                self.error((*at, "module"), f"{where} names unknown module '{module}'")
                return {}
            anchors = list(self.modules[module])
            if section not in anchors:
                some = ", ".join(anchors[:4]) + (", …" if len(anchors) > 4 else "")
                self.error((*at, "section"), f"{where}: module '{module}' has no section '{section}' "
                           f"(its sections include {some})")
                return {}
        return {"module": module, "section": section}

    def _question(self, entry: dict, at: tuple, where: str, kind: str) -> tuple[dict[str, str], str]:
        quiz_id = self._text(entry, at, "quiz", where, limit=100)
        question_id = self._text(entry, at, "question", where, limit=100)
        if quiz_id is None or question_id is None:
            return {}, ""
        title = question_id
        if self.quizzes is not None:
            quiz = self.quizzes.get(quiz_id)
            if quiz is None:
                self.error((*at, "quiz"), f"{where} names unknown quiz '{quiz_id}'")
                return {}, ""
            question = quiz.question(question_id)
            if question is None:
                self.error((*at, "question"), f"{where}: quiz '{quiz_id}' has no question '{question_id}'")
                return {}, ""
            kind_found = question.type.value
            if kind == SCENARIO and kind_found != "scenario":
                self.error((*at, "question"), f"{where} is a scenario step but '{question_id}' is {_a(kind_found)} "
                           "question: use type: question, or name a scenario")
                return {}, ""
            if kind == QUESTION and kind_found not in GROUP_QUESTION_TYPES:
                hint = " (use type: scenario)" if kind_found == "scenario" else ""
                allowed = ", ".join(GROUP_QUESTION_TYPES[:-1]) + f" or {GROUP_QUESTION_TYPES[-1]}"
                self.error((*at, "question"), f"{where}: '{question_id}' is {_a(kind_found)} question, which a group "
                           f"cannot answer by a show of hands; use a {allowed} question{hint}")
                return {}, ""
            title = question.title or question_id
        return {"quiz": quiz_id, "question": question_id}, title


def _words(anchor: str) -> str:
    """'what-counts-as-an-nps' -> 'What counts as an nps': a fallback title for a section step without one."""
    text = anchor.replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word
