"""Load a quiz from a YAML file into the model, reporting structural problems with line numbers."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.i18n import tr
from nps_trainer.validation import Problem
from nps_trainer.yaml_reader import LMap, YamlFault, read_yaml

from .model import (
    AnyQuestion,
    Draw,
    MultipleResponseCredit,
    OrderingCredit,
    Quiz,
    QuizMode,
    ScoringRules,
    Selection,
    Shuffle,
)
from .question_loader import load_question
from .reader import Reader

QUIZ_KEYS = {
    "id", "title", "version", "description", "category", "modules", "mode", "pass_mark",
    "selection", "shuffle", "scoring", "questions",
}  # fmt: skip


def load_quiz(path: Path) -> tuple[Quiz | None, list[Problem]]:
    """Read and build one quiz file. The quiz is ``None`` only if the file cannot be read at all."""
    from ..validation import read_utf8_file

    text, problems = read_utf8_file(path, unreadable=tr("cannot read quiz file: {reason}"))
    if text is None:
        return None, problems
    if not text.strip():
        return None, [Problem(path, 1, tr("file is empty: a quiz starts with id, title, version and questions"))]
    return load_quiz_text(text, path)


def load_quiz_text(text: str, path: Path) -> tuple[Quiz | None, list[Problem]]:
    r = Reader(path)
    document = read_yaml(text)
    fatal = next((p for p in document.problems if p.fatal), None)
    if fatal is not None:
        return None, [Problem(path, fatal.line, fatal.message)]
    for problem in document.problems:  # duplicate keys and values that cannot be read: errors, as everywhere
        r.error(problem.line, problem.message)
    if r.problems and any(p.fault is not YamlFault.DUPLICATE for p in document.problems):
        return None, r.problems  # a value that is missing now would only be reported again, less clearly
    data = document.data
    if not isinstance(data, LMap):
        where = getattr(data, "line", 1) or 1  # a list's first line; a file of comments only, its first
        r.error(where, tr("a quiz file must be a YAML mapping (id, title, version, ..., questions)"))
        return None, r.problems
    return _quiz(r, data, path), r.problems


def _quiz(r: Reader, data: LMap, path: Path) -> Quiz:
    r.check_keys(data, QUIZ_KEYS, tr("quiz"))
    qid = r.ident(data, "id", tr("quiz"), slug=True)
    if qid and path.suffix in (".yaml", ".yml") and path.stem != qid:
        r.warn(data.line_of("id"), tr("quiz id '{qid}' differs from the file name '{name}'").format(
            qid=qid, name=path.name))
    version = data.get("version")
    if version is not None and not isinstance(version, str):
        r.error(data.line_of("version"), tr("quiz: 'version' must be quoted text, e.g. \"{version}\"").format(
            version=version))
    modules = r.text_list(data, "modules", tr("quiz"))
    if not modules:
        r.error(data.line_of("modules"), tr("quiz: 'modules' must list at least one module id"))
    if "pass_mark" not in data:
        r.error(data.line, tr("quiz: 'pass_mark' is missing (a percentage, 0 to 100)"))
    pass_mark = r.number(data, "pass_mark", tr("quiz"), 0, 100)
    return Quiz(
        id=qid,
        title=r.text(data, "title", tr("quiz")),
        version=(r.text(data, "version", tr("quiz")) if version is None or isinstance(version, str)
                 else str(version or "")),
        description=r.text(data, "description", tr("quiz"), required=False),
        category=r.text(data, "category", tr("quiz"), required=False),
        modules=modules,
        mode=r.choice(data, "mode", tr("quiz"), QuizMode) or QuizMode.EITHER,
        pass_mark=80.0 if pass_mark is None else pass_mark,
        selection=_selection(r, data),
        shuffle=_shuffle(r, data),
        scoring=_scoring(r, data),
        questions=_questions(r, data),
        path=path,
        line=data.line,
        key_lines=dict(data.lines),
    )


def _selection(r: Reader, data: LMap) -> Selection:
    raw = data.get("selection", "all")
    if raw == "all" or raw is None:
        return Selection()
    sel = r.mapping(raw, data.line_of("selection"), tr("quiz: 'selection' (use 'all' or a mapping with 'draw')"))
    if sel is None:
        return Selection()
    r.check_keys(sel, {"draw"}, "selection")
    seq = r.sequence(sel.get("draw"), sel.line_of("draw"), tr("selection: 'draw'"))
    draws: list[Draw] = []
    for i, entry in enumerate(seq or []):
        item = r.mapping(entry, seq.line_of(i) if seq else sel.line, tr("selection: draw {number}").format(
            number=i + 1))
        if item is None:
            continue
        r.check_keys(item, {"tag", "count"}, "selection draw")
        count = item.get("count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            r.error(
                item.line_of("count"),
                tr("selection: draw {number}: 'count' must be a whole number of at least 1").format(number=i + 1),
            )
            continue
        tag = r.text(item, "tag", tr("selection: draw {number}").format(number=i + 1), required=False) or None
        draws.append(Draw(count, tag, line=item.line))
    if seq is not None and not draws:
        r.error(sel.line, tr("selection: 'draw' has no valid draws"))
    return Selection(draws)


def _shuffle(r: Reader, data: LMap) -> Shuffle:
    if "shuffle" not in data:
        return Shuffle()
    sh = r.mapping(data["shuffle"], data.line_of("shuffle"), tr("quiz: 'shuffle'"))
    if sh is None:
        return Shuffle()
    r.check_keys(sh, {"questions", "options"}, "shuffle")
    return Shuffle(r.flag(sh, "questions", "shuffle", False), r.flag(sh, "options", "shuffle", False))


def _scoring(r: Reader, data: LMap) -> ScoringRules:
    if "scoring" not in data:
        r.error(data.line, tr("quiz: 'scoring' is missing (state the multiple_response and ordering credit rules)"))
        return ScoringRules()
    sc = r.mapping(data["scoring"], data.line_of("scoring"), tr("quiz: 'scoring'"))
    if sc is None:
        return ScoringRules()
    r.check_keys(sc, {"multiple_response", "ordering"}, "scoring")
    defaults = ScoringRules()
    return ScoringRules(
        multiple_response=r.choice(sc, "multiple_response", "scoring", MultipleResponseCredit)
        or defaults.multiple_response,
        ordering=r.choice(sc, "ordering", "scoring", OrderingCredit) or defaults.ordering,
    )


def _questions(r: Reader, data: LMap) -> list[AnyQuestion]:
    if "questions" not in data:
        r.error(data.line, tr("quiz: 'questions' is missing"))
        return []
    seq = r.sequence(data["questions"], data.line_of("questions"), tr("quiz: 'questions'"))
    questions: list[AnyQuestion] = []
    for i, raw in enumerate(seq or []):
        item = r.mapping(raw, seq.line_of(i) if seq else data.line, tr("question {number}").format(number=i + 1))
        if item is None:
            continue
        question = load_question(r, item, i)
        if question is not None:
            questions.append(question)
    if seq is not None and not seq:
        r.error(data.line_of("questions"), tr("quiz: 'questions' is empty"))
    return questions
