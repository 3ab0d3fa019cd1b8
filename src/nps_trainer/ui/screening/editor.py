"""The open screening: its answers and evaluation, and every change saved through the store (Qt-free)."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from ...identity.crypto import Keyring
from ...screening import (
    Evaluation,
    FormDefinition,
    ScreeningRecord,
    add_instance,
    evaluate_record,
    override_flag,
    record_date,
    remove_instance,
    set_answer,
)
from ...screening_records import AmendmentView, OpenedRecord, ScreeningStore
from ...screening_records.store import DRAFT


@dataclass(frozen=True)
class UnsavedWork:
    """Answers not saved yet (an open amendment, or a draft whose save failed), kept through a lock without the
    keyring and restored into the record freshly opened after unlocking."""

    record_id: int
    answers: dict[str, Any]
    overrides: dict[str, dict[str, str]]
    amendment_reason: str | None


class RecordEditor:
    def __init__(self, store: ScreeningStore, profile_id: int, keyring: Keyring, opened: OpenedRecord,
                 practitioner: str) -> None:
        self.store = store
        self.profile_id = profile_id
        self.keyring = keyring
        self.opened = opened
        self.practitioner = practitioner
        self.amendment_reason: str | None = None
        self.evaluation: Evaluation = evaluate_record(opened.form, opened.record, today=self.evaluation_date)

    @property
    def record(self) -> ScreeningRecord:
        return self.opened.record

    @property
    def form(self) -> FormDefinition:
        return self.opened.form

    @property
    def is_draft(self) -> bool:
        return self.opened.status == DRAFT

    @property
    def amending(self) -> bool:
        return self.amendment_reason is not None

    @property
    def editable(self) -> bool:
        return self.is_draft or self.amending

    @property
    def evaluation_date(self) -> dt.date | None:
        """The date the form's today() stands for: for a finished record its screening date (or the day it was
        finished), so its flags and checks stay as they were; ``None`` (today) for a draft or an open amendment,
        whose new answers are checked against today (for example 'not in the future')."""
        if self.editable:
            return None
        return record_date(self.form, self.record, self.opened.finalised_at)

    # -- changes ----------------------------------------------------------------------------------------------
    def _evaluate(self) -> Evaluation:
        self.evaluation = evaluate_record(self.form, self.record, today=self.evaluation_date)
        return self.evaluation

    def set(self, path: str, value: Any) -> Evaluation:
        self.record.answers = set_answer(self.record.answers, path, value)
        return self._evaluate()

    def add_instance(self, group_id: str) -> int:
        self.record.answers, index = add_instance(self.record.answers, group_id)
        self._evaluate()
        return index

    def remove_instance(self, group_id: str, index: int) -> None:
        self.record.answers = remove_instance(self.record.answers, group_id, index)
        self._evaluate()

    def override(self, flag_id: str, reason: str) -> None:
        """Raises OverrideReasonRequired for a missing or short reason."""
        self.record.overrides = override_flag(self.record.overrides, flag_id, reason, by=self.practitioner)
        self._evaluate()

    # -- saving -----------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the draft (amendments are saved only with their reason, by :meth:`save_amendment`)."""
        if self.is_draft:
            self.store.save_draft(self.profile_id, self.keyring, self.record, self.evaluation)

    def finish(self) -> None:
        self.store.finalise(self.profile_id, self.keyring, self.record)
        self.reload()

    def start_amendment(self, reason: str) -> None:
        self.amendment_reason = reason

    def save_amendment(self) -> AmendmentView:
        """Raises ValueError when nothing changed (the amendment stays open)."""
        assert self.amendment_reason is not None
        view = self.store.amend(self.profile_id, self.keyring, self.record, self.amendment_reason)
        self.amendment_reason = None
        self.reload()
        return view

    def cancel_amendment(self) -> None:
        self.amendment_reason = None
        self.reload()

    # -- keeping unsaved work through a lock ---------------------------------------------------------------------
    def unsaved_work(self) -> UnsavedWork:
        return UnsavedWork(self.opened.id, copy.deepcopy(self.record.answers), copy.deepcopy(self.record.overrides),
                           self.amendment_reason)

    def restore(self, work: UnsavedWork) -> None:
        """Put back answers kept through a lock (an amendment only on a finished record, as before)."""
        if work.record_id != self.opened.id:
            raise ValueError("kept answers belong to another screening")
        if work.amendment_reason is not None and not self.is_draft:
            self.amendment_reason = work.amendment_reason
        elif not self.is_draft:
            return
        self.record.answers = copy.deepcopy(work.answers)
        self.record.overrides = copy.deepcopy(work.overrides)
        self._evaluate()

    def reload(self) -> None:
        self.opened = self.store.open(self.profile_id, self.keyring, self.opened.id)
        self._evaluate()
