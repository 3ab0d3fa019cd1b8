"""Checking a generated demo record against its form before it is finished (shared by the screenings and the
checklists)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..screening import Evaluation, FormDefinition

NOTE = "Synthetic demo record: not a real person."


class DemoScreeningError(RuntimeError):
    """A generated screening that the form does not accept (a fault in the demo, not in the app)."""


def check_fits(form: FormDefinition, evaluation: Evaluation, reference: str) -> None:
    """Raise :class:`DemoScreeningError` unless the answers are complete and the form accepts every one."""
    problems = [f"{path}: {'; '.join(messages)}" for path, messages in evaluation.errors.items()]
    problems += evaluation.evaluation_errors
    if not evaluation.complete:
        problems.append("not every required answer is given")
    if problems:
        raise DemoScreeningError(f"demo screening {reference} does not fit the form {form.id} version "
                                 f"{form.version}: {'; '.join(problems)}")
