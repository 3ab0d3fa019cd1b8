"""``nps-trainer report completion --csv FILE [--since DATE] [--until DATE]``: one row per person and item.

A manager has signed in already (``cli/report.py``). The rows are those of the team view's matrix (people not
archived, every module and quiz); with a date range, only rows with a completion, a best assessed attempt or
a due date in it.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from ..i18n import tr
from .dates import date_range
from .errors import CommandError
from .staff_sign_in import output_path

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..services import Services


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse bad dates or an impossible file before anyone signs in."""
    date_range(args)
    output_path(args.csv)


def run(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    from ..csv_files import write_csv
    from ..storage.errors import describe_os_error
    from ..team.records import COMPLETION_HEADER

    since, until = date_range(args)
    target = output_path(args.csv)
    rows = services.team_records.completion_rows(since, until, date.today())
    try:
        count = write_csv(target, COMPLETION_HEADER, (row.values() for row in rows))
    except OSError as exc:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=target,
                                                                       reason=describe_os_error(exc, target))) from exc
    #: {people} is "%n person(s)", translated on its own
    people = tr("%n person(s)", "", len({row.uid for row in rows}))
    if since and until:
        text = tr("Wrote %n row(s) ({people}) with something from {since} to {until} to {path}", "", count)
    elif since:
        text = tr("Wrote %n row(s) ({people}) with something from {since} to today to {path}", "", count)
    elif until:
        text = tr("Wrote %n row(s) ({people}) with something from the start to {until} to {path}", "", count)
    else:
        text = tr("Wrote %n row(s) ({people}) to {path}", "", count)
    print(text.format(people=people, since=since.isoformat() if since else "",
                      until=until.isoformat() if until else "", path=target))
    return 0
