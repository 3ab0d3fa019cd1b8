"""SQLAlchemy ORM models. The schema itself is owned by the Alembic migrations in ``migrations/``;
a test checks that the two agree."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
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
    """What is needed to check a profile's screening passphrase and derive its key; never the key."""

    __tablename__ = "profile_keys"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    kdf: Mapped[dict] = mapped_column(JSON)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


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
