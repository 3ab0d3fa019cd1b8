"""The FSRS scheduler, loaded on first use only (start-up never imports ``fsrs``).

The refresher is asked once a day, so the scheduler works in whole days: no learning steps of minutes (a new
question comes back the next day at the soonest), one relearning step of a day (a question got wrong after it
was known comes back the next day, then on FSRS's schedule again), intervals of at most a year (so nothing
learnt goes unchecked for longer), 90% of questions expected to be remembered when they come back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fsrs import Scheduler

log = logging.getLogger(__name__)

DESIRED_RETENTION = 0.9
MAXIMUM_INTERVAL_DAYS = 365
RELEARNING_STEPS = (timedelta(days=1),)


@dataclass(frozen=True)
class Scheduled:
    """A card after a review: its state to save (``fsrs.Card.to_dict()``), when it is next due, when reviewed."""

    card: dict[str, Any]
    due: datetime
    last_review: datetime


@cache
def scheduler(fuzz: bool = True) -> Scheduler:
    """The scheduler; ``fuzz`` spreads intervals of 3 days or more by a day or so, so that questions learnt
    together do not all come back on the same day (tests and the demo turn it off to be repeatable)."""
    from fsrs import Scheduler

    return Scheduler(desired_retention=DESIRED_RETENTION, learning_steps=(), relearning_steps=RELEARNING_STEPS,
                     maximum_interval=MAXIMUM_INTERVAL_DAYS, enable_fuzzing=fuzz)


UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, OverflowError)  # what a damaged state raises


def review(card: dict[str, Any] | None, rating: int, when: datetime, *, fuzz: bool = True) -> Scheduled:
    """Review ``card`` (a saved state, or None for a question met for the first time) with ``rating`` at
    ``when``. A saved state that cannot be read, or that the scheduler cannot review, starts again as a new
    card (and is logged)."""
    from fsrs import Rating

    when = when.astimezone(UTC)
    current = _saved(card) if card is not None else None
    if current is not None:
        try:
            return _review(current, Rating(rating), when, fuzz)
        except UNREADABLE as exc:
            log.warning("Refresher card state cannot be reviewed (%s); starting it again", type(exc).__name__)
    return _review(_new_card(when), Rating(rating), when, fuzz)


def _saved(card: Any) -> Any:
    """The saved state as an ``fsrs.Card``, or None (logged) when it cannot be read: not a dict, a field
    missing or of the wrong type, or a time without its time zone (every time saved is UTC, so one without
    a zone was not written by the app)."""
    from fsrs import Card

    try:
        if not isinstance(card, dict):
            raise TypeError(f"a {type(card).__name__}, not a dict")
        current = Card.from_dict(card)  # type: ignore[arg-type]
        for moment in (current.due, current.last_review):
            if moment is not None and moment.utcoffset() is None:
                raise ValueError("a time without its time zone")
        return current
    except UNREADABLE as exc:
        log.warning("Refresher card state unreadable (%s: %s); starting it again", type(exc).__name__, exc)
        return None


def _new_card(when: datetime) -> Any:
    from fsrs import Card

    return Card(card_id=int(when.timestamp() * 1000), due=when)  # an id given: Card() would sleep 1 ms


def _review(current: Any, rating: Any, when: datetime, fuzz: bool) -> Scheduled:
    if current.last_review is not None and when < current.last_review:
        when = current.last_review.astimezone(UTC)  # a clock set back: never review before the last review
    reviewed, _log = scheduler(fuzz).review_card(current, rating, review_datetime=when)
    assert reviewed.last_review is not None
    return Scheduled(dict(reviewed.to_dict()), reviewed.due.astimezone(UTC), reviewed.last_review.astimezone(UTC))
