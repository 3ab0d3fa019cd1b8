"""What every bundled module must contain (docs/module-format.md, 'What every bundled module contains')."""

from __future__ import annotations

from nps_trainer.content.loader import ModuleFile
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem

SUPERVISION_SECTION = "In practice: supervision"
MIN_WORDS = 900


def house_rule_problems(file: ModuleFile) -> list[Problem]:
    module = file.module
    if module is None:
        return []
    path, problems = file.path, []
    body_line = file.front_matter.body_line if file.front_matter else 1
    kinds = [callout.kind for callout in file.callouts]
    if not kinds or kinds[0] != "notice":
        problems.append(Problem(path, body_line, tr("bundled modules need a 'notice' callout before any other "
                                                    "callout (training, not clinical advice; 999 in an emergency; "
                                                    "local drug services)")))
    for kind in ("key-points", "case-example"):
        if kind not in kinds:
            problems.append(Problem(path, body_line, tr("bundled modules need at least one '{kind}' callout").format(
                kind=kind)))
    # A translation's headings are in its own language: its sections must match the English module's instead.
    if module.language == "en" and SUPERVISION_SECTION not in {section.title for section in module.sections}:
        problems.append(Problem(path, body_line,
                                tr("bundled modules need a '## {section}' section").format(
                                    section=SUPERVISION_SECTION)))
    if module.word_count < MIN_WORDS:
        problems.append(Problem(path, body_line, tr("bundled modules need at least {minimum} words "
                                                    "(this one has {count})").format(
            minimum=MIN_WORDS, count=module.word_count)))
    return problems
