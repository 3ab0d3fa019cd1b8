"""The organisation's register of issued certificates, signed with its Ed25519 key. Qt-free.

A manager issues a certificate for something a person really completed: a module (every section read), an
assessed quiz passed, or every item of a learning path. The certificate's facts (who, what, when, score,
hours, a random serial) are signed with the organisation's signing key; its verification code is the first 50
bits of SHA-256 over the canonical facts and the signature, in Crockford base32 with a check symbol
(:mod:`.codes`). Anyone can check a code against the register without signing in (:meth:`verify`); a PDF's own
copy of the signed facts can be checked without the database (:func:`verify_document`).

The signing key: the first manager to issue makes it. Its public half is kept in plain; its private half is
sealed to every manager who has a key pair, so any of them can open it with their own passphrase and no one
ever knows another's. A manager holding it shares it with managers made since whenever they sign something.
If no current manager can open it any more (the last holder left), a new key is made; certificates signed
with the old one still verify with its public half.

What this protects against: certificates made up or edited outside the app (a PDF with changed facts, a
made-up code, a register row edited in the database without the private key). What it does not: someone who
holds a manager's passphrase, or who can replace the public key in the database as well as the rows.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..clock import utcnow
from ..i18n import tr, tr_noop
from ..i18n.dates import long_date
from ..profiles import NotAllowed, ProfileInfo, ProfileService, require_manager
from ..storage.database import Database
from .codes import InvalidCode, code_from_digest, normalise

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..audit import AuditLog
    from ..content import Module
    from ..identity import KeyStore, SignedIn

ORGANISATION = "NPS Trainer"
FACTS_FORMAT = "nps-trainer-certificate/1"
ITEM_TYPES = ("module", "quiz", "path", "session")
ITEM_LABELS = {"module": "module", "quiz": "quiz", "path": "learning path", "session": "joint session"}
# What a certificate is for, as shown: the kind of item and its title.
WHAT_LABELS = {"module": tr_noop("Module: {title}"), "quiz": tr_noop("Quiz: {title}"),
               "path": tr_noop("Learning path: {title}"), "session": tr_noop("Joint session: {title}")}


def what_text(item_type: str, title: str) -> str:
    """'Module: Title' in the language in use."""
    if item_type in WHAT_LABELS:
        return tr(WHAT_LABELS[item_type]).format(title=title)
    return f"{ITEM_LABELS.get(item_type, item_type).capitalize()}: {title}"
CERTIFICATE_LOCK = 0x4E505343  # PostgreSQL advisory lock: one issuer (and one new signing key) at a time
MAX_REASON_LENGTH = 500
SERIAL_BYTES = 8

GENUINE = "genuine"
REVOKED = "revoked"
BAD_CODE = "bad code"
UNKNOWN = "unknown"
TAMPERED = "tampered"


class CertificateError(Exception):
    """A certificate cannot be issued, found or changed; the message says why in plain words."""


class NotEligible(CertificateError):
    """The person has not completed what the certificate would say they did."""


class UnknownItem(CertificateError, LookupError):
    """No module, quiz or learning path with that id in the content in use."""


class SigningKeyNotShared(CertificateError):
    """This manager has no share of the signing key yet, and another manager holds it."""


# -- the facts and the signature -----------------------------------------------------------------------------

def canonical_json(facts: Mapping[str, Any]) -> bytes:
    """The one byte form of the facts that is signed and hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def code_for(facts_json: bytes, signature: bytes) -> str:
    """The verification code of signed facts."""
    return code_from_digest(hashlib.sha256(facts_json + signature).digest())


