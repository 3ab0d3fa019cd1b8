"""Creating, autosaving, finishing, amending and listing encrypted screening records.

Each record has its own key, sealed to its practitioner's public key and to the organisation's recovery key
(see :mod:`.record_keys`); reading one unseals its key with the signed-in practitioner's private key. A record
made before 0.3 is still encrypted with its practitioner's data key: it is moved to a key of its own the next
time its practitioner lists their records (:meth:`ScreeningStore.bring_up_to_date`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from time import monotonic
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..audit import AuditLog
from ..clock import utcnow
from ..i18n import tr, tr_noop
from ..identity.crypto import DecryptionFailed, Keyring
from ..identity.keys import KeyStore, require_keyring
from ..identity.sealing import Unsealer
from ..screening import (
    Evaluation,
    FormDefinition,
    FormLibrary,
    ScreeningRecord,
    anonymised_summary,
    evaluate_record,
    new_record,
)
from ..storage.database import Database
from ..storage.models import AuditEntry, ProfileKey, ScreeningAmendment
from ..storage.models import ScreeningRecord as RecordRow
from . import record_keys
from .changes import changes_between
from .record_keys import (
    RecordKey,
    convert_legacy,
    current_recovery_key,
    is_trusted,
    open_seal,
    seal_to,
    seal_to_recovery,
)

log = logging.getLogger(__name__)

MAX_CASE_REFERENCE = 40
MIN_REASON = 10
DRAFT, FINAL = "draft", "final"
UPGRADE_BATCH = 20  # records brought up to date per transaction: crash-safe, and short write locks
UPGRADE_BUDGET_SECONDS = 0.25  # at most about this long per listing; the rest at the next one


class RecordNotFound(LookupError):
    pass


class RecordDamaged(LookupError):
    """A record whose stored data cannot be decrypted (damaged on disk, or altered): the others are unaffected."""

    def __init__(self, record_id: int, created_at: datetime) -> None:
        started = created_at.astimezone().strftime("%d/%m/%Y")
        super().__init__(
            tr("Screening record {record} (started {date}) cannot be read: its stored data is damaged or was "
               "altered. Your other records are not affected. Ask your IT support to restore the database from a "
               "backup taken before it was damaged; 'nps-trainer db check' checks the rest of the database.").format(
                record=record_id, date=started))
        self.record_id = record_id


class RecordLost(RecordDamaged):
    """A record a passphrase reset could not recover: sealed only to the key pair the reset replaced."""

    def __init__(self, record_id: int, created_at: datetime) -> None:
        LookupError.__init__(self, tr(
            "Screening record {record} (started {date}) was made before the recovery key (or never sealed to it) "
            "and sealed to your old passphrase: it cannot be opened after your passphrase was reset. Nothing is "
            "wrong with your other records.").format(record=record_id, date=f"{created_at.astimezone():%d/%m/%Y}"))
        self.record_id = record_id


class RecordMovedAway(RecordNotFound):
    """The record was this profile's, and a manager moved it to another practitioner."""

    def __init__(self, record_id: int | str) -> None:
        super().__init__(tr("Screening record {record} was moved to another practitioner by a manager: it is no "
                            "longer yours, so it cannot be opened or saved here. Changes made since it was moved were "
                            "not saved.").format(record=record_id))
        self.record_id = record_id


class RecordFinalised(RuntimeError):
    def __init__(self) -> None:
        super().__init__(tr("This screening is finished and read-only. To correct it, add an amendment with a "
                            "reason."))


@dataclass(frozen=True)
class RecordListRow:
    id: int
    case_reference: str
    status: str
    created_at: datetime
    updated_at: datetime
    finalised_at: datetime | None
    flags: tuple[str, ...]
    form_id: str
    form_version: str
    damaged: bool = False  # its case reference could not be decrypted: listed, without it, and cannot be opened
    lost: bool = False  # damaged because a passphrase reset could not recover it (sealed to the old key pair)


@dataclass(frozen=True)
class AmendmentView:
    at: datetime
    profile_id: int
    reason: str
    changes: list[dict[str, Any]]


UNREADABLE_AMENDMENT = tr_noop("This amendment cannot be read: it was changed outside NPS Trainer (its who, when "
                               "or content no longer match).")  # shown through tr()


