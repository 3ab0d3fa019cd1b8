"""Command line entry point: ``nps-trainer`` starts the app; sub-commands look after the database and content."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

#: The app's own options that take a value, and the name each is kept under.
APP_VALUES = {"--database": "database", "--content": "content", "--language": "language"}
LANGUAGE_CODES = ("cy", "en")


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The app's own options, read by hand, when the arguments only start the app (no command, no --help or
    --version) and every value is one the whole command line would take; None otherwise, and the whole command
    line (``cli.parser``) reads them, with its checks, help and messages. Building argparse's parser costs about
    2.5 ms of every start. The result is what the whole command line gives (a test checks it): options not given
    are left out, as its defaults leave them, but ``exit_when_ready``."""
    values: dict[str, object] = {"command": None, "exit_when_ready": False}
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--exit-when-ready":
            values["exit_when_ready"] = True
            index += 1
            continue
        name, equals, value = arg.partition("=")
        if name not in APP_VALUES:
            return None
        if equals:
            index += 1
        elif index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            value = argv[index + 1]
            index += 2
        else:
            return None  # no value, or an option where it should be: argparse says what is wrong
        if name == "--language" and value not in LANGUAGE_CODES:
            return None
        values[APP_VALUES[name]] = value
    return argparse.Namespace(**values)


def language_for_run(argv: Sequence[str]) -> str:
    """``--language``, else the language saved in Settings, else the system's."""
    from .i18n.choice import choose
    from .i18n.command_line import language_argument
    from .paths import UserPaths
    from .settings import peek_language

    return choose(language_argument(argv), peek_language(UserPaths.default().settings_file))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = app_options(argv)
    if args is None:  # a command, --help, or a mistake (the app chooses its language itself, from Settings)
        from .i18n.command_line import use_for_commands

        use_for_commands(language_for_run(argv))
        from .cli.argparse_words import install as translate_argparse

        translate_argparse()  # argparse's own words ("usage:", "options"): nothing to do in English
        from .cli.parser import build_parser

        args = build_parser().parse_args(argv)
    if args.command is None:
        from .ui.launch import run_gui

        return run_gui(args)
    from .cli.commands import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
