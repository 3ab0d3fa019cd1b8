"""``:::`` callout blocks: splitting Markdown into plain and callout parts, and reporting syntax errors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nps_trainer.i18n import tr, tr_noop

CALLOUT_TITLES: dict[str, str] = {
    "key-points": tr_noop("Key points"),
    "safety": tr_noop("Safety"),
    "practice-tip": tr_noop("Practice tip"),
    "case-example": tr_noop("Case example"),
    "notice": tr_noop("Notice"),
}

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_OPEN = re.compile(r"^:::\s*(\S+)\s*(.*?)\s*$")
_CLOSE = re.compile(r"^:::\s*$")


@dataclass(frozen=True)
class TextPart:
    markdown: str
    line: int  # file line of its first line


@dataclass(frozen=True)
class CalloutPart:
    kind: str
    title: str  # the author's title, or the kind's default title
    markdown: str
    line: int  # file line of the opening ':::' line


@dataclass(frozen=True)
class CalloutIssue:
    line: int  # file line
    message: str


Part = TextPart | CalloutPart


def code_fence_mask(lines: list[str]) -> list[bool]:
    """For each line, True if it is inside (or opens/closes) a fenced code block."""
    mask: list[bool] = []
    fence: str | None = None
    for line in lines:
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)[0] * 3
                mask.append(True)
            else:
                mask.append(False)
        else:
            mask.append(True)
            if match and match.group(1).startswith(fence):
                fence = None
    return mask


def split_callouts(markdown: str, first_line: int = 1) -> tuple[list[Part], list[CalloutIssue]]:
    """Split Markdown into plain text and callouts. Malformed callouts are reported and kept as text.

    ``first_line`` is the file line of the first line of ``markdown``; reported lines are file lines.
    """
    lines = markdown.split("\n")
    in_code = code_fence_mask(lines)
    parts: list[Part] = []
    issues: list[CalloutIssue] = []
    text_start = 0
    open_at: int | None = None
    open_kind = ""
    open_title = ""
    nested = 0

    def flush_text(end: int) -> None:
        chunk = "\n".join(lines[text_start:end])
        if chunk.strip():
            parts.append(TextPart(chunk, first_line + text_start))

    for index, line in enumerate(lines):
        if in_code[index] or not line.startswith(":::"):
            continue
        if _CLOSE.match(line):
            if nested:
                nested -= 1
                continue
            if open_at is None:
                issues.append(CalloutIssue(first_line + index, tr("closing ':::' without an opening callout")))
                continue
            inner = "\n".join(lines[open_at + 1:index])
            parts.append(CalloutPart(open_kind, open_title, inner, first_line + open_at))
            open_at = None
            text_start = index + 1
            continue
        match = _OPEN.match(line)
        if match is None:  # pragma: no cover - _OPEN matches any non-closing ':::' line
            continue
        kind, title = match.group(1), match.group(2)
        if open_at is not None:
            issues.append(CalloutIssue(
                first_line + index, tr("callouts cannot be nested: '{kind}' opens inside the callout opened on "
                                       "line {line} (close that one with ':::' first)").format(
                    kind=kind, line=first_line + open_at)))
            nested += 1
            continue
        if kind not in CALLOUT_TITLES:
            known = ", ".join(CALLOUT_TITLES)
            issues.append(CalloutIssue(first_line + index,
                                       tr("unknown callout kind '{kind}' (use one of: {known})").format(
                                           kind=kind, known=known)))
        flush_text(index)
        open_at, open_kind, open_title = index, kind, title or (
            tr(CALLOUT_TITLES[kind]) if kind in CALLOUT_TITLES else kind)
    if open_at is not None:
        issues.append(CalloutIssue(
            first_line + open_at, tr("callout '{kind}' is not closed (add a ':::' line after it)").format(
                kind=open_kind)))
        text_start = open_at
    flush_text(len(lines))
    return parts, issues
