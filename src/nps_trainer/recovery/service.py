"""What a manager can do with the recovery key: set it up, replace it, move a case's screenings to another
practitioner, and reset a forgotten passphrase. Qt-free.

Every operation needs a signed-in manager (checked again inside its transaction) and the recovery passphrase.
Each use of the key is audited (the operation, and each record it touched); a wrong recovery passphrase is
refused, audited and throttled. A record is recoverable only when its key is sealed to the current recovery
key: records made before the key was set up are sealed to it when their practitioner next lists their
records, and until then cannot be moved or recovered. The results count them, so nobody is misled.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError

from ..audit import AuditLog
from ..clock import utcnow
from ..i18n import tr, tr_noop
from ..identity.crypto import DEFAULT_KDF, DecryptionFailed, KdfParams, check_passphrase, create_keyring
from ..identity.crypto import normalise_case_reference as normalise
from ..identity.keys import install_keys
from ..profiles import NotAllowed, ProfileInfo, ProfileService
from ..screening_records.record_keys import current_recovery_key, is_trusted, open_seal, re_encrypt, seal_to, token
from ..screening_records.store import amendment_fields
from ..storage.database import Database
from ..storage.models import Profile, ProfileKey, RecoveryKey, SigningKeyShare
from ..storage.models import ScreeningRecord as RecordRow
from .key import (
    ALTERED,
    FAILED,
    OBJECT_TYPE,
    OPENED,
    THROTTLED,
    TRIED,
    NoRecoveryKey,
    OpenedRecoveryKey,
    RecoveryKeyAltered,
    RecoveryThrottled,
    WrongRecoveryPassphrase,
    check_not_throttled,
    new_recovery_key,
    open_recovery_key,
)

TEMPORARY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i to misread when read out
TEMPORARY_GROUPS, TEMPORARY_GROUP_LENGTH = 4, 5  # 20 characters, about 99 bits
# Who may be given a case's screenings: people who screen (README, "People, sign-in and roles") at probation,
# whose records these are. A drug service worker never receives a probation record.
RECEIVING_ROLES = ("practitioner", "facilitator", "manager")
RECEIVING_ORGANISATION = "probation"
ALREADY_SET_UP = tr_noop("The organisation already has a recovery key. To change its passphrase, replace it (you "
                         "need the current recovery passphrase).")


def can_receive_cases(person: ProfileInfo, acting: ProfileInfo | None) -> bool:
    """True when a case's screenings may be moved to ``person`` by ``acting``: a probation member of staff who
    screens, not archived, with a passphrase (so a key pair), and not the manager doing the move."""
    return (person.role in RECEIVING_ROLES and person.organisation == RECEIVING_ORGANISATION
            and not person.archived and person.has_passphrase and (acting is None or person.id != acting.id))


def temporary_passphrase() -> str:
    """A strong random passphrase to give a person once, for example ``k7m2p-xq4ra-9fhtw-c3nde``."""
    groups = ("".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(TEMPORARY_GROUP_LENGTH))
              for _ in range(TEMPORARY_GROUPS))
    return "-".join(groups)


@dataclass(frozen=True)
class RecoveryStatus:
    key_id: str | None  # its fingerprint: the first 16 hex digits of the SHA-256 of its public half
    created_at: datetime | None
    created_by: str  # the manager's display name ('' when unknown)
    records: int  # screening records on the database
    not_sealed: int  # of those, how many are not (yet) sealed to the current recovery key
    altered: bool = False  # its id is not its public half's fingerprint: nothing is sealed to it

    @property
    def set_up(self) -> bool:
        return self.key_id is not None


@dataclass(frozen=True)
class ReplaceResult:
    key_id: str
    resealed: int  # records re-sealed from the old key to the new one
    not_sealed: int  # records not sealed to the old key: sealed to the new one at their owner's next listing


@dataclass(frozen=True)
class MoveResult:
    moved: int
    not_checked: int  # the practitioner's records without a recovery seal: could not be read, so not moved
    damaged: int  # records whose sealed key or case reference does not decrypt


@dataclass(frozen=True)
class ResetResult:
    temporary_passphrase: str  # show it once to the manager; it is not kept anywhere
    recovered: int  # records re-sealed to the person's new key pair
    lost: int  # records without a recovery seal: nobody can read them any more
    damaged: int


class RecoveryService:
    def __init__(self, database: Database, audit: AuditLog, profiles: ProfileService,
                 kdf: KdfParams = DEFAULT_KDF) -> None:
        self._db = database
        self._audit = audit
        self._profiles = profiles
        self._kdf = kdf

    # -- the key ------------------------------------------------------------------------------------------
    def status(self) -> RecoveryStatus:
        with self._db.session() as session:
            row = current_recovery_key(session)
            records = session.scalar(select(func.count()).select_from(RecordRow)) or 0
            sealed = 0
            name = ""
            if row is not None:
                sealed = session.scalar(select(func.count()).select_from(RecordRow)
                                        .where(RecordRow.recovery_key_id == row.key_id)) or 0
                maker = session.get(Profile, row.created_by) if row.created_by else None
                name = maker.display_name if maker is not None else ""
            return RecoveryStatus(row.key_id if row else None, row.created_at if row else None, name, records,
                                  records - sealed, row is not None and not is_trusted(row))

    def unrecoverable(self, profile_id: int) -> tuple[int, int]:
        """(records a reset of ``profile_id``'s passphrase would lose, all their records), counted without the
        recovery passphrase: those not sealed to the current recovery key."""
        with self._db.session() as session:
            row = current_recovery_key(session)
            mine = select(func.count()).select_from(RecordRow).where(RecordRow.profile_id == profile_id)
            total = session.scalar(mine) or 0
            if row is None:
                return total, total
            lost = session.scalar(mine.where(or_(RecordRow.key_sealed_recovery.is_(None),
                                                 RecordRow.recovery_key_id.is_(None),
                                                 RecordRow.recovery_key_id != row.key_id))) or 0
            return lost, total

    def receivers(self, acting: ProfileInfo) -> list[ProfileInfo]:
        """Who ``acting`` may move a case's screenings to (see :func:`can_receive_cases`)."""
        return [p for p in self._profiles.list(include_archived=False) if can_receive_cases(p, acting)]

    def set_up(self, acting: ProfileInfo, passphrase: str) -> str:
        """Make the organisation's recovery key, protected by ``passphrase`` (which the managers then hold);
        its key id. Refused when there is one already (replace it instead) or the passphrase is weak."""
        check_passphrase(passphrase)
        with self._db.session() as session:
            ProfileService._require_current_manager(session, acting, "set up the recovery key")
            if current_recovery_key(session) is not None:
                raise ValueError(tr(ALREADY_SET_UP))
            row, _opened = new_recovery_key(passphrase, self._kdf, acting.id)
            try:  # two managers setting up at once: the index allowing one current key refuses the second
                with session.begin_nested():
                    session.add(row)
                    session.flush()
            except IntegrityError:
                raise ValueError(tr(ALREADY_SET_UP)) from None
            self._audit.write(session, profile_id=acting.id, action="recovery-key-set-up", object_type=OBJECT_TYPE,
                              object_id=row.key_id)
            return row.key_id

    def replace(self, acting: ProfileInfo, old_passphrase: str, new_passphrase: str) -> ReplaceResult:
        """A new recovery key with a new passphrase; every record sealed to the old key is re-sealed to the new
        one in the same transaction, and the old key is retired."""
        check_passphrase(new_passphrase)
        what = "replace the recovery key"
        old = self._open(acting, old_passphrase, what, repair=True)  # replacing repairs a swapped public half
        with self._db.session() as session:
            current = self._still_current(session, acting, old, what)
            row, new = new_recovery_key(new_passphrase, self._kdf, acting.id)
            current.retired_at = utcnow()
            session.flush()  # the old key is retired before the new one is current
            session.add(row)
            session.flush()
            resealed = 0
            records = session.scalars(select(RecordRow).where(RecordRow.recovery_key_id == old.key_id)
                                      .with_for_update())
            for record in records:
                try:
                    key = open_seal(record.key_sealed_recovery, old.private_key, record.id)
                except DecryptionFailed:
                    continue  # left sealed to the retired key: its owner re-seals it at their next listing
                record.key_sealed_recovery = seal_to(key, new.public_key, record.id)
                record.recovery_key_id = new.key_id
                resealed += 1
            total = session.scalar(select(func.count()).select_from(RecordRow)) or 0
            self._audit.write(session, profile_id=acting.id, action="recovery-key-replaced", object_type=OBJECT_TYPE,
                              object_id=new.key_id, detail=f"replaces {old.key_id}; {resealed} record(s) re-sealed")
        return ReplaceResult(new.key_id, resealed, total - resealed)

    # -- moving a case ------------------------------------------------------------------------------------
    def move_case(self, acting: ProfileInfo, passphrase: str, case_reference: str, from_id: int,
                  to_id: int) -> MoveResult:
        """Move every screening of ``case_reference`` (matched ignoring case and spaces) that ``from_id`` made
        to ``to_id``, who must be a probation member of staff who screens and not the acting manager. Each record
        is re-keyed in a transaction of its own: a fresh record key, its case reference, answers and amendments
        re-encrypted under it, sealed to the new practitioner (who becomes its owner) and the recovery key, so
        the old key (which its first practitioner may still hold in a backup) opens nothing written after the
        move. Its blind index is set at the new owner's next listing. Records without a recovery seal cannot be
        checked, and stay."""
        what = "move a case's screenings"
        wanted = normalise(case_reference)
        if not wanted:
            raise ValueError(tr("Enter the case reference of the screenings to move."))
        if from_id == to_id:
            raise ValueError(tr("Choose two different practitioners: the one who has the case now, and the one it "
                                "moves to."))
        if to_id == acting.id:
            raise ValueError(tr("You cannot move a case's screenings to yourself: the manager who moves them is not "
                                "shown them. Choose the practitioner who takes the case on."))
        self._person(from_id)
        target = self._person(to_id)
        if target.role not in RECEIVING_ROLES or target.organisation != RECEIVING_ORGANISATION or target.archived:
            if target.archived:
                text = tr("{name} ({role}, {organisation}, archived) cannot be given probation screening records. "
                          "Choose a probation practitioner, facilitator or manager who is not archived.")
            else:
                text = tr("{name} ({role}, {organisation}) cannot be given probation screening records. Choose a "
                          "probation practitioner, facilitator or manager who is not archived.")
            raise ValueError(text.format(name=target.display_name, role=tr(target.role_label),
                                         organisation=tr(target.organisation_label)))
        not_ready = ValueError(tr("{name} has not signed in with a passphrase yet, so nothing can be sealed to "
                                  "them. Move the case once they have.").format(name=target.display_name))
        with self._db.session() as session:  # checked before the recovery key is opened, and again after
            target_key = session.get(ProfileKey, to_id)
            if target_key is None or target_key.public_key is None:
                raise not_ready
        opened = self._open(acting, passphrase, what)
        not_checked = damaged = 0
        matching: list[int] = []
        with self._db.session() as session:  # which records are this case's (read only)
            self._still_current(session, acting, opened, what)
            for row in session.scalars(select(RecordRow).where(RecordRow.profile_id == from_id)
                                       .order_by(RecordRow.id)):
                if row.recovery_key_id != opened.key_id or row.key_sealed_recovery is None:
                    not_checked += 1
                    continue
                try:
                    key = open_seal(row.key_sealed_recovery, opened.private_key, row.id)
                    reference = key.keyring.decrypt_json(token(row.case_ref_cipher), record_id=str(row.id),
                                                         field="case_reference")
                except (DecryptionFailed, ValueError):
                    damaged += 1
                    continue
                if normalise(reference) == wanted:
                    matching.append(row.id)
        moved = 0
        for record_id in matching:  # one transaction per record: each is either moved and re-keyed, or as it was
            with self._db.session() as session:
                self._still_current(session, acting, opened, what)
                target_key = session.get(ProfileKey, to_id)
                if target_key is None or target_key.public_key is None:
                    raise not_ready
                row = session.get(RecordRow, record_id, with_for_update=True)
                if (row is None or row.profile_id != from_id or row.recovery_key_id != opened.key_id
                        or row.key_sealed_recovery is None):
                    continue  # changed meanwhile (moved, deleted or re-sealed): left as it is now
                try:
                    old = open_seal(row.key_sealed_recovery, opened.private_key, row.id)
                    key = re_encrypt(row, old.keyring, amendment_fields)
                except (DecryptionFailed, ValueError):
                    damaged += 1
                    continue
                row.key_sealed = seal_to(key, target_key.public_key, row.id)
                row.key_sealed_recovery = seal_to(key, opened.public_key, row.id)
                row.recovery_key_id = opened.key_id
                row.profile_id = to_id
                row.case_ref_index = None  # the blind index is the owner's: set at the new owner's next listing
                moved += 1
                self._audit.write(session, profile_id=acting.id, action="move-record", object_type="screening_record",
                                  object_id=str(row.id), detail=f"from profile {from_id} to profile {to_id}")
        self._audit.record(profile_id=acting.id, action="recovery-move-case", object_type=OBJECT_TYPE,
                           object_id=opened.key_id,
                           detail=f"{moved} record(s) from profile {from_id} to profile {to_id}; "
                                  f"{not_checked} without a recovery seal; {damaged} damaged")
        return MoveResult(moved, not_checked, damaged)

    # -- resetting a passphrase ---------------------------------------------------------------------------
    def reset_passphrase(self, acting: ProfileInfo, passphrase: str, profile_id: int) -> ResetResult:
        """Give ``profile_id`` a new data key and key pair under a temporary passphrase (returned, to show the
        manager once), re-seal every record of theirs that has a recovery seal to the new key pair, and make
        them choose their own passphrase at their next sign-in. Their old passphrase no longer works; records
        without a recovery seal cannot be read by anyone afterwards, and are counted."""
        what = "reset a passphrase"
        person = self._person(profile_id)
        if profile_id == acting.id:
            raise ValueError(tr("You cannot reset your own passphrase here: change it with your current one, or ask "
                                "another manager to reset it."))
        if not self._keys_exist(profile_id):
            raise self._never_set(person)
        opened = self._open(acting, passphrase, what)
        temporary = temporary_passphrase()
        keyring, header = create_keyring(temporary, kdf=self._kdf)
        keyring.owner = profile_id
        recovered = lost = damaged = 0
        with self._db.session() as session:
            self._still_current(session, acting, opened, what)
            key_row = session.get(ProfileKey, profile_id, with_for_update=True)
            if key_row is None:
                raise self._never_set(person)
            install_keys(key_row, header, keyring)
            public = key_row.public_key
            key_row.failed_attempts = 0
            key_row.retry_after = None
            key_row.must_change_passphrase = True
            # A manager's share of the certificate-signing key was sealed to the old key pair: it can never open
            # again. Without it, another manager shares the key with them anew (as with a new manager).
            shares = session.execute(delete(SigningKeyShare).where(SigningKeyShare.profile_id == profile_id)).rowcount
            rows = session.scalars(select(RecordRow).where(RecordRow.profile_id == profile_id)
                                   .order_by(RecordRow.id).with_for_update())
            now = utcnow()
            for row in rows:
                if row.recovery_key_id != opened.key_id or row.key_sealed_recovery is None:
                    lost += 1
                    row.key_lost_at = row.key_lost_at or now  # sealed only to the key pair the reset replaces
                    continue
                try:
                    key = open_seal(row.key_sealed_recovery, opened.private_key, row.id)
                    reference = key.keyring.decrypt_json(token(row.case_ref_cipher), record_id=str(row.id),
                                                         field="case_reference")
                except (DecryptionFailed, ValueError):
                    damaged += 1
                    continue
                row.key_sealed = seal_to(key, public, row.id)
                row.case_ref_index = keyring.blind_index(reference)
                recovered += 1
                self._audit.write(session, profile_id=acting.id, action="reseal-record", object_type="screening_record",
                                  object_id=str(row.id), detail=f"to profile {profile_id}'s new key pair")
            self._audit.write(session, profile_id=acting.id, action="recovery-reset-passphrase",
                              object_type=OBJECT_TYPE, object_id=opened.key_id,
                              detail=f"profile {profile_id}: {recovered} record(s) recovered, {lost} without a "
                                     f"recovery seal, {damaged} damaged")
            self._audit.write(session, profile_id=acting.id, action="reset-passphrase", object_type="profile",
                              object_id=str(profile_id), detail="through the recovery key" + (
                                  f"; {shares} signing-key share(s) dropped" if shares else ""))
        return ResetResult(temporary, recovered, lost, damaged)

    # -- helpers ------------------------------------------------------------------------------------------
    def _person(self, profile_id: int) -> ProfileInfo:
        person = self._profiles.get(profile_id)
        if person is None:
            raise LookupError(tr("No profile {id}.").format(id=profile_id))
        return person

    def _keys_exist(self, profile_id: int) -> bool:
        with self._db.session() as session:
            return session.get(ProfileKey, profile_id) is not None

    @staticmethod
    def _never_set(person: ProfileInfo) -> ValueError:
        return ValueError(tr("{name} has never set a passphrase, so there is nothing to reset. Give them a setup "
                             "code instead (Team → People).").format(name=person.display_name))

    def _open(self, acting: ProfileInfo, passphrase: str, what: str, *, repair: bool = False) -> OpenedRecoveryKey:
        """The current recovery key, opened with ``passphrase``: only for a current manager, and not while a
        wait after wrong passphrases runs. Like sign-in, the try is written to the audit log before the
        passphrase is checked, inside a transaction that locks the key's row, so tries made at the same time
        are counted one after the other. Every outcome is audited: opened (whatever the operation then does),
        wrong, throttled, or the key found altered."""
        now = utcnow()
        throttled: RecoveryThrottled | None = None
        with self._db.session() as session:
            ProfileService._require_current_manager(session, acting, what)
            row = current_recovery_key(session)
            if row is None:
                raise NoRecoveryKey()
            session.refresh(row, with_for_update=True)  # tries wait for each other here (PostgreSQL)
            try:
                check_not_throttled(session, now)
            except RecoveryThrottled as exc:
                throttled = exc
                self._audit.write(session, profile_id=acting.id, action=THROTTLED, object_type=OBJECT_TYPE,
                                  object_id=row.key_id, detail=what)
            else:
                self._audit.write(session, profile_id=acting.id, action=TRIED, object_type=OBJECT_TYPE,
                                  object_id=row.key_id, detail=what)
        if throttled is not None:
            raise throttled
        try:
            opened = open_recovery_key(row, passphrase, repair=repair)
        except WrongRecoveryPassphrase:
            self._audit.record(profile_id=acting.id, action=FAILED, object_type=OBJECT_TYPE, object_id=row.key_id,
                               detail=what)
            raise
        except RecoveryKeyAltered:
            self._audit.record(profile_id=acting.id, action=ALTERED, object_type=OBJECT_TYPE, object_id=row.key_id,
                               detail=f"{what}: its stored public half or id does not match its private half")
            raise
        self._audit.record(profile_id=acting.id, action=OPENED, object_type=OBJECT_TYPE, object_id=row.key_id,
                           detail=what + ("; its stored public half was not its own" if opened.public_key != bytes(
                               row.public_key) else ""))
        return opened

    def _still_current(self, session, acting: ProfileInfo, opened: OpenedRecoveryKey, what: str) -> RecoveryKey:
        """Inside the operation's transaction: the acting person is still a manager and ``opened`` is still
        the current key (another manager may have replaced it meanwhile)."""
        ProfileService._require_current_manager(session, acting, what)
        row = session.get(RecoveryKey, opened.key_id, with_for_update=True)
        if row is None or row.retired_at is not None:
            raise NotAllowed(tr("The recovery key was replaced meanwhile. Use the new recovery passphrase."))
        return row
