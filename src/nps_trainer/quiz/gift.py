"""GIFT interchange with Moodle: import questions from GIFT text and export a quiz to GIFT.

Supported both ways: single choice (with partial-credit options), multiple response (weights), true/false,
short answer (with partial-credit answers), numerical (exact, with a margin ``{#3.5:0.1}``, ranges ``{#1..5}``
and several weighted answers), matching and missing word (a prompt with ``_____``), with question titles,
per-answer feedback, general feedback (``####``, our explanation; after the last ``####``, as Moodle reads it),
Moodle's id number and tags (``// [id:...] [tag:...]``) and text formats (``[html]``, ``[moodle]``, ``[plain]``,
``[markdown]`` on any field; see ``gift_text``). A ``$CATEGORY:`` line is read as the quiz's category, and
written first on export when the quiz has one.

Not supported, and always reported in the notes rather than dropped silently: essays (``{}``), descriptions
(no answer block), ordering questions and branching scenarios (GIFT cannot express them), matching feedback
per pair, Moodle's catch-all short answer ``*``, credit for any other number (``=%50%*`` in a numerical question:
its feedback is kept), numbers too large or too close to 0 for a float (the question is not imported). Our
module section references and option ids travel in
``// @key: value`` comment lines, which Moodle ignores, so a round trip through our own importer is lossless.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from nps_trainer.i18n import tr, tr_noop

from .gift_syntax import escape, find_unescaped, split_answers, split_unescaped, unescape
from .gift_text import Converted, GiftFormat, convert, escape_markdown, looks_like_html, split_format
from .model import (
    BLANK,
    AcceptedAnswer,
    Anchor,
    AnyQuestion,
    Matching,
    MatchPair,
    MultipleResponse,
    MultipleResponseCredit,
    Numerical,
    NumericAnswer,
    Option,
    Ordering,
    Quiz,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)
from .numbers import exact_number, format_number
from .reader import ID_PATTERN


class NoteKind(StrEnum):
    INFO = "info"  # nothing lost (e.g. a comment that was skipped)
    CHANGED = "changed"  # imported or exported, but not exactly as written
    SKIPPED = "skipped"  # not imported or exported at all


#: How each kind of note is named where it is shown.
NOTE_WORDS = {NoteKind.INFO: tr_noop("info"), NoteKind.CHANGED: tr_noop("changed"),
              NoteKind.SKIPPED: tr_noop("skipped")}


@dataclass(frozen=True)
class ImportNote:
    line: int  # where the question (or comment) starts in the GIFT text
    kind: NoteKind
    message: str

    def __str__(self) -> str:
        return tr("line {line}: {kind}: {message}").format(line=self.line, kind=tr(NOTE_WORDS[self.kind]),
                                                          message=self.message)


@dataclass(frozen=True)
class ExportNote:
    question_id: str  # "" for the quiz as a whole
    kind: NoteKind
    message: str

    def __str__(self) -> str:
        where = tr("question '{id}'").format(id=self.question_id) if self.question_id else tr("quiz")
        return f"{where}: {tr(NOTE_WORDS[self.kind])}: {self.message}"


# ---------------------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------------------

_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)$", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_META = re.compile(r"^//\s*@([A-Za-z0-9_.-]+):\s*(.*)$")
_SLUG = re.compile(r"[^a-z0-9]+")
# Moodle's own comment tokens (qformat_gift::extract_idnumber_and_tags_from_comment): ']' escaped as '\]'.
_MOODLE_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_MOODLE_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])+)\]")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_CATEGORY = "$CATEGORY:"


class GiftEncodingError(ValueError):
    """A GIFT file that is not UTF-8; the message names the line and byte where decoding failed."""


def decode_gift(data: bytes, name: str = "the file") -> str:
    """The text of a GIFT file (UTF-8, with or without a byte-order mark), or ``GiftEncodingError``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise GiftEncodingError(f"{name}:1: " + tr(
            "GIFT files must be UTF-8 text, but this one is UTF-16 (it starts with a UTF-16 byte-order mark, as "
            "Notepad's 'Unicode' writes). Save it as UTF-8 and import it again."))
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start + bom  # counted in the file as it is, byte-order mark included
        line = data[:start].count(b"\n") + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        raise GiftEncodingError(
            f"{name}:{line}: " + tr(
                "GIFT files must be UTF-8 text, but byte {column} of line {line} ({byte}, offset {offset}) is not "
                "UTF-8. Save the file as UTF-8 (in Moodle's export it always is) and import it again.").format(
                column=column, line=line, byte=f"0x{data[start]:02x}", offset=start)
        ) from None


