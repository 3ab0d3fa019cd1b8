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
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
    services.audit.record(profile_id=signed_in.profile.id, action="export", object_type="xapi_statements",
                          detail=f"{count} statements" + (f" since {since.isoformat()}" if since else ""))
    print(f"Wrote {count} statement{'' if count == 1 else 's'}" + (f" since {since.isoformat()}" if since else "")
          + f" to {path}")
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
            raise CommandError(f"cannot read the secret file {path}: there is no such file")
        secret = read_secret(path)
        if not secret:
            raise CommandError(f"the secret file {path} has no secret on its first line")
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
    print(f"Sent {report.sent}, rejected {report.rejected}, still waiting {status.waiting} "
          f"(to {config.statements_url}).")
    if report.error:
        print(f"Stopped: {report.error}")
    if report.rejected:
        print("Rejected statements are kept with the LRS's reason: see 'nps-trainer xapi status'.")
    return 1 if report.error or report.rejected else 0


def _status(args: argparse.Namespace, services: Services, signed_in: SignedIn) -> int:
    outbox = _outbox(services)
    status = outbox.status()
    config = lrs_config(args, services)
    print(f"Learning records on {services.database.display_location}:")
    print(f"  LRS: {config.statements_url if config.configured else 'none set up (records wait here)'}")
    print(f"  Waiting: {status.waiting}" + (f" ({status.waiting - status.due} in back-off until "
                                             f"{_local(status.next_attempt_at)})" if status.waiting > status.due
                                            and status.next_attempt_at else ""))
    print(f"  Sent: {status.sent}" + (f", last at {_local(status.last_sent_at)}" if status.last_sent_at else ""))
    print(f"  Rejected: {status.rejected}")
    print(f"  Imported from other devices: {status.imported}")
    if status.last_error:
        print(f"  Last error ({_local(status.last_error_at)}): {status.last_error}")
    for rejected in outbox.rejected(20):
        print(f"  rejected {rejected.statement_id} ({rejected.what}): {rejected.reason}")
    unmatched = outbox.unmatched_actors()
    if unmatched:
        print(f"  Imported records not yet linked to a person: {len(unmatched)} (link them in Team → Learning "
              "records)")
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
    print(f"Imported {report.added} statement{'' if report.added == 1 else 's'} from {path} "
          f"({report.already_had} already here).")
    if report.unmatched:
        print(f"{len(report.unmatched)} person(s) in the file are not linked to anyone here yet: link them in "
              "Team → Learning records.")
    return 0


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from exc


def _local(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "never"