def key_id_for(public_key: bytes) -> str:
    """The first 16 hex digits of SHA-256 of the raw public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def quarter_hours(minutes: float) -> str:
    """Hours to the nearest quarter, at least a quarter: '0.25', '1', '1.75'."""
    quarters = max(1, math.floor(minutes / 15 + 0.5))
    return f"{quarters / 4:g}"


def _signature_ok(public_key: bytes, facts_json: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, facts_json)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class CertificateRecord:
    """An entry of the register as stored: the signed facts, their signature, and whether it was revoked."""

    code: str
    profile_id: int | None
    item_type: str
    item_id: str
    facts: dict
    signature: bytes
    key_id: str
    issued_at: datetime
    issued_by: int | None
    revoked_at: datetime | None = None
    revoke_reason: str | None = None
    intact: bool = True  # the signature matches the facts and the code (False: the register row was altered)
    public_key: bytes = b""  # the signing key's public half, carried in the PDF so a copy can be checked offline

    @property
    def facts_json(self) -> str:
        return canonical_json(self.facts).decode("utf-8")

    @property
    def signature_text(self) -> str:
        return base64.b64encode(self.signature).decode("ascii")

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def title(self) -> str:
        return str(self.facts.get("title", self.item_id))

    @property
    def what(self) -> str:
        return what_text(self.item_type, self.title)

    def document_payload(self) -> str:
        """The signed facts as compact JSON, for the QR code: facts, base64 signature, key id."""
        return json.dumps({"facts": self.facts, "signature": self.signature_text, "key_id": self.key_id},
                          sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def document_metadata(self) -> dict[str, str]:
        """What goes into the PDF's metadata: the same signed facts, and the code."""
        return {"verification_code": self.code, "certificate_facts": self.facts_json,
                "certificate_signature": self.signature_text, "certificate_key_id": self.key_id,
                "certificate_public_key": base64.b64encode(self.public_key).decode("ascii")}


@dataclass(frozen=True)
class IssuedCertificate(CertificateRecord):
    """A certificate just issued; ``notice`` says when a new signing key had to be made for it."""

    notice: str = ""


@dataclass(frozen=True)
class Verification:
    """What checking a code (or a document's signed facts) found."""

    status: str  # GENUINE, REVOKED, BAD_CODE, UNKNOWN or TAMPERED
    message: str
    code: str | None = None
    facts: dict | None = None
    revoked_at: datetime | None = None
    revoke_reason: str | None = None

    @property
    def ok(self) -> bool:
        """Genuine and not revoked."""
        return self.status == GENUINE


@dataclass(frozen=True)
class CompletedItem:
    """Something a person completed that a certificate can be issued for."""

    item_type: str
    item_id: str
    title: str
    completed_on: date
    score: int | None  # percent, for a quiz
    hours: str

    @property
    def label(self) -> str:
        return what_text(self.item_type, self.title)


def verify_document(facts_json: str | bytes, signature: str | bytes, public_key: bytes) -> Verification:
    """Check a document's own copy of the signed facts (from its QR code or metadata) with the organisation's
    public key, without the register. ``signature`` is raw bytes or base64 text."""
    data = facts_json.encode("utf-8") if isinstance(facts_json, str) else bytes(facts_json)
    try:
        raw = base64.b64decode(signature, validate=True) if isinstance(signature, str) else bytes(signature)
        facts = json.loads(data)
    except (binascii.Error, ValueError):
        return Verification(TAMPERED, tr("The certificate's signed facts cannot be read: they have been damaged."))
    if not isinstance(facts, dict) or not _signature_ok(public_key, data, raw):
        return Verification(TAMPERED, tr("The signature does not match these facts (or this key): the certificate "
                                         "has been altered or was not issued with this key."))
    if facts.get("key_id") != key_id_for(public_key):
        return Verification(TAMPERED, tr("The facts name another signing key than the one they were checked with."))
    return Verification(GENUINE, tr("The signature matches: these facts are as the organisation issued them."),
                        code_for(data, raw), facts)


_PDF_FACT = re.compile(rb"<npst:(certificate_facts|certificate_signature|certificate_key_id|certificate_public_key|"
                       rb"verification_code)>([^<]*)</npst:")


def read_pdf_copy(pdf: bytes) -> dict[str, str]:
    """The signed facts a certificate PDF carries in its metadata (Qt writes the XMP packet as plain text)."""
    from html import unescape

    return {name.decode(): unescape(value.decode("utf-8")) for name, value in _PDF_FACT.findall(pdf)}


