"""GIFT interchange with Moodle: import questions from GIFT text and export a quiz to GIFT.

Supported both ways: single choice (with partial-credit options), multiple response (weights), true/false,
short answer (with partial-credit answers), matching and missing word (a prompt with ``_____``), with
question titles, per-answer feedback and general feedback (``####``, our explanation).

Not supported, and always reported in the notes rather than dropped silently: numerical questions, essays
(``{}``), descriptions (no answer block), ordering questions and branching scenarios (GIFT cannot express
them), matching feedback per pair. Our module section references, ids and tags travel in ``// @key: value``
comment lines, which Moodle ignores, so a round trip through our own importer is lossless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .gift_syntax import escape, find_unescaped, split_answers, split_unescaped, unescape
from .model import (
    BLANK,
    AcceptedAnswer,
    Anchor,
    AnyQuestion,
    Matching,
    MatchPair,
    MultipleResponse,
    MultipleResponseCredit,
    Option,
    Ordering,
    Quiz,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)


class NoteKind(StrEnum):
    INFO = "info"  # nothing lost (e.g. a comment that was skipped)
    CHANGED = "changed"  # imported or exported, but not exactly as written
    SKIPPED = "skipped"  # not imported or exported at all


@dataclass(frozen=True)
class ImportNote:
    line: int  # where the question (or comment) starts in the GIFT text
    kind: NoteKind
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.kind.value}: {self.message}"


@dataclass(frozen=True)
class ExportNote:
    question_id: str  # "" for the quiz as a whole
    kind: NoteKind
    message: str

    def __str__(self) -> str:
        where = f"question '{self.question_id}'" if self.question_id else "quiz"
        return f"{where}: {self.kind.value}: {self.message}"


# ---------------------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------------------

_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)$", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_META = re.compile(r"^//\s*@([A-Za-z0-9_.-]+):\s*(.*)$")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class _Block:
    line: int
    lines: list[tuple[int, str]]


@dataclass
class _Answer:
    marker: str  # "=" or "~"
    weight: float | None  # percentage, if given
    raw: str  # the answer still escaped, without weight and feedback
    feedback: str

    @property
    def text(self) -> str:
        return unescape(self.raw)


class _Importer:
    def __init__(self) -> None:
        self.notes: list[ImportNote] = []
        self.questions: list[AnyQuestion] = []
        self.used_ids: set[str] = set()

    def note(self, line: int, kind: NoteKind, message: str) -> None:
        self.notes.append(ImportNote(line, kind, message))

    def run(self, text: str) -> None:
        for block in _blocks(text):
            self.block(block)

    def block(self, block: _Block) -> None:
        meta: dict[str, str] = {}
        content: list[str] = []
        for number, raw in block.lines:
            stripped = raw.strip()
            if stripped.startswith("//"):
                if m := _META.match(stripped):
                    meta[m.group(1)] = m.group(2).strip()
                else:
                    self.note(number, NoteKind.INFO, f"comment skipped: {stripped[2:].strip()}")
            else:
                content.append(raw)
        if content:
            self.question("\n".join(content), meta, next(n for n, r in block.lines if not r.strip().startswith("//")))

    def question(self, text: str, meta: dict[str, str], line: int) -> None:
        text = text.strip()
        title = ""
        if text.startswith("::"):
            end = find_unescaped(text, "::", 2)
            if end != -1:
                title = unescape(text[2:end])
                text = text[end + 2 :].lstrip()
        if m := _FORMAT.match(text):
            if m.group(1).lower() not in ("plain", "markdown"):
                self.note(line, NoteKind.CHANGED, f"{m.group(1)} text format imported as plain text")
            text = text[m.end() :]
        start = find_unescaped(text, "{")
        label = f"'{title}'" if title else repr(unescape(text[: start if start != -1 else None])[:60])
        end = find_unescaped(text, "}", start + 1) if start != -1 else -1
        if start == -1 or end == -1:
            self.note(line, NoteKind.SKIPPED, f"{label}: no answer block, so not a question (description?)")
            return
        head, block, tail = text[:start], text[start + 1 : end], text[end + 1 :]
        prompt = unescape(head + (BLANK + tail if tail.strip() else ""))
        general = ""
        if (mark := find_unescaped(block, "####")) != -1:
            general = unescape(block[mark + 4 :])
            block = block[:mark]
        common = {
            "id": self.new_id(meta.get("id") or title, line),
            "prompt": prompt,
            "explanation": general,
            "title": title,
            "tags": [t.strip() for t in meta.get("tags", "").split(",") if t.strip()],
            "source": _anchor(meta.get("source", "")),
        }
        question = self.build(block.strip(), common, meta, line, label)
        if question is not None:
            self.questions.append(question)
            self.used_ids.add(question.id)

    def build(self, block: str, common: dict, meta: dict[str, str], line: int, label: str) -> AnyQuestion | None:
        if not block:
            self.note(line, NoteKind.SKIPPED, f"{label}: essay questions ({{}}) are not supported")
            return None
        if block.startswith("#"):
            self.note(line, NoteKind.SKIPPED, f"{label}: numerical questions are not supported")
            return None
        parts = split_unescaped(block, "#")
        if _TRUE_FALSE.match(parts[0].strip()):
            return self.true_false(parts, common, line, label)
        before, raw_answers = split_answers(block)
        if before.strip() or not raw_answers:
            self.note(line, NoteKind.SKIPPED, f"{label}: cannot read the answer block")
            return None
        answers = [_answer(raw) for raw in raw_answers]
        ids = meta.get("ids", "").split()
        if any(find_unescaped(a.raw, "->") != -1 for a in answers if a.marker == "="):
            return self.matching(answers, ids, common, meta, line, label)
        if any(a.marker == "~" for a in answers):
            if any(a.marker == "=" for a in answers):
                return self.single(answers, ids, common, line, label)
            return self.multiple(answers, ids, common, meta, line, label)
        return self.short(answers, common, line, label)

    def true_false(self, parts: list[str], common: dict, line: int, label: str) -> TrueFalse:
        answer = parts[0].strip().lower().startswith("t")
        wrong = unescape(parts[1]) if len(parts) > 1 else ""
        right = unescape(parts[2]) if len(parts) > 2 else ""
        if len(parts) > 3:
            self.note(line, NoteKind.CHANGED, f"{label}: extra '#' feedback after the second ignored")
        return TrueFalse(
            answer=answer,
            feedback_true=right if answer else wrong,
            feedback_false=wrong if answer else right,
            **common,
        )

    def single(self, answers: list[_Answer], ids: list[str], common: dict, line: int, label: str) -> SingleChoice:
        options = []
        for i, a in enumerate(answers):
            credit = None
            correct = a.marker == "=" and (a.weight is None or a.weight >= 100)
            if a.marker == "~" and a.weight is not None:
                if a.weight >= 100:
                    correct = True
                elif a.weight > 0:
                    credit = a.weight / 100
                elif a.weight < 0:
                    self.note(line, NoteKind.CHANGED, f"{label}: negative weight on '{a.text}' scored as 0")
            elif a.marker == "=" and a.weight is not None and a.weight < 100:
                credit = max(0.0, a.weight / 100)
            options.append(Option(_nth_id(ids, i, "option"), a.text, correct, a.feedback, credit))
        if sum(o.correct for o in options) > 1:
            self.note(line, NoteKind.CHANGED, f"{label}: several '=' answers; only the first is marked correct")
            for o in [o for o in options if o.correct][1:]:
                o.correct, o.credit = False, 1.0
        return SingleChoice(options=options, **common)

    def multiple(
        self,
        answers: list[_Answer],
        ids: list[str],
        common: dict,
        meta: dict[str, str],
        line: int,
        label: str,
    ) -> MultipleResponse | None:
        options = [
            Option(_nth_id(ids, i, "option"), a.text, (a.weight or 0) > 0, a.feedback) for i, a in enumerate(answers)
        ]
        right = [a.weight for a in answers if (a.weight or 0) > 0]
        wrong = [a.weight or 0.0 for a in answers if (a.weight or 0) <= 0]
        if not right:
            self.note(line, NoteKind.SKIPPED, f"{label}: no answer has a positive weight, so none is correct")
            return None
        credit: MultipleResponseCredit | None
        if meta.get("credit") == "default":
            credit = None
        elif meta.get("credit") in {c.value for c in MultipleResponseCredit}:
            credit = MultipleResponseCredit(meta["credit"])
        elif wrong and all(w <= -100 for w in wrong):
            credit = MultipleResponseCredit.ALL_OR_NOTHING
            self.note(line, NoteKind.CHANGED, f"{label}: wrong answers weighted -100%: imported as all-or-nothing")
        else:
            credit = MultipleResponseCredit.RIGHT_MINUS_WRONG
            if any(abs(w - 100 / len(right)) > 0.01 for w in right if w is not None) or not all(w < 0 for w in wrong):
                self.note(
                    line,
                    NoteKind.CHANGED,
                    f"{label}: GIFT weights replaced by the right-minus-wrong rule (each right answer counts "
                    "equally; each wrong tick takes off its share)",
                )
        return MultipleResponse(options=options, credit=credit, **common)

    def matching(
        self,
        answers: list[_Answer],
        ids: list[str],
        common: dict,
        meta: dict[str, str],
        line: int,
        label: str,
    ) -> Matching:
        pairs: list[MatchPair] = []
        distractors: list[str] = []
        for a in answers:
            arrow = find_unescaped(a.raw, "->")
            left, right = (unescape(a.raw[:arrow]), unescape(a.raw[arrow + 2 :])) if arrow != -1 else ("", "")
            if a.marker != "=" or not right:
                self.note(line, NoteKind.SKIPPED, f"{label}: matching entry '{a.text}' is not 'left -> right'")
                continue
            if left:
                pid = _nth_id(ids, len(pairs), "pair")
                feedback = a.feedback or unescape(meta.get(f"feedback.{pid}", ""))
                pairs.append(MatchPair(pid, left, right, feedback))
            else:
                distractors.append(right)
        return Matching(pairs=pairs, distractors=distractors, **common)

    def short(self, answers: list[_Answer], common: dict, line: int, label: str) -> ShortAnswer:
        accept = []
        for a in answers:
            credit = 1.0 if a.weight is None else max(0.0, min(1.0, a.weight / 100))
            if a.weight is not None and a.weight <= 0:
                self.note(line, NoteKind.CHANGED, f"{label}: answer '{a.text}' with weight {a.weight:g}% earns 0")
            accept.append(AcceptedAnswer(a.text, credit, a.feedback))
        return ShortAnswer(accept=accept, **common)

    def new_id(self, wanted: str, line: int) -> str:
        base = _SLUG.sub("-", wanted.lower()).strip("-")[:40].strip("-") or f"q{len(self.questions) + 1}"
        ident, n = base, 2
        while ident in self.used_ids:
            ident, n = f"{base}-{n}", n + 1
        if wanted and ident != wanted and ident != base:
            self.note(line, NoteKind.CHANGED, f"id '{base}' already used; this question is '{ident}'")
        return ident


def _answer(raw: str) -> _Answer:
    marker, body = raw[0], raw[1:].strip()
    weight = None
    if m := _WEIGHT.match(body):
        weight = float(m.group(1))
        body = body[m.end() :]
    parts = split_unescaped(body, "#")
    return _Answer(marker, weight, parts[0], unescape("#".join(parts[1:])))


def _nth_id(ids: list[str], i: int, kind: str) -> str:
    if i < len(ids):
        return ids[i]
    return chr(ord("a") + i) if kind == "option" and i < 26 else f"{kind[0]}{i + 1}"


def _anchor(value: str) -> Anchor | None:
    module, sep, section = value.partition("#")
    return Anchor(module.strip(), section.strip()) if sep and module.strip() and section.strip() else None


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw.strip():
            current.append((number, raw))
        elif current:
            blocks.append(_Block(current[0][0], current))
            current = []
    if current:
        blocks.append(_Block(current[0][0], current))
    return blocks


def import_gift(text: str) -> tuple[list[AnyQuestion], list[ImportNote]]:
    """Questions read from GIFT ``text`` and notes on everything not imported exactly as written.

    Imported questions have no explanation or module section reference unless the GIFT carried them
    (general feedback ``####`` and ``// @source:``); add them before using the questions in a quiz.
    """
    importer = _Importer()
    importer.run(text)
    return importer.questions, importer.notes


# ---------------------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------------------


def export_gift(quiz: Quiz) -> tuple[str, list[ExportNote]]:
    """GIFT text for every question GIFT can express, and notes on what it cannot."""
    notes = [
        ExportNote(
            "",
            NoteKind.CHANGED,
            "quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT",
        )
    ]
    title = " ".join(quiz.title.split())
    chunks = [f"// {title} ({quiz.id}, version {quiz.version})"]
    for q in quiz.questions:
        if isinstance(q, Ordering | Scenario):
            kind = "ordering questions" if isinstance(q, Ordering) else "branching scenarios"
            notes.append(ExportNote(q.id, NoteKind.SKIPPED, f"GIFT cannot express {kind}; not exported"))
            continue
        chunks.append(_export_question(quiz, q, notes))
    return "\n\n".join(chunks) + "\n", notes


def _export_question(quiz: Quiz, q: AnyQuestion, notes: list[ExportNote]) -> str:
    meta = [f"// @id: {q.id}"]
    if q.tags:
        meta.append(f"// @tags: {', '.join(q.tags)}")
    if q.source:
        meta.append(f"// @source: {q.source}")
        notes.append(
            ExportNote(
                q.id,
                NoteKind.CHANGED,
                f"module section link {q.source} kept only as a comment Moodle ignores",
            )
        )
    answers: list[str]
    if isinstance(q, SingleChoice):
        meta.append(f"// @ids: {' '.join(o.id for o in q.options)}")
        answers = [_choice_line(o) for o in q.options]
    elif isinstance(q, MultipleResponse):
        meta.append(f"// @ids: {' '.join(o.id for o in q.options)}")
        rule = quiz.multiple_response_credit(q)
        meta.append(f"// @credit: {q.credit.value if q.credit else 'default'}")
        answers = _multiple_lines(q, rule, notes)
    elif isinstance(q, TrueFalse):
        right, wrong = (q.feedback_true, q.feedback_false) if q.answer else (q.feedback_false, q.feedback_true)
        value = "TRUE" if q.answer else "FALSE"
        feedback = f"#{escape(wrong)}#{escape(right)}" if right else (f"#{escape(wrong)}" if wrong else "")
        answers = [value + feedback]
    elif isinstance(q, Matching):
        meta.append(f"// @ids: {' '.join(p.id for p in q.pairs)}")
        answers = [f"={escape(p.prompt)} -> {escape(p.answer)}" for p in q.pairs]
        answers += [f"= -> {escape(d)}" for d in q.distractors]
        meta += [f"// @feedback.{p.id}: {escape(p.feedback)}" for p in q.pairs if p.feedback]
        if any(p.feedback for p in q.pairs):
            notes.append(
                ExportNote(
                    q.id,
                    NoteKind.CHANGED,
                    "GIFT matching has no feedback per pair; kept only in comments Moodle ignores",
                )
            )
    elif isinstance(q, ShortAnswer):
        answers = [
            "="
            + _weight(a.credit * 100, a.credit < 1)
            + escape(a.text)
            + (f"#{escape(a.feedback)}" if a.feedback else "")
            for a in q.accept
        ]
    else:  # pragma: no cover - ordering and scenarios are filtered out by the caller
        raise TypeError(q.type)
    if q.explanation:
        answers.append("####" + escape(q.explanation))
    block = "{\n" + "\n".join(f"    {a}" for a in answers) + "\n}"
    title = f"::{escape(q.title)}::" if q.title else ""
    head, blank, tail = q.prompt.partition(BLANK)
    text = f"{title}{escape(head)}{block}{escape(tail)}" if blank else f"{title}{escape(q.prompt)}{block}"
    return "\n".join([*meta, text])


def _choice_line(o: Option) -> str:
    feedback = f"#{escape(o.feedback)}" if o.feedback else ""
    if o.correct:
        return f"={escape(o.text)}{feedback}"
    return f"~{_weight(o.credit * 100, bool(o.credit)) if o.credit else ''}{escape(o.text)}{feedback}"


def _multiple_lines(q: MultipleResponse, rule: MultipleResponseCredit, notes: list[ExportNote]) -> list[str]:
    right = [o for o in q.options if o.correct]
    wrong = [o for o in q.options if not o.correct]
    if rule is MultipleResponseCredit.ALL_OR_NOTHING:
        penalty = -100.0
        notes.append(
            ExportNote(
                q.id,
                NoteKind.CHANGED,
                "all-or-nothing exported as -100% per wrong option; Moodle "
                "still gives partial credit for ticking only some right options",
            )
        )
    else:
        penalty = -100 / len(wrong) if wrong else 0.0
    lines = []
    for o in q.options:
        weight = 100 / len(right) if o.correct else penalty
        feedback = f"#{escape(o.feedback)}" if o.feedback else ""
        lines.append(f"~{_weight(weight, True)}{escape(o.text)}{feedback}")
    return lines


def _weight(percent: float, show: bool) -> str:
    if not show:
        return ""
    text = f"{percent:.5f}".rstrip("0").rstrip(".")
    return f"%{text}%"
