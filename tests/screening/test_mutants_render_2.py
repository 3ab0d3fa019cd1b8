"""The printed summary's own words, the screening date it gives, and how answers and calculated values read.

Written from the mutation-testing survivors (issue 14). Each test loads its own small form with the real loader
and renders the real Jinja template; Welsh comes from the real catalogue under translations/cy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.i18n.dates import long_date
from nps_trainer.paths import translations_dir
from nps_trainer.screening.answers import DECLINED
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.display import display_calculated
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.record import ScreeningRecord
from nps_trainer.screening.render import render_summary_html, screening_date_text
from nps_trainer.screening.translation import localised

MINI = """\
id: mini
version: "1"
title: Mini screening
unknown_conditions: keep_answered
summary_date_item: seen_on
share_consent: consent == 'yes'
sections:
  - id: first
    title: First part
    items:
      - {id: seen_on, type: date, label: Date seen}
      - id: consent
        type: single_choice
        label: Consent to share
        choices: [{id: 'yes', label: 'Yes'}, {id: 'no', label: 'No'}]
      - {id: uses, type: yes_no, label: Uses anything?}
      - {id: what, type: text, label: What they use, visible_if: uses == true}
      - {id: needed, type: text, label: Something required, required: true}
  - id: second
    title: Second part
    items:
      - {id: mood, type: text, label: Mood today, required: true}
flags:
  - id: uses_flag
    severity: amber
    title: Uses something
    when: uses == true
    explanation: They use something.
    action: Talk it through.
"""

PRODUCED = dt.date(2025, 3, 12)


def _form(text: str = MINI) -> FormDefinition:
    result = load_form_text(text, Path("mini.yaml"))
    assert result.problems == [] and result.form is not None, result.problems
    return result.form


def _record(answers: dict[str, object], **fields: object) -> ScreeningRecord:
    record = ScreeningRecord("r-1", "mini", "1", answers=answers, created_at="2025-03-10T09:00:00+00:00")
    for key, value in fields.items():
        setattr(record, key, value)
    return record


def _summary(form: FormDefinition, record: ScreeningRecord, *, for_drug_service: bool = False) -> str:
    return render_summary_html(form, record, for_drug_service=for_drug_service, today=PRODUCED)


def test_what_was_skipped_unfinished_and_unknown_is_said_in_the_summary() -> None:
    form = _form()
    html = _summary(form, _record({"seen_on": "2025-03-10", "uses": DECLINED, "ghost": 1, "phantom": "x"}))
    assert '<p class="notice">Not yet complete: First part, Second part.</p>' in html
    assert ('<p class="notice"><strong>Skipped because an answer was declined or not known.</strong> Answers '
            'already given are kept and shown below.</p>') in html
    # a question, not a section, so not called one
    assert "<li>What they use: not asked, because: Uses anything? Declined to answer</li>" in html
    assert "(section)" not in html
    assert ('<p class="notice">Answers for questions this form does not have were not used: ghost, phantom.</p>'
            in html)
    assert "<p>No flags were raised by the answers recorded.</p>" in html


def test_an_override_without_name_or_time_is_shown_to_each_audience() -> None:
    form = _form()
    answers = {"seen_on": "2025-03-10", "consent": "yes", "uses": True, "what": "Cannabis", "needed": "x",
               "mood": "Fine"}
    overrides = {"uses_flag": {"reason": "Known to the team & agreed", "by": "", "at": ""}}
    probation = _summary(form, _record(answers, overrides=overrides))
    assert ("<tr><td><strong>Overridden by practitioner</strong>: Known to the team &amp; agreed</td></tr>"
            in probation)
    drug_service = _summary(form, _record(answers, overrides=overrides), for_drug_service=True)
    assert ("<tr><td><strong>Overridden by practitioner</strong>. The reason is free text and stays in the "
            "probation record.</td></tr>") in drug_service
    assert "Known to the team" not in drug_service


def test_a_summary_of_an_unreviewed_translation_says_so(tmp_path: Path) -> None:
    (tmp_path / "mini.yaml").write_text(MINI, encoding="utf-8")
    (tmp_path / "mini.cy.yaml").write_text('form: mini\nversion: "1"\ntitle: Sgrinio bach\n', encoding="utf-8")
    form = localised(load_form(tmp_path / "mini.yaml"), "cy")
    assert form.unreviewed_translation
    html = _summary(form, _record({"seen_on": "2025-03-10"}))
    assert ('<p class="notice"><strong>This translation has not yet been reviewed by a Welsh speaker.</strong></p>'
            in html)
    assert "Form: Sgrinio bach (version 1)" in html


DATED = """\
id: dated
version: "1"
title: Dated check
summary_date_item: seen_on
sections:
  - id: main
    title: Main
    items:
      - {id: started, type: date, label: Started}
      - {id: seen_on, type: date, label: Date seen, visible_if: started <= today()}
"""


def test_the_screening_date_is_worked_out_on_the_date_asked_for() -> None:
    """The date question shows only once its start date has come: on an earlier date the record's own date is
    given instead."""
    form = _form(DATED)
    record = ScreeningRecord("r-2", "dated", "1", answers={"started": "2026-06-01", "seen_on": "2026-06-02"},
                             created_at="2025-01-05T10:00:00+00:00")
    assert screening_date_text(form, record, as_of=dt.date(2026, 6, 3)) == long_date(dt.date(2026, 6, 2))
    assert screening_date_text(form, record, as_of=dt.date(2025, 1, 5)) == long_date(dt.date(2025, 1, 5))


def test_a_yes_no_answer_that_is_text_is_quoted_as_written() -> None:
    form = _form()
    errors = evaluate_answers(form, {"uses": "don't know"}, today=PRODUCED).errors
    assert errors["uses"] == ["Answer yes or no: 'don't know' is not a yes/no answer (a yes/no question takes only "
                              "true or false)."]


def test_calculated_yes_and_no_read_in_welsh_when_welsh_is_in_use() -> None:
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
    try:
        shown = (display_calculated(True), display_calculated(False))
    finally:
        i18n.reset()
    assert shown == ("Ie", "Na")
    assert (display_calculated(True), display_calculated(False)) == ("Yes", "No")
