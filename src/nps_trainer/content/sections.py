"""Split a module body into ``##`` sections, with file line numbers and unique anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nps_trainer.content.anchors import unique_anchors
from nps_trainer.content.callouts import code_fence_mask
from nps_trainer.content.model import Section
from nps_trainer.i18n import tr

_H2 = re.compile(r"^##(?!#)\s*(.*?)\s*#*\s*$")
_H1 = re.compile(r"^#(?!#)\s")
INTRODUCTION_TITLE = "Introduction"


@dataclass(frozen=True)
class BodyIssue:
    line: int
    message: str


def split_sections(body: str, body_line: int) -> tuple[list[Section], list[BodyIssue]]:
    """Sections of ``body``, whose first line is file line ``body_line``.

    Text before the first ``##`` heading, if any, becomes a section titled 'Introduction'.
    """
    lines = body.split("\n")
    in_code = code_fence_mask(lines)
    issues: list[BodyIssue] = []
    starts: list[tuple[int, str]] = []  # (index of heading line, title)
    for index, line in enumerate(lines):
        if in_code[index]:
            continue
        if _H1.match(line):
            issues.append(BodyIssue(body_line + index,
                                    tr("'#' headings are not allowed (the title comes from the front matter; "
                                       "use '##' for sections)")))
            continue
        match = _H2.match(line)
        if match:
            title = match.group(1)
            if not title:
                issues.append(BodyIssue(body_line + index, tr("section heading '##' has no text")))
            starts.append((index, title))

    raw: list[tuple[str, str, int]] = []  # (title, markdown, file line)
    first = starts[0][0] if starts else len(lines)
    preamble = "\n".join(lines[:first])
    if preamble.strip():
        first_text = next(i for i, line in enumerate(lines) if line.strip())
        raw.append((INTRODUCTION_TITLE, preamble.strip("\n"), body_line + first_text))
    for position, (index, title) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        raw.append((title, "\n".join(lines[index + 1:end]), body_line + index))
    anchors = unique_anchors(title for title, _, _ in raw)
    sections = [Section(title=title, anchor=anchor, markdown=markdown, line=line)
                for (title, markdown, line), anchor in zip(raw, anchors, strict=True)]
    return sections, issues
