"""Signing in on the command line before a command shows staff records.

The person is named with ``--as NAME`` (or is the only one with a role allowed); the passphrase comes from
the first line of ``--passphrase-file FILE`` or, at a terminal, from a prompt that does not echo it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr, tr_noop
from ..paths import UserPaths
from .errors import CommandError

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..profiles import ProfileInfo
    from ..services import Services


def read_passphrase_file(path: str) -> str:
    """The first line of ``path``, without its line end."""
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise CommandError(tr("cannot read the passphrase file {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise CommandError(tr("the passphrase file {path} is not UTF-8 text").format(path=path)) from exc
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise CommandError(tr("the passphrase file {path} has no passphrase on its first line").format(path=path))
    return passphrase


def _administrator(candidates: list[ProfileInfo]) -> ProfileInfo:
    """Of several people who may sign in, the administrator: the longest-standing manager (the first profile
    made on a new database), else whoever was made first."""
    managers = [p for p in candidates if p.is_manager] or candidates
    return min(managers, key=lambda p: (p.created_at, p.id))


# "only a … can …" as whole clauses, by the roles allowed and what the command does (``sign_in``'s ``what``)
_ONLY = {
    (("manager",), "see staff records"): tr_noop("only a manager can see staff records"),
    (("manager",), "see team reports"): tr_noop("only a manager can see team reports"),
    (("manager",), "issue certificates"): tr_noop("only a manager can issue certificates"),
    (("manager",), "see or send learning records"): tr_noop("only a manager can see or send learning records"),
    (("manager", "facilitator"), "see joint session records"):
        tr_noop("only a manager or facilitator can see joint session records"),
}


def _only(roles: tuple[str, ...], what: str) -> str:
    """'only a manager can …', translated when it is one of the known clauses."""
    from ..profiles import ROLES

    known = _ONLY.get((tuple(roles), what))
    if known is not None:
        return tr(known)
    allowed = " or ".join(ROLES[r].lower() for r in roles)
    return f"only a {allowed} can {what}"


def _nobody_allowed(roles: tuple[str, ...], database: str, only: str) -> str:
    from ..profiles import ROLES

    if tuple(roles) == ("manager",):
        return tr("there is no manager on {database}: {only}").format(database=database, only=only)
    if tuple(roles) == ("manager", "facilitator"):
        return tr("there is no manager or facilitator on {database}: {only}").format(database=database, only=only)
    allowed = " or ".join(ROLES[r].lower() for r in roles)
    return f"there is no {allowed} on {database}: {only}"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def sign_in(args: argparse.Namespace, services: Services, roles: tuple[str, ...] = ("manager",),
            what: str = "see staff records") -> SignedIn:
    """Sign in someone whose role is in ``roles``, or raise CommandError saying why not."""
    from ..identity import PassphraseChangeRequired, SignInThrottled, WrongPassphrase
    from ..profiles import NotAllowed

    only = _only(roles, what)
    candidates = [p for p in services.profiles.list() if p.role in roles]
    name = getattr(args, "as_name", None)
    if name:
        matches = [p for p in services.profiles.find_by_name(name) if not p.archived]
        if not matches:
            raise CommandError(tr("there is no profile called '{name}' on {database}")
                               .format(name=name, database=services.database.display_location))
        if len(matches) > 1:
            raise CommandError(tr("more than one profile is called '{name}': rename one in the app first")
                               .format(name=name))
        person = matches[0]
        if person.role not in roles:
            #: {role} is the person's role in lower case, such as "probation practitioner"
            raise CommandError(tr("{name} is a {role}: {only}").format(
                name=person.display_name, role=tr(person.role_label).lower(), only=only))
    elif not candidates:
        raise CommandError(_nobody_allowed(roles, services.database.display_location, only))
    elif len(candidates) == 1:
        person = candidates[0]
    elif _interactive():
        default = _administrator(candidates)
        typed = input(tr("Sign in as ({names}) [{default}]: ").format(
            names=", ".join(p.display_name for p in candidates), default=default.display_name))
        args.as_name = typed.strip() or default.display_name
        return sign_in(args, services, roles, what)
    else:
        person = _administrator(candidates)
        print(tr("Signing in as {name}, the administrator (--as NAME signs in someone else).").format(
            name=person.display_name), file=sys.stderr)
    if not person.has_passphrase:
        raise CommandError(tr("{name} has not set a passphrase yet: sign in once in the app first").format(
            name=person.display_name))
    path = getattr(args, "passphrase_file", None)
    if path:
        passphrase = read_passphrase_file(path)
    elif _interactive():
        passphrase = getpass.getpass(tr("Passphrase for {name}: ").format(name=person.display_name))
    else:
        raise CommandError(tr("a passphrase is needed: give --passphrase-file FILE (its first line), or run this "
                              "at a terminal to be asked"))
    try:
        return services.signin.sign_in(person.id, passphrase)
    except (WrongPassphrase, SignInThrottled, NotAllowed) as exc:
        raise CommandError(str(exc)) from exc
    except PassphraseChangeRequired as exc:
        raise CommandError(tr("{name}'s passphrase was reset by a manager: sign in once in the app to choose your "
                              "own, then run this again").format(name=person.display_name)) from exc


@contextmanager
def command_services(args: argparse.Namespace, *, create: bool = False) -> Iterator[Services]:
    """The services for a command, on the database and content that ``--database`` and ``--content`` name. A
    SQLite file that does not exist is refused unless ``create`` (the demo makes a new one)."""
    from ..app_config import resolve
    from ..services import build_services
    from ..storage.engine import sqlite_path
    from .user_settings import load_user_settings

    paths = UserPaths.default()
    config = resolve(paths, load_user_settings(paths), database=getattr(args, "database", None))
    path = sqlite_path(config.database_url)
    if path is not None and not path.exists() and not create:  # a typo must not make a new, empty database
        raise CommandError(tr("there is no database at {path}: check --database (nothing was created)").format(
            path=path))
    services = build_services(paths, database=getattr(args, "database", None), content=getattr(args, "content", None))
    try:
        yield services
    finally:
        services.close()


def output_path(value: str) -> Path:
    """A file to write, checked before any work is done: its folder must exist."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise CommandError(tr("cannot write {path}: it is a folder; give a file name in it").format(path=path))
    if not path.parent.is_dir():
        raise CommandError(tr("cannot write {path}: the folder {folder} does not exist").format(
            path=path, folder=path.parent))
    return path


Runner = Callable[[argparse.Namespace, "Services", "SignedIn"], int]
