"""``nps-trainer report figures --csv FILE [--since DATE] [--until DATE] [--by month|quarter]``: the caseload
figures, small numbers suppressed, as CSV (one row per measure, one column per period; no total over the range,
see docs/figures.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ..i18n import tr
from .errors import CommandError
from .staff_sign_in import output_path

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..services import Services


def iso_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(tr("{option} '{value}' is not a date: write it as YYYY-MM-DD, for example 2026-04-01")
                           .format(option=option, value=value)) from None


def run(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    from ..csv_files import write_csv
    from ..team.figures import FiguresRefused

    since = iso_date(getattr(args, "since", None), "--since")
    until = iso_date(getattr(args, "until", None), "--until")
    path = output_path(args.csv)
    try:
        table = services.figures.build(since, until, by=getattr(args, "by", None) or "month",
                                       threshold=services.settings.small_number_threshold)
    except FiguresRefused as exc:
        raise CommandError(str(exc)) from exc
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    try:
        write_csv(path, table.csv_header(), table.csv_rows())
    except OSError as exc:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)) \
            from exc
    services.audit.record(profile_id=signed_in.profile.id, action="export", object_type="caseload_figures",
                          object_id=table.by, detail=f"{table.first_day.isoformat()} to {table.last_day.isoformat()}")
    if table.by == "quarter":
        text = tr("Wrote caseload figures for {first} to {last} by quarter (screenings by {practitioners} "
                  "practitioners; {hidden} numbers hidden) to {path}")
    else:
        text = tr("Wrote caseload figures for {first} to {last} by month (screenings by {practitioners} "
                  "practitioners; {hidden} numbers hidden) to {path}")
    print(text.format(first=table.first_day.isoformat(), last=table.last_day.isoformat(),
                      practitioners=table.practitioners, hidden=table.hidden_count(), path=path))
    if (since is not None and since != table.first_day) or (until is not None and until != table.last_day):
        if table.by == "quarter":
            print(tr("Screenings are dated by month only, so the figures cover whole quarters."))
        else:
            print(tr("Screenings are dated by month only, so the figures cover whole months."))
    return 0
