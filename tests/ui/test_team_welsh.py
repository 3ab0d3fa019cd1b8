"""The team pages, the certificate PDF and the team report in Welsh: the words come from translations/cy/team.ts,
the numbers and names stay as they are, and dates use Welsh month names (not the C library's English ones)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from nps_trainer.i18n.dates import long_date, short_date
from nps_trainer.services import Services
from nps_trainer.team import chart_data as cd
from nps_trainer.ui.documents import certificate_pdf
from nps_trainer.ui.documents.pdf import write_pdf
from nps_trainer.ui.team.person_page import PersonPage
from nps_trainer.ui.team.training_page import TrainingPage
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import days_ago, module_record, quiz_attempt
from tests.ui.helpers import show_active


@pytest.fixture
def welsh(qapp):
    from nps_trainer.ui.translation import install

    install("cy")
    yield  # the conftest puts English back after every test


@pytest.fixture
def team(services: Services):
    boss = make_manager(services, "Morgan Manager", team="North")
    ann = make_person(services, "Ann Archer", team="North")
    bo = make_person(services, "Bo Baker", team="South")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(12))
    quiz_attempt(services, ann.id, "what-are-nps", 85.0, day=days_ago(11))
    quiz_attempt(services, bo.id, "what-are-nps", 55.0, day=days_ago(2))
    services.assignments.assign(boss.profile, "module", "what-are-nps", "role", "practitioner", days_ago(5))
    return boss, ann, bo


def test_dates_use_welsh_month_names(welsh) -> None:
    assert long_date(dt.date(2026, 3, 6)) == "6 Mawrth 2026"
    assert short_date(dt.date(2026, 2, 14)) == "14 Chwef 2026"
    assert cd.month_label("2026-06") == "Meh"
    assert cd.month_name("2026-12") == "Rhagfyr 2026"


def test_the_training_matrix_and_a_record_in_welsh(qtbot, services: Services, team, welsh) -> None:
    boss, ann, _bo = team
    page = TrainingPage(services, boss)
    page.resize(1366, 768)
    show_active(qtbot, page)
    page.refresh()
    # People and overdue items counted in Welsh: "%n o bobl" and "%n yn hwyr".
    count = page.count_label.text()
    assert "o bobl" in count and "yn hwyr" in count, count
    assert "Cliciwch ddwywaith" in page.legend.text() and "ar y gweill" in page.legend.text()
    assert page.role_combo.itemText(0) == "Pob rôl"
    assert page.table.accessibleName() == "Matrics hyfforddiant y tîm"

    person = PersonPage(services, boss)
    show_active(qtbot, person)
    person.show_person(ann.id)
    text = person.view.toPlainText()
    assert "Hyfforddiant a aseiniwyd" in text and "Modiwlau" in text and "Cwisiau" in text
    assert "o fodiwlau wedi'u cwblhau" in text and "wedi llwyddo" in text
    assert "asesu 85% wedi llwyddo" in text
    assert person.back_button.text() == "← &Yn ôl i'r tîm"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_certificate_pdf_in_welsh(qapp, services: Services, welsh, tmp_path: Path) -> None:
    manager = make_manager(services)
    person = make_person(services, "Siân Hughes")
    module_record(services, person.id, "naloxone-probation", completed=days_ago(3))
    quiz_attempt(services, person.id, "naloxone-probation", 87.5, seconds=1500)
    issued = services.certificates.issue(manager, person.id, "quiz", "naloxone-probation")
    target = tmp_path / "tystysgrif.pdf"
    certificate_pdf.write_certificate_pdf(issued, target)
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for expected in ("Tystysgrif cwblhau", "Mae hyn i dystio bod", "Siân Hughes", "wedi llwyddo yn y cwis asesu",
                     f"Cod dilysu: {issued.code}", "ORIAU DPP", "0.5 awr",
                     f"nps-trainer certificate verify {issued.code}"):
        assert expected in text, expected
    assert "Certificate of completion" not in text and "hours" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_team_report_in_welsh(qapp, services: Services, team, welsh, tmp_path: Path) -> None:
    from nps_trainer.team.team_report import team_report

    boss, _ann, _bo = team
    report = team_report(services, boss, dt.date.today())
    assert report.title == "Adroddiad hyfforddiant y tîm"
    assert '<html lang="cy-GB">' in report.html
    target = tmp_path / "adroddiad.pdf"
    write_pdf(report.html, target, report.title, svgs=report.svgs)
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for expected in ("Adroddiad hyfforddiant y tîm", "Crynodeb y tîm", "Cwblhau fesul modiwl",
                     "Cyfraddau llwyddo cwisiau asesu", "Ffigurau llwyth achosion", "Gwnaed gydag NPS Trainer"):
        assert expected in text, expected
    # The charts are drawn in Welsh too: their titles and axes are text in the SVG.
    svg = report.svgs[cd.COMPLETION_BY_MODULE].decode("utf-8")
    assert "Cwblhau fesul modiwl" in svg and "Pobl sydd wedi" in svg
    assert "Completion by module" not in svg
