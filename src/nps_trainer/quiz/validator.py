"""Validate quiz files: structure (via the loader) plus ids, references, scenario graphs and modules."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nps_trainer.i18n import tr
from nps_trainer.validation import Problem, ProblemLog, has_errors

from .loader import load_quiz
from .model import (
    AnyQuestion,
    Matching,
    MultipleResponse,
    Ordering,
    Quiz,
    Scenario,
    ShortAnswer,
    SingleChoice,
)
from .normalise import normalise_answer

KnownModules = dict[str, set[str]]


def quiz_files(root: Path) -> list[Path]:
    """The quiz files under ``root`` (a folder or a single file), in a stable order."""
    if root.is_file():
        return [root]
    return sorted([*root.glob("*.yaml"), *root.glob("*.yml")])


def validate_quizzes(root: Path, known_modules: KnownModules | None = None) -> list[Problem]:
    """Every problem in the quiz files under ``root``.

    ``known_modules`` maps module id to its section anchors; when given, module and section references
    are checked against it.
    """
    return load_quizzes(root, known_modules)[1]


def load_quizzes(root: Path, known_modules: KnownModules | None = None) -> tuple[list[Quiz], list[Problem]]:
    """Load and validate every quiz under ``root``. Quizzes with errors are left out of the list."""
    quizzes: list[Quiz] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in quiz_files(root):
        quiz, found = load_quiz(path)
        if quiz is not None:
            found += check_quiz(quiz, known_modules)
            if quiz.id in seen:
                found.append(Problem(path, quiz.line, tr("quiz id '{id}' is also used by {path}").format(
                    id=quiz.id, path=seen[quiz.id])))
            seen.setdefault(quiz.id, path)
        found.sort(key=lambda p: p.line)
        problems += found
        if quiz is not None and not has_errors(found):
            quizzes.append(quiz)
    return quizzes, problems


def check_quiz(quiz: Quiz, known_modules: KnownModules | None = None) -> list[Problem]:
    """Checks that need the whole built quiz (the loader has already checked each value)."""
    check = _Checker(quiz.path or Path(f"{quiz.id}.yaml"))
    check.duplicates([(q.id, q.line) for q in quiz.questions], tr("question id"))
    check.previous_ids(quiz)
    for question in quiz.questions:
        check.question(question)
    check.selection(quiz)
    if known_modules is not None:
        check.modules(quiz, known_modules)
    return check.problems


class _Checker(ProblemLog):

    def duplicates(self, ids: list[tuple[str, int]], what: str, where: str = "") -> None:
        counts = Counter(i for i, _ in ids if i)
        reported: set[str] = set()
        for ident, _line in ids:
            if counts[ident] > 1 and ident not in reported:
                later = [ln for i, ln in ids if i == ident][1]
                self.error(later, tr("{where}duplicate {what} '{ident}'").format(where=where, what=what, ident=ident))
                reported.add(ident)

    def previous_ids(self, quiz: Quiz) -> None:
        """A previous id must not be a current id (or saved answers would find the wrong question), nor
        belong to two questions."""
        current = {q.id for q in quiz.questions}
        owner: dict[str, str] = {}
        for q in quiz.questions:
            for pid in q.previous_ids:
                if pid in current:
                    which = tr("its own id") if pid == q.id else tr("the id of question '{pid}'").format(pid=pid)
                    self.error(q.line, tr("question '{id}': previous id '{pid}' is {which}").format(
                        id=q.id, pid=pid, which=which))
                elif pid in owner:
                    self.error(q.line, tr("question '{id}': previous id '{pid}' is also a previous id of "
                                          "question '{owner}'").format(id=q.id, pid=pid, owner=owner[pid]))
                owner.setdefault(pid, q.id)

    def question(self, q: AnyQuestion) -> None:
        where = tr("question '{id}': ").format(id=q.id)
        if isinstance(q, SingleChoice | MultipleResponse):
            self.duplicates([(o.id, o.line) for o in q.options], tr("option id"), where)
            correct = [o for o in q.options if o.correct]
            if isinstance(q, SingleChoice) and any(o.credit == 1.0 and not o.correct for o in q.options):
                self.warn(q.line, tr("{where}an option not named in 'answer' has full credit").format(where=where))
            if isinstance(q, MultipleResponse) and correct and len(correct) == len(q.options):
                self.warn(q.line, tr("{where}every option is correct; ticking everything scores full marks").format(
                    where=where))
        elif isinstance(q, Ordering):
            self.duplicates([(i.id, i.line) for i in q.items], tr("item id"), where)
        elif isinstance(q, Matching):
            self.duplicates([(p.id, p.line) for p in q.pairs], tr("pair id"), where)
            for d in q.distractors:
                if d in {p.answer for p in q.pairs}:
                    self.error(q.line, tr("{where}distractor '{d}' is also a right answer").format(where=where, d=d))
        elif isinstance(q, ShortAnswer):
            self.duplicates([(normalise_answer(a.text), a.line) for a in q.accept], tr("accepted answer"), where)
        elif isinstance(q, Scenario):
            self.scenario(q, where)

    def scenario(self, q: Scenario, where: str) -> None:
        if not q.endings:
            self.error(q.line, tr("{where}scenario has no endings").format(where=where))
        if not q.nodes:
            self.error(q.line, tr("{where}scenario has no nodes").format(where=where))
            return
        self.duplicates(
            [(n.id, n.line) for n in q.nodes] + [(e.id, e.line) for e in q.endings],
            tr("node or ending id"),
            where,
        )
        choices = [c for n in q.nodes for c in n.choices]
        self.duplicates([(c.id, c.line) for c in choices], tr("choice id"), where)
        node_ids = {n.id for n in q.nodes}
        targets = node_ids | {e.id for e in q.endings}
        choice_ids = {c.id for c in choices}
        if q.start and q.start not in node_ids:
            self.error(q.line, tr("{where}start node '{start}' does not exist").format(where=where, start=q.start))
        graph: dict[str, set[str]] = {n.id: set() for n in q.nodes}
        for node in q.nodes:
            for choice in node.choices:
                for rule in choice.goto:
                    if rule.target not in targets:
                        self.error(rule.line or choice.line, tr("{where}goto target '{target}' does not exist").format(
                            where=where, target=rule.target))
                    else:
                        graph[node.id].add(rule.target)
                    for cid in rule.condition.choice_ids() if rule.condition else []:
                        if cid not in choice_ids:
                            self.error(
                                rule.condition.line if rule.condition else rule.line,
                                tr("{where}condition refers to choice '{cid}', which does not exist").format(
                                    where=where, cid=cid),
                            )
        self.reachability(q, where, graph)

    def reachability(self, q: Scenario, where: str, graph: dict[str, set[str]]) -> None:
        reached: set[str] = set()
        stack = [q.start] if q.start in graph else []
        while stack:
            current = stack.pop()
            if current in reached:
                continue
            reached.add(current)
            stack.extend(graph.get(current, ()))
        if not reached:
            return
        for node in q.nodes:
            if node.id not in reached:
                self.error(node.line, tr("{where}node '{id}' is unreachable from the start").format(
                    where=where, id=node.id))
        for ending in q.endings:
            if ending.id not in reached:
                self.error(ending.line, tr("{where}ending '{id}' is unreachable from the start").format(
                    where=where, id=ending.id))
        ending_ids = {e.id for e in q.endings}
        can_end = set(ending_ids)
        changed = True
        while changed:
            changed = False
            for nid, nexts in graph.items():
                if nid not in can_end and nexts & can_end:
                    can_end.add(nid)
                    changed = True
        for node in q.nodes:
            if node.id in reached and node.id not in can_end:
                self.error(node.line, tr("{where}node '{id}' can never lead to an ending").format(
                    where=where, id=node.id))

    def selection(self, quiz: Quiz) -> None:
        taken = 0
        for draw in quiz.selection.draws:
            pool = [q for q in quiz.questions if draw.tag is None or draw.tag in q.tags]
            if draw.tag is not None and not pool:
                self.error(draw.line, tr("selection: no question is tagged '{tag}'").format(tag=draw.tag))
            elif len(pool) < draw.count:
                self.error(draw.line, tr("selection: draws {count} but only {available} question(s) qualify").format(
                    count=draw.count, available=len(pool)))
            taken += draw.count
        if taken > len(quiz.questions):
            self.error(quiz.line, tr("selection: draws {taken} questions but the bank has {bank}").format(
                taken=taken, bank=len(quiz.questions)))

    def modules(self, quiz: Quiz, known: KnownModules) -> None:
        for module in quiz.modules:
            if module not in known:
                self.error(quiz.key_lines.get("modules", quiz.line),
                    tr("quiz links to unknown module '{module}'").format(module=module))
        for q in quiz.questions:
            if q.source is None:
                continue
            line = q.source.line or q.line
            if q.source.module not in known:
                self.error(line, tr("question '{id}': unknown module '{module}'").format(
                    id=q.id, module=q.source.module))
            elif q.source.section not in known[q.source.module]:
                self.error(line, tr("question '{id}': module '{module}' has no section '{section}'").format(
                    id=q.id, module=q.source.module, section=q.source.section))
            if q.source.module not in quiz.modules:
                self.warn(line, tr("question '{id}': module '{module}' is not in the quiz's modules").format(
                    id=q.id, module=q.source.module))
