"""``nps-trainer xapi export|send|status|import``: learning records for the organisation's LRS, after a manager
signs in (they show staff records).

- ``xapi export FILE [--since DATE]``: every statement, made here and imported, as a JSON array.
- ``xapi send [--lrs URL --key KEY --secret-file FILE]``: send what is waiting now and report the counts
  (the LRS from Settings unless given; the secret only ever from a file, never on the command line).
- ``xapi status``: the outbox: waiting, sent, rejected (with reasons), imported, last sent, last error.
- ``xapi import FILE``: add a statements file made on another device (importing it twice adds nothing).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from ..i18n import tr
from .errors import CommandError
from .staff_sign_in import command_services, output_path, sign_in

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..learning_records.config import LrsConfig
    from ..services import Services


def run_xapi_command(args: argparse.Namespace) -> int:
    with command_services(args) as services:
        signed_in = sign_in(args, services, ("manager",), "see or send learning records")
        action = {"export": _export, "send": _send, "status": _status, "import": _import}[args.xapi_command]
        return action(args, services, signed_in)


def _outbox(services: Services):
    from ..learning_records.outbox import Outbox

    return Outbox(services.database)


def _export(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    path = output_path(args.file)
    since = _date(getattr(args, "since", None), "--since")
    try:
        count = _outbox(services).write_export(path, since)
    except OSError as exc:
        raise CommandError(tr("cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)) \
            from exc
    services.audit.record(profile_id=signed_in.profile.id, action="export", object_type="xapi_statements",
                          detail=f"{count} statements" + (f" since {since.isoformat()}" if since else ""))
    if since:
        print(tr("Wrote %n statement(s) since {since} to {path}", "", count).format(since=since.isoformat(),
                                                                                   path=path))
    else:
        print(tr("Wrote %n statement(s) to {path}", "", count).format(path=path))
    return 0


def lrs_config(args: argparse.Namespace, services: Services) -> LrsConfig:
    """The LRS from Settings and the secret file in the config folder, with ``--lrs``, ``--key`` and
    ``--secret-file`` taking precedence."""
    from dataclasses import replace

    from ..learning_records.config import LrsConfig, endpoint_problem, read_secret

    config = LrsConfig.from_settings(services.settings, services.paths.config)
    if getattr(args, "lrs", None):
        problem = endpoint_problem(args.lrs)
        if problem:
            raise CommandError(problem)
        config = replace(config, endpoint=args.lrs)
    if getattr(args, "key", None):
        config = replace(config, key=args.key)
    if getattr(args, "secret_file", None):
        from pathlib import Path

        path = Path(args.secret_file).expanduser()
        if not path.is_file():
            raise CommandError(tr("cannot read the secret file {path}: there is no such file").format(path=path))
        secret = read_secret(path)
        if not secret:
            raise CommandError(tr("the secret file {path} has no secret on its first line").format(path=path))
        config = replace(config, secret=secret)
    return config


def _send(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    from ..learning_records.sender import Sender

    config = lrs_config(args, services)
    problem = config.problem()
    if problem:
        raise CommandError(problem)
    outbox = _outbox(services)
    report = Sender(outbox, lambda: config).send_once(now=True)
    status = outbox.status()
    services.audit.record(profile_id=signed_in.profile.id, action="send", object_type="xapi_statements",
                          detail=f"{report.sent} sent, {report.rejected} rejected, {status.waiting} waiting")
    print(tr("Sent {sent}, rejected {rejected}, still waiting {waiting} (to {address}).").format(
        sent=report.sent, rejected=report.rejected, waiting=status.waiting, address=config.statements_url))
    if report.error:
        print(tr("Stopped: {error}").format(error=report.error))
    if report.rejected:
        print(tr("Rejected statements are kept with the LRS's reason: see 'nps-trainer xapi status'."))
    return 1 if report.error or report.rejected else 0


def _status(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    outbox = _outbox(services)
    status = outbox.status()
    config = lrs_config(args, services)
    print(tr("Learning records on {database}:").format(database=services.database.display_location))
    if config.configured:
        print("  " + tr("LRS: {address}").format(address=config.statements_url))
    else:
        print("  " + tr("LRS: none set up (records wait here)"))
    if status.waiting > status.due and status.next_attempt_at:
        print("  " + tr("Waiting: {waiting} ({held} in back-off until {when})").format(
            waiting=status.waiting, held=status.waiting - status.due, when=_local(status.next_attempt_at)))
    else:
        print("  " + tr("Waiting: {waiting}").format(waiting=status.waiting))
    if status.last_sent_at:
        print("  " + tr("Sent: {sent}, last at {when}").format(sent=status.sent, when=_local(status.last_sent_at)))
    else:
        print("  " + tr("Sent: {sent}").format(sent=status.sent))
    print("  " + tr("Rejected: {rejected}").format(rejected=status.rejected))
    print("  " + tr("Imported from other devices: {imported}").format(imported=status.imported))
    if status.last_error:
        print("  " + tr("Last error ({when}): {error}").format(when=_local(status.last_error_at),
                                                              error=status.last_error))
    for rejected in outbox.rejected(20):
        print("  " + tr("rejected {id} ({what}): {reason}").format(id=rejected.statement_id, what=rejected.what,
                                                                  reason=rejected.reason))
    unmatched = outbox.unmatched_actors()
    if unmatched:
        print("  " + tr("Imported records not yet linked to a person: {count} (link them in Team → Learning "
                        "records)").format(count=len(unmatched)))
    return 0


def _import(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    from pathlib import Path

    from ..learning_records.outbox import ImportProblem

    path = Path(args.file).expanduser()
    try:
        report = _outbox(services).import_file(path)
    except ImportProblem as exc:
        raise CommandError(str(exc)) from exc
    services.audit.record(profile_id=signed_in.profile.id, action="import", object_type="xapi_statements",
                          detail=f"{report.added} added, {report.already_had} already here")
    print(tr("Imported %n statement(s) from {path} ({already} already here).", "", report.added).format(
        path=path, already=report.already_had))
    if report.unmatched:
        print(tr("%n person(s) in the file are not linked to anyone here yet: link them in Team → Learning "
                 "records.", "", len(report.unmatched)))
    return 0


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(tr("{option} {value} is not a date (YYYY-MM-DD)").format(option=option,
                                                                                   value=repr(value))) from exc


def _local(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else tr("never")