def _amendment_field(kind: str, at: datetime, profile_id: int) -> str:
    """The encrypted field an amendment's reason or changes are bound to: its record (bound separately), its
    time and its author. Moving the text to another amendment, or changing who or when, stops it decrypting."""
    return f"{kind}@{at.isoformat()}/{profile_id}"


def amendment_fields(row: ScreeningAmendment) -> tuple[tuple[str, str], ...]:
    """The (reason, changes) field names an amendment may be encrypted under, the current binding first
    (amendments written before 0.1's binding to time and author used the plain field names)."""
    return ((_amendment_field("amendment_reason", row.at, row.profile_id),
             _amendment_field("amendment_changes", row.at, row.profile_id)),
            ("amendment_reason", "amendment_changes"))


def _read_amendment(keyring: Keyring, record_id: str, row: ScreeningAmendment) -> AmendmentView:
    for reason_field, changes_field in amendment_fields(row):
        try:
            reason = keyring.decrypt_json(_token(row.reason_cipher), record_id=record_id, field=reason_field)
            changes = keyring.decrypt_json(_token(row.changes_cipher), record_id=record_id, field=changes_field)
        except DecryptionFailed:
            continue
        return AmendmentView(row.at, row.profile_id, reason, changes)
    return AmendmentView(row.at, row.profile_id, tr(UNREADABLE_AMENDMENT), [])


@dataclass
class OpenedRecord:
    id: int
    status: str
    record: ScreeningRecord
    form: FormDefinition
    created_at: datetime
    finalised_at: datetime | None
    amendments: list[AmendmentView]

    @property
    def read_only(self) -> bool:
        return self.status != DRAFT


def _local_midnight(day: date) -> datetime:
    """The start of a local calendar day, as an aware datetime (compared with UTC timestamps)."""
    return datetime.combine(day, time.min).astimezone()


_token = record_keys.token


@dataclass
class _Unsealed:
    """What one keyring has unsealed: its profile's private key and the record keys opened with it (by record
    and sealed key, so a record moved or re-sealed is opened afresh). Holds no reference to the keyring."""

    private: Unsealer
    records: dict[tuple[int, bytes], RecordKey] = field(default_factory=dict)


@dataclass(frozen=True)
class UpgradeResult:
    """What :meth:`ScreeningStore.bring_up_to_date` did: records moved to keys of their own, sealed to the
    recovery key, re-indexed (moved to this practitioner), and left as they were because they do not decrypt."""

    converted: int = 0
    recovery_sealed: int = 0
    reindexed: int = 0
    skipped: int = 0


