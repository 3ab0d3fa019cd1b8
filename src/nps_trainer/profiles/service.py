"""Who is who: creating, listing and looking after profiles, with the rules on who may do what.

The first profile made on a new database is its administrator (a manager). After that, a profile made at the
sign-in screen is a practitioner or a drug service worker; only a signed-in manager can make a manager or a
facilitator, change a role, archive a profile or erase a person's learning records. Every change is audited.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..clock import utcnow
from ..i18n import tr, tr_noop
from ..records import record
from ..storage.database import Database

if TYPE_CHECKING:
    from ..audit import AuditLog
    from ..storage.models import Profile

# The ORM is imported inside the methods that write: listing profiles at start-up must not load SQLAlchemy
# (see storage.quick_read).

# English labels, marked for translation: show them with tr(ROLES[role]) (profile.role_label stays English).
ROLES: dict[str, str] = {
    "practitioner": tr_noop("Probation practitioner"),
    "drug_service": tr_noop("Drug service worker"),
    "facilitator": tr_noop("Facilitator"),
    "manager": tr_noop("Manager"),
}
SELF_SERVICE_ROLES = ("practitioner", "drug_service")  # what anyone may make at the sign-in screen
ORGANISATIONS: dict[str, str] = {"probation": tr_noop("Probation"), "drug_service": tr_noop("Drug service")}

# "Only a manager can …" as whole clauses, by what is asked (the ``what`` of require_manager and the services'
# checks); a ``what`` not listed here is said in English.
ONLY_A_MANAGER: dict[str, str] = {
    "assign training": tr_noop("Only a manager can assign training"),
    "cancel an assignment": tr_noop("Only a manager can cancel an assignment"),
    "issue certificates": tr_noop("Only a manager can issue certificates"),
    "see another person's certificates": tr_noop("Only a manager can see another person's certificates"),
    "revoke certificates": tr_noop("Only a manager can revoke certificates"),
    "make a facilitator profile": tr_noop("Only a manager can make a facilitator profile"),
    "make a manager profile": tr_noop("Only a manager can make a manager profile"),
    "erase a person's learning records": tr_noop("Only a manager can erase a person's learning records"),
    "give a setup code": tr_noop("Only a manager can give a setup code"),
    "rename another person's profile": tr_noop("Only a manager can rename another person's profile"),
    "change another person's organisation or team":
        tr_noop("Only a manager can change another person's organisation or team"),
    "change a role": tr_noop("Only a manager can change a role"),
    "archive a profile": tr_noop("Only a manager can archive a profile"),
    "restore an archived profile": tr_noop("Only a manager can restore an archived profile"),
    "set up the recovery key": tr_noop("Only a manager can set up the recovery key"),
    "replace the recovery key": tr_noop("Only a manager can replace the recovery key"),
    "move a case's screenings": tr_noop("Only a manager can move a case's screenings"),
    "reset a passphrase": tr_noop("Only a manager can reset a passphrase"),
}


def only_a_manager(what: str) -> str:
    """'Only a manager can …' (no full stop), in the language in use when ``what`` is a known action."""
    clause = ONLY_A_MANAGER.get(what)
    return tr(clause) if clause is not None else f"Only a manager can {what}"

MAX_NAME_LENGTH = 80
MAX_TEAM_LENGTH = 80
SETUP_CODE_DAYS = 14
SETUP_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's: no I, L, O or U to misread
FIRST_PROFILE_LOCK = 0x4E505350  # PostgreSQL advisory lock: two PCs cannot both make "the first" profile


class NotAllowed(PermissionError):
    """The signed-in person's role does not allow this."""


@record(frozen=True)
class ProfileInfo:
    """A profile as the app shows it: who, their role, organisation and team, and where their sign-in stands."""

    id: int
    display_name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    uid: str = ""
    organisation: str = "probation"
    team: str = ""
    archived_at: datetime | None = None
    has_passphrase: bool = False
    setup_code_pending: bool = False  # a manager added them: their first passphrase needs the setup code

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)

    @property
    def organisation_label(self) -> str:
        return ORGANISATIONS.get(self.organisation, self.organisation)

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


