"""The encrypted screening record store, pinned where mutation testing found it loose: the exact refusals, the
audit entries each action leaves, what is kept in plain for the caseload figures, the list's filters and order,
and the comparison behind an amendment."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from nps_trainer.audit import AuditLog
from nps_trainer.clock import utcnow
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF, Keyring
from nps_trainer.identity.keys import ForeignKeyring
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary, ScreeningRecord, evaluate_record, set_answer
from nps_trainer.screening_records import (
    AmendmentView,
    OpenedRecord,
    RecordDamaged,
    RecordFinalised,
    RecordListRow,
    RecordNotFound,
    ScreeningStore,
)
from nps_trainer.screening_records.changes import changes_between, flatten
from nps_trainer.screening_records.store import UNREADABLE_AMENDMENT, _local_midnight
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import ScreeningAmendment
from nps_trainer.storage.models import ScreeningRecord as RecordRow

PASSPHRASE = "amber kettle over the moor"
FORM = "nps-screening"


@dataclass
class Env:
    db: Database
    audit: AuditLog
    keys: KeyStore
    store: ScreeningStore
    profile_id: int
    keyring: Keyring


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> Iterator[Env]:
    db = open_database(database_url, tmp_path / "backups")
    audit = AuditLog(db)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    profile = ProfileService(db).create("Sam", "practitioner")
    yield Env(db, audit, keys, store, profile.id, keys.set_passphrase(profile.id, PASSPHRASE))
    db.close()


def _fill(record: ScreeningRecord, **answers: object) -> ScreeningRecord:
    for path, value in answers.items():
        record.answers = set_answer(record.answers, path, value)
    return record


def _row(env: Env, record_id: int) -> RecordRow:
    with env.db.session() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        return row


def _record_entries(env: Env) -> list[tuple[int | None, str, str | None, str]]:
    return [(e.profile_id, e.action, e.object_id, e.detail) for e in env.audit.entries(object_type="screening_record")]


def _other(env: Env, name: str = "Alex") -> tuple[int, Keyring]:
    other = ProfileService(env.db).create(name, "practitioner")
    return other.id, env.keys.set_passphrase(other.id, "another long passphrase here")


# -- creating -----------------------------------------------------------------------------------------------

def test_a_case_reference_is_required_and_at_most_forty_characters(env: Env) -> None:
    with pytest.raises(ValueError) as refused:
        env.store.create(env.profile_id, env.keyring, FORM, "   \t ")
    assert str(refused.value) == "Enter a case reference (for example the case's CRN). No name is needed."
    with pytest.raises(ValueError) as refused:
        env.store.create(env.profile_id, env.keyring, FORM, "X" * 41)
    assert str(refused.value) == "The case reference is too long: at most 40 characters."
    longest = env.store.create(env.profile_id, env.keyring, FORM, "  " + "Y" * 20 + "   " + "Z" * 19 + " ")
    assert longest.record.case_reference == "Y" * 20 + " " + "Z" * 19
    assert [r.case_reference for r in env.store.list(env.profile_id, env.keyring)] == [longest.record.case_reference]


def test_a_new_record_is_a_draft_of_the_latest_form_with_its_plain_counts(env: Env) -> None:
    before = utcnow()
    opened = env.store.create(env.profile_id, env.keyring, FORM, "CRN 1")
    form = env.store.forms.latest(FORM)
    assert isinstance(opened, OpenedRecord)
    assert (opened.status, opened.finalised_at, opened.amendments, opened.read_only) == ("draft", None, [], False)
    assert opened.form == form and opened.record.form_id == FORM and opened.record.form_version == form.version
    assert opened.record.record_id == str(opened.id)
    assert opened.record.created_at == opened.created_at.isoformat(timespec="seconds")
    assert opened.record.case_reference == "CRN 1" and opened.record.answers == {}
    assert before <= opened.created_at <= utcnow()
    row = _row(env, opened.id)
    assert (row.profile_id, row.form_id, row.form_version, row.status) == (env.profile_id, FORM, form.version, "draft")
    assert row.created_at == opened.created_at and row.finalised_at is None
    assert row.month == opened.created_at.astimezone().strftime("%Y-%m")
    assert row.flags == [] and isinstance(row.categories, dict)
    assert row.case_ref_index == env.keyring.blind_index("CRN 1")
    assert b"CRN 1" not in (row.case_ref_cipher or b"")
    assert _record_entries(env) == [(env.profile_id, "create", str(opened.id), "")]


def test_only_the_profiles_own_keys_can_create_open_list_or_save(env: Env) -> None:
    other_id, other_keyring = _other(env)
    opened = env.store.create(env.profile_id, env.keyring, FORM, "A1")
    for attempt in (
        lambda: env.store.create(env.profile_id, other_keyring, FORM, "A2"),
        lambda: env.store.open(env.profile_id, other_keyring, opened.id),
        lambda: env.store.list(env.profile_id, other_keyring),
        lambda: env.store.save_draft(env.profile_id, other_keyring, opened.record),
        lambda: env.store.finalise(env.profile_id, other_keyring, opened.record),
    ):
        with pytest.raises(ForeignKeyring):
            attempt()
    assert [r.id for r in env.store.list(env.profile_id, env.keyring)] == [opened.id]
    assert env.store.list(other_id, other_keyring) == []


def test_another_profiles_record_is_not_found_by_number(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "A1")
    other_id, other_keyring = _other(env)
    with pytest.raises(RecordNotFound) as missing:
        env.store.open(other_id, other_keyring, opened.id)
    assert str(missing.value) == f"No screening record {opened.id} for this profile."
    with pytest.raises(RecordNotFound) as missing:
        env.store.save_draft(other_id, other_keyring, opened.record)
    assert str(missing.value) == f"No screening record {opened.id} for this profile."
    with pytest.raises(RecordNotFound) as missing:
        env.store.open(env.profile_id, env.keyring, opened.id + 1000)
    assert str(missing.value) == f"No screening record {opened.id + 1000} for this profile."
    opened.record.record_id = str(opened.id + 1000)
    with pytest.raises(RecordNotFound) as missing:
        env.store.finalise(env.profile_id, env.keyring, opened.record)
    assert str(missing.value) == f"No screening record {opened.id + 1000} for this profile."


# -- saving, finishing and amending -------------------------------------------------------------------------

# yes/no answers are true or false: text such as "yes" is an error, never read as yes (issue 11, point 6)
RELEASED = {"any_use_past_year": True, "substances[0].category": "heroin", "recent_release": True,
            "naloxone_held": False}


def test_a_draft_keeps_the_counts_of_the_evaluation_it_was_given(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "B1")
    record = _fill(opened.record, **RELEASED)
    form = env.store.form_of(_row(env, opened.id))
    env.store.save_draft(env.profile_id, env.keyring, record)
    flags = _row(env, opened.id).flags
    assert flags  # evaluated here when no evaluation is given
    plain = _fill(env.store.create(env.profile_id, env.keyring, FORM, "B2").record, any_use_past_year="no")
    given = evaluate_record(form, plain)
    env.store.save_draft(env.profile_id, env.keyring, record, given)  # an evaluation of other answers: used as is
    row = _row(env, opened.id)
    assert row.flags == sorted(f.id for f in given.flags) != flags
    assert env.store.open(env.profile_id, env.keyring, opened.id).record.answers == record.answers


def test_a_finished_record_refuses_changes_with_what_to_do(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "C1")
    record = _fill(opened.record, any_use_past_year="yes")
    before = utcnow()
    env.store.finalise(env.profile_id, env.keyring, record)
    row = _row(env, opened.id)
    assert row.status == "final" and before <= row.finalised_at <= utcnow()
    for attempt in (env.store.save_draft, env.store.finalise):
        with pytest.raises(RecordFinalised) as refused:
            attempt(env.profile_id, env.keyring, record)
        assert str(refused.value) == ("This screening is finished and read-only. To correct it, add an amendment "
                                      "with a reason.")
    reopened = env.store.open(env.profile_id, env.keyring, opened.id)
    assert reopened.read_only and reopened.status == "final" and reopened.finalised_at == row.finalised_at
    assert reopened.record.answers["any_use_past_year"] == "yes"
    assert _record_entries(env)[1] == (env.profile_id, "finalise", str(opened.id), "")


def test_finishing_saves_the_last_answers(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "C2")
    env.store.finalise(env.profile_id, env.keyring, _fill(opened.record, **RELEASED))
    assert _row(env, opened.id).flags
    assert env.store.open(env.profile_id, env.keyring, opened.id).record.answers["naloxone_held"] is False


def test_an_amendment_needs_a_reason_of_ten_characters_a_finished_record_and_a_change(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "D1")
    record = _fill(opened.record, any_use_past_year="yes")
    with pytest.raises(ValueError) as refused:
        env.store.amend(env.profile_id, env.keyring, record, "Corrected, checked")
    assert str(refused.value) == "A draft can be changed directly; amendments are for finished screenings."
    env.store.finalise(env.profile_id, env.keyring, record)
    with pytest.raises(ValueError) as refused:
        env.store.amend(env.profile_id, env.keyring, record, "  123456789   ")
    assert str(refused.value) == "Give the reason for the amendment (at least 10 characters)."
    with pytest.raises(ValueError) as refused:
        env.store.amend(env.profile_id, env.keyring, record, "Nothing to change here")
    assert str(refused.value) == "Nothing has changed, so there is nothing to amend."
    record = _fill(record, any_use_past_year="no", naloxone_held="yes")
    before = utcnow()
    amendment = env.store.amend(env.profile_id, env.keyring, record, "  1234567890  ")
    assert isinstance(amendment, AmendmentView)
    assert amendment.reason == "1234567890" and amendment.profile_id == env.profile_id
    assert before <= amendment.at <= utcnow()
    assert amendment.changes == [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"},
                                 {"path": "answers.naloxone_held", "before": None, "after": "yes"}]
    assert _record_entries(env)[-1] == (env.profile_id, "amend", str(opened.id), "2 change(s)")
    reopened = env.store.open(env.profile_id, env.keyring, opened.id)
    assert reopened.record.answers["any_use_past_year"] == "no"  # the amended answers are the record's now
    [shown] = reopened.amendments
    assert shown == AmendmentView(shown.at, env.profile_id, "1234567890", amendment.changes)
    assert abs(shown.at - amendment.at) < timedelta(seconds=1)
    with env.db.session() as session:
        [row] = session.scalars(select(ScreeningAmendment)).all()
        assert row.record_id == opened.id and row.profile_id == env.profile_id
        assert b"1234567890" not in row.reason_cipher and b"naloxone" not in row.changes_cipher


def test_an_amendment_with_its_text_moved_to_another_record_no_longer_reads(env: Env) -> None:
    first = env.store.create(env.profile_id, env.keyring, FORM, "E1")
    second = env.store.create(env.profile_id, env.keyring, FORM, "E2")
    for opened in (first, second):
        record = _fill(opened.record, any_use_past_year="yes")
        env.store.finalise(env.profile_id, env.keyring, record)
        env.store.amend(env.profile_id, env.keyring, _fill(record, any_use_past_year="no"), "Checked with the case")
    with env.db.session() as session:
        session.execute(update(ScreeningAmendment).where(ScreeningAmendment.record_id == first.id)
                        .values(record_id=second.id))
    shown = env.store.open(env.profile_id, env.keyring, second.id).amendments
    assert sorted(a.reason for a in shown) == ["Checked with the case", UNREADABLE_AMENDMENT]
    assert sorted(len(a.changes) for a in shown) == [0, 1]


# -- opening, listing and exporting -------------------------------------------------------------------------

def test_an_opened_record_has_its_times_to_the_second_and_is_audited(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "F1")
    with env.db.session() as session:
        session.execute(update(RecordRow).values(
            created_at=datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=UTC),
            updated_at=datetime(2026, 3, 5, 6, 7, 8, 120000, tzinfo=UTC)))
    again = env.store.open(env.profile_id, env.keyring, opened.id)
    assert again.record.created_at == "2026-03-04T05:06:07+00:00"
    assert again.record.updated_at == "2026-03-05T06:07:08+00:00"
    assert again.created_at == datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=UTC)
    assert again.record.case_reference == "F1" and again.record.record_id == str(opened.id)
    assert again.record.overrides == {} and again.form == env.store.forms.latest(FORM)
    assert _record_entries(env)[-1] == (env.profile_id, "open", str(opened.id), "")


def test_an_export_is_noted_in_the_audit_log(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "G1")
    env.store.record_export(env.profile_id, opened.id, "summary PDF for the case record")
    assert _record_entries(env)[-1] == (env.profile_id, "export", str(opened.id), "summary PDF for the case record")
    [entry] = env.audit.entries(object_type="screening_record", object_id=str(opened.id))[-1:]
    assert entry.action == "export"
    assert env.audit.verify() == []


def test_the_list_is_newest_first_with_every_field(env: Env) -> None:
    first = env.store.create(env.profile_id, env.keyring, FORM, "H1")
    second = env.store.create(env.profile_id, env.keyring, FORM, "H2")
    third = env.store.create(env.profile_id, env.keyring, FORM, "H3")
    same = utcnow() - timedelta(hours=1)
    with env.db.session() as session:  # two saved at the same moment: the later record first
        session.execute(update(RecordRow).where(RecordRow.id.in_([first.id, third.id])).values(updated_at=same))
    env.store.finalise(env.profile_id, env.keyring, _fill(second.record, **RELEASED))
    rows = env.store.list(env.profile_id, env.keyring)
    assert [r.id for r in rows] == [second.id, third.id, first.id]
    top = rows[0]
    assert isinstance(top, RecordListRow)
    row = _row(env, second.id)
    assert top == RecordListRow(second.id, "H2", "final", row.created_at, row.updated_at, row.finalised_at,
                                tuple(row.flags), FORM, row.form_version)
    assert top.flags and rows[1].flags == () and rows[1].finalised_at is None and rows[1].status == "draft"


def test_the_list_filters_combine(env: Env) -> None:
    draft = env.store.create(env.profile_id, env.keyring, FORM, "J 1")
    final = env.store.create(env.profile_id, env.keyring, FORM, "J2")
    env.store.finalise(env.profile_id, env.keyring, _fill(final.record, **RELEASED))
    flag = _row(env, final.id).flags[0]
    assert [r.id for r in env.store.list(env.profile_id, env.keyring, case_reference="  ")] == [final.id, draft.id]
    assert [r.id for r in env.store.list(env.profile_id, env.keyring, case_reference="j1")] == [draft.id]
    assert [r.id for r in env.store.list(env.profile_id, env.keyring, status="draft")] == [draft.id]
    assert [r.id for r in env.store.list(env.profile_id, env.keyring, flag=flag)] == [final.id]
    newest = env.store.create(env.profile_id, env.keyring, FORM, "J3")  # listed first, without the flag
    assert env.store.list(env.profile_id, env.keyring)[0].id == newest.id
    assert [r.id for r in env.store.list(env.profile_id, env.keyring, flag=flag)] == [final.id]
    assert env.store.list(env.profile_id, env.keyring, flag=flag, status="draft") == []
    assert env.store.list(env.profile_id, env.keyring, flag="no-such-flag") == []


def test_the_list_filters_by_local_calendar_day_inclusive(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "K1")
    day = date(2026, 5, 10)
    with env.db.session() as session:  # made at the very start of a local day
        session.execute(update(RecordRow).values(created_at=_local_midnight(day)))
    assert _local_midnight(day) == datetime(2026, 5, 10).astimezone() and _local_midnight(day).tzinfo is not None

    def listed(**dates: date) -> list[int]:
        return [r.id for r in env.store.list(env.profile_id, env.keyring, **dates)]

    assert listed(date_from=day) == [opened.id] and listed(date_to=day) == [opened.id]
    assert listed(date_from=day, date_to=day) == [opened.id]
    assert listed(date_from=day + timedelta(days=1)) == []
    assert listed(date_to=day - timedelta(days=1)) == []
    with env.db.session() as session:  # the last moment of the day
        session.execute(update(RecordRow).values(created_at=_local_midnight(day + timedelta(days=1))
                                                 - timedelta(microseconds=1)))
    assert listed(date_to=day) == [opened.id] and listed(date_from=day + timedelta(days=1)) == []


# -- what an amendment changed ------------------------------------------------------------------------------

def test_answers_are_flattened_path_by_path() -> None:
    assert flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}}) == {"a": 1, "b.c": 2, "b.d.e": 3}
    assert flatten({"rows": [{"x": 1}, {"x": 2, "y": {"z": 3}}]}) == {"rows[0].x": 1, "rows[1].x": 2,
                                                                       "rows[1].y.z": 3}
    assert flatten({"routes": ["smoked", "oral"], "empty": [], "mixed": [{"x": 1}, 2]}) == {
        "routes": ["smoked", "oral"], "empty": [], "mixed": [{"x": 1}, 2]}
    assert flatten({1: "one"}) == {"1": "one"}
    assert flatten("plain") == {"": "plain"}
    assert flatten([{"a": 1}], "top") == {"top[0].a": 1}


def test_changes_are_listed_in_path_order_with_both_values() -> None:
    before = {"answers": {"b": 1, "a": "x", "same": True, "gone": 5}, "overrides": {}}
    after = {"answers": {"b": 2, "a": "x", "same": True, "new": [1]}, "overrides": {"f": "no"}}
    assert changes_between(before, after) == [
        {"path": "answers.b", "before": 1, "after": 2},
        {"path": "answers.gone", "before": 5, "after": None},
        {"path": "answers.new", "before": None, "after": [1]},
        {"path": "overrides.f", "before": None, "after": "no"},
    ]
    assert changes_between(before, before) == []


# -- protection -------------------------------------------------------------------------------------------

def test_a_record_finished_elsewhere_while_saving_is_not_written_over(env: Env) -> None:
    """The record is read locked for writing: a draft saved while another program finishes it waits, then
    sees it finished, instead of overwriting the finished answers."""
    opened = env.store.create(env.profile_id, env.keyring, FORM, "L1")
    record = _fill(opened.record, any_use_past_year="yes")
    outcome: list[BaseException | None] = []

    def save() -> None:
        try:
            env.store.save_draft(env.profile_id, env.keyring, record)
            outcome.append(None)
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)

    with env.db.session() as session:  # another program finishing the record
        row = session.get(RecordRow, opened.id, with_for_update=True)
        assert row is not None
        row.status = "final"
        session.flush()
        saver = threading.Thread(target=save)
        saver.start()
        time.sleep(0.5)
    saver.join(timeout=30)
    [result] = outcome
    assert isinstance(result, RecordFinalised)
    assert "any_use_past_year" not in env.store.open(env.profile_id, env.keyring, opened.id).record.answers


def test_a_record_whose_encrypted_case_reference_was_removed_is_listed_as_damaged(env: Env) -> None:
    kept = env.store.create(env.profile_id, env.keyring, FORM, "M0")
    opened = env.store.create(env.profile_id, env.keyring, FORM, "M1")
    with env.db.session() as session:
        session.execute(update(RecordRow).where(RecordRow.id == opened.id).values(case_ref_cipher=None))
    rows = {row.id: row for row in env.store.list(env.profile_id, env.keyring)}
    assert (rows[opened.id].case_reference, rows[opened.id].damaged) == ("", True)
    assert (rows[kept.id].case_reference, rows[kept.id].damaged) == ("M0", False)
    with pytest.raises(RecordDamaged) as damaged:
        env.store.open(env.profile_id, env.keyring, opened.id)
    assert damaged.value.record_id == opened.id


def test_flag_overrides_are_kept_with_the_answers_and_amended_like_them(env: Env) -> None:
    opened = env.store.create(env.profile_id, env.keyring, FORM, "N1")
    record = _fill(opened.record, **RELEASED)
    override = {"reason": "Known to the team, naloxone given today", "by": "Sam", "at": "2026-06-01"}
    record.overrides = {"no_naloxone": dict(override)}
    env.store.save_draft(env.profile_id, env.keyring, record)
    assert env.store.open(env.profile_id, env.keyring, opened.id).record.overrides == {"no_naloxone": override}
    env.store.finalise(env.profile_id, env.keyring, record)
    record.overrides = {}
    amendment = env.store.amend(env.profile_id, env.keyring, record, "Override taken back on review")
    assert [c["path"] for c in amendment.changes] == ["overrides.no_naloxone.at", "overrides.no_naloxone.by",
                                                      "overrides.no_naloxone.reason"]
    assert env.store.open(env.profile_id, env.keyring, opened.id).record.overrides == {}
    record.overrides = {"no_naloxone": dict(override)}
    record = _fill(record, naloxone_held="yes")
    again = env.store.amend(env.profile_id, env.keyring, record, "Override given again, and naloxone now held")
    assert [c["path"] for c in again.changes] == ["answers.naloxone_held", "overrides.no_naloxone.at",
                                                  "overrides.no_naloxone.by", "overrides.no_naloxone.reason"]
    record = _fill(record, notes="Seen again")
    last = env.store.amend(env.profile_id, env.keyring, record, "A note added after the visit")
    assert [c["path"] for c in last.changes] == ["answers.notes"]  # the override, unchanged, is no change


def test_a_record_saved_without_answers_or_overrides_opens_with_none(env: Env) -> None:
    """The encrypted payload may lack a part (saved by an earlier build, or empty): it opens as empty."""
    opened = env.store.create(env.profile_id, env.keyring, FORM, "P1")
    rid = str(opened.id)
    record_keyring = env.store.record_keyring(env.profile_id, env.keyring, opened.id)
    with env.db.session() as session:
        session.execute(update(RecordRow).where(RecordRow.id == opened.id).values(
            answers_cipher=record_keyring.encrypt_json({}, record_id=rid, field="answers").encode("ascii")))
    record = env.store.open(env.profile_id, env.keyring, opened.id).record
    assert record.answers == {} and record.overrides == {}