def verify_pdf_copy(pdf: bytes, code: str, trusted_keys: Mapping[str, bytes]) -> tuple[Verification, str]:
    """Check a certificate PDF on its own: its signed facts against the public key it carries, and ``code``
    against those facts. Returns the verification and what is known of the key: ``"trusted"`` when
    ``trusted_keys`` (key id → public key, from the organisation's database) holds it, else ``"unknown"``:
    the facts are then only as trustworthy as the key, which must be compared with the organisation's."""
    from .codes import InvalidCode, normalise

    found = read_pdf_copy(pdf)
    try:
        public = base64.b64decode(found.get("certificate_public_key", ""), validate=True)
    except binascii.Error:
        public = b""
    if not found.get("certificate_facts") or len(public) != 32:
        return Verification(TAMPERED, tr("This PDF does not carry an NPS Trainer certificate's signed facts.")), \
            "unknown"
    result = verify_document(found["certificate_facts"], found.get("certificate_signature", ""), public)
    try:
        typed = normalise(code)
    except InvalidCode as exc:
        return Verification(BAD_CODE, str(exc)), "unknown"
    if result.ok and result.code != typed:
        return Verification(TAMPERED, tr("The code does not belong to this PDF's certificate.")), "unknown"
    key_id = key_id_for(public)
    trust = "trusted" if trusted_keys.get(key_id) == public else "unknown"
    return result, trust


def read_document_payload(text: str) -> tuple[bytes, bytes, str]:
    """(canonical facts JSON, signature, key id) from a QR code's text; raises ValueError if unreadable."""
    try:
        payload = json.loads(text)
        facts, signature, key_id = payload["facts"], payload["signature"], payload["key_id"]
        return canonical_json(facts), base64.b64decode(signature, validate=True), str(key_id)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ValueError(tr("This is not the signed facts of an NPS Trainer certificate.")) from exc


# -- what a person completed -------------------------------------------------------------------------------

class _Content:
    """The titles and lengths of the modules, quizzes and learning paths in use, read when first needed."""

    def __init__(self, content_dir: Path) -> None:
        self.root = content_dir

    @cached_property
    def modules(self) -> dict[str, Module]:
        from ..content import load_catalogue

        return {module.id: module for module in load_catalogue(self.root / "modules")}

    @cached_property
    def quizzes(self) -> dict[str, str]:
        from ..quiz import load_quizzes

        folder = self.root / "quizzes"
        quizzes = load_quizzes(folder)[0] if folder.is_dir() else []
        return {quiz.id: quiz.title for quiz in quizzes}

    @cached_property
    def paths(self) -> dict[str, Any] | None:
        """The learning paths by id, or None when this version has no learning paths."""
        try:
            from .paths import load_paths
        except ImportError:
            return None
        return {path.id: path for path in load_paths(self.root)[0]}

    def loaded(self) -> _Content:
        """Read everything now, so that no file is read while a database transaction is open."""
        _ = self.modules, self.quizzes, self.paths
        return self

    def types_of(self, item_id: str) -> list[str]:
        found = [kind for kind, known in (("module", self.modules), ("quiz", self.quizzes)) if item_id in known]
        if self.paths and item_id in self.paths:
            found.append("path")
        return found


def _files_signature(root: Path) -> tuple:
    """Name, size and modification time of every content file a certificate reads (cheap: no file is opened)."""
    found = []
    for folder, pattern in (("modules", "**/*.md"), ("quizzes", "*.y*ml"), (".", "paths.yaml")):
        for path in sorted((root / folder).glob(pattern)):
            try:
                stat = path.stat()
            except OSError:
                continue
            found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date()