class ScreeningStore:
    def __init__(self, database: Database, audit: AuditLog, forms: FormLibrary, keys: KeyStore | None = None) -> None:
        self._db = database
        self._audit = audit
        self.forms = forms
        self._keys = keys or KeyStore(database, audit)
        # Keys unsealed with a signed-in person's keyring live exactly as long as that keyring: when the screen
        # drops it (sign-out, idle lock, shutdown) they go with it, and forget_keys() drops them all at once.
        self._unsealed: WeakKeyDictionary[Keyring, _Unsealed] = WeakKeyDictionary()
        self._unconvertible: set[int] = set()
        self._altered_reported: set[str] = set()

    def forget_keys(self) -> None:
        """Drop every unsealed key held in memory (at sign-out)."""
        self._unsealed.clear()
        self._unconvertible.clear()

    # -- creating and saving ------------------------------------------------------------------------------
    def create(self, profile_id: int, keyring: Keyring, form_id: str, case_reference: str) -> OpenedRecord:
        reference = " ".join(case_reference.split())
        if not reference:
            raise ValueError(tr("Enter a case reference (for example the case's CRN). No name is needed."))
        if len(reference) > MAX_CASE_REFERENCE:
            raise ValueError(tr("The case reference is too long: at most {limit} characters.").format(
                limit=MAX_CASE_REFERENCE))
        form = self.forms.latest(form_id)
        now = utcnow()
        private = self._private_key(keyring)
        with self._db.session() as session:
            require_keyring(session, profile_id, keyring)
            owner_public = session.get(ProfileKey, profile_id).public_key
            row = RecordRow(profile_id=profile_id, form_id=form.id, form_version=form.version, status=DRAFT,
                            created_at=now, updated_at=now, month=now.astimezone().strftime("%Y-%m"),
                            categories={}, flags=[])
            session.add(row)
            session.flush()
            record = new_record(form, case_reference=reference, now=now)
            record.record_id = str(row.id)
            # A profile without a key pair (never the case after a sign-in) keeps the pre-0.3 layout for now.
            record_keyring = keyring
            if owner_public is not None and private is not None:
                key = RecordKey.new()
                row.key_sealed = seal_to(key, owner_public, row.id)
                seal_to_recovery(row, key, self._recovery_key(session, profile_id))
                private.records[(row.id, row.key_sealed)] = key
                record_keyring = key.keyring
            row.case_ref_cipher = record_keyring.encrypt_json(reference, record_id=record.record_id,
                                                              field="case_reference").encode("ascii")
            row.case_ref_index = keyring.blind_index(reference)
            self._write_answers(row, record_keyring, form, record, None)
            self._audit.write(session, profile_id=profile_id, action="create", object_type="screening_record",
                              object_id=record.record_id)
            return OpenedRecord(row.id, DRAFT, record, form, now, None, [])

    def save_draft(self, profile_id: int, keyring: Keyring, record: ScreeningRecord,
                   evaluation: Evaluation | None = None) -> None:
        """Save a draft after every change. ``evaluation`` (of this record) saves evaluating it again."""
        private = self._private_key(keyring)
        with self._db.session() as session:
            row = self._row(session, profile_id, keyring, record)
            if row.status != DRAFT:
                raise RecordFinalised()
            self._write_answers(row, self._keyring_of(row, keyring, private), self.form_of(row), record, evaluation)

    def finalise(self, profile_id: int, keyring: Keyring, record: ScreeningRecord) -> None:
        """Save and finish: the record becomes read-only."""
        private = self._private_key(keyring)
        with self._db.session() as session:
            row = self._row(session, profile_id, keyring, record)
            if row.status != DRAFT:
                raise RecordFinalised()
            self._write_answers(row, self._keyring_of(row, keyring, private), self.form_of(row), record, None)
            row.status = FINAL
            row.finalised_at = utcnow()
            self._audit.write(session, profile_id=profile_id, action="finalise", object_type="screening_record",
                              object_id=str(row.id))

    def amend(self, profile_id: int, keyring: Keyring, record: ScreeningRecord, reason: str) -> AmendmentView:
        """Correct a finished record. Who, when and why are kept with what changed."""
        reason = reason.strip()
        if len(reason) < MIN_REASON:
            raise ValueError(tr("Give the reason for the amendment (at least {minimum} characters).").format(
                minimum=MIN_REASON))
        private = self._private_key(keyring)
        with self._db.session() as session:
            row = self._row(session, profile_id, keyring, record)
            if row.status == DRAFT:
                raise ValueError(tr("A draft can be changed directly; amendments are for finished screenings."))
            keyring = self._keyring_of(row, keyring, private)  # from here on, the record's own key
            before = self._read_answers(row, keyring)
            after = {"answers": record.answers, "overrides": record.overrides}
            changes = changes_between(before, after)
            if not changes:
                raise ValueError(tr("Nothing has changed, so there is nothing to amend."))
            rid = str(row.id)
            now = utcnow()
            session.add(ScreeningAmendment(
                record_id=row.id, profile_id=profile_id, at=now,
                reason_cipher=keyring.encrypt_json(
                    reason, record_id=rid, field=_amendment_field("amendment_reason", now, profile_id)).encode("ascii"),
                changes_cipher=keyring.encrypt_json(
                    changes, record_id=rid, field=_amendment_field("amendment_changes", now, profile_id)
                ).encode("ascii"),
            ))
            self._write_answers(row, keyring, self.form_of(row), record, None)
            self._audit.write(session, profile_id=profile_id, action="amend", object_type="screening_record",
                              object_id=rid, detail=f"{len(changes)} change(s)")
            return AmendmentView(now, profile_id, reason, changes)

    # -- reading ------------------------------------------------------------------------------------------
    def open(self, profile_id: int, keyring: Keyring, record_id: int) -> OpenedRecord:
        private = self._private_key(keyring)
        with self._db.session() as session:
            require_keyring(session, profile_id, keyring)
            row = session.get(RecordRow, record_id)
            self._check_owner(session, row, profile_id, record_id)
            rid = str(row.id)
            try:
                keyring = self._keyring_of(row, keyring, private)
                payload = self._read_answers(row, keyring)
                reference = keyring.decrypt_json(_token(row.case_ref_cipher), record_id=rid, field="case_reference")
            except (DecryptionFailed, ValueError) as exc:
                log.warning("Screening record %s cannot be decrypted (%s)", rid, type(exc).__name__)
                if row.key_lost_at is not None:
                    raise RecordLost(row.id, row.created_at) from None
                raise RecordDamaged(row.id, row.created_at) from None
            record = ScreeningRecord(
                record_id=rid, form_id=row.form_id, form_version=row.form_version,
                answers=payload.get("answers", {}), overrides=payload.get("overrides", {}),
                created_at=row.created_at.isoformat(timespec="seconds"),
                updated_at=row.updated_at.isoformat(timespec="seconds"),
                case_reference=reference,
            )
            amendments = [_read_amendment(keyring, rid, a) for a in row.amendments]
            self._audit.write(session, profile_id=profile_id, action="open", object_type="screening_record",
                              object_id=rid)
            return OpenedRecord(row.id, row.status, record, self.form_of(row), row.created_at, row.finalised_at,
                                amendments)

    def list(self, profile_id: int, keyring: Keyring, *, case_reference: str | None = None,
             date_from: date | None = None, date_to: date | None = None, status: str | None = None,
             flag: str | None = None) -> list[RecordListRow]:
        """A profile's records, newest first, with case references decrypted. The case reference filter is
        an exact match (ignoring case and spaces) through the blind index. Records made before 0.3, moved here
        from another practitioner, or not yet sealed to the recovery key are brought up to date first."""
        self.bring_up_to_date(profile_id, keyring, budget_seconds=UPGRADE_BUDGET_SECONDS)
        private = self._private_key(keyring)
        query = select(RecordRow.id, RecordRow.case_ref_cipher, RecordRow.status, RecordRow.created_at,
                       RecordRow.updated_at, RecordRow.finalised_at, RecordRow.flags, RecordRow.form_id,
                       RecordRow.form_version, RecordRow.key_sealed, RecordRow.key_lost_at).where(
                           RecordRow.profile_id == profile_id)
        if case_reference and case_reference.strip():
            query = query.where(RecordRow.case_ref_index == keyring.blind_index(case_reference))
        if status:
            query = query.where(RecordRow.status == status)
        if date_from:  # dates are the practitioner's local calendar days
            query = query.where(RecordRow.created_at >= _local_midnight(date_from))
        if date_to:
            query = query.where(RecordRow.created_at < _local_midnight(date_to + timedelta(days=1)))
        query = query.order_by(RecordRow.updated_at.desc(), RecordRow.id.desc())
        rows: list[RecordListRow] = []
        with self._db.session() as session:
            require_keyring(session, profile_id, keyring)
            for (rid, ref, state, created, updated, finalised, flags, form_id, version, sealed,
                 lost_at) in session.execute(query):
                if flag and flag not in (flags or []):
                    continue
                try:
                    record_keyring = keyring if sealed is None else self._record_key(rid, sealed, private).keyring
                    reference = record_keyring.decrypt_json(_token(ref), record_id=str(rid), field="case_reference")
                    damaged = False
                except (DecryptionFailed, ValueError):  # one damaged record must not hide the caseload
                    log.warning("Screening record %s cannot be decrypted; listed as damaged", rid)
                    reference, damaged = "", True
                rows.append(RecordListRow(rid, reference, state, created, updated, finalised, tuple(flags or ()),
                                          form_id, version, damaged, damaged and lost_at is not None))
        return rows

    def record_export(self, profile_id: int, record_id: int, what: str) -> None:
        """Note in the audit log that a record was exported (for example 'summary PDF for the case record')."""
        self._audit.record(profile_id=profile_id, action="export", object_type="screening_record",
                           object_id=str(record_id), detail=what)

    def form_of(self, row: RecordRow) -> FormDefinition:
        return self.forms.get(row.form_id, row.form_version)

    # -- keeping records up to date -------------------------------------------------------------------------
    def bring_up_to_date(self, profile_id: int, keyring: Keyring, *,
                         budget_seconds: float | None = None) -> UpgradeResult:
        """Give each of the profile's pre-0.3 records a key of its own, seal to the current recovery key every
        record not sealed to it, and set the blind index of records moved here from another practitioner.

        Records are taken in small batches, each batch in one transaction with an audit entry per record, so
        a crash leaves every record either as it was or done. With ``budget_seconds`` no new batch starts once
        that long has passed: the rest is done at the next call (a record not yet converted still reads with
        the data key). A quick indexed query finds nothing to do on every later call. A record that does not
        decrypt is left as it is (it lists as damaged)."""
        private = self._private_key(keyring)
        if private is None:
            return UpgradeResult()
        with self._db.session() as session:
            require_keyring(session, profile_id, keyring)
            recovery = self._recovery_key(session, profile_id)
            query = select(RecordRow.id).where(RecordRow.profile_id == profile_id)
            stale = RecordRow.key_sealed.is_(None) | RecordRow.case_ref_index.is_(None)
            if recovery is not None:
                stale = stale | RecordRow.recovery_key_id.is_(None) | (RecordRow.recovery_key_id != recovery.key_id)
            query = query.where(RecordRow.key_lost_at.is_(None))  # nothing can open these any more
            ids = [i for i in session.scalars(query.where(stale).order_by(RecordRow.id))
                   if i not in self._unconvertible]
        totals = UpgradeResult()
        started = monotonic()
        for start in range(0, len(ids), UPGRADE_BATCH):
            if budget_seconds is not None and start and monotonic() - started > budget_seconds:  # one at least
                break
            with self._db.session() as session:
                require_keyring(session, profile_id, keyring)
                recovery = self._recovery_key(session, profile_id)
                owner_public = session.get(ProfileKey, profile_id).public_key
                rows = session.scalars(
                    select(RecordRow).where(RecordRow.id.in_(ids[start:start + UPGRADE_BATCH]),
                                            RecordRow.profile_id == profile_id)
                    .options(selectinload(RecordRow.amendments)).order_by(RecordRow.id).with_for_update()).all()
                for row in rows:
                    totals = _add(totals, self._bring_row_up_to_date(session, row, keyring, private, owner_public,
                                                                     recovery))
        return totals

    def _bring_row_up_to_date(self, session, row: RecordRow, keyring: Keyring, private: _Unsealed,
                              owner_public: bytes, recovery) -> UpgradeResult:
        rid = str(row.id)
        converted = sealed = reindexed = 0
        try:
            if row.key_sealed is None:
                key = convert_legacy(row, keyring, owner_public, recovery, amendment_fields)
                private.records[(row.id, row.key_sealed)] = key
                converted = 1
                sealed = int(recovery is not None)
            else:
                key = self._record_key(row.id, row.key_sealed, private)
                if recovery is not None and row.recovery_key_id != recovery.key_id:
                    sealed = int(seal_to_recovery(row, key, recovery))
            if row.case_ref_index is None:
                reference = key.keyring.decrypt_json(_token(row.case_ref_cipher), record_id=rid,
                                                     field="case_reference")
                row.case_ref_index = keyring.blind_index(reference)
                reindexed = 1
        except (DecryptionFailed, ValueError) as exc:
            log.warning("Screening record %s cannot be brought up to date (%s)", rid, type(exc).__name__)
            self._unconvertible.add(row.id)
            return UpgradeResult(skipped=1)
        done = [what for what, flag in (("own key", converted), ("sealed to recovery key", sealed),
                                        ("blind index", reindexed)) if flag]
        if done:
            self._audit.write(session, profile_id=row.profile_id, action="upgrade-key", object_type="screening_record",
                              object_id=rid, detail=", ".join(done))
        return UpgradeResult(converted, sealed, reindexed, 0)

    # -- keys -------------------------------------------------------------------------------------------------
    def _recovery_key(self, session, profile_id: int):
        """The current recovery key to seal records to, or None: none is set up, or its id is not its public
        half's fingerprint (its public half was changed in the database). That is logged, and audited once per
        key in this instance, and Team → Recovery key warns of it."""
        recovery = current_recovery_key(session)
        if recovery is None or is_trusted(recovery):
            return recovery
        log.warning("The recovery key %s does not match its fingerprint: records are not sealed to it",
                    recovery.key_id)
        if recovery.key_id not in self._altered_reported:
            self._altered_reported.add(recovery.key_id)
            self._audit.write(session, profile_id=profile_id, action="recovery-key-altered",
                              object_type="recovery_key", object_id=recovery.key_id,
                              detail="its public half is not its fingerprint's: records not sealed to it")
        return None

    def _private_key(self, keyring: Keyring) -> _Unsealed | None:
        """The signed-in profile's private key and what it has unsealed (None for a profile without a key
        pair), read once per keyring. Read outside any open transaction: on SQLite a second one would wait for
        the first."""
        if keyring.owner is None:
            return None
        unsealed = self._unsealed.get(keyring)
        if unsealed is None:
            if self._keys.public_key(keyring.owner) is None:
                return None
            unsealed = self._unsealed[keyring] = _Unsealed(Unsealer(self._keys.private_key(keyring)))
        return unsealed

    @staticmethod
    def _record_key(record_id: int, sealed: bytes, private: _Unsealed | None) -> RecordKey:
        cache = (record_id, bytes(sealed))
        key = private.records.get(cache) if private is not None else None
        if key is None:
            if private is None:
                raise DecryptionFailed(tr("record {record} is sealed to a key pair this profile does not have").format(
                    record=record_id))
            key = open_seal(bytes(sealed), private.private, record_id)
            private.records[cache] = key
        return key

    def _keyring_of(self, row: RecordRow, keyring: Keyring, private: _Unsealed | None) -> Keyring:
        """The keyring that encrypts ``row``: its own key, or (before 0.3) its practitioner's data key."""
        if row.key_sealed is None:
            return keyring
        return self._record_key(row.id, row.key_sealed, private).keyring

    def record_keyring(self, profile_id: int, keyring: Keyring, record_id: int) -> Keyring:
        """The keyring of one of the profile's own records (for tools and tests that check its encryption)."""
        private = self._private_key(keyring)
        with self._db.session() as session:
            require_keyring(session, profile_id, keyring)
            row = session.get(RecordRow, record_id)
            self._check_owner(session, row, profile_id, record_id)
            return self._keyring_of(row, keyring, private)

    # -- helpers ------------------------------------------------------------------------------------------
    @staticmethod
    def _row(session, profile_id: int, keyring: Keyring, record: ScreeningRecord) -> RecordRow:
        """The record's row, locked for writing, after checking that ``keyring`` is ``profile_id``'s own and the
        record is theirs: one profile can never write another's records, whatever keys it holds."""
        require_keyring(session, profile_id, keyring)
        # FOR UPDATE: on PostgreSQL another instance can't finish the record between this check and our write
        # (on SQLite every transaction already holds the write lock from its start).
        row = session.get(RecordRow, int(record.record_id), with_for_update=True)
        ScreeningStore._check_owner(session, row, profile_id, record.record_id)
        return row

    @staticmethod
    def _check_owner(session, row: RecordRow | None, profile_id: int, record_id: int | str) -> None:
        """Raise unless ``row`` is ``profile_id``'s: :class:`RecordMovedAway` when the audit log shows a manager
        moved it from them, otherwise :class:`RecordNotFound`."""
        if row is not None and row.profile_id == profile_id:
            return
        if row is not None and session.scalar(
                select(AuditEntry.id).where(AuditEntry.object_type == "screening_record",
                                            AuditEntry.object_id == str(row.id), AuditEntry.action == "move-record",
                                            AuditEntry.detail.like(f"from profile {profile_id} to %")).limit(1)):
            raise RecordMovedAway(record_id)
        raise RecordNotFound(tr("No screening record {record} for this profile.").format(record=record_id))

    @staticmethod
    def _read_answers(row: RecordRow, keyring: Keyring) -> dict[str, Any]:
        return keyring.decrypt_json(_token(row.answers_cipher), record_id=str(row.id), field="answers")

    @staticmethod
    def _write_answers(row: RecordRow, keyring: Keyring, form: FormDefinition, record: ScreeningRecord,
                       evaluation: Evaluation | None) -> None:
        payload = {"answers": record.answers, "overrides": record.overrides}
        row.answers_cipher = keyring.encrypt_json(payload, record_id=str(row.id), field="answers").encode("ascii")
        evaluation = evaluation or evaluate_record(form, record)
        summary = anonymised_summary(evaluation, fallback_date=row.created_at.astimezone().date())
        row.month = summary.month
        row.categories = {item: list(values) for item, values in summary.categories.items()}
        row.flags = list(summary.flags)
        row.updated_at = utcnow()


def _add(a: UpgradeResult, b: UpgradeResult) -> UpgradeResult:
    return UpgradeResult(a.converted + b.converted, a.recovery_sealed + b.recovery_sealed,
                         a.reindexed + b.reindexed, a.skipped + b.skipped)