@dataclass
class GiftImport:
    """What a GIFT file held: its questions, notes on everything not imported as written, and the Moodle
    question bank category (``$CATEGORY:``) it named first, if any."""

    questions: list[AnyQuestion]
    notes: list[ImportNote]
    category: str = ""

    @property
    def category_name(self) -> str:
        """The last part of the category path ('$course$/top/Overdose' gives 'Overdose'), '' if none."""
        return category_name(self.category)


def category_name(path: str) -> str:
    """The last part of a Moodle category path; '//' in a name is a slash, '$course$' and the like are not names."""
    parts = [p for p in re.split(r"(?<!/)/(?!/)", path) if p.strip() and not p.startswith("$")]
    return parts[-1].replace("//", "/").strip() if parts else ""


@dataclass
class _Block:
    line: int
    lines: list[tuple[int, str]]


@dataclass
class _Answer:
    marker: str  # "=" or "~"
    weight: float | None  # percentage, if given
    raw: str  # the answer still escaped, without weight and feedback
    raw_feedback: str  # the feedback still escaped, with any format prefix

    @property
    def text(self) -> str:
        return unescape(self.raw)


class _Importer:
    def __init__(self) -> None:
        self.notes: list[ImportNote] = []
        self.questions: list[AnyQuestion] = []
        self.used_ids: set[str] = set()
        self.category = ""  # the first $CATEGORY
        self.current_category = ""
        # per question being read
        self.format = GiftFormat.MOODLE
        self.plain_texts: set[str] = set()
        self.markdown_used = False

    def note(self, line: int, kind: NoteKind, message: str) -> None:
        self.notes.append(ImportNote(line, kind, message))

    def run(self, text: str) -> None:
        for block in _blocks(text):
            self.block(block)

    def block(self, block: _Block) -> None:
        meta: dict[str, str] = {}
        content: list[str] = []
        comments: list[tuple[int, str]] = []
        for number, raw in block.lines:
            stripped = raw.strip()
            if stripped.startswith("//"):
                if m := _META.match(stripped):
                    meta[m.group(1)] = m.group(2).strip()
                else:
                    comments.append((number, stripped))
            else:
                content.append(raw)
        for number, comment in comments:
            if not (_MOODLE_ID.search(comment) or _MOODLE_TAG.search(comment)):
                self.note(number, NoteKind.INFO, tr("comment skipped: {comment}").format(comment=comment[2:].strip()))
        if not content:
            return
        line = next(n for n, r in block.lines if not r.strip().startswith("//"))
        text = "\n".join(content).strip()
        if text.startswith(_CATEGORY):
            self.switch_category(unescape(text[len(_CATEGORY) :]), line)
            return
        self.question(text, meta, _moodle_tokens("\n".join(c for _, c in comments)), line)

    def switch_category(self, category: str, line: int) -> None:
        if not self.category:
            self.category = category
            self.note(line, NoteKind.INFO, tr("Moodle question bank category '{category}' (not a question): kept "
                                              "as the quiz's category; the quiz takes its name from it").format(
                category=category))
        elif category != self.category:
            tag = _category_tag(category)
            self.note(line, NoteKind.CHANGED, tr("Moodle question bank category '{category}' (not a question): a "
                                                 "quiz has one category, so the questions after it are tagged "
                                                 "'{tag}'").format(category=category, tag=tag))
        self.current_category = category

    def question(self, text: str, meta: dict[str, str], moodle: tuple[str, list[str]], line: int) -> None:
        title = ""
        if text.startswith("::"):
            end = find_unescaped(text, "::", 2)
            if end != -1:
                title = unescape(text[2:end])
                text = text[end + 2 :].lstrip()
        self.format, text = split_format(text, GiftFormat.MOODLE)
        self.plain_texts, self.markdown_used = set(), False
        start = find_unescaped(text, "{")
        label = f"'{title}'" if title else repr(self.label_text(text[: start if start != -1 else None])[:60])
        end = find_unescaped(text, "}", start + 1) if start != -1 else -1
        if start == -1 or end == -1:
            self.note(line, NoteKind.SKIPPED, tr("{label}: no answer block, so not a question (description?)").format(
                label=label))
            return
        head, block, tail = text[:start], text[start + 1 : end], text[end + 1 :]
        prompt = self.rich(head + (BLANK + tail if tail.strip() else ""), line, label, tr("question text"),
                           self.format)
        general = ""
        if (mark := _last_unescaped(block, "####")) != -1:  # the last, as Moodle's importer (strrpos)
            general = self.rich_field(block[mark + 4 :], line, label, tr("general feedback"))
            block = block[:mark]
        moodle_id, moodle_tags = moodle
        tags = [t.strip() for t in meta.get("tags", "").split(",") if t.strip()]
        tags += [t for t in moodle_tags if t not in tags]
        if self.current_category and self.current_category != self.category:
            tags.append(_category_tag(self.current_category))
        common = {
            "id": self.question_id(moodle_id, meta.get("id") or title, line, label),
            "prompt": prompt,
            "explanation": general,
            "title": title,
            "tags": tags,
            "source": _anchor(meta.get("source", "")),
        }
        question = self.build(block.strip(), common, meta, line, label)
        if question is not None:
            self.finish_formats(question)
            self.questions.append(question)
            self.used_ids.add(question.id)

    def label_text(self, raw: str) -> str:
        """The start of the question text as a reader sees it, to name the question in notes."""
        text = unescape(raw)
        if self.format is GiftFormat.PLAIN or (self.format is GiftFormat.MOODLE and not looks_like_html(text)):
            return text
        return convert(text, self.format, allow_markdown=False).text

    # -- text fields ------------------------------------------------------------------------------------------
    def rich_field(self, raw: str, line: int, label: str, what: str) -> str:
        """A feedback or explanation: its own format prefix, else the question text's format."""
        fmt, raw = split_format(raw.strip(), self.format)
        return self.rich(raw, line, label, what, fmt)

    def rich(self, raw: str, line: int, label: str, what: str, fmt: GiftFormat) -> str:
        """Prompt, explanation or feedback: kept as Markdown when it has formatting, else plain text."""
        text = unescape(raw)
        if fmt is GiftFormat.MOODLE and not looks_like_html(text):
            fmt = GiftFormat.PLAIN  # Moodle's auto-format shows text without tags as it is
        converted = convert(text, fmt, allow_markdown=True)
        self.report_lost(converted, line, label, what)
        if converted.markdown:
            self.markdown_used = True
        else:
            self.plain_texts.add(converted.text)
        return converted.text

    def plain(self, raw: str, line: int, label: str, what: str) -> str:
        """An option text or matching item: always plain text."""
        fmt, raw = split_format(raw.strip(), self.format)
        text = unescape(raw)
        if fmt is GiftFormat.MOODLE and not looks_like_html(text):
            return text
        converted = convert(text, fmt, allow_markdown=False)
        self.report_lost(converted, line, label, what)
        if fmt in (GiftFormat.HTML, GiftFormat.MOODLE, GiftFormat.MARKDOWN) and converted.text != text.strip():
            self.note(line, NoteKind.CHANGED, tr("{label}: {what} '{text}' was {format}; imported as "
                                                 "plain text (answers are shown without formatting)").format(
                label=label, what=what, text=converted.text, format=fmt.value))
        return converted.text

    def report_lost(self, converted: Converted, line: int, label: str, what: str) -> None:
        for lost in converted.lost:
            self.note(line, NoteKind.CHANGED,
                tr("{label}: {lost} in the {what} not imported (only text is kept)").format(
                label=label, lost=lost, what=what))

    def finish_formats(self, question: AnyQuestion) -> None:
        """If any field is Markdown the whole question is: escape its plain fields so they read the same."""
        if not self.markdown_used:
            return
        question.text_format = TextFormat.MARKDOWN

        def md(text: str) -> str:
            return escape_markdown(text) if text in self.plain_texts else text

        question.prompt, question.explanation = md(question.prompt), md(question.explanation)
        if isinstance(question, SingleChoice | MultipleResponse):
            for o in question.options:
                o.feedback = md(o.feedback)
        elif isinstance(question, TrueFalse):
            question.feedback_true, question.feedback_false = md(question.feedback_true), md(question.feedback_false)
        elif isinstance(question, ShortAnswer | Numerical):
            for a in question.accept:
                a.feedback = md(a.feedback)
            if isinstance(question, Numerical):
                question.wrong_feedback = md(question.wrong_feedback)

    # -- question types ---------------------------------------------------------------------------------------
    def build(self, block: str, common: dict, meta: dict[str, str], line: int, label: str) -> AnyQuestion | None:
        if not block:
            self.note(line, NoteKind.SKIPPED, tr("{label}: essay questions ({{}}) are not supported").format(
                label=label))
            return None
        if block.startswith("#"):
            return self.numerical(block[1:], common, line, label)
        parts = split_unescaped(block, "#")
        if _TRUE_FALSE.match(parts[0].strip()):
            return self.true_false(parts, common, line, label)
        before, raw_answers = split_answers(block)
        if before.strip() or not raw_answers:
            self.note(line, NoteKind.SKIPPED, tr("{label}: cannot read the answer block").format(label=label))
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

    def feedback(self, a: _Answer, line: int, label: str) -> str:
        return self.rich_field(a.raw_feedback, line, label, tr("feedback")) if a.raw_feedback.strip() else ""

    def option_text(self, a: _Answer, line: int, label: str) -> str:
        return self.plain(a.raw, line, label, tr("answer"))

    def true_false(self, parts: list[str], common: dict, line: int, label: str) -> TrueFalse:
        answer = parts[0].strip().lower().startswith("t")
        wrong = self.rich_field(parts[1], line, label, tr("feedback")) if len(parts) > 1 else ""
        right = self.rich_field(parts[2], line, label, tr("feedback")) if len(parts) > 2 else ""
        if len(parts) > 3:
            self.note(line, NoteKind.CHANGED, tr("{label}: extra '#' feedback after the second ignored").format(
                label=label))
        return TrueFalse(
            answer=answer,
            feedback_true=right if answer else wrong,
            feedback_false=wrong if answer else right,
            **common,
        )

    def single(self, answers: list[_Answer], ids: list[str], common: dict, line: int, label: str) -> SingleChoice:
        options = []
        for i, a in enumerate(answers):
            text = self.option_text(a, line, label)
            credit = None
            correct = a.marker == "=" and (a.weight is None or a.weight >= 100)
            if a.marker == "~" and a.weight is not None:
                if a.weight >= 100:
                    correct = True
                elif a.weight > 0:
                    credit = a.weight / 100
                elif a.weight < 0:
                    self.note(line, NoteKind.CHANGED, tr("{label}: negative weight on '{text}' scored as 0").format(
                        label=label, text=text))
            elif a.marker == "=" and a.weight is not None and a.weight < 100:
                credit = max(0.0, a.weight / 100)
            options.append(Option(_nth_id(ids, i, "option"), text, correct, self.feedback(a, line, label), credit))
        if sum(o.correct for o in options) > 1:
            self.note(line, NoteKind.CHANGED,
                tr("{label}: several '=' answers; only the first is marked correct").format(label=label))
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
            Option(
                _nth_id(ids, i, "option"),
                self.option_text(a, line, label),
                (a.weight or 0) > 0,
                self.feedback(a, line, label),
            )
            for i, a in enumerate(answers)
        ]
        right = [a.weight for a in answers if (a.weight or 0) > 0]
        wrong = [a.weight or 0.0 for a in answers if (a.weight or 0) <= 0]
        if not right:
            self.note(line, NoteKind.SKIPPED, tr("{label}: no answer has a positive weight, so none is correct").format(
                label=label))
            return None
        credit: MultipleResponseCredit | None
        if meta.get("credit") == "default":
            credit = None
        elif meta.get("credit") in {c.value for c in MultipleResponseCredit}:
            credit = MultipleResponseCredit(meta["credit"])
        elif wrong and all(w <= -100 for w in wrong):
            credit = MultipleResponseCredit.ALL_OR_NOTHING
            self.note(line, NoteKind.CHANGED,
                tr("{label}: wrong answers weighted -100%: imported as all-or-nothing").format(label=label))
        else:
            credit = MultipleResponseCredit.RIGHT_MINUS_WRONG
            if any(abs(w - 100 / len(right)) > 0.01 for w in right if w is not None) or not all(w < 0 for w in wrong):
                self.note(
                    line,
                    NoteKind.CHANGED,
                    tr("{label}: GIFT weights replaced by the right-minus-wrong rule (each right answer counts "
                       "equally; each wrong tick takes off its share)").format(label=label),
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
            left = self.plain(a.raw[:arrow], line, label, tr("matching item")) if arrow != -1 else ""
            right = unescape(a.raw[arrow + 2 :]) if arrow != -1 else ""  # Moodle reads no format here
            if a.marker != "=" or not right:
                self.note(line, NoteKind.SKIPPED, tr("{label}: matching entry '{text}' is not 'left -> right'").format(
                    label=label, text=a.text))
                continue
            if left:
                pid = _nth_id(ids, len(pairs), "pair")
                feedback = self.feedback(a, line, label) or unescape(meta.get(f"feedback.{pid}", ""))
                pairs.append(MatchPair(pid, left, right, feedback))
            else:
                distractors.append(right)
        return Matching(pairs=pairs, distractors=distractors, **common)

    def short(self, answers: list[_Answer], common: dict, line: int, label: str) -> ShortAnswer | None:
        accept = []
        for a in answers:
            if unescape(split_format(a.raw.strip(), self.format)[1]) == "*":
                self.note(line, NoteKind.CHANGED, tr("{label}: Moodle's '*' (any other answer) is not supported; "
                                                     "it and its feedback were left out").format(label=label))
                continue
            text = self.option_text(a, line, label)
            credit = 1.0 if a.weight is None else max(0.0, min(1.0, a.weight / 100))
            if a.weight is not None and a.weight <= 0:
                self.note(line, NoteKind.CHANGED, tr("{label}: answer '{text}' with weight {weight}% earns 0").format(
                    label=label, text=text, weight=f"{a.weight:g}"))
            accept.append(AcceptedAnswer(text, credit, self.feedback(a, line, label)))
        if not accept:
            self.note(line, NoteKind.SKIPPED, tr("{label}: no answer is accepted").format(label=label))
            return None
        return ShortAnswer(accept=accept, **common)

    def numerical(self, body: str, common: dict, line: int, label: str) -> Numerical | None:
        """``{#3.5:0.1}``, ``{#1..5}`` or ``{# =%100%3.14:0.01 =%50%3:0.5 ~#wrong feedback}``."""
        wrong_feedback = ""
        if (tilde := find_unescaped(body, "~")) != -1:
            parts = split_unescaped(body[tilde + 1 :], "#")
            if parts[0].strip():
                self.note(line, NoteKind.CHANGED, tr("{label}: text '{text}' after '~' ignored "
                                                     "(only its feedback is used)").format(
                    label=label, text=unescape(parts[0])))
            wrong_feedback = self.rich_field("#".join(parts[1:]), line, label, tr("feedback")) if len(parts) > 1 else ""
            body = body[:tilde]
        pieces = split_unescaped(body, "=")
        if not pieces[0].strip():
            pieces = pieces[1:]
        accept: list[NumericAnswer] = []
        catch_all = False
        for piece in pieces:
            a = _answer("=" + piece)
            number = unescape(a.raw)
            if number == "*":
                wrong_feedback = self.catch_all(a, wrong_feedback, catch_all, line, label)
                catch_all = True
                continue
            parsed = _numeric_answer(number)
            if isinstance(parsed, str):
                self.note(line, NoteKind.SKIPPED, f"{label}: {parsed}")
                return None
            value, tolerance = parsed
            credit = 1.0 if a.weight is None else a.weight / 100
            if not 0 <= credit <= 1:
                self.note(line, NoteKind.CHANGED, tr("{label}: weight {weight}% on {number} scored as "
                                                     "{scored}%").format(
                    label=label, weight=f"{a.weight:g}", number=number, scored=f"{min(100, max(0, a.weight)):g}"))
                credit = min(1.0, max(0.0, credit))
            accept.append(NumericAnswer(value, tolerance, credit, self.feedback(a, line, label)))
        if not accept:
            self.note(line, NoteKind.SKIPPED, tr("{label}: no number is accepted").format(label=label))
            return None
        return Numerical(accept=accept, wrong_feedback=wrong_feedback, **common)

    def catch_all(self, a: _Answer, wrong_feedback: str, seen: bool, line: int, label: str) -> str:
        """Moodle's ``=*`` in a numerical question: an answer that matches any number, with its weight (100%
        when none is given), checked before the ``~`` feedback. Here any number not accepted earns 0 and is
        shown ``wrong_feedback``, so the catch-all's feedback becomes that, and credit it gave is noted."""
        if seen:
            self.note(line, NoteKind.CHANGED, tr("{label}: a second '=*' (any other number) is never reached in "
                                                 "Moodle; it and its feedback were left out").format(label=label))
            return wrong_feedback
        weight = 100.0 if a.weight is None else a.weight
        if weight > 0:
            self.note(line, NoteKind.CHANGED, tr("{label}: Moodle's '=*' gives {weight}% for any other number; "
                                                 "here any other number earns 0 and is shown its feedback").format(
                label=label, weight=f"{weight:g}"))
        feedback = self.feedback(a, line, label)
        if wrong_feedback and feedback != wrong_feedback:
            self.note(line, NoteKind.CHANGED, tr("{label}: '=*' (any other number) comes before the '~' feedback, "
                                                 "as in Moodle, so the '~' feedback was left out").format(label=label))
        return feedback

    # -- ids --------------------------------------------------------------------------------------------------
    def question_id(self, moodle_id: str, wanted: str, line: int, label: str) -> str:
        if moodle_id:
            if ID_PATTERN.match(moodle_id):
                return self.new_id(moodle_id, line, exact=True)
            ident = self.new_id(moodle_id, line)
            self.note(line, NoteKind.CHANGED, tr("{label}: Moodle id number '{moodle_id}' is not a valid question id "
                                                 "(letters, digits, '-', '_' and '.'): the question is "
                                                 "'{ident}'").format(label=label, moodle_id=moodle_id, ident=ident))
            return ident
        return self.new_id(wanted, line)

    def new_id(self, wanted: str, line: int, *, exact: bool = False) -> str:
        base = wanted if exact else _SLUG.sub("-", wanted.lower()).strip("-")[:40].strip("-")
        base = base or f"q{len(self.questions) + 1}"
        ident, n = base, 2
        while ident in self.used_ids:
            ident, n = f"{base}-{n}", n + 1
        if wanted and ident != wanted and ident != base:
            self.note(line, NoteKind.CHANGED, tr("id '{base}' already used; this question is '{ident}'").format(
                base=base, ident=ident))
        return ident


def _moodle_tokens(comments: str) -> tuple[str, list[str]]:
    """Moodle's ``[id:...]`` (the first) and ``[tag:...]`` tokens in a question's comment lines."""
    found = _MOODLE_ID.search(comments)
    ident = found.group(1).strip().replace("\\]", "]") if found else ""
    tags = [t.strip().replace("\\]", "]") for t in _MOODLE_TAG.findall(comments)]
    return ident, [t for t in tags if t]


_NOT_NUMERICAL = tr_noop("'{}' is not a number, 'number:margin' or 'low..high'")  # shown through tr()


def _numeric_answer(text: str) -> tuple[float, float] | str:
    """(value, tolerance) from '3.5', '3.5:0.1' or '1..5', or why it cannot be used. Worked out in decimal from
    the digits as written, so 3.141..3.142 is exactly 3.1415 ± 0.0005 and 0.0000000000001 stays itself."""
    low, dots, high = text.partition("..")
    if dots and low.strip():
        if not (_NUMBER.match(low.strip()) and _NUMBER.match(high.strip())):
            return tr(_NOT_NUMERICAL).format(text)
        a, b = Decimal(low.strip()), Decimal(high.strip())
        if a > b:
            return tr(_NOT_NUMERICAL).format(text)
        middle, half = (a + b) / 2, (b - a) / 2
    else:
        value, colon, margin = text.partition(":")
        if not _NUMBER.match(value.strip()) or (colon and not _NUMBER.match(margin.strip())):
            return tr(_NOT_NUMERICAL).format(text)
        middle, half = Decimal(value.strip()), abs(Decimal(margin.strip())) if colon else Decimal(0)
    numbers = (float(middle), float(half))
    if not all(math.isfinite(n) for n in numbers):
        return tr("'{text}' is too large a number to work with (beyond about 1.8e308)").format(text=text)
    if any(n == 0 and d != 0 for n, d in zip(numbers, (middle, half), strict=True)):
        return tr("'{text}' holds a number too close to 0 to work with (nearer than about 1e-308): "
                  "it would be 0").format(text=text)
    return numbers


def _category_tag(category: str) -> str:
    name = category_name(category) or category
    return "category-" + (_SLUG.sub("-", name.lower()).strip("-") or "unnamed")


def _answer(raw: str) -> _Answer:
    marker, body = raw[0], raw[1:].strip()
    weight = None
    if m := _WEIGHT.match(body):
        weight = float(m.group(1))
        body = body[m.end() :]
    parts = split_unescaped(body, "#")
    return _Answer(marker, weight, parts[0], "#".join(parts[1:]))


def _nth_id(ids: list[str], i: int, kind: str) -> str:
    if i < len(ids):
        return ids[i]
    return chr(ord("a") + i) if kind == "option" and i < 26 else f"{kind[0]}{i + 1}"


def _anchor(value: str) -> Anchor | None:
    module, sep, section = value.partition("#")
    return Anchor(module.strip(), section.strip()) if sep and module.strip() and section.strip() else None


def _last_unescaped(text: str, token: str) -> int:
    """Index of the last ``token`` in ``text`` that is not escaped with a backslash, or -1."""
    last, found = -1, find_unescaped(text, token)
    while found != -1:
        last, found = found, find_unescaped(text, token, found + 1)
    return last


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


def read_gift(text: str) -> GiftImport:
    """Questions, notes and category read from GIFT ``text`` (see ``import_gift``)."""
    importer = _Importer()
    importer.run(text.removeprefix("\ufeff"))
    return GiftImport(importer.questions, importer.notes, importer.category)


def import_gift(text: str) -> tuple[list[AnyQuestion], list[ImportNote]]:
    """Questions read from GIFT ``text`` and notes on everything not imported exactly as written.

    Imported questions have no explanation or module section reference unless the GIFT carried them
    (general feedback ``####`` and ``// @source:``); add them before using the questions in a quiz.
    """
    result = read_gift(text)
    return result.questions, result.notes


# ---------------------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------------------


def export_gift(quiz: Quiz) -> tuple[str, list[ExportNote]]:
    """GIFT text for every question GIFT can express, and notes on what it cannot."""
    notes = [
        ExportNote(
            "",
            NoteKind.CHANGED,
            tr("quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT"),
        )
    ]
    title = " ".join(quiz.title.split())
    chunks = [f"// {title} ({quiz.id}, version {quiz.version})"]
    if quiz.category.strip():  # as Moodle's question bank export writes it, so an import keeps it
        chunks.append(f"{_CATEGORY} {' '.join(quiz.category.split())}")
    for q in quiz.questions:
        if isinstance(q, Ordering | Scenario):
            kind = tr("ordering questions") if isinstance(q, Ordering) else tr("branching scenarios")
            notes.append(ExportNote(q.id, NoteKind.SKIPPED, tr("GIFT cannot express {kind}; not exported").format(
                kind=kind)))
            continue
        chunks.append(_export_question(quiz, q, notes))
    return "\n\n".join(chunks) + "\n", notes


def _export_question(quiz: Quiz, q: AnyQuestion, notes: list[ExportNote]) -> str:
    meta = [" ".join([f"// [id:{_token(q.id)}]", *(f"[tag:{_token(t)}]" for t in q.tags)])]
    markdown = q.text_format is TextFormat.MARKDOWN
    if q.source:
        meta.append(f"// @source: {q.source}")
        notes.append(
            ExportNote(
                q.id,
                NoteKind.CHANGED,
                tr("module section link {source} kept only as a comment Moodle ignores").format(source=q.source),
            )
        )
    answers: list[str]
    if isinstance(q, SingleChoice):
        meta.append(f"// @ids: {' '.join(o.id for o in q.options)}")
        answers = [_choice_line(o, markdown) for o in q.options]
    elif isinstance(q, MultipleResponse):
        meta.append(f"// @ids: {' '.join(o.id for o in q.options)}")
        rule = quiz.multiple_response_credit(q)
        meta.append(f"// @credit: {q.credit.value if q.credit else 'default'}")
        answers = _multiple_lines(q, rule, notes, markdown)
    elif isinstance(q, TrueFalse):
        right, wrong = (q.feedback_true, q.feedback_false) if q.answer else (q.feedback_false, q.feedback_true)
        value = "TRUE" if q.answer else "FALSE"
        feedback = f"#{escape(wrong)}#{escape(right)}" if right else (f"#{escape(wrong)}" if wrong else "")
        answers = [value + feedback]
    elif isinstance(q, Matching):
        meta.append(f"// @ids: {' '.join(p.id for p in q.pairs)}")
        answers = [f"={_plain(p.prompt, markdown)} -> {escape(p.answer)}" for p in q.pairs]
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
            + _plain(a.text, markdown)
            + (f"#{escape(a.feedback)}" if a.feedback else "")
            for a in q.accept
        ]
    elif isinstance(q, Numerical):
        answers = [
            f"=%{format_number(a.credit * 100)}%{exact_number(a.value)}:{exact_number(a.tolerance)}"
            + (f"#{escape(a.feedback)}" if a.feedback else "")
            for a in q.accept
        ]
        if q.wrong_feedback:
            answers.append(f"~#{escape(q.wrong_feedback)}")
    else:  # pragma: no cover - ordering and scenarios are filtered out by the caller
        raise TypeError(q.type)
    if q.explanation:
        answers.append("####" + escape(q.explanation))
    opening = "{#\n" if isinstance(q, Numerical) else "{\n"
    block = opening + "\n".join(f"    {a}" for a in answers) + "\n}"
    title = f"::{escape(q.title)}::" if q.title else ""
    head, blank, tail = q.prompt.partition(BLANK)
    text = f"{escape(head)}{block}{escape(tail)}" if blank else f"{escape(q.prompt)}{block}"
    if markdown:
        text = "[markdown]" + text
    elif any(looks_like_html(t) for t in _rich_texts(q)) or q.prompt.lstrip().startswith("["):
        text = "[plain]" + text  # so that Moodle shows '<' and '&' as typed
    text = title + text
    return "\n".join([*meta, text])


