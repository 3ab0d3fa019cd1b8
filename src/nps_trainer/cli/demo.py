"""``nps-trainer demo --database URL [--passphrase-file FILE]``: fill a new, empty database with a realistic
synthetic team (people, a year of learning, assignments and 300 screenings) so people can try the app and its
reports.

A database that already holds anything is refused before anything is written. Every demo profile gets the same
passphrase: the first line of ``--passphrase-file``, or one made here and printed.
"""

from __future__ import annotations

import argparse
import secrets
import shlex
import time
from pathlib import Path

from ..demo.recovery import RECOVERY_PREFIX, recovery_passphrase
from ..i18n import tr
from .errors import CommandError, complain
from .staff_sign_in import command_services, read_passphrase_file

# Short, plain words for a made passphrase: four of them give about 30 bits, plenty for demo data.
WORDS = (
    "amber", "anchor", "apple", "arrow", "badger", "basket", "beacon", "birch", "bramble", "bridge", "brook",
    "button", "candle", "canal", "castle", "cedar", "chalk", "cherry", "cloud", "clover", "comet", "copper",
    "cotton", "crane", "daisy", "delta", "dune", "eagle", "ember", "fern", "ferry", "fiddle", "finch", "forest",
    "fossil", "fox", "garden", "ginger", "glade", "granite", "harbour", "hazel", "heather", "heron", "hollow",
    "honey", "island", "ivory", "jasper", "juniper", "kettle", "kestrel", "lantern", "larch", "lemon", "lily",
    "linen", "lobster", "maple", "marble", "meadow", "mint", "moor", "moss", "nettle", "oak", "orchard", "otter",
    "owl", "paddle", "pebble", "pepper", "pigeon", "pine", "plum", "pond", "poppy", "quarry", "quartz", "rabbit",
    "raven", "reed", "ribbon", "river", "robin", "rowan", "saddle", "salmon", "sorrel", "sparrow", "spruce",
    "squirrel", "stone", "thistle", "thrush", "timber", "toffee", "tulip", "valley", "velvet", "walnut", "willow",
    "wren", "yarrow",
)


def make_passphrase(words: int = 4) -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(words))


def _database_argument(args: argparse.Namespace) -> str:
    value = getattr(args, "database", None)
    if not value or not value.strip():
        raise CommandError(tr("say which database to fill: --database URL (a new SQLite file path, or the address "
                              "of an empty PostgreSQL database)"))
    return value.strip()


def _refuse_filled(url: str, where: str) -> None:
    """Refuse a database that holds anything, looking only (a SQLite file is opened read-only)."""
    from ..demo import tables_with_rows
    from ..paths import UserPaths
    from ..storage.database import open_database
    from ..storage.errors import EmptyDatabaseError

    try:
        database = open_database(url, UserPaths.default().backups, read_only=True)
    except EmptyDatabaseError:
        return  # missing, or set up with nothing in it yet
    try:
        filled = tables_with_rows(database)
    finally:
        database.close()
    if filled:
        raise CommandError(tr("{database} already holds data (in {tables}): the demo only fills a new, empty "
                              "database. Nothing was changed. Give the path of a new file, or an empty database.")
                           .format(database=where, tables=", ".join(filled)))


def _remove_new_file(path: Path | None) -> None:
    """Remove a SQLite file this command created before it failed (with SQLite's files beside it)."""
    if path is None:
        return
    from ..storage.close_stamp import forget

    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    forget(path)  # the note its close wrote


def run_demo_command(args: argparse.Namespace) -> int:
    from ..app_config import resolve
    from ..demo import DemoRefused, build_demo, summarise
    from ..identity.crypto import WeakPassphrase, check_passphrase
    from ..paths import UserPaths
    from ..settings import Settings
    from ..storage.engine import display_url, sqlite_path

    value = _database_argument(args)
    file = getattr(args, "passphrase_file", None)
    passphrase = read_passphrase_file(file) if file else make_passphrase()
    try:
        check_passphrase(passphrase)
    except WeakPassphrase as exc:
        raise CommandError(tr("the passphrase in {path} cannot be used: {reason}").format(path=file, reason=exc)) \
            from exc
    url = resolve(UserPaths.default(), Settings(), database=value).database_url
    where = display_url(url)
    _refuse_filled(url, where)
    path = sqlite_path(url)
    new_file = path if path is not None and not path.exists() else None

    print(tr("Filling {database} with a demo team (this takes a few seconds)...").format(database=where))
    started = time.perf_counter()
    filling = False
    try:
        with command_services(args, create=True) as services:
            filling = True
            build_demo(services, passphrase, say=lambda message: print(f"  {message}", flush=True))
            summary = summarise(services.database)
    except DemoRefused as exc:  # filled by someone else since the check above: still nothing written
        raise CommandError(str(exc)) from exc
    except BaseException:
        if new_file is not None and new_file.exists():
            _remove_new_file(new_file)
            complain(tr("the demo stopped part-way; the new file {path} has been removed.").format(path=new_file))
        elif filling:
            complain(tr("the demo stopped part-way; {database} now holds part of the demo. Empty it (or make a new "
                        "database) before trying again.").format(database=where))
        raise
    seconds = time.perf_counter() - started

    print(tr("Demo team made in {database} in {seconds} s. Every person, case and answer is made up.").format(
        database=where, seconds=f"{seconds:.1f}"))
    for line in summary.lines():
        print(f"  {line}")
    if file:
        print(tr("Every demo profile uses the passphrase in {path} (its first line).").format(path=file))
        print(tr("The recovery passphrase (Team → Recovery key) is '{prefix}' followed by that passphrase.").format(
            prefix=RECOVERY_PREFIX))
    else:
        print(tr("Passphrase for every demo profile: {passphrase}").format(passphrase=passphrase))
        print(tr("Recovery passphrase (Team → Recovery key, for managers): {passphrase}").format(
            passphrase=recovery_passphrase(passphrase)))
    shown = where if path is None else value
    content = getattr(args, "content", None)
    extra = f" --content {shlex.quote(content)}" if content else ""
    print(tr("Open it with: {command}").format(command=f"nps-trainer --database {shlex.quote(shown)}{extra}"))
    print(tr("Sign in as {name}, the administrator, to see the team's training and reports.").format(
        name=summary.administrator))
    if summary.joint_sessions:
        print(tr("Sign in as {first} or {second}, the facilitators, to run a joint session (Joint sessions).")
              .format(first="Rhiannon Pryce", second="Sunita Patel"))
    secret = f"--passphrase-file {shlex.quote(file)}" if file else tr("(type the passphrase when asked)")
    print(tr("A report from the command line: {command}").format(
        command=f"nps-trainer report completion --csv completion.csv --database {shlex.quote(shown)} {secret}"))
    return 0
