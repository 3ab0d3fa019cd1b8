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

from ..i18n import tr
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
                                 tr("plan id '{id}' is also used by {file}").format(id=plan.id,
                                                                                     file=seen[plan.id].name)))
            plan = None
        problems += found
        errors = [str(p) for p in found if p.severity is Severity.ERROR]
        if plan is None or errors:
            reasons = tuple(errors) or (tr("the plan could not be read"),)
            unavailable.append(UnavailablePlan(file, _title_of(file), reasons))
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
            return None, [Problem(file, 1, tr("file is too large for a session plan ({size} KB; at most "
                                              "{limit} KB)").format(size=size // 1024, limit=MAX_FILE_BYTES // 1024))]
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = file.read_bytes()[: exc.start].count(b"\n") + 1
        return None, [Problem(file, line, tr("file is not UTF-8 text: save it as UTF-8"))]
    except OSError as exc:
        return None, [Problem(file, 1, tr("cannot read file: {reason}").format(reason=exc.strerror or exc))]
    text = text.lstrip("\ufeff")
    if not text.strip():
        return None, [Problem(file, 1, tr("file is empty: a plan needs id, title, version, summary, audience, "
                                          "minutes, outcomes and steps"))]
    if "\x00" in text:
        return None, [Problem(file, text[: text.index("\x00")].count("\n") + 1, tr("file contains a NUL character"))]
    fields, problems = read_yaml_fields(text, file, 1, tr("plan", "names the text in a message"))
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
                self.warn((name,), tr("unknown field '{name}' (expected {fields})").format(
                    name=name, fields=", ".join(_PLAN_FIELDS)))
        plan_id = self._text(data, (), "id", None)
        if plan_id is not None:
            if not _ID.match(plan_id):
                self.error(("id",), tr("plan id '{id}' must be lower-case words joined by hyphens, e.g. "
                                       "overdose-naloxone-release").format(id=plan_id))
            elif plan_id != self.file.stem:
                self.error(("id",), tr("plan id '{id}' must match the file name '{name}'").format(
                    id=plan_id, name=self.file.stem))
        title = self._text(data, (), "title", None)
        version = self._text(data, (), "version", None, allow_number=True)
        summary = self._text(data, (), "summary", None)
        audience = self._text(data, (), "audience", None)
        minutes = self._minutes(data, ("minutes",), None)
        outcomes = self._texts(data, "outcomes", required=True)
        sources = self._texts(data, "sources", required=self.bundled)
        reviewed = self._reviewed(data)
        steps = self._steps(data)
        if minutes is not None:
            # Only when every step's minutes could be read: a step refused for another reason still counts.
            if self.step_minutes and None not in self.step_minutes:
                total = sum(m for m in self.step_minutes if m is not None)
                if total != minutes:
                    message = tr("the steps add up to {total} minutes but the plan says {minutes}").format(
                        total=total, minutes=minutes)
                    (self.error if self.bundled else self.warn)(("minutes",), message)
            if self.bundled and not BUNDLED_MINUTES[0] <= minutes <= BUNDLED_MINUTES[1]:
                self.error(("minutes",), tr("a bundled plan runs {least} to {most} minutes, not {minutes}").format(
                    least=BUNDLED_MINUTES[0], most=BUNDLED_MINUTES[1], minutes=minutes))
        if self._errors() > before:
            return None
        return SessionPlan(plan_id or "", title or "", version or "", summary or "", audience or "",
                           minutes or 0, tuple(outcomes), tuple(steps), tuple(sources), reviewed, self.file)

    def _text(self, entry: dict, at: tuple, name: str, step: int | None, *, required: bool = True,
              allow_number: bool = False, limit: int = MAX_TEXT) -> str | None:
        """A text field of the plan (``step`` None) or of step number ``step``."""
        if name not in entry or entry[name] is None:
            if required:
                self.error(at, (tr("the plan has no '{field}'") if step is None
                                else tr("step {number} has no '{field}'")).format(field=name, number=step))
            return None
        value = entry[name]
        if allow_number and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.error((*at, name), (tr("'{field}' of the plan must be text") if step is None
                                     else tr("'{field}' of step {number} must be text")).format(field=name,
                                                                                               number=step))
            return None
        if not value.strip():
            if required:
                self.error((*at, name), (tr("'{field}' of the plan is empty") if step is None
                                         else tr("'{field}' of step {number} is empty")).format(field=name,
                                                                                               number=step))
            return None
        if len(value) > limit:
            message = (tr("'{field}' of the plan is too long ({length} characters; at most {limit})") if step is None
                       else tr("'{field}' of step {number} is too long ({length} characters; at most {limit})"))
            self.error((*at, name), message.format(field=name, number=step, length=len(value), limit=limit))
            return None
        return value.strip()

    def _minutes(self, entry: dict, key: tuple, step: int | None) -> int | None:
        value = entry.get(key[-1])
        if key[-1] not in entry:
            self.error(key[:-1], (tr("the plan has no 'minutes'") if step is None
                                  else tr("step {number} has no 'minutes'")).format(number=step))
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1 or value > 600:
            self.error(key, (tr("'minutes' of the plan must be a whole number of minutes from 1 to 600") if step is None
                             else tr("'minutes' of step {number} must be a whole number of minutes from 1 to 600"))
                       .format(number=step))
            return None
        return value

    def _texts(self, data: dict, name: str, *, required: bool) -> list[str]:
        value = data.get(name)
        if value is None:
            if required:
                self.error((), tr("the plan has no '{field}' list").format(field=name))
            return []
        if not isinstance(value, list) or not value:
            self.error((name,), tr("'{field}' must be a list, each line starting with '- '").format(field=name))
            return []
        texts = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error((name, index), tr("item {number} of '{field}' must be text").format(number=index + 1,
                                                                                                 field=name))
            elif len(item) > MAX_TEXT:
                self.error((name, index), tr("item {number} of '{field}' is too long (at most {limit} characters)")
                           .format(number=index + 1, field=name, limit=MAX_TEXT))
            else:
                texts.append(" ".join(item.split()))
        return texts

    def _reviewed(self, data: dict) -> date | None:
        if "reviewed" not in data:
            if self.bundled:
                self.error((), tr("the plan has no 'reviewed' date (when its content was last checked, e.g. "
                                  "2026-12-01)"))
            return None
        value = data["reviewed"]
        if isinstance(value, date):
            return value
        self.error(("reviewed",), tr("'reviewed' must be a date written as YYYY-MM-DD"))
        return None

    # -- steps --------------------------------------------------------------------------------------------
    def _steps(self, data: dict) -> list[PlanStep]:
        value = data.get("steps")
        if value is None:
            self.error((), tr("the plan has no 'steps': list them under 'steps:', each starting with '- type:'"))
            return []
        if not isinstance(value, list) or not value:
            self.error(("steps",), tr("'steps' must be a list of steps, each starting with '- type:'"))
            return []
        if len(value) > MAX_STEPS:
            self.error(("steps",), tr("the plan has {count} steps; at most {limit}").format(count=len(value),
                                                                                             limit=MAX_STEPS))
            return []
        steps = []
        for index, entry in enumerate(value):
            step = self._step(index, entry)
            if step is not None:
                steps.append(step)
        return steps

    def _step(self, index: int, entry: object) -> PlanStep | None:
        at = ("steps", index)
        where = index + 1
        if not isinstance(entry, dict):
            self.error(at, tr("step {number} must be a set of fields starting with '- type:'").format(number=where))
            self.step_minutes.append(None)
            return None
        before = self._errors()
        kind = entry.get("type")
        if kind not in STEP_KINDS:
            if isinstance(kind, str):
                message = tr("step {number} has type '{type}': use one of {types}")
            else:
                message = tr("step {number} has no type: use one of {types}")
            self.error((*at, "type") if "type" in entry else at,
                       message.format(number=where, type=kind, types=", ".join(STEP_KINDS)))
            self.step_minutes.append(None)
            return None
        allowed = (*_COMMON_STEP_FIELDS, *_STEP_FIELDS[kind])
        for name in entry:
            if name in ("probation", "drug_service") and kind != DISCUSSION:
                self.warn((*at, name), tr("'{field}' is shown only for a discussion; step {number} is a {type}")
                          .format(field=name, number=where, type=kind))
            elif name not in allowed:
                self.warn((*at, name), tr("unknown field '{field}' in step {number} (a {type} step has {fields})")
                          .format(field=name, number=where, type=kind, fields=", ".join(allowed)))
        minutes = self._minutes(entry, (*at, "minutes"), where)
        self.step_minutes.append(minutes)
        title = self._text(entry, at, "title", where, required=kind in (DISCUSSION, ACTIVITY), limit=200)
        notes = self._text(entry, at, "notes", where, required=False) or ""
        if self.bundled and kind != BREAK and not notes:
            self.error(at, tr("step {number} has no facilitator 'notes': every step of a bundled plan needs them")
                       .format(number=where))
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
            title = title or tr("Break")
        if self._errors() > before or minutes is None:
            return None
        return PlanStep(kind, title or "", minutes, notes, line=self.line(at), **fields)

    def _section(self, entry: dict, at: tuple, where: int) -> dict[str, str]:
        module = self._text(entry, at, "module", where, limit=100)
        section = self._text(entry, at, "section", where, limit=200)
        if module is None or section is None:
            return {}
        if self.modules is not None:
            if module not in self.modules:
                self.error((*at, "module"), tr("step {number} names unknown module '{module}'").format(
                    number=where, module=module))
                return {}
            anchors = list(self.modules[module])
            if section not in anchors:
                some = ", ".join(anchors[:4]) + (", …" if len(anchors) > 4 else "")
                self.error((*at, "section"), tr("step {number}: module '{module}' has no section '{section}' (its "
                                                "sections include {some})").format(
                    number=where, module=module, section=section, some=some))
                return {}
        return {"module": module, "section": section}

    def _question(self, entry: dict, at: tuple, where: int, kind: str) -> tuple[dict[str, str], str]:
        quiz_id = self._text(entry, at, "quiz", where, limit=100)
        question_id = self._text(entry, at, "question", where, limit=100)
        if quiz_id is None or question_id is None:
            return {}, ""
        title = question_id
        if self.quizzes is not None:
            quiz = self.quizzes.get(quiz_id)
            if quiz is None:
                self.error((*at, "quiz"), tr("step {number} names unknown quiz '{quiz}'").format(number=where,
                                                                                                  quiz=quiz_id))
                return {}, ""
            question = quiz.question(question_id)
            if question is None:
                self.error((*at, "question"), tr("step {number}: quiz '{quiz}' has no question '{question}'").format(
                    number=where, quiz=quiz_id, question=question_id))
                return {}, ""
            kind_found = question.type.value
            if kind == SCENARIO and kind_found != "scenario":
                #: {a_type} is the type with 'a' or 'an' before it, for the English; {type} is the type alone
                self.error((*at, "question"), tr("step {number} is a scenario step but '{question}' is {a_type} "
                                                 "question: use type: question, or name a scenario").format(
                    number=where, question=question_id, a_type=_a(kind_found), type=kind_found))
                return {}, ""
            if kind == QUESTION and kind_found not in GROUP_QUESTION_TYPES:
                if kind_found == "scenario":
                    #: {a_type} is the type with 'a' or 'an' before it, for the English; {type} is the type alone
                    message = tr("step {number}: '{question}' is {a_type} question, which a group cannot answer by a "
                                 "show of hands; use a single-choice, multiple-response or true-false question (use "
                                 "type: scenario)")
                else:
                    #: {a_type} is the type with 'a' or 'an' before it, for the English; {type} is the type alone
                    message = tr("step {number}: '{question}' is {a_type} question, which a group cannot answer by a "
                                 "show of hands; use a single-choice, multiple-response or true-false question")
                self.error((*at, "question"), message.format(number=where, question=question_id,
                                                             a_type=_a(kind_found), type=kind_found))
                return {}, ""
            title = question.title or question_id
        return {"quiz": quiz_id, "question": question_id}, title


def _words(anchor: str) -> str:
    """'what-counts-as-an-nps' -> 'What counts as an nps': a fallback title for a section step without one."""
    text = anchor.replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word