def _rich_texts(q: AnyQuestion) -> list[str]:
    """The fields Moodle reads in the question text's format unless they say otherwise."""
    texts = [q.prompt, q.explanation]
    if isinstance(q, SingleChoice | MultipleResponse):
        texts += [o.feedback for o in q.options]
    elif isinstance(q, TrueFalse):
        texts += [q.feedback_true, q.feedback_false]
    elif isinstance(q, ShortAnswer | Numerical):
        texts += [a.feedback for a in q.accept]
    if isinstance(q, Numerical):
        texts.append(q.wrong_feedback)
    return texts


def _token(text: str) -> str:
    """A value for Moodle's ``[id:...]`` or ``[tag:...]`` comment token."""
    return " ".join(text.split()).replace("]", "\\]")


def _plain(text: str, markdown: bool) -> str:
    """An option text: a field Moodle reads in the question's format, so plain text in a Markdown question
    (or text that Moodle would read as HTML) is marked ``[plain]``."""
    needs = (markdown and escape_markdown(text) != text) or looks_like_html(text) or text.lstrip().startswith("[")
    return ("[plain]" if needs else "") + escape(text)


def _choice_line(o: Option, markdown: bool = False) -> str:
    feedback = f"#{escape(o.feedback)}" if o.feedback else ""
    if o.correct:
        return f"={_plain(o.text, markdown)}{feedback}"
    return f"~{_weight(o.credit * 100, bool(o.credit)) if o.credit else ''}{_plain(o.text, markdown)}{feedback}"


def _multiple_lines(
    q: MultipleResponse, rule: MultipleResponseCredit, notes: list[ExportNote], markdown: bool = False
) -> list[str]:
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
        lines.append(f"~{_weight(weight, True)}{_plain(o.text, markdown)}{feedback}")
    return lines


def _weight(percent: float, show: bool) -> str:
    if not show:
        return ""
    text = f"{percent:.5f}".rstrip("0").rstrip(".")
    return f"%{text}%"
