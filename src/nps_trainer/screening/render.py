"""Print-friendly HTML summary of a screening (HTML 4 and CSS 2 only, for Qt's QTextDocument)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from nps_trainer.screening.answers import has_response, instances, is_special
from nps_trainer.screening.display import display_value, format_timestamp
from nps_trainer.screening.engine import Evaluation, RaisedFlag, SectionStatus
from nps_trainer.screening.evaluate import Scope, evaluate, is_true
from nps_trainer.screening.model import FormDefinition, Item, ItemType
from nps_trainer.screening.record import ScreeningRecord, evaluate_record
from nps_trainer.screening.skips import Skip

from ..i18n import WELSH, language, tr, tr_noop
from ..i18n.dates import long_date

SEVERITY_LABELS = {"red": tr_noop("Red"), "amber": tr_noop("Amber"), "info": tr_noop("Information")}  # through tr()


class ConsentNotRecorded(PermissionError):
    """The drug-service summary was asked for without consent to share recorded."""


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("nps_trainer.screening", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def consent_to_share_recorded(form: FormDefinition, evaluation: Evaluation) -> bool:
    if form.share_consent is None:
        return False
    scope = Scope(form, evaluation.answers, evaluation.calculated, evaluation.today)
    return is_true(evaluate(form.share_consent, scope))


def render_summary_html(
    form: FormDefinition,
    record_data: Mapping[str, Any] | ScreeningRecord,
    *,
    for_drug_service: bool,
    today: dt.date | None = None,
    as_of: dt.date | None = None,
) -> str:
    """The summary as HTML. ``record_data`` is a :class:`ScreeningRecord` or its ``to_dict()`` form.

    ``today`` is the date the summary is produced (default: today). ``as_of`` is the date the answers are
    evaluated on: for a finished record, :func:`~nps_trainer.screening.record.record_date`, so the summary shows
    the flags it had when completed; for a draft leave it out (``today``).

    Raises :class:`ConsentNotRecorded` for the drug-service version unless consent to share is recorded.
    """
    record = (
        record_data if isinstance(record_data, ScreeningRecord) else ScreeningRecord.from_dict(record_data)
    )
    evaluation = evaluate_record(form, record, today=as_of or today)
    if for_drug_service and not consent_to_share_recorded(form, evaluation):
        raise ConsentNotRecorded(
            tr("The drug-service summary can only be produced when consent to share information with the drug "
               "service is recorded as 'yes' in this screening. Record consent, or produce the probation summary.")
        )
    case_reference = "" if for_drug_service else record.case_reference
    incomplete_sections = [
        s.title
        for s in form.sections
        if evaluation.sections[s.id].status in (SectionStatus.INCOMPLETE, SectionStatus.NOT_STARTED)
    ]
    context = {
        "lang": "cy-GB" if language() == WELSH else "en-GB",
        "text": _fixed_text(form, evaluation, case_reference, today or dt.date.today(), incomplete_sections),
        "title": form.summary_title,
        "date_label": form.summary_date_label,
        "audience": tr("Summary for the drug service") if for_drug_service else tr("Probation record"),
        "for_drug_service": for_drug_service,
        "unreviewed_translation": form.unreviewed_translation,  # as the form page says, so does the summary
        "form_title": form.title,
        "form_version": form.version,
        "screening_date": _screening_date(form, evaluation, record),
        "case_reference": case_reference,
        "produced": long_date(today or dt.date.today()),
        "incomplete_sections": incomplete_sections,
        "skipped": [_skip_view(form, skip) for skip in evaluation.skipped],
        "unknown_answers": evaluation.unknown_answers,
        "flags": [_flag_view(flag, for_drug_service) for flag in evaluation.flags],
        "sections": _sections_view(form, evaluation, for_drug_service),
    }
    return _environment().get_template("summary.html.j2").render(**context)


def _fixed_text(
    form: FormDefinition,
    evaluation: Evaluation,
    case_reference: str,
    produced: dt.date,
    incomplete_sections: list[str],
) -> dict[str, str]:
    """The summary's own words (headings, labels, notices) in the language in use; the form's text is its own."""
    return {
        "form": tr("Form: {title} (version {version})").format(title=form.title, version=form.version),
        "case_reference": tr("Case reference: {reference}").format(reference=case_reference),
        "produced": tr("Produced: {date}").format(date=long_date(produced)),
        "incomplete": tr("Not yet complete: {sections}.").format(sections=", ".join(incomplete_sections)),
        "skipped": tr("Skipped because an answer was declined or not known."),
        "skipped_kept": tr("Answers already given are kept and shown below."),
        "unknown_answers": tr("Answers for questions this form does not have were not used: {answers}.").format(
            answers=", ".join(evaluation.unknown_answers)),
        "shared": tr("Shared with the drug service with the consent recorded in this screening. Items marked as "
                     "probation-only are left out."),
        "flags": tr("Flags"),
        "suggested_action": tr("Suggested action:"),
        "no_flags": tr("No flags were raised by the answers recorded."),
        "not_reviewed": tr("This translation has not yet been reviewed by a Welsh speaker."),
    }


def screening_date_text(form: FormDefinition, record: ScreeningRecord, *, as_of: dt.date | None = None) -> str:
    """The screening's date as its summary gives it ('6 December 2026'), or '' if it has none."""
    return _screening_date(form, evaluate_record(form, record, today=as_of), record)


