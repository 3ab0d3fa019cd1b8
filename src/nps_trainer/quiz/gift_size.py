"""How large a quiz file a GIFT text would make, at least: so that ``quiz import`` can refuse a file far too
large for the app (docs/module-format.md, "Limits") before spending time reading every question."""

from __future__ import annotations

import re

_BLOCKS = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
_COMMENT = re.compile(r"^[ \t]*//.*$", re.MULTILINE)
_ANSWERS = re.compile(r"(?<!\\)\{(.*?)(?<!\\)\}", re.DOTALL)
_ESSAY = re.compile(r"\s*(?:####.*)?", re.DOTALL)
_FORMAT = re.compile(r"\[(?:html|moodle|plain|markdown)\]")
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&#?\w{1,10};")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SYNTAX = re.compile(r"%-?\d+(?:\.\d+)?%|->|::|[{}=~#]")
_SPACE = re.compile(r"\s+")


def least_yaml_size(text: str) -> int:
    """A lower bound on the characters of the quiz YAML that importing GIFT ``text`` would write.

    Counts only what import keeps as text: the words of each question that has answers (not comments,
    categories, descriptions or essays), with HTML tags, format prefixes, escapes and GIFT's own marks taken
    out, entities counted as one character and runs of spaces as one. The YAML adds keys, ids and indentation
    to all of that, so it is always larger; a question that import skips for another reason (rare) is the
    only text counted that the YAML would not hold."""
    total = 0
    for block in _BLOCKS.split(_COMMENT.sub("", text)):
        block = block.strip()
        answers = _ANSWERS.search(block)
        if not block or block.startswith("$CATEGORY:") or answers is None or _ESSAY.fullmatch(answers.group(1)):
            continue
        kept = _SYNTAX.sub("", _ESCAPE.sub("x", _ENTITY.sub("x", _TAG.sub("", _FORMAT.sub("", block)))))
        total += len(_SPACE.sub(" ", kept).strip())
    return total
