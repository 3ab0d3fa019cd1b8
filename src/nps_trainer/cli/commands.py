"""The non-GUI commands. Each prints what it did, and returns 0 on success, 1 on a problem found, 2 on error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..paths import UserPaths, ensure_backups
from ..storage.errors import StorageError


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
    except StorageError as exc:
        print(f"nps-trainer: {exc}", file=sys.stderr)
        return 2
    print(f"nps-trainer: unknown command {args.command}", file=sys.stderr)
    return 2


def _db(args: argparse.Namespace) -> int:
    from ..app_config import resolve
    from ..settings import SettingsStore
    from ..storage import migrate
    from ..storage.database import open_database

    paths = UserPaths.default()
    config = resolve(paths, SettingsStore(paths.settings_file).load(), database=getattr(args, "database", None))
    upgrade = args.db_command == "upgrade"
    from ..storage.engine import sqlite_path

    missing = sqlite_path(config.database_url)
    if not upgrade and missing is not None and not missing.exists():
        print(f"nps-trainer: there is no database at {missing} yet; the app creates it when it first starts "
              "(or run 'nps-trainer db upgrade').", file=sys.stderr)
        return 2
    db = open_database(config.database_url, ensure_backups(paths), upgrade=upgrade)
    try:
        if args.db_command == "upgrade":
            report = db.report
            if report.migrated:
                found = report.found_revision or "empty"
                print(f"Upgraded {db.display_location} from schema {found} to {migrate.HEAD}.")
                if report.backup:
                    print(f"Backup taken first: {report.backup}")
            else:
                print(f"{db.display_location} is up to date (schema {migrate.HEAD}).")
            return 0
        if args.db_command == "backup":
            target = db.backup(Path(args.to) if args.to else ensure_backups(paths))
            print(f"Backed up {db.display_location} to {target}")
            return 0
        problems = db.check(full=True)
        if not problems:
            from ..audit import AuditLog

            broken = AuditLog(db).verify()
            if broken:
                shown = ", ".join(str(i) for i in broken[:10]) + (" …" if len(broken) > 10 else "")
                problems.append(f"audit log: {len(broken)} entr{'y' if len(broken) == 1 else 'ies'} altered, "
                                f"removed from the middle or unhashed (ids {shown})")
        if problems:
            print(f"{db.display_location}: {len(problems)} problem(s) found:")
            for problem in problems:
                print(f"  {problem}")
            return 1
        print(f"{db.display_location}: integrity ok, audit log chain intact, schema {migrate.HEAD}.")
        return 0
    finally:
        db.close()
