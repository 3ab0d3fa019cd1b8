"""The non-GUI commands. Each prints what it did, and returns 0 on success, 1 on a problem found, 2 on error."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import tr
from ..paths import UserPaths, ensure_backups
from ..storage.errors import StorageError, describe_os_error
from .errors import CommandError, cannot_write, complain


def run_command(args: argparse.Namespace) -> int:
    try:
        if args.command == "db":
            return _db(args)
        if args.command == "content":
            from .content_check import check_content

            return check_content(args)
        if args.command == "quiz":
            from .quiz_gift import run_quiz_command

            return run_quiz_command(args)
        if args.command == "report":
            from .report import run_report_command

            return run_report_command(args)
        if args.command == "certificate":
            from .certificate import run_certificate_command

            return run_certificate_command(args)
        if args.command == "xapi":
            from .xapi import run_xapi_command

            return run_xapi_command(args)
        if args.command == "session":
            from .session import run_session_command

            return run_session_command(args)
        if args.command == "demo":
            from .demo import run_demo_command

            return run_demo_command(args)
    except CommandError as exc:
        complain(str(exc))
        return 2
    except StorageError as exc:
        complain(str(exc))
        return 2
    except OSError as exc:
        return cannot_write(Path(exc.filename) if exc.filename else None, exc)
    complain(tr("unknown command {command}").format(command=args.command))
    return 2


def _backups_folder(paths: UserPaths) -> Path:
    try:
        return ensure_backups(paths)
    except OSError as exc:
        why = describe_os_error(exc, paths.backups)
        message = tr("Cannot create the backups folder {folder}: {reason}. Nothing has been changed.").format(
            folder=paths.backups, reason=why)
        raise StorageError(message) from exc


def _db(args: argparse.Namespace) -> int:
    from ..app_config import resolve
    from ..storage import migrate
    from ..storage.database import open_database
    from .user_settings import load_user_settings

    paths = UserPaths.default()
    config = resolve(paths, load_user_settings(paths), database=getattr(args, "database", None))
    if args.db_command == "upgrade":
        db = open_database(config.database_url, _backups_folder(paths))
        try:
            report = db.report
            if report.migrated:
                if report.found_revision:
                    print(tr("Upgraded {database} from schema {found} to {head}.").format(
                        database=db.display_location, found=report.found_revision, head=migrate.HEAD))
                else:
                    print(tr("Upgraded {database} from schema empty to {head}.").format(
                        database=db.display_location, head=migrate.HEAD))
                if report.backup:
                    print(tr("Backup taken first: {path}").format(path=report.backup))
            else:
                print(tr("{database} is up to date (schema {head}).").format(database=db.display_location,
                                                                             head=migrate.HEAD))
            return 0
        finally:
            db.close()
    # check and backup only look: nothing in the database is written, whatever its schema revision.
    db = open_database(config.database_url, paths.backups, read_only=True)
    try:
        if args.db_command == "backup":
            target = db.backup(Path(args.to) if args.to else _backups_folder(paths))
            print(tr("Backed up {database} (schema {revision}) to {path}").format(
                database=db.display_location, revision=db.report.found_revision, path=target))
            return 0
        integrity = db.integrity_problems(full=True)
        schema = db.schema_problem()
        problems = [*integrity, schema] if schema else integrity
        if not problems:
            from ..audit import AuditLog

            broken = AuditLog(db).verify()
            if broken:
                shown = ", ".join(str(i) for i in broken[:10]) + (" …" if len(broken) > 10 else "")
                problems.append(tr("audit log: %n entr(y/ies) altered, removed from the middle or unhashed "
                                   "(ids {ids})", "", len(broken)).format(ids=shown))
        if problems:
            if integrity:
                print(tr("{database}: %n problem(s) found:", "", len(problems)).format(database=db.display_location))
            else:
                print(tr("{database}: integrity ok, %n problem(s) found:", "", len(problems)).format(
                    database=db.display_location))
            for problem in problems:
                print(f"  {problem}")
            return 1
        print(tr("{database}: integrity ok, audit log chain intact, schema {head}.").format(
            database=db.display_location, head=migrate.HEAD))
        return 0
    finally:
        db.close()