def _screening_date(form: FormDefinition, evaluation: Evaluation, record: ScreeningRecord) -> str:
    if form.summary_date_item and form.has_item(form.summary_date_item):
        text = display_value(
            form.item(form.summary_date_item), evaluation.answers.get(form.summary_date_item)
        )
        if text:
            return text
    try:
        return long_date(dt.datetime.fromisoformat(record.created_at).date())
    except ValueError:
        return ""


def _skip_view(form: FormDefinition, skip: Skip) -> dict[str, str]:
    """'Level of use (section): not asked, because ...'; a section or question whose earlier answers are kept
    says so."""
    is_section = any(section.id == skip.path for section in form.sections)
    what = tr("{title} (section)").format(title=skip.title) if is_section else skip.title
    if skip.kept_answers:
        text = tr("the questions without an answer were not asked, because: {reason}").format(reason=skip.reason)
    else:
        text = tr("not asked, because: {reason}").format(reason=skip.reason)
    return {"what": what, "text": text}


def _flag_view(flag: RaisedFlag, for_drug_service: bool = False) -> dict[str, Any]:
    return {
        "severity": flag.severity.value,
        "severity_label": tr(SEVERITY_LABELS[flag.severity.value]),
        "title": flag.rule.title,
        "explanation": flag.rule.explanation,
        "reason": flag.reason,
        "action": flag.rule.action,
        "override": _override_view(flag, for_drug_service),
    }


def _override_view(flag: RaisedFlag, for_drug_service: bool = False) -> dict[str, str] | None:
    """Who overrode the flag and when (British local time), and their reason; ``text``: the line the summary
    shows (HTML: the drug service is told only that the reason stays in the probation record)."""
    override = flag.override
    if override is None:
        return None
    when = format_timestamp(override.at) if override.at else ""
    by_when = ", ".join(part for part in (override.by, when) if part)
    if for_drug_service and by_when:
        text = tr("<strong>Overridden by practitioner</strong> ({when}). The reason is free text and stays in the "
                  "probation record.")
    elif for_drug_service:
        text = tr("<strong>Overridden by practitioner</strong>. The reason is free text and stays in the probation "
                  "record.")
    elif by_when:
        text = tr("<strong>Overridden by practitioner</strong> ({when}): {reason}")
    else:
        text = tr("<strong>Overridden by practitioner</strong>: {reason}")
    return {"by_when": by_when, "reason": override.reason,
            "text": Markup(text).format(when=by_when, reason=override.reason)}


def _row(item: Item, raw: Any) -> dict[str, str]:
    if not has_response(raw):
        return {"kind": "row", "label": item.label, "value": tr("Not answered"), "css": "unanswered"}
    css = "special" if is_special(raw) else "answer"
    return {"kind": "row", "label": item.label, "value": display_value(item, raw), "css": css}


def _sections_view(
    form: FormDefinition, evaluation: Evaluation, for_drug_service: bool
) -> list[dict[str, Any]]:
    views = []
    answers = evaluation.answers
    for section in form.sections:
        if section.id not in evaluation.visible_sections:
            continue
        entries: list[dict[str, Any]] = []
        for item in section.items:
            if not item.answerable or item.id not in evaluation.visible:
                continue
            if for_drug_service and not item.share:
                continue
            if item.type is not ItemType.REPEAT:
                entries.append(_row(item, answers.get(item.id)))
                continue
            raw = answers.get(item.id)
            rows_view = []
            for index, row in enumerate(instances(answers, item.id)):
                rows = [
                    _row(child, row.get(child.id))
                    for child in item.items
                    if child.answerable
                    and f"{item.id}[{index}].{child.id}" in evaluation.visible
                    and not (for_drug_service and not child.share)
                ]
                rows_view.append({"title": f"{item.instance_label or item.label} {index + 1}", "rows": rows})
            value = (
                display_value(item, raw) if is_special(raw) else (tr("None recorded") if not rows_view else "")
            )
            entries.append({"kind": "group", "label": item.label, "value": value, "instances": rows_view})
        if entries:
            views.append({"title": section.title, "entries": entries})
    return views
