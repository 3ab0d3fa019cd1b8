"""``nps-trainer certificate PROFILE_NAME ITEM_ID --pdf FILE``, ``nps-trainer certificate verify CODE`` and
``nps-trainer certificate verify CODE --pdf FILE`` (a copy checked without the register).

Issuing signs a manager in, checks the person completed the item, records the certificate in the register and
writes its PDF. Verifying needs no sign-in: it prints the facts and exits 0 when the code is genuine, and exits 1
(saying why) when the code is mistyped or altered, unknown, its register entry was altered, or it was revoked.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..i18n import tr, tr_noop
from .errors import CommandError, complain
from .staff_sign_in import command_services, output_path, sign_in

if TYPE_CHECKING:
    from ..team.certificates import Verification

_FACT_LABELS = (("name", tr_noop("Name")), ("title", tr_noop("Title")), ("item_type", tr_noop("Kind")),
                ("item_id", tr_noop("Item id")), ("completed_on", tr_noop("Completed on")),
                ("score", tr_noop("Score")), ("hours", tr_noop("CPD hours")), ("organisation", tr_noop("Issued by")),
                ("issued_on", tr_noop("Issued on")), ("serial", tr_noop("Serial")),
                ("key_id", tr_noop("Signing key")), ("person", tr_noop("Person id")))
_KINDS = {"module": tr_noop("module"), "quiz": tr_noop("assessed quiz"), "path": tr_noop("learning path"),
          "session": tr_noop("joint session")}
_LABEL_WIDTH = 14  # the English labels' column; a longer translated label widens it


def _issued_sentence(item_type: str) -> str:
    """'Issued a certificate to {name} for the … {title}.' as one sentence per kind of item."""
    if item_type == "module":
        return tr("Issued a certificate to {name} for the module '{title}'.")
    if item_type == "quiz":
        return tr("Issued a certificate to {name} for the assessed quiz '{title}'.")
    if item_type == "path":
        return tr("Issued a certificate to {name} for the learning path '{title}'.")
    if item_type == "session":
        return tr("Issued a certificate to {name} for the joint session '{title}'.")
    return tr("Issued a certificate to {name} for '{title}'.")


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
        raise CommandError(tr("cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from exc
    trusted = _trusted_keys(args)
    result, trust = verify_pdf_copy(pdf, code, trusted)
    print(result.message)
    if not result.ok:
        return 1
    _print_facts(result)
    key_id = (result.facts or {}).get("key_id", "")
    if trust == "trusted":
        print(tr("Signed with {key_id}, a signing key of the organisation on this computer's database. This copy "
                 "cannot show a revocation: `nps-trainer certificate verify CODE` checks the register.")
              .format(key_id=key_id))
        return 0
    print(tr("Signed with key {key_id}, which is not on this computer's database: the certificate is genuine only "
             "if that is the issuing organisation's key id. Ask them, or check the code against their register.")
          .format(key_id=key_id))
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
    labels = [tr("Code"), *(tr(label) for _key, label in _FACT_LABELS), tr("Revoked on"), tr("Reason")]
    width = max(_LABEL_WIDTH, *(len(label) + 2 for label in labels))
    print(f"  {tr('Code'):<{width}}{result.code}")
    for key, label in _FACT_LABELS:
        if key not in facts:
            continue
        value = facts[key]
        if key == "score":
            value = f"{value}%"
        elif key == "item_type":
            value = tr(_KINDS[str(value)]) if str(value) in _KINDS else value
        print(f"  {tr(label):<{width}}{value}")
    if result.revoked_at is not None:
        print(f"  {tr('Revoked on'):<{width}}{result.revoked_at.astimezone():%Y-%m-%d}")
        print(f"  {tr('Reason'):<{width}}{result.revoke_reason}")


def _issue(args: argparse.Namespace, name: str, item_id: str) -> int:
    from ..profiles import NotAllowed
    from ..team.certificates import CertificateError

    if not getattr(args, "pdf", None):
        raise CommandError(tr("give --pdf FILE: the certificate's PDF is written there when it is issued"))
    target = output_path(args.pdf)
    with command_services(args) as services:
        signed_in = sign_in(args, services, ("manager",), "issue certificates")
        matches = services.profiles.find_by_name(name)
        if not matches:
            raise CommandError(tr("there is no profile called '{name}' on {database}")
                               .format(name=name, database=services.database.display_location))
        if len(matches) > 1:
            raise CommandError(tr("more than one profile is called '{name}': rename one in the app first")
                               .format(name=name))
        person = matches[0]
        try:
            item_type, bare_id = services.certificates.resolve_item(person.id, item_id)
            issued = services.certificates.issue(signed_in, person.id, item_type, bare_id)
        except (CertificateError, NotAllowed, LookupError) as exc:
            raise CommandError(str(exc)) from exc
    if issued.notice:
        print(issued.notice)
    print(_issued_sentence(item_type).format(name=person.display_name, title=issued.title))
    print(tr("Verification code: {code}").format(code=issued.code))
    try:
        from ..ui.documents.certificate_pdf import write_certificate_pdf
        from ..ui.documents.pdf import ensure_gui_application

        ensure_gui_application()
        write_certificate_pdf(issued, target)
    except OSError as exc:
        from ..storage.errors import describe_os_error

        complain(tr("the certificate is in the register, but its PDF cannot be written to {path}: {reason}. Save "
                    "it again from the person's certificates in the app.").format(
            path=target, reason=describe_os_error(exc, target)))
        return 2
    print(tr("PDF written to {path}").format(path=target))
    return 0