class _Completions:
    """One person's completed modules and passed assessed quizzes, read inside the caller's transaction."""

    def __init__(self, session: Session, profile_id: int, content: _Content) -> None:
        from sqlalchemy import func, select

        from ..storage.models import ModuleProgress, QuizAnswer, QuizAttempt

        self.content = content
        rows = session.scalars(select(ModuleProgress).where(
            ModuleProgress.profile_id == profile_id, ModuleProgress.completed_at.is_not(None)))
        self.modules = {row.module_id: row for row in rows}
        attempts = session.scalars(select(QuizAttempt).where(
            QuizAttempt.profile_id == profile_id, QuizAttempt.mode == "assessed", QuizAttempt.passed.is_(True),
            QuizAttempt.finished_at.is_not(None)))
        self.best: dict[str, QuizAttempt] = {}
        for attempt in attempts:
            best = self.best.get(attempt.quiz_id)
            if best is None or (attempt.score or 0, -attempt.finished_at.timestamp()) > (
                    best.score or 0, -best.finished_at.timestamp()):
                self.best[attempt.quiz_id] = attempt
        ids = [attempt.id for attempt in self.best.values()]
        self.seconds: dict[int, float] = dict(session.execute(
            select(QuizAnswer.attempt_id, func.sum(QuizAnswer.seconds)).where(QuizAnswer.attempt_id.in_(ids))
            .group_by(QuizAnswer.attempt_id)).all()) if ids else {}

    def module(self, module_id: str) -> CompletedItem | None:
        row = self.modules.get(module_id)
        module = self.content.modules.get(module_id)
        if row is None or row.completed_unread or module is None:
            return None
        return CompletedItem("module", module_id, module.title, _local_date(row.completed_at), None,
                             quarter_hours(module.minutes))

    def quiz(self, quiz_id: str) -> CompletedItem | None:
        attempt = self.best.get(quiz_id)
        title = self.content.quizzes.get(quiz_id)
        if attempt is None or title is None:
            return None
        seconds = float(self.seconds.get(attempt.id) or 0)
        if seconds <= 0:
            seconds = max(0.0, (attempt.finished_at - attempt.started_at).total_seconds())
        return CompletedItem("quiz", quiz_id, title, _local_date(attempt.finished_at),
                             round(attempt.score or 0), quarter_hours(seconds / 60))

    def path(self, path_id: str) -> CompletedItem | None:
        path = (self.content.paths or {}).get(path_id)
        if path is None or not path.items:
            return None
        done = [self.module(item_id) if kind == "module" else self.quiz(item_id) for kind, item_id in path.items]
        if any(item is None for item in done):
            return None
        hours = sum(float(item.hours) for item in done)
        return CompletedItem("path", path_id, path.title, max(item.completed_on for item in done), None,
                             f"{hours:g}")

    def missing_from_path(self, path_id: str) -> list[str]:
        path = (self.content.paths or {}).get(path_id)
        missing = []
        for kind, item_id in path.items if path else ():
            if (self.module(item_id) if kind == "module" else self.quiz(item_id)) is None:
                known = self.content.modules.get(item_id) if kind == "module" else None
                title = known.title if known else self.content.quizzes.get(item_id, item_id)
                missing.append((tr("module '{title}'") if kind == "module" else tr("quiz '{title}'")).format(
                    title=title))
        return missing

    def all(self) -> list[CompletedItem]:
        items = [item for item in (self.module(m) for m in self.modules) if item]
        items += [item for item in (self.quiz(q) for q in self.best) if item]
        items += [item for item in (self.path(p) for p in (self.content.paths or {})) if item]
        return sorted(items, key=lambda item: (item.completed_on, item.title), reverse=True)


# -- the register ----------------------------------------------------------------------------------------------

