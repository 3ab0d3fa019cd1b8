"""``nps-trainer certificate PROFILE_NAME ITEM_ID --pdf FILE``, ``nps-trainer certificate verify CODE`` and
``nps-trainer certificate verify CODE --pdf FILE`` (a copy checked without the register).

Issuing signs a manager in, checks the person completed the item, records the certificate in the register and
writes its PDF. Verifying needs no sign-in: it prints the facts and exits 0 when the code is genuine, and exits 1
(saying why) when the code is mistyped or altered, unknown, its register entry was altered, or it was revoked.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .errors import CommandError
from .staff_sign_in import command_services, output_path, sign_in

if TYPE_CHECKING:
    from ..team.certificates import Verification

_FACT_LABELS = (("name", "Name"), ("title", "Title"), ("item_type", "Kind"), ("item_id", "Item id"),
                ("completed_on", "Completed on"), ("score", "Score"), ("hours", "CPD hours"),
                ("organisation", "Issued by"), ("issued_on", "Issued on"), ("serial", "Serial"),
                ("key_id", "Signing key"), ("person", "Person id"))
_KINDS = {"module": "module", "quiz": "assessed quiz", "path": "learning path", "session": "joint session"}


def run_certificate_command(args: argparse.Namespace) -> int:
    first, second = args.words
    if first.strip().casefold() == "verify":
        return _verify(args, second)
    return _issue(args, first, second)


def _verify(args: argparse.Namespace, code: str) -> int:
    if getattr(args, "pdf", None):
        return _verify_copy(args, code)
    with command_services(args) as services:
        result = services.certificates.verify(code)
    print(result.message)
    if result.facts is not None and result.status in ("genuine", "revoked"):
        _print_facts(result)
    return 0 if result.ok else 1


def _verify_copy(args: argparse.Namespace, code: str) -> int:
    """``certificate verify CODE --pdf FILE``: check a certificate PDF by itself, without the register (so a
    revocation cannot be seen), against the key it carries; say whether that key is the organisation's."""
    from pathlib import Path

    from ..team.certificates import verify_pdf_copy

    path = Path(args.pdf).expanduser()
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    trusted = _trusted_keys(args)
    result, trust = verify_pdf_copy(pdf, code, trusted)
    print(result.message)
    if not result.ok:
        return 1
    _print_facts(result)
    key_id = (result.facts or {}).get("key_id", "")
    if trust == "trusted":
        print(f"Signed with {key_id}, a signing key of the organisation on this computer's database. This copy "
              "cannot show a revocation: `nps-trainer certificate verify CODE` checks the register.")
        return 0
    print(f"Signed with key {key_id}, which is not on this computer's database: the certificate is genuine only "
          "if that is the issuing organisation's key id. Ask them, or check the code against their register.")
    return 0


def _trusted_keys(args: argparse.Namespace) -> dict[str, bytes]:
    """The signing keys on the database named (or the default one), if there is one; none otherwise."""
    from ..storage.errors import StorageError

    try:
        with command_services(args) as services:
            from sqlalchemy import select

            from ..storage.models import SigningKey

            with services.database.session() as session:
                return {row.key_id: bytes(row.public_key) for row in session.scalars(select(SigningKey))}
    except (CommandError, StorageError, OSError):  # no database here: the copy is checked on its own
        return {}


def _print_facts(result: Verification) -> None:
    facts = result.facts or {}
    print(f"  {'Code':<14}{result.code}")
    for key, label in _FACT_LABELS:
        if key not in facts:
            continue
        value = facts[key]
        if key == "score":
            value = f"{value}%"
        elif key == "item_type":
            value = _KINDS.get(str(value), value)
        print(f"  {label:<14}{value}")
    if result.revoked_at is not None:
        print(f"  {'Revoked on':<14}{result.revoked_at.astimezone():%Y-%m-%d}")
        print(f"  {'Reason':<14}{result.revoke_reason}")


def _issue(args: argparse.Namespace, name: str, item_id: str) -> int:
    from ..profiles import NotAllowed
    from ..team.certificates import CertificateError

    if not getattr(args, "pdf", None):
        raise CommandError("give --pdf FILE: the certificate's PDF is written there when it is issued")
    target = output_path(args.pdf)
    with command_services(args) as services:
        signed_in = sign_in(args, services, ("manager",), "issue certificates")
        matches = services.profiles.find_by_name(name)
        if not matches:
            raise CommandError(f"there is no profile called '{name}' on {services.database.display_location}")
        if len(matches) > 1:
            raise CommandError(f"more than one profile is called '{name}': rename one in the app first")
        person = matches[0]
        try:
            item_type, bare_id = services.certificates.resolve_item(person.id, item_id)
            issued = services.certificates.issue(signed_in, person.id, item_type, bare_id)
        except (CertificateError, NotAllowed, LookupError) as exc:
            raise CommandError(str(exc)) from exc
    if issued.notice:
        print(issued.notice)
    print(f"Issued a certificate to {person.display_name} for the {_KINDS.get(item_type, item_type)} "
          f"'{issued.title}'.")
    print(f"Verification code: {issued.code}")
    try:
        from ..ui.documents.certificate_pdf import write_certificate_pdf
        from ..ui.documents.pdf import ensure_gui_application

        ensure_gui_application()
        write_certificate_pdf(issued, target)
    except OSError as exc:
        from ..storage.errors import describe_os_error

        print(f"nps-trainer: the certificate is in the register, but its PDF cannot be written to {target}: "
              f"{describe_os_error(exc, target)}. Save it again from the person's certificates in the app.",
              file=sys.stderr)
        return 2
    print(f"PDF written to {target}")
    return 0
