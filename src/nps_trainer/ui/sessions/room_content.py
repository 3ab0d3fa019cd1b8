"""What the room's screen shows for a step, as HTML for a QTextBrowser: the step's content only, in large type
and high contrast. A :class:`Scene` carries exactly what the room may see (never a name, a note or the
register), so nothing personal can reach this HTML.

Sizes come from ``px``, the body text size chosen from the room window's height (:func:`body_px`), so the same
HTML serves the projector and a small preview.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from ...i18n import tr, tr_noop
from ...sessions.plan_model import ACTIVITY, BREAK, DISCUSSION, QUESTION, SCENARIO, SECTION
from ...sessions.record import VoteOption
from ...sessions.votes import choice_options, vote_options
from ...sessions.wording import letter

__all__ = ["choice_options", "letter", "vote_options"]  # the console and vote panels import them from here

if TYPE_CHECKING:
    from ...content import Module
    from ...quiz.model import AnyQuestion, ScenarioNode

# Reveal stages. A question: asking -> votes -> answer. A discussion: prompt -> answers. A scenario, per
# decision: deciding -> votes (optional) -> consequence; then the next decision, or the ending.
ASKING, VOTES, ANSWER = "asking", "votes", "answer"
PROMPT, ANSWERS = "prompt", "answers"
DECIDING, CONSEQUENCE, ENDING = "deciding", "consequence", "ending"
FIRST_STAGE = {QUESTION: ASKING, DISCUSSION: PROMPT, SCENARIO: DECIDING}

INK, ACCENT, RIGHT, MUTED, BAR, RISKY = "#111111", "#0b3d91", "#0a6b2d", "#3d3d3d", "#0b3d91", "#9a3412"
LIST_LINE = re.compile(r"^([-*•]|\d+[.)])\s")
RATINGS = {"best": tr_noop("A strong response"), "acceptable": tr_noop("An acceptable response"),
           "risky": tr_noop("A risky response")}
RATING_COLOURS = {"best": RIGHT, "acceptable": ACCENT, "risky": RISKY}


def body_px(height: int) -> int:
    """Body text size for a room window ``height`` pixels tall: 30 px at 1080 (readable from the back of a
    training room), never below 16."""
    return max(16, round(height / 36))


@dataclass(frozen=True)
class Scene:
    """Everything the room may see of the current step, and nothing else."""

    kind: str
    title: str
    index: int
    count: int
    stage: str = ""
    prompt: str = ""  # a discussion's prompt or an activity's instructions
    probation: str = ""
    drug_service: str = ""
    module: Module | None = None
    section_index: int | None = None
    question: AnyQuestion | None = None
    options: tuple[VoteOption, ...] = ()
    tallies: Mapping[str, int] = field(default_factory=dict)
    agreed: tuple[str, ...] = ()
    node: ScenarioNode | None = None
    choice: Any = None  # the scenario Choice the group made at ``node`` (shown as the consequence)
    ending: Any = None  # the scenario Ending reached
    path: tuple[Any, ...] = ()  # the Choices made so far, for the recap at the ending
    minutes_left: int | None = None  # a break's

    @property
    def footer(self) -> str:
        return tr("Step {number} of {count}").format(number=self.index + 1, count=self.count)


def reflow(value: str) -> str:
    """Text as written in a plan's YAML, hard-wrapped lines joined again: blank lines still part paragraphs,
    and list lines ('- ', '* ', '1. ') still start a line."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", value.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if lines and not LIST_LINE.match(line):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _text(value: str) -> str:
    return "<br>".join(escape(line) for line in reflow(value).splitlines())


def _page(px: int, body: str) -> str:
    return (f"<html><body style='color:{INK}; background-color:#ffffff; font-size:{px}px;'>{body}</body></html>")


def _heading(px: int, text: str) -> str:
    return (f"<h1 style='color:{ACCENT}; font-size:{round(px * 1.45)}px; margin-top:0; "
            f"margin-bottom:{px // 2}px'>{escape(text)}</h1>")


def _big(px: int, text: str, scale: float = 1.2) -> str:
    return f"<p style='font-size:{round(px * scale)}px; margin-top:0'>{_text(text)}</p>"


