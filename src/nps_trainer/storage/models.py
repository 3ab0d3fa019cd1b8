"""SQLAlchemy ORM models. The schema itself is owned by the Alembic migrations in ``migrations/``;
a test checks that the two agree."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..clock import utcnow
from .types import UTCDateTime


class Base(DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A stable id that never changes or repeats (learning records name a person by it, never by name).
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    organisation: Mapped[str] = mapped_column(String(20), default="probation")  # probation | drug_service
    team: Mapped[str] = mapped_column(String(80), default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    learning_erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A one-time code a manager gives a person they added, needed to set that person's first passphrase (only
    # its SHA-256 is kept), and when it stops working.
    setup_code_hash: Mapped[str | None] = mapped_column(String(64))
    setup_code_expires: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ModuleVisit(Base):
    """One visit to a module: when it started and ended, and the sections seen."""

    __tablename__ = "module_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    module_id: Mapped[str] = mapped_column(String(100))
    module_version: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    sections_seen: Mapped[list] = mapped_column(JSON, default=list)


class ModuleProgress(Base):
    """The summary of a profile's work on one module."""

    __tablename__ = "module_progress"
    __table_args__ = (UniqueConstraint("profile_id", "module_id", name="uq_module_progress_profile_module"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    module_id: Mapped[str] = mapped_column(String(100))
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    last_section: Mapped[str | None] = mapped_column(String(200))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version_completed: Mapped[str | None] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sections_seen: Mapped[list] = mapped_column(JSON, default=list)
    reflection_learnt: Mapped[str | None] = mapped_column(Text)
    reflection_use: Mapped[str | None] = mapped_column(Text)
    # Sections credited as seen in a joint session (kept apart from sections read alone).
    sections_credited: Mapped[list] = mapped_column(JSON, default=list)
    # Completed before completion required every section: kept, and marked so in reports.
    completed_unread: Mapped[bool] = mapped_column(Boolean, default=False)


class QuizAttempt(Base):
    __tablename__ = "quiz_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    quiz_id: Mapped[str] = mapped_column(String(100))
    quiz_version: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    pass_mark: Mapped[float | None] = mapped_column(Float)
    state: Mapped[dict | None] = mapped_column(JSON)

    answers: Mapped[list[QuizAnswer]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="QuizAnswer.id"
    )


class QuizAnswer(Base):
    __tablename__ = "quiz_answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id", name="uq_quiz_answers_attempt_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(100))
    answer: Mapped[object | None] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    certainty: Mapped[int | None] = mapped_column(Integer)  # 1 to 3 under certainty-based marking

    attempt: Mapped[QuizAttempt] = relationship(back_populates="answers")


class ScreeningRecord(Base):
    """A screening. Case reference and answers are ciphertext; the plain columns hold only what a manager
    may count without decrypting (month, substance categories, flag ids)."""

    __tablename__ = "screening_records"
    __table_args__ = (Index("ix_screening_records_profile_updated", "profile_id", "updated_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    case_ref_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    case_ref_index: Mapped[str | None] = mapped_column(String(64), index=True)
    answers_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    month: Mapped[str | None] = mapped_column(String(7))
    categories: Mapped[dict] = mapped_column(JSON, default=dict)
    flags: Mapped[list] = mapped_column(JSON, default=list)
    # Since 0.3 (migration 0008) each record has its own random key: its case reference, answers and amendments
    # are encrypted with it; it is sealed to its practitioner's public key (key_sealed) and, once the
    # organisation has a recovery key, to that too (key_sealed_recovery, recovery_key_id). A record with no
    # key_sealed is still encrypted with its practitioner's data key, as before 0.3, until they next sign in.
    key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_sealed_recovery: Mapped[bytes | None] = mapped_column(LargeBinary)
    recovery_key_id: Mapped[str | None] = mapped_column(String(16))
    # Set when a passphrase reset left the record sealed only to the key pair it replaced (it was not sealed to
    # the recovery key): nobody can open it any more, and it says so rather than 'damaged'.
    key_lost_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    amendments: Mapped[list[ScreeningAmendment]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="ScreeningAmendment.id"
    )


class ScreeningAmendment(Base):
    """A correction to a finished screening: who, when, and (encrypted) why and what changed."""

    __tablename__ = "screening_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("screening_records.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason_cipher: Mapped[bytes] = mapped_column(LargeBinary)
    changes_cipher: Mapped[bytes] = mapped_column(LargeBinary)

    record: Mapped[ScreeningRecord] = relationship(back_populates="amendments")


class ProfileKey(Base):
    """What is needed to check a profile's sign-in passphrase and derive its key; never the key.

    ``key_check`` is a one-way tag of the data key, so a store can tell whether a keyring belongs to this
    profile; ``public_key`` is the profile's X25519 public key (its private half is ``private_key_cipher``,
    encrypted with the data key), through which others can share secrets with it."""

    __tablename__ = "profile_keys"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    kdf: Mapped[dict] = mapped_column(JSON)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    key_check: Mapped[str | None] = mapped_column(String(64))
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    private_key_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_after: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when a manager reset the passphrase through the recovery key: the person must choose a new one.
    must_change_passphrase: Mapped[bool] = mapped_column(Boolean, default=False)


class Assignment(Base):
    """Training a manager has assigned: a module, quiz or learning path, to a person, a role or a team."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_type: Mapped[str] = mapped_column(String(20))  # module | quiz | path
    item_id: Mapped[str] = mapped_column(String(100))
    target_type: Mapped[str] = mapped_column(String(20))  # person | role | team
    target: Mapped[str] = mapped_column(String(100))  # profile id, role key or team name
    due_on: Mapped[date] = mapped_column(Date)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SigningKey(Base):
    """The organisation's Ed25519 key for its register of certificates: the public half in plain."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SigningKeyShare(Base):
    """The private half of a signing key, sealed to one manager's public key."""

    __tablename__ = "signing_key_shares"

    key_id: Mapped[str] = mapped_column(ForeignKey("signing_keys.key_id", ondelete="CASCADE"), primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class Certificate(Base):
    """An entry in the register of issued certificates: the signed facts, their signature, and revocation."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"), index=True)
    item_type: Mapped[str] = mapped_column(String(20))  # module | quiz | path | session
    item_id: Mapped[str] = mapped_column(String(100))
    facts: Mapped[dict] = mapped_column(JSON)
    key_id: Mapped[str] = mapped_column(ForeignKey("signing_keys.key_id"))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    revoke_reason: Mapped[str | None] = mapped_column(Text)


class XapiStatement(Base):
    """A learning record as an xAPI 1.0.3 statement, written in the same transaction as the event that caused
    it, with its id fixed then: the outbox the sender forwards to the organisation's LRS, and the store of
    statements imported from another device's file."""

    __tablename__ = "xapi_statements"
    __table_args__ = (Index("ix_xapi_statements_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[str] = mapped_column(String(36), unique=True)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"), index=True)
    verb: Mapped[str] = mapped_column(String(200))
    object_id: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    statement: Mapped[dict] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(20), default="local")  # local | imported
    status: Mapped[str] = mapped_column(String(12), default="waiting")  # waiting | sent | rejected | imported
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    error: Mapped[str | None] = mapped_column(Text)


class XapiActorLink(Base):
    """Whose imported statements these are: an actor's account name (a profile's uid on another device) linked
    to a profile on this database by a manager."""

    __tablename__ = "xapi_actor_links"

    account_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JointSession(Base):
    """A joint probation/drug-service training session run from a plan: while it runs (``status`` 'running'),
    every change is saved at once so a crash loses nothing; once ``finished`` it is read-only and corrected
    only by an amendment. ``plan_snapshot`` is the plan as it was used, so a later change to the plan never
    changes this record; ``room_state`` is what the room's screen showed (to resume at the same point)."""

    __tablename__ = "joint_sessions"
    __table_args__ = (Index("ix_joint_sessions_status_held_on", "status", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(100))
    plan_version: Mapped[str] = mapped_column(String(20))
    plan_title: Mapped[str] = mapped_column(String(200))
    plan_snapshot: Mapped[dict] = mapped_column(JSON)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"), index=True)
    facilitator_name: Mapped[str] = mapped_column(String(80))
    co_facilitators: Mapped[list] = mapped_column(JSON, default=list)  # names, as typed
    status: Mapped[str] = mapped_column(String(12), default="running")  # running | finished
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    step_entered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # time since then is not yet banked
    room_state: Mapped[dict] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JointSessionAttendee(Base):
    """One line of a session's register: a person with a profile here, or a guest. Name, organisation and role
    are kept as they were on the day."""

    __tablename__ = "joint_session_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("joint_sessions.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    side: Mapped[str] = mapped_column(String(20))  # probation | drug_service | other
    organisation: Mapped[str] = mapped_column(String(120), default="")  # as written (guests), else the label
    role: Mapped[str] = mapped_column(String(80), default="")
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    stayed_throughout: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JointSessionStep(Base):
    """A plan step as run: its time (banked each time the facilitator moves on) and whether it was covered."""

    __tablename__ = "joint_session_steps"
    __table_args__ = (UniqueConstraint("session_id", "step_index", name="uq_joint_session_steps_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("joint_sessions.id", ondelete="CASCADE"), index=True)
    step_index: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    first_shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class JointSessionVote(Base):
    """A group's answer to one question, or to one decision of a scenario (``node_id``): how many chose each
    option, the agreed choice, and the options as they were worded on the day."""

    __tablename__ = "joint_session_votes"
    __table_args__ = (UniqueConstraint("session_id", "step_index", "node_id", name="uq_joint_session_votes_node"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("joint_sessions.id", ondelete="CASCADE"), index=True)
    step_index: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(100))
    node_id: Mapped[str] = mapped_column(String(100), default="")  # '' for a question
    prompt: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list] = mapped_column(JSON, default=list)  # [{"id", "text", "correct"}]
    tallies: Mapped[dict] = mapped_column(JSON, default=dict)  # option id -> count
    agreed: Mapped[list] = mapped_column(JSON, default=list)  # option ids
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JointSessionAmendment(Base):
    """A correction to a finished session: who, when, why, and each change as [old, new]."""

    __tablename__ = "joint_session_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("joint_sessions.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    by_name: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict] = mapped_column(JSON)


class JointSessionReflection(Base):
    """What an attendee wrote afterwards about a session, for their CPD record: theirs alone."""

    __tablename__ = "joint_session_reflections"

    session_id: Mapped[int] = mapped_column(ForeignKey("joint_sessions.id", ondelete="CASCADE"), primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RecoveryKey(Base):
    """The organisation's recovery key: an X25519 key pair whose private half is encrypted with a key derived
    from the recovery passphrase that managers hold (Argon2id, as a profile's passphrase). Every screening
    record's key is also sealed to the public half. ``key_id`` is the public half's fingerprint (the first 16 hex
    digits of its SHA-256). At most one is current (``retired_at`` is null): the partial unique index on the
    constant ``scope`` makes a second current key impossible, even from two managers setting up at once."""

    __tablename__ = "recovery_keys"
    __table_args__ = (
        Index("uq_recovery_keys_one_current", "scope", unique=True,
              sqlite_where=sql_text("retired_at IS NULL"), postgresql_where=sql_text("retired_at IS NULL")),
    )

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), default="organisation", server_default="organisation")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    kdf: Mapped[dict] = mapped_column(JSON)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_cipher: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RefresherCard(Base):
    """A question a person has met, scheduled for spaced review by FSRS: ``card`` is the scheduler's state
    (fsrs ``Card.to_dict()``), ``due`` copied out of it so that what is due can be counted in SQL."""

    __tablename__ = "refresher_cards"
    __table_args__ = (
        UniqueConstraint("profile_id", "quiz_id", "question_id", name="uq_refresher_cards_question"),
        Index("ix_refresher_cards_profile_due", "profile_id", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    quiz_id: Mapped[str] = mapped_column(String(100))
    question_id: Mapped[str] = mapped_column(String(100))
    card: Mapped[dict] = mapped_column(JSON)
    due: Mapped[datetime] = mapped_column(UTCDateTime())
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RefresherReview(Base):
    """One review of a refresher card: the rating given to FSRS and what it was derived from."""

    __tablename__ = "refresher_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    quiz_id: Mapped[str] = mapped_column(String(100))
    question_id: Mapped[str] = mapped_column(String(100))
    rating: Mapped[int] = mapped_column(Integer)  # fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy
    correct: Mapped[bool] = mapped_column(Boolean)
    certainty: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))  # quiz | refresher
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(Base):
    """Who did what and when, with no personal data. Each entry carries a hash chained to the one before,
    so that an edited or deleted entry can be detected."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(60))
    object_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))