def _info(row: Profile, has_passphrase: bool = False) -> ProfileInfo:
    return ProfileInfo(row.id, row.display_name, row.role, row.created_at, row.last_used_at, row.uid,
                       row.organisation, row.team or "", row.archived_at, has_passphrase,
                       row.setup_code_hash is not None)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _lock_until_code_given(row: Profile) -> None:
    """A setup code nobody knows: the profile's first passphrase needs the code a manager issues next."""
    import secrets  # here, not at start-up: with hashlib it loads OpenSSL, 4-6 MB the sign-in screen never needs

    row.setup_code_hash = _code_hash(secrets.token_hex(16))
    row.setup_code_expires = utcnow() + timedelta(days=SETUP_CODE_DAYS)


def normalise_setup_code(code: str) -> str:
    """As typed: case, spaces and hyphens do not matter; O reads as 0 and I or L as 1."""
    text = "".join(ch for ch in code.upper() if ch not in " -")
    return text.translate(str.maketrans("OIL", "011"))


def _code_hash(code: str) -> str:
    import hashlib

    return hashlib.sha256(("nps-trainer setup code\x00" + normalise_setup_code(code)).encode()).hexdigest()


def clean_name(display_name: str) -> str:
    name = " ".join(display_name.split())
    if not name:
        raise ValueError(tr("Enter a display name."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(tr("The display name is too long: at most {count} characters.").format(
            count=MAX_NAME_LENGTH))
    return name


def clean_team(team: str) -> str:
    text = " ".join((team or "").split())
    if len(text) > MAX_TEAM_LENGTH:
        raise ValueError(tr("The team name is too long: at most {count} characters.").format(count=MAX_TEAM_LENGTH))
    return text


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(tr("Unknown role '{role}'.").format(role=role))


def _check_organisation(organisation: str) -> None:
    if organisation not in ORGANISATIONS:
        raise ValueError(tr("Unknown organisation '{organisation}': use probation or drug_service.").format(
            organisation=organisation))


def require_manager(acting: ProfileInfo | None, what: str) -> None:
    if acting is None or not acting.is_manager:
        raise NotAllowed(only_a_manager(what) + ".")


class ProfileService:
    def __init__(self, database: Database, audit: AuditLog | None = None) -> None:
        self._db = database
        self._audit = audit

    # -- creating -----------------------------------------------------------------------------------------
    def create(self, display_name: str, role: str, *, organisation: str | None = None, team: str = "",
               acting: ProfileInfo | None = None) -> ProfileInfo:
        """Make a profile. Without ``acting`` (at the sign-in screen) only practitioners and drug service
        workers may be made, except the very first profile on a database, which may be anything (the sign-in
        screen makes it the administrator, a manager). With ``acting``, only a manager may make a manager or a
        facilitator."""
        name = clean_name(display_name)
        _check_role(role)
        organisation = organisation or ("drug_service" if role == "drug_service" else "probation")
        _check_organisation(organisation)
        team = clean_team(team)
        from sqlalchemy import func, select, text

        from ..storage.models import Profile

        with self._db.session() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_PROFILE_LOCK})
            first = session.scalar(select(func.count()).select_from(Profile)) == 0
            if role not in SELF_SERVICE_ROLES and not first:
                self._require_current_manager(session, acting, f"make a {ROLES[role].lower()} profile")
            self._refuse_taken_name(session, name)
            now = utcnow()
            import uuid

            row = Profile(display_name=name, role=role, created_at=now, last_used_at=now, uid=str(uuid.uuid4()),
                          organisation=organisation, team=team)
            if acting is not None and not first:
                _lock_until_code_given(row)  # nobody can claim it before the manager gives the setup code
            session.add(row)
            session.flush()
            self._write_audit(session, acting.id if acting else row.id, "create-profile", row.id,
                              f"role {role}" + ("; first profile" if first else ""))
            return _info(row)

    def is_empty(self) -> bool:
        """True when no profile has been made yet (the next one will be the administrator)."""
        return not self.list(include_archived=True)

    # -- reading ------------------------------------------------------------------------------------------
    def list(self, *, include_archived: bool = False) -> list[ProfileInfo]:
        """Profiles, most recently used first; archived ones only when asked for."""
        path = self._db.sqlite_file
        if path is not None and not self._db.engine_loaded:
            from ..storage.quick_read import read_profiles

            infos = [ProfileInfo(*row) for row in read_profiles(path)]
        else:
            from sqlalchemy import select

            from ..storage.models import Profile, ProfileKey

            with self._db.session() as session:
                keyed = set(session.scalars(select(ProfileKey.profile_id)))
                infos = [_info(r, r.id in keyed) for r in session.scalars(select(Profile))]
        if not include_archived:
            infos = [p for p in infos if p.archived_at is None]
        return sorted(infos, key=lambda p: (p.last_used_at or p.created_at), reverse=True)

    def get(self, profile_id: int) -> ProfileInfo | None:
        from ..storage.models import Profile, ProfileKey

        with self._db.session() as session:
            row = session.get(Profile, profile_id)
            return _info(row, session.get(ProfileKey, profile_id) is not None) if row else None

    def find_by_name(self, display_name: str) -> list[ProfileInfo]:
        """Profiles whose display name matches, ignoring case and spacing (archived ones too)."""
        wanted = " ".join(display_name.split()).casefold()
        return [p for p in self.list(include_archived=True) if p.display_name.casefold() == wanted]

    def mark_used(self, profile_id: int) -> None:
        from ..storage.models import Profile

        with self._db.session() as session:
            row = session.get(Profile, profile_id)
            if row is not None:
                row.last_used_at = utcnow()

    # -- changing (managers, or the person themselves where said) -----------------------------------------
    def rename(self, acting: ProfileInfo, profile_id: int, display_name: str) -> ProfileInfo:
        """A manager may rename anyone; anyone may rename themselves."""
        name = clean_name(display_name)
        return self._change(acting, profile_id, "rename-profile", "", display_name=name,
                            manager_unless_self="rename another person's profile")

    def set_organisation(self, acting: ProfileInfo, profile_id: int, organisation: str, team: str) -> ProfileInfo:
        """A manager may set anyone's organisation and team; anyone may set their own."""
        _check_organisation(organisation)
        return self._change(acting, profile_id, "set-organisation", f"{organisation}",
                            organisation=organisation, team=clean_team(team),
                            manager_unless_self="change another person's organisation or team")

    def set_role(self, acting: ProfileInfo, profile_id: int, role: str) -> ProfileInfo:
        _check_role(role)
        if role != "manager":
            self._keep_a_manager(profile_id, "change the role of")
        changed = self._change(acting, profile_id, "set-role", f"role {role}", role=role, manager="change a role")
        if not changed.has_passphrase and not changed.setup_code_pending:
            from ..storage.models import Profile

            with self._db.session() as session:  # promoted before choosing a passphrase: a code is needed now
                _lock_until_code_given(session.get(Profile, profile_id, with_for_update=True))
            changed = self.get(profile_id) or changed
        return changed

    def archive(self, acting: ProfileInfo, profile_id: int) -> ProfileInfo:
        """Take a profile off the sign-in screen; its records are kept."""
        if acting.id == profile_id:
            raise NotAllowed(tr("You cannot archive your own profile while signed in."))
        self._keep_a_manager(profile_id, "archive")
        return self._change(acting, profile_id, "archive-profile", "", archived_at=utcnow(),
                            manager="archive a profile")

    def restore(self, acting: ProfileInfo, profile_id: int) -> ProfileInfo:
        return self._change(acting, profile_id, "restore-profile", "", archived_at=None,
                            manager="restore an archived profile")

    def erase_learning(self, acting: ProfileInfo, profile_id: int) -> dict[str, int]:
        """Erase a person's learning records (module visits and progress with reflections, quiz attempts,
        assignments made to them, certificates issued to them, their reflections on joint sessions) at a manager's
        request. Screening records are case records: they stay, still encrypted. The registers of joint sessions
        they attended stay too: they are the organisation's record of who came. Returns how many of each were
        erased."""
        from sqlalchemy import delete

        from ..storage.models import (
            Assignment,
            Certificate,
            JointSessionReflection,
            ModuleProgress,
            ModuleVisit,
            Profile,
            QuizAttempt,
            XapiActorLink,
            XapiStatement,
        )

        counts: dict[str, int] = {}
        with self._db.session() as session:
            self._require_current_manager(session, acting, "erase a person's learning records")
            row = session.get(Profile, profile_id, with_for_update=True)
            if row is None:
                raise LookupError(tr("No profile {id}.").format(id=profile_id))
            for label, model, condition in (
                ("module visits", ModuleVisit, ModuleVisit.profile_id == profile_id),
                ("module records", ModuleProgress, ModuleProgress.profile_id == profile_id),
                ("quiz attempts", QuizAttempt, QuizAttempt.profile_id == profile_id),
                ("assignments", Assignment,
                 (Assignment.target_type == "person") & (Assignment.target == str(profile_id))),
                ("certificates", Certificate, Certificate.profile_id == profile_id),
                ("learning records (xAPI)", XapiStatement, XapiStatement.profile_id == profile_id),
                ("links to imported records", XapiActorLink, XapiActorLink.profile_id == profile_id),
                ("joint session reflections", JointSessionReflection,
                 JointSessionReflection.profile_id == profile_id),
            ):
                counts[label] = session.execute(delete(model).where(condition)).rowcount or 0
            row.learning_erased_at = utcnow()
            detail = "; ".join(f"{n} {label}" for label, n in counts.items())
            self._write_audit(session, acting.id, "erase-learning", profile_id, detail)
        return counts

    # -- setup codes --------------------------------------------------------------------------------------
    def issue_setup_code(self, acting: ProfileInfo, profile_id: int) -> str:
        """A new one-time code for a person who has not set a passphrase yet (a manager gives it to them); it
        replaces any earlier one and works for ``SETUP_CODE_DAYS`` days. Only its hash is kept."""
        import secrets

        from ..storage.models import Profile, ProfileKey

        code = "".join(secrets.choice(SETUP_CODE_ALPHABET) for _ in range(12))
        with self._db.session() as session:
            self._require_current_manager(session, acting, "give a setup code")
            row = session.get(Profile, profile_id, with_for_update=True)
            if row is None:
                raise LookupError(tr("No profile {id}.").format(id=profile_id))
            if session.get(ProfileKey, profile_id) is not None:
                raise ValueError(tr("{name} has set a passphrase already: no setup code is needed.").format(
                    name=row.display_name))
            row.setup_code_hash = _code_hash(code)
            row.setup_code_expires = utcnow() + timedelta(days=SETUP_CODE_DAYS)
            self._write_audit(session, acting.id, "issue-setup-code", profile_id, "")
        return f"{code[:4]}-{code[4:8]}-{code[8:]}"

    def use_setup_code(self, profile_id: int, code: str) -> None:
        """Check and spend a person's setup code (raises NotAllowed when it is wrong, spent or expired)."""
        from ..storage.models import Profile

        with self._db.session() as session:
            row = session.get(Profile, profile_id, with_for_update=True)
            if row is None or row.setup_code_hash is None:
                raise NotAllowed(tr("There is no setup code for this profile. Ask a manager for one."))
            if row.setup_code_expires is not None and row.setup_code_expires < utcnow():
                raise NotAllowed(tr("This setup code has expired. Ask a manager for a new one (Team → People)."))
            import hmac

            if not hmac.compare_digest(row.setup_code_hash, _code_hash(code or "")):
                raise NotAllowed(tr("That setup code is not right. Check it with the manager who gave it to you."))
            row.setup_code_hash = None
            row.setup_code_expires = None

    def first_passphrase_rule(self, profile: ProfileInfo) -> str:
        """How ``profile`` may set its first passphrase at the sign-in screen: ``"code"`` (with the setup code
        a manager gave), ``"open"`` (a practitioner or drug service worker from before sign-in existed, as the
        issue allows), ``"bootstrap"`` (a manager when no manager can sign in yet: as the first profile on a new
        database) or ``"refused"`` (a manager or facilitator needs a setup code)."""
        if profile.setup_code_pending:
            return "code"
        if profile.role in SELF_SERVICE_ROLES:
            return "open"
        if profile.role == "manager" and not any(p.is_manager and p.has_passphrase
                                                 for p in self.list(include_archived=True)):
            return "bootstrap"
        return "refused"

    # -- helpers ------------------------------------------------------------------------------------------
    @staticmethod
    def _require_current_manager(session, acting: ProfileInfo | None, what: str) -> None:
        """The acting person must be a manager now (read inside this transaction): a manager demoted or
        archived elsewhere since signing in can no longer act as one."""
        from ..storage.models import Profile

        require_manager(acting, what)
        row = session.get(Profile, acting.id)
        if row is None or row.role != "manager" or row.archived_at is not None:
            raise NotAllowed(tr("{only}, and you are no longer a manager here.").format(only=only_a_manager(what)))

    @staticmethod
    def _refuse_taken_name(session, name: str, except_id: int | None = None) -> None:
        from sqlalchemy import select

        from ..storage.models import Profile

        for pid, other in session.execute(select(Profile.id, Profile.display_name)):
            if pid != except_id and _name_key(other) == _name_key(name):
                raise ValueError(tr("There is already a profile called {name}. Use a name that tells you apart, "
                                    "for example with an initial.").format(name=other))

    def _change(self, acting: ProfileInfo, profile_id: int, action: str, detail: str, *, manager: str = "",
                manager_unless_self: str = "", **values) -> ProfileInfo:
        from ..storage.models import Profile, ProfileKey

        with self._db.session() as session:
            if manager:
                self._require_current_manager(session, acting, manager)
            elif manager_unless_self and acting.id != profile_id:
                self._require_current_manager(session, acting, manager_unless_self)
            row = session.get(Profile, profile_id, with_for_update=True)
            if row is None:
                raise LookupError(tr("No profile {id}.").format(id=profile_id))
            if "display_name" in values:
                self._refuse_taken_name(session, values["display_name"], except_id=profile_id)
            for key, value in values.items():
                setattr(row, key, value)
            self._write_audit(session, acting.id, action, profile_id, detail)
            session.flush()
            return _info(row, session.get(ProfileKey, profile_id) is not None)

    def _keep_a_manager(self, profile_id: int, what: str) -> None:
        """Someone must stay able to sign in as a manager: managers without a passphrase do not count."""
        everyone = [p for p in self.list() if p.is_manager]
        managers = [p for p in everyone if p.has_passphrase] or everyone
        if [p.id for p in managers] == [profile_id]:
            if what == "archive":
                raise NotAllowed(tr("You cannot archive the only manager: make someone else a manager first."))
            if what == "change the role of":
                raise NotAllowed(tr("You cannot change the role of the only manager: make someone else a manager "
                                    "first."))
            raise NotAllowed(f"You cannot {what} the only manager: make someone else a manager first.")

    def _write_audit(self, session, acting_id: int | None, action: str, profile_id: int, detail: str) -> None:
        if self._audit is not None:
            self._audit.write(session, profile_id=acting_id, action=action, object_type="profile",
                              object_id=str(profile_id), detail=detail)