class CertificateRegister:
    def __init__(self, database: Database, audit: AuditLog, keys: KeyStore, profiles: ProfileService,
                 content_dir: Path | None = None) -> None:
        if content_dir is None:
            from ..paths import bundled_content_dir

            content_dir = bundled_content_dir()
        self._db = database
        self._audit = audit
        self._keys = keys
        self._profiles = profiles
        self._content_dir = content_dir
        self._cached: tuple[tuple, _Content] | None = None

    # -- what can be issued ---------------------------------------------------------------------------------
    def _content(self) -> _Content:
        """The content, read again only when a file under it has changed since it was last read."""
        signature = _files_signature(self._content_dir)
        if self._cached is None or self._cached[0] != signature:
            self._cached = (signature, _Content(self._content_dir).loaded())
        return self._cached[1]

    def completed_items(self, profile_id: int) -> list[CompletedItem]:
        """What ``profile_id`` completed that a certificate can be issued for, most recent first."""
        content = self._content()
        with self._db.session() as session:
            return _Completions(session, profile_id, content).all()

    def resolve_item(self, profile_id: int, item_id: str) -> tuple[str, str]:
        """(item type, id) for an id typed on the command line: ``module:ID``, ``quiz:ID`` or ``path:ID``, or a
        bare id when only one kind of item has it (or the person completed only one of those)."""
        kind, _, bare = item_id.partition(":")
        if bare and kind in ITEM_TYPES:
            return kind, bare
        content = self._content()
        kinds = content.types_of(item_id)
        if not kinds:
            raise UnknownItem(tr("There is no module, quiz or learning path with the id '{id}' in the content in "
                                 "use ({folder}).").format(id=item_id, folder=self._content_dir))
        if len(kinds) == 1:
            return kinds[0], item_id
        done = [item.item_type for item in self.completed_items(profile_id) if item.item_id == item_id]
        if len(done) == 1:
            return done[0], item_id
        choices = tr(" or ").join(f"{kind}:{item_id}" for kind in kinds)
        raise UnknownItem(tr("'{id}' is the id of more than one kind of item ({kinds}): say which with "
                             "{choices}.").format(id=item_id, kinds=", ".join(kinds), choices=choices))

    # -- issuing -------------------------------------------------------------------------------------------
    def issue(self, signed_in: SignedIn, profile_id: int, item_type: str, item_id: str) -> IssuedCertificate:
        """Issue a certificate to ``profile_id`` for an item they completed, signed with the organisation's key.

        Raises NotAllowed (not a manager), NotEligible (not completed, or a kind not issued yet), UnknownItem,
        LookupError (no such person) or SigningKeyNotShared. The register entry and its audit entry are written
        together."""
        from cryptography.hazmat.primitives import serialization
        from sqlalchemy import select

        from ..storage.models import Certificate, Profile

        require_manager(signed_in.profile, "issue certificates")
        self._check_item_type(item_type)
        person = self._profiles.get(profile_id)
        if person is None:
            raise LookupError(tr("There is no profile {id}.").format(id=profile_id))
        content = self._content()
        self._check_item_known(content, item_type, item_id)
        own_private = self._keys.private_key(signed_in.keyring)  # before the transaction: it reads on its own
        with self._db.session() as session:
            self._lock(session)
            acting = session.get(Profile, signed_in.profile.id)
            if acting is None or acting.role != "manager" or acting.archived_at is not None:
                raise NotAllowed(tr("Only a manager can issue certificates."))
            completions = _Completions(session, profile_id, content)
            item = self._completed(completions, person.display_name, item_type, item_id)
            key_id, private, notice = self._signing_key(session, signed_in.profile.id, own_private)
            now = utcnow()
            facts: dict[str, Any] = {
                "format": FACTS_FORMAT, "organisation": ORGANISATION, "name": person.display_name,
                "person": person.uid, "item_type": item_type, "item_id": item_id, "title": item.title,
                "completed_on": item.completed_on.isoformat(), "hours": item.hours,
                "issued_on": _local_date(now).isoformat(), "key_id": key_id,
            }
            if item.score is not None:
                facts["score"] = item.score
            while True:  # a new serial in the rare case that two certificates' codes collide
                facts["serial"] = secrets.token_hex(SERIAL_BYTES)
                facts_json = canonical_json(facts)
                signature = private.sign(facts_json)
                code = code_for(facts_json, signature)
                if session.scalar(select(Certificate.id).where(Certificate.code == code)) is None:
                    break
            session.add(Certificate(code=code, profile_id=profile_id, item_type=item_type, item_id=item_id,
                                    facts=facts, key_id=key_id, signature=signature, issued_at=now,
                                    issued_by=signed_in.profile.id))
            raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
            self._share(session, key_id, raw, signed_in.profile.id)
            self._audit.write(session, profile_id=signed_in.profile.id, action="issue-certificate",
                              object_type="certificate", object_id=code,
                              detail=f"{item_type} {item_id} for profile {profile_id}; key {key_id}")
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return IssuedCertificate(code, profile_id, item_type, item_id, facts, signature, key_id, now,
                                 signed_in.profile.id, public_key=public, notice=notice)

    def share_signing_key(self, signed_in: SignedIn) -> int:
        """Seal the current signing key to each manager who has a key pair and no share yet, if the signed-in
        manager holds it (for example when a manager signs in). Returns how many shares were made."""
        from cryptography.hazmat.primitives import serialization

        if not signed_in.profile.is_manager:
            return 0
        own_private = self._keys.private_key(signed_in.keyring)
        with self._db.session() as session:
            self._lock(session)
            current = self._current_key(session)
            opened = self._open(session, current, signed_in.profile.id, own_private) if current else None
            if opened is None:
                return 0
            raw = opened.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption())
            return self._share(session, current.key_id, raw, signed_in.profile.id)

    def public_key(self, key_id: str) -> bytes | None:
        """The public half of a signing key (current or retired), to check a document's signed facts."""
        from ..storage.models import SigningKey

        with self._db.session() as session:
            row = session.get(SigningKey, key_id)
            return row.public_key if row is not None else None

    # -- reading and revoking ------------------------------------------------------------------------------
    def certificates_for(self, viewer: SignedIn | ProfileInfo, profile_id: int) -> list[CertificateRecord]:
        """The certificates issued to ``profile_id``, newest first: a manager may see anyone's, others their
        own (``viewer`` is the person signed in, or their profile)."""
        from sqlalchemy import select

        from ..storage.models import Certificate

        viewer = getattr(viewer, "profile", viewer)
        if viewer.id != profile_id:
            require_manager(viewer, "see another person's certificates")
        with self._db.session() as session:
            rows = session.scalars(select(Certificate).where(Certificate.profile_id == profile_id)
                                   .order_by(Certificate.issued_at.desc(), Certificate.id.desc())).all()
            keys = self._public_keys(session, {row.key_id for row in rows})
            return [self._record(row, keys) for row in rows]

    def revoke(self, signed_in: SignedIn, code: str, reason: str) -> CertificateRecord:
        """Revoke a certificate with a reason (managers only); it then no longer verifies."""
        from sqlalchemy import select

        from ..storage.models import Certificate

        require_manager(signed_in.profile, "revoke certificates")
        reason = " ".join((reason or "").split())
        if not reason:
            raise CertificateError(tr("Give a reason for revoking the certificate (it is shown to anyone who checks "
                                      "the code)."))
        if len(reason) > MAX_REASON_LENGTH:
            raise CertificateError(tr("The reason is too long: at most {count} characters.").format(
                count=MAX_REASON_LENGTH))
        canonical = self._canonical(code)
        with self._db.session() as session:
            self._lock(session)
            row = session.scalars(select(Certificate).where(Certificate.code == canonical)
                                  .with_for_update()).first()
            if row is None:
                raise CertificateError(tr("There is no certificate with the code {code} in the register.").format(
                    code=canonical))
            if row.revoked_at is not None:
                raise CertificateError(tr("The certificate {code} was already revoked on {date}.").format(
                    code=canonical, date=long_date(_local_date(row.revoked_at), padded=True)))
            row.revoked_at = utcnow()
            row.revoked_by = signed_in.profile.id
            row.revoke_reason = reason
            self._audit.write(session, profile_id=signed_in.profile.id, action="revoke-certificate",
                              object_type="certificate", object_id=canonical,
                              detail=f"{row.item_type} {row.item_id} for profile {row.profile_id}")
            return self._record(row, self._public_keys(session, {row.key_id}))

    def verify(self, code: str) -> Verification:
        """Check a verification code against the register (no sign-in needed)."""
        from sqlalchemy import select

        from ..storage.models import Certificate

        try:
            canonical = normalise(code)
        except InvalidCode as exc:
            return Verification(BAD_CODE, tr("Not a genuine verification code. {problem}").format(problem=exc))
        with self._db.session() as session:
            row = session.scalars(select(Certificate).where(Certificate.code == canonical)).first()
            if row is None:
                text = tr("No certificate with the code {code} is in this register: it was not issued here, or "
                          "the code has been misread.")
                return Verification(UNKNOWN, text.format(code=canonical), canonical)
            record = self._record(row, self._public_keys(session, {row.key_id}))
        if not record.intact:
            text = tr("The register entry for {code} has been altered: its signature does not match its facts. Do "
                      "not rely on this certificate.")
            return Verification(TAMPERED, text.format(code=canonical), canonical)
        revocations = [entry for entry in self._audit.entries(object_type="certificate", object_id=canonical)
                       if entry.action == "revoke-certificate"]
        if record.revoked:
            when = _local_date(record.revoked_at)
            text = tr("The certificate {code} was revoked on {date}: {reason}").format(
                code=canonical, date=long_date(when, padded=True), reason=record.revoke_reason)
            return Verification(REVOKED, text, canonical, record.facts, record.revoked_at, record.revoke_reason)
        if revocations:
            return Verification(TAMPERED, tr("The register entry for {code} has been altered: the audit log shows "
                                             "it was revoked. Do not rely on this certificate.").format(code=canonical),
                                canonical)
        return Verification(GENUINE, tr("The certificate {code} is genuine.").format(code=canonical), canonical,
                            record.facts)

    # -- inside -------------------------------------------------------------------------------------------
    @staticmethod
    def _canonical(code: str) -> str:
        try:
            return normalise(code)
        except InvalidCode as exc:
            raise CertificateError(str(exc)) from exc

    @staticmethod
    def _check_item_type(item_type: str) -> None:
        if item_type == "session":
            raise NotEligible(tr("Certificates for joint sessions attended come with joint sessions, which this "
                                 "version does not have yet."))
        if item_type not in ITEM_TYPES:
            raise UnknownItem(tr("Unknown kind of item '{kind}': use module, quiz or path.").format(kind=item_type))

    def _check_item_known(self, content: _Content, item_type: str, item_id: str) -> None:
        if item_type == "path" and content.paths is None:
            raise NotEligible(tr("Certificates for learning paths need learning paths, which this version does not "
                                 "have yet."))
        known = {"module": content.modules, "quiz": content.quizzes, "path": content.paths or {}}[item_type]
        if item_id not in known:
            text = {"module": tr("There is no module with the id '{id}' in the content in use ({folder})."),
                    "quiz": tr("There is no quiz with the id '{id}' in the content in use ({folder})."),
                    "path": tr("There is no learning path with the id '{id}' in the content in use ({folder}).")}
            raise UnknownItem(text[item_type].format(id=item_id, folder=self._content_dir))

    @staticmethod
    def _completed(completions: _Completions, name: str, item_type: str, item_id: str) -> CompletedItem:
        if item_type == "module":
            item = completions.module(item_id)
            if item is None:
                row = completions.modules.get(item_id)
                text = (tr("{name} cannot have a certificate for the module '{title}': their completion was "
                           "recorded before every section had to be read, so they need to read it and complete it "
                           "again.") if row is not None
                        else tr("{name} cannot have a certificate for the module '{title}': they have not completed "
                                "it."))
                raise NotEligible(text.format(name=name, title=completions.content.modules[item_id].title))
            return item
        if item_type == "quiz":
            item = completions.quiz(item_id)
            if item is None:
                raise NotEligible(tr("{name} cannot have a certificate for the quiz '{title}': they have not passed "
                                     "it in assessed mode.").format(name=name,
                                                                    title=completions.content.quizzes[item_id]))
            return item
        item = completions.path(item_id)
        if item is None:
            missing = completions.missing_from_path(item_id)
            title = completions.content.paths[item_id].title
            if missing:
                text = tr("{name} has not completed the learning path '{title}': still to do {missing}.")
            else:
                text = tr("{name} has not completed the learning path '{title}': still to do its items.")
            raise NotEligible(text.format(name=name, title=title, missing=", ".join(missing)))
        return item

    @staticmethod
    def _lock(session: Session) -> None:
        from sqlalchemy import text

        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CERTIFICATE_LOCK})

    @staticmethod
    def _current_key(session: Session):
        from sqlalchemy import select

        from ..storage.models import SigningKey

        return session.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))
                               .order_by(SigningKey.created_at.desc())).first()

    @staticmethod
    def _open(session: Session, key, profile_id: int, own_private: bytes):
        """The Ed25519 private key from ``profile_id``'s share of ``key``, or None without a share."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from ..identity.crypto import DecryptionFailed
        from ..identity.sealing import unseal
        from ..storage.models import SigningKeyShare

        share = session.get(SigningKeyShare, (key.key_id, profile_id))
        if share is None:
            return None
        try:
            private = Ed25519PrivateKey.from_private_bytes(
                unseal(share.sealed, own_private, purpose=f"signing-key:{key.key_id}"))
        except (DecryptionFailed, ValueError) as exc:
            raise CertificateError(tr("Your share of the signing key {key} cannot be opened: it has been altered in "
                                      "the database. Ask another manager to issue certificates.").format(
                key=key.key_id)) from exc
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if public != key.public_key:
            raise CertificateError(tr("Your share of the signing key {key} does not match its public half: the "
                                      "register has been altered.").format(key=key.key_id))
        return private

    def _signing_key(self, session: Session, manager_id: int, own_private: bytes):
        """(key id, private key, notice) of the key to sign with: the current one, opened with this manager's
        share; a new one when there is none yet, or when no current manager can open the current one."""
        from sqlalchemy import select

        from ..storage.models import Profile, SigningKeyShare

        current = self._current_key(session)
        if current is None:
            return (*self._new_key(session, manager_id), "")
        private = self._open(session, current, manager_id, own_private)
        if private is not None:
            return current.key_id, private, ""
        holders = session.scalars(select(Profile.display_name).join(
            SigningKeyShare, SigningKeyShare.profile_id == Profile.id).where(
            SigningKeyShare.key_id == current.key_id, Profile.role == "manager",
            Profile.archived_at.is_(None))).all()
        if holders:
            raise SigningKeyNotShared(
                tr("The organisation's signing key has not been shared with you yet. It is shared with you the next "
                   "time {names} issues a certificate; then you can issue them too.").format(
                    names=_either(sorted(holders))))
        old = current.key_id
        current.retired_at = utcnow()
        key_id, private = self._new_key(session, manager_id)
        self._audit.write(session, profile_id=manager_id, action="rotate-signing-key", object_type="signing-key",
                          object_id=key_id, detail=f"replaces {old}: no current manager could open it")
        return key_id, private, (
            tr("No current manager could open the organisation's signing key {old} (those who held it have left or "
               "are no longer managers), so a new signing key {new} was made. Certificates issued before still "
               "verify.").format(old=old, new=key_id))

    def _new_key(self, session: Session, manager_id: int):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from ..storage.models import SigningKey

        private = Ed25519PrivateKey.generate()
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        key_id = key_id_for(public)
        session.add(SigningKey(key_id=key_id, public_key=public, created_at=utcnow()))
        session.flush()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        shared = self._share(session, key_id, raw, manager_id)
        self._audit.write(session, profile_id=manager_id, action="create-signing-key", object_type="signing-key",
                          object_id=key_id, detail=f"sealed to {shared} manager(s)")
        return key_id, private

    def _share(self, session: Session, key_id: str, private_raw: bytes, acting_id: int) -> int:
        """Seal the key to every current manager with a key pair and no share; returns how many."""
        from sqlalchemy import select

        from ..identity.sealing import seal
        from ..storage.models import Profile, ProfileKey, SigningKeyShare

        held = set(session.scalars(select(SigningKeyShare.profile_id).where(SigningKeyShare.key_id == key_id)))
        managers = session.execute(select(Profile.id, ProfileKey.public_key).join(
            ProfileKey, ProfileKey.profile_id == Profile.id).where(
            Profile.role == "manager", Profile.archived_at.is_(None), ProfileKey.public_key.is_not(None))).all()
        made = 0
        for profile_id, public in managers:
            if profile_id in held:
                continue
            session.add(SigningKeyShare(key_id=key_id, profile_id=profile_id,
                                        sealed=seal(private_raw, public, purpose=f"signing-key:{key_id}")))
            if profile_id != acting_id:
                self._audit.write(session, profile_id=acting_id, action="share-signing-key",
                                  object_type="signing-key", object_id=key_id, detail=f"to profile {profile_id}")
            made += 1
        return made

    @staticmethod
    def _public_keys(session: Session, key_ids: set[str]) -> dict[str, bytes]:
        from sqlalchemy import select

        from ..storage.models import SigningKey

        if not key_ids:
            return {}
        return {row.key_id: row.public_key
                for row in session.scalars(select(SigningKey).where(SigningKey.key_id.in_(key_ids)))}

    @staticmethod
    def _record(row, public_keys: Mapping[str, bytes]) -> CertificateRecord:
        facts = dict(row.facts or {})
        facts_json = canonical_json(facts)
        signature = bytes(row.signature)
        public = public_keys.get(row.key_id)
        intact = (public is not None and _signature_ok(public, facts_json, signature)
                  and code_for(facts_json, signature) == row.code and facts.get("key_id") == row.key_id
                  and facts.get("item_type") == row.item_type and facts.get("item_id") == row.item_id)
        return CertificateRecord(row.code, row.profile_id, row.item_type, row.item_id, facts, signature, row.key_id,
                                 row.issued_at, row.issued_by, row.revoked_at, row.revoke_reason, intact,
                                 public or b"")


def _either(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return tr("{names} or {last}", "a list of people, e.g. Ann, Bob or Cat").format(names=", ".join(names[:-1]),
                                                                                    last=names[-1])


__all__ = ["BAD_CODE", "GENUINE", "ORGANISATION", "REVOKED", "TAMPERED", "UNKNOWN", "CertificateError",
           "CertificateRecord", "CertificateRegister", "CompletedItem", "IssuedCertificate", "NotEligible",
           "SigningKeyNotShared", "UnknownItem", "Verification", "canonical_json", "code_for", "key_id_for",
           "quarter_hours", "read_document_payload", "verify_document"]
