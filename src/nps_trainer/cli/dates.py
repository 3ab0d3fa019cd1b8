"""Dates given on the command line: ``--since`` and ``--until`` as YYYY-MM-DD."""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import tr
from .errors import CommandError


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD date given to ``option``, or CommandError saying what was wrong."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(tr("{option} {value} is not a date: write it as YYYY-MM-DD, e.g. 2026-04-01").format(
            option=option, value=repr(value))) from None


def date_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """``--since`` and ``--until``, checked to be dates in that order."""
    since = parse_day(getattr(args, "since", None), "--since")
    until = parse_day(getattr(args, "until", None), "--until")
    if since and until and since > until:
        raise CommandError(tr("--since {since} is after --until {until}: swap them").format(
            since=since.isoformat(), until=until.isoformat()))
    return since, until
