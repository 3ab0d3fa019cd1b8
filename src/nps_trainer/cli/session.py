"""``nps-trainer session list`` and ``session export ID --csv FILE [--pdf FILE]``: joint session records, after a
manager or facilitator signs in."""

from __future__ import annotations

import argparse

from ..i18n import tr
from .dates import date_range
from .errors import CommandError
from .staff_sign_in import command_services, output_path, sign_in

ROLES = ("manager", "facilitator")
WHAT = "see joint session records"


def run_session_command(args: argparse.Namespace) -> int:
    if args.session_command == "list":
        since, until = date_range(args)  # bad dates are refused before anyone is asked for a passphrase
        with command_services(args) as services:
            signed_in = sign_in(args, services, ROLES, WHAT)
            status = None if args.status == "all" else args.status
            sessions = services.joint_sessions.list(acting=signed_in.profile, since=since, until=until,
                                                    plan_id=args.plan, status=status)
        if not sessions:
            print(tr("No joint sessions."))
        for summary in sessions:
            print(list_line(summary))
        return 0
    return _export(args)


def list_line(summary) -> str:
    """One session on one line, its id first."""
    people = tr("%n attendee(s)", "", summary.attendees)
    split = tr("{probation} probation, {drug_service} drug service, {other} other; %n guest(s)", "",
               summary.guests).format(probation=summary.probation, drug_service=summary.drug_service,
                                      other=summary.other)
    leaders = ", ".join((summary.facilitator_name, *summary.co_facilitators))
    minutes = tr("{minutes} min").format(minutes=summary.minutes)
    return (f"{summary.id}  {summary.held_on.isoformat()}  {summary.title}  {summary.place or '-'}  {leaders}  "
            f"{people} ({split})  {minutes}  {_status(summary.status)}")


def _status(status: str) -> str:
    """A session's status as shown: running or finished."""
    if status == "running":
        return tr("running", "a joint session's status")
    if status == "finished":
        return tr("finished", "a joint session's status")
    return status


def _export(args: argparse.Namespace) -> int:
    from ..sessions.store import SessionError

    try:
        session_id = int(args.id)
    except ValueError:
        raise CommandError(tr("'{id}' is not a session id: 'nps-trainer session list' shows them").format(
            id=args.id)) from None
    csv_target = output_path(args.csv)
    pdf_target = output_path(args.pdf) if args.pdf else None
    with command_services(args) as services:
        sign_in(args, services, ROLES, WHAT)
        try:
            record = services.joint_sessions.get(session_id)
        except SessionError as exc:
            raise CommandError(tr("{problem} 'nps-trainer session list' shows the sessions there are.").format(
                problem=exc)) from None
    from ..sessions.export import write_session_csv

    rows = write_session_csv(record, csv_target)
    print(tr("Wrote {path}: %n attendee(s) of session {id} ({title}, {day}).", "", rows).format(
        path=csv_target, id=record.id, title=record.title, day=record.held_on.isoformat()))
    if pdf_target is not None:
        from ..ui.documents.pdf import ensure_gui_application
        from ..ui.documents.session_pdf import write_session_pdf

        ensure_gui_application()
        write_session_pdf(record, pdf_target)
        print(tr("Wrote {path}: the session record as PDF.").format(path=pdf_target))
    if not record.finished:
        print(tr("Note: this session has not ended yet; its record may still change."))
    return 0
