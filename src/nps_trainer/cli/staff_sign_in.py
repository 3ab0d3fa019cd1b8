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
        raise CommandError(f"cannot read the passphrase file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"the passphrase file {path} is not UTF-8 text") from exc
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise CommandError(f"the passphrase file {path} has no passphrase on its first line")
    return passphrase


def _administrator(candidates: list[ProfileInfo]) -> ProfileInfo:
    """Of several people who may sign in, the administrator: the longest-standing manager (the first profile
    made on a new database), else whoever was made first."""
    managers = [p for p in candidates if p.is_manager] or candidates
    return min(managers, key=lambda p: (p.created_at, p.id))


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def sign_in(args: argparse.Namespace, services: Services, roles: tuple[str, ...] = ("manager",),
            what: str = "see staff records") -> SignedIn:
    """Sign in someone whose role is in ``roles``, or raise CommandError saying why not."""
    from ..identity import PassphraseChangeRequired, SignInThrottled, WrongPassphrase
    from ..profiles import ROLES, NotAllowed

    allowed = " or ".join(ROLES[r].lower() for r in roles)
    candidates = [p for p in services.profiles.list() if p.role in roles]
    name = getattr(args, "as_name", None)
    if name:
        matches = [p for p in services.profiles.find_by_name(name) if not p.archived]
        if not matches:
            raise CommandError(f"there is no profile called '{name}' on {services.database.display_location}")
        if len(matches) > 1:
            raise CommandError(f"more than one profile is called '{name}': rename one in the app first")
        person = matches[0]
        if person.role not in roles:
            raise CommandError(f"{person.display_name} is a {person.role_label.lower()}: only a {allowed} can "
                               f"{what}")
    elif not candidates:
        raise CommandError(f"there is no {allowed} on {services.database.display_location}: only a {allowed} "
                           f"can {what}")
    elif len(candidates) == 1:
        person = candidates[0]
    elif _interactive():
        default = _administrator(candidates)
        typed = input(f"Sign in as ({', '.join(p.display_name for p in candidates)}) [{default.display_name}]: ")
        args.as_name = typed.strip() or default.display_name
        return sign_in(args, services, roles, what)
    else:
        person = _administrator(candidates)
        print(f"Signing in as {person.display_name}, the administrator (--as NAME signs in someone else).",
              file=sys.stderr)
    if not person.has_passphrase:
        raise CommandError(f"{person.display_name} has not set a passphrase yet: sign in once in the app first")
    path = getattr(args, "passphrase_file", None)
    if path:
        passphrase = read_passphrase_file(path)
    elif _interactive():
        passphrase = getpass.getpass(f"Passphrase for {person.display_name}: ")
    else:
        raise CommandError("a passphrase is needed: give --passphrase-file FILE (its first line), or run this at "
                           "a terminal to be asked")
    try:
        return services.signin.sign_in(person.id, passphrase)
    except (WrongPassphrase, SignInThrottled, NotAllowed) as exc:
        raise CommandError(str(exc)) from exc
    except PassphraseChangeRequired as exc:
        raise CommandError(f"{person.display_name}'s passphrase was reset by a manager: sign in once in the app to "
                           "choose your own, then run this again") from exc


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
        raise CommandError(f"there is no database at {path}: check --database (nothing was created)")
    services = build_services(paths, database=getattr(args, "database", None), content=getattr(args, "content", None))
    try:
        yield services
    finally:
        services.close()


def output_path(value: str) -> Path:
    """A file to write, checked before any work is done: its folder must exist."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise CommandError(f"cannot write {path}: it is a folder; give a file name in it")
    if not path.parent.is_dir():
        raise CommandError(f"cannot write {path}: the folder {path.parent} does not exist")
    return path


Runner = Callable[[argparse.Namespace, "Services", "SignedIn"], int]
