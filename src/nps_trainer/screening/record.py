"""A filled-in screening: the answers, the overrides, and the form id and version it was filled with."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from nps_trainer.i18n import tr
from nps_trainer.screening.engine import Evaluation, evaluate_answers
from nps_trainer.screening.model import FormDefinition

RECORD_FORMAT = 1


class FormVersionMismatch(ValueError):
    """A record was evaluated with a different form id or version from the one it was filled with."""


@dataclass
class ScreeningRecord:
    record_id: str
    form_id: str
    form_version: str
    answers: dict[str, Any] = field(default_factory=dict)
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    created_at: str = ""  # ISO 8601
    updated_at: str = ""
    case_reference: str = ""  # kept encrypted by storage; never in the anonymised summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT,
            "record_id": self.record_id,
            "form_id": self.form_id,
            "form_version": self.form_version,
            "answers": self.answers,
            "overrides": self.overrides,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "case_reference": self.case_reference,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScreeningRecord:
        return cls(
            record_id=str(data["record_id"]),
            form_id=str(data["form_id"]),
            form_version=str(data["form_version"]),
            answers=dict(data.get("answers") or {}),
            overrides={k: dict(v) for k, v in (data.get("overrides") or {}).items()},
            created_at=str(data.get("created_at", "")),
            updated_at=str(data.get("updated_at", "")),
            case_reference=str(data.get("case_reference", "")),
        )


def new_record(
    form: FormDefinition, *, case_reference: str = "", now: dt.datetime | None = None
) -> ScreeningRecord:
    stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    return ScreeningRecord(
        record_id=str(uuid.uuid4()),
        form_id=form.id,
        form_version=form.version,
        created_at=stamp,
        updated_at=stamp,
        case_reference=case_reference,
    )


def record_date(
    form: FormDefinition, record: ScreeningRecord, finalised_at: dt.datetime | None = None
) -> dt.date | None:
    """The date a finished record is evaluated on (what ``today()`` stands for in its form).

    That is its screening date (the form's ``summary_date_item``), but never later than the local day it was
    finished; the day it was finished when there is no screening date; ``None`` (today) when neither is known.
    Evaluating a finished record on this date keeps its flags and checks as they were when it was completed,
    however long afterwards it is opened or printed.
    """
    finished: dt.date | None = None
    if finalised_at is not None:
        aware = finalised_at if finalised_at.tzinfo is not None else finalised_at.replace(tzinfo=dt.UTC)
        finished = aware.astimezone().date()
    screening: dt.date | None = None
    if form.summary_date_item:
        raw = record.answers.get(form.summary_date_item)
        if isinstance(raw, str):
            try:
                screening = dt.date.fromisoformat(raw)
            except ValueError:
                screening = None
    if screening is None:
        return finished
    return min(screening, finished) if finished is not None else screening


def evaluate_record(
    form: FormDefinition, record: ScreeningRecord, *, today: dt.date | None = None
) -> Evaluation:
    """Evaluate a record with the exact form version it was filled with.

    ``today`` is the date ``today()`` stands for: leave it out for a draft; for a finished record pass
    :func:`record_date`.
    """
    if (form.id, form.version) != (record.form_id, record.form_version):
        raise FormVersionMismatch(
            tr("record {record} was filled with form '{form}' version {version}, not '{other}' version "
               "{other_version}").format(record=record.record_id, form=record.form_id, version=record.form_version,
                                         other=form.id, other_version=form.version)
        )
    return evaluate_answers(form, record.answers, today=today, overrides=record.overrides)