def room_html(scene: Scene, px: int, dpi: float = 96.0) -> str:
    """The room's page for the scene at ``px`` body size (``dpi``: the room window's logical DPI, to turn
    the module pages' point sizes into the same pixels)."""
    kind = scene.kind
    if kind == SECTION:
        return _section(scene, px, dpi)
    if kind == DISCUSSION:
        return _page(px, _heading(px, scene.title) + _big(px, scene.prompt, 1.25) + _answers(scene, px))
    if kind == QUESTION:
        return _page(px, _question(scene, px))
    if kind == SCENARIO:
        return _page(px, _scenario(scene, px))
    if kind == ACTIVITY:
        return _page(px, _heading(px, scene.title) + _big(px, scene.prompt, 1.2))
    if kind == BREAK:
        return _page(px, _break(scene, px))
    return _page(px, _heading(px, scene.title))


def _section(scene: Scene, px: int, dpi: float) -> str:
    from ...content.render import render_section

    if scene.module is None or scene.section_index is None:
        return _page(px, _heading(px, scene.title) + _big(px, tr("This section is not in the installed modules."), 1))
    return render_section(scene.module, scene.section_index, base_pt=px * 72.0 / dpi)


def _answers(scene: Scene, px: int) -> str:
    if scene.stage != ANSWERS or not (scene.probation or scene.drug_service):
        return ""
    cells = []
    for label, text, colour in ((tr("What probation would do"), scene.probation, ACCENT),
                                (tr("What the drug service would do"), scene.drug_service, RIGHT)):
        cells.append(f"<td width='50%' valign='top' style='background-color:#f2f5fa'>"
                     f"<p style='color:{colour}; font-weight:bold; margin-top:0'>{label}</p>"
                     f"<p>{_text(text or '–')}</p></td>")
    return (f"<table width='100%' cellspacing='{px // 2}' cellpadding='{px // 2}' style='margin-top:{px // 2}px'>"
            f"<tr>{''.join(cells)}</tr></table>")


