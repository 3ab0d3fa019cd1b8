"""``nps-trainer report team --pdf FILE``: the team report (summary, charts with their numbers, caseload figures)
as an A4 PDF whose charts are vector drawings, after a manager signs in."""

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


def run(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    from ..team.team_report import team_report

    path = output_path(args.pdf)
    today = dt.date.today()
    report = team_report(services, signed_in, today)
    # Qt lays the PDF out (the one PDF path); loaded here only, so other commands never load it.
    from ..ui.documents.pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    try:
        write_pdf(report.html, path, report.title, svgs=report.svgs)
    except OSError as exc:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)) \
            from exc
    services.audit.record(profile_id=signed_in.profile.id, action="export", object_type="team_report",
                          detail=f"team report PDF for {today.isoformat()}")
    print(tr("Wrote the team report for {day} to {path}").format(day=today.isoformat(), path=path))
    return 0
