"""The engine's strictness (issue 11, point 6): an answer for a question the form does not have is an error
naming it, a form path may be text, a yes/no question takes only yes or no; and the form features that came
with version 2 (unknown_conditions, summary_title, summary_date_label) are checked when a form is loaded."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from screening_helpers import BUNDLED_DIR, TODAY, low_risk_answers

from nps_trainer.screening import (
    FormLibrary,
    evaluate_answers,
    load_form,
    new_record,
    render_summary_html,
    validate_forms,
)
from nps_trainer.screening.loader import load_form_file, load_form_text
from nps_trainer.screening.model import FormDefinition

TINY = """\
id: tiny
version: "1"
title: Tiny
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses anything?}
flags:
  - id: uses_flag
    severity: info
    title: Uses
    when: uses
    explanation: Uses something.
    action: Talk.
"""


def ev(form: FormDefinition, **changes):
    return evaluate_answers(form, {**low_risk_answers(), **changes}, today=TODAY)


# ------------------------------------------------------------------ answers for questions the form does not have


def test_an_answer_for_a_question_the_form_does_not_have_is_an_error_naming_it(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, injecting_evr="never")
    assert evaluation.unknown_answers == ["injecting_evr"]
    assert evaluation.errors["injecting_evr"] == [
        "This form (nps-screening version 2) has no question 'injecting_evr', so this answer cannot be used."]
    assert not evaluation.complete  # it cannot be finished as if nothing were wrong
    assert "injecting_evr" not in evaluation.answers


def test_a_question_from_inside_a_group_given_on_its_own_is_an_error(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, category="heroin")
    assert evaluation.errors["category"] == [
        "'category' is a question inside 'substances' (Substances used); its answer belongs in an entry of "
        "'substances', not on its own."]


def test_an_unknown_answer_inside_an_entry_is_an_error_at_its_path(nps_form: FormDefinition) -> None:
    rows = [{"category": "cannabis", "last_used": "past_week", "days_used_28": 4, "routes": ["smoked"],
             "colour": "green"}]
    evaluation = ev(nps_form, substances=rows)
    assert evaluation.unknown_answers == ["substances[0].colour"]
    assert evaluation.errors["substances[0].colour"] == [
        "'Substances used' has no question 'colour', so this answer in entry 1 cannot be used."]


def test_the_summary_says_which_answers_were_not_used(nps_form: FormDefinition) -> None:
    record = new_record(nps_form, case_reference="X1")
    record.answers = {**low_risk_answers(), "not_a_question": 3}
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", render_summary_html(
        nps_form, record, for_drug_service=False, today=TODAY))).split())
    assert "Answers for questions this form does not have were not used: not_a_question." in text


def test_known_answers_alone_give_no_unknown_answer_errors(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form)
    assert evaluation.unknown_answers == [] and evaluation.errors == {} and evaluation.complete


# ------------------------------------------------------------------ form paths as text


def test_a_form_path_may_be_text_as_well_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    assert load_form(str(path)).key == load_form(path).key == ("tiny", "1")
    assert load_form_file(str(path)).form is not None
    assert load_form_text(TINY, str(path)).problems == []
    assert validate_forms(str(tmp_path)) == validate_forms(tmp_path) == []
    assert FormLibrary.load(str(BUNDLED_DIR)).get("nps-screening", "1").version == "1"


def test_a_problem_in_a_form_given_by_text_path_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(TINY.replace("title: Tiny\n", "title: Tiny\ncolour: blue\n"), encoding="utf-8")
    problems = [str(p) for p in validate_forms(str(tmp_path))]
    assert problems == [f"{path}:4: form: unknown key 'colour' (allowed: calculations, choice_lists, description, "
                        "figures, flags, id, sections, share_consent, summary_date_item, summary_date_label, "
                        "summary_title, title, unknown_conditions, version)"]
    assert validate_forms(str(tmp_path / "missing"))[0].message == "screening form folder not found"


# ------------------------------------------------------------------ yes/no questions take only yes or no


@pytest.mark.parametrize(("raw", "shown"), [("yes", "'yes'"), ("No", "'No'"), (1, "1"), ("maybe", "'maybe'")])
def test_a_yes_no_question_takes_only_yes_or_no_and_says_so(raw: object, shown: str) -> None:
    form = load_form_text(TINY, Path("tiny.yaml")).form
    assert form is not None
    evaluation = evaluate_answers(form, {"uses": raw}, today=TODAY)
    assert evaluation.errors == {"uses": [
        f"Answer yes or no: {shown} is not a yes/no answer (a yes/no question takes only true or false)."]}
    assert evaluation.flag_ids == []  # text is never read as yes


def test_true_and_false_are_a_yes_no_questions_own_answers() -> None:
    form = load_form_text(TINY, Path("tiny.yaml")).form
    assert form is not None
    assert evaluate_answers(form, {"uses": True}, today=TODAY).flag_ids == ["uses_flag"]
    assert evaluate_answers(form, {"uses": False}, today=TODAY).errors == {}


def test_text_yes_no_answers_in_the_bundled_form_raise_no_flag(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, children_contact="yes", safe_storage="no")
    assert "unsafe_storage" not in evaluation.flag_ids
    assert "children_contact" in evaluation.errors


# ------------------------------------------------------------------ the form keys that came with version 2


def test_unknown_conditions_must_be_hide_or_keep_answered() -> None:
    result = load_form_text(TINY.replace('version: "1"\n', 'version: "1"\nunknown_conditions: keep\n'),
                            Path("tiny.yaml"))
    assert [str(p) for p in result.problems] == [
        "tiny.yaml:3: form: unknown_conditions must be one of hide, keep_answered, not 'keep'"]


def test_summary_title_and_date_label_come_from_the_form_with_defaults() -> None:
    plain = load_form_text(TINY, Path("tiny.yaml")).form
    assert plain is not None and plain.unknown_conditions == "hide"
    assert (plain.summary_title, plain.summary_date_label) == ("Substance use screening summary", "Screening date")
    own = load_form_text(TINY.replace('version: "1"\n', 'version: "1"\nsummary_title: Tiny checklist\n'
                                      'summary_date_label: Checklist date\n'), Path("tiny.yaml")).form
    assert own is not None
    assert (own.summary_title, own.summary_date_label) == ("Tiny checklist", "Checklist date")


@pytest.mark.parametrize(("name", "title"), [("drr-suitability.yaml", "DRR suitability and consent checklist"),
                                             ("release-handover.yaml", "Release and treatment handover checklist")])
def test_the_checklists_summaries_read_as_checklists(name: str, title: str) -> None:
    form = load_form(BUNDLED_DIR / name)
    record = new_record(form, case_reference="X1")
    record.answers = {"checklist_date": "2025-03-10"}
    text = render_summary_html(form, record, for_drug_service=False, today=TODAY)
    assert f"<h1>{title}</h1>" in text and f"<title>{title}</title>" in text
    assert "Checklist date: 10 March 2025<br>" in text
    assert "Screening date" not in text and "Substance use screening summary" not in text