def _bar(px: int, count: int, top: int, colour: str) -> str:
    """A horizontal bar as a two-cell table (Qt's rich text sizes cells by percentage, not nested tables)."""
    share = max(1, round(100 * count / top)) if top and count else 0
    if not share:
        return "&nbsp;"
    rest = f"<td width='{100 - share}%'></td>" if share < 100 else ""
    return (f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='{share}%' bgcolor='{colour}' height='{round(px * 1.1)}'>&nbsp;</td>{rest}</tr></table>")


def option_rows(options: Sequence[VoteOption], px: int, *, tallies: Mapping[str, int] | None,
                right: bool, agreed: Sequence[str] = ()) -> str:
    """Lettered options; with ``tallies`` a bar and a count for each (the vote chart); with ``right`` the
    right option(s) marked in words and colour."""
    top = max(tallies.values(), default=0) if tallies else 0
    rows = []
    for position, option in enumerate(options):
        good = right and option.correct
        colour = RIGHT if good else INK
        mark = tr(" <b>✓ right</b>", "after the right option") if good else ""
        label = (f"<span style='color:{colour}'><b>{letter(position)}</b>&nbsp;&nbsp;{escape(option.text)}"
                 f"{mark}</span>")
        if tallies is not None:
            count = tallies.get(option.id, 0)
            rows.append(f"<tr><td width='52%' valign='middle'>{label}</td>"
                        f"<td width='38%' valign='middle'>{_bar(px, count, top, RIGHT if good else BAR)}</td>"
                        f"<td width='10%' align='right' valign='middle'><b>{count}</b></td></tr>")
        else:
            rows.append(f"<tr><td>{label}</td></tr>")
    return f"<table width='100%' cellspacing='0' cellpadding='{px // 3}'>{''.join(rows)}</table>"


def _votes_note(scene: Scene, px: int) -> str:
    total = sum(scene.tallies.values())
    chosen = escape(", ".join(letter(i) for i, o in enumerate(scene.options) if o.id in scene.agreed))
    if total and scene.agreed:
        text = tr("%n vote(s); the group's answer: <b>{answer}</b>.", "", total).format(answer=chosen)
    elif total:
        text = tr("%n vote(s).", "", total)
    elif scene.agreed:
        text = tr("The group's answer: <b>{answer}</b>.").format(answer=chosen)
    else:
        return ""
    return f"<p style='color:{MUTED}; margin-top:{px // 3}px'>{text}</p>"


def _rating(rating: str) -> str:
    """A scenario choice's rating in words, in the language in use."""
    return tr(RATINGS[rating]) if rating in RATINGS else rating


def _feedback(question: AnyQuestion, options: Sequence[VoteOption]) -> str:
    if question.explanation:
        return question.explanation
    kind = question.type.value
    if kind == "true-false":
        return question.feedback_true if question.answer else question.feedback_false
    if kind in ("single-choice", "multiple-response"):
        return "\n".join(o.feedback for o in question.options if o.correct and o.feedback)
    return ""


def _question(scene: Scene, px: int) -> str:
    question = scene.question
    if question is None:
        return _heading(px, scene.title) + _big(px, tr("This question is not in the installed quizzes."), 1)
    body = _heading(px, scene.title) + _big(px, question.prompt, 1.15)
    revealed = scene.stage in (VOTES, ANSWER)
    has_votes = revealed and sum(scene.tallies.values()) > 0
    body += option_rows(scene.options, px, tallies=scene.tallies if has_votes else None,
                        right=scene.stage == ANSWER)
    if revealed:
        body += _votes_note(scene, px)
    if scene.stage == ANSWER:
        feedback = _feedback(question, scene.options)
        if feedback:
            body += (f"<table width='100%' cellspacing='0' cellpadding='{px // 2}' style='margin-top:{px // 2}px'>"
                     f"<tr><td style='background-color:#eaf5ee'>{_text(feedback)}</td></tr></table>")
    return body


def _scenario(scene: Scene, px: int) -> str:
    body = _heading(px, scene.title)
    if scene.question is None:
        return body + _big(px, tr("This scenario is not in the installed quizzes."), 1)
    if scene.ending is not None:
        body += f"<p style='font-size:{round(px * 1.25)}px; color:{ACCENT}'><b>{escape(scene.ending.title)}</b></p>"
        body += _big(px, scene.ending.text, 1.0)
        if scene.path:
            items = "".join(f"<li>{escape(c.text)} <span style='color:{RATING_COLOURS.get(c.rating.value, INK)}'>"
                            f"({escape(_rating(c.rating.value).lower())})</span></li>"
                            for c in scene.path)
            path_label = tr("The group's path:")
            body += f"<p style='color:{MUTED}; margin-bottom:0'>{path_label}</p><ol>{items}</ol>"
        return body
    node = scene.node
    if node is None:
        return body
    if not scene.path and scene.stage != CONSEQUENCE and scene.question.prompt:
        body += f"<p style='color:{MUTED}'>{_text(scene.question.prompt)}</p>"
    body += _big(px, node.text, 1.1)
    if scene.stage == CONSEQUENCE and scene.choice is not None:
        choice = scene.choice
        colour = RATING_COLOURS.get(choice.rating.value, INK)
        chose = tr("The group chose: <b>{choice}</b>").format(choice=escape(choice.text))
        return body + (f"<p>{chose}</p>"
                       f"<p style='color:{colour}; font-size:{round(px * 1.15)}px'><b>"
                       f"{escape(_rating(choice.rating.value))}</b></p>"
                       f"<table width='100%' cellspacing='0' cellpadding='{px // 2}'><tr>"
                       f"<td style='background-color:#f2f5fa'>{_text(choice.rationale)}</td></tr></table>")
    has_votes = scene.stage == VOTES and sum(scene.tallies.values()) > 0
    body += option_rows(scene.options, px, tallies=scene.tallies if has_votes else None, right=False)
    if scene.stage == VOTES:
        body += _votes_note(scene, px)
    return body


def _break(scene: Scene, px: int) -> str:
    left = scene.minutes_left
    if left is None:
        detail = ""
    elif left <= 0:
        detail = tr("We are about to start again.")
    else:
        detail = tr("%n minute(s) left", "", left)
    title = scene.title or tr("Break")
    return (f"<p style='font-size:{px * 3}px; margin:0'>&nbsp;</p>"  # rich text has no vertical centring
            f"<p align='center' style='font-size:{px * 4}px; color:{ACCENT}; margin-top:0; "
            f"margin-bottom:{px}px'><b>{escape(title)}</b></p>"
            f"<p align='center' style='font-size:{round(px * 1.6)}px'>{escape(detail)}</p>")
