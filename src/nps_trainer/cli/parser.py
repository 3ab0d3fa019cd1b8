"""The whole command line: the app's options and every sub-command, with their help in the language in use.

Starting the app itself does not build this (``__main__.app_options`` reads the app's few options by hand); the
sub-commands, ``--help`` and any mistake in the options do."""

from __future__ import annotations

import argparse

from .. import __version__
from ..i18n import tr


class Parser(argparse.ArgumentParser):
    """No abbreviated options (argparse would take ``--lang cy`` for ``--language cy``): the language is read from
    the command line before it is parsed, and a restart drops it, both by its full name. Sub-commands' parsers are
    made of this class too (argparse makes them of the parent's class)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", choices=["cy", "en"], default=argparse.SUPPRESS,
        help=tr("the language: cy (Cymraeg) or en (English) (default: Settings, then the system's language)"),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=tr("SQLAlchemy URL or SQLite file path (default: NPS_TRAINER_DATABASE_URL, then Settings, then the "
        "SQLite file in the user data folder)"),
        default=argparse.SUPPRESS,
    )
    parser.add_argument(
        "--content",
        metavar="DIR",
        help=tr("content folder with modules/ and quizzes/ (default: NPS_TRAINER_CONTENT_DIR, then Settings, "
        "then the bundled content)"),
        default=argparse.SUPPRESS,
    )


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    _common(common)
    parser = Parser(
        prog="nps-trainer",
        description=tr("NPS Trainer: training, quizzes and NPS-aware screening for probation practitioners."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"NPS Trainer {__version__}",
                        help=tr("show program's version number and exit"))
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=tr("start normally, then exit as soon as the main window is shown and idle (for tests and benchmarks)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help=tr("look after the database"), parents=[common])
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help=tr("back up, then migrate the database to this version"), parents=[common])
    backup = db_commands.add_parser("backup", help=tr("write a backup copy of the database"), parents=[common])
    backup.add_argument("--to", metavar="DIR", help=tr("folder for the backup (default: the backups folder)"))
    db_commands.add_parser("check", help=tr("check the database's integrity and schema"), parents=[common])

    content = commands.add_parser("content", help=tr("work with content files"), parents=[common])
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_commands.add_parser(
        "check", help=tr("validate modules, quizzes and screening forms"), parents=[common]
    )
    check.add_argument("path", nargs="?", help=tr("content folder (default: the content in use)"))

    quiz = commands.add_parser("quiz", help=tr("move quiz questions to and from Moodle (GIFT)"), parents=[common])
    quiz_commands = quiz.add_subparsers(dest="quiz_command", metavar="ACTION", required=True)
    quiz_import = quiz_commands.add_parser("import", help=tr("import a GIFT file as a quiz"), parents=[common])
    quiz_import.add_argument("file", help=tr("GIFT file to read"))
    quiz_import.add_argument("--id", dest="quiz_id", help=tr("id for the new quiz (default: from the file name)"))
    quiz_import.add_argument("--title", help=tr("title for the new quiz (default: the file's Moodle "
                             "$CATEGORY, else from the id)"))
    quiz_import.add_argument("--module", dest="modules", action="append", default=[], metavar="MODULE_ID",
                             help=tr("module the quiz belongs to (repeatable)"))
    quiz_import.add_argument("--to", metavar="DIR", help=tr("folder for the quiz file (default: the quizzes folder "
                             "of --content when that is given, otherwise the current folder)"))
    quiz_import.add_argument("--force", action="store_true", help=tr("replace a quiz file that already exists"))
    quiz_export = quiz_commands.add_parser("export", help=tr("export a quiz as a GIFT file"), parents=[common])
    quiz_export.add_argument("quiz_id")
    quiz_export.add_argument("file")

    staff = Parser(add_help=False, parents=[common])
    _staff_sign_in(staff)
    report = commands.add_parser("report", help=tr("team reports for managers (sign-in needed)"), parents=[staff])
    report_commands = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    completion = report_commands.add_parser(
        "completion", help=tr("one row per person and item: status, dates, scores (CSV)"), parents=[staff])
    completion.add_argument("--csv", metavar="FILE", required=True, help=tr("CSV file to write"))
    _date_range(completion)
    figures = report_commands.add_parser(
        "figures", help=tr("anonymised caseload figures, small numbers suppressed (CSV)"), parents=[staff])
    figures.add_argument("--csv", metavar="FILE", required=True, help=tr("CSV file to write"))
    _date_range(figures)
    figures.add_argument("--by", choices=["month", "quarter"], default="month",
                         help=tr("one column per month (default) or per quarter"))
    team = report_commands.add_parser("team", help=tr("the team report with its charts (PDF)"), parents=[staff])
    team.add_argument("--pdf", metavar="FILE", required=True, help=tr("PDF file to write"))

    certificate = commands.add_parser(
        "certificate", parents=[staff],
        help=tr("issue a certificate: certificate PROFILE_NAME ITEM_ID --pdf FILE; check one: certificate verify CODE"),
        usage="nps-trainer certificate PROFILE_NAME ITEM_ID --pdf FILE\n       nps-trainer certificate verify CODE "
              "[--pdf FILE]")
    certificate.add_argument("words", nargs=2, metavar="ARG",
                             help=tr("PROFILE_NAME ITEM_ID (ITEM_ID: a module, quiz or learning path id), or "
                                     "verify CODE"))
    certificate.add_argument("--pdf", metavar="FILE", help=tr("PDF file to write (when issuing), or a certificate PDF "
                             "to check by itself (with verify)"))

    xapi = commands.add_parser("xapi", help=tr("learning records for the organisation's LRS (sign-in needed)"),
                               parents=[staff])
    xapi_commands = xapi.add_subparsers(dest="xapi_command", metavar="ACTION", required=True)
    xapi_export = xapi_commands.add_parser("export", help=tr("every statement as a JSON array"), parents=[staff])
    xapi_export.add_argument("file", metavar="FILE", help=tr("JSON file to write"))
    xapi_export.add_argument("--since", metavar="DATE", help=tr("statements from this date (YYYY-MM-DD), inclusive"))
    xapi_send = xapi_commands.add_parser("send", help=tr("send waiting statements now and report the counts"),
                                         parents=[staff])
    xapi_send.add_argument("--lrs", metavar="URL", help=tr("the LRS's xAPI address (default: Settings)"))
    xapi_send.add_argument("--key", metavar="KEY", help=tr("the LRS key (default: Settings)"))
    xapi_send.add_argument("--secret-file", metavar="FILE",
                           help=tr("first line: the LRS secret (default: the one saved in Settings)"))
    xapi_commands.add_parser("status", help=tr("the outbox: waiting, sent, refused, last error"), parents=[staff])
    xapi_import = xapi_commands.add_parser("import", help=tr("add a statements file made on another device"),
                                           parents=[staff])
    xapi_import.add_argument("file", metavar="FILE", help=tr("statements file (JSON) to read"))

    session = commands.add_parser("session", help=tr("joint session records (manager or facilitator sign-in)"),
                                  parents=[staff])
    session_commands = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    session_list = session_commands.add_parser("list", help=tr("one line per session, its id first"), parents=[staff])
    _date_range(session_list)
    session_list.add_argument("--plan", metavar="PLAN_ID", help=tr("only sessions run from this plan"))
    session_list.add_argument("--status", choices=["running", "finished", "all"], default="all",
                              help=tr("only running or finished sessions (default: all)"))
    session_export = session_commands.add_parser("export", help=tr("write a session's record: CSV, and PDF if asked"),
                                                 parents=[staff])
    session_export.add_argument("id", metavar="ID", help=tr("the session's id (the first column of 'session list')"))
    session_export.add_argument("--csv", metavar="FILE", required=True,
                                help=tr("CSV file to write: one row per attendee, with their organisation"))
    session_export.add_argument("--pdf", metavar="FILE",
                                help=tr("PDF file to write: the record for both organisations"))

    demo = commands.add_parser("demo", help=tr("fill a new, empty database with a realistic synthetic team"),
                               parents=[common])
    demo.add_argument("--passphrase-file", metavar="FILE",
                      help=tr("first line: the passphrase for every demo profile (default: one is made and printed)"))
    return parser


def _staff_sign_in(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help=tr("read the signing-in passphrase from the first line of FILE instead of asking"))
    parser.add_argument("--as", dest="as_name", metavar="NAME", default=argparse.SUPPRESS,
                        help=tr("the display name to sign in as (default: the only manager, or asked)"))


def _date_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="DATE", help=tr("from this date (YYYY-MM-DD), inclusive"))
    parser.add_argument("--until", metavar="DATE", help=tr("up to this date (YYYY-MM-DD), inclusive"))
