"""The non-GUI commands. Each prints what it did, and returns 0 on success, 1 on a problem found, 2 on error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..paths import UserPaths, ensure_backups
from ..storage.errors import StorageError, describe_os_error
from .errors import CommandError, cannot_write


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
        print(f"nps-trainer: {exc}", file=sys.stderr)
        return 2
    except StorageError as exc:
        print(f"nps-trainer: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        return cannot_write(Path(exc.filename) if exc.filename else None, exc)
    print(f"nps-trainer: unknown command {args.command}", file=sys.stderr)
    return 2


def _backups_folder(paths: UserPaths) -> Path:
    try:
        return ensure_backups(paths)
    except OSError as exc:
        why = describe_os_error(exc, paths.backups)
        message = f"Cannot create the backups folder {paths.backups}: {why}. Nothing has been changed."
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
                found = report.found_revision or "empty"
                print(f"Upgraded {db.display_location} from schema {found} to {migrate.HEAD}.")
                if report.backup:
                    print(f"Backup taken first: {report.backup}")
            else:
                print(f"{db.display_location} is up to date (schema {migrate.HEAD}).")
            return 0
        finally:
            db.close()
    # check and backup only look: nothing in the database is written, whatever its schema revision.
    db = open_database(config.database_url, paths.backups, read_only=True)
    try:
        if args.db_command == "backup":
            target = db.backup(Path(args.to) if args.to else _backups_folder(paths))
            print(f"Backed up {db.display_location} (schema {db.report.found_revision}) to {target}")
            return 0
        integrity = db.integrity_problems(full=True)
        schema = db.schema_problem()
        problems = [*integrity, schema] if schema else integrity
        if not problems:
            from ..audit import AuditLog

            broken = AuditLog(db).verify()
            if broken:
                shown = ", ".join(str(i) for i in broken[:10]) + (" …" if len(broken) > 10 else "")
                problems.append(f"audit log: {len(broken)} entr{'y' if len(broken) == 1 else 'ies'} altered, "
                                f"removed from the middle or unhashed (ids {shown})")
        if problems:
            ok = "" if integrity else "integrity ok, "
            print(f"{db.display_location}: {ok}{len(problems)} problem(s) found:")
            for problem in problems:
                print(f"  {problem}")
            return 1
        print(f"{db.display_location}: integrity ok, audit log chain intact, schema {migrate.HEAD}.")
        return 0
    finally:
        db.close()
