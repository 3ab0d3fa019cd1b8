"""The summary's own words (headings, labels, notices, month names) follow the language in use; the form's own
text does not change with it. Welsh is read from the real translation files (translations/cy/*.ts), without Qt."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

import pytest
from screening_helpers import low_risk_answers

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.i18n.dates import long_date as format_date
from nps_trainer.paths import translations_dir
from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.engine import REQUIRED_MESSAGE, evaluate_answers
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.overrides import OverrideReasonRequired, override_flag
from nps_trainer.screening.record import ScreeningRecord, new_record
from nps_trainer.screening.render import ConsentNotRecorded, render_summary_html

SPICE = {"category": "synthetic_cannabinoids", "last_used": "today", "days_used_28": 25, "routes": ["smoked"]}
PRODUCED = dt.date(2026, 12, 6)


def _use(language: str) -> None:
    files = sorted((translations_dir() / language).glob("*.ts"))
    i18n.use(language, Catalogue.from_files(language, files).translate)


@pytest.fixture
def welsh() -> Iterator[None]:
    _use(i18n.WELSH)
    yield
    i18n.reset()


def _record(form: FormDefinition, **changes) -> ScreeningRecord:
    record = new_record(form, case_reference="A123456", now=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC))
    record.answers = {**low_risk_answers(), **changes}
    return record


def _plain(form: FormDefinition, record: ScreeningRecord, *, for_drug_service: bool = False) -> str:
    return html.unescape(render_summary_html(form, record, for_drug_service=for_drug_service, today=PRODUCED))


def test_the_probation_summary_in_welsh(nps_form: FormDefinition, welsh) -> None:
    record = _record(nps_form, substances=[SPICE], children_contact=True, safe_storage=True,
                     children=[{"child_age": 6, "child_contact_type": "unsupervised"}], pregnancy=DECLINED)
    record.overrides = override_flag({}, "children_at_risk", "Checked <b>with</b> the social worker today.",
                                     by="Sam K.")
    text = render_summary_html(nps_form, record, for_drug_service=False, today=PRODUCED)
    plain = html.unescape(text)
    assert '<html lang="cy-GB">' in text
    assert "<h2>Dangosyddion risg</h2>" in text and "<h2>Flags</h2>" not in text
    assert "Cyfeirnod achos: A123456" in plain and "Case reference" not in plain
    assert "Lluniwyd: 6 Rhagfyr 2026" in plain and "Produced" not in plain
    assert "Cofnod y gwasanaeth prawf" in plain
    assert "Cam gweithredu a awgrymir:" in plain and "Suggested action" not in plain
    assert "Wedi gwrthod ateb" in plain and "Declined to answer" not in plain  # the answer 'declined'
    assert "Wedi'i godi gan:" in plain and "Raised by" not in plain
    assert "<strong>Wedi'i ddiystyru gan yr ymarferydd</strong> (Sam K., " in text
    # The practitioner's reason is still escaped inside the translated sentence.
    assert "Checked &lt;b&gt;with&lt;/b&gt; the social worker today." in text
    # The form's own words are data, translated with the form, not here.
    assert "Synthetic cannabinoids ('spice', 'mamba')" in plain


def test_the_drug_service_summary_in_welsh(nps_form: FormDefinition, welsh) -> None:
    record = _record(nps_form, substances=[SPICE], consent_share_drug_service="yes")
    record.overrides = override_flag({}, "spice_use", "A reason that stays with probation.")
    plain = _plain(nps_form, record, for_drug_service=True)
    assert "Crynodeb ar gyfer y gwasanaeth camddefnyddio sylweddau" in plain
    assert "Wedi'i rannu â'r gwasanaeth camddefnyddio sylweddau" in plain
    assert "Testun rhydd yw'r rheswm ac mae'n aros yng nghofnod y gwasanaeth prawf." in plain
    assert "A reason that stays with probation." not in plain
    assert "Cyfeirnod achos" not in plain and "A123456" not in plain


def test_refusing_the_drug_service_summary_says_why_in_welsh(nps_form: FormDefinition, welsh) -> None:
    with pytest.raises(ConsentNotRecorded, match="Dim ond pan fo cydsyniad"):
        render_summary_html(nps_form, _record(nps_form, consent_share_drug_service="no"), for_drug_service=True)


def test_english_is_unchanged_without_a_translation(nps_form: FormDefinition) -> None:
    text = render_summary_html(nps_form, _record(nps_form), for_drug_service=False, today=PRODUCED)
    assert '<html lang="en-GB">' in text and "<h2>Flags</h2>" in text and "Produced: 6 December 2026" in text


def test_months_answers_and_messages_follow_the_language(nps_form: FormDefinition, welsh) -> None:
    assert [format_date(dt.date(2026, month, 1)) for month in (1, 6, 12)] == [
        "1 Ionawr 2026", "1 Mehefin 2026", "1 Rhagfyr 2026"]
    evaluation = evaluate_answers(nps_form, {"housing": None}, today=PRODUCED)
    needed = [messages for messages in evaluation.errors.values() if i18n.tr(REQUIRED_MESSAGE) in messages]
    assert needed and i18n.tr(REQUIRED_MESSAGE).startswith("Mae angen ateb")
    with pytest.raises(OverrideReasonRequired, match="o leiaf 10 nod"):
        override_flag({}, "any", "short")
    assert i18n.tr("Not known") == "Ddim yn hysbys" and NOT_KNOWN == "__not_known__"
